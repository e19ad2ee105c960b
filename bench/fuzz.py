"""Fuzzing at scale: the property tests of ``tests/test_fuzz.py`` on thousands of generated
inputs (``tests/fuzzing.py``), counted.

    .venv/bin/python bench/fuzz.py [--extract 4000] [--readers 2000] [--cli 200] [--seed 1]

Three properties: ``vigie.extract`` on hostile texts (one input each); the readers on a
folder of a generated JSONL file and maybe a WARC archive (each record, line or refusal an
input); ``vigie extract`` on a folder of generated bad files beside a good article (each file
an input). Prints the examples and inputs of each, and the first counterexample if one fails
(exit code 1).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzzing import (
    SENTENCES,
    bad_files,
    cli_holds,
    extract_holds,
    jsonl_files,
    publication_dates,
    readers_hold,
    texts,
    warc_files,
)
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

SUFFIXES = [".txt", ".jsonl", ".json", ".html", ".warc"]


class Tally:
    """Examples tried and inputs they held, per property."""

    def __init__(self) -> None:
        self.examples = 0
        self.inputs = 0

    def add(self, inputs: int) -> None:
        self.examples += 1
        self.inputs += inputs


def extract_property(tally: Tally) -> Callable[..., None]:
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        lang = data.draw(st.sampled_from(sorted(SENTENCES)))
        extract_holds(data.draw(texts(lang)), lang, data.draw(publication_dates))
        tally.add(1)
    return run


def readers_property(tally: Tally) -> Callable[..., None]:
    @given(jsonl=jsonl_files(), warc=st.one_of(st.none(), warc_files()))
    def run(jsonl: tuple[bytes, list[str]], warc: bytes | None) -> None:
        content, good = jsonl
        files = {"feed.jsonl": content, **({"crawl.warc": warc} if warc else {})}
        with tempfile.TemporaryDirectory() as folder:
            tally.add(readers_hold(Path(folder), files, good))
    return run


def cli_property(tally: Tally) -> Callable[..., None]:
    @given(files=st.lists(st.tuples(bad_files, st.sampled_from(SUFFIXES)), max_size=6),
           good=st.sampled_from(SENTENCES["fr"] + SENTENCES["en"]))
    def run(files: list[tuple[bytes, str]], good: str) -> None:
        named = {f"bad{n}{suffix}": content for n, (content, suffix) in enumerate(files)}
        with tempfile.TemporaryDirectory() as folder:
            tally.add(cli_holds(Path(folder), named, good))
    return run


PROPERTIES = {"extract": extract_property, "readers": readers_property, "cli": cli_property}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extract", type=int, default=4000, help="examples of extract")
    parser.add_argument("--readers", type=int, default=2000, help="examples of the readers")
    parser.add_argument("--cli", type=int, default=200, help="examples of the CLI")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    failed = False
    total = 0
    for name, make in PROPERTIES.items():
        tally = Tally()
        run = settings(max_examples=getattr(args, name), database=None, deadline=None,
                       suppress_health_check=list(HealthCheck))(seed(args.seed)(make(tally)))
        started = time.monotonic()
        try:
            run()
            verdict = "held"
        except Exception as error:  # the property's counterexample, shrunk by hypothesis
            verdict = f"FAILED: {type(error).__name__}: {error}"
            failed = True
        total += tally.inputs
        print(f"{name}: {tally.examples} examples, {tally.inputs} inputs, "
              f"{time.monotonic() - started:.0f} s: {verdict}", flush=True)
    print(f"total: {total} generated inputs")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
