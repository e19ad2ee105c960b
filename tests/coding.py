"""What the per-language event tests check on each sentence: the factual events (neither
negated nor hypothetical) are of exactly the expected type, and one of them links the
expected source and target countries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from itertools import product

import pytest

import vigie
from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.events.coder import NO_AGENT
from vigie.model import Event


def extract_events(cases: Sequence[tuple[str, ...]], lang: str, published: str,
                   settings: Settings = DEFAULT_SETTINGS) -> dict[str, list[Event]]:
    """The events of every case's sentence (its first field), extracted once."""
    return {text: [r for r in vigie.extract(text, lang=lang, published=published,
                                            settings=settings)
                   if isinstance(r, Event)]
            for text, *_ in cases}


def extract_bilingual(cases: Sequence[tuple[str, ...]],
                      non_events: Sequence[tuple[str, str]],
                      published: str) -> dict[str, list[Event]]:
    """The events of every ``(lang, sentence, …)`` case and ``(lang, sentence)`` non-event of a
    module that tests both languages, extracted once per language."""
    found: dict[str, list[Event]] = {}
    for lang in ("en", "fr"):
        sentences = [(c[1],) for c in cases if c[0] == lang]
        sentences += [(s,) for language, s in non_events if language == lang]
        found.update(extract_events(sentences, lang, published))
    return found



def bilingual_triples(cases: Sequence[tuple[str, str, object]],
                      published: str) -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    """The (type, source country, target country) triples of the factual events of every
    ``(lang, sentence, …)`` case, keyed by language and sentence, extracted once per language."""
    found = {}
    for lang in ("en", "fr"):
        sentences = [(c[1],) for c in cases if c[0] == lang]
        for text, events in extract_events(sentences, lang, published).items():
            found[lang, text] = set().union(*(triples(e) for e in counted(events)))
    return found

def counted(events: list[Event]) -> list[Event]:
    return [e for e in events if not e.negated and not e.hypothetical]


def triples(event: Event) -> set[tuple[str, str, str]]:
    sources = [a.country or "" for a in event.actor] or [""]
    targets = [a.country or "" for a in event.recipient] or [""]
    return {(event.event, s, t) for s, t in product(sources, targets)}


def assert_coded(events: list[Event], kind: str | None, source: str, target: str) -> None:
    """``kind`` None: no factual event at all. ``target`` "": any target or none."""
    facts = counted(events)
    if kind is None:
        assert facts == []
        return
    assert {e.event for e in facts} == {kind}
    found = set().union(*(triples(e) for e in facts))
    if target:
        assert (kind, source, target) in found
    else:
        assert any(s == source for _, s, _ in found)


def assert_coded_as(events: list[Event], kind: str, cameo: str, source: str,
                    target: str) -> None:
    """As ``assert_coded``, and one of the events has the CAMEO code ``cameo``."""
    assert_coded(events, kind, source, target)
    assert cameo in {e.cameo for e in events}


def doers(text: str, lang: str, published: str) -> tuple[set[tuple[str, str, str]], list[str]]:
    """The (type, doer code, how it was placed) of every factual event of ``text``, and the
    candidates dropped for want of a coded doer (their trigger words)."""
    (analysis,) = vigie.analyse([vigie.Article(id="doers", text=text, lang=lang,
                                               published=date.fromisoformat(published))])
    found = {(e.event, a.code or "", (a.via or "").split(":", 1)[0])
             for e in counted(analysis.events) for a in e.actor}
    dropped = [analysis.article.text[n.start:n.end] for n in analysis.trace
               if n.verdict == "dropped" and n.message.endswith(NO_AGENT)]
    return found, dropped


def assert_doer(text: str, lang: str, published: str, kind: str | None, code: str,
                trace: str) -> None:
    """``kind`` None: no factual event, and a candidate dropped for want of a doer; else an
    event of ``kind`` whose doer is coded ``code`` by a ``trace`` (located, dateline, story)."""
    found, dropped = doers(text, lang, published)
    if kind is None:
        assert found == set() and dropped, (found, dropped)
    else:
        assert (kind, code, trace) in found, found


def coded_with_trace(text: str, lang: str, published: str) -> tuple[list[Event], list[str]]:
    """The events of ``text`` and every trace message of its event coding."""
    (analysis,) = vigie.analyse([vigie.Article(id="frame", text=text, lang=lang,
                                               published=date.fromisoformat(published))])
    return analysis.events, [n.message for n in analysis.trace if n.stage == "events"]


def target_countries(events: list[Event], kind: str) -> set[str]:
    """The target countries of the factual events of ``kind`` ("" for one with no target)."""
    return {t for e in counted(events) if e.event == kind for _, _, t in triples(e)}


def assert_targets(text: str, lang: str, published: str, kind: str | None, source: str,
                   targets: set[str]) -> None:
    """``kind`` None: no factual event; else events of ``kind`` by ``source`` whose target
    countries are ``targets`` ("" for an event with no target)."""
    events, _ = coded_with_trace(text, lang, published)
    assert_coded(events, kind, source, "")
    if kind is not None:
        assert target_countries(events, kind) == targets


def class_tests(cases: Sequence[tuple[str, str, str, str, str, str]],
                non_events: Sequence[tuple[str, str]],
                published: str) -> tuple[Callable[..., object], ...]:
    """The fixture and the two tests of a module of word-class cases: each ``(lang, sentence,
    type, CAMEO code, source, target)`` is coded so, each ``(lang, sentence)`` non-event codes
    nothing. A module binds them to its own names (``coded, test_…, test_… = class_tests(…)``)
    for pytest to collect."""

    @pytest.fixture(scope="module")
    def coded() -> dict[str, list[Event]]:
        return extract_bilingual(cases, non_events, published)

    @pytest.mark.parametrize(("lang", "sentence", "kind", "cameo", "source", "target"), cases)
    def test_classes_code_their_cameo_codes(coded: dict[str, list[Event]], lang: str,
                                            sentence: str, kind: str, cameo: str, source: str,
                                            target: str) -> None:
        assert_coded_as(coded[sentence], kind, cameo, source, target)

    @pytest.mark.parametrize(("lang", "sentence"), non_events)
    def test_other_senses_of_the_same_words_code_nothing(coded: dict[str, list[Event]],
                                                         lang: str, sentence: str) -> None:
        assert coded[sentence] == []

    return (coded, test_classes_code_their_cameo_codes,
            test_other_senses_of_the_same_words_code_nothing)
