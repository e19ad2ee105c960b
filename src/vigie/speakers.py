"""Speakers the actor layer does not code: whoever a quote is attributed to is recorded from the
words that name them, with ``code`` None.

In real news most speakers are nobody the gazetteer knows: a nurse in a camp, a local mayor, a
newspaper, "a Western diplomat", "residents", "the rescue team". An analyst still needs to know
who said it, so the speaker is kept as an uncoded Actor over its own words:

- a person the NER found (the actor layer's uncoded ``ner:person``), named in full: a later bare
  surname ("Novak said", « a ajouté Mme Petrova ») takes the full name given earlier;
- otherwise the noun phrase itself, without its article and without the clauses and appositions
  hanging from it: "spokesman for the Mountain Rangers Association", « diplomate occidental »;
- a subject pronoun ("he said", « a-t-elle ajouté ») with no coded antecedent refers back to the
  one person named in its sentence or the two before (``via: coref:…``); when several are, the one
  that is a subject there, else nobody: a wrong speaker is worse than none.

Language knowledge (pronouns and their gender, titles) is in ``lang/<lang>/quotes.json``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import cached_property

from spacy.tokens import Token

from vigie.analysis import Analysis
from vigie.model import Actor

CaseOf = Callable[[Token], tuple[str | None, Token | None]]
# How the actor layer says an actor is a person (see ``vigie.actors``).
PERSON_VIAS = ("person:", "ner:person", "appos:")
SENTENCES_BACK = 2
# Dependents that are no part of the speaker's words: clauses, appositions, conjuncts.
OUTSIDE_ROLES = frozenset({"relative", "clause_mod", "appos", "adverbial", "conj", "cc"})
# Dependents of the speaker's head that tie it to the clause, not to its words.
HEAD_ONLY_ROLES = frozenset({"case", "mark", "cop", "aux", "aux_pass", "fixed"})
# Prepositional dependents, part of the words only with one of the language's speaker cases.
CASE_ROLES = frozenset({"nominal_arg", "oblique"})
# Leading words that are no part of the name: articles, quantifiers, numbers.
LEADING_ROLES = frozenset({"det", "number"})


def is_person(actor: Actor) -> bool:
    return actor.via is not None and actor.via.startswith(PERSON_VIAS)


class Speakers:
    """Uncoded speakers of one analysed article."""

    def __init__(self, analysis: Analysis, roles: dict[str, str], pronouns: dict[str, str],
                 titles: dict[str, str], cases: frozenset[str], case_of: CaseOf) -> None:
        self.analysis = analysis
        self.doc = analysis.doc
        self.text = analysis.article.text
        self.roles = roles
        self.pronouns = pronouns  # subject pronoun -> gender (m, f)
        self.titles = titles  # courtesy title -> gender
        self.cases = cases  # prepositions whose complement is part of a speaker's words
        self.case_of = case_of  # (preposition, noun) of a prepositional dependent

    # Built on first use: most articles have few quotes and fewer uncoded speakers.
    @cached_property
    def persons(self) -> list[Actor]:
        return [a for a in self.analysis.actors if is_person(a)]

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [sent.start_char for sent in self.doc.sents]

    def role(self, token: Token) -> str | None:
        return self.roles.get(token.dep_)

    # -- names -------------------------------------------------------------------------------
    def full_name(self, person: Actor) -> str:
        """The fullest name the article gave this person before (or at) this mention: a bare
        surname takes the one earlier name that ends with it."""
        if person.name is not None:
            return person.name
        words = self.name_words(person.text)
        fuller = {p.text for p in self.persons
                  if p.start < person.start and p.code is None
                  and len(self.name_words(p.text)) > len(words)
                  and self.name_words(p.text)[-1] == words[-1]}
        return fuller.pop() if len(fuller) == 1 else person.text

    def name_words(self, name: str) -> list[str]:
        """The words of a name without its courtesy title ("Mme Petrova" is "Petrova")."""
        words = name.split()
        return [w for w in words if w.lower().rstrip(".") not in self.titles] or words

    def named(self, person: Actor) -> Actor:
        return replace(person, name=self.full_name(person))

    def gender(self, person: Actor) -> str | None:
        """A person's gender where a courtesy title before the name says it (Mme, Mr)."""
        i = self.token_at(person.start) - 1
        if i >= 0:
            word = self.doc[i].lower_
            return self.titles.get(word) or self.titles.get(word.rstrip("."))
        return None

    def token_at(self, char: int) -> int:
        return bisect_right(self.analysis.token_starts, char) - 1

    # -- speakers ----------------------------------------------------------------------------
    def of_noun(self, noun: Token, candidates: list[Actor],
                appositions: Sequence[Token] = ()) -> list[Actor]:
        """The uncoded speaker named by ``noun``: a person among ``candidates`` (the uncoded
        actors on the noun and its ``appositions``), a person a pronoun refers to, a name in
        apposition ("the broadcaster Channel Nine", « la société Roche Noire »), else the
        noun's own words."""
        people = [self.named(a) for a in candidates if is_person(a)]
        if people:
            return people
        if noun.pos_ == "PRON":
            return self.antecedent(noun)
        if noun.pos_ not in ("NOUN", "PROPN"):
            return []
        names = [a for a in appositions if a.pos_ == "PROPN"]
        if names and noun.pos_ == "NOUN":
            return [self.phrase(names[0], candidates)]
        return [self.phrase(noun, candidates)]

    def phrase(self, noun: Token, candidates: list[Actor]) -> Actor:
        """An actor over the noun's own words; an uncoded actor the actor layer put on the noun
        itself ("police", « syndicat ») gives its sector and role."""
        tokens = sorted(self.phrase_tokens(noun), key=lambda t: t.i)
        first, last = tokens[0].i, tokens[-1].i
        # Contiguous words only: a dependent across a comma is no part of the name.
        for token in self.doc[noun.i : last + 1]:
            if token.is_punct and token.text not in ("'", "’", "-"):
                last = token.i - 1
                break
        for token in reversed(self.doc[first : noun.i]):
            if token.is_punct and token.text not in ("'", "’", "-"):
                first = token.i + 1
                break
        while first < noun.i and (self.role(self.doc[first]) in LEADING_ROLES
                                  or self.doc[first].is_punct) and not self.opens_name(first):
            first += 1
        # Words joined by a hyphen are one: « l'état-major » whatever the parse made of it.
        while last + 1 < len(self.doc) and not self.doc[last].whitespace_ and (
                self.doc[last].text.endswith("-") or self.doc[last + 1].text.startswith("-")):
            last += 1
        start, end = self.doc[first].idx, self.doc[last].idx + len(self.doc[last])
        words = self.text[start:end]
        own = next((a for a in candidates if a.start <= noun.idx < a.end), None)
        return Actor(words, start, end, None, None, own.sector if own else None, words,
                     own.role if own else None, "speaker:words")

    def opens_name(self, i: int) -> bool:
        """Whether the article at token ``i`` is part of a name: capitalised inside a sentence
        and the start of an entity ("d'après Le Monde"), unlike "the Daily Monitor"."""
        token = self.doc[i]
        return (token.ent_iob_ == "B" and self.doc[i + 1].ent_iob_ == "I"
                and token.text[:1].isupper() and not token.is_sent_start)

    def phrase_tokens(self, token: Token, *, head: bool = True) -> Iterator[Token]:
        """The token and the dependents that belong to a speaker's words: modifiers, name
        parts, a possessor, a name set beside it (« le quotidien La Gazette »), and complements
        with a speaker case ("spokesman for the ministry", « porte-parole de l'association »),
        not "lors d'une conférence de presse", nor the head's own preposition ("selon")."""
        yield token
        for child in token.children:
            role = self.role(child)
            if child.is_punct or role in OUTSIDE_ROLES or self.is_clause_like(child) or (
                    head and role in HEAD_ONLY_ROLES):
                continue
            if role in CASE_ROLES:
                case, noun = self.case_of(child)
                if case not in (None, *self.cases) or (noun is not None and self.is_time(noun)):
                    continue
            yield from self.phrase_tokens(child, head=False)

    def is_time(self, token: Token) -> bool:
        return any(t.start <= token.idx < t.end for t in self.analysis.times)

    def is_clause_like(self, modifier: Token) -> bool:
        """An adjective or participle with complements of its own is a reduced clause, no part
        of a name: "a source close to the talks", « un diplomate présent à la réunion »."""
        return modifier.pos_ in ("ADJ", "VERB", "ADV") and any(
            self.role(c) in ("oblique", "nominal_arg", "complement") for c in modifier.children)

    def antecedent(self, pronoun: Token) -> list[Actor]:
        """The person a subject pronoun refers to: the one person named in its sentence before
        it or in the two sentences before, the nearest sentence that names any; among several,
        the only one that is a subject there."""
        gender = self.pronouns.get(pronoun.lower_)
        if gender is None:
            return []  # "on", "they", "it": no person to carry
        here = bisect_right(self.sentence_starts, pronoun.idx) - 1
        for back in range(SENTENCES_BACK + 1):
            if here - back < 0:
                break
            lo = self.sentence_starts[here - back]
            hi = self.sentence_starts[here - back + 1] if here - back + 1 < len(
                self.sentence_starts) else len(self.text)
            pool = [p for p in self.persons if lo <= p.start < min(hi, pronoun.idx)
                    and self.gender(p) in (None, gender)]
            if not pool:
                continue
            people = {self.full_name(p): p for p in pool}
            if len(people) > 1:
                subjects = {self.full_name(p): p for p in pool if self.is_subject(p)}
                people = subjects
            if len(people) != 1:
                return []
            person = next(iter(people.values()))
            start = pronoun.idx + (len(pronoun.text) - len(pronoun.text.lstrip("-")))
            return [Actor(self.text[start : pronoun.idx + len(pronoun)], start,
                          pronoun.idx + len(pronoun), person.code, person.country, person.sector,
                          self.full_name(person), person.role,
                          f"coref:{person.text}@{person.start}")]
        return []

    def is_subject(self, person: Actor) -> bool:
        """Whether the person is a subject, or coordinated with one ("Marchetti and Rossi
        toured": both are, so "he" is neither)."""
        token = self.doc[self.token_at(person.start) : self.token_at(person.end - 1) + 1].root
        while self.role(token) == "conj" and token.head.i != token.i:
            token = token.head
        return self.role(token) == "agent"
