"""Targets named around the object rather than by it, in both languages, on sentences
written for these tests: the exact (type, source country, target country) triples of the
factual events, so that a wrong or an extra target fails as surely as a missing one."""

from __future__ import annotations

import pytest
from coding import counted, extract_events, triples

PUBLISHED = "2024-03-15"

# (language, sentence, every expected triple of the factual events; "" = no target).
CASES: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    # What is refused or judged was wanted, drafted or staged by someone: the "par"/"by"
    # phrase of a bare past participle on it names whose it is, also where the parser labels
    # it a plain oblique.
    ("fr", "Le Japon a écarté mardi toute concession territoriale souhaitée par Pékin.",
     {("REJECT", "JPN", "CHN")}),
    ("fr", "Le Canada a dénoncé le scrutin organisé par Moscou dans les territoires occupés.",
     {("ACCUSE", "CAN", "RUS")}),
    ("en", "Japan dismissed on Tuesday the territorial concession sought by Beijing.",
     {("REJECT", "JPN", "CHN")}),
    # (trap: "par" saying how, not who, names no one; nor does a participle with its own
    # auxiliary, whose "par" phrase is of another clause)
    ("fr", "Le Japon a rejeté l'offre transmise par courrier électronique.",
     {("REJECT", "JPN", "")}),
    ("en", "Japan rejected the offer sent by email.", {("REJECT", "JPN", "")}),
    # A measure lifted or eased is aimed at whom it had been imposed on.
    ("fr", "L'Union européenne a levé mardi les restrictions commerciales imposées au "
           "Venezuela.", {("CONCEDE", "EUR", "VEN")}),
    ("en", "The European Union on Tuesday lifted trade restrictions imposed on Venezuela.",
     {("CONCEDE", "EUR", "VEN")}),
    # (trap: a condemnation of a measure judges whoever imposed it, not whom it hits)
    ("fr", "Le Canada a dénoncé les sanctions imposées à l'Iran.", {("ACCUSE", "CAN", "")}),
    ("en", "Canada condemned the sanctions imposed on Iran.", {("ACCUSE", "CAN", "")}),
    ("en", "Canada condemned the sanctions imposed on Iran by the United States.",
     {("ACCUSE", "CAN", "USA"), ("SANCTION", "USA", "IRN")}),
]


@pytest.fixture(scope="module")
def coded() -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    found = {}
    for lang in ("en", "fr"):
        cases = [(text,) for case_lang, text, _ in CASES if case_lang == lang]
        for text, events in extract_events(cases, lang, PUBLISHED).items():
            found[lang, text] = set().union(*(triples(e) for e in counted(events)))
    return found


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_target_triples(coded: dict[tuple[str, str], set[tuple[str, str, str]]], lang: str,
                        text: str, expected: set[tuple[str, str, str]]) -> None:
    assert coded[lang, text] == expected
