"""The model's lemmatizer, each lemma computed once per word form, part of speech and
morphology.

spaCy's rule lemmatizer (English and French models) visits every token from Python: a
``Token`` object, its text, part of speech and morphology read as strings, a lookup in its own
cache, and the lemma set through the string store: 0.6–0.9 ms of CPU per English article and
about 2 ms per French one, more than the tagger. Its result depends on nothing but the word
form, the part of speech and the morphology (the keys of its own caches are parts of those),
so it is computed here once per such triple and process, by the model's lemmatizer itself, and
read back by one dictionary probe per token from the token attribute arrays. Tokens with a
lemma already (set by the attribute ruler) keep it, as the lemmatizer leaves them.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc


class LemmaMemo:
    """Sets the lemmas ``lemmatizer`` would set, computing each (form, part of speech,
    morphology) once."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], int] = {}  # string hashes

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if self.lemmatizer.overwrite:
            return self.lemmatizer(doc)  # not the models' setting: no shortcut taken
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = self.lemmas.get(key)
            if found is None:
                found = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                if pos:  # without a part of speech the lemmatizer warns: let it, every time
                    self.lemmas[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory("vigie_lemma_memo", assigns=["token.lemma"])
def make_lemma_memo(nlp: Language, name: str) -> LemmaMemo:
    """The pipeline's ``lemmatizer``, each lemma computed once; added in its place."""
    return LemmaMemo(nlp.get_pipe("lemmatizer"))


def use_lemma_memo(nlp: Language) -> None:
    """Put the memo in place of ``nlp``'s rule lemmatizer, under the lemmatizer's name."""
    if "lemmatizer" not in nlp.pipe_names or not isinstance(nlp.get_pipe("lemmatizer"),
                                                             Lemmatizer):
        return
    nlp.add_pipe("vigie_lemma_memo", name="lemma_memo", after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    nlp.rename_pipe("lemma_memo", "lemmatizer")
