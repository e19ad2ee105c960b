"""What a store holds about one event or one article, with the offsets that show its evidence:
the words of the trigger, of each actor and recipient, of the date, the quotes with their
speakers and cues, the numeric claims.

An article is found by the id it was ingested under (any of them, for a text reported
under several ids) or by its content hash; its ``text`` is the analysed text the offsets
point into (None for an article ingested before texts were kept). An event is found by its
id; the same id in two texts (a rare collision of the stable hash) gives the first by
content hash.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb

from vigie.query import COLUMNS
from vigie.store import StoreSource, opened

_ACTORS_SQL = """
SELECT role, code, country, sector, name, actor_role, via, text, start, "end"
FROM event_actors WHERE content_hash = ? AND event_id = ? ORDER BY role, position
"""
_JSON_COLUMNS = ("attribution", "speaker")


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or ()]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for row in rows:
        for column in _JSON_COLUMNS:
            if isinstance(row.get(column), str):
                row[column] = json.loads(row[column])
    return rows


def _sides(connection: duckdb.DuckDBPyConnection, content_hash: str,
           event_id: str) -> dict[str, list[dict[str, Any]]]:
    sides: dict[str, list[dict[str, Any]]] = {"actor": [], "recipient": []}
    for row in _dicts(connection.execute(_ACTORS_SQL, [content_hash, event_id])):
        sides[row.pop("role")].append(row)
    return sides


def _event_rows(connection: duckdb.DuckDBPyConnection, where: str,
                params: list[Any]) -> list[dict[str, Any]]:
    selected = ", ".join(f'e."{c}"' for c in COLUMNS if c not in ("url", "source"))
    events = _dicts(connection.execute(
        f"SELECT {selected}, e.attribution FROM event_codes e WHERE {where} "
        "ORDER BY e.start, e.id", params))
    for event in events:
        sides = _sides(connection, event["content_hash"], event["id"])
        event["actor"], event["recipient"] = sides["actor"], sides["recipient"]
    return events


def event_evidence(source: StoreSource, event_id: str) -> dict[str, Any] | None:
    """The event ``event_id`` with its actors' and recipients' spans, its attribution, its
    article and the other reports of the same event (its cluster), or None."""
    with opened(source, read_only=True) as store:
        connection = store.connection
        found = _event_rows(connection, "e.id = ? AND e.content_hash = "
                            "(SELECT min(content_hash) FROM events WHERE id = ?)",
                            [event_id, event_id])
        if not found:
            return None
        event = found[0]
        event["article"] = _article_meta(connection, event["content_hash"])
        event["cluster"] = _dicts(connection.execute(
            "SELECT id, doc_id, language, event_text, sentence FROM event_codes "
            "WHERE cluster_id = ? AND NOT (id = ? AND content_hash = ?) "
            "ORDER BY doc_id, start, id", [event["cluster_id"], event["id"],
                                           event["content_hash"]]))
    return event


def _article_meta(connection: duckdb.DuckDBPyConnection, content_hash: str) -> dict[str, Any]:
    (meta,) = _dicts(connection.execute(
        "SELECT doc_id, content_hash, lang, published, url, source, title, author, status "
        "FROM articles WHERE content_hash = ?", [content_hash]))
    meta["reported_as"] = [row["doc_id"] for row in _dicts(connection.execute(
        "SELECT doc_id FROM article_sources WHERE content_hash = ? ORDER BY doc_id",
        [content_hash]))]
    return meta


def article_hash(connection: duckdb.DuckDBPyConnection, article_id: str) -> str | None:
    """The content hash of the article ``article_id`` (an id it was ingested under, or its
    content hash), or None."""
    found = connection.execute(
        "SELECT content_hash FROM article_sources WHERE doc_id = ? "
        "UNION SELECT content_hash FROM articles WHERE content_hash = ? OR doc_id = ? "
        "ORDER BY content_hash LIMIT 1", [article_id, article_id, article_id]).fetchone()
    return None if found is None else str(found[0])


def article_evidence(source: StoreSource, article_id: str) -> dict[str, Any] | None:
    """The article ``article_id`` (an id it was ingested under, or its content hash): its
    metadata, its text, and every record of it with offsets into that text; or None."""
    with opened(source, read_only=True) as store:
        connection = store.connection
        content_hash = article_hash(connection, article_id)
        if content_hash is None:
            return None
        article = _article_meta(connection, content_hash)
        text = connection.execute("SELECT text FROM texts WHERE content_hash = ?",
                                  [content_hash]).fetchone()
        article["text"] = text[0] if text else None
        article["events"] = _event_rows(connection, "e.content_hash = ?", [content_hash])
        for table, columns in (
                ("quotes", 'text, start, "end", direct, speaker, source, cue, cue_start, '
                           "cue_end, medium"),
                ("claims", 'text, start, "end", value, low, high, bound, unit, counted, '
                           "attribution"),
                ("times", 'text, start, "end", type, value, precision, interval_start, '
                          "interval_end")):
            article[table] = _dicts(connection.execute(
                f"SELECT {columns} FROM {table} WHERE content_hash = ? ORDER BY start",
                [content_hash]))
    return article
