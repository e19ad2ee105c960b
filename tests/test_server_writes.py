"""Writes take turns with the reads (``Service.turn``): an ingest job, a review and a
download wait while the reads hold every turn, then go on, and nothing they write is lost,
even when the server closes while a job waits."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
import served_store
from fastapi.testclient import TestClient

from vigie.config import DEFAULT_SETTINGS
from vigie.query import EventFilter, query_events
from vigie.server import Service, create_app
from vigie.server import service as service_module
from vigie.store import Store

TOKEN = "a token for the turns"
AUTHORIZED = {"Authorization": f"Bearer {TOKEN}"}
ENGLISH = ("Chile recalled its ambassador to Peru on Wednesday.\n\n"
           "Argentine farmers blocked roads near Rosario on Thursday.")
ARTICLE = {"id": "recall", "lang": "en", "published": "2025-03-05", "text": ENGLISH}
FRENCH = {"id": "rappel", "lang": "fr", "published": "2025-03-05",
          "text": "Le Canada a expulsé jeudi deux diplomates iraniens."}
# Long enough for a request still waiting to be told from one answered at once.
WAIT = 0.5


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Service, TestClient]]:
    """A server with one turn (a server has one per core), so that holding it stops the
    others, over a store of ARTICLE."""
    service = Service.open(tmp_path / "turns.duckdb", DEFAULT_SETTINGS, TOKEN)
    service.reads = anyio.CapacityLimiter(1)
    with TestClient(create_app(service)) as client:
        _finished(client, _ingest(client, ARTICLE))
        yield service, client


def _ingest(client: TestClient, *articles: dict[str, str]) -> str:
    posted = client.post("/v1/ingest", content=served_store.jsonl(list(articles)),
                         headers=AUTHORIZED)
    assert posted.status_code == 202
    return posted.headers["location"]


def _finished(client: TestClient, location: str) -> dict[str, Any]:
    job = served_store.finished_job(client, location)
    assert job["status"] == "done", job
    return job


def _in_thread(call: Any) -> tuple[threading.Thread, list[Any]]:
    answers: list[Any] = []
    thread = threading.Thread(target=lambda: answers.append(call()), daemon=True)
    thread.start()
    return thread, answers


def test_an_ingest_job_waits_for_a_turn_and_writes_everything(
        served: tuple[Service, TestClient], monkeypatch: pytest.MonkeyPatch) -> None:
    service, client = served
    started = threading.Event()
    ingest = service_module.ingest

    def spied(*args: Any, **kwargs: Any) -> Any:
        started.set()
        return ingest(*args, **kwargs)

    monkeypatch.setattr(service_module, "ingest", spied)
    with service.turn():  # a read has the only turn
        location = _ingest(client, FRENCH)
        assert not started.wait(WAIT)
        assert client.get(location).json()["report"]["added"] == 0
    assert _finished(client, location)["report"]["added"] == 1
    assert [e["doc_id"] for e in query_events(service.store, EventFilter(language="fr"))] == [
        "rappel"]


@pytest.mark.parametrize("path", ["/v1/reviews?format=gold", "/v1/reviews",
                                  "/v1/events?format=csv"])
def test_downloads_wait_for_a_turn(served: tuple[Service, TestClient], path: str) -> None:
    service, client = served
    with service.turn():
        thread, answers = _in_thread(lambda: client.get(path))
        thread.join(WAIT)
        assert thread.is_alive()
    thread.join(60)
    assert answers[0].status_code == 200


def test_a_review_waits_for_a_turn_and_is_kept(served: tuple[Service, TestClient]) -> None:
    service, client = served
    (event,) = [e for e in client.get("/v1/events").json()["events"] if "Chile" in e["sentence"]]
    with service.turn():
        thread, answers = _in_thread(lambda: client.post(
            "/v1/reviews", json={"reviewer": "Ana", "verdict": "confirmed",
                                 "event_id": event["id"]}, headers=AUTHORIZED))
        thread.join(WAIT)
        assert thread.is_alive()
    thread.join(60)
    assert answers[0].status_code == 201
    assert [r["event_id"] for r in client.get("/v1/reviews").json()["reviews"]] == [event["id"]]


def test_writes_reads_and_extractions_at_once_all_finish(
        served: tuple[Service, TestClient]) -> None:
    # An ingest job, reviews that need the models and reviews that do not, extractions and
    # pages, all at once on one turn: each ordering of locks and turns that could deadlock
    # is tried.
    _service, client = served
    start = ENGLISH.index("Argentine farmers")
    added = {"reviewer": "Ana", "verdict": "added", "article": "recall", "start": start,
             "end": start + len("Argentine farmers blocked"), "event": "PROTEST",
             "actor": ["ARGAGR"]}
    (event,) = [e for e in client.get("/v1/events").json()["events"] if "Chile" in e["sentence"]]
    copies = [{**FRENCH, "id": f"rappel-{n}", "text": f"{FRENCH['text']} ({n})"}
              for n in range(6)]
    calls = [lambda: _finished(client, _ingest(client, *copies))]
    for n in range(3):
        calls += [
            lambda: client.post("/v1/reviews", json=added, headers=AUTHORIZED).status_code,
            lambda: client.post("/v1/reviews", json={"reviewer": "Bo", "verdict": "wrong",
                                                     "event_id": event["id"]},
                                headers=AUTHORIZED).status_code,
            lambda n=n: client.post("/v1/extract", content=f"{FRENCH['text']} [{n}]".encode(),
                                    headers={"Content-Type": "text/plain"}).status_code,
            lambda n=n: client.get("/v1/events", params={"limit": n + 1}).status_code,
            lambda: client.get("/v1/events", params={"format": "jsonl"}).status_code,
        ]
    running = [_in_thread(call) for call in calls]
    for thread, _answers in running:
        thread.join(300)
        assert not thread.is_alive()
    answers = [answers[0] for _thread, answers in running]
    assert answers[0]["report"]["added"] == len(copies)
    assert sorted(answers[1:]) == sorted([201, 201, 200, 200, 200] * 3)
    assert len(client.get("/v1/reviews").json()["reviews"]) == 6
    assert client.get("/v1/stats").json()["articles"] == 1 + len(copies)


def test_a_job_waiting_for_its_turn_is_written_before_the_server_closes(
        tmp_path: Path) -> None:
    db = tmp_path / "closing.duckdb"
    service = Service.open(db, DEFAULT_SETTINGS, TOKEN)
    service.reads = anyio.CapacityLimiter(1)
    client = TestClient(create_app(service))
    client.__enter__()
    with service.turn():
        _ingest(client, FRENCH)
        closing, _answers = _in_thread(lambda: client.__exit__(None, None, None))
        closing.join(WAIT)
        assert closing.is_alive()  # closing waits for the job, which waits for its turn
    closing.join(120)
    assert not closing.is_alive()
    with Store(db, read_only=True) as store:
        assert store.count("articles") == 1
