"""The DuckDB store: articles and their records in tables an analyst can query with SQL.

Writes are idempotent by content hash: an article whose text is already stored
(the same file ingested again, or the same wire story under another id) is not
analysed or written again. Each batch is written in one transaction, so an
interrupted ingest leaves whole articles or nothing. Inputs that fail are stored
too (status ``error``), so the store says what could not be read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

import duckdb

from vigie.analysis import Analysis
from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.errors import InputError, Reason
from vigie.model import Actor, Article, Attribution
from vigie.pipeline import analyse
from vigie.readers import read_inputs

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    content_hash VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, lang VARCHAR, published DATE,
    url VARCHAR, source VARCHAR, title VARCHAR, n_chars INTEGER, status VARCHAR NOT NULL,
    error VARCHAR, error_code VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,
    event VARCHAR, mode VARCHAR, context VARCHAR[], cameo VARCHAR, quad_class INTEGER,
    goldstein DOUBLE, date VARCHAR, date_text VARCHAR, date_precision VARCHAR,
    date_source VARCHAR, location VARCHAR, negated BOOLEAN, tense VARCHAR,
    hypothetical BOOLEAN, historical BOOLEAN, mentions INTEGER, confidence DOUBLE,
    language VARCHAR, event_text VARCHAR, sentence VARCHAR, start INTEGER, "end" INTEGER,
    rule VARCHAR, attribution JSON,
    PRIMARY KEY (content_hash, id)
);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, role VARCHAR NOT NULL,
    position INTEGER NOT NULL, code VARCHAR, country VARCHAR, sector VARCHAR, name VARCHAR,
    actor_role VARCHAR, via VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS quotes (
    content_hash VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, text VARCHAR, start INTEGER,
    "end" INTEGER, direct BOOLEAN, speaker JSON, source VARCHAR, cue VARCHAR,
    cue_start INTEGER, cue_end INTEGER, medium VARCHAR
);
CREATE TABLE IF NOT EXISTS claims (
    content_hash VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, text VARCHAR, start INTEGER,
    "end" INTEGER, value DOUBLE, low DOUBLE, high DOUBLE, bound VARCHAR, unit VARCHAR,
    counted VARCHAR, attribution JSON
);
CREATE TABLE IF NOT EXISTS times (
    content_hash VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, text VARCHAR, start INTEGER,
    "end" INTEGER, type VARCHAR, value VARCHAR, precision VARCHAR, interval_start VARCHAR,
    interval_end VARCHAR
);
"""

# Column lists in insertion order; the tuples built below follow them.
_COLUMNS = {
    "articles": ("content_hash", "doc_id", "lang", "published", "url", "source", "title",
                 "n_chars", "status", "error", "error_code"),
    "events": ("id", "content_hash", "doc_id", "event", "mode", "context", "cameo",
               "quad_class", "goldstein", "date", "date_text", "date_precision", "date_source",
               "location", "negated", "tense", "hypothetical", "historical", "mentions",
               "confidence", "language", "event_text", "sentence", "start", "end", "rule",
               "attribution"),
    "event_actors": ("event_id", "content_hash", "role", "position", "code", "country",
                     "sector", "name", "actor_role", "via", "text", "start", "end"),
    "quotes": ("content_hash", "doc_id", "text", "start", "end", "direct", "speaker", "source",
               "cue", "cue_start", "cue_end", "medium"),
    "claims": ("content_hash", "doc_id", "text", "start", "end", "value", "low", "high",
               "bound", "unit", "counted", "attribution"),
    "times": ("content_hash", "doc_id", "text", "start", "end", "type", "value", "precision",
              "interval_start", "interval_end"),
}
_RECORD_TABLES = ("events", "quotes", "claims", "times")


def content_hash(text: str) -> str:
    """The identity of an article in the store: its text, whatever its id or file name."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _error_hash(error: InputError) -> str:
    # A failed input has no text to hash: the input name and the reason identify the failure.
    return hashlib.sha256(f"error\0{error.source}\0{error.reason.code}".encode()).hexdigest()


@dataclass
class IngestReport:
    """What one ingest run did; ``errors`` are the one-line messages of the failed inputs."""

    added: int = 0
    already_stored: int = 0
    failed: int = 0
    records: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_RECORD_TABLES, 0))
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        counts = ", ".join(f"{n} {table}" for table, n in self.records.items())
        return (f"{self.added} articles added ({counts}), {self.already_stored} already stored, "
                f"{self.failed} failed")


class Store:
    """A DuckDB database file holding articles and their records (tables in ``SCHEMA``)."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        if read_only and not Path(path).exists():
            raise InputError(str(path), Reason.NOT_FOUND)
        self.connection = duckdb.connect(str(path), read_only=read_only)
        if not read_only:
            self.connection.execute(SCHEMA)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def content_hashes(self) -> set[str]:
        rows = self.connection.execute("SELECT content_hash FROM articles").fetchall()
        return {row[0] for row in rows}

    def count(self, table: str) -> int:
        if table not in _COLUMNS:
            raise ValueError(f"no table {table!r}")
        (n,) = self.connection.execute(f"SELECT count(*) FROM {table}").fetchone() or (0,)
        return int(n)

    def write(self, results: Sequence[Analysis | InputError]) -> dict[str, int]:
        """Store a batch in one transaction; rows per table actually added."""
        rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in _COLUMNS}
        known = self.content_hashes_of(results)
        for result in results:
            if isinstance(result, InputError):
                key = _error_hash(result)
                if key not in known:
                    rows["articles"].append(_error_row(key, result))
                    known.add(key)
                continue
            key = content_hash(result.article.text)
            if key in known:
                continue
            known.add(key)
            _add_analysis(rows, key, result)
        self.connection.begin()
        try:
            for table, table_rows in rows.items():
                if table_rows:
                    columns = ", ".join(f'"{c}"' for c in _COLUMNS[table])
                    marks = ", ".join("?" * len(_COLUMNS[table]))
                    self.connection.executemany(
                        f"INSERT INTO {table} ({columns}) VALUES ({marks})", table_rows)
            self.connection.commit()
        except BaseException:
            self.connection.rollback()
            raise
        return {table: len(table_rows) for table, table_rows in rows.items()}

    def content_hashes_of(self, results: Sequence[Analysis | InputError]) -> set[str]:
        """Which of the batch's hashes the store already holds."""
        keys = [_error_hash(r) if isinstance(r, InputError) else content_hash(r.article.text)
                for r in results]
        if not keys:
            return set()
        marks = ", ".join("?" * len(keys))
        found = self.connection.execute(
            f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})", keys).fetchall()
        return {row[0] for row in found}


def _error_row(key: str, error: InputError) -> tuple[Any, ...]:
    message = str(error).removeprefix(f"{error.source}: ")
    return (key, error.source, None, None, None, None, None, None, "error", message,
            error.reason.code)


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


def _add_analysis(rows: dict[str, list[tuple[Any, ...]]], key: str, analysis: Analysis) -> None:
    article = analysis.article
    doc_id = article.id
    rows["articles"].append((key, doc_id, analysis.lang, article.published, article.url,
                             article.source, article.title, len(article.text), "ok", None, None))
    for e in analysis.events:
        rows["events"].append((
            e.id, key, doc_id, e.event, e.mode, list(e.context), e.cameo, e.quad_class,
            e.goldstein, e.date, e.date_text, e.date_precision, e.date_source, e.location,
            e.negated, e.tense, e.hypothetical, e.historical, e.mentions, e.confidence,
            e.language, e.event_text, e.sentence, e.start, e.end, e.rule,
            _attribution(e.attribution)))
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


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    stream = iter(items)
    while batch := list(islice(stream, size)):
        yield batch


def ingest(
    paths: Iterable[str],
    db_path: str | Path,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    input_format: str = "auto",
    lang: str | None = None,
    published: date | None = None,
    stdin: BinaryIO | None = None,
) -> IngestReport:
    """Read, analyse and store the inputs; articles already stored are skipped before
    analysis, so re-running the same ingest adds nothing and costs little."""
    report = IngestReport()
    with Store(db_path) as store:
        known = store.content_hashes()

        def unseen(items: Iterable[Article | InputError]) -> Iterator[Article | InputError]:
            for item in items:
                if isinstance(item, Article):
                    key = content_hash(item.text)
                    if key in known:
                        report.already_stored += 1
                        continue
                    known.add(key)
                yield item

        items = read_inputs(paths, input_format, lang=lang, published=published, stdin=stdin,
                            settings=settings)
        for batch in _batches(analyse(unseen(items), settings), settings.batch_size):
            added = store.write(batch)
            for result in batch:
                if isinstance(result, InputError):
                    report.failed += 1
                    report.errors.append(str(result))
            report.added += sum(1 for result in batch if isinstance(result, Analysis))
            for table in _RECORD_TABLES:
                report.records[table] += added[table]
    return report


def _table(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
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
    ("events by PLOVER type", ("event", "events"),
     "SELECT event, count(*) AS n FROM events GROUP BY event ORDER BY n DESC, event"),
    ("top dyads (actor → recipient, by country)", ("actor", "recipient", "events"),
     """SELECT a.country, r.country, count(DISTINCT e.content_hash || e.id) AS n
        FROM events e
        JOIN event_actors a ON a.event_id = e.id AND a.content_hash = e.content_hash
             AND a.role = 'actor'
        JOIN event_actors r ON r.event_id = e.id AND r.content_hash = e.content_hash
             AND r.role = 'recipient'
        WHERE a.country IS NOT NULL AND r.country IS NOT NULL
        GROUP BY ALL ORDER BY n DESC, a.country, r.country LIMIT 10"""),
)


def stats(db_path: str | Path) -> str:
    """A plain-text summary of the store: articles, events by type, top dyads, record counts."""
    with Store(db_path, read_only=True) as store:
        lines: list[str] = []
        for title, headers, query in _STATS_QUERIES:
            lines += _table(title, headers, store.connection.execute(query).fetchall())
            lines.append("")
        counts = [(table, store.count(table)) for table in ("articles", *_RECORD_TABLES)]
        lines += _table("records", ("table", "rows"), counts)
    return "\n".join(lines) + "\n"
