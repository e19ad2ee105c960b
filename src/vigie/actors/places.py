"""Places: where things happen, as opposed to who acts. One ``Place`` per place mention, in text
order, with its canonical English name and the ISO alpha-3 code of the country it lies in.

Two sources. The resolver's own decisions on the names the actor gazetteer knows
(``Resolver.located``): a capital or seat of power used as a location ("au Kremlin", "in
Moscow"), a country after a locative preposition ("en Ukraine", "in Iraq": it stays an actor as
well), a dateline ("KYIV (AFP) -"). And the cities table ``data/cities.tsv``, matched on its own:
cities and regions that are places wherever they are named, capitals the gazetteer does not code
(places only where used as locations, since elsewhere they may stand for their government), and
names shared with people or words (places only where the NER says so).

Precision first: a name of the table is no place where it lies inside an emitted actor other than
a country ("Gaza City" around the country alias "Gaza" is fine), inside a longer person or
organisation name ("Sydney Sweeney", "Université de Kharkiv"), names a street ("la rue de Rome",
"Kharkiv Street"), or is a homonym that a region of another country follows ("Paris, Texas").
Where two places overlap, the longer wins ("sud du Liban" over "Liban").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from vigie.actors.gazetteer import country_name, data_rows, fold, split_forms
from vigie.actors.mention import Mention
from vigie.actors.phrases import PhraseIndex, longest_first
from vigie.actors.resolver import (
    DATELINE_CITY_TOKENS,
    DATELINE_DASHES,
    DATELINE_TOKENS,
    NAME_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    Resolver,
)
from vigie.model import Actor, Place
from vigie.nlp import pipeline_for

# Flags of the names that are places here once ``PlaceFinder.usable`` lets them through, whatever
# the NER calls them: an unknown "person" that is exactly such a name is its mistake ("Khan
# Younis", « à Wellington »).
LOCATED_NAMES = frozenset({"-", "capital"})


@dataclass(frozen=True, slots=True)
class PlaceName:
    """One row of the cities table: what a spelling names (flags explained in the table)."""

    name: str
    country: str | None
    kind: str  # city | region
    flag: str  # - | capital | ner | actor | skip
    capital: bool  # the spelling starts with a capital letter, so the text must too


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # token indices, end exclusive
    end: int
    place: PlaceName


@dataclass(frozen=True)
class PlaceTable:
    """One language's cities table: the index of the spellings that are matched here (all
    but the ``actor`` rows, which the actor gazetteer matches), and every spelling's reading."""

    index: PhraseIndex
    names: dict[str, PlaceName]  # by folded spelling

    def find(self, doc: Doc) -> list[Candidate]:
        """Table hits in ``doc``, longest first where they overlap, in text order."""
        found = []
        for key, start, end in self.index.find(self.index.words(doc)):
            place = self.names[key]
            if not place.capital or doc[start].text[:1].isupper():
                found.append(Candidate(start, end, place))
        return longest_first(found)


@cache
def place_table(lang: str) -> PlaceTable:
    """The cities table of one language, compiled once per process with that language's
    tokenizer so that spellings split as the text does."""
    nlp = pipeline_for(lang)
    names: dict[str, PlaceName] = {}
    forms: dict[str, set[str]] = {}
    for row in data_rows("cities"):
        if row["lang"] != "*" and lang not in split_forms(row["lang"]):
            continue
        country = None if row["country"] == "-" else row["country"]
        for spelling in split_forms(row["names"]):
            key = fold(spelling)
            names[key] = PlaceName(row["name"], country, row["kind"], row["flag"],
                                   spelling[:1].isupper())
            if row["flag"] != "actor":
                forms.setdefault(key, set()).update({spelling.lower(), key})
    return PlaceTable(PhraseIndex(nlp, forms, lower=True), names)


class PlaceFinder:
    """The places of one resolved article."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.doc = resolver.doc
        self.table = place_table(resolver.analysis.lang)
        grammar = resolver.gaz.grammar
        self.streets = grammar.get("street_nouns", frozenset())
        self.genitive = grammar.get("genitive", frozenset())
        actors = resolver.analysis.actors
        # Unknown "people" that are exactly a city of the table: the NER's mistake (Khan Younis).
        self.misread = {(a.start, a.end): a for a in actors if a.via == "ner:person"}
        self.withdrawn: list[Actor] = []
        # Characters inside other emitted actors, bare countries aside: no place is found there.
        self.acting = {i for a in actors if not (a.via or "").startswith("country:")
                       and (a.start, a.end) not in self.misread for i in range(a.start, a.end)}

    def run(self) -> list[Place]:
        located = list(self.resolver.located)
        located += self.coordinated(located)
        candidates = [self.located(m) for m in located]
        candidates += [c for c in self.table.find(self.doc) if self.usable(c)]
        found = [c for c in candidates if not self.street(c)]
        text = self.resolver.text
        places = []
        for c in longest_first(found):
            if self.homonym(c, found):
                continue
            span = self.doc[c.start:c.end]
            places.append(Place(text[span.start_char:span.end_char], span.start_char,
                                span.end_char, c.place.name, c.place.country))
            self.resolver.analysis.note("actors", span.start_char, span.end_char, "found",
                                        f"{span.text!r}: place {c.place.name}")
            person = self.misread.get((span.start_char, span.end_char))
            if person is not None and c.place.flag in LOCATED_NAMES:
                self.withdrawn.append(person)
                self.resolver.analysis.note("actors", person.start, person.end, "dropped",
                                            f"{person.text!r}: a city the NER took for a person")
        return places

    def coordinated(self, located: list[Mention]) -> list[Mention]:
        """Countries coordinated with a located name share its preposition: "in Iraq and
        Syria". Capitals are left as the resolver coded them."""
        found = []
        for mention in located:
            for token in mention.root(self.doc).conjuncts:
                other = self.resolver.by_token.get(token.i)
                if (other is not None and other.kind == "country" and other.coded()
                        and other not in located and other not in found):
                    found.append(other)
        return found

    def located(self, mention: Mention) -> Candidate:
        """A name the resolver found to be a place here, named as the cities table names it."""
        entry = mention.entry
        assert entry is not None
        span = self.doc[mention.start:mention.end]
        known = self.table.names.get(fold(span.text))
        country = entry.key if mention.kind == "country" else entry.country
        if known is not None:
            name = known.name
        else:
            name = (country_name(entry.key) if mention.kind == "country" else entry.name) or ""
        kind = "region" if mention.kind == "country" else "city"
        return Candidate(mention.start, mention.end, PlaceName(name, country, kind, "actor", True))

    def usable(self, candidate: Candidate) -> bool:
        """Whether a table hit is a place mention here (see the module docstring)."""
        doc, start, end = self.doc, candidate.start, candidate.end
        flag = candidate.place.flag
        span = doc[start:end]
        if flag == "skip":
            return False
        if self.opens_dateline(span):
            # "KUALA LUMPUR -", "KARACHI (Reuters) -": where the story was filed, whatever the
            # NER, misled by the capitals, took the words for.
            return True
        if flag == "ner" and any(t.ent_type_ not in PLACE_LABELS for t in span):
            return False
        if flag == "capital" and not self.resolver.locative(span.root, start):
            return False
        if not self.acting.isdisjoint(range(span.start_char, span.end_char)):
            return False
        if (span.start_char, span.end_char) in self.misread:
            return flag in LOCATED_NAMES  # a capital is here where it passed the test above
        ent = self.resolver.entity_at.get(start)
        if ent is None or ent.label_ not in NAME_LABELS:
            return True
        if ent.start == start and ent.end == end:
            return ent.label_ not in PERSON_LABELS  # "Florence" the person
        return False  # part of a longer name: "Sydney Sweeney", "université d'Oxford"

    def opens_dateline(self, span: Span) -> bool:
        """Whether the name is the city of the article's dateline, written in capitals before
        its dash ("PORT-AU-PRINCE (AP) —"): where the story was filed, a place."""
        first = next((t.i for t in self.doc[:DATELINE_TOKENS] if not t.is_space), None)
        return (span.start == first and span.text.isupper()
                and any(t.text in DATELINE_DASHES for t in self.doc[span.end:DATELINE_TOKENS]))

    def street(self, candidate: Candidate) -> bool:
        """A street or square named after the place: "rue de Rome", "avenue Kharkiv",
        "Moscow Road"."""
        doc, start, end = self.doc, candidate.start, candidate.end
        if end < len(doc) and fold(doc[end].text.rstrip(".")) in self.streets:
            return True
        before = start - 1
        if before >= 0 and fold(doc[before].text) in self.genitive:
            before -= 1
        return before >= 0 and fold(doc[before].text) in self.streets

    def homonym(self, candidate: Candidate, candidates: list[Candidate]) -> bool:
        """"Paris, Texas", "Moscow (Idaho)": a region of another country right after the name
        says the name is that region's town, not the one the table means."""
        after = candidate.end
        if after >= len(self.doc) or self.doc[after].text not in (",", "("):
            return False
        return any(other.start == after + 1 and other.place.kind == "region"
                   and other.place.country != candidate.place.country for other in candidates)


def find_places(resolver: Resolver) -> list[Place]:
    """The place mentions of an article whose actors ``resolver`` has resolved and put in
    ``analysis.actors``, in text order. An unknown person that is exactly a city of the table
    ("Khan Younis") is taken out of ``analysis.actors``: a name is a place or an actor, not both."""
    finder = PlaceFinder(resolver)
    places = finder.run()
    actors = resolver.analysis.actors
    actors[:] = [a for a in actors if all(a is not w for w in finder.withdrawn)]
    return places


def _after_unknown_city(opening: list[Token], first: Place) -> bool:
    """Whether the first place is the country after an upper-case city that no table places
    ("TRIPOLI, Libya (AP) -": which Tripoli is for the country to say)."""
    city = [t for t in opening if t.idx < first.start]
    return (1 < len(city) <= DATELINE_CITY_TOKENS + 1 and city[-1].text == ","
            and all(t.is_upper for t in city[:-1]))


def dateline_places(doc: Doc, places: list[Place], *,
                    after_unknown_city: bool = False) -> list[Place]:
    """The places of the article's dateline ("BAMAKO (AFP) -", "KANO, Nigeria, March 3
    (Reuters) -"): those before its dash, if a place opens the text and a dash follows it
    within the dateline's reach. They say where the story was filed, not where its events
    happened. With ``after_unknown_city``, also a country after an upper-case city that no
    table knows ("TRIPOLI, Libya (AP) -"): the story's country, though the event coder reads
    such a country as a place of the first sentence."""
    opening = [t for t in doc[:DATELINE_TOKENS] if not t.is_space]
    if not places or not opening or not (
            places[0].start == opening[0].idx
            or (after_unknown_city and _after_unknown_city(opening, places[0]))):
        return []
    dash = next((t.idx for t in opening if t.idx >= places[0].end and t.text in DATELINE_DASHES),
                None)
    return [] if dash is None else [p for p in places if p.end <= dash]
