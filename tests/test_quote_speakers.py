"""Who a quote is attributed to, scored on a table of 254 quotes written for the project (129
English, 125 French): wire-news attributions of every shape, private persons, local officials,
newspapers, unnamed sources and groups, pronouns and surnames that refer back, quotations
continued over paragraphs, and quotes that nobody speaks (titles, slogans, signs, reports)."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from vigie.evaluate.speakers import (
    MISSED,
    OVER,
    RIGHT,
    WRONG,
    GoldQuote,
    SpeakerScore,
    format_score,
    judge,
    load_gold,
    score,
)
from vigie.model import Actor
from vigie.output import output_schema

# Floors: they may only go up.
ACCURACY: dict[str | None, float] = {"en": 0.98, "fr": 0.91, None: 0.94}  # None: both


@pytest.fixture(scope="module")
def result(test_data: Path) -> SpeakerScore:
    return score(load_gold(test_data / "quote_speakers.tsv"))


def test_table_covers_both_languages_and_quotes_without_speaker(result: SpeakerScore) -> None:
    langs = [r.gold.lang for r in result.results]
    assert langs.count("en") >= 100 and langs.count("fr") >= 100
    assert sum(not r.gold.speakers for r in result.results) >= 20


@pytest.mark.parametrize("lang", ["en", "fr", None])
def test_speaker_accuracy(result: SpeakerScore, lang: str | None) -> None:
    assert result.accuracy(lang) >= ACCURACY[lang], format_score(result, details=True)


def test_no_speaker_where_nobody_speaks(result: SpeakerScore) -> None:
    over = [r for r in result.results if r.outcome == OVER]
    assert over == [], format_score(result, details=True)


def test_every_record_of_the_table_follows_the_schema(result: SpeakerScore) -> None:
    validator = jsonschema.Draft202012Validator(output_schema())
    uncoded = 0
    for analysis in result.analyses:
        for record in analysis.records():
            data = record.to_dict()
            assert list(validator.iter_errors(data)) == [], data
            for speaker in data.get("speaker", []):
                assert analysis.article.text[speaker["start"] : speaker["end"]] == speaker["text"]
                uncoded += speaker["code"] is None
    assert uncoded >= 100
    quote = next(r for a in result.analyses for r in a.records()
                 if r.kind == "quote" and r.speaker and r.speaker[0].code is None).to_dict()
    quote["speaker"][0]["name"] = None
    assert list(validator.iter_errors(quote))  # an uncoded speaker is always named


def test_judge_reads_text_name_and_several_speakers() -> None:
    text = 'Luca Marchetti spoke first. "We will rebuild," he said.'
    one = GoldQuote("a", "en", text, "We will rebuild", (frozenset({"Luca Marchetti"}),))
    he = Actor("he", 47, 49, name="Luca Marchetti", via="speaker:Luca Marchetti@0")
    other = Actor("he", 47, 49, name="Anna Rossi")
    assert (judge(one, [he]), judge(one, [other]), judge(one, [])) == (RIGHT, WRONG, MISSED)
    assert judge(one, [he, other]) == WRONG  # one right speaker and one wrong is wrong
    two = GoldQuote("a", "en", text, "We will rebuild",
                    (frozenset({"Luca Marchetti"}), frozenset({"Anna Rossi"})))
    assert (judge(two, [he]), judge(two, [he, other])) == (WRONG, RIGHT)
    nobody = GoldQuote("a", "en", text, "We will rebuild", ())
    assert (judge(nobody, []), judge(nobody, [he])) == (RIGHT, OVER)
