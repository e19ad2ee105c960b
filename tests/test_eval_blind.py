"""Event coding accuracy on the blind sets (tests/data/blind/), pinned (floors go up, see below).

The blind sets were written before the rule work they measure, by authors who had not seen
the coder; nobody who tunes rules reads them (tests/data/blind/README.md). These floors only
say that a change did not make the coder worse on news it was not written for; they are
never a reason to change a rule for one of their sentences.

Figures when the floors were last set (``vigie eval tests/data/blind/<file>``):
- en_blind_18.json (written on 2026-12-06 while the seventeenth pair was still blind, after the
  sixteenth had retired, measured once at the code of d7e4008, before the round that
  followed): type P 0.879 R 0.615 F1 0.724, triple F1 0.519 (123 found, 17 invented).
- fr_blind_18.json (likewise): type P 0.873 R 0.585 F1 0.701, triple F1 0.521 (117 found, 17
  invented).
  Floors 0.015 under those figures.
- en_blind_19.json (written on 2026-12-06 while the eighteenth pair was still blind, after the
  seventeenth had retired, measured once at the code of c1ffcbd, before the round that
  followed): type P 0.891 R 0.615 F1 0.728, triple F1 0.564 (123 found, 15 invented).
- fr_blind_19.json (likewise): type P 0.927 R 0.578 F1 0.712, triple F1 0.534 (115 found, 9
  invented).
  Floors 0.015 under those figures.
After the seventh round on the lexicon's reach (2026-12-06, at a3d9340) en_blind_18.json measured
type P 0.887 F1 0.737, triple 0.540; fr_blind_18.json 0.876 / 0.712 / 0.527; after its second
wave (9d665b1) en_blind_18.json 0.888 / 0.741 / 0.544, the French unchanged: their floors were
raised to 0.015 under those figures where they were lower.
After the eighth round on the lexicon's reach (2026-12-06, at baf3493) en_blind_18.json measured
type P 0.888 F1 0.741, triple 0.552; fr_blind_18.json 0.897 / 0.726 / 0.534; en_blind_19.json
0.899 / 0.737 / 0.574; fr_blind_19.json 0.921 / 0.718 / 0.544: their floors were raised to 0.015
under those figures where they were lower.
Floors only go up, with two recorded exceptions. On 2026-12-04 French set 8's precision floor
went from 0.88 to 0.87 (the doers round found 102 and invented 14 against 99 and 13); no
rule is changed for a blind figure. On 2026-12-03 French set 3's precision floor went from
0.81 to 0.80. Those rounds found 7 more of its events and
invented 2 more (91 found and 21 invented, 98 and 23: precision 0.812 to 0.8099); across the
four sets then blind they found 18 more and invented 9 more (precision 0.822 to 0.813, recall
0.433 to 0.456). Keeping the floor would have meant dropping rules by a blind figure; the fall
is stated here and in the README instead.
Spent pairs retire to development data with their floors (tests/test_eval_floors.py): the
second pair (en_blind_2.json, fr_blind_2.json, now tests/data/dev/*_wire_dev_2.json) on
2026-12-03 when a fourth pair was commissioned; the third (*_wire_dev_3.json) the same day,
after it had measured five rounds, before a fifth pair was commissioned; the fourth
(*_wire_dev_4.json) the same day, after three rounds, before a sixth pair was commissioned;
the fifth (*_wire_dev_5.json) the same day, after two rounds, before a seventh pair was
commissioned; the sixth (*_wire_dev_6.json) on 2026-12-04, after two rounds, before the round
of that day; the seventh (*_wire_dev_7.json) the same evening, after it had measured that
round, before an eighth pair was commissioned; the eighth (*_wire_dev_8.json) late the same
evening, after it had measured the evening rounds, before a ninth pair was commissioned; the
ninth (*_wire_dev_9.json) on 2026-12-05, after it had measured the night rounds of 2026-12-04,
before a tenth pair was commissioned; the tenth (*_wire_dev_10.json) on 2026-12-05, after it
had measured two rounds of that day, before a twelfth pair was commissioned; the eleventh
(*_wire_dev_11.json) the same day, after it had measured two rounds, before a thirteenth pair
was commissioned; the twelfth (*_wire_dev_12.json) the same day, after it had measured two
rounds, before a fourteenth pair was commissioned; the thirteenth (*_wire_dev_13.json) the
same day, after it had measured two rounds, before a fifteenth pair was commissioned; the
fourteenth (*_wire_dev_14.json) the same day, after it had measured two rounds, before a
sixteenth pair was commissioned; the fifteenth (*_wire_dev_15.json) on 2026-12-06, after it
had measured two rounds, before a seventeenth pair was commissioned; the sixteenth
(*_wire_dev_16.json) the same day, after it had measured two rounds, before an eighteenth pair
was commissioned; the seventeenth (*_wire_dev_17.json) the same day, after it had measured two
rounds, before a nineteenth pair was commissioned.
The margins absorb parser noise only; raise a floor when the coder improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from floors import assert_floors

from vigie.evaluate.plover import run_eval

BLIND = Path(__file__).resolve().parent / "data" / "blind"

# file: (type precision, type F1, triple F1)
FLOORS = {
    "en_blind_18.json": (0.87, 0.72, 0.53),
    "fr_blind_18.json": (0.88, 0.71, 0.51),
    "en_blind_19.json": (0.88, 0.72, 0.55),
    "fr_blind_19.json": (0.91, 0.70, 0.52),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_floors(name: str) -> None:
    assert_floors(run_eval(BLIND / name), FLOORS[name])
