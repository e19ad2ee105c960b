"""The DuckDB store: articles and their records in tables an analyst can query with SQL.

Writes are idempotent: an analysed text is keyed by the hash of its normalised text,
an input document by that hash and its id, so the same file ingested again adds
nothing, and the same wire story under another id adds only a link to its source
(``vigie.dedup``). Each batch is written in one transaction, so an interrupted ingest
leaves whole batches or nothing. Inputs that fail are stored too (status ``error``,
or ``skipped`` for articles in a language without a model), so the store says what
could not be analysed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from vigie.analysis import Analysis
from vigie.dedup import text_hash
from vigie.errors import InputError, Reason
from vigie.store.rows import Rows, add_analysis, empty_rows, error_hash, error_row
from vigie.store.schema import COLUMNS, KEYED_TABLES, RECORD_TABLES, SCHEMA

__all__ = ["COLUMNS", "RECORD_TABLES", "IngestReport", "Store", "content_hash", "ingest",
           "stats"]


def content_hash(text: str) -> str:
    """The identity of a text in the store: the hash of its normalised form, whatever its id,
    file name, capitals or line breaks."""
    return text_hash(text)


class Store:
    """A DuckDB database file holding articles and their records (tables in ``SCHEMA``)."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        if read_only and not Path(path).exists():
            raise InputError(str(path), Reason.NOT_FOUND)
        self.connection = duckdb.connect(str(path), read_only=read_only)
        self._check_layout(str(path))
        if not read_only:
            self.connection.execute(SCHEMA)

    def _check_layout(self, name: str) -> None:
        """Refuse a store whose events table predates the current layout: its ``date`` column
        holds text values (``2023-W09``) where days are expected now."""
        found = self.connection.execute(
            "SELECT data_type FROM information_schema.columns "
            "WHERE table_name = 'events' AND column_name = 'date'").fetchone()
        if found is not None and found[0] != "DATE":
            self.connection.close()
            raise InputError(name, Reason.OLD_STORE, detail="events.date is not a DATE")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def count(self, table: str) -> int:
        if table not in COLUMNS:
            raise ValueError(f"no table {table!r}")
        (n,) = self.connection.execute(f"SELECT count(*) FROM {table}").fetchone() or (0,)
        return int(n)

    def keys(self, query: str) -> Iterator[tuple[str, ...]]:
        """The rows of a key query, streamed in chunks (a store may hold millions)."""
        cursor = self.connection.execute(query)
        while chunk := cursor.fetchmany(10_000):
            yield from chunk

    def insert(self, rows: Rows) -> dict[str, int]:
        """Insert rows in one transaction; rows per table offered. Keyed tables ignore rows
        already there, so that a batch replayed after a crash adds nothing twice."""
        self.connection.begin()
        try:
            for table, table_rows in rows.items():
                if table_rows:
                    self._insert_columns(table, table_rows)
            self.connection.commit()
        except BaseException:
            self.connection.rollback()
            raise
        return {table: len(table_rows) for table, table_rows in rows.items()}

    def _insert_columns(self, table: str, table_rows: list[tuple[Any, ...]]) -> None:
        """Insert rows as one list per column, unnested by DuckDB: one statement for the whole
        batch, some fifty times faster than a prepared INSERT per row."""
        names = COLUMNS[table]
        columns = [list(values) for values in zip(*table_rows, strict=True)]
        verb = "INSERT OR IGNORE" if table in KEYED_TABLES else "INSERT"
        quoted = ", ".join(f'"{c}"' for c in names)
        unnested = ", ".join(f"unnest(${i})" for i in range(1, len(names) + 1))
        self.connection.execute(f"{verb} INTO {table} ({quoted}) SELECT {unnested}", columns)

    def write(self, results: Sequence[Analysis | InputError]) -> dict[str, int]:
        """Store analyses and failures in one transaction, without deduplication or source
        links (``ingest`` adds those); rows per table actually added."""
        rows = empty_rows()
        keys = [error_hash(r) if isinstance(r, InputError) else content_hash(r.article.text)
                for r in results]
        known = self._stored(keys)
        for key, result in zip(keys, results, strict=True):
            if key in known:
                continue
            known.add(key)
            if isinstance(result, InputError):
                rows["articles"].append(error_row(key, result))
            else:
                add_analysis(rows, key, result)
        return self.insert(rows)

    def _stored(self, keys: Sequence[str]) -> set[str]:
        if not keys:
            return set()
        marks = ", ".join("?" * len(keys))
        found = self.connection.execute(
            f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})", keys).fetchall()
        return {row[0] for row in found}


# Imported last: both modules use Store.
from vigie.store.ingest import IngestReport, ingest  # noqa: E402
from vigie.store.stats import stats  # noqa: E402
