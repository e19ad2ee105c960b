"""Shared by the actor and place tests: the package's data tables as rows, and mentions
located in a sentence ("Kim#2" is the second "Kim")."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from importlib import resources

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
