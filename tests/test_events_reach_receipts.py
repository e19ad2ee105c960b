"""Money and goods passing between states, in both languages, classes seen missed in three or
more development sets: help told from the side that receives it (a state that receives, takes
delivery of or obtains arms, funds, relief goods or a donation from another is aided by it: AID,
the supplier the source and the receiver the target, as the development sets' gold codes a
delivery), and money paid out, disbursed or injected (AID 071); and the other senses of the same
verbs (a guest received, a letter or congratulations received, an airline's delivery from a
factory, a club's donation from a sponsor, an insurer's payout, a complaint lodged), on which no
aid and no visit is coded."""

from __future__ import annotations

from coding import class_tests

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = []
NON_EVENTS: list[tuple[str, str]] = []

# Received, obtained, taken delivery of: the supplier in the "from" / « de » phrase, on the verb
# or hung by the parser on the object ("doses of vaccine from UNICEF").
CASES += [
    ("en", "Poland took delivery of 24 howitzers from South Korea on Monday.",
     "AID", "070", "KOR", "POL"),
    ("en", "Lebanon's army received a fresh donation of flour from Qatar.",
     "AID", "070", "QAT", "LBN"),
    ("en", "Mali received two combat drones from Turkey on Thursday.",
     "AID", "072", "TUR", "MLI"),
    ("fr", "La Guinée a réceptionné de la Chine 100 000 doses de vaccin.",
     "AID", "070", "CHN", "GIN"),
    ("fr", "Le Sénégal a reçu des vaccins de l'Unicef mercredi.", "AID", "070", "UNO", "SEN"),
    ("fr", "Le Burundi a obtenu du FMI un prêt de 200 millions de dollars.",
     "AID", "071", "IGO", "BDI"),
]
NON_EVENTS += [
    ("en", "The airline took delivery of its first Airbus A350 from Toulouse."),
    ("en", "Arsenal received a donation from its sponsor."),
    ("en", "Cameroon received a letter from Nigeria."),
    ("fr", "Le club marseillais a reçu un chèque de son sponsor."),
    ("fr", "Le Niger a reçu de la Turquie une lettre de protestation."),
    ("fr", "Le Tchad a reçu des félicitations du Niger."),
]

# Money paid out, disbursed, lent, transferred or injected into a state's coffers or bank.
CASES += [
    ("en", "The World Bank paid out a first tranche of $400 million to Ghana on Friday.",
     "AID", "071", "IGO", "GHA"),
    ("en", "Kuwait injected $2 billion into Jordan's central bank.", "AID", "071", "KWT", "JOR"),
    ("fr", "La Banque mondiale a décaissé 400 millions de dollars en faveur du Ghana.",
     "AID", "071", "IGO", "GHA"),
    ("fr", "Le Koweït a injecté deux milliards de dollars dans la banque centrale jordanienne.",
     "AID", "071", "KWT", "JOR"),
    ("fr", "La Chine a prêté un milliard de dollars au Laos.", "AID", "071", "CHN", "LAO"),
]
NON_EVENTS += [
    ("en", "The insurer paid out $2 million to the victims' families."),
    ("en", "The club paid out $40 million to Benfica for the striker."),
    ("fr", "L'opposant a déposé une plainte auprès de la Cour suprême."),
    ("fr", "Le milliardaire a déposé 3 millions d'euros auprès de sa banque suisse."),
]

(coded, test_reach_classes_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)
