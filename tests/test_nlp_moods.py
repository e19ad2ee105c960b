"""Moods repaired after the tagger: a French verb formed as a conditional (the future stem and
an imperfect ending) that the tagger reads as an imperfect is conditional; a true imperfect
stays one."""

from __future__ import annotations

import pytest

from vigie.nlp import parse


@pytest.mark.parametrize(("text", "word", "mood"), [
    ("Une offensive contre la ville provoquerait un exode massif.", "provoquerait", "Cnd"),
    ("Le président a fait savoir qu'il taxerait les importations chinoises.", "taxerait", "Cnd"),
    ("Selon lui, les rebelles prendraient la ville avant l'hiver.", "prendraient", "Cnd"),
    ("L'armée tirait sur la foule depuis les toits.", "tirait", "Ind"),
    ("Le ministre déclarait alors que la frontière restait ouverte.", "déclarait", "Ind"),
    ("Les soldats finissaient leur patrouille quand l'explosion a eu lieu.", "finissaient",
     "Ind"),
])
def test_a_conditional_read_as_an_imperfect_is_conditional(text: str, word: str,
                                                           mood: str) -> None:
    (token,) = [t for t in next(parse([text], "fr")) if t.text == word]
    assert token.morph.get("Mood") == [mood]
