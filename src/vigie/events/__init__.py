"""Event coding: PLOVER types with CAMEO codes from predicates, roles and actors."""

from __future__ import annotations

from functools import cache

from vigie.analysis import Analysis
from vigie.events.coder import EventCoder


@cache
def event_coder(lang: str, imported_lexicon: bool = False) -> EventCoder:
    return EventCoder(lang, imported_lexicon=imported_lexicon)


def code_events(analysis: Analysis) -> None:
    """The events analyser: fills ``analysis.events`` (and its trace)."""
    event_coder(analysis.lang, analysis.settings.imported_lexicon)(analysis)


__all__ = ["EventCoder", "code_events", "event_coder"]
