"""The store the server tests serve: the samples, and the same two events reported by one
French and one English article written here (one cluster each, across languages)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SAMPLES_PATH

from vigie.store import ingest

PUBLISHED = "2024-03-13"
PAIRED = [
    {"id": "pair-fr", "lang": "fr", "published": PUBLISHED, "source": "Le Quotidien",
     "text": "La Russie a condamné lundi les frappes ukrainiennes sur Belgorod.\n\n"
             "Le Japon a promis mardi une aide humanitaire à la Turquie."},
    {"id": "pair-en", "lang": "en", "published": PUBLISHED, "source": "The Daily",
     "text": "Russia condemned the Ukrainian strikes on Belgorod on Monday.\n\n"
             "Japan pledged humanitarian aid to Turkey on Tuesday."},
]


def jsonl(articles: list[dict[str, str]]) -> bytes:
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles).encode("utf-8")


def build(folder: Path) -> Path:
    """Ingest the samples and the paired articles into a new store in ``folder``."""
    (folder / "paired.jsonl").write_bytes(jsonl(PAIRED))
    db = folder / "served.duckdb"
    ingest([str(SAMPLES_PATH), str(folder / "paired.jsonl")], db, workers=1, progress=False)
    return db
