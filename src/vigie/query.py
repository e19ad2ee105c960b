"""``vigie query``: events from a store, filtered by actor, recipient, type, mode, CAMEO code,
date, words and facts.

Filters combine with AND, and are checked before the store is read (``vigie.filters``): an
unknown type, mode or code is an error listing the valid ones. An actor filter matches a full
code (``PRKGOV``), a code prefix or a country (``PRK`` matches ``PRKGOV`` and ``PRKMIL``), or a
name the gazetteer knows ("North Korea", « Corée du Nord », Kim Yo Jong). ``facts`` keeps the
events reported as having happened: neither negated nor hypothetical. Date filters keep
an event whose date, at its precision, overlaps the range: ``--since 2023-05-10``
keeps an event dated ``2023-05`` (month precision), since it may fall after the
10th. Rows come in a fixed order (date, event, doc_id, offset): the same query on
the same store gives the same bytes.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from vigie.filters import (
    ActorSelector,
    actor_selector,
    check_cameo,
    check_event_type,
    check_mode,
)
from vigie.flat import FLAT_COLUMNS, flat_cell
from vigie.lake import open_lake_or_store
from vigie.output import dumps
from vigie.store.stats import format_table

QUERY_FORMATS = ("table", "jsonl", "csv")

# The flat layout (``vigie.flat``), then what only the store knows: the article's URL and
# source, the event's cluster across articles, and the key of the analysed text.
STORE_COLUMNS = ("url", "source", "cluster_id", "content_hash")
COLUMNS = (*FLAT_COLUMNS, *STORE_COLUMNS)
# The table format leaves out the long columns; jsonl and csv give them all. ``flags`` says
# which events are not reported as facts (negated, hypothetical).
TABLE_COLUMNS = ("date_value", "event", "cameo", "actor_codes", "recipient_codes", "flags",
                 "doc_id", "event_text")
FLAGS = ("negated", "hypothetical")


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None
    mode: str | None = None
    cameo: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None
    facts: bool = False
    limit: int | None = None


def _participant(role: str, selector: ActorSelector) -> tuple[str, list[Any]]:
    # starts_with(), not LIKE: "%" and "_" in a code are characters, not wildcards.
    matches = ["(starts_with(a.code, ?) OR a.country = ?)"] * len(selector.codes) + [
        "a.name = ?"] * len(selector.names)
    clause = (f"EXISTS (SELECT 1 FROM event_actors a WHERE a.content_hash = e.content_hash "
              f"AND a.event_id = e.id AND a.role = '{role}' AND ({' OR '.join(matches)}))")
    return clause, [v for code in selector.codes for v in (code, code)] + list(selector.names)


def build_query(where: EventFilter) -> tuple[str, list[Any]]:
    """The SQL and its parameters for ``where``; a ``FilterError`` for a filter that names
    nothing Vigie knows."""
    clauses: list[str] = []
    params: list[Any] = []
    for role, value in (("actor", where.actor), ("recipient", where.recipient)):
        if value:
            clause, values = _participant(role, actor_selector(value, f"--{role}"))
            clauses.append(clause)
            params += values
    if where.event_type:
        clauses.append("e.event = ?")
        params.append(check_event_type(where.event_type))
    if where.mode:
        clauses.append("e.mode = ?")
        params.append(check_mode(where.mode))
    if where.cameo:
        clauses.append("starts_with(e.cameo, ?)")
        params.append(check_cameo(where.cameo))
    if where.facts:
        clauses.append("NOT e.negated AND NOT e.hypothetical")
    if where.since:
        clauses.append("e.date_end >= ?")
        params.append(where.since.isoformat())
    if where.until:
        clauses.append("e.date <= ?")
        params.append(where.until.isoformat())
    if where.text:
        # contains(), not LIKE: "%" and "_" in the words are characters, not wildcards.
        clauses.append("(contains(lower(e.sentence), lower(?)) "
                       "OR contains(lower(e.event_text), lower(?)))")
        params += [where.text, where.text]
    selected = ", ".join(f'e."{c}"' if c not in ("url", "source") else f"s.{c}"
                         for c in COLUMNS)
    sql = (f"SELECT {selected} FROM event_codes e "
           "LEFT JOIN articles s ON s.content_hash = e.content_hash "
           + (f"WHERE {' AND '.join(clauses)} " if clauses else "")
           + "ORDER BY e.date NULLS LAST, e.date_value, e.event, e.doc_id, e.start, e.id")
    if where.limit:
        sql += f" LIMIT {int(where.limit)}"
    return sql, params


def query_events(db_path: str | Path, where: EventFilter) -> list[dict[str, Any]]:
    """The events of the store that pass ``where``, as dicts keyed by ``COLUMNS``."""
    sql, params = build_query(where)
    with open_lake_or_store(db_path) as store:
        rows = store.connection.execute(sql, params).fetchall()
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


def write_events(events: Sequence[dict[str, Any]], output_format: str, out: TextIO) -> None:
    """Print events as an aligned table, JSON lines, or CSV with a header line."""
    if output_format == "jsonl":
        for event in events:
            out.write(dumps(event) + "\n")
    elif output_format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for event in events:
            writer.writerow([flat_cell(event[c]) for c in COLUMNS])
    elif output_format == "table":
        rows = [[flat_cell(_flags(event) if c == "flags" else event[c]) for c in TABLE_COLUMNS]
                for event in events]
        out.write("\n".join(format_table(f"{len(events)} events", TABLE_COLUMNS, rows)) + "\n")
    else:
        raise ValueError(f"output format must be one of {QUERY_FORMATS}")


def _flags(event: dict[str, Any]) -> str:
    return ",".join(flag for flag in FLAGS if event[flag])
