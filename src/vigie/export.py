"""``vigie export``: the events of a store as PLOVER JSON lines, POLECAT-style TSV, or Parquet.

- ``plover-jsonl``: one event per line in the output contract's form (what ``vigie
  extract`` prints), plus the article's URL and source and the ``cluster_id`` that
  groups records of the same event across articles.
- ``polecat-tsv``: one event per line, flat columns named as in the POLECAT
  weekly files (Event ID, Event Date, Event Type, Actor Country, ...), list values
  joined with ``;``.
- ``parquet``: a folder of Parquet files partitioned by event year-month
  (``year_month=2024-06/``; ``unknown`` for undated events), written by DuckDB
  itself, for DuckDB, Spark or pandas elsewhere.

Files and folders are written through ``vigie.destination``: atomically, and never over a
folder Vigie did not write. Rows come in a fixed order, so an export of the same store is
the same file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vigie.destination import check_file_target, check_folder_target, folder_output, text_output
from vigie.store import Store

EXPORT_FORMATS = ("plover-jsonl", "polecat-tsv", "parquet")

# Each event with its article's metadata and its cluster; actors as JSON lists.
_EVENTS_SQL = """
WITH actors AS (
    SELECT content_hash, event_id, role,
           to_json(list({'text': text, 'start': start, 'end': "end", 'code': code,
                         'country': country, 'sector': sector, 'name': name,
                         'role': actor_role, 'via': via} ORDER BY position)) AS actors
    FROM event_actors GROUP BY ALL
)
SELECT e.*, coalesce(a.actors, '[]') AS actors_json, coalesce(r.actors, '[]') AS recipients_json,
       s.url, s.source AS article_source, s.title, s.published
FROM event_codes e
LEFT JOIN actors a ON a.content_hash = e.content_hash AND a.event_id = e.id AND a.role = 'actor'
LEFT JOIN actors r ON r.content_hash = e.content_hash AND r.event_id = e.id
     AND r.role = 'recipient'
LEFT JOIN articles s ON s.content_hash = e.content_hash
ORDER BY e.date NULLS LAST, e.date_value, e.event, e.doc_id, e.start, e.id
"""

_CONTRACT_KEYS = (
    "id", "doc_id", "kind", "event", "mode", "context", "cameo", "quad_class", "goldstein",
    "actor", "recipient", "date", "date_end", "date_value", "date_text", "date_precision",
    "date_source", "location",
    "negated", "tense", "hypothetical", "historical", "mentions", "attribution", "event_text",
    "sentence", "start", "end", "language", "confidence", "rule",
)

# Added to each contract record: where the article is, and which event it is across articles.
EXTRA_KEYS = ("url", "source", "cluster_id")

POLECAT_COLUMNS = (
    ("Event ID", "id"), ("Event Date", "date"), ("Date Precision", "date_precision"),
    ("Event Type", "event"), ("Event Mode", "mode"), ("Contexts", "context"),
    ("CAMEO Code", "cameo"), ("Quad Class", "quad_class"), ("Goldstein", "goldstein"),
    ("Actor Name", "actor_names"), ("Actor Code", "actor_codes"),
    ("Actor Country", "actor_countries"), ("Actor Sector", "actor_sectors"),
    ("Recipient Name", "recipient_names"), ("Recipient Code", "recipient_codes"),
    ("Recipient Country", "recipient_countries"), ("Recipient Sector", "recipient_sectors"),
    ("Negated", "negated"), ("Hypothetical", "hypothetical"), ("Tense", "tense"),
    ("Location", "location"), ("Story ID", "doc_id"), ("Publication Date", "published"),
    ("Source", "article_source"), ("URL", "url"), ("Language", "language"),
    ("Confidence", "confidence"), ("Cluster ID", "cluster_id"), ("Trigger", "event_text"),
    ("Sentence", "sentence"),
)


def _rows(store: Store) -> tuple[list[str], list[tuple[Any, ...]]]:
    cursor = store.connection.execute(_EVENTS_SQL)
    return [d[0] for d in cursor.description], cursor.fetchall()


def _plover(row: dict[str, Any]) -> dict[str, Any]:
    record = {key: row.get(key) for key in _CONTRACT_KEYS}
    record["kind"] = "event"
    record["actor"] = json.loads(row["actors_json"])
    record["recipient"] = json.loads(row["recipients_json"])
    record["attribution"] = json.loads(row["attribution"]) if row["attribution"] else None
    record["context"] = list(row["context"] or [])
    for key in ("date", "date_end"):
        record[key] = row[key].isoformat() if row[key] is not None else None
    extras = (row["url"], row["article_source"], row["cluster_id"])
    record.update(zip(EXTRA_KEYS, extras, strict=True))
    return record


def _polecat_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(_polecat_cell(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return " ".join(str(value).split())


def _polecat(row: dict[str, Any]) -> list[str]:
    flat = dict(row)
    for role, key in (("actor", "actors_json"), ("recipient", "recipients_json")):
        actors = json.loads(row[key])
        flat[f"{role}_names"] = [a["name"] or a["text"] for a in actors]
        flat[f"{role}_countries"] = [a["country"] or "" for a in actors]
        flat[f"{role}_sectors"] = [a["sector"] or "" for a in actors]
    return [_polecat_cell(flat[key]) for _header, key in POLECAT_COLUMNS]


def export(db_path: str | Path, output_format: str, out: str | Path) -> int:
    """Write the store's events to ``out`` (a file, ``-`` for standard output, or a folder for
    Parquet); the number of events written. A target that cannot be written safely (a folder
    for a file format, a folder holding files Vigie did not write) is refused with an
    ``OutputError`` before anything is written."""
    if output_format not in EXPORT_FORMATS:
        raise ValueError(f"export format must be one of {EXPORT_FORMATS}")
    if output_format == "parquet":
        check_folder_target(out)
    else:
        check_file_target(out)
    with Store(db_path, read_only=True) as store:
        if output_format == "parquet":
            return _parquet(store, out)
        names, rows = _rows(store)
        with text_output(out) as stream:
            if output_format == "polecat-tsv":
                stream.write("\t".join(header for header, _key in POLECAT_COLUMNS) + "\n")
            for values in rows:
                row = dict(zip(names, values, strict=True))
                if output_format == "plover-jsonl":
                    stream.write(json.dumps(_plover(row), ensure_ascii=False) + "\n")
                else:
                    stream.write("\t".join(_polecat(row)) + "\n")
        return len(rows)


def _parquet(store: Store, out: str | Path) -> int:
    columns = ("id, content_hash, doc_id, event, mode, context, cameo, quad_class, goldstein, "
               "actor_codes, recipient_codes, date, date_end, date_value, date_text, "
               "date_precision, date_source, "
               "location, negated, tense, hypothetical, historical, mentions, confidence, "
               "language, event_text, sentence, start, \"end\", rule, attribution, "
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
