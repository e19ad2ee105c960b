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

That order is a key of non-null values (``SORT_KEY``), so that a page of rows can say where
the next one starts (``EventFilter.after``: the key of the last row seen), as the HTTP API's
cursors do: a page boundary stays put while an ingest adds rows elsewhere.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain
from typing import Any, TextIO

from vigie.filters import (
    ActorSelector,
    actor_selector,
    check_cameo,
    check_event_type,
    check_mode,
    check_quad_class,
)
from vigie.flat import FLAT_COLUMNS, flat_cell
from vigie.output import dumps
from vigie.store import StoreSource, opened
from vigie.store.schema import coded_events
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
# The fixed order of rows, as expressions that are never null (undated events last), ending
# with the store's key of an event so that no two rows tie.
# Each with its type, so that a key read back from text (a page cursor) compares as written.
SORT_KEY = (("e.date IS NULL", "BOOLEAN"), ("coalesce(e.date, DATE '0001-01-01')", "DATE"),
            ("e.date_value IS NULL", "BOOLEAN"), ("coalesce(e.date_value, '')", "VARCHAR"),
            ("coalesce(e.event, '')", "VARCHAR"), ("e.doc_id", "VARCHAR"),
            ("coalesce(e.start, -1)", "INTEGER"), ("e.id", "VARCHAR"),
            ("e.content_hash", "VARCHAR"))


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
    quad_class: int | None = None
    language: str | None = None
    limit: int | None = None
    # Newest first; ``after`` is then the key below which the page starts.
    descending: bool = False
    # The sort key of the last row already seen (``sort_key`` of a row): rows after it.
    after: tuple[Any, ...] | None = None


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
    if where.quad_class is not None:
        clauses.append("e.quad_class = ?")
        params.append(check_quad_class(where.quad_class))
    if where.language:
        clauses.append("e.language = ?")
        params.append(where.language.lower())
    if where.after is not None:
        if len(where.after) != len(SORT_KEY):
            raise ValueError("a sort key has one value per SORT_KEY expression")
        keys = ", ".join(key for key, _type in SORT_KEY)
        marks = ", ".join(f"CAST(? AS {kind})" for _key, kind in SORT_KEY)
        clauses.append(f"({keys}) {'<' if where.descending else '>'} ({marks})")
        params += list(where.after)
    if where.text:
        # contains(), not LIKE: "%" and "_" in the words are characters, not wildcards.
        clauses.append("(contains(lower(e.sentence), lower(?)) "
                       "OR contains(lower(e.event_text), lower(?)))")
        params += [where.text, where.text]
    selected = ", ".join(f'e."{c}"' if c not in ("url", "source") else f"s.{c}"
                         for c in COLUMNS)
    keys = ", ".join(f"{key} AS sort_{n}" for n, (key, _type) in enumerate(SORT_KEY))
    direction = " DESC" if where.descending else ""
    # The page is chosen on the events table alone, and only its rows get their codes and
    # cluster (``coded_events``): the view over the whole store would group every actor first.
    page = (f"SELECT e.*, {keys} FROM events e "
            + (f"WHERE {' AND '.join(clauses)} " if clauses else "")
            + "ORDER BY " + ", ".join(f"{key}{direction}" for key, _type in SORT_KEY)
            + (f" LIMIT {int(where.limit)}" if where.limit else ""))
    sorted_by = ", ".join(f"sort_{n}" for n in range(len(SORT_KEY)))
    sql = (f"WITH page AS ({page}) SELECT {selected}, {sorted_by} "
           f"FROM ({coded_events('page')}) e "
           "LEFT JOIN articles s ON s.content_hash = e.content_hash "
           "ORDER BY " + ", ".join(f"sort_{n}{direction}" for n in range(len(SORT_KEY))))
    return sql, params


def query_events(source: StoreSource, where: EventFilter) -> list[dict[str, Any]]:
    """The events of the store that pass ``where``, as dicts keyed by ``COLUMNS``."""
    return [event for event, _key in iter_events(source, where)]


def iter_events(source: StoreSource, where: EventFilter,
                chunk: int = 1_000) -> Iterator[tuple[dict[str, Any], tuple[Any, ...]]]:
    """The events that pass ``where``, streamed from the store ``chunk`` rows at a time: each
    a dict keyed by ``COLUMNS``, with its sort key (what ``EventFilter.after`` takes)."""
    sql, params = build_query(where)
    with opened(source, read_only=True) as store:
        cursor = store.connection.execute(sql, params)
        while rows := cursor.fetchmany(chunk):
            for row in rows:
                yield dict(zip(COLUMNS, row[:len(COLUMNS)], strict=True)), row[len(COLUMNS):]


def event_lines(events: Iterable[dict[str, Any]], output_format: str) -> Iterator[str]:
    """Events as lines of JSON or of CSV (a header line first), one by one: for outputs that
    stream a whole filtered set."""
    if output_format == "jsonl":
        for event in events:
            yield dumps(event) + "\n"
    elif output_format == "csv":
        line = io.StringIO()
        writer = csv.writer(line, lineterminator="\n")
        rows = ([flat_cell(event[c]) for c in COLUMNS] for event in events)
        for row in chain([COLUMNS], rows):
            writer.writerow(row)
            yield line.getvalue()
            line.seek(0)
            line.truncate()
    else:
        raise ValueError("streamed event formats are jsonl and csv")


def write_events(events: Sequence[dict[str, Any]], output_format: str, out: TextIO) -> None:
    """Print events as an aligned table, JSON lines, or CSV with a header line."""
    if output_format in ("jsonl", "csv"):
        out.writelines(event_lines(events, output_format))
    elif output_format == "table":
        rows = [[flat_cell(_flags(event) if c == "flags" else event[c]) for c in TABLE_COLUMNS]
                for event in events]
        out.write("\n".join(format_table(f"{len(events)} events", TABLE_COLUMNS, rows)) + "\n")
    else:
        raise ValueError(f"output format must be one of {QUERY_FORMATS}")


def _flags(event: dict[str, Any]) -> str:
    return ",".join(flag for flag in FLAGS if event[flag])
