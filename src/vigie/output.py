"""Writers: records to JSONL, JSON or TSV, streamed document by document.

Output is byte-stable: key order comes from ``to_dict()``, documents keep input
order, and nothing depends on time, locale or hash seeds. Writers stream so that
what was already analysed is on the output even when a later input fails. Each
document is rendered whole before any of it is written: a record that cannot be
written (JSON has no Infinity or NaN, and the writers refuse them) costs its document
an error, never the form of the output.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from io import StringIO
from typing import Any, Protocol, TextIO

from vigie.flat import FLAT_COLUMNS, flat_cell, flat_event
from vigie.model import Event, Record

OUTPUT_FORMATS = ("jsonl", "json", "tsv", "csv")
RECORD_KINDS = ("event", "quote", "claim", "time")


class RecordWriter(Protocol):
    """Receives the records of each document in turn; ``close`` ends the output. ``write``
    writes nothing when it raises."""

    def write(self, doc_id: str, records: Sequence[Record]) -> None: ...

    def close(self) -> None: ...


def dumps(value: Any, indent: int | None = None) -> str:
    """JSON as every Vigie output writes it: UTF-8 text, and never NaN or Infinity (not
    JSON; the writers refuse them rather than emit them). Dates and other values without a
    JSON form are written as their text."""
    return json.dumps(value, ensure_ascii=False, sort_keys=False, indent=indent,
                      allow_nan=False, default=str)


class JsonlWriter:
    """One JSON object per record per line: the output contract's main form."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, doc_id: str, records: Sequence[Record]) -> None:
        self.out.write("".join(dumps(record.to_dict()) + "\n" for record in records))
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class JsonWriter:
    """One array per run, one ``{"doc_id", "records"}`` item per document (empty ones too,
    so that a reader sees which documents gave nothing)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0

    def write(self, doc_id: str, records: Sequence[Record]) -> None:
        item = {"doc_id": doc_id, "records": [record.to_dict() for record in records]}
        self.out.write(("[\n" if self.count == 0 else ",\n") + dumps(item, indent=2))
        self.out.flush()
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


class TsvWriter:
    """Events only, one per line in the flat layout (``vigie.flat.FLAT_COLUMNS``) under a
    header line, tab-separated: the form spreadsheet and GDELT/POLECAT users expect."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.out.write(self.line(FLAT_COLUMNS))

    def line(self, cells: Sequence[str]) -> str:
        """One row of the table, with its line end."""
        return "\t".join(cells) + "\n"

    def write(self, doc_id: str, records: Sequence[Record]) -> None:
        # Every row is built before anything is written: a record that fails writes nothing.
        rows = [self.line([flat_cell(value) for value in flat_event(record).values()])
                for record in records if isinstance(record, Event)]
        self.out.write("".join(rows))
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class CsvWriter(TsvWriter):
    """The flat layout as CSV (RFC 4180 quoting), for spreadsheets that expect commas."""

    def line(self, cells: Sequence[str]) -> str:
        row = StringIO()
        csv.writer(row, lineterminator="\n").writerow(cells)
        return row.getvalue()


WRITERS: dict[str, type[JsonlWriter] | type[JsonWriter] | type[TsvWriter]] = {
    "jsonl": JsonlWriter,
    "json": JsonWriter,
    "tsv": TsvWriter,
    "csv": CsvWriter,
}


def open_writer(output_format: str, out: TextIO) -> RecordWriter:
    """The writer for ``output_format`` (one of ``OUTPUT_FORMATS``) on ``out``."""
    try:
        return WRITERS[output_format](out)
    except KeyError:
        raise ValueError(f"output format must be one of {OUTPUT_FORMATS}") from None


@cache
def output_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every output record follows; shipped with the package."""
    text = resources.files("vigie").joinpath("schema/output.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def select(records: Iterable[Record], kinds: Iterable[str] = RECORD_KINDS) -> list[Record]:
    """The records of the wanted kinds, in their order."""
    wanted = frozenset(kinds)
    return [record for record in records if record.kind in wanted]


def render(output_format: str, documents: Iterable[tuple[str, Sequence[Record]]]) -> str:
    """The whole output for ``(doc_id, records)`` pairs, as one string."""
    buffer = StringIO()
    writer = open_writer(output_format, buffer)
    for doc_id, records in documents:
        writer.write(doc_id, records)
    writer.close()
    return buffer.getvalue()
