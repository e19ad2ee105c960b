"""Stores and outputs that cannot be used: one true line each, naming the file, exit code 1."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from events_store import build

from vigie.cli import main
from vigie.store import Store

VIGIE = str(Path(sys.executable).parent / "vigie")
LOCKED = ("the store is open in another Vigie process (or another DuckDB program): let it "
          "finish, or close it, and run the command again [E012]")


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "lang": "fr", "text": "Paris a condamné le tir."})
                    + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def events_db(tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    build(path)
    return path


@pytest.fixture()
def held(events_db: Path) -> Iterator[Path]:
    """The store, held open for writing by another process for the length of the test."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('open', flush=True); time.sleep(120)", str(events_db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        yield events_db
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("command", [["ingest", "FEED"], ["query"], ["stats"],
                                     ["export", "--format", "plover-jsonl", "--out", "OUT"]])
def test_a_store_open_in_another_process_is_named_and_said_to_be_locked(
    command: list[str], held: Path, feed: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = [a.replace("FEED", str(feed)).replace("OUT", str(tmp_path / "out.jsonl"))
            for a in command]
    code, _out, err = run(capsys, [*argv, "--db", str(held)])
    assert (code, err) == (1, f"vigie: {held}: {LOCKED}\n")


@pytest.mark.parametrize("command", [["ingest", "FEED"], ["query"], ["stats"],
                                     ["export", "--format", "plover-jsonl", "--out", "OUT"]])
def test_a_file_that_is_no_duckdb_database_is_no_store_and_is_left_alone(
    command: list[str], feed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    notes = tmp_path / "notes.duckdb"
    notes.write_text("Mes notes, pas une base.\n" * 50, encoding="utf-8")
    argv = [a.replace("FEED", str(feed)).replace("OUT", str(tmp_path / "out.jsonl"))
            for a in command]
    code, _out, err = run(capsys, [*argv, "--db", str(notes)])
    assert (code, err) == (1, f"vigie: {notes}: not a Vigie store (not a DuckDB database) "
                              "[E013]\n")
    assert notes.read_text(encoding="utf-8") == "Mes notes, pas une base.\n" * 50
    assert not (tmp_path / "out.jsonl").exists()


def test_another_programs_database_is_no_store_and_gets_no_tables(
    feed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as connection:
        connection.execute("CREATE TABLE prices (day DATE, price DOUBLE)")
    code, _out, err = run(capsys, ["ingest", str(feed), "--db", str(other)])
    assert (code, err) == (1, f"vigie: {other}: not a Vigie store (a DuckDB database without "
                              "Vigie's tables) [E013]\n")
    with duckdb.connect(str(other), read_only=True) as connection:
        assert connection.execute("SHOW TABLES").fetchall() == [("prices",)]
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    code, _out, err = run(capsys, ["query", "--db", str(empty)])
    assert (code, err) == (1, f"vigie: {empty}: not a Vigie store (no Vigie tables in it) "
                              "[E013]\n")


def test_a_store_of_an_older_schema_says_so_and_what_to_do(
    events_db: Path, feed: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    with duckdb.connect(str(events_db)) as connection:
        connection.execute("ALTER TABLE articles DROP COLUMN error_code")
    expected = (f"vigie: {events_db}: a store written by an older Vigie (table articles has no "
                "column error_code): ingest into a new store file [E014]\n")
    for argv in (["ingest", str(feed)], ["query"], ["stats"]):
        code, _out, err = run(capsys, [*argv, "--db", str(events_db)])
        assert (code, err) == (1, expected)


def test_permission_denied_is_said(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Even root may not create files in /sys: the one place the test can be denied.
    denied = Path("/sys/vigie-test.duckdb")
    if not Path("/sys").is_dir():
        pytest.skip("no /sys here (not Linux)")
    code, _out, err = run(capsys, ["ingest", str(feed), "--db", str(denied)])
    assert (code, err) == (1, f"vigie: {denied}: cannot be written: permission denied [E015]\n")


def test_a_full_disk_under_the_store_is_said_and_nothing_is_half_written(
    feed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "full.duckdb"
    full = duckdb.IOException(f'IO Error: Could not write file "{db}.wal": No space left on '
                              "device")

    def no_space(self: Store, table: str, rows: list[tuple[object, ...]]) -> None:
        raise full

    monkeypatch.setattr(Store, "_insert_columns", no_space)
    code, _out, err = run(capsys, ["ingest", str(feed), "--db", str(db)])
    assert (code, err) == (1, f"vigie: {db}: no space left on the device: free some and run "
                              "the same command again [E016]\n")
    monkeypatch.undo()
    with Store(db, read_only=True) as store:
        assert store.count("articles") == 0


def test_a_full_disk_under_standard_output_is_one_line(seed_path: Path) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([VIGIE, "extract", str(seed_path), "--lang", "fr"], stdout=full,
                              stderr=subprocess.PIPE, text=True, check=False)
    assert done.returncode == 1
    assert done.stderr == ("vigie: standard output: no space left on the device: free some and "
                           "run the same command again [E016]\n")


def test_export_names_the_output_when_the_output_is_the_problem(
    events_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "missing" / "events.jsonl"
    code, _out, err = run(capsys, ["export", "--db", str(events_db), "--format", "plover-jsonl",
                                   "--out", str(out)])
    assert (code, err) == (1, f"vigie: {out}: cannot be written: no such file or directory "
                              "[E015]\n")


def test_query_filters_take_percent_and_underscore_literally(
    events_db: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    code, everything, _err = run(capsys, ["query", "--db", str(events_db), "--format", "jsonl"])
    assert code == 0 and len(everything.splitlines()) == 4
    # A wildcard is no actor Vigie knows: refused, not a match for everything.
    for argv in (["--actor", "%"], ["--actor", "_SA"], ["--recipient", "%"]):
        code, out, err = run(capsys, ["query", "--db", str(events_db), "--format", "jsonl", *argv])
        assert (code, out, err[-7:]) == (1, "", "[E041]\n"), argv
    for argv in (["--text", "_"], ["--text", "%"]):
        code, out, err = run(capsys, ["query", "--db", str(events_db), "--format", "jsonl", *argv])
        assert (code, out, err) == (0, "", ""), argv
    code, out, _err = run(capsys, ["query", "--db", str(events_db), "--format", "jsonl",
                                   "--actor", "usa", "--text", "A ACCUSÉ"])
    assert code == 0 and {json.loads(line)["event"] for line in out.splitlines()} == {"ACCUSE"}


def test_usage_errors_exit_with_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, ["query"])
    assert code == 2 and "--db" in err
    code, _out, err = run(capsys, ["extract", "--format", "xml"])
    assert code == 2 and "invalid choice" in err
