"""What an analysing process keeps for its whole life: the spaCy pipelines, the gazetteers, the
lexicons and the name and place indexes, built before its first article.

Built on first use, the two largest indexes (people's names one letter apart, the geocoder's
cities: 0.6–0.8 s of CPU each) would be paid by whichever article first needs them, inside the
timed work of an ingest.
"""

from __future__ import annotations

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

