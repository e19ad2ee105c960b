"""Accuracy floors, checked the same way for the development and the blind sets."""

from __future__ import annotations

from vigie.evaluate.plover import PloverScore


def assert_floors(score: PloverScore, floors: tuple[float, float, float]) -> None:
    """``score`` is at or above ``floors``: type precision, type F1, triple F1; and no
    sentence failed (``vigie eval`` scores a failure as a miss, which a floor could absorb)."""
    assert [error.source for error in score.failed] == []
    precision, f1, triple_f1 = floors
    assert score.types.precision >= precision
    assert score.types.f1 >= f1
    assert score.triples.f1 >= triple_f1
