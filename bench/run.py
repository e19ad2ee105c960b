"""Vigie's throughput benchmark: ``vigie ingest`` against bare spaCy on the same texts.

Builds a corpus by recombining the sentences of ``samples/articles.jsonl`` (each
article: sentences of one language drawn at random, in two to four paragraphs; a
fixed seed, so the same corpus every time) into ``bench/out/``; then, in one run:

- bare spaCy: ``spacy.load(model).pipe(texts)`` per language, in this process: the
  parse Vigie cannot do without;
- ``vigie ingest`` with 1 worker, then with one worker per core, each into a fresh
  database, as a subprocess timed from start to end (model loading included), and
  also net of start-up (the time of the same command on a corpus of one article per
  language, which loads every model);
- peak resident memory of the largest process of each ingest (the parent, or a
  worker), and the CPU seconds (user + system) of all its processes, from
  ``getrusage(RUSAGE_CHILDREN)`` in a wrapper process; bare spaCy's CPU seconds from
  ``time.process_time``.

Prints a table with articles/s, words/s and the ratio Vigie / bare spaCy, in wall time and in
CPU seconds. The CPU ratio moves far less when other jobs share the host (wall time counts the
time a process waits for a core; CPU seconds do not), so it is the one to compare across runs
on a shared machine; the wall ratio is the one a user sees on an idle one.
``--articles N`` sets the corpus size (default 10,000); ``--rounds R`` repeats every run R
times in turn and prints, for each worker count, the median of the rounds' ratios: the
virtual machines this runs on vary by a fifth from one run to the next.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SAMPLES = ROOT / "samples" / "articles.jsonl"
VIGIE = str(Path(sys.executable).parent / "vigie")
# Sentence ends: a full stop, question or exclamation mark, a closing quote after one.
_SENTENCE_END = re.compile(r"(?<=[.!?»”])\s+(?=[A-ZÀ-ÖØ-Þ«“])")

# Runs a command and prints the peak resident memory (kB) of its largest process, the CPU
# seconds of all its processes and its exit code.
_MEASURE = ("import resource, subprocess, sys; "
            "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
            "usage = resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime, code)")


def build_corpus(n_articles: int, path: Path, seed: int = 1) -> tuple[list[dict[str, str]], int]:
    """``n_articles`` recombined articles written as JSONL to ``path``; the records and their
    total word count."""
    sentences: dict[str, list[str]] = {}
    dates: dict[str, list[str]] = {}
    with SAMPLES.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            for paragraph in record["text"].split("\n\n"):
                sentences.setdefault(record["lang"], []).extend(
                    s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip())
            dates.setdefault(record["lang"], []).append(record["published"])
    rng = random.Random(seed)
    langs = sorted(sentences)
    records = []
    words = 0
    for n in range(n_articles):
        lang = rng.choice(langs)
        paragraphs = [" ".join(rng.sample(sentences[lang], rng.randint(2, 4)))
                      for _ in range(rng.randint(2, 4))]
        text = "\n\n".join(paragraphs)
        words += len(text.split())
        records.append({"id": f"bench-{n:06d}", "text": text, "lang": lang,
                        "published": rng.choice(dates[lang])})
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return records, words


def write_startup_corpus(records: list[dict[str, str]], path: Path) -> None:
    """One article per language of the corpus: its ingest loads every model and table, so
    that its time is the start-up to subtract, whatever the languages."""
    first = {}
    for record in records:
        first.setdefault(record["lang"], {**record, "id": f"startup-{record['lang']}"})
    with path.open("w", encoding="utf-8") as out:
        for record in first.values():
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def bare_spacy(records: list[dict[str, str]]) -> tuple[float, float]:
    """Seconds and CPU seconds for ``nlp.pipe`` over every text with each language's model,
    loading excluded."""
    import spacy

    from vigie.config import DEFAULT_SETTINGS

    elapsed = cpu = 0.0
    for lang, model in sorted(DEFAULT_SETTINGS.models.items()):
        texts = [r["text"] for r in records if r["lang"] == lang]
        nlp = spacy.load(model)
        start, start_cpu = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts, batch_size=DEFAULT_SETTINGS.batch_size):
            pass
        elapsed += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
    return elapsed, cpu


def ingest(corpus: Path, workers: int, name: str) -> tuple[float, int, float]:
    """Seconds, peak memory (kB) and CPU seconds of ``vigie ingest`` into a fresh database."""
    db = OUT / f"{name}.duckdb"
    for stale in (db, Path(f"{db}.wal")):
        stale.unlink(missing_ok=True)
    return measure([VIGIE, "ingest", str(corpus), "--db", str(db), "--workers", str(workers)])


def measure(command: list[str]) -> tuple[float, int, float]:
    """Seconds, peak memory (kB) of the largest process and CPU seconds of all processes of a
    ``vigie`` command."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True,
                            text=True, check=True)
    elapsed = time.perf_counter() - start
    peak, cpu, code = result.stdout.split()
    if code != "0":
        raise SystemExit(f"vigie {command[1]} failed (exit {code})")
    return elapsed, int(peak), float(cpu)


def machine() -> str:
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split("MemTotal:")[1].split()[0])
        memory = f", {kb / 1024 / 1024:.1f} GiB RAM"
    cpu = platform.processor() or platform.machine()
    model_name = Path("/proc/cpuinfo")
    if model_name.exists():
        for line in model_name.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (f"{os.cpu_count()} cores ({cpu}){memory}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def prepare(n_articles: int) -> tuple[list[dict[str, str]], int, Path, Path]:
    """The corpus of ``n_articles`` and the start-up corpus, written, with the machine and the
    corpus described on standard output: records, words, corpus path, start-up corpus path."""
    corpus = OUT / f"corpus-{n_articles}.jsonl"
    records, words = build_corpus(n_articles, corpus)
    tiny = OUT / "startup.jsonl"
    write_startup_corpus(records, tiny)
    print(f"machine: {machine()}")
    print(f"corpus: {len(records)} articles, {words} words ({words / len(records):.0f} per "
          f"article), {corpus.relative_to(ROOT)}")
    return records, words, corpus, tiny


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="corpus size")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="workers of the all-cores run (default: one per core)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="rounds of every run, one after the other; ratios from the medians")
    args = parser.parse_args()

    records, words, corpus, tiny = prepare(args.articles)

    header = ("round", "run", "seconds", "net s", "articles/s", "words/s", "net art/s",
              "vs spaCy", "CPU s", "net CPU s", "CPU vs spaCy", "peak MB/process")
    print()
    print("  ".join(header))
    spacy_runs: list[tuple[float, float]] = []
    nets: dict[int, list[tuple[float, float]]] = {}
    for round_number in range(1, args.rounds + 1):
        spacy_seconds, spacy_cpu = bare_spacy(records)
        spacy_runs.append((spacy_seconds, spacy_cpu))
        rows = [("bare spaCy nlp.pipe (1 process)", (spacy_seconds, spacy_cpu),
                 (spacy_seconds, spacy_cpu), None)]
        for workers in sorted({1, args.workers}):
            startup, _, startup_cpu = ingest(tiny, workers, f"startup-{workers}")
            seconds, peak, cpu = ingest(corpus, workers, f"ingest-{workers}")
            net = (seconds - startup, cpu - startup_cpu)
            nets.setdefault(workers, []).append(net)
            rows.append((f"vigie ingest --workers {workers}", (seconds, cpu), net, peak))
        # Rows are printed as they are measured, each ratio against the same round's parse.
        for name, (seconds, cpu), (net, net_cpu), peak in rows:
            print("  ".join((str(round_number), name, f"{seconds:.1f}", f"{net:.1f}",
                             f"{len(records) / seconds:.1f}", f"{words / seconds:.0f}",
                             f"{len(records) / net:.1f}", f"{spacy_seconds / net:.2f}",
                             f"{cpu:.1f}", f"{net_cpu:.1f}", f"{spacy_cpu / net_cpu:.2f}",
                             "-" if peak is None else f"{peak / 1024:.0f}")), flush=True)
    print("\nnet: minus the start-up of the same command on one article per language "
          "(interpreter, models, workers);\nvs spaCy: net throughput of the run / throughput "
          "of bare spaCy (1.00 = as fast as the parse alone);\nCPU vs spaCy: the same in CPU "
          "seconds of all the run's processes (steadier on a shared host).")
    if args.rounds > 1:
        for workers, runs in sorted(nets.items()):
            for label, at in (("ratio", 0), ("CPU ratio", 1)):
                ratios = sorted(spacy[at] / net[at]
                                for spacy, net in zip(spacy_runs, runs, strict=True))
                middle = (statistics.median(s[at] for s in spacy_runs)
                          / statistics.median(n[at] for n in runs))
                print(f"--workers {workers}: median {label} of the rounds "
                      f"{statistics.median(ratios):.2f} (range {ratios[0]:.2f}–{ratios[-1]:.2f});"
                      f" {label} of the medians {middle:.2f}")


if __name__ == "__main__":
    main()
