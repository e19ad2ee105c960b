"""spaCy pipelines: one per language, loaded once per process, run in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from vigie.config import DEFAULT_SETTINGS, Settings


@Language.component(
    "vigie_paragraph_breaks", assigns=["token.is_sent_start"]
)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs never continue a sentence,
    and the parser alone merges sentences across them."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and ("\n" in previous.text or "\n" in previous.whitespace_):
            token.is_sent_start = True
    return doc


@cache
def load_pipeline(model: str) -> Language:
    """The spaCy pipeline of ``model`` with Vigie's sentence rule, loaded once per process."""
    nlp = spacy.load(model)
    nlp.add_pipe("vigie_paragraph_breaks", before="parser")
    return nlp


def pipeline_for(lang: str, settings: Settings = DEFAULT_SETTINGS) -> Language:
    return load_pipeline(settings.models[lang])


def parse(texts: Iterable[str], lang: str, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Doc]:
    """Parse texts of one language with ``nlp.pipe`` in batches, in order."""
    yield from pipeline_for(lang, settings).pipe(texts, batch_size=settings.batch_size)
