"""The project's shared evaluation folder: the seed article and the development halves of the
gold data, kept beside the checkout (``../shared``), never inside it.

Tests that read it get their paths through ``require``: when the folder is absent (a user's
clone) they are skipped with one line saying what is missing; where ``VIGIE_REQUIRE_SHARED=1``
(set by ``.ci/run``) its absence fails them instead, so CI cannot pass by skipping them.
``VIGIE_SHARED`` points at the folder when it is somewhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("VIGIE_SHARED") or Path(__file__).resolve().parents[2] / "shared")
SEED = SHARED / "seeds" / "000_faf1140702ac751a.txt"
PLOVER_DEV = SHARED / "data" / "plover_gsr_dev.json"
TIMEBANK_DEV = SHARED / "data" / "fr_timebank_dev"


def required() -> bool:
    return os.environ.get("VIGIE_REQUIRE_SHARED") == "1"


def require(path: Path) -> Path:
    """``path`` if it exists; otherwise skip the test (fail it where the folder is required)."""
    if path.exists():
        return path
    message = (f"needs {path}: the shared evaluation folder is not beside this checkout "
               "(set VIGIE_SHARED to its path)")
    if required():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)
