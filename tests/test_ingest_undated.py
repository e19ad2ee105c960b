"""``vigie ingest`` says, at the end, how many of the articles it added have no publication
date: their relative dates ("mardi", "last week") cannot be resolved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigie.cli import main


def test_the_summary_counts_articles_without_a_publication_date(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    # A folder as it comes: a JSONL dump with dates, a plain text file without one.
    (folder / "wire.jsonl").write_text(json.dumps({
        "id": "w1", "lang": "en", "published": "2024-03-08",
        "text": "The United States condemned North Korea on Thursday for its missile tests."})
        + "\n", encoding="utf-8")
    (folder / "note.txt").write_text(
        "La Chine a condamné mardi les essais de missiles de la Corée du Nord.",
        encoding="utf-8")
    db = tmp_path / "store.duckdb"
    assert main(["ingest", str(folder), "--db", str(db), "--workers", "1"]) == 0
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    assert summary.startswith("2 articles added")
    assert summary.endswith("; 1 of the added without a publication date")
    # Given a date for the inputs that state none, nothing is undated.
    again = tmp_path / "again.duckdb"
    assert main(["ingest", str(folder), "--db", str(again), "--workers", "1",
                 "--published", "2024-03-08"]) == 0
    assert capsys.readouterr().out.strip().endswith("; 0 of the added without a publication date")
