"""What an analysing process keeps for its whole life: the spaCy pipelines, the gazetteers, the
lexicons and the name and place indexes, built before its first article and then kept out of
the garbage collector's way.

Built on first use, the two largest indexes (people's names one letter apart, the geocoder's
cities: 0.6–0.8 s of CPU each) would be paid by whichever article first needs them, inside the
timed work of an ingest. Once built, these tables are about a million container objects that
never become garbage, yet each full collection of Python's garbage collector walks them all
(about 0.3 s of CPU each time). ``gc.freeze`` moves them to a permanent generation the
collector leaves alone, so that a full collection during the work costs what the work itself
left alive.
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Callable
from typing import Any

from vigie.actors.gazetteer import near_people
from vigie.config import Settings
from vigie.geocode import geo_index
from vigie.model import Article
from vigie.pipeline import analyse

# Built on first use by the analysers: the word analysed per language below does not reach them.
_INDEXES: tuple[Callable[[], Any], ...] = (near_people, geo_index)


def build(settings: Settings) -> None:
    """Load every model and build every table and index the analysers use, so that no article
    pays for it."""
    for lang in settings.languages:
        # One word analysed loads the language's pipeline and what the analysers compile on
        # first use (gazetteers, matchers, lexicons).
        list(analyse([Article(id="warm-up", text="Bonjour.", lang=lang)], settings))
    for index in _INDEXES:
        index()


def freeze() -> bool:
    """Move every object alive now out of the collector's generations, until the process ends;
    True when nothing was frozen before (the caller that froze first is the one to unfreeze).
    """
    first = gc.get_freeze_count() == 0
    gc.collect()
    gc.freeze()
    if first:
        # The collection at exit must see them again: extension types (DuckDB's) still held
        # by frozen objects are otherwise reported as leaked on standard error.
        atexit.register(gc.unfreeze)
    return first
