"""Lexicon reach for material cooperation and concessions, in both languages: classes of
expression that recur over three or more development sets and that no entry reached.
Sanctions and punitive tariffs eased, relaxed, scrapped or removed, as a verb or as a noun
carried by a support verb ("announced the lifting of sanctions", « a annoncé la levée des
sanctions », « a levé l'essentiel des sanctions »: a concession, CONCEDE 085, no longer a
sanction where the verb was not an entry); aid let through to a place, or a crossing or a
road opened to aid convoys (access allowed, RETREAT 086, as the development sets code it, not
the return of people, CONCEDE 081, nor asylum, AID 075); captives and soldiers swapped for one
another, by a verb with its "for" / « contre » phrase or by a reciprocal handover (« la remise
croisée de détenus », COOPERATE 06, as a prisoner exchange is); an amnesty passed into law by
a parliament, and « accorder sa grâce à », which the French parser reads as the locution
« grâce à » (CONCEDE 056); arms delivered to a state whose object the parser hung on the
recipient after a long noun phrase (« a livré à l'Ukraine ses dix-huit premiers chars »): the
search for the missing object no longer counts determiners, numbers and adjectives (AID 072);
forces arriving as part of a multinational mission or force, named in the phrases of the
arrival or of its doers ("landed on Tuesday, the vanguard of a multinational force", « a
atterri, fer de lance de la mission multinationale »): they come to help (AID 074), as with
a purpose of helping.
Each class is checked on sentences written for these tests, and on the other senses of the
same words (a league's transfer embargo, a coach relaxing rules, funds raised, fire engines
let in, footballers swapped, a budget law passed, a loan granted thanks to reserves, shirts
delivered to a team, drones for a club's players, the vanguard of an invasion force), on
which nothing fires."""

from __future__ import annotations

from coding import class_tests

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = [
    # Sanctions and punitive tariffs eased, by a verb or a noun of lifting.
    ("en", "Canada scrapped most of its sanctions on Belarus on Monday.",
     "CONCEDE", "085", "CAN", "BLR"),
    ("en", "The United States relaxed its sanctions on Cuba on Tuesday.",
     "CONCEDE", "085", "USA", "CUB"),
    ("en", "Japan loosened its sanctions on Iranian oil on Tuesday.",
     "CONCEDE", "085", "JPN", "IRN"),
    ("en", "Beijing lifted punitive tariffs on Australian barley on Friday.",
     "CONCEDE", "085", "CHN", ""),
    ("en", "The European Union announced the lifting of its sanctions on Uzbekistan on Monday.",
     "CONCEDE", "085", "EUR", ""),
    ("fr", "La CEDEAO a levé samedi l'essentiel des sanctions imposées à la Guinée.",
     "CONCEDE", "085", "IGO", ""),
    ("fr", "Le Canada a supprimé la plupart de ses sanctions contre la Biélorussie.",
     "CONCEDE", "085", "CAN", "BLR"),
    ("fr", "Pékin a levé les droits de douane punitifs qui visaient l'orge australienne.",
     "CONCEDE", "085", "CHN", ""),
    ("fr", "Le Royaume-Uni a annoncé la levée de toutes ses sanctions visant la Syrie.",
     "CONCEDE", "085", "GBR", "SYR"),
    # Aid let through to a place, a crossing or a road opened to aid convoys: access.
    ("en", "Egypt opened the crossing to aid lorries on Monday, allowing food and medicine to "
     "enter Gaza.", "RETREAT", "086", "EGY", "PSE"),
    ("en", "The Sudanese government threw open two roads to UN aid convoys on Friday.",
     "RETREAT", "086", "SDN", ""),
    ("en", "Jordan let thirty aid trucks into Syria on Sunday.", "RETREAT", "086", "JOR", ""),
    ("fr", "Le Tchad a laissé entrer au Soudan les dix premiers camions d'aide humanitaire.",
     "RETREAT", "086", "TCD", ""),
    ("fr", "Addis-Abeba a rouvert les routes de l'Afar aux convois humanitaires.",
     "RETREAT", "086", "ETH", ""),
    # Refused, it is a refusal; a border opened to refugees stays asylum.
    ("en", "Egypt did not allow aid to enter Gaza on Monday.", "REJECT", "120", "EGY", ""),
    ("en", "Jordan opened its border to Syrian refugees on Monday.", "AID", "075", "JOR", ""),
    ("fr", "La Jordanie a ouvert sa frontière aux réfugiés syriens.", "AID", "075", "JOR", ""),
    # Captives and soldiers swapped for one another; a reciprocal handover.
    ("en", "Russia and Ukraine swapped 90 Russian servicemen for 90 Ukrainian soldiers on "
     "Sunday.", "COOPERATE", "06", "RUS", ""),
    ("en", "Belgium traded the Iranian diplomat Assadollah Assadi for the aid worker Olivier "
     "Vandecasteele on Friday.", "COOPERATE", "06", "BEL", ""),
    ("fr", "La Russie et l'Ukraine ont procédé dimanche à la remise réciproque de prisonniers "
     "de guerre.", "COOPERATE", "06", "RUS", ""),
    ("fr", "Moscou et Kiev ont procédé à une libération croisée de soldats.",
     "COOPERATE", "06", "UKR", ""),
    ("fr", "La Belgique a échangé vendredi le diplomate iranien Assadollah Assadi contre "
     "l'humanitaire Olivier Vandecasteele.", "COOPERATE", "06", "BEL", ""),
    # An amnesty passed; a pardon granted, which the French parse reads as « grâce à ».
    ("en", "Ethiopia's parliament passed an amnesty law on Friday for jailed rebels.",
     "CONCEDE", "056", "ETH", ""),
    ("en", "The Senegalese parliament adopted an amnesty bill on Wednesday.",
     "CONCEDE", "056", "SEN", ""),
    ("fr", "Le président tunisien a accordé sa grâce à l'opposant Ali Ben Salem.",
     "CONCEDE", "056", "TUN", ""),
    # Arms delivered after a long noun phrase.
    ("fr", "Berlin a livré à la Moldavie ses douze premiers blindés Dingo.",
     "AID", "072", "DEU", "MDA"),
    ("fr", "Ankara a fourni lundi à l'armée nigérienne de nouveaux drones Bayraktar.",
     "AID", "072", "TUR", "NER"),
    ("en", "Germany delivered to Ukraine on Monday its first eighteen modern Leopard tanks.",
     "AID", "072", "DEU", "UKR"),
    # Forces arriving as part of a multinational mission or force.
    ("en", "About 300 Kenyan police officers landed in Port-au-Prince on Monday, the vanguard "
     "of a multinational force.", "AID", "074", "KEN", "HTI"),
    ("en", "Some 200 Rwandan soldiers arrived in Bangui on Friday as part of a multinational "
     "force.", "AID", "074", "RWA", "CAF"),
    ("fr", "Un premier contingent de 300 policiers kényans a atterri lundi à Port-au-Prince, fer "
     "de lance de la mission multinationale.", "AID", "074", "KEN", "HTI"),
    ("fr", "Un contingent de 200 soldats rwandais est arrivé vendredi à Bangui dans le cadre "
     "d'une force multinationale.", "AID", "074", "RWA", "CAF"),
]

NON_EVENTS: list[tuple[str, str]] = [
    # A sport body's embargo, rules relaxed, fees scrapped, funds raised.
    ("en", "The league lifted its transfer embargo on Chelsea on Friday."),
    ("en", "The coach relaxed the rules on Monday."),
    ("en", "The bank scrapped its overdraft fees on Monday."),
    ("fr", "Le club a levé l'essentiel des fonds nécessaires au nouveau stade."),
    ("fr", "L'entraîneur a assoupli les règles de l'entraînement."),
    # Fire engines let in, fishing trucks, a stadium opened to fans.
    ("en", "The port allowed the fishing trucks to enter the dock on Monday."),
    ("en", "The club opened the stadium to fans on Saturday."),
    ("fr", "Le maire a laissé entrer les camions de pompiers dans la cour."),
    ("fr", "Le club a ouvert le stade aux supporters samedi."),
    # Footballers swapped, goods traded.
    ("en", "Chelsea swapped striker Marco Rossi for defender Paul Martin on Friday."),
    ("en", "Farmers traded wheat for fuel at the market."),
    ("fr", "Le club a échangé son attaquant Karim Benali contre le défenseur Paul Martin."),
    ("fr", "Les supporters ont procédé à un échange de maillots."),
    # A budget law passed; a loan granted thanks to reserves.
    ("en", "The parliament passed a budget law on Thursday."),
    ("fr", "La banque a accordé grâce à ses réserves un crédit au club."),
    # Shirts delivered to a team, drones given to a club's players.
    ("fr", "Le Qatar a livré à l'équipe nationale du Liban ses quatre nouveaux maillots "
     "officiels."),
    ("fr", "Le club a fourni à ses joueurs de nouveaux drones pour filmer les entraînements."),
    ("en", "The club delivered to its players on Monday their first eighteen new training "
     "drones."),
    # The vanguard of an invasion force comes to help no one.
    ("en", "Russian troops landed in Crimea on Monday, the vanguard of an invasion force."),
    ("fr", "Des soldats russes ont débarqué lundi en Crimée, avant-garde d'une force "
     "d'invasion."),
]


(coded, test_reach_classes_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)
