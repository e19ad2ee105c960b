"""The Parquet lake: the same rows as the DuckDB store, read by the same commands, loaded into
a store, and rebuilt after a kill with only what was missing."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import duckdb
import pyarrow.compute
import pyarrow.dataset
import pytest
from lake_checks import lake_files, lake_rows, store_rows, write_as_older, write_corpus

from vigie.cli import main
from vigie.config import DEFAULT_SETTINGS
from vigie.lake import MANIFEST, MARKER, PARTITION, Lake, load_lake
from vigie.store import ingest
from vigie.store.schema import COLUMNS

SETTINGS = replace(DEFAULT_SETTINGS, batch_size=3)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, samples_path: Path) -> Path:
    return write_corpus(tmp_path_factory, samples_path, 12)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    db = tmp_path_factory.mktemp("store") / "store.duckdb"
    ingest([str(corpus)], db, SETTINGS, workers=1)
    return db


@pytest.fixture(scope="module")
def lake(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    folder = tmp_path_factory.mktemp("lake") / "lake"
    ingest([str(corpus)], folder, SETTINGS, workers=1, lake=True)
    return folder


def test_the_lake_holds_the_rows_of_the_store(store: Path, lake: Path) -> None:
    expected = store_rows(store)
    assert lake_rows(lake) == expected
    # The corpus exercises what the comparison is about: a copy linked, a broken line kept.
    doc_id, kind = (COLUMNS["article_sources"].index(c) for c in ("doc_id", "match"))
    sources = {row[doc_id]: row[kind] for row in expected["article_sources"]}
    assert sources["copy-0000"] == "exact"
    status = COLUMNS["articles"].index("status")
    assert any(row[status] == "error" for row in expected["articles"])
    assert all(expected[table] for table in COLUMNS)


def test_tables_are_partitioned_by_publication_month_with_the_store_types(
        store: Path, lake: Path) -> None:
    for table in COLUMNS:
        months = sorted(p.name for p in (lake / table).iterdir())
        assert months, table
        assert all(m.startswith(f"{PARTITION}=") for m in months)
    months = {p.name.split("=")[1] for p in (lake / "articles").iterdir()}
    # The articles of the corpus were published in 2024; the unreadable line has no date.
    assert {"2024-01", "2024-02", "unknown"} <= months
    articles = pyarrow.dataset.dataset(lake / "articles", format="parquet",
                                       partitioning="hive").to_table()
    assert str(articles.schema.field("published").type) == "date32[day]"
    dated = articles.filter(pyarrow.compute.is_valid(articles["published"]))
    for published, month in zip(dated["published"].to_pylist(),
                                dated[PARTITION].to_pylist(), strict=True):
        assert published.strftime("%Y-%m") == month
    with Lake(lake) as opened, duckdb.connect(str(store), read_only=True) as db:
        for table in COLUMNS:
            described = [row[:2] for row in db.execute(f"DESCRIBE {table}").fetchall()]
            assert [row[:2] for row in opened.connection.execute(
                f"DESCRIBE {table}").fetchall()] == described


def _cli(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_query_stats_timeline_and_export_read_a_lake_as_they_read_a_store(
        store: Path, lake: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["stats"], ["query", "--format", "jsonl"],
                    ["query", "--actor", "SDN", "--format", "csv"],
                    ["timeline", "--by", "month"]):
        on_store = _cli(*command, "--db", str(store), capsys=capsys)
        on_lake = _cli(*command, "--lake", str(lake), capsys=capsys)
        assert on_store[0] == 0
        assert on_lake == on_store, command
        assert on_store[1].strip()
    for fmt in ("polecat-tsv", "plover-jsonl", "gdelt-csv"):
        assert _cli("export", "--db", str(store), "--format", fmt, "--out",
                    str(tmp_path / f"store.{fmt}"), capsys=capsys)[0] == 0
        assert _cli("export", "--lake", str(lake), "--format", fmt, "--out",
                    str(tmp_path / f"lake.{fmt}"), capsys=capsys)[0] == 0
        assert ((tmp_path / f"lake.{fmt}").read_bytes()
                == (tmp_path / f"store.{fmt}").read_bytes())


def test_a_folder_that_is_no_lake_is_one_line(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    code, out, err = _cli("stats", "--lake", str(tmp_path), capsys=capsys)
    assert (code, out) == (1, "")
    assert err == (f"vigie: {tmp_path}: not a Vigie store (a folder without a Vigie lake's "
                   f"{MARKER}) [E013]\n")
    code, _out, err = _cli("query", "--lake", str(tmp_path / "none"), capsys=capsys)
    assert code == 1
    assert err == f"vigie: {tmp_path / 'none'}: no such file or directory [E008]\n"
    # Ingest refuses to write into a folder of someone else's files, and leaves it alone.
    code, _out, err = _cli("ingest", str(tmp_path / "notes.txt"), "--lake", str(tmp_path),
                           capsys=capsys)
    assert code == 1
    assert err == (f"vigie: {tmp_path}: folder holds files Vigie did not write; name a new "
                   "or empty folder [E022]\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_lake_load_gives_the_store_and_loading_again_adds_nothing(
        store: Path, lake: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "loaded.duckdb"
    code, out, _err = _cli("lake", "load", str(lake), "--db", str(db), capsys=capsys)
    assert code == 0
    expected = store_rows(store)
    assert out.startswith(f"loaded {lake} into {db}: {len(expected['articles'])} articles, ")
    assert store_rows(db) == expected
    assert load_lake(lake, db) == dict.fromkeys(COLUMNS, 0)
    assert store_rows(db) == expected


def _manifest_lines(lake: Path) -> list[str]:
    return (lake / MANIFEST).read_text(encoding="utf-8").splitlines()


def test_a_run_killed_part_way_is_finished_by_the_same_command(
        corpus: Path, lake: Path, tmp_path: Path) -> None:
    """What a kill leaves: finished shards, the files of the shard being written without its
    manifest line, a torn line. The same command run again writes only the missing shards and
    ends with the lake of a run that was never interrupted, file for file."""
    complete = lake_files(lake)
    killed = tmp_path / "killed"
    killed.mkdir()
    for name, content in complete.items():
        (killed / name).parent.mkdir(parents=True, exist_ok=True)
        (killed / name).write_bytes(content)
    lines = _manifest_lines(lake)
    assert len(lines) >= 4
    kept = lines[:2]
    (killed / MANIFEST).write_text("\n".join(kept) + "\n" + lines[2][:40], encoding="utf-8")
    finished = [f for line in kept for f in json.loads(line)["files"]]
    # Mark the finished shards' files, to see that the re-run leaves them alone.
    for name in finished:
        os.utime(killed / name, (1_000_000_000, 1_000_000_000))
    # A half-written file of the shard under way: removed and written again.
    unfinished = json.loads(lines[2])["files"][0]
    (killed / unfinished).write_bytes(b"PAR1 half")

    ingest([str(corpus)], killed, SETTINGS, workers=1, lake=True)
    assert lake_files(killed) == complete
    assert all((killed / name).stat().st_mtime == 1_000_000_000 for name in finished)
    # And once complete, the same command again writes nothing.
    ingest([str(corpus)], killed, SETTINGS, workers=1, lake=True)
    assert lake_files(killed) == complete


def test_a_lake_s_older_shards_give_each_event_the_codes_of_its_actors(
        store: Path, lake: Path, tmp_path: Path) -> None:
    older = tmp_path / "older"
    shutil.copytree(lake, older)
    # Rewrite the events' files as an earlier version wrote them: without the codes kept with
    # each event (shards of a newer version keep them; a lake may hold both).
    rewritten = sorted((older / "events").rglob("*.parquet"))[1:]
    assert rewritten
    write_as_older(rewritten, ("actor_codes", "recipient_codes"))
    assert lake_rows(older)["events"] == store_rows(store)["events"]
