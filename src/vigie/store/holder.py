"""Who holds a store: the note ``vigie serve`` leaves beside the DuckDB file it writes.

DuckDB lets one process write a file. While ``vigie serve`` runs it is that process, and a
``vigie ingest`` on the same file would only hear that the file is locked; the note
(``FILE.serve.json``: the server's address and process id) lets it say instead where to send
the articles. A note whose process is gone (a server killed without cleaning up) is ignored.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".serve.json"


@dataclass(frozen=True)
class Holder:
    url: str  # http://127.0.0.1:8000
    pid: int


def note_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}{SUFFIX}")


def write_note(db_path: str | Path, holder: Holder) -> Path:
    path = note_path(db_path)
    path.write_text(json.dumps({"url": holder.url, "pid": holder.pid}) + "\n", encoding="utf-8")
    return path


def remove_note(db_path: str | Path) -> None:
    note_path(db_path).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, alive
    return True


def holder_of(db_path: str | Path) -> Holder | None:
    """The running server that holds ``db_path``, or None."""
    try:
        note = json.loads(note_path(db_path).read_text(encoding="utf-8"))
        holder = Holder(url=str(note["url"]), pid=int(note["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return holder if _alive(holder.pid) else None
