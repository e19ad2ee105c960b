"""The Ray engine: the ingest's reading and analysis as Ray Data stages, on one machine or a
cluster.

Three stages, each a Ray Data dataset kept in order (``preserve_order``):

1. ``read``: one row per input file (the files ``vigie.readers.input_sources`` lists), read
   by the readers the local engine uses, in tasks (``flat_map``); then, in ``map_batches``,
   each article's exact key and MinHash signature. The result is materialised: the
   duplicate group-by (``vigie.engines.ray_dedup``), the driver's planning and the analysis
   all read it.
2. The driver plans in input order (duplicates, sources already stored), from each input's
   key, signature and metadata only: the texts stay in the object store.
3. ``analyse``: ``map_batches`` with a stateful class, one actor per worker, which loads the
   models once and analyses the inputs the driver chose; rows come back in input order, so
   that the driver writes the same shards, byte for byte, as with the local engine.

A lost node costs time, not results: Ray Data retries the tasks and restarts the actors of
a lost node elsewhere, and every stage is a pure function of its input. Ray is an optional
dependency (``pip install 'vigie[ray]'``); importing this module without it raises
``ImportError``.
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Any, BinaryIO

import numpy as np
import ray
import ray.data

from vigie.config import Settings
from vigie.dedup import signature, signature_bytes, text_hash
from vigie.engines.local import load_models
from vigie.errors import InputError, internal_error, log, showing_tracebacks
from vigie.model import Article
from vigie.readers import ReadOptions, input_sources, read_source, stdin_bytes
from vigie.store.rows import Rows, analyse_rows

# Ray's own metrics and event timeline, off when Vigie starts Ray (a cluster joined keeps
# its own settings).
_QUIET_SYSTEM = {"enable_metrics_collection": False, "enable_timeline": False}

# The environment of a Ray Vigie starts, where the user has not set these: no usage report
# to Ray's servers; Ray's C++ log lines only when fatal (the driver's reach the user's
# terminal: an error about the analysis actors' constructor argument, which Ray Data keeps
# in the object store for the whole run; failures still surface as Python exceptions, and
# RAY_BACKEND_LOG_LEVEL=warning brings the lines back).
_OWN_RAY_ENVIRONMENT = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_BACKEND_LOG_LEVEL": "fatal"}

# Ray's Python loggers whose warnings are notices about Ray's own settings, not about the
# user's inputs or results: Ray Data's (its settings, its actors' sizes; it also logs each
# execution's plan at INFO) and the notice that token authentication, Ray's default, is on.
_RAY_NOTICES = ("ray.data", "ray._private.authentication")

# Input positions: the file's rank in the high bits, the article's rank in the file in the
# low ones, so that sorting on position is reading in input order.
_FILE_BITS = 32


@dataclass(frozen=True, slots=True)
class Signed:
    """An input as the driver plans it: its metadata (an article without its text, or the
    error it gave), its exact key and its MinHash signature (empty when too short or when
    it is an error); the text stays in the Ray object store."""

    position: int
    item: Article | InputError
    text_hash: str
    signature: bytes


class RayEngine:
    """Reads and analyses on Ray with ``workers`` analysis actors of one CPU each.

    ``address``: None starts a Ray of its own on this machine with ``workers`` CPUs (and
    stops it on close); ``auto`` or ``ray://HOST:PORT`` joins a running cluster. A Ray this
    process already started (``ray.init`` in a program or a test) is used as it is.
    """

    def __init__(self, settings: Settings, workers: int = 1,
                 address: str | None = None) -> None:
        self.settings = settings
        self.workers = max(1, workers)
        for name in _RAY_NOTICES:
            logging.getLogger(name).setLevel(logging.ERROR)
        self.started = not ray.is_initialized()
        if self.started:
            if address is None:
                # "local": a Ray of its own, not one another user started on this host. No
                # dashboard, no metrics exporter, no event timeline: CPU the actors need.
                for name, value in _OWN_RAY_ENVIRONMENT.items():
                    os.environ.setdefault(name, value)
                with _stderr_shown_on_failure():
                    ray.init(address="local", num_cpus=self.workers, include_dashboard=False,
                             log_to_driver=False, configure_logging=False,
                             _system_config=_QUIET_SYSTEM)
            else:
                ray.init(address=address, log_to_driver=False, configure_logging=False)
        context = ray.data.DataContext.get_current()
        # Rows in input order, whichever task or actor finished first.
        context.execution_options.preserve_order = True
        # Group-bys by sorting, in tasks (which Ray retries on another node) rather than the
        # hash shuffle's long-lived actors.
        context.shuffle_strategy = ray.data.context.ShuffleStrategy.SORT_SHUFFLE_PULL_BASED
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        # Metrics nobody reads here: object locations and per-node figures cost driver CPU.
        context.enable_get_object_locations_for_metrics = False
        context.enable_per_node_metrics = False

    def __enter__(self) -> RayEngine:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self.started:
            ray.shutdown()
            self.started = False

    def read(self, paths: Iterable[str], options: ReadOptions,
             stdin: BinaryIO | None = None) -> ray.data.Dataset:
        """The inputs, one row per article or error in input order: ``position``, ``item``
        (the pickled article or error), ``warnings`` (what the readers logged reading it),
        ``head`` (the item without its text), ``text_hash`` and ``signature``; materialised
        in the object store. ``stdin`` is read here, by the driver."""
        files = []
        for rank, source in enumerate(input_sources(paths)):
            if isinstance(source, InputError):
                files.append({"rank": rank, "name": "", "error": pickle.dumps(source),
                              "stdin": b""})
            else:
                raw = stdin_bytes(stdin) if source == "-" else b""
                files.append({"rank": rank, "name": source, "error": b"", "stdin": raw})
        if not files:
            return ray.data.from_items([]).materialize()
        # Read, keyed and signed in one task per file: each text crosses the object store
        # once. Then one block per batch of the planner (the last one shorter): the analysis
        # actors share the work by blocks, and an actor analyses the batches the local engine
        # would.
        return (ray.data.from_items(files)
                .flat_map(_read_file, fn_args=(options,))
                .repartition(target_num_rows_per_block=options.settings.batch_size, strict=True)
                .materialize())

    def signed(self, inputs: ray.data.Dataset) -> Iterator[Signed]:
        """What the driver plans from, input by input, in input order; the warnings of the
        readers are logged here, in that order."""
        if inputs.count() == 0:
            return
        columns = ["position", "head", "text_hash", "signature", "warnings"]
        for row in inputs.select_columns(columns).iter_rows():
            for warning in pickle.loads(row["warnings"]):
                log.warning("%s", warning)
            yield Signed(int(row["position"]), pickle.loads(row["head"]), row["text_hash"],
                         bytes(row["signature"]))

    def analyse(self, inputs: ray.data.Dataset,
                keys: dict[int, str]) -> Iterator[tuple[int, Rows]]:
        """``(position, rows)`` of each input in ``keys`` (position -> content hash), in input
        order, analysed by the actors."""
        if not keys:
            return
        chosen = ray.put(keys)
        # No more actors than blocks: an actor without a block would load the models for
        # nothing.
        blocks = -(-inputs.count() // self.settings.batch_size)
        analysed = inputs.select_columns(["position", "item"]).map_batches(
            _Analyser, batch_format="numpy", batch_size=self.settings.batch_size,
            fn_constructor_kwargs={"settings": self.settings, "keys": chosen,
                                   "tracebacks": showing_tracebacks()},
            compute=ray.data.ActorPoolStrategy(size=min(self.workers, blocks)), num_cpus=1)
        for row in analysed.iter_rows():
            yield int(row["position"]), pickle.loads(row["rows"])


@contextmanager
def _stderr_shown_on_failure() -> Iterator[None]:
    """Standard error (the file descriptor, which Ray's C++ writes to) held back in a
    temporary file, and written out only if the block fails: Ray's C++ logs a line at
    start-up saying which log level it read from the environment."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as held:
        os.dup2(held.fileno(), 2)
        try:
            yield
        except BaseException:
            os.dup2(saved, 2)
            held.seek(0)
            sys.stderr.write(held.read().decode(errors="replace"))
            raise
        finally:
            os.dup2(saved, 2)
            os.close(saved)


class _Captured(logging.Handler):
    """The warnings the readers log while reading one article, for the driver to log."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())

    def take(self) -> bytes:
        taken, self.messages = self.messages, []
        return pickle.dumps(taken)


def _read_file(file: dict[str, Any], options: ReadOptions) -> Iterator[dict[str, Any]]:
    """A reading task: the articles (or errors) of one input file, with their positions, keys
    and signatures."""
    base = int(file["rank"]) << _FILE_BITS
    if file["error"]:
        yield {"position": base, **_signed(pickle.loads(file["error"])),
               "warnings": pickle.dumps([])}
        return
    stdin = io.BytesIO(bytes(file["stdin"])) if file["name"] == "-" else None
    captured = _Captured()
    log.addHandler(captured)
    try:
        articles = read_source(file["name"], options, stdin)
        for rank, item in enumerate(articles):
            yield {"position": base + rank, **_signed(item), "warnings": captured.take()}
    finally:
        log.removeHandler(captured)


def _signed(item: Article | InputError) -> dict[str, Any]:
    """An input's pickled ``item``, its exact key and signature, and its metadata without the
    text (``head``)."""
    key, minhash = "", None
    if isinstance(item, Article):
        try:
            key, minhash = text_hash(item.text), signature(item.text)
        except Exception as error:
            item = internal_error(item.id, error)
    head = replace(item, text="") if isinstance(item, Article) else item
    return {"item": pickle.dumps(item), "head": pickle.dumps(head), "text_hash": key,
            "signature": b"" if minhash is None else signature_bytes(minhash)}


class _Analyser:
    """The analysis stage's class: one instance per actor, the models loaded once."""

    def __init__(self, *, settings: Settings, keys: Any, tracebacks: bool) -> None:
        load_models(settings, tracebacks)
        self.settings = settings
        self.keys: dict[int, str] = ray.get(keys)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        positions, keyed = [], []
        for position, raw in zip(batch["position"], batch["item"], strict=True):
            key = self.keys.get(int(position))
            if key is not None:
                positions.append(int(position))
                keyed.append((key, pickle.loads(raw)))
        rows = analyse_rows((self.settings, keyed)) if keyed else []
        return {"position": np.array(positions, dtype=np.int64),
                "rows": np.array([pickle.dumps(r) for r in rows], dtype=object)}
