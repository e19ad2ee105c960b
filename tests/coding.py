"""What the per-language event tests check on each sentence: the factual events (neither
negated nor hypothetical) are of exactly the expected type, and one of them links the
expected source and target countries."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product

import vigie
from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.model import Event


def extract_events(cases: Sequence[tuple[str, ...]], lang: str, published: str,
                   settings: Settings = DEFAULT_SETTINGS) -> dict[str, list[Event]]:
    """The events of every case's sentence (its first field), extracted once."""
    return {text: [r for r in vigie.extract(text, lang=lang, published=published,
                                            settings=settings)
                   if isinstance(r, Event)]
            for text, *_ in cases}


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
