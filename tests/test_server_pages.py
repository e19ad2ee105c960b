"""Answers kept until the store changes (``vigie.server.pages``): through the API on a store of
articles written here, a write (an ingest job, a review) changes what a kept query answers, the
same query without a write gives the same bytes, and a current ETag is a 304; and the cache
itself, without a model: what runs during a write is not kept, concurrent requests share one
computation, the bounds hold."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import served_store
from fastapi.testclient import TestClient

from vigie.config import DEFAULT_SETTINGS
from vigie.server import Service, create_app
from vigie.server.pages import HIT, MISS, SHARED, Pages, matches
from vigie.store import ingest

TOKEN = "a token for the cache tests"
AUTHORIZED = {"Authorization": f"Bearer {TOKEN}"}
FIRST = {"id": "cache-en", "lang": "en", "published": "2024-06-03",
         "text": "Canada criticised Venezuela on Monday over the arrest of opposition leaders."}
LATER = {"id": "cache-fr", "lang": "fr", "published": "2024-06-05",
         "text": "Le Brésil a accusé mercredi le Paraguay de fermer sa frontière aux camions."}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("pages")
    (folder / "first.jsonl").write_bytes(served_store.jsonl([FIRST]))
    db = folder / "pages.duckdb"
    ingest([str(folder / "first.jsonl")], db, workers=1, progress=False)
    service = Service.open(db, DEFAULT_SETTINGS, TOKEN, warm=False)
    with TestClient(create_app(service)) as test_client:
        yield test_client


def _ingested(client: TestClient, article: dict[str, str]) -> None:
    posted = client.post("/v1/ingest", content=served_store.jsonl([article]), headers=AUTHORIZED)
    assert posted.status_code == 202, posted.text
    job = served_store.finished_job(client, posted.headers["location"])
    assert (job["status"], job["report"]["added"]) == ("done", 1), job


READS = ["/v1/events?limit=5", "/v1/events?sort=-date&limit=1", "/v1/stats",
         "/v1/timeline?by=day", "/v1/dyads", "/v1/clusters?min_articles=1", "/v1/countries"]


def test_an_ingest_changes_what_a_kept_query_answers(client: TestClient) -> None:
    before = {url: client.get(url) for url in READS}
    for url, answer in before.items():
        assert answer.status_code == 200, (url, answer.text)
        assert answer.headers["cache-control"] == "no-cache"
        again = client.get(url)
        assert (again.content, again.headers["etag"]) == (answer.content,
                                                          answer.headers["etag"]), url
        assert again.headers["x-cache"] == HIT
    assert before["/v1/stats"].json()["articles"] == 1

    _ingested(client, LATER)

    after = {url: client.get(url) for url in READS}
    for url, answer in after.items():
        assert answer.headers["x-cache"] == MISS
        assert answer.headers["etag"] != before[url].headers["etag"], url
    assert after["/v1/stats"].json()["articles"] == 2
    newest = after["/v1/events?sort=-date&limit=1"].json()["events"]
    assert [e["doc_id"] for e in newest] == ["cache-fr"]
    assert before["/v1/events?sort=-date&limit=1"].json()["events"][0]["doc_id"] == "cache-en"
    assert after["/v1/timeline?by=day"].content != before["/v1/timeline?by=day"].content


def test_a_review_makes_every_kept_answer_stale(client: TestClient) -> None:
    (event,) = client.get("/v1/events", params={"q": "Venezuela"}).json()["events"]
    url = f"/v1/events/{event['id']}"
    before = client.get(url)
    assert client.get(url).headers["x-cache"] == HIT
    review = {"verdict": "confirmed", "reviewer": "Ana", "event_id": event["id"]}
    assert client.post("/v1/reviews", json=review, headers=AUTHORIZED).status_code == 201
    # A review never alters the coded event: the answer is computed again, to the same bytes.
    after = client.get(url, headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200 and after.headers["x-cache"] == MISS
    assert after.headers["etag"] != before.headers["etag"]
    assert after.content == before.content


def test_a_current_etag_is_not_modified(client: TestClient) -> None:
    first = client.get("/v1/articles/cache-en")
    assert first.status_code == 200 and "Venezuela" in first.json()["text"]
    etag = first.headers["etag"]
    for given in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        answer = client.get("/v1/articles/cache-en", headers={"If-None-Match": given})
        assert (answer.status_code, answer.content) == (304, b""), given
        assert answer.headers["etag"] == etag
    other = client.get("/v1/articles/cache-en", headers={"If-None-Match": '"other"'})
    assert other.status_code == 200 and other.content == first.content
    # Another query is another answer, with another tag.
    assert client.get("/v1/events/nothing-here").status_code == 404
    assert client.get("/v1/stats").headers["etag"] != etag


def test_whole_set_downloads_are_streamed_and_not_kept(client: TestClient) -> None:
    for name in ("csv", "jsonl"):
        answer = client.get("/v1/events", params={"format": name})
        assert answer.status_code == 200 and "etag" not in answer.headers
        assert "x-cache" not in answer.headers


def _counted(pages: Pages, key: tuple[object, ...], calls: list[str],
             gate: asyncio.Event | None = None) -> Any:
    async def compute() -> bytes:
        calls.append(repr(key))
        if gate is not None:
            await gate.wait()
        return repr(key).encode()

    return pages.answer(key, compute)


def test_answers_computed_during_a_write_are_not_kept() -> None:
    async def scenario() -> None:
        pages, calls = Pages(), []
        with pages.writing():
            during = await _counted(pages, ("q",), calls)
            assert (during.etag, pages.current_etag(("q",))) == (None, None)
        kept = await _counted(pages, ("q",), calls)
        assert (kept.source, len(calls)) == (MISS, 2)
        # A write that starts and ends while an answer is computed: it is given, not kept.
        gate = asyncio.Event()
        pending = asyncio.ensure_future(_counted(pages, ("r",), calls, gate))
        await asyncio.sleep(0)
        with pages.writing():
            pass
        gate.set()
        assert (await pending).etag is None
        assert (await _counted(pages, ("r",), calls)).source == MISS
        assert len(calls) == 4

    asyncio.run(scenario())


def test_requests_for_one_answer_share_its_computation() -> None:
    async def scenario() -> None:
        pages, calls, gate = Pages(), [], asyncio.Event()
        waiting = [asyncio.ensure_future(_counted(pages, ("q", 1), calls, gate))
                   for _ in range(5)]
        await asyncio.sleep(0)
        waiting[0].cancel()  # a client that goes away leaves the computation to the others
        gate.set()
        answers = [await w for w in waiting[1:]]
        assert len(calls) == 1
        assert {a.body for a in answers} == {repr(("q", 1)).encode()}
        assert sorted(a.source for a in answers) == [SHARED] * 4
        assert (await _counted(pages, ("q", 1), calls)).source == HIT

    asyncio.run(scenario())


def test_the_cache_is_bounded_by_entries_and_bytes() -> None:
    async def scenario() -> None:
        pages, calls = Pages(max_entries=2, max_bytes=16 * 64), []
        for n in (1, 2, 3, 1):  # 1 is dropped for 3, so asked again it is computed again
            await _counted(pages, ("n", n), calls)
        assert len(calls) == 4
        assert (await _counted(pages, ("n", 3), calls)).source == HIT
        # One answer over a sixteenth of the bytes is given and never kept.
        big = ("n", "x" * 80)
        await _counted(pages, big, calls)
        assert (await _counted(pages, big, calls)).source == MISS

    asyncio.run(scenario())


@pytest.mark.parametrize(("header", "etag", "expected"), [
    ('"a-1-f"', '"a-1-f"', True), ('W/"a-1-f"', '"a-1-f"', True),
    ('"x", "a-1-f"', '"a-1-f"', True), ("*", '"a-1-f"', True), ('"a-2-f"', '"a-1-f"', False),
    (None, '"a-1-f"', False), ("*", None, False),
])
def test_if_none_match_compares_weakly(header: str | None, etag: str | None,
                                       expected: bool) -> None:
    assert matches(header, etag) is expected


def test_the_epoch_tells_two_servers_apart() -> None:
    assert Pages().etag(0, ("stats",)) != Pages().etag(0, ("stats",))
