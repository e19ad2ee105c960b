"""Sentence boundaries set before the parser: a wire dateline is a sentence of its own where
the language's parser would take it for the subject of the story's first sentence."""

from __future__ import annotations

import pytest

from vigie.nlp import sentence_spans


@pytest.mark.parametrize(("text", "lang", "first"), [
    ("LIMA (AFP) - Le Pérou a expulsé mardi l'ambassadeur du Venezuela.", "fr", "LIMA (AFP) -"),
    ("SAINT-DENIS (La Réunion) (AFP) - Des centaines de lycéens ont manifesté jeudi.", "fr",
     "SAINT-DENIS (La Réunion) (AFP) -"),
    ("KANO, Nigeria, 3 mars (Reuters) - La police a arrêté un imam.", "fr",
     "KANO, Nigeria, 3 mars (Reuters) -"),
    # a region in brackets and an agency of several words make a long dateline
    ("SHERBROOKE (Québec), 9 octobre 2023 (La Presse canadienne) – Le Canada a expulsé un "
     "diplomate.", "fr", "SHERBROOKE (Québec), 9 octobre 2023 (La Presse canadienne) –"),
    # the English parser reads the first sentence well with its dateline: it stays in
    ("QUITO, Ecuador (Reuters) - Police arrested a former minister on Monday.", "en",
     "QUITO, Ecuador (Reuters) - Police arrested a former minister on Monday."),
    # no dateline: a bracket and a dash inside a sentence that opens with an ordinary word
    ("Le maire (PS) - réélu en mars - a démissionné lundi.", "fr",
     "Le maire (PS) - réélu en mars - a démissionné lundi."),
])
def test_a_dateline_is_a_sentence_of_its_own(text: str, lang: str, first: str) -> None:
    start, end = sentence_spans(text, lang)[0]
    assert text[start:end] == first
