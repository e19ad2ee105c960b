"""The event coder: predicates from the lexicon, arguments from the parse, actors from the
actor layer, dates from the time layer, attribution from the quote layer.

Precision first. A candidate becomes an event only when the lexicon entry's conditions hold
and a coded actor stands in its agent role; every other candidate is dropped with a reason in
``analysis.trace`` (``vigie explain`` prints both). Language knowledge lives in the lexicon
(``lang/<lang>/events.json``) and the label map (``lang/<lang>/syntax.json``): this module
never asks which language it reads.

Coding is per sentence, output is per article: candidates that agree on type, actors,
recipients, date and modality are one event with several mentions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from spacy.tokens import Span, Token

from vigie import quotes
from vigie.actors.gazetteer import country_name, demonym_countries, fold
from vigie.actors.places import dateline_places
from vigie.analysis import Analysis
from vigie.dates import calendar_precision, is_calendar_value
from vigie.events.cameo import intent_codes, lookup_cameo
from vigie.events.lexicon import Lexicon, Predicate, Words, load_lexicon
from vigie.events.roles import (
    VERBAL_POS,
    SyntaxPack,
    argument_roles,
    case_of,
    conjuncts,
    syntax_pack,
)
from vigie.model import Actor, Attribution, Event, Place, TimeRef

NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# Where a clause ends, for the noun an object backs off to.
CLAUSE_BOUNDARY_POS = frozenset({"VERB", "AUX", "SCONJ", "CCONJ"})
CLAUSAL_ROLES = frozenset({"complement", "adverbial", "clause_mod", "relative"})
# Roles through which an actor inside a noun phrase belongs to the phrase's head
# ("le gouvernement de la RPDC", "une initiative des États-Unis", "les frappes russes").
PHRASE_ROLES = frozenset({"nominal_arg", "modifier", "appos", "name_part", "possessor"})
# Types whose target, when the text names none, is the territory of the event's place.
PLACE_TARGET_TYPES = frozenset({"ASSAULT"})
# Sectors of crowds: their attacks are riots (see Predicate.crowd_cameo).
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "REF", "AGR"})
# Types whose target, when the text names none, is the authorities of the event's country:
# a protest is aimed at those who govern where it happens.
ADDRESSED_TYPES = frozenset({"PROTEST"})
# The code of a threat that names no particular act (CAMEO 130).
THREAT_CAMEO = "130"
# The code of an attack being prepared: a show of military force (CAMEO 150).
POSTURE_CAMEO = "150"
# Types whose preparation is a show of force; any other act prepared is only an aim.
POSTURE_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
# Types of harm: promising one is threatening (see Predicate.announces_content).
HARM_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Types whose attempt is itself the act, coded with ATTEMPT in its contexts ("tried to seize the
# town" is an assault that failed or is under way); an attempt at anything else is only an aim.
ATTEMPT_TYPES = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
ATTEMPT = "attempt"
# Types by which an unnamed group petitions a government: the group is of its country.
PETITION_TYPES = frozenset({"PROTEST", "REQUEST"})
NO_AGENT = "no coded actor in the agent role"
# Sectors of a state's own bodies: a country named beside them is the same actor.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Sectors of doers whose acts on an unnamed group are domestic ("la police a arrêté des
# manifestants"): police, courts and governments act within their own country.
HOME_SECTORS = frozenset({"COP", "JUD", "GOV"})
# ... and whose acts on an unnamed person are: a government congratulates foreigners too.
PERSON_HOME_SECTORS = frozenset({"COP", "JUD"})
# Sectors of groups that belong to the country they act in (protesters, police, rebels, a
# mayor): an unnamed group of these takes its country from the place of the event.
LOCAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "OPP", "CVL", "EDU",
                           "LAB", "MED", "REF", "BUS", "UAF", "AGR"})
# Sectors of unnamed doers that the story's country places when their sentence names no place
# (gunmen, attackers, protesters, a mob, students, workers, opposition supporters): ACLED's
# "unidentified armed group (country)" and "protesters (country)". Refugees are not of where
# they are; a state's bodies and named parties are left to the actor layer.
STORY_SECTORS = frozenset({"UAF", "CVL", "EDU", "LAB", "AGR", "OPP"})
# Sectors of actors whose place says where they report from, not where events happen ("a
# journalist from Kabul").
REPORTING_SECTORS = frozenset({"MED"})


@dataclass
class Candidate:
    """A lexicon match on one token, with what the parse says about it."""

    trigger: Token
    predicate: Predicate
    roles: dict[str, list[Token]]
    support: Token | None = None  # the light verb carrying a nominal predicate
    consumed_by: str | None = None  # set when a verb entry took this nominal as its argument
    date_anchor: Token | None = None  # the noun whose antecedent may date the event


@dataclass(frozen=True, slots=True)
class _PlaceAt:
    """A place mention and where it stands in the parse."""

    place: Place
    root: int  # the index of its head token
    sentence: int  # the first token of its sentence
    clause: int  # the head of its clause


@dataclass
class _DocIndex:
    """What the coder looks up again and again in one document, computed once: the tokens
    of time expressions (never arguments), each token's argument roles, the sentence of each
    token and the sentences that are questions, where the dated time expressions and the
    places stand (the dateline's place apart: it says where the story was filed), and the
    spans of reported speech."""

    transparent: frozenset[int] = frozenset()
    roles: dict[int, dict[str, list[Token]]] = field(default_factory=dict)
    sentence_of: list[int] = field(default_factory=list)
    questions: frozenset[int] = frozenset()  # first tokens of sentences ending with "?"
    dated: list[tuple[TimeRef, int, int, int]] = field(default_factory=list)
    places: list[_PlaceAt] = field(default_factory=list)
    dateline: Place | None = None
    quoted: list[tuple[int, int, bool]] = field(default_factory=list)  # start, end, direct
    story: tuple[Place, str] | None = None  # the story's country: evidence and trace

    @classmethod
    def of(cls, analysis: Analysis) -> _DocIndex:
        doc = analysis.doc
        sentence_of = [0] * len(doc)
        questions = set()
        for sent in doc.sents:
            sentence_of[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
            if sent.text.rstrip().endswith("?"):
                questions.add(sent.start)

        def spans(records: Iterable[TimeRef] | Iterable[Place]) -> Iterable[tuple[Any, Span]]:
            for record in records:
                span = doc.char_span(record.start, record.end, alignment_mode="expand")
                if span is not None:
                    yield record, span

        times = list(spans(analysis.times))
        dateline = dateline_places(doc, analysis.places)
        return cls(
            transparent=frozenset(t.i for _time, span in times for t in span),
            sentence_of=sentence_of,
            questions=frozenset(questions),
            # PRESENT_REF and the like date nothing.
            dated=[(time, span.root.i, sentence_of[span.root.i], _clause_head(span.root).i)
                   for time, span in times if _calendar_value(time) is not None],
            places=[_PlaceAt(place, span.root.i, sentence_of[span.root.i],
                             _clause_head(span.root).i)
                    for place, span in spans(analysis.places)
                    if all(place is not p for p in dateline)],
            dateline=dateline[0] if dateline else None,
            quoted=[(quote.start, quote.end, quote.direct) for quote in analysis.quotes],
        )


@dataclass
class Frame:
    """What the clauses above a predicate say about it."""

    dropped: str | None = None
    hypothetical: bool = False
    announced: str | None = None  # the word announcing the act ("prévoit", "ready")
    prepared: str | None = None  # the verb of getting ready for it ("preparing", "s'apprête")
    attempted: str | None = None  # the verb of trying it ("tried", "a tenté", "failed")


class EventCoder:
    """Codes the events of one analysed article (see the module docstring)."""

    def __init__(self, lang: str, *, imported_lexicon: bool = False) -> None:
        self.lang = lang
        self.lexicon: Lexicon = load_lexicon(lang, imported_lexicon)
        self.syntax: SyntaxPack = syntax_pack(lang)
        # Where a group is, or comes from, places it ("in Guinea", "refugees from Syria").
        self._group_place_cases = self.syntax.locative_cases | self.syntax.origin_cases
        self._index = _DocIndex()

    def roles_of(self, token: Token) -> dict[str, list[Token]]:
        roles = self._index.roles.get(token.i)
        if roles is None:
            roles = argument_roles(token, self.syntax, self._index.transparent)
            self._index.roles[token.i] = roles
        return roles

    def __call__(self, analysis: Analysis) -> None:
        self._index = _DocIndex.of(analysis)
        self._index.story = self._story_place(analysis)
        candidates = self.match(analysis)
        by_token = {c.trigger.i: c for c in candidates}
        dated_nouns: dict[str, TimeRef] = {}
        events: list[Event] = []
        for candidate in candidates:
            event = self.code(analysis, candidate, by_token, dated_nouns)
            if event is not None:
                events.append(event)
        analysis.events.extend(merge_mentions(analysis, events))

    # -- finding candidates ---------------------------------------------------------------

    def match(self, analysis: Analysis) -> list[Candidate]:
        """One candidate per token whose lemma has a lexicon entry whose conditions hold."""
        found: list[Candidate] = []
        for token in analysis.doc:
            entries = self.lexicon.candidates(token.lemma_.lower(), _lexicon_pos(token))
            if not entries:
                continue
            matched = self._first_entry(token, entries, self.roles_of(token))
            if matched is None:
                continue
            predicate, roles, backoff = matched
            if predicate.cameo is None:
                continue
            if backoff is not None:
                analysis.note("events", backoff.idx, backoff.idx + len(backoff.text), "backoff",
                              f"{backoff.text!r} taken as the object of {token.text!r} "
                              f"({predicate.id}): the parse gave it none, and it is the "
                              f"nearest noun of the clause of the class required")
            found.append(Candidate(token, predicate, roles,
                                   support=self._support_verb(token, predicate)))
        carriers = {c.support.i for c in found if c.support is not None
                    and not c.predicate.imported}
        found = [c for c in found if not (c.predicate.imported and c.trigger.i in carriers)]
        by_token = {c.trigger.i: c for c in found}
        for candidate in found:
            for role, _lemmas in candidate.predicate.requires:
                for filler in self._fillers(candidate.roles, role):
                    inner = by_token.get(filler.i)
                    if inner is not None and inner is not candidate:
                        inner.consumed_by = candidate.predicate.id
                    if filler.pos_ in NOMINAL_POS and candidate.date_anchor is None:
                        candidate.date_anchor = filler
        return found

    def _first_entry(self, token: Token, entries: tuple[Predicate, ...],
                     roles: dict[str, list[Token]]
                     ) -> tuple[Predicate, dict[str, list[Token]], Token | None] | None:
        """The first entry whose conditions hold on the parse; failing all, the first that
        holds once an object the parse did not give is backed off to (see _backoff_object),
        with the roles it holds on and the noun backed off to."""
        for predicate in entries:
            if self._conditions_hold(token, predicate, roles):
                return predicate, roles, None
        for predicate in entries:
            noun = self._backoff_object(token, predicate, roles)
            if noun is not None:
                backed = {**roles, "patient": [noun]}
                if self._conditions_hold(token, predicate, backed):
                    return predicate, backed, noun
        return None

    def _backoff_object(self, token: Token, predicate: Predicate,
                        roles: dict[str, list[Token]]) -> Token | None:
        """Where the entry requires an object of a class and the parse gave the verb none
        (it hung the noun elsewhere), the nearest noun of the clause after the verb that is
        of the class: up to the next verb, conjunction or punctuation, six words at most."""
        words = dict(predicate.requires).get("patient")
        if not words or roles.get("patient") or token.pos_ not in VERBAL_POS:
            return None
        for word in token.doc[token.i + 1:min(token.sent.end, token.i + 7)]:
            if word.is_punct or word.pos_ in CLAUSE_BOUNDARY_POS:
                return None
            if word.pos_ == "NOUN" and self._admits(words, word):
                return word
        return None

    def _fillers(self, roles: dict[str, list[Token]], role: str) -> list[Token]:
        """The tokens filling ``role``, seen through quantity nouns and numbers ("des dizaines
        de missiles", "des dizaines de milliers de personnes", "18 des 21 drones")."""
        fillers = []
        pending = list(roles.get(role, ()))
        while pending:
            token = pending.pop(0)
            fillers.append(token)
            if token.pos_ == "NUM" or token.lemma_.lower() in self.lexicon.quantity_nouns:
                inner = self.roles_of(token)
                # "une équipe d'inspecteurs" holds inspectors; "l'équipe de France" is a team.
                named = token.lemma_.lower() in self.lexicon.inert_nouns
                pending.extend(t for key, ts in inner.items() if key.startswith("nmod:")
                               for t in ts if not (named and t.pos_ == "PROPN"))
        return fillers

    def _conditions_hold(self, token: Token, predicate: Predicate,
                         roles: dict[str, list[Token]]) -> bool:
        if predicate.reflexive is not None and bool(roles.get("reflexive")) != predicate.reflexive:
            return False
        if predicate.intransitive and roles.get("patient"):
            return False
        if predicate.imported and roles.get("particle") and not any(
                role == "particle" for role, _words in predicate.requires):
            # The dictionary lists phrasal verbs apart ("+CALL_OFF", "+SHUT_DOWN"): a pattern
            # of "force" says nothing of "force out".
            return False
        for role, words in predicate.requires:
            fillers = self._fillers(roles, role) or self._object_obliques(roles, role)
            # Any conjunct will do ("photographs and other military intelligence"), and so
            # will the noun that says what a general one is ("suspended an aid program").
            if not fillers or (words and not any(
                    self._admits(words, word) for f in fillers
                    for c in conjuncts(f, self.syntax) for word in (c, *self._compounds(c)))):
                return False
        for role, words in predicate.excludes:
            if any(self._admits(words, f) for f in self._fillers(roles, role)):
                return False
        return True

    def _admits(self, words: Words, token: Token) -> bool:
        """Whether ``token``, with the modifiers the parse gives it, is one of ``words``."""
        return words.admits(token.lemma_.lower(), (
            c.lemma_.lower() for c in token.children if self.syntax.role(c) == "modifier"))

    def _object_obliques(self, roles: dict[str, list[Token]], role: str) -> list[Token]:
        """An oblique the parser hung on the object ("fired a barrage of missiles and drones
        at Kharkiv"): the object's phrase with that preposition, through quantities and
        conjuncts."""
        if not role.startswith("oblique:"):
            return []
        nominal = "nmod:" + role.split(":", 1)[1]
        return [f for patient in self._fillers(roles, "patient")
                for noun in conjuncts(patient, self.syntax)
                for f in self.roles_of(noun).get(nominal, ())]

    def _compounds(self, noun: Token) -> list[Token]:
        """The nouns that say what a general noun is ("aid" in "a military aid program"); not
        those of a noun with a sense of its own ("rocket fire" is fire)."""
        if noun.lemma_.lower() not in self.lexicon.compound_heads:
            return []
        return self._noun_modifiers(noun)

    def _noun_modifiers(self, noun: Token) -> list[Token]:
        """The nouns compounded with ``noun`` ("aid" in "aid program", "opposition" in
        "opposition coalition")."""
        return [c for c in noun.children
                if c.pos_ == "NOUN" and self.syntax.role(c) == "modifier"]

    def _support_verb(self, token: Token, predicate: Predicate) -> Token | None:
        """The light verb whose object or oblique this nominal predicate is, if any."""
        if predicate.pos != "NOUN":
            return None
        first, role = token, self.syntax.role(token)
        while role == "conj" and first.head.i != first.i:
            if first.head.pos_ in VERBAL_POS:
                # A noun coordinated with a verb is that verb's object, attached one level
                # too high by the parser ("en renforçant l'isolement et la répression").
                role = "patient"
                break
            first = first.head
            role = self.syntax.role(first)
        head = first.head
        while True:
            # "son dixième paquet de sanctions", "10 days of war games": the container noun
            # is what the verb takes (under ClearNLP, through the preposition that heads it).
            if role == "case_object" and head.pos_ == "ADP" and head.head.i != head.i:
                container = head.head
            elif role == "nominal_arg":
                container = head
            else:
                break
            if (container.lemma_.lower() not in self.lexicon.quantity_nouns
                    or container.head.i == container.i):
                break
            first, head, role = container, container.head, self.syntax.role(container)
        if head.i in self._index.transparent and head.head.i != head.i:
            head, role = head.head, "patient"  # "a eu jeudi un entretien"
        if role == "case_object" and head.pos_ == "ADP" and head.head.pos_ in VERBAL_POS:
            spec = self.lexicon.support_verbs.get(head.head.lemma_.lower())
            if spec is not None and head.lemma_.lower() in spec.via:
                return head.head  # "were converging for a rally"
        if (head.i != first.i and head.pos_ in VERBAL_POS
                and head.lemma_.lower() in self.lexicon.support_verbs
                and role in ("patient", "oblique", "agent")
                and case_of(first, self.syntax) not in self.lexicon.background_cases):
            return head  # not "envoyé … une semaine après l'attaque du Hamas"
        return None

    # -- coding one candidate ---------------------------------------------------------------

    def code(self, analysis: Analysis, candidate: Candidate, by_token: dict[int, Candidate],
             dated_nouns: dict[str, TimeRef]) -> Event | None:
        trigger, predicate = candidate.trigger, candidate.predicate
        anchor = candidate.support or trigger
        times = self._times_for(analysis, candidate)
        if predicate.pos == "NOUN" and times:
            dated_nouns[trigger.lemma_.lower()] = times[0]

        def drop(reason: str) -> None:
            analysis.note("events", trigger.idx, trigger.idx + len(trigger.text), "dropped",
                          f"{trigger.text!r} ({self.lang}:{predicate.id}): {reason}")

        if candidate.consumed_by:
            drop(f"argument of the {candidate.consumed_by} event, coded there")
            return None
        if predicate.support_required and candidate.support is None:
            drop("a noun that is an event only with a verb that carries it")
            return None
        frame = self._frame(anchor, by_token)
        if not frame.dropped and self._asked_for(candidate, by_token):
            frame.dropped = f"what the appeal carried by {anchor.text!r} asks for"
        if frame.prepared and self._plover(candidate) not in POSTURE_TYPES:
            frame.dropped = f"content of {frame.prepared!r}, not a fact"
        if frame.attempted and self._plover(candidate) not in ATTEMPT_TYPES:
            frame.dropped = f"content of {frame.attempted!r}, not a fact"
        if not frame.dropped and self._index.sentence_of[trigger.i] in self._index.questions:
            frame.dropped = "a question, which asserts nothing"
        if frame.dropped:
            drop(frame.dropped)
            return None
        attribution = quotes.attribution_at(analysis, trigger.idx)

        if predicate.allegation:
            if attribution is None or not attribution.speaker:
                drop("an allegation noun outside reported speech")
                return None
            actors = [a for a in attribution.speaker if a.resolved]
            recipients = self._role_actors(analysis, candidate, predicate.agent)
            if not recipients:
                drop("an allegation that names no one")
                return None
        else:
            actors = (self._agent_actors(analysis, candidate)
                      or self._located(analysis, self._agent_fillers(candidate), candidate,
                                       story=True)
                      or self._unnamed_attacker(analysis, candidate, anchor))
            if not actors and self._plover(candidate) not in PETITION_TYPES:
                drop(NO_AGENT)  # only a petition's target can give it a doer
                return None
            if self._plover(candidate) in ADDRESSED_TYPES:
                actors = [as_citizens(a) for a in actors]
            recipients = (self._recipient_actors(analysis, candidate, by_token, actors)
                          or (predicate.content_recipient
                              and self._content_recipients(analysis, candidate, by_token, actors))
                          or self._addressee(analysis, candidate, actors)
                          or (predicate.own_territory
                              and self._own_territory(analysis, candidate, actors))
                          or [])
        if not actors and self._plover(candidate) in PETITION_TYPES:
            # "Islamic fundamentalists … demand the resignation of the Algerian president",
            # "les syndicats ont demandé au gouvernement de …": an unplaced crowd, union or
            # party that petitions a government is of its country.
            governments = [r for r in recipients if r.resolved and not _is_country(r)
                           and (r.sector or "") in STATE_SECTORS]
            if len({g.country for g in governments}) == 1:
                actors = self._located(analysis, self._agent_fillers(candidate), candidate,
                                       governments[0])
        if not actors:
            drop(NO_AGENT)
            return None
        if predicate.warning and not self._warns_someone(analysis, candidate, by_token):
            drop("a warning about a situation, aimed at no one: not a threat")
            return None
        actor_keys = {(a.code, a.start) for a in actors}
        # Nor is a pronoun that stands for the doer ("Russia said it must respond").
        recipients = [r for r in recipients if (r.code, r.start) not in actor_keys
                      and not ((r.via or "").startswith("coref") and _same_actor(r, actors))]
        if predicate.recipient_required and not recipients:
            drop("this predicate is coded only with a coded recipient")
            return None

        if not times and candidate.date_anchor is None and predicate.pos == "NOUN":
            candidate.date_anchor = trigger
        if not times and candidate.date_anchor is not None and _is_definite(candidate.date_anchor):
            earlier = dated_nouns.get(candidate.date_anchor.lemma_.lower())
            times = [earlier] if earlier is not None else []
        code = self._threat_promised(analysis, candidate, by_token) or predicate.cameo
        return self._event(analysis, candidate, actors, recipients, times, frame, attribution,
                           code)

    def _warns_someone(self, analysis: Analysis, candidate: Candidate,
                       by_token: dict[int, Candidate]) -> bool:
        """Whether a warning is aimed at someone: it has an addressee ("warned the
        Philippines"), or what it warns of has a coded actor as its subject ("warned that it
        would respond", "warned that Israel would pay") or is an act ("toute action visant à
        abattre les missiles constituerait une déclaration de guerre")."""
        if candidate.roles.get("patient") or candidate.roles.get("recipient"):
            return True
        clauses = [c for c in candidate.trigger.children
                   if self.syntax.role(c) == "complement"]
        return any(t.i in by_token for clause in clauses for t in clause.subtree) or any(
            self.actors_of(analysis, subject, whole_phrase=False)
            for clause in clauses for subject in self.roles_of(clause).get("agent", ()))

    def _threat_promised(self, analysis: Analysis, candidate: Candidate,
                         by_token: dict[int, Candidate]) -> str | None:
        """The threat code of a promise to do harm ("vowed to fight Israel", "a promis de
        frapper"): a vow of violence, coercion or sanctions is a threat, not an agreement."""
        if not candidate.predicate.announces_content:
            return None
        for clause in candidate.trigger.children:
            if self.syntax.role(clause) != "complement":
                continue
            for other in by_token.values():
                if other is not candidate and clause.i in (
                        other.trigger.i, other.support.i if other.support else None):
                    kind = self._plover(other)
                    if kind not in HARM_TYPES:
                        return None
                    code = intent_codes()[kind]
                    trigger = candidate.trigger
                    analysis.note("events", trigger.idx, trigger.idx + len(trigger.text),
                                  "recoded", f"{candidate.predicate.id}: a promise of "
                                  f"{kind} ({other.trigger.text!r}), coded THREATEN {code}")
                    return code
        return None

    def _frame(self, anchor: Token, by_token: dict[int, Candidate]) -> Frame:
        """Walk up the clauses above the predicate: a purpose clause, the content of an intent
        verb or of another event is not a fact; a modal or "si" makes it hypothetical."""
        frame = Frame()
        token = anchor
        if anchor.pos_ not in VERBAL_POS:
            background = self._background_case(anchor)
            if background:
                frame.dropped = f"a background reference ({background} …), not a new event"
                return frame
        clause = _clause_head(anchor)
        auxes = [c for c in clause.children if self.syntax.role(c) in ("aux", "aux_pass")]
        conditional = _conditional(clause) or any(_conditional(a) for a in auxes)
        reported_future = any(a.lemma_.lower() in self.lexicon.reported_future_aux
                              for a in auxes)
        if (conditional or reported_future) and self._reported(clause):
            # "a annoncé qu'il retirerait", "said it would withdraw": the future of the past.
            frame.announced = clause.head.text
        elif conditional or any(a.lemma_.lower() in self.lexicon.modal_words for a in auxes) or (
                clause.i != anchor.i and clause.lemma_.lower() in self.lexicon.modal_words):
            frame.hypothetical = True
        if any(c.lemma_.lower() in self.lexicon.hypothetical_marks for c in clause.children
               if self.syntax.role(c) == "mark"):
            frame.hypothetical = True  # the parser sometimes makes the "si" clause the root
            frame.announced = None
        while token.head.i != token.i:
            head, role = token.head, self.syntax.role(token)
            if role in CLAUSAL_ROLES:
                marks = {c.lemma_.lower() for c in token.children
                         if self.syntax.role(c) == "mark" or (role == "adverbial"
                         and self.syntax.role(c) == "aux"
                         and c.lemma_.lower() in self.lexicon.purpose_marks)}
                if marks & self.lexicon.purpose_marks:
                    words = "/".join(sorted(marks))
                    frame.dropped = f"purpose clause ({words}): an aim, not a fact"
                    return frame
                if marks & self.lexicon.hypothetical_marks:
                    frame.hypothetical = True
                lemma = head.lemma_.lower()
                if lemma in self.lexicon.modal_words:
                    frame.hypothetical = True
                elif lemma in self.lexicon.announce_words:
                    frame.announced = head.text
                elif lemma in self.lexicon.posture_words:
                    frame.prepared = head.text
                    return frame
                elif lemma in self.lexicon.attempt_words:
                    frame.attempted = head.text  # and what is said of the attempt counts too
                elif lemma in self.lexicon.intent_words:
                    frame.dropped = f"content of {head.text!r}, not a fact"
                    return frame
                elif (head.i in by_token and by_token[head.i].support is None
                      # An imported verb's participle clause tells a further act ("opened
                      # fire ..., killing one person and arresting 12"), not its content.
                      and not (role == "adverbial" and by_token[head.i].predicate.imported)):
                    frame.dropped = (f"content of the {by_token[head.i].predicate.id} event "
                                     f"({head.text!r})")
                    return frame
                elif role == "complement" and (noun := next(
                        (p for p in self.roles_of(head).get("patient", ()) if p.i in by_token),
                        None)) is not None:
                    # "reiterated its demand that Israel ease …": the parser hangs the content
                    # of the noun on the verb that carries it.
                    frame.dropped = (f"content of the {by_token[noun.i].predicate.id} event "
                                     f"({noun.text!r})")
                    return frame
            elif (role in ("patient", "oblique") and anchor.pos_ in VERBAL_POS
                  and token.pos_ in NOMINAL_POS
                  and head.lemma_.lower() in self.lexicon.intent_words):
                # "demanded an admission that Soviet forces murdered …": an act told inside
                # what is demanded, promised or refused is its content.
                frame.dropped = f"content of {head.text!r}, not a fact"
                return frame
            elif (role in ("patient", "oblique", "nominal_arg") and head.i in by_token
                  and anchor.i != head.i and anchor.pos_ in NOMINAL_POS):
                # "condamné les frappes", "un appel à l'aide internationale": the act condemned
                # or asked for is not one that happened here.
                outer = by_token[head.i]
                frame.dropped = f"what the {outer.predicate.id} event is about ({head.text!r})"
                return frame
            token = head
        return frame

    def _asked_for(self, candidate: Candidate, by_token: dict[int, Candidate]) -> bool:
        """Whether a nominal predicate is what an appeal asks for, hung on the verb that
        carries the appeal ("a lancé un appel à l'aide internationale")."""
        support = candidate.support
        return (support is not None and self.syntax.role(candidate.trigger) == "oblique"
                and any(other is not candidate and other.support is not None
                        and other.support.i == support.i
                        and self.syntax.role(other.trigger) == "patient"
                        and self._plover(other) == "REQUEST" for other in by_token.values()))

    def _reported(self, clause: Token) -> bool:
        """Whether a clause is the complement of a verb of saying ("a déclaré que …")."""
        return (self.syntax.role(clause) == "complement" and clause.head.i != clause.i
                and clause.head.pos_ in VERBAL_POS
                and clause.head.lemma_.lower() in self.lexicon.reporting_verbs)

    def _background_case(self, noun: Token) -> str | None:
        """The preposition that makes a nominal predicate a time reference to an earlier
        event ("depuis le début de l'invasion russe", "après l'assassinat de …"), if any."""
        token = noun
        while token.pos_ not in VERBAL_POS and token.head.i != token.i:
            case = case_of(token, self.syntax)
            if case in self.lexicon.background_cases:
                return case
            token = token.head
        return None

    # -- arguments -------------------------------------------------------------------------

    def actors_of(self, analysis: Analysis, token: Token, depth: int = 0, *,
                  whole_phrase: bool = True) -> list[Actor]:
        """Coded actors standing for a nominal argument, for each conjunct: its own mention,
        else the names and country adjectives attached to it ("le président élu américain
        Donald Trump"), and with ``whole_phrase`` also the owner its phrase is built on ("une
        initiative des États-Unis", "une résolution présentée par la France")."""
        found: list[Actor] = []
        subjects = [c for c in token.children if self.syntax.role(c) == "agent"]
        if subjects and any(self.syntax.role(c) == "cop" for c in token.children):
            # "L'Albanie est un membre … et co-organise": the predicate noun stands for its
            # subject when the parser makes it the subject of the next verb.
            return self.actors_of(analysis, subjects[0], depth, whole_phrase=whole_phrase)
        for conjunct in conjuncts(token, self.syntax):
            if conjunct.lemma_.lower() in self.lexicon.inert_nouns:
                continue  # "the Brazilian team", "les électeurs suisses": no one's act
            here = [a for a in analysis.actors_at(conjunct) if a.resolved]
            if here and all(_is_country(a) for a in here):
                # "L'Espagne, l'Irlande et la Norvège": a list of countries that the parser
                # read as an apposition; a country is not another country's other name.
                here += [a for c in conjunct.children if self.syntax.role(c) == "appos"
                         for a in analysis.actors_at(c) if _is_country(a) and a not in here]
            if not here and (conjunct.pos_ == "ADJ" or self.syntax.role(conjunct) == "modifier"):
                # A country adjective, also where the tagger took it for a name ("the
                # Azerbaijani republic of Nakhichevan").
                here = self._demonym_actor(conjunct)
            if not here and whole_phrase and depth < 2:
                for by_agent in self.roles_of(conjunct).get("participle_agent", ()):
                    # "une résolution présentée par les États-Unis": whose it is; not "a deal
                    # brokered by China", which is neither side's.
                    if self._mediator(by_agent):
                        continue
                    here = self.actors_of(analysis, by_agent, depth + 1)
                    if here:
                        break
            if not here and depth < 2:
                # Where one comes from says whose one is, even for a subject that is no act
                # ("doctors from two American aid groups").
                owners = ("", *(self.syntax.owner_cases if whole_phrase
                                else self.syntax.origin_cases))
                for child in self._owner_children(conjunct, owners):
                    role = self.syntax.role(child)
                    if role == "det" and "Yes" in child.morph.get("Poss"):
                        role = "possessor"  # French "ses positions": a possessive determiner
                    if role == "case_object" or (role in PHRASE_ROLES
                                                 and case_of(child, self.syntax) in owners):
                        here = self.actors_of(analysis, child, depth + 1,
                                              whole_phrase=whole_phrase)
                        if not whole_phrase and role == "case_object":
                            # A body one comes from, not a country: "refugees from Syria"
                            # are not Syria's state (the coder places them there).
                            here = [a for a in here if not _is_country(a)]
                        if here:
                            break
            found.extend(a for a in here if a not in found)
        return found

    def _owner_children(self, token: Token, cases: tuple[str, ...]) -> list[Token]:
        """The dependents of a noun that may name whom it belongs to; where one of ``cases``
        heads its object (ClearNLP "of"), the object."""
        children = []
        for child in token.children:
            if (child.pos_ == "ADP" and child.lemma_.lower() in cases
                    and self.syntax.role(child) == "oblique"):
                children.extend(g for g in child.children
                                if self.syntax.role(g) == "case_object")
            else:
                children.append(child)
        return children

    def _is_act(self, token: Token) -> bool:
        entries = self.lexicon.candidates(token.lemma_.lower(), "NOUN")
        return bool(entries) and not any(p.allegation for p in entries)

    def _demonym_actor(self, token: Token) -> list[Actor]:
        """A country adjective on an event noun names who acted or suffered: "les frappes
        russes", "sanctions américaines" (the actor layer codes adjectives only on actor
        nouns)."""
        country = demonym_countries(self.lang).get(fold(token.text))
        if country is None:
            return []
        return [Actor(text=token.text, start=token.idx, end=token.idx + len(token.text),
                      code=country, country=country, name=country_name(country),
                      via=f"demonym:{country}")]

    def _role_actors(self, analysis: Analysis, candidate: Candidate,
                     roles: tuple[str, ...]) -> list[Actor]:
        for role in roles:
            for token in candidate.roles.get(role, ()):
                actors = self.actors_of(analysis, token)
                if actors:
                    return actors
        return []

    def _agent_actors(self, analysis: Analysis, candidate: Candidate) -> list[Actor]:
        predicate = candidate.predicate
        if predicate.pos == "VERB":
            actors = self._verb_role_actors(analysis, candidate.trigger, predicate.agent)
        else:
            actors = self._role_actors(analysis, candidate, predicate.agent)
        if not actors and candidate.support is not None:
            spec = self.lexicon.support_verbs[candidate.support.lemma_.lower()]
            if spec.agent:
                actors = self._verb_role_actors(analysis, candidate.support, (spec.agent,))
        for role in predicate.co_agent:
            for token in candidate.roles.get(role, ()):
                actors.extend(a for a in self.actors_of(analysis, token) if a not in actors)
        return actors

    def _agent_fillers(self, candidate: Candidate) -> list[Token]:
        """The tokens in the predicate's agent roles, or in its support verb's."""
        fillers = [t for role in candidate.predicate.agent
                   for t in self._fillers(candidate.roles, role)]
        if candidate.support is not None:
            spec = self.lexicon.support_verbs[candidate.support.lemma_.lower()]
            if spec.agent:
                fillers += self._fillers(self.roles_of(candidate.support), spec.agent)
        return fillers

    def _verb_role_actors(self, analysis: Analysis, verb: Token,
                          roles: tuple[str, ...]) -> list[Actor]:
        """Actors in ``roles`` of a verb; a verb without a subject shares the subject of the
        verb it is coordinated with or depends on ("a menacé … et a averti")."""
        token = verb
        while True:
            verb_roles = self.roles_of(token)
            if token.i != verb.i:
                # A borrowed subject is the other verb's grammatical subject, passive or not
                # ("… has been indicted by the court and will resign").
                verb_roles = {"agent": [c for c in token.children if "subj" in c.dep_]}
            for role in roles:
                # Every filler counts: the parser splits coordinated subjects ("L'Espagne,
                # l'Irlande et la Norvège ont reconnu" gives two subjects and an apposition).
                found: list[Actor] = []
                for filler in self._fillers(verb_roles, role):
                    # The subject's phrase names the doer only when the subject is itself an
                    # act ("les frappes russes ont tué"), not for "les violations … menacent".
                    found.extend(a for a in self.actors_of(analysis, filler,
                                                           whole_phrase=self._is_act(filler))
                                 if a not in found)
                if found:
                    return found
            if any(self.syntax.role(c) == "agent" or "subj" in c.dep_ for c in token.children):
                return []  # it has a subject of its own, uncoded: nothing to borrow
            if self.syntax.role(token) in ("conj", "complement", "adverbial") and (
                    token.head.pos_ in (*VERBAL_POS, "ADJ") and token.head.i != token.i):
                token = token.head  # through "is ready to …" as well
                continue
            document = token.head
            if (self.syntax.role(token) == "clause_mod"
                    and document.lemma_.lower() in self.lexicon.document_nouns
                    and document.head.pos_ in VERBAL_POS and document.head.i != document.i):
                # "issued a declaration demanding …": the declaration's issuer demands.
                token = document.head
                continue
            return []

    def _recipient_actors(self, analysis: Analysis, candidate: Candidate,
                          by_token: dict[int, Candidate], doers: list[Actor]) -> list[Actor]:
        """Who the act is aimed at; ``doers`` are its coded actors, never its own target."""
        predicate = candidate.predicate
        fillers = [t for role in predicate.recipient
                   for t in self._recipient_fillers(candidate, role)]
        for token in fillers:
            content = by_token.get(token.i)
            actors = []
            if content is not None and content is not candidate:
                # "condamne les frappes russes", "investigating crimes by extremists": the
                # target is who struck, who is said to have committed them.
                actors = self._role_actors(analysis, content, content.predicate.agent)
            actors = [a for a in actors or self.actors_of(analysis, token)
                      if not _same_actor(a, doers)]
            if actors:
                return actors
        if candidate.support is not None:
            spec = self.lexicon.support_verbs[candidate.support.lemma_.lower()]
            support_roles = self.roles_of(candidate.support)
            carried = [t for role in spec.recipient for t in support_roles.get(role, ())
                       if t.i != candidate.trigger.i]
            for token in carried:
                actors = self.actors_of(analysis, token)
                if actors:
                    return actors
            fillers.extend(carried)
        doing = {a.country for a in doers}
        # What is given, promised or condemned may name whom it is for or whose it is; so may
        # what the support verb acts on ("ont pris d'assaut l'enceinte de l'ambassade").
        patients = [*candidate.roles.get("patient", ()), *(
            t for t in (self.roles_of(candidate.support).get("patient", ())
                        if candidate.support is not None else ()) if t.i != candidate.trigger.i)]
        phrases = [*fillers, *(t for t in patients if t not in fillers)]
        for token in phrases:
            actors = self._nested_actors(analysis, token, doers)
            if actors:
                return actors
        # A place in the target's slot ("frappes sur Kharkiv", "s'est rendu à Kiev", "un dépôt
        # dans la région de Briansk") stands for its country: the territory, not its
        # government.
        for token in fillers:
            for level in self._phrase_levels(token):
                places = [p for t in level for p in analysis.places_at(t) if p.country]
                if places:
                    return [place_actor(places[0])]
        anchor = candidate.support or candidate.trigger
        home = doers[0] if len(doing) == 1 and doers[0].sector in HOME_SECTORS else None
        located = self._located(analysis, fillers, candidate, home)
        if located or self._plover(candidate) not in PLACE_TARGET_TYPES:
            return located
        # "ont frappé un dépôt dans la région de Briansk": what is struck lies where it is
        # struck; "une frappe a touché un camp de déplacés à Rafah": where what it hit is.
        clause = _clause_head(anchor)
        place = self._place(analysis, anchor) or next(
            (p for hit in self.roles_of(clause).get("patient", ())
             if (p := self._place_within(hit)) is not None), None)
        return [place_actor(place)] if place is not None and place.country else []

    def _phrase_levels(self, token: Token, depth: int = 3) -> Iterable[list[Token]]:
        """The nominals of a noun phrase, level by level: the noun and its conjuncts, then the
        nouns hung on them by a preposition or a participle's agent ("une enveloppe pour la
        reconstruction de l'Ukraine", "l'ultimatum lancé par Madrid"), down to ``depth``.
        Relative and other finite clauses are not entered: they say something else."""
        level = conjuncts(token, self.syntax)
        for _ in range(depth + 1):
            yield level
            below = []
            for noun in level:
                for role, fillers in self.roles_of(noun).items():
                    if role.startswith("nmod:") or role == "participle_agent":
                        below.extend(c for f in fillers for c in conjuncts(f, self.syntax)
                                     if not self._mediator(f))
            if not below:
                return
            level = below

    def _mediator(self, noun: Token) -> bool:
        """Whether ``noun`` is the "by" phrase of a participle of mediation ("brokered by
        China"), or the "behalf" of "on behalf of" (« au nom de »)."""
        if noun.lemma_.lower() in self.syntax.proxy_nouns:
            return True
        head = noun.head if noun.head.pos_ in VERBAL_POS else noun.head.head
        return (head.pos_ in VERBAL_POS and head.lemma_.lower() in self.lexicon.mediator_verbs
                and self.syntax.role(head) == "clause_mod")

    def _nested_actors(self, analysis: Analysis, token: Token,
                       doers: list[Actor]) -> list[Actor]:
        """Actors other than ``doers`` named inside an argument's phrase, nearest level first:
        the target of "a promis une aide pour la reconstruction de l'Ukraine", "a rejeté les
        accusations portées par l'Afrique du Sud", "reneged on his commitment to the Zambian
        people"."""
        for level in self._phrase_levels(token):
            found: list[Actor] = []
            for noun in level:
                found.extend(a for a in self.actors_of(analysis, noun, whole_phrase=False)
                             if a not in found and not _same_actor(a, doers))
            if found:
                return found
        return []

    def _located(self, analysis: Analysis, fillers: list[Token], candidate: Candidate,
                 home: Actor | None = None, *, story: bool = False) -> list[Actor]:
        """Unnamed groups in an argument slot ("des manifestants", "la police", "le maire
        d'Istanbul"), coded by the country of the place they act in (see _where), else the
        country of ``home``, the police, court or government acting on them, else, with
        ``story``, for gunmen and crowds (STORY_SECTORS), the story's country (see
        _story_place). The actor layer leaves them unresolved, since the noun alone names no
        country; the place the text gives them does. Bodies that are not a country's own (IGO,
        NGO) take no country from a place."""
        found: list[Actor] = []
        for filler in fillers:
            for noun in self._group_nouns(analysis, filler):
                groups = [a for a in analysis.actors_at(noun)
                          if not a.resolved and a.sector in LOCAL_SECTORS]
                if home is not None and home.sector in PERSON_HOME_SECTORS:
                    # "la justice iranienne a condamné le rappeur Toomaj Salehi": a person
                    # the text does not place, arrested or judged by a country's police or
                    # court, is of it (a government congratulates foreigners too).
                    groups += [replace(a, sector="CVL") for a in analysis.actors_at(noun)
                               if not a.resolved and a.via == "ner:person"]
                if not groups:
                    continue
                place = self._where(analysis, noun, candidate)
                if place is not None:
                    country, via = place.country, f"located:{place.name}"
                elif home is not None:
                    # Not a state's own body: a president thanks a foreign Congress too.
                    groups = [g for g in groups if g.sector not in STATE_SECTORS]
                    country, via = home.country, f"domestic:{home.code}"
                elif story and self._index.story is not None:
                    groups = [g for g in groups if g.sector in STORY_SECTORS]
                    country, via = self._index.story[0].country, self._index.story[1]
                else:
                    continue
                for group in groups:
                    found.append(replace(group, code=f"{country}{group.sector}",
                                         country=country, via=via))
                    analysis.note("events", group.start, group.end, "located",
                                  f"{group.text!r} coded {country}{group.sector} ({via})")
        return found

    def _unnamed_attacker(self, analysis: Analysis, candidate: Candidate,
                          anchor: Token) -> list[Actor]:
        """An attack that names only its means ("une bombe a tué trois soldats à Mogadiscio",
        "were killed by a roadside bomb near Basra"): an unidentified armed group (UAF) of the
        country where it struck, as event coders code it. Only where the means are named: a
        death alone ("were killed in Baghdad") may be an accident."""
        if self._plover(candidate) not in PLACE_TARGET_TYPES:
            return []
        agents = self._agent_fillers(candidate)
        means = [t for t in agents if t.lemma_.lower() in self.lexicon.attack_means]
        if agents and len(means) != len(agents):
            return []  # someone is named, only not coded: no guessing who
        if not means:
            means = [t for role, tokens in candidate.roles.items() if role.startswith("oblique:")
                     for t in tokens if t.lemma_.lower() in self.lexicon.attack_means]
        if not means or any(analysis.actors_at(c) for weapon in means for c in weapon.children
                            if self.syntax.role(c) in ("modifier", "possessor")):
            return []  # none, or someone is named on them, only not coded
        for weapon in means:
            # "une frappe attribuée à Israël", "an attack claimed by the group": the text does
            # name the doer, through the means.
            for child in weapon.children:
                role = self.lexicon.doer_verbs.get(child.lemma_.lower())
                if role and self.syntax.role(child) == "clause_mod":
                    for filler in self.roles_of(child).get(role, ()):
                        actors = self.actors_of(analysis, filler)
                        if actors:
                            return actors
        weapon = means[0]
        # Where the fire came from is where the attackers are ("rocket fire from Lebanon").
        place = next((p for t in (weapon, candidate.trigger) if (p := self._country_around(
            analysis, t, self.syntax.origin_cases)) is not None), None) or self._where(
            analysis, weapon, candidate)
        if place is not None:
            via = f"located:{place.name}"
        elif self._index.story is not None:
            place, via = self._index.story
        else:
            return []
        analysis.note("events", weapon.idx, weapon.idx + len(weapon.text), "located",
                      f"{weapon.text!r}: unidentified attackers coded {place.country}UAF ({via})")
        return [Actor(text=weapon.text, start=weapon.idx, end=weapon.idx + len(weapon.text),
                      code=f"{place.country}UAF", country=place.country, sector="UAF", via=via)]

    def _where(self, analysis: Analysis, noun: Token, candidate: Candidate) -> Place | None:
        """Where a group or a weapon stands: a place or a country named in its own phrase,
        else the place of the event's clause, else a country named there, else a place named
        below it ("in the Malian town of Ménaka", "in Baghdad's eastern districts"), else
        elsewhere in its sentence; never a place that is another's (see _free_place)."""
        anchor = candidate.support or candidate.trigger
        clause = _clause_head(anchor)
        return (self._place_within(noun)
                or self._country_around(analysis, noun, self._group_place_cases)
                or self._free_place(analysis, candidate, noun, clause_only=True)
                or self._country_around(analysis, clause, self.syntax.locative_cases)
                or self._free_place(analysis, candidate, noun))

    def _free_place(self, analysis: Analysis, candidate: Candidate, noun: Token, *,
                    clause_only: bool = False) -> Place | None:
        """The first place of the event's sentence that may be where its actors are: those of
        its own clause first, then those below it, then the rest of the sentence (with
        ``clause_only``, those of its own clause only). Not a place that is another's: one in
        or out of reported speech where the event is not ("…, said a reporter of the French
        embassy in Dakar", "adding: 'We are not in Baghdad'"), or one that hangs on another act
        or actor (see _place_owner: "marched against the war in Ukraine")."""
        anchor = candidate.support or candidate.trigger
        clause = _clause_head(anchor)
        own = {noun.i, candidate.trigger.i, anchor.i}
        below = range(clause.left_edge.i, clause.right_edge.i + 1)
        sentence = self._index.sentence_of[anchor.i]
        tiers = [[at for at in self._index.places if at.sentence == sentence
                  and at.place.country and at.clause == clause.i]]
        if not clause_only:
            tiers += [[at for at in self._index.places if at.sentence == sentence
                       and at.place.country and at.clause != clause.i and in_clause is (
                           at.root in below)] for in_clause in (True, False)]
        for tier in tiers:
            for at in tier:
                if (self._quote_of(at.place.start) == self._quote_of(anchor.idx)
                        and self._place_owner(analysis, at, anchor, own) is None):
                    return at.place
        return None

    def _quote_of(self, offset: int, *, direct: bool = False) -> tuple[int, int, bool] | None:
        """The reported speech (with ``direct``, the direct quote) whose content contains the
        character at ``offset``, if any."""
        return next((span for span in self._index.quoted
                     if span[0] <= offset < span[1] and (span[2] or not direct)), None)

    def _place_owner(self, analysis: Analysis, at: _PlaceAt, anchor: Token | None,
                     own: set[int]) -> Token | None:
        """The noun a place is the place of, if it is not the event's own: going up from the
        place to its clause (and stopping at ``own``), an act the event at ``anchor`` is about
        ("marched against the war in Ukraine", "denounced the bombing of Gaza"); where the
        place hangs on another clause, any actor ("a journalist from Kabul said", "security
        forces in Guinea … whom authorities blame"), not an act ("agreed to postpone the
        march in Nairobi": the doer's own). An actor of the event's own clause does not own
        it ("stormed the state broadcaster's offices in Dakar": where the doer went). Without
        ``anchor`` (the story's places), any act, coded actor or reporter ("the war in
        Ukraine", "the French embassy in Dakar")."""
        path: list[Token] = []
        token = analysis.doc[at.root]
        while token.head.i != token.i and token.head.pos_ not in VERBAL_POS:
            token = token.head
            if token.i in own:
                return None
            if token.pos_ in NOMINAL_POS and not at.place.start <= token.idx < at.place.end:
                path.append(token)
        for noun in path:
            actors = analysis.actors_at(noun)
            if anchor is None:
                if self._is_act(noun) or any(a.resolved or a.sector in REPORTING_SECTORS
                                             for a in actors):
                    return noun
            elif token.head.i == anchor.i:
                if self._is_act(noun) and _governor(noun).i == anchor.i:
                    return noun
            elif actors:
                return noun
        return None

    def _story_place(self, analysis: Analysis) -> tuple[Place, str] | None:
        """The story's country, where there is clearly one: the country of more than half of
        the article's places, the dateline's included, leaving out those in direct quotes and
        those of another act, a coded actor or a reporter ("the war in Ukraine", "the French
        embassy in Dakar", "a journalist from Kabul"); those of an unnamed group count
        ("villagers in Ménaka"). Its evidence is the dateline where it lies in that country (trace
        ``dateline:<place>``), else the first of its places (``story:<country>``)."""
        counted = [] if self._index.dateline is None else [self._index.dateline]
        for at in self._index.places:
            if at.place.country is None or self._quote_of(at.place.start, direct=True):
                continue
            # Without an anchor, _place_owner names only an act or a coded actor or reporter.
            if self._place_owner(analysis, at, None, set()) is None:
                counted.append(at.place)
        countries = Counter(p.country for p in counted)
        if not countries:
            return None
        country, count = countries.most_common(1)[0]
        if 2 * count <= len(counted):
            return None
        dateline = self._index.dateline
        if dateline is not None and dateline.country == country:
            return dateline, f"dateline:{dateline.name}"
        first = next(p for p in counted if p.country == country)
        return first, f"story:{country}"

    def _plover(self, candidate: Candidate) -> str:
        return candidate.predicate.event or lookup_cameo(candidate.predicate.cameo).plover

    def _group_nouns(self, analysis: Analysis, filler: Token) -> list[Token]:
        """The nouns of an argument that may name an unnamed group or person: the filler,
        its conjuncts, appositions ("le rappeur Toomaj Salehi") and the nouns compounded with
        it ("the opposition coalition"), else the first level of its phrase that has an actor
        mention ("des partisans de l'opposition")."""
        for level in self._phrase_levels(filler, depth=1):
            level = [*level, *(c for noun in level for c in noun.children
                               if self.syntax.role(c) in ("appos", "name_part")),
                     *(c for noun in level for c in self._noun_modifiers(noun))]
            if any(analysis.actors_at(noun) for noun in level):
                return level
        return []

    def _country_around(self, analysis: Analysis, head: Token,
                        cases: frozenset[str]) -> Place | None:
        """A country named as where a group is or an act happens ("security forces in
        Guinea", "ont enlevé des élèves dans le nord-ouest du Nigeria"): the actor layer codes
        the name as a country; here it is a place."""
        for role, fillers in self.roles_of(head).items():
            if role.split(":", 1)[-1] not in cases:
                continue
            for filler in fillers:
                for level in self._phrase_levels(filler):
                    # "in Israeli prisons", "dans les eaux turques": a country adjective on
                    # the place noun says whose the place is.
                    adjectives = [a for t in level for c in t.children if c.pos_ == "ADJ"
                                  for a in self._demonym_actor(c)]
                    # "in Kwaga, Nigeria": a town the tables do not know, with its country.
                    named = [*level, *(c for t in level for c in t.children
                                       if self.syntax.role(c) == "appos")]
                    for actor in (*(a for t in named for a in analysis.actors_at(t)),
                                  *adjectives):
                        if _is_country(actor) or (actor.via or "").startswith(
                                ("place:", "demonym:")):
                            return Place(text=actor.text, start=actor.start, end=actor.end,
                                         name=actor.name or actor.text, country=actor.country)
        return None

    def _content_recipients(self, analysis: Analysis, candidate: Candidate,
                            by_token: dict[int, Candidate], doers: list[Actor]) -> list[Actor]:
        """The target of a threat, demand, refusal, promise or protest named only in what is
        threatened, demanded … ("a menacé de frapper Israël", "demanded that the US cancel
        …", "calling for independence from Iraq"): the subject of a clause of its own unless
        it is the doer again ("a averti qu'il frapperait Israël"), else the target of the act
        it describes, else whom what it would touch belongs to; and the subject of the
        condition put on it ("threatened to stop the talks if the United States goes
        ahead")."""
        # The content of a noun may hang on its support verb ("reiterated its demand that …").
        carriers = [candidate.trigger, *([candidate.support] if candidate.support else [])]
        clauses = [c for carrier in carriers for c in carrier.children
                   if self.syntax.role(c) in ("complement", "adverbial")
                   or (self.syntax.role(c) == "clause_mod" and c.head.i == candidate.trigger.i)]
        # The conditions put on what is threatened or promised.
        clauses += [c for clause in clauses for c in clause.children
                    if self.syntax.role(c) == "adverbial"]
        for clause in clauses:
            subjects = [c for c in clause.children if self.syntax.role(c) == "agent"]
            for subject in subjects:
                actors = [a for a in self.actors_of(analysis, subject, whole_phrase=False)
                          if not _same_actor(a, doers)]
                if actors:
                    return actors
            content = by_token.get(clause.i)
            if content is not None and content is not candidate:
                actors = self._recipient_actors(analysis, content, by_token,
                                                self._agent_actors(analysis, content))
                if actors:
                    return actors
            # "a refusé de ratifier l'adhésion de la Suède", "threatened to impose tariffs on
            # imports from Mexico", "offered to hand over two suspects to Britain": named
            # inside what the act would touch or whom it would be for.
            roles = self.roles_of(clause)
            searched = ["patient"]
            if content is not None or self.syntax.role(clause) == "complement":
                # Not an adverbial that only describes ("connue sous le nom de …").
                searched += sorted(r for r in roles if r.startswith("oblique:"))
            for role in searched:
                for filler in roles.get(role, ()):
                    actors = self._nested_actors(analysis, filler, doers)
                    if actors:
                        return actors
        return []

    def _addressee(self, analysis: Analysis, candidate: Candidate,
                   doers: list[Actor]) -> list[Actor]:
        """Whom a protest that names no one is aimed at: the authorities of the country it
        takes place in, as PLOVER and CAMEO code domestic protest. The evidence is the place
        the text gives, else the protesters' own country; a protest by several countries'
        people, or by a state's own bodies (a formal protest is another code), has none."""
        if ((self._plover(candidate) not in ADDRESSED_TYPES and not candidate.predicate.addressed)
                or any(a.sector not in LOCAL_SECTORS - STATE_SECTORS for a in doers)):
            return []
        anchor = candidate.support or candidate.trigger
        place = self._place(analysis, anchor) or next(
            (p for noun in self._agent_fillers(candidate)
             if (p := self._where(analysis, noun, candidate)) is not None), None)
        if place is not None and place.country:
            evidence, country = place_actor(place), place.country
        elif len({a.country for a in doers}) == 1 and doers[0].country:
            evidence, country = doers[0], doers[0].country
        else:
            return []
        via = f"addressee:{evidence.text}"
        analysis.note("events", evidence.start, evidence.end, "addressed",
                      f"{candidate.trigger.text!r} names no target: coded {country}GOV ({via})")
        return [replace(evidence, code=f"{country}GOV", country=country, sector="GOV",
                        role=None, via=via)]

    def _own_territory(self, analysis: Analysis, candidate: Candidate,
                       doers: list[Actor]) -> list[Actor]:
        """Where a state's internal measure applies when no target is named ("lifted the state
        of emergency", "imposed martial law as battles raged"): the place of its clause, else
        the state's own country."""
        place = self._place(analysis, candidate.support or candidate.trigger)
        if place is not None and place.country:
            return [place_actor(place)]
        states = [d for d in doers if d.country and (d.sector or "GOV") in STATE_SECTORS]
        if not states or len({d.country for d in doers}) != 1:
            return []
        doer = states[0]
        analysis.note("events", doer.start, doer.end, "located",
                      f"{candidate.trigger.text!r}: a measure within {doer.country}")
        return [replace(doer, code=doer.country, sector=None, role="territory",
                        via=f"territory:{doer.country}")]

    def _recipient_fillers(self, candidate: Candidate, role: str) -> list[Token]:
        """Tokens filling a recipient role; where the parser hung a verb's oblique on its
        object ("a rompu ses relations avec l'Ukraine"), the object's modifier counts, and a
        target clause on the predicate ("les sanctions visant l'Iran") names the target."""
        fillers = [f for f in self._fillers(candidate.roles, role)
                   if f.lemma_.lower() not in self.syntax.proxy_nouns]  # "au nom de la France"
        if role.startswith("oblique:"):
            nominal = "nmod:" + role.split(":", 1)[1]
            for patient in candidate.roles.get("patient", ()):
                # Under an object tagged as a verb ("evacuated the wounded from …"), the
                # phrase is an oblique.
                fillers.extend(self.roles_of(patient).get(
                    role if patient.pos_ in VERBAL_POS else nominal, ()))
        # On the predicate or on its object: "l'embargo sur les armes visant le Soudan du
        # Sud", "son aide destinée au Niger".
        for head in [candidate.trigger, *candidate.roles.get("patient", ())]:
            for noun in self._phrase_levels(head, depth=1):
                for child in (c for t in noun for c in t.children):
                    target_role = self.lexicon.target_verbs.get(child.lemma_.lower())
                    if target_role and self.syntax.role(child) == "clause_mod":
                        fillers.extend(self.roles_of(child).get(target_role, ()))
        return fillers

    # -- time, modality, the record -------------------------------------------------------

    def _times_for(self, analysis: Analysis, candidate: Candidate) -> list[TimeRef]:
        """Time expressions in the predicate's clause, those inside its own phrase first."""
        anchor = candidate.support or candidate.trigger
        head = _clause_head(anchor)
        trigger = candidate.trigger
        own = range(trigger.left_edge.i, trigger.right_edge.i + 1)  # a subtree is contiguous
        sentence = self._index.sentence_of[anchor.i]
        inside, clause = [], []
        for time, root, time_sentence, time_clause in self._index.dated:
            if time_sentence != sentence:
                continue
            if root in own:
                inside.append(time)
            elif time_clause == head.i:
                clause.append(time)
        return inside + clause

    def _event(self, analysis: Analysis, candidate: Candidate, actors: list[Actor],
               recipients: list[Actor], times: list[TimeRef], frame: Frame,
               attribution: Attribution | None, code: str) -> Event:
        trigger, predicate = candidate.trigger, candidate.predicate
        anchor = candidate.support or trigger
        tensed = anchor if anchor.pos_ in VERBAL_POS else _clause_head(anchor)
        negated = _negated(anchor, self.syntax)
        if negated and predicate.negated_cameo:
            # "will not accept any more refugees": a refusal, which did happen.
            code, negated = predicate.negated_cameo, False
            analysis.note("events", trigger.idx, trigger.idx + len(trigger.text), "recoded",
                          f"{predicate.id}: negated, coded as a refusal {code}")
        elif predicate.joint_cameo and len({a.country for a in actors}) > 1:
            code = predicate.joint_cameo
        elif predicate.crowd_cameo and all(a.sector in CROWD_SECTORS for a in actors):
            code = predicate.crowd_cameo
        elif predicate.state_cameo and all(
                a.resolved and (a.sector or "GOV") in STATE_SECTORS for a in actors):
            code = predicate.state_cameo
        if frame.prepared:
            # "is preparing to attack the town": the attack has not happened; the forces
            # readied for it have.
            code = POSTURE_CAMEO
            analysis.note("events", trigger.idx, trigger.idx + len(trigger.text), "recoded",
                          f"{predicate.id}: prepared ({frame.prepared!r}), coded MOBILIZE {code}")
        cameo = lookup_cameo(code)
        plover = (predicate.event if code == predicate.cameo else None) or cameo.plover
        future = self._future_form(tensed)
        announcement = intent_codes().get(plover)
        recoded = bool(announcement) and bool(
            frame.announced or (plover != "CONSULT" and future))
        effect = (recoded and future and not frame.announced
                  and lookup_cameo(str(announcement)).plover == "THREATEN"
                  and not frame.hypothetical and not self._ultimatum(tensed)
                  and self._date_of_effect(analysis, candidate, times))
        if effect:
            # "will expel the diplomats within 48 hours", « expulsera … sous 48 heures »: an act
            # of harm decided (a future, not a plan or an intent) with its date of effect is
            # the act, in the future, not a threat; without a date, or on a condition, it
            # threatens. A promise stays a promise, dated or not ("will send aid next week").
            recoded = False
            analysis.note("events", trigger.idx, trigger.idx + len(trigger.text), "recoded",
                          f"{predicate.id}: decided, taking effect {effect!r}: coded as the "
                          f"act, in the future")
        if recoded:
            # Announced, not done: a promise or a threat (see events/data/intent.tsv); any act
            # announced "unless" the other side complies is a threat.
            cameo = lookup_cameo(THREAT_CAMEO if self._ultimatum(tensed) else str(announcement))
            plover = cameo.plover
            analysis.note("events", trigger.idx, trigger.idx + len(trigger.text), "recoded",
                          f"{predicate.id}: announced for the future, coded {plover} "
                          f"{cameo.code}")
        published = analysis.article.published
        date_value, date_text, precision, source = _event_date(times, published)
        tense = self._tense(tensed, date_value, published, future)
        tokens = [trigger, *([candidate.support] if candidate.support is not None else [])]
        if predicate.pos == "VERB":
            tokens.extend(f for role, _ in predicate.requires
                          for f in candidate.roles.get(role, ()) if f.sent == trigger.sent)
        first, last = min(t.i for t in tokens), max(t.i for t in tokens)
        span = analysis.doc[first:last + 1]
        contexts = set(predicate.context) | set(cameo.context) | self._contexts(candidate)
        if frame.attempted:
            contexts.add(ATTEMPT)
            analysis.note("events", trigger.idx, trigger.idx + len(trigger.text), "recoded",
                          f"{predicate.id}: attempted ({frame.attempted!r}), coded with the "
                          f"{ATTEMPT!r} context")
        confidence = 0.9 - 0.1 * (predicate.pos == "NOUN") - 0.1 * any(
            (a.via or "").startswith("coref") for a in actors)
        analysis.note("events", span.start_char, span.end_char, "fired",
                      f"{plover} {cameo.code} by {self.lang}:{predicate.id}")
        return Event(
            doc_id=analysis.doc_id,
            event=plover,
            mode=cameo.mode if recoded else predicate.mode or cameo.mode,
            context=tuple(sorted(contexts)),
            cameo=cameo.code,
            quad_class=cameo.quad_class,
            goldstein=cameo.goldstein,
            actor=one_per_code(as_state(a) for a in actors),
            recipient=one_per_code(as_state(a) for a in recipients),
            date_value=date_value,
            date_text=date_text,
            date_precision=precision,
            location=place.name if (place := self._place(analysis, anchor)) else None,
            negated=negated,
            tense=tense,
            hypothetical=frame.hypothetical,
            attribution=attribution,
            event_text=span.text,
            sentence=trigger.sent.text.strip(),
            start=span.start_char,
            end=span.end_char,
            language=self.lang,
            confidence=round(max(confidence, 0.5), 2),
            rule=f"{self.lang}:{predicate.id}",
            historical=_historical(date_value, published),
            date_source=source,
        )

    def _date_of_effect(self, analysis: Analysis, candidate: Candidate,
                        times: list[TimeRef]) -> str | None:
        """The words that say when an announced act takes effect, if any: a date of its clause
        that is not before publication ("on Monday", « dès lundi »), or a time limit ("within
        48 hours", « sous 48 heures »)."""
        published = analysis.article.published
        for time in times:
            value = _calendar_value(time)
            if value and (published is None
                          or value >= published.isoformat()[:len(value)]):
                return time.text
        anchor = self._tensed(candidate.support or candidate.trigger)
        for role, fillers in self.roles_of(anchor).items():
            if role.split(":", 1)[-1] not in self.lexicon.deadline_cases:
                continue
            for unit in fillers:
                if unit.lemma_.lower() in self.lexicon.deadline_units and any(
                        c.pos_ == "NUM" for c in unit.children):
                    return analysis.doc[unit.left_edge.i:unit.i + 1].text
        return None

    def _ultimatum(self, verb: Token) -> bool:
        """Whether a condition "unless …" (« à moins que … ») hangs on ``verb``."""
        return any(self.syntax.role(clause) == "adverbial" and any(
            t.lemma_.lower() in self.lexicon.threat_marks
            for mark in clause.children if self.syntax.role(mark) == "mark"
            for t in mark.subtree) for clause in verb.children)

    def _place(self, analysis: Analysis, anchor: Token) -> Place | None:
        """Where it happened: the first place named in the predicate's own clause."""
        clause, sentence = _clause_head(anchor).i, self._index.sentence_of[anchor.i]
        return next((at.place for at in self._index.places
                     if at.sentence == sentence and at.clause == clause), None)

    def _place_within(self, token: Token) -> Place | None:
        """The first place with a known country named in the phrase or clause ``token``
        heads."""
        start, end = token.left_edge.i, token.right_edge.i
        return next((at.place for at in self._index.places
                     if start <= at.root <= end and at.place.country), None)

    def _contexts(self, candidate: Candidate) -> set[str]:
        """Contexts named in the predicate's own phrase and in its object and obliques."""
        phrase = list(candidate.trigger.subtree) if candidate.predicate.pos == "NOUN" else []
        for role, tokens in candidate.roles.items():
            if role in ("patient", "recipient") or role.startswith(("oblique:", "nmod:")):
                for token in tokens:
                    phrase.extend(token.subtree)
        return {self.lexicon.contexts[t.lemma_.lower()] for t in phrase
                if t.lemma_.lower() in self.lexicon.contexts}

    def _auxiliaries(self, token: Token) -> list[Token]:
        return [c for c in token.children if self.syntax.role(c) in ("aux", "aux_pass")]

    def _tensed(self, anchor: Token) -> Token:
        """The verb that carries the tense: a gerund or infinitive takes it from the clause it
        hangs on."""
        while not self._auxiliaries(anchor) and set(anchor.morph.get("VerbForm")) & {
                "Inf", "Ger", "Part"} and self.syntax.role(anchor) in (
                "adverbial", "complement", "conj"):
            anchor = anchor.head
        return anchor

    def _future_form(self, anchor: Token) -> bool:
        """Future by its form: a future tense, or a future auxiliary (aller, will)."""
        if self.syntax.role(anchor) == "complement" and (
                anchor.head.lemma_.lower() in self.lexicon.future_aux):
            return True  # "va renforcer": the parser makes aller the head
        anchor = self._tensed(anchor)
        return "Fut" in anchor.morph.get("Tense") or any(
            "Fut" in a.morph.get("Tense") or a.lemma_.lower() in self.lexicon.future_aux
            for a in self._auxiliaries(anchor))

    def _tense(self, anchor: Token, date_value: str | None, published: date | None,
               future_form: bool) -> str:
        """past | present | future of the act at ``anchor``; ``future_form`` is whether its
        verb is in a future form (see _future_form)."""
        if date_value and published and date_value[:10] > published.isoformat()[:len(date_value)]:
            return "future"
        if future_form:
            return "future"
        anchor = self._tensed(anchor)
        auxes = self._auxiliaries(anchor)
        if date_value and published and date_value < published.isoformat()[:len(date_value)]:
            return "past"
        tenses = set(anchor.morph.get("Tense"))
        if auxes and "Part" in anchor.morph.get("VerbForm") and "Past" in tenses:
            return "past"
        if tenses & {"Past", "Imp"} and "Part" not in anchor.morph.get("VerbForm"):
            return "past"
        return "present"


def _lexicon_pos(token: Token) -> str:
    if token.pos_ in VERBAL_POS:
        return "VERB"
    return "NOUN" if token.pos_ in NOMINAL_POS else ""


def one_per_code(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """The first mention of each coded actor: "le secrétaire général de l'ONU, Antonio
    Guterres" is one actor, named twice."""
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.code or f"{actor.text}@{actor.start}", actor)
    return tuple(seen.values())


def place_actor(place: Place) -> Actor:
    return Actor(text=place.text, start=place.start, end=place.end, code=place.country,
                 country=place.country, name=place.name, role="territory",
                 via=f"place:{place.name}")


def as_state(actor: Actor) -> Actor:
    """A country named as the doer or target of a political act ("la Chine s'oppose") stands
    for its state: sector GOV, as ICEWS and POLECAT code it. A place stands for its territory
    and keeps no sector."""
    if (actor.sector is None and actor.code is not None and actor.code == actor.country
            and actor.role != "territory"):
        return replace(actor, code=f"{actor.country}GOV", sector="GOV")
    return actor


def as_citizens(actor: Actor) -> Actor:
    """A people named as protesting ("Thousands of Iraqi Kurds demonstrated", "les Algériens
    manifestent") is the country's citizens, not its state."""
    if _country_coded(actor) and (actor.via or "").startswith("demonym:"):
        return replace(actor, code=f"{actor.country}CVL", sector="CVL")
    return actor


def _clause_head(token: Token) -> Token:
    while token.pos_ not in VERBAL_POS and token.head.i != token.i:
        token = token.head
    return token


def _governor(noun: Token) -> Token:
    """The word a noun is an argument of, through the preposition that heads it under
    ClearNLP ("against" in "marched against the war")."""
    head = noun.head
    return head.head if head.pos_ == "ADP" else head


def _same_actor(actor: Actor, doers: list[Actor]) -> bool:
    """Whether ``actor`` is one of the doers again: the same code, or the same country where
    either is named as a country and both are its state ("la France a suspendu son aide":
    "son" is France). Another body of the same country is not ("les talibans … avec le
    gouvernement afghan", "Iraqi Kurds calling for independence from Iraq", "Croatia is
    investigating crimes by Croatian extremists")."""
    return any(actor.code == d.code or (actor.country == d.country and (
        "coref:" in (actor.via or "")  # "Téhéran a reconnu que ses forces …": its own
        or ((_is_country(actor) or _is_country(d)) and (d.sector or "GOV") in STATE_SECTORS
            and (actor.sector or "GOV") in STATE_SECTORS))) for d in doers)


def _country_coded(actor: Actor) -> bool:
    """Coded as a bare country: a country's name or adjective, or its people."""
    return actor.resolved and actor.sector is None and actor.code == actor.country


def _is_country(actor: Actor) -> bool:
    """A country named as such (not a capital, an organ or a people)."""
    return _country_coded(actor) and actor.role != "people"


def _is_definite(token: Token) -> bool:
    return any(c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get(
        "PronType")) for c in token.children)


def _conditional(token: Token) -> bool:
    return "Cnd" in token.morph.get("Mood")


def _negated(anchor: Token, syntax: SyntaxPack) -> bool:
    words = {c.lemma_.lower() for c in anchor.children}
    # "received no notification", "n'a reçu aucune notification": the negation sits on the
    # object, with "ne" on the verb in French.
    on_object = {d.lemma_.lower() for c in anchor.children if syntax.role(c) == "patient"
                 for d in c.children if syntax.role(d) == "det"} & syntax.negation_words
    return any(syntax.role(c) == "negation" or (
        "Neg" in c.morph.get("Polarity") and c.lemma_.lower() in syntax.negation_words)
        for c in anchor.children) or (
        bool(words & syntax.negation_particles) and bool(words & syntax.negation_words)) or (
        bool(on_object) and (not syntax.negation_particles
                             or bool(words & syntax.negation_particles)))


def _calendar_value(time: TimeRef) -> str | None:
    """The calendar date a time expression gives an event: its value, or where it spans an
    interval ("au cours de l'année écoulée"), the interval's start. Only calendar forms
    (year, month, ISO week, day): a decade or a season dates no event."""
    for value in (time.value, time.interval_start):
        if value and is_calendar_value(value):
            return value
    return None


def _event_date(times: list[TimeRef], published: date | None
                ) -> tuple[str | None, str | None, str | None, str]:
    for time in times:
        value = _calendar_value(time)
        if value is not None:
            # The precision of the value the event takes, not of the expression: "au cours de
            # l'année écoulée" spans a year, and the event is dated by its year.
            return value, time.text, calendar_precision(value), "text"
    if published is None:
        return None, None, None, "publication"
    return published.isoformat(), None, "day", "publication"


def _historical(date_value: str | None, published: date | None) -> bool:
    return bool(date_value and published and int(date_value[:4]) < published.year - 1)


def merge_mentions(analysis: Analysis, events: list[Event]) -> list[Event]:
    """One event per (type, actors, recipients, date, modality) in an article; later sightings
    add to its mention count. Within a sentence, an event that agrees with another on type,
    actors and modality, names no recipient or the same recipient countries, and names no
    other date, is another mention of it ("launched rocket fire against the camps on Monday,
    killing 50": the killing is the attack's)."""
    merged: dict[tuple, Event] = {}
    for event in events:
        key = (event.event, tuple(sorted(a.code or "" for a in event.actor)),
               tuple(sorted(a.code or "" for a in event.recipient)), event.date_value,
               event.negated, event.hypothetical)
        first = merged.get(key)
        if first is None:
            merged[key] = event
            continue
        merged[key] = replace(first, mentions=first.mentions + 1, id=first.id)
        analysis.note("events", event.start, event.end, "merged",
                      f"same event as {first.event_text!r}: one event, another mention")
    for key, event in list(merged.items()):
        sentence = analysis.doc.char_span(event.start, event.end, alignment_mode="expand").sent
        countries = {a.country for a in event.recipient}
        doers = {a.country for a in event.actor}
        # Within a sentence the doers are compared by country: "rocket fire from Lebanon hit
        # the town" names the attackers once as unidentified, once as the country.
        same = next((k for k, other in merged.items()
                     if k != key and other.recipient and k[0] == key[0] and k[4:] == key[4:]
                     and doers == {a.country for a in other.actor}
                     and (not countries or countries == {a.country for a in other.recipient})
                     and (not event.recipient or other.start < event.start)
                     and (event.date_source != "text" or event.date_value == other.date_value)
                     and sentence.start_char <= other.start < sentence.end_char), None)
        if same is not None:
            del merged[key]
            target = merged[same]
            merged[same] = replace(target, mentions=target.mentions + event.mentions)
            analysis.note("events", event.start, event.end, "merged",
                          f"same event as {target.event_text!r}, in the same sentence")
    return list(merged.values())
