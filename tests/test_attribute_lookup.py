"""The attribute ruler's matches found by lookup are the spaCy Matcher's, rule for rule."""

from __future__ import annotations

from functools import cache

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language

from vigie.attribute_lookup import AttributeLookup
from vigie.config import DEFAULT_SETTINGS
from vigie.nlp import pipeline_for

# Sentences of our own that reach every kind of the English model's rules: tags alone, words
# with their tag, contractions and two-token rules (gonna, ain't, let's, y'all, nothin'), an
# expletive "there", auxiliaries, determiners outside a det relation, blank lines.
TEXTS = {
    "en": [
        "The minister said on Monday that Kenya would not send troops unless the talks failed.",
        "We're gonna stay, and they ain't leaving either, y'all know it. Let's go.",
        "There is nothin' left of the bridge. There were three convoys, and that was all.",
        "I didn't see it; you can't blame me. He has had enough of them.\n\nWho's next?",
        "She gets what she wants. He got the memo gotta go c'mon,   which ones?",
    ],
    "fr": [
        "Le ministre a déclaré lundi que le Mali n'enverrait pas de troupes.",
        "« Nous resterons », ont-ils dit.\n\nLes pourparlers reprendront à Genève en mai.",
        "Il y a trois convois   et c'est tout ; qu'en pensez-vous ?",
    ],
}


@cache
def bare(lang: str) -> Language:
    return spacy.load(DEFAULT_SETTINGS.models[lang])


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_same_matches_as_the_matcher(lang: str) -> None:
    nlp = bare(lang)
    ruler = nlp.get_pipe("attribute_ruler")
    lookup = AttributeLookup(ruler)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(TEXTS[lang]))
    for doc in docs:
        expected = ruler.match(doc)
        assert expected
        assert lookup.match(doc) == expected, doc.text


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_same_annotations_as_the_model_ruler(lang: str) -> None:
    """Vigie's pipeline runs the lookup in the ruler's place; on the same parse, it sets the
    tags, parts of speech, morphology, lemmas and relations the model's ruler sets."""
    nlp = pipeline_for(lang)
    lookup = nlp.get_pipe("attribute_ruler")
    assert isinstance(lookup, AttributeLookup)
    after = nlp.pipe_names[nlp.pipe_names.index("attribute_ruler"):]
    attrs = [TAG, POS, MORPH, LEMMA, DEP]
    with nlp.select_pipes(disable=after):
        docs = list(nlp.pipe(TEXTS[lang]))
    for doc in docs:
        by_ruler, by_lookup = doc.copy(), doc.copy()
        lookup.ruler(by_ruler)
        lookup(by_lookup)
        assert by_lookup.to_array(attrs).tolist() == by_ruler.to_array(attrs).tolist()
        assert by_lookup.to_array(attrs).tolist() != doc.to_array(attrs).tolist()


def test_rules_the_lookup_leaves_to_the_matcher_still_apply() -> None:
    """"gonna" is two tokens of one rule (lemmas "go" and "to"): the Matcher still finds it."""
    doc = pipeline_for("en")("We're gonna stay.")
    assert [t.lemma_ for t in doc if t.lower_ in {"gon", "na"}] == ["go", "to"]
