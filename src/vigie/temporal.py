"""Temporal expressions: find them in the article and resolve them against its publication date.

One language-neutral grammar serves every language. A language contributes only words
(``lang/<lang>/time.json``), mapped to canonical keys as dateparser does: "prochain" and
"next" are both ``next``, "il y a" and "ago" both ``ago``. The steps:

1. lex the text into words (numeric dates such as 2022-05-26 are one word, read by regexes
   compiled once), then classify words and phrases from the table, longest phrase first;
2. scan the words with the grammar rules; at each position the longest match wins;
3. resolve each match against the publication date. Bare weekdays, months and day-month
   dates also need a direction, which comes from the tense of the governing verb (spaCy
   morphology): news prose says "jeudi" for last Thursday in the passé composé and for next
   Thursday in the future. A value we cannot be sure of is left ``None``, never guessed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import MAXYEAR, MINYEAR, date, timedelta
from functools import cache, cached_property
from itertools import pairwise
from typing import Any, NamedTuple

from spacy.tokens import Doc, Token

from vigie.analysis import Analysis
from vigie.lang import load_table
from vigie.model import TimeRef

# Numeric dates, read before words are lexed. Their field order comes from the language table.
# Dates are written in ASCII digits in French and English: other scripts' digits and forms
# such as "²" or "①" are words, never numbers.
ISO_DATE = re.compile(r"(?<![\w/.-])([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![\w/-]|\.[0-9])")
SLASH_DATE = re.compile(
    r"(?<![\w/.-])([0-9]{1,2})([/.])([0-9]{1,2})\2([0-9]{4})(?![\w/-]|\.[0-9])")
WORD = re.compile(r"[0-9]+|[^\W\d_]+|\d+|[^\w\s]")
# A longer run of digits is an identifier or noise, not a count or a year: read as a word, it
# also stays clear of Python's limit on converting long digit strings to integers.
MAX_NUMBER_DIGITS = 12
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
CURRENCY = frozenset("%€$£¥")
PLAIN = frozenset({"word", "punct"})  # the categories of words no table knows

YEAR_RANGE = range(1800, 2101)  # four digits outside it are counts or labels, not years
UNIT_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y"}
UNIT_YEARS = {"decade": 10, "century": 100}
PRECISION_OF_UNIT = {"day": "day", "week": "week", "month": "month", "year": "year",
                     "decade": "decade", "century": "century"}
DEICTIC_DAYS = {"day_before_yesterday": -2, "yesterday": -1, "today": 0, "tomorrow": 1,
                "day_after_tomorrow": 2}
MOD_SHIFT = {"last": -1, "this": 0, "next": 1}


# ---------------------------------------------------------------------------------------------
# Language tables


@dataclass(frozen=True)
class Entry:
    cat: str
    key: Any = None
    roles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TimeTable:
    """One language's temporal vocabulary, compiled for lookup."""

    phrases: dict[tuple[str, ...], Entry]
    sizes: dict[str, tuple[int, ...]]  # first word -> lengths of its phrases, longest first
    lowercase_names: bool
    modifier_side: str
    day_month_orders: tuple[str, ...]
    numeric_orders: tuple[str, ...]
    ordinal_suffixes: frozenset[str]
    decade_suffixes: frozenset[str]
    future_auxiliaries: frozenset[str]
    name_labels: frozenset[str]
    number_nouns: frozenset[str]
    anaphoric_suffixes: frozenset[str]
    decade_nouns: frozenset[str]  # plural "years" that name a decade before a number
    irregular_stems: dict[str, str]  # lemma -> stem of its future and conditional
    drop_final: str
    future_endings: frozenset[str]
    conditional_endings: frozenset[str]
    roles: dict[str, str]  # dependency label -> role, from syntax.json
    # "est arrivé lundi": "être" is this verb's tense auxiliary, not a passive one
    unaccusative_verbs: frozenset[str]


def _key(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text.lower().translate(APOSTROPHES)))


@cache
def time_table(lang: str) -> TimeTable:
    """The compiled table of ``lang``; a phrase listed under two categories is a data error."""
    data = load_table(lang, "time")
    entries: list[tuple[str, Entry]] = []
    for cat in ("months", "weekdays", "seasons", "units", "numbers", "day_ordinals"):
        # "weekdays" -> category "weekday"; plurals have their own category (sets only)
        entries += [(word, Entry(cat.rstrip("s"), key)) for word, key in data[cat].items()]
    entries += [(word, Entry("weekday_plural", key))
                for word, key in data["weekdays_plural"].items()]
    entries += [(word, Entry("month_abbr", key))
                for word, key in data["month_abbreviations"].items()]
    entries += [(word, Entry("vague")) for word in data["vague_numbers"]]
    entries += [(word, Entry("approx")) for word in data["approximators"]]
    entries += [(word, Entry("deictic", key)) for word, key in data["deictic"].items()]
    entries += [(word, Entry("deictic_part", tuple(key)))
                for word, key in data["deictic_with_part"].items()]
    entries += [(word, Entry("now")) for word in data["now"]]
    entries += [(word, Entry("part", key)) for word, key in data["parts_of_day"].items()]
    for side in ("before", "after"):
        entries += [(word, Entry("mod", (side, key)))
                    for word, key in data["modifiers"][side].items()]
    entries += [(word, Entry("bound", key)) for word, key in data["bounds"].items()]
    entries += [(word, Entry("blocked")) for word in data["not_times"]]
    entries += [(word, Entry("role", roles=frozenset(roles)))
                for word, roles in data["roles"].items()]
    phrases: dict[tuple[str, ...], Entry] = {}
    for word, entry in entries:
        key = _key(word)
        if key in phrases:
            raise ValueError(f"lang/{lang}/time.json: {word!r} is listed twice")
        phrases[key] = entry
    syntax = load_table(lang, "syntax")
    return TimeTable(
        phrases=phrases,
        sizes=_phrase_sizes(phrases),
        lowercase_names=data["calendar_case"] == "lower",
        modifier_side=data["modifier_side"],
        day_month_orders=tuple(data["day_month_order"]),
        numeric_orders=tuple(data["numeric_date_order"]),
        ordinal_suffixes=frozenset(data["ordinal_suffixes"]),
        decade_suffixes=frozenset(data["decade_suffixes"]),
        future_auxiliaries=frozenset(data["future_auxiliaries"]),
        name_labels=frozenset(data["name_entity_labels"]),
        number_nouns=frozenset(data["number_nouns"]),
        anaphoric_suffixes=frozenset(data["anaphoric_suffixes"]),
        decade_nouns=frozenset(data["decade_nouns"]),
        irregular_stems=data["future_stems"]["irregular"],
        drop_final=data["future_stems"]["drop_final"],
        future_endings=frozenset(data["future_stems"]["future_endings"]),
        conditional_endings=frozenset(data["future_stems"]["conditional_endings"]),
        roles=syntax["roles"],
        unaccusative_verbs=frozenset(syntax["unaccusative_verbs"]),
    )


def _phrase_sizes(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    sizes: dict[str, set[int]] = {}
    for phrase in phrases:
        sizes.setdefault(phrase[0], set()).add(len(phrase))
    return {first: tuple(sorted(lengths, reverse=True)) for first, lengths in sizes.items()}


# ---------------------------------------------------------------------------------------------
# Lexing


class Word(NamedTuple):
    """A word or merged phrase; a named tuple because an article has thousands of them."""

    text: str
    start: int
    end: int
    cat: str = "word"  # a table category, or num, decade, numdate, punct, word
    key: Any = None
    roles: frozenset[str] = frozenset()
    digits: str = ""  # the number as written in digits, if it was
    ordinal: bool = False


def _numeric_dates(text: str, table: TimeTable) -> list[Word]:
    """Numeric dates as words; an ambiguous one (03/04/2022 in English) gets key None."""
    found = []
    for match in ISO_DATE.finditer(text):
        year, month, day = (int(g) for g in match.groups())
        found.append(Word(match.group(), match.start(), match.end(), "numdate",
                          _valid_date(year, month, day)))
    for match in SLASH_DATE.finditer(text):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        readings = {order: _valid_date(year, second if order == "DMY" else first,
                                       first if order == "DMY" else second)
                    for order in table.numeric_orders}
        values = {v for v in readings.values() if v is not None}
        if values:
            found.append(Word(match.group(), match.start(), match.end(), "numdate",
                              values.pop() if len(values) == 1 else None))
    return found


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def lex(text: str, table: TimeTable) -> list[Word]:
    """Words of ``text`` with their table categories, phrases merged into one word."""
    numeric = sorted(_numeric_dates(text, table), key=lambda w: w.start)
    raw: list[Word] = []  # plain words (word, num, punct) and numeric dates
    position = 0
    for date_word in [*numeric, None]:
        stop = date_word.start if date_word else len(text)
        raw += [_plain_word(m.group(), m.start(), m.end())
                for m in WORD.finditer(text, position, stop)]
        if date_word:
            raw.append(date_word)
            position = date_word.end
    words: list[Word] = []
    forms = [w.text.lower().translate(APOSTROPHES) for w in raw]
    i = 0
    while i < len(raw):
        word = raw[i]
        sizes = table.sizes.get(forms[i], ())
        if not sizes or word.cat == "numdate":
            words.append(word)
            i += 1
            continue
        for size in sizes:
            if size > len(raw) - i:
                continue
            entry = table.phrases.get(tuple(forms[i:i + size]))
            if entry is None:
                continue
            chunk = raw[i:i + size]
            if all(w.cat != "numdate" for w in chunk) and _glued(chunk):
                words.append(Word(text[chunk[0].start:chunk[-1].end], chunk[0].start,
                                  chunk[-1].end, entry.cat, entry.key, entry.roles))
                i += size
                break
        else:
            words.append(word)
            i += 1
    return _merge_numbers(words, text, table)


def _glued(chunk: list[Word]) -> bool:
    """Apostrophes and hyphens inside a phrase must touch their neighbours ("aujourd'hui")."""
    for a, b in pairwise(chunk):
        if (a.text in "'’-" or b.text in "'’-") and a.end != b.start:
            return False
    return True


def _plain_word(text: str, start: int, end: int) -> Word:
    if text.isascii() and text.isdigit() and len(text) <= MAX_NUMBER_DIGITS:
        return Word(text, start, end, "num", int(text), digits=text)
    if not text[0].isalnum():
        return Word(text, start, end, "punct")
    return Word(text, start, end)


def _merge_numbers(words: list[Word], text: str, table: TimeTable) -> list[Word]:
    """1er, 26th (ordinal days), 1990s (decades), vingt-cinq (compound number words)."""
    merged: list[Word] = []
    for word in words:
        last = merged[-1] if merged else None
        touching = last is not None and last.end == word.start
        if touching and last.cat == "num" and last.digits and not last.ordinal:
            suffix = word.text.lower()
            if suffix in table.ordinal_suffixes and word.cat in ("word", "number"):
                merged[-1] = last._replace(text=last.text + word.text, end=word.end,
                                           ordinal=True)
                continue
            if (suffix in table.decade_suffixes and len(last.digits) == 4
                    and last.digits.endswith("0")):
                merged[-1] = Word(last.text + word.text, last.start, word.end, "decade",
                                  int(last.digits) // 10)
                continue
        if (word.cat == "number" and len(merged) >= 2 and merged[-1].text == "-"
                and merged[-2].cat == "num" and not merged[-2].digits
                and merged[-2].end == merged[-1].start and merged[-1].end == word.start):
            left = merged[-2].key
            # quatre-vingt = 4 x 20; vingt-cinq = 20 + 5
            multiply = word.key > left and word.key in (20, 100)
            value = left * word.key if multiply else left + word.key
            merged[-2:] = [Word(text[merged[-2].start:word.end], merged[-2].start, word.end,
                                "num", value)]
            continue
        merged.append(word._replace(cat="num") if word.cat == "number" else word)
    return merged


# ---------------------------------------------------------------------------------------------
# Date arithmetic and value formats


def _matches(rules: Iterable[Callable[[int], Match | None]], i: int) -> list[Match]:
    """What each rule finds at word ``i``. Counted from a publication date at the calendar's
    edge (year 1 or 9999), a date may fall outside the calendar: that rule finds nothing."""
    found = []
    for rule in rules:
        try:
            match = rule(i)
        except OverflowError:
            continue
        if match is not None:
            found.append(match)
    return found


def shift(day: date, n: int, unit: str) -> date:
    """``day`` moved by ``n`` units; month ends are clamped (31 March - 1 month = 28 February)."""
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    months = n * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    if not MINYEAR <= year <= MAXYEAR:
        raise OverflowError("date value out of range")  # as date + timedelta says
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def fmt(day: date, precision: str) -> str:
    """The ISO-TimeML value of ``day`` at ``precision``: 2023-03-17, 2023-W11, 2022-05, 199."""
    if precision == "day":
        return day.isoformat()
    if precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "decade":
        return f"{day.year // 10:03d}"
    return f"{day.year // 100:02d}"  # century


def duration(n: int | None, unit: str) -> str:
    """ISO 8601 duration: P3Y, P2W; decades and centuries in years; X for a vague count."""
    if unit in UNIT_YEARS:
        return f"P{'X' if n is None else n * UNIT_YEARS[unit]}Y"
    return f"P{'X' if n is None else n}{UNIT_LETTER[unit]}"


def weekday_date(anchor: date, weekday: int, direction: str) -> date:
    """The ``weekday`` (ISO 1-7) seen from ``anchor``: last/next are strictly before/after,
    this is in the same ISO week, past/upcoming are bare weekdays (the anchor's own day is
    the anchor)."""
    delta = weekday - anchor.isoweekday()
    if direction == "last" or (direction == "past" and delta > 0):
        delta -= 7 if delta >= 0 else 0
    elif direction == "next" or (direction == "upcoming" and delta < 0):
        delta += 7 if delta <= 0 else 0
    return anchor + timedelta(days=delta)


def day_month_date(anchor: date, month: int, day: int, mod: str | None,
                   tense: str | None) -> date | None:
    """A day and month without a year: after last/next the previous/next one; otherwise the
    nearest one, moved a year back (forward) when the clause speaks of the past (future)."""
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                  if (d := _valid_date(y, month, day))]
    before = [d for d in candidates if d < anchor]
    after = [d for d in candidates if d > anchor]
    if mod == "last":
        return max(before, default=None)
    if mod == "next":
        return min(after, default=None)
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: (abs((d - anchor).days), d))
    if tense == "past" and nearest > anchor:
        return max(before, default=None)
    if tense == "future" and nearest < anchor:
        return min(after, default=None)
    return nearest


def weekday_fit(anchor: date, month: int, day: int, weekday: int) -> date | None:
    """"samedi 4 mars" without a year: the one within a year of ``anchor`` that falls on that
    weekday, or None when none does (then the text is wrong or far from publication)."""
    fits = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (d := _valid_date(y, month, day)) and d.isoweekday() == weekday]
    return min(fits, key=lambda d: (abs((d - anchor).days), d), default=None)


def _past_participle(token: Token) -> bool:
    return "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")


def month_year(anchor: date, month: int, mod: str | None, tense: str | None) -> int:
    """The year of a month named without one ("mai dernier", "en mai" in a past clause)."""
    if mod == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if mod == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if tense == "past" and mod is None:
        return anchor.year if month <= anchor.month else anchor.year - 1
    if tense == "future" and mod is None:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year


# ---------------------------------------------------------------------------------------------
# Matches


@dataclass(frozen=True)
class Piece:
    """One temporal expression found: words ``first``..``last`` (exclusive), resolved."""

    first: int
    last: int
    type: str
    value: str | None
    precision: str | None
    rule: str
    interval_start: str | None = None
    interval_end: str | None = None
    tense: str | None = None


@dataclass(frozen=True)
class Match:
    end: int
    pieces: tuple[Piece, ...]


@dataclass
class Scanner:
    """The grammar over one article's words. Rule methods take a word index and return a
    Match (or None); ``scan`` keeps the longest match at each position."""

    words: list[Word]
    text: str
    doc: Doc
    table: TimeTable
    published: date | None
    _tenses: dict[int, tuple[str | None, bool]] = field(default_factory=dict)

    # -- small helpers -------------------------------------------------------------------------

    # The grammar calls these hundreds of thousands of times per thousand articles: they read
    # the word list directly rather than through one another.

    def at(self, i: int) -> Word | None:
        return self.words[i] if 0 <= i < len(self.words) else None

    def has_role(self, i: int, *roles: str) -> bool:
        return 0 <= i < len(self.words) and not self.words[i].roles.isdisjoint(roles)

    def is_(self, i: int, cat: str, *keys: Any) -> bool:
        if not 0 <= i < len(self.words):
            return False
        word = self.words[i]
        return word.cat == cat and (not keys or word.key in keys)

    def skip(self, i: int, *roles: str) -> int:
        words = self.words
        while 0 <= i < len(words) and not words[i].roles.isdisjoint(roles):
            i += 1
        return i

    def punct(self, i: int, marks: str) -> bool:
        word = self.at(i)
        return word is not None and word.cat == "punct" and word.text in marks

    def mod(self, i: int, side: str) -> str | None:
        word = self.at(i)
        if word is not None and word.cat == "mod" and word.key[0] == side:
            return word.key[1]
        return None

    def modifier_before(self, i: int) -> str | None:
        """A modifier word standing before a head ("ce", "next", "this")."""
        return self.mod(i, "before")

    def modifier_after(self, i: int) -> str | None:
        """A modifier word standing after a head, where the language puts them there."""
        return self.mod(i, "after") if self.table.modifier_side == "after" else None

    # -- word-level checks ----------------------------------------------------------------------

    def is_name(self, i: int, tagged: bool = True) -> bool:
        """A calendar word written as part of a name: "Mars" mid-sentence in French, "may" in
        English, a month inside a person's or an organisation's name. With ``tagged``, a word
        the tagger reads as a verb ("été", "may") is not a calendar word either."""
        word = self.words[i]
        text = word.text
        if self.table.lowercase_names:
            if text[0].isupper() and not text.isupper() and not self.sentence_start(word.start):
                return True
        elif not text[0].isupper():
            return True
        span = self.doc.char_span(word.start, word.end, alignment_mode="expand")
        if span is None:
            return False
        if tagged and any(t.pos_ in ("AUX", "VERB") for t in span):
            return True
        for start, end in self.names:
            if (start < word.end and end > word.start
                    and (start < word.start or end > word.end)
                    and not self._ent_is_temporal(start, end)):
                return True
        return False

    @cached_property
    def names(self) -> list[tuple[int, int]]:
        """Character offsets of the entities that are names (persons, organisations)."""
        return [(ent.start_char, ent.end_char) for ent in self.doc.ents
                if ent.label_ in self.table.name_labels]

    def _ent_is_temporal(self, start: int, end: int) -> bool:
        """An entity made only of temporal words ("Mardi 10 août") is not a name."""
        inside = [w for w in self.words if w.start >= start and w.end <= end]
        return bool(inside) and all(w.cat != "word" for w in inside)

    def sentence_start(self, offset: int) -> bool:
        before = self.text[:offset].rstrip(" \t\"'«“(")
        return not before or before[-1] in ".!?:;\n…_-–—»”"

    def year_at(self, i: int) -> int | None:
        """A four-digit number that is a year, not a count ("2000 personnes"), a label
        ("résolution 2270"), a part of a larger number ("120 000") or an amount ("2000 €")."""
        word = self.at(i)
        if word is None or word.cat != "num" or len(word.digits) != 4 or word.ordinal:
            return None
        if word.key not in YEAR_RANGE:
            return None
        prev, nxt = self.at(i - 1), self.at(i + 1)
        if prev is not None and prev.cat == "num" and prev.digits and prev.end < word.start:
            return None  # "1 2000": a digit group
        if nxt is not None and nxt.cat == "num" and len(nxt.digits) == 3:
            return None
        if prev is not None and prev.text.lower() in self.table.number_nouns:
            return None
        tail = self.text[word.end:word.end + 2].lstrip()
        head = self.text[max(0, word.start - 2):word.start].rstrip()
        if (tail and tail[0] in CURRENCY) or (head and head[-1] in CURRENCY):
            return None
        if tail[:1] in (",", ".") and tail[1:2].isdigit():
            return None
        span = self.doc.char_span(word.start, word.end, alignment_mode="expand")
        if span is not None:
            token = span[0]
            if self.role(token) == "number" and token.head.i > token.i:
                return None
        return word.key

    def role(self, token: Token) -> str | None:
        return self.table.roles.get(token.dep_)

    # -- tense ----------------------------------------------------------------------------------

    def tense(self, first: int, last: int) -> str | None:
        """past | present | future | None for the clause of words first..last: a preceding
        "since" or "until" decides, else the governing verb's morphology."""
        return self.clause(first, last)[0]

    def clause(self, first: int, last: int) -> tuple[str | None, bool]:
        """The tense, and whether the expression depends on the verb directly rather than
        through a noun ("la réunion du 15 mars a été reportée": the meeting may be ahead)."""
        before = self.skip_back(first - 1)
        if self.has_role(before, "since"):
            return "past", True
        if self.has_role(before, "until"):
            return "future", True
        start = self.words[first].start
        if start not in self._tenses:
            self._tenses[start] = self._verb_tense(start, self.words[last - 1].end)
        return self._tenses[start]

    def skip_back(self, i: int) -> int:
        while i >= 0 and self.has_role(i, "art"):
            i -= 1
        return i

    def _verb_tense(self, start: int, end: int) -> tuple[str | None, bool]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None, False
        token = span.root
        direct = True
        for _ in range(12):
            if token.i < span.start or token.i >= span.end:
                if token.pos_ in ("VERB", "AUX") and not (
                        token.head.pos_ == "ADP" and "Part" in token.morph.get("VerbForm")):
                    # Not a participle that a preposition takes as its object ("through the
                    # Kerem Shalom crossing on Wednesday"): a noun the tagger took for a verb.
                    return self._tense_of(token), direct
                copula = [c for c in token.children if self.role(c) == "cop"]
                if copula:
                    return self._tense_of(copula[0]), direct
                if token.pos_ in ("NOUN", "PROPN", "PRON"):
                    direct = False
            if token.head is token:
                break
            token = token.head
        return None, False

    def _spelled_future(self, token: Token) -> bool:
        """A future or conditional recognised by its spelling: stem + ending ("annoncerait")."""
        lemma, text = token.lemma_.lower(), token.text.lower()
        stem = self.table.irregular_stems.get(lemma)
        if stem is None:
            drop = self.table.drop_final
            stem = lemma[: -len(drop)] if drop and lemma.endswith(drop) else lemma
        ending = text[len(stem):] if text.startswith(stem) else None
        return ending in self.table.future_endings or ending in self.table.conditional_endings

    def _tense_of(self, verb: Token, depth: int = 0) -> str | None:
        auxes = [c for c in verb.children if self.role(c) in ("aux", "aux_pass")]
        for token in (*auxes, verb):
            if ("Fut" in token.morph.get("Tense") or "Cnd" in token.morph.get("Mood")
                    or self._spelled_future(token)
                    or (token is not verb
                        and token.lemma_.lower() in self.table.future_auxiliaries)):
                return "future"
        if "Inf" in verb.morph.get("VerbForm") and not auxes and verb.head is not verb:
            if verb.head.lemma_.lower() in self.table.future_auxiliaries:
                return "future"
            if depth == 0 and verb.head.pos_ in ("VERB", "AUX"):
                return self._tense_of(verb.head, depth + 1)
        unaccusative = verb.lemma_.lower() in self.table.unaccusative_verbs
        tensed = [a for a in auxes if self.role(a) == "aux" or unaccusative]
        for aux in [*tensed, *auxes]:
            found = aux.morph.get("Tense")
            if "Past" in found or "Imp" in found:
                return "past"
        # « a fait expulser jeudi »: the parser hangs the causative's participle beside the
        # infinitive instead of above it, and the tense auxiliary on the infinitive
        causative = bool(tensed) and any(
            _past_participle(c) and self.role(c) is None and c.i < verb.i
            for c in verb.children)
        participle = _past_participle(verb) or causative
        if participle and (tensed or not auxes):
            return "past"
        for token in (*auxes, verb):
            found = token.morph.get("Tense")
            if "Past" in found or "Imp" in found:
                return "past"
            if "Pres" in found:
                return "present"
        return None

    # -- scanning --------------------------------------------------------------------------------

    def scan(self) -> list[Piece]:
        rules: tuple[Callable[[int], Match | None], ...] = (
            self.since, self.ago_before, self.for_duration, self.during, self.rolling,
            self.between, self.every, self.blocked, self.expression,
        )
        pieces: list[Piece] = []
        words = self.words
        i = 0
        while i < len(words):
            word = words[i]
            # Most words are plain words or punctuation with no role, which start nothing
            # (see may_start): passed by without a call.
            if (not word.roles and word.cat in PLAIN) or not self.may_start(i):
                i += 1
                continue
            matches = _matches(rules, i)
            if not matches:
                i += 1
                continue
            best = max(matches, key=lambda m: m.end)
            pieces += best.pieces
            i = best.end
        return pieces

    def may_start(self, i: int) -> bool:
        """Whether any rule can match at word ``i``: every rule needs a calendar or number word
        there, or after a role word ("depuis", "le", "en") and the articles or "of" after it.
        A word the tables do not know starts no expression, nor does a number that is neither
        a possible year nor followed by a word the tables know ("3 jours", "26 mai", "7 et 8")."""
        word = self.words[i]
        if word.roles:
            return self.is_calendar(self.skip(i + 1, "art", "of"))
        if word.cat == "num":
            following = self.at(i + 1)
            next_known = following is not None and (bool(following.roles)
                                                    or self.is_calendar(i + 1))
            return next_known or (len(word.digits) == 4 and not word.ordinal
                                  and word.key in YEAR_RANGE)
        return word.cat not in PLAIN

    def is_calendar(self, i: int) -> bool:
        """A word of a table category other than a role ("mai", "trois", "prochain", "ans")."""
        word = self.at(i)
        return word is not None and (word.cat not in ("word", "punct", "role")
                                     or word.text.lower() in self.table.decade_nouns)

    def blocked(self, i: int) -> Match | None:
        """Names built on calendar words ("Vendredi saint") consume their words."""
        return Match(i + 1, ()) if self.is_(i, "blocked") else None

    # -- wrappers: since, ago, for, during, between, every ----------------------------------------

    def since(self, i: int) -> Match | None:
        """depuis 2006 -> 2006 with the interval 2006..publication; depuis trois ans -> P3Y."""
        if not self.has_role(i, "since"):
            return None
        j = self.skip(i + 1, "art")
        counted = self.count_unit(j)
        if counted is not None:
            n, unit, end = counted
            start = shift(self.published, -n, unit).isoformat() if self.published and n else None
            end_value = self.published.isoformat() if self.published else None
            return Match(end, (Piece(i, end, "duration", duration(n, unit),
                                     PRECISION_OF_UNIT[unit], "since+duration",
                                     interval_start=start, interval_end=end_value),))
        inner = self.expression(j)
        if inner is None or len(inner.pieces) != 1 or inner.pieces[0].type != "date":
            return None
        found = inner.pieces[0]
        end_value = self.published.isoformat() if self.published else None
        return Match(inner.end, (replace(found, first=i, rule="since+" + found.rule,
                                         interval_start=found.value,
                                         interval_end=end_value),))

    def count_unit(self, i: int) -> tuple[int | None, str, int] | None:
        """"trois ans", "3 jours", "plusieurs années", "plus de vingt ans": (n or None, unit,
        end); an approximation keeps its number (TimeML puts it in a modifier)."""
        if self.is_(i, "approx"):
            i += 1
        word = self.at(i)
        if word is None:
            return None
        if word.cat == "num" and not word.ordinal and self.is_(i + 1, "unit"):
            if word.digits and len(word.digits) > 3:
                return None
            return word.key, self.words[i + 1].key, i + 2
        if word.cat == "vague" and self.is_(i + 1, "unit"):
            return None, self.words[i + 1].key, i + 2
        return None

    def ago_before(self, i: int) -> Match | None:
        """il y a trois jours."""
        if not self.has_role(i, "ago"):
            return None
        counted = self.count_unit(i + 1)
        if counted is None:
            return None
        return self.ago_piece(i, counted[2], counted[0], counted[1])

    def ago_piece(self, first: int, last: int, n: int | None, unit: str) -> Match:
        if n is None:
            return Match(last, (Piece(first, last, "date", "PAST_REF", None, "ago"),))
        precision = PRECISION_OF_UNIT[unit]
        value = fmt(shift(self.published, -n, unit), precision) if self.published else None
        return Match(last, (Piece(first, last, "date", value, precision, "ago"),))

    def for_duration(self, i: int) -> Match | None:
        """pendant trois ans -> P3Y."""
        if not self.has_role(i, "for"):
            return None
        counted = self.count_unit(self.skip(i + 1, "art"))
        if counted is None:
            return None
        n, unit, end = counted
        return Match(end, (Piece(i, end, "duration", duration(n, unit),
                                 PRECISION_OF_UNIT[unit], "for+duration"),))

    def during(self, i: int) -> Match | None:
        """au cours de l'année écoulée, over the past three years: the span before publication."""
        if not self.has_role(i, "during", "in", "for"):
            return None
        inner = self.rolling(self.skip(i + 1, "art", "of"))
        if inner is None:
            return None
        return Match(inner.end, (replace(inner.pieces[0], first=i),))

    def rolling(self, i: int) -> Match | None:
        """l'année écoulée, les trois dernières années, the past year, the last three years:
        the span that ends at publication (not the calendar year of "l'année dernière")."""
        j = self.skip(i, "art")
        count: int | None = None
        backwards = False
        lead = self.modifier_before(j)
        if lead == "past" or (lead == "last" and self.is_(j + 1, "num")):
            backwards = True
            j += 1
        if self.is_(j, "num") and not self.words[j].ordinal:
            count = self.words[j].key
            j += 1
            if self.mod(j, "after") in ("last", "past"):  # "les trois dernières années"
                backwards = True
                j += 1
        if not self.is_(j, "unit"):
            return None
        unit = self.words[j].key
        end = j + 1
        if self.modifier_after(end) == "past":  # "l'année écoulée"
            backwards = True
            end += 1
        n = 1 if count is None else count
        if not backwards or n <= 0:
            return None
        start = shift(self.published, -n, unit).isoformat() if self.published else None
        end_value = self.published.isoformat() if self.published else None
        return Match(end, (Piece(i, end, "duration", duration(n, unit),
                                 PRECISION_OF_UNIT[unit], "rolling",
                                 interval_start=start, interval_end=end_value),))

    def between(self, i: int) -> Match | None:
        """entre 2010 et 2015, du 19 au 23 juillet, 1982-1990, 2002/2003: both ends, each with
        the whole interval; "les 7 et 8 mars": two days."""
        opener = self.has_role(i, "between", "from")
        j = self.skip(i + 1 if opener else i, "art")
        first_day = self.at(j)
        if (first_day is not None and first_day.cat == "num" and 1 <= first_day.key <= 31
                and 0 < len(first_day.digits) <= 2 and self.has_role(j + 1, "to", "and")):
            if not opener and not self.has_role(j + 1, "and"):
                return None
            later = self.expression(self.skip(j + 2, "art"))
            if later is None or later.pieces[0].precision != "day":
                return None
            second = later.pieces[0]
            value = self._same_month_day(second.value, first_day.key)
            if value is None:
                return None
            left = Piece(j, j + 1, "date", value, "day", "range", tense=second.tense)
            if not opener:
                return Match(later.end, (replace(left, rule="list"), second))
            return self._range(left, second, later.end)
        if not opener and self.year_at(j) is None:
            return None
        first = self.expression(j)
        if first is None or len(first.pieces) != 1:
            return None
        k = first.end
        connector = opener and self.has_role(k, "and", "to")
        dash = self.punct(k, "-/") and self.words[k].start == self.words[k - 1].end
        if not (connector or dash):
            return None
        later = self.expression(self.skip(k + 1, "art"))
        if later is None or len(later.pieces) != 1:
            return None
        left, right = first.pieces[0], later.pieces[0]
        if left.precision != right.precision or left.type != "date" or right.type != "date":
            return None
        if not opener and (left.rule != "year" or right.rule != "year"):
            return None
        return self._range(left, right, later.end)

    @staticmethod
    def _same_month_day(value: str | None, day: int) -> str | None:
        if value is None:
            return None
        later = date.fromisoformat(value)
        earlier = _valid_date(later.year, later.month, day)
        return earlier.isoformat() if earlier and earlier < later else None

    def _range(self, left: Piece, right: Piece, end: int) -> Match:
        if (left.value and right.value and left.value > right.value
                and left.precision in ("day", "month")):
            # "de mars à mai 2019": the first end takes the year written at the second
            moved = right.value[:4] + left.value[4:]
            if moved <= right.value:
                left = replace(left, value=moved)
        ends = {"interval_start": left.value, "interval_end": right.value}
        return Match(end, (replace(left, rule="range+" + left.rule, **ends),
                           replace(right, rule="range+" + right.rule, **ends)))

    def every(self, i: int) -> Match | None:
        """chaque jour, tous les jeudis, every two weeks, par an: recurring times (sets)."""
        if not self.has_role(i, "every", "per"):
            return None
        j = self.skip(i + 1, "art")
        n = 1
        if self.is_(j, "num") and self.has_role(i, "every") and self.is_(j + 1, "unit"):
            n = self.words[j].key
            j += 1
        word = self.at(j)
        if word is None:
            return None
        if word.cat == "unit":
            if self.has_role(i, "per") and self.skip(i + 1, "art") != j:
                return None
            return Match(j + 1, (Piece(i, j + 1, "set", duration(n, word.key),
                                       PRECISION_OF_UNIT[word.key], "every"),))
        if (word.cat in ("weekday", "weekday_plural") and self.has_role(i, "every")
                and not self.is_name(j)):
            return Match(j + 1, (Piece(i, j + 1, "set", f"XXXX-WXX-{word.key}", "day",
                                       "every"),))
        return None

    # -- expressions ---------------------------------------------------------------------------

    def expression(self, i: int) -> Match | None:
        """The longest dated expression starting at word ``i``."""
        word = self.at(i)
        if word is None:
            return None
        rules = (self.numeric_date, self.day_month, self.month_day, self.month_named,
                 self.year, self.decade, self.weekday, self.deictic, self.this_part,
                 self.relative_unit, self.season, self.now, self.ago_after, self.bounded)
        matches = _matches(rules, i)
        if not matches:
            return None
        return max(matches, key=lambda m: m.end)

    def bounded(self, i: int) -> Match | None:
        """début des années 60, fin septembre 2000, late May: the bound joins the span."""
        if not self.is_(i, "bound"):
            return None
        j = i + 1
        if self.punct(j, "-"):
            j += 1
        k = self.skip(j, "of", "art")
        inner = (self.month_named(k, cued=True) or self.decade(k) or self.year(k)
                 or self.relative_unit(k) or self.current_unit(j, k))
        if inner is None:
            return None
        return Match(inner.end, (replace(inner.pieces[0], first=i),))

    def current_unit(self, j: int, k: int) -> Match | None:
        """fin de l'année, the end of the month: with a bound and an article, the current one."""
        if k == j or not self.is_(k, "unit", "year", "month", "week"):
            return None
        return self.unit_value(j, k + 1, self.words[k].key, 0, "bound+this")

    def numeric_date(self, i: int) -> Match | None:
        word = self.words[i]
        if word.cat != "numdate":
            return None
        value = word.key.isoformat() if word.key else None  # None: day and month ambiguous
        return Match(i + 1, (Piece(i, i + 1, "date", value, "day", "numeric"),))

    def day_number(self, i: int) -> int | None:
        word = self.at(i)
        if word is None:
            return None
        if word.cat == "day_ordinal":
            return word.key
        if word.cat == "num" and word.digits and len(word.digits) <= 2 and 1 <= word.key <= 31:
            return word.key
        return None

    def month_word(self, i: int, abbreviations: bool) -> int | None:
        word = self.at(i)
        if word is None:
            return None
        if word.cat == "month" and not self.is_name(i):
            return word.key
        if abbreviations and word.cat == "month_abbr":
            return word.key
        return None

    def weekday_prefix(self, i: int) -> tuple[int, int | None]:
        """An optional weekday before a date ("le samedi 5 juin", "Tuesday, May 3")."""
        j = self.skip(i, "art")
        if self.is_(j, "weekday") and not self.is_name(j):
            k = j + 1
            if self.punct(k, ","):
                k += 1
            return k, self.words[j].key
        return i, None

    def day_month(self, i: int) -> Match | None:
        """26 mai 2022, le 9 octobre, 1er septembre prochain, samedi 29 mai, 26 May 2022."""
        if "DM" not in self.table.day_month_orders:
            return None
        j, weekday = self.weekday_prefix(i)
        j = self.skip(j, "art")
        day = self.day_number(j)
        if day is None:
            return None
        month = self.month_word(j + 1, abbreviations=True)
        if month is None:
            return None
        end = j + 2
        if self.punct(end, ".") and self.is_(j + 1, "month_abbr"):
            end += 1
        return self.dated(i, end, month, day, weekday)

    def month_day(self, i: int) -> Match | None:
        """May 26, May 26, 2022, Tuesday, May 3."""
        if "MD" not in self.table.day_month_orders:
            return None
        j, weekday = self.weekday_prefix(i)
        j = self.skip(j, "art")
        month = self.month_word(j, abbreviations=True)
        if month is None:
            return None
        k = j + 1
        if self.punct(k, ".") and self.is_(j, "month_abbr"):
            k += 1
        day = self.day_number(k)
        if day is None or self.is_(k, "day_ordinal"):
            return None
        if self.is_(k + 1, "unit"):
            return None  # "May 3 days": not a date
        end = k + 1
        if self.punct(end, ",") and self.year_at(end + 1) is not None:
            end += 1
        return self.dated(i, end, month, day, weekday)

    def dated(self, first: int, end: int, month: int, day: int,
              weekday: int | None) -> Match | None:
        """A day and month, completed by a year, a modifier or the publication date."""
        year = self.year_at(end)
        if year is not None:
            found = _valid_date(year, month, day)
            if found is None:
                return None
            return Match(end + 1, (Piece(first, end + 1, "date", found.isoformat(), "day",
                                         "day+month+year"),))
        modifier = self.modifier_after(end)
        if modifier in ("last", "next"):
            end += 1
        else:
            modifier = None
        tense, direct = self.clause(first, end)
        value = None
        if self.published is not None:
            found = day_month_date(self.published, month, day, modifier,
                                   tense if direct else None)
            if weekday is not None and found is not None and found.isoweekday() != weekday:
                found = weekday_fit(self.published, month, day, weekday)
            value = found.isoformat() if found else None
        return Match(end, (Piece(first, end, "date", value, "day", "day+month",
                                 tense=tense),))

    def year_phrase(self, i: int) -> tuple[int | None, int] | None:
        """The year after a month: 2022, de l'année dernière, last year -> (year, end); the
        year is None when it is relative and there is no publication date."""
        year = self.year_at(i)
        if year is not None:
            return year, i + 1
        j = self.skip(i, "of", "art")
        lead = self.modifier_before(j)
        shift_by = None
        if self.is_(j + 1, "unit", "year"):
            shift_by = MOD_SHIFT.get(lead or "")
        if j > i and self.is_(j, "unit", "year"):
            shift_by = MOD_SHIFT.get(self.modifier_after(j + 1) or "")
        if shift_by is None:
            return None
        return (self.published.year + shift_by if self.published else None), j + 2

    def month_named(self, i: int, cued: bool = False) -> Match | None:
        """mai 2022, mai dernier, en mai de l'année dernière, in May last year, mai et juin
        derniers, en mars: a month, or a list of months sharing what follows the last one."""
        j = i
        lead = self.modifier_before(j)
        if lead in ("next", "last", "this"):
            j += 1
        months: list[int] = []
        firsts: list[int] = []
        while True:
            month = self.month_word(j, abbreviations=False)
            if month is None:
                break
            months.append(month)
            firsts.append(j)
            j += 1
            if (self.has_role(j, "and") or self.punct(j, ",-/")) and self.month_word(
                    j + 1, abbreviations=False) is not None:
                j += 1
                continue
            break
        if not months:
            return None
        end = j
        phrase = self.year_phrase(end)
        modifier = lead
        year: int | None = None
        if phrase is not None:
            year, end = phrase
        elif self.modifier_after(end) in ("last", "next", "this"):
            modifier = self.modifier_after(end)
            end += 1
        elif modifier is None and not cued and not self._month_cue(i, len(months)):
            return None
        tense = None if phrase or modifier else self.tense(i, end)
        if phrase is None and self.published is not None:
            # a list of months shares the year of its last one: "mars-avril" is one stretch
            year = month_year(self.published, months[-1], modifier, tense)
        pieces = []
        for n, (first, month) in enumerate(zip(firsts, months, strict=True)):
            value = f"{year:04d}-{month:02d}" if year is not None else None
            last = end if n == len(months) - 1 else first + 1
            pieces.append(Piece(i if n == 0 else first, last, "date", value, "month",
                                "month", tense=tense))
        return Match(end, tuple(pieces))

    def _month_cue(self, i: int, count: int) -> bool:
        """A bare month needs a preposition or a bound before it ("en mai", "fin mars"), or
        a list ("mars-avril"): alone, "mai" may be anything."""
        if count > 1:
            return True
        before = self.at(i - 1)
        if before is None:
            return False
        return bool(before.roles & {"in", "of", "since", "until", "from", "to", "during",
                                    "between"}) or before.cat in ("bound", "unit")

    def year(self, i: int) -> Match | None:
        """en 2017, 1975, l'année 2022."""
        j = i
        if self.is_(j, "unit", "year") and self.year_at(j + 1) is not None:
            j += 1
        year = self.year_at(j)
        if year is None:
            return None
        return Match(j + 1, (Piece(i, j + 1, "date", f"{year:04d}", "year", "year"),))

    def decade(self, i: int) -> Match | None:
        """dans les années 1990 -> 199, les années 60 -> 196, the 1990s -> 199."""
        word = self.at(i)
        if word is not None and word.cat == "decade":
            return Match(i + 1, (Piece(i, i + 1, "date", f"{word.key:03d}", "decade",
                                       "decade"),))
        j = self.skip(i, "art")
        noun = self.at(j)
        if noun is None or noun.text.lower() not in self.table.decade_nouns:
            return None
        number = self.at(j + 1)
        if number is None or number.cat != "num" or number.key % 10:
            return None
        if len(number.digits) == 4 and number.key in YEAR_RANGE:
            value: str | None = f"{number.key // 10:03d}"
        elif len(number.digits) == 2:
            # "les années 20" may be the 1920s or the 2020s: only 30-90 are sure.
            value = f"19{number.digits[0]}" if number.key >= 30 else None
        else:
            return None
        return Match(j + 2, (Piece(i, j + 2, "date", value, "decade", "decade"),))

    def weekday(self, i: int) -> Match | None:
        """vendredi prochain, mardi dernier, ce mardi, next Friday, jeudi, mardi soir."""
        j = i
        lead = self.modifier_before(j)
        if lead in ("next", "last", "this"):
            j += 1
        elif lead is not None:
            return None
        j = self.skip(j, "art") if lead is None else j
        word = self.at(j)
        if word is None or word.cat != "weekday" or self.is_name(j):
            return None
        if self.is_(j - 1, "day_ordinal") or (self.at(j - 1) and self.words[j - 1].ordinal):
            return None  # "le premier dimanche du printemps": counted, not named
        end = j + 1
        modifier = lead
        after = self.modifier_after(end)
        if modifier is None and after in ("next", "last"):
            modifier = after
            end += 1
        part = self.at(end).key if self.is_(end, "part") else None
        if part:
            end += 1
        tense = None if modifier else self.tense(j, end)
        value = None
        if self.published is not None:
            direction = modifier or ("past" if tense == "past" else "upcoming")
            value = weekday_date(self.published, word.key, direction).isoformat()
        if part:
            return Match(end, (Piece(i, end, "time", value and f"{value}T{part}", "day",
                                     "weekday+part", tense=tense),))
        return Match(end, (Piece(i, end, "date", value, "day", "weekday", tense=tense),))

    def deictic(self, i: int) -> Match | None:
        """hier, aujourd'hui, demain, hier soir, tonight."""
        word = self.words[i]
        if word.cat == "deictic_part":
            key, part = word.key
            end = i + 1
        elif word.cat == "deictic":
            key, part = word.key, None
            end = i + 1
            if self.is_(end, "part"):
                part = self.words[end].key
                end += 1
        else:
            return None
        value = None
        if self.published is not None:
            value = (self.published + timedelta(days=DEICTIC_DAYS[key])).isoformat()
        if part:
            return Match(end, (Piece(i, end, "time", value and f"{value}T{part}", "day",
                                     "deictic+part"),))
        return Match(end, (Piece(i, end, "date", value, "day", "deictic"),))

    def this_part(self, i: int) -> Match | None:
        """ce matin, ce soir, this morning: today's part of day."""
        if self.modifier_before(i) != "this" or not self.is_(i + 1, "part"):
            return None
        part = self.words[i + 1].key
        value = f"{self.published.isoformat()}T{part}" if self.published else None
        return Match(i + 2, (Piece(i, i + 2, "time", value, "day", "this+part"),))

    def relative_unit(self, i: int) -> Match | None:
        """la semaine prochaine, le mois dernier, l'an dernier, cette année, next week."""
        j = self.skip(i, "art")
        lead = self.modifier_before(j)
        if lead in MOD_SHIFT:
            unit_at = j + 1
            end = j + 2
            shift_by = MOD_SHIFT[lead]
        elif lead is None:
            unit_at = j
            after = self.modifier_after(j + 1)
            if after not in MOD_SHIFT:
                return None
            end = j + 2
            shift_by = MOD_SHIFT[after]
        else:
            return None
        if not self.is_(unit_at, "unit") or self.is_(unit_at, "unit", "day"):
            return None
        if self.punct(end, "-") and self.at(end + 1) is not None and (
                self.words[end + 1].text.lower() in self.table.anaphoric_suffixes):
            return None  # "cette année-là": that year, not this one
        return self.unit_value(i, end, self.words[unit_at].key, shift_by, "relative")

    def unit_value(self, first: int, end: int, unit: str, shift_by: int, rule: str) -> Match:
        precision = PRECISION_OF_UNIT[unit]
        value = fmt(shift(self.published, shift_by, unit), precision) if self.published else None
        return Match(end, (Piece(first, end, "date", value, precision, rule),))

    def season(self, i: int) -> Match | None:
        """l'été 2022, l'hiver dernier, cet été, en été (no year: XXXX-SU)."""
        j = i
        lead = self.modifier_before(j)
        if lead in MOD_SHIFT:
            j += 1
        elif lead is not None:
            return None
        had_article = self.skip(j, "art") > j
        j = self.skip(j, "art")
        word = self.at(j)
        # A season needs a determiner or a preposition: "été" is also a participle.
        if word is None or word.cat != "season" or not (
                had_article or lead or self.has_role(i - 1, "in", "since", "until", "during")):
            return None
        if self.is_name(j, tagged=False):
            return None
        end = j + 1
        year = self.year_at(self.skip(end, "of"))
        if year is not None:
            end = self.skip(end, "of")
        elif self.has_role(end, "of"):
            return None  # "le Printemps de l'environnement": a name
        after = self.modifier_after(end)
        if year is not None:
            value: str | None = f"{year:04d}-{word.key}"
            end += 1
        elif lead or after in ("last", "next"):
            if after in ("last", "next"):
                end += 1
            value = self._season_value(word.key, lead or after)
        else:
            value = f"XXXX-{word.key}"
        return Match(end, (Piece(i, end, "date", value, "season", "season"),))

    def _season_value(self, season: str, modifier: str) -> str | None:
        """The year of a season named with last/next/this; winter spans two years, so it is
        left unresolved."""
        if self.published is None or season == "WI":
            return None
        order = ("WI", "SP", "SU", "FA")
        current = order[(self.published.month % 12) // 3]
        year = self.published.year
        if modifier == "last":
            year -= 1 if order.index(season) >= order.index(current) else 0
        elif modifier == "next":
            year += 1 if order.index(season) <= order.index(current) else 0
        return f"{year:04d}-{season}"

    def now(self, i: int) -> Match | None:
        if not self.is_(i, "now"):
            return None
        return Match(i + 1, (Piece(i, i + 1, "date", "PRESENT_REF", None, "now"),))

    def ago_after(self, i: int) -> Match | None:
        """three days ago."""
        counted = self.count_unit(i)
        if counted is None or not self.has_role(counted[2], "ago"):
            return None
        return self.ago_piece(i, counted[2] + 1, counted[0], counted[1])


# ---------------------------------------------------------------------------------------------
# The analyser


def find_times(analysis: Analysis) -> None:
    """Temporal expressions of the article, resolved against its publication date, appended to
    ``analysis.times`` in text order, each with a trace note for ``vigie explain``."""
    table = time_table(analysis.lang)
    text = analysis.article.text
    published = analysis.article.published
    scanner = Scanner(lex(text, table), text, analysis.doc, table, published)
    for ref, piece in _records(scanner, scanner.scan(), analysis.doc_id):
        analysis.times.append(ref)
        verdict = "found" if ref.value is not None else "unresolved"
        anchor = published.isoformat() if published else "no publication date"
        detail = f", clause tense {piece.tense}" if piece.tense else ""
        analysis.note("time", ref.start, ref.end, verdict,
                      f"{piece.rule}: {ref.text!r} -> {ref.value} ({ref.type}, "
                      f"{ref.precision}) against {anchor}{detail}")


def _records(scanner: Scanner, pieces: Iterable[Piece],
             doc_id: str) -> list[tuple[TimeRef, Piece]]:
    records = []
    for piece in pieces:
        start = scanner.words[piece.first].start
        end = scanner.words[piece.last - 1].end
        ref = TimeRef(doc_id=doc_id, text=scanner.text[start:end], start=start, end=end,
                      type=piece.type, value=piece.value, precision=piece.precision,
                      interval_start=piece.interval_start, interval_end=piece.interval_end)
        records.append((ref, piece))
    records.sort(key=lambda pair: (pair[0].start, pair[0].end))
    return records
