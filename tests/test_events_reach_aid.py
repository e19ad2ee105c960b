"""Reach of the lexicon for AID, SUPPORT and CONCEDE, in both languages: classes of expression
seen missed in three or more development sets (solidarity assured, a border opened to people in
flight, a standing granted, a measure put on hold, an emergency ended, a craft landing with
relief, a fault owned up to, forces landing to help, another's plan adopted, an accession
ratified, a side coming out in favour of another, people of a nationality sheltered, diplomatic
relations restored, a field hospital set up abroad), each coded on sentences written for these
tests, and the other senses of the same words (a coach's solidarity with his players, a border
opened to tourists, a club's honorary member, an order put on hold, a plane landing with
passengers, a striker owning up to a miss, troops landing at home, a plan of one's own adopted,
a footballer's favour, police taking people in, a link investigators establish, a field
hospital set up at home), on which nothing is coded."""

from __future__ import annotations

from coding import class_tests

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = []
NON_EVENTS: list[tuple[str, str]] = []

# Solidarity assured or expressed: "assured X of its solidarity" is support given, not a promise
# (the assuring verb's promise entry would code AGREE); « la solidarité de X avec Y » is the
# support noun's, with its « avec » target.
CASES += [
    ("en", "The Kenyan foreign minister assured his Ugandan counterpart of Nairobi's full "
     "solidarity.", "SUPPORT", "051", "KEN", "UGA"),
    ("en", "The Polish president reassured Lithuania of his country's unwavering support.",
     "SUPPORT", "051", "POL", "LTU"),
    ("fr", "Le chef de l'État ivoirien a assuré son homologue ghanéen de son soutien total.",
     "SUPPORT", "051", "CIV", "GHA"),
    ("fr", "La Norvège a assuré la Pologne de sa solidarité après l'incident.",
     "SUPPORT", "051", "NOR", "POL"),
    ("fr", "Le président sénégalais a exprimé jeudi sa solidarité avec le peuple marocain.",
     "SUPPORT", "051", "SEN", "MAR"),
]
NON_EVENTS += [
    ("en", "The coach assured his players of his support."),
    ("fr", "Le sélectionneur a exprimé sa solidarité avec ses joueurs blessés."),
    ("fr", "L'assureur a assuré ses clients de sa solidarité."),
    ("fr", "La contribution de solidarité a été relevée de deux points."),
]


# A border opened to a people in flight is asylum given (AID 075), the people's country its
# target; opened to tourists, workers, goods or another state's aircraft it is no aid, and a
# border reopened is the access of RETREAT, not this.
CASES += [
    ("en", "Tanzania opened its border to thousands of Burundians fleeing the violence.",
     "AID", "075", "TZA", "BDI"),
    ("en", "Moldova threw open its borders to Ukrainian refugees on Thursday.",
     "AID", "075", "MDA", "UKR"),
    ("fr", "Le Tchad a ouvert ses frontières aux réfugiés soudanais.",
     "AID", "075", "TCD", "SDN"),
    ("fr", "La Tanzanie a ouvert sa frontière à des milliers de Burundais fuyant les violences.",
     "AID", "075", "TZA", "BDI"),
]
NON_EVENTS += [
    ("en", "Thailand opened its borders to Chinese tourists on Monday."),
    ("en", "The United Arab Emirates opened its border to Indian workers."),
    ("en", "Poland opened its border to Ukrainian grain."),
    ("fr", "La Thaïlande a ouvert ses frontières aux touristes chinois."),
    ("fr", "La Pologne a ouvert sa frontière aux céréales ukrainiennes."),
    ("en", "Kazakhstan opened its airspace to American military aircraft."),
    ("fr", "Le Kazakhstan a ouvert son espace aérien aux avions militaires américains."),
]


# A standing granted by a body (candidate, observer, member) is endorsement (SUPPORT 051);
# refugee status granted is asylum (AID 075). A club's honorary membership is neither.
CASES += [
    ("en", "The European Union granted Moldova candidate status on Thursday.",
     "SUPPORT", "051", "EUR", "MDA"),
    ("en", "The European Union granted Albania the status of a candidate country.",
     "SUPPORT", "051", "EUR", "ALB"),
    ("en", "Austria granted refugee status to 300 Afghans.", "AID", "075", "AUT", ""),
    ("fr", "L'Union européenne a accordé jeudi à l'Albanie le statut de pays candidat.",
     "SUPPORT", "051", "EUR", "ALB"),
    ("fr", "Le Conseil européen a octroyé à l'Ukraine et à la Moldavie le statut de candidat "
     "à l'adhésion.", "SUPPORT", "051", "EUR", "MDA"),
    ("fr", "L'Autriche a accordé le statut de réfugié à 300 Afghans.", "AID", "075", "AUT", ""),
]
NON_EVENTS += [
    ("en", "The club granted the striker the status of honorary member."),
    ("fr", "Le club a accordé au joueur le statut de membre d'honneur."),
]

# A bill, a reform or a tax rise put on hold, paused, withdrawn or suspended by the government
# that made it is a concession (CONCEDE 083), in French over every kind of bill as in English
# (« la hausse », « le texte »), and put « en pause » or « entre parenthèses ». An order put on
# hold by a firm, a law suspended by a court, are not.
CASES += [
    ("en", "The Greek government put the controversial pension reform on hold on Friday.",
     "CONCEDE", "083", "GRC", ""),
    ("en", "The Kenyan president put the tax increase on ice after protests.",
     "CONCEDE", "083", "KEN", ""),
    ("fr", "Le gouvernement argentin a mis en pause la réforme du code du travail.",
     "CONCEDE", "083", "ARG", ""),
    ("fr", "Le Premier ministre grec a annoncé lundi la mise en pause de la réforme des "
     "retraites.", "CONCEDE", "083", "GRC", ""),
    ("fr", "Le gouvernement sénégalais a retiré le texte jeudi.", "CONCEDE", "083", "SEN", ""),
    ("fr", "Le président kényan a suspendu la hausse des taxes sur le carburant.",
     "CONCEDE", "083", "KEN", ""),
]
# The same concession in other words: an overhaul (a reform) put on hold, on the back burner or
# on the shelf; "put on ice" before a heavy object, where the parser reads "on" as the verb's
# particle; « mis au frigo », « remisé au placard ». Skaters putting a routine on ice, a
# minister putting champagne « au frigo », prosecutors shelving a law, code nothing.
CASES += [
    ("en", "The Spanish government put its overhaul of the labour code on hold on Tuesday.",
     "CONCEDE", "083", "ESP", ""),
    ("en", "The Polish government put on ice a controversial law on abortion.",
     "CONCEDE", "083", "POL", ""),
    ("en", "The Greek prime minister put the pension overhaul on the back burner.",
     "CONCEDE", "083", "GRC", ""),
    ("fr", "Le gouvernement polonais a mis au frigo la réforme de la justice.",
     "CONCEDE", "083", "POL", ""),
    ("fr", "Le Premier ministre grec a remisé au placard la réforme des retraites.",
     "CONCEDE", "083", "GRC", ""),
]
NON_EVENTS += [
    ("en", "The Canadian skaters put on ice a new routine for the gala."),
    ("fr", "Le ministre des Sports a mis au frigo le champagne de la victoire."),
    ("fr", "Le parquet a mis au placard la loi."),
]
NON_EVENTS += [
    ("en", "The airline put the new Boeing order on hold."),
    ("fr", "Le Conseil constitutionnel a suspendu la loi."),
    ("fr", "La compagnie aérienne a mis en pause sa commande d'avions."),
    ("fr", "Le président gambien a abrogé samedi le décret convoquant les électeurs."),
]


# A state of emergency or martial law ended, revoked or repealed (« a mis fin à l'état
# d'urgence », « a abrogé l'état d'urgence ») is a concession within the country (CONCEDE
# 0814), as lifting it already was; a firm ending a state of uncertainty is not.
CASES += [
    ("en", "The Ecuadorian president ended the state of emergency on Monday.",
     "CONCEDE", "0814", "ECU", "ECU"),
    ("en", "The Thai junta revoked martial law in the south.", "CONCEDE", "0814", "THA", "THA"),
    ("fr", "Le Parlement éthiopien a mis fin mardi à l'état d'urgence.",
     "CONCEDE", "0814", "ETH", "ETH"),
    ("fr", "Le président sri-lankais a abrogé l'état d'urgence jeudi.",
     "CONCEDE", "0814", "LKA", "LKA"),
]
NON_EVENTS += [
    ("en", "The company ended the state of uncertainty over its future."),
    ("fr", "Le club a mis fin à l'état de grâce de son entraîneur."),
]


# A plane or a ship that lands or docks with relief goods brings aid (AID 073) to the place's
# country, its doer the craft's owner; one that lands with passengers, a delegation or coal
# brings none.
CASES += [
    ("en", "Two Brazilian air force planes touched down in Port Moresby on Friday with tents, "
     "water and medicine.", "AID", "073", "BRA", "PNG"),
    ("fr", "Un navire turc est arrivé à Beyrouth avec des vivres et des couvertures.",
     "AID", "073", "TUR", "LBN"),
]
NON_EVENTS += [
    ("en", "The Qatar Airways plane landed in Doha with 300 passengers."),
    ("en", "The ship docked in Rotterdam with a cargo of coal."),
    ("fr", "L'avion présidentiel s'est posé à Dakar avec la délégation ministérielle."),
]



# A fault owned up to: an army, a police force or a state that acknowledges, concedes or
# confesses that it, its troops or its officers killed, shot, bombed or tortured concedes a
# wrong done (CONCEDE, admit), as "admitted that" already did, and "owned up to a mistake" as
# "admitted a mistake". What someone else did, or deaths it only reports, it does not concede.
CASES += [
    ("en", "The Chadian army acknowledged on Monday that its soldiers had shot dead three "
     "herders.", "CONCEDE", "08", "TCD", ""),
    ("en", "Peru's defence ministry conceded that it had mistakenly bombed a wedding party.",
     "CONCEDE", "08", "PER", ""),
    ("en", "The Egyptian interior ministry confessed that officers had tortured the student.",
     "CONCEDE", "08", "EGY", ""),
    ("en", "The Colombian navy owned up to a grave error in the boarding of the trawler.",
     "CONCEDE", "08", "COL", ""),
    ("fr", "L'armée tchadienne a reconnu lundi que ses soldats avaient abattu trois éleveurs.",
     "CONCEDE", "08", "TCD", ""),
]
NON_EVENTS += [
    ("en", "The minister acknowledged that the economy had slowed."),
    ("en", "The striker acknowledged that he had shot wide twice."),
    ("en", "The UN acknowledged that rebels had killed 30 civilians."),
    ("en", "The Brazilian coach owned up to a few tactical errors."),
]


# Foreign troops or police that arrive, land, touch down or set foot in a country to help it,
# or at its request (also told by the participle that sent them), bring military assistance
# (AID 074) from their own country to the place's. At home, or with no such purpose, they
# only travel: nothing is coded.
CASES += [
    ("en", "The first 300 Rwandan soldiers landed in Bangui on Friday to help the Central "
     "African army.", "AID", "074", "RWA", "CAF"),
    ("en", "Two hundred Jordanian police officers touched down in Tripoli on Monday, sent at "
     "the request of Libya's government.", "AID", "074", "JOR", "LBY"),
    ("en", "Turkish soldiers set foot in Doha at the invitation of the Qatari emir.",
     "AID", "074", "TUR", "QAT"),
    ("fr", "Un premier contingent de 300 soldats rwandais a atterri vendredi à Bangui pour "
     "épauler l'armée centrafricaine.", "AID", "074", "RWA", "CAF"),
    ("fr", "Des policiers jordaniens ont débarqué lundi à Tripoli à la demande du gouvernement "
     "libyen.", "AID", "074", "JOR", "LBY"),
    ("fr", "Les premiers gendarmes sénégalais ont posé le pied lundi à Banjul pour appuyer la "
     "police gambienne.", "AID", "074", "SEN", "GMB"),
]
NON_EVENTS += [
    ("en", "Nigerian police officers arrived in Kano to help restore order."),
    ("en", "Chinese troops arrived in Djibouti on Monday."),
    ("en", "A contingent of Kenyan soldiers arrived in Mogadishu to lead the parade."),
    ("fr", "Des soldats chinois sont arrivés lundi à Djibouti."),
    ("fr", "Des policiers nigérians sont arrivés à Kano pour aider à rétablir l'ordre."),
]


# Another's plan adopted or endorsed (« a endossé le plan égyptien », "adopted Oman's plan")
# and a country's accession ratified or approved (« a ratifié l'adhésion de la Finlande »), as
# English already coded it, are support (SUPPORT 051) for whose they are. A plan of one's own,
# or nobody's, adopted is a policy, not support.
CASES += [
    ("en", "The Gulf Cooperation Council adopted Oman's plan to rebuild Yemen.",
     "SUPPORT", "051", "IGO", "OMN"),
    ("fr", "L'Union africaine a endossé lundi le plan kényan de paix pour le Soudan.",
     "SUPPORT", "051", "IGO", "KEN"),
    ("fr", "Le Conseil de coopération du Golfe a adopté le plan omanais de reconstruction du "
     "Yémen.", "SUPPORT", "051", "IGO", "OMN"),
    ("fr", "Le Parlement hongrois a ratifié l'adhésion de la Finlande à l'OTAN.",
     "SUPPORT", "051", "HUN", "FIN"),
    ("fr", "Les députés portugais ont approuvé la candidature de l'Ukraine à l'Union "
     "européenne.", "SUPPORT", "051", "PRT", "UKR"),
]
NON_EVENTS += [
    ("en", "The Kenyan government adopted a plan to cut emissions."),
    ("en", "The Indian cabinet adopted its own plan for the railways."),
    ("fr", "Le gouvernement sénégalais a adopté son plan de relance."),
    ("fr", "Le ministre a endossé la responsabilité de l'échec."),
]

# A side that comes out, speaks out or comes down in favour, in support or in defence of
# someone or of their plan, « se prononce » or « se déclare en faveur de » it, endorses it
# (SUPPORT 051): the FAVOUR class of both languages. A footballer's favour, a wish for lower
# rates are none.
CASES += [
    ("en", "Italy came out in favour of Tunisia's bid to host the summit on Monday.",
     "SUPPORT", "051", "ITA", "TUN"),
    ("en", "Poland came out strongly in support of Ukraine's membership bid.",
     "SUPPORT", "051", "POL", "UKR"),
    ("en", "The Czech president spoke out in defence of Slovakia on Friday.",
     "SUPPORT", "051", "CZE", "SVK"),
    ("fr", "Le gouvernement belge s'est prononcé jeudi en faveur de la candidature de la "
     "Moldavie.", "SUPPORT", "051", "BEL", "MDA"),
    ("fr", "Le Sénégal s'est déclaré en faveur du plan de paix présenté par le Ghana.",
     "SUPPORT", "051", "SEN", "GHA"),
]
NON_EVENTS += [
    ("en", "The striker came out in favour of the club's new coach."),
    ("fr", "L'Italie s'est prononcée en faveur d'une baisse des taux d'intérêt."),
]


# People named by their nationality sheltered, housed or resettled (« hébergés »,
# « recueillis », « abrités »), and asylum or refuge afforded, accorded, extended or given
# (« donner asile », « offrir refuge »), are aid (AID 075) to their country, as refugees are.
# Police taking people in, hostages taken, the sights taken in, paintings a museum houses
# and testimonies the police gather are none.
CASES += [
    ("en", "Chad sheltered 12,000 Sudanese who crossed the border this week.",
     "AID", "075", "TCD", "SDN"),
    ("en", "Canada resettled 300 Syrians in Ontario last month.", "AID", "075", "CAN", "SYR"),
    ("en", "Mexico afforded political asylum to Bolivia's former president on Monday.",
     "AID", "075", "MEX", "BOL"),
    ("en", "Costa Rica gave refuge to 200 Nicaraguans on Monday.", "AID", "075", "CRI", "NIC"),
    ("fr", "Le Tchad a hébergé cette semaine 12 000 Soudanais fuyant les combats.",
     "AID", "075", "TCD", "SDN"),
    ("fr", "La Colombie a recueilli lundi 400 Vénézuéliens à la frontière.",
     "AID", "075", "COL", "VEN"),
    ("fr", "Le Mexique a donné asile à l'ancien président bolivien.", "AID", "075", "MEX", "BOL"),
    ("fr", "Le Costa Rica a offert refuge à 200 Nicaraguayens.", "AID", "075", "CRI", ""),
]
NON_EVENTS += [
    ("en", "Italian police took in three Tunisians for questioning on Monday."),
    ("en", "Rebels took 30 Nigerians hostage on Friday."),
    ("en", "The tourists took in the sights of Rome."),
    ("fr", "La police italienne a recueilli les témoignages de trois Tunisiens."),
    ("fr", "Le musée abrite des tableaux espagnols."),
]

# Diplomatic relations established, restored, normalised or raised to a partnership are
# support (SUPPORT 054): the nouns of their restoration carried by a support verb ("announced
# the restoration of diplomatic relations", « l'établissement de relations diplomatiques »),
# ties raised or lifted to a level (« hissé leurs relations au rang de »), « établir des
# relations diplomatiques ». A question raised about relations, rates raised, a coach's
# relationship, a link investigators establish and clubs' contacts resumed are none.
CASES += [
    ("en", "Oman and Qatar announced the restoration of diplomatic relations on Tuesday.",
     "SUPPORT", "054", "OMN", ""),
    ("en", "Paraguay announced the normalisation of relations with Cuba on Monday.",
     "SUPPORT", "054", "PRY", ""),
    ("en", "Kenya and Tanzania raised their relationship to a strategic partnership on Monday.",
     "SUPPORT", "054", "KEN", ""),
    ("en", "Fiji lifted its ties with India to a new level on Monday.",
     "SUPPORT", "054", "FJI", "IND"),
    ("fr", "Le Paraguay a établi lundi des relations diplomatiques avec Cuba.",
     "SUPPORT", "054", "PRY", "CUB"),
    ("fr", "Le Maroc et l'Iran ont annoncé lundi le rétablissement de leurs relations "
     "diplomatiques.", "SUPPORT", "054", "MAR", ""),
    ("fr", "Le Guatemala a annoncé l'établissement de relations diplomatiques avec la Chine.",
     "SUPPORT", "054", "GTM", "CHN"),
    ("fr", "Le Kenya et la Tanzanie ont hissé leurs relations au rang de partenariat "
     "stratégique.", "SUPPORT", "050", "KEN", ""),
]
NON_EVENTS += [
    ("en", "The minister raised the question of relations with India."),
    ("en", "Kenya's central bank raised interest rates to 13 percent."),
    ("en", "The coach's relationship with his players improved."),
    ("fr", "La police a établi un lien entre les deux incendies."),
    ("fr", "Les enquêteurs ont noué des contacts avec des témoins."),
    ("fr", "Le Chili a annoncé la reprise des contacts entre ses deux clubs."),
]

# A field hospital, a mobile clinic or a treatment centre set up or opened in another country
# (« un hôpital de campagne », « une clinique mobile », « un centre de traitement ») is
# humanitarian aid (073), aimed at the country where it stands; one set up at home, by a
# charity of the country or by its state, a hospital that is no field hospital and a club's
# training centre code nothing.
CASES += [
    ("en", "Qatar set up a field hospital in Hatay, in southern Turkey, on Friday.",
     "AID", "073", "QAT", "TUR"),
    ("en", "Doctors Without Borders opened a cholera treatment centre in Blantyre, Malawi, on "
     "Monday.", "AID", "073", "NGO", "MWI"),
    ("fr", "Le Qatar a ouvert un hôpital de campagne à Hatay, dans le sud de la Turquie.",
     "AID", "073", "QAT", "TUR"),
    ("fr", "Médecins sans frontières a installé une clinique mobile à Blantyre, au Malawi.",
     "AID", "073", "NGO", "MWI"),
]
NON_EVENTS += [
    ("en", "Turkey set up a field hospital in Hatay after the earthquake."),
    ("en", "A Turkish charity set up a field hospital in Hatay on Friday."),
    ("en", "Kenya opened a new referral hospital in Nairobi on Monday."),
    ("en", "The Irish rugby team set up a training centre in Lyon for the World Cup."),
    ("fr", "La Turquie a installé un hôpital de campagne à Hatay après le séisme."),
    ("fr", "Une ONG turque a ouvert un hôpital de campagne à Hatay."),
    ("fr", "Le Kenya a ouvert un nouvel hôpital à Nairobi."),
    ("fr", "Le club a ouvert un centre d'entraînement à Lyon."),
]

(coded, test_reach_classes_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)
