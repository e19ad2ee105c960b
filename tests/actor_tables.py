"""Shared by the actor and place tests: the package's data tables as rows, and mentions
located in a sentence ("Kim#2" is the second "Kim")."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from importlib import resources
from pathlib import Path

from vigie.actors import resolve_actors
from vigie.analysis import Analysis
from vigie.model import Actor, Article
from vigie.nlp import pipeline_for


def data_rows(name: str) -> list[dict[str, str]]:
    """Rows of ``vigie/actors/data/<name>.tsv``, each checked to have every column."""
    source = resources.files("vigie.actors").joinpath("data", f"{name}.tsv")
    with source.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    found = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in found:
        assert None not in row and None not in row.values(), (name, row)
    return found


def find_mention(sentence: str, mention: str) -> tuple[int, int]:
    """Character offsets of ``mention`` in ``sentence``; "text#n" is its n-th occurrence."""
    text, _, nth = mention.partition("#")
    start = -1
    for _ in range(int(nth or 1)):
        start = sentence.index(text, start + 1)
    return start, start + len(text)


def resolved_sentences(lang: str, dated: Iterable[tuple[str, str]]
                       ) -> dict[tuple[str, str], list[Actor]]:
    """The actors of each (publication date, sentence), parsed in one batch."""
    keys = sorted(set(dated))
    found = {}
    for key, doc in zip(keys, pipeline_for(lang).pipe(k[1] for k in keys), strict=True):
        article = Article(id="t", text=key[1], lang=lang, published=date.fromisoformat(key[0]))
        analysis = Analysis(article=article, doc=doc, lang=lang)
        resolve_actors(analysis)
        found[key] = analysis.actors
    return found


def mention_cases(table: Path) -> list[dict[str, str]]:
    """One case per expected mention of a mention table (columns lang, published, sentence,
    expected, and any others), each a row with ``mention`` and ``expected`` of its own."""
    with table.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    cases = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        for item in row["expected"].split(" ; "):
            mention, expected = (part.strip() for part in item.split("=>"))
            cases.append({**row, "mention": mention, "expected": expected})
    return cases


def failed_cases(cases: list[dict[str, str]]) -> list[dict[str, str]]:
    """The cases whose mention does not resolve as expected ("absent": no actor covers it; "-":
    one unresolved actor; else the codes of the actors covering it, "+" between them)."""
    failed = []
    for lang in sorted({c["lang"] for c in cases}):
        mine = [c for c in cases if c["lang"] == lang]
        found = resolved_sentences(lang, [(c["published"], c["sentence"]) for c in mine])
        for case in mine:
            start, end = find_mention(case["sentence"], case["mention"])
            codes = [a.code for a in found[(case["published"], case["sentence"])]
                     if a.start <= start and end <= a.end]
            expected = case["expected"]
            if expected == "absent":
                passed = codes == []
            elif expected == "-":
                passed = codes == [None]
            else:
                passed = "+".join(map(str, codes)) == expected
            if not passed:
                failed.append({**case, "found": "+".join(map(str, codes)) or "absent"})
    return failed
