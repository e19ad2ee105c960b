"""Language packs: per-language knowledge as data files, one file per concern.

Every pack has the same file names (``lang/fr/time.json``, ``lang/en/time.json``, …),
so analysers look knowledge up by language and never branch on it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


class UnknownLanguage(LookupError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all distinct: a key written twice in a hand-kept table
    means one of the two entries is silently lost, so it is an error, not a merge."""
    table: dict[str, Any] = {}
    for key, value in pairs:
        if key in table:
            raise ValueError(f"key {key!r} is written twice")
        table[key] = value
    return table


def has_table(lang: str, name: str) -> bool:
    """Whether the pack of ``lang`` has the table ``name`` (some are for one language only)."""
    return resources.files("vigie.lang").joinpath(lang, f"{name}.json").is_file()


@cache
def load_table(lang: str, name: str) -> Any:
    """The parsed JSON table ``lang/<lang>/<name>.json``, read once per process."""
    root = resources.files("vigie.lang").joinpath(lang)
    if not root.is_dir():
        raise UnknownLanguage(lang)
    path = root.joinpath(f"{name}.json")
    with path.open(encoding="utf-8") as handle:
        try:
            return json.load(handle, object_pairs_hook=_unique_keys)
        except ValueError as error:
            raise ValueError(f"lang/{lang}/{name}.json: {error}") from None
