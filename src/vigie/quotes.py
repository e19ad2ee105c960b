"""Reported speech: direct quotations and indirect speech, and who says each.

Every statement in a wire story is somebody's: analysts weigh an accusation or a casualty figure
by its speaker (actors), its source (a note, a report) and the medium that carried it ("vue par
Reuters"). This analyser finds

- direct quotations between quotation marks, across sentences too, attributed by the cue set
  off after them (« … », ont déclaré X / "…," X said), the cue introducing them (X a déclaré :
  « … » / According to X, "…"), or the reporting verb whose complement holds them
  (X a affirmé que la situation était « désastreuse »);
- indirect speech: a reporting verb with a finite complement clause (X a indiqué que …,
  X said (that) …), a reporting verb set off after its clause (…, a indiqué X), and attribution
  phrases (selon X, d'après X, according to X) over the clause they modify.

Speakers are the actors that the actor layer put on the subject of the reporting verb (with its
conjuncts), or on the object of the attribution phrase. A source noun (note, report) is kept as
``source`` and its nominal modifiers give the speakers ("la note des États-Unis"); a definite
source noun with no speaker of its own ("selon la note") refers back and takes the speakers of
the last quote with the same source. Precision first: a quotation with neither a cue nor a verb
(a title, a scare-quoted term) is not reported speech and is left out.

Language knowledge is in ``lang/<lang>/quotes.json``; dependency labels are read through the
roles of ``lang/<lang>/syntax.json``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from spacy.tokens import Token

from vigie.analysis import APOSTROPHES, Analysis
from vigie.lang import load_table
from vigie.model import Actor, Attribution, Quote
from vigie.speakers import Speakers

STAGE = "quotes"
MEDIA_SECTOR = "MED"
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
PREDICATE = frozenset({"VERB", "AUX"})
# Punctuation that closes the clause a cue can belong to.
CLAUSE_END = frozenset({".", "!", "?", "…", ";"})
# What ends a sentence a quotation can make up on its own.
SENTENCE_END = frozenset({".", "!", "?", "…"})
# What sets a cue off after a quotation: « … », a-t-il dit / "…" - said X.
SET_OFF = frozenset({",", "-", "–", "—", "("})
# What introduces a quotation after its cue: X a déclaré : « … » / According to X, "…".
INTRODUCERS = frozenset({":", ","})
# Roles whose subtrees are clauses of their own, not part of a noun phrase.
CLAUSE_ROLES = frozenset({"clause_mod", "relative", "adverbial", "complement"})
# Tokens that may stand between a comma and an inverted reporting verb: ", a-t-il encore dit".
INCISE_FILLER = frozenset({"AUX", "PRON", "ADV", "PART"})
# What may come between an attribution word and its noun: "selon [les] [deux] [principaux] X".
PHRASE_FILLER = frozenset({"DET", "ADJ", "NUM", "ADV"})
WINDOW = 12  # tokens scanned after or before a quotation for its cue


def words(phrase: str) -> tuple[str, ...]:
    """The tokens of a lexicon phrase as spaCy splits them: "d'après" -> ("d'", "après")."""
    return tuple(phrase.lower().translate(APOSTROPHES).replace("'", "' ").split())


@dataclass(frozen=True, slots=True)
class Phrases:
    """Lexicon phrases (tuples of token forms) by their first word, longest first: matching at
    every token of an article then costs one lookup where no phrase starts."""

    by_first: dict[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def of(cls, phrases: Iterable[tuple[str, ...]]) -> Phrases:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            if phrase:
                by_first.setdefault(phrase[0], []).append(phrase)
        return cls({first: tuple(sorted(group, key=len, reverse=True))
                    for first, group in by_first.items()})

    def match_at(self, forms: Sequence[str], i: int) -> int:
        """Length in tokens of the longest phrase that starts at token ``i`` of an article whose
        token forms are ``forms`` (``Analysis.forms``); 0 when none does."""
        if i < len(forms):
            for phrase in self.by_first.get(forms[i], ()):
                if tuple(forms[i : i + len(phrase)]) == phrase:
                    return len(phrase)
        return 0


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The reported-speech knowledge of one language (``lang/<lang>/quotes.json``)."""

    roles: dict[str, str]
    verbs: frozenset[str]
    phrases: dict[tuple[str, ...], str]  # attribution phrase -> the phrase as listed
    phrase_index: Phrases
    not_sources: frozenset[str]
    source_nouns: frozenset[str]
    source_cases: frozenset[str]
    container_cases: frozenset[str]
    medium_cues: Phrases
    complementizers: frozenset[str]
    speaker_pronouns: dict[str, str]  # pronoun -> gender
    inverted_subjects: frozenset[str]
    courtesy_titles: dict[str, str]  # title -> gender
    speaking_sources: frozenset[str]
    speaker_cases: frozenset[str]
    infinitive_reporting_verbs: frozenset[str]
    quote_pairs: tuple[tuple[str, str], ...]
    marks: frozenset[str]  # every quotation mark, opening or closing
    mark_pattern: re.Pattern[str]  # any one of them

    def role(self, token: Token) -> str | None:
        return self.roles.get(token.dep_)


@cache
def lexicon(lang: str) -> Lexicon:
    table = load_table(lang, "quotes")
    pairs = tuple((opening, closing) for opening, closing in table["quote_pairs"])
    phrases = {words(p): p for p in table["attribution_phrases"]}
    return Lexicon(
        roles=load_table(lang, "syntax")["roles"],
        verbs=frozenset(table["reporting_verbs"]),
        phrases=phrases,
        phrase_index=Phrases.of(phrases),
        not_sources=frozenset(table["not_sources"]),
        source_nouns=frozenset(table["source_nouns"]),
        source_cases=frozenset(table["source_cases"]),
        container_cases=frozenset(table["source_container_cases"]),
        medium_cues=Phrases.of(words(p) for p in table["medium_cues"]),
        complementizers=frozenset(table["complementizers"]),
        speaker_pronouns=dict(table["speaker_pronouns"]),
        inverted_subjects=frozenset(table["inverted_subjects"]),
        courtesy_titles=dict(table["courtesy_titles"]),
        speaking_sources=frozenset(table["speaking_sources"]),
        speaker_cases=frozenset(table["speaker_cases"]),
        infinitive_reporting_verbs=frozenset(table["infinitive_reporting_verbs"]),
        quote_pairs=pairs,
        marks=frozenset(mark for pair in pairs for mark in pair),
        mark_pattern=re.compile("|".join(re.escape(mark) for pair in pairs for mark in pair)),
    )


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting verb or an attribution phrase. ``word`` is its canonical form (the verb's
    lemma, the phrase as listed); ``head`` is the verb, or the head of the phrase's object."""

    word: str
    first: int  # token indexes, inclusive
    last: int
    head: Token | None
    verb: bool


@dataclass
class Found:
    """A quote being built; mutable until the source back-references are filled."""

    start: int
    end: int
    direct: bool
    cue: Cue | None = None
    speakers: list[Actor] = field(default_factory=list)
    source: str | None = None
    definite_source: bool = False
    medium: str | None = None
    continued: bool = False  # a quotation that goes on in the next paragraph
    marks: tuple[int, int] = (0, 0)  # tokens of the opening and closing marks (direct quotes)

    def borrow(self, other: Found) -> None:
        """Take the attribution of ``other``: the same speaker goes on."""
        self.cue, self.speakers, self.source = other.cue, other.speakers, other.source
        self.definite_source, self.medium = other.definite_source, other.medium


class QuoteFinder:
    """Finds the quotes of one analysed article."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.doc = analysis.doc
        self.text = analysis.article.text  # the Doc's text, which Doc.text rebuilds each time
        self.lex = lexicon(analysis.lang)
        self.forms = analysis.forms
        self.starts = analysis.token_starts
        tags = analysis.pos_tags
        self.cue_verbs = {i for i, lemma in enumerate(analysis.lemmas)
                          if tags[i] in PREDICATE and lemma in self.lex.verbs}
        self.uses = list(self.phrase_uses())
        self.speakers = Speakers(analysis, self.lex.roles, self.lex.speaker_pronouns,
                                 self.lex.courtesy_titles, self.lex.speaker_cases, self.case_of)

    # -- token helpers -------------------------------------------------------------------------

    def token_at(self, char: int) -> int:
        return max(bisect.bisect_right(self.starts, char) - 1, 0)

    def is_boundary(self, token: Token) -> bool:
        return token.text in CLAUSE_END or "\n" in token.text or token.text in self.lex.marks

    def is_cue_verb(self, token: Token) -> bool:
        return token.i in self.cue_verbs

    def verb_cue(self, token: Token) -> Cue:
        return Cue(token.lemma_.lower(), token.i, token.i, token, verb=True)

    def phrase_cue(self, i: int) -> Cue | None:
        n = self.lex.phrase_index.match_at(self.forms, i)
        if not n:
            return None
        phrase = tuple(self.forms[i : i + n])
        return Cue(self.lex.phrases[phrase], i, i + n - 1, self.object_head(i + n), verb=False)

    def object_head(self, i: int) -> Token | None:
        """The head noun of the phrase starting at token ``i`` (selon [la note], according to
        [US officials]): the first nominal, then up its compound chain."""
        for token in self.doc[i : i + 4]:
            if token.pos_ not in NOMINAL and token.pos_ not in PHRASE_FILLER:
                return None  # "selon que …" opens a clause, not a source
            if token.pos_ in NOMINAL:
                while (
                    self.lex.role(token) == "modifier"
                    and token.head.i > token.i
                    and token.head.pos_ in NOMINAL
                ):
                    token = token.head
                return token
        return None

    def span_of(self, first: int, last: int) -> tuple[int, int]:
        return self.doc[first].idx, self.doc[last].idx + len(self.doc[last])

    # -- speakers ------------------------------------------------------------------------------

    def actors_on(self, token: Token) -> list[Actor]:
        """Actors overlapping the token: like ``Analysis.actors_at``, and also an actor put on
        part of a token ("il" of the token "-il" in "a-t-il")."""
        start = token.idx  # read once: a Token attribute is a call into spaCy
        end = start + len(token)
        return [a for a in self.analysis.actors if a.start < end and start < a.end]

    def core(self, token: Token) -> Iterator[Token]:
        """The token and its dependents, without the clauses hanging from them."""
        yield token
        for child in token.children:
            if self.lex.role(child) not in CLAUSE_ROLES:
                yield from self.core(child)

    def core_actors(self, token: Token) -> list[Actor]:
        return [a for t in self.core(token) for a in self.actors_on(t)]

    def case_of(self, token: Token) -> tuple[str | None, Token | None]:
        """(preposition, noun) of a prepositional dependent, in either annotation scheme: the
        noun carries its preposition (UD) or the preposition carries its noun (ClearNLP)."""
        if token.pos_ == "ADP":
            noun = next((c for c in token.children if self.lex.role(c) == "case_object"), None)
            return self.forms[token.i], noun
        case = next((c for c in token.children if self.lex.role(c) == "case"), None)
        return (case.lemma_.lower() if case is not None else None), token

    def modifier_actors(self, noun: Token) -> list[Actor]:
        """Actors in the nominal modifiers of ``noun``: "la note [des États-Unis]", "[the UN]
        report", "a statement [from the ministry]", "the ministry's statement"."""
        found: list[Actor] = []
        for child in noun.children:
            role = self.lex.role(child)
            if role in ("possessor", "modifier"):
                found += self.core_actors(child)
            elif role in ("nominal_arg", "oblique"):
                case, inner = self.case_of(child)
                if case in self.lex.source_cases and inner is not None:
                    found += self.core_actors(inner)
        return found

    def is_definite(self, noun: Token) -> bool:
        for child in noun.children:
            if self.lex.role(child) in ("det", "possessor"):
                morph = child.morph
                if "Def" in morph.get("Definite") or "Dem" in morph.get("PronType"):
                    return True
                if "Yes" in morph.get("Poss"):
                    return True
        return False

    def noun_phrase(self, head: Token) -> tuple[list[Actor], str | None, bool]:
        """Speakers, source noun and whether that source is definite, for the noun phrase headed
        by ``head`` and its conjuncts ("les Etats-Unis et l'Albanie" gives two speakers)."""
        speakers: list[Actor] = []
        source: str | None = None
        definite = False
        for noun in (head, *self.coordinated(head)):
            lemma = noun.lemma_.lower()
            if lemma in self.lex.source_nouns and noun.pos_ != "PROPN":  # not Le Courrier du Soir
                source = source or lemma
                definite = definite or self.is_definite(noun)
                own = self.modifier_actors(noun)
                if not own and lemma in self.lex.speaking_sources:
                    own = self.speakers.of_noun(noun, [])  # "a source close to the talks"
                speakers += own
                continue
            speakers += self.speakers_of(noun)
        return speakers, source, definite

    def coordinated(self, head: Token) -> list[Token]:
        """The head's conjuncts where a conjunction coordinates them: "l'ingénieure Marta
        Silva", "le représentant de la France, Nicolas de Rivière" parsed as conjuncts are a
        title and its name (see ``appositions``)."""
        conjuncts = head.conjuncts
        if not conjuncts or not any(t.pos_ == "CCONJ"
                                    for t in self.doc[head.i + 1 : max(c.i for c in conjuncts)]):
            return []
        return list(conjuncts)

    def entity_span(self, token: Token) -> tuple[int, int]:
        """First and last token of the named entity that holds the token (itself if none)."""
        first = last = token.i
        if token.ent_iob_ in ("B", "I"):
            while first > 0 and self.doc[first].ent_iob_ == "I":
                first -= 1
            while last + 1 < len(self.doc) and self.doc[last + 1].ent_iob_ == "I":
                last += 1
        return first, last

    def appositions(self, noun: Token) -> list[Token]:
        coordinated = self.coordinated(noun)
        return [c for c in noun.children if self.lex.role(c) == "appos" or (
            self.lex.role(c) == "conj" and c not in coordinated)]

    def speakers_of(self, noun: Token) -> list[Actor]:
        """Who a noun that is no source names: the coded actors on it or its appositions, else
        the coded actors of its modifiers ("a spokesman for the ministry"), else the uncoded
        speaker its words name (a person, a pronoun's antecedent, "a Western diplomat")."""
        own = self.actors_on(noun)
        appositions = self.appositions(noun)
        beside = [a for c in appositions for a in self.core_actors(c)]
        # Modifiers inside the noun's own name are no owners ("Kenya Medical Association").
        first, last = self.entity_span(noun)
        owners = [a for a in self.modifier_actors(noun)
                  if not self.doc[first].idx <= a.start < self.doc[last].idx + len(self.doc[last])]
        for found in (own, beside, owners):
            coded = [a for a in found if a.code is not None]
            if coded:
                return coded
        return self.speakers.of_noun(noun, own + beside, appositions)

    def in_time(self, token: Token) -> bool:
        return any(t.start <= token.idx < t.end for t in self.analysis.times)

    def is_subject(self, token: Token) -> bool:
        """A subject, or an inverted subject pronoun that the parser calls expletive (a-t-il)."""
        return self.lex.role(token) == "agent" or self.forms[token.i] in self.lex.inverted_subjects

    def inverted_pronoun(self, verb: Token) -> Token | None:
        """An inverted subject pronoun written against the verb that the parser hung elsewhere:
        "…, a-t-elle ajouté" where "-elle" went to the clause before."""
        j = verb.i - 1
        while j >= 0 and self.doc[j].pos_ in INCISE_FILLER:
            if self.forms[j] in self.lex.inverted_subjects:
                return self.doc[j]
            j -= 1
        for token in self.doc[verb.i + 1 : verb.i + 3]:
            if self.forms[token.i] in self.lex.inverted_subjects:
                return token
        return None

    def is_incise(self, verb: Token) -> bool:
        """Whether the verb is set off after what it reports: "…, a indiqué X", "« … », ont
        déclaré X". Its subject then follows it."""
        j = verb.i - 1
        while j >= 0 and self.doc[j].pos_ in INCISE_FILLER:
            j -= 1
        return j >= 0 and self.doc[j].text in SET_OFF

    def prefer(self, candidates: list[Token], verb: Token) -> Token:
        """The candidate the actor layer codes, else the one nearest the verb that is no time
        word: the inverted subject comes after time words ("a déclaré jeudi le ministre"), and a
        second subject is a parse error on a title and its name ("l'hebdomadaire L'Écho des
        Vallées écrit") or on a clause after the subject ("confie une femme qui …, Fatima")."""
        known = [c for c in candidates if any(a.code for a in self.actors_on(c))]
        if known:
            return known[0]
        timeless = [c for c in candidates if not self.in_time(c)] or candidates
        return min(timeless, key=lambda c: abs(c.i - verb.i))

    def subject(self, verb: Token, outside: tuple[int, int]) -> Token | None:
        """The subject of a reporting verb. After its clause the French parser often labels the
        inverted subject an object; a conjoined or participial verb (a menacé … et a averti
        que, estimant que) shares its head's subject, unless that head is inside the quotation
        (``outside`` is the content span)."""
        subjects = [c for c in verb.children if c.pos_ in NOMINAL and self.is_subject(c)]
        if subjects:
            return self.prefer(subjects, verb)
        inverted = self.inverted_pronoun(verb)
        if inverted is not None:
            return inverted
        if self.is_incise(verb):
            after = [
                c for c in verb.children
                if c.i > verb.i and self.lex.role(c) in ("agent", "patient")
                and c.pos_ in NOMINAL and not self.in_time(c)
            ]
            if after:
                return self.prefer(after, verb)
        head = verb.head
        if (
            head.i != verb.i
            and self.lex.role(verb) in ("conj", "adverbial")
            and head.pos_ in PREDICATE
            and not outside[0] <= head.idx < outside[1]
        ):
            return self.subject(head, outside)
        return None

    def container_source(self, verb: Token) -> tuple[list[Actor], str | None, bool]:
        """A source noun next to the verb: "a déclaré dans une note", "said in a statement"."""
        for child in verb.children:
            if self.lex.role(child) != "oblique":
                continue
            case, noun = self.case_of(child)
            if (
                noun is not None
                and case in self.lex.container_cases
                and noun.lemma_.lower() in self.lex.source_nouns
            ):
                return self.modifier_actors(noun), noun.lemma_.lower(), self.is_definite(noun)
        return [], None, False

    def clause_window(self, first: int, last: int) -> range:
        """Token indexes of the clause around a cue, up to quotation marks and sentence ends."""
        lo = first
        while lo > 0 and not self.is_boundary(self.doc[lo - 1]):
            lo -= 1
        hi = last
        while hi + 1 < len(self.doc) and not self.is_boundary(self.doc[hi + 1]):
            hi += 1
        return range(lo, hi + 1)

    def medium(self, cue: Cue) -> str | None:
        """The medium named around the cue ("vue par Reuters", "seen by Reuters"), or a media
        actor the verb speaks to ("told Reuters", "a déclaré à l'AFP")."""
        for i in self.clause_window(cue.first, cue.last):
            n = self.lex.medium_cues.match_at(self.forms, i)
            if n:
                name = self.name_after(i + n)
                if name:
                    return name
        if cue.verb and cue.head is not None:
            for child in cue.head.children:
                if self.lex.role(child) in ("recipient", "oblique", "patient"):
                    _case, noun = self.case_of(child)
                    for actor in self.actors_on(noun) if noun is not None else []:
                        if actor.sector == MEDIA_SECTOR:
                            return actor.name or actor.text
        return None

    def name_after(self, i: int) -> str | None:
        """The named entity just after token ``i`` ("[l'agence] Yonhap"), else its noun."""
        tokens = [t for t in self.doc[i : i + 3] if not (t.is_punct or t.is_space)]
        for token in tokens:
            if token.ent_type_:
                # Entities sometimes run on over punctuation ("Reuters - promouvant"): stop there.
                last = token.i
                while (
                    last + 1 < len(self.doc)
                    and self.doc[last + 1].ent_iob_ == "I"
                    and not (self.doc[last + 1].is_punct or self.doc[last + 1].is_space)
                ):
                    last += 1
                return self.doc[token.i : last + 1].text
        noun = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
        return noun.text if noun is not None else None

    def attribute(self, found: Found, cue: Cue) -> None:
        found.cue = cue
        if cue.verb:
            assert cue.head is not None
            subject = self.subject(cue.head, (found.start, found.end))
            if subject is not None:
                found.speakers, found.source, found.definite_source = self.noun_phrase(subject)
            if found.source is None:
                speakers, source, definite = self.container_source(cue.head)
                if source is not None:
                    found.source, found.definite_source = source, definite
                    found.speakers = found.speakers or speakers
        elif cue.head is not None:
            found.speakers, found.source, found.definite_source = self.noun_phrase(cue.head)
        found.medium = self.medium(cue)
        if cue.verb:
            self.add_phrase_on_verb(found, cue)

    def add_phrase_on_verb(self, found: Found, cue: Cue) -> None:
        """An attribution phrase on the reporting verb itself tells where the words were found:
        "a déclaré X, d'après un communiqué" (source), "…, a dit X, selon l'AFP" (medium)."""
        for phrase, _end, attach in self.uses:
            if attach.i != cue.first or phrase.head is None:
                continue
            actors = self.actors_on(phrase.head)
            if actors and all(a.sector == MEDIA_SECTOR for a in actors):
                found.medium = found.medium or actors[0].name or actors[0].text
                continue
            speakers, source, definite = self.noun_phrase(phrase.head)
            if source is not None and found.source is None:
                found.source, found.definite_source = source, definite
                found.speakers = found.speakers or speakers

    # -- direct quotations ---------------------------------------------------------------------

    def quotations(self) -> Iterator[tuple[int, int, bool]]:
        """(opening mark, closing mark, continued) character offsets of each quotation, nested
        ones included. A quotation still open at the end of its paragraph is kept when the next
        paragraph opens with the same mark (the press convention for a quote over several
        paragraphs); it then ends with its paragraph."""
        text = self.text
        closing_of = dict(self.lex.quote_pairs)
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        for n, (start, end) in enumerate(paragraphs):
            stack: list[tuple[str, int]] = []
            for mark_found in self.lex.mark_pattern.finditer(text, start, end):
                i, char = mark_found.start(), mark_found.group()
                opened = [k for k, (mark, _at) in enumerate(stack) if closing_of[mark] == char]
                if opened:
                    k = opened[-1]
                    yield stack[k][1], i, False
                    del stack[k:]
                elif char in closing_of:
                    stack.append((char, i))
            if stack and n + 1 < len(paragraphs):
                mark, at = stack[0]
                if text[paragraphs[n + 1][0] :].lstrip().startswith(mark):
                    yield at, end, True

    def content(self, opening: int, closing: int) -> tuple[int, int]:
        """The quoted words: inside the marks, without edge spaces and the comma that belongs to
        the attribution ("We will win," he said)."""
        text = self.text
        start = opening + 1
        end = closing
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        return start, end

    def cue_after(self, opening_token: int, closing_token: int, raw_end: str) -> Cue | None:
        """The cue set off after the quotation. A verb whose subject comes before the quotation
        is not its cue: there the quotation is inside the subject ("l'Otan « qui considère … »,
        a lancé des avions")."""
        doc = self.doc
        j = closing_token + 1
        if j >= len(doc) or not (doc[j].text in SET_OFF or raw_end in {",", "?", "!"}):
            return None
        for token in doc[j : j + WINDOW]:
            if self.is_boundary(token):
                return None
            cue = self.phrase_cue(token.i)
            if cue is not None:
                return cue
            if self.is_cue_verb(token):
                subjects = [c.i for c in token.children if self.is_subject(c)]
                if subjects and max(subjects) < opening_token:
                    return None
                return self.verb_cue(token)
            if token.pos_ == "VERB":
                return None
        return None

    def cue_before(self, opening_token: int) -> Cue | None:
        doc = self.doc
        j = opening_token - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j >= 0 and self.is_cue_verb(doc[j]):
            return self.verb_cue(doc[j])  # a déclaré « avoir donné l'ordre … »
        if j < 0 or not (doc[j].text in INTRODUCERS or self.forms[j] in self.lex.complementizers):
            return None
        for i in range(j, max(j - WINDOW, -1), -1):
            token = doc[i]
            if self.is_boundary(token):
                return None
            cue = self.phrase_cue(i)
            if cue is not None:
                return cue
            if self.is_cue_verb(token):
                return self.verb_cue(token)
        return None

    def cue_above(self, first: int, last: int) -> Cue | None:
        """The cue governing the quotation in the parse: a reporting verb whose complement is
        the quotation, or a finite complement that holds it ("a affirmé que la situation était
        « désastreuse »"), or an attribution phrase on a clause that holds it ("Selon X, le but
        est « d'élaborer … »"). Infinitives higher up are other acts ("a reconnu avoir retenu
        les Américains, qualifiés d'« officiers de la CIA »")."""
        attached = {attach.i: cue for cue, _end, attach in self.uses
                    if not first <= cue.first <= last}
        for token in self.doc[first : last + 1]:
            if first <= token.head.i <= last and token.head.i != token.i:
                continue
            node = token
            while True:
                if node.i in attached:
                    return attached[node.i]
                parent = node.head
                if parent.i == node.i:
                    break
                if (
                    self.lex.role(node) == "complement"
                    and (node is token or self.is_finite(node))
                    and self.is_cue_verb(parent)
                ):
                    return self.verb_cue(parent)
                node = parent
        return None

    def direct(self) -> list[Found]:
        text = self.text
        found: list[Found] = []
        for opening, closing, continued in sorted(self.quotations()):
            start, end = self.content(opening, closing)
            if start >= end:
                continue
            first, last = self.token_at(start), self.token_at(end - 1)
            marks = (self.token_at(opening), self.token_at(closing - 1 if continued else closing))
            quote = Found(start, end, direct=True, continued=continued, marks=marks)
            cue = None
            if not continued:
                cue = self.cue_after(marks[0], marks[1], text[closing - 1])
            cue = cue or self.cue_before(marks[0]) or self.cue_above(first, last)
            if cue is not None:
                self.attribute(quote, cue)
            found.append(quote)
        # « A » et « B », a-t-il dit: the cue after the last quotation of a run serves them all;
        # so does the cue of a quotation continued over paragraphs.
        for quote, following in reversed(list(pairwise(found))):
            if quote.cue is not None or following.cue is None or following.start < quote.end:
                continue
            between = self.doc[quote.marks[1] + 1 : following.marks[0]]
            if all(t.is_punct or t.is_space or t.pos_ == "CCONJ" for t in between):
                quote.borrow(following)
        for previous, quote in pairwise(found):
            if quote.cue is None and previous.cue is not None and self.goes_on(previous, quote):
                quote.borrow(previous)
        kept = []
        for quote in found:
            tokens = self.doc[self.token_at(quote.start) : self.token_at(quote.end - 1) + 1]
            if quote.cue is None and not any(t.pos_ in PREDICATE for t in tokens):
                self.analysis.note(STAGE, quote.start, quote.end, "dropped",
                                   "quotation with neither a reporting cue nor a verb: a title or "
                                   "a term, not reported speech")
                continue
            kept.append(quote)
        return kept

    def goes_on(self, previous: Found, quote: Found) -> bool:
        """Whether a quotation is the same speaker going on: it is a sentence of its own (or a
        paragraph) right after the sentence of an attributed quotation, with nothing else
        between ("…," engineer Marta Silva said. "It was a disaster waiting to happen." / a
        quotation over several paragraphs)."""
        text = self.text
        between = text[previous.end : self.doc[quote.marks[0]].idx].rstrip(" \t\n")
        if "\n" in between:
            return False  # a paragraph of other words between
        if between and between[-1] not in SENTENCE_END:
            return False  # the quotation goes on a sentence
        if any(ch in SENTENCE_END for ch in between[:-1]):
            return False  # another sentence between
        after = text[quote.end : quote.end + 3].lstrip("".join(self.lex.marks) + " ")
        return quote.continued or text[quote.end - 1] in SENTENCE_END or (
            not after or after[0] in SENTENCE_END or after[0] == "\n")

    # -- indirect speech -----------------------------------------------------------------------

    def is_finite(self, clause: Token) -> bool:
        if "Fin" in clause.morph.get("VerbForm"):
            return True
        for child in clause.children:
            role = self.lex.role(child)
            if role in ("aux", "aux_pass", "cop") and "Fin" in child.morph.get("VerbForm"):
                return True
            if role == "mark" and self.forms[child.i] in self.lex.complementizers:
                return True
        return False

    def closes_inner_quote(self, first: int, last: int) -> bool:
        """Whether token ``last`` is the closing mark of a quotation opened within the range
        ("il n'y aurait « aucune concession »" keeps its closing mark)."""
        mark = self.doc[last].text
        text = self.doc[first:last].text
        for opening, closing in self.lex.quote_pairs:
            if mark == closing and (
                text.count(opening) % 2 == 1 if opening == closing
                else text.count(opening) > text.count(closing)
            ):
                return True
        return False

    def trim(self, first: int, last: int, phrases: list[tuple[int, int]]) -> tuple[int, int]:
        """Token range without edge punctuation, complementizer, or an attribution phrase at
        either edge (``phrases`` are their token ranges)."""
        doc = self.doc
        changed = True
        while changed and first <= last:
            changed = False
            while first <= last and (
                doc[first].is_punct or doc[first].is_space
                or self.forms[first] in self.lex.complementizers
            ):
                first, changed = first + 1, True
            while first <= last and (doc[last].is_punct or doc[last].is_space) and not (
                self.closes_inner_quote(first, last)
            ):
                last, changed = last - 1, True
            for lo, hi in phrases:
                if lo <= first <= hi < last:
                    first, changed = hi + 1, True
                elif first < lo <= last <= hi:
                    last, changed = lo - 1, True
        return first, last

    def complement(self, verb: Token) -> tuple[int, int] | None:
        """The finite complement clause of a reporting verb, and what the parser hung on the
        verb after it (it often attaches the end of the reported clause to the verb)."""
        clause = next(
            (c for c in verb.children
             if self.lex.role(c) == "complement" and self.is_finite(c)),
            None,
        ) or self.misplaced_complement(verb) or self.infinitive_complement(verb)
        if clause is None:
            return None
        first, last = clause.left_edge.i, clause.right_edge.i
        if clause.i > verb.i:
            for child in verb.children:
                if child.i > last and self.lex.role(child) == "adverbial" and not (
                    self.is_cue_verb(child)
                ):
                    last = child.right_edge.i
        return first, last

    def infinitive_complement(self, verb: Token) -> Token | None:
        """A bare infinitive that reports what the subject says of itself, after a verb that
        reports that way: « Le journal affirme avoir consulté des documents ». With a
        preposition it is an order or an aim (« a dit de partir »), not speech."""
        if verb.lemma_.lower() not in self.lex.infinitive_reporting_verbs:
            return None
        return next((c for c in verb.children
                     if self.lex.role(c) == "complement" and c.i > verb.i
                     and any("Inf" in t.morph.get("VerbForm") for t in (c, *c.children)
                             if t is c or self.lex.role(t) in ("aux", "aux_pass"))
                     and not any(self.lex.role(m) in ("mark", "case") for m in c.children)), None)

    def misplaced_complement(self, verb: Token) -> Token | None:
        """A complement clause the parser hung on a noun between the verb and the clause, as a
        relative: "a précisé dans un communiqué [que 12 otages avaient été libérés]". A clause
        opened by a complementizer (not a relative pronoun) is the verb's complement."""
        for child in verb.children:
            if self.lex.role(child) != "oblique" or child.i < verb.i:
                continue
            _case, noun = self.case_of(child)
            for clause in noun.children if noun is not None else ():
                if self.lex.role(clause) in ("relative", "clause_mod") and any(
                    self.lex.role(m) == "mark" and self.forms[m.i] in self.lex.complementizers
                    for m in clause.children
                ):
                    return clause
        return None

    def incise_clause(self, verb: Token) -> tuple[int, int] | None:
        """The clause a set-off reporting verb follows: "La situation est grave, a indiqué X".
        The verb is finite, its subject comes after the comma (a-t-il, le ministre), and what it
        follows is a predicate (not "Semdim Sakik, reconnu coupable", "X, qui reconnaît")."""
        head = verb.head
        # An inverted subject pronoun makes the verb finite whatever the parser did with its
        # auxiliary ("a" of "a-t-elle ajouté" hung on "-elle").
        finite = self.is_finite(verb) or self.inverted_pronoun(verb) is not None
        if not self.is_incise(verb) or head.i >= verb.i or not finite:
            return None
        if self.lex.role(verb) in ("relative", "clause_mod"):
            return None
        if not (head.pos_ in PREDICATE or head.pos_ == "ADJ"
                or any(self.lex.role(c) == "cop" for c in head.children)):
            return None
        comma = verb.i - 1
        while self.doc[comma].text not in SET_OFF:
            comma -= 1
        subjects = [c for c in verb.children if c.pos_ in NOMINAL and (
            (self.is_subject(c) and c.i > comma)
            or (self.lex.role(c) in ("agent", "patient") and c.i > verb.i))]
        subjects = subjects or [t for t in [self.inverted_pronoun(verb)] if t is not None]
        if not subjects or any(self.is_subject(c) and c.i < comma for c in verb.children):
            return None
        return head.left_edge.i, comma - 1

    def phrase_uses(self) -> Iterator[tuple[Cue, int, Token]]:
        """Each attribution phrase with the end of its object and the token it modifies."""
        starts = self.lex.phrase_index.by_first
        for i, form in enumerate(self.forms):
            if form not in starts:  # most words start no phrase: no call made for them
                continue
            cue = self.phrase_cue(i)
            if cue is None or cue.head is None:
                continue
            end = max(cue.last, cue.head.right_edge.i)
            attach = self.doc[cue.first]
            while cue.first <= attach.i <= end and attach.head.i != attach.i:
                attach = attach.head
            if cue.first <= attach.i <= end:
                continue
            while self.lex.role(attach) in ("cop", "aux", "aux_pass") and attach.head.i != attach.i:
                attach = attach.head  # the clause, not its auxiliary
            yield cue, end, attach

    def indirect(self) -> Iterator[Found]:
        doc = self.doc
        spans = [(cue.first, end) for cue, end, _attach in self.uses]
        for i in sorted(self.cue_verbs):
            token = doc[i]
            clause = self.complement(token) or self.incise_clause(token)
            if clause is None:
                continue
            first, last = self.trim(*clause, spans)
            if first > last:
                continue
            quote = Found(*self.span_of(first, last), direct=False)
            self.attribute(quote, self.verb_cue(token))
            yield quote
        for cue, end, attach in self.uses:
            assert cue.head is not None
            if self.is_cue_verb(attach):
                continue  # it qualifies that verb's attribution (see add_phrase_on_verb)
            if cue.head.lemma_.lower() in self.lex.not_sources:
                self.analysis.note(STAGE, doc[cue.first].idx, self.span_of(cue.first, end)[1],
                                   "dropped", f'"{cue.word} {cue.head.text}": manner, not a source')
                continue
            first, last = self.trim(attach.left_edge.i, attach.right_edge.i, [(cue.first, end)])
            if first > last:
                continue
            quote = Found(*self.span_of(first, last), direct=False)
            self.attribute(quote, cue)
            yield quote

    # -- all together --------------------------------------------------------------------------

    def find(self) -> list[Found]:
        direct = self.direct()
        indirect = []
        for quote in self.indirect():
            if any(self.crosses(quote, d) for d in direct):
                self.analysis.note(STAGE, quote.start, quote.end, "dropped",
                                   "indirect speech cut through a quotation: a parse error")
            elif not any(self.covered(quote, d) for d in direct):
                indirect.append(quote)
        found = sorted(
            direct + indirect, key=lambda q: (q.start, q.end, q.cue.first if q.cue else -1)
        )
        self.resolve_sources(found)
        return found

    def crosses(self, quote: Found, direct: Found) -> bool:
        """Whether indirect content starts or ends inside a quotation that it does not hold
        whole: the parse split the quotation, so the content is not a clause."""
        starts_inside = direct.start <= quote.start < direct.end
        ends_inside = direct.start < quote.end <= direct.end
        return starts_inside != ends_inside

    def covered(self, quote: Found, direct: Found) -> bool:
        """Whether indirect content is just (part of) a direct quotation that the same verb
        reports (a déclaré que « … », told reporters: "…"); speech reported inside a quotation by
        another verb ("We told them that …," he said) is kept."""
        text = self.text
        start, end = direct.start, direct.end
        while start > 0 and (text[start - 1].isspace() or text[start - 1] in self.lex.marks):
            start -= 1
        while end < len(text) and (text[end].isspace() or text[end] in self.lex.marks
                                   or text[end] == ","):
            end += 1
        if start <= quote.start <= direct.start and direct.end <= quote.end <= end:
            return True
        same_cue = quote.cue is not None and direct.cue is not None and (
            quote.cue.first == direct.cue.first)
        return same_cue and start <= quote.start and quote.end <= end

    def resolve_sources(self, found: list[Found]) -> None:
        """A definite source with no speaker ("selon la note") is the one named before ("dans
        une note" of the United States and Albania): it takes that quote's speakers."""
        last_speakers: dict[str, list[Actor]] = {}
        for quote in found:
            if quote.source is None:
                continue
            if not quote.speakers and quote.definite_source:
                quote.speakers = list(last_speakers.get(quote.source, []))
            if quote.speakers:
                last_speakers[quote.source] = quote.speakers


def _speakers(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """Each speaker once; an uncoded one always named, by its own words where nothing else
    names it: the name is all an analyst has of it."""
    seen: dict[tuple[int, int, str | None], Actor] = {}
    for actor in actors:
        if actor.code is None and actor.name is None:
            actor = replace(actor, name=actor.text)
        seen.setdefault((actor.start, actor.end, actor.code), actor)
    return tuple(seen.values())


def _describe(quote: Quote) -> str:
    kind = "direct quotation" if quote.direct else "indirect speech"
    if quote.cue is None:
        return f"{kind}, no reporting cue found"
    speakers = ", ".join(a.code or f"{a.text} (unresolved)" for a in quote.speaker) or "none"
    parts = [f'{kind}; cue "{quote.cue}" at {quote.cue_start}-{quote.cue_end}',
             f"speakers {speakers}"]
    if quote.source:
        parts.append(f"source {quote.source}")
    if quote.medium:
        parts.append(f"medium {quote.medium}")
    return "; ".join(parts)


def find_quotes(analysis: Analysis) -> None:
    """Fill ``analysis.quotes`` with the article's direct and indirect quotes, in text order."""
    finder = QuoteFinder(analysis)
    doc = analysis.doc
    for found in finder.find():
        cue = found.cue
        cue_start = cue_end = None
        if cue is not None:
            cue_start, cue_end = doc[cue.first].idx, doc[cue.last].idx + len(doc[cue.last])
        quote = Quote(
            doc_id=analysis.doc_id,
            text=analysis.article.text[found.start : found.end],
            start=found.start,
            end=found.end,
            direct=found.direct,
            speaker=_speakers(found.speakers),
            source=found.source,
            cue=cue.word if cue is not None else None,
            cue_start=cue_start,
            cue_end=cue_end,
            medium=found.medium,
        )
        analysis.quotes.append(quote)
        analysis.note(STAGE, quote.start, quote.end, "found", _describe(quote))


def attribution_at(analysis: Analysis, start: int) -> Attribution | None:
    """Who says what is written at character ``start``: the attribution of the innermost quote
    (direct or indirect) whose content contains it, or None outside reported speech.

    Quotes without a cue say nothing about who speaks and are passed over; among the quotes
    that contain the offset, one that names a speaker or a source wins over a bare cue (a
    "nous avons dit que" inside a minister's quotation stays the minister's)."""
    containing = [q for q in analysis.quotes if q.start <= start < q.end and q.cue is not None]
    if not containing:
        return None
    informed = [q for q in containing if q.speaker or q.source] or containing
    return min(informed, key=lambda q: q.end - q.start).attribution()
