"""French TimeBank scorer, and the floor Vigie's dates must keep on its development half."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_data import TIMEBANK_DEV, require

from vigie.evaluate.timebank import (
    TimebankScore,
    format_score,
    normalise_value,
    read_tml,
    score_timebank,
)

# Reached when the floors were set: recall 116/128 = 0.906, value accuracy 108/116 = 0.931,
# precision 162/162 = 1.000. The floors leave a small margin for parser noise; raise them,
# never lower them.
RECALL_FLOOR = 0.88
VALUE_FLOOR = 0.90
PRECISION_FLOOR = 0.95

@pytest.fixture(scope="module")
def dev_score() -> TimebankScore:
    return score_timebank(require(TIMEBANK_DEV))


@pytest.mark.shared
def test_dev_scores_stay_above_the_floor(dev_score: TimebankScore) -> None:
    assert dev_score.documents == len(list(TIMEBANK_DEV.glob("*.tml"))) == 62
    assert dev_score.recall >= RECALL_FLOOR
    assert dev_score.value_accuracy >= VALUE_FLOOR
    assert dev_score.precision >= PRECISION_FLOOR


@pytest.mark.shared
def test_format_score_prints_every_measure(dev_score: TimebankScore) -> None:
    table = format_score(dev_score)
    assert f"{dev_score.found_dates}/{dev_score.gold_dates}" in table
    assert f"{dev_score.value_accuracy:.3f}" in table
    assert "precision" in table


@pytest.mark.shared
def test_read_tml_keeps_offsets_into_the_plain_text() -> None:
    paths = sorted(require(TIMEBANK_DEV).glob("*.tml"))[:10]
    assert len(paths) == 10
    for path in paths:
        doc = read_tml(path)
        assert "<" not in doc.text
        for timex in doc.timexes:
            assert doc.text[timex.start:timex.end] == timex.text
            assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert doc.created.isoformat() == path.stem[:10]


def test_read_tml_on_a_written_document(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><TimeML><DCT><TIMEX3 tid="t1" type="DATE" '
        'value="2003-02-24" functionInDocument="CREATION_TIME"/></DCT><TEXT>Le conseil a voté '
        '<TIMEX3 tid="t2" type="DATE" value="2003-02-23">hier</TIMEX3> un budget.</TEXT></TimeML>',
        encoding="utf-8",
    )
    doc = read_tml(path)
    (timex,) = doc.timexes
    assert doc.text == "Le conseil a voté hier un budget."
    assert (timex.text, timex.value, doc.created.isoformat()) == ("hier", "2003-02-23",
                                                                   "2003-02-24")


def test_score_on_a_written_directory(tmp_path: Path) -> None:
    (tmp_path / "a.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t1" type="DATE" value="2003-02-24" '
        'functionInDocument="CREATION_TIME"/></DCT><TEXT>Le conseil a voté '
        '<TIMEX3 tid="t2" type="DATE" value="2003-02-23">hier</TIMEX3> et votera '
        '<TIMEX3 tid="t3" type="DATE" value="2003-03-01">samedi</TIMEX3>, après un débat '
        'tenu en <TIMEX3 tid="t4" type="DATE" value="2002">2001</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    score = score_timebank(tmp_path)
    assert (score.gold_dates, score.found_dates, score.correct_values) == (3, 3, 2)
    assert (score.predicted, score.predicted_matching) == (3, 3)


def test_normalise_value() -> None:
    assert normalise_value("196X") == normalise_value("196") == "196"
    assert normalise_value(" present_ref ") == "PRESENT_REF"
    assert normalise_value("1999-05") == "1999-05"
    assert normalise_value(None) is None


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        score_timebank(tmp_path)
