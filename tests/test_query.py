"""Event clusters across articles and ``vigie query``: filters, date overlap, output formats."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from events_store import PRK, analysis, build, event

from vigie.cli import main
from vigie.model import Article
from vigie.query import EventFilter, query_events, write_events
from vigie.store import Store
from vigie.store.rows import add_analysis, empty_rows


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "events.duckdb"
    build(path)
    return path


def test_the_same_event_in_two_articles_and_a_reprint_is_one_cluster(db: Path) -> None:
    with Store(db, read_only=True) as store:
        rows = store.connection.execute(
            "SELECT event, actor_codes, recipient_codes, date_value, records, mentions, texts, "
            "articles, doc_ids, sources FROM event_clusters ORDER BY event").fetchall()
    assert rows == [
        ("ACCUSE", ["USAGOV"], ["PRKGOV"], "2024-05-07", 2, 2, 2, 3, ["a", "b", "c"],
         ["AFP", "Le Soir", "Reuters"]),
        ("MOBILIZE", ["PRKMIL"], [], "2023-09", 1, 1, 1, 2, ["a", "c"], ["AFP", "Le Soir"]),
        # Undated: never merged with anything, a cluster of its own.
        ("THREATEN", ["PRKGOV"], ["USAGOV"], None, 1, 1, 1, 1, ["b"], ["Reuters"]),
    ]


def test_date_spans_of_weeks_months_years_and_bad_dates(tmp_path: Path) -> None:
    dates = ["2023-W37", "2024-02", "2024", "2024-Q1", "2023-02-30", "2024-03-05"]
    events = [event("w", "MOBILIZE", "150", (PRK,), (), when, None, 10 * n,
                    "L'armée a tiré un missile.") for n, when in enumerate(dates)]
    article = Article(id="w", text="L'armée a tiré un missile.", lang="fr")
    rows = empty_rows()
    add_analysis(rows, "k", analysis(article, events))
    with Store(tmp_path / "w.duckdb") as store:
        store.insert(rows)
        spans = store.connection.execute(
            "SELECT date_value, strftime(date, '%Y-%m-%d'), strftime(date_end, '%Y-%m-%d'), "
            "year_month FROM event_codes ORDER BY start").fetchall()
    assert spans == [
        # ISO week 37 of 2023: Monday 11 to Sunday 17 September.
        ("2023-W37", "2023-09-11", "2023-09-17", "2023-09"),
        ("2024-02", "2024-02-01", "2024-02-29", "2024-02"),
        # The partition is the month of the first day, whatever the precision.
        ("2024", "2024-01-01", "2024-12-31", "2024-01"),
        # Not a calendar value (a quarter), not a day of the calendar: no days rather than an
        # error.
        ("2024-Q1", None, None, "unknown"),
        ("2023-02-30", None, None, "unknown"),
        ("2024-03-05", "2024-03-05", "2024-03-05", "2024-03"),
    ]


def ids(where: EventFilter, db: Path) -> list[tuple[str, str]]:
    return [(e["doc_id"], e["event"]) for e in query_events(db, where)]


def test_actor_and_recipient_match_codes_prefixes_and_countries(db: Path) -> None:
    assert ids(EventFilter(actor="PRK"), db) == [("a", "MOBILIZE"), ("b", "THREATEN")]
    assert ids(EventFilter(actor="prkmil"), db) == [("a", "MOBILIZE")]
    assert ids(EventFilter(recipient="PRK", event_type="accuse"), db) == [
        ("a", "ACCUSE"), ("b", "ACCUSE")]
    assert ids(EventFilter(actor="USA", recipient="USA"), db) == []


def test_dates_overlap_at_the_events_precision_and_text_filter(db: Path) -> None:
    # Dated 2023-09: it may fall on any day of September.
    assert ids(EventFilter(since=date(2023, 9, 30), until=date(2023, 10, 30)), db) == [
        ("a", "MOBILIZE")]
    assert ids(EventFilter(since=date(2023, 10, 1), until=date(2024, 1, 1)), db) == []
    assert ids(EventFilter(since=date(2024, 5, 7)), db) == [("a", "ACCUSE"), ("b", "ACCUSE")]
    assert ids(EventFilter(text="RÉSOLUTIONS"), db) == [("b", "ACCUSE")]


def test_output_formats(db: Path) -> None:
    events = query_events(db, EventFilter(event_type="ACCUSE"))
    out = io.StringIO()
    write_events(events, "jsonl", out)
    first = json.loads(out.getvalue().splitlines()[0])
    assert (first["actor_codes"], first["url"], first["source"]) == (
        ["USAGOV"], "https://afp.example/a", "AFP")
    out = io.StringIO()
    write_events(events, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["doc_id"], r["recipient_codes"], r["negated"]) for r in rows] == [
        ("a", "PRKGOV", "false"), ("b", "PRKGOV", "false")]
    out = io.StringIO()
    write_events(events, "table", out)
    assert out.getvalue().splitlines()[:2] == [
        "2 events",
        "  date_value  event   cameo  actor_codes  recipient_codes  flags  doc_id  event_text"]


def test_query_and_stats_commands(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--db", str(db), "--actor", "PRK", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["event"] for line in lines] == ["MOBILIZE", "THREATEN"]
    assert main(["query", "--db", str(db), "--since", "2024-13-01"]) == 2
    assert "is not a date" in capsys.readouterr().err
    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "  ACCUSE    2        1\n" in out
    assert "  2024-05-07  2        1\n" in out
    assert "  event_clusters   3\n" in out
