"""Scoring who a quote is attributed to against a gold table of quotes and their speakers.

The table (``tests/data/quote_speakers.tsv``) has one row per quote: an article id, its
language, its text (given on the article's first row only; ``\\n`` stands for a line break),
words of the quote, and the gold speaker. The speaker cell lists the accepted mentions of the
speaker separated by ``|`` (the name, or the name with its title); several speakers of one
quote are separated by ``;``; an empty cell says the quote has no speaker (a title, a slogan,
a sign, a report), so that any speaker found there is an over-attribution.

A quote's predicted speakers are those of ``attribution_at`` at the first character of the
quoted words: what claims and events see. They are right when each of them is one of the gold
speakers (its text, or the name coreference gave it: "he" of "Marchetti … he said" is right as
"Luca Marchetti") and each gold speaker is among them.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vigie.analysis import Analysis
from vigie.model import Actor, Article
from vigie.pipeline import analyse
from vigie.quotes import attribution_at

# Outcomes of one quote.
RIGHT = "right"  # the gold speakers, or no speaker where the gold has none
MISSED = "missed"  # a gold speaker, none found
WRONG = "wrong"  # someone else found
OVER = "over"  # a speaker found where the gold has none
OUTCOMES = (RIGHT, MISSED, WRONG, OVER)


@dataclass(frozen=True, slots=True)
class GoldQuote:
    article: str
    lang: str
    text: str
    words: str  # words of the quote, found once in the text
    speakers: tuple[frozenset[str], ...]  # accepted mentions of each gold speaker

    @property
    def offset(self) -> int:
        return self.text.index(self.words)


@dataclass(frozen=True, slots=True)
class QuoteResult:
    gold: GoldQuote
    found: tuple[Actor, ...]
    outcome: str


@dataclass(frozen=True, slots=True)
class SpeakerScore:
    results: tuple[QuoteResult, ...]
    analyses: tuple[Analysis, ...]  # the gold articles, analysed

    def counts(self, lang: str | None = None) -> Counter[str]:
        return Counter(r.outcome for r in self.results if lang in (None, r.gold.lang))

    def accuracy(self, lang: str | None = None) -> float:
        counts = self.counts(lang)
        total = sum(counts.values())
        return counts[RIGHT] / total if total else 0.0


def load_gold(path: str | Path) -> list[GoldQuote]:
    quotes: list[GoldQuote] = []
    texts: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["text"]:
                texts[row["id"]] = row["text"].replace("\\n", "\n")
            speakers = tuple(frozenset(alt.strip() for alt in group.split("|"))
                             for group in row["speaker"].split(";") if group.strip())
            quotes.append(GoldQuote(row["id"], row["lang"], texts[row["id"]], row["quote"],
                                    speakers))
    return quotes


def judge(gold: GoldQuote, found: Sequence[Actor]) -> str:
    if not gold.speakers:
        return OVER if found else RIGHT
    if not found:
        return MISSED

    def matches(actor: Actor, accepted: frozenset[str]) -> bool:
        return actor.text in accepted or actor.name in accepted

    every_found_is_gold = all(any(matches(a, g) for g in gold.speakers) for a in found)
    every_gold_is_found = all(any(matches(a, g) for a in found) for g in gold.speakers)
    return RIGHT if every_found_is_gold and every_gold_is_found else WRONG


def score(gold: Iterable[GoldQuote], published: str = "2024-05-14") -> SpeakerScore:
    quotes = list(gold)
    articles: dict[str, Article] = {}
    for quote in quotes:
        articles.setdefault(quote.article, Article(
            id=quote.article, text=quote.text, lang=quote.lang,
            published=date.fromisoformat(published)))
    analyses = {a.doc_id: a for a in analyse(articles.values()) if isinstance(a, Analysis)}
    results = []
    for quote in quotes:
        attribution = attribution_at(analyses[quote.article], quote.offset)
        found = attribution.speaker if attribution is not None else ()
        results.append(QuoteResult(quote, found, judge(quote, found)))
    return SpeakerScore(tuple(results), tuple(analyses.values()))


def format_score(result: SpeakerScore, *, details: bool = False) -> str:
    lines = []
    for lang in (None, *sorted({r.gold.lang for r in result.results})):
        counts = result.counts(lang)
        total = sum(counts.values())
        figures = ", ".join(f"{o} {counts[o]}" for o in OUTCOMES)
        lines.append(f"{lang or 'all'}: speaker right {counts[RIGHT]}/{total} "
                     f"({result.accuracy(lang):.3f}); {figures}")
    if details:
        for r in result.results:
            if r.outcome != RIGHT:
                found = "; ".join(f"{a.text} [{a.name}]" for a in r.found) or "-"
                gold = "; ".join("|".join(sorted(g)) for g in r.gold.speakers) or "-"
                lines.append(f"  {r.outcome:6} {r.gold.article:6} {r.gold.words[:40]!r}: "
                             f"found {found}; gold {gold}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(format_score(score(load_gold(sys.argv[1])), details="--details" in sys.argv))
