"""Talks and offers in French as English words them, classes seen missed in three or more
development sets: « des discussions » held, opened or led by two sides are their meeting
(CONSULT 040, as "talks" and "discussions" are in English, where a light verb carries them),
not a parliament's reading of a bill or a budget, nor talks that a side « n'a pas exclu de »
resume (what is excluded or not is not done, as what is refused); a side that « s'est dit
disposé à » act offers it (AGREE 030, as « prêt à »; the French model reads « disposé » as the
verb « disposer »), or threatens it if the act is harm, while a side that « dispose de »
something offers nothing."""

from __future__ import annotations

from coding import class_tests

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = [
    ("fr", "Des délégations marocaine et algérienne ont entamé jeudi à Genève des discussions "
     "sur la frontière.", "CONSULT", "040", "MAR", ""),
    ("fr", "Le ministre indien est arrivé à Pékin pour deux jours de discussions avec son "
     "homologue chinois.", "CONSULT", "040", "IND", "CHN"),
    ("fr", "Le Bénin s'est déclaré disposé à envoyer mille policiers en Haïti.",
     "AGREE", "030", "BEN", "HTI"),
    ("fr", "Le Mali s'est dit disposé à reprendre le dialogue avec les rebelles touareg.",
     "AGREE", "030", "MLI", ""),
    ("fr", "Le Mali s'est dit disposé à frapper les bases rebelles en Algérie.",
     "THREATEN", "138", "MLI", "DZA"),
]
NON_EVENTS: list[tuple[str, str]] = [
    ("fr", "L'Assemblée nationale a entamé la discussion du projet de loi sur l'immigration."),
    ("fr", "Le Sénat sénégalais a repris mardi la discussion du budget."),
    ("fr", "Le Caire n'a pas exclu de reprendre les discussions avec Addis-Abeba sur le barrage."),
    ("fr", "Le Mali dispose de nouveaux drones turcs."),
]

(coded, test_reach_classes_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)
