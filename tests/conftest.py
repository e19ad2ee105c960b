"""Shared fixtures: the seed article and its records, computed once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_data import shared_path

import vigie
from vigie.analysis import Analysis
from vigie.model import Actor, Attribution, Claim, Event, Quote, Record, TimeRef
from vigie.pipeline import analyse
from vigie.readers import read_inputs

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_PATH = REPO_ROOT / "samples" / "articles.jsonl"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return shared_path("seeds", "000_faf1140702ac751a.txt")


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_records(seed_text: str) -> list[Record]:
    return vigie.extract(seed_text, lang="fr", published="2023-03-10")


@pytest.fixture(scope="session")
def samples_path() -> Path:
    return SAMPLES_PATH


@pytest.fixture(scope="session")
def test_data() -> Path:
    return TEST_DATA


@pytest.fixture(scope="session")
def sample_analyses() -> list[Analysis]:
    """The bundled sample articles, analysed once for the whole session."""
    results = list(analyse(read_inputs([str(SAMPLES_PATH)])))
    assert all(isinstance(r, Analysis) for r in results), results
    return results  # type: ignore[return-value]


USA = Actor(text="Washington", start=0, end=10, code="USAGOV", country="USA", sector="GOV",
            name="United States", role=None, via="capital:washington")
PRK = Actor(text="Pyongyang", start=20, end=29, code="PRKGOV", country="PRK", sector="GOV",
            name="North Korea", role="government", via="capital:pyongyang")
UNRESOLVED = Actor(text="les deux pays", start=40, end=53)


@pytest.fixture(scope="session")
def hand_records() -> list[Record]:
    """Records of each kind written by hand: every optional field filled, or none (events,
    claims, times); schema and writer tests do not wait for the analysers to find them."""
    said = Attribution(speaker=(USA,), source="la note", cue="selon", medium="Reuters")
    event = Event(
        doc_id="d1", event="ACCUSE", mode="condemn", context=("human_rights",), cameo="112",
        quad_class=3, goldstein=-2.0, actor=(USA,), recipient=(PRK, UNRESOLVED),
        date="2023-03-10", date_text="vendredi", date_precision="day", location="New York",
        negated=False, tense="past", hypothetical=False, attribution=said,
        event_text="accuse", sentence="Washington accuse Pyongyang.", start=11, end=17,
        language="fr", confidence=0.8, rule="fr.accuse.accuser",
    )
    bare_event = Event(
        doc_id="d1", event="MOBILIZE", mode=None, context=(), cameo="138", quad_class=4,
        goldstein=-7.0, actor=(), recipient=(), date=None, date_text=None, date_precision=None,
        location=None, negated=True, tense="future", hypothetical=True, attribution=None,
        event_text="lancer", sentence="Il pourrait lancer.", start=5, end=11, language="fr",
        confidence=0.3, rule="fr.mobilize.lancer", mentions=2, historical=True,
        date_source="publication",
    )
    quote = Quote(doc_id="d1", text="nous répondrons", start=60, end=75, direct=True,
                  speaker=(PRK,), source=None, cue="a déclaré", cue_start=80, cue_end=89,
                  medium=None)
    claim = Claim(doc_id="d1", text="80 000 à 120 000 prisonniers", start=90, end=118,
                  value=None, low=80000, high=120000, bound="range", unit="prisonnier",
                  counted="prisonniers politiques", attribution=said)
    bare_claim = Claim(doc_id="d1", text="des milliers", start=0, end=12, value=None, low=None,
                       high=None, bound="vague", unit=None, counted=None)
    time = TimeRef(doc_id="d1", text="vendredi prochain", start=120, end=137, type="date",
                   value="2023-03-17", precision="day")
    span = TimeRef(doc_id="d1", text="depuis 2006", start=140, end=151, type="duration",
                   value=None, precision="year", interval_start="2006", interval_end=None)
    return [event, bare_event, quote, claim, bare_claim, time, span]
