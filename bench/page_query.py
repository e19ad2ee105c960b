"""CPU of one ``/v1/events`` page, in process: the query the route runs (``vigie.query``) on the
store ``bench/serve.py`` builds, for each of its filter sets, without HTTP or other clients.

``bench/serve.py`` gives latencies under load, which on a shared 2-core host say mostly how
long a page queued; this says what a page costs, which is what the queue is made of (with 50
clients always waiting on 2 cores, a page waits about 50 × its CPU ÷ 2). CPU is the process's
(``time.process_time``: DuckDB's threads included), the median of ``--runs`` runs per filter
set after one warm-up run.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from run import OUT, machine
from serve import EVENT_QUERIES

from vigie.query import EventFilter, iter_events
from vigie.store import Store

# The route's query parameters under the names of ``EventFilter``'s fields.
FIELDS = {"type": "event_type", "q": "text", "quad": "quad_class", "lang": "language"}


def page_filter(params: dict[str, str]) -> EventFilter:
    """The filter of the first page ``/v1/events`` reads for ``params`` (one row more than the
    page, to know whether a next one exists)."""
    values: dict[str, object] = {}
    for name, value in params.items():
        if name == "sort":
            values["descending"] = value.startswith("-")
        elif name in ("quad", "limit"):
            values[FIELDS.get(name, name)] = int(value)
        elif name == "facts":
            values["facts"] = value == "true"
        elif name in ("since", "until"):
            values[name] = date.fromisoformat(value)
        else:
            values[FIELDS.get(name, name)] = value
    where = EventFilter(**values)  # type: ignore[arg-type]
    return replace(where, limit=(where.limit or 50) + 1)


def page_cpu(store: Store, where: EventFilter, runs: int) -> tuple[float, float, int]:
    """Median process CPU and wall seconds of reading one page ``runs`` times, and its rows."""
    cpu, wall = [], []
    for run in range(runs + 1):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        rows = list(iter_events(store, where, chunk=where.limit or 1_000))
        if run:  # the first run warms DuckDB's caches
            cpu.append(time.process_time() - start_cpu)
            wall.append(time.perf_counter() - start_wall)
    return statistics.median(cpu), statistics.median(wall), len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=OUT / "serve-10000.duckdb",
                        help="the store (default: the one bench/serve.py built)")
    parser.add_argument("--runs", type=int, default=10, help="timed runs per filter set")
    parser.add_argument("--threads", type=int, default=None,
                        help="DuckDB threads (default: DuckDB's, one per core)")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    with Store(args.db) as store:
        if args.threads:
            store.connection.execute(f"SET threads = {args.threads}")
        totals = []
        for params in EVENT_QUERIES:
            cpu, wall, rows = page_cpu(store, page_filter(params), args.runs)
            totals.append(cpu)
            shown = "&".join(f"{k}={v}" for k, v in params.items()) or "(none)"
            print(f"{shown:40} {rows:4} rows: CPU {cpu * 1000:6.1f} ms, "
                  f"wall {wall * 1000:6.1f} ms")
        print(f"mean CPU per page {statistics.mean(totals) * 1000:.1f} ms over "
              f"{len(EVENT_QUERIES)} filter sets ({args.runs} runs each)")


if __name__ == "__main__":
    main()
