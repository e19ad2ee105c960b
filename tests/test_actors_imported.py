"""The tables imported from the PETRARCH2/Phoenix dictionaries: a fresh run of the converter
writes the committed bytes, the tables are well-formed and never contradict the project's own,
and the resolver codes their people by the dates of office (tests/data/actor_mentions_imported.tsv,
sentences written for these tests)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from actor_tables import data_rows, failed_cases, mention_cases

from vigie.actors.gazetteer import IMPORTED, fold, project_name_entries

ROOT = Path(__file__).resolve().parent.parent
PHOENIX = ROOT.parent / "shared" / "data" / "petrarch2"
TABLE = Path(__file__).parent / "data" / "actor_mentions_imported.tsv"
TABLES = ("people", "organisations", "armed_groups", "countries", "agents", "discards")


def test_a_fresh_import_writes_the_committed_tables(tmp_path: Path) -> None:
    if not PHOENIX.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{PHOENIX} is missing")
        pytest.skip(f"the Phoenix dictionaries are not at {PHOENIX}")
    subprocess.run([sys.executable, str(ROOT / "tools" / "import_phoenix.py"), str(PHOENIX),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    data = ROOT / "src" / "vigie" / "actors" / "data"
    for name in TABLES:
        fresh = (tmp_path / f"{IMPORTED}{name}.tsv").read_bytes()
        assert fresh == (data / f"{IMPORTED}{name}.tsv").read_bytes(), name


def test_imported_codes_follow_the_conventions() -> None:
    import pycountry
    iso = {c.alpha_3 for c in pycountry.countries}
    bodies = {r["code"] for t in ("organisations", f"{IMPORTED}organisations")
              for r in data_rows(t)}
    for row in data_rows(f"{IMPORTED}people"):
        assert row["country"] in iso | bodies, row
        assert date.fromisoformat(row["start"]) < date.fromisoformat(row["end"]), row
    for table in (f"{IMPORTED}organisations", f"{IMPORTED}armed_groups"):
        for row in data_rows(table):
            assert row["country"] in iso | {"IGO", "NGO", "UNO", "EUR", "IMG"}, row
            assert row["code"].startswith(row["sector"] if row["sector"] in ("IGO", "NGO")
                                          else row["country"] + row["sector"]), row
    assert all(r["country"] in iso for r in data_rows(f"{IMPORTED}countries"))


def test_imported_names_are_not_the_project_s() -> None:
    ours = {fold(alias) for alias, _ in project_name_entries()}
    for table, column in ((f"{IMPORTED}people", "names"), (f"{IMPORTED}organisations", "names"),
                          (f"{IMPORTED}armed_groups", "names"), (f"{IMPORTED}countries", "alias"),
                          (f"{IMPORTED}discards", "phrase")):
        for row in data_rows(table):
            assert not {fold(n) for n in row[column].split("|")} & ours, (table, row)


def test_imported_mentions() -> None:
    """At least 95% of the table's mentions resolve as written; the failures are listed."""
    cases = mention_cases(TABLE)
    people = [c for c in cases if c["expected"].endswith(("GOV", "ELI"))]
    assert len(people) >= 120 and len({c["expected"][:3] for c in people}) >= 30
    assert {c["lang"] for c in cases} == {"fr", "en"}
    failed = failed_cases(cases)
    assert len(failed) <= 0.05 * len(cases), failed


def load_importer():
    spec = importlib.util.spec_from_file_location("import_phoenix",
                                                  ROOT / "tools" / "import_phoenix.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("phrase", "forms"), [
    ("HEAD_OF_STATE", ["head of state", "heads of state"]),
    ("SECRETARY_OF_DEFENSE", ["secretary of defense", "secretaries of defense"]),
    ("CHAIRMAN", ["chairman", "chairmen"]),
    ("MILITIAMEN", ["militiamen"]),
    ("MONARCH", ["monarch", "monarchs"]),
    ("JUDICIAL_BRANCH", ["judicial branch", "judicial branches"]),
    ("HOUSE_OF_COMMONS", ["house of commons", "houses of commons"]),
    ("PROTESTERS", ["protesters"]),
])
def test_agent_plurals_fall_on_the_head(phrase: str, forms: list[str]) -> None:
    assert load_importer().expand_agent(phrase, None, {}) == forms
