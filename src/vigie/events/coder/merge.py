"""The merge stage: coding is per sentence, output is per article. Candidates that agree on
type, actors, recipients, date and modality are one event with several mentions."""

from __future__ import annotations

from dataclasses import replace

from vigie.analysis import Analysis
from vigie.model import Event


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
