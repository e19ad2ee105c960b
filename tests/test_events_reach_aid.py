"""Reach of the lexicon for AID, SUPPORT and CONCEDE, in both languages: classes of expression
seen missed in three or more development sets, each coded on sentences written for these
tests, and the other senses of the same words (a coach's solidarity with his players, an
insurer's assurances), on which nothing is coded."""

from __future__ import annotations

import pytest
from coding import assert_coded, extract_events

from vigie.model import Event

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
