"""``vigie export``: each format written, checked column by column against the format's
documentation, then loaded back with DuckDB and pandas as an analyst would."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import duckdb
import pandas
import pytest
from events_store import build

import vigie
from vigie.cli import main
from vigie.destination import MARKER
from vigie.export import export
from vigie.store import ingest

# The 40 columns of the POLECAT weekly files, in their order (POLECAT codebook and file
# headers, Harvard Dataverse).
POLECAT_DOCUMENTED = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
    "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
    "Story Organizations", "Story Locations", "Language", "Version",
]
# PLOVER manual, chapter "JSON Data Fields": the event record, the actor object and the
# citation object (field names as the manual spells them).
PLOVER_FIELDS = {"id", "has_event", "date", "time", "enddate", "endtime", "source",
                 "recipient", "event", "event_loc", "event_text", "quad_code", "event_scale",
                 "mode", "context", "link", "text", "text_info", "cite_info", "coder",
                 "coded_date", "coded_time", "comment"}
PLOVER_ACTOR_FIELDS = {"code", "sector", "actor_text", "identifer_id", "identifer_text",
                       "actor_loc", "religion", "ethnicity", "office", "gender", "age"}
PLOVER_CITE_FIELDS = {"corpus", "citation", "url", "title", "language", "publication",
                      "license", "copyright", "coder", "codebook", "version"}
# The 61 columns of a GDELT 2.0 event record, in order (GDELT 2.0 event codebook).
GDELT_DOCUMENTED = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
    "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code",
    "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
    "Actor1Geo_Fullname", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type",
    "Actor2Geo_Fullname", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type",
    "ActionGeo_Fullname", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "events.duckdb"
    build(path)
    return path


@pytest.fixture(scope="module")
def visit_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store from an article of our own whose meeting has a CAMEO code with a leading
    zero (04x)."""
    folder = tmp_path_factory.mktemp("visit")
    (folder / "visit.txt").write_text(
        "Le président Emmanuel Macron a rencontré jeudi le chancelier allemand Olaf Scholz à "
        "Berlin.", encoding="utf-8")
    path = folder / "visit.duckdb"
    ingest([str(folder / "visit.txt")], path, lang="fr", published=date(2024, 2, 9), workers=1)
    return path


def test_polecat_tsv_has_polecat_s_40_columns_then_vigie_s(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    assert export(db, "polecat-tsv", out) == 4
    table = pandas.read_csv(out, sep="\t", dtype=str, keep_default_na=False)
    assert list(table.columns)[:40] == POLECAT_DOCUMENTED
    assert "Quad Class" not in table.columns and "CAMEO Code" in table.columns[40:]
    threat = table[table["Event Type"] == "THREATEN"].iloc[0]
    assert (threat["Actor Country"], threat["Primary Actor Sector"], threat["Recipient Code"],
            threat["Story ID"], threat["Source"], threat["Event Date"], threat["Quad Code"]) == (
        "PRK", "GOV", "USAGOV", "b", "Reuters", "", "3")
    mobilize = table[table["Event Type"] == "MOBILIZE"].iloc[0]
    assert (mobilize["Event Date"], mobilize["Date End"], mobilize["Date Value"],
            mobilize["Actor Name Raw"], mobilize["Intensity"], mobilize["Version"]) == (
        "2023-09-01", "2023-09-30", "2023-09", "l'armée nord-coréenne", "",
        f"vigie {vigie.__version__}")


def test_plover_jsonl_has_the_manual_s_fields_and_shapes(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert export(db, "plover-jsonl", out) == 4
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for record in records:
        assert set(record) - {"vigie"} <= PLOVER_FIELDS
        for actor in record["source"] + record["recipient"]:
            assert set(actor) <= PLOVER_ACTOR_FIELDS
        assert set(record["cite_info"]) <= PLOVER_CITE_FIELDS
        assert isinstance(record["event"], list) and isinstance(record["event_text"], list)
        assert record["coder"] == f"vigie {vigie.__version__}"
    first = records[0]
    assert (first["event"], first["date"], first["enddate"], first["source"][0]["code"],
            first["source"][0]["sector"], first["vigie"]["date_value"]) == (
        ["MOBILIZE"], "2023-09-01", "2023-09-30", "PRK", "MIL", "2023-09")
    accusation = next(r for r in records if r["event"] == ["ACCUSE"])
    assert accusation["cite_info"] == {
        "url": "https://afp.example/a", "title": None, "language": "fr",
        "publication": "AFP", "coder": f"vigie {vigie.__version__}"}
    assert (accusation["quad_code"], accusation["vigie"]["cameo"]) == (3, "112")
    loaded = duckdb.sql(f"SELECT event[1] AS e, count(*) FROM read_json('{out}') GROUP BY ALL "
                        "ORDER BY ALL").fetchall()
    assert loaded == [("ACCUSE", 2), ("MOBILIZE", 1), ("THREATEN", 1)]


def test_gdelt_csv_has_the_codebook_s_columns_and_cluster_counts(db: Path,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert export(db, "gdelt-csv", out) == 4
    with out.open(encoding="utf-8", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    assert header == GDELT_DOCUMENTED
    named = [dict(zip(header, row, strict=True)) for row in rows]
    # The undated threat has no GDELT record; the accusation reported by AFP and Reuters and
    # reprinted by Le Soir is one event in three articles, in both of its records.
    assert [(r["Day"], r["Actor1Code"], r["Actor2Code"], r["EventCode"]) for r in named] == [
        ("20230901", "PRKMIL", "", "150"),
        ("20240507", "USAGOV", "PRKGOV", "112"), ("20240507", "USAGOV", "PRKGOV", "112")]
    accusation = named[1]
    assert (accusation["MonthYear"], accusation["Year"], accusation["EventBaseCode"],
            accusation["EventRootCode"], accusation["QuadClass"], accusation["NumMentions"],
            accusation["NumSources"], accusation["NumArticles"], accusation["DATEADDED"],
            accusation["SOURCEURL"], accusation["Actor1CountryCode"],
            accusation["Actor1Type1Code"]) == (
        "202405", "2024", "112", "11", "3", "2", "3", "3", "20240508000000",
        "https://afp.example/a", "USA", "GOV")
    assert accusation["FractionDate"] == "2024.3507"


def test_codes_stay_text(visit_db: Path, tmp_path: Path) -> None:
    gdelt, plover, parquet = tmp_path / "e.csv", tmp_path / "e.jsonl", tmp_path / "p"
    for fmt, out in (("gdelt-csv", gdelt), ("plover-jsonl", plover), ("parquet", parquet)):
        assert export(visit_db, fmt, out) == 1
    table = pandas.read_csv(gdelt, dtype={"EventCode": str, "EventBaseCode": str,
                                          "EventRootCode": str})
    assert table.loc[0, "EventCode"].startswith("04")
    assert table.loc[0, "EventRootCode"] == "04"
    records = pandas.read_json(plover, lines=True)
    assert records.loc[0, "vigie"]["cameo"].startswith("04")
    frame = pandas.read_parquet(parquet)
    assert frame.loc[0, "cameo"].startswith("04")


def test_parquet_is_partitioned_by_event_month_and_read_by_pandas(db: Path,
                                                                   tmp_path: Path) -> None:
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
    # pandas (through pyarrow) reads the folder itself, skipping Vigie's marker file.
    frame = pandas.read_parquet(out)
    assert sorted(frame["event"]) == ["ACCUSE", "ACCUSE", "MOBILIZE", "THREATEN"]
    assert str(frame["date"].dtype).startswith(("datetime64", "object"))
    # Exporting again replaces the folder rather than mixing two states of the store.
    assert export(db, "parquet", out) == 4
    assert len(list(out.rglob("*.parquet"))) == 3


def test_export_command(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "e.csv"
    assert main(["export", "--db", str(db), "--format", "gdelt-csv", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"4 events exported to {out} (gdelt-csv)\n"
    missing = tmp_path / "none.duckdb"
    assert main(["export", "--db", str(missing), "--format", "parquet", "--out",
                 str(tmp_path / "p")]) == 1
    assert capsys.readouterr().err == f"vigie: {missing}: no such file or directory [E008]\n"


def test_same_store_same_bytes(db: Path, tmp_path: Path) -> None:
    for fmt in ("plover-jsonl", "polecat-tsv", "gdelt-csv"):
        first, second = tmp_path / f"1.{fmt}", tmp_path / f"2.{fmt}"
        export(db, fmt, first)
        export(db, fmt, second)
        assert first.read_bytes() == second.read_bytes(), fmt
