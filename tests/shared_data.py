"""Where the tests find the shared evaluation folder (the seed article, the development halves
of the gold data): ``../shared`` beside the checkout, or ``$VIGIE_SHARED``.

A test that needs it skips, saying what is missing, when it is absent; under CI (``$CI``
set) absence is a failure, so that a misplaced folder cannot pass for a green run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VIGIE_SHARED") or REPO_ROOT.parent / "shared")


def shared_path(*parts: str) -> Path:
    """The path of ``parts`` under the shared folder; skips (fails under CI) when absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = (f"{path} is absent: the shared evaluation folder is ../shared beside the "
                   "checkout, or $VIGIE_SHARED")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
