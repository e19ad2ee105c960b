"""The CAMEO code table: PLOVER type, mode, contexts, Goldstein weight and quad class per code."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    plover: str
    mode: str | None
    context: tuple[str, ...]
    goldstein: float
    label: str

    @property
    def quad_class(self) -> int:
        """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict,
        following the CAMEO root (01-05, 06-08, 09-13, 14-20)."""
        root = int(self.code[:2])
        if root <= 5:
            return 1
        if root <= 8:
            return 2
        if root <= 13:
            return 3
        return 4


@cache
def cameo_table() -> dict[str, CameoCode]:
    text = resources.files("vigie.events").joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                          delimiter="\t")
    return {
        row["cameo"]: CameoCode(
            code=row["cameo"],
            plover=row["plover"],
            mode=row["mode"] or None,
            context=tuple(c for c in row["context"].split(";") if c),
            goldstein=float(row["goldstein"]),
            label=row["label"],
        )
        for row in rows
    }


@cache
def _intent_rows() -> tuple[dict[str, str], ...]:
    text = resources.files("vigie.events").joinpath("data/intent.tsv").read_text(encoding="utf-8")
    return tuple(csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                                delimiter="\t"))


@cache
def intent_codes() -> dict[str, str]:
    """PLOVER type of an announced act -> CAMEO code of the announcement (promise or threat)."""
    return {row["plover"]: row["cameo"] for row in _intent_rows()}


@cache
def refusal_codes() -> dict[str, str]:
    """PLOVER type of an act announced as not to be done -> CAMEO code of the refusal, for the
    types whose refusal is one (cooperation; harm not done is no refusal)."""
    return {row["plover"]: row["refused"] for row in _intent_rows() if row["refused"]}


def lookup_cameo(code: str) -> CameoCode:
    """The entry for ``code``, or for its nearest listed parent (1122 -> 112 -> 11)."""
    table = cameo_table()
    for length in range(len(code), 1, -1):
        entry = table.get(code[:length])
        if entry is not None:
            return entry if length == len(code) else CameoCode(
                code, entry.plover, entry.mode, entry.context, entry.goldstein, entry.label)
    raise KeyError(f"unknown CAMEO code {code!r}")
