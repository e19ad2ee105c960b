"""``vigie query`` answers: unknown types, modes and codes are errors listing the valid ones,
actors may be named in either language, ``--facts`` leaves out what did not happen, and the
table shows the flags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigie.cli import main
from vigie.filters import actor_selector, event_modes, event_types
from vigie.store import ingest

# Written for the project: a threat by a named office holder, a fact, a negated and two
# hypothetical events, in both languages.
ARTICLES = [
    {"id": "fr-1", "lang": "fr", "published": "2024-03-08",
     "text": "Kim Yo Jong a menacé mardi les États-Unis de représailles. Si Washington poursuit "
             "les manœuvres, Pyongyang pourrait attaquer la Corée du Sud."},
    {"id": "en-1", "lang": "en", "published": "2024-03-08",
     "text": "The United States condemned North Korea on Thursday for its missile tests. China "
             "did not condemn Pyongyang. The Security Council may impose sanctions on North "
             "Korea."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("filters")
    source = folder / "news.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES),
                      encoding="utf-8")
    path = folder / "store.duckdb"
    ingest([str(source)], path, workers=1)
    return path


def _query(db: Path, capsys: pytest.CaptureFixture[str], *options: str) -> list[tuple[str, ...]]:
    assert main(["query", "--db", str(db), "--format", "jsonl", *options]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return [(r["doc_id"], r["event"], ";".join(r["actor_codes"])) for r in rows]


@pytest.mark.parametrize(("option", "value", "expected"), [
    ("--type", "THREAT", "--type: unknown event type 'THREAT'; valid: ACCUSE, AGREE, AID, "
                         "ASSAULT, COERCE, CONCEDE, CONSULT, COOPERATE, MOBILIZE, PROTEST, "
                         "REJECT, REQUEST, RETREAT, SANCTION, SUPPORT, THREATEN [E040]"),
    ("--actor", "Narnia", "--actor: unknown actor 'Narnia': neither an actor code (PRK, PRKGOV, "
                          "IGOUNO) nor a name Vigie knows [E041]"),
    ("--recipient", "XYZGOV", "--recipient: unknown actor 'XYZGOV': neither an actor code (PRK, "
                              "PRKGOV, IGOUNO) nor a name Vigie knows [E041]"),
    ("--actor", "Congo", "--actor: 'Congo' may mean several countries (COG, COD); give a code "
                         "[E042]"),
])
def test_unknown_filters_fail_in_one_line(db: Path, capsys: pytest.CaptureFixture[str],
                                          option: str, value: str, expected: str) -> None:
    assert main(["query", "--db", str(db), option, value]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"vigie: {expected}\n")


def test_unknown_mode_and_cameo_code_list_the_valid_ones(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--db", str(db), "--mode", "vetoo"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("vigie: --mode: unknown mode 'vetoo'; valid: ")
    assert "veto, " in line and line.endswith("[E040]")
    assert main(["query", "--db", str(db), "--cameo", "99"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert "unknown CAMEO code '99'" in line and "13 threaten" in line


def test_vocabularies_are_the_coder_s() -> None:
    assert len(event_types()) == 16
    assert {"veto", "aerial", "arrest", "resign"} <= set(event_modes())


def test_actor_names_in_either_language_find_the_code(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    by_code = _query(db, capsys, "--recipient", "PRK")
    assert by_code == [("en-1", "ACCUSE", "USAGOV"), ("en-1", "ACCUSE", "CHNGOV"),
                       ("en-1", "SANCTION", "IGOUNO")]
    for name in ("North Korea", "Corée du Nord", "pyongyang", "RPDC", "prk"):
        assert _query(db, capsys, "--recipient", name) == by_code, name
    assert _query(db, capsys, "--actor", "ONU") == [("en-1", "SANCTION", "IGOUNO")]
    assert _query(db, capsys, "--actor", "Kim Yo Jong") == [("fr-1", "THREATEN", "PRKGOV")]
    assert actor_selector("Kim Yo Jong").names == ("Kim Yo Jong",)


def test_facts_leave_out_negated_and_hypothetical_events(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(_query(db, capsys)) == 5
    assert _query(db, capsys, "--facts") == [("fr-1", "THREATEN", "PRKGOV"),
                                             ("en-1", "ACCUSE", "USAGOV")]
    assert _query(db, capsys, "--facts", "--mode", "veto") == []
    assert _query(db, capsys, "--cameo", "11") == [("en-1", "ACCUSE", "USAGOV"),
                                                   ("en-1", "ACCUSE", "CHNGOV")]


def test_the_table_shows_the_flags(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--db", str(db)]) == 0
    header, *rows = capsys.readouterr().out.splitlines()[1:]
    assert header.split() == ["date_value", "event", "cameo", "actor_codes", "recipient_codes",
                              "flags", "doc_id", "event_text"]
    flagged = {(row.split()[1], row.split()[5]) for row in rows if "  negated  " in row
               or "  hypothetical  " in row}
    assert flagged == {("ACCUSE", "negated"), ("ASSAULT", "hypothetical"),
                       ("SANCTION", "hypothetical")}
