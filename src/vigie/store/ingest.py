"""``vigie ingest``: read, deduplicate, analyse in a process pool or on Ray, write in input
order.

The parent process reads the inputs (on Ray: has them read, keyed and signed by Ray
Data, and the near-copy candidates found by a group-by, ``vigie.engines.ray``) and
decides, in input order, what each article is: an input already stored, a copy (exact
or near) of a text already analysed, or a new text to analyse. Only new texts go to
the workers (``vigie.engines.local``, or Ray actors); their rows come back in input
order and the parent writes each batch, its source links and its failures in one
transaction. Killed at any moment, a re-run of the same command finds the committed
batches in the store, rebuilds the same deduplication state from them, and writes the
rest: the same database as a run that was never interrupted.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from tqdm import tqdm

from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.dedup import Deduplicator, Match, signature_bytes, signature_from_bytes
from vigie.engines.local import LocalEngine, default_workers
from vigie.errors import InputError, internal_error
from vigie.model import Article
from vigie.readers import WALKED_SUFFIXES, ReadOptions, read_inputs
from vigie.readers.warc import is_warc_name
from vigie.store import StoreSource, TableReader, opened
from vigie.store.rows import Rows, analyse_rows, empty_rows, error_hash, error_row, merge
from vigie.store.schema import COLUMNS, RECORD_TABLES

if TYPE_CHECKING:
    from vigie.engines.ray import Signed
    from vigie.engines.ray_dedup import Candidates

# Where the analysis runs: a process pool on this machine, or Ray actors (an optional extra).
ENGINES = ("local", "ray")

_DOC_ID, _STATUS, _ERROR, _PUBLISHED = (COLUMNS["articles"].index(c)
                                        for c in ("doc_id", "status", "error", "published"))


@dataclass
class IngestReport:
    """What one ingest run did; ``errors`` are the one-line messages of the inputs not analysed
    (unreadable, or skipped for want of a model for their language)."""

    added: int = 0
    duplicates: int = 0
    already_stored: int = 0
    skipped: int = 0
    failed: int = 0
    # Added without a publication date: their relative dates ("mardi", "last week") could not
    # be resolved, so their events are dated only where the text gives a full date.
    undated: int = 0
    records: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RECORD_TABLES, 0))
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        counts = ", ".join(f"{n} {table}" for table, n in self.records.items())
        return (f"{self.added} articles added ({counts}), {self.duplicates} duplicates linked, "
                f"{self.already_stored} already stored, {self.skipped} skipped, "
                f"{self.failed} failed; {self.undated} of the added without a publication date")


@dataclass
class _Batch:
    """What the parent decided for one batch of inputs: rows it writes itself (failures, source
    links, signatures) and the articles sent for analysis."""

    rows: Rows = field(default_factory=empty_rows)
    to_analyse: list[tuple[str, Article]] = field(default_factory=list)
    inputs: int = 0
    # Messages by input position, so that they are reported in input order.
    messages: list[tuple[int, str]] = field(default_factory=list)
    analysed_at: list[int] = field(default_factory=list)
    duplicates: int = 0
    already_stored: int = 0

    def record(self, report: IngestReport, analysed: list[Rows], added: dict[str, int]) -> None:
        """Count what this batch added to the store, once it is committed."""
        messages = list(self.messages)
        for position, article_rows in zip(self.analysed_at, analysed, strict=True):
            (row,) = article_rows["articles"]
            status = row[_STATUS]
            if status == "ok":
                report.added += 1
                if row[_PUBLISHED] is None:
                    report.undated += 1
                continue
            if status == "skipped":
                report.skipped += 1
            else:
                report.failed += 1
            messages.append((position, f"{row[_DOC_ID]}: {row[_ERROR]}"))
        report.failed += len(self.messages)
        report.errors += [message for _position, message in sorted(messages)]
        report.duplicates += self.duplicates
        report.already_stored += self.already_stored
        for table in RECORD_TABLES:
            report.records[table] += added[table]


# An input with the duplicate decision for its text (None for an input that gave an error).
Decided = tuple[Article | InputError, Match | None]

_LINKS_SQL = "SELECT text_hash, content_hash FROM article_sources"
_SIGNATURES_SQL = "SELECT content_hash, signature FROM signatures"


class _Planner:
    """The parent's state: what the store and this run already hold.

    ``lsh``: the deduplicator finds near-copy candidates itself (the local engine); without
    it they come from the Ray engine's group-by (``Deduplicator.decide``)."""

    def __init__(self, store: TableReader, *, lsh: bool = True) -> None:
        self.dedup = Deduplicator(lsh=lsh)
        self.dedup.load(store.keys(_LINKS_SQL), store.keys(_SIGNATURES_SQL))
        self.sources = set(store.keys("SELECT text_hash, doc_id FROM article_sources"))
        self.failures = {key for (key,) in store.keys(
            "SELECT content_hash FROM articles WHERE status = 'error'")}

    def decided(self, items: Iterable[Article | InputError]) -> Iterator[Decided]:
        """The inputs with their decisions, made here, one after the other."""
        for item in items:
            if isinstance(item, InputError):
                yield item, None
                continue
            try:
                yield item, self.dedup.match(item.text)
            except Exception as error:
                yield internal_error(item.id, error), None

    def plan(self, items: list[Decided]) -> _Batch:
        batch = _Batch(inputs=len(items))
        for position, (item, match) in enumerate(items):
            if isinstance(item, InputError) or match is None:
                batch.messages.append((position, str(item)))
                key = error_hash(item)
                if key not in self.failures:
                    self.failures.add(key)
                    batch.rows["articles"].append(error_row(key, item))
                continue
            if (match.text_hash, item.id) in self.sources:
                batch.already_stored += 1
                continue
            self.sources.add((match.text_hash, item.id))
            batch.rows["article_sources"].append((
                match.text_hash, item.id, match.content_hash, item.url, item.source, item.title,
                item.author, item.published, item.published_source, match.kind,
                match.similarity))
            if not match.is_new:
                batch.duplicates += 1
                continue
            if match.signature is not None:
                batch.rows["signatures"].append((match.content_hash,
                                                 signature_bytes(match.signature)))
            batch.to_analyse.append((match.content_hash, item))
            batch.analysed_at.append(position)
        return batch


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    stream = iter(items)
    while batch := list(islice(stream, size)):
        yield batch


def ingest(
    paths: Iterable[str],
    db_path: StoreSource,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    input_format: str = "auto",
    lang: str | None = None,
    published: date | None = None,
    stdin: BinaryIO | None = None,
    workers: int | None = 1,
    progress: bool | None = None,
    lake: bool = False,
    engine: str = "local",
    address: str | None = None,
    on_batch: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Read, deduplicate, analyse and store the inputs, into a store file or an open ``Store``
    (the server's).

    ``db_path`` is a DuckDB file, or with ``lake`` a Parquet lake folder (``vigie.lake``).
    ``engine``: ``local`` (a process pool) or ``ray`` (Ray actors; ``address`` joins a
    running cluster, None starts Ray here). ``workers`` processes or actors analyse (None:
    one per core). ``progress`` shows a progress bar on standard error (None: when standard
    error is a terminal). ``on_batch`` is called with the report so far after each batch is
    committed.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}")
    report = IngestReport()
    if progress is None:
        progress = sys.stderr is not None and sys.stderr.isatty()
    paths = list(paths)
    with _open_target(db_path, lake) as store, \
            tqdm(total=_estimate(paths) if progress else None, disable=not progress,
                 unit=" articles", dynamic_ncols=True, file=sys.stderr) as bar:
        if engine == "ray":
            planned = _planned_on_ray(paths, ReadOptions(input_format, lang, published, settings),
                                      stdin, store, settings, workers, address)
        else:
            items = read_inputs(paths, input_format, lang=lang, published=published,
                                stdin=stdin, settings=settings)
            planned = _planned_locally(items, store, settings, workers)
        for batch, analysed in planned:
            rows = batch.rows
            for article_rows in analysed:
                merge(rows, article_rows)
            batch.record(report, analysed, store.insert(rows))
            bar.update(batch.inputs)
            if on_batch is not None:
                on_batch(report)
    return report


def _planned_locally(items: Iterable[Article | InputError], store: TableReader,
                     settings: Settings, workers: int | None
                     ) -> Iterator[tuple[_Batch, list[Rows]]]:
    """Each batch of inputs planned in this process and analysed in the local process pool."""
    planner = _Planner(store)
    with LocalEngine(analyse_rows, settings, workers) as runner:
        jobs = ((batch, (settings, batch.to_analyse)) for batch in
                map(planner.plan, _batches(planner.decided(items), settings.batch_size)))
        yield from runner.map(jobs)


def _planned_on_ray(paths: list[str], read: ReadOptions, stdin: BinaryIO | None,
                    store: TableReader, settings: Settings, workers: int | None,
                    address: str | None) -> Iterator[tuple[_Batch, list[Rows]]]:
    """Each batch of inputs read on Ray, planned here from the group-by's near-copy
    candidates, and analysed by Ray actors: the batches the local engine makes."""
    # Imported here: Ray is an optional dependency.
    from vigie.engines.ray import RayEngine
    from vigie.engines.ray_dedup import near_candidates

    planner = _Planner(store, lsh=False)
    with RayEngine(settings, workers or default_workers(), address) as runner:
        inputs = runner.read(paths, read, stdin)
        candidates = near_candidates(inputs, store.keys(_SIGNATURES_SQL))
        plans: list[tuple[_Batch, int]] = []
        keys: dict[int, str] = {}
        for signed in _batches(runner.signed(inputs), settings.batch_size):
            batch = planner.plan([(s.item, _decide(planner.dedup, s, candidates))
                                  for s in signed])
            for at, (key, _article) in zip(batch.analysed_at, batch.to_analyse, strict=True):
                keys[signed[at].position] = key
            plans.append((batch, len(batch.to_analyse)))
        analysed = runner.analyse(inputs, keys)
        try:
            for batch, count in plans:
                yield batch, [rows for _position, rows in islice(analysed, count)]
        finally:
            # Ray Data's iterator ends (and reports its figures) while Ray is still up.
            analysed.close()


def _decide(dedup: Deduplicator, signed: Signed, candidates: Candidates) -> Match | None:
    if isinstance(signed.item, InputError):
        return None
    minhash = signature_from_bytes(signed.signature) if signed.signature else None
    return dedup.decide(signed.text_hash, minhash, candidates.get(signed.text_hash, ()))


def _open_target(target: StoreSource, lake: bool) -> AbstractContextManager[TableReader]:
    if lake:
        from vigie.lake import Lake

        return Lake(target, writable=True)
    return opened(target)


def _estimate(paths: list[str]) -> int | None:
    """How many inputs there are, for the progress bar's ETA: a line count for JSONL, one per
    other file; None (no ETA) when that cannot be known cheaply (archives, standard input)."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        candidate = Path(path)
        if candidate.is_dir():
            files = [f for f in candidate.rglob("*")
                     if f.is_file() and not any(p.startswith(".") for p in f.parts)
                     and (f.suffix.lower() in WALKED_SUFFIXES or is_warc_name(f.name))]
        else:
            files = [Path(p) for p in glob.glob(path, recursive=True)] or [candidate]
        for file in files:
            name = file.name.lower()
            if is_warc_name(name):
                return None
            if not file.is_file():
                continue
            if name.endswith(".jsonl"):
                with file.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            else:
                total += 1
    return total
