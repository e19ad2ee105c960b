"""A body's own meeting told as the occasion of what it decided there.

"West African leaders held a virtual emergency summit on Wednesday. At the end of it, the
15-nation bloc suspended Guinea …", « les chefs d'État de la CEDEAO se sont réunis par
visioconférence. … Au terme de la réunion, l'organisation régionale a suspendu la Guinée »:
the summit is when and where the bloc took its decision, and the decision is the news; every
development set that tells a body's session so codes the decision alone. A meeting of one
body with itself names no counterpart, so nothing of the meeting is lost that the decision
does not say. A meeting with a counterpart (a visit, talks between two sides) stays an
event of its own, and so does a body's session told with no decision of that body beside it
(« les quinze membres du Conseil de sécurité se sont réunis à huis clos »). The frame stage
drops a meeting told in a clause of circumstance within the sentence of the act
(``frame.framing_meeting``); this stage sees the sentences of the whole article.
"""

from __future__ import annotations

from vigie.analysis import Analysis
from vigie.events.coder.frame import MEETING_TYPE
from vigie.model import Event

# How many sentences after the meeting a decision with no day of its own may be told and
# still be dated by it: wire copy puts at most one sentence of reactions between the two.
DECISION_DISTANCE = 2


def occasions_dropped(analysis: Analysis, events: list[Event]) -> list[Event]:
    """``events`` without the meetings of one body alone that are the occasion of a decision
    of that same body the article codes, each dropped with its reason in the trace."""
    sentences = [analysis.doc.char_span(e.start, e.end, alignment_mode="expand").sent.start
                 for e in events]
    order = {start: n for n, start in enumerate(sorted(set(sentences)))}
    at = [order[start] for start in sentences]
    kept: list[Event] = []
    for n, event in enumerate(events):
        decision = next((other for m, other in enumerate(events)
                         if taken_at(event, other) and same_day(event, other, at[m] - at[n])),
                        None)
        if decision is None:
            kept.append(event)
            continue
        analysis.note("events", event.start, event.end, "dropped",
                      f"{event.event_text!r} ({event.rule}): a meeting of "
                      f"{event.actor[0].code} alone, the occasion of its "
                      f"{decision.event} event ({decision.event_text!r}), not the news")
    return kept


def taken_at(meeting: Event, other: Event) -> bool:
    """Whether ``other`` is an act of another type that the body holding ``meeting`` took
    after it, ``meeting`` being a meeting of one body alone (one code, no recipient), both
    reported as facts."""
    codes = {a.code for a in meeting.actor}
    return (meeting.event == MEETING_TYPE and not meeting.recipient and len(codes) == 1
            and not meeting.negated and not meeting.hypothetical
            and other.event != MEETING_TYPE and other.start > meeting.end
            and not other.negated and not other.hypothetical
            and codes <= {a.code for a in other.actor})


def same_day(meeting: Event, decision: Event, sentences_after: int) -> bool:
    """Whether a decision told ``sentences_after`` sentences after a meeting is dated as the
    meeting is, or tells no day of its own close after it (« a tenu mercredi un sommet. …
    Au terme de la réunion, l'organisation a suspendu … »: the day of the meeting, which the
    publication date stands in for); a decision dated apart was taken elsewhere, and the
    meeting stays an event."""
    if meeting.date_value == decision.date_value:
        return True
    return decision.date_source == "publication" and sentences_after <= DECISION_DISTANCE
