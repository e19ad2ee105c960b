"""Where one worker's time goes, stage by stage, in one warm process.

Builds the corpus of ``bench/run.py`` (``--articles N``, default 300), starts as an ingest
worker starts (``vigie.engines.local.load_models``: models, tables, indexes, then frozen out of
the garbage collector's way; ``--unfrozen`` gives them back to it), then passes over
the corpus ``--passes`` times, batch by batch as ``vigie ingest`` does with one worker:
deduplication of each text, the parse (``nlp.pipe``), each analyser of
``vigie.pipeline.ANALYSERS``, the store rows, and the write into a fresh DuckDB file.

For each stage it prints the CPU milliseconds per article of the first pass (what a short
ingest sees) and the median of the later passes, and, apart, the milliseconds the garbage
collector ran while that stage had control (``gc.callbacks``; included in the stage's CPU).
CPU time (``time.process_time``) rather than wall time: on a shared host, the wall clock
counts the other jobs too.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from run import OUT, build_corpus  # bench/run.py: the same corpus as the throughput benchmark

from vigie.analysis import Analysis
from vigie.config import DEFAULT_SETTINGS
from vigie.dedup import Deduplicator
from vigie.engines.local import load_models
from vigie.model import Article
from vigie.nlp import parse
from vigie.pipeline import ANALYSERS
from vigie.readers import read_inputs
from vigie.store import Store
from vigie.store.rows import add_analysis, empty_rows

STAGES = ("dedup", "parse", *(name for name, _analyser in ANALYSERS), "rows", "store")


class StageClock:
    """CPU seconds per stage, and the garbage collector's seconds inside each stage."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.gc: dict[str, float] = defaultdict(float)
        self.stage = "start-up"
        self._gc_started = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_started = time.process_time()
        else:
            self.gc[self.stage] += time.process_time() - self._gc_started

    @contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        self.stage = stage
        start = time.process_time()
        try:
            yield
        finally:
            self.cpu[stage] += time.process_time() - start
            self.stage = "between stages"

    def close(self) -> None:
        gc.callbacks.remove(self._on_gc)


def one_pass(articles: list[Article], database: Path) -> StageClock:
    """Dedup, parse, analyse, turn into rows and store every article, batch by batch."""
    settings = DEFAULT_SETTINGS
    clock = StageClock()
    dedup = Deduplicator()
    with Store(database) as store:
        for first in range(0, len(articles), settings.batch_size):
            batch = articles[first:first + settings.batch_size]
            keys = {}
            for article in batch:
                with clock.timing("dedup"):
                    keys[article.id] = dedup.match(article.text).content_hash
            rows = empty_rows()
            for lang in sorted({a.lang for a in batch if a.lang}):
                same = [a for a in batch if a.lang == lang]
                with clock.timing("parse"):
                    docs = list(parse((a.text for a in same), lang, settings))
                for article, doc in zip(same, docs, strict=True):
                    analysis = Analysis(article=article, doc=doc, lang=lang, settings=settings)
                    for name, analyser in ANALYSERS:
                        with clock.timing(name):
                            analyser(analysis)
                    with clock.timing("rows"):
                        add_analysis(rows, keys[article.id], analysis)
            with clock.timing("store"):
                store.insert(rows)
    clock.close()
    return clock


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="corpus size")
    parser.add_argument("--passes", type=int, default=3, help="passes over the corpus (≥ 2)")
    parser.add_argument("--unfrozen", action="store_true",
                        help="give what start-up froze back to the garbage collector, to measure "
                             "what freezing saves")
    args = parser.parse_args()

    corpus = OUT / f"corpus-{args.articles}.jsonl"
    _records, words = build_corpus(args.articles, corpus)
    articles = [a for a in read_inputs([str(corpus)]) if isinstance(a, Article)]
    start = time.process_time()
    load_models(DEFAULT_SETTINGS)
    print(f"start-up (load_models): {time.process_time() - start:.2f} s CPU, "
          f"{gc.get_freeze_count()} objects frozen; {len(articles)} articles, {words} words; "
          f"{max(2, args.passes)} passes")
    if args.unfrozen:
        gc.unfreeze()
    clocks = []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(max(2, args.passes)):
            clocks.append(one_pass(articles, Path(folder) / f"pass-{n}.duckdb"))
    print_table(clocks, len(articles))


def print_table(clocks: list[StageClock], n_articles: int) -> None:
    def per_article(seconds: float) -> str:
        return f"{1000 * seconds / n_articles:.2f}"

    def later(values: list[float]) -> float:
        return statistics.median(values)

    first, rest = clocks[0], clocks[1:]
    header = ("stage", "CPU ms/article, pass 1", "later passes (median)", "of which GC, pass 1",
              "later passes")
    table: list[tuple[str, ...]] = [header]
    for stage in (*STAGES, "total"):
        def value(clock: StageClock, kind: str, s: str = stage) -> float:
            counts: Any = getattr(clock, kind)
            return sum(counts.values()) if s == "total" else counts[s]
        table.append((stage, per_article(value(first, "cpu")),
                      per_article(later([value(c, "cpu") for c in rest])),
                      per_article(value(first, "gc")),
                      per_article(later([value(c, "gc") for c in rest]))))
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(cell.rjust(width) if i else cell.ljust(width)
                        for i, (cell, width) in enumerate(zip(row, widths, strict=True))))


if __name__ == "__main__":
    sys.exit(main())
