"""Vigie: French and English news to PLOVER/CAMEO event records with evidence offsets."""

from vigie.errors import InputError, VigieError
from vigie.flat import FLAT_COLUMNS, to_frame
from vigie.model import Actor, Article, Attribution, Claim, Event, Quote, Span, TimeRef
from vigie.pipeline import analyse, extract

__all__ = [
    "FLAT_COLUMNS",
    "Actor",
    "Article",
    "Attribution",
    "Claim",
    "Event",
    "InputError",
    "Quote",
    "Span",
    "TimeRef",
    "VigieError",
    "analyse",
    "extract",
    "to_frame",
]
__version__ = "0.1.0"
