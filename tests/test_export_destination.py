"""``vigie export`` never loses a user's file: folders it did not write are refused, files are
replaced only whole, and ``--out -`` is standard output."""

from __future__ import annotations

from pathlib import Path

import pytest
from events_store import build

import vigie.export
from vigie.cli import main
from vigie.destination import MARKER
from vigie.errors import OutputError
from vigie.export import export


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("destination") / "events.duckdb"
    build(path)
    return path


def _user_folder(root: Path) -> Path:
    """A folder as an analyst keeps it: notes, a spreadsheet, a subfolder of sources."""
    folder = root / "project"
    (folder / "sources").mkdir(parents=True)
    (folder / "notes.md").write_text("# Korea dyad\nto check: May sanctions\n", encoding="utf-8")
    (folder / "coding.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (folder / "sources" / "a.txt").write_text("Washington a accusé Pyongyang.", encoding="utf-8")
    return folder


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_parquet_refuses_a_folder_it_did_not_write(db: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = _user_folder(tmp_path)
    before = _snapshot(folder)
    assert main(["export", "--db", str(db), "--format", "parquet", "--out", str(folder)]) == 1
    captured = capsys.readouterr()
    assert captured.err == (f"vigie: {folder}: folder holds files Vigie did not write; name a "
                            "new or empty folder [E022]\n")
    assert captured.out == ""
    assert _snapshot(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project"]


def test_parquet_writes_into_a_new_or_empty_folder_and_marks_it(db: Path,
                                                                 tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    new = tmp_path / "deeper" / "new"
    for out in (empty, new):
        assert export(db, "parquet", out) == 4
        assert (out / MARKER).is_file()
        assert len(list(out.rglob("*.parquet"))) == 3
    # Only the two exports are there: no temporary folder left beside them.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deeper", "empty"]


def test_parquet_replaces_its_own_earlier_export_but_nothing_added_to_it(
        db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events"
    export(db, "parquet", out)
    assert export(db, "parquet", out) == 4
    (out / "my_notes.txt").write_text("mine", encoding="utf-8")
    # A file of the user's inside an exported folder makes it theirs too: no silent removal.
    (out / MARKER).unlink()
    with pytest.raises(OutputError, match=r"\[E022\]"):
        export(db, "parquet", out)
    assert (out / "my_notes.txt").read_text(encoding="utf-8") == "mine"


def test_parquet_refuses_a_file_and_standard_output(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "events.parquet"
    target.write_text("an analyst's file", encoding="utf-8")
    with pytest.raises(OutputError, match=r"is a file; this format writes a folder \[E021\]"):
        export(db, "parquet", target)
    assert target.read_text(encoding="utf-8") == "an analyst's file"
    with pytest.raises(OutputError, match=r"\[E023\]"):
        export(db, "parquet", "-")


@pytest.mark.parametrize("output_format", ["plover-jsonl", "polecat-tsv"])
def test_file_formats_refuse_a_folder(db: Path, tmp_path: Path, output_format: str,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder = _user_folder(tmp_path)
    before = _snapshot(folder)
    monkeypatch.chdir(folder)
    assert main(["export", "--db", str(db), "--format", output_format, "--out", "."]) == 1
    assert capsys.readouterr().err == (
        "vigie: .: is a folder; this format writes a file (name a file, or - for standard "
        "output) [E020]\n")
    assert _snapshot(folder) == before


def test_a_failed_export_leaves_the_old_file_whole(db: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "events.jsonl"
    export(db, "plover-jsonl", out)
    before = out.read_bytes()
    written = []

    def fail_on_third(row: dict) -> dict:
        written.append(row["id"])
        if len(written) == 3:
            raise OSError(28, "No space left on device")
        return {"id": row["id"]}

    monkeypatch.setattr(vigie.export, "plover_record", fail_on_third)
    with pytest.raises(OSError, match="No space left"):
        export(db, "plover-jsonl", out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl"]


def test_a_failed_parquet_export_leaves_the_old_folder_whole(
        db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "events"
    export(db, "parquet", out)
    before = _snapshot(out)
    monkeypatch.setattr(vigie.export, "_EVENTS_SQL", "SELECT no_such_column FROM events")
    assert main(["export", "--db", str(db), "--format", "parquet", "--out", str(out)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("vigie: ") and "no_such_column" in line
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events"]


@pytest.mark.parametrize("output_format", ["plover-jsonl", "polecat-tsv"])
def test_dash_is_standard_output(db: Path, tmp_path: Path, output_format: str,
                                 monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    file_out = tmp_path / "events.out"
    export(db, output_format, file_out)
    assert main(["export", "--db", str(db), "--format", output_format, "--out", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.out == file_out.read_text(encoding="utf-8")
    assert captured.err == f"4 events exported to - ({output_format})\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.out"]
