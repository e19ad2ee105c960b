"""Event coding accuracy on the development sets, pinned: floors may only go up.

Figures when the floors were set (``vigie eval``):
- French development set (tests/data/fr_dev_events.json): type P 0.964 R 0.859 F1 0.908,
  triple P 0.838 R 0.725 F1 0.778.
- PLOVER gold records, development half, English: type P 0.942 R 0.826 F1 0.880,
  triple P 0.818 R 0.695 F1 0.751.
- Wire-style development sets (tests/data/dev/, the retired first blind pair): English type
  P 0.848 R 0.424 F1 0.566, triple F1 0.500; French type P 0.897 R 0.528 F1 0.665, triple
  F1 0.484.
The margins absorb parser noise only; raise a floor when the coder improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from floors import assert_floors
from shared_data import PLOVER_DEV, require

from vigie.evaluate.plover import PloverScore, run_eval

HERE = Path(__file__).resolve().parent
FRENCH_DEV = HERE / "data" / "fr_dev_events.json"
WIRE_DEV = HERE / "data" / "dev"

# file: (type precision, type F1, triple F1)
WIRE_FLOORS = {
    "en_wire_dev.json": (0.83, 0.55, 0.48),
    "fr_wire_dev.json": (0.88, 0.64, 0.46),
}


@pytest.fixture(scope="module")
def french() -> PloverScore:
    return run_eval(FRENCH_DEV)


@pytest.fixture(scope="module")
def plover_english() -> PloverScore:
    return run_eval(require(PLOVER_DEV), lang="en")


def test_french_dev_set_floors(french: PloverScore) -> None:
    assert_floors(french, (0.96, 0.89, 0.75))


@pytest.mark.shared
def test_plover_dev_floors(plover_english: PloverScore) -> None:
    assert_floors(plover_english, (0.93, 0.87, 0.74))


@pytest.mark.parametrize("name", sorted(WIRE_FLOORS))
def test_wire_dev_floors(name: str) -> None:
    assert_floors(run_eval(WIRE_DEV / name), WIRE_FLOORS[name])
