"""Analysts' reviews of the coded events, kept in the store's ``reviews`` table beside the
events, which they never change.

A review is one judgement: an event ``confirmed``, marked ``wrong`` or ``corrected`` (a new
type, new sides, or both), or an event the coder missed, ``added`` from a span of its
article. Each row stores the answer as a gold record states it (the type, or ``NONE`` when
nothing happened; the doer and target codes) with the sentence, language and publication
day ``vigie eval`` reruns Vigie on, so that ``vigie export --format gold`` writes a gold file
of the user's own news (``vigie.export.gold``). A confirmed event that Vigie reported as
negated or hypothetical is a confirmed non-event (``NONE``): that is how the gold, and the
scoring, read those flags. A correction states what happened.

Reviews are only added: a later review of the same event has a larger id and stands in its
place (``standing_reviews``); the earlier one stays, so the store says who changed their mind.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import duckdb

from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.errors import InputError, Reason
from vigie.evaluate.plover import NO_EVENT, PLOVER_TYPES
from vigie.evidence import article_hash
from vigie.nlp import sentence_spans
from vigie.store import TableReader
from vigie.store.schema import REVIEW_COLUMNS

VERDICTS = ("confirmed", "wrong", "corrected", "added")
# Verdicts on an event the store holds (the last one adds an event it does not).
EVENT_VERDICTS = VERDICTS[:3]
# CAMEO-style: a country or pseudo-country, then up to four three-letter sector codes.
ACTOR_CODE = re.compile(r"[A-Z]{3}(?:[A-Z0-9]{3}){0,4}")
# What a review request is called in its errors.
REQUEST_NAME = "review"

_EVENT_SQL = """
SELECT e.content_hash, e.doc_id, e.event, e.negated OR e.hypothetical AS unasserted, e.start,
       e."end", e.sentence, coalesce(e.language, a.lang), a.published
FROM events e JOIN articles a USING (content_hash)
WHERE e.id = ? ORDER BY e.content_hash LIMIT 1
"""
_SIDES_SQL = """
SELECT role, code, text FROM event_actors
WHERE content_hash = ? AND event_id = ? AND code IS NOT NULL ORDER BY role, position
"""
_SELECTED = ", ".join(f'"{column}"' for column in REVIEW_COLUMNS)
# The latest review of each event, and every added event, in the order they were made.
_STANDING_SQL = f"""
SELECT {_SELECTED} FROM reviews
QUALIFY row_number() OVER (PARTITION BY content_hash, coalesce(event_id, 'added:' || id)
                           ORDER BY id DESC) = 1
ORDER BY id
"""


@dataclass(frozen=True, slots=True)
class Judgement:
    """What an analyst says of an event (``event_id``) or of a span of an article
    (``article``, ``start``, ``end``): a verdict, and for a correction or an added event the
    type (``event``) and the doer (``actor``) and target (``recipient``) codes."""

    verdict: str
    reviewer: str
    event_id: str | None = None
    article: str | None = None
    event: str | None = None
    actor: tuple[str, ...] | None = None
    recipient: tuple[str, ...] | None = None
    start: int | None = None
    end: int | None = None
    note: str | None = None


Side = list[dict[str, str]]  # [{"code": "RUSGOV", "text": "Moscou"}, ...]


def _bad(field: str, detail: str) -> InputError:
    return InputError(REQUEST_NAME, Reason.BAD_FIELD, field=field, detail=detail)


def check(judgement: Judgement) -> None:
    """Refuse a judgement that does not say one thing clearly, naming the field."""
    verdict = judgement.verdict
    if verdict not in VERDICTS:
        raise _bad("verdict", f"one of {', '.join(VERDICTS)}")
    if not judgement.reviewer.strip():
        raise _bad("reviewer", "the name of who reviews")
    if verdict in EVENT_VERDICTS:
        if not judgement.event_id:
            raise _bad("event_id", f"a review of verdict {verdict} names the event")
        given = [name for name in ("article", "start", "end")
                 if getattr(judgement, name) is not None]
        if given:
            raise _bad(given[0], "only an added event gives its article and span")
    else:
        if judgement.event_id:
            raise _bad("event_id", "an added event is not in the store: give its article "
                                   "and span")
        for name in ("article", "start", "end", "event"):
            if getattr(judgement, name) is None:
                raise _bad(name, "an added event gives its article, span (start, end) and "
                                 "type")
    changes = [name for name in ("event", "actor", "recipient")
               if getattr(judgement, name) is not None]
    if verdict in ("confirmed", "wrong") and changes:
        raise _bad(changes[0], "only a correction or an added event gives a type or sides")
    if verdict == "corrected" and not changes:
        raise _bad("event", "a correction gives a new type, new sides, or both")
    if judgement.event is not None and judgement.event not in PLOVER_TYPES:
        raise _bad("event", f"not a PLOVER type ({', '.join(PLOVER_TYPES)})")
    for name, codes in (("actor", judgement.actor), ("recipient", judgement.recipient)):
        for code in codes or ():
            if not ACTOR_CODE.fullmatch(code):
                raise _bad(name, f"{code!r} is not an actor code (USA, PRKGOV, IGOUNO)")


def _side(codes: Sequence[str], coded: Side) -> Side:
    """The codes an analyst gave, each with the words of the coded actor of that code."""
    words = {actor["code"]: actor["text"] for actor in coded}
    return [{"code": code, "text": words.get(code, "")} for code in dict.fromkeys(codes)]


def _event_answer(connection: duckdb.DuckDBPyConnection,
                  judgement: Judgement) -> dict[str, Any]:
    found = connection.execute(_EVENT_SQL, [judgement.event_id]).fetchone()
    if found is None:
        raise InputError(REQUEST_NAME, Reason.UNKNOWN_RECORD, what="event",
                         value=judgement.event_id)
    content_hash, doc_id, coded, unasserted, start, end, sentence, language, published = found
    sides: dict[str, Side] = {"actor": [], "recipient": []}
    for role, code, text in connection.execute(_SIDES_SQL, [content_hash,
                                                            judgement.event_id]).fetchall():
        sides[role].append({"code": code, "text": text or ""})
    event, source, target = coded, sides["actor"], sides["recipient"]
    if judgement.verdict == "wrong" or (judgement.verdict == "confirmed" and unasserted):
        event, source, target = NO_EVENT, [], []
    elif judgement.verdict == "corrected":
        event = judgement.event or coded
        if judgement.actor is not None:
            source = _side(judgement.actor, sides["actor"] + sides["recipient"])
        if judgement.recipient is not None:
            target = _side(judgement.recipient, sides["actor"] + sides["recipient"])
    return {"content_hash": content_hash, "doc_id": doc_id, "event_id": judgement.event_id,
            "event": event, "source": source, "target": target, "start": start, "end": end,
            "sentence": sentence, "language": language, "published": published}


def _added_answer(connection: duckdb.DuckDBPyConnection, judgement: Judgement,
                  settings: Settings) -> dict[str, Any]:
    assert judgement.article is not None and judgement.start is not None
    assert judgement.end is not None
    content_hash = article_hash(connection, judgement.article)
    if content_hash is None:
        raise InputError(REQUEST_NAME, Reason.UNKNOWN_RECORD, what="article",
                         value=judgement.article)
    doc_id, language, published, text = connection.execute(
        "SELECT a.doc_id, a.lang, a.published, t.text FROM articles a "
        "LEFT JOIN texts t USING (content_hash) WHERE a.content_hash = ?",
        [content_hash]).fetchone() or (None, None, None, None)
    if text is None:
        raise _bad("article", "the store kept no text for this article")
    start, end = judgement.start, judgement.end
    if not 0 <= start < end <= len(text):
        raise _bad("start", f"the span {start}-{end} is not within the article's "
                            f"{len(text)} characters")
    if language not in settings.models:
        raise InputError(REQUEST_NAME, Reason.UNKNOWN_LANGUAGE, lang=language,
                         supported=", ".join(settings.models))
    around = [(s, e) for s, e in sentence_spans(text, language, settings)
              if s <= start and end <= e]
    if not around:
        raise _bad("end", f"the span {start}-{end} runs over more than one sentence")
    sentence_start, sentence_end = around[0]
    return {"content_hash": content_hash, "doc_id": doc_id, "event_id": None,
            "event": judgement.event, "source": _side(judgement.actor or (), []),
            "target": _side(judgement.recipient or (), []), "start": start, "end": end,
            "sentence": text[sentence_start:sentence_end].strip(), "language": language,
            "published": published}


def save_review(store: TableReader, judgement: Judgement,
                settings: Settings = DEFAULT_SETTINGS) -> dict[str, Any]:
    """Add ``judgement`` to the store's reviews; the review as ``list_reviews`` gives it.
    Raises an ``InputError`` naming the field when the judgement is unclear, or the event or
    article it names is not in the store."""
    check(judgement)
    connection = store.connection
    if judgement.verdict in EVENT_VERDICTS:
        answer = _event_answer(connection, judgement)
    else:
        answer = _added_answer(connection, judgement, settings)
    reviewed_at = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    values = {**answer, "reviewed_at": reviewed_at, "reviewer": judgement.reviewer.strip(),
              "verdict": judgement.verdict, "note": judgement.note or None,
              "source": json.dumps(answer["source"], ensure_ascii=False),
              "target": json.dumps(answer["target"], ensure_ascii=False)}
    columns = REVIEW_COLUMNS[1:]
    quoted = ", ".join(f'"{column}"' for column in columns)
    (review_id,) = connection.execute(
        f"INSERT INTO reviews ({quoted}) VALUES ({', '.join('?' * len(columns))}) "
        "RETURNING id", [values[column] for column in columns]).fetchone() or (None,)
    return _reviews(connection, f"SELECT {_SELECTED} FROM reviews WHERE id = ?",
                    [review_id])[0]


def _has_reviews(connection: duckdb.DuckDBPyConnection) -> bool:
    # A store of an earlier version opened read-only, or a lake, has no reviews table.
    (found,) = connection.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_name = 'reviews'").fetchone() or (0,)
    return bool(found)


def _reviews(connection: duckdb.DuckDBPyConnection, sql: str,
             params: list[Any]) -> list[dict[str, Any]]:
    if not _has_reviews(connection):
        return []
    reviews = []
    for row in connection.execute(sql, params).fetchall():
        review = dict(zip(REVIEW_COLUMNS, row, strict=True))
        review["reviewed_at"] = review["reviewed_at"].isoformat() + "Z"
        review["source"], review["target"] = (json.loads(review["source"]),
                                              json.loads(review["target"]))
        reviews.append(review)
    return reviews


def list_reviews(store: TableReader, article: str | None = None) -> list[dict[str, Any]]:
    """Every review in the order they were made, or those of one article (an id it was
    ingested under, or its content hash)."""
    if article is None:
        return _reviews(store.connection, f"SELECT {_SELECTED} FROM reviews ORDER BY id", [])
    content_hash = article_hash(store.connection, article)
    if content_hash is None:
        raise InputError(article, Reason.UNKNOWN_RECORD, what="article", value=article)
    return _reviews(store.connection,
                    f"SELECT {_SELECTED} FROM reviews WHERE content_hash = ? ORDER BY id",
                    [content_hash])


def standing_reviews(store: TableReader) -> list[dict[str, Any]]:
    """The reviews that stand: the latest of each event, and every added event."""
    return _reviews(store.connection, _STANDING_SQL, [])
