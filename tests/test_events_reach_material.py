"""Lexicon reach for material conflict and its easing, continued (after
test_events_reach_coerce.py and test_events_reach_protest.py): classes of expression that
recur over three or more development sets and that no entry reached, in both languages: a
leader resigning told with an idiom ("bowed out", « a rendu son tablier », beside « a jeté
l'éponge »), heads of government of every title (a chancellor, a premier, a king) counting as
leaders.
Each class is checked on sentences written for these tests, and on the other senses of the
same words (a tennis player bowing out of a tournament, a chef handing back his apron), on
which nothing fires."""

from __future__ import annotations

import pytest
from coding import assert_coded_as, extract_bilingual

from vigie.model import Event

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = [
    # A leader resigning, told with an idiom.
    ("en", "Peru's prime minister bowed out on Tuesday after weeks of pressure.",
     "RETREAT", "08", "PER", ""),
    ("en", "The Bolivian president bowed out of the race for a second term on Monday.",
     "RETREAT", "08", "BOL", ""),
    ("en", "The German chancellor bowed out on Monday after losing a confidence vote.",
     "RETREAT", "08", "DEU", ""),
    ("fr", "Le Premier ministre roumain a rendu son tablier lundi soir.",
     "RETREAT", "08", "ROU", ""),
    ("fr", "Le chancelier autrichien a rendu son tablier samedi soir.",
     "RETREAT", "08", "AUT", ""),
]

# (language, sentence) on which nothing may be coded.
NON_EVENTS: list[tuple[str, str]] = [
    # Sport and the kitchen.
    ("en", "Serena Williams bowed out of the US Open on Friday."),
    ("en", "Nigeria bowed out of the World Cup after a 2-0 defeat."),
    ("fr", "Le chef cuisinier a rendu son tablier après vingt ans au restaurant."),
    ("fr", "Le sélectionneur des Bleus a rendu son tablier après la défaite."),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[Event]]:
    return extract_bilingual(CASES, NON_EVENTS, PUBLISHED)


@pytest.mark.parametrize(("lang", "sentence", "kind", "cameo", "source", "target"), CASES)
def test_reach_classes_code_their_cameo_codes(coded: dict[str, list[Event]], lang: str,
                                              sentence: str, kind: str, cameo: str,
                                              source: str, target: str) -> None:
    assert_coded_as(coded[sentence], kind, cameo, source, target)


@pytest.mark.parametrize(("lang", "sentence"), NON_EVENTS)
def test_other_senses_of_the_same_words_code_nothing(coded: dict[str, list[Event]], lang: str,
                                                     sentence: str) -> None:
    assert coded[sentence] == []
