"""``vigie stats``: a plain-text summary of a store, table by table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vigie.store import StoreSource, opened
from vigie.store.schema import RECORD_TABLES

# How many days the "events by day" table shows (the latest ones).
DAYS_SHOWN = 31


def format_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    """A titled plain-text table, columns padded to their widest cell."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [title]
    for row in cells:
        padded = (value.ljust(width) for value, width in zip(row, widths, strict=True))
        lines.append(("  " + "  ".join(padded)).rstrip())
    if not rows:
        lines.append("  (none)")
    return lines


_STATS_QUERIES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("articles by language and status", ("lang", "status", "articles"),
     "SELECT coalesce(lang, '-'), status, count(*) FROM articles GROUP BY ALL ORDER BY ALL"),
    ("input documents by match (original text, exact or near copy)",
     ("match", "documents", "sources"),
     """SELECT match, count(*), count(DISTINCT source) FROM article_sources
        GROUP BY match ORDER BY match DESC"""),
    ("events by PLOVER type (records in articles, distinct events across articles)",
     ("event", "records", "events"),
     """SELECT e.event, e.n, c.n FROM
          (SELECT event, count(*) AS n FROM events GROUP BY event) e
          JOIN (SELECT event, count(*) AS n FROM event_clusters GROUP BY event) c USING (event)
        ORDER BY e.n DESC, e.event"""),
    ("top dyads (actor → recipient, by country)", ("actor", "recipient", "events"),
     """SELECT a.country, r.country, count(DISTINCT e.content_hash || e.id) AS n
        FROM events e
        JOIN event_actors a ON a.event_id = e.id AND a.content_hash = e.content_hash
             AND a.role = 'actor'
        JOIN event_actors r ON r.event_id = e.id AND r.content_hash = e.content_hash
             AND r.role = 'recipient'
        WHERE a.country IS NOT NULL AND r.country IS NOT NULL
        GROUP BY ALL ORDER BY n DESC, a.country, r.country LIMIT 10"""),
    (f"events by day (latest {DAYS_SHOWN} days with events dated to the day)",
     ("day", "records", "events"),
     f"""SELECT e.date, e.n, c.n FROM
          (SELECT date, count(*) AS n FROM events WHERE date_precision = 'day'
           GROUP BY date) e
          JOIN (SELECT date, count(*) AS n FROM event_clusters WHERE date_precision = 'day'
                GROUP BY date) c USING (date)
        ORDER BY e.date DESC LIMIT {DAYS_SHOWN}"""),
)


def stats(source: StoreSource) -> str:
    """The summary of a store (a DuckDB file, an open ``Store``, or a lake folder): articles,
    sources, events by type, dyad and day, row counts."""
    with opened(source, read_only=True) as store:
        lines: list[str] = []
        for title, headers, query in _STATS_QUERIES:
            lines += format_table(title, headers, store.connection.execute(query).fetchall())
            lines.append("")
        counts = [(table, store.count(table))
                  for table in ("articles", "article_sources", *RECORD_TABLES)]
        (clusters,) = store.connection.execute(
            "SELECT count(*) FROM event_clusters").fetchone() or (0,)
        lines += format_table("records", ("table", "rows"),
                              [*counts, ("event_clusters", clusters)])
    return "\n".join(lines) + "\n"
