"""Typed records: what Vigie reads (Article) and what it emits (Event, Quote, Claim, TimeRef).

Records are frozen dataclasses that hold plain values only: spaCy objects never
leave the analysers. Every extracted value keeps character offsets into
``Article.text`` so that an analyst can check it against the words.
``to_dict()`` gives the JSON form of the output contract (see
``schema/output.schema.json``); key order is fixed, so output is byte-stable.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vigie.dates import calendar_span


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


# Half of a UTF-16 surrogate pair on its own: a Python string can hold one (a JSON escape such
# as "\ud800", a file name read with surrogateescape), but no UTF-8 output can.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Article:
    """One input document. ``id`` is the input id, or the file name. ``published_source``
    says where ``published`` came from (``vigie.readers.published``: ``record``, ``html``,
    ``file-name``, ``given``).

    A lone surrogate in any text field is read as U+FFFD, the replacement character: one
    character for one, so that offsets into the text do not move.
    """

    id: str
    text: str
    lang: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    author: str | None = None
    published_source: str | None = None

    def __post_init__(self) -> None:
        for name in ("id", "text", "lang", "url", "source", "title", "author"):
            value = getattr(self, name)
            if isinstance(value, str) and _LONE_SURROGATE.search(value):
                object.__setattr__(self, name, _LONE_SURROGATE.sub("\ufffd", value))


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor mention, resolved to a CAMEO-style code or left unresolved (``code`` None).

    ``country`` is ISO 3166 alpha-3, or a pseudo-country (UNO, EUR, IGO, NGO, MNC, WST; IMG for
    transnational armed groups).
    ``via`` names how it was resolved (gazetteer entry id, or ``coref:`` + antecedent).
    """

    text: str
    start: int
    end: int
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    role: str | None = None
    via: str | None = None

    @property
    def resolved(self) -> bool:
        return self.code is not None


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in the text (a city, a region, a country used as a location), with the
    country it lies in: where an event happened, not who acted. Where the gazetteer decides
    which place it is (``vigie.geocode``): its GeoNames id, its point (none for a country or a
    region) and its first-level region as GeoNames keys it (``FR.11``)."""

    text: str
    start: int
    end: int
    name: str
    country: str | None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None


def place_fields(place: Place | None) -> dict[str, Any]:
    """An event's fields for the gazetteer's reading of its place (all None without one)."""
    return {"location_country": place.country if place else None,
            "geonames_id": place.geonames_id if place else None,
            "lat": place.lat if place else None, "lon": place.lon if place else None,
            "admin1": place.admin1 if place else None}


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says so: the speaker actors and/or a named source (a note, a report), the cue word,
    and the medium it came through ("vue par Reuters")."""

    speaker: tuple[Actor, ...] = ()
    source: str | None = None
    cue: str | None = None
    medium: str | None = None


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A temporal expression resolved against the publication date (ISO-TimeML style value)."""

    doc_id: str
    text: str
    start: int
    end: int
    type: str  # date | time | duration | set
    value: str | None
    precision: str | None  # day | week | month | quarter | year | decade | century
    interval_start: str | None = None
    interval_end: str | None = None
    kind: str = "time"

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(frozen=True, slots=True)
class Quote:
    """Reported speech: direct (quotation marks) or indirect (X a déclaré que …)."""

    doc_id: str
    text: str  # the quoted content
    start: int
    end: int
    direct: bool
    speaker: tuple[Actor, ...] = ()
    source: str | None = None  # a named non-actor source: "la note", "un rapport"
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    medium: str | None = None
    kind: str = "quote"

    def attribution(self) -> Attribution:
        return Attribution(speaker=self.speaker, source=self.source, cue=self.cue,
                           medium=self.medium)

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(frozen=True, slots=True)
class Claim:
    """A numeric claim: a quantity, what it counts, and who says so."""

    doc_id: str
    text: str
    start: int
    end: int
    value: float | None  # the point value, or None for a range or a vague amount
    low: float | None
    high: float | None
    bound: str  # exact | at_least | more_than | at_most | less_than | about | range | vague
    unit: str | None  # the counted noun's lemma: prisonnier, mort, baril …
    counted: str | None  # the counted noun phrase as written
    attribution: Attribution | None = None
    kind: str = "claim"

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event. Offsets (``start``/``end``) are those of the trigger."""

    doc_id: str
    event: str  # PLOVER type
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    quad_class: int
    goldstein: float
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    # ``date`` and ``date_end`` are the first and last day ``date_value`` spans
    # (``vigie.dates.calendar_span``): computed, never passed.
    date: str | None = field(init=False)
    date_end: str | None = field(init=False)
    date_value: str | None  # ISO-TimeML: 2023, 2022-05, 2023-W09, 2023-03-10
    date_text: str | None
    date_precision: str | None  # day | week | month | year
    location: str | None
    negated: bool
    tense: str  # past | present | future
    hypothetical: bool
    attribution: Attribution | None
    event_text: str
    sentence: str
    start: int
    end: int
    language: str
    confidence: float
    rule: str  # the lexicon entry id or rule that fired
    mentions: int = 1
    historical: bool = False
    date_source: str = "text"  # text | publication
    # The place of ``location`` in the gazetteer (see ``Place``), where it is decided.
    location_country: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    kind: str = "event"
    id: str = field(default="")

    def __post_init__(self) -> None:
        span = calendar_span(self.date_value)
        object.__setattr__(self, "date", span[0].isoformat() if span else None)
        object.__setattr__(self, "date_end", span[1].isoformat() if span else None)
        if not self.id:
            object.__setattr__(self, "id", event_id(self))

    def to_dict(self) -> dict[str, Any]:
        data = _plain(self)
        return {"id": data.pop("id"), **data}


def event_id(event: Event) -> str:
    """A stable id: the same event in the same document always gets the same id."""
    key = json.dumps(
        [event.doc_id, event.event, event.cameo, [a.code or a.text for a in event.actor],
         [a.code or a.text for a in event.recipient], event.date_value, event.start,
         event.end],
        ensure_ascii=False,
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


Record = Event | Quote | Claim | TimeRef
