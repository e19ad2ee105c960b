"""Actor resolution on sentences written for the purpose, French and English: one test per
expected mention, read from tests/data/actor_mentions.tsv."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from actor_tables import find_mention, resolved_sentences

from vigie.model import Actor

TABLE = Path(__file__).parent / "data" / "actor_mentions.tsv"


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _cases() -> list[tuple[str, str, str, str, str]]:
    cases = []
    for row in _rows():
        for item in row["expected"].split(" ; "):
            mention, expected = (part.strip() for part in item.split("=>"))
            cases.append((row["lang"], row["published"], row["sentence"], mention, expected))
    return cases


CASES = _cases()


@pytest.fixture(scope="module")
def analysed() -> dict[tuple[str, str, str], list[Actor]]:
    """Every sentence of the table parsed once, in one batch per language."""
    rows = {(r["lang"], r["published"], r["sentence"]) for r in _rows()}
    result = {}
    for lang in ("fr", "en"):
        found = resolved_sentences(lang, [(k[1], k[2]) for k in rows if k[0] == lang])
        result.update({(lang, *key): actors for key, actors in found.items()})
    return result


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 150
    assert {c[0] for c in CASES} == {"fr", "en"}


@pytest.mark.parametrize(("lang", "published", "sentence", "mention", "expected"), CASES,
                         ids=[f"{c[0]}:{c[3]}:{c[2][:30]}" for c in CASES])
def test_mention(analysed: dict[tuple[str, str, str], list[Actor]], lang: str, published: str,
                 sentence: str, mention: str, expected: str) -> None:
    start, end = find_mention(sentence, mention)
    actors = analysed[(lang, published, sentence)]
    covering = [a for a in actors if a.start <= start and end <= a.end]
    for actor in actors:
        assert sentence[actor.start:actor.end] == actor.text
    if expected == "absent":
        assert covering == []
    elif expected == "-":
        assert [a.code for a in covering] == [None]
    else:
        assert "+".join(str(a.code) for a in covering) == expected, covering
