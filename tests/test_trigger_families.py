"""Trigger families of wire news (issue 13), both languages: each act family written whole
for the language codes its act with its CAMEO code, and the other senses of the same words
(sport, business, culture, weather) code nothing. One table per language, one pair of tests
for both."""

from __future__ import annotations

import pytest
from coding import assert_coded, counted, extract_events

from vigie.model import Event

PUBLISHED = "2024-03-15"

# Trigger families of wire news, each written whole for the language (the verb with its
# phrasal and idiomatic forms, its noun, the light verbs that carry it), from the misses of the
# fifth and sixth wire sets: (sentence, PLOVER type, CAMEO code, source, target ("" = any)).
ENGLISH_FAMILIES: list[tuple[str, str, str, str, str]] = [
    # signing by putting one's name, signature or pen to a text
    ("Chad and Sudan put their names to a peace accord in Riyadh on Monday.", "SUPPORT",
     "057", "TCD", ""),
    ("Ghana and Togo set their signatures to a border treaty on Friday.", "SUPPORT", "057",
     "GHA", ""),
    ("The leaders of Kenya and Somalia put pen to paper on a security pact in Nairobi.",
     "SUPPORT", "057", "KEN", ""),
    # a meeting told as an encounter; a call dialled
    ("The Indian prime minister flew to Tokyo for an encounter with Fumio Kishida.",
     "CONSULT", "040", "IND", "JPN"),
    ("Narendra Modi dialled Vladimir Putin on Friday.", "CONSULT", "041", "IND", "RUS"),
    # troops and armour moving out or back, and the noun of their pullback
    ("The last Israeli tanks rumbled out of southern Lebanon on Wednesday.", "RETREAT", "0874",
     "ISR", "LBN"),
    ("The last American troops flew out of Kabul on Monday.", "RETREAT", "0874", "USA", "AFG"),
    ("Syrian soldiers crossed back over the border on Tuesday.", "RETREAT", "0874", "SYR", ""),
    ("Russia announced the pullback of its forces from the west bank of the Dnieper.",
     "RETREAT", "0874", "RUS", ""),
    # troops massed, police rushed in, launchers moved up
    ("Russia concentrated 90,000 soldiers near the border with Ukraine.", "MOBILIZE", "154",
     "RUS", "UKR"),
    ("France rushed 1,000 police officers into New Caledonia on Thursday.", "MOBILIZE", "153",
     "FRA", ""),
    ("Cambodia moved rocket launchers close to the border with Thailand.", "MOBILIZE", "154",
     "KHM", ""),
    ("India carried out three underground nuclear explosions on Monday.", "MOBILIZE", "150",
     "IND", ""),
    # refusals: shunned, funds turned down, a delivery ruled out, a law struck down or annulled
    ("Sudan's army shunned talks hosted by the United States.", "REJECT", "120", "SDN", ""),
    ("Tunisia turned down EU funds tied to migration control.", "REJECT", "120", "TUN", ""),
    ("Germany ruled out a delivery of cruise missiles to Ukraine.", "REJECT", "120", "DEU", ""),
    ("Israel's Supreme Court struck down a core part of the judicial overhaul on Monday.",
     "REJECT", "120", "ISR", ""),
    ("Serbia's parliament voted to annul Kosovo's declaration of independence.", "REJECT",
     "120", "SRB", ""),
    # a strike on a target is still an attack
    ("Russia struck a Ukrainian power plant on Monday.", "ASSAULT", "190", "RUS", "UKR"),
    # a state's membership suspended; an accusation hurled by rounding on someone
    ("Turkey froze the accession of Sweden to NATO on Monday.", "SANCTION", "160", "TUR",
     "SWE"),
    ("China's foreign ministry rounded on the leaders of the Group of Seven.", "ACCUSE", "111",
     "CHN", ""),
    ("Poland pinned the sabotage on Russian intelligence services.", "ACCUSE", "112", "POL",
     "RUS"),
    # support: a nomination for a prize, sovereignty recognised, a side taken, a plan embraced
    ("Pakistan nominated Donald Trump for the Nobel Peace Prize.", "SUPPORT", "051", "PAK",
     "USA"),
    ("The United States recognised Moroccan sovereignty over Western Sahara.", "SUPPORT",
     "054", "USA", "MAR"),
    ("The outgoing U.S. president took Morocco's side in the dispute.", "SUPPORT", "051", "USA",
     "MAR"),
    ("Egypt's reconstruction plan was embraced by France on Tuesday.", "SUPPORT", "051", "FRA",
     "EGY"),
    # crowds: workers walking out, streets filled, eggs lobbed
    ("Nigerian nurses walked out on Monday over unpaid wages.", "PROTEST", "143", "NGA", ""),
    ("Hundreds of thousands of Israelis filled the streets of Tel Aviv on Saturday.",
     "PROTEST", "141", "ISR", ""),
    ("Belgian farmers lobbed eggs at the European Parliament on Thursday.", "PROTEST", "145",
     "BEL", ""),
    # aid: supplying someone with arms or relief, arms handed over
    ("Britain supplied Ukraine with cruise missiles on Thursday.", "AID", "072", "GBR", "UKR"),
    ("India provided Sri Lanka with food and medicine on Monday.", "AID", "073", "IND", "LKA"),
    ("Germany handed over an air defence system to Ukraine.", "AID", "072", "DEU", "UKR"),
    # arms handed to monitors are laid down; power handed over or given up is a resignation
    ("FARC rebels handed their last weapons to United Nations monitors on Tuesday.", "RETREAT",
     "0873", "COL", ""),
    ("Colombia's FARC guerrillas turned over their weapons to United Nations monitors.",
     "RETREAT", "0873", "COL", ""),
    ("Serbian Prime Minister Milos Vucevic quit on Tuesday.", "RETREAT", "08", "SRB", ""),
    ("The Egyptian president handed over power to the military council.", "RETREAT", "08",
     "EGY", ""),
    # people seized by soldiers or police, or stripped of their citizenship
    ("Turkish commandos captured the Kurdish rebel leader Abdullah Ocalan in Kenya.", "COERCE",
     "173", "TUR", ""),
    ("Police hauled the Istanbul mayor from his home on Wednesday.", "COERCE", "173", "TUR",
     ""),
    ("Nicaragua stripped 222 political prisoners of their citizenship on Thursday.", "COERCE",
     "172", "NIC", ""),
    ("Mali's soldiers said they had suspended the constitution.", "COERCE", "172", "MLI", ""),
    # rioters burning cars, forces demolishing homes, protesters overrunning a residence
    ("Hooded rioters torched cars in Paris on Saturday.", "PROTEST", "145", "FRA", ""),
    ("Israeli forces demolished Palestinian homes in the West Bank on Monday.", "COERCE",
     "1712", "ISR", "PSE"),
    ("Protesters angry at Sri Lanka's economic collapse overran the president's official "
     "residence in Colombo.", "PROTEST", "141", "LKA", ""),
    ("Bangladesh's main opposition party sat out Sunday's general election.", "PROTEST", "143",
     "BGD", ""),
    # cash handed out, meals dropped, a rescue team dispatched
    ("Qatar handed out $15 million in cash to civil servants in Gaza on Friday.", "AID", "071",
     "QAT", ""),
    ("The US Air Force dropped 38,000 meals over Gaza on Saturday.", "AID", "073", "USA", "PSE"),
    ("China dispatched a rescue team and shipments of tents and medical kits to Myanmar.", "AID",
     "073", "CHN", "MMR"),
    # an understanding welcomed is an agreement praised
    ("Qatar's foreign ministry welcomed the understanding reached between Kinshasa and the M23 "
     "rebels.", "SUPPORT", "051", "QAT", ""),
    # hours spent with a counterpart; a call put through or placed
    ("Pakistan's Nawaz Sharif spent 50 minutes with his new Indian counterpart on Tuesday.",
     "CONSULT", "040", "PAK", "IND"),
    ("Olaf Scholz put through a call to Vladimir Putin on Friday.", "CONSULT", "041", "DEU",
     "RUS"),
    ("The German chancellor placed a call to the Chinese president on Monday.", "CONSULT", "041",
     "DEU", "CHN"),
    # a missile's flight or test carried out
    ("Pakistan carried out a training flight of its Ababeel missile on Wednesday.", "MOBILIZE",
     "150", "PAK", ""),
    # demands: told to leave or to stop, talks sought, a lender approached for a loan
    ("Chad's government told French forces to leave the country within six weeks.", "REQUEST",
     "100", "TCD", "FRA"),
    ("Ghana told Togo to stop the border closures on Monday.", "REQUEST", "100", "GHA", "TGO"),
    ("Kenya sought talks with Somalia on Monday.", "REQUEST", "106", "KEN", "SOM"),
    ("Pakistan formally approached the International Monetary Fund on Friday for a new loan "
     "programme.", "REQUEST", "103", "PAK", ""),
    # an offer taken up is accepted
    ("South Korea took up Japan's offer of talks on Monday.", "AGREE", "030", "KOR", "JPN"),
    # communications cut by a government restrict freedoms where they are cut
    ("Ethiopian authorities cut internet and telephone lines to the Tigray region on "
     "Wednesday.", "COERCE", "1721", "ETH", ""),
    ("Iran shut down the internet across the country on Friday.", "COERCE", "1721", "IRN", ""),
    # relief carried by an airlift or in ration packs
    ("NATO began an airlift of tents, blankets and medicine to Pakistan on Wednesday.", "AID",
     "070", "IGO", "PAK"),
    ("U.S. Navy helicopters ferried water and ration packs to Haiti on Saturday.", "AID", "073",
     "USA", "HTI"),
    # begging someone to forgive is an apology; begging or pleading with someone to act, a
    # demand
    ("The Chilean president begged Chileans to forgive his government's mistakes.", "CONCEDE",
     "055", "CHL", ""),
    ("The Bosnian president begged the United Nations on Tuesday to order air strikes.",
     "REQUEST", "100", "BIH", ""),
    ("Parents of the kidnapped students pleaded with the Nigerian authorities to rescue their "
     "children.", "REQUEST", "100", "NGA", "NGA"),
    # a pause, a halt or a cessation of the fighting announced is a ceasefire declared
    ("Israel's military announced a daily tactical pause along a road in southern Gaza.",
     "CONCEDE", "0871", "ISR", ""),
    ("The Myanmar junta declared a temporary halt to the fighting on Wednesday.", "CONCEDE",
     "0871", "MMR", ""),
    ("Sudan's army announced a cessation of hostilities on Monday.", "CONCEDE", "0871", "SDN",
     ""),
    # an act revoked; an office given up
    ("Justin Trudeau revoked the Emergencies Act on Wednesday.", "CONCEDE", "083", "CAN", ""),
    ("Hosni Mubarak gave up the office of president on Friday.", "RETREAT", "08", "EGY", ""),
    # joint patrols and operations of two forces; surveillance data shared; currency swaps
    ("Indian and Bangladeshi soldiers carried out a combined patrol along the border on "
     "Monday.", "COOPERATE", "062", "IND", ""),
    ("Kenyan and Somali police launched a joint operation against al Shabaab on Friday.",
     "COOPERATE", "062", "KEN", ""),
    ("Kenya and Uganda began sharing border surveillance data on Monday.", "COOPERATE", "064",
     "KEN", ""),
    ("Japan renewed its currency swap line with South Korea on Thursday.", "COOPERATE", "061",
     "JPN", "KOR"),
    ("India and the United Arab Emirates signed a currency swap arrangement on Friday.",
     "COOPERATE", "061", "IND", ""),
    # yielding: caving or giving in, bowing to protests, a measure shelved, suspended or
    # backtracked on
    ("The Chilean government caved in to striking miners on Friday.", "CONCEDE", "080", "CHL",
     ""),
    ("The Nigerian government gave in to the unions on Wednesday.", "CONCEDE", "080", "NGA", ""),
    ("The Peruvian president bowed to mass protests on Monday.", "CONCEDE", "080", "PER", ""),
    ("The Peruvian government shelved a pension reform on Tuesday.", "CONCEDE", "083", "PER",
     ""),
    ("Ecuador's government suspended a planned hike in fuel prices on Thursday.", "CONCEDE",
     "083", "ECU", ""),
    ("The Ghanaian government backtracked on a tax on mobile payments on Monday.", "CONCEDE",
     "083", "GHA", ""),
    # the plug pulled on the internet
    ("Ethiopian authorities pulled the plug on the internet in Tigray on Friday.", "COERCE",
     "1721", "ETH", ""),
    # drones or missiles unleashed at a target
    ("Iran unleashed dozens of drones at Israel on Saturday.", "ASSAULT", "195", "IRN", "ISR"),
    # an undertaking given; backing given
    ("Pakistan gave a written undertaking to the IMF on Monday.", "AGREE", "030", "PAK", ""),
    ("France gave its full backing to Morocco's autonomy plan on Tuesday.", "SUPPORT", "051",
     "FRA", "MAR"),
    # an island or a capital encircled with warships, bombers or tanks
    ("China's navy encircled Taiwan with warships and bombers on Tuesday.", "MOBILIZE", "150",
     "CHN", "TWN"),
    ("Russian forces ringed Kyiv with tanks and artillery in February.", "MOBILIZE", "150",
     "RUS", "UKR"),
    # money deposited in a state's bank, or a deposit or loan received from a state
    ("The Qatari central bank deposited $3 billion in the central bank of Egypt on Monday.",
     "AID", "071", "QAT", "EGY"),
    ("Egypt's central bank received a $5 billion deposit from the United Arab Emirates on "
     "Tuesday.", "AID", "071", "ARE", "EGY"),
    ("Kenya received a $1 billion loan from China on Monday.", "AID", "071", "CHN", "KEN"),
    # people sent back, a phrasal verb split by its object or not; troops or police sought
    ("Thailand sent 60 Cambodian migrants back to Cambodia on Friday.", "COERCE", "174", "THA",
     ""),
    ("Thailand sent back 60 Cambodian migrants on Friday.", "COERCE", "174", "THA", ""),
    ("Haiti's prime minister sought Kenyan police and soldiers on Monday to fight the gangs.",
     "REQUEST", "103", "HTI", "KEN"),
    # envoys or mediators turned away; heavy weapons hauled away or pulled back
    ("The junta in Mali turned away a delegation of West African mediators on Monday.",
     "REJECT", "125", "MLI", ""),
    ("Serbian forces hauled their heavy weapons away from the hills around Sarajevo.",
     "RETREAT", "0874", "SRB", ""),
    ("Serbian forces pulled their heavy weapons back from the hills around Sarajevo.",
     "RETREAT", "0874", "SRB", ""),
    ("Russia pulled its troops back from the border with Ukraine on Monday.", "RETREAT", "0874",
     "RUS", ""),
    # tank columns turning back; warships or bombers circling a country
    ("Russian tank columns turned back from the outskirts of Kyiv on Friday.", "RETREAT",
     "0874", "RUS", "UKR"),
    ("Chinese warships and bombers encircled Taiwan on Tuesday.", "MOBILIZE", "150", "CHN",
     "TWN"),
    ("Russian bombers circled Alaska on Monday.", "MOBILIZE", "150", "RUS", "USA"),
    # foul cried over an election; sorry said
    ("Kenya's opposition cried foul over the election results on Monday.", "ACCUSE", "112",
     "KEN", ""),
    ("The Japanese prime minister said sorry to South Korea on Monday.", "CONCEDE", "055",
     "JPN", "KOR"),
    # the text or wording of a treaty settled between two states
    ("Armenia and Azerbaijan have settled the text of a peace treaty.", "AGREE", "030", "ARM",
     ""),
    ("Serbia finalised the wording of a trade pact with Albania on Monday.", "AGREE", "030",
     "SRB", "ALB"),
    # farmers camped on highways; punitive or restrictive measures adopted against a state
    ("Indian farmers camped on the highways into New Delhi on Friday.", "PROTEST", "141", "IND",
     ""),
    ("The European Union adopted a 14th package of punitive measures against Russia on "
     "Monday.", "SANCTION", "163", "EUR", "RUS"),
    ("Britain imposed restrictive measures on Iranian banks on Tuesday.", "SANCTION", "163",
     "GBR", "IRN"),
    # a law vetoed; an arrest warrant issued or sought; someone named as a suspect
    ("Polish President Andrzej Duda vetoed a media law on Monday.", "REJECT", "129", "POL", ""),
    ("The ICC issued an arrest warrant for Russian President Vladimir Putin on Friday.",
     "ACCUSE", "112", "IGO", "RUS"),
    ("German prosecutors identified a Russian intelligence officer as the mastermind of the "
     "killing.", "ACCUSE", "112", "DEU", "RUS"),
    # a package held out to a state; a convoy targeted by drones
    ("The European Commission held out a package of 1 billion euros to Tunisia on Sunday.",
     "AGREE", "030", "EUR", "TUN"),
    ("Russian missiles targeted Ukraine's power grid on Tuesday.", "ASSAULT", "190", "RUS",
     "UKR"),
    # an enclave overrun; shells rained on a target
    ("Serbian forces overran the enclave of Zepa on Tuesday.", "ASSAULT", "190", "SRB", ""),
    ("North Korean artillery rained shells on a South Korean island on Tuesday.", "ASSAULT",
     "195", "PRK", ""),
    # relief of staple food airdropped
    ("The World Food Programme began airdropping sorghum and lentils into South Sudan on "
     "Thursday.", "AID", "073", "UNO", "SSD"),
    # traffickers and cartel figures handed to another state's justice
    ("Mexico sent 29 jailed cartel figures to the United States on Thursday.", "COOPERATE",
     "063", "MEX", "USA"),
    ("Colombia transferred three drug traffickers to the United States on Monday.",
     "COOPERATE", "063", "COL", "USA"),
    # a merchant ship intercepted by a navy
    ("An Indian Navy warship intercepted a Liberian-flagged bulk carrier on Friday.", "COERCE",
     "171", "IND", ""),
    # exercises held by two navies; crowds rallying; students occupying parliament
    ("Joint naval exercises by China and Russia got under way in the Sea of Japan on Monday.",
     "COOPERATE", "062", "CHN", ""),
    ("Hundreds of thousands of Israelis rallied in Tel Aviv on Sunday night.", "PROTEST", "141",
     "ISR", ""),
    ("Thousands of Indonesian students occupied the parliament building in Jakarta on "
     "Tuesday.", "PROTEST", "141", "IDN", ""),
    # soldiers ferried in; fighters burning their weapons
    ("American helicopters ferried special forces soldiers into the Afghan capital on Monday.",
     "MOBILIZE", "154", "USA", ""),
    ("Some 30 fighters of the Kurdistan Workers' Party burned their weapons at a ceremony on "
     "Friday.", "RETREAT", "0873", "TUR", ""),
    # coups: power seized, a coup staged
    ("Gabon's army seized power on Wednesday.", "COERCE", "170", "GAB", ""),
    ("Soldiers in Niger staged a coup against President Mohamed Bazoum on Wednesday.",
     "COERCE", "170", "NER", "NER"),
    # troops encircling a town lay siege to it (191); warships circling a country show force
    ("Ethiopian troops encircled the Eritrean town of Barentu on Sunday.", "COERCE", "191",
     "ETH", "ERI"),
    ("Russian forces surrounded the Ukrainian city of Mariupol in March.", "COERCE", "191",
     "RUS", "UKR"),
    # prisoners exchanged, swapped or traded, and the noun of their exchange under a carrier:
    # a mutual exchange (06), not one side's release, whether one or both sides are named
    ("Serbia and Kosovo carried out a prisoner swap at the Jarinje crossing on Sunday.",
     "COOPERATE", "06", "SRB", ""),
    ("Ethiopia conducted an exchange of prisoners with Eritrea on Monday.", "COOPERATE", "06",
     "ETH", "ERI"),
    ("Sudan swapped 40 detainees with South Sudan on Saturday.", "COOPERATE", "06", "SDN",
     "SSD"),
    # force or military action not ruled out, or refused to be, is held open: a threat (130);
    # ruled out, a refusal (120); the use of force is force
    ("The Chinese president refused to rule out the use of force against Taiwan.",
     "THREATEN", "130", "CHN", "TWN"),
    ("Turkey's president declined to exclude military action against Syrian Kurdish fighters.",
     "THREATEN", "130", "TUR", ""),
    ("Israel's prime minister did not rule out military action against Iran.", "THREATEN",
     "130", "ISR", "IRN"),
    ("Germany ruled out the use of force in Libya on Monday.", "REJECT", "120", "DEU", ""),
    # jailed or imprisoned for life: a sentence passed (116); jailed for a charge, a
    # detention (a term of years is read as a time expression, not yet as the sentence)
    ("An Algerian court imprisoned the novelist for life on Thursday.", "SANCTION", "116",
     "DZA", ""),
    ("Belarus jailed three journalists for espionage on Tuesday.", "COERCE", "173", "BLR", ""),
    # fire set to property by rioters (145) or by armed men (an attack, 180), or by fighters
    # to their own arms (0873); setting a building ablaze
    ("Rioters set fire to shops and a police station in Dakar on Friday.", "PROTEST", "145",
     "SEN", ""),
    ("Protesters set the ministry ablaze in Nairobi on Tuesday.", "PROTEST", "145", "KEN", ""),
    ("Gunmen set fire to a school in northern Nigeria on Monday.", "ASSAULT", "180", "NGA", ""),
    ("Twenty PKK fighters set fire to their rifles in northern Iraq on Friday.", "RETREAT",
     "0873", "TUR", ""),
    # forces put on standby, on high alert or at the highest level of combat readiness
    ("Serbia put its army on the highest level of combat readiness on Monday.", "MOBILIZE",
     "152", "SRB", ""),
    ("India placed its air force on high alert along the border with Pakistan.", "MOBILIZE",
     "152", "IND", ""),
    ("Nigeria placed its troops on standby along the border with Niger.", "MOBILIZE", "152",
     "NGA", ""),
    # police officers provided, lent or contributed to a mission; the last of one's weapons
    # handed to monitors
    ("Rwanda provided 500 police officers to the mission in Mozambique.", "AID", "074", "RWA",
     ""),
    ("Kenya said it was ready to contribute 1,000 police officers to a force for Haiti.",
     "AGREE", "033", "KEN", ""),
    ("The ELN gave the last of its weapons to UN monitors on Tuesday.", "RETREAT", "0873",
     "COL", ""),
    # harm foretold of the other side in a statement: it will pay a dreadful price, face
    # retaliation (130)
    ("Kim Yo Jong said on Sunday that Seoul would pay a horrible price if another drone crossed "
     "the border.", "THREATEN", "130", "PRK", "KOR"),
    ("Iran said Israel would pay a dreadful price for the strike on its consulate.", "THREATEN",
     "130", "IRN", "ISR"),
    ("Biden said Russia would face swift retaliation if it invaded Ukraine.", "THREATEN", "130",
     "USA", "RUS"),
    # a person handed, surrendered or transferred to an international court (judicial
    # cooperation, 063)
    ("The Philippines handed former President Rodrigo Duterte over to the International "
     "Criminal Court on Tuesday.", "COOPERATE", "063", "PHL", ""),
    ("Serbia transferred the former general to the Hague tribunal on Friday.", "COOPERATE",
     "063", "SRB", ""),
    # a visiting leader greeted by the host
    ("The Australian prime minister was greeted by Xi Jinping in Beijing on Monday.", "CONSULT",
     "043", "AUS", "CHN"),
    ("Chinese President Xi Jinping greeted the Brazilian president at the airport on Monday.",
     "CONSULT", "043", "BRA", "CHN"),
    # captives handed to the Red Cross or to a state are released (0841)
    ("Hamas handed four Israeli hostages to the Red Cross in Gaza on Saturday.", "RETREAT",
     "0841", "PSE", "ISR"),
    # a ban, a curfew or a lockdown ended, abolished or scrapped (081)
    ("Kuwait ended its ban on women voting on Monday.", "CONCEDE", "081", "KWT", ""),
    ("Sri Lanka scrapped the curfew in Colombo on Friday.", "CONCEDE", "081", "LKA", ""),
    # a call taken or received from someone (041): the caller calls the one who takes it
    ("The Turkish president took a call from Vladimir Putin on Friday.", "CONSULT", "041",
     "RUS", "TUR"),
    ("The Kenyan president received a call from his Ugandan counterpart on Monday.",
     "CONSULT", "041", "UGA", "KEN"),
    # proceedings instituted or initiated against a state (115)
    ("Gambia instituted proceedings against Myanmar at the International Court of Justice.",
     "ACCUSE", "115", "GMB", "MMR"),
    # troops holding their fire observe a truce (0871)
    ("Thai and Cambodian troops held their fire along the border on Tuesday.", "RETREAT",
     "0871", "THA", ""),
    # a plan, a ruling or an election declared unconstitutional, illegal, null or void (120)
    ("Kenya's High Court declared the deployment unconstitutional on Friday.", "REJECT", "120",
     "KEN", ""),
    ("Kenya's High Court declared unconstitutional the government's plan to send police to "
     "Haiti.", "REJECT", "120", "KEN", ""),
    # bans on travel or visas and freezes of assets imposed as sanctions (163)
    ("Canada imposed travel bans and asset freezes on Russian officials on Monday.", "SANCTION",
     "163", "CAN", "RUS"),
    ("Poland imposed a visa ban on Belarusian officials.", "SANCTION", "163", "POL", "BLR"),
    # a prison term sought for someone by a prosecutor (115); arrest warrants applied for
    # (112)
    ("The Argentine prosecutor sought a 12-year prison term for the former president on "
     "Monday.", "ACCUSE", "115", "ARG", ""),
    ("The ICC prosecutor applied for arrest warrants against Myanmar's army chief.", "ACCUSE",
     "112", "IGO", ""),
    # a sentence commuted (081)
    ("Rwanda's President Paul Kagame commuted the 25-year sentence of the Belgian hotel "
     "manager.", "CONCEDE", "081", "RWA", ""),
    # internet access severed (1721)
    ("Russia severed internet access in Crimea on Friday.", "COERCE", "1721", "RUS", ""),
    # diplomats declared persona non grata are expelled (166)
    ("Latvia declared two Russian diplomats persona non grata on Friday.", "SANCTION", "166",
     "LVA", ""),
    # an amnesty, a pardon or clemency granted (056)
    ("The Kenyan president granted an amnesty to 3,000 prisoners on Monday.", "CONCEDE", "056",
     "KEN", ""),
    # a deal struck is an agreement, no blow; a truce struck is observed
    ("Venezuela and Guyana struck a border deal in Brasilia on Tuesday.", "AGREE", "030", "VEN",
     ""),
    # traffickers shipped to another state
    ("Honduras shipped 12 drug traffickers to the United States on Friday.", "COOPERATE", "063",
     "HND", "USA"),
    # an ambassador hauled or called in is summoned (114)
    ("Algeria's foreign ministry hauled in the French ambassador on Monday.", "ACCUSE", "114",
     "DZA", "FRA"),
    ("Egypt's foreign ministry called in the Turkish ambassador on Sunday.", "ACCUSE", "114",
     "EGY", "TUR"),
    # standing by or behind a state, speaking up for it (051)
    ("Belarus stood firmly by Russia on Friday.", "SUPPORT", "051", "BLR", "RUS"),
    ("Hungary stood behind Serbia in the dispute.", "SUPPORT", "051", "HUN", "SRB"),
    ("The Brazilian president spoke up for Cuba at the summit.", "SUPPORT", "051", "BRA",
     "CUB"),
    # soldiers taking power, toppling or deposing a government or a president (170)
    ("Mali's army took power on Tuesday.", "COERCE", "170", "MLI", ""),
    ("Soldiers in Burkina Faso toppled President Roch Kabore on Monday.", "COERCE", "170", "BFA",
     "BFA"),
    ("The Sudanese army deposed President Omar al-Bashir in April.", "COERCE", "170", "SDN",
     "SDN"),
    # a target battered, blitzed or pummelled with rockets or drones (195)
    ("Hezbollah battered northern Israel with rockets on Sunday.", "ASSAULT", "195", "LBN",
     "ISR"),
    ("Russia blitzed Odesa with drones on Friday.", "ASSAULT", "195", "RUS", "UKR"),
    # an endorsement given is backing (051); consent given, an agreement (030)
    ("Finland's parliament gave its endorsement to Ukraine's bid to join the EU.", "SUPPORT",
     "051", "FIN", "UKR"),
    ("North Korea gave its consent to a Chinese request for talks.", "AGREE", "030", "PRK", ""),
    # an official impeached (115); an indictment unsealed (112)
    ("Peru's Congress impeached President Martin Vizcarra on Monday.", "ACCUSE", "115", "PER",
     "PER"),
    ("U.S. prosecutors unsealed an indictment against the former Honduran president.",
     "ACCUSE", "112", "USA", "HND"),
    # caving or capitulating to a state (080)
    ("Mexico caved to Washington over tariffs on Friday.", "CONCEDE", "080", "MEX", "USA"),
    # a package of sanctions or aid held up is blocked (129)
    ("Slovakia held up the EU's new sanctions package against Russia on Wednesday.", "REJECT",
     "129", "SVK", ""),
    # the last troops lifting or taking off from a place; an army's exit from it completed
    ("The last British troops lifted off from Kandahar airport on Friday.", "RETREAT", "0874",
     "GBR", ""),
    ("The Israeli army completed its exit from Gaza on Monday.", "RETREAT", "0874", "ISR", ""),
    # a state's exit from an international body, announced or completed, is a sanction on it
    # (160: the development sets code ECOWAS exits so); a player's exit from a club is none
    ("Britain completed its exit from the European Union in January.", "SANCTION", "160",
     "GBR", ""),
    # arms handed to a state (072)
    ("Poland handed Ukraine its first batch of Leopard tanks on Monday.", "AID", "072", "POL",
     "UKR"),
    # forces ordered onto alert (152), troops ordered onto the streets (154)
    ("Putin ordered the strategic forces onto high alert on Sunday.", "MOBILIZE", "152", "RUS",
     ""),
    ("Ecuador's president ordered the army onto the streets of Quito.", "MOBILIZE", "154", "ECU",
     ""),
    # the spectre of a harm raised, the threat of one brandished (130)
    ("Russia's former president raised the spectre of a nuclear response against Western "
     "capitals.", "THREATEN", "130", "RUS", ""),
    ("Turkey brandished the threat of sanctions against Sweden.", "THREATEN", "130", "TUR", ""),
    # flight and import bans imposed on a state (163)
    ("The UN Security Council imposed a flight ban on Afghanistan's rulers.", "SANCTION", "163",
     "UNO", "AFG"),
    ("Russia imposed an import ban on Moldovan wine on Friday.", "SANCTION", "163", "RUS", "MDA"),
    # aid told by its arrival: a craft or a team of rescuers landing, docking or arriving
    # with relief; a craft sent stands for the cargo it carries (all development sets)
    ("A Turkish air force plane loaded with blankets and medicine touched down in Kabul on "
     "Monday.", "AID", "073", "TUR", "AFG"),
    ("A team of 40 Swiss rescuers landed in Ankara on Tuesday.", "AID", "073", "CHE", "TUR"),
    ("An Egyptian relief convoy arrived in Khartoum on Friday.", "AID", "073", "EGY", "SDN"),
    ("Germany dispatched two planes loaded with tents and medicine to Libya on Sunday.", "AID",
     "073", "DEU", ""),
    ("Spain dispatched a team of rescue specialists and a field hospital to Morocco on "
     "Saturday.", "AID", "073", "ESP", "MAR"),
    # kept from doing something: the gerund after the object fills the preposition's phrase
    ("Myanmar's military banned the opposition party from contesting the election.",
     "COERCE", "172", "MMR", "MMR"),
    ("Women were barred from attending universities by the Taliban government.", "COERCE",
     "172", "AFG", ""),
    # a warning served as notice: "put X on notice that …", "served notice that …"
    ("The European Union put Hungary on notice that it would freeze funds unless Budapest "
     "changed the law.", "THREATEN", "130", "EUR", "HUN"),
    ("The Taliban served notice on Monday that they would resume attacks unless Pakistan "
     "released their fighters.", "THREATEN", "130", "AFG", "PAK"),
]

# The same words in their senses of books, sport, business, weather, crowds of shoppers and
# clubs, and in what is only foreseen: no event.
ENGLISH_OTHER_SENSES: list[str] = [
    "The novelist put pen to paper on her third book.",
    "The actor put his name to a petition calling for cleaner beaches.",
    "The Brazilian striker put his name to a new contract with Arsenal.",
    "A hiker had a close encounter with a bear in Alaska.",
    "The football team flew out of Kabul after the match.",
    "The airline's jets flew out of Lisbon on Monday.",
    "The Spanish goalkeeper lobbed the ball over the French defender.",
    "Investors shunned Turkish bonds on Monday.",
    "The German carmaker moved its production lines to Hungary.",
    "A nuclear explosion would devastate the city, scientists said.",
    "A virus struck down half of the Spanish squad before the final.",
    "The gym suspended his membership after a fight.",
    "The runner rounded on the final bend in first place.",
    "The Nigerian novelist was nominated for the Booker Prize.",
    "The Brazilian coach took the side of his players.",
    "The French president embraced the Moroccan king at the airport.",
    "The doctor walked out of the operating theatre after surgery.",
    "Rainwater flooded the streets of Mumbai on Monday.",
    "Shoppers filled the streets of London before Christmas.",
    "The shop supplied customers with umbrellas.",
    "Fishermen hauled their nets out of the water.",
    "The referee stripped the boxer of his title.",
    "The Brazilian goalkeeper captured the imagination of the fans.",
    "The Russian striker quit after the match.",
    "The city council demolished the old stadium.",
    "Oil prices dropped three percent on Monday.",
    "The injured striker sat out the match against Chelsea.",
    "The Brazilian striker spent an hour with fans after the final.",
    "The coach placed a call to his agent.",
    "The national airline carried out a training flight from Lahore on Monday.",
    "The coach told his players to leave the pitch.",
    "The Kenyan minister told Uganda that the border was closed.",
    "The bridge of the ship was damaged.",
    "The Kenyan defendant pleaded guilty on Monday.",
    "The beggar begged for coins.",
    "The central bank announced a pause in rate hikes.",
    "The club announced a halt to ticket sales.",
    "The Kenyan president told reporters to stop asking about the election.",
    "The striker approached the referee for an explanation.",
    "The storm cut power lines to the island.",
    "The chef cut the onion into thin lines.",
    "The two clubs carried out a joint training session on Monday.",
    "Toyota and BMW launched a joint operation to build batteries.",
    "The ECB renewed its credit line with the bank on Monday.",
    "The champion caved in to his rival in the final set.",
    "The roof caved in after the storm on Monday.",
    "The singer bowed to the crowd after the concert.",
    "The studio shelved the sequel on Monday.",
    "The bank froze the interest rate on Thursday.",
    "Prices retreated on Monday.",
    "The broadcaster pulled the plug on the talent show on Friday.",
    "The striker unleashed a shot at goal on Sunday.",
    "The striker gave his full backing to the coach on Friday.",
    "The company made a commitment to cut emissions on Tuesday.",
    "Fans surrounded the stadium with banners on Sunday.",
    "The chef ringed the plate with olives.",
    "The Swiss student deposited $300 in the bank on Monday.",
    "The striker received a $2 million bonus from the club on Monday.",
    "The coach sent the players back to the dressing room.",
    "The Brazilian club sought two new strikers on Monday.",
    "The hotel turned away a delegation of tourists on Monday.",
    "The restaurant sent the soup back to the kitchen.",
    "The farmer hauled his guns away from the barn.",
    "Turkish commandos captured the smuggler and flew him back to Ankara.",
    "The Kenyan president sent Christmas greetings to the nation on Monday.",
    "The Brazilian coach cried foul over the referee's decision.",
    "Kenya's opposition said foul play was likely.",
    "The two clubs finalised the text of the contract on Monday.",
    "The author settled the text of her new novel.",
    "The hawks circled the field on Monday.",
    "The Chelsea striker turned back towards goal.",
    "Hikers camped on the road to the summit.",
    "The central bank adopted restrictive measures against inflation.",
    "The club named Smith as captain on Monday.",
    "Police identified the victim as a Kenyan tourist.",
    "The judge issued a ruling on Monday.",
    "The coach held out hope for a recovery.",
    "The striker held out his hand to the referee.",
    "The ad campaign targeted young voters.",
    "Rain showered the crowd on Monday.",
    "The defender intercepted a pass from the striker.",
    "The club sent its leader to the United States for talks.",
    "Stocks rallied in Tokyo on Monday.",
    "The Brazilian team rallied to win the final.",
    "The ferry company ferried tourists to the island.",
    "The farmer burned his old rifles.",
    "The striker seized the moment in the final.",
    "The young director's film was a coup for the studio.",
    "The new ring road encircles the town.",
    "Police surrounded the village after the robbery.",
    "The two clubs carried out a player swap on deadline day.",
    "The bank conducted an exchange of bonds with its creditors.",
    "Norway's finance minister ruled out the use of oil fund money for the budget.",
    "The Spanish striker did not rule out a move to Italy.",
    "The chef set fire to the brandy in the pan.",
    "The fans set the stadium alight with their songs.",
    "The singer set the stage ablaze with her performance.",
    "The farmers were placed on an equal footing with the traders.",
    "The club placed its goalkeeper on standby for the final.",
    "The bank provided 500 loans to farmers in Kenya.",
    "The Kenyan minister said Uganda had paid a heavy price for the war.",
    "The striker said Chelsea would pay a heavy price for the defeat.",
    "Kenya sent the bill to the Supreme Court for review.",
    "The Kenyan president greeted supporters in Nairobi.",
    "Kenya greeted the news with relief.",
    "The Kenyan government's pledge to restore power was greeted with caution by residents.",
    "The Kenyan police handed the stolen goods to the owner.",
    "The Kenyan hospital received a call from a patient.",
    "The Bank of England held fire on interest rates on Thursday.",
    "The Kenyan striker held his fire until the last minute.",
    "The referee ruled the goal invalid.",
    "Doctors declared the Kenyan minister dead on arrival.",
    "The Kenyan company imposed a hiring freeze on Monday.",
    "The Kenyan student applied for a loan.",
    "The Kenyan author sought a publisher for her novel.",
    "The Kenyan novelist commuted to Nairobi every day.",
    "The Kenyan coach declared the match a draw.",
    "Workers severed the cable by accident.",
    "The Kenyan coach gave his players a reprieve from training.",
    "The Brazilian striker struck a deal with Real Madrid.",
    "The ambassador called in sick on Monday.",
    "The club hauled in three new strikers.",
    "The pilots stood by their aircraft after landing.",
    "The coach stood by his decision to drop the captain.",
    "The novelist spoke up for the rights of migrants.",
    "The new government took power in January after winning the election.",
    "Voters ousted the ruling party in Sunday's election.",
    "The boxer toppled the champion in the third round.",
    "The carpenter hammered the boards with nails.",
    "Storms battered the Philippine coast with heavy rain.",
    "The priest gave his endorsement to the newly-wed couple.",
    "The patient gave his consent to the operation.",
    "The old bridge buckled under the weight of the lorries.",
    "Traffic held up the delivery of the parcels.",
    "Robbers held up a bank in Lima on Monday.",
    "The hotel received $2 million from investors.",
    "The plane took off from Kabul airport on Friday.",
    "The army's football team lifted off from Lagos on Monday.",
    "The Spanish striker completed his exit from Real Madrid on Monday.",
    "The coach ordered his players onto the pitch.",
    "Britain raised its terrorism threat level to severe.",
    "The IMF raised the spectre of a global recession.",
    "The government raised taxes on Monday.",
    "India imposed an export ban on rice on Thursday.",
    "A plane carrying 150 passengers landed in Paris on Monday.",
    "Rescuers arrived in the flooded village on Tuesday.",
    "The Russian foreign minister arrived in Cairo carrying a message from Vladimir Putin.",
    "A cargo ship carrying cars docked in Antwerp on Monday.",
    "The minister flew to Paris on Monday.",
    "The players flew to Doha for the final.",
    "The coach barred the striker from training with the team.",
    "Russia withdrew from talking to the envoys.",
    "The landlord put the tenants on notice that the rent would rise.",
    "The company gave notice of its intention to close the plant.",
]


# Trigger families of wire news, each written whole for the language (the verb with its
# pronominal and idiomatic forms, its noun, the light verbs that carry it), from the misses of
# the sixth and seventh wire sets: (sentence, PLOVER type, CAMEO code, source, target ("" =
# any)); then the senses of the same words that code nothing.
FRENCH_FAMILIES: list[tuple[str, str, str, str, str]] = [
    # a pullback completed: the light verb's soldierly subject says whose « son retrait » is
    ("Les troupes éthiopiennes ont achevé mardi leur retrait du Tigré.", "RETREAT", "0874",
     "ETH", ""),
    ("L'armée tchadienne a terminé dimanche son repli de la région du lac.", "RETREAT",
     "0874", "TCD", ""),
    ("Les soldats burundais ont bouclé leur retrait de Mogadiscio.", "RETREAT", "0874",
     "BDI", "SOM"),
    # a prison term of any name inflicted
    ("Le tribunal de Rabat a infligé mardi huit ans d'emprisonnement au journaliste "
     "marocain.", "SANCTION", "116", "MAR", ""),
    ("Un juge kényan a infligé jeudi vingt ans de détention à l'ancien gouverneur.",
     "SANCTION", "116", "KEN", ""),
    # a payment made in instalments: the instalment is a quantity of what is paid
    ("La Banque mondiale a versé mardi à la Zambie une tranche de 300 millions de dollars.",
     "AID", "071", "IGO", "ZMB"),
    # ties cut as an idiom
    ("Le Niger a coupé les ponts avec la France mercredi.", "SANCTION", "161", "NER", "FRA"),
    ("Bakou a rompu les ponts avec Téhéran après l'attaque de son ambassade.", "SANCTION",
     "161", "AZE", "IRN"),
    # a plan, a deployment or a membership blocked by an idiom of obstruction
    ("Le Parlement turc a barré la route jeudi au déploiement de soldats américains.",
     "REJECT", "129", "TUR", ""),
    ("La Hongrie a fait obstacle lundi à l'adhésion de la Suède.", "REJECT", "129", "HUN",
     "SWE"),
    ("Le Sénat philippin a fait barrage mardi au projet de traité avec Washington.",
     "REJECT", "129", "PHL", ""),
    # people executed by armed men
    ("Des miliciens ont exécuté samedi douze villageois dans l'Ituri, selon l'ONU.",
     "ASSAULT", "180", "COD", ""),
    ("Les talibans ont exécuté trois anciens soldats afghans dans la province de Kandahar.",
     "ASSAULT", "180", "AFG", ""),
    # refugees resettled or taken in
    ("Le Canada a réinstallé cette année 5 000 réfugiés soudanais.", "AID", "075", "CAN",
     "SDN"),
    ("L'Ouganda a recueilli des milliers de réfugiés congolais.", "AID", "075", "UGA", ""),
    # a post left: resignation by its verbs
    ("Le Premier ministre malgache a quitté ses fonctions vendredi.", "RETREAT", "08", "MDG",
     ""),
    ("Le président du Parlement slovaque s'est démis de ses fonctions mardi.", "RETREAT", "08",
     "SVK", ""),
    # an envoy ordered to leave is expelled
    ("Le Burkina Faso a sommé mardi l'ambassadeur de France de quitter le territoire.",
     "SANCTION", "166", "BFA", "FRA"),
    ("Alger a sommé le consul marocain de quitter le territoire.", "SANCTION", "166", "DZA",
     "MAR"),
    # anyone else ordered to leave is asked to
    ("La police turque a sommé les manifestants de quitter la place.", "REQUEST", "100", "TUR",
     ""),
    # duties and sanctions struck on goods or a country
    ("Pékin a frappé de surtaxes les vins australiens en 2020.", "SANCTION", "163", "CHN",
     "AUS"),
    ("Washington a frappé de droits de douane l'acier et l'aluminium canadiens.", "SANCTION",
     "163", "USA", "CAN"),
    # an act carried through its means: the use of or right to it, the text enacting it, and
    # its making official; the creation of a joint force
    ("La Chine a fait usage mardi de son droit de veto contre la résolution.", "REJECT", "129",
     "CHN", ""),
    ("Les sénateurs ivoiriens ont voté une loi d'amnistie pour les anciens rebelles.",
     "CONCEDE", "056", "CIV", ""),
    ("Le roi du Maroc a promulgué mercredi un décret de grâce.", "CONCEDE", "056", "MAR", ""),
    ("Les armées du Mali et du Niger ont acté jeudi la création d'une force conjointe.",
     "COOPERATE", "062", "MLI", ""),
    # a state's government or regime recognised, as a noun under any light verb
    ("L'Espagne a officialisé mardi sa reconnaissance de l'État de Palestine.", "SUPPORT", "054",
     "ESP", "PSE"),
    ("Le Kremlin a annoncé la reconnaissance du gouvernement des talibans.", "SUPPORT", "054",
     "RUS", ""),
    # the staff of an embassy expelled
    ("Le Tchad a expulsé trois agents de l'ambassade du Soudan.", "SANCTION", "166", "TCD",
     "SDN"),
    ("Bamako a renvoyé le personnel de l'ambassade de Suède.", "SANCTION", "166", "MLI", "SWE"),
    # someone tied to a crime
    ("Kiev a lié des officiers russes au meurtre d'un journaliste ukrainien.", "ACCUSE", "112",
     "UKR", "RUS"),
    ("La Turquie a associé des agents saoudiens à l'assassinat du journaliste.", "ACCUSE",
     "112", "TUR", "SAU"),
    # a broadcast suspended with a quoted aside between the verb and its object
    ("Le Niger a suspendu « jusqu'à nouvel ordre » la diffusion de la télévision française "
     "TV5.", "COERCE", "172", "NER", ""),
    # a joint exercise in its yearly edition; a joint command set up
    ("Les marines japonaise et indienne ont conduit la 7e édition de leur exercice bilatéral "
     "en mer d'Arabie.", "COOPERATE", "062", "JPN", ""),
    ("Les armées ivoirienne et burkinabè ont installé à Bouna un commandement conjoint.",
     "COOPERATE", "062", "CIV", ""),
    # the gates of a building forced: a riot by a crowd, damage by anyone else
    ("Des centaines de manifestants ont forcé les grilles du palais présidentiel à Dacca.",
     "PROTEST", "145", "BGD", ""),
    ("Les policiers tunisiens ont défoncé la porte du domicile de l'opposant.", "COERCE",
     "171", "TUN", ""),
    # charges called lies in quotation marks, which the parser takes for the object; a
    # court's opinion brushed aside
    ("Le ministère turc a qualifié d'« absurdes » les accusations grecques.", "REJECT", "120",
     "TUR", "GRC"),
    ("Le Kremlin a qualifié de « mensonge grossier » les soupçons américains.", "REJECT",
     "120", "RUS", "USA"),
    ("Caracas a balayé d'un revers de main l'avis de la Cour internationale de justice.",
     "REJECT", "120", "VEN", ""),
    # des prisonniers échangés ou troqués, et l'échange porté par un verbe support : un
    # échange mutuel (06), non la libération d'un seul camp
    ("Le Yémen et l'Arabie saoudite ont procédé lundi à un échange de prisonniers.",
     "COOPERATE", "06", "YEM", ""),
    ("L'Éthiopie a échangé samedi 60 détenus avec l'Érythrée.", "COOPERATE", "06", "ETH",
     "ERI"),
    # le recours à la force non exclu, ou qu'on refuse d'exclure : une menace (130) ; écarté,
    # un refus (120)
    ("Le président chinois a refusé d'exclure le recours à la force contre Taïwan.",
     "THREATEN", "130", "CHN", "TWN"),
    ("La Russie n'exclut pas le recours à la force contre la Moldavie.", "THREATEN", "130",
     "RUS", "MDA"),
    ("L'Allemagne a écarté tout recours à la force en Libye.", "REJECT", "120", "DEU", ""),
    # praise or abuse heaped on someone (« couvrir, abreuver, accabler de »), laurels woven
    ("Le président brésilien a couvert d'éloges son homologue chilien mardi.", "SUPPORT",
     "051", "BRA", "CHL"),
    ("Le Premier ministre hongrois a abreuvé de louanges le président chinois.", "SUPPORT",
     "051", "HUN", "CHN"),
    ("Le chef de l'État sénégalais a tressé des lauriers à la Gambie pour sa médiation.",
     "SUPPORT", "051", "SEN", "GMB"),
    ("Le président vénézuélien a couvert d'insultes le chef de l'État colombien.", "ACCUSE",
     "111", "VEN", "COL"),
    # a refusal opposed: a « niet », a « fin de non-recevoir » (the parser's clause on « fin »)
    ("La Norvège a opposé un niet catégorique à la proposition russe.", "REJECT", "120",
     "NOR", ""),
    ("Le Premier ministre indien a opposé une fin de non-recevoir aux demandes du Pakistan.",
     "REJECT", "120", "IND", ""),
    # someone put in prison or behind bars
    ("La police bélarusse a jeté en prison trois opposants mardi.", "COERCE", "173", "BLR",
     ""),
    ("Le régime iranien a mis derrière les barreaux une dizaine de journalistes.", "COERCE",
     "173", "IRN", ""),
    ("La junte birmane a placé sous les verrous l'ancienne dirigeante du pays.", "COERCE",
     "173", "MMR", ""),
    # a target hit with missiles, drones or shells
    ("Les rebelles houthis ont touché un cargo grec avec deux drones.", "ASSAULT", "190",
     "YEM", "GRC"),
    ("L'armée russe a atteint une centrale ukrainienne avec des missiles de croisière.",
     "ASSAULT", "190", "RUS", "UKR"),
    # armoured vehicles delivered
    ("L'Allemagne a livré à la Lituanie des véhicules blindés.", "AID", "072", "DEU", "LTU"),
    # talks a visitor lands or comes ashore for
    ("Le président kényan a atterri à Addis-Abeba pour des entretiens avec le Premier "
     "ministre éthiopien.", "CONSULT", "040", "KEN", "ETH"),
    # support reaffirmed or renewed
    ("Le chancelier allemand a réaffirmé le soutien de l'Allemagne à la Moldavie.", "SUPPORT",
     "051", "DEU", "MDA"),
    ("Le Japon a renouvelé son appui aux Philippines face à Pékin.", "SUPPORT", "051", "JPN",
     "PHL"),
    # an election boycotted, named by its plural (« les municipales »)
    ("L'opposition malienne a boudé les municipales de dimanche.", "PROTEST", "143", "MLI",
     ""),
    # an operation, a patrol or an exercise carried out jointly
    ("Les polices espagnole et portugaise ont mené conjointement une opération contre un "
     "réseau de passeurs.", "COOPERATE", "062", "ESP", ""),
    ("Les marines indienne et sri-lankaise ont effectué conjointement une patrouille dans le "
     "golfe de Mannar.", "COOPERATE", "062", "IND", ""),
    # findings brushed aside
    ("Le gouvernement rwandais a balayé les conclusions du rapport de l'ONU sur l'est de la "
     "RDC.", "REJECT", "120", "RWA", ""),
    ("Le Kremlin a balayé le constat des enquêteurs néerlandais.", "REJECT", "120", "RUS",
     ""),
    # weapons burnt in a ceremony of disarmament
    ("Des combattants du PKK ont brûlé leurs armes lors d'une cérémonie au Kurdistan "
     "irakien.", "RETREAT", "0873", "TUR", ""),
    # embassy officials declared persona non grata
    ("Le Niger a déclaré persona non grata deux fonctionnaires de l'ambassade de France.",
     "SANCTION", "166", "NER", "FRA"),
    # an election, a referendum or a law annulled or struck down
    ("La Cour suprême du Kenya a invalidé l'élection présidentielle vendredi.", "REJECT",
     "120", "KEN", ""),
    ("Le Parlement géorgien a annulé le référendum sur l'indépendance de l'Abkhazie.",
     "REJECT", "120", "GEO", ""),
    ("Le Conseil constitutionnel ivoirien a invalidé la loi électorale jeudi.", "REJECT",
     "120", "CIV", ""),
    # a veto, reprisals or an offensive waved as a spectre or a prospect
    ("Le Premier ministre hongrois a agité le spectre d'un veto à l'adhésion de l'Ukraine.",
     "THREATEN", "130", "HUN", ""),
    ("Le chef de la diplomatie russe a brandi le spectre de représailles contre la "
     "Finlande.", "THREATEN", "130", "RUS", ""),
    ("Le ministre israélien a brandi la perspective d'une offensive contre le Liban.",
     "THREATEN", "130", "ISR", ""),
    # ships or armour sent by a causative « faire »: who has them sail or converge sends them
    ("Washington a fait appareiller deux porte-avions vers la mer de Chine méridionale.",
     "MOBILIZE", "154", "USA", ""),
    ("L'armée pakistanaise a fait converger des blindés vers la frontière afghane.",
     "MOBILIZE", "154", "PAK", "AFG"),
    # a building, a port or a barracks taken as a target
    ("Le Hezbollah a pris pour cible une caserne israélienne.", "ASSAULT", "190", "LBN",
     "ISR"),
    ("L'armée israélienne a pris pour cible un immeuble de Beyrouth.", "ASSAULT", "190",
     "ISR", "LBN"),
    # beaten up, a town sacked
    ("Des policiers égyptiens ont passé à tabac un journaliste au Caire.", "ASSAULT", "182",
     "EGY", ""),
    ("Les rebelles ont mis à sac la ville de Bunia.", "COERCE", "1712", "COD", ""),
    # an olive branch held out; talks resumed
    ("Le Premier ministre arménien a tendu un rameau d'olivier à l'Azerbaïdjan.", "AGREE",
     "030", "ARM", "AZE"),
    ("Le gouvernement colombien et l'ELN ont renoué le dialogue à Caracas.", "CONSULT", "040",
     "COL", ""),
    # from the misses of the sixth to ninth wire sets: envoys or lawmakers walking out of a
    # room or a session
    ("Les ambassadeurs de l'Union européenne ont quitté la salle lorsque le ministre biélorusse "
     "a pris la parole.", "PROTEST", "143", "EUR", "BLR"),
    ("Les députés de l'opposition sénégalaise ont quitté l'hémicycle avant le vote du budget.",
     "PROTEST", "143", "SEN", ""),
    # a target aimed at by aircraft, drones or missiles, or by an army at a site it strikes
    ("L'aviation soudanaise a visé un marché de Nyala, tuant des dizaines de civils.",
     "ASSAULT", "190", "SDN", ""),
    ("Des drones russes ont ciblé des infrastructures énergétiques ukrainiennes dans la nuit.",
     "ASSAULT", "190", "RUS", "UKR"),
    ("L'armée israélienne a visé des positions du Hezbollah dans le sud du Liban.", "ASSAULT",
     "190", "ISR", "LBN"),
    # a crowd massed before a building, a march against a policy
    ("Des milliers de Serbes se sont massés devant le Parlement à Belgrade.", "PROTEST", "141",
     "SRB", ""),
    ("Des dizaines de milliers de Chiliens ont marché contre la réforme des retraites à "
     "Santiago.", "PROTEST", "141", "CHL", ""),
    # troops put on a state or a regime of alert
    ("L'armée sud-coréenne a placé ses troupes en état d'alerte maximale.", "MOBILIZE", "152",
     "KOR", ""),
    ("Le Japon a placé ses forces en régime spécial d'alerte.", "MOBILIZE", "152", "JPN", ""),
    # a refusal said as « non »
    ("Le Parlement danois a dit non au projet de traité avec Washington.", "REJECT", "120",
     "DNK", ""),
    # talks held by conferring
    ("Le Premier ministre japonais a conféré avec le président philippin à Manille.", "CONSULT",
     "040", "JPN", "PHL"),
    # rallying to a proposal (agreeing to it) or to a candidacy (supporting it)
    ("Kinshasa s'est rangé à la proposition angolaise d'un cessez-le-feu.", "AGREE", "030",
     "COD", ""),
    ("Les députés du Likoud ont fini par se rallier à la candidature du général.", "SUPPORT",
     "051", "ISR", ""),
    # proceedings brought, an arrest warrant issued at someone
    ("Le parquet tunisien a intenté des poursuites contre plusieurs opposants.", "ACCUSE", "115",
     "TUN", ""),
    ("La Cour pénale internationale a émis un mandat d'arrêt visant le président russe.",
     "ACCUSE", "115", "IGO", "RUS"),
    # duties waved as a prospect
    ("Le président brésilien a brandi la perspective de droits de douane sur les produits "
     "américains.", "THREATEN", "130", "BRA", ""),
    # reservists called up, by the noun under any light verb
    ("L'armée ukrainienne a procédé au rappel de 50 000 réservistes en une semaine.",
     "MOBILIZE", "154", "UKR", ""),
    ("Le Kremlin a annoncé la mobilisation de 300 000 réservistes.", "MOBILIZE", "154", "RUS",
     ""),
    # armour or fighters concentrated or regrouped
    ("L'Azerbaïdjan a concentré des blindés le long de la frontière arménienne.", "MOBILIZE",
     "154", "AZE", "ARM"),
    # forces repositioned or redeployed out of a place: a withdrawal
    ("Les rebelles du M23 ont repositionné leurs combattants hors de la ville de Sake.",
     "RETREAT", "0874", "COD", ""),
    ("L'armée russe a annoncé le redéploiement de ses troupes hors de la région de Kiev.",
     "RETREAT", "0874", "RUS", "UKR"),
    # a government's own reform suspended, frozen or withdrawn: a concession
    ("Le gouvernement grec a suspendu la réforme des retraites après trois semaines de grève.",
     "CONCEDE", "083", "GRC", ""),
    ("Le Premier ministre slovaque a concédé aux syndicats le gel de la réforme du Code du "
     "travail.", "CONCEDE", "083", "SVK", ""),
    # the tone raised at someone
    ("Le ministre chinois des Affaires étrangères a haussé le ton contre le Japon.", "ACCUSE",
     "111", "CHN", "JPN"),
    ("Paris a haussé le ton face à Alger.", "ACCUSE", "111", "FRA", "DZA"),
    # a depot set on fire by drones
    ("Des drones ukrainiens ont incendié un dépôt pétrolier russe près de Belgorod.", "ASSAULT",
     "190", "UKR", "RUS"),
    # l'aide dite par son arrivée : un appareil ou une équipe de secouristes qui atterrit,
    # accoste ou arrive avec des secours ; l'appareil envoyé vaut pour ce qu'il transporte
    ("Une équipe de 40 secouristes suisses est arrivée mardi à Ankara.", "AID", "073", "CHE",
     "TUR"),
    ("Un convoi humanitaire égyptien est entré vendredi au Soudan.", "AID", "073", "EGY",
     "SDN"),
    ("L'Espagne a dépêché samedi deux avions chargés de tentes et de médicaments vers le "
     "Maroc.", "AID", "073", "ESP", ""),
    ("Soixante secouristes algériens se sont envolés lundi pour la Turquie.", "AID", "073",
     "DZA", "TUR"),
    ("Le Qatar a envoyé un hôpital mobile au Soudan.", "AID", "073", "QAT", "SDN"),
]

FRENCH_OTHER_SENSES: list[str] = [
    "Le ministre ivoirien a annoncé son retrait de la vie politique.",
    "La championne a achevé son retrait de la compétition par une victoire.",
    "Les inondations ont coupé les ponts de la vallée mardi.",
    "Un camion a barré la route à l'entrée du village.",
    "Les électeurs ont fait barrage à l'extrême droite dimanche.",
    "L'orchestre de Vienne a exécuté une symphonie de Brahms.",
    "L'entreprise a exécuté le contrat dans les délais.",
    "L'arbitre a sommé les supporters de quitter la tribune.",
    "Le gardien a quitté le terrain sur blessure à la mi-temps.",
    "L'ouragan a frappé de plein fouet la côte cubaine.",
    "Le fisc a frappé de pénalités la société de transport.",
    "Le gouvernement français a annoncé la reconnaissance de l'état de catastrophe naturelle.",
    "Les enquêteurs ont lié l'incendie à un court-circuit.",
    "Le Parlement a voté la loi de finances pour 2025.",
    "L'avocat a fait usage de son droit de réponse dans le journal.",
    "Les pompiers parisiens ont enfoncé la porte de l'appartement en feu.",
    "Le cambrioleur a forcé la porte de la villa.",
    "L'attaquant a forcé le verrou de la défense adverse.",
    "Le critique a balayé d'un revers de main le verdict du jury du festival.",
    "Le chef étoilé a qualifié de « fabuleux » le dessert du concours.",
    "Les deux clubs ont procédé à un échange de joueurs avant la fin du mercato.",
    "Les ministres ont échangé des cadeaux à l'issue du dîner.",
    "Le ministre norvégien n'a pas exclu le recours à l'emprunt pour financer le budget.",
    "Le président n'a pas exclu le recours au référendum.",
    "L'entraîneur a couvert d'éloges son jeune attaquant après le match.",
    "La neige a couvert de blanc les sommets des Alpes.",
    "Le tireur français a touché la cible avec un pistolet à air comprimé.",
    "Le coureur kényan a atteint la ligne d'arrivée avec deux secondes d'avance.",
    "L'avion de la compagnie a atterri à Nice pour une escale technique.",
    "Le club a renouvelé le contrat de son entraîneur.",
    "Le juge a mis en délibéré sa décision jusqu'à lundi.",
    "La banque a placé sous séquestre les biens de la société.",
    "Le boulanger a mis en vente ses nouveaux gâteaux.",
    "Les chirurgiens ont mené conjointement une opération de douze heures.",
    "Les deux chorales ont donné ensemble un concert à Lyon.",
    "La tempête a balayé le littoral breton mardi.",
    "Le ministre a balayé la pièce du regard.",
    "Le jardinier a brûlé les feuilles mortes.",
    "Le maire a annulé le concert de dimanche à cause de la pluie.",
    "Le gouvernement a annulé la hausse de la taxe sur les carburants.",
    "L'arbitre a annulé le but pour hors-jeu.",
    "La société a annulé la commande de trois avions.",
    "Le FMI a agité le spectre d'une récession mondiale.",
    "Le chef cuisinier a fait appareiller le bateau de croisière pour Marseille.",
    "Les navires de pêche ont appareillé à l'aube vers les côtes mauritaniennes.",
    "Le gouvernement a fait savoir qu'il étudierait la proposition.",
    "Le photographe a pris pour cible la façade de la cathédrale.",
    "Le chef a passé à la casserole ses légumes.",
    "Le randonneur a mis à sac ses affaires.",
    "L'ancien footballeur a renoué avec la victoire.",
    "L'ouvrier a mis fin à son contrat de travail.",
    "La banque a évoqué la perspective d'une baisse des taux.",
    "Le maire a ouvert la perspective d'une fin des travaux en juin.",
    "Le public a quitté la salle à la fin du concert.",
    "Le ministre a quitté la réunion pour prendre un avion.",
    "La réforme vise les retraités les plus modestes.",
    "L'armée indienne vise le recrutement de 40 000 jeunes cette année.",
    "La campagne publicitaire cible les jeunes électeurs.",
    "Les supporters se sont rassemblés devant le stade avant le match.",
    "Les randonneurs ont marché contre le vent pendant des heures.",
    "Le roi a conféré la Légion d'honneur au chanteur.",
    "Les invités se sont rangés à l'avis du chef.",
    "La Russie a annoncé la poursuite de son offensive dans le Donbass.",
    "La mairie a délivré un permis de construire à la société.",
    "Le ministre a annoncé le rappel de 200 000 véhicules défectueux.",
    "La chanteuse a haussé le ton de sa voix pendant le refrain.",
    "L'entreprise a concentré ses efforts sur l'Asie.",
    "Un avion transportant 150 passagers a atterri lundi à Paris.",
    "Les secouristes sont arrivés mardi dans le village inondé.",
    "Le ministre russe est arrivé au Caire porteur d'un message de Vladimir Poutine.",
    "Un cargo chargé de voitures a accosté lundi à Anvers.",
    "Le ministre s'est envolé lundi pour Paris.",
]


FAMILIES = {"en": ENGLISH_FAMILIES, "fr": FRENCH_FAMILIES}
OTHER_SENSES = {"en": ENGLISH_OTHER_SENSES, "fr": FRENCH_OTHER_SENSES}
CASES = [(lang, *case) for lang, cases in FAMILIES.items() for case in cases]
OTHERS = [(lang, text) for lang, texts in OTHER_SENSES.items() for text in texts]


@pytest.fixture(scope="module")
def families() -> dict[str, list[Event]]:
    coded: dict[str, list[Event]] = {}
    for lang in FAMILIES:
        coded |= extract_events([(c[0],) for c in FAMILIES[lang]]
                                + [(s,) for s in OTHER_SENSES[lang]], lang, PUBLISHED)
    return coded


@pytest.mark.parametrize(("lang", "text", "kind", "cameo", "source", "target"), CASES,
                         ids=[f"{c[0]}: {c[1][:50]}" for c in CASES])
def test_trigger_families_code_their_acts(families: dict[str, list[Event]], lang: str,
                                          text: str, kind: str, cameo: str, source: str,
                                          target: str) -> None:
    events = families[text]
    assert_coded(events, kind, source, target)
    assert cameo in {e.cameo for e in counted(events)}


@pytest.mark.parametrize(("lang", "text"), OTHERS, ids=[f"{c[0]}: {c[1][:50]}" for c in OTHERS])
def test_trigger_families_other_senses_code_nothing(families: dict[str, list[Event]], lang: str,
                                                    text: str) -> None:
    assert counted(families[text]) == []
