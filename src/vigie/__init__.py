"""Vigie: French and English news to PLOVER/CAMEO event records with evidence offsets."""

from vigie.errors import InputError, VigieError
from vigie.model import Actor, Article, Attribution, Claim, Event, Quote, Span, TimeRef
from vigie.pipeline import analyse, extract

__all__ = [
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
]
__version__ = "0.1.0"
