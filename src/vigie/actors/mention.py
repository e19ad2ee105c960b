"""A mention under resolution: a stretch of tokens, what the gazetteer or the NER says it is,
and the actors it resolved to so far. Only the resolver and coreference see these; records are
Actors."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from vigie.actors.gazetteer import Entry
from vigie.model import Actor


@dataclass
class Mention:
    start: int  # token indices, end exclusive
    end: int
    kind: str  # country | place | org | person | ambiguous | demonym | sector | anaphor | named
    entries: tuple[Entry, ...] = ()
    actors: list[Actor] = field(default_factory=list)
    person_name: bool = False  # also a person's name (Washington, Jordan): the NER decides
    absorbed: bool = False  # part of a larger actor (the "nord-coréen" of "régime nord-coréen")
    done: bool = False  # actor nouns: composed in the current pass
    _root: Token | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def entry(self) -> Entry | None:
        return self.entries[0] if self.entries else None

    def root(self, doc: Doc) -> Token:
        """The head token of the mention's words, kept: the passes ask for it again and again,
        and a mention's tokens never change."""
        if self._root is None:
            self._root = doc[self.start:self.end].root
        return self._root

    def country(self) -> str | None:
        """The country a country name or a place name stands in; None for other mentions."""
        entry = self.entry
        if entry is None or self.kind not in ("country", "place"):
            return None
        return entry.key if self.kind == "country" else entry.country

    def is_person(self) -> bool:
        return self.kind in ("person", "named")

    def coded(self) -> list[Actor]:
        return [a for a in self.actors if a.code is not None]
