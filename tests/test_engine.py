"""The local engine: results in input order, bounded work in flight, models and indexes loaded
once per worker before its first task (by the pool initializer, or in this process for one
worker)."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Iterator

from vigie.actors.gazetteer import near_people
from vigie.config import DEFAULT_SETTINGS
from vigie.engines.local import LocalEngine
from vigie.geocode import geo_index
from vigie.nlp import load_pipeline

# Everything a worker builds before its first task: both models, the misspelt-names index and
# the geocoder's index (the last two are otherwise built by the first article that needs them).
RESIDENT = (len(DEFAULT_SETTINGS.models), 1, 1)


def worker_state(n: int) -> tuple[int, int, tuple[int, ...], int]:
    """The task's square, the worker's pid, how many pipelines and indexes it holds when the
    task starts, and how many objects it has frozen out of the garbage collector's generations.
    Early tasks take longest, so that workers finish out of order."""
    time.sleep(0.05 * (5 - n % 5))
    return n * n, os.getpid(), tuple(cached.cache_info().currsize
                                     for cached in (load_pipeline, near_people, geo_index)), \
        gc.get_freeze_count()


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
    assert [(context, square) for context, (square, *_state) in results] == [
        (n, n * n) for n in range(12)]
    # Both models and both indexes were in every worker before its first task, loaded by the
    # initializer, and frozen with everything else the worker holds (over a million objects).
    assert {loaded for _c, (_s, _pid, loaded, _f) in results} == {RESIDENT}
    assert min(frozen for _c, (*_state, frozen) in results) > 500_000
    assert os.getpid() not in {pid for _c, (_s, pid, *_state) in results}


def test_one_worker_runs_in_this_process_started_as_a_pool_worker() -> None:
    near_people.cache_clear()
    geo_index.cache_clear()
    gc.unfreeze()  # whatever an earlier test froze: this test checks what the engine does
    with LocalEngine(worker_state, DEFAULT_SETTINGS, workers=1) as engine:
        ((_n, (_square, pid, loaded, frozen)),) = list(engine.map([(0, 0)]))
    assert pid == os.getpid()
    assert loaded == RESIDENT
    assert frozen > 500_000
    # This process goes on after the engine: what it froze goes back to the collector.
    assert gc.get_freeze_count() == 0
