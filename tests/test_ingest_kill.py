"""Crash safety: ``vigie ingest`` killed with SIGKILL part-way, then run again, leaves exactly
the database of a run that was never interrupted: nothing lost, nothing twice."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

TABLES = ("articles", "article_sources", "signatures", "events", "event_actors", "quotes",
          "claims", "times")
BATCH = 3
# The console script installed beside this interpreter: the command an analyst runs.
VIGIE = str(Path(sys.executable).parent / "vigie")


def build_corpus(samples: Path, out: Path, n_articles: int, seed: int = 7) -> None:
    """Articles made of paragraphs drawn from the samples of one language, with a few exact and
    near copies and a broken line among them, as a real feed has."""
    by_lang: dict[str, list[str]] = {}
    with samples.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            paragraphs = [p for p in record["text"].split("\n\n") if p.strip()]
            by_lang.setdefault(record["lang"], []).extend(paragraphs)
    rng = random.Random(seed)
    records = []
    for n in range(n_articles):
        lang = sorted(by_lang)[n % len(by_lang)]
        text = "\n\n".join(rng.sample(by_lang[lang], 2))
        records.append({"id": f"gen-{n:04d}", "text": text, "lang": lang,
                        "published": f"2024-0{1 + n % 9}-1{n % 10}", "source": f"site {n % 5}"})
    for n in range(0, n_articles, 10):
        copy = dict(records[n], id=f"copy-{n:04d}", source="copies")
        records.insert(n + 5, copy)
    lines_out = [json.dumps(r, ensure_ascii=False) for r in records]
    lines_out.insert(len(lines_out) // 2, '{"id": "broken", "text": ')
    out.write_text("\n".join(lines_out) + "\n", encoding="utf-8")


def snapshot(db: Path) -> dict[str, list[str]]:
    connection = duckdb.connect(str(db), read_only=True)
    try:
        return {table: sorted(repr(row) for row in
                              connection.execute(f"SELECT * FROM {table}").fetchall())
                for table in TABLES}
    finally:
        connection.close()


def test_kill_9_then_rerun_gives_the_uninterrupted_database(tmp_path: Path,
                                                            samples_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    build_corpus(samples_path, corpus, n_articles=60)
    db = tmp_path / "killed.duckdb"
    command = [VIGIE, "ingest", str(corpus), "--db", str(db), "--batch-size", str(BATCH)]
    process = subprocess.Popen([*command, "--workers", "2"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    wal = Path(f"{db}.wal")
    # Start-up takes 15-20 s on an idle machine and minutes on a loaded one: the deadline only
    # stops a run that hangs.
    deadline = time.monotonic() + 900
    # Kill part-way, once the write-ahead log, which grows with each commit, holds several
    # batches (the whole run writes some 200 kB of it).
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 70_000:
            break
        time.sleep(0.01)
    assert process.poll() is None, "the ingest finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    partial = snapshot(db)

    rerun = subprocess.run([*command, "--workers", "1"], capture_output=True, text=True,
                           timeout=300, check=False)
    assert rerun.returncode == 1  # the broken line is reported again
    # Every input the killed run committed is recognised, and only those.
    assert f", {len(partial['article_sources'])} already stored," in rerun.stdout

    # The uninterrupted run: the same command, with the code of the same moment.
    reference = tmp_path / "reference.duckdb"
    command[command.index(str(db))] = str(reference)
    subprocess.run([*command, "--workers", "1"], capture_output=True, timeout=300, check=False)
    expected = snapshot(reference)
    assert 0 < len(partial["article_sources"]) < len(expected["article_sources"])
    connection = duckdb.connect(str(reference), read_only=True)
    statuses = dict(connection.execute(
        "SELECT status, count(*) FROM articles GROUP BY status").fetchall())
    connection.close()
    assert statuses["ok"] >= 50 and statuses["error"] == 1
    assert len(expected["article_sources"]) >= 56 and len(expected["events"]) > 0
    assert snapshot(db) == expected
