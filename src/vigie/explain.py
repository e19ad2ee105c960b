"""``vigie explain``: what Vigie found in an article, sentence by sentence, and why.

For each sentence: the actors (text → code), time expressions (text → value),
quotes, claims, then the events with the rule that fired, and the trace notes
that fall in the sentence, dropped candidates with their reason included, so
that an analyst can check every code against the words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vigie.analysis import Analysis, TraceNote
from vigie.model import Actor, Attribution, Claim, Event, Quote, TimeRef
from vigie.pipeline import ANALYSERS

_INDENT = "    "


def format_explanation(analysis: Analysis) -> str:
    """The explanation of one analysed article as plain text (deterministic)."""
    article = analysis.article
    published = article.published.isoformat() if article.published else "unknown"
    lines = [f"# {article.id}  lang={analysis.lang}  published={published}"]
    text = article.text
    for number, sentence in enumerate(_sentences(analysis), start=1):
        start, end = sentence

        def inside(offset: int, start: int = start, end: int = end) -> bool:
            return start <= offset < end

        lines.append("")
        lines.append(f"[{number}] ({start}-{end}) {_oneline(text[start:end])}")
        actors = [a for a in analysis.actors if inside(a.start)]
        times = [t for t in analysis.times if inside(t.start)]
        quotes = [q for q in analysis.quotes if inside(q.start)]
        claims = [c for c in analysis.claims if inside(c.start)]
        events = [e for e in analysis.events if inside(e.start)]
        notes = sorted((n for n in analysis.trace if inside(n.start)), key=_note_order)
        lines += _section("actors", (_actor_line(a) for a in actors))
        lines += _section("times", (_time_line(t) for t in times))
        lines += _section("quotes", (_quote_line(q) for q in quotes))
        lines += _section("claims", (_claim_line(c) for c in claims))
        lines += _section("events", (_event_line(e) for e in events))
        lines += _section("trace", (_note_line(n, text) for n in notes))
    return "\n".join(lines) + "\n"


def format_actors(analysis: Analysis) -> str:
    """``vigie actors``: every actor mention of an article with its resolution, one a line."""
    lines = [f"# {analysis.article.id}  lang={analysis.lang}"]
    lines += [f"{a.start:>6}-{a.end:<6} {_actor_line(a)}" for a in analysis.actors]
    return "\n".join(lines) + "\n"


def _note_order(note: TraceNote) -> tuple[int, int]:
    """Notes by stage, in pipeline order, then in text order."""
    stages = [name for name, _analyser in ANALYSERS]
    return (stages.index(note.stage) if note.stage in stages else len(stages), note.start)


def _sentences(analysis: Analysis) -> list[tuple[int, int]]:
    """Character ranges of the sentences, trailing spaces left out, blank ones skipped."""
    ranges = []
    for sent in analysis.doc.sents:
        stripped = sent.text.rstrip()
        if stripped.strip():
            ranges.append((sent.start_char, sent.start_char + len(stripped)))
    return ranges


def _section(title: str, items: Iterable[str]) -> list[str]:
    entries = list(items)
    if not entries:
        return []
    return [f"  {title}:", *(_INDENT + entry for entry in entries)]


def _oneline(text: str) -> str:
    return " ".join(text.split())


def _actor_line(actor: Actor) -> str:
    if not actor.resolved:
        return f"{actor.text!r} → unresolved ({actor.start}-{actor.end})"
    details = ", ".join(v for v in (actor.name, actor.role) if v)
    via = f" via {actor.via}" if actor.via else ""
    return f"{actor.text!r} → {actor.code}" + (f" ({details})" if details else "") + via


def _actors(actors: Sequence[Actor]) -> str:
    return "+".join(a.code or f"{a.text!r}?" for a in actors) or "-"


def _time_line(time: TimeRef) -> str:
    precision = f", {time.precision}" if time.precision else ""
    return f"{time.text!r} → {time.value or '?'} ({time.type}{precision})"


def _attribution(attribution: Attribution | None) -> str:
    if attribution is None:
        return ""
    who = [_actors(attribution.speaker)] if attribution.speaker else []
    if attribution.source:
        who.append(repr(attribution.source))
    parts = [" and ".join(who) or "?"]
    if attribution.cue:
        parts.append(f"cue {attribution.cue!r}")
    if attribution.medium:
        parts.append(f"via {attribution.medium!r}")
    return "according to " + ", ".join(parts)


def _quote_line(quote: Quote) -> str:
    style = "direct" if quote.direct else "indirect"
    return f"{style} {_oneline(quote.text)!r} {_attribution(quote.attribution())}"


def _claim_line(claim: Claim) -> str:
    if claim.value is not None:
        amount = f"{claim.value:g}"
    elif claim.low is not None or claim.high is not None:
        low = "?" if claim.low is None else f"{claim.low:g}"
        high = "?" if claim.high is None else f"{claim.high:g}"
        amount = f"{low}–{high}"
    else:
        amount = "?"
    counted = f" {claim.unit}" if claim.unit else ""
    said = f" {_attribution(claim.attribution)}" if claim.attribution else ""
    return f"{claim.text!r} → {claim.bound} {amount}{counted}{said}"


def _event_line(event: Event) -> str:
    kind = event.event + (f"/{event.mode}" if event.mode else "")
    date = (f"{event.date_value} ({event.date_precision}, {event.date_source})"
            if event.date_value else "-")
    flags = [flag for flag, on in (("negated", event.negated), ("hypothetical",
             event.hypothetical), ("historical", event.historical)) if on]
    parts = [
        f"{kind} cameo {event.cameo} quad {event.quad_class} goldstein {event.goldstein:g}",
        f"{_actors(event.actor)} → {_actors(event.recipient)}",
        f"trigger {event.event_text!r} ({event.start}-{event.end})",
        f"date {date}",
        f"tense {event.tense}" + (" " + " ".join(flags) if flags else ""),
        f"rule {event.rule}",
    ]
    if event.attribution is not None:
        parts.append(_attribution(event.attribution))
    return " | ".join(parts)


def _note_line(note: TraceNote, text: str) -> str:
    return (f"{note.stage} {note.verdict.upper()} {text[note.start:note.end]!r} "
            f"({note.start}-{note.end}): {note.message}")
