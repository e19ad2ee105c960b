"""Analyses to table rows: plain tuples, cheap to send from a worker process to the writer.

A worker never sends spaCy objects back: it analyses a batch of articles and returns,
for each, the rows of every table, ready for ``Store.insert``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from vigie.analysis import Analysis
from vigie.config import Settings
from vigie.errors import InputError, Reason, internal_error
from vigie.flat import codes
from vigie.model import Actor, Article, Attribution
from vigie.pipeline import analyse
from vigie.store.schema import COLUMNS

Rows = dict[str, list[tuple[Any, ...]]]


def empty_rows() -> Rows:
    return {table: [] for table in COLUMNS}


def merge(into: Rows, rows: Rows) -> None:
    for table, table_rows in rows.items():
        into[table].extend(table_rows)


def error_hash(error: InputError) -> str:
    """The key of an input that could not be read: it has no text to hash, so the input name
    and the reason identify the failure."""
    return hashlib.sha256(f"error\0{error.source}\0{error.reason.code}".encode()).hexdigest()


def error_row(key: str, error: InputError, article: Article | None = None) -> tuple[Any, ...]:
    """An ``articles`` row for an input that was not analysed: ``skipped`` when it was read but
    has no model for its language, ``error`` otherwise."""
    message = str(error).removeprefix(f"{error.source}: ")
    if article is None:
        return (key, error.source, None, None, None, None, None, None, None, None, "error",
                message, error.reason.code)
    status = "skipped" if error.reason is Reason.UNKNOWN_LANGUAGE else "error"
    lang = error.details.get("lang")
    return (key, article.id, lang if lang != "?" else None, article.published,
            article.published_source, article.url, article.source, article.title,
            article.author, len(article.text), status, message, error.reason.code)


def analyse_rows(task: tuple[Settings, Sequence[tuple[str, Article]]]) -> list[Rows]:
    """The rows of each (content hash, article) of a batch, in order: what a worker does."""
    settings, keyed = task
    articles = [article for _key, article in keyed]
    out = []
    for (key, article), result in zip(keyed, analyse(articles, settings), strict=True):
        rows = empty_rows()
        if not isinstance(result, InputError):
            try:
                add_analysis(rows, key, result)
            except Exception as error:
                rows, result = empty_rows(), internal_error(article.id, error)
        if isinstance(result, InputError):
            rows["articles"].append(error_row(key, result, article))
        out.append(rows)
    return out


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _attribution(attribution: Attribution | None) -> str | None:
    if attribution is None:
        return None
    return _json({"speaker": [_actor_dict(a) for a in attribution.speaker],
                  "source": attribution.source, "cue": attribution.cue,
                  "medium": attribution.medium})


def _actor_dict(actor: Actor) -> dict[str, Any]:
    return {"text": actor.text, "start": actor.start, "end": actor.end, "code": actor.code,
            "country": actor.country, "sector": actor.sector, "name": actor.name,
            "role": actor.role, "via": actor.via}


def add_analysis(rows: Rows, key: str, analysis: Analysis) -> None:
    """Append the rows of one analysed article, keyed by ``key``."""
    article = analysis.article
    doc_id = article.id
    rows["articles"].append((key, doc_id, analysis.lang, article.published,
                             article.published_source, article.url, article.source,
                             article.title, article.author, len(article.text), "ok", None,
                             None))
    rows["texts"].append((key, article.text))
    for e in analysis.events:
        rows["events"].append((
            e.id, key, doc_id, e.event, e.mode, list(e.context), e.cameo, e.quad_class,
            e.goldstein, e.date, e.date_end, e.date_value, e.date_text, e.date_precision,
            e.date_source, e.location,
            e.negated, e.tense, e.hypothetical, e.historical, e.mentions, e.confidence,
            e.language, e.event_text, e.sentence, e.start, e.end, e.rule,
            _attribution(e.attribution), e.location_country, e.geonames_id, e.lat, e.lon,
            e.admin1, codes(e.actor), codes(e.recipient)))
        for role, actors in (("actor", e.actor), ("recipient", e.recipient)):
            for position, a in enumerate(actors):
                rows["event_actors"].append((e.id, key, role, position, a.code, a.country,
                                             a.sector, a.name, a.role, a.via, a.text, a.start,
                                             a.end))
    for q in analysis.quotes:
        rows["quotes"].append((key, doc_id, q.text, q.start, q.end, q.direct,
                               _json([_actor_dict(a) for a in q.speaker]), q.source, q.cue,
                               q.cue_start, q.cue_end, q.medium))
    for c in analysis.claims:
        rows["claims"].append((key, doc_id, c.text, c.start, c.end, c.value, c.low, c.high,
                               c.bound, c.unit, c.counted, _attribution(c.attribution)))
    for t in analysis.times:
        rows["times"].append((key, doc_id, t.text, t.start, t.end, t.type, t.value, t.precision,
                              t.interval_start, t.interval_end))
