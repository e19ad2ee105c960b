"""Surface forms found in a Doc: the token sequences of names, matched by dictionary probes.

The gazetteer and the cities table hold some 30,000 names per language. Compiled into spaCy
``PhraseMatcher``s, every form went through the tokenizer and every new word became a lexeme
of the vocabulary: several seconds per language at the start of every process. A
``PhraseIndex`` keeps each form as the tuple of its tokens' strings instead. Most forms are
plain words that the tokenizer would split at their spaces and nowhere else, so only the others
(punctuation, apostrophes, hyphens, the tokenizer's special cases such as "cannot") are
tokenized. Matching probes, from each token of the text, the tuples that start there, one token
longer at a time, while some form goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


SpanT = TypeVar("SpanT", bound=_Span)


def longest_first(spans: Iterable[SpanT]) -> list[SpanT]:
    """The spans (token start, end exclusive) that no longer one overlaps, in text order: where
    two hits overlap, the longer wins, then the earlier."""
    taken: set[int] = set()
    kept: list[SpanT] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def form_tokens(nlp: Language, form: str) -> tuple[str, ...]:
    """The strings of the tokens ``nlp``'s tokenizer makes of ``form``."""
    words = form.split(" ")
    special = nlp.tokenizer.rules or {}
    if all(word.isalpha() and word not in special for word in words):
        return tuple(words)
    return tuple(token.text for token in nlp.tokenizer(form))


class PhraseIndex:
    """Pattern keys by the token sequences of their forms; ``lower``: forms and text compared in
    lower case (a form's case then no longer matters), else exactly as written."""

    def __init__(self, nlp: Language, forms: Mapping[str, Iterable[str]], *,
                 lower: bool) -> None:
        self.lower = lower
        keys: dict[tuple[str, ...], list[str]] = {}
        prefixes: set[tuple[str, ...]] = set()
        for key in sorted(forms):
            for form in sorted(set(forms[key])):
                tokens = form_tokens(nlp, form.lower() if lower else form)
                if not tokens:
                    continue
                found = keys.setdefault(tokens, [])
                if key not in found:
                    found.append(key)
                prefixes.update(tokens[:end] for end in range(1, len(tokens)))
        self.keys = {tokens: tuple(found) for tokens, found in keys.items()}
        self.prefixes = frozenset(prefixes)
        # Most words of a text start no form: one set probe passes them by.
        self.first_words = frozenset(tokens[0] for tokens in self.keys)

    def words(self, doc: Doc) -> list[str]:
        """The strings of ``doc``'s tokens as this index compares them, read from the token
        attribute array: making a Token object of every word cost more than the matching."""
        strings = doc.vocab.strings
        return [strings[key] for key in doc.to_array(LOWER if self.lower else ORTH).tolist()]

    def find(self, words: Sequence[str]) -> list[tuple[str, int, int]]:
        """(key, start, end) for every form found in ``words`` (a text's token strings, see
        ``words``), overlapping ones included, by start then length; the keys of one span in
        sorted order."""
        found: list[tuple[str, int, int]] = []
        for start, word in enumerate(words):
            if word not in self.first_words:
                continue
            for end in range(start + 1, len(words) + 1):
                tokens = tuple(words[start:end])
                keys = self.keys.get(tokens)
                if keys:  # most probes find nothing: no generator made for them
                    found.extend((key, start, end) for key in keys)
                if tokens not in self.prefixes:
                    break
        return found
