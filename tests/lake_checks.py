"""What the lake tests share: their corpus, and what they compare (every table of a store or a
lake, rows in a fixed order; the files of a lake byte for byte)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pytest
from test_ingest_kill import build_corpus

from vigie.lake import Lake
from vigie.store import Store
from vigie.store.schema import COLUMNS


def write_as_older(files: Iterable[Path], columns: Sequence[str]) -> None:
    """Rewrite a lake's Parquet ``files`` as an earlier version wrote them: without
    ``columns``."""
    excluded = ", ".join(columns)
    for path in files:
        quoted = str(path).replace("'", "''")
        with duckdb.connect() as connection:
            connection.execute(
                f"COPY (SELECT * EXCLUDE ({excluded}) FROM read_parquet('{quoted}')) "
                f"TO '{quoted}.old' (FORMAT PARQUET)")
        Path(f"{path}.old").replace(path)


def table_rows(store: Store | Lake) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows, sorted on all columns."""
    return {table: store.connection.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
            for table in COLUMNS}


def store_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with Store(db, read_only=True) as store:
        return table_rows(store)


def lake_rows(lake: Path) -> dict[str, list[tuple[Any, ...]]]:
    with Lake(lake) as opened:
        return table_rows(opened)


def lake_files(lake: Path) -> dict[str, bytes]:
    """Every file of a lake by its path in the lake, with its bytes."""
    return {file.relative_to(lake).as_posix(): file.read_bytes()
            for file in sorted(lake.rglob("*")) if file.is_file()}


def write_corpus(tmp_path_factory: pytest.TempPathFactory, samples: Path, n_articles: int) -> Path:
    """A JSONL feed of ``n_articles`` articles published over several months, with an exact
    copy of the first among them and a broken line, as a real feed has."""
    out = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    build_corpus(samples, out, n_articles=n_articles)
    return out
