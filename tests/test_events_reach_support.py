"""The reach of SUPPORT in both languages, on sentences written for these tests: each class of
expression with an act and a trap (another sense, a negation, a doer of no state) on which no
factual event of the class may be coded."""

from __future__ import annotations

import pytest
from coding import assert_coded, extract_events

from vigie.model import Event

PUBLISHED = "2024-03-15"

# (sentence, PLOVER type, source country, target country ("" = any or none));
# type None: no event asserting that something happened.
EN_CASES: list[tuple[str, str | None, str, str]] = [
    # a side that comes out, speaks out or comes down in favour, in support or in defence of
    # someone or their plan endorses it (SUPPORT); not a footballer, nor a side that did not
    ("Italy came out in favour of Tunisia's bid to host the summit on Monday.",
     "SUPPORT", "ITA", "TUN"),
    ("Poland came out strongly in support of Ukraine's membership bid.", "SUPPORT", "POL", "UKR"),
    ("The Czech president spoke out in defence of Slovakia on Friday.", "SUPPORT", "CZE", "SVK"),
    ("The striker came out in favour of the club's new coach.", None, "", ""),
    ("Portugal did not come out in favour of Brazil's candidacy.", None, "", ""),
]

FR_CASES: list[tuple[str, str | None, str, str]] = [
    # « se prononcer, se déclarer en faveur de »: SUPPORT; not a wish for lower rates, nor a
    # side that did not
    ("Le gouvernement belge s'est prononcé jeudi en faveur de la candidature de la Moldavie.",
     "SUPPORT", "BEL", "MDA"),
    ("Le Sénégal s'est déclaré en faveur du plan de paix présenté par le Ghana.",
     "SUPPORT", "SEN", "GHA"),
    ("L'Italie s'est prononcée en faveur d'une baisse des taux d'intérêt.", None, "", ""),
    ("Le Portugal ne s'est pas prononcé en faveur de la candidature du Brésil.", None, "", ""),
]


@pytest.fixture(scope="module")
def coded_en() -> dict[str, list[Event]]:
    return extract_events(EN_CASES, "en", PUBLISHED)


@pytest.fixture(scope="module")
def coded_fr() -> dict[str, list[Event]]:
    return extract_events(FR_CASES, "fr", PUBLISHED)


@pytest.mark.parametrize(("text", "kind", "source", "target"), EN_CASES,
                         ids=[c[0][:50] for c in EN_CASES])
def test_english(coded_en: dict[str, list[Event]], text: str, kind: str | None, source: str,
                 target: str) -> None:
    assert_coded(coded_en[text], kind, source, target)


@pytest.mark.parametrize(("text", "kind", "source", "target"), FR_CASES,
                         ids=[c[0][:50] for c in FR_CASES])
def test_french(coded_fr: dict[str, list[Event]], text: str, kind: str | None, source: str,
                target: str) -> None:
    assert_coded(coded_fr[text], kind, source, target)
