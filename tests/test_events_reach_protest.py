"""The reach of the lexicon for PROTEST, MOBILIZE and ASSAULT on news it was not written
for: classes of expression seen in three or more development sets, in both languages, on
sentences written for these tests (other wording, other countries), with the sport, economic,
figurative, negated and planned senses of the same words, on which nothing may be coded."""

from __future__ import annotations

import json
import re

import pytest
from coding import assert_coded, extract_events

from vigie.lang import load_table
from vigie.model import Event
from vigie.nlp import pipeline_for

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type or None (nothing factual), source country, target country
# ("" = any))
CASES: list[tuple[str, str, str | None, str, str]] = [
    # Words written with a hyphen that the tokenizer splits: a sit-in, a call-up, a build-up,
    # a missile test-fired.
    ("en", "Bolivian miners staged a sit-in outside the labour ministry in La Paz.",
     "PROTEST", "BOL", ""),
    ("en", "Thousands of Malawians began a sit-in in front of parliament in Lilongwe.",
     "PROTEST", "MWI", ""),
    ("en", "Azerbaijan ordered a partial call-up of reservists.", "MOBILIZE", "AZE", ""),
    ("en", "Belarus announced a build-up of troops near the Lithuanian border.",
     "MOBILIZE", "BLR", ""),
    ("en", "Pakistan test-fired a short-range ballistic missile on Monday.",
     "MOBILIZE", "PAK", ""),
    # A call-up that no verb carries holds no content: the summoning told beside it stands.
    ("en", "Serbia has summoned 50,000 reservists in a week, the army said on Friday, "
     "the largest call-up since the 1990s.", "MOBILIZE", "SRB", ""),
    ("fr", "Des mineurs boliviens ont entamé un sit-in devant le ministère du Travail à La Paz.",
     "PROTEST", "BOL", ""),
    ("fr", "Des enseignants marocains ont observé un sit-in devant le Parlement à Rabat.",
     "PROTEST", "MAR", ""),
    # The sport and play senses: a footballer's call-up, a test of a sitting position.
    ("en", "Brazil's coach announced the call-up of three young strikers for the World Cup.",
     None, "", ""),
    ("en", "The sit-in planned by Peruvian teachers for Friday was called off.", None, "", ""),
]


@pytest.fixture(scope="module")
def events_en() -> dict[str, list[Event]]:
    return extract_events([c[1:] for c in CASES if c[0] == "en"], "en", PUBLISHED)


@pytest.fixture(scope="module")
def events_fr() -> dict[str, list[Event]]:
    return extract_events([c[1:] for c in CASES if c[0] == "fr"], "fr", PUBLISHED)


@pytest.mark.parametrize(("lang", "text", "kind", "source", "target"), CASES,
                         ids=[c[1][:50] for c in CASES])
def test_reach(lang: str, text: str, kind: str | None, source: str, target: str,
               events_en: dict[str, list[Event]], events_fr: dict[str, list[Event]]) -> None:
    events = (events_en if lang == "en" else events_fr)[text]
    assert_coded(events, kind, source, target)


HYPHENATED = re.compile(r'"([^\W\d_]+(?:-[^\W\d_]+)+)"')


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_hyphenated_lexicon_word_the_tokenizer_splits_is_read_whole(lang: str) -> None:
    # A lemma the lexicons list with a hyphen is never a token's lemma when the tokenizer
    # splits the word at its hyphen, unless the tokenizer table names it to be read whole.
    nlp = pipeline_for(lang)
    listed = set(load_table(lang, "tokenizer")["hyphenated_words"])
    words = set()
    for table in ("events", "word_classes"):
        words |= set(HYPHENATED.findall(json.dumps(load_table(lang, table), ensure_ascii=False)))
    # A split prefix ("co-" in French) is meant to stand apart: only a bare hyphen is a split.
    split = {w for w in words if "-" in (t.text for t in nlp.tokenizer(w))}
    assert split <= listed, sorted(split - listed)
