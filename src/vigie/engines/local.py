"""A local process pool: analysis in N worker processes, results back in input order.

Each worker loads the spaCy models and builds every table and index once, in the pool
initializer (``vigie.resident``), and then analyses batch after batch. The parent feeds at
most ``max_in_flight`` batches ahead of the one it waits for, so memory stays bounded however
large the input, and it gets results back in input order, so that what it writes does not
depend on which worker was faster. With one worker everything runs in the calling process,
started the same way: no pickling, no second copy of the models.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType
from typing import Generic, TypeVar

from vigie import resident
from vigie.config import Settings
from vigie.errors import show_tracebacks, showing_tracebacks

Context = TypeVar("Context")
Task = TypeVar("Task")
Result = TypeVar("Result")


def default_workers() -> int:
    """The cores this process may run on (fewer than the machine's under a CPU affinity mask)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def load_models(settings: Settings, tracebacks: bool = False) -> bool:
    """A worker's start: everything a batch may need, loaded before the first batch
    (``vigie.resident``), then frozen out of the garbage collector's way. True when this call
    froze first, so that an engine running in its caller's process knows to unfreeze.

    ``tracebacks``: the parent shows the tracebacks of internal errors, so the worker does too.
    """
    if tracebacks:
        show_tracebacks()
    resident.build(settings)
    return resident.freeze()


class LocalEngine(Generic[Task, Result]):
    """Runs ``function`` over tasks in ``workers`` processes (or in this one, for one worker)."""

    def __init__(self, function: Callable[[Task], Result], settings: Settings,
                 workers: int | None = None, max_in_flight: int | None = None) -> None:
        self.function = function
        self.workers = max(1, workers if workers is not None else default_workers())
        self.max_in_flight = max_in_flight or 2 * self.workers
        self.pool: Pool | None = None
        # A worker process lives as long as the pool, so only the caller's own freeze is undone.
        self.unfreeze_on_close = False
        if self.workers == 1:
            self.unfreeze_on_close = load_models(settings)
        else:
            # spawn, not fork: the parent holds a DuckDB connection and its threads, which a
            # forked child must not inherit.
            context = multiprocessing.get_context("spawn")
            self.pool = context.Pool(self.workers, initializer=load_models,
                                     initargs=(settings, showing_tracebacks()))

    def __enter__(self) -> LocalEngine[Task, Result]:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close(abort=kind is not None)

    def close(self, *, abort: bool = False) -> None:
        if self.unfreeze_on_close:
            gc.unfreeze()
            self.unfreeze_on_close = False
        if self.pool is None:
            return
        if abort:
            self.pool.terminate()
        else:
            self.pool.close()
        self.pool.join()
        self.pool = None

    def map(self, jobs: Iterable[tuple[Context, Task]]) -> Iterator[tuple[Context, Result]]:
        """``(context, function(task))`` for each job, in job order; ``context`` stays in this
        process (what the writer needs besides the result)."""
        if self.pool is None:
            for context, task in jobs:
                yield context, self.function(task)
            return
        pending: deque[tuple[Context, AsyncResult[Result]]] = deque()
        for context, task in jobs:
            pending.append((context, self.pool.apply_async(self.function, (task,))))
            if len(pending) >= self.max_in_flight:
                done_context, result = pending.popleft()
                yield done_context, result.get()
        while pending:
            done_context, result = pending.popleft()
            yield done_context, result.get()
