"""Extraction requests waiting for the models are coded together (``vigie.server.coding``),
and each answer has the bytes ``vigie extract`` writes for its article."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import served_store
from fastapi.testclient import TestClient

from vigie.cli import main
from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.errors import InputError
from vigie.model import Article
from vigie.output import dumps
from vigie.pipeline import analyse
from vigie.server import Service, coding, create_app

ARTICLES = [
    {"id": "border", "lang": "en", "published": "2025-02-04",
     "text": "Germany criticised Poland on Tuesday for closing its border crossings.\n\n"
             "The Polish foreign minister rejected the criticism."},
    {"id": "accord", "published": "2025-02-06",
     "text": "Le Maroc a signé jeudi un accord de coopération avec le Sénégal à Dakar."},
    {"id": "diplomats", "published": "2025-02-07",
     "text": "Brazil expelled two Venezuelan diplomats on Friday after the disputed vote."},
]
# Coded in the same batch as ARTICLES: an article and a line that is not one.
MIXED = served_store.jsonl([{"id": "strike", "lang": "fr", "published": "2025-02-08",
                             "text": "Les dockers du Havre ont manifesté samedi contre la "
                                     "réforme des retraites."}]) + b'{"id": "bad", "text": 3}\n'


@pytest.fixture
def batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of items of each ``analyse`` call the coder makes."""
    sizes: list[int] = []

    def counted(items: Iterable[Article | InputError], settings: Settings) -> Iterator[object]:
        items = list(items)
        sizes.append(len(items))
        return analyse(items, settings)

    monkeypatch.setattr(coding, "analyse", counted)
    return sizes


def _command_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[str]]:
    """``vigie extract``'s JSONL lines for each of ARTICLES and MIXED's article."""
    path = tmp_path / "articles.jsonl"
    path.write_bytes(served_store.jsonl(ARTICLES) + MIXED.splitlines(keepends=True)[0])
    assert main(["extract", str(path)]) == 0
    lines: dict[str, list[str]] = {}
    for line in capsys.readouterr().out.splitlines():
        lines.setdefault(json.loads(line)["doc_id"], []).append(line)
    return lines


def test_waiting_requests_are_coded_together_with_the_bytes_of_vigie_extract(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        batches: list[int]) -> None:
    expected = _command_lines(tmp_path, capsys)
    assert set(expected) == {"border", "accord", "diplomats", "strike"}
    bodies = [served_store.jsonl([article]) for article in ARTICLES] + [MIXED]
    submitted = threading.Semaphore(0)
    submit = coding.Coder.submit

    def counted(self: coding.Coder, items: list[Article | InputError]) -> object:
        future = submit(self, items)
        submitted.release()
        return future

    monkeypatch.setattr(coding.Coder, "submit", counted)
    service = Service.open(tmp_path / "coding.duckdb", DEFAULT_SETTINGS, warm=False)
    answers: dict[int, bytes] = {}

    def post(n: int) -> None:
        answer = client.post("/v1/extract", content=bodies[n],
                             headers={"Content-Type": "application/x-ndjson"})
        assert answer.status_code == 200
        answers[n] = answer.content

    with TestClient(create_app(service)) as client:
        threads = [threading.Thread(target=post, args=(n,)) for n in range(len(bodies))]
        # While the models are busy (an ingest job holds them), every request comes and waits.
        with service.analysis_lock:
            for thread in threads:
                thread.start()
            for _ in bodies:
                assert submitted.acquire(timeout=60)
        for thread in threads:
            thread.join(timeout=300)
    assert batches == [len(ARTICLES) + 2]
    for n, article in enumerate(ARTICLES):
        records = ", ".join(expected[article["id"]])
        assert answers[n] == (f'{{"documents": [{{"doc_id": "{article["id"]}", "records": '
                              f'[{records}]}}], "errors": []}}').encode()
    mixed = json.loads(answers[len(ARTICLES)])
    assert [dumps(r) for r in mixed["documents"][0]["records"]] == expected["strike"]
    assert [e["code"] for e in mixed["errors"]] == ["E007"]


def test_a_request_over_a_batch_is_coded_whole_and_alone(tmp_path: Path,
                                                         batches: list[int]) -> None:
    many = [{**ARTICLES[2], "id": f"copy-{n}"} for n in range(DEFAULT_SETTINGS.batch_size + 3)]
    service = Service.open(tmp_path / "coding.duckdb", DEFAULT_SETTINGS, warm=False)
    with TestClient(create_app(service)) as client:
        answer = client.post("/v1/extract", content=served_store.jsonl(many),
                             headers={"Content-Type": "application/x-ndjson"}).json()
    assert batches == [len(many)]
    assert [d["doc_id"] for d in answer["documents"]] == [a["id"] for a in many]
    coded = {tuple((r["kind"], r.get("event")) for r in d["records"]) for d in answer["documents"]}
    assert len(coded) == 1 and ("event", "SANCTION") in coded.pop()


def test_a_request_whose_client_went_away_is_not_coded_and_the_others_are(
        monkeypatch: pytest.MonkeyPatch) -> None:
    coded: list[list[str]] = []

    def echoed(items: Iterable[Article | InputError], settings: Settings) -> Iterator[object]:
        items = list(items)
        coded.append([item.id for item in items if isinstance(item, Article)])
        return iter(items)

    monkeypatch.setattr(coding, "analyse", echoed)
    gone, kept, later = (Article(id=a["id"], text=a["text"]) for a in ARTICLES)
    models = threading.Lock()
    coder = coding.Coder(DEFAULT_SETTINGS, models)
    try:
        with models:  # the models are busy while both requests come, and one goes away
            abandoned = coder.submit([gone])
            waiting = coder.submit([kept])
            assert abandoned.cancel()
        assert waiting.result(timeout=60) == [kept]
        assert coder.submit([later]).result(timeout=60) == [later]
    finally:
        coder.close()
    assert coded == [[kept.id], [later.id]]
