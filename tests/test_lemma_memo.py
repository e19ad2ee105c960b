"""The lemmas remembered per form, part of speech and morphology are the model lemmatizer's."""

from __future__ import annotations

import pytest
from spacy.attrs import LEMMA

from vigie.lemma_memo import LemmaMemo
from vigie.nlp import pipeline_for

# Sentences of our own: the same forms under several parts of speech and inflections ("attacks"
# as a verb and a noun, « porte » as a noun and a verb), base forms the English lemmatizer
# passes by without its cache, proper nouns, numbers, punctuation, a blank line, words the
# attribute ruler lemmatizes itself ("'re", "n't").
TEXTS = {
    "en": [
        "The rebels attacked the town twice; the attacks killed nine people, officials said.",
        "She attacks the plan. They're leaving, aren't they?\n\nTalks resumed in Geneva on 3 May.",
        "The better offer was rejected by the best-known unions, which had offered more.",
    ],
    "fr": [
        "Les rebelles ont attaqué la ville ; les attaques ont fait neuf morts, selon la police.",
        "Il porte une porte. Ils sont partis, n'est-ce pas ?\n\nLes pourparlers ont repris.",
        "La meilleure offre a été rejetée par les syndicats les mieux connus.",
    ],
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_same_lemmas_as_the_model_lemmatizer(lang: str) -> None:
    nlp = pipeline_for(lang)
    memo = nlp.get_pipe("lemmatizer")
    assert isinstance(memo, LemmaMemo)
    after = nlp.pipe_names[nlp.pipe_names.index("lemmatizer"):]
    with nlp.select_pipes(disable=after):
        docs = list(nlp.pipe(TEXTS[lang]))
    fresh = LemmaMemo(memo.lemmatizer)  # nothing remembered yet: every lemma computed
    for doc in docs:
        by_model, first, again = doc.copy(), doc.copy(), doc.copy()
        memo.lemmatizer(by_model)
        fresh(first)
        fresh(again)  # now read back from what the first call remembered
        expected = by_model.to_array([LEMMA]).tolist()
        assert first.to_array([LEMMA]).tolist() == expected, doc.text
        assert again.to_array([LEMMA]).tolist() == expected, doc.text
        assert expected != doc.to_array([LEMMA]).tolist()  # the lemmatizer did set lemmas
    assert fresh.lemmas


def test_one_form_gets_the_lemma_of_its_part_of_speech() -> None:
    """"attacked" and "attacks" (a verb, then a noun) share nothing by mistake."""
    doc = pipeline_for("en")("The rebels attacked the town, and the attacks went on.")
    assert {t.text: t.lemma_ for t in doc if t.lower_.startswith("attack")} == {
        "attacked": "attack", "attacks": "attack"}
    doc = pipeline_for("en")("She attacks the plan; he leaves.")
    assert [t.lemma_ for t in doc if t.pos_ == "VERB"] == ["attack", "leave"]
