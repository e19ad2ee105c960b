"""Scale-out benchmark: ``vigie ingest`` on the local engine and on Ray, at 1 and 2 workers.

Every run writes a fresh Parquet lake (``--lake``) from the same corpus as ``bench/run.py``
(recombined sample sentences, fixed seed), so that only the engine differs. Each run is
timed as a subprocess from start to end, and net of start-up (the same command on one
article per language: interpreter, Ray, every model in every worker); peak memory is that
of the largest process. Prints words/s, Ray's overhead against the local engine at equal
workers, and the speed-up from 1 to 2 workers.

``.venv/bin/python bench/scale.py [--articles N]``
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from run import OUT, VIGIE, measure, prepare

ENGINES = ("local", "ray")
WORKERS = (1, 2)


def ingest(corpus: Path, engine: str, workers: int, name: str) -> tuple[float, int]:
    """Seconds and peak memory (kB) of ``vigie ingest`` into a fresh lake."""
    lake = OUT / f"{name}.lake"
    shutil.rmtree(lake, ignore_errors=True)
    return measure([VIGIE, "ingest", str(corpus), "--lake", str(lake), "--engine", engine,
                    "--workers", str(workers), "--batch-size", "64"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000, help="corpus size")
    args = parser.parse_args()
    _records, words, corpus, tiny = prepare(args.articles)

    net: dict[tuple[str, int], float] = {}
    # Each row as soon as it is measured: a long run interrupted still gives what it measured.
    print(f"\n{'engine':7} {'workers':>7} {'seconds':>8} {'net s':>7} {'words/s':>8} "
          f"{'net words/s':>11} {'peak MB/process':>15}", flush=True)
    for engine in ENGINES:
        for workers in WORKERS:
            startup, _ = ingest(tiny, engine, workers, f"startup-{engine}-{workers}")
            seconds, peak = ingest(corpus, engine, workers, f"scale-{engine}-{workers}")
            net[engine, workers] = seconds - startup
            print(f"{engine:7} {workers:>7} {seconds:>8.1f} {seconds - startup:>7.1f} "
                  f"{words / seconds:>8.0f} {words / (seconds - startup):>11.0f} "
                  f"{peak / 1024:>15.0f}", flush=True)
    print()
    for workers in WORKERS:
        overhead = net["ray", workers] / net["local", workers] - 1
        print(f"Ray overhead at {workers} worker(s), net: {overhead:+.1%}")
    for engine in ENGINES:
        print(f"{engine}: 1 -> 2 workers, net speed-up {net[engine, 1] / net[engine, 2]:.2f}x")


if __name__ == "__main__":
    main()
