"""Reach of the verbal conflict types (THREATEN, ACCUSE, REQUEST, REJECT) on wordings the
lexicons were not written for, in both languages: each class of expression on sentences
written for these tests (new wording, other countries than the development sets'), with
its traps, the other sense of the same words, on which nothing is coded."""

from __future__ import annotations

import pytest
from coding import assert_coded, extract_bilingual

from vigie.model import Event

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type or None for nothing coded, source country, target
# country ("" = any or none))
CASES: list[tuple[str, str, str | None, str, str]] = []

# The prospect or spectre of an act of harm, raised, brandished or dangled by its doer
# ("raised the prospect of tariffs", « a fait planer la menace d'une intervention »): a
# threat, whatever the harm (force, a blockade, tariffs, nuclear weapons). Not a prospect
# of anything else, nor one no actor raises.
CASES += [
    ("en", "Japan's prime minister raised the prospect of sanctions against Russia on Monday.",
     "THREATEN", "JPN", "RUS"),
    ("en", "Washington dangled the prospect of steep tariffs against Mexico on Friday.",
     "THREATEN", "USA", "MEX"),
    ("en", "The Azerbaijani president raised the spectre of force against Armenia.",
     "THREATEN", "AZE", "ARM"),
    ("en", "Kenya's president raised the prospect of a trade deal with Tanzania on Monday.",
     None, "", ""),
    ("en", "The prospect of sanctions weighed on the rouble on Monday.", None, "", ""),
    ("fr", "Le président azerbaïdjanais a fait planer mardi la perspective d'un recours à la "
           "force contre l'Arménie.", "THREATEN", "AZE", "ARM"),
    ("fr", "Pékin fait planer la menace de sanctions contre la Lituanie.",
     "THREATEN", "CHN", "LTU"),
    ("fr", "Le Premier ministre japonais a agité lundi la perspective d'un blocus contre la "
           "Corée du Nord.", "THREATEN", "JPN", "PRK"),
    ("fr", "La menace d'une attaque plane sur la capitale malienne.", None, "", ""),
    ("fr", "Le président kényan a évoqué la perspective d'un accord commercial avec la "
           "Tanzanie.", None, "", ""),
]

# A designation as a target of force, said by whoever would strike ("any ship … would be a
# legitimate target", "would be considered an act of war", « seront des cibles légitimes »):
# a threat of force (CAMEO 138) against whoever the designation is said of, or whoever is
# named inside it ("any attempt by X to …"). An act already done labelled an act of war is
# not a threat; a legitimate target of criticism is no one's.
CASES += [
    ("en", "Hezbollah said on Monday that any Israeli ship entering Lebanese waters would be "
           "a legitimate target.", "THREATEN", "LBN", "ISR"),
    ("en", "\"Pakistani soldiers are now legitimate targets,\" the Taliban said on Sunday.",
     "THREATEN", "AFG", "PAK"),
    ("en", "Athens said on Tuesday that any attempt by Turkey to drill off Crete would be "
           "considered an act of war.", "THREATEN", "GRC", "TUR"),
    ("en", "The Houthis said on Sunday that any ship heading to Israel's ports would be a "
           "legitimate target.", "THREATEN", "YEM", "ISR"),
    ("en", "The Armenian prime minister called the Azerbaijani shelling an act of war on "
           "Tuesday.", None, "", ""),
    ("en", "The Ghanaian minister said the teachers' demands were a legitimate target of "
           "debate.", None, "", ""),
    ("fr", "Le Hezbollah a affirmé lundi que tout navire israélien entrant dans les eaux "
           "libanaises serait une cible légitime.", "THREATEN", "LBN", "ISR"),
    ("fr", "Les talibans ont déclaré dimanche que les soldats pakistanais étaient désormais "
           "des cibles légitimes.", "THREATEN", "AFG", "PAK"),
    ("fr", "Le gouvernement grec a affirmé que toute tentative de la Turquie de forer au "
           "large de la Crète serait considérée comme un acte de guerre.",
     "THREATEN", "GRC", "TUR"),
    ("fr", "Le ministre ghanéen a jugé que les revendications des enseignants étaient une "
           "cible légitime du débat.", None, "", ""),
]

# A label of wrongdoing put on someone or on their act ("branded the Venezuelan leader a
# murderous criminal", "called the decision unacceptable", « a qualifié l'élection de
# mascarade »): criticism (CAMEO 111); put on an accusation ("called the allegations
# baseless", « a qualifié les accusations de mensonges »), a refusal of it (120). The same
# words said of a game or by no actor code nothing.
CASES += [
    ("en", "Colombia's president branded the Venezuelan leader a murderous criminal.",
     "ACCUSE", "COL", "VEN"),
    ("en", "Ghana's president called the Togolese decision unacceptable on Monday.",
     "ACCUSE", "GHA", "TGO"),
    ("en", "Rwanda called the Congolese allegations baseless on Tuesday.", "REJECT", "RWA", ""),
    ("en", "The Kenyan coach called the referee's decision a travesty.", None, "", ""),
    ("en", "Analysts called the new Iranian missile a game changer.", None, "", ""),
    ("fr", "Le chef de l'opposition ghanéenne a qualifié dimanche l'élection de mascarade.",
     "ACCUSE", "GHA", ""),
    ("fr", "Le président colombien a traité le dirigeant vénézuélien de criminel.",
     "ACCUSE", "COL", "VEN"),
    ("fr", "Le Rwanda a qualifié les accusations congolaises de mensonges.", "REJECT", "RWA", ""),
    ("fr", "L'entraîneur kényan a qualifié la décision de l'arbitre de farce.", None, "", ""),
]

# Force not ruled out, where what is not ruled out is resorting to it rather than its use
# ("did not rule out resorting to force", « n'a pas exclu de recourir à la force »): a threat
# (CAMEO 130) as "did not rule out the use of force" is; ruling it out is a refusal, and not
# ruling out using anything else (reserves, a procedure) is nothing.
CASES += [
    ("en", "The Turkish president did not rule out resorting to force against Kurdish "
           "militias in Syria.", "THREATEN", "TUR", ""),
    ("en", "Serbia's president would not rule out using force against Kosovo on Sunday.",
     "THREATEN", "SRB", ""),
    ("en", "The Indonesian central bank did not rule out using its reserves to defend the "
           "rupiah.", None, "", ""),
    ("fr", "Le Premier ministre indien n'a pas exclu d'utiliser la force militaire contre le "
           "Pakistan.", "THREATEN", "IND", "PAK"),
    ("fr", "Le président vénézuélien n'a pas exclu de recourir à la force contre le Guyana.",
     "THREATEN", "VEN", ""),
    ("fr", "Le gouvernement portugais n'a pas exclu de recourir à une procédure accélérée "
           "pour adopter le budget.", None, "", ""),
]

# A deadline whose penalty opens a phrase of its own (« sous peine de », « faute de quoi »),
# wherever the parser hung it: an ultimatum (CAMEO 139); a deadline with no penalty is a
# demand (REQUEST), and « à peine trois jours » (barely three days) names no penalty.
CASES += [
    ("fr", "La Cédéao a donné un mois à la junte guinéenne pour fixer un calendrier "
           "électoral, faute de quoi de nouvelles sanctions seraient prises.",
     "THREATEN", "IGO", "GIN"),
    ("fr", "Le Maroc a donné dix jours à l'Espagne pour retirer ses garde-côtes, sous peine de "
           "suspendre la coopération migratoire.", "THREATEN", "MAR", "ESP"),
    ("fr", "Le Maroc a laissé à peine trois jours à l'Espagne pour répondre.",
     "REQUEST", "MAR", "ESP"),
    ("en", "Ankara gave the Syrian government a week to pull its troops back from the border "
           "or face a military operation.", "THREATEN", "TUR", "SYR"),
]

# A mandative demand: "insisted that X do" with the demanded act in the mood of what is to
# be done (a bare verb, or a present under a verb in the past): a request (CAMEO 100) of X,
# and the demanded act is its content, not a fact. "Insisted that the vote was fair" asserts;
# a coach's players are no one's.
CASES += [
    ("en", "The Ukrainian government insisted that Hungary lift its veto on the aid package.",
     "REQUEST", "UKR", "HUN"),
    ("en", "Peru insisted that Bolivia return the stolen artefacts without delay.",
     "REQUEST", "PER", "BOL"),
    ("en", "The Turkish foreign minister insisted that the vote was fair.", None, "", ""),
    ("en", "The coach insisted that the players remain calm before the final.", None, "", ""),
]

# A directive told to someone: "told X to do", « presse X de faire », « a intimé à X de
# faire »: a request (CAMEO 100) of X, whatever is to be done, the act itself its content.
# "Told reporters that …" reports; « le temps presse », « presser le pas » direct no one.
CASES += [
    ("en", "Kenya's president told Somalia to withdraw its troops from the border.",
     "REQUEST", "KEN", "SOM"),
    ("en", "The Chinese foreign minister told Japan to stop interfering in Taiwan.",
     "REQUEST", "CHN", "JPN"),
    ("en", "The Kenyan prime minister told reporters that the talks had failed.", None, "", ""),
    # An envoy told not to come back is expelled (SANCTION), not asked.
    ("en", "Ghana recalled its ambassador from Abuja and told Nigeria's envoy not to return.",
     "SANCTION", "GHA", "NGA"),
    ("fr", "Le Kenya a pressé mardi la Somalie de retirer ses troupes de la frontière.",
     "REQUEST", "KEN", "SOM"),
    ("fr", "Pékin a intimé au Vietnam de cesser ses travaux sur l'île.",
     "REQUEST", "CHN", "VNM"),
    ("fr", "Le temps presse pour les négociateurs kényans à Genève.", None, "", ""),
    ("fr", "Le ministre kényan a pressé le pas vers la sortie.", None, "", ""),
]

# A calamity or hell said to befall the other side, or promised to it ("said Japan would face
# a terrible catastrophe if …", "promised Cyprus all hell to pay", « a juré que la Somalie
# subirait une terrible catastrophe ») is harm threatened, as a heavy price or retaliation
# is. A disaster that befalls no one the speaker addresses (its own farmers, a past
# earthquake), or hell as a figure of speech, threatens no one.
CASES += [
    ("en", "Kim Jong Un's sister said Japan would face a terrible catastrophe if it sent more "
           "patrol boats near the border.", "THREATEN", "PRK", "JPN"),
    ("en", "The Kenyan president vowed that Somalia would face a horrible catastrophe if its "
           "militias attacked Mandera.", "THREATEN", "KEN", "SOM"),
    ("en", "Erdogan promised Cyprus all hell to pay if it drilled for gas.",
     "THREATEN", "TUR", "CYP"),
    ("en", "The Indian minister warned that farmers would face a terrible disaster if the rains "
           "did not come.", None, "", ""),
    ("en", "The Japanese prime minister said the earthquake had been a terrible disaster for "
           "Fukushima.", None, "", ""),
    ("en", "The mayor of Lagos said life in the camps was a living hell.", None, "", ""),
    ("fr", "Le président kényan a juré que la Somalie subirait une terrible catastrophe si ses "
           "milices attaquaient Mandera.", "THREATEN", "KEN", "SOM"),
    ("fr", "Le Premier ministre éthiopien a juré que l'Érythrée paierait un lourd tribut.",
     "THREATEN", "ETH", "ERI"),
    ("fr", "Le Premier ministre éthiopien a promis à l'Érythrée une réponse ferme.",
     "THREATEN", "ETH", "ERI"),
    ("fr", "Le ministre indien a averti que les paysans subiraient une catastrophe si la pluie "
           "ne venait pas.", None, "", ""),
    ("fr", "Le Premier ministre japonais a déclaré que le séisme avait été une terrible "
           "catastrophe pour Fukushima.", None, "", ""),
]

# Held responsible with an adverb before the adjective ("held the government solely
# responsible", « a tenu X pour entièrement responsable ») or after a name ("held Somalia
# responsible"), which the parser hangs on the verb as a clause of its own or on the name: the
# adjective is still what is said of the object, an accusation (CAMEO 112). Responsible for
# a duty said of one's own police accuses no one.
CASES += [
    ("en", "The Polish president held the Belarusian government solely responsible for the "
           "death of the activist.", "ACCUSE", "POL", "BLR"),
    ("en", "Kenya's president held Somalia fully responsible for the raid on Mandera.",
     "ACCUSE", "KEN", "SOM"),
    ("en", "Kenya's president held Somalia responsible for the raid on Mandera.",
     "ACCUSE", "KEN", "SOM"),
    ("en", "The Kenyan minister said the police were responsible for the security of the vote.",
     None, "", ""),
    ("fr", "Le Hamas a tenu Israël pour entièrement responsable de la mort de ses dirigeants.",
     "ACCUSE", "PSE", "ISR"),
    ("fr", "Le ministre kényan a déclaré que la police était responsable de la sécurité du "
           "scrutin.", None, "", ""),
    # An adjective that is part of a name is said of nothing: a recognition, not an admission.
    ("fr", "Le Kenya a reconnu mardi l'Émirat islamique d'Afghanistan.",
     "SUPPORT", "KEN", "AFG"),
]

# What a government rules out or blocks, widened to the concessions and cessions asked of it
# ("ruled out any territorial concessions to Russia", « a écarté toute cession de
# territoire ») and to the funds a body is to release ("blocked the aid package", « a bloqué
# l'enveloppe destinée à … », « le déblocage d'une enveloppe ») or a country's application
# to join: a refusal (120) or a veto (129). A club's concessions to its players, an app
# blocked by a company, an envelope voted or released reject no one.
CASES += [
    ("en", "Zelenskiy ruled out any territorial concessions to Russia.",
     "REJECT", "UKR", "RUS"),
    ("en", "Turkey blocked Sweden's application to join NATO for a year.",
     "REJECT", "TUR", "SWE"),
    ("en", "The Kenyan club ruled out any concessions to the striking players.", None, "", ""),
    ("en", "Apple blocked the application on its store.", None, "", ""),
    ("fr", "Le président arménien a écarté toute cession de territoire à l'Azerbaïdjan.",
     "REJECT", "ARM", "AZE"),
    ("fr", "Le Premier ministre hongrois a bloqué l'enveloppe de 20 milliards d'euros destinée "
           "à la Moldavie.", "REJECT", "HUN", ""),
    ("fr", "Le Premier ministre slovaque a bloqué dans la nuit le déblocage d'une enveloppe de "
           "20 milliards d'euros pour la Moldavie.", "REJECT", "SVK", "MDA"),
    ("fr", "Le conseil municipal a voté une enveloppe de deux millions d'euros pour les écoles.",
     None, "", ""),
    ("fr", "Le préfet a débloqué une enveloppe de deux millions d'euros pour les agriculteurs.",
     None, "", ""),
]

# What is sought from someone ("sought a loan from the IMF", "sought the return of … from
# Peru"): a request of whoever it is sought from, of funds (1031) or of anything else (100).
# Shelter sought from the rain or refuge from the fighting asks no one.
CASES += [
    ("en", "Pakistan sought a $3 billion loan from the IMF in April.",
     "REQUEST", "PAK", "IGO"),
    ("en", "Ecuador sought the return of the former vice-president from Peru.",
     "REQUEST", "ECU", "PER"),
    ("en", "Thousands of families sought refuge from the fighting in Khartoum.", None, "", ""),
    ("en", "The Kenyan president sought shelter from the rain.", None, "", ""),
    # Funds to be sought from no one named: a plan, not a request made of anyone.
    ("en", "Canada has said it will seek funding for the mission.", None, "", ""),
]

# An investigation authorised, set up, established or widened ("authorised an investigation
# into", "set up an inquiry into", « a élargi son enquête sur »): the procedure opened or
# stretched is the investigation (ACCUSE, CAMEO 090) of whoever it looks into. Who
# authorises a march only permits the marchers' protest, and force authorised is not yet
# used; a lead or a trade widened or expanded is no event.
CASES += [
    ("en", "Prosecutors in Seoul widened their investigation into President Yoon Suk Yeol on "
           "Monday.", "ACCUSE", "KOR", "KOR"),
    ("en", "Argentina's Congress set up an independent inquiry on Friday into President "
           "Javier Milei.", "ACCUSE", "ARG", "ARG"),
    ("en", "Ecuador's attorney general authorised a probe into President Daniel Noboa on "
           "Tuesday.", "ACCUSE", "ECU", "ECU"),
    ("en", "Police in Nairobi authorised a march by teachers through the city centre on "
           "Saturday.", None, "", ""),
    ("en", "Parliament in Kyiv authorised a general mobilisation on Tuesday.", None, "", ""),
    ("en", "The Brazilian club widened its lead at the top of the table.", None, "", ""),
    ("en", "Vietnam expanded its trade with South Korea last year.", None, "", ""),
    ("fr", "Le parquet de Séoul a élargi lundi son enquête sur le président Yoon Suk Yeol.",
     "ACCUSE", "KOR", "KOR"),
    ("fr", "La procureure générale équatorienne a autorisé mardi l'ouverture d'une enquête sur "
           "le président Daniel Noboa.", "ACCUSE", "ECU", "ECU"),
    ("fr", "Le club brésilien a élargi son avance en tête du championnat.", None, "", ""),
    ("fr", "Le Parlement turc a autorisé mardi des frappes aériennes contre les milices kurdes "
           "en Irak.", None, "", ""),
]

# A law struck down in whole or in part by a court (« a censuré la loi », « a censuré plus de
# la moitié de la loi », "struck down half of the law"): a rejection of the text (CAMEO 120),
# read through the fraction or the articles it takes. A newspaper censored is a restriction,
# a government censured by parliament is no rejection of a text.
CASES += [
    ("fr", "La Cour constitutionnelle du Pérou a censuré vendredi la loi sur les ONG.",
     "REJECT", "PER", ""),
    ("fr", "La Cour constitutionnelle colombienne a censuré mardi plus de la moitié des "
           "articles de la réforme des retraites.", "REJECT", "COL", ""),
    ("fr", "La Cour suprême du Kenya a invalidé jeudi un tiers de la loi de finances.",
     "REJECT", "KEN", ""),
    # « annuler » is too wide to join them: the nearest text it backs off to may be any
    # (« a annulé le sommet …, invoquant … des déclarations »). A summit called off is no
    # rejection of a text but talks halted (SANCTION 164, as "cancelled the summit").
    ("fr", "Le président kényan a annulé jeudi le sommet prévu à Nairobi avec son homologue "
           "tanzanien, invoquant les dernières déclarations de Dodoma.", "SANCTION", "KEN",
     "TZA"),
    ("fr", "Les députés portugais ont censuré le gouvernement mardi.", None, "", ""),
    ("en", "Peru's Constitutional Court struck down half of the law on NGOs on Friday.",
     "REJECT", "PER", ""),
    ("en", "A third of the Kenyan lawmakers did not attend the session.", None, "", ""),
]

# Time given to a party named with a possessive ("gave Mali's junta two weeks to …"), which
# the parser takes for the object while it hangs the span on the verb: an ultimatum where a
# penalty is named ("or face sanctions"), a demand where none is; a reception or tanks given
# last week are no deadline.
CASES += [
    ("en", "The African Union gave Mali's junta two weeks on Tuesday to free the president or "
           "face sanctions.", "THREATEN", "IGO", "MLI"),
    ("en", "Kenya's government gave Somalia's ambassador 72 hours to leave the country.",
     "REQUEST", "KEN", "SOM"),
    ("en", "The president gave Kenya's athletes a reception last week.", None, "", ""),
]

# A rejection told with the set phrase « d'un revers de main » between the verb and its
# object (« a balayé d'un revers de main la proposition »), on which the parser hangs the
# object: read through as a weekday there is. A fly or dust swept off with the back of the
# hand is nobody's rejection.
CASES += [
    ("fr", "Le gouvernement vénézuélien a balayé d'un revers de main la proposition brésilienne "
           "d'un nouveau scrutin.", "REJECT", "VEN", ""),
    ("fr", "Ankara a balayé jeudi d'un revers de la main les conditions posées par Athènes.",
     "REJECT", "TUR", ""),
    ("fr", "Le président kényan a chassé d'un revers de main une mouche pendant son discours.",
     None, "", ""),
    ("fr", "Un vent violent a balayé la côte bretonne dans la nuit.", None, "", ""),
]

# A strike announced, not held: a strike notice filed or served (« a déposé un préavis de
# grève », "issued a strike notice"), or a strike the union says it would paralyse or shut
# the country with (on a condition or not): a threat of protest (CAMEO 133). A strike held
# ("paralysed the country with a strike") is the protest itself; a notice withdrawn, or a
# country paralysed by someone else's strike, threatens nothing of its subject's.
CASES += [
    ("en", "Kenya's teachers' union issued a strike notice on Monday.", "THREATEN", "KEN", ""),
    ("en", "The Kenya National Union of Teachers said it would paralyse the country with a "
           "general strike if parliament passed the bill.", "THREATEN", "KEN", ""),
    ("en", "Kenyan teachers paralysed the country with a general strike on Monday.",
     "PROTEST", "KEN", ""),
    ("en", "Kenya's teachers' union withdrew its strike notice on Monday.", None, "", ""),
    ("en", "Kenya was hit with a general strike on Monday.", None, "", ""),
    ("fr", "Le syndicat belge des enseignants a déposé lundi un préavis de grève pour le 12 mars.",
     "THREATEN", "BEL", ""),
    ("fr", "Le syndicat des contrôleurs aériens italiens a lancé un préavis de grève de 48 "
           "heures.", "THREATEN", "ITA", ""),
    ("fr", "Les enseignants kényans ont paralysé le pays par une grève générale lundi.",
     "PROTEST", "KEN", ""),
    ("fr", "Le syndicat belge des enseignants a levé lundi son préavis de grève.",
     None, "", ""),
    ("fr", "Le Kenya a été paralysé lundi par une grève des enseignants.", None, "", ""),
]

# Ruling out a prospect, a recognition or an extension (« a écarté toute normalisation »,
# "ruled out any extension of the mission's mandate", « a balayé cette perspective »): the
# doer rejects what others proposed or hoped for (REJECT). A possibility of what nobody
# proposes (a recession), or a ball pushed aside, is no one's rejection.
CASES += [
    ("en", "Ukraine's president ruled out recognition of Russia's annexation of Crimea on "
           "Tuesday.", "REJECT", "UKR", "RUS"),
    ("en", "Mali's junta ruled out any extension of the UN mission's mandate.",
     "REJECT", "MLI", ""),
    ("en", "The Armenian prime minister ruled out the prospect of ceding land to Azerbaijan on "
           "Sunday.", "REJECT", "ARM", ""),
    ("en", "Kenya's finance minister ruled out the possibility of a recession on Monday.",
     None, "", ""),
    ("fr", "Le président libanais a écarté toute normalisation des relations avec Israël.",
     "REJECT", "LBN", "ISR"),
    ("fr", "Le gouvernement malien a écarté toute prolongation du mandat de la mission de "
           "l'ONU.", "REJECT", "MLI", ""),
    ("fr", "Le Premier ministre canadien a fermement écarté cette perspective.",
     "REJECT", "CAN", ""),
    ("fr", "Le Premier ministre grec a balayé dimanche toute perspective d'accord avec "
           "Ankara.", "REJECT", "GRC", ""),
    ("fr", "Le gardien a écarté le ballon d'une main ferme.", None, "", ""),
]

# An act laid at someone's door (« a imputé à Kiev … », "pinned the blackout on Israel"):
# an accusation whatever the act is (an outage, an incident, a release of prisoners), since
# the verbs say blame; hopes or a medal pinned on someone are no blame.
CASES += [
    ("en", "Seoul pinned the outage on North Korea.", "ACCUSE", "KOR", "PRK"),
    ("en", "Germany on Friday pinned a year-long cyber campaign against its ministries on a "
           "unit of Russia's military intelligence.", "ACCUSE", "DEU", "RUS"),
    ("en", "Kenya pinned its hopes on Chinese investment.", None, "", ""),
    ("en", "Kenya's president pinned a medal on Tanzania's ambassador.", None, "", ""),
    ("fr", "Varsovie a imputé à Moscou le sabotage d'une voie ferrée.", "ACCUSE", "POL", "RUS"),
    ("fr", "Le Kenya a imputé à la Chine l'effondrement du pont.", "ACCUSE", "KEN", "CHN"),
    ("fr", "Le gouvernement a imputé la hausse des prix à la sécheresse.", None, "", ""),
]

# Closing a border, an airspace or a waterway (« a fermé sa frontière avec », « la fermeture
# du détroit », "closed the Suez Canal to", "would close the Strait … if"): a blockade (CAMEO
# 191), announced on a condition a threat of it; the French pack had no entry for it. A canal
# closed for works, a stock market that closes, a closure told as background are none.
CASES += [
    ("fr", "L'Algérie a fermé sa frontière avec le Maroc lundi.", "COERCE", "DZA", "MAR"),
    ("fr", "Le Tchad a annoncé lundi la fermeture de sa frontière avec le Soudan.",
     "COERCE", "TCD", "SDN"),
    ("fr", "Le canal a été fermé pour travaux.", None, "", ""),
    ("fr", "La Bourse de Paris a fermé en baisse.", None, "", ""),
    ("fr", "Depuis la fermeture de la frontière en 2020, le commerce a chuté.", None, "", ""),
    ("en", "Egypt closed the Suez Canal to Israeli ships on Monday.", "COERCE", "EGY", "ISR"),
    ("en", "Tehran said it would close the Strait of Hormuz if Washington attacked its nuclear "
           "sites.", "THREATEN", "IRN", "USA"),
    ("en", "Trade has slumped since the closure of the border in 2020.", None, "", ""),
    ("en", "Wall Street closed lower on Monday.", None, "", ""),
]

# Harm of the reprisal kind said to come ("said the army would crush any move by Taiwan",
# "said it would punish Seoul", "said the rebels would be hunted down"): a threat against
# whoever is to suffer it, as "would pay a price" is; with no coded actor to suffer it
# (malaria eradicated, a soldier punished) it threatens no one.
CASES += [
    ("en", "China's defence ministry said on Thursday that the army would crush any move by "
           "Taiwan toward independence.", "THREATEN", "CHN", "TWN"),
    ("en", "Pyongyang said it would punish Seoul for the leaflet launches.",
     "THREATEN", "PRK", "KOR"),
    ("en", "Ethiopia's prime minister said the army would crush the Tigrayan forces.",
     "THREATEN", "ETH", "ETH"),
    ("en", "Kenya's health minister said the government would eradicate malaria by 2030.",
     None, "", ""),
    ("en", "Seoul said on Monday it would punish any soldier who leaked documents.",
     None, "", ""),
]

# A reprisal promised as an answer ("vowed to answer the drills with force", "promised
# Washington a painful reply", « a juré de répondre par la force », « une réplique
# dévastatrice »): a threat against whoever is to receive it. An answer by words or figures,
# or a reply promised to a letter, is a promise or nothing.
CASES += [
    ("en", "North Korea vowed to answer the joint drills with force.", "THREATEN", "PRK", ""),
    ("en", "Iran's foreign minister promised Washington a painful reply on Monday.",
     "THREATEN", "IRN", "USA"),
    ("en", "Hezbollah's leader said the group would answer any Israeli strike on Beirut with "
           "rockets.", "THREATEN", "LBN", "ISR"),
    ("en", "Kenya's finance minister vowed to answer the criticism with new figures.",
     "AGREE", "KEN", ""),
    ("en", "The Ghanaian coach said his team would answer the defeat with a win.", None, "", ""),
    # A warning is a threat in its own right (en:warn, aimed at whom the content names): the
    # answer by force it announces must not need a coded object to be coded.
    ("en", "Tehran warned on Tuesday that it would answer any naval exercise by Britain and "
           "France in the Gulf with overwhelming force.", "THREATEN", "IRN", ""),
    ("en", "Venezuela warned on Sunday that it would answer the naval manoeuvres off its coast "
           "with overwhelming force.", "THREATEN", "VEN", ""),
    ("en", "The minister warned that the government would answer the criticism with new "
           "figures.", None, "", ""),
    ("fr", "La Corée du Nord a juré de répondre par la force aux manœuvres conjointes.",
     "THREATEN", "PRK", ""),
    ("fr", "Téhéran a promis lundi à Washington une réplique dévastatrice.",
     "THREATEN", "IRN", "USA"),
    ("fr", "Le ministre kényan des Finances a juré de répondre aux critiques par des chiffres.",
     "AGREE", "KEN", ""),
    ("fr", "L'entraîneur ghanéen a promis de répondre par une victoire.", None, "", ""),
]

# A demand made in a note or a letter sent to someone ("sent Tokyo a letter seeking the
# return of …", "wrote a letter to Spain to demand …", « a adressé une lettre à l'Espagne
# pour exiger … »): aimed at whom the document is sent to, and made, not only aimed at, since
# the letter says it. A convoy sent to demand something has not demanded it yet; a return
# to power sought from no one is no request.
CASES += [
    ("en", "Seoul sent Tokyo a diplomatic letter on Friday seeking the return of looted "
           "artefacts.", "REQUEST", "KOR", "JPN"),
    ("en", "The Moroccan government wrote a letter to Spain on Monday to demand an "
           "explanation.", "REQUEST", "MAR", "ESP"),
    ("en", "Nigeria sent a convoy to Niger on Monday to demand the release of its nationals.",
     None, "", ""),
    ("en", "The former Ugandan president is seeking a return to power.", None, "", ""),
    ("fr", "Le gouvernement marocain a adressé lundi une lettre à l'Espagne pour exiger des "
           "explications.", "REQUEST", "MAR", "ESP"),
    ("fr", "Le Nigeria a envoyé un convoi au Niger pour exiger la libération de ses "
           "ressortissants.", None, "", ""),
]

# Something asked of someone (« a sollicité de la France un appui aérien », « a requis de
# l'Espagne l'extradition », as "sought air support from France"): a request of whom it is
# asked of. « solliciter de nouveau » asks no one; « requérir une peine contre » is a
# prosecutor's, not a request of a state.
CASES += [
    ("en", "Chad sought air support from France on Tuesday.", "REQUEST", "TCD", "FRA"),
    ("fr", "Le gouvernement tchadien a sollicité mardi de la France un appui aérien.",
     "REQUEST", "TCD", "FRA"),
    ("fr", "L'Algérie a requis de l'Espagne l'extradition d'un ancien ministre.",
     "REQUEST", "DZA", "ESP"),
    ("fr", "Le Premier ministre a sollicité de nouveau la confiance des députés.",
     None, "", ""),
    ("fr", "Le parquet tunisien a requis dix ans de prison contre l'ancien ministre.",
     None, "", ""),
]

# A ruling, an award or a vote declared null and void (« jugé nul et non avenu »): a
# rejection (CAMEO 120) by whoever declares it, the English parser taking "null" for the
# object. A draw (« match nul ») or a null growth rate rejects nothing.
CASES += [
    ("en", "Ankara declared the Cypriot court's ruling null and void on Tuesday.",
     "REJECT", "TUR", ""),
    ("en", "China declared the tribunal's award null and void on Tuesday.", "REJECT", "CHN", ""),
    ("en", "Ghana's statistics office declared a null growth rate for March.", None, "", ""),
    ("fr", "Ankara a jugé nul et non avenu l'arrêt de la Cour suprême chypriote.",
     "REJECT", "TUR", "CYP"),
    ("fr", "Le Kenya a fait match nul contre l'Ouganda samedi.", None, "", ""),
]

# Envoys turned away (« a refoulé une délégation de la Cédéao », « a éconduit le président
# allemand », as "turned away a delegation"): a refusal to meet them (CAMEO 125), not an
# expulsion; migrants turned back at a border are still expelled (COERCE).
CASES += [
    ("en", "The Malian junta turned away a delegation of ECOWAS mediators on Friday.",
     "REJECT", "MLI", ""),
    ("fr", "La junte malienne a refoulé vendredi une délégation de la Cédéao.",
     "REJECT", "MLI", ""),
    ("fr", "Kiev a éconduit mardi le président allemand.", "REJECT", "UKR", "DEU"),
    ("fr", "La police grecque a refoulé des centaines de migrants à la frontière turque.",
     "COERCE", "GRC", ""),
]

# Evidence, information or allegations linking someone to a wrong ("credible evidence
# linking the Russian state to the poisoning", « des éléments crédibles liant l'État russe
# à l'empoisonnement »), put forward in reported speech: an accusation (CAMEO 112) by the
# speaker of whom the evidence names. Evidence linking an outbreak or loans to something
# that is no wrong names no one.
CASES += [
    ("en", "Britain's foreign secretary told parliament on Monday that there was credible "
           "evidence linking the Russian state to the poisoning.", "ACCUSE", "GBR", "RUS"),
    ("en", "The Swedish prime minister said investigators had information tying Iranian "
           "agents to the plot.", "ACCUSE", "SWE", "IRN"),
    ("en", "Kenya's health minister said there was evidence linking the outbreak to "
           "contaminated water.", None, "", ""),
    ("en", "The Ghanaian finance minister said there was evidence linking Chinese loans to "
           "faster growth.", None, "", ""),
    ("fr", "Le ministre britannique des Affaires étrangères a affirmé lundi disposer "
           "d'éléments crédibles liant l'État russe à l'empoisonnement.",
     "ACCUSE", "GBR", "RUS"),
    ("fr", "Le Premier ministre suédois a déclaré que les enquêteurs avaient des preuves "
           "liant des agents iraniens au complot.", "ACCUSE", "SWE", "IRN"),
    ("fr", "Le ministre ghanéen des Finances a affirmé disposer d'éléments liant les prêts "
           "chinois à la croissance.", None, "", ""),
]

# Saying or voting no to someone or to their plan ("said no to Brussels", « a dit
# non à Berlin »): a rejection (CAMEO 120) of whom it is said to. A no said to a question
# is an answer, and a no said to reporters by no coded actor codes nothing.
CASES += [
    ("en", "Hungary's government said no to Brussels on Monday.", "REJECT", "HUN", ""),
    ("en", "The Hungarian prime minister once again said no to the European Commission.",
     "REJECT", "HUN", ""),
    ("en", "The Kenyan minister said no to reporters' questions on Monday.", None, "", ""),
    ("fr", "Le gouvernement suisse a dit non à Berlin.", "REJECT", "CHE", "DEU"),
    ("fr", "Interrogé sur l'envoi de troupes, le ministre kényan a répondu non aux "
           "journalistes.", None, "", ""),
]

# A warning told after the words it quotes (« « Le Maroc le paiera cher », a prévenu le
# ministre », '"Morocco will pay dearly," the minister warned'): the quoted words are what
# is warned of, whatever label the French parser hangs them by, so a harm said to befall a
# named party is a threat to it (CAMEO 130). A quoted forecast names no one and warns of no
# act: nothing is coded.
CASES += [
    ("en", "\"Morocco will pay dearly for this,\" the Algerian foreign minister warned on "
           "Monday.", "THREATEN", "DZA", "MAR"),
    ("en", "\"Inflation will keep rising until the summer,\" the Algerian finance minister "
           "warned on Monday.", None, "", ""),
    ("fr", "« Le Maroc le paiera cher », a prévenu lundi le ministre algérien des Affaires "
           "étrangères.", "THREATEN", "DZA", "MAR"),
    ("fr", "« Rabat a commis une faute et il va la payer », a averti mardi le président "
           "algérien.", "THREATEN", "DZA", "MAR"),
    ("fr", "« La riposte sera terrible et Rabat la paiera cher », a prévenu jeudi le Premier "
           "ministre algérien.", "THREATEN", "DZA", ""),
    ("fr", "« L'inflation va encore augmenter jusqu'à l'été », a prévenu lundi le ministre "
           "algérien des Finances.", None, "", ""),
    ("fr", "« La sécheresse sera longue et les récoltes seront maigres », a averti mardi le "
           "ministre marocain de l'Agriculture.", None, "", ""),
]

# An envoy given hours or days to leave is expelled (SANCTION 166), however the parser hangs
# the time limit ("gave German ambassador Jan Weber 48 hours", where it makes the limit a
# modifier of the verb and the envoy its object); time given to anyone else to leave is a
# demand.
CASES += [
    ("en", "Chad's military rulers gave German ambassador Jan Weber 48 hours to leave the "
           "country on Friday.", "SANCTION", "TCD", "DEU"),
    ("en", "Mali's junta gave Sweden's ambassador Karl Olsson 72 hours to leave the country on "
           "Monday.", "SANCTION", "MLI", "SWE"),
    ("fr", "La junte tchadienne a donné vendredi 48 heures à l'ambassadeur d'Allemagne pour "
           "quitter le pays.", "SANCTION", "TCD", "DEU"),
    ("en", "Chad's military rulers gave German troops 48 hours to leave the country on Friday.",
     "REQUEST", "TCD", "DEU"),
    ("fr", "La junte tchadienne a donné vendredi 48 heures aux soldats allemands pour quitter "
           "le pays.", "REQUEST", "TCD", "DEU"),
]

@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return extract_bilingual(CASES, [], PUBLISHED)


@pytest.mark.parametrize(("lang", "text", "kind", "source", "target"), CASES,
                         ids=[case[1][:60] for case in CASES])
def test_reach(events: dict[str, list[Event]], lang: str, text: str, kind: str | None,
               source: str, target: str) -> None:
    assert_coded(events[text], kind, source, target)
