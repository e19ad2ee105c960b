"""The Parquet event lake: the store's tables as Parquet datasets in a folder, for clusters.

Layout (a hive-partitioned dataset per table, which DuckDB, pyarrow, pandas, Spark and
BigQuery read as it is)::

    DIR/_vigie_lake.json                      marker: this folder is a Vigie lake
    DIR/_manifest.jsonl                       one line per finished shard, in write order
    DIR/<table>/published_month=YYYY-MM/<shard>.parquet

Each table has the columns, types and values of the DuckDB store's table of the same
name (``vigie.store.schema``); ``published_month`` is the month of the article's
publication date (``unknown`` when it has none), so that a month of news is one folder
in every table. The rows of a shard are written by DuckDB from a store in memory, so
the Parquet types are the store's own.

A shard is one batch of inputs, named by a hash of the keys it adds (the content hashes
of its articles, the text hash and id of each source it links): a re-run plans the same
batch the same way and gives it the same name. A shard is finished once its line is in
the manifest, written after its files; readers read only the files of finished shards,
and a writer opening the lake first removes the files of unfinished ones (a run killed
part-way). So a killed ingest run again writes only what is missing and ends with the
same lake, file for file. One writer per lake at a time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from vigie.errors import InputError, OutputError, Reason
from vigie.store import Store, TableReader
from vigie.store.rows import Rows
from vigie.store.schema import (
    CODE_COLUMNS,
    COLUMNS,
    EVENT_CLUSTERS_VIEW,
    EVENT_CODES_VIEW,
    LATER_COLUMNS,
    TABLES_SQL,
    participant_codes,
)

# Starts with "_" so that pyarrow, Spark and DuckDB's hive readers skip it as metadata.
MARKER = "_vigie_lake.json"
MANIFEST = "_manifest.jsonl"
PARTITION = "published_month"
UNDATED = "unknown"
LAKE_VERSION = 1

# The month of each table's rows: articles and sources carry their publication date; every
# other row hangs off an article written in the same shard.
_OWN_MONTH = f"coalesce(strftime(t.published, '%Y-%m'), '{UNDATED}')"
_ARTICLE_MONTH = ("coalesce((SELECT strftime(a.published, '%Y-%m') FROM articles a "
                  f"WHERE a.content_hash = t.content_hash), '{UNDATED}')")
_MONTH = {table: _OWN_MONTH if table in ("articles", "article_sources") else _ARTICLE_MONTH
          for table in COLUMNS}


def is_lake(path: str | Path) -> bool:
    return (Path(path) / MARKER).is_file()


def _quoted(path: str | Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _columns(table: str) -> str:
    return ", ".join(f'"{c}"' for c in COLUMNS[table])


def shard_name(rows: Rows) -> str:
    """The name of the shard that adds ``rows``: a hash of the keys it adds, so that the same
    plan gives the same name in any run."""
    digest = hashlib.sha256()
    for row in rows["articles"]:
        digest.update(f"a\0{row[0]}\n".encode())
    for row in rows["article_sources"]:
        digest.update(f"s\0{row[0]}\0{row[1]}\n".encode())
    return digest.hexdigest()[:32]


class Lake(TableReader):
    """A lake folder opened for reading (``writable=False``: it must exist and be a lake) or
    for adding shards. Reading goes through an in-memory DuckDB whose tables are views over
    the finished shards' files, with the store's ``event_codes`` and ``event_clusters``
    views on top: the queries that read a store read a lake the same way.
    """

    def __init__(self, path: str | Path, *, writable: bool = False) -> None:
        self.path = Path(path)
        self.writable = writable
        if writable:
            self._prepare()
        elif not self.path.exists():
            raise InputError(str(path), Reason.NOT_FOUND)
        elif not is_lake(self.path):
            raise InputError(str(path), Reason.NOT_A_STORE,
                             detail=f"a folder without a Vigie lake's {MARKER}")
        self.shards = self._finished_shards()
        self._connection: duckdb.DuckDBPyConnection | None = None

    def _prepare(self) -> None:
        """Create the lake, or make an existing one ready for more shards: the files of shards
        that a killed run left unfinished are removed, and so is a torn last manifest line."""
        if self.path.exists() and not self.path.is_dir():
            raise OutputError(str(self.path), Reason.OUTPUT_NOT_FOLDER)
        if self.path.is_dir() and any(self.path.iterdir()) and not is_lake(self.path):
            raise OutputError(str(self.path), Reason.OUTPUT_FOREIGN_FOLDER)
        self.path.mkdir(parents=True, exist_ok=True)
        if not is_lake(self.path):
            (self.path / MARKER).write_text(
                json.dumps({"format": "vigie-lake", "version": LAKE_VERSION,
                            "partition": PARTITION}) + "\n", encoding="utf-8")
        manifest = self.path / MANIFEST
        if manifest.exists():
            raw = manifest.read_bytes()
            if raw and not raw.endswith(b"\n"):
                manifest.write_bytes(raw[:raw.rfind(b"\n") + 1])
        finished = {file for shard in self._finished_shards() for file in shard["files"]}
        for table in COLUMNS:
            for file in sorted((self.path / table).glob("*/*.parquet")):
                if file.relative_to(self.path).as_posix() not in finished:
                    file.unlink()

    def _finished_shards(self) -> list[dict[str, Any]]:
        manifest = self.path / MANIFEST
        if not manifest.exists():
            return []
        shards = []
        for line in manifest.read_text(encoding="utf-8").splitlines():
            try:
                shards.append(json.loads(line))
            except json.JSONDecodeError:
                # A line torn by a kill: its shard is unfinished, and is written again.
                continue
        return shards

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def files(self, table: str) -> list[str]:
        """The files of ``table`` in the finished shards, in the order they were written."""
        return [str(self.path / file) for shard in self.shards for file in shard["files"]
                if file.split("/", 1)[0] == table]

    def read_sql(self, table: str) -> str:
        """A query giving the rows of ``table`` in the lake, with the store's columns; those
        added since a shard was written (``LATER_COLUMNS``) are empty in its rows, but for the
        events' codes, which its ``event_actors`` give (``participant_codes``)."""
        files = self.files(table)
        listed = ", ".join(_quoted(f) for f in files)
        source = f"read_parquet([{listed}], hive_partitioning = true, union_by_name = true)"
        later = LATER_COLUMNS.get(table, {})
        if not later:
            return f"SELECT {_columns(table)} FROM {source}"
        found = {row[0] for row in duckdb.sql(f"DESCRIBE SELECT * FROM {source}").fetchall()}
        participants = ""
        if table == "events" and self.files("event_actors"):
            codes = participant_codes(f"({self.read_sql('event_actors')})")
            participants = (f" LEFT JOIN ({codes}) p ON p.content_hash = t.content_hash "
                            "AND p.event_id = t.id")
        columns = []
        for column in COLUMNS[table]:
            kept = f't."{column}"' if column in found or column not in later \
                else f"CAST(NULL AS {later[column]})"
            if column in CODE_COLUMNS:
                given = f', p."{column}"' if participants else ""
                kept = f"coalesce({kept}{given}, []::VARCHAR[])"
            columns.append(f'{kept} AS "{column}"')
        return f"SELECT {', '.join(columns)} FROM {source} t{participants}"

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The in-memory DuckDB reading the lake: one view per table (an empty table for one
        without files), and the store's views."""
        if self._connection is None:
            connection = duckdb.connect(":memory:")
            connection.execute(TABLES_SQL)
            for table in COLUMNS:
                if self.files(table):
                    connection.execute(f"DROP TABLE {table}")
                    connection.execute(f"CREATE VIEW {table} AS {self.read_sql(table)}")
            connection.execute(EVENT_CODES_VIEW)
            connection.execute(EVENT_CLUSTERS_VIEW)
            self._connection = connection
        return self._connection

    def insert(self, rows: Rows) -> dict[str, int]:
        """Write ``rows`` as one shard: its files, then its manifest line. Rows per table
        written (nothing for a batch that adds nothing)."""
        if not self.writable:
            raise ValueError(f"{self.path} was opened for reading")
        counts = {table: len(table_rows) for table, table_rows in rows.items()}
        if not any(counts.values()):
            return counts
        name = shard_name(rows)
        with Store(":memory:") as shard:
            shard.insert(rows)
            files = [self._write_table(shard, table, name, month)
                     for table in COLUMNS if counts[table]
                     for month in self._months(shard, table)]
        line = json.dumps({"shard": name, "files": files,
                           "rows": {t: n for t, n in counts.items() if n}}, sort_keys=True)
        with (self.path / MANIFEST).open("a", encoding="utf-8") as manifest:
            manifest.write(line + "\n")
            manifest.flush()
            os.fsync(manifest.fileno())
        self.shards.append(json.loads(line))
        self.close()
        return counts

    def _months(self, shard: Store, table: str) -> list[str]:
        return [month for (month,) in shard.connection.execute(
            f"SELECT DISTINCT {_MONTH[table]} AS m FROM {table} t ORDER BY m").fetchall()]

    def _write_table(self, shard: Store, table: str, name: str, month: str) -> str:
        """Write the rows of one table and month of a shard, flushed to disk; its path in the
        lake."""
        relative = f"{table}/{PARTITION}={month}/{name}.parquet"
        target = self.path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shard.connection.execute(
            f"COPY (SELECT {_columns(table)} FROM {table} t WHERE {_MONTH[table]} = ?) "
            f"TO {_quoted(target)} (FORMAT PARQUET)", [month])
        with target.open("rb") as written:
            os.fsync(written.fileno())
        return relative


def load_lake(lake_path: str | Path, db_path: str | Path) -> dict[str, int]:
    """Copy a lake into a DuckDB store (new or not) in one transaction; rows added per table.

    As in an ingest, the records of a text come with it: a text the store holds already
    brings only its new source links, so loading the same lake twice adds nothing."""
    with Lake(lake_path) as lake, Store(db_path) as store:
        connection = store.connection
        before = {table: store.count(table) for table in COLUMNS}
        connection.begin()
        try:
            new = f"SELECT content_hash FROM ({lake.read_sql('articles')}) " \
                  "WHERE content_hash NOT IN (SELECT content_hash FROM articles)"
            connection.execute(f"CREATE TEMP TABLE lake_new AS {new}" if lake.files("articles")
                               else "CREATE TEMP TABLE lake_new (content_hash VARCHAR)")
            for table in COLUMNS:
                if not lake.files(table):
                    continue
                if table == "article_sources":
                    connection.execute(f"INSERT OR IGNORE INTO {table} ({_columns(table)}) "
                                       f"{lake.read_sql(table)}")
                else:
                    connection.execute(
                        f"INSERT INTO {table} ({_columns(table)}) SELECT * FROM "
                        f"({lake.read_sql(table)}) WHERE content_hash IN "
                        "(SELECT content_hash FROM lake_new)")
            connection.execute("DROP TABLE lake_new")
            connection.commit()
        except BaseException:
            with contextlib.suppress(duckdb.Error):
                connection.rollback()
            raise
        return {table: store.count(table) - before[table] for table in COLUMNS}


__all__: Sequence[str] = ("MANIFEST", "MARKER", "PARTITION", "Lake", "is_lake", "load_lake",
                          "shard_name")
