"""Intelligence shared between states, in both languages, a class seen missed in three or more
development sets: intelligence or information sharing (« le partage, l'échange de
renseignements ») resumed, restored or launched, and a sharing pact restored, renewed or
extended, are the sides' cooperation (COOPERATE 064; restoring, « rétablir », carries a nominal
event as resuming does); sharing suspended, an exchange of players and order restored are none."""

from __future__ import annotations

from coding import class_tests

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = [
    ("en", "Ottawa resumed intelligence sharing with New Delhi on Thursday.",
     "COOPERATE", "064", "CAN", "IND"),
    ("en", "Greece restored a military intelligence-sharing pact with Cyprus on Monday.",
     "COOPERATE", "064", "GRC", "CYP"),
    ("en", "Chile renewed its information sharing agreement with Peru.",
     "COOPERATE", "064", "CHL", "PER"),
    ("fr", "Ottawa a rétabli jeudi le partage de renseignements avec New Delhi.",
     "COOPERATE", "064", "CAN", "IND"),
    ("fr", "Le Sénégal et la Gambie ont lancé un échange d'informations sur les passeurs.",
     "COOPERATE", "064", "SEN", ""),
]
NON_EVENTS: list[tuple[str, str]] = [
    ("en", "The two clubs renewed their player-exchange agreement."),
    ("en", "Police restored order in Accra."),
    ("fr", "Les deux clubs ont lancé un échange de joueurs."),
    ("fr", "La police a rétabli l'ordre à Dakar."),
]

(coded, test_reach_classes_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)
