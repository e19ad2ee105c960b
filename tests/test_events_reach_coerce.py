"""Lexicon reach for material conflict and its easing, in both languages: the classes of
expression wire news uses for an arrest, a sanction or a retreat that recur over the
development sets and that no entry reached: arrests told with a colloquial verb ("picked
up", « cueilli », « placé aux arrêts », « placé sous mandat de dépôt »); releases told as
letting someone go or walk free, captives handed over; armed groups pulling out of a town,
or evacuating it, like armies; envoys recalled (the noun), told to leave, sent away; tariffs
imposed or raised on a country's goods; weapons handed over and an armed group's
disarmament; a state leaving an international body (SANCTION, not a retreat of troops); a
body suspending a member state with no "from" phrase (« l'Union africaine a suspendu le
Soudan »); martial law proclaimed, in French as in English; premises searched by the police
or officials; a ceasefire taking effect (both sides, named in its "between" phrase); a
ban on a country's trade told as a noun; people flown, sent or transferred to a prison;
the internet switched off or blacked out, a broadcaster or an app suspended (the noun).
Each class is checked on sentences written for these tests, and on the other senses of the
same words (the economy picking up, fruit picked, a product recall, a coach dismissed, a tax
on tobacco, a visitor leaving a city), on which nothing fires."""

from __future__ import annotations

from coding import class_tests

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = [
    # Arrests told with a colloquial verb of taking someone away.
    ("en", "Egyptian security officers picked up a prominent blogger at his home in Cairo.",
     "COERCE", "173", "EGY", "EGY"),
    ("en", "Russian security agents picked up an American reporter in Perm on Friday.",
     "COERCE", "173", "RUS", "USA"),
    ("fr", "Le maire d'Istanbul a été cueilli à son domicile par la police turque.",
     "COERCE", "173", "TUR", ""),
    ("fr", "Des policiers ont cueilli le journaliste chez lui à Dakar.",
     "COERCE", "173", "SEN", "SEN"),
    ("fr", "Le journaliste marocain a été placé sous mandat de dépôt par un juge de Rabat.",
     "COERCE", "173", "MAR", "MAR"),
    # Releases told as letting someone go or walk free, and captives handed over.
    ("en", "Eritrean authorities let three jailed journalists walk free on Tuesday.",
     "RETREAT", "0841", "ERI", "ERI"),
    ("en", "The Houthis let go of a British journalist held since March.",
     "RETREAT", "0841", "YEM", "GBR"),
    ("en", "Hamas let go of Keith Siegel, an American-Israeli hostage, on Saturday.",
     "RETREAT", "0841", "PSE", ""),
    ("fr", "Les otages italiens ont été remis lundi à la Croix-Rouge par les rebelles touareg "
     "maliens.", "RETREAT", "0841", "MLI", "ITA"),
    # Armed groups, not only armies, pull out of or leave a place.
    ("en", "Syrian rebels pulled out of the town of Saraqeb on Saturday.",
     "RETREAT", "0874", "SYR", ""),
    ("fr", "Les combattants du M23 ont évacué la ville de Masisi.",
     "RETREAT", "0874", "COD", ""),
    # An envoy recalled (the noun), told to leave, sent away.
    ("en", "Algeria announced the immediate recall of its ambassador from Madrid.",
     "SANCTION", "161", "DZA", ""),
    ("en", "Senegal told the Gambian ambassador to leave within 48 hours.",
     "SANCTION", "166", "SEN", "GMB"),
    ("fr", "L'Algérie a annoncé le rappel de son ambassadeur à Madrid.",
     "SANCTION", "161", "DZA", ""),
    ("fr", "Le Mali a congédié l'ambassadeur de France.", "SANCTION", "166", "MLI", "FRA"),
    # Tariffs imposed or raised on a country's goods.
    ("en", "Washington raised tariffs on Chinese goods to 145 percent.",
     "SANCTION", "163", "USA", "CHN"),
    ("en", "India doubled tariffs on American almonds.", "SANCTION", "163", "IND", "USA"),
    ("fr", "La Chine a instauré des droits antidumping sur le cognac français.",
     "SANCTION", "163", "CHN", "FRA"),
    ("fr", "Washington a relevé mercredi les surtaxes douanières sur les produits chinois.",
     "SANCTION", "163", "USA", "CHN"),
    # Weapons handed over, an armed group's disarmament (the noun, with its light verbs).
    ("en", "Colombian ELN rebels completed the handover of their weapons to United Nations "
     "monitors.", "RETREAT", "0873", "COL", "UNO"),
    ("en", "Colombia's ELN rebels completed their disarmament on Tuesday.",
     "RETREAT", "0873", "COL", ""),
    ("fr", "Les rebelles colombiens ont remis leurs armes aux observateurs de l'ONU.",
     "RETREAT", "0873", "COL", "UNO"),
    ("fr", "L'ETA a parachevé son désarmement samedi.", "RETREAT", "0873", "ESP", ""),
    # A state leaving an international body breaks its relations with it (SANCTION), it
    # does not pull troops back.
    ("en", "Burkina Faso announced its withdrawal from ECOWAS on Sunday.",
     "SANCTION", "160", "BFA", "IGO"),
    ("en", "Russia withdrew from the Council of Europe.", "SANCTION", "160", "RUS", "IGO"),
    ("fr", "Le Burkina Faso a annoncé dimanche sa sortie de la CEDEAO.",
     "SANCTION", "160", "BFA", "IGO"),
    ("fr", "La Russie s'est retirée du Conseil de l'Europe.", "SANCTION", "160", "RUS", "IGO"),
    ("en", "Russian troops withdrew from Kherson on Friday.", "RETREAT", "0874", "RUS", "UKR"),
    ("fr", "Les troupes russes se sont retirées de Kherson.", "RETREAT", "0874", "RUS", "UKR"),
    # A body suspending a member state, with no "from" phrase: the body is the doer.
    ("en", "The African Union suspended Burkina Faso on Friday after the coup.",
     "SANCTION", "160", "IGO", "BFA"),
    ("en", "Gabon was suspended by the Economic Community of Central African States.",
     "SANCTION", "160", "IGO", "GAB"),
    ("fr", "Le Soudan a été suspendu lundi par l'Union africaine.",
     "SANCTION", "160", "IGO", "SDN"),
    ("fr", "L'Union africaine a suspendu jeudi la Guinée de ses instances.",
     "SANCTION", "160", "IGO", "GIN"),
    # Martial law proclaimed (the French noun, as the English one).
    ("fr", "Le président bolivien a proclamé la loi martiale samedi.",
     "COERCE", "1724", "BOL", "BOL"),
    # Premises searched by the police or officials (COERCE), not only raided.
    ("en", "Kenyan tax officials searched the offices of the Daily Nation on Tuesday.",
     "COERCE", "170", "KEN", ""),
    ("en", "Turkish police swept through the headquarters of the Zaman newspaper.",
     "COERCE", "170", "TUR", ""),
    ("fr", "Des policiers turcs ont investi vendredi les locaux du journal Zaman.",
     "COERCE", "170", "TUR", ""),
    ("fr", "Des agents algériens ont fouillé le domicile du journaliste à Alger.",
     "COERCE", "170", "DZA", ""),
    # A ceasefire taking effect: both sides de-escalate (RETREAT), not a declaration.
    ("en", "The truce between Armenia and Azerbaijan took effect at midnight.",
     "RETREAT", "0871", "ARM", ""),
    ("en", "A ceasefire between Thailand and Cambodia came into force on Monday.",
     "RETREAT", "0871", "KHM", ""),
    ("en", "A truce between Sudan and South Sudan took hold overnight on Sunday.",
     "RETREAT", "0871", "SSD", ""),
    ("fr", "La trêve entre l'Inde et le Pakistan est entrée en vigueur samedi soir.",
     "RETREAT", "0871", "PAK", ""),
    # A ban on a country's trade told as a noun (the verb was coded already).
    ("en", "Kenya imposed a blanket ban on poultry imports from Uganda.",
     "SANCTION", "163", "KEN", ""),
    ("en", "Beijing announced a halt of soybean purchases from the United States.",
     "SANCTION", "163", "CHN", "USA"),
    ("fr", "La Russie a décrété l'interdiction des importations de vin moldave.",
     "SANCTION", "163", "RUS", ""),
    # The internet switched off, a broadcaster or an app suspended (the noun), a
    # broadcast stopped (« l'arrêt de la diffusion »).
    ("en", "The Ethiopian government turned off the internet in Tigray on Friday.",
     "COERCE", "1721", "ETH", ""),
    ("en", "The Ugandan government imposed an internet blackout on the eve of the vote.",
     "COERCE", "1721", "UGA", ""),
    ("en", "Egyptian authorities ordered the suspension of Al Jazeera's broadcasts.",
     "COERCE", "172", "EGY", ""),
    ("fr", "Le gouvernement nigérien a ordonné l'arrêt immédiat de la diffusion de TV5 "
     "Monde.", "COERCE", "172", "NER", ""),
    # People flown, sent or transferred to a prison (detention, COERCE).
    ("en", "Thai authorities flew 40 Uyghur men to a prison in Xinjiang.",
     "COERCE", "173", "THA", ""),
    ("en", "The Salvadoran government sent 300 deportees to a mega-prison on Sunday.",
     "COERCE", "173", "SLV", ""),
    ("fr", "Les autorités iraniennes ont transféré la chercheuse française à la prison "
     "d'Evin.", "COERCE", "173", "IRN", "FRA"),
    ("fr", "Washington a transféré 150 migrants guatémaltèques vers une méga-prison du "
     "Salvador.", "COERCE", "173", "USA", ""),
]

# The economy picking up, a rescue at sea, a driver, a trail; fruit picked, the fruits of
# growth, a case put under another court's authority, an end put to work stoppages.
NON_EVENTS: list[tuple[str, str]] = [
    ("en", "The Nigerian economy picked up in the second quarter."),
    ("en", "The Italian coastguard picked up 80 migrants off Lampedusa."),
    ("en", "A Greek driver picked up the minister at the airport."),
    ("en", "Turkish police picked up the trail of the suspects' car near Ankara."),
    ("en", "A free agent picked up the journalist at the station."),
    ("fr", "Les paysans bretons ont cueilli les premières fraises."),
    ("fr", "Le Sénégal a cueilli les fruits de sa croissance."),
    ("fr", "Le tribunal a placé l'affaire sous mandat de la cour d'appel."),
    ("fr", "Le gouvernement a mis fin aux arrêts de travail dans les usines."),
    # Letting players walk off, letting go of fears; quitting talks; a product recall, a
    # coach dismissed; taxes on goods of no country, rights of workers.
    ("en", "The coach let the players walk off the pitch."),
    ("en", "She let go of her fears about the election."),
    ("en", "The coach let go of his plans for the final."),
    ("en", "Syrian rebels pulled out of the peace talks in Astana."),
    ("en", "Rebel fighters left the negotiations in Doha."),
    ("en", "The minister told the ambassador to go ahead with the visit."),
    ("en", "The carmaker announced the recall of 50,000 vehicles."),
    ("en", "The Indian government raised taxes on fuel."),
    ("fr", "Les rebelles ont quitté les négociations de Doha."),
    ("fr", "Le constructeur a annoncé le rappel de 50 000 véhicules."),
    ("fr", "Le club a congédié son entraîneur."),
    ("fr", "Le gouvernement français a relevé les taxes sur le tabac."),
    ("fr", "Le Qatar a augmenté les droits des travailleurs népalais."),
    # Disarmament as a topic; weapons the police hand to a court; a visitor leaving a city,
    # a minister leaving a government, a bill withdrawn.
    ("en", "The conference on nuclear disarmament opened in Geneva."),
    ("fr", "La conférence sur le désarmement nucléaire s'est ouverte à Genève."),
    ("fr", "La police a remis les armes saisies au tribunal de Lyon."),
    ("en", "The French president left Berlin on Monday."),
    ("fr", "Le président français a quitté Berlin lundi."),
    ("fr", "Le ministre a annoncé sa sortie du gouvernement italien."),
    ("fr", "Le Mali a annoncé le retrait de son projet de loi."),
    # A council suspending its sitting, a union its strike, a bloc its own envoy; a law
    # that is not martial, martial law feared.
    ("en", "The city council suspended its session after a walkout."),
    ("en", "The European Union suspended its special envoy to the region."),
    ("fr", "Le conseil municipal a suspendu la séance après des incidents."),
    ("fr", "Le syndicat a suspendu la grève lundi."),
    ("fr", "Le Parlement a voté une loi sur la sécurité intérieure."),
    ("fr", "L'opposition craint le retour de la loi martiale."),
    # Rescuers searching rubble, officials searching for a way out, a party investing its
    # candidate, a fund investing in offices; a law or a smoking ban taking effect; a ban
    # on advertising.
    ("en", "Rescuers searched the rubble of the hotel for survivors."),
    ("en", "Kenyan officials searched for a solution to the strike."),
    ("fr", "Le parti socialiste a investi son candidat pour la présidentielle."),
    ("fr", "Le fonds qatari a investi deux milliards dans les locaux de la banque."),
    ("en", "The new Indian tax law took effect on Monday."),
    ("fr", "L'interdiction de fumer est entrée en vigueur lundi en Belgique."),
    ("en", "The ban on tobacco advertising took effect in Ireland."),
    ("en", "Panic took hold in Juba after the ceasefire between Sudan and South Sudan "
           "collapsed."),
    # A suspension told inside a background reference to a year; martial law decreed as
    # the manner of an act in the past perfect, before a later sentence's news.
    ("en", "Libya's seat at the African Union has been empty since 2011, when the bloc "
     "suspended Tripoli."),
    ("fr", "Le président guinéen avait surpris le pays lundi soir en décrétant la loi "
     "martiale. Mardi, les écoles ont rouvert à Conakry."),
    # Phones switched off, a storm's blackout, a court's ruling (« arrêt ») on a broadcast.
    ("en", "The Brazilian players switched off their phones before the match."),
    ("en", "The storm caused a blackout of the television network in Florida."),
    ("fr", "La Cour de cassation a rendu un arrêt sur la diffusion des débats."),
    # A court sending a man to prison (a sentence, not told here), a minister visiting one.
    ("en", "A Russian court sent the activist to prison for five years."),
    ("fr", "Le ministre de la Justice s'est rendu à la prison de Fresnes lundi."),
]


(coded, test_reach_classes_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)
