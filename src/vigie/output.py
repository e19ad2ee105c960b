"""Writers: records to JSONL, JSON or TSV, streamed document by document.

Output is byte-stable: key order comes from ``to_dict()``, documents keep input
order, and nothing depends on time, locale or hash seeds. Writers stream so that
what was already analysed is on the output even when a later input fails. Each
document is rendered whole before any of it is written: a record that cannot be
written (JSON has no Infinity or NaN, and the writers refuse them) costs its document
an error, never the form of the output.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from io import StringIO
from typing import Any, Protocol, TextIO

from vigie.model import Actor, Event, Record

OUTPUT_FORMATS = ("jsonl", "json", "tsv")
RECORD_KINDS = ("event", "quote", "claim", "time")

TSV_COLUMNS = (
    "doc_id", "id", "event", "mode", "cameo", "quad_class", "goldstein", "actor", "recipient",
    "date", "date_precision", "negated", "tense", "hypothetical", "confidence", "event_text",
)


class RecordWriter(Protocol):
    """Receives the records of each document in turn; ``close`` ends the output. ``write``
    writes nothing when it raises."""

    def write(self, doc_id: str, records: Sequence[Record]) -> None: ...

    def close(self) -> None: ...


def _dumps(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=False, indent=indent,
                      allow_nan=False)


class JsonlWriter:
    """One JSON object per record per line: the output contract's main form."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, doc_id: str, records: Sequence[Record]) -> None:
        self.out.write("".join(_dumps(record.to_dict()) + "\n" for record in records))
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
        self.out.write(("[\n" if self.count == 0 else ",\n") + _dumps(item, indent=2))
        self.out.flush()
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


class TsvWriter:
    """Events only, one per line, fixed columns (``TSV_COLUMNS``) under a header line:
    the flat form spreadsheet and GDELT/POLECAT users expect."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.out.write("\t".join(TSV_COLUMNS) + "\n")

    def write(self, doc_id: str, records: Sequence[Record]) -> None:
        self.out.write("".join("\t".join(_tsv_cell(value) for value in _tsv_row(record)) + "\n"
                               for record in records if isinstance(record, Event)))
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


def _tsv_row(event: Event) -> tuple[object, ...]:
    return (
        event.doc_id, event.id, event.event, event.mode, event.cameo, event.quad_class,
        event.goldstein, _codes(event.actor), _codes(event.recipient), event.date,
        event.date_precision, event.negated, event.tense, event.hypothetical, event.confidence,
        event.event_text,
    )


def _codes(actors: Iterable[Actor]) -> str:
    """Codes of the resolved actors; unresolved mentions have no code to show."""
    return ";".join(actor.code for actor in actors if actor.code)


def _tsv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    # A tab or line break inside a cell would shift columns or rows.
    return " ".join(str(value).replace("\t", " ").splitlines())


WRITERS: dict[str, type[JsonlWriter] | type[JsonWriter] | type[TsvWriter]] = {
    "jsonl": JsonlWriter,
    "json": JsonWriter,
    "tsv": TsvWriter,
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
