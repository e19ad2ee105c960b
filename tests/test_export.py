"""``vigie export``: each format written, then loaded back with DuckDB."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import jsonschema
import pandas
import pytest
from events_store import build

from vigie.cli import main
from vigie.destination import MARKER
from vigie.export import EXTRA_KEYS, POLECAT_COLUMNS, export
from vigie.output import output_schema


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "events.duckdb"
    build(path)
    return path


def test_plover_jsonl_follows_the_output_contract(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert export(db, "plover-jsonl", out) == 4
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    # Each exported event is an output-contract record (what ``vigie extract`` prints) with
    # the article's URL and source and the event's cluster added.
    for record in records:
        assert list(record)[-3:] == list(EXTRA_KEYS)
        jsonschema.validate({k: v for k, v in record.items() if k not in EXTRA_KEYS},
                            output_schema())
    first = records[0]
    assert (first["event"], first["date_value"], first["actor"][0]["code"]) == (
        "MOBILIZE", "2023-09", "PRKMIL")
    accusations = [r for r in records if r["event"] == "ACCUSE"]
    assert len({r["cluster_id"] for r in accusations}) == 1
    loaded = duckdb.sql(f"SELECT event, count(*) FROM read_json('{out}') GROUP BY ALL "
                        "ORDER BY ALL").fetchall()
    assert loaded == [("ACCUSE", 2), ("MOBILIZE", 1), ("THREATEN", 1)]


def test_polecat_tsv_loads_with_its_header(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    assert export(db, "polecat-tsv", out) == 4
    relation = duckdb.read_csv(str(out), delimiter="\t", header=True, all_varchar=True)
    assert relation.columns == [header for header, _key in POLECAT_COLUMNS]
    rows = relation.filter("\"Event Type\" = 'THREATEN'").fetchall()
    (row,) = rows
    named = dict(zip(relation.columns, row, strict=True))
    assert (named["Actor Country"], named["Recipient Code"], named["Story ID"],
            named["Source"], named["Event Date"]) == ("PRK", "USAGOV", "b", "Reuters", None)


def test_parquet_is_partitioned_by_event_month(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    assert export(db, "parquet", out) == 4
    assert sorted(p.name for p in out.iterdir()) == [
        MARKER, "year_month=2023-09", "year_month=2024-05", "year_month=unknown"]
    rows = duckdb.sql(
        f"SELECT year_month, event, actor_codes, doc_id FROM read_parquet('{out}/**/*.parquet', "
        "hive_partitioning = true) ORDER BY year_month, doc_id").fetchall()
    assert rows == [
        ("2023-09", "MOBILIZE", ["PRKMIL"], "a"), ("2024-05", "ACCUSE", ["USAGOV"], "a"),
        ("2024-05", "ACCUSE", ["USAGOV"], "b"), ("unknown", "THREATEN", ["PRKGOV"], "b")]
    # Exporting again replaces the folder rather than mixing two states of the store.
    assert export(db, "parquet", out) == 4
    assert len(list(out.rglob("*.parquet"))) == 3


def test_export_command(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "e.tsv"
    assert main(["export", "--db", str(db), "--format", "polecat-tsv", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"4 events exported to {out} (polecat-tsv)\n"
    missing = tmp_path / "none.duckdb"
    assert main(["export", "--db", str(missing), "--format", "parquet", "--out",
                 str(tmp_path / "p")]) == 1
    assert capsys.readouterr().err == f"vigie: {missing}: no such file or directory [E008]\n"


def test_exports_load_in_pandas(db: Path, tmp_path: Path) -> None:
    """What an analyst does next: read the exports into pandas data frames."""
    jsonl, tsv, parquet = tmp_path / "e.jsonl", tmp_path / "e.tsv", tmp_path / "p"
    for fmt, out in (("plover-jsonl", jsonl), ("polecat-tsv", tsv), ("parquet", parquet)):
        export(db, fmt, out)
    records = pandas.read_json(jsonl, lines=True)
    assert sorted(records["event"]) == ["ACCUSE", "ACCUSE", "MOBILIZE", "THREATEN"]
    table = pandas.read_csv(tsv, sep="\t", dtype=str)
    assert list(table.columns) == [header for header, _key in POLECAT_COLUMNS]
    frame = duckdb.sql(f"SELECT * FROM read_parquet('{parquet}/**/*.parquet', "
                       "hive_partitioning = true)").df()
    assert sorted(frame["event"]) == ["ACCUSE", "ACCUSE", "MOBILIZE", "THREATEN"]
