"""Precision of the event coder, in both languages: classes of expression on which the coder
invented an event, or coded another type than the act's, in three or more development sets.
Each class is coded on sentences written for these tests, and its other senses (a deal of
business approved, …) code nothing."""

from __future__ import annotations

from coding import class_tests

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = []
NON_EVENTS: list[tuple[str, str]] = []

# A truce or a deal approved or endorsed by a party to it is agreed to (AGREE 030), its other
# party, named with "with", the target; the French entry « approuver un accord » already coded
# it so, and English coded the generic endorsement (SUPPORT). Another's plan endorsed stays
# support (see test_events_reach_aid); a deal of business approved is no event.
CASES += [
    ("en", "The Colombian senate approved the peace accord with the FARC on Wednesday.",
     "AGREE", "030", "COL", ""),
    ("en", "Thailand's cabinet endorsed the border truce with Cambodia.",
     "AGREE", "030", "THA", "KHM"),
    ("fr", "Le gouvernement thaïlandais a approuvé la trêve frontalière avec le Cambodge.",
     "AGREE", "030", "THA", "KHM"),
]
NON_EVENTS += [
    ("en", "The board approved the deal with the Japanese carmaker."),
    ("en", "Shareholders endorsed the merger agreement on Friday."),
    ("fr", "Les actionnaires ont approuvé l'accord de fusion avec le constructeur japonais."),
]

# A people named by its demonym that defies a ban, a curfew or a lockdown is a crowd taking to
# the street (PROTEST 140), as protesters, students or workers who do so already were; the
# gold of every set codes such defiance as the protest, never as a refusal (REJECT). A state
# that defies a ruling still refuses; a people's deeds keep their codes; braving the weather
# is no event.
CASES += [
    ("en", "Hundreds of Bolivians defied a curfew in La Paz on Friday.",
     "PROTEST", "140", "BOL", ""),
    ("fr", "Des centaines de Togolais ont bravé samedi l'interdiction de manifester à Lomé.",
     "PROTEST", "140", "TGO", ""),
    ("en", "Venezuela defied the court's ruling on Monday.", "REJECT", "128", "VEN", ""),
]
NON_EVENTS += [
    ("en", "Crowds of Bolivians braved the rain to cheer the national team in La Paz."),
    ("fr", "Les jeunes Sénégalais ont bravé le froid pour assister au concert à Dakar."),
]


(coded, test_precision_classes_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)
