"""The phrase index that finds the gazetteer's and the cities table's forms in a text."""

from __future__ import annotations

import pytest

from vigie.actors.gazetteer import _language_entries, proper_names
from vigie.actors.phrases import PhraseIndex, form_tokens
from vigie.nlp import pipeline_for


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_gazetteer_form_splits_as_the_tokenizer_splits_it(lang: str) -> None:
    # The index splits plain forms at their spaces without the tokenizer: it must come to the
    # same tokens as the tokenizer for every form the gazetteer holds, else a name the text
    # contains would not be found.
    nlp = pipeline_for(lang)
    forms = {form for alias, _ in (*proper_names(), *_language_entries(lang))
             for form in (alias, alias.lower())}
    assert len(forms) > 30_000
    differ = [form for form in sorted(forms)
              if form_tokens(nlp, form) != tuple(t.text for t in nlp.tokenizer(form))]
    assert differ == []


def test_special_cases_of_the_tokenizer_are_split_like_it() -> None:
    nlp = pipeline_for("en")
    assert form_tokens(nlp, "cannot") == ("can", "not")
    assert form_tokens(nlp, "Saint-Denis") == tuple(t.text for t in nlp.tokenizer("Saint-Denis"))
    assert form_tokens(nlp, "New York") == ("New", "York")


def test_overlapping_forms_are_all_found_in_lower_case() -> None:
    nlp = pipeline_for("en")
    index = PhraseIndex(nlp, {"new york": ["new york"], "york": ["york"],
                              "new york times": ["new york times"]}, lower=True)
    doc = nlp.make_doc("The New York Times reached YORK and new   york.")
    # A run of spaces is a token of its own: "new   york" is not the form, "york" is.
    assert index.find(index.words(doc)) == [
        ("new york", 1, 3), ("new york times", 1, 4), ("york", 2, 3), ("york", 5, 6),
        ("york", 9, 10),
    ]


def test_exact_index_keeps_case_and_one_span_gives_its_keys_in_order() -> None:
    nlp = pipeline_for("fr")
    index = PhraseIndex(nlp, {"=UN": ["UN"], "=ONU": ["ONU"], "b": ["ONU"]}, lower=False)
    doc = nlp.make_doc("Un diplomate de l'ONU, pas un UN.")
    assert index.find(index.words(doc)) == [("=ONU", 4, 5), ("b", 4, 5), ("=UN", 8, 9)]
