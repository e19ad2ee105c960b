"""The local engine: results in input order, bounded work in flight, models loaded once per
worker by the pool initializer."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

from vigie.config import DEFAULT_SETTINGS
from vigie.engines.local import LocalEngine
from vigie.nlp import load_pipeline


def worker_state(n: int) -> tuple[int, int, int]:
    """The task's square, the worker's pid and how many spaCy pipelines it holds when the task
    starts. Early tasks take longest, so that workers finish out of order."""
    time.sleep(0.05 * (5 - n % 5))
    return n * n, os.getpid(), load_pipeline.cache_info().currsize


def test_pool_keeps_input_order_bounds_work_in_flight_and_preloads_models() -> None:
    pulled: list[int] = []
    yielded = 0

    def jobs() -> Iterator[tuple[int, int]]:
        for n in range(12):
            # The engine never runs further ahead than max_in_flight tasks.
            assert len(pulled) - yielded <= 3
            pulled.append(n)
            yield n, n

    results = []
    with LocalEngine(worker_state, DEFAULT_SETTINGS, workers=2, max_in_flight=3) as engine:
        for context, result in engine.map(jobs()):
            results.append((context, result))
            yielded += 1
    assert [(context, square) for context, (square, _pid, _n) in results] == [
        (n, n * n) for n in range(12)]
    # Both models were in every worker before its first task, loaded by the initializer.
    assert {loaded for _c, (_s, _pid, loaded) in results} == {len(DEFAULT_SETTINGS.models)}
    assert os.getpid() not in {pid for _c, (_s, pid, _n) in results}


def test_one_worker_runs_in_this_process() -> None:
    with LocalEngine(worker_state, DEFAULT_SETTINGS, workers=1) as engine:
        ((_n, (_square, pid, _loaded)),) = list(engine.map([(0, 0)]))
    assert pid == os.getpid()
