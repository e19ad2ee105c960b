"""``vigie timeline``: events by week or month and quad class, each event once however many
articles report it, as a table, a CSV file and a self-contained HTML page."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from events_store import build
from lxml import html

from vigie.cli import main
from vigie.query import EventFilter
from vigie.store import ingest
from vigie.timeline import COLUMNS, timeline

# Written for the project: a meeting (quad 1) and a shelling (quad 4) in February, a veto
# (quad 3) in May 2022 named by the same article.
ARTICLES = [
    {"id": "visit", "lang": "fr", "published": "2024-02-09",
     "text": "Le président Emmanuel Macron a rencontré jeudi le chancelier allemand Olaf Scholz "
             "à Berlin."},
    {"id": "strike", "lang": "en", "published": "2024-02-23",
     "text": "Russian forces shelled Kharkiv on Wednesday, the Ukrainian army said."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("timeline") / "events.duckdb"
    build(path)
    return path


def test_each_event_counts_once_by_month_with_empty_months(db: Path) -> None:
    periods = timeline(db, "month")
    # The accusation is reported by AFP and Reuters (and reprinted): one event in May 2024.
    # The undated threat has no place on the line.
    assert [(p.label, p.counts) for p in periods][:2] == [
        ("2023-09", (0, 0, 1, 0)), ("2023-10", (0, 0, 0, 0))]
    assert (periods[-1].label, periods[-1].counts, periods[-1].start) == (
        "2024-05", (0, 0, 1, 0), "2024-05-01")
    assert len(periods) == 9 and sum(p.total for p in periods) == 2
    assert [p.label for p in timeline(db, "month", EventFilter(event_type="ACCUSE"))] == [
        "2024-05"]


def test_weeks_are_iso_weeks(db: Path) -> None:
    periods = timeline(db, "week", EventFilter(event_type="ACCUSE"))
    assert [(p.label, p.start, p.total) for p in periods] == [("2024-W19", "2024-05-06", 1)]


def test_command_prints_writes_csv_and_html(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES),
                      encoding="utf-8")
    db = tmp_path / "store.duckdb"
    ingest([str(source)], db, workers=1)
    table, page = tmp_path / "weeks.csv", tmp_path / "weeks.html"
    assert main(["timeline", "--db", str(db), "--by", "week", "--csv", str(table),
                 "--html", str(page)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "2 events by week and quad class"
    with table.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["period"], r["quad1"], r["quad4"]) for r in rows] == [
        ("2024-W06", "1", "0"), ("2024-W07", "0", "0"), ("2024-W08", "0", "1")]
    document = html.fromstring(page.read_text(encoding="utf-8"))
    # Self-contained: no script, no stylesheet or image fetched from anywhere.
    assert not document.xpath("//script | //link | //img | //*[@src]")
    assert len(document.xpath("//*[local-name()='rect']")) == 2
    assert main(["timeline", "--db", str(db), "--by", "week", "--actor", "Russia"]) == 0
    assert "1 events by week" in capsys.readouterr().out
    assert main(["timeline", "--db", str(db), "--by", "week", "--type", "FIGHT"]) == 1
    assert "[E040]" in capsys.readouterr().err


def test_outputs_are_named_when_they_fail_and_stdout_carries_one_of_them(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no such folder" / "weeks.csv"
    assert main(["timeline", "--db", str(db), "--by", "month", "--csv", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"vigie: {missing}: ") and err.endswith("[E015]\n")
    assert main(["timeline", "--db", str(db), "--by", "month", "--csv", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == ",".join(COLUMNS)
    assert "events by month and quad class" in err
