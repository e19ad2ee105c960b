"""Numeric claims: how many of what, within which bounds, and who says so.

Human-rights and conflict analysts check figures against their sources, so each amount is kept
with its bounds, the noun it counts, and the attribution of the quote it sits in.

What is a claim (one rule for every language):
  a cardinal amount of a counted noun ("89 morts", "80 000 à 120 000 prisonniers politiques",
  "tens of thousands of protesters"), or of money ("$3.5 million"); a bare amount only when it
  is vague ("des milliers"), stated with a scale word of a million or more ("2,5 millions"), or
  itself the subject or object of a verb ("at least 20,000 were arrested").
What is not:
  - dates, times, durations, ages, distances, percentages and fractions: the counted noun is
    such a word (``not_counted`` in ``numbers.json``), the number lies in a time expression of
    the time analyser, or it is a bare four-digit number from 1800 to 2100 without a plural
    noun after it (a year: "depuis 2006"). Weights and volumes of goods stay claims
    ("20 tonnes d'aide", "4 million barrels");
  - identifiers: a number glued to a word ("COVID-19", "F-16"), right after a proper noun
    ("Boeing 737") or hanging from the noun just before it ("résolution 2231");
  - ordinals (never number words here) and bare small numbers (nothing said to be counted);
  - amounts that refer instead of asserting: after a definite, demonstrative or possessive
    determiner ("les deux pays", "les 15 membres du Conseil", "the two countries") the number is
    presented as known, so the sentence claims nothing about it.

Values, by ``bound``:
  exact: value = low = high = N.  about: value = N, no low or high.
  at_least, more_than: value = low = N.  at_most, less_than: value = high = N.
  range: low and high, no value ("80 000 à 120 000", "entre 10 et 20", "10-20"); a low end
  written without the thousands of the high end shares them ("10 à 15.000" is 10 000-15 000).
  vague: a plural unit noun ("des dizaines", "des milliers", "tens of thousands") means at least
  two of that unit and fewer than ten of them (ten would take the next unit's word): low =
  2 x unit, high = 10 x unit - 1, so dizaines 20-99, milliers 2 000-9 999, tens of thousands
  20 000-99 999. "Plusieurs centaines", "several hundred" read the same way. A singular
  approximate noun ("une centaine", "a dozen") is about that number.

Number formats come from ``lang/<lang>/numbers.json``: a number whose only separator is followed
by exactly three digits, with no scale word after it, is a grouped integer in either language
("1.950" and "1,950" are 1950): news never gives a count to three decimals.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from vigie.analysis import Analysis
from vigie.lang import load_table
from vigie.model import Claim
from vigie.quotes import Phrases, attribution_at, words

STAGE = "claims"
DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")
THREE_DIGITS = re.compile(r"^\d{3}$")
HAS_LETTER = re.compile(r"[^\W\d_]")
YEARS = range(1800, 2101)
LONE_SCALE = 1_000_000  # a bare amount needs a scale word at least this large
# Characters that may touch a number without making it part of a word or code.
OPENERS = frozenset("([«“\"'$€£¥")


@dataclass(frozen=True, slots=True)
class Numbers:
    """The number knowledge of one language (``lang/<lang>/numbers.json``)."""

    decimal: str
    groups: frozenset[str]
    units: dict[str, float]
    multipliers: dict[str, float]
    article_one: frozenset[str]
    joiners: frozenset[str]
    vague: dict[str, float]
    approximate: dict[str, float]
    vague_determiners: Phrases
    bounds: dict[tuple[str, ...], str]
    range_connectors: dict[str, str | None]
    quantity_prepositions: frozenset[str]
    not_counted: frozenset[str]
    currency: dict[str, str]
    number_starts: frozenset[str]  # first part of each number word ("quatre" of "quatre-vingt")
    # The words an unstated or approximate amount, or "a"/« un » before a scale, starts with.
    word_starts: frozenset[str]


@cache
def numbers(lang: str) -> Numbers:
    table = load_table(lang, "numbers")
    vague_determiners = Phrases.of(words(p) for p in table["vague_determiners"])
    return Numbers(
        decimal=table["decimal_separator"],
        groups=frozenset(table["group_separators"]),
        units={k: float(v) for k, v in table["units"].items()},
        multipliers={k: float(v) for k, v in table["multipliers"].items()},
        article_one=frozenset(table["article_one"]),
        joiners=frozenset(table["joiners"]),
        vague={k: float(v) for k, v in table["vague"].items()},
        approximate={k: float(v) for k, v in table["approximate"].items()},
        vague_determiners=vague_determiners,
        bounds={words(k): v for k, v in table["bounds"].items()},
        range_connectors=dict(table["range_connectors"]),
        quantity_prepositions=frozenset(table["quantity_prepositions"]),
        not_counted=frozenset(table["not_counted"]),
        currency=dict(table["currency_symbols"]),
        number_starts=frozenset(word.split("-")[0]
                                for word in [*table["units"], *table["multipliers"]]),
        word_starts=frozenset([*vague_determiners.by_first, *table["vague"],
                               *table["approximate"], *table["article_one"]]),
    )


@dataclass(frozen=True, slots=True)
class Amount:
    """A stated amount over tokens ``first``..``last`` (inclusive)."""

    first: int
    last: int
    value: float
    kind: str  # number | vague | approximate
    scale: float = 1.0  # the scale word applied ("2,5 millions"), 1 when none
    bare_year: bool = False  # one token of four digits in the years' range


class ClaimFinder:
    """Finds the numeric claims of one analysed article."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.doc: Doc = analysis.doc
        self.text = analysis.article.text  # the Doc's text, which Doc.text rebuilds each time
        self.forms = analysis.forms
        self.table = numbers(analysis.lang)
        self.roles: dict[str, str] = load_table(analysis.lang, "syntax")["roles"]

    # -- amounts -------------------------------------------------------------------------------

    def digits_value(self, text: str, scaled: bool) -> float | None:
        groups = re.split(r"[.,]", text)
        separators = re.findall(r"[.,]", text)
        if not separators:
            return float(text)
        grouped = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
        if grouped and (
            all(s in self.table.groups for s in separators)
            or (len(separators) == 1 and not scaled)
        ):
            return float("".join(groups))
        if separators == [self.table.decimal]:
            return float(text.replace(self.table.decimal, "."))
        return None

    def scale_at(self, i: int) -> float | None:
        if i >= len(self.doc):
            return None
        word = self.forms[i]
        return self.table.multipliers.get(word) or self.table.vague.get(word)

    def digits(self, i: int) -> Amount | None:
        doc = self.doc
        if not self.forms[i][:1].isdigit() or not DIGITS.match(doc[i].text):
            return None
        text, last = doc[i].text, i
        while (
            last + 1 < len(doc)
            and THREE_DIGITS.match(doc[last + 1].text)
            and self.text[doc[last].idx + len(doc[last]) : doc[last + 1].idx] in self.table.groups
        ):
            last += 1
            text += doc[last].text
        scale = self.scale_at(last + 1)
        value = self.digits_value(text, scaled=scale is not None)
        if value is None:
            return None
        bare_year = last == i and len(text) == 4 and text.isdigit() and int(text) in YEARS
        if scale is not None:
            return Amount(i, last + 1, value * scale, "number", scale=scale)
        return Amount(i, last, value, "number", bare_year=bare_year)

    def word_parts(self, word: str) -> list[tuple[float, bool]] | None:
        """(value, is a multiplier) for each part of a number word: "quatre-vingt-dix" gives
        (80, False), (10, False); None when the word is not a number word."""
        pieces = word.split("-")
        if pieces[0] not in self.table.number_starts:
            return None
        parts: list[tuple[float, bool]] = []
        k = 0
        while k < len(pieces):
            pair = "-".join(pieces[k : k + 2])
            if k + 1 < len(pieces) and pair in self.table.units:
                parts.append((self.table.units[pair], False))
                k += 2
                continue
            piece = pieces[k]
            if piece in self.table.units:
                parts.append((self.table.units[piece], False))
            elif piece in self.table.multipliers:
                parts.append((self.table.multipliers[piece], True))
            else:
                return None
            k += 1
        return parts

    def joined(self, j: int, previous: tuple[float, bool]) -> float | None:
        """The number word after the joiner at token ``j`` when the joiner is inside one
        number ("vingt et un", "two hundred and fifty"), not between two ("deux et trois")."""
        forms, table = self.forms, self.table
        if forms[j] not in table.joiners or j + 1 >= len(forms):
            return None
        value, multiplier = previous
        if not (multiplier or value >= 20):
            return None
        after = forms[j + 1]
        parts = self.word_parts(after)
        following = 1.0 if after in table.article_one else (parts[0][0] if parts else None)
        if following is not None and following < min(value, 100):
            return following
        return None

    def number_words(self, i: int) -> Amount | None:
        """Number words: "trois", "vingt et un", "deux cent mille", "un million", "a hundred"."""
        forms, table = self.forms, self.table
        parts: list[tuple[float, bool]] = []
        j = i
        if forms[i] in table.article_one:
            if self.scale_at(i + 1) is None or forms[i + 1] in table.vague:
                return None
            parts.append((1.0, False))
            j = i + 1
        while j < len(forms):
            word = forms[j]
            found = self.word_parts(word)
            # A plural that is only vague ("thousands") is read by vague(), not as a scale.
            if found is not None and not (word in table.vague and word not in table.multipliers):
                parts += found
                j += 1
                continue
            following = self.joined(j, parts[-1]) if parts else None
            if following is None:
                break
            parts.append((following, False))
            j += 2
        if not parts:
            return None
        total = current = 0.0
        scale = 1.0
        for value, multiplier in parts:
            if not multiplier:
                current += value
            elif value >= 1000:
                total += max(current, 1.0) * value
                current = 0.0
                scale = max(scale, value)
            else:
                current = max(current, 1.0) * value
        return Amount(i, j - 1, total + current, "number", scale=scale)

    def vague(self, i: int) -> Amount | None:
        """An unstated amount: "des dizaines (de milliers)", "plusieurs centaines", "several
        hundred", or an approximate one: "une centaine", "a dozen"."""
        forms = self.forms
        first = i
        n = self.table.vague_determiners.match_at(forms, i)
        word = forms[i + n] if i + n < len(forms) else ""
        if n and (word in self.table.multipliers or word in self.table.vague):
            unit = self.table.multipliers.get(word) or self.table.vague[word]
            kind = "vague"
        elif word in self.table.vague:
            unit, kind = self.table.vague[word], "vague"
        else:
            if word in self.table.article_one and i + 1 < len(forms):
                n, word = 1, forms[i + 1]
            if word not in self.table.approximate:
                return None
            unit, kind = self.table.approximate[word], "approximate"
        last = i + n
        while (
            last + 2 < len(forms)
            and forms[last + 1] in self.table.quantity_prepositions
            and forms[last + 2] in self.table.vague
        ):
            unit *= self.table.vague[forms[last + 2]]
            last += 2
        return Amount(first, last, unit, kind)

    def amount(self, i: int) -> Amount | None:
        return self.vague(i) or self.digits(i) or self.number_words(i)

    def may_start(self, i: int) -> bool:
        """Whether an amount may start at token ``i``: digits, a number word, or a word that
        starts a vague or approximate one. Most words of an article are none of these, and
        one set probe passes them by."""
        word = self.forms[i]
        return (word in self.table.word_starts or word[:1].isdigit()
                or word.split("-", 1)[0] in self.table.number_starts)

    def ranged(self, low: Amount) -> tuple[Amount, Amount, int] | None:
        """(low, high, first token) of a range starting with ``low``: "80 000 à 120 000",
        "entre 10 et 20" (the opener is part of it), "2 à 3 millions" (the scale is shared), "10
        à 15.000" (so are the thousands: a figure is not hedged over a thousandfold range)."""
        doc = self.doc
        k = low.last + 1
        if low.kind != "number" or k + 1 >= len(doc):
            return None
        connector = self.forms[k]
        if connector not in self.table.range_connectors:
            return None
        opener = self.table.range_connectors[connector]
        first = low.first
        if opener is not None:
            if low.first == 0 or self.forms[low.first - 1] != opener:
                return None
            first -= 1
        high = self.digits(k + 1) or self.number_words(k + 1)
        if high is None:
            return None
        if high.scale > 1 and low.scale == 1:
            low = Amount(low.first, low.last, low.value * high.scale, low.kind)
        elif low.value < 1000 <= high.value and low.value * 1000 <= high.value:
            low = Amount(low.first, low.last, low.value * 1000, low.kind)
        if low.value >= high.value:
            return None
        return low, high, first

    # -- what is counted -----------------------------------------------------------------------

    def counted(self, k: int) -> tuple[Token, int, int] | None:
        """What an amount ending before token ``k`` counts: its head noun, and its first and
        last tokens ("prisonniers politiques", "[de] nouvelles arrestations", "aid workers")."""
        doc = self.doc
        if k < len(doc) and self.forms[k] in self.table.quantity_prepositions:
            k += 1
        j = k
        while j < len(doc) and j < k + 3 and doc[j].pos_ == "ADJ":
            j += 1
        if j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and HAS_LETTER.search(doc[j].text):
            head = doc[j]
            while (
                head.i + 1 < len(doc)
                and head.head.i == head.i + 1
                and head.head.pos_ in ("NOUN", "PROPN")
            ):
                head = head.head
        elif j > k and (j >= len(doc) or doc[j].pos_ not in ("NOUN", "PROPN")) and (
            HAS_LETTER.search(doc[k].text)
        ):
            head = doc[k]  # a nominalised adjective: "89 morts", "89 dead"
        else:
            return None
        last = head.i
        while (
            last + 1 < len(doc)
            and doc[last + 1].pos_ == "ADJ"
            and doc[last + 1].head.i == head.i
        ):
            last += 1
        return head, k, last

    # -- filters -------------------------------------------------------------------------------

    def refers(self, start: int) -> bool:
        """Whether the token before the claim is a definite, demonstrative or possessive
        determiner: the amount is then presented as known ("les deux pays")."""
        if start == 0:
            return False
        before = self.doc[start - 1]
        morph = before.morph
        return (
            "Def" in morph.get("Definite")
            or "Dem" in morph.get("PronType")
            or "Yes" in morph.get("Poss")
        )

    def identifier(self, amount: Amount) -> bool:
        """Whether the number is part of a name or code: glued to a word ("COVID-19"), right
        after a proper noun ("Boeing 737") or hanging from the noun just before it
        ("résolution 2231")."""
        doc, text = self.doc, self.text
        start = doc[amount.first].idx
        end = doc[amount.last].idx + len(doc[amount.last])
        if start > 0 and not text[start - 1].isspace() and text[start - 1] not in OPENERS:
            return True
        if end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha():
            return True
        if amount.first == 0:
            return False
        before = doc[amount.first - 1]
        return before.pos_ == "PROPN" or (
            before.pos_ == "NOUN" and doc[amount.first].head.i == before.i
        )

    def is_argument(self, first: int, last: int) -> bool:
        """Whether the amount itself is the subject or object of a verb: "20,000 were
        arrested", "Trois ont été tués" (what is counted is left implicit)."""
        return any(
            self.roles.get(t.dep_) in ("agent", "patient") and t.head.pos_ in ("VERB", "AUX")
            for t in self.doc[first : last + 1]
        )

    def in_time(self, start: int, end: int) -> bool:
        return any(t.start < end and start < t.end for t in self.analysis.times)

    # -- all together --------------------------------------------------------------------------

    def find(self) -> list[Claim]:
        claims: list[Claim] = []
        i = 0
        while i < len(self.doc):
            amount = self.amount(i) if self.may_start(i) else None
            if amount is None:
                i += 1
                continue
            claim, last = self.claim(amount)
            if claim is not None:
                claims.append(claim)
            i = last + 1
        return claims

    def bound_before(self, first: int) -> tuple[int, str] | None:
        """(first token, bound) of a bound phrase just before token ``first``."""
        best: tuple[int, str] | None = None
        for phrase, bound in self.table.bounds.items():
            start = first - len(phrase)
            if start >= 0 and (best is None or start < best[0]) and (
                tuple(self.forms[start:first]) == phrase
            ):
                best = (start, bound)
        return best

    def drop(self, first: int, last: int, why: str) -> None:
        doc = self.doc
        self.analysis.note(STAGE, doc[first].idx, doc[last].idx + len(doc[last]), "dropped", why)

    def claim(self, amount: Amount) -> tuple[Claim | None, int]:
        """The claim made by ``amount``, or None (with a trace note saying why); and the last
        token it took, so that the scan goes on after it."""
        doc, table = self.doc, self.table
        low, high = amount, amount
        bound = {"vague": "vague", "approximate": "about"}.get(amount.kind, "exact")
        start = amount.first
        ranged = self.ranged(amount)
        if ranged is not None:
            low, high, start = ranged
            bound = "range"
        end = high.last
        unit: str | None = None
        counted_text: str | None = None
        if start > 0 and doc[start - 1].text in table.currency:
            start -= 1
            unit, counted_text = table.currency[doc[start].text], doc[start].text
        elif end + 1 < len(doc) and doc[end + 1].text in table.currency:
            end += 1
            unit, counted_text = table.currency[doc[end].text], doc[end].text
        if amount.kind != "vague" and bound != "range":
            found = self.bound_before(start)
            if found is not None:
                start, bound = found
        if self.identifier(amount):
            self.drop(amount.first, end, "part of a name or code, not an amount")
            return None, end
        if self.refers(start):
            self.drop(start, end, "after a definite determiner: refers to a known amount")
            return None, end
        counted = self.counted(end + 1) if unit is None else None
        if counted is not None:
            head, first, end = counted
            unit = head.lemma_.lower()
            counted_text = doc[first : end + 1].text
            if unit in table.not_counted:
                self.drop(start, end, f'"{head.text}" is a time or measure, not something counted')
                return None, end
        if amount.bare_year and bound != "range" and not (
            counted is not None and "Plur" in counted[0].morph.get("Number")
        ):
            self.drop(start, end, "a year")
            return None, end
        if (
            unit is None
            and amount.kind != "vague"
            and max(low.scale, high.scale) < LONE_SCALE
            and not self.is_argument(amount.first, high.last)
        ):
            self.drop(start, end, "a bare number: nothing said to be counted")
            return None, end
        span_start, span_end = doc[start].idx, doc[end].idx + len(doc[end])
        if self.in_time(doc[amount.first].idx, doc[high.last].idx + len(doc[high.last])):
            self.drop(start, end, "inside a time expression")
            return None, end
        value, lo, hi = self.values(bound, low, high)
        if not all(math.isfinite(v) for v in (value, lo, hi) if v is not None):
            # Past a float's range (a 400-digit number): no count that JSON can carry.
            self.drop(start, end, "a number too large to be a count")
            return None, end
        claim = Claim(
            doc_id=self.analysis.doc_id,
            text=self.text[span_start:span_end],
            start=span_start,
            end=span_end,
            value=value,
            low=lo,
            high=hi,
            bound=bound,
            unit=unit,
            counted=counted_text,
            attribution=attribution_at(self.analysis, span_start),
        )
        return claim, end

    @staticmethod
    def values(bound: str, low: Amount, high: Amount) -> tuple[float | None, float | None,
                                                                float | None]:
        n = low.value
        if bound == "vague":
            return None, 2 * n, 10 * n - 1
        if bound == "range":
            return None, low.value, high.value
        if bound == "about":
            return n, None, None
        if bound in ("at_least", "more_than"):
            return n, n, None
        if bound in ("at_most", "less_than"):
            return n, None, n
        return n, n, n


def find_claims(analysis: Analysis) -> None:
    """Fill ``analysis.claims`` with the article's numeric claims, in text order, each with the
    attribution of the quote it sits in (so this runs after the quotes analyser)."""
    for claim in ClaimFinder(analysis).find():
        analysis.claims.append(claim)
        what = claim.counted or "no counted noun"
        analysis.note(STAGE, claim.start, claim.end, "found",
                      f"{claim.bound} {claim.low}-{claim.high} ({claim.value}) of {what}")
