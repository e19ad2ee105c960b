"""Dates analysts can sort: every event carries ``date`` (a calendar day, the start of its
interval), ``date_end``, ``date_value`` (ISO-TimeML) and ``date_precision``, from the record
to the store, the exports and the Parquet partitions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import jsonschema
import pandas
import pytest

import vigie
from vigie.cli import main
from vigie.dates import calendar_precision, calendar_span
from vigie.export import export
from vigie.model import Event
from vigie.output import output_schema
from vigie.store import ingest

# Written for the project: one event dated to a week, one to a month, one to a year, one to a
# day. The year is the one before publication: an act dated long before, beside one dated now,
# is the story's history and is not coded (vigie.events.coder.frame.dated_long_before).
ENGLISH = ("China condemned North Korea last week for its missile tests. In May 2022, China and "
           "Russia vetoed new sanctions against Pyongyang. On Friday, the United States accused "
           "Pyongyang of violating the resolutions.")
FRENCH = ("En 2022, le Conseil de sécurité a imposé des sanctions à la Corée du Nord. "
          "Vendredi, les États-Unis ont accusé Pyongyang de violer les résolutions.")


@pytest.mark.parametrize(("value", "first", "last", "precision"), [
    ("2023-03-10", date(2023, 3, 10), date(2023, 3, 10), "day"),
    ("2023-W09", date(2023, 2, 27), date(2023, 3, 5), "week"),
    # ISO week 1 holds the year's first Thursday: 2021-W01 starts in 2021, 2020-W53 ends in it.
    ("2021-W01", date(2021, 1, 4), date(2021, 1, 10), "week"),
    ("2020-W53", date(2020, 12, 28), date(2021, 1, 3), "week"),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
    ("2022-05", date(2022, 5, 1), date(2022, 5, 31), "month"),
    ("2006", date(2006, 1, 1), date(2006, 12, 31), "year"),
])
def test_calendar_values_span_their_days(value: str, first: date, last: date,
                                         precision: str) -> None:
    assert calendar_span(value) == (first, last)
    assert calendar_precision(value) == precision


@pytest.mark.parametrize("value", [None, "", "198X", "2023-Q1", "2023-SU", "2021-W53",
                                   "2023-02-30", "PRESENT_REF"])
def test_other_values_span_no_days(value: str | None) -> None:
    assert calendar_span(value) is None
    assert calendar_precision(value) is None


def _events(text: str, lang: str) -> list[Event]:
    return [r for r in vigie.extract(text, lang=lang, published="2023-03-10")
            if isinstance(r, Event)]


def test_events_carry_a_day_its_end_and_the_value() -> None:
    dated = {(e.event, e.date_value): (e.date, e.date_end, e.date_precision)
             for e in _events(ENGLISH, "en")}
    assert dated == {
        ("ACCUSE", "2023-W09"): ("2023-02-27", "2023-03-05", "week"),
        ("REJECT", "2022-05"): ("2022-05-01", "2022-05-31", "month"),
        ("ACCUSE", "2023-03-10"): ("2023-03-10", "2023-03-10", "day"),
    }
    sanction, accusation = _events(FRENCH, "fr")
    assert (sanction.date, sanction.date_end, sanction.date_value, sanction.date_precision) == (
        "2022-01-01", "2022-12-31", "2022", "year")
    assert accusation.date == accusation.date_value == "2023-03-10"
    for event in (*_events(ENGLISH, "en"), sanction, accusation):
        jsonschema.validate(event.to_dict(), output_schema())


def test_the_date_column_parses_as_dates_in_pandas() -> None:
    frame = pandas.DataFrame([e.to_dict() for e in (*_events(ENGLISH, "en"),
                                                    *_events(FRENCH, "fr"))])
    days = pandas.to_datetime(frame["date"], format="%Y-%m-%d")
    ends = pandas.to_datetime(frame["date_end"], format="%Y-%m-%d")
    assert (days <= ends).all()
    assert sorted(frame["date_precision"]) == ["day", "day", "month", "week", "year"]


def test_store_and_parquet_partitions_by_month(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "fr.txt").write_text(FRENCH, encoding="utf-8")
    db = tmp_path / "store.duckdb"
    ingest([str(folder)], db, published=date(2023, 3, 10), workers=1)
    with duckdb.connect(str(db), read_only=True) as connection:
        rows = connection.execute(
            "SELECT date, date_end, date_value, date_precision, year_month FROM event_codes "
            "ORDER BY date, date_value").fetchall()
        (kind,) = connection.execute(
            "SELECT data_type FROM information_schema.columns WHERE table_name = 'events' "
            "AND column_name = 'date'").fetchone() or ("",)
    assert kind == "DATE"
    assert [(str(d), str(e), v, p, m) for d, e, v, p, m in rows] == [
        ("2022-01-01", "2022-12-31", "2022", "year", "2022-01"),
        ("2022-05-01", "2022-05-31", "2022-05", "month", "2022-05"),
        ("2023-02-27", "2023-03-05", "2023-W09", "week", "2023-02"),
        ("2023-03-10", "2023-03-10", "2023-03-10", "day", "2023-03"),
        ("2023-03-10", "2023-03-10", "2023-03-10", "day", "2023-03"),
    ]
    out = tmp_path / "parquet"
    export(db, "parquet", out)
    partitions = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert partitions == ["year_month=2022-01", "year_month=2022-05", "year_month=2023-02",
                          "year_month=2023-03"]


def test_a_store_of_the_earlier_layout_is_refused_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "old.duckdb"
    with duckdb.connect(str(db)) as connection:
        # What earlier versions wrote: the date as text, at its precision.
        connection.execute("CREATE TABLE events (id VARCHAR, date VARCHAR)")
        connection.execute("INSERT INTO events VALUES ('e1', '2023-W09')")
    assert main(["query", "--db", str(db)]) == 1
    assert capsys.readouterr().err == (
        f"vigie: {db}: a store written by an older Vigie (events.date is not a DATE): ingest "
        "into a new store file [E014]\n")
    assert main(["ingest", str(tmp_path / "none.txt"), "--db", str(db)]) == 1
    assert "[E014]" in capsys.readouterr().err
