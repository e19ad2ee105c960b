"""Lexicon reach for material conflict and its easing, in both languages: the classes of
expression wire news uses for an arrest, a sanction or a retreat that recur over the
development sets and that no entry reached (arrests told with a colloquial verb, "picked
up", « cueilli », « placé aux arrêts », « placé sous mandat de dépôt »). Each class is
checked on sentences written for these tests, and on the other senses of the same words
(the economy picking up, a driver picking someone up, fruit picked), on which nothing
fires."""

from __future__ import annotations

import pytest
from coding import assert_coded, extract_events

from vigie.model import Event

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
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[Event]]:
    found: dict[str, list[Event]] = {}
    for lang in ("en", "fr"):
        sentences = [(c[1],) for c in CASES if c[0] == lang]
        sentences += [(s,) for language, s in NON_EVENTS if language == lang]
        found.update(extract_events(sentences, lang, PUBLISHED))
    return found


@pytest.mark.parametrize(("lang", "sentence", "kind", "cameo", "source", "target"), CASES)
def test_reach_classes_code_their_cameo_codes(coded: dict[str, list[Event]], lang: str,
                                              sentence: str, kind: str, cameo: str,
                                              source: str, target: str) -> None:
    events = coded[sentence]
    assert_coded(events, kind, source, target)
    assert cameo in {e.cameo for e in events}


@pytest.mark.parametrize(("lang", "sentence"), NON_EVENTS)
def test_other_senses_of_the_same_words_code_nothing(coded: dict[str, list[Event]], lang: str,
                                                     sentence: str) -> None:
    assert coded[sentence] == []
