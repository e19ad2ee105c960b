"""When an event happened, as the coder reads it: the time expressions of its clause, the
calendar value they give it, its tense, and the date from which an announced act takes
effect."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Token

from vigie.dates import calendar_precision, calendar_span, is_calendar_value
from vigie.events.roles import clause_head
from vigie.model import TimeRef

if TYPE_CHECKING:
    from vigie.events.coder.candidates import Candidate
    from vigie.events.coder.context import Context


def times_for(ctx: Context, candidate: Candidate) -> list[TimeRef]:
    """Time expressions in the predicate's clause, those inside its own phrase first."""
    anchor = candidate.anchor
    head = clause_head(anchor)
    trigger = candidate.trigger
    own = range(trigger.left_edge.i, trigger.right_edge.i + 1)  # a subtree is contiguous
    sentence = ctx.sentence_of[anchor.i]
    inside, clause = [], []
    for time, root, time_sentence, time_clause in ctx.dated:
        # A dateline's date is the day the story was filed, not the day of its acts ("KYIV,
        # March 15 (Reuters) - … shelled … last week").
        if time_sentence != sentence or root < ctx.story_start:
            continue
        if root in own:
            inside.append(time)
        elif time_clause == head.i:
            clause.append(time)
    return inside + clause


def calendar_value(time: TimeRef) -> str | None:
    """The calendar date a time expression gives an event: its value, or where it spans an
    interval ("au cours de l'année écoulée"), the interval's start. Only calendar forms
    (year, month, ISO week, day): a decade or a season dates no event."""
    for value in (time.value, time.interval_start):
        if value and is_calendar_value(value):
            return value
    return None


def after_publication(value: str | None, published: date | None) -> bool:
    """Whether a calendar value begins after the publication day: a date still to come."""
    span = calendar_span(value)
    return bool(span and published and span[0] > published)


def event_date(times: list[TimeRef], published: date | None
               ) -> tuple[str | None, str | None, str | None, str]:
    """The event's date value, the words it comes from, its precision and its source (the
    text, or the publication day standing in)."""
    for time in times:
        value = calendar_value(time)
        if value is not None:
            # The precision of the value the event takes, not of the expression: "au cours de
            # l'année écoulée" spans a year, and the event is dated by its year.
            return value, time.text, calendar_precision(value), "text"
    if published is None:
        return None, None, None, "publication"
    return published.isoformat(), None, "day", "publication"


def historical(date_value: str | None, published: date | None) -> bool:
    return bool(date_value and published and int(date_value[:4]) < published.year - 1)


def is_definite(token: Token) -> bool:
    return any(c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get(
        "PronType")) for c in token.children)


def auxiliaries(ctx: Context, token: Token) -> list[Token]:
    return [c for c in token.children if ctx.syntax.role(c) in ("aux", "aux_pass")]


def tensed(ctx: Context, anchor: Token) -> Token:
    """The verb that carries the tense: a gerund or infinitive takes it from the clause it
    hangs on."""
    while not auxiliaries(ctx, anchor) and set(anchor.morph.get("VerbForm")) & {
            "Inf", "Ger", "Part"} and ctx.syntax.role(anchor) in (
            "adverbial", "complement", "conj"):
        anchor = anchor.head
    return anchor


def future_form(ctx: Context, anchor: Token) -> bool:
    """Future by its form: a future tense, or a future auxiliary (aller, will)."""
    if ctx.syntax.role(anchor) == "complement" and (
            anchor.head.lemma_.lower() in ctx.lexicon.future_aux):
        return True  # "va renforcer": the parser makes aller the head
    anchor = tensed(ctx, anchor)
    return "Fut" in anchor.morph.get("Tense") or any(
        "Fut" in a.morph.get("Tense") or a.lemma_.lower() in ctx.lexicon.future_aux
        for a in auxiliaries(ctx, anchor))


def tense(ctx: Context, anchor: Token, date_value: str | None, published: date | None,
          future: bool) -> str:
    """past | present | future of the act at ``anchor``; ``future`` is whether its verb is in
    a future form (see future_form). A date wholly after or before the publication day
    decides; one that contains it ("this month", "this week") leaves it to the verb."""
    span = calendar_span(date_value) if published else None
    if span is not None and span[0] > published:
        return "future"
    if future:
        return "future"
    anchor = tensed(ctx, anchor)
    auxes = auxiliaries(ctx, anchor)
    if span is not None and span[1] < published:
        return "past"
    tenses = set(anchor.morph.get("Tense"))
    if auxes and "Part" in anchor.morph.get("VerbForm") and "Past" in tenses:
        return "past"
    if tenses & {"Past", "Imp"} and "Part" not in anchor.morph.get("VerbForm"):
        return "past"
    return "present"


def date_of_effect(ctx: Context, candidate: Candidate, times: list[TimeRef]) -> str | None:
    """The words that say when an announced act takes effect, if any: a date of its clause
    that is not before publication ("on Monday", « dès lundi »), or a time limit ("within
    48 hours", « sous 48 heures »)."""
    published = ctx.analysis.article.published
    for time in times:
        value = calendar_value(time)
        if value and (published is None
                      or value >= published.isoformat()[:len(value)]):
            return time.text
    anchor = tensed(ctx, candidate.anchor)
    for role, fillers in ctx.roles_of(anchor).items():
        if role.split(":", 1)[-1] not in ctx.lexicon.deadline_cases:
            continue
        for unit in fillers:
            if unit.lemma_.lower() in ctx.lexicon.deadline_units and any(
                    c.pos_ == "NUM" for c in unit.children):
                return ctx.analysis.doc[unit.left_edge.i:unit.i + 1].text
    return None


def immediate_effect(ctx: Context, candidate: Candidate) -> str | None:
    """The words saying that an announced act takes effect as it is announced ("with
    immediate effect", « avec effet immédiat »), if its clause carries them: reported in the
    future of the past ("said it would quit the bloc with immediate effect") the act is then
    decided, as no open future is left for a condition to hang on."""
    anchor = tensed(ctx, candidate.anchor)
    lexicon = ctx.lexicon
    for noun in anchor.subtree:
        if noun.lemma_.lower() not in lexicon.effect_nouns or not any(
                c.lemma_.lower() in lexicon.immediate_words for c in noun.children):
            continue
        # The parser hangs the phrase on the verb or on its object (« fermerait sa frontière
        # avec effet immédiat »); deeper, it qualifies something else ("…, a decision with
        # immediate effect on trade").
        holder = noun.head.head if noun.head.pos_ == "ADP" else noun.head  # "with" → verb
        if holder.i == anchor.i or (holder.head.i == anchor.i
                                    and ctx.syntax.role(holder) == "patient"):
            return ctx.analysis.doc[noun.left_edge.i:noun.right_edge.i + 1].text
    return None
