"""Where an export goes: standard output, a file, or a folder, written so that nothing of the
user's is lost.

- ``-`` is standard output.
- A file is written under a temporary name beside it, then renamed over the target: a
  reader never sees half a file, and a failed export leaves the old file as it was.
- A folder (Parquet) must be new, empty, or one Vigie wrote before (it holds the marker
  file ``MARKER``); anything else is refused before a byte is written. The new folder is
  built under a temporary name beside the target and swapped in when it is complete.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from vigie.errors import OutputError, Reason

STDOUT = "-"
# Starts with "_" so that pyarrow, Spark and DuckDB's hive readers skip it as metadata.
MARKER = "_vigie_export.json"


def is_stdout(out: str | Path) -> bool:
    return str(out) == STDOUT


def check_file_target(out: str | Path) -> None:
    """Refuse a file target that is a folder (``--out .`` must not be written over)."""
    path = Path(out)
    if not is_stdout(out) and path.is_dir():
        raise OutputError(str(out), Reason.OUTPUT_IS_FOLDER)


def check_folder_target(out: str | Path) -> None:
    """Refuse a folder target that holds anything Vigie did not write."""
    if is_stdout(out):
        raise OutputError(str(out), Reason.OUTPUT_NEEDS_FOLDER)
    path = Path(out)
    if not path.exists():
        return
    if not path.is_dir():
        raise OutputError(str(out), Reason.OUTPUT_NOT_FOLDER)
    if any(path.iterdir()) and not (path / MARKER).is_file():
        raise OutputError(str(out), Reason.OUTPUT_FOREIGN_FOLDER)


@contextmanager
def text_output(out: str | Path) -> Iterator[TextIO]:
    """A text stream for ``out``: standard output for ``-``, else a temporary file beside
    ``out`` that replaces it when the block ends without an error (and is removed if not)."""
    if is_stdout(out):
        yield sys.stdout
        sys.stdout.flush()
        return
    check_file_target(out)
    path = Path(out)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                         dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def folder_output(out: str | Path, manifest: dict[str, Any]) -> Iterator[Path]:
    """A new empty folder to write into; when the block ends without an error it takes the
    place of ``out`` (an earlier export there is removed), with ``manifest`` as its marker."""
    check_folder_target(out)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent))
    try:
        # DuckDB's COPY ... PARTITION_BY wants to create the folder itself.
        building.rmdir()
        yield building
        building.mkdir(exist_ok=True)
        (building / MARKER).write_text(json.dumps(manifest, sort_keys=True) + "\n",
                                       encoding="utf-8")
        _swap_in(building, path)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise


def _swap_in(new: Path, target: Path) -> None:
    if not target.exists():
        new.rename(target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=new.parent))
    old.rmdir()
    target.rename(old)
    new.rename(target)
    shutil.rmtree(old)
