"""The flat layout of events: one row per event, one column per value, the same column names
wherever Vigie writes a table (``vigie extract --format tsv|csv``, ``vigie query --format
csv``, ``vigie.to_frame``).

Lists (contexts, actor codes) are joined with ``;``; actor codes are the distinct codes of the
resolved actors, sorted (an unresolved mention has no code to list); booleans are ``true`` /
``false``; a missing value is an empty cell. Codes stay text: ``cameo`` ``040`` is never the
number 40.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from vigie.model import Actor, Event, Record

if TYPE_CHECKING:
    import pandas

FLAT_COLUMNS = (
    "doc_id", "id", "event", "mode", "context", "cameo", "quad_class", "goldstein",
    "actor_codes", "recipient_codes", "date", "date_end", "date_value", "date_precision",
    "date_text", "date_source", "location", "location_country", "geonames_id", "lat", "lon",
    "admin1", "negated", "hypothetical", "tense", "historical", "mentions", "confidence",
    "language", "event_text", "sentence", "start", "end", "rule",
)
# Column types for data frames; the others are text.
_INTEGERS = ("quad_class", "mentions", "start", "end")
_FLOATS = ("goldstein", "confidence", "lat", "lon")
_OPTIONAL_INTEGERS = ("geonames_id",)
_BOOLEANS = ("negated", "hypothetical", "historical")
_DAYS = ("date", "date_end")


def codes(actors: Iterable[Actor]) -> list[str]:
    """The distinct codes of the resolved actors, sorted."""
    return sorted({actor.code for actor in actors if actor.code})


def flat_event(event: Event) -> dict[str, Any]:
    """An event as a flat row: the values of ``FLAT_COLUMNS``, lists still lists."""
    row = event.to_dict()
    row["actor_codes"] = codes(event.actor)
    row["recipient_codes"] = codes(event.recipient)
    return {column: row[column] for column in FLAT_COLUMNS}


def flat_cell(value: Any) -> str:
    """One value as the text of a cell, on one line."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(flat_cell(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    # A tab or line break inside a cell would shift columns or rows.
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def to_frame(records: Sequence[Record]) -> pandas.DataFrame:
    """The events among ``records`` as a pandas data frame in the flat layout: ``date`` and
    ``date_end`` as datetimes, flags as booleans, counts and offsets as integers, codes as
    text. Needs pandas (``pip install 'vigie[pandas]'``)."""
    import pandas

    rows = [{column: flat_cell(value) if isinstance(value, list) else value
             for column, value in flat_event(record).items()}
            for record in records if isinstance(record, Event)]
    frame = pandas.DataFrame(rows, columns=list(FLAT_COLUMNS))
    for column in _DAYS:
        frame[column] = pandas.to_datetime(frame[column], format="%Y-%m-%d")
    frame = frame.astype({**dict.fromkeys(_INTEGERS, "int64"), **dict.fromkeys(_FLOATS, "float64"),
                          **dict.fromkeys(_OPTIONAL_INTEGERS, "Int64"),
                          **dict.fromkeys(_BOOLEANS, "bool")})
    text = [c for c in FLAT_COLUMNS
            if c not in (*_DAYS, *_INTEGERS, *_FLOATS, *_OPTIONAL_INTEGERS, *_BOOLEANS)]
    return frame.astype(dict.fromkeys(text, "string"))
