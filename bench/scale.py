"""Scale-out benchmark: ``vigie ingest`` on the local engine and on Ray, at 1 and 2 workers.

Every run writes a fresh Parquet lake (``--lake``) from the same corpus as ``bench/run.py``
(recombined sample sentences, fixed seed), so that only the engine differs. Each run is
timed as a subprocess from start to end, and net of start-up (the same command on one
article per language: interpreter, Ray, every model in every worker); peak memory is that
of the largest process. The two engines run alternately at equal workers, their order
swapped from one round to the next, with the host's load average before each run: on a
shared host the load moves, and pairs taken together see the same load. Prints words/s,
then, from the median net times, Ray's overhead against the local engine at equal workers
and the speed-up from 1 to 2 workers.

``.venv/bin/python bench/scale.py [--articles N] [--rounds R]``
"""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path
from statistics import median

from run import OUT, VIGIE, measure, prepare

ENGINES = ("local", "ray")
WORKERS = (1, 2)


def ingest(corpus: Path, engine: str, workers: int, name: str) -> tuple[float, int, float]:
    """Seconds, peak memory (kB) and CPU seconds of ``vigie ingest`` into a fresh lake (the
    CPU of Ray's daemons, which are not the command's children, is not counted)."""
    lake = OUT / f"{name}.lake"
    shutil.rmtree(lake, ignore_errors=True)
    return measure([VIGIE, "ingest", str(corpus), "--lake", str(lake), "--engine", engine,
                    "--workers", str(workers), "--batch-size", "64"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000, help="corpus size")
    parser.add_argument("--rounds", type=int, default=2,
                        help="rounds of the four runs, the engines' order swapped each round")
    args = parser.parse_args()
    _records, words, corpus, tiny = prepare(args.articles)

    net: dict[tuple[str, int], list[float]] = {}
    # Each row as soon as it is measured: a long run interrupted still gives what it measured.
    print(f"\n{'round':>5} {'engine':7} {'workers':>7} {'load':>5} {'seconds':>8} {'net s':>7} "
          f"{'words/s':>8} {'net words/s':>11} {'peak MB/process':>15}", flush=True)
    for round_ in range(args.rounds):
        for workers in WORKERS:
            for engine in ENGINES if round_ % 2 == 0 else ENGINES[::-1]:
                load = os.getloadavg()[0]
                startup, _, _ = ingest(tiny, engine, workers, f"startup-{engine}-{workers}")
                seconds, peak, _ = ingest(corpus, engine, workers, f"scale-{engine}-{workers}")
                net.setdefault((engine, workers), []).append(seconds - startup)
                print(f"{round_ + 1:>5} {engine:7} {workers:>7} {load:>5.1f} {seconds:>8.1f} "
                      f"{seconds - startup:>7.1f} {words / seconds:>8.0f} "
                      f"{words / (seconds - startup):>11.0f} {peak / 1024:>15.0f}", flush=True)
    middle = {run: median(times) for run, times in net.items()}
    print()
    for workers in WORKERS:
        overhead = middle["ray", workers] / middle["local", workers] - 1
        print(f"Ray overhead at {workers} worker(s), median net: {overhead:+.1%}")
    for engine in ENGINES:
        print(f"{engine}: 1 -> 2 workers, median net speed-up "
              f"{middle[engine, 1] / middle[engine, 2]:.2f}x")


if __name__ == "__main__":
    main()
