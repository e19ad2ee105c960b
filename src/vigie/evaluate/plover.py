"""Scoring Vigie's events against PLOVER gold records (sentence, event type, source, target).

The gold format is the one of the PLOVER gold-standard records (openeventdata/PLOVER): a
JSON list of records with ``id``, ``text``, ``event``, ``source`` and ``target`` (lists of
``{"actorText", "code"}`` or ``""``), ``language`` and an optional ``date``; records whose
event is ``DOCUMENT`` only document the file. Vigie's own development sets use the same
format, with ``"event": "NONE"`` for a sentence that reports no event.

Scoring is per sentence. Records with the same language and text are one sentence (the
PLOVER file codes some sentences twice, once per event) whose gold is the union of its
records; the sentence is named by its smallest record id. Two measures:

- event type: precision/recall/F1 over (sentence, type) pairs; a type predicted several
  times in a sentence counts once;
- triple: precision/recall/F1 over (sentence, type, source country, target country); a
  record or event with several sources or targets counts every combination, and a missing
  target (or an event without recipient) is ``""``. A gold event may have no source when its
  doer cannot be coded (a pronoun with no antecedent): its triple has the source ``""``, which
  Vigie, emitting no event without a doer, never predicts, so it counts as missed.

A third figure reads the actors rather than the events: the share of gold event records whose
doer (a source) Vigie resolved to the gold country anywhere over the doer's words (or, when
the words are not found in the sentence, anywhere in it), whether or not an event was coded.

Countries are compared through :func:`country_key`, applied to gold codes and to Vigie's
actor countries alike. Predicted events flagged ``negated`` or ``hypothetical`` are not
counted: they are Vigie's way of saying that the event did not happen, which the gold codes
as no event.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import product
from pathlib import Path
from typing import Any

from vigie.analysis import Analysis
from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.errors import InputError, VigieError
from vigie.evaluate.misses import FAILED, miss_cause
from vigie.events.coder import NO_AGENT
from vigie.model import Actor, Article, Event
from vigie.pipeline import analyse

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
NO_EVENT = "NONE"
"""The gold label of a sentence that reports no event, and the confusion-table label of a
missed or spurious event."""

OLD_LABELS: dict[str, str] = {
    "DEMAND": "REQUEST",
    "FIGHT": "ASSAULT",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
}
"""PLOVER gold records predate PLOVER 2.0; these labels were merged into the current ones."""

OLD_COUNTRY_CODES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA"}
"""CAMEO country codes that differ from ISO 3166 alpha-3."""

INTERGOVERNMENTAL: frozenset[str] = frozenset({"IGO", "UNO", "EUR"})
"""Pseudo-countries of intergovernmental bodies. The PLOVER gold codes the UN, the EU and
NATO alike as ``IGO``, while Vigie names the UN ``UNO`` and the EU ``EUR``; comparing them all
as ``IGO`` keeps the two sides commensurable. NGO and MNC stay distinct."""

UNRESOLVED = "?"
"""The country key of a predicted actor that Vigie left unresolved: it matches no gold code."""

DOCUMENT = "DOCUMENT"


class GoldFormatError(VigieError):
    """A gold file that cannot be scored: names the file, the record and what is wrong."""

    def __init__(self, path: str | Path, where: str, detail: str) -> None:
        super().__init__(f"{path}: {where}: {detail}")


def country_key(code: str | None) -> str:
    """The country a gold code or a Vigie actor country stands for, in comparable form.

    CAMEO-style codes put the country first ("USAGOV", "IRQREB", "IGOUNO"): the key is the
    first three letters, with old CAMEO codes mapped to ISO (JAP→JPN) and intergovernmental
    pseudo-countries (IGO, UNO, EUR) folded into ``IGO``, so that "IGOUNO" and "UNO" compare
    equal. ``None`` or an empty code (no target) gives ``""``.
    """
    if not code:
        return ""
    country = code.strip().upper()[:3]
    country = OLD_COUNTRY_CODES.get(country, country)
    return "IGO" if country in INTERGOVERNMENTAL else country


@dataclass(frozen=True, slots=True)
class GoldActor:
    """One coded actor of a gold record: the words, the code as given, its country key."""

    text: str
    code: str
    country: str


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold record: a sentence coded with one event (or ``NONE``), sources and targets."""

    id: str
    text: str
    event: str  # one of PLOVER_TYPES, or NO_EVENT
    source: tuple[GoldActor, ...]
    target: tuple[GoldActor, ...]
    language: str | None
    date: date | None
    mode: str | None = None
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives, and the figures drawn from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


Triple = tuple[str, str, str]  # event type, source country key, target country key


@dataclass(frozen=True, slots=True)
class SentenceResult:
    """What the gold says and what Vigie found in one sentence, for error analysis."""

    id: str
    text: str
    gold_types: tuple[str, ...]
    predicted_types: tuple[str, ...]
    gold_triples: tuple[Triple, ...]
    predicted_triples: tuple[Triple, ...]
    missed: tuple[tuple[str, str], ...] = ()  # (gold type, why it was missed)

    @property
    def correct(self) -> bool:
        return (self.gold_types == self.predicted_types
                and self.gold_triples == self.predicted_triples)


@dataclass(frozen=True, slots=True)
class Candidates:
    """How the coder's candidate events ended in a run: every lexicon match that became an
    event or was dropped, and those dropped because no coded actor stood in the agent role
    (an unnamed doer the text does not place, or a doer the actor layer left unresolved)."""

    total: int = 0
    no_doer: int = 0

    @property
    def no_doer_share(self) -> float:
        return self.no_doer / self.total if self.total else 0.0

    def __add__(self, other: Candidates) -> Candidates:
        return Candidates(self.total + other.total, self.no_doer + other.no_doer)


@dataclass(frozen=True, slots=True)
class PloverScore:
    """Scores of one run over a gold file; every mapping is in sorted key order."""

    records: int
    types: Counts
    triples: Counts
    per_type: dict[str, Counts]
    confusion: dict[tuple[str, str], int]  # (gold type, predicted type) -> sentences
    sentences: tuple[SentenceResult, ...]
    candidates: Candidates = Candidates()
    doers: tuple[int, int] = (0, 0)  # gold event records with the doer resolved, of all
    # Missed gold types by cause (see vigie.evaluate.misses), most frequent first.
    misses: dict[str, int] = field(default_factory=dict)
    # Sentences whose analysis failed (internal errors): scored as finding nothing, and
    # reported, so that one failure neither hides the others' figures nor goes unseen.
    failed: tuple[InputError, ...] = ()


def load_gold(path: str | Path) -> list[GoldRecord]:
    """Gold records of a PLOVER-format file, old labels and codes mapped to PLOVER 2.0.

    Raises GoldFormatError naming the record when a field is missing or not understood, so
    that a typo in a gold file never silently changes a score.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise GoldFormatError(path, "file", error.strerror or str(error)) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldFormatError(path, "file", f"not valid JSON ({error})") from error
    if not isinstance(data, list):
        raise GoldFormatError(path, "file", "expected a JSON list of records")
    records = [_record(path, index, raw) for index, raw in enumerate(data)]
    gold = [record for record in records if record is not None]
    seen: set[str] = set()
    for record in gold:
        if record.id in seen:
            raise GoldFormatError(path, f"record {record.id!r}", "duplicate id")
        seen.add(record.id)
    return gold


def _record(path: Path, index: int, raw: Any) -> GoldRecord | None:
    where = f"record {index}"
    if not isinstance(raw, dict):
        raise GoldFormatError(path, where, "expected a JSON object")
    if raw.get("event") == DOCUMENT:
        return None
    record_id = raw.get("id")
    if not isinstance(record_id, str) or not record_id:
        raise GoldFormatError(path, where, "missing 'id'")
    where = f"record {record_id!r}"
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(path, where, "missing or empty 'text'")
    label = raw.get("event")
    event = OLD_LABELS.get(label, label) if isinstance(label, str) else label
    if event not in PLOVER_TYPES and event != NO_EVENT:
        raise GoldFormatError(path, where, f"unknown event type {label!r}")
    source = _actors(path, where, "source", raw.get("source"))
    target = _actors(path, where, "target", raw.get("target"))
    if event == NO_EVENT and (source or target):
        raise GoldFormatError(path, where, "a NONE record has no source or target")
    published = raw.get("date")
    try:
        day = date.fromisoformat(published) if published else None
    except (TypeError, ValueError) as error:
        raise GoldFormatError(path, where, f"bad date {published!r}") from error
    return GoldRecord(
        id=record_id, text=text, event=event, source=source, target=target,
        language=_optional_str(path, where, raw, "language"), date=day,
        mode=_optional_str(path, where, raw, "mode") or None,
        comment=_optional_str(path, where, raw, "comment") or None,
    )


def _optional_str(path: Path, where: str, raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        raise GoldFormatError(path, where, f"{key!r} must be a string")
    return value


def _actors(path: Path, where: str, field: str, value: Any) -> tuple[GoldActor, ...]:
    # The PLOVER file writes "no actor" as "", as null, or leaves the field out.
    if value in (None, ""):
        return ()
    if not isinstance(value, list):
        raise GoldFormatError(path, where, f"{field!r} must be a list or \"\"")
    actors = []
    for actor in value:
        code = actor.get("code") if isinstance(actor, dict) else None
        if not isinstance(code, str) or not code.strip():
            raise GoldFormatError(path, where, f"{field!r} actor without a code: {actor!r}")
        actors.append(GoldActor(text=str(actor.get("actorText", "")), code=code,
                                country=country_key(code)))
    return tuple(actors)


def _actor_country(actor: Actor) -> str:
    return country_key(actor.country or actor.code) or UNRESOLVED


def counted(event: Event) -> bool:
    """Whether a predicted event asserts that something happened (see the module docstring)."""
    return not (event.negated or event.hypothetical)


def gold_triples(record: GoldRecord) -> set[Triple]:
    """Every (type, source, target) combination of a gold record; none for a NONE record."""
    if record.event == NO_EVENT:
        return set()
    sources = [a.country for a in record.source] or [""]
    targets = [a.country for a in record.target] or [""]
    return {(record.event, s, t) for s, t in product(sources, targets)}


def predicted_triples(event: Event) -> set[Triple]:
    """Every (type, actor country, recipient country) combination of a predicted event."""
    sources = [_actor_country(a) for a in event.actor] or [""]
    targets = [_actor_country(a) for a in event.recipient] or [""]
    return {(event.event, s, t) for s, t in product(sources, targets)}


def sentences(gold: Iterable[GoldRecord]) -> list[list[GoldRecord]]:
    """Gold records grouped by sentence (same language and text), sorted by record id."""
    groups: dict[tuple[str | None, str], list[GoldRecord]] = {}
    for record in sorted(gold, key=lambda r: r.id):
        groups.setdefault((record.language, record.text), []).append(record)
    return sorted(groups.values(), key=lambda group: group[0].id)


def doer_resolved(record: GoldRecord, actors: Sequence[Actor]) -> bool:
    """Whether one of the record's sources is among the countries of the actors found over its
    words in the sentence (over the whole sentence when the words are not found there)."""
    wanted = {a.country for a in record.source}
    lowered = record.text.lower()
    for source in record.source:
        start = lowered.find(source.text.lower()) if source.text else -1
        end = start + len(source.text)
        near = [a for a in actors if start < 0 or (a.start < end and start < a.end)]
        if any(a.code is not None and _actor_country(a) in wanted for a in near):
            return True
    return False


def score(gold: Sequence[GoldRecord],
          predict: Callable[[GoldRecord], Sequence[Event]],
          actors: Callable[[GoldRecord], Sequence[Actor]] | None = None,
          why_missed: Callable[[GoldRecord, bool], str] | None = None) -> PloverScore:
    """Score predictions against gold records; ``predict`` gives Vigie's events for a record's
    text and is called once per sentence, with the sentence's first record; ``actors``, if
    given, the actors Vigie found in that sentence (for the share of doers resolved);
    ``why_missed``, if given, the cause of a missed gold record's type, told whether another
    type was found in its sentence."""
    per_type = {name: Counts() for name in PLOVER_TYPES}
    confusion: Counter[tuple[str, str]] = Counter()
    results = []
    triples = Counts()
    doers = (0, 0)
    misses: Counter[str] = Counter()
    for group in sentences(gold):
        events = [e for e in predict(group[0]) if counted(e)]
        gold_types = {r.event for r in group if r.event != NO_EVENT}
        found_types = {e.event for e in events}
        for name in gold_types | found_types:
            hit = Counts(tp=int(name in gold_types and name in found_types),
                         fp=int(name not in gold_types), fn=int(name not in found_types))
            per_type[name] = per_type.get(name, Counts()) + hit
        confusion.update(_confusion_pairs(gold_types, found_types))
        expected = set().union(*(gold_triples(r) for r in group))
        found = set().union(*(predicted_triples(e) for e in events))
        triples += Counts(tp=len(expected & found), fp=len(found - expected),
                          fn=len(expected - found))
        if actors is not None:
            found_actors = actors(group[0])
            events_of_group = [r for r in group if r.event != NO_EVENT and r.source]
            doers = (doers[0] + sum(doer_resolved(r, found_actors) for r in events_of_group),
                     doers[1] + len(events_of_group))
        missed = ()
        if why_missed is not None:
            missed = tuple((name, why_missed(next(r for r in group if r.event == name),
                                             bool(found_types - gold_types)))
                           for name in sorted(gold_types - found_types, key=_type_order))
            misses.update(cause for _name, cause in missed)
        results.append(SentenceResult(
            id=group[0].id, text=group[0].text,
            gold_types=tuple(sorted(gold_types)), predicted_types=tuple(sorted(found_types)),
            gold_triples=tuple(sorted(expected)), predicted_triples=tuple(sorted(found)),
            missed=missed,
        ))
    return PloverScore(
        records=len(gold),
        types=sum(per_type.values(), Counts()),
        triples=triples,
        per_type=dict(sorted(per_type.items(), key=lambda item: _type_order(item[0]))),
        confusion=dict(sorted(confusion.items(),
                              key=lambda item: (_type_order(item[0][0]),
                                                _type_order(item[0][1])))),
        sentences=tuple(results),
        doers=doers,
        misses=dict(sorted(misses.items(), key=lambda item: (-item[1], item[0]))),
    )


def _confusion_pairs(gold_types: set[str], found_types: set[str]) -> list[tuple[str, str]]:
    """(gold, predicted) cells of one sentence: agreements on the diagonal; a missed gold type
    paired with a spurious predicted one (a wrong type), in PLOVER order, the rest against
    NONE. A sentence with neither gold nor prediction adds nothing."""
    pairs = [(name, name) for name in gold_types & found_types]
    missed = sorted(gold_types - found_types, key=_type_order)
    spurious = sorted(found_types - gold_types, key=_type_order)
    pairs.extend(zip(missed, spurious, strict=False))
    pairs.extend((name, NO_EVENT) for name in missed[len(spurious):])
    pairs.extend((NO_EVENT, name) for name in spurious[len(missed):])
    return pairs


def _type_order(name: str) -> tuple[int, str]:
    # PLOVER order (quad classes), then anything unknown by name, then NONE last.
    if name in PLOVER_TYPES:
        return (PLOVER_TYPES.index(name), name)
    return (len(PLOVER_TYPES) + (name == NO_EVENT), name)


def run_eval(path: str | Path, lang: str | None = None,
             settings: Settings = DEFAULT_SETTINGS) -> PloverScore:
    """Run Vigie on every sentence of a gold file and score its events.

    Each sentence is analysed in its record's language (``lang`` for records that name none;
    detected when neither is given), published on the record's date if it has one. A sentence
    whose analysis fails counts as finding no event and is listed in ``failed``.
    """
    gold = load_gold(path)
    groups = sentences(gold)
    articles = [Article(id=group[0].id, text=group[0].text, lang=group[0].language or lang,
                        published=group[0].date) for group in groups]
    analyses: dict[str, Analysis] = {}
    candidates = Candidates()
    failed: list[InputError] = []
    for result in analyse(articles, settings):
        if isinstance(result, InputError):
            failed.append(result)
            continue
        analyses[result.doc_id] = result
        candidates += candidate_outcomes(result)

    def events(record: GoldRecord) -> list[Event]:
        analysis = analyses.get(record.id)
        return [] if analysis is None else [e for e in analysis.records() if e.kind == "event"]

    def actors(record: GoldRecord) -> list[Actor]:
        analysis = analyses.get(record.id)
        return [] if analysis is None else analysis.actors

    # A sentence is analysed once, as its first record (see ``sentences``).
    first_of = {record.id: group[0] for group in groups for record in group}

    def why_missed(record: GoldRecord, other_found: bool) -> str:
        first = first_of[record.id]
        analysis = analyses.get(first.id)
        if analysis is None:
            return FAILED
        return miss_cause(record.event, analysis, events(first), other_found,
                          doer_resolved(record, analysis.actors))

    scored = score(gold, events, actors, why_missed)
    return replace(scored, candidates=candidates, failed=tuple(failed))


def candidate_outcomes(analysis: Analysis) -> Candidates:
    """Count an analysed article's candidate events from the coder's trace: each candidate
    ends in one "fired" or one "dropped" note (see ``vigie explain``)."""
    ends = [n for n in analysis.trace if n.stage == "events" and n.verdict in ("fired", "dropped")]
    return Candidates(total=len(ends), no_doer=sum(
        n.verdict == "dropped" and n.message.endswith(NO_AGENT) for n in ends))


def format_score(score: PloverScore, *, details: bool = False) -> str:
    """The figures, per type and overall, and the confusion table, as plain text; with
    ``details``, also every sentence Vigie got wrong."""
    lines = [f"PLOVER evaluation: {len(score.sentences)} sentences, {score.records} gold records",
             "",
             f"{'':<10} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]
    rows = [("type", score.types), ("triple", score.triples), ("", None),
            *score.per_type.items()]
    for name, counts in rows:
        lines.append(_figures(name, counts) if counts else "")
    resolved, records = score.doers
    if records:
        lines += ["", f"doers resolved to the gold country: {resolved}/{records}"
                      f" ({resolved / records:.3f})"]
    drops = score.candidates
    lines += ["", f"Candidates: {drops.total}, dropped for want of a doer: {drops.no_doer} "
              f"({drops.no_doer_share:.1%})"]
    if score.misses:
        missed = sum(score.misses.values())
        lines += ["", f"Missed gold types by cause: {missed}"]
        lines += [f"{count:>5} {count / missed:>6.1%}  {cause}"
                  for cause, count in score.misses.items()]
    if score.failed:
        lines += ["", f"Failed (internal error, scored as finding nothing): {len(score.failed)}"
                      f" ({', '.join(error.source for error in score.failed)})"]
    lines += ["", "Confusion (rows: gold, columns: predicted; NONE = no event)"]
    labels = sorted({name for cell in score.confusion for name in cell}, key=_type_order)
    # Four letters tell the sixteen types and NONE apart and keep the table 90 columns wide.
    lines.append(f"{'':<10}" + "".join(f"{name[:4]:>5}" for name in labels))
    for gold_name in labels:
        cells = [score.confusion.get((gold_name, found), 0) for found in labels]
        lines.append(f"{gold_name:<10}" + "".join(f"{n or '.':>5}" for n in cells))
    if details:
        wrong = [result for result in score.sentences if not result.correct]
        lines += ["", f"Sentences with errors: {len(wrong)}"]
        for result in wrong:
            lines += [f"{result.id}: {result.text}",
                      f"  gold:      {_triples_text(result.gold_triples)}",
                      f"  predicted: {_triples_text(result.predicted_triples)}",
                      *(f"  missed:    {name}, {cause}" for name, cause in result.missed)]
    return "\n".join(lines) + "\n"


def _figures(name: str, counts: Counts) -> str:
    return (f"{name:<10} {counts.precision:>6.3f} {counts.recall:>6.3f} {counts.f1:>6.3f}"
            f" {counts.tp:>5} {counts.fp:>5} {counts.fn:>5}")


def _triples_text(triples: tuple[Triple, ...]) -> str:
    return "; ".join(f"{t} {s or '-'}→{r or '-'}" for t, s, r in triples) or NO_EVENT
