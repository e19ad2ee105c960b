"""Pronouns and definite descriptions ("ils", "le pays", "les deux pays", "they", "the country")
resolved to earlier coded actors.

Conservative by design: the antecedent is looked for in the nearest sentence (the anaphor's own,
then up to two before) that holds any compatible mention, and must be the only compatible one
there, or, in the plural, the only coordinated group of the right size ("la Chine et la Russie …
les deux pays"). Among several, a subject pronoun takes the one subject there (a person named
beside the subject is the subject; one of coordinated subjects is no single one). A word taken
into a larger actor is no antecedent of its own; an actor noun naming one office holder ("the
police chief") is a person for "he", never for "it"; "it" of the weather or of "it is unclear
whether …" is no one. A state body of no stated country ("BAMAKO (AFP) - The army …") is carried
uncoded to its pronouns, for the story's country to code (``vigie.actors.dateline``), and so is an
unnamed group ("Gunmen … They"), for the event coder to place. Anything
else is left unresolved: a wrong actor is worse than none.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from vigie.actors.gazetteer import (
    DOMESTIC_SECTORS,
    UNNAMED_GROUP_SECTORS,
    Entry,
    country_name,
    demonym_countries,
    fold,
    iso_countries,
    word_in,
)
from vigie.actors.mention import Mention
from vigie.model import Actor

SENTENCES_BACK = 2
STATE_KINDS = frozenset({"country", "place", "ambiguous", "sector", "anaphor"})
STATE_SECTORS = frozenset({None, "GOV"})
# What "the group", « le mouvement » stand for: a named body that is not a state's nor an
# intergovernmental one (an acronym the text defines has no sector).
GROUP_SECTORS = frozenset({None, "REB", "OPP", "PTY", "NGO"})
# What an anaphor naming a kind of body stands for, by its ``refers``: "the group" a named
# group; "the bloc", "the alliance", "the lender" an intergovernmental body; "the
# organisation", « l'organisation régionale » either.
BODY_SECTORS = {"group": GROUP_SECTORS, "bloc": frozenset({"IGO"}),
                "body": GROUP_SECTORS | {"IGO"}}
UNKNOWN_BODY_LABELS = frozenset({"ORG", "PER", "PERSON", "NORP"})
# Uncoded actors a pronoun carries for a later stage to code: a state body (by the story's
# country) and an unnamed group (by where it acts).
CARRIED_SECTORS = DOMESTIC_SECTORS | UNNAMED_GROUP_SECTORS


class Coreference:
    """Resolves anaphor mentions against the mentions that precede them in the same document."""

    def __init__(self, doc: Doc, numbers: dict[str, int], roles: dict[str, str],
                 sentence_starts: Sequence[int], taken: frozenset[int] = frozenset(),
                 person_nouns: frozenset[str] = frozenset(),
                 impersonal_verbs: frozenset[str] = frozenset(),
                 member_nouns: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.numbers = numbers
        self.roles = roles
        self.sentence_starts = sentence_starts  # token index of each sentence's first token
        self.taken = taken  # tokens of the article's mentions: a demonym is no mere adjective
        self.person_nouns = person_nouns  # actor nouns naming one office holder: "the minister"
        self.impersonal_verbs = impersonal_verbs  # lemmas whose subject pronoun is no one
        self.member_nouns = member_nouns  # with a numeral, a body's size: "the 15-nation bloc"

    def sentence(self, token_index: int) -> int:
        return bisect_right(self.sentence_starts, token_index) - 1

    def anaphor_shape(self, mention: Mention) -> tuple[int | None, str | None] | None:
        """(number wanted, gender) of a usable anaphor, or None when it cannot refer back: an
        impersonal "il", an object pronoun, "le pays voisin", "des pays" (indefinite)."""
        entry = mention.entry
        assert entry is not None
        token = mention.root(self.doc)
        if entry.role == "pronoun":
            # Subjects and possessives ("their forces", "ses troupes"); an object pronoun
            # ("met her") is too often someone new.
            possessive = "Yes" in token.morph.get("Poss") or token.dep_ == "poss"
            if token.pos_ not in ("PRON", "DET") or not ("subj" in token.dep_ or possessive):
                return None
            if self.roles.get(token.dep_) == "expletive" or self.impersonal(token):
                return None
            return (1 if entry.number == "sing" else None), entry.gender
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        definite = False
        count: int | None = None
        for child in token.children:
            role = self.roles.get(child.dep_)
            if fold(child.text) in self.numbers and role in ("number", "det"):
                count, definite = self.numbers[fold(child.text)], definite or role == "det"
            elif role in ("det", "case"):
                definite = definite or "Def" in child.morph.get("Definite") \
                    or "Dem" in child.morph.get("PronType")
            elif entry.refers in BODY_SECTORS and child.pos_ == "ADJ":
                continue  # "the Islamist group", « le mouvement chiite libanais »
            elif entry.refers in BODY_SECTORS and self.states_size(child):
                continue  # "the 15-nation bloc", « l'alliance à 32 membres »: still the one
            elif not child.is_punct:
                return None  # "le pays voisin", "the country's neighbours": someone else
        if not definite:
            return None
        number = entry.number or ("plur" if "Plur" in token.morph.get("Number") else "sing")
        if number == "sing":
            return 1, None
        if count is None:
            return None  # "les pays" alone: which ones is anyone's guess
        return count, None

    def states_size(self, modifier: Token) -> bool:
        """Whether a modifier of a body's description gives its size: a noun of membership
        with a numeral ("15-nation", "22-member", « de quinze membres »), which names no
        other body, unlike "the rebel group" or « le bloc de l'Est »."""
        return bool({fold(modifier.lemma_), fold(modifier.text)} & self.member_nouns) and any(
            c.pos_ == "NUM" or fold(c.text) in self.numbers for c in modifier.children)

    def is_person(self, candidate: Mention) -> bool:
        """A person's name, or an actor noun naming one office holder ("Uganda's police
        chief … He cautioned"); "the leaders" are people too, but no "he"."""
        if candidate.is_person():
            return True
        root = candidate.root(self.doc)
        return (candidate.kind == "sector" and "Plur" not in root.morph.get("Number")
                and word_in(root, self.person_nouns))

    def impersonal(self, pronoun: Token) -> bool:
        """Whether a subject pronoun the parser did not call expletive stands for no one: the
        subject of a verb of weather or seeming ("It rained", « il pleut »), or of an adjective
        with a finite clause of its own ("It is unclear whether …", "it was clear that …")."""
        verb = pronoun.head
        if verb.lemma_.lower() in self.impersonal_verbs:
            return True
        predicates = [verb, *(c for c in verb.children
                              if c.pos_ == "ADJ" and self.roles.get(c.dep_) == "complement")]
        return any(p.pos_ == "ADJ" for p in predicates) and any(
            self.roles.get(c.dep_) == "complement" and any("subj" in g.dep_ for g in c.children)
            for p in predicates for c in p.children)  # not "it was ready to strike"

    def compatible(self, entry: Entry, candidate: Mention) -> bool:
        refers = entry.refers
        if refers == "person":
            return self.is_person(candidate)
        if refers == "thing":
            return not self.is_person(candidate)
        if refers == "state":
            return candidate.kind in STATE_KINDS and bool(candidate.actors) and all(
                a.country in iso_countries() and a.sector in STATE_SECTORS
                for a in candidate.actors)
        if refers in BODY_SECTORS:
            named = candidate.kind == "org" or self.body_leaders(candidate)
            return named and bool(candidate.coded()) and all(
                a.sector in BODY_SECTORS[refers] for a in candidate.coded())
        return True

    @staticmethod
    def body_leaders(candidate: Mention) -> bool:
        """Whether an actor noun names the leaders of an intergovernmental body through it (« les
        chefs d'État de la CEDEAO … l'organisation régionale », "EU leaders … the bloc"): they
        stand for the one body, as its name would."""
        return candidate.kind == "sector" and bool(candidate.coded()) and all(
            a.sector == "IGO" for a in candidate.coded())

    def country_fits(self, mention: Mention, candidate: Mention) -> bool:
        """A country's adjective on the anaphor names the antecedent's country (« le mouvement
        chiite libanais » is a Lebanese one)."""
        adjectives = demonym_countries(self.doc.lang_)
        countries = {adjectives[word] for c in mention.root(self.doc).children
                     if (word := fold(c.text)) in adjectives}
        return not countries or all(a.country in countries for a in candidate.coded())

    def gender_fits(self, gender: str | None, candidate: Mention) -> bool:
        if gender is None or candidate.is_person():
            return True
        genders = candidate.root(self.doc).morph.get("Gender")
        return not genders or {"m": "Masc", "f": "Fem"}[gender] in genders

    def number_fits(self, count: int | None, candidate: Mention) -> bool:
        """A singular anaphor does not stand for a plural noun ("Azerbaijani troops fired on
        its positions": not the troops'). Names are let through: "the United States … its"."""
        return not (count == 1 and candidate.kind == "sector" and not self.body_leaders(candidate)
                    and "Plur" in candidate.root(self.doc).morph.get("Number"))

    def resolve(self, mention: Mention, earlier: Sequence[Mention]) -> list[Actor]:
        """The actors ``mention`` refers to (several for "les deux pays"), or [] when unresolved."""
        shape = self.anaphor_shape(mention)
        entry = mention.entry
        if shape is None or entry is None:
            return []
        count, gender = shape
        here = self.sentence(mention.start)
        for back in range(SENTENCES_BACK + 1):
            # An anaphor left unresolved is no antecedent of its own ("issued a letter. In it,
            # they backed …": "it" is the letter, and the bishops are still "they").
            pool = [m for m in earlier
                    if self.sentence(m.start) == here - back and m.end <= mention.start
                    and m is not mention and (m.kind != "anaphor" or m.actors)
                    and self.compatible(entry, m)
                    and self.gender_fits(gender, m) and self.number_fits(count, m)
                    and self.country_fits(mention, m)]
            if pool and entry.refers == "state" and count is not None and len(
                    {a.country for m in pool for a in m.coded()}) < count:
                # "The two countries" cannot stand for a sentence that names fewer ("Japan and
                # the Philippines … Japan's minister flew to Manila … The two countries
                # signed"): the pair is named further back.
                continue
            if pool:
                chosen = self._choose(mention, entry, count, pool)
                if (entry.refers in BODY_SECTORS
                        and self._unknown_body_between(pool[-1], mention)):
                    return []
                if not chosen and entry.role == "pronoun":
                    # A subject pronoun continues the previous subject ("Les États-Unis ont
                    # envoyé des troupes. Ils …"): the subjects alone may settle it.
                    subjects = [m for m in pool if self.is_subject(m)]
                    chosen = self._choose(mention, entry, count, subjects) if subjects else []
                    if chosen and chosen[0].code is None and len(
                            {self._identity(entry, m) for m in pool if self._body(m)}) > 1:
                        # "Police fired tear gas at protesters. They …", « des hommes armés
                        # et des militaires … Ils »: two unnamed groups, either may act.
                        chosen = []
                return chosen
        return []

    def is_subject(self, candidate: Mention) -> bool:
        """Whether the mention is its clause's subject, or a person's name set beside the
        subject (« Le Premier ministre libanais Saad Hariri a … »); an actor noun beside it
        ("the NUT, the umbrella union, …") is no second subject."""
        token = candidate.root(self.doc)
        while (candidate.is_person() and self.roles.get(token.dep_) in ("appos", "name_part")
               and token.head.i != token.i):
            token = token.head
        # One of coordinated subjects ("Peru and Bolivia exchanged notes") is a subject too:
        # "it" is then either, so neither.
        while self.roles.get(token.dep_) == "conj" and token.head.i != token.i:
            token = token.head
        return "subj" in token.dep_

    def _unknown_body_between(self, antecedent: Mention, mention: Mention) -> bool:
        """Whether a name the gazetteer does not know (an organisation, or one the NER took for
        a person: "Jaish al-Adl") stands between the antecedent and "the group": the group may
        well be that one."""
        phrase = mention.root(self.doc).left_edge.i  # its own adjectives are no other name
        return any(ent.label_ in UNKNOWN_BODY_LABELS and antecedent.end <= ent.start
                   and ent.end <= phrase
                   and not any(t.i in self.taken for t in ent) for ent in self.doc.ents)

    @staticmethod
    def _body(candidate: Mention) -> Actor | None:
        """The one uncoded state body or unnamed group of an actor noun or of an anaphor of
        one: "BAMAKO (AFP) - The army said … It added" carries the army uncoded, and the
        story's country may code both (``vigie.actors.dateline``); "Gunmen rode into the
        villages … They shot dead 30 people" carries the gunmen uncoded, and the event coder
        places the pronoun as it places the noun (by where they act, else the story)."""
        if candidate.kind not in ("sector", "anaphor") or len(candidate.actors) != 1:
            return None
        actor = candidate.actors[0]
        return actor if actor.code is None and actor.sector in CARRIED_SECTORS else None

    def _identity(self, entry: Entry, candidate: Mention) -> tuple[str | None, ...]:
        if entry.refers == "state":
            return tuple(sorted({a.country or "" for a in candidate.actors}))
        body = self._body(candidate)
        if body is not None:
            # The body itself, whichever of its anaphors names it ("The army … It … it").
            return ("?", (body.via or "").rpartition("@")[2] if (body.via or "").startswith(
                "coref:") else str(body.start))
        if not candidate.coded():
            return ("?", self.doc[candidate.start:candidate.end].text)
        return tuple(sorted({a.code or "" for a in candidate.actors}))

    def _choose(self, mention: Mention, entry: Entry, count: int | None,
                pool: list[Mention]) -> list[Actor]:
        if count == 1:
            identities = {self._identity(entry, m) for m in pool}
            if len(identities) != 1:
                return []
            if len(pool[-1].coded()) == 1:
                return [self._copy(mention, entry, pool[-1], pool[-1].coded()[0])]
            body = self._body(pool[-1])
            return [self._copy(mention, entry, pool[-1], body)] if body else []
        groups = self._groups(pool)
        if count is not None:
            groups = [g for g in groups if len(g) == count]
        else:
            groups = [g for g in groups if len(g) >= 2]
            if not groups:
                plural = [m for m in pool if "Plur" in m.root(self.doc).morph.get("Number")]
                groups = [[m] for m in plural]
        if count is not None and not groups:
            # "Russia accused Ukraine … the two countries": no coordination, but exactly as
            # many actors of the kind as the numeral says.
            return self._last(mention, entry, count, pool)
        if len(groups) == 1 and len(groups[0]) == 1 and not groups[0][0].coded():
            if groups[0][0].root(self.doc).conjuncts:
                return []  # "Gunmen and vigilantes clashed … They": both, not one of them
            body = self._body(groups[0][0])  # "Security forces surrounded … They took"
            return [self._copy(mention, entry, groups[0][0], body)] if body else []
        if len(groups) != 1 or not all(m.coded() for m in groups[0]):
            return []
        return [self._copy(mention, entry, m, actor) for m in groups[0] for actor in m.coded()]

    def _last(self, mention: Mention, entry: Entry, count: int,
              pool: Sequence[Mention]) -> list[Actor]:
        """One actor for each of the ``count`` distinct actors of ``pool``, the last mention of
        each, in text order; [] unless ``pool`` names exactly ``count`` of them, each by one
        coded actor."""
        last: dict[tuple[str | None, ...], Mention] = {}
        for candidate in pool:
            if len(candidate.coded()) != 1:
                return []
            identity = self._identity(entry, candidate)
            last.pop(identity, None)
            last[identity] = candidate
        if len(last) != count:
            return []
        chosen = sorted(last.values(), key=lambda m: m.start)
        return [self._copy(mention, entry, m, m.coded()[0]) for m in chosen]

    def collective(self, mention: Mention, earlier: Sequence[Mention]) -> list[Actor]:
        """A title with a numeral and no owner ("the two ministers", « les deux présidents »,
        "both leaders"): the last people of its kind, as many as the numeral says, counted back
        from the nearest sentence that holds any. Its kind is its sector (a minister is GOV);
        a title of any sector ("leaders") stands for any person in office. Only people: "the
        two soldiers" are more often soldiers named before than two armies."""
        shape = self.anaphor_shape(mention)
        entry = mention.entry
        if shape is None or entry is None or shape[0] is None or shape[0] < 2:
            return []
        count = shape[0]

        def of_kind(candidate: Mention) -> bool:
            if (candidate is mention or candidate.end > mention.start
                    or not candidate.is_person() or not candidate.coded()):
                return False
            return all(a.sector != "ELI" and entry.sector in (None, a.sector)
                       for a in candidate.coded())

        here = self.sentence(mention.start)
        pool: list[Mention] = []
        for back in range(SENTENCES_BACK + 1):
            pool = [m for m in earlier if self.sentence(m.start) == here - back and of_kind(m)
                    ] + pool
            identities = {self._person_identity(m) for m in pool}
            if len(identities) >= count:
                break
        last: dict[tuple[str | None, str | None], Mention] = {}
        for candidate in pool:
            identity = self._person_identity(candidate)
            last.pop(identity, None)
            last[identity] = candidate
        if len(last) != count:
            return []
        span = self.doc[mention.start:mention.end]
        return [Actor(span.text, span.start_char, span.end_char, a.code, a.country, a.sector,
                      a.name, a.role, f"coref:{a.text}@{a.start}")
                for m in sorted(last.values(), key=lambda m: m.start) for a in m.coded()]

    @staticmethod
    def _person_identity(candidate: Mention) -> tuple[str | None, str | None]:
        """Who a mention names: two ministers of one government are two people."""
        actor = candidate.coded()[0]
        return actor.code, actor.name

    def _groups(self, pool: list[Mention]) -> list[list[Mention]]:
        """Mentions coordinated with each other ("la Chine et la Russie"), in text order."""
        groups: dict[int, list[Mention]] = {}
        for candidate in pool:
            root: Token = candidate.root(self.doc)
            cluster = min([root.i, *(t.i for t in root.conjuncts)])
            groups.setdefault(cluster, []).append(candidate)
        return [g for g in groups.values() if len({tuple(a.code for a in m.actors) for m in g})
                == len(g)]

    def _copy(self, mention: Mention, entry: Entry, antecedent: Mention, actor: Actor) -> Actor:
        span = self.doc[mention.start:mention.end]
        via = f"coref:{actor.text}@{actor.start}"
        if entry.refers == "state":
            # "le pays" is the state itself, whatever body named it before (Pyongyang → PRK).
            return Actor(span.text, span.start_char, span.end_char, actor.country, actor.country,
                         None, country_name(actor.country or ""), None, via)
        return Actor(span.text, span.start_char, span.end_char, actor.code, actor.country,
                     actor.sector, actor.name, actor.role, via)
