"""PLOVER scoring on hand-made predictions, and the integrity of the gold files it reads.

No spaCy model is loaded here: predictions are built by hand as real Event and Actor records,
so that a change in the coder never hides a change in how it is scored.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from shared_data import PLOVER_DEV, require

from vigie.evaluate.plover import (
    NO_EVENT,
    PLOVER_TYPES,
    GoldFormatError,
    GoldRecord,
    PloverScore,
    country_key,
    format_score,
    load_gold,
    score,
)
from vigie.model import Actor, Event

TESTS = Path(__file__).resolve().parent
FR_DEV = TESTS / "data" / "fr_dev_events.json"


def actor(text: str, code: str | None, country: str | None = None) -> Actor:
    """A resolved actor (country from the code unless given), or unresolved when code is None."""
    if code is not None and country is None:
        country = code[:3]
    return Actor(text=text, start=0, end=len(text), code=code, country=country)


def event(kind: str, actors: list[Actor], recipients: list[Actor] | None = None, *,
          negated: bool = False, hypothetical: bool = False) -> Event:
    return Event(
        doc_id="t", event=kind, mode=None, context=(), cameo="000", quad_class=3,
        goldstein=0.0, actor=tuple(actors), recipient=tuple(recipients or ()),
        date_value=None, date_text=None, date_precision=None, location=None, negated=negated,
        tense="past", hypothetical=hypothetical, attribution=None, event_text="x",
        sentence="x", start=0, end=1, language="en", confidence=1.0, rule="test",
    )


def gold_record(record_id: str, text: str, kind: str, source: list[tuple[str, str]],
                target: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    """A raw gold record in the PLOVER file format."""
    def actors(pairs: list[tuple[str, str]] | None) -> list[dict[str, str]] | str:
        return [{"actorText": t, "code": c} for t, c in pairs] if pairs else ""
    return {"id": record_id, "text": text, "event": kind, "source": actors(source),
            "target": actors(target), "language": "en", "date": "2023-03-10"}


def load(tmp_path: Path, records: list[dict[str, Any]]) -> list[GoldRecord]:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return load_gold(path)


def run(gold: list[GoldRecord], predictions: dict[str, list[Event]]) -> PloverScore:
    return score(gold, lambda record: predictions.get(record.id, []))


ACCUSATION = gold_record("G-1", "The United States accused North Korea of lying.", "ACCUSE",
                         [("United States", "USAGOV")], [("North Korea", "PRKGOV")])
NOTHING = gold_record("G-2", "It rained in Paris on Monday.", NO_EVENT, [])
STRIKES = gold_record("G-3", "The US and Britain struck Houthi positions in Yemen.", "ASSAULT",
                      [("US", "USAMIL"), ("Britain", "GBRMIL")], [("Houthi", "YEMREB")])
USA, PRK = actor("United States", "USAGOV"), actor("North Korea", "PRKGOV")


def test_perfect_prediction(tmp_path: Path) -> None:
    gold = load(tmp_path, [ACCUSATION, NOTHING])
    result = run(gold, {"G-1": [event("ACCUSE", [USA], [PRK])]})
    assert (result.types.tp, result.types.fp, result.types.fn) == (1, 0, 0)
    assert (result.triples.tp, result.triples.fp, result.triples.fn) == (1, 0, 0)
    assert result.types.f1 == result.triples.f1 == 1.0
    assert result.confusion == {("ACCUSE", "ACCUSE"): 1}
    assert all(sentence.correct for sentence in result.sentences)
    assert result.sentences[0].gold_triples == (("ACCUSE", "USA", "PRK"),)


def test_wrong_type_is_a_miss_and_a_false_alarm(tmp_path: Path) -> None:
    gold = load(tmp_path, [ACCUSATION])
    result = run(gold, {"G-1": [event("REJECT", [USA], [PRK])]})
    assert (result.types.tp, result.types.fp, result.types.fn) == (0, 1, 1)
    assert (result.triples.tp, result.triples.fp, result.triples.fn) == (0, 1, 1)
    assert result.per_type["ACCUSE"].fn == 1
    assert result.per_type["REJECT"].fp == 1
    assert result.confusion == {("ACCUSE", "REJECT"): 1}
    assert not result.sentences[0].correct


def test_spurious_event_on_a_sentence_without_event(tmp_path: Path) -> None:
    gold = load(tmp_path, [NOTHING])
    result = run(gold, {"G-2": [event("ASSAULT", [actor("Paris", "FRAGOV")])]})
    assert (result.types.tp, result.types.fp, result.types.fn) == (0, 1, 0)
    assert result.types.precision == 0.0
    assert result.confusion == {(NO_EVENT, "ASSAULT"): 1}
    assert result.sentences[0].predicted_triples == (("ASSAULT", "FRA", ""),)


def test_missed_event(tmp_path: Path) -> None:
    gold = load(tmp_path, [ACCUSATION, NOTHING])
    result = run(gold, {})
    assert (result.types.tp, result.types.fp, result.types.fn) == (0, 0, 1)
    assert result.types.recall == 0.0
    assert result.confusion == {("ACCUSE", NO_EVENT): 1}
    assert result.sentences[1].correct  # nothing predicted where nothing happened


def test_several_sources_count_one_triple_each(tmp_path: Path) -> None:
    gold = load(tmp_path, [STRIKES])
    houthis = actor("Houthi", "YEMREB")
    only_us = run(gold, {"G-3": [event("ASSAULT", [actor("US", "USAMIL")], [houthis])]})
    assert (only_us.triples.tp, only_us.triples.fp, only_us.triples.fn) == (1, 0, 1)
    assert only_us.types.f1 == 1.0
    both = run(gold, {"G-3": [event("ASSAULT", [actor("US", "USAMIL"),
                                                 actor("Britain", "GBRMIL")], [houthis])]})
    assert (both.triples.tp, both.triples.fp, both.triples.fn) == (2, 0, 0)
    assert both.sentences[0].gold_triples == (("ASSAULT", "GBR", "YEM"),
                                              ("ASSAULT", "USA", "YEM"))


def test_one_event_coded_twice_counts_once(tmp_path: Path) -> None:
    gold = load(tmp_path, [ACCUSATION])
    twice = [event("ACCUSE", [USA], [PRK]), event("ACCUSE", [USA], [PRK])]
    result = run(gold, {"G-1": twice})
    assert (result.types.tp, result.types.fp) == (1, 0)
    assert (result.triples.tp, result.triples.fp) == (1, 0)


def test_records_of_one_sentence_are_scored_together(tmp_path: Path) -> None:
    text = "Ivory Coast rebels rejected a peace plan and opposed the peacekeepers."
    gold = load(tmp_path, [gold_record("G-5", text, "REJECT", [("rebels", "CIVREB")]),
                           gold_record("G-4", text, "PROTEST", [("rebels", "CIVREB")])])
    rebels = actor("Ivory Coast rebels", "CIVREB")
    result = run(gold, {"G-4": [event("REJECT", [rebels])]})
    assert [s.id for s in result.sentences] == ["G-4"]
    assert result.sentences[0].gold_types == ("PROTEST", "REJECT")
    assert (result.types.tp, result.types.fp, result.types.fn) == (1, 0, 1)


def test_negated_and_hypothetical_events_are_not_counted(tmp_path: Path) -> None:
    gold = load(tmp_path, [ACCUSATION, NOTHING])
    fire = [actor("Paris", "FRAGOV")]
    result = run(gold, {
        "G-1": [event("ACCUSE", [USA], [PRK], negated=True)],
        "G-2": [event("SANCTION", fire, hypothetical=True), event("ASSAULT", fire, negated=True)],
    })
    assert (result.types.tp, result.types.fp, result.types.fn) == (0, 0, 1)
    assert (result.triples.tp, result.triples.fp, result.triples.fn) == (0, 0, 1)
    assert result.sentences[1].predicted_types == ()
    assert result.confusion == {("ACCUSE", NO_EVENT): 1}


@pytest.mark.parametrize(("old", "new"), [("DEMAND", "REQUEST"), ("FIGHT", "ASSAULT"),
                                          ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE")])
def test_old_labels_map_to_plover_2(tmp_path: Path, old: str, new: str) -> None:
    (record,) = load(tmp_path, [gold_record("G-6", "Some sentence.", old, [("Iran", "IRN")])])
    assert record.event == new


def test_old_country_codes_map_to_iso(tmp_path: Path) -> None:
    gold = load(tmp_path, [gold_record("G-7", "Japan praised Italy.", "SUPPORT",
                                       [("Japan", "JAP")], [("Italy", "ITL")])])
    assert [a.country for a in gold[0].source + gold[0].target] == ["JPN", "ITA"]
    result = run(gold, {"G-7": [event("SUPPORT", [actor("Japan", "JPNGOV")],
                                      [actor("Italy", "ITAGOV")])]})
    assert result.triples.tp == 1


def test_country_keys() -> None:
    assert country_key("IGOUNO") == country_key("UNO") == country_key("EUR") == "IGO"
    assert country_key("NGO") == "NGO"
    assert country_key("ITLGOV") == "ITA"
    assert country_key("") == country_key(None) == ""


def test_unresolved_predicted_actor_matches_no_gold_actor(tmp_path: Path) -> None:
    gold = load(tmp_path, [ACCUSATION])
    result = run(gold, {"G-1": [event("ACCUSE", [actor("the country", None)], [PRK])]})
    assert result.types.tp == 1
    assert (result.triples.tp, result.triples.fp, result.triples.fn) == (0, 1, 1)
    assert result.sentences[0].predicted_triples == (("ACCUSE", "?", "PRK"),)


def test_gold_event_without_a_codable_doer_scores_its_type_and_misses_its_triple(
        tmp_path: Path) -> None:
    gold = load(tmp_path, [{**ACCUSATION, "source": ""}])
    result = run(gold, {"G-1": [event("ACCUSE", [actor("the country", None)], [PRK])]})
    assert result.types.tp == 1
    assert (result.triples.tp, result.triples.fp, result.triples.fn) == (0, 1, 1)
    assert result.sentences[0].gold_triples == (("ACCUSE", "", "PRK"),)


@pytest.mark.parametrize(("change", "message"), [
    ({"event": "PRAISE"}, "unknown event type"),
    ({"event": NO_EVENT}, "no source or target"),
    ({"source": [{"actorText": "Iran"}]}, "without a code"),
    ({"date": "10/03/2023"}, "bad date"),
    ({"text": " "}, "empty 'text'"),
])
def test_bad_gold_records_are_named(tmp_path: Path, change: dict[str, Any],
                                    message: str) -> None:
    with pytest.raises(GoldFormatError, match=f"record 'G-1'.*{message}"):
        load(tmp_path, [{**ACCUSATION, **change}])


def test_duplicate_gold_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="duplicate id"):
        load(tmp_path, [ACCUSATION, {**STRIKES, "id": "G-1"}])


def test_report_shows_figures_confusion_and_errors(tmp_path: Path) -> None:
    gold = load(tmp_path, [ACCUSATION, NOTHING])
    text = format_score(run(gold, {"G-1": [event("REJECT", [USA], [PRK])]}), details=True)
    assert "PLOVER evaluation: 2 sentences, 2 gold records" in text
    assert re.search(r"^type\s+0\.000\s+0\.000\s+0\.000\s+0\s+1\s+1$", text, re.M)
    assert re.search(r"^ACCUSE\s+\.\s+1$", text, re.M)  # gold ACCUSE predicted as REJECT
    assert "Sentences with errors: 1" in text
    assert "  predicted: REJECT USA→PRK" in text


# ---------------------------------------------------------------- gold files

def test_french_dev_set_is_well_formed() -> None:
    raw = json.loads(FR_DEV.read_text(encoding="utf-8"))
    assert raw[0]["event"] == "DOCUMENT" and raw[0]["id"] == "VIGIE-FR-DEV-0001"
    records = raw[1:]
    ids = [r["id"] for r in raw]
    assert len(ids) == len(set(ids))
    assert ids == [f"VIGIE-FR-DEV-{n:04d}" for n in range(1, len(raw) + 1)]
    assert len({r["text"] for r in records}) == len(records) >= 160
    for record in raw:
        assert record["language"] == "fr"
        assert date.fromisoformat(record["date"])
    for record in records:
        for field in ("source", "target"):
            actors = record[field] or []
            for a in actors:
                assert a["actorText"] in record["text"], (record["id"], a)
                assert re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})*", a["code"]), (record["id"], a)
        if record["event"] == NO_EVENT:
            assert record["source"] == record["target"] == "", record["id"]
    gold = load_gold(FR_DEV)  # every record passes the loader's checks
    assert len(gold) == len(records)
    counts = Counter(r.event for r in gold)
    assert all(counts[name] >= 8 for name in PLOVER_TYPES), counts
    assert counts[NO_EVENT] >= 25
    assert set(counts) == {*PLOVER_TYPES, NO_EVENT}


@pytest.mark.shared
def test_plover_dev_file_maps_to_the_sixteen_types() -> None:
    gold = load_gold(require(PLOVER_DEV))
    assert {r.event for r in gold} == set(PLOVER_TYPES)
    countries = {a.country for r in gold for a in r.source + r.target}
    assert {"JPN", "ITA"} <= countries
    assert not countries & {"JAP", "ITL"}
