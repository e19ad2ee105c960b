"""The error barrier: whatever goes wrong with one input or one article costs that input only.

The failures here are injected (an analyser, the parser, a reader or a renderer that raises
on one marked input), since every failure found on real input is fixed at its cause
(``test_hostile_inputs.py``); the barrier is for the ones nobody has found yet.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

import vigie
from vigie.analysis import Analysis
from vigie.cli import main
from vigie.errors import InputError, Reason, show_tracebacks
from vigie.model import Article
from vigie.readers import read_inputs

MARK = "explose"
GOOD = ("La France a condamné le tir de missile de la Corée du Nord.",
        "Washington accuse Pyongyang de violer les sanctions.")
BAD = "Tout explose : la Chine a condamné le tir de missile de la Corée du Nord."


def fragile(analysis: Analysis) -> None:
    if MARK in analysis.article.text:
        raise RuntimeError("analyser bug on purpose")


@pytest.fixture()
def fragile_analyser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real analysers, and one more that fails on the marked article."""
    monkeypatch.setattr("vigie.pipeline.ANALYSERS",
                        (*vigie.pipeline.ANALYSERS, ("fragile", fragile)))


@pytest.fixture()
def feed(tmp_path: Path) -> Path:
    """Good, bad, good: one JSONL line each."""
    path = tmp_path / "feed.jsonl"
    texts = [("a", GOOD[0]), ("b", BAD), ("c", GOOD[1])]
    path.write_text("".join(json.dumps({"id": i, "text": t, "lang": "fr"}) + "\n"
                            for i, t in texts), encoding="utf-8")
    return path


def test_an_analyser_failure_is_an_internal_error_in_place(fragile_analyser: None) -> None:
    articles = [Article(id=i, text=t, lang="fr") for i, t in (("a", GOOD[0]), ("b", BAD),
                                                              ("c", GOOD[1]))]
    results = list(vigie.analyse(articles))
    assert [type(r).__name__ for r in results] == ["Analysis", "InputError", "Analysis"]
    error = results[1]
    assert isinstance(error, InputError) and error.reason is Reason.INTERNAL
    assert str(error) == ("b: internal error, input skipped (RuntimeError: analyser bug on "
                          "purpose) [E011]")
    for result, text in zip((results[0], results[2]), GOOD, strict=True):
        assert isinstance(result, Analysis) and result.article.text == text
        assert [e.event for e in result.events] == ["ACCUSE"]


def test_extract_raises_the_internal_error_of_its_text(fragile_analyser: None) -> None:
    with pytest.raises(InputError, match=r"RuntimeError: analyser bug on purpose\) \[E011\]"):
        vigie.extract(BAD, lang="fr")


def test_a_parser_failure_costs_only_the_text_it_failed_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_parse = vigie.pipeline.parse

    def choking_parse(texts: Iterable[str], lang: str, settings: object) -> Iterator[object]:
        texts = list(texts)
        if any(MARK in text for text in texts):
            raise MemoryError("parser bug on purpose")
        return real_parse(texts, lang, settings)

    monkeypatch.setattr("vigie.pipeline.parse", choking_parse)
    articles = [Article(id=str(n), text=t, lang="fr") for n, t in enumerate((*GOOD, BAD))]
    results = list(vigie.analyse(articles))
    assert [r.doc_id if isinstance(r, Analysis) else str(r) for r in results] == [
        "0", "1", "2: internal error, input skipped (MemoryError: parser bug on purpose) [E011]"]


def test_a_reader_failure_costs_only_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              html_dir: Path) -> None:
    real = vigie.readers.html_article

    def fragile_html(name: str, html: bytes, **kwargs: object) -> object:
        if "second" in name:
            raise KeyError("reader bug on purpose")
        return real(name, html, **kwargs)

    monkeypatch.setattr("vigie.readers.html_article", fragile_html)
    page = (html_dir / "depeche.html").read_bytes()
    for name in ("first.html", "second.html", "third.html"):
        (tmp_path / name).write_bytes(page)
    results = list(read_inputs([str(tmp_path)], lang="fr"))
    assert [r.id if isinstance(r, Article) else str(r) for r in results] == [
        "first.html",
        f"{tmp_path / 'second.html'}: internal error, input skipped (KeyError: 'reader bug on "
        "purpose') [E011]",
        "third.html"]


@pytest.fixture(scope="module")
def html_dir(test_data: Path) -> Path:
    return test_data / "html"


def test_a_jsonl_record_that_breaks_the_reader_costs_only_its_line(
    feed: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = vigie.readers._record_fields

    def fragile_fields(source: str, record: dict[str, str], *args: object) -> object:
        if MARK in record["text"]:
            raise TypeError("record bug on purpose")
        return real(source, record, *args)

    monkeypatch.setattr("vigie.readers._record_fields", fragile_fields)
    results = list(read_inputs([str(feed)]))
    assert [r.id if isinstance(r, Article) else r.reason.code for r in results] == [
        "a", "E011", "c"]


@pytest.mark.parametrize("command", ["extract", "explain", "actors"])
def test_the_cli_reports_one_line_and_writes_the_other_articles(
    command: str, feed: Path, fragile_analyser: None, capsys: pytest.CaptureFixture[str],
) -> None:
    code = main([command, str(feed)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err == ("vigie: b: internal error, input skipped (RuntimeError: analyser bug on "
                   "purpose) [E011]\n")
    if command == "extract":
        doc_ids = [json.loads(line)["doc_id"] for line in out.splitlines()]
        assert set(doc_ids) == {"a", "c"} and doc_ids == sorted(doc_ids)
    else:
        assert [line.split()[1] for line in out.splitlines() if line.startswith("# ")] == [
            "a", "c"]


def test_debug_adds_the_traceback(feed: Path, fragile_analyser: None,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    try:
        assert main(["extract", str(feed), "--debug"]) == 1
    finally:
        show_tracebacks(False)  # the logger is the process's: leave it as found
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert 'raise RuntimeError("analyser bug on purpose")' in err
    assert err.endswith("vigie: b: internal error, input skipped (RuntimeError: analyser bug "
                        "on purpose) [E011]\n")


def test_a_document_that_cannot_be_rendered_is_reported_and_the_output_stays_whole(
    feed: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    real = vigie.model.Event.to_dict

    def fragile_to_dict(event: vigie.Event) -> dict[str, object]:
        if MARK in event.sentence:
            raise ValueError("renderer bug on purpose")
        return real(event)

    monkeypatch.setattr("vigie.model.Event.to_dict", fragile_to_dict)
    assert main(["extract", str(feed), "--format", "json"]) == 1
    out, err = capsys.readouterr()
    assert err == ("vigie: b: internal error, input skipped (ValueError: renderer bug on "
                   "purpose) [E011]\n")
    assert [document["doc_id"] for document in json.loads(out)] == ["a", "c"]
