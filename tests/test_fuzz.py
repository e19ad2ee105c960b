"""Property tests on generated hostile input (``tests/fuzzing.py``): no internal error, one
line per refusal, every good input's records present and valid.

Few examples, derandomized and without an example database, so that every run of the suite
tries the same inputs in a few seconds; ``bench/fuzz.py`` runs the same properties on
thousands.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SUITE = settings(max_examples=25, derandomize=True, database=None, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SUFFIXES = [".txt", ".jsonl", ".json", ".html", ".warc"]


@SUITE
@given(data=st.data())
def test_extract_never_fails_inside(data: st.DataObject) -> None:
    lang = data.draw(st.sampled_from(sorted(SENTENCES)))
    text = data.draw(texts(lang))
    published: date | None = data.draw(publication_dates)
    extract_holds(text, lang, published)


@SUITE
@given(jsonl=jsonl_files(), warc=st.one_of(st.none(), warc_files()))
def test_readers_keep_every_good_record(jsonl: tuple[bytes, list[str]],
                                        warc: bytes | None) -> None:
    content, good = jsonl
    files = {"feed.jsonl": content, **({"crawl.warc": warc} if warc else {})}
    with tempfile.TemporaryDirectory() as folder:
        readers_hold(Path(folder), files, good)


@settings(SUITE, max_examples=8)
@given(files=st.lists(st.tuples(bad_files, st.sampled_from(SUFFIXES)), max_size=4),
       good=st.sampled_from(SENTENCES["fr"] + SENTENCES["en"]))
def test_cli_on_folders_of_good_and_bad_files(files: list[tuple[bytes, str]],
                                              good: str) -> None:
    named = {f"bad{n}{suffix}": content for n, (content, suffix) in enumerate(files)}
    with tempfile.TemporaryDirectory() as folder:
        cli_holds(Path(folder), named, good)
