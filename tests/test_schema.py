"""The packaged JSON Schema describes exactly what ``to_dict()`` produces, for every kind."""

from __future__ import annotations

import copy
from typing import Any

import jsonschema
import pytest

from vigie.analysis import Analysis
from vigie.model import Record
from vigie.output import output_schema

VALIDATOR = jsonschema.Draft202012Validator(output_schema())

def errors(record: dict[str, Any]) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(record)]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(output_schema())


def test_hand_built_records_of_every_kind_validate(hand_records: list[Record]) -> None:
    assert {record.kind for record in hand_records} == {"event", "quote", "claim", "time"}
    for record in hand_records:
        assert errors(record.to_dict()) == [], record


@pytest.mark.parametrize(
    ("index", "change"),
    [
        (0, lambda d: d.pop("kind")),
        (0, lambda d: d.update(event="FIGHT")),  # a PLOVER 1 label, not PLOVER 2
        (0, lambda d: d.update(quad_class=5)),
        (0, lambda d: d.update(extra=1)),
        (0, lambda d: d.update(date="10/03/2023")),
        (0, lambda d: d["actor"][0].update(code="usagov")),
        (0, lambda d: d["actor"][0].pop("via")),
        (0, lambda d: d.update(kind="quote")),
        (2, lambda d: d.update(direct="yes")),
        (3, lambda d: d.update(bound="roughly")),
        (5, lambda d: d.update(type="instant")),
        (5, lambda d: d.pop("doc_id")),
    ],
)
def test_records_that_break_the_contract_are_rejected(hand_records: list[Record], index: int,
                                                      change: Any) -> None:
    record = copy.deepcopy(hand_records[index].to_dict())
    change(record)
    assert errors(record)


def check_against_article(record: dict[str, Any], text: str, doc_id: str) -> None:
    assert errors(record) == [], record
    assert record["kind"] in {"event", "quote", "claim", "time"}
    assert record["doc_id"] == doc_id
    assert 0 <= record["start"] <= record["end"] <= len(text)
    if record["kind"] != "event":
        assert text[record["start"]:record["end"]] == record["text"]
    else:
        assert record["sentence"] in text
    actors = [*record.get("actor", []), *record.get("recipient", []), *record.get("speaker", [])]
    attribution = record.get("attribution") or {}
    actors += attribution.get("speaker", [])
    for actor in actors:
        assert text[actor["start"]:actor["end"]] == actor["text"], actor


def test_every_seed_record_follows_the_schema(seed_records: list[Record], seed_text: str) -> None:
    for record in seed_records:
        check_against_article(record.to_dict(), seed_text, "text")


def test_every_sample_record_follows_the_schema(sample_analyses: list[Analysis]) -> None:
    assert len(sample_analyses) >= 12
    for analysis in sample_analyses:
        for record in analysis.records():
            check_against_article(record.to_dict(), analysis.article.text, analysis.doc_id)
