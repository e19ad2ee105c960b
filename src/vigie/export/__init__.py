"""``vigie export``: the events of a store in the formats analysts load elsewhere.

- ``plover-jsonl``: one PLOVER record per line, as the PLOVER manual names and shapes its
  fields, Vigie's extras under ``vigie`` (``vigie.export.plover``).
- ``polecat-tsv``: POLECAT's 40 columns in its order, then Vigie's own
  (``vigie.export.polecat``).
- ``gdelt-csv``: GDELT 2.0 event columns, one row per actor pair, with the counts of the
  event's cluster across articles (``vigie.export.gdelt``).
- ``gold``: the store's reviews (``vigie.reviews``) as a PLOVER gold file that ``vigie eval``
  scores: Vigie measured on the user's own reviewed news (``vigie.export.gold``).
- ``parquet``: a folder of Parquet files partitioned by the month of the event's first day
  (``year_month=2024-06/``; ``unknown`` for undated events), written by DuckDB itself, for
  DuckDB, Spark or pandas elsewhere.

Files and folders are written through ``vigie.destination``: atomically, and never over a
folder Vigie did not write. Rows come in a fixed order, so an export of the same store is
the same file.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

from vigie.destination import check_file_target, check_folder_target, folder_output, text_output
from vigie.errors import InputError, Reason
from vigie.export.gdelt import GDELT_COLUMNS, gdelt_rows
from vigie.export.gold import write_gold
from vigie.export.plover import plover_record
from vigie.export.polecat import HEADER as POLECAT_HEADER
from vigie.export.polecat import polecat_row
from vigie.output import dumps
from vigie.reviews import standing_reviews
from vigie.store import Store, TableReader, opened

EXPORT_FORMATS = ("plover-jsonl", "polecat-tsv", "gdelt-csv", "gold", "parquet")
# What each format writes a row for, when not an event (the CLI counts them by this name).
EXPORTED = {"gold": "gold records"}

# Each event with its article's metadata, its actors as JSON lists, and the counts of its
# cluster across articles.
_EVENTS_SQL = """
WITH actors AS (
    SELECT content_hash, event_id, role,
           to_json(list({'text': text, 'start': start, 'end': "end", 'code': code,
                         'country': country, 'sector': sector, 'name': name,
                         'role': actor_role, 'via': via} ORDER BY position)) AS actors
    FROM event_actors GROUP BY ALL
)
SELECT e.*, coalesce(a.actors, '[]') AS actors_json, coalesce(r.actors, '[]') AS recipients_json,
       s.url, s.source AS article_source, s.title, s.published,
       c.mentions AS cluster_mentions, c.articles AS cluster_articles,
       len(c.sources) AS cluster_sources
FROM event_codes e
LEFT JOIN actors a ON a.content_hash = e.content_hash AND a.event_id = e.id AND a.role = 'actor'
LEFT JOIN actors r ON r.content_hash = e.content_hash AND r.event_id = e.id
     AND r.role = 'recipient'
LEFT JOIN articles s ON s.content_hash = e.content_hash
LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id
ORDER BY e.date NULLS LAST, e.date_value, e.event, e.doc_id, e.start, e.id
"""


def _rows(store: TableReader) -> list[dict[str, Any]]:
    cursor = store.connection.execute(_EVENTS_SQL)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def _write_plover(stream: TextIO, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        stream.write(dumps(plover_record(row)) + "\n")


def _write_polecat(stream: TextIO, rows: Iterable[dict[str, Any]]) -> None:
    stream.write("\t".join(POLECAT_HEADER) + "\n")
    for row in rows:
        stream.write("\t".join(polecat_row(row)) + "\n")


def _write_gdelt(stream: TextIO, rows: Iterable[dict[str, Any]]) -> None:
    table = csv.writer(stream, lineterminator="\n")
    table.writerow(GDELT_COLUMNS)
    for row in rows:
        table.writerows(gdelt_rows(row))


FILE_WRITERS: dict[str, Callable[[TextIO, Iterable[dict[str, Any]]], None]] = {
    "plover-jsonl": _write_plover,
    "polecat-tsv": _write_polecat,
    "gdelt-csv": _write_gdelt,
    "gold": write_gold,
}
# Where each file format's rows come from, when not the events.
ROW_SOURCES: dict[str, Callable[[TableReader], list[dict[str, Any]]]] = {
    "gold": standing_reviews,
}


def export(db_path: str | Path, output_format: str, out: str | Path) -> int:
    """Write the store's events (for ``gold``, its reviews) to ``out`` (a file, ``-`` for
    standard output, or a folder for Parquet); the number of rows written. A target that
    cannot be written safely (a folder for a file format, a folder holding files Vigie did not
    write) is refused with an ``OutputError``, and a gold export of a store without reviews
    with an ``InputError``, before anything is written."""
    if output_format not in EXPORT_FORMATS:
        raise ValueError(f"export format must be one of {EXPORT_FORMATS}")
    if output_format == "parquet":
        check_folder_target(out)
    else:
        check_file_target(out)
    with opened(db_path, read_only=True) as store:
        if output_format == "parquet":
            return _parquet(store, out)
        rows = ROW_SOURCES.get(output_format, _rows)(store)
        if output_format in ROW_SOURCES and not rows:
            raise InputError(str(db_path), Reason.NO_REVIEWS)
        with text_output(out) as stream:
            FILE_WRITERS[output_format](stream, rows)
        return len(rows)


def _parquet(store: Store, out: str | Path) -> int:
    columns = ("id, content_hash, doc_id, event, mode, context, cameo, quad_class, goldstein, "
               "actor_codes, recipient_codes, date, date_end, date_value, date_text, "
               "date_precision, date_source, "
               "location, location_country, geonames_id, lat, lon, admin1, negated, tense, "
               "hypothetical, historical, mentions, confidence, language, event_text, "
               "sentence, start, \"end\", rule, attribution, "
               "actors_json AS actors, recipients_json AS recipients, url, article_source AS "
               "source, title, published, cluster_id, year_month")
    (count,) = store.connection.execute("SELECT count(*) FROM events").fetchone() or (0,)
    # The folder is replaced whole: stale partitions would mix two states of the store.
    with folder_output(out, {"format": "parquet", "events": int(count)}) as folder:
        target = str(folder).replace("'", "''")
        store.connection.execute(
            f"COPY (SELECT {columns} FROM ({_EVENTS_SQL})) TO '{target}' "
            "(FORMAT PARQUET, PARTITION_BY (year_month))")
    return int(count)
