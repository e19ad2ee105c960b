"""What every stage of the coder reads for one article: the analysis, the language's lexicon
and label map, and what the stages look up again and again, computed once per article."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from vigie.actors.places import dateline_places
from vigie.analysis import Analysis
from vigie.events.coder.dating import calendar_value
from vigie.events.lexicon import Lexicon
from vigie.events.roles import SyntaxPack, argument_roles, clause_head
from vigie.model import Place, TimeRef
from vigie.nlp import dateline_end

if TYPE_CHECKING:
    from vigie.events.coder.candidates import Candidate


@dataclass(frozen=True, slots=True)
class PlaceAt:
    """A place mention and where it stands in the parse."""

    place: Place
    root: int  # the index of its head token
    sentence: int  # the first token of its sentence
    clause: int  # the head of its clause


@dataclass
class Context:
    """One article being coded. Besides the analysis and the language packs: the tokens of
    time expressions (never arguments), each token's argument roles, the sentence of each
    token and the sentences that are questions, where the dated time expressions and the
    places stand (the dateline's place apart: it says where the story was filed), the spans
    of reported speech, the story's country, the candidates by trigger token and the dates
    of the nominal predicates met so far."""

    analysis: Analysis
    lexicon: Lexicon
    syntax: SyntaxPack
    transparent: frozenset[int] = frozenset()
    roles: dict[int, dict[str, list[Token]]] = field(default_factory=dict)
    sentence_of: list[int] = field(default_factory=list)
    questions: frozenset[int] = frozenset()  # first tokens of sentences ending with "?"
    dated: list[tuple[TimeRef, int, int, int]] = field(default_factory=list)
    places: list[PlaceAt] = field(default_factory=list)
    dateline: Place | None = None
    story_start: int = 0  # the first token after a wire dateline, whose date is the filing's
    quoted: list[tuple[int, int, bool]] = field(default_factory=list)  # start, end, direct
    story: tuple[Place, str] | None = None  # the story's country: evidence and trace
    by_token: dict[int, Candidate] = field(default_factory=dict)
    # The date of each nominal predicate's lemma, for a later definite mention ("the attack").
    dated_nouns: dict[str, TimeRef] = field(default_factory=dict)

    @classmethod
    def of(cls, analysis: Analysis, lexicon: Lexicon, syntax: SyntaxPack) -> Context:
        doc, text = analysis.doc, analysis.article.text  # Span.text rebuilds it token by token
        sentence_of = [0] * len(doc)
        questions = set()
        for sent in doc.sents:
            sentence_of[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
            if text[sent.start_char:sent.end_char].rstrip().endswith("?"):
                questions.add(sent.start)

        def spans(records: Iterable[TimeRef] | Iterable[Place]) -> Iterable[tuple[Any, Span]]:
            for record in records:
                span = doc.char_span(record.start, record.end, alignment_mode="expand")
                if span is not None:
                    yield record, span

        times = list(spans(analysis.times))
        dateline = dateline_places(doc, analysis.places)
        return cls(
            analysis=analysis,
            lexicon=lexicon,
            syntax=syntax,
            transparent=frozenset(t.i for _time, span in times for t in span)
            | manner_phrase_tokens(analysis.forms, syntax),
            sentence_of=sentence_of,
            questions=frozenset(questions),
            # PRESENT_REF and the like date nothing.
            dated=[(time, span.root.i, sentence_of[span.root.i], clause_head(span.root).i)
                   for time, span in times if calendar_value(time) is not None],
            places=[PlaceAt(place, span.root.i, sentence_of[span.root.i],
                            clause_head(span.root).i)
                    for place, span in spans(analysis.places)
                    if all(place is not p for p in dateline)],
            dateline=dateline[0] if dateline else None,
            story_start=dateline_end(doc) or 0,
            quoted=[(quote.start, quote.end, quote.direct) for quote in analysis.quotes],
        )

    @property
    def lang(self) -> str:
        return self.analysis.lang

    def roles_of(self, token: Token) -> dict[str, list[Token]]:
        """The argument roles of ``token`` (see events.roles.argument_roles), computed once.
        A wire dateline beside an argument of the story's own is no argument: the English
        parser, which reads the dateline in the first sentence, takes its place and agency
        for a second subject ("DENPASAR, Indonesia (Reuters) - A car bomb ripped through …").
        Alone, it stays: the parser often hangs the story's subject on it ("CANBERRA, Feb 13
        (AFP) - Prime Minister Kevin Rudd said …"), and the doer is found through it."""
        roles = self.roles.get(token.i)
        if roles is None:
            roles = argument_roles(token, self.syntax, self.transparent)
            if token.i >= self.story_start > 0:
                roles = {role: [t for t in fillers if t.i >= self.story_start]
                         if any(t.i >= self.story_start for t in fillers) else fillers
                         for role, fillers in roles.items()}
            self.roles[token.i] = roles
        return roles

    def sent_document(self, verb: Token) -> Token | None:
        """The document noun a verb takes as its object ("sent a note", « a adressé une
        lettre »), if any: what the verb sends carries the acts said in it."""
        return next((noun for noun in self.roles_of(verb).get("patient", ())
                     if noun.lemma_.lower() in self.lexicon.document_nouns), None)

    def is_act(self, token: Token) -> bool:
        """Whether a noun names an act the lexicon codes (not an allegation noun)."""
        entries = self.lexicon.candidates(token.lemma_.lower(), "NOUN")
        return bool(entries) and not any(p.allegation for p in entries)

    def quote_of(self, offset: int, *, direct: bool = False) -> tuple[int, int, bool] | None:
        """The reported speech (with ``direct``, the direct quote) whose content contains the
        character at ``offset``, if any."""
        return next((span for span in self.quoted
                     if span[0] <= offset < span[1] and (span[2] or not direct)), None)

    def background_marks(self, clause: Token) -> set[str]:
        """The words that make ``clause`` tell what came before the act it hangs on ("after
        Indian jets bombed a camp", "three weeks after seizing them", where ClearNLP hangs the
        clause on the preposition): the lexicon's background marks among its own marks and
        its head preposition."""
        marks = self.marks(clause)
        if clause.head.pos_ == "ADP":
            marks.add(clause.head.lemma_.lower())
        return marks & self.lexicon.background_marks

    def circumstantial(self, clause: Token) -> bool:
        """Whether ``clause`` tells the circumstances or the reason of the act it hangs on
        ("as both governments faced …", « alors que les tensions montent »), by its marks."""
        return bool(self.marks(clause) & self.lexicon.circumstance_marks)

    def marks(self, clause: Token) -> set[str]:
        """The subordinators of ``clause``."""
        return {c.lemma_.lower() for c in clause.children if self.syntax.role(c) == "mark"}

    def place(self, anchor: Token) -> Place | None:
        """Where it happened: the first place named in the predicate's own clause."""
        clause, sentence = clause_head(anchor).i, self.sentence_of[anchor.i]
        return next((at.place for at in self.places
                     if at.sentence == sentence and at.clause == clause), None)

    def place_within(self, token: Token) -> Place | None:
        """The first place with a known country named in the phrase or clause ``token``
        heads."""
        start, end = token.left_edge.i, token.right_edge.i
        return next((at.place for at in self.places
                     if start <= at.root <= end and at.place.country), None)

    def note(self, token: Token, verdict: str, message: str) -> None:
        """A trace note of the events stage on ``token``."""
        self.analysis.note("events", token.idx, token.idx + len(token.text), verdict, message)


def manner_phrase_tokens(words: list[str], syntax: SyntaxPack) -> frozenset[int]:
    """The tokens of the set phrases of manner among ``words`` (the article's lower-case forms,
    ``Analysis.forms``: « d'un revers de main »), which argument roles read through as they
    read through time expressions."""
    # One pass over the words, trying only the phrases that start with each word: slicing the
    # doc for every phrase at every position cost more than the rest of the stage.
    firsts = {phrase[0] for phrase in syntax.manner_phrases}
    found: set[int] = set()
    for start, word in enumerate(words):
        if word not in firsts:
            continue
        for phrase in syntax.manner_phrases:
            if tuple(words[start:start + len(phrase)]) == phrase:
                found.update(range(start, start + len(phrase)))
    return frozenset(found)
