"""Why a gold event was missed: causes read from the coder's trace of real analyses."""

from __future__ import annotations

import json
from pathlib import Path

from vigie.evaluate import misses
from vigie.evaluate.plover import format_score, run_eval
from vigie.model import Article
from vigie.pipeline import analyse


def gold_file(tmp_path: Path, records: list[tuple[str, str, str]]) -> Path:
    """A gold file of (text, type, doer code) records, the doer the text's first word."""
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([
        {"id": f"M-{n}", "text": text, "event": event, "language": "en",
         "source": [{"actorText": text.split()[0], "code": code}] if code else "",
         "target": ""}
        for n, (text, event, code) in enumerate(records)]), encoding="utf-8")
    return path


def test_each_missed_type_gets_its_cause(tmp_path: Path) -> None:
    # A crowd with no place anywhere is dropped for want of a doer, and its country is not in
    # the sentence; nothing in a weather report is an entry of any type; an accusation is
    # coded where the gold says the sentence is a meeting; a negated attack is coded and not
    # counted.
    path = gold_file(tmp_path, [
        ("Hundreds of people rallied on Sunday against the new fuel tax.", "PROTEST", "KENCVL"),
        ("The weather stayed mild over Lyon on Monday.", "ASSAULT", "FRA"),
        ("France accused Russia on Monday of meddling in its elections.", "CONSULT", "FRA"),
        ("Russia did not attack Ukraine on Monday.", "ASSAULT", "RUS"),
    ])
    scored = run_eval(path)
    assert [result.missed for result in scored.sentences] == [
        (("PROTEST", misses.DOER_UNRESOLVED),),
        (("ASSAULT", misses.NO_ENTRY),),
        (("CONSULT", misses.OTHER_TYPE),),
        (("ASSAULT", misses.NOT_COUNTED),),
    ]
    assert scored.misses == {cause: 1 for cause in sorted(
        (misses.DOER_UNRESOLVED, misses.NO_ENTRY, misses.OTHER_TYPE, misses.NOT_COUNTED))}
    text = format_score(scored, details=True)
    assert "Missed gold types by cause: 4" in text
    assert f"  missed:    PROTEST, {misses.DOER_UNRESOLVED}" in text


def test_a_doer_in_the_sentence_is_a_missing_link() -> None:
    analysis = next(analyse([Article(id="a", lang="en", text=(
        "Hundreds of people rallied on Sunday against the new fuel tax."))]))
    assert misses.miss_cause("PROTEST", analysis, [], False, True) == misses.DOER_UNLINKED
    assert misses.miss_cause("PROTEST", analysis, [], False, False) == misses.DOER_UNRESOLVED


def test_other_drops_are_counted_by_their_rule() -> None:
    # Talks called for are what is asked, coded in the request: a drop of its own rule, not
    # "another type coded", though a request was.
    analysis = next(analyse([Article(id="a", lang="en", text=(
        "Brazil called on Monday for talks to end the fighting."))]))
    assert misses.miss_cause("CONSULT", analysis, analysis.events, True, True) == (
        "dropped: argument of the call_for event, coded there")
    assert misses.reason_class("content of 'warn', not a fact") == "content of …, not a fact"
    assert misses.reason_class("dated March 2019, long before the story: history, not news") == (
        "dated March N, long before the story")


def test_entry_types_cover_both_languages() -> None:
    assert misses.entry_types("en")["en:accuse"] == "ACCUSE"
    assert all(kind in ("AGREE", "SUPPORT", "CONSULT", "REQUEST", "ACCUSE", "REJECT",
                        "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
                        "AID", "RETREAT", "CONCEDE", "COOPERATE")
               for kind in misses.entry_types("fr").values())
