"""`vigie eval` and `vigie actors` through the CLI, on small files written here."""

from __future__ import annotations

import json
from pathlib import Path

from vigie.cli import main
from vigie.errors import internal_error
from vigie.evaluate import plover

GOLD = [
    {"id": "T-1", "event": "ACCUSE", "language": "fr", "date": "2024-03-05",
     "text": "La France a accusé mardi la Russie de mener des cyberattaques.",
     "source": [{"actorText": "France", "code": "FRA"}],
     "target": [{"actorText": "Russie", "code": "RUS"}]},
    {"id": "T-2", "event": "NONE", "language": "fr", "date": "2024-03-05",
     "text": "Le prix du blé a baissé de deux pour cent.", "source": "", "target": ""},
]

TIMEML = """<?xml version='1.0' encoding='UTF-8'?>
<TimeML>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2023-03-10" /></DCT>
<TEXT>Le ministre viendra <TIMEX3 tid="t1" type="DATE" value="2023-03-17"
>vendredi prochain</TIMEX3>.</TEXT>
</TimeML>
"""


def test_eval_plover_prints_precision_recall_f1(tmp_path: Path, capsys) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "2 sentences" in out
    type_line = next(line for line in out.splitlines() if line.startswith("type"))
    assert type_line.split()[1:4] == ["1.000", "1.000", "1.000"]


def test_eval_timeml_scores_a_folder(tmp_path: Path, capsys) -> None:
    (tmp_path / "doc.tml").write_text(TIMEML, encoding="utf-8")
    assert main(["eval", str(tmp_path), "--format", "timeml"]) == 0
    out = capsys.readouterr().out
    assert "1/1" in out


def test_eval_names_a_missing_gold_file(tmp_path: Path, capsys) -> None:
    assert main(["eval", str(tmp_path / "absent.json")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("vigie: ") and "absent.json" in err and len(err.splitlines()) == 1


def test_actors_reads_a_sentence_given_on_the_command_line(capsys) -> None:
    assert main(["actors", "--lang", "fr",
                 "Le président russe, Vladimir Poutine, a reçu le ministre chinois."]) == 0
    out = capsys.readouterr().out
    assert "'Vladimir Poutine' → RUSGOV" in out
    assert "'ministre chinois' → CHNGOV" in out


def test_eval_counts_the_candidates_dropped_for_want_of_a_doer(tmp_path: Path, capsys) -> None:
    # Armed men that nothing in the text places: no doer, so no event, and the report says
    # how many candidates ended that way.
    unplaced = {"id": "T-3", "event": "ASSAULT", "language": "fr", "date": "2024-03-05",
                "text": "Des hommes armés ont attaqué un village dans la nuit.",
                "source": [{"actorText": "hommes armés", "code": "UAF"}], "target": ""}
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps([*GOLD, unplaced], ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "Candidates: 3, dropped for want of a doer: 1 (33.3%)" in out


def test_eval_scores_a_failing_sentence_as_finding_nothing_and_names_it(
        tmp_path: Path, capsys, monkeypatch) -> None:
    # One sentence whose analysis fails must not cost the figures of the others.
    real_analyse = plover.analyse

    def failing_on_the_accusation(articles, settings):
        for result in real_analyse(articles, settings):
            yield internal_error("T-1", ValueError("boom")) if result.doc_id == "T-1" else result

    monkeypatch.setattr(plover, "analyse", failing_on_the_accusation)
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(gold)]) == 1
    captured = capsys.readouterr()
    type_line = next(line for line in captured.out.splitlines() if line.startswith("type"))
    assert type_line.split()[4:] == ["0", "0", "1"]  # TP, FP, FN: the accusation is missed
    assert "Failed (internal error, scored as finding nothing): 1 (T-1)" in captured.out
    assert captured.err.splitlines() == [
        "vigie: T-1: internal error, input skipped (ValueError: boom) [E011]"]
