"""The Ray engine: analysis in a pool of Ray actors, on one machine or a cluster.

Same contract as ``vigie.engines.local.LocalEngine``: ``map`` takes ``(context, task)`` jobs
and yields ``(context, result)`` in job order, with at most ``max_in_flight`` tasks sent
ahead of the one it waits for. Each actor loads the spaCy models once, when it starts, and
then runs task after task. An actor whose node goes away is started again elsewhere and its
tasks are retried (``max_restarts``, ``max_task_retries``), so a lost worker costs time,
not results: tasks are pure functions of their input.

The jobs are planned in order by the caller (reading, language, duplicates: first in input
order wins), so the results do not depend on which actor ran what. Ray is an optional
dependency (``pip install 'vigie[ray]'``); importing this module without it raises
``ImportError``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import ray
from ray.util import ActorPool

from vigie.config import Settings
from vigie.engines.local import load_models
from vigie.errors import showing_tracebacks

Context = TypeVar("Context")
Task = TypeVar("Task")
Result = TypeVar("Result")

# A restarted actor's tasks are retried this many times before the run fails: enough for
# nodes lost one after another, not a loop for a task that kills its worker every time.
RETRIES = 3


class _Analyser:
    """A Ray actor: the models, loaded once, and the function run on each task."""

    def __init__(self, function: Callable[[Any], Any], settings: Settings,
                 tracebacks: bool) -> None:
        load_models(settings, tracebacks)
        self.function = function

    def run(self, task: Any) -> Any:
        return self.function(task)


class RayEngine(Generic[Task, Result]):
    """Runs ``function`` over tasks in ``workers`` Ray actors of one CPU each.

    ``address``: None starts a Ray of its own on this machine with ``workers`` CPUs (and
    stops it on close); ``auto`` or ``ray://HOST:PORT`` joins a running cluster. A Ray this
    process already started (``ray.init`` in a program or a test) is used as it is.
    """

    def __init__(self, function: Callable[[Task], Result], settings: Settings,
                 workers: int = 1, address: str | None = None,
                 max_in_flight: int | None = None) -> None:
        self.workers = max(1, workers)
        self.max_in_flight = max_in_flight or 2 * self.workers
        self.started = not ray.is_initialized()
        if self.started:
            if address is None:
                # "local": a Ray of its own, not one another user started on this host.
                ray.init(address="local", num_cpus=self.workers, include_dashboard=False,
                         log_to_driver=False, configure_logging=False)
            else:
                ray.init(address=address, log_to_driver=False, configure_logging=False)
        actor = ray.remote(num_cpus=1, max_restarts=RETRIES,
                           max_task_retries=RETRIES)(_Analyser)
        # SPREAD: one actor per node where there are several, so that losing a node costs
        # the fewest actors.
        self.actors = [actor.options(scheduling_strategy="SPREAD").remote(
            function, settings, showing_tracebacks()) for _ in range(self.workers)]
        self.pool = ActorPool(self.actors)

    def __enter__(self) -> RayEngine[Task, Result]:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        for actor in self.actors:
            ray.kill(actor)
        self.actors = []
        if self.started:
            ray.shutdown()
            self.started = False

    def map(self, jobs: Iterable[tuple[Context, Task]]) -> Iterator[tuple[Context, Result]]:
        """``(context, function(task))`` for each job, in job order."""
        pending: deque[Context] = deque()
        for context, task in jobs:
            self.pool.submit(lambda actor, task: actor.run.remote(task), task)
            pending.append(context)
            if len(pending) >= self.max_in_flight:
                yield pending.popleft(), self.pool.get_next()
        while pending:
            yield pending.popleft(), self.pool.get_next()
