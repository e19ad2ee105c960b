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


def has_table(lang: str, name: str) -> bool:
    """Whether the pack of ``lang`` has the table ``name`` (some are for one language only)."""
    return resources.files("vigie.lang").joinpath(lang, f"{name}.json").is_file()


@cache
def load_table(lang: str, name: str) -> Any:
    """The parsed JSON table ``lang/<lang>/<name>.json``, read once per process."""
    root = resources.files("vigie.lang").joinpath(lang)
    if not root.is_dir():
        raise UnknownLanguage(lang)
    with root.joinpath(f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)
