"""The event coder: the one place that orders the stages.

Precision first. A candidate becomes an event only when the lexicon entry's conditions hold
and a coded actor stands in its agent role; every other candidate is dropped with a reason in
``analysis.trace`` (``vigie explain`` prints both). Language knowledge lives in the lexicon
(``lang/<lang>/events.json``) and the label map (``lang/<lang>/syntax.json``): no stage asks
which language it reads.

candidates (lexicon matching) -> frame (modality, filters) -> actors for roles (with
arguments and placing) -> coding (type, mode, CAMEO, Goldstein, date, tense) -> occasions (a
body's meeting at which it took a coded decision) -> merge.
"""

from __future__ import annotations

from vigie import quotes
from vigie.actors.peoples import PEOPLE_ROLE
from vigie.analysis import Analysis
from vigie.events.coder.actor_codes import on_bodies_only
from vigie.events.coder.actors import participants
from vigie.events.coder.candidates import Candidate, match
from vigie.events.coder.coding import assisting, event, threat_promised
from vigie.events.coder.context import Context
from vigie.events.coder.dating import is_definite, times_for
from vigie.events.coder.frame import advises_own_people, filtered_frame, warns_someone
from vigie.events.coder.joint import joint_cooperation
from vigie.events.coder.merge import merge_mentions
from vigie.events.coder.occasion import occasions_dropped
from vigie.events.coder.placing import story_place
from vigie.events.lexicon import Lexicon, load_lexicon
from vigie.events.roles import SyntaxPack, syntax_pack
from vigie.model import Actor, Event

# Types of appeals, which a state addressing only its own nationals makes as advice.
APPEAL_TYPES = frozenset({"REQUEST"})
# Verdicts on a proposal (approving, agreeing to or rejecting it): given by a people, named by
# its demonym, on its own country's proposal ("Australians voted down the proposal", « les
# Suisses ont approuvé l'initiative »), they are the result of a vote, which no state cast
# (see people_vote).
VERDICT_TYPES = frozenset({"SUPPORT", "AGREE", "REJECT"})


class EventCoder:
    """Codes the events of one analysed article (see the module docstring)."""

    def __init__(self, lang: str, *, imported_lexicon: bool = False) -> None:
        self.lang = lang
        self.lexicon: Lexicon = load_lexicon(lang, imported_lexicon)
        self.syntax: SyntaxPack = syntax_pack(lang)

    def __call__(self, analysis: Analysis) -> None:
        ctx = Context.of(analysis, self.lexicon, self.syntax)
        ctx.story = story_place(ctx)
        events: list[Event] = []
        for candidate in match(ctx):
            coded = code(ctx, candidate)
            if coded is None:
                continue
            # An act done together by sides of several countries is their cooperation, which
            # the story reports instead of the act (see events/coder/joint.py).
            events.append(joint_cooperation(ctx, candidate, coded) or coded)
        analysis.events.extend(merge_mentions(analysis, occasions_dropped(analysis, events)))


def code(ctx: Context, candidate: Candidate) -> Event | None:
    """The event a candidate is, or None, with the reason in the trace."""
    trigger, predicate = candidate.trigger, candidate.predicate
    times = times_for(ctx, candidate)
    if predicate.pos == "NOUN" and times:
        ctx.dated_nouns[trigger.lemma_.lower()] = times[0]

    def drop(reason: str) -> None:
        ctx.note(trigger, "dropped", f"{trigger.text!r} ({ctx.lang}:{predicate.id}): {reason}")

    frame = filtered_frame(ctx, candidate)
    if frame.dropped:
        drop(frame.dropped)
        return None
    attribution = quotes.attribution_at(ctx.analysis, trigger.idx)
    found = participants(ctx, candidate, attribution)
    if isinstance(found, str):
        drop(found)
        return None
    actors, recipients = found
    if predicate.warning and not warns_someone(ctx, candidate):
        drop("a warning about a situation, aimed at no one: not a threat")
        return None
    if predicate.warning and advises_own_people(ctx, candidate, actors):
        drop("a warning to the doer's own people: advice, not a threat")
        return None
    if candidate.plover in APPEAL_TYPES and advises_own_people(ctx, candidate, actors,
                                                               members_only=True):
        drop("an appeal to the doer's own nationals: advice to its people, not a request")
        return None
    # An entry with a crowd's code (defying a ban) makes a people's refusal a protest instead.
    if (candidate.plover in VERDICT_TYPES and not predicate.crowd_cameo
            and people_vote(actors, recipients)):
        drop("a people's verdict on a proposal of its own country: the result of a vote, "
             "not an act of its state")
        return None
    if predicate.recipient_required and not recipients and not (
            predicate.reciprocal and len({a.code for a in actors}) > 1):
        drop("this predicate is coded only with a coded recipient")
        return None
    if predicate.assist_required and (assisting(ctx, candidate.anchor) is None
                                      or shares_country(actors, recipients)):
        drop("coded only when done to help another country")
        return None
    if predicate.foreign_target and shares_country(actors, recipients):
        drop("coded only between countries: its target is of its doer's own country")
        return None
    if predicate.body_target and not on_bodies_only(recipients):
        drop("this predicate is coded only on an international body")
        return None
    if not times and candidate.date_anchor is None and predicate.pos == "NOUN":
        candidate.date_anchor = trigger
    if not times and candidate.date_anchor is not None and is_definite(candidate.date_anchor):
        earlier = ctx.dated_nouns.get(candidate.date_anchor.lemma_.lower())
        times = [earlier] if earlier is not None else []
    cameo = threat_promised(ctx, candidate) or predicate.cameo
    return event(ctx, candidate, actors, recipients, times, frame, attribution, cameo)


def people_vote(actors: list[Actor], recipients: list[Actor]) -> bool:
    """Whether the doers of an approval or a rejection aimed at no one coded are all peoples
    named by their demonym ("Australians", « les Québécois »), with no body of their own: a
    people approves or rejects its own country's proposals by its ballots, which wire copy
    reports as a vote's result; a parliament or a cabinet that votes stays the state's act,
    and a plan of a foreign state or a body that a people votes down is rejected ("a U.N. plan
    was voted down by Greek Cypriots": aimed at the U.N.). (A people defying a ban in the
    street is a crowd: see coding.crowd_doers.)"""
    return (bool(actors) and not recipients
            and all(a.role == PEOPLE_ROLE and not a.sector for a in actors))


def shares_country(actors: list[Actor], recipients: list[Actor]) -> bool:
    """Whether a doer and a target are of one country: what an entry coded only between
    countries (``assist_required``, ``foreign_target``) does at home."""
    return bool({a.country for a in actors if a.country}
                & {r.country for r in recipients if r.country})
