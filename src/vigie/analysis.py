"""The per-article working state that flows through the analysers, like a spaCy ``Doc``.

Each analyser reads what earlier ones set and fills its own field; ``trace``
keeps, for ``vigie explain``, what fired and what was dropped and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.tokens import Doc, Token

from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.model import Actor, Article, Claim, Event, Place, Quote, Record, TimeRef

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


@dataclass(frozen=True, slots=True)
class TraceNote:
    stage: str  # actors | places | time | quotes | claims | events
    start: int  # character offsets of what the note is about
    end: int
    verdict: str  # found | fired | dropped | merged | unresolved
    message: str


@dataclass
class Analysis:
    article: Article
    doc: Doc
    lang: str
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)  # filled by the actors analyser
    times: list[TimeRef] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    trace: list[TraceNote] = field(default_factory=list)
    settings: Settings = DEFAULT_SETTINGS  # what the article is analysed with

    @property
    def doc_id(self) -> str:
        return self.article.id

    # Per-token strings and offsets that several analysers read at every token, built once and
    # read from the token attribute array: a Token object per word costs more than the lookup.
    @cached_property
    def forms(self) -> list[str]:
        """Each token's text in lower case with typographic apostrophes made straight, the form
        lexicon phrases are listed in."""
        strings = self.doc.vocab.strings
        return [strings[key].translate(APOSTROPHES) for key in self.doc.to_array(LOWER).tolist()]

    @cached_property
    def lemmas(self) -> list[str]:
        """Each token's lemma in lower case, as the lexicons list them."""
        strings = self.doc.vocab.strings
        return [strings[key].lower() for key in self.doc.to_array(LEMMA).tolist()]

    @cached_property
    def pos_tags(self) -> list[str]:
        """Each token's universal part of speech (``Token.pos_``)."""
        strings = self.doc.vocab.strings
        return [strings[key] for key in self.doc.to_array(POS).tolist()]

    @cached_property
    def token_starts(self) -> list[int]:
        """Each token's first character (``Token.idx``): bisected to find a character's token."""
        return self.doc.to_array(IDX).tolist()

    def note(self, stage: str, start: int, end: int, verdict: str, message: str) -> None:
        self.trace.append(TraceNote(stage, start, end, verdict, message))

    def actors_at(self, token: Token) -> list[Actor]:
        """Actor mentions that cover ``token`` (several for "les deux pays")."""
        at = token.idx  # read once: a Token attribute is a call into spaCy
        return [a for a in self.actors if a.start <= at < a.end]

    def places_at(self, token: Token) -> list[Place]:
        """Place mentions that cover ``token``."""
        at = token.idx
        return [p for p in self.places if p.start <= at < p.end]

    def records(self) -> list[Record]:
        """All output records in text order; ties keep kind order event, quote, claim, time."""
        kinds = {"event": 0, "quote": 1, "claim": 2, "time": 3}
        records: list[Record] = [*self.events, *self.quotes, *self.claims, *self.times]
        return sorted(records, key=lambda r: (r.start, kinds[r.kind], r.end))
