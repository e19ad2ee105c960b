"""Ethnic and religious groups as actors: "ethnic Hungarians in Romania", « les Kanak de
Nouvelle-Calédonie », "Shia pilgrims in Karbala".

A group is never the state it lives in. Its actor keeps the group in ``name`` ("Hungarians",
"Shia"), says it is a people in ``role`` (``people``), and is coded by the place its own phrase
gives it, as a population of that country (sector CVL: ``ROUCVL``, via ``located:<place>``). A
group the text does not place stays uncoded with its sector, and the event coder places it by
where the event happens, as it places other unnamed groups. The groups are data
(``data/peoples.tsv``); a plural demonym made a group by "ethnic" (``grammar.tsv``) is one too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from vigie.actors.gazetteer import country_name, data_rows, fold, iso_countries, split_forms
from vigie.actors.resolver import Resolver
from vigie.model import Actor, Place
from vigie.nlp import pipeline_for

GROUP_SECTOR = "CVL"  # a population, as CAMEO codes ethnic groups (Phoenix: ETHNIC_GROUP ~CVL)
PEOPLE_ROLE = "people"
NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class GroupTable:
    matcher: PhraseMatcher
    names: dict[str, str]  # folded form -> the group's English name


@cache
def group_table(lang: str) -> GroupTable:
    """The groups of one language, compiled once per process with its tokenizer."""
    nlp = pipeline_for(lang)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    names: dict[str, str] = {}
    forms: dict[str, set[str]] = {}
    for row in data_rows("peoples"):
        if row["lang"] != lang:
            continue
        for form in split_forms(row["forms"]):
            key = fold(form)
            names[key] = row["name"]
            forms.setdefault(key, {key}).add(form.lower())
    for key in sorted(forms):
        matcher.add(key, list(nlp.tokenizer.pipe(sorted(forms[key]))))
    return GroupTable(matcher, names)


class GroupFinder:
    """The ethnic and religious groups of one resolved article whose places are known."""

    def __init__(self, resolver: Resolver, places: list[Place]) -> None:
        self.resolver = resolver
        self.doc: Doc = resolver.doc
        grammar = resolver.gaz.grammar
        self.members = grammar.get("members", frozenset())
        self.ethnic = grammar.get("ethnic", frozenset())
        self.cases = grammar.get("people_place", frozenset())
        self.locative = grammar.get("locative", frozenset()) | grammar.get(
            "locative_adjunct", frozenset())
        self.places = places
        self.named: set[int] = set()  # tokens of group names in the article

    def run(self, actors: list[Actor]) -> list[Actor]:
        """``actors`` with each group's actor in place of the uncoded words it covers."""
        groups: list[Actor] = []
        table = group_table(self.resolver.analysis.lang)
        strings = self.doc.vocab.strings
        matches = table.matcher(self.doc)
        self.named = {i for _, start, end in matches for i in range(start, end)}
        for key_hash, start, end in matches:
            group = self.group(start, end, table.names[strings[key_hash]], actors)
            if group is not None and all(g.start != group.start for g in groups):
                groups.append(group)
        for actor in actors:  # "ethnic Albanians": a demonym the resolver found to be a group
            if actor.code is None and actor.role == PEOPLE_ROLE and (
                    actor.via or "").startswith("demonym:"):
                span = self.doc.char_span(actor.start, actor.end, alignment_mode="expand")
                if span is not None:
                    groups.append(self.placed(span.root, span.start, span.end, span.root.text,
                                              actors))
        kept = [a for a in actors if not any(
            a.code is None and g.start <= a.start and a.end <= g.end for g in groups)]
        return sorted([*kept, *groups], key=lambda a: (a.start, a.end))

    def group(self, start: int, end: int, name: str, actors: list[Actor]) -> Actor | None:
        """The group named by the words ``start:end``: the words themselves as a noun ("the
        Kurds"), or with the member noun they qualify ("Shia pilgrims", « pèlerins chiites »);
        None where they qualify something else ("the Jewish state", "Kurdish forces") or an
        actor already names them ("the Kurdistan Workers' Party")."""
        words = self.doc[start:end]
        noun = words.root
        if self.resolver.roles.get(noun.dep_) == "modifier" and noun.head.pos_ in NOUNS:
            noun = noun.head
            if fold(noun.text) not in self.members:
                return None  # "Coptic Christians" is found through "Christians"
        elif noun.pos_ not in NOUNS:
            return None
        # The group's other words before the noun: "Coptic Christians", "Shia Muslims".
        start = min([start, *(c.i for c in noun.lefts if c.i in self.named)])
        first, last = min(start, noun.i), max(end, noun.i + 1)
        text_start, text_end = self.doc[first].idx, self.doc[last - 1].idx + len(
            self.doc[last - 1].text)
        if any(a.code is not None and a.start < text_end and text_start < a.end for a in actors):
            return None
        return self.placed(noun, first, last, name, actors)

    def placed(self, noun: Token, first: int, last: int, name: str,
               actors: list[Actor]) -> Actor:
        """The group's actor over its words (with "ethnic" before them), coded by the place its
        phrase gives it, else uncoded."""
        for child in noun.children:
            if child.i == first - 1 and fold(child.text) in self.ethnic:
                first = child.i
        span = self.doc[first:last]
        found = self.place_of(noun, actors)
        if found is None:
            return Actor(span.text, span.start_char, span.end_char, None, None, GROUP_SECTOR,
                         name, PEOPLE_ROLE, f"people:{name}")
        country, where = found
        self.resolver.analysis.note("actors", span.start_char, span.end_char, "found",
                                    f"{span.text!r}: {name}, a people placed in {where}")
        return Actor(span.text, span.start_char, span.end_char, f"{country}{GROUP_SECTOR}",
                     country, GROUP_SECTOR, name, PEOPLE_ROLE, f"people:{name}+located:{where}")

    def place_of(self, noun: Token, actors: list[Actor]) -> tuple[str, str] | None:
        """(country, place name) of the place or country the group's own phrase puts it in
        ("in Karbala", "of Syria", « de Nouvelle-Calédonie », a country's adjective: "Iraqi
        Kurds", « les Kurdes irakiens », a participle: "guerrillas operating in Macedonia"),
        else of where the clause it is an argument of happens ("attacked Shia pilgrims in
        Karbala")."""
        found = self.place_below(noun, self.cases, actors) or self.demonym_of(noun)
        roles = self.resolver.roles
        for clause in noun.children:
            if found is None and roles.get(clause.dep_) == "clause_mod":
                found = self.place_below(clause, self.locative, actors)
        head = noun.head
        if found is None and head is not noun and head.pos_ in ("VERB", "AUX"):
            found = self.place_below(head, self.locative, actors)
        return found

    def demonym_of(self, noun: Token) -> tuple[str, str] | None:
        """(country, the country's name) of a country's adjective on the group's noun: "Iraqi Kurds"
        live in Iraq. A group's own adjective ("Kurdish", "Albanian" after "ethnic") is none."""
        for child in noun.children:
            mention = self.resolver.by_token.get(child.i)
            if (child.i not in self.named and mention is not None and mention.kind == "demonym"
                    and self.resolver.roles.get(child.dep_) == "modifier"
                    and not any(fold(t.text) in self.ethnic for t in child.children)
                    and (country := self.resolver.country_of(mention)) in iso_countries()):
                return country, country_name(country)
        return None

    def place_below(self, token: Token, cases: frozenset[str],
                    actors: list[Actor]) -> tuple[str, str] | None:
        """The first place among the prepositional dependents of ``token`` whose preposition is
        one of ``cases``: the object of the preposition under ClearNLP, the nominal that holds
        its preposition under UD."""
        roles = self.resolver.roles
        for child in token.children:
            role = roles.get(child.dep_)
            if role == "oblique" and fold(child.text) in cases:
                where = [g for g in child.children if roles.get(g.dep_) == "case_object"]
            elif role in ("nominal_arg", "modifier", "oblique") and any(
                    roles.get(c.dep_) == "case" and fold(c.text) in cases
                    for c in child.children):
                where = [child]
            else:
                continue
            for place in where:
                found = self.country_at(place, actors)
                if found is not None:
                    return found
        return None

    def country_at(self, token: Token, actors: list[Actor]) -> tuple[str, str] | None:
        start, end = token.idx, token.idx + len(token.text)
        for place in self.places:
            if place.start <= start < place.end and place.country:
                return place.country, place.name
        for actor in actors:
            # A country, or a capital that is the group's place, not its government ("les
            # fidèles sunnites de Bagdad").
            if (actor.start <= start and end <= actor.end and actor.country in iso_countries()
                    and (actor.via or "").startswith(("country:", "place:"))):
                return actor.country, self.doc.char_span(
                    actor.start, actor.end, alignment_mode="expand").text
        return None


def find_groups(resolver: Resolver, places: list[Place]) -> None:
    """Put the article's ethnic and religious groups in ``analysis.actors``, in text order."""
    actors = resolver.analysis.actors
    actors[:] = GroupFinder(resolver, places).run(actors)
