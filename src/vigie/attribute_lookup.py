"""The model's attribute ruler, its one-token rules found by dictionary lookup.

A model's attribute ruler (its tag map and morphology rules: 179 patterns in the English model)
finds its matches with spaCy's ``Matcher``, which tries every pattern at every token: 4–5 ms of
CPU per English article, more than a tenth of the parse. All but a few of its patterns are one
token whose attributes equal given values (or one of a list: ``IN``); those are found here with
one dictionary probe per token and set of attributes tested, and the few that exclude values
(``NOT_IN``) by testing each token. The others (several tokens or alternatives, regular
expressions) stay with a ``Matcher`` of their own, called only on a text where one of them
may start. The matches are the ``Matcher``'s, and the ruler applies them as it
always does (``AttributeRuler.set_annotations``, in the order it sorts them into), so every
annotation is the same.
"""

from __future__ import annotations

import re
from itertools import product
from typing import Any, NamedTuple

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

# Token attributes a one-token pattern may test for equality here: those ``Doc.to_array`` reads
# as the ``Matcher`` compares them (a string's hash, a flag's 0 or 1).
LOOKUP_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA",
                          "IS_SPACE"})

# The set tests of the Matcher's token patterns that a lookup can run.
SET_TESTS = frozenset({"IN", "NOT_IN"})
STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "LEMMA"})  # what a REGEX may search

Match = tuple[int, int, int, int]  # the ruler's: pattern number, match key, start, end


class TokenTest(NamedTuple):
    attr: int  # a token attribute id (``spacy.attrs``)
    values: frozenset[int]  # as the ``Matcher`` compares them: string hashes, flags as 0 or 1
    accept: bool  # the token's value must be among ``values`` (equality, ``IN``), or not


class Searched(NamedTuple):
    attr: int  # a string attribute
    regex: re.Pattern[str]


def _token_tests(spec: dict[str, Any], strings: StringStore) -> list[TokenTest] | None:
    """The tests of one token of a pattern, as the ``Matcher`` compiles them; None for a token
    that tests anything else (a regular expression, an operator, another attribute)."""
    tests = []
    for name, value in spec.items():
        name = name.upper()
        if name not in LOOKUP_ATTRS:
            return None
        attr = IDS["ORTH" if name == "TEXT" else name]
        if isinstance(value, bool):
            tests.append(TokenTest(attr, frozenset({int(value)}), True))
        elif isinstance(value, str):
            tests.append(TokenTest(attr, frozenset({strings.add(value)}), True))
        elif (isinstance(value, dict) and len(value) == 1 and next(iter(value)) in SET_TESTS
              and all(isinstance(v, str) for v in next(iter(value.values())))):
            (test, listed), = value.items()
            tests.append(TokenTest(attr, frozenset(strings.add(v) for v in listed),
                                   test == "IN"))
        else:
            return None
    return sorted(tests) or None


def _screen(spec: dict[str, Any], strings: StringStore) -> TokenTest | Searched | None:
    """One test a token must pass to start a pattern whose first token is ``spec``: a value
    among some (equality, ``IN``), else a string a regular expression finds something in;
    None when the first token tests neither, or is optional (then the next one may start it)."""
    if "OP" in {name.upper() for name in spec}:
        return None
    searched = None
    for name, value in spec.items():
        tests = _token_tests({name: value}, strings)
        if tests and tests[0].accept:
            return tests[0]
        if (isinstance(value, dict) and list(value) == ["REGEX"]
                and name.upper() in STRING_ATTRS):
            searched = Searched(IDS[name.upper()], re.compile(value["REGEX"]))
    return searched


class AttributeLookup:
    """Finds an ``AttributeRuler``'s matches and lets the ruler set them."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        # Rules of one token that test values only: attribute ids tested -> their values ->
        # (pattern number, match key) of each rule.
        self.tables: dict[tuple[int, ...], dict[tuple[int, ...], list[tuple[int, int]]]] = {}
        # Rules of one token with a value excluded (``NOT_IN``): (number, key, tests).
        self.checks: list[tuple[int, int, list[TokenTest]]] = []
        # The rest, and what a token must pass to start one of them (None: any token may).
        self.others = Matcher(ruler.vocab)
        self.screens: list[TokenTest | Searched | None] = []
        for number in range(len(ruler.attrs)):
            key = strings.add(str(number))  # the key the ruler gave its number-th rule
            _on_match, patterns = ruler.matcher.get(key)
            # A rule of several patterns stays with the Matcher, which reports it once per span.
            tests = (_token_tests(patterns[0][0], strings)
                     if len(patterns) == 1 and len(patterns[0]) == 1 else None)
            if tests is None:
                self.others.add(key, patterns)
                self.screens.extend(_screen(pattern[0], strings) for pattern in patterns)
            elif all(test.accept for test in tests):
                attrs = tuple(test.attr for test in tests)
                table = self.tables.setdefault(attrs, {})
                for values in product(*(sorted(test.values) for test in tests)):
                    table.setdefault(values, []).append((number, key))
            else:
                self.checks.append((number, key, sorted(tests, key=lambda t: not t.accept)))
        self.columns = sorted({*(attr for attrs in self.tables for attr in attrs),
                               *(test.attr for _, _, tests in self.checks for test in tests),
                               *(screen.attr for screen in self.screens if screen is not None)})

    def match(self, doc: Doc) -> list[Match]:
        """The ruler's matches in ``doc``, in the order ``AttributeRuler.match`` gives them."""
        if not len(doc):
            return []
        # One list of values per attribute: a rule's key is read by zipping its attributes'.
        columns = dict(zip(self.columns, doc.to_array(self.columns).T.tolist(), strict=True))
        matches: list[Match] = []
        for attrs, table in self.tables.items():
            keys = zip(*(columns[attr] for attr in attrs), strict=True)
            for i, values in enumerate(keys):
                rules = table.get(values)
                if rules:
                    matches.extend((number, key, i, i + 1) for number, key in rules)
        for number, key, tests in self.checks:
            # The tests that accept values first: they leave few tokens for the others.
            found: list[int] | range = range(len(doc))
            for test in tests:
                column = columns[test.attr]
                found = [i for i in found if (column[i] in test.values) == test.accept]
            matches.extend((number, key, i, i + 1) for i in found)
        if self._may_start(doc, columns):
            strings = self.ruler.vocab.strings
            matches.extend((int(strings[key]), key, start, end)
                           for key, start, end in self.others(doc, allow_missing=True))
        matches.sort()
        return matches

    def _may_start(self, doc: Doc, columns: dict[int, list[int]]) -> bool:
        """Whether some token of ``doc`` may start one of the Matcher's patterns: calling it
        costs a pass over the whole text, even with nothing to find."""
        for screen in self.screens:
            if screen is None:
                return True
            column = set(columns[screen.attr])
            if isinstance(screen, TokenTest):
                if not column.isdisjoint(screen.values):
                    return True
            elif any(screen.regex.search(doc.vocab.strings[value]) for value in column):
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("vigie_attribute_lookup",
                  assigns=["token.tag", "token.pos", "token.morph", "token.lemma", "token.dep"])
def make_attribute_lookup(nlp: Language, name: str) -> AttributeLookup:
    """The pipeline's ``attribute_ruler``, matched by lookup; added in its place."""
    return AttributeLookup(nlp.get_pipe("attribute_ruler"))


def use_attribute_lookup(nlp: Language) -> None:
    """Put the lookup in place of ``nlp``'s attribute ruler, under the ruler's name."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    nlp.add_pipe("vigie_attribute_lookup", name="attribute_lookup", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.rename_pipe("attribute_lookup", "attribute_ruler")
