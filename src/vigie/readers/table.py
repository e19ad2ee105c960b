"""CSV and TSV files of articles, as news APIs and spreadsheets export them: one row each.

The header names the columns; the text, id, title, date, URL, source, language and author
are found by their common names or the names the user gave (``vigie.readers.fields``). The
separator is a tab for ``.tsv`` and ``.tab`` files, else whichever of comma, semicolon, tab
and bar the header line uses. A row is named ``file:line`` (the line it starts on, a cell
may span several), and a bad row costs that row only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from pathlib import Path

from vigie.errors import InputError, Reason
from vigie.readers.fields import locate

TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".tab"})
_TAB_SUFFIXES = frozenset({".tsv", ".tab"})
_SEPARATORS = ",;\t|"
_SHOWN_COLUMNS = 12


def table_rows(
    name: str, text: str, named: Mapping[str, str], *, max_cell: int
) -> Iterator[tuple[str, dict[str, str]] | InputError]:
    """Each data row as (``file:line``, record keyed by article field), or the error of a
    row or of the whole file (no header, no text column, a named column missing)."""
    _allow_cells_of(max_cell)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(name, text))
    header = next(reader, None)
    if header is None or not any(cell.strip() for cell in header):
        yield InputError(name, Reason.EMPTY)
        return
    header = [cell.strip() for cell in header]
    columns = ", ".join(header[:_SHOWN_COLUMNS]) + (", …" if len(header) > _SHOWN_COLUMNS
                                                    else "")
    for field, column in sorted(named.items()):
        if column.casefold() not in {cell.casefold() for cell in header}:
            yield InputError(name, Reason.MISSING_COLUMN, column=column, field=field,
                             columns=columns)
            return
    where = locate(header, named)
    if "text" not in where:
        yield InputError(name, Reason.NO_TEXT_COLUMN, columns=columns)
        return
    position = {field: header.index(column) for field, column in where.items()}
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield InputError(f"{name}:{line}", Reason.UNREADABLE, detail=f"malformed CSV ({error})")
            line = reader.line_num + 1
            continue
        source = f"{name}:{line}"
        line = reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        yield source, {field: cells[i] for field, i in position.items() if i < len(cells)}


def _separator(name: str, text: str) -> str:
    if Path(name).suffix.lower() in _TAB_SUFFIXES:
        return "\t"
    header = text.split("\n", 1)[0]
    counts = {separator: header.count(separator) for separator in _SEPARATORS}
    best = max(_SEPARATORS, key=lambda separator: counts[separator])
    return best if counts[best] else ","


def _allow_cells_of(size: int) -> None:
    # The csv module refuses cells over 131,072 characters by default: an article may be
    # longer. The limit is the process's, so it is only ever raised.
    if csv.field_size_limit() < size:
        csv.field_size_limit(size)
