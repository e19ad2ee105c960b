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

import contextlib
import errno
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb

from vigie.analysis import Analysis
from vigie.dedup import text_hash
from vigie.errors import InputError, Reason
from vigie.store.holder import holder_of
from vigie.store.rows import Rows, add_analysis, empty_rows, error_hash, error_row
from vigie.store.schema import (
    CODE_COLUMNS,
    COLUMNS,
    KEYED_TABLES,
    LATER_COLUMNS,
    LATER_TABLES,
    RECORD_TABLES,
    SCHEMA,
    STORE_TABLES,
    participant_codes,
)

__all__ = ["COLUMNS", "RECORD_TABLES", "IngestReport", "Store", "StoreSource", "TableReader",
           "content_hash", "ingest", "opened", "stats", "storage_error"]


def content_hash(text: str) -> str:
    """The identity of a text in the store: the hash of its normalised form, whatever its id,
    file name, capitals or line breaks."""
    return text_hash(text)


def storage_error(path: str | Path, error: duckdb.Error | OSError, *,
                writing: bool = True) -> InputError:
    """The one-line error for a store, or an output, that DuckDB or the system refused: what
    the user can act on, with the file named, rather than DuckDB's message."""
    message = str(error).strip()
    if isinstance(error, OSError):
        message = error.strerror or message
    if "Could not set lock" in message:
        holder = holder_of(path)
        if holder is not None:
            return InputError(str(path), Reason.HELD_BY_SERVER, url=holder.url, pid=holder.pid)
        return InputError(str(path), Reason.LOCKED)
    if "not a valid DuckDB database" in message:
        return InputError(str(path), Reason.NOT_A_STORE, detail="not a DuckDB database")
    if "No space left" in message or getattr(error, "errno", None) == errno.ENOSPC:
        return InputError(str(path), Reason.NO_SPACE)
    detail = message.splitlines()[0] if message else type(error).__name__
    # DuckDB says 'IO Error: Cannot open file "x": Permission denied': the reason is the tail.
    detail = detail.rsplit('": ', 1)[-1] if '": ' in detail else detail
    detail = detail[:1].lower() + detail[1:]
    return InputError(str(path), Reason.UNWRITABLE if writing else Reason.UNREADABLE,
                      detail=detail)


def _schema_problem(connection: duckdb.DuckDBPyConnection,
                    writing: bool) -> tuple[Reason, str] | None:
    """Why an existing database is not a store this version can use, or None (an empty
    database becomes one; one opened for ``writing`` may lack the ``LATER_COLUMNS``)."""
    found: dict[str, set[str]] = {}
    for table, column in connection.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'main'").fetchall():
        found.setdefault(table, set()).add(column)
    if not found:
        return None
    if not set(COLUMNS) & set(found):
        return Reason.NOT_A_STORE, "a DuckDB database without Vigie's tables"
    # Stores of the earlier layout held ISO-TimeML text ("2023-W09") where days are now.
    (date_type,) = connection.execute(
        "SELECT data_type FROM information_schema.columns "
        "WHERE table_name = 'events' AND column_name = 'date'").fetchone() or ("DATE",)
    if date_type != "DATE":
        return Reason.OLD_STORE, "events.date is not a DATE"
    for table, columns in STORE_TABLES.items():
        if table in LATER_TABLES and table not in found:
            continue
        later = set(LATER_COLUMNS.get(table, {})) if writing else set()
        missing = [c for c in columns if c not in found.get(table, set()) | later]
        if missing:
            remedy = ("; any vigie ingest into it adds them" if set(missing) <= set(
                LATER_COLUMNS.get(table, {})) else "")
            return Reason.OLD_STORE, f"table {table} has no column {', '.join(missing)}{remedy}"
    return None


def _add_later_columns(connection: duckdb.DuckDBPyConnection) -> None:
    """Give a store of an earlier version the columns added since: empty for its rows, but for
    the events' codes, which its ``event_actors`` give. One transaction: a store is never left
    with the code columns added and not filled."""
    found = {(table, column) for table, column in connection.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'main'").fetchall()}
    added = [(table, column, kind) for table, columns in LATER_COLUMNS.items()
             for column, kind in columns.items()
             if (table, column) not in found and any(t == table for t, _c in found)]
    if not added:
        return
    connection.begin()
    try:
        for table, column, kind in added:
            connection.execute(f'ALTER TABLE {table} ADD COLUMN "{column}" {kind}')
        if any(column in CODE_COLUMNS for _table, column, _kind in added):
            # Some seconds on a large store, once: not worth DuckDB's bar on standard output.
            connection.execute("SET enable_progress_bar = false")
            filled = ", ".join(f"{c} = coalesce(p.{c}, []::VARCHAR[])" for c in CODE_COLUMNS)
            connection.execute(
                f"UPDATE events SET {filled} FROM events k LEFT JOIN ({participant_codes()}) p "
                "ON p.content_hash = k.content_hash AND p.event_id = k.id "
                "WHERE events.content_hash = k.content_hash AND events.id = k.id")
        connection.commit()
    except BaseException:
        with contextlib.suppress(duckdb.Error):
            connection.rollback()
        raise


class TableReader:
    """What reads the tables through ``connection``: a store, or a lake (``vigie.lake``)."""

    connection: duckdb.DuckDBPyConnection

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        raise NotImplementedError

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


class Store(TableReader):
    """A DuckDB database file holding articles and their records (tables in ``SCHEMA``).

    Opening one that cannot be used (locked by another process, not a DuckDB file, another
    program's database, a store of an older schema, no permission) raises one ``InputError``
    naming the file and saying what to do.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        if read_only and not Path(path).exists():
            raise InputError(str(path), Reason.NOT_FOUND)
        try:
            self.connection = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as error:
            raise storage_error(path, error, writing=not read_only) from error
        problem = _schema_problem(self.connection, writing=not read_only)
        if problem is None and read_only and self._empty():
            problem = Reason.NOT_A_STORE, "no Vigie tables in it"
        if problem is not None:
            self.connection.close()
            reason, detail = problem
            raise InputError(str(path), reason, detail=detail)
        if not read_only:
            if not self._empty():
                _add_later_columns(self.connection)
            self.connection.execute(SCHEMA)

    @classmethod
    def sharing(cls, other: Store) -> Store:
        """Another connection to the database ``other`` has open, for use in another thread:
        DuckDB connections are not shared across threads, but connections to one database in
        one process see each other's commits. Closing it leaves ``other`` open."""
        store = cls.__new__(cls)
        store.connection = other.connection.cursor()
        return store

    def _empty(self) -> bool:
        (tables,) = self.connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchone() or (0,)
        return tables == 0

    def close(self) -> None:
        self.connection.close()

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
            with contextlib.suppress(duckdb.Error):
                # A commit that failed (a full disk) has ended the transaction already: the
                # rollback's own complaint would hide why.
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


StoreSource = str | Path | Store


@contextmanager
def opened(source: StoreSource, *, read_only: bool = False) -> Iterator[TableReader]:
    """A store to use and close: a connection of its own to an open ``Store`` (the server's,
    which holds the file), a lake folder (read-only), or the file opened (read-only when
    ``read_only``)."""
    store: TableReader
    if isinstance(source, Store):
        store = Store.sharing(source)
    elif Path(source).is_dir():
        from vigie.lake import Lake  # the lake module builds on this package

        store = Lake(source)
    else:
        store = Store(source, read_only=read_only)
    try:
        yield store
    finally:
        store.close()


# Imported last: both modules use Store.
from vigie.store.ingest import IngestReport, ingest  # noqa: E402
from vigie.store.stats import stats  # noqa: E402
