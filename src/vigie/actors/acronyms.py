"""Acronyms an article defines: "the Movement for Democratic Change (MDC)", « le Mouvement pour
la démocratie (MPD) ». The long form is the words before the parenthesis whose initials spell
the acronym, counted with or without the articles and the linking words of the language
(``articles`` and ``name_links`` in ``data/grammar.tsv``): "Mouvement pour la démocratie" spells
MPD without its article. Only the resolver uses these; it codes the long form and every later
bare use of the acronym alike."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from vigie.actors.gazetteer import fold, is_acronym

LONGEST = 12  # tokens of a long form: enough for "Movement for the Emancipation of the Niger Delta"


@dataclass(frozen=True, slots=True)
class Definition:
    """A long form (token indices, end exclusive) and the acronym defined after it."""

    start: int
    end: int
    acronym: str
    uses: tuple[int, ...]  # token indices of the bare uses after the definition


def _spells(words: list[str], acronym: str, articles: frozenset[str],
            links: frozenset[str]) -> bool:
    """Whether the words' initials spell the acronym, counting every word, every word but the
    articles, or only the content words."""
    letters = acronym.replace(".", "").lower()
    folded = [fold(w) for w in words if w[:1].isalpha()]
    for skipped in (frozenset(), articles, articles | links):
        if "".join(w[:1] for w in folded if w not in skipped) == letters:
            return True
    return False


def find_definitions(doc: Doc, articles: frozenset[str], links: frozenset[str]) -> list[
        Definition]:
    """Every acronym defined in ``doc`` by a parenthesis after its long form, with its uses."""
    found: list[Definition] = []
    function_words = articles | links
    for i in range(2, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")" or not is_acronym(doc[i + 1].text):
            continue
        acronym = doc[i + 1].text
        if not 2 <= len(acronym.replace(".", "")) <= 8:
            continue
        for start in range(i - 1, max(-1, i - 1 - LONGEST), -1):
            first = doc[start]
            if first.is_punct:
                break
            if (first.text[:1].isupper() and fold(first.text) not in function_words
                    and _spells([t.text for t in doc[start:i]], acronym, articles, links)):
                uses = tuple(t.i for t in doc[i + 3:] if t.text == acronym)
                found.append(Definition(start, i, acronym, uses))
                break
    return found
