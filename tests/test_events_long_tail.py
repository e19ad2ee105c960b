"""The long tail of wire-news triggers, in both languages: a walkout, a boycott, a lockdown,
"ruled out", torching, a cyberattack, compensating, deploying monitors, a petition, « interdire
à X de », « traiter X de », « se féliciter de », summoning an envoy, a raid, an ambush, a
hijacking, an annexation, a siege; each with the CAMEO code it gives, on sentences written
for these tests, and the sport, business and weather senses of the same words, on which
nothing fires."""

from __future__ import annotations

from coding import class_tests

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = [
    ("en", "Nigerian doctors staged a walkout over unpaid salaries in Lagos.",
     "PROTEST", "143", "NGA", ""),
    ("en", "Bangladesh's main opposition party boycotted the parliamentary election.",
     "PROTEST", "143", "BGD", ""),
    ("en", "The Chinese government imposed a lockdown on Shanghai.",
     "COERCE", "172", "CHN", "CHN"),
    ("en", "Israel ruled out a ceasefire with Hamas.",
     "REJECT", "1246", "ISR", ""),
    ("en", "Serbia ruled out talks with Albania.",
     "REJECT", "125", "SRB", "ALB"),
    ("en", "Protesters torched a police station in Dhaka.",
     "PROTEST", "145", "BGD", ""),
    ("en", "Israeli settlers torched Palestinian homes in the West Bank.",
     "COERCE", "1712", "ISR", "PSE"),
    ("en", "Russia launched a cyberattack on Estonia.",
     "COERCE", "170", "RUS", "EST"),
    ("en", "Germany compensated the families of the victims of the Kunduz air strike.",
     "RETREAT", "0842", "DEU", ""),
    ("en", "The OSCE deployed monitors to eastern Ukraine.",
     "AID", "074", "IGO", "UKR"),
    ("en", "Kenyan opposition parties submitted a petition to the electoral commission.",
     "REQUEST", "100", "KEN", ""),
    ("en", "France welcomed the agreement between Armenia and Azerbaijan.",
     "SUPPORT", "051", "FRA", ""),
    ("en", "Turkey banned Swedish journalists from entering the country.",
     "COERCE", "172", "TUR", "SWE"),
    ("en", "Erdogan called Netanyahu a terrorist.",
     "ACCUSE", "111", "TUR", "ISR"),
    ("fr", "Les médecins nigérians ont débrayé pour réclamer leurs salaires à Lagos.",
     "PROTEST", "143", "NGA", ""),
    ("fr", "L'opposition bangladaise a boycotté les élections législatives.",
     "PROTEST", "143", "BGD", ""),
    ("fr", "Le gouvernement chinois a imposé un confinement à Shanghai.",
     "COERCE", "172", "CHN", "CHN"),
    ("fr", "Israël a exclu un cessez-le-feu avec le Hamas.",
     "REJECT", "1246", "ISR", ""),
    ("fr", "La Serbie a exclu toute négociation avec l'Albanie.",
     "REJECT", "125", "SRB", "ALB"),
    ("fr", "Des manifestants ont incendié un commissariat à Dacca.",
     "PROTEST", "145", "BGD", ""),
    ("fr", "La Russie a lancé une cyberattaque contre l'Estonie.",
     "COERCE", "170", "RUS", "EST"),
    ("fr", "Le Japon a dédommagé les familles des victimes coréennes.",
     "RETREAT", "0842", "JPN", ""),
    ("fr", "L'OSCE a déployé des observateurs dans l'est de l'Ukraine.",
     "AID", "074", "IGO", "UKR"),
    ("fr", "L'opposition kényane a remis une pétition à la commission électorale.",
     "REQUEST", "100", "KEN", ""),
    ("fr", "La France s'est félicitée de l'accord entre l'Arménie et l'Azerbaïdjan.",
     "SUPPORT", "051", "FRA", ""),
    ("fr", "La Turquie a interdit aux journalistes suédois d'entrer dans le pays.",
     "COERCE", "172", "TUR", "SWE"),
    ("fr", "Erdogan a traité Netanyahou de terroriste.",
     "ACCUSE", "111", "TUR", "ISR"),
    ("fr", "Des colons israéliens ont incendié des maisons palestiniennes en Cisjordanie.",
     "COERCE", "1712", "ISR", "PSE"),
    ("fr", "Le Quai d'Orsay a convoqué l'ambassadeur d'Iran à Paris.",
     "ACCUSE", "114", "FRA", "IRN"),
    ("fr", "La police sénégalaise a perquisitionné le siège du parti d'opposition à Dakar.",
     "COERCE", "170", "SEN", ""),
    ("fr", "Les rebelles du M23 ont tendu une embuscade à un convoi de l'armée congolaise "
     "près de Goma.",
     "ASSAULT", "190", "COD", "COD"),
    ("fr", "Les Houthis ont détourné un navire commercial en mer Rouge.",
     "ASSAULT", "181", "YEM", ""),
    ("fr", "La Russie a annexé quatre régions ukrainiennes.",
     "COERCE", "192", "RUS", "UKR"),
    ("fr", "L'armée israélienne a assiégé l'hôpital Al-Chifa à Gaza.",
     "COERCE", "191", "ISR", ""),
    ("fr", "La police française a mené une perquisition chez un député de l'opposition.",
     "COERCE", "170", "FRA", ""),
]

# ASSAULT and the military side of COERCE: artillery, aircraft, sieges, annexations, killings
# by hand, bombs, hostage-taking, towns taken; the same acts in both languages.
CASES += [
    ("en", "Russian forces pounded Kharkiv with artillery overnight.",
     "ASSAULT", "194", "RUS", "UKR"),
    ("en", "Russian artillery bombarded the Ukrainian city of Kherson.",
     "ASSAULT", "195", "RUS", "UKR"),
    ("en", "Syrian jets strafed a rebel convoy near Idlib.", "ASSAULT", "195", "SYR", ""),
    ("en", "A mob lynched a Muslim man in Pakistan.", "ASSAULT", "1823", "PAK", ""),
    ("en", "Sudanese paramilitaries slaughtered dozens of villagers in Darfur.",
     "ASSAULT", "202", "SDN", ""),
    ("en", "Al-Shabaab militants detonated a car bomb outside a hotel in Mogadishu.",
     "ASSAULT", "183", "SOM", ""),
    ("en", "Houthi rebels seized the town of Marib.", "ASSAULT", "190", "YEM", ""),
    ("en", "Israel carried out the assassination of a Hamas commander in Beirut.",
     "ASSAULT", "186", "ISR", "PSE"),
    ("en", "Gunmen mowed down worshippers in a church in Nigeria.", "ASSAULT", "180", "NGA", ""),
    ("en", "Sudanese paramilitaries laid an ambush for an army convoy near Khartoum.",
     "ASSAULT", "190", "SDN", ""),
    ("en", "Russian forces launched a fresh onslaught on Bakhmut.", "ASSAULT", "190", "RUS", "UKR"),
    ("en", "Islamist militants carried out a suicide bombing in Kabul.",
     "ASSAULT", "1831", "AFG", ""),
    ("en", "The Taliban took hostages at the Kabul airport.", "ASSAULT", "181", "AFG", ""),
    ("en", "Myanmar's army torched villages in Sagaing.", "ASSAULT", "180", "MMR", ""),
    ("fr", "Des avions syriens ont mitraillé un convoi rebelle près d'Idleb.",
     "ASSAULT", "190", "SYR", ""),
    ("fr", "Des rebelles maliens ont fait sauter un pont près de Gao.",
     "ASSAULT", "183", "MLI", ""),
    ("fr", "Les rebelles houthis se sont emparés de la ville de Marib.",
     "ASSAULT", "190", "YEM", ""),
    ("fr", "Les rebelles du M23 ont pris la ville de Goma.", "ASSAULT", "190", "COD", ""),
    ("fr", "L'armée sénégalaise a reconquis la localité de Ziguinchor.",
     "ASSAULT", "190", "SEN", ""),
    ("fr", "L'armée russe a donné l'assaut à la ville ukrainienne de Bakhmout.",
     "ASSAULT", "190", "RUS", "UKR"),
    ("fr", "Israël a mené l'assassinat d'un commandant du Hamas à Beyrouth.",
     "ASSAULT", "186", "ISR", "PSE"),
    ("fr", "Les talibans ont pris en otage des employés de l'ONU à Kaboul.",
     "ASSAULT", "181", "AFG", ""),
    ("fr", "L'armée birmane a incendié des villages dans la région de Sagaing.",
     "ASSAULT", "180", "MMR", ""),
]

# REJECT, ACCUSE and THREATEN: rebuffs and walk-outs from treaties, verbal attacks, taking a
# state to court, warnings; the same acts in both languages.
CASES += [
    ("en", "Iran brushed aside the European proposal on its nuclear programme.",
     "REJECT", "120", "IRN", ""),
    ("en", "Hungary snubbed the EU summit in Brussels.", "REJECT", "120", "HUN", ""),
    ("en", "The United States withdrew from the Paris climate agreement.",
     "REJECT", "127", "USA", ""),
    ("en", "Washington abandoned the nuclear deal with Iran.", "REJECT", "127", "USA", "IRN"),
    ("en", "Pakistan balked at the Indian proposal for talks.", "REJECT", "120", "PAK", "IND"),
    ("en", "Turkey turned its back on Sweden's NATO bid.", "REJECT", "120", "TUR", "SWE"),
    ("en", "Erdogan lashed out at Israel over the Gaza offensive.", "ACCUSE", "111", "TUR", "ISR"),
    ("en", "The Kremlin railed against NATO expansion in eastern Europe.",
     "ACCUSE", "111", "RUS", ""),
    ("en", "Orban took aim at the European Commission in a speech.", "ACCUSE", "111", "HUN", ""),
    ("en", "Kyiv pointed the finger at Moscow over the dam collapse.",
     "ACCUSE", "112", "UKR", "RUS"),
    ("en", "Germany's foreign minister berated China over human rights.",
     "ACCUSE", "111", "DEU", "CHN"),
    ("en", "Ukraine took Russia to the International Court of Justice.",
     "ACCUSE", "115", "UKR", "RUS"),
    ("en", "China issued a stern rebuke of Japan.", "ACCUSE", "111", "CHN", "JPN"),
    ("en", "The United States cautioned Iran against any retaliation.",
     "THREATEN", "130", "USA", "IRN"),
    ("fr", "La Hongrie a snobé le sommet européen de Bruxelles.", "REJECT", "120", "HUN", ""),
    ("fr", "Les États-Unis se sont retirés de l'accord de Paris sur le climat.",
     "REJECT", "127", "USA", ""),
    ("fr", "La Russie a quitté l'accord céréalier avec l'Ukraine.", "REJECT", "127", "RUS", ""),
    ("fr", "La Corée du Nord est revenue sur sa promesse de démanteler ses sites nucléaires.",
     "REJECT", "120", "PRK", ""),
    ("fr", "La Turquie a tourné le dos à la Suède.", "REJECT", "120", "TUR", "SWE"),
    ("fr", "Erdogan s'en est pris à Israël après l'offensive sur Gaza.",
     "ACCUSE", "111", "TUR", "ISR"),
    ("fr", "Le Kremlin s'est insurgé contre l'élargissement de l'OTAN.",
     "ACCUSE", "111", "RUS", ""),
    ("fr", "Le gouvernement malien a mis en cause la France dans l'attaque.",
     "ACCUSE", "112", "MLI", "FRA"),
    ("fr", "La ministre allemande des Affaires étrangères a tancé la Chine sur les droits de "
     "l'homme.", "ACCUSE", "111", "DEU", "CHN"),
    ("fr", "L'Ukraine a traduit la Russie devant la Cour internationale de justice.",
     "ACCUSE", "115", "UKR", "RUS"),
    ("fr", "L'Ukraine a attaqué la Russie en justice.", "ACCUSE", "115", "UKR", "RUS"),
    ("fr", "La Chine a formulé de vives critiques contre le Japon.",
     "ACCUSE", "111", "CHN", "JPN"),
    ("fr", "Le Maroc a épinglé l'Algérie dans un communiqué.", "ACCUSE", "111", "MAR", "DZA"),
]

# PROTEST, SANCTION, MOBILIZE and the police side of COERCE: pickets, strikes called in other
# words, blacklists, suspended talks and trade, a military presence reinforced, arrests and
# riot weapons; the same acts in both languages.
CASES += [
    ("en", "Kenyan activists picketed the Ugandan embassy in Nairobi.",
     "PROTEST", "141", "KEN", "UGA"),
    ("en", "Nigerian doctors downed tools over unpaid salaries.", "PROTEST", "143", "NGA", ""),
    ("en", "Nigerian doctors walked off the job over unpaid salaries.",
     "PROTEST", "143", "NGA", ""),
    ("en", "British rail unions announced industrial action against the government.",
     "PROTEST", "143", "GBR", ""),
    ("en", "India suspended talks with Pakistan after the attack.",
     "SANCTION", "164", "IND", "PAK"),
    ("en", "Russia drafted 300,000 reservists last year.", "MOBILIZE", "154", "RUS", ""),
    ("en", "The United States boosted its military presence in the Gulf.",
     "MOBILIZE", "154", "USA", ""),
    ("en", "Chinese authorities locked up dozens of Uyghur activists.",
     "COERCE", "173", "CHN", ""),
    ("en", "The Iranian government clamped down on the protests.", "COERCE", "170", "IRN", ""),
    ("en", "Kenyan police used tear gas against opposition supporters in Nairobi.",
     "COERCE", "170", "KEN", ""),
    ("en", "Israeli authorities evicted a Palestinian family in East Jerusalem.",
     "COERCE", "174", "ISR", "PSE"),
    ("fr", "Les cheminots français se sont mis en grève contre la réforme des retraites.",
     "PROTEST", "143", "FRA", ""),
    ("fr", "Les enseignants tunisiens sont entrés en grève mardi.", "PROTEST", "143", "TUN", ""),
    ("fr", "Les dockers marocains ont déposé les outils pour réclamer des hausses de salaires.",
     "PROTEST", "143", "MAR", ""),
    ("fr", "Les syndicats britanniques ont annoncé un mouvement social contre le gouvernement.",
     "PROTEST", "143", "GBR", ""),
    ("fr", "L'Union européenne a mis trois banques russes sur sa liste noire.",
     "SANCTION", "163", "EUR", "RUS"),
    ("fr", "L'Iran a blacklisté trois ONG britanniques.", "SANCTION", "163", "IRN", "GBR"),
    ("fr", "L'Inde a suspendu le commerce avec le Pakistan après l'attentat.",
     "SANCTION", "163", "IND", "PAK"),
    ("fr", "Les États-Unis ont renforcé leur présence militaire dans le Golfe.",
     "MOBILIZE", "154", "USA", ""),
    ("fr", "La justice française a mis en examen l'ancien président gabonais.",
     "ACCUSE", "115", "FRA", "GAB"),
    ("fr", "Les autorités égyptiennes ont assigné à résidence un opposant.",
     "COERCE", "173", "EGY", ""),
    ("fr", "La police kényane a utilisé des gaz lacrymogènes contre des partisans de "
     "l'opposition à Nairobi.", "COERCE", "170", "KEN", ""),
]

# The cooperative types, AGREE to REQUEST: deals hammered out, sitting down together, siding and
# rallying, joining forces, bail-outs, backing down, release; the same acts in both languages.
CASES += [
    ("en", "Israel and Hamas hammered out a deal on the release of hostages.",
     "AGREE", "030", "ISR", ""),
    ("en", "Blinken sat down with Wang Yi in Beijing.", "CONSULT", "040", "USA", "CHN"),
    ("en", "Macron held a videoconference with Zelensky.", "CONSULT", "040", "FRA", "UKR"),
    ("en", "Hungary sided with Russia at the summit.", "SUPPORT", "051", "HUN", "RUS"),
    ("en", "Estonia and Latvia rallied behind Ukraine.", "SUPPORT", "051", "EST", "UKR"),
    ("en", "Germany threw its weight behind the French proposal.", "SUPPORT", "051", "DEU", ""),
    ("en", "Japan teamed up with Australia on maritime security.",
     "COOPERATE", "060", "JPN", "AUS"),
    ("en", "Kenya joined forces with Ethiopia against al-Shabaab.",
     "COOPERATE", "060", "KEN", "ETH"),
    ("en", "The IMF bailed out Sri Lanka last year.", "AID", "071", "IGO", "LKA"),
    ("en", "Qatar bankrolled the Hamas government in Gaza.", "AID", "071", "QAT", "PSE"),
    ("en", "The Serbian government backed down on the mining project.",
     "CONCEDE", "080", "SRB", ""),
    ("en", "The British government bowed to pressure from the United States.",
     "CONCEDE", "080", "GBR", ""),
    ("en", "Kenyan protesters clamoured for the president's resignation.",
     "REQUEST", "100", "KEN", ""),
    ("fr", "Le Qatar a trouvé un accord avec le Hamas sur la libération des otages.",
     "AGREE", "030", "QAT", "PSE"),
    ("fr", "Le ministre turc des Affaires étrangères a échangé avec son homologue russe.",
     "CONSULT", "040", "TUR", "RUS"),
    ("fr", "Le président indien s'est déplacé en Ukraine.", "CONSULT", "042", "IND", "UKR"),
    ("fr", "La France a exprimé son soutien à l'Ukraine.", "SUPPORT", "051", "FRA", "UKR"),
    ("fr", "L'Estonie et la Lettonie se sont rangées derrière l'Ukraine.",
     "SUPPORT", "051", "EST", "UKR"),
    ("fr", "Le Japon et l'Australie ont uni leurs forces avec l'Inde contre la piraterie.",
     "COOPERATE", "060", "JPN", "IND"),
    ("fr", "Le Kenya s'est associé avec l'Éthiopie contre les shebab.",
     "COOPERATE", "060", "KEN", "ETH"),
    ("fr", "Le FMI a renfloué le Sri Lanka l'an dernier.", "AID", "071", "IGO", "LKA"),
    ("fr", "L'Union européenne est venue en aide à la Moldavie.", "AID", "070", "EUR", "MDA"),
    ("fr", "Le gouvernement serbe a capitulé face aux manifestants.",
     "CONCEDE", "080", "SRB", ""),
    ("fr", "La justice turque a remis en liberté un journaliste kurde.",
     "RETREAT", "0841", "TUR", ""),
    ("fr", "Le Maroc et l'Espagne ont scellé un accord migratoire.",
     "SUPPORT", "057", "MAR", ""),
    ("fr", "L'ONU a adjuré la Russie de cesser les combats.", "REQUEST", "100", "UNO", "RUS"),
    ("fr", "Le Mali a échangé des tirs avec des soldats ivoiriens.",
     "ASSAULT", "190", "MLI", "CIV"),
    # an exchange is mutual even with one side named: cooperation, not one side's release
    ("fr", "L'Ukraine a échangé des prisonniers avec la Russie.", "COOPERATE", "06", "UKR",
     "RUS"),
    ("en", "Indian troops exchanged fire with Pakistani soldiers in Kashmir.",
     "ASSAULT", "190", "IND", "PAK"),
]

# Word classes filled out (issue 13, items 1 and 3): every verb of the class a wire journalist
# uses for the act, the object nouns it takes, in both languages: bombers blowing themselves
# up, people snatched, property impounded, detention, licences revoked, relief flown in,
# debts written off, regret expressed, reservists summoned, arms laid down, troops pulled
# back, states suspended from a body, slogans chanted, crowds gathering, proceedings and
# appeals thrown out, a dialogue opened.
# English families learnt from the misses of the fourth wire set, each worded apart from it:
# troops leaving a place (a particle verb or a plain one with the place as object), a call
# rung, a captive let out, relief workers arriving, arms received from a giver, a measure
# rescinded or reversed, troops fanning out, a missile unveiled or lobbed, relief ferried,
# money transferred, a round of discussions begun, support thrown behind someone, calls
# turned down.
CASES += [
    ("en", "The last Dutch soldiers left Iraq on Tuesday.", "RETREAT", "0874", "NLD", "IRQ"),
    ("en", "Ethiopian troops quit the Somali town of Baidoa overnight.",
     "RETREAT", "0874", "ETH", "SOM"),
    ("en", "Turkish soldiers rolled out of Syria's Afrin district on Sunday.",
     "RETREAT", "0874", "TUR", "SYR"),
    ("en", "Egypt's foreign minister rang his Jordanian counterpart on Sunday.",
     "CONSULT", "041", "EGY", "JOR"),
    ("en", "Three Lebanese journalists were let out by Syria on Thursday.",
     "RETREAT", "0841", "SYR", "LBN"),
    ("en", "A team of Turkish rescuers arrived in Kathmandu on Monday.",
     "AID", "073", "TUR", "NPL"),
    ("en", "Poland received 50 Abrams tanks from the United States.", "AID", "072", "USA", "POL"),
    ("en", "Thailand rescinded the curfew in Bangkok on Monday.", "CONCEDE", "081", "THA", "THA"),
    ("en", "Peru's government reversed the ban on opposition rallies.",
     "CONCEDE", "081", "PER", ""),
    ("en", "Kenyan troops fanned out across Nairobi on Sunday.", "MOBILIZE", "154", "KEN", "KEN"),
    ("en", "Pakistan unveiled a new cruise missile at a parade in Islamabad.",
     "MOBILIZE", "150", "PAK", ""),
    ("en", "Iran lobbed three missiles into the Gulf during the drills.",
     "MOBILIZE", "150", "IRN", ""),
    ("en", "Indian air force planes ferried medicine and blankets to flooded villages in "
     "Sri Lanka.", "AID", "073", "IND", "LKA"),
    ("en", "The World Bank transferred $500 million to Egypt on Monday.",
     "AID", "071", "IGO", "EGY"),
    ("en", "Serbia and Kosovo began a fresh round of discussions in Brussels.",
     "CONSULT", "040", "SRB", ""),
    ("en", "Germany threw its support behind Ukraine's bid.", "SUPPORT", "051", "DEU", "UKR"),
    ("en", "Serbia turned down calls from Washington for restraint.",
     "REJECT", "120", "SRB", "USA"),
    # an attack pinned on someone is blame, not the attack
    ("en", "Germany pinned the cyberattack on Russia's military intelligence.",
     "ACCUSE", "112", "DEU", "RUS"),
    ("en", "Protesters hurled stones at police in Nairobi.", "PROTEST", "145", "KEN", "KEN"),
    ("en", "Angry farmers hurled eggs at the parliament building in Brussels.",
     "PROTEST", "145", "BEL", ""),
    ("en", "The Arab League readmitted Syria to the bloc on Sunday.",
     "SUPPORT", "051", "IGO", "SYR"),
    ("en", "Spain put 20,000 police officers on the streets of Madrid on Friday.",
     "MOBILIZE", "153", "ESP", ""),
    ("en", "Britain readied 6,000 police officers for the riots.", "MOBILIZE", "153", "GBR", ""),
    # "free" hung on the object as its adjective, or read as the passive's complement
    ("en", "Belarus set free 52 prisoners on Thursday.", "RETREAT", "0841", "BLR", ""),
    ("en", "The last of 53 political prisoners were set free by the Cuban government.",
     "RETREAT", "0841", "CUB", ""),
    # a court ordering a state to stop: a demand
    ("en", "The International Court of Justice ordered Russia to halt its offensive in Ukraine.",
     "REQUEST", "100", "UNO", "RUS"),
    ("en", "Israel was ordered by the International Court of Justice to stop its operations in "
     "Rafah.", "REQUEST", "100", "UNO", "ISR"),
    # one's word or an assurance given to someone: a promise
    ("en", "Sudan's army chief gave his word to the United Nations that aid convoys would pass.",
     "AGREE", "030", "SDN", "UNO"),
    ("en", "Kenya gave Somalia a guarantee that its troops would leave.",
     "AGREE", "030", "KEN", "SOM"),
    # finalising, as concluding, carries the deal
    ("en", "Japan finalised a trade deal with Australia on Monday.",
     "SUPPORT", "057", "JPN", "AUS"),
]

CASES += [
    ("en", "A suicide bomber blew himself up outside a police station in Quetta.",
     "ASSAULT", "1831", "PAK", ""),
    ("en", "Gunmen snatched two Italian aid workers from their hotel in Niamey.",
     "ASSAULT", "181", "NER", ""),
    ("en", "Rebels torched a clinic and the main market in Bunia.",
     "ASSAULT", "180", "COD", ""),
    ("en", "Spanish authorities impounded a superyacht owned by a Russian tycoon.",
     "COERCE", "171", "ESP", ""),
    ("en", "Ukraine's border guards seized a boat carrying Russian sailors.",
     "COERCE", "171", "UKR", ""),
    ("en", "Russia revoked the accreditation of two BBC journalists.",
     "COERCE", "172", "RUS", ""),
    ("en", "Germany airlifted medical supplies to Libya.", "AID", "073", "DEU", "LBY"),
    ("en", "Greece dispatched a team of firefighters to Cyprus.", "AID", "073", "GRC", "CYP"),
    ("en", "Germany wrote off the debts of Zambia.", "AID", "071", "DEU", "ZMB"),
    ("en", "Canada cancelled Haiti's debt.", "AID", "071", "CAN", "HTI"),
    ("en", "The World Bank approved a $500 million loan for Kenya.", "AID", "071", "IGO", "KEN"),
    ("en", "The Dutch king expressed his regrets to Indonesia for the colonial war.",
     "CONCEDE", "055", "NLD", "IDN"),
    ("en", "Japan voiced remorse to China for its wartime conduct.",
     "CONCEDE", "055", "JPN", ""),
    ("en", "Armenia mustered thousands of reservists.", "MOBILIZE", "154", "ARM", ""),
    ("en", "Taiwan summoned 20,000 reservists for training.", "MOBILIZE", "154", "TWN", ""),
    ("en", "Some 200 fighters of the ELN laid down their weapons in Colombia.",
     "RETREAT", "0873", "COL", ""),
    ("en", "Indian troops pulled back from the disputed ridge.",
     "RETREAT", "0874", "IND", ""),
    ("en", "ECOWAS suspended Guinea from all its bodies.", "SANCTION", "160", "IGO", "GIN"),
    ("en", "Protesters chanted slogans against the military in Khartoum.",
     "PROTEST", "141", "SDN", ""),
    ("en", "Hundreds of demonstrators gathered outside the parliament in Yerevan.",
     "PROTEST", "141", "ARM", ""),
    ("en", "The European Commission launched infringement proceedings against Poland.",
     "ACCUSE", "115", "EUR", "POL"),
    ("en", "Zimbabwe's Constitutional Court threw out the opposition's challenge.",
     "REJECT", "120", "ZWE", ""),
    ("fr", "Un combattant des shebab s'est fait exploser devant un hôtel de Mogadiscio.",
     "ASSAULT", "1831", "SOM", ""),
    ("fr", "Les rebelles ont incendié une clinique et le marché de Bunia.",
     "ASSAULT", "180", "COD", ""),
    ("fr", "Les autorités espagnoles ont saisi un yacht appartenant à un magnat russe.",
     "COERCE", "171", "ESP", ""),
    ("fr", "La Russie a retiré son accréditation à un journaliste de la BBC.",
     "COERCE", "172", "RUS", ""),
    ("fr", "L'Allemagne a dépêché une équipe de sauveteurs en Libye.",
     "AID", "073", "DEU", "LBY"),
    ("fr", "L'Allemagne a annulé la dette de la Zambie.", "AID", "071", "DEU", "ZMB"),
    ("fr", "Le roi des Pays-Bas a exprimé ses remords à l'Indonésie.",
     "CONCEDE", "055", "NLD", "IDN"),
    ("fr", "L'Arménie a convoqué des milliers de réservistes.", "MOBILIZE", "154", "ARM", ""),
    ("fr", "Les rebelles de l'ELN ont déposé les armes en Colombie.",
     "RETREAT", "0873", "COL", ""),
    ("fr", "La CEDEAO a suspendu la Guinée de toutes ses instances.",
     "SANCTION", "160", "IGO", "GIN"),
    ("fr", "Des manifestants ont scandé des slogans contre les militaires à Khartoum.",
     "PROTEST", "141", "SDN", ""),
    ("fr", "La Commission européenne a ouvert une procédure d'infraction contre la Pologne.",
     "ACCUSE", "115", "EUR", ""),
    ("fr", "La Cour constitutionnelle du Zimbabwe a rejeté le recours de l'opposition.",
     "REJECT", "120", "ZWE", ""),
    ("fr", "Le gouvernement colombien et l'ELN ont entamé un dialogue à Caracas.",
     "CONSULT", "040", "COL", ""),
    ("en", "Kazakhstan guaranteed China a steady supply of uranium.", "AGREE", "030", "KAZ", "CHN"),
    ("fr", "Le Kazakhstan a garanti à la Chine un approvisionnement en uranium.",
     "AGREE", "030", "KAZ", "CHN"),
    ("en", "Cuba sent a brigade of 40 doctors to Peru.", "AID", "073", "CUB", "PER"),
    ("fr", "Cuba a envoyé une brigade de médecins au Pérou.", "AID", "073", "CUB", "PER"),
    ("en", "Venezuela's army sent a brigade to the border with Guyana.",
     "MOBILIZE", "154", "VEN", ""),
    ("en", "Japan's donation of vaccine doses arrived in Manila.", "AID", "070", "JPN", ""),
    ("fr", "Le Japon a fait un don de riz au Niger.", "AID", "070", "JPN", "NER"),
    ("en", "North Korea detonated a nuclear device.", "MOBILIZE", "150", "PRK", ""),
    ("fr", "Le Pakistan a fait exploser des engins nucléaires dans le Baloutchistan.",
     "MOBILIZE", "150", "PAK", ""),
    ("en", "The European Union welcomed the declaration signed by Serbia and Kosovo.",
     "SUPPORT", "051", "EUR", ""),
    ("en", "Hezbollah vowed to retaliate against Israel.", "THREATEN", "130", "LBN", "ISR"),
    ("fr", "Les Gardiens de la révolution ont juré de venger la mort de leur chef.",
     "THREATEN", "130", "IRN", ""),
    ("en", "Germany asked Namibia for forgiveness.", "CONCEDE", "055", "DEU", "NAM"),
    ("en", "Thousands of protesters occupied the main square in Tbilisi.",
     "PROTEST", "141", "GEO", ""),
    ("fr", "Des milliers de partisans de l'opposition ont occupé le centre de Tbilissi.",
     "PROTEST", "141", "GEO", ""),
    ("fr", "Les autorités dominicaines ont reconduit à la frontière des centaines de Haïtiens.",
     "COERCE", "174", "DOM", ""),
    ("en", "China's military staged drills with live ammunition around Taiwan.",
     "MOBILIZE", "150", "CHN", "TWN"),
    ("en", "Russian and Chinese troops staged drills in Mongolia.", "COOPERATE", "062", "RUS", ""),
    ("fr", "L'armée chinoise a lancé deux jours de manœuvres autour de Taïwan.",
     "MOBILIZE", "150", "CHN", ""),
]

# CAMEO codes one language lacked (issue 13, item 2): intelligence promised or refused in
# both; in English the codes French had alone (aid and weapons requested, a blockade or a
# nuclear strike threatened, mediation suspended, aid agencies expelled, chemical weapons).
CASES += [
    ("en", "Britain promised intelligence to Ukraine.", "AGREE", "0314", "GBR", "UKR"),
    ("fr", "Le Royaume-Uni a promis des renseignements à l'Ukraine.",
     "AGREE", "0314", "GBR", "UKR"),
    ("en", "Pakistan refused intelligence to the United States.", "REJECT", "1214", "PAK", "USA"),
    ("fr", "Le Pakistan a refusé des renseignements aux Etats-Unis.",
     "REJECT", "1214", "PAK", "USA"),
    ("en", "Haiti requested aid from the United Nations.", "REQUEST", "103", "HTI", "UNO"),
    ("en", "Ukraine asked Germany for fighter jets.", "REQUEST", "1032", "UKR", "DEU"),
    ("en", "Iran threatened a blockade of the Strait of Hormuz.", "THREATEN", "1381", "IRN", ""),
    ("en", "Russia threatened a nuclear strike against Ukraine.",
     "THREATEN", "1385", "RUS", "UKR"),
    ("en", "Qatar suspended its mediation between Israel and Hamas.",
     "SANCTION", "165", "QAT", ""),
    ("en", "Sudan expelled foreign aid agencies from Darfur.", "SANCTION", "1663", "SDN", ""),
    ("en", "Syrian forces used chemical weapons against civilians in Ghouta.",
     "ASSAULT", "2041", "SYR", ""),
    ("en", "The opposition threatened to suspend talks with the government in Caracas.",
     "THREATEN", "134", "VEN", ""),
    ("fr", "L'opposition vénézuélienne a menacé de suspendre les négociations avec le pouvoir.",
     "THREATEN", "134", "VEN", ""),
    ("en", "Qatar threatened to end its mediation between Israel and Hamas.",
     "THREATEN", "135", "QAT", ""),
    ("fr", "Le Qatar a menacé de suspendre sa médiation entre Israël et le Hamas.",
     "THREATEN", "135", "QAT", ""),
    ("en", "Kenya's government threatened to impose a curfew on Nairobi.",
     "THREATEN", "1323", "KEN", ""),
    ("fr", "Le gouvernement kényan a menacé d'imposer un couvre-feu à Nairobi.",
     "THREATEN", "1323", "KEN", ""),
    ("en", "Thailand's army threatened to declare martial law.", "THREATEN", "1324", "THA", ""),
    ("fr", "L'armée thaïlandaise a menacé de décréter la loi martiale.",
     "THREATEN", "1324", "THA", ""),
    ("en", "Iran promised to lift sanctions on British goods.", "AGREE", "0354", "IRN", "GBR"),
    ("fr", "L'Iran a promis de lever les sanctions contre les produits britanniques.",
     "AGREE", "0354", "IRN", "GBR"),
    ("en", "Belarus agreed to admit OSCE observers.", "AGREE", "0355", "BLR", "IGO"),
    ("fr", "Le Bélarus a accepté d'accueillir des observateurs de l'OSCE.",
     "AGREE", "0355", "BLR", "IGO"),
    ("en", "Vietnam requested economic cooperation from Japan.", "REQUEST", "1011", "VNM", "JPN"),
    ("fr", "Le Vietnam a demandé une coopération économique au Japon.",
     "REQUEST", "1011", "VNM", "JPN"),
    ("en", "Kenya sought military cooperation with Israel.", "REQUEST", "1012", "KEN", "ISR"),
    ("fr", "Le Kenya a sollicité une coopération militaire avec Israël.",
     "REQUEST", "1012", "KEN", "ISR"),
    ("en", "Armenia called for a peaceful settlement with Azerbaijan.",
     "REQUEST", "107", "ARM", "AZE"),
    ("fr", "L'Arménie a appelé à un règlement pacifique avec l'Azerbaïdjan.",
     "REQUEST", "107", "ARM", "AZE"),
    ("en", "Sudan requested mediation from the African Union.", "REQUEST", "108", "SDN", "IGO"),
    ("fr", "Le Soudan a demandé la médiation de l'Union africaine.",
     "REQUEST", "108", "SDN", "IGO"),
]

# Families of English acts (issue 13, items 1-3): each verb with its noun and the light verbs
# that carry the noun ("pulled out", "a military exit"; "mobilised", "decreed a
# mobilisation", "brought back conscription"), the verbs of completing that carry any event
# noun ("wrapped up drills"), lists of demands handed over, backing lent, congratulations
# cabled, an audience granted, allegations in a content clause, crowds cutting supplies.
CASES += [
    ("en", "The last battalion of Italian troops pulled out of Lebanon on Saturday.",
     "RETREAT", "0874", "ITA", "LBN"),
    ("en", "The German army completed its military exit from Afghanistan on Monday.",
     "RETREAT", "0874", "DEU", "AFG"),
    ("en", "Armenian rebels surrendered their rifles to Georgian police on Friday.",
     "RETREAT", "0873", "ARM", "GEO"),
    ("en", "The Kremlin decreed a general mobilisation of reservists on Friday.",
     "MOBILIZE", "154", "RUS", ""),
    ("en", "Lithuania reintroduced military conscription on Monday.",
     "MOBILIZE", "154", "LTU", ""),
    ("en", "Indian and Thai warships wrapped up joint naval drills in the Andaman Sea.",
     "COOPERATE", "062", "IND", ""),
    ("en", "Colombian truckers handed the Colombian government a list of ten demands.",
     "REQUEST", "100", "COL", "COL"),
    ("en", "China lent its weight to Pakistan's application on Tuesday.",
     "SUPPORT", "051", "CHN", "PAK"),
    ("en", "Turkey lent its backing to the Azerbaijani government.",
     "SUPPORT", "051", "TUR", "AZE"),
    ("en", "The Indian prime minister wired his congratulations to the Sri Lankan president.",
     "SUPPORT", "051", "IND", "LKA"),
    ("en", "Pope Francis granted an audience to the Argentine president on Friday.",
     "CONSULT", "040", "VAT", "ARG"),
    ("en", "The Moldovan president undertook to dismiss corrupt prosecutors.",
     "AGREE", "030", "MDA", ""),
    ("en", "Germany and Poland finalised a defence treaty on Friday.",
     "SUPPORT", "057", "DEU", ""),
    ("en", "Japan and South Korea are swapping intelligence on Chinese naval movements.",
     "COOPERATE", "064", "JPN", ""),
    ("en", "The Ugandan opposition leader alleged that soldiers had shot protesters in Kampala.",
     "ACCUSE", "112", "UGA", "UGA"),
    ("en", "Peruvian farmers cut water supplies to the city of Arequipa on Monday.",
     "PROTEST", "144", "PER", ""),
]

# French families of wire acts: a call on the telephone and a one-to-one meeting carried by
# any support verb, entreaty verbs, a suspect handed over to a court, defeat conceded, an
# indictment, a judicial investigation, a walkout, pleading for talks, disengagement, ties
# frozen or cut (with the English "conceded defeat").
CASES += [
    ("fr", "Le président turc et le chancelier allemand ont eu samedi une conversation "
     "téléphonique.", "CONSULT", "041", "TUR", ""),
    ("fr", "Le Premier ministre indien a eu un long entretien téléphonique avec le président "
     "brésilien.", "CONSULT", "041", "IND", "BRA"),
    ("fr", "Le ministre chinois a eu un tête-à-tête avec son homologue japonais à Pékin.",
     "CONSULT", "040", "CHN", "JPN"),
    ("fr", "Le Vatican a prié la Russie de libérer les prisonniers ukrainiens.",
     "REQUEST", "100", "VAT", "RUS"),
    ("fr", "Le gouvernement libanais a supplié l'Iran de retenir le Hezbollah.",
     "REQUEST", "100", "LBN", "IRN"),
    ("fr", "Le Mali a livré à la Cour pénale internationale un chef jihadiste recherché.",
     "COOPERATE", "063", "MLI", "IGO"),
    ("fr", "Le Kenya a transféré au Tribunal pénal international pour le Rwanda un ancien "
     "préfet.", "COOPERATE", "063", "KEN", ""),
    ("fr", "Le chef de l'opposition zambienne a reconnu sa défaite.",
     "CONCEDE", "08", "ZMB", ""),
    ("en", "Zambia's opposition leader conceded defeat.", "CONCEDE", "08", "ZMB", ""),
    ("fr", "La justice brésilienne a inculpé l'ancien président Jair Bolsonaro.",
     "ACCUSE", "115", "BRA", "BRA"),
    ("fr", "Le parquet belge a ouvert une information judiciaire contre un ministre "
     "congolais.", "ACCUSE", "090", "BEL", ""),
    ("fr", "La délégation iranienne a claqué la porte de la conférence de l'ONU à Genève.",
     "PROTEST", "143", "IRN", ""),
    ("fr", "Le Vatican a plaidé pour une trêve entre le Soudan et le Soudan du Sud.",
     "REQUEST", "100", "VAT", "SDN"),
    ("fr", "L'armée russe a entamé son désengagement de la région de Kherson.",
     "RETREAT", "0874", "RUS", ""),
    ("fr", "Les troupes tchadiennes se sont désengagées du nord du Cameroun.",
     "RETREAT", "0874", "TCD", ""),
    ("fr", "Le Niger a coupé ses liens avec l'Ukraine.", "SANCTION", "161", "NER", "UKR"),
    ("fr", "L'Algérie a gelé ses contacts officiels avec l'Espagne.",
     "SANCTION", "161", "DZA", "ESP"),
]

# Yielding told in other words (a bill withdrawn, a tax scrapped, defeat conceded, a wrong
# acknowledged in a content clause), money deposited with a state's bank, seized property
# returned, warships ordered to a sea, a build-up of troops, recognition as a noun.
CASES += [
    ("en", "The Serbian government withdrew the controversial media bill on Thursday.",
     "CONCEDE", "083", "SRB", ""),
    ("en", "The Peruvian president scrapped the fuel tax hike after a week of protests.",
     "CONCEDE", "083", "PER", ""),
    ("en", "The Chilean president conceded defeat on Sunday night.", "CONCEDE", "08", "CHL", ""),
    ("en", "Belgium acknowledged that its colonial administration committed atrocities in "
     "Congo.", "CONCEDE", "08", "BEL", ""),
    ("en", "The Kuwaiti government deposited $2 billion with the Central Bank of Egypt.",
     "AID", "071", "KWT", "EGY"),
    ("en", "Iran returned two seized British tankers to Britain on Friday.",
     "RETREAT", "084", "IRN", "GBR"),
    ("en", "The Pentagon ordered two destroyers to the Black Sea on Monday.",
     "MOBILIZE", "154", "USA", ""),
    ("en", "The massing of Russian troops near the Ukrainian border alarmed NATO.",
     "MOBILIZE", "154", "RUS", ""),
    ("en", "Honduras's recognition of China angered Taiwan.", "SUPPORT", "054", "HND", "CHN"),
    # an ultimatum told as a time limit given
    ("en", "Ecuador's army gave President Noboa 72 hours to restore order or face a takeover.",
     "THREATEN", "139", "ECU", "ECU"),
    # goods flown in are aid, not a visit
    ("en", "Blankets and medicine were flown to Haiti by Canadian air force planes on Friday.",
     "AID", "073", "CAN", "HTI"),
    ("en", "The Canadian defence minister flew to Haiti on Friday.", "CONSULT", "042", "CAN",
     "HTI"),
    # pulling back from a place (the preposition hung on the particle); a walkout from a
    # meeting, a body or its chamber
    ("en", "Indian and Chinese troops began pulling back from the disputed lake on Wednesday.",
     "RETREAT", "0874", "IND", ""),
    ("en", "The Canadian delegation walked out of the U.N. General Assembly on Thursday.",
     "PROTEST", "143", "CAN", ""),
    # a time limit given to an envoy is the expulsion itself
    ("en", "Niger's junta gave the French ambassador 48 hours to leave the country.",
     "SANCTION", "166", "NER", "FRA"),
]

# A protest done by the act it is the purpose of: leaving the chamber "to protest" protests.
# A demand told in the present with a span reaching back (« depuis des années ») is a state;
# the same demand made on a day is news.
CASES += [
    ("fr", "Les partis d'opposition togolais ont quitté l'hémicycle pour protester contre le "
     "vote de la loi.", "PROTEST", "141", "TGO", ""),
    ("fr", "L'opposition togolaise a réclamé lundi une nouvelle constitution.",
     "REQUEST", "1044", "TGO", ""),
]

# Clemency by commutation, a sentence handed down (« infliger la peine capitale / une peine de
# prison »), recognition of a state as a noun, goods counted in tonnes, a request handed over
# (« transmettre une demande »).
CASES += [
    ("fr", "Le président zimbabwéen a commué les peines de mort de vingt détenus.",
     "CONCEDE", "056", "ZWE", ""),
    ("fr", "Un tribunal iranien a infligé la peine capitale à un ressortissant suédois.",
     "SANCTION", "116", "IRN", ""),
    ("fr", "Un tribunal russe a infligé une peine de neuf ans de prison à un opposant.",
     "SANCTION", "116", "RUS", ""),
    ("fr", "Les États-Unis ont proclamé la reconnaissance de l'indépendance du Kosovo.",
     "SUPPORT", "054", "USA", ""),
    ("fr", "Le Japon a acheminé 500 tonnes de riz vers le Niger.", "AID", "073", "JPN", ""),
    ("fr", "La Turquie a transmis à la Suède une demande d'extradition.",
     "REQUEST", "100", "TUR", "SWE"),
]

# Holding out one's hand to someone (the opposite of turning one's back), and giving up a
# course of action (« renoncer à + infinitif ») as a concession; wanting to give it up is not.
CASES += [
    ("fr", "Le Venezuela a tendu la main aux États-Unis.", "AGREE", "030", "VEN", "USA"),
    ("fr", "Le président kényan a renoncé à promulguer la loi de finances.",
     "CONCEDE", "08", "KEN", ""),
]

# A broadcaster's signal cut, and a prison term counted in years handed down.
CASES += [
    ("fr", "Le gouvernement malien a coupé le signal de la chaîne France 24.",
     "COERCE", "172", "MLI", ""),
    ("fr", "La Cour pénale internationale a infligé trente ans de prison à un chef de guerre "
     "congolais.", "SANCTION", "116", "IGO", ""),
]

# An event noun quoted with its adjective (« profondes excuses »), which the parser takes for
# the adjective's modifier, is still carried by its light verb.
CASES += [
    ("fr", "Le gouvernement japonais a présenté de « profondes excuses » à la Corée du Sud.",
     "CONCEDE", "055", "JPN", "KOR"),
]

# Criticism brushed aside is refused as an accusation is (&ALLEGATION gains critique, grief,
# reproche).
CASES += [
    ("fr", "Le Mali a balayé les critiques de la France.", "REJECT", "120", "MLI", "FRA"),
]

NON_EVENTS: list[tuple[str, str]] = [
    ("en", "The Federal Reserve ruled out a rate cut in March."),
    ("en", "The referee ruled out the goal for offside in the second half."),
    ("en", "Wildfires burned hundreds of homes in California."),
    ("en", "The airline compensated passengers for the delays at Heathrow."),
    ("en", "The coach called his striker a genius after the match."),
    ("en", "The storm forced a lockdown of schools across Texas."),
    ("en", "The manager of the Brazilian team ruled out a comeback for the injured captain."),
    ("en", "Fans torched cars after the final in Marseille."),
    ("fr", "La Banque centrale européenne a exclu une baisse des taux."),
    ("fr", "L'arbitre a écarté le joueur pour le reste du match."),
    ("fr", "Les incendies ont brûlé des centaines de maisons en Grèce."),
    ("fr", "La compagnie aérienne a dédommagé les passagers du vol annulé."),
    ("fr", "Le chef étoilé a traité ses clients de gourmands."),
    ("fr", "Le club lyonnais a interdit à ses joueurs de parler à la presse."),
    ("fr", "Le piratage du compte d'un influenceur a fait scandale."),
    ("fr", "La tempête a imposé un confinement des élèves dans les écoles bretonnes."),
    ("fr", "Le gouvernement a convoqué les syndicats à une réunion lundi."),
    ("fr", "Le gardien a détourné le ballon en corner."),
    ("fr", "Le trésorier a détourné des fonds du club de football."),
    ("fr", "Les supporters ont assiégé le guichet du stade pour obtenir des billets."),
]

# The same word classes in sport, business, the kitchen and the newsroom, and the senses the
# entries leave out ("regret over" a decision disapproves, bombs are planted, not laid down).
# The same words in sport, business, music and weather news.
NON_EVENTS += [
    ("en", "The Dutch players left the pitch in tears."),
    ("en", "Church bells rang across Poland on Sunday."),
    ("en", "The Dutch striker let out a roar after scoring."),
    ("en", "The French rugby team arrived in Tokyo on Monday."),
    ("en", "The club received a new striker from Ajax."),
    ("en", "The referee reversed the decision after a video review."),
    ("en", "Apple unveiled a new phone on Tuesday."),
    ("en", "The club transferred its star striker to Chelsea."),
    ("en", "The students had a lively discussion in class."),
    ("en", "The ferry carried food to the island."),
    ("en", "The general pinned a medal on the captain."),
    ("en", "The fans threw bottles at the referee."),
    ("en", "The hospital admitted 30 patients to the ward."),
    ("en", "The coach put his best players on the pitch."),
    ("en", "The farmer set free the birds."),
    ("en", "The judge ordered the club to stop selling tickets."),
    ("en", "The coach gave his word that the team would win."),
    ("en", "The commander gave the word to attack."),
    ("en", "The company finalized its quarterly accounts."),
]

NON_EVENTS += [
    ("en", "The winger snatched a late equaliser for Celtic."),
    ("en", "Netflix grabbed a bigger share of the streaming market."),
    ("en", "The pastry chef laid down her knives after thirty years."),
    ("en", "Investors pulled back from Asian stocks on Monday."),
    ("en", "The bank wrote off bad loans worth $2 billion."),
    ("en", "Supporters chanted slogans in praise of the coach."),
    ("en", "The league suspended the goalkeeper from four matches."),
    ("en", "Residents gathered on the beach to watch the fireworks."),
    ("en", "The company confiscated the phones of its staff."),
    ("en", "The government expressed regret over the court's ruling."),
    ("en", "The ministry assured that the situation was under control."),
    ("en", "The chef used chemical cleaners in the kitchen."),
    ("en", "The company requested aid from its shareholders."),
    ("en", "Fans called for a solution to the ticket chaos."),
    ("en", "Supporters occupied the stadium in Madrid."),
    ("en", "The chef vowed to punish the critics with a new menu."),
    ("en", "The school staged fire drills on Monday."),
    ("fr", "Le milieu de terrain a rendu les armes face à la défense lyonnaise."),
    ("fr", "Le prix du gaz a explosé sur les marchés européens."),
    ("fr", "Les supporters ont scandé des slogans à la gloire de l'entraîneur."),
    ("fr", "La ligue a suspendu le gardien de quatre matches."),
    ("fr", "La banque a annulé la dette de ses clients les plus modestes."),
    ("fr", "La compagnie a confisqué les téléphones de ses salariés."),
    ("fr", "La Commission européenne a lancé la procédure d'adhésion de la Moldavie."),
    ("fr", "Les pompiers ont dépêché une équipe sur les lieux de l'incendie."),
    ("fr", "Le ministère a assuré que la situation était sous contrôle."),
    ("fr", "Les supporters ont réclamé une solution au chaos de la billetterie."),
    ("fr", "Les supporters ont envahi la pelouse du stade de France."),
    ("fr", "L'école a organisé des exercices d'évacuation."),
]


# ASSAULT words in the press room, sport, business, weather and the kitchen.
NON_EVENTS += [
    ("en", "French lawmakers bombarded the minister with questions about the budget."),
    ("en", "The storm pounded the coast of Florida."),
    ("en", "Brazil's national team pounded the Argentine defence in the second half."),
    ("en", "The Chinese company seized the opportunity to expand into Africa."),
    ("en", "German police set off a controlled explosion near Berlin airport."),
    ("en", "Shares in the Japanese bank exploded after the announcement."),
    ("en", "The Italian chef butchered a whole pig for the village festival."),
    ("en", "Russia's central bank held the interest rate at 16 percent."),
    ("fr", "Les députés français ont bombardé le ministre de questions sur le budget."),
    ("fr", "Les photographes ont mitraillé la star sur le tapis rouge."),
    ("fr", "Le gouvernement français a pris position contre la réforme."),
    ("fr", "L'entreprise française a repris la production dans son usine de Lyon."),
    ("fr", "Le club parisien a pris la tête du championnat."),
    ("fr", "L'équipe de France a fait sauter le verrou défensif italien."),
    ("fr", "Le ministre français a donné une conférence de presse à Paris."),
    ("fr", "La mairie de Lyon a procédé à l'enlèvement des encombrants."),
]

# The same idioms in sport, business, the kitchen and the weather forecast.
NON_EVENTS += [
    ("en", "The coach brushed aside questions about his future."),
    ("en", "Apple pulled out of the deal with the Chinese supplier."),
    ("en", "The striker took aim at goal from 25 yards."),
    ("en", "The French minister pointed the finger at the weather for the poor harvest."),
    ("en", "The British chef lashed out at food critics."),
    ("en", "The German carmaker abandoned the contract with its supplier."),
    ("fr", "Le ministre français a tourné le dos aux journalistes en quittant la salle."),
    ("fr", "Le ministre français a mis en cause la fiabilité des sondages."),
    ("fr", "Le sélectionneur français s'en est pris à l'arbitre."),
    ("fr", "Le critique du Monde a épinglé le dernier film de Godard."),
    ("fr", "Le gouvernement français a mis en garde les automobilistes contre le verglas."),
]

# Strikers, presences, gas and lists of sport, business and the kitchen.
NON_EVENTS += [
    ("en", "The French striker downed tools after a row with the coach."),
    ("en", "The German carmaker suspended talks with the Chinese supplier."),
    ("en", "The Italian bank boosted its presence in Asia."),
    ("en", "The French chef used gas to cook the meat."),
    ("en", "The French farmer locked up his barn for the winter."),
    ("fr", "Le joueur français a déposé les outils avant la fin de saison."),
    ("fr", "L'entreprise française a renforcé sa présence en Asie."),
    ("fr", "Le cuisinier français a utilisé du gaz pour la cuisson."),
    ("fr", "Le commerçant a mis le produit sur sa liste de courses."),
    ("fr", "Les ouvriers français sont entrés en usine à six heures."),
]

# Chefs, bands, players and firms doing the same things.
NON_EVENTS += [
    ("en", "The French coach sat down with the striker after the match."),
    ("en", "The German band toured Japan in the spring."),
    ("en", "The British chef teamed up with a French baker."),
    ("en", "The American player backed down from the challenge."),
    ("en", "The Chinese automaker joined forces with a German supplier."),
    ("fr", "Le chef français a échangé avec ses clients."),
    ("fr", "Le chanteur belge s'est déplacé à Lyon pour un concert."),
]

# Holding hostages is a state; taking them is the act.
NON_EVENTS += [
    ("en", "Hamas still holds about a hundred hostages in Gaza."),
]

# The same families in business, sport, the newsroom and the kitchen, and acts only foreseen.
NON_EVENTS += [
    ("en", "The Swiss carmaker pulled out of the Russian market last year."),
    ("en", "The striker surrendered the ball to the Spanish defender."),
    ("en", "The union called for a mobilisation of workers against the pension reform."),
    ("en", "The chef wrapped up a cooking demonstration in Lyon."),
    ("en", "The shopper handed the cashier a list of groceries."),
    ("en", "The Peruvian government undertook a review of its mining policy."),
    ("en", "The celebrity chef lent her name to a new range of sauces."),
    ("en", "The band played to an audience of ten thousand in Madrid."),
    ("en", "Investors fretted about a possible Chinese invasion of Taiwan."),
    ("en", "Traders braced for a looming strike at Australian ports."),
]

# The same words in sport, business, faith, the weather and celebration.
NON_EVENTS += [
    ("fr", "Les supporters ont envahi les rues de Marseille pour fêter le titre."),
    ("fr", "Des milliers de fidèles ont prié pour la paix à Lourdes."),
    ("fr", "Le club a transféré son attaquant à un club italien."),
    ("fr", "Le coureur a concédé deux minutes au leader du Tour."),
    ("fr", "Le vent a claqué la porte du chalet."),
    ("fr", "L'avocat a plaidé pour son client devant le tribunal."),
    ("fr", "Le gel a coupé les routes de montagne."),
    ("fr", "Le groupe pétrolier a annoncé son désengagement du marché russe."),
]


# The same words on menus, decks and trading floors; a concession that something is so is a
# statement, and an order to do something is not yet the act.
NON_EVENTS += [
    ("en", "The chef scrapped the dessert menu."),
    ("en", "The Greek finance minister conceded that the economy was slowing."),
    ("en", "The Pentagon ordered troops to withdraw from Syria."),
    ("en", "The retired Kenyan banker deposited his savings with a Swiss bank."),
    ("en", "In recognition of his services, the Kenyan ambassador received a medal."),
    ("en", "The Kenyan football coach gave his players two days to recover."),
    ("en", "The Spanish chef sent the soup back to the kitchen."),
    ("en", "Stocks pulled back from record highs on Wall Street."),
    ("en", "The Iranian striker walked out of the stadium after the match."),
    ("en", "The British diplomats walked out of the restaurant."),
]

# An aim that is only wanted, and demands that last.
NON_EVENTS += [
    ("fr", "Les syndicats grecs veulent occuper le port du Pirée pour protester contre la "
     "privatisation."),
    ("fr", "L'opposition togolaise réclame depuis des années une nouvelle constitution."),
    ("fr", "Le gouvernement malien exige depuis des mois le départ des troupes françaises."),
]


# A penalty in sport, a reconnaissance flight, gratitude.
NON_EVENTS += [
    ("fr", "Le joueur a écopé d'une peine de trois matches de suspension."),
    ("fr", "Le pilote a fait un vol de reconnaissance au-dessus des Alpes."),
    ("fr", "Il a exprimé sa reconnaissance aux sauveteurs."),
]


# A handshake in sport; a concession only wanted.
NON_EVENTS += [
    ("fr", "Le joueur espagnol a tendu la main à son adversaire après le match."),
    ("fr", "Le président algérien veut renoncer à briguer un cinquième mandat."),
]


# A storm cutting a signal; minutes of lead in a race.
NON_EVENTS += [
    ("fr", "L'orage a coupé le signal de la télévision dans tout le village."),
    ("fr", "Le marathonien kényan a infligé trois minutes à ses rivaux."),
]


# A coach brushing criticism aside.
NON_EVENTS += [
    ("fr", "Le sélectionneur belge a balayé les critiques après la défaite."),
]


# French, from the misses of the fourth wire pair, by family: « sont convenus » (a verb of
# agreeing conjugated with « être », not a passive), a pronominal verb whose « se » the parser
# takes for an object, « consentir à », talks told of a plural subject, an agreement approved,
# intelligence handed over (shared, not military aid), asylum offered, prisoners « élargis »,
# a wrong imputed to someone, « la réclusion » inflicted, projectiles launched against a
# target, gendarmes dispatched, a « repli » of troops.
CASES += [
    ("fr", "Le gouvernement soudanais et les rebelles sont convenus d'un cessez-le-feu de deux "
     "semaines.", "AGREE", "030", "SDN", ""),
    ("fr", "Les soldats de la paix indiens ont commencé à se retirer du Soudan du Sud.",
     "RETREAT", "0874", "IND", ""),
    ("fr", "Le président turc Recep Tayyip Erdogan a consenti à lever son veto à l'adhésion de la "
     "Finlande.", "AGREE", "030", "TUR", ""),
    ("fr", "Le Premier ministre indien et le président chinois ont discuté pendant une heure à "
     "Kazan.", "CONSULT", "040", "IND", ""),
    ("fr", "Le Parlement géorgien a entériné l'accord de libre-échange avec l'Union européenne.",
     "AGREE", "030", "GEO", ""),
    ("fr", "Les services jordaniens ont transmis aux autorités allemandes des renseignements sur "
     "un projet d'attentat.", "COOPERATE", "064", "JOR", "DEU"),
    ("fr", "Le Venezuela a proposé l'asile à l'ancien président bolivien.", "AID", "075", "VEN",
     ""),
    ("fr", "La junte birmane a élargi plusieurs centaines de prisonniers à l'occasion du Nouvel "
     "An.", "RETREAT", "0841", "MMR", ""),
    ("fr", "Séoul a imputé à Pyongyang la responsabilité du naufrage de la corvette.",
     "ACCUSE", "112", "KOR", "PRK"),
    ("fr", "Un tribunal russe a infligé la réclusion à perpétuité à un militant ukrainien.",
     "SANCTION", "116", "RUS", ""),
    ("fr", "Les Houthis ont lancé une salve de missiles contre un navire américain.",
     "ASSAULT", "195", "YEM", "USA"),
    ("fr", "Le gouvernement français a dépêché 1 500 gendarmes à Mayotte.", "MOBILIZE", "153",
     "FRA", ""),
    ("fr", "Kiev a ordonné le repli de ses troupes de la ville d'Avdiïvka.", "RETREAT", "0874",
     "UKR", ""),
]

# The same words in banking, sport, business and the stock market.
NON_EVENTS += [
    ("fr", "La banque publique française a consenti un prêt à la start-up lyonnaise."),
    ("fr", "La société française a envoyé un agent immobilier à Lyon."),
    ("fr", "La presse sportive a imputé la défaite de l'équipe de France à son entraîneur."),
    ("fr", "Le CAC 40 a enregistré un repli de 2 % après l'annonce."),
    ("fr", "Les actionnaires du groupe français ont approuvé l'accord de fusion avec le groupe "
     "allemand."),
    ("fr", "Le Français et l'Allemand ont discuté de football dans le train."),
    ("fr", "Le club marseillais a lancé une salve de critiques contre l'arbitre."),
]


# French families of the fourth wire pair, continued: nationality stripped, a leader who
# « jette l'éponge », a time limit given (to envoys, their expulsion; to anyone else, an
# ultimatum), « faire amende honorable », punitive measures, projectiles that « s'abattent »
# on a place, an ultimatum « posé », a gift and a dispatch seen through to what they carry.
CASES += [
    ("fr", "Le régime nicaraguayen a déchu de leur nationalité plusieurs prêtres exilés.",
     "COERCE", "172", "NIC", ""),
    ("fr", "Le chef du gouvernement italien a jeté l'éponge au bout de trois mois.",
     "RETREAT", "08", "ITA", ""),
    ("fr", "Washington a laissé 72 heures aux diplomates cubains pour quitter le territoire.",
     "SANCTION", "166", "USA", "CUB"),
    # a time limit with what follows a refusal is an ultimatum; without it, a demand
    ("fr", "La Cédéao a donné dix jours à la junte guinéenne pour libérer le président, "
     "faute de quoi elle interviendra.", "THREATEN", "139", "IGO", "GIN"),
    ("fr", "La Cédéao a donné dix jours à la junte guinéenne pour libérer le président.",
     "REQUEST", "10", "IGO", "GIN"),
    ("fr", "Le Premier ministre canadien a fait amende honorable devant les familles des "
     "victimes.", "CONCEDE", "055", "CAN", ""),
    ("fr", "L'Australie a adopté des mesures punitives contre trois généraux birmans.",
     "SANCTION", "163", "AUS", ""),
    ("fr", "Une nuée de missiles iraniens s'est abattue sur une base américaine en Irak.",
     "ASSAULT", "195", "IRN", ""),
    ("fr", "Les syndicats belges ont posé un ultimatum au gouvernement fédéral.",
     "THREATEN", "139", "BEL", ""),
    ("fr", "La Corée du Sud a octroyé un don de cinq millions de dollars à l'Unicef.",
     "AID", "071", "KOR", ""),
    ("fr", "Le gouvernement somalien a sollicité l'envoi de casques bleus supplémentaires.",
     "REQUEST", "1034", "SOM", ""),
]

# The same words in the ring, the dressing room, the weather, the kitchen and the blood bank.
NON_EVENTS += [
    ("fr", "Le boxeur français a jeté l'éponge au sixième round."),
    ("fr", "L'entraîneur a laissé deux jours de repos à ses joueurs."),
    ("fr", "La grêle s'est abattue sur les vignobles bordelais."),
    ("fr", "Le chef cuisinier a posé un ultimatum à son fournisseur de légumes."),
    ("fr", "L'automobiliste a fait amende honorable auprès du policier."),
]


# An envoy declared unwelcome is expelled, however the parser hangs « persona non grata »; a
# joint force set up is military cooperation; cooperation resumed or stepped up; good offices
# offered are mediation offered.
CASES += [
    ("fr", "Le gouvernement tchadien a déclaré l'ambassadeur d'Allemagne persona non grata.",
     "SANCTION", "166", "TCD", "DEU"),
    ("fr", "Le Ghana et le Togo ont mis sur pied une force conjointe pour surveiller leur "
     "frontière.", "COOPERATE", "062", "GHA", ""),
    ("fr", "L'Espagne et le Maroc ont relancé leur coopération en matière d'antiterrorisme.",
     "COOPERATE", "060", "ESP", ""),
    ("fr", "Le président sud-africain a offert ses bons offices pour rapprocher Addis-Abeba et "
     "Asmara.", "AGREE", "039", "ZAF", ""),
]

# An envoy one only speaks of; a cooperation of firms; a sales force; an office.
NON_EVENTS += [
    ("fr", "Le ministère a déclaré que l'ambassadeur avait été convoqué."),
    ("fr", "Les deux constructeurs automobiles ont renforcé leur coopération en Asie."),
    ("fr", "L'entreprise française a renforcé sa force de vente en Espagne."),
    ("fr", "Le notaire a offert ses bons offices aux héritiers."),
]


(coded, test_long_tail_triggers_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)
