"""One flat layout: ``extract --format tsv|csv``, ``query --format csv`` and ``vigie.to_frame``
give the same columns with the same values for the same events."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pandas
import pytest

import vigie
from vigie.cli import main
from vigie.flat import FLAT_COLUMNS
from vigie.query import STORE_COLUMNS
from vigie.store import ingest

# Written for the project: a meeting (CAMEO 04x, a code with a leading zero), a veto dated
# to a month (the year before publication: an act dated long before, beside one dated now, is
# history and is not coded), an attack dated to a week, a negated condemnation.
ARTICLES = [
    {"id": "fr-visit", "lang": "fr", "published": "2024-02-09",
     "text": "Le président Emmanuel Macron a rencontré jeudi le chancelier allemand Olaf Scholz "
             "à Berlin. En mai 2023, la Chine et la Russie ont opposé leur veto à de nouvelles "
             "sanctions contre la Corée du Nord."},
    {"id": "en-strike", "lang": "en", "published": "2024-02-09",
     "text": "Russian forces shelled Kharkiv last week, the Ukrainian army said. China did not "
             "condemn Russia."},
]


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("flat") / "news.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES),
                    encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    assert main(argv) == 0
    return capsys.readouterr().out


def _by_id(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in rows}


def test_extract_tsv_csv_and_query_csv_share_columns_and_values(
        source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tsv = _run(capsys, ["extract", str(source), "--format", "tsv"])
    from_tsv = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    from_csv = list(csv.DictReader(io.StringIO(_run(capsys, ["extract", str(source),
                                                             "--format", "csv"]))))
    assert tsv.splitlines()[0].split("\t") == list(FLAT_COLUMNS)
    assert from_csv == from_tsv
    assert {row["event"] for row in from_tsv} >= {"CONSULT", "REJECT", "ASSAULT", "ACCUSE"}

    db = tmp_path / "store.duckdb"
    ingest([str(source)], db, workers=1)
    queried = list(csv.DictReader(io.StringIO(_run(capsys, ["query", "--db", str(db),
                                                            "--format", "csv"]))))
    assert list(queried[0]) == [*FLAT_COLUMNS, *STORE_COLUMNS]
    # The same events with the same values, column for column; the store adds its own.
    flat_part = [{c: row[c] for c in FLAT_COLUMNS} for row in queried]
    assert _by_id(flat_part) == _by_id(from_tsv)


def test_to_frame_types_the_flat_layout() -> None:
    records = [r for article in ARTICLES
               for r in vigie.extract(article["text"], lang=article["lang"],
                                      published=article["published"])]
    frame = vigie.to_frame(records)
    assert list(frame.columns) == list(FLAT_COLUMNS)
    assert len(frame) == sum(r.kind == "event" for r in records)
    assert str(frame["date"].dtype).startswith("datetime64")
    assert frame["negated"].dtype == bool and frame["mentions"].dtype == "int64"
    visit = frame[frame["event"] == "CONSULT"].iloc[0]
    # A CAMEO code keeps its leading zero: text, never a number.
    assert visit["cameo"].startswith("04") and frame["cameo"].dtype == "string"
    veto = frame[frame["event"] == "REJECT"].iloc[0]
    assert (veto["date_value"], str(veto["date"].date()), veto["date_end"].day) == (
        "2023-05", "2023-05-01", 31)
    assert frame.loc[frame["negated"], "event"].tolist() == ["ACCUSE"]
    assert vigie.to_frame([]).columns.tolist() == list(FLAT_COLUMNS)


def test_the_frame_and_the_csv_read_back_alike(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "visit.txt"
    text.write_text(ARTICLES[0]["text"], encoding="utf-8")
    out = _run(capsys, ["extract", str(text), "--lang", "fr", "--published", "2024-02-09",
                        "--format", "csv"])
    table = pandas.read_csv(io.StringIO(out), dtype={"cameo": str})
    frame = vigie.to_frame(vigie.extract(ARTICLES[0]["text"], lang="fr",
                                         published="2024-02-09"))
    assert table["cameo"].tolist() == frame["cameo"].tolist()
    assert table["event"].tolist() == frame["event"].tolist()


def test_python_dash_m_vigie_and_typed_package() -> None:
    done = subprocess.run([sys.executable, "-m", "vigie", "--version"], capture_output=True,
                          text=True, check=False)
    assert (done.returncode, done.stdout) == (0, f"vigie {vigie.__version__}\n")
    assert resources.files("vigie").joinpath("py.typed").is_file()
