"""The ``vigie`` command end to end through ``main([...])``: output, errors, exit codes."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import vigie
import vigie.cli
from vigie.analysis import Analysis, TraceNote
from vigie.cli import COMMANDS, main
from vigie.explain import format_explanation
from vigie.flat import FLAT_COLUMNS
from vigie.model import Actor, Article, Event, TimeRef
from vigie.nlp import pipeline_for
from vigie.output import render

SEED_ARGS = ["--lang", "fr", "--published", "2023-03-10"]
# The console script installed beside this interpreter: the command an analyst runs.
VIGIE = str(Path(sys.executable).parent / "vigie")


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def seed_jsonl(seed_path: Path) -> str:
    """``vigie extract`` on the seed, run once for the module (stdout captured by hand)."""
    with pytest.MonkeyPatch.context() as patch:
        buffer = io.StringIO()
        patch.setattr("sys.stdout", buffer)
        assert main(["extract", str(seed_path), *SEED_ARGS]) == 0
    return buffer.getvalue()


def test_extract_seed_gives_the_library_records_as_jsonl(seed_jsonl: str, seed_text: str,
                                                         seed_path: Path) -> None:
    expected = vigie.extract(seed_text, lang="fr", published="2023-03-10",
                             doc_id=seed_path.name)
    lines = seed_jsonl.splitlines()
    assert lines == [json.dumps(r.to_dict(), ensure_ascii=False) for r in expected]
    for line in lines:
        record = json.loads(line)
        assert record["doc_id"] == "000_faf1140702ac751a.txt"
        assert record["kind"] in {"event", "quote", "claim", "time"}


@pytest.mark.parametrize(("output_format", "hash_seed"), [("jsonl", "1"), ("tsv", "4242")])
def test_extract_is_byte_for_byte_deterministic_across_processes(
    capsys: pytest.CaptureFixture[str], seed_path: Path, samples_path: Path, output_format: str,
    hash_seed: str,
) -> None:
    """A fresh process with another hash seed (set and dict orders differ) gives the bytes
    this process gives."""
    argv = ["extract", str(seed_path), str(samples_path), "--format", output_format]
    code, expected, err = run(capsys, argv)
    assert (code, err) == (0, "") and expected.count("\n") > 30
    done = subprocess.run([VIGIE, *argv], capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONHASHSEED": hash_seed}, timeout=600)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == expected


def test_bad_inputs_give_one_stderr_line_each_and_the_good_input_is_still_written(
    capsys: pytest.CaptureFixture[str], test_data: Path, seed_path: Path
) -> None:
    bad = [test_data / n for n in ("empty.txt", "binary.txt", "missing.txt", "german.txt")]
    code, out, err = run(capsys, ["extract", *map(str, bad), str(seed_path), "--format", "json",
                                  "--published", "2023-03-10"])
    assert code == 1
    lines = err.splitlines()
    assert [line.rsplit(" ", 1)[-1] for line in lines] == ["[E001]", "[E002]", "[E008]",
                                                          "[E005]"]
    for line, path in zip(lines[:3], bad[:3], strict=True):
        assert line.startswith(f"vigie: {path}: ")
    assert "Traceback" not in err
    # The German text is refused for its language, not for its bytes, by the pipeline,
    # which names an article by its id (for a text file, the file name).
    assert lines[3] == ("vigie: german.txt: language 'de' has no model (supported: en, fr) "
                        "[E005]")
    documents = json.loads(out)
    assert [d["doc_id"] for d in documents] == ["000_faf1140702ac751a.txt"]


def test_stdin_dash(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Le président français s'est rendu mardi à Berlin pour des entretiens."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, out, err = run(capsys, ["extract", "-", "--lang", "fr", "--format", "json"])
    assert (code, err) == (0, "")
    assert [d["doc_id"] for d in json.loads(out)] == ["stdin"]


def test_no_path_reads_stdin(capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, out, err = run(capsys, ["extract"])
    assert (code, out, err) == (1, "", "vigie: stdin: empty input [E001]\n")


def test_jsonl_with_malformed_lines(capsys: pytest.CaptureFixture[str], test_data: Path) -> None:
    path = test_data / "mixed.jsonl"
    code, out, err = run(capsys, ["extract", str(path), "--format", "json"])
    assert code == 1
    # A warning is said when its input is read, ahead of the errors of the articles read with it.
    assert err.splitlines() == [
        f"vigie: {path}:4: publication date '02/05/2024' names no single day; not used [W010]",
        f"vigie: {path}:2: malformed JSON: Unterminated string starting at [E006]",
        f"vigie: {path}:3: bad field 'text': missing (keys: id, lang; name the text's key with "
        "--text-col) [E007]",
    ]
    # A date that cannot be read costs the article its date only.
    assert [d["doc_id"] for d in json.loads(out)] == ["ok-fr", "bad-date", f"{path}:5"]


def test_tsv_has_the_fixed_header_and_only_event_rows(capsys: pytest.CaptureFixture[str],
                                                      seed_path: Path) -> None:
    code, out, _ = run(capsys, ["extract", str(seed_path), *SEED_ARGS, "--format", "tsv"])
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split("\t") == list(FLAT_COLUMNS)
    assert all(len(row.split("\t")) == len(FLAT_COLUMNS) for row in rows)


def test_kinds_filter(capsys: pytest.CaptureFixture[str], seed_jsonl: str,
                      seed_path: Path) -> None:
    code, out, _ = run(capsys, ["extract", str(seed_path), *SEED_ARGS, "--kinds", "quote,time"])
    assert code == 0
    expected = [line for line in seed_jsonl.splitlines()
                if json.loads(line)["kind"] in {"quote", "time"}]
    assert out.splitlines() == expected


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "--kinds", "event,rumour"], "unknown record kind 'rumour'"),
        (["extract", "--published", "10/03/2023"], "is not a date"),
        (["extract", "--format", "xml"], "invalid choice"),
        (["stats"], "--db"),
        ([], "COMMAND"),
    ],
)
def test_usage_errors_exit_2_without_traceback(capsys: pytest.CaptureFixture[str],
                                               argv: list[str], message: str) -> None:
    code, _, err = run(capsys, argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_ctrl_c_exits_130_and_closes_the_json_array(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   seed_path: Path) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Iterator[Any]:
        raise KeyboardInterrupt
        yield

    monkeypatch.setattr(vigie.cli, "analyse", interrupted)
    code, out, err = run(capsys, ["extract", str(seed_path), "--format", "json"])
    assert (code, out, err) == (130, "[]\n", "vigie: interrupted\n")


def test_subcommands_are_registered_in_one_table() -> None:
    assert set(COMMANDS) >= {"extract", "explain", "ingest", "stats"}


def test_explain_prints_every_sentence_of_the_seed(capsys: pytest.CaptureFixture[str],
                                                   seed_path: Path, seed_text: str) -> None:
    code, out, err = run(capsys, ["explain", str(seed_path), *SEED_ARGS])
    assert (code, err) == (0, "")
    assert out.startswith("# 000_faf1140702ac751a.txt  lang=fr  published=2023-03-10\n")
    article = vigie.Article(id=seed_path.name, text=seed_text, lang="fr",
                            published=date(2023, 3, 10))
    (analysis,) = vigie.analyse([article])
    assert isinstance(analysis, Analysis)
    assert out == format_explanation(analysis)
    assert "[1] (0-" in out
    assert "En mai de l'année dernière, les deux pays ont opposé leur veto" in out


def test_ingest_then_stats(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                           test_data: Path) -> None:
    db = tmp_path / "vigie.duckdb"
    code, out, err = run(capsys, ["ingest", str(test_data / "mixed.jsonl"), "--db", str(db)])
    assert code == 1
    # Two lines that could not be read, one date that could not (a warning, said as it is read).
    assert [line.rsplit(" ", 1)[-1] for line in err.splitlines()] == ["[W010]", "[E006]",
                                                                      "[E007]"]
    assert out.startswith("3 articles added")
    code, out, err = run(capsys, ["stats", "--db", str(db)])
    assert (code, err) == (0, "")
    assert "articles by language and status" in out
    assert "fr    ok      2" in out
    assert "en    ok      1" in out
    assert "-     error   2" in out


def test_stats_on_a_missing_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    code, out, err = run(capsys, ["stats", "--db", str(missing)])
    assert (code, out) == (1, "")
    assert err == f"vigie: {missing}: no such file or directory [E008]\n"
    assert not missing.exists()


def test_format_explanation_puts_each_finding_under_its_sentence() -> None:
    text = "Washington a accusé Pyongyang mardi.\n\nLa Chine a appelé au calme."
    doc = pipeline_for("fr")(text)

    def actor(words: str, code: str, country: str) -> Actor:
        start = text.index(words)
        return Actor(text=words, start=start, end=start + len(words), code=code,
                     country=country, sector="GOV" if code.endswith("GOV") else None,
                     name=None, via=f"test:{words}")

    usa, prk, chn = (actor("Washington", "USAGOV", "USA"), actor("Pyongyang", "PRKGOV", "PRK"),
                     actor("La Chine", "CHN", "CHN"))
    trigger = text.index("accusé")
    event = Event(
        doc_id="d", event="ACCUSE", mode=None, context=(), cameo="112", quad_class=3,
        goldstein=-2.0, actor=(usa,), recipient=(prk,), date_value="2024-05-07", date_text="mardi",
        date_precision="day", location=None, negated=False, tense="past", hypothetical=False,
        attribution=None, event_text="accusé", sentence=text[:36], start=trigger,
        end=trigger + 6, language="fr", confidence=0.9, rule="fr.accuse.accuser",
    )
    time = TimeRef(doc_id="d", text="mardi", start=30, end=35, type="date", value="2024-05-07",
                   precision="day")
    called = text.index("appelé")
    analysis = Analysis(
        article=Article(id="d", text=text, lang="fr", published=date(2024, 5, 10)), doc=doc,
        lang="fr", actors=[usa, prk, chn], times=[time], events=[event],
        trace=[TraceNote("events", trigger, trigger + 6, "fired", "fr.accuse.accuser"),
               TraceNote("events", called, called + 6, "dropped", "no recipient")],
    )
    assert format_explanation(analysis) == (
        "# d  lang=fr  published=2024-05-10\n"
        "\n"
        "[1] (0-36) Washington a accusé Pyongyang mardi.\n"
        "  actors:\n"
        "    'Washington' → USAGOV via test:Washington\n"
        "    'Pyongyang' → PRKGOV via test:Pyongyang\n"
        "  times:\n"
        "    'mardi' → 2024-05-07 (date, day)\n"
        "  events:\n"
        "    ACCUSE cameo 112 quad 3 goldstein -2 | USAGOV → PRKGOV | trigger 'accusé' (13-19)"
        " | date 2024-05-07 (day, text) | tense past | rule fr.accuse.accuser\n"
        "  trace:\n"
        "    events FIRED 'accusé' (13-19): fr.accuse.accuser\n"
        "\n"
        "[2] (38-65) La Chine a appelé au calme.\n"
        "  actors:\n"
        "    'La Chine' → CHN via test:La Chine\n"
        "  trace:\n"
        "    events DROPPED 'appelé' (49-55): no recipient\n"
    )


def test_writers_are_deterministic_and_follow_their_formats(hand_records: list[Any]) -> None:
    documents = [("d1", hand_records), ("empty", [])]
    for output_format in ("jsonl", "json", "tsv"):
        assert render(output_format, documents) == render(output_format, documents)
    assert render("jsonl", documents).splitlines() == [
        json.dumps(r.to_dict(), ensure_ascii=False) for r in hand_records]
    assert json.loads(render("json", documents)) == [
        {"doc_id": "d1", "records": [r.to_dict() for r in hand_records]},
        {"doc_id": "empty", "records": []}]
    assert render("json", []) == "[]\n"
    assert render("jsonl", []) == ""


def test_tsv_rows_flatten_events(hand_records: list[Any]) -> None:
    event = hand_records[0]
    multiline = dataclasses.replace(event, event_text="a\taccusé\nhier", id="")
    header, *rows = render("tsv", [("d1", [*hand_records, multiline])]).splitlines()
    assert header == "\t".join(FLAT_COLUMNS)
    assert len(rows) == 3  # two events, one of them twice; quotes, claims, times left out
    first = dict(zip(FLAT_COLUMNS, rows[0].split("\t"), strict=True))
    assert first == {
        "doc_id": "d1", "id": event.id, "event": "ACCUSE", "mode": "condemn",
        "context": "human_rights", "cameo": "112", "quad_class": "3", "goldstein": "-2.0",
        "actor_codes": "USAGOV",
        # The unresolved "les deux pays" has no code to list.
        "recipient_codes": "PRKGOV", "date": "2023-03-10", "date_end": "2023-03-10",
        "date_value": "2023-03-10", "date_precision": "day", "date_text": "vendredi",
        "date_source": "text", "location": "New York", "location_country": "",
        "geonames_id": "", "lat": "", "lon": "", "admin1": "", "negated": "false",
        "hypothetical": "false", "tense": "past", "historical": "false", "mentions": "1",
        "confidence": "0.8", "language": "fr", "event_text": "accuse",
        "sentence": "Washington accuse Pyongyang.", "start": "11", "end": "17",
        "rule": "fr.accuse.accuser",
    }
    assert dict(zip(FLAT_COLUMNS, rows[2].split("\t"), strict=True))["event_text"] == (
        "a accusé hier")
    assert dict(zip(FLAT_COLUMNS, rows[1].split("\t"), strict=True))["mode"] == ""
