"""Kill points at scale: ``vigie ingest`` killed with SIGKILL at random moments, run again,
and compared table by table with a run that was never interrupted.

Builds a small corpus from the samples (``run.build_corpus``, seeded), with exact copies and a
malformed line among the articles, as a feed has; ingests it once, uninterrupted, for the
reference; then, ``--runs`` times: starts the same ingest into a fresh database (1 worker on
odd runs, 2 on even ones), kills its process group at a moment drawn after that run's own
first commit (within the commit phase of an uninterrupted run with as many workers, timed
again every 20 runs as the host's speed drifts; one run in ten during start-up), runs the
same command again to the end, and compares every table of the database with the reference,
row for row. Prints one line per run and the counts.

    .venv/bin/python bench/crash.py --runs 100

Exit code 0 when every run gave the reference database, 1 otherwise, 2 when the code under
test changed during the benchmark (checked before each run).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
from run import OUT, VIGIE, build_corpus

CRASH_DIR = OUT / "crash"
# Runs between two timings of an uninterrupted ingest (per worker count).
RETIME_EVERY = 20


def write_feed(path: Path, n_articles: int, seed: int) -> None:
    """The benchmark's corpus, then a copy of every fifth article under another id and one
    malformed line in the middle."""
    records, _words = build_corpus(n_articles, path, seed=seed)
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    copies = [json.dumps({**record, "id": f"copy-{record['id']}"}, ensure_ascii=False)
              for record in records[::5]]
    lines += copies
    lines.insert(len(lines) // 2, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def all_tables(db: Path) -> dict[str, list[str]]:
    """Every base table of the database, its rows as sorted text: what two databases must
    share to be the same."""
    connection = duckdb.connect(str(db), read_only=True)
    try:
        names = [name for (name,) in connection.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_type = 'BASE TABLE' ORDER BY table_name").fetchall()]
        return {name: sorted(repr(row) for row in
                             connection.execute(f'SELECT * FROM "{name}"').fetchall())
                for name in names}
    finally:
        connection.close()


def code_fingerprint() -> str:
    """A hash of the package the ``vigie`` command runs (every file under it): a checkout
    that changes during the benchmark (a merge, a pull) would compare later runs of other
    code with the reference."""
    location = subprocess.run(
        [sys.executable, "-c", "import vigie; print(vigie.__file__)"], capture_output=True,
        text=True, check=True).stdout.strip()
    package = Path(location).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def ingest_command(feed: Path, db: Path, workers: int, batch_size: int) -> list[str]:
    return [VIGIE, "ingest", str(feed), "--db", str(db), "--workers", str(workers),
            "--batch-size", str(batch_size)]


def fresh(db: Path) -> None:
    for path in (db, Path(f"{db}.wal")):
        path.unlink(missing_ok=True)


def wait_first_commit(process: subprocess.Popen[bytes], db: Path, started: float) -> float:
    """Seconds from ``started`` to the process's first batch commit (the first growth of the
    write-ahead log after the quiet of start-up: the schema is written at once, then the
    models load for seconds), or to its end if it ends first."""
    wal = Path(f"{db}.wal")
    size, changed = 0, started
    while process.poll() is None:
        now = time.monotonic()
        current = wal.stat().st_size if wal.exists() else 0
        if current != size:
            if size and now - changed >= 1.0:
                return now - started
            size, changed = current, now
        time.sleep(0.02)
    return time.monotonic() - started


def timed_run(command: list[str], db: Path) -> tuple[float, float]:
    """Run ``command`` to the end: the seconds to its first batch commit and to its end."""
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first_commit = wait_first_commit(process, db, started)
    process.wait()
    return first_commit, time.monotonic() - started


def killed_run(command: list[str], db: Path, delay: float) -> str:
    """Start ``command`` and kill its whole process group ``delay`` seconds after its first
    commit (during start-up when ``delay`` is negative): how it ended."""
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    if delay >= 0:
        wait_first_commit(process, db, started)
    try:
        process.wait(timeout=max(delay, -delay - (time.monotonic() - started), 0.01))
        return "finished before the kill"
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return "killed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--batch-size", type=int, default=3)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)

    CRASH_DIR.mkdir(parents=True, exist_ok=True)
    code = code_fingerprint()
    feed = CRASH_DIR / "feed.jsonl"
    write_feed(feed, args.articles, args.seed)
    reference = CRASH_DIR / "reference.duckdb"
    fresh(reference)
    first_commit, duration = timed_run(ingest_command(feed, reference, 1, args.batch_size),
                                       reference)
    expected = all_tables(reference)
    counts = {table: len(rows) for table, rows in expected.items()}
    print(f"reference: first commit at {first_commit:.1f} s, end at {duration:.1f} s, rows "
          f"{counts}", flush=True)

    rng = random.Random(args.seed)
    db = CRASH_DIR / "killed.duckdb"
    scratch = CRASH_DIR / "timing.duckdb"
    outcomes: dict[str, int] = {}
    timings: dict[int, tuple[float, float]] = {}
    for run in range(1, args.runs + 1):
        if code_fingerprint() != code:
            print(f"run {run}: the code under test changed since the reference run; stopped "
                  "(run the benchmark on a checkout nothing writes to)", flush=True)
            return 2
        workers = 1 if run % 2 else 2
        if run % RETIME_EVERY in (1, 2):
            # The host's speed drifts (other jobs come and go): kill moments drawn from stale
            # timings mostly fall after the end. Time an uninterrupted run now and then.
            fresh(scratch)
            timings[workers] = timed_run(ingest_command(feed, scratch, workers,
                                                        args.batch_size), scratch)
            print(f"timing, {workers} worker(s): first commit at {timings[workers][0]:.1f} s, "
                  f"end at {timings[workers][1]:.1f} s", flush=True)
        command = ingest_command(feed, db, workers, args.batch_size)
        fresh(db)
        # Most kills fall between this run's first commit and its end (as long as the last
        # timed run's with as many workers), one in ten during start-up (a negative delay:
        # from the start).
        start_up, end = timings[workers]
        delay = (rng.uniform(0, end - start_up) if rng.random() >= 0.1
                 else -rng.uniform(0.2, start_up))
        stage = detail = killed_run(command, db, delay)
        if stage == "killed":
            committed = sum(len(rows) for rows in all_tables(db).values()) if db.exists() else 0
            stage = "killed after commits" if committed else "killed before the first commit"
            detail = f"killed after {committed} rows committed" if committed else stage
        subprocess.run(command, capture_output=True, check=False)
        verdict = "identical" if all_tables(db) == expected else "DIFFERENT"
        outcomes[f"{verdict}, {stage}"] = outcomes.get(f"{verdict}, {stage}", 0) + 1
        moment = (f"{delay:.1f} s after its first commit" if delay >= 0
                  else f"{-delay:.1f} s after its start")
        print(f"run {run}: {workers} worker(s), killed {moment}: {verdict}, {detail}",
              flush=True)
    print(f"{args.runs} runs: " + "; ".join(f"{n} {what}" for what, n in sorted(outcomes.items())))
    return 1 if any(kind.startswith("DIFFERENT") for kind in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
