"""Shared by the actor and place tests: the package's data tables as rows, and mentions
located in a sentence ("Kim#2" is the second "Kim")."""

from __future__ import annotations

import csv
from importlib import resources


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
