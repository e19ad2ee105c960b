"""The HTTP API through FastAPI's test client, on a store ingested from the samples and from
articles written here (``served_store``: the same two events in French and in English)."""

from __future__ import annotations

import csv
import functools
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
import served_store
from fastapi.testclient import TestClient

import vigie
from vigie.config import DEFAULT_SETTINGS
from vigie.query import COLUMNS, EventFilter, query_events
from vigie.server import Service, create_app
from vigie.store import Store

TOKEN = "a token for the tests"
LATE = {"id": "late-en", "lang": "en", "published": "2024-04-02",
        "text": "Israel accused Iran on Monday of arming militias in Syria."}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return served_store.build(tmp_path_factory.mktemp("served"))


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    service = Service.open(store_path, DEFAULT_SETTINGS, TOKEN, warm=False)
    with TestClient(create_app(service)) as test_client:
        yield test_client


def _sql(store_path: Path, client: TestClient, sql: str) -> Any:
    """One value read through the server's own store connection (it holds the file)."""
    service: Service = client.app.state.service  # type: ignore[attr-defined]
    with Store.sharing(service.store) as store:
        (value,) = store.connection.execute(sql).fetchone() or (None,)
    return value


def _all_pages(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = client.get("/v1/events", params={**params, **({"cursor": cursor} if cursor
                                                             else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        events += body["events"]
        cursor = body["next_cursor"]
        if cursor is None:
            return events


def test_stats_count_what_the_store_holds(client: TestClient, store_path: Path) -> None:
    stats = client.get("/v1/stats").json()
    assert stats["articles"] == 15
    assert stats["articles_by_language"] == {"en": 5, "fr": 10}
    assert stats["records"] == _sql(store_path, client, "SELECT count(*) FROM events")
    # Four records of the paired articles are two events.
    assert stats["events"] == stats["records"] - 2
    assert sum(stats["events_by_quad_class"].values()) == stats["events"]


def test_pages_follow_the_library_order_without_gap_or_repeat(client: TestClient) -> None:
    service: Service = client.app.state.service  # type: ignore[attr-defined]
    expected = [e["id"] for e in query_events(service.store, EventFilter())]
    paged = [e["id"] for e in _all_pages(client, limit=7)]
    assert paged == expected
    newest_first = [e["id"] for e in _all_pages(client, limit=9, sort="-date")]
    assert newest_first == expected[::-1]


def test_filters_select_events(client: TestClient) -> None:
    accusations = _all_pages(client, type="accuse", limit=100)
    assert accusations and {e["event"] for e in accusations} == {"ACCUSE"}
    english = _all_pages(client, lang="en", quad=3, limit=100)
    assert english and all(e["language"] == "en" and e["quad_class"] == 3 for e in english)
    russia = _all_pages(client, actor="Russie", recipient="UKR", limit=100)
    assert {e["doc_id"] for e in russia} >= {"pair-fr", "pair-en"}
    assert all("RUSGOV" in e["actor_codes"] for e in russia)
    belgorod = _all_pages(client, q="belgorod", limit=100)
    assert {e["doc_id"] for e in belgorod} == {"pair-fr", "pair-en"}
    # Events of a coarser precision that may fall on that day (March, 2024) pass too.
    monday = _all_pages(client, since="2024-03-11", until="2024-03-11", facts=True, limit=100)
    assert {(e["doc_id"], e["event"]) for e in monday if e["date_precision"] == "day"} >= {
        ("pair-fr", "ACCUSE"), ("pair-en", "ACCUSE")}
    assert all(e["date"] <= "2024-03-11" <= e["date_end"] for e in monday)


@pytest.mark.parametrize(("params", "status", "code", "names"), [
    ({"type": "FIGHT"}, 400, "E040", "type: unknown event type 'FIGHT'"),
    ({"mode": "teleport"}, 400, "E040", "mode: unknown mode 'teleport'"),
    ({"actor": "Atlantis"}, 400, "E041", "actor: unknown actor 'Atlantis'"),
    ({"cursor": "not-a-cursor"}, 422, "E007", "cursor: bad field 'cursor'"),
])
def test_bad_filters_are_problems_with_the_cli_code(client: TestClient, params: dict[str, Any],
                                                    status: int, code: str, names: str) -> None:
    answer = client.get("/v1/events", params=params)
    assert answer.status_code == status
    assert answer.headers["content-type"] == "application/problem+json"
    problem = answer.json()
    assert problem["code"] == code and problem["type"] == f"urn:vigie:error:{code}"
    assert problem["detail"].startswith(names) and problem["status"] == status
    assert "\n" not in problem["detail"]


def test_a_quad_class_outside_the_four_is_refused_as_the_document_says(
        client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    quad = next(p for p in document["paths"]["/v1/events"]["get"]["parameters"]
                if p["name"] == "quad")
    assert (quad["schema"]["anyOf"][0]["minimum"], quad["schema"]["anyOf"][0]["maximum"]) == (
        1, 4)
    answer = client.get("/v1/events", params={"quad": 9})
    assert answer.status_code == 422
    assert answer.json()["detail"] == "quad: Input should be less than or equal to 4"


def test_a_cursor_of_another_order_is_refused(client: TestClient) -> None:
    cursor = client.get("/v1/events", params={"limit": 2}).json()["next_cursor"]
    answer = client.get("/v1/events", params={"limit": 2, "sort": "-date", "cursor": cursor})
    assert answer.status_code == 422 and "another sort order" in answer.json()["detail"]


def test_csv_and_jsonl_stream_the_whole_filtered_set(client: TestClient) -> None:
    expected = [e["id"] for e in _all_pages(client, type="ACCUSE", limit=3)]
    table = client.get("/v1/events", params={"type": "ACCUSE"}, headers={"Accept": "text/csv"})
    assert table.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(table.text)))
    assert tuple(rows[0]) == COLUMNS
    assert [row[COLUMNS.index("id")] for row in rows[1:]] == expected
    lines = client.get("/v1/events", params={"type": "ACCUSE", "format": "jsonl"}).text
    assert [json.loads(line)["id"] for line in lines.splitlines()] == expected


def test_an_event_carries_its_evidence(client: TestClient) -> None:
    (listed,) = _all_pages(client, q="Belgorod", lang="fr", limit=10)
    event = client.get(f"/v1/events/{listed['id']}").json()
    text = served_store.PAIRED[0]["text"]
    assert text[event["start"]:event["end"]] == event["event_text"]
    (actor,) = event["actor"]
    assert (actor["code"], text[actor["start"]:actor["end"]]) == ("RUSGOV", actor["text"])
    assert event["article"]["doc_id"] == "pair-fr"
    # The same accusation in the English article is the other report of its cluster.
    assert [(r["doc_id"], r["language"]) for r in event["cluster"]] == [("pair-en", "en")]
    missing = client.get("/v1/events/0000")
    assert missing.status_code == 404 and missing.json()["title"] == "not_found"


def test_an_article_comes_with_its_text_and_every_record_offset(client: TestClient) -> None:
    article = client.get("/v1/articles/pair-en").json()
    text = article["text"]
    assert text == served_store.PAIRED[1]["text"]
    assert {e["event"] for e in article["events"]} == {"ACCUSE", "AGREE"}
    for event in article["events"]:
        assert text[event["start"]:event["end"]] == event["event_text"]
        for side in (*event["actor"], *event["recipient"]):
            assert text[side["start"]:side["end"]] == side["text"]
    assert all(text[t["start"]:t["end"]] == t["text"] for t in article["times"])
    assert {t["text"] for t in article["times"]} == {"Monday", "Tuesday"}
    assert client.get("/v1/articles/nowhere").status_code == 404


def test_clusters_gather_reports_across_languages(client: TestClient) -> None:
    clusters = client.get("/v1/clusters", params={"min_articles": 2}).json()["clusters"]
    assert sorted(c["event"] for c in clusters) == ["ACCUSE", "AGREE"]
    for cluster in clusters:
        assert [(r["doc_id"], r["language"]) for r in cluster["reports"]] == [
            ("pair-en", "en"), ("pair-fr", "fr")]
        assert cluster["sources"] == ["Le Quotidien", "The Daily"]


def test_timeline_counts_each_event_once(client: TestClient, store_path: Path) -> None:
    # Two articles report the accusation: one event.
    periods = client.get("/v1/timeline", params={"by": "day", "q": "Belgorod"}).json()["periods"]
    assert [(p["period"], p["quad_classes"]) for p in periods] == [
        ("2024-03-11", {"1": 0, "2": 0, "3": 1, "4": 0})]
    weeks = client.get("/v1/timeline", params={"by": "week", "recipient": "TUR"}).json()
    assert [(p["period"], p["total"]) for p in weeks["periods"]] == [("2024-W11", 1)]
    months = client.get("/v1/timeline").json()["periods"]
    dated = _sql(store_path, client,
                 "SELECT count(*) FROM event_clusters WHERE date IS NOT NULL")
    assert sum(p["total"] for p in months) == dated


def test_countries_count_distinct_events_as_doer_and_as_target(client: TestClient) -> None:
    # The paired articles: Russia condemned the strikes on Belgorod, Japan pledged aid to
    # Turkey; each in French and in English, one event each.
    found = client.get("/v1/countries", params={"q": "Belgorod"}).json()["countries"]
    by_country = {c["country"]: c for c in found}
    assert by_country["RUS"] == {"country": "RUS", "iso2": "RU", "as_actor": 1,
                                 "as_recipient": 0}
    pledge = client.get("/v1/countries", params={"type": "AGREE", "actor": "Japan"}
                        ).json()["countries"]
    assert {c["country"]: (c["as_actor"], c["as_recipient"]) for c in pledge} == {
        "JPN": (1, 0), "TUR": (0, 1)}
    assert client.get("/v1/countries", params={"actor": "Atlantis"}).status_code == 400


def test_dyads_count_distinct_events(client: TestClient) -> None:
    dyads = client.get("/v1/dyads", params={"since": "2024-03-11", "until": "2024-03-12"}
                       ).json()["dyads"]
    # (and, dated to March, the field hospital Médecins sans frontières opened in Chad)
    assert [(d["actor"], d["recipient"], d["events"]) for d in dyads] == [
        ("JPN", "TUR", 1), ("NGO", "TCD", 1), ("RUS", "UKR", 1)]
    by_code = client.get("/v1/dyads", params={"level": "actor", "q": "Belgorod"}).json()
    assert [(d["actor"], d["recipient"]) for d in by_code["dyads"]] == [("RUSGOV", "UKRGOV")]


def test_extract_gives_what_the_library_gives(client: TestClient) -> None:
    text = "La Chine a condamné mardi les essais de missiles nord-coréens."
    answer = client.post("/v1/extract", content=text.encode("utf-8"),
                         params={"published": "2024-03-05", "id": "essais"},
                         headers={"Content-Type": "text/plain"})
    assert answer.status_code == 200
    (document,) = answer.json()["documents"]
    expected = vigie.extract(text, published="2024-03-05", doc_id="essais")
    assert document["records"] == json.loads(json.dumps([r.to_dict() for r in expected]))
    assert any(r["kind"] == "event" and r["event"] == "ACCUSE" for r in document["records"])


def test_extract_reads_jsonl_objects_and_reports_each_failure(client: TestClient) -> None:
    body = served_store.jsonl([LATE]) + b'{"id": "broken", "text": 3}\n'
    answer = client.post("/v1/extract", content=body,
                         headers={"Content-Type": "application/x-ndjson"}).json()
    assert [d["doc_id"] for d in answer["documents"]] == ["late-en"]
    assert answer["errors"] == [{"code": "E007",
                                 "detail": "request:2: bad field 'text': not a string [E007]"}]


@pytest.mark.parametrize(("body", "params", "status", "code"), [
    (b"", {}, 422, "E001"),
    (b"\xff\xfe caf\xe9", {}, 422, "E003"),
    (b"Guten Tag, die Regierung hat heute beschlossen.", {"lang": "de"}, 422, "E005"),
    (b"x" * (DEFAULT_SETTINGS.max_bytes + 1), {}, 413, "E004"),
])
def test_extract_refuses_bad_input_with_the_cli_reason(client: TestClient, body: bytes,
                                                       params: dict[str, str], status: int,
                                                       code: str) -> None:
    answer = client.post("/v1/extract", content=body, params=params,
                         headers={"Content-Type": "text/plain"})
    assert (answer.status_code, answer.json()["code"]) == (status, code)
    assert answer.json()["detail"].startswith("request: ")


def test_bad_json_in_extract_is_a_400(client: TestClient) -> None:
    answer = client.post("/v1/extract", content=b'{"id": "x", "text": ',
                         headers={"Content-Type": "application/json"})
    assert (answer.status_code, answer.json()["code"]) == (400, "E006")


def test_ingest_needs_the_token_then_writes_in_the_background(client: TestClient) -> None:
    assert client.post("/v1/ingest", content=served_store.jsonl([LATE])).status_code == 401
    wrong = client.post("/v1/ingest", content=served_store.jsonl([LATE]),
                        headers={"Authorization": "Bearer guess"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    posted = client.post("/v1/ingest", content=served_store.jsonl([LATE]),
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert posted.status_code == 202
    job = served_store.finished_job(client, posted.headers["location"])
    assert (job["status"], job["report"]["added"]) == ("done", 1)
    assert [e["doc_id"] for e in _all_pages(client, q="militias")] == ["late-en"]
    again = client.post("/v1/ingest", content=served_store.jsonl([LATE]),
                        headers={"Authorization": f"Bearer {TOKEN}"})
    again_job = served_store.finished_job(client, again.headers["location"])
    assert again_job["report"]["already_stored"] == 1
    assert client.get("/v1/jobs/999").status_code == 404


def test_writes_are_disabled_without_a_token(store_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "readonly.duckdb"
    service = Service.open(db, DEFAULT_SETTINGS, None, warm=False)
    with TestClient(create_app(service)) as readonly:
        answer = readonly.post("/v1/ingest", content=served_store.jsonl([LATE]),
                               headers={"Authorization": f"Bearer {TOKEN}"})
        assert answer.status_code == 403
        assert "VIGIE_TOKEN" in answer.json()["detail"]


def test_openapi_describes_every_route(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert set(document["paths"]) == {
        "/v1/events", "/v1/events/{event_id}", "/v1/articles/{article_id}", "/v1/clusters",
        "/v1/stats", "/v1/timeline", "/v1/dyads", "/v1/countries", "/v1/extract",
        "/v1/ingest", "/v1/jobs/{job_id}", "/v1/reviews"}
    parameters = {p["name"] for p in document["paths"]["/v1/events"]["get"]["parameters"]}
    assert {"type", "mode", "actor", "recipient", "cameo", "quad", "since", "until", "lang",
            "facts", "q", "sort", "limit", "cursor", "format"} <= parameters
    assert client.get("/docs").status_code == 200


def test_reads_take_turns_in_the_order_they_came(tmp_path: Path) -> None:
    # One turn at a time here (a server has one per core), so that the order is the threads'.
    service = Service.open(tmp_path / "turns.duckdb", DEFAULT_SETTINGS, warm=False)
    service.reads = anyio.CapacityLimiter(1)
    running: list[int] = []
    started: list[int] = []
    most = 0

    def read(n: int) -> None:
        nonlocal most
        started.append(n)
        running.append(n)
        most = max(most, len(running))
        time.sleep(0.05)
        running.remove(n)

    async def many() -> None:
        async with anyio.create_task_group() as group:
            for n in range(8):
                group.start_soon(service.read, functools.partial(read, n))
                await anyio.sleep(0.01)  # each asks after the one before

    try:
        anyio.run(many)
    finally:
        service.close()
    assert most == 1
    assert started == list(range(8))
