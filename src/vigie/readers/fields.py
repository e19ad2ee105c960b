"""Where an article's fields are in other people's records: JSONL keys, CSV and TSV columns.

A news-API export calls the text ``content`` or ``body``, the date ``publishedAt`` or
``pubDate``. Each field is found under the name the user gave (``--text-col``, ``--fields``),
else under the first of its common names (``data/field_names.json``) that the record or
header has, whatever the case.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

# The article fields a record may carry, in the order they are looked up.
FIELDS = ("text", "id", "title", "published", "url", "source", "lang", "author")


@cache
def common_names() -> dict[str, tuple[str, ...]]:
    """The common names of each field, most telling first."""
    path = resources.files("vigie.readers").joinpath("data", "field_names.json")
    table = json.loads(path.read_text(encoding="utf-8"))
    return {field: tuple(table[field]) for field in FIELDS}


def locate(keys: Sequence[str], named: Mapping[str, str]) -> dict[str, str]:
    """The key or column that holds each field found among ``keys``: the one ``named`` gives
    for it, else its first common name present. A key serves one field only."""
    return dict(_locate(tuple(keys), tuple(sorted(named.items()))))


@lru_cache(maxsize=256)
def _locate(keys: tuple[str, ...], named: tuple[tuple[str, str], ...]) -> tuple[
        tuple[str, str], ...]:
    by_folded: dict[str, str] = {}
    for key in keys:
        by_folded.setdefault(key.casefold(), key)
    given = dict(named)
    taken = {by_folded.get(name.casefold(), name) for name in given.values()}
    found: list[tuple[str, str]] = []
    for field in FIELDS:
        if field in given:
            key = by_folded.get(given[field].casefold())
            if key is not None:
                found.append((field, key))
            continue
        for name in common_names()[field]:
            key = by_folded.get(name.casefold())
            if key is not None and key not in taken:
                found.append((field, key))
                taken.add(key)
                break
    return tuple(found)


def load_field_names(path: str | Path) -> dict[str, str]:
    """A field mapping file: a JSON object from field (``text``, ``id``, ``title``,
    ``published``, ``url``, ``source``, ``lang``, ``author``) to the key or column holding it.
    Raises ValueError saying what is wrong with it."""
    try:
        mapping: Any = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ValueError(f"{path}: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not a JSON object ({error})") from None
    if not isinstance(mapping, dict):
        raise ValueError(f"{path}: not a JSON object of field names")
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise ValueError(f"{path}: unknown field {', '.join(unknown)} "
                         f"(fields: {', '.join(FIELDS)})")
    for field, name in mapping.items():
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"{path}: the column of {field!r} must be a non-empty string")
    return dict(mapping)
