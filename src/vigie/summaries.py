"""Summaries of a store as data, for the HTTP API and the dashboard: its counts, who acts on
whom (dyads), how often each country acts and is acted on (the map), and the events reported
by several articles (clusters).

Counts of events count each event once, however many articles report it (its cluster, see
the store's ``event_clusters``); ``records`` counts the reports. Dyads and clusters take the
filters of ``vigie query``.
"""

from __future__ import annotations

from typing import Any

import pycountry

from vigie.query import EventFilter, build_query
from vigie.store import StoreSource, opened

DYAD_LEVELS = ("country", "actor")


def _scalar(store: Any, sql: str) -> Any:
    (value,) = store.connection.execute(sql).fetchone() or (None,)
    return value


def overview(source: StoreSource) -> dict[str, Any]:
    """Articles by status and language, events (reports and distinct events) by type and
    quad class, and the span of their dates."""
    with opened(source, read_only=True) as store:
        connection = store.connection
        by_status = dict(connection.execute(
            "SELECT status, count(*) FROM articles GROUP BY status ORDER BY status").fetchall())
        languages = dict(connection.execute(
            "SELECT lang, count(*) FROM articles WHERE status = 'ok' GROUP BY lang "
            "ORDER BY lang").fetchall())
        by_type = [{"event": event, "records": records, "events": events}
                   for event, records, events in connection.execute(
                       "SELECT e.event, e.n, c.n FROM "
                       "(SELECT event, count(*) AS n FROM events GROUP BY event) e JOIN "
                       "(SELECT event, count(*) AS n FROM event_clusters GROUP BY event) c "
                       "USING (event) ORDER BY c.n DESC, e.event").fetchall()]
        by_quad = dict(connection.execute(
            "SELECT quad_class, count(*) FROM event_clusters GROUP BY quad_class "
            "ORDER BY quad_class").fetchall())
        first, last = connection.execute(
            "SELECT min(date), max(date_end) FROM events").fetchone() or (None, None)
        return {
            "articles": sum(by_status.values()),
            "articles_by_status": by_status,
            "articles_by_language": languages,
            "input_documents": _scalar(store, "SELECT count(*) FROM article_sources"),
            "sources": _scalar(store, "SELECT count(DISTINCT source) FROM article_sources"),
            "records": _scalar(store, "SELECT count(*) FROM events"),
            "events": _scalar(store, "SELECT count(*) FROM event_clusters"),
            "events_by_type": by_type,
            "events_by_quad_class": {str(quad): n for quad, n in by_quad.items()},
            "quotes": _scalar(store, "SELECT count(*) FROM quotes"),
            "claims": _scalar(store, "SELECT count(*) FROM claims"),
            "first_date": first,
            "last_date": last,
        }


def dyads(source: StoreSource, where: EventFilter | None = None, level: str = "country",
          limit: int = 100) -> list[dict[str, Any]]:
    """Pairs (actor, recipient) by the number of distinct events between them, with their
    mean Goldstein weight; by country (the first three letters of the codes) or by code."""
    if level not in DYAD_LEVELS:
        raise ValueError(f"dyad levels are one of {DYAD_LEVELS}")
    sql, params = build_query(where or EventFilter())
    side = "left({}, 3)" if level == "country" else "{}"
    counts = f"""
        WITH sides AS (
            SELECT DISTINCT cluster_id, goldstein, unnest(actor_codes) AS a, recipient_codes
            FROM ({sql})
        ), pairs AS (
            SELECT DISTINCT cluster_id, goldstein, {side.format("a")} AS actor,
                   {side.format("unnest(recipient_codes)")} AS recipient
            FROM sides
        )
        SELECT actor, recipient, count(*) AS events, round(avg(goldstein), 2) AS goldstein
        FROM pairs WHERE actor <> recipient
        GROUP BY actor, recipient ORDER BY events DESC, actor, recipient LIMIT {int(limit)}"""
    with opened(source, read_only=True) as store:
        rows = store.connection.execute(counts, params).fetchall()
    return [{"actor": a, "recipient": r, "events": n, "goldstein": g} for a, r, n, g in rows]


def countries(source: StoreSource, where: EventFilter | None = None) -> list[dict[str, Any]]:
    """Each country (the first three letters of actor codes) with its distinct events as doer
    and as target, and its ISO alpha-2 code (null for IGO, NGO and other pseudo-countries)."""
    sql, params = build_query(where or EventFilter())
    counts = f"""
        WITH filtered AS ({sql}), sides AS (
            SELECT DISTINCT cluster_id, left(unnest(actor_codes), 3) AS country,
                   'actor' AS side FROM filtered
            UNION
            SELECT DISTINCT cluster_id, left(unnest(recipient_codes), 3) AS country,
                   'recipient' AS side FROM filtered
        )
        SELECT country, count(*) FILTER (WHERE side = 'actor'),
               count(*) FILTER (WHERE side = 'recipient')
        FROM sides GROUP BY country ORDER BY country"""
    with opened(source, read_only=True) as store:
        rows = store.connection.execute(counts, params).fetchall()
    return [{"country": country, "iso2": _alpha_2(country), "as_actor": actor,
             "as_recipient": recipient} for country, actor, recipient in rows]


def _alpha_2(alpha_3: str) -> str | None:
    found = pycountry.countries.get(alpha_3=alpha_3)
    return found.alpha_2 if found else None


def clusters(source: StoreSource, where: EventFilter | None = None, min_articles: int = 2,
             limit: int = 50) -> list[dict[str, Any]]:
    """Events reported by at least ``min_articles`` articles, most reported first, each with
    its reports (article, language, words), across languages."""
    sql, params = build_query(where or EventFilter())
    with opened(source, read_only=True) as store:
        connection = store.connection
        found = connection.execute(
            f"""SELECT cluster_id, event, cameo, quad_class, goldstein, actor_codes,
                       recipient_codes, date, date_value, articles, sources
                FROM event_clusters
                WHERE articles >= ? AND cluster_id IN (SELECT cluster_id FROM ({sql}))
                ORDER BY articles DESC, date NULLS LAST, cluster_id LIMIT {int(limit)}""",
            [min_articles, *params])
        names = [d[0] for d in found.description or ()]
        result = [dict(zip(names, row, strict=True)) for row in found.fetchall()]
        for cluster in result:
            reports = connection.execute(
                "SELECT e.id, s.doc_id, s.source, e.language, e.event_text, e.sentence "
                "FROM event_codes e JOIN article_sources s ON s.content_hash = e.content_hash "
                "WHERE e.cluster_id = ? ORDER BY e.language, s.doc_id, e.id",
                [cluster["cluster_id"]]).fetchall()
            cluster["reports"] = [dict(zip(("id", "doc_id", "source", "language",
                                            "event_text", "sentence"), row, strict=True))
                                  for row in reports]
    return result
