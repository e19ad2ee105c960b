"""Reviews, end to end: articles written here are ingested, an analyst's reviews posted through
the HTTP API (confirmed, wrong, corrected, added), exported as a gold file, and ``vigie eval``
scores Vigie on them with the figures the reviews imply. Also: the token, bad reviews as
problems with the CLI's codes, and stores written before reviews existed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
import served_store
from fastapi.testclient import TestClient

from vigie.cli import main
from vigie.config import DEFAULT_SETTINGS
from vigie.errors import InputError
from vigie.evaluate.plover import Counts, load_gold, run_eval
from vigie.server import Service, create_app
from vigie.store import Store, ingest

TOKEN = "a token for the review tests"
AUTHORIZED = {"Authorization": f"Bearer {TOKEN}"}
PUBLISHED = "2024-05-06"
ENGLISH = ("Russia condemned the Ukrainian strikes on Belgorod on Monday.\n\n"
           "Japan pledged humanitarian aid to Turkey on Tuesday.\n\n"
           "Italy attacked relentlessly but Spain held on to win the final on Saturday.\n\n"
           "Kenyan police officers arrived in Haiti on Friday to lead a multinational security "
           "mission.\n\n"
           "Norway did not condemn the Chinese exercises on Friday.\n\n"
           "Thousands of Spanish farmers blocked roads on Thursday, officials in Madrid said.")
FRENCH = ("Le Maroc a expulsé jeudi deux diplomates algériens.\n\n"
          "Le ministre chilien des Affaires étrangères s'est rendu mardi en Argentine.")
ARTICLES = [
    {"id": "review-en", "lang": "en", "published": PUBLISHED, "source": "The Review Daily",
     "text": ENGLISH},
    {"id": "review-fr", "lang": "fr", "published": PUBLISHED, "source": "La Revue",
     "text": FRENCH},
]


@pytest.fixture(scope="module")
def reviewed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reviews")
    (folder / "articles.jsonl").write_bytes(served_store.jsonl(ARTICLES))
    db = folder / "articles.duckdb"
    ingest([str(folder / "articles.jsonl")], db, workers=1, progress=False)
    return db


@pytest.fixture
def store_copy(reviewed_store: Path, tmp_path: Path) -> Path:
    """A store of its own for each test: reviews written by one test are not seen by another."""
    copy = tmp_path / "store.duckdb"
    shutil.copy(reviewed_store, copy)
    return copy


def _client(db: Path, token: str | None = TOKEN) -> TestClient:
    return TestClient(create_app(Service.open(db, DEFAULT_SETTINGS, token, warm=False)))


@pytest.fixture
def client(store_copy: Path) -> Iterator[TestClient]:
    with _client(store_copy) as test_client:
        yield test_client


def _event(client: TestClient, article: str, words: str) -> dict[str, Any]:
    """The event of ``article`` whose trigger or sentence holds ``words``."""
    events = client.get(f"/v1/articles/{article}").json()["events"]
    (found,) = [e for e in events if words in e["sentence"]]
    return found  # type: ignore[no-any-return]


def _post(client: TestClient, **review: Any) -> dict[str, Any]:
    answer = client.post("/v1/reviews", json={"reviewer": "Ana", **review}, headers=AUTHORIZED)
    assert answer.status_code == 201, answer.text
    return answer.json()  # type: ignore[no-any-return]


def test_reviews_exported_as_gold_score_vigie_on_them(store_copy: Path, tmp_path: Path) -> None:
    with _client(store_copy) as client:
        russia = _event(client, "review-en", "Belgorod")
        japan = _event(client, "review-en", "Japan pledged")
        farmers = _event(client, "review-en", "farmers")
        italy = _event(client, "review-en", "Italy attacked")
        norway = _event(client, "review-en", "Norway")
        morocco = _event(client, "review-fr", "Maroc")
        chile = _event(client, "review-fr", "chilien")
        assert norway["negated"] and not any(
            "Kenyan" in e["sentence"] for e in client.get("/v1/articles/review-en").json()[
                "events"])
        _post(client, verdict="confirmed", event_id=russia["id"])
        # A promise of aid coded AGREE; this analyst codes the aid itself.
        _post(client, verdict="corrected", event_id=japan["id"], event="AID")
        # "officials in Madrid said" is who says so, not the target.
        corrected = _post(client, verdict="corrected", event_id=farmers["id"], recipient=[])
        assert corrected["event"] == "PROTEST" and corrected["target"] == []
        assert [a["code"] for a in corrected["source"]] == [a["code"] for a in farmers["actor"]]
        wrong = _post(client, verdict="wrong", event_id=italy["id"], note="football")
        assert wrong["event"] == "NONE" and wrong["source"] == []
        # Vigie said it did not happen, and it did not: no event.
        assert _post(client, verdict="confirmed", event_id=norway["id"])["event"] == "NONE"
        start = ENGLISH.index("Kenyan police officers arrived")
        added = _post(client, verdict="added", article="review-en", start=start,
                      end=start + len("Kenyan police officers arrived"), event="AID",
                      actor=["KENCOP"], recipient=["HTIGOV"])
        assert added["sentence"] == ("Kenyan police officers arrived in Haiti on Friday to lead "
                                     "a multinational security mission.")
        # A slip, then the analyst's second thought: the later review stands.
        _post(client, verdict="wrong", event_id=morocco["id"])
        _post(client, verdict="confirmed", event_id=morocco["id"])
        _post(client, verdict="confirmed", event_id=chile["id"], reviewer="Bruno")
        listed = client.get("/v1/reviews").json()
        assert listed["writable"] is True
        assert [r["verdict"] for r in listed["reviews"]] == [
            "confirmed", "corrected", "corrected", "wrong", "confirmed", "added", "wrong",
            "confirmed", "confirmed"]
        assert [r["id"] for r in client.get("/v1/reviews",
                                            params={"article": "review-fr"}).json()[
            "reviews"]] == [7, 8, 9]
        # The coded events are as they were.
        assert _event(client, "review-en", "Italy attacked") == italy
        served_gold = client.get("/v1/reviews", params={"format": "gold"})
        assert served_gold.status_code == 200

    gold = tmp_path / "gold.json"
    assert main(["export", "--db", str(store_copy), "--format", "gold", "--out", str(gold)]) == 0
    again = tmp_path / "again.json"
    main(["export", "--db", str(store_copy), "--format", "gold", "--out", str(again)])
    assert gold.read_bytes() == again.read_bytes() == served_gold.content
    records = load_gold(gold)
    # Nine reviews, eight standing: the Moroccan slip gave way to its confirmation.
    assert len(records) == 8
    assert {r.language for r in records} == {"en", "fr"}
    assert all(str(r.date) == PUBLISHED for r in records)

    score = run_eval(gold)
    # Agreed types: Russia, the farmers, Morocco, Chile; invented: Japan's AGREE, Italy's
    # ASSAULT; missed: Japan's AID, Kenya's AID. Norway's negated event counts on no side.
    assert score.types == Counts(tp=4, fp=2, fn=2)
    # Triples: the farmers' target is wrong too, and so one invented and one missed.
    assert score.triples == Counts(tp=3, fp=3, fn=3)


def test_reviews_need_the_token(client: TestClient, reviewed_store: Path,
                                tmp_path: Path) -> None:
    event = _event(client, "review-fr", "Maroc")
    review = {"verdict": "confirmed", "reviewer": "Ana", "event_id": event["id"]}
    answer = client.post("/v1/reviews", json=review)
    assert answer.status_code == 401
    assert answer.headers["content-type"] == "application/problem+json"
    answer = client.post("/v1/reviews", json=review,
                         headers={"Authorization": "Bearer not the token"})
    assert answer.status_code == 401
    assert client.get("/v1/reviews").json()["reviews"] == []
    readonly_copy = tmp_path / "readonly.duckdb"
    shutil.copy(reviewed_store, readonly_copy)
    with _client(readonly_copy, token=None) as readonly:
        answer = readonly.post("/v1/reviews", json=review, headers=AUTHORIZED)
        assert answer.status_code == 403
        assert "VIGIE_TOKEN" in answer.json()["detail"]
        assert readonly.get("/v1/reviews").json() == {"reviews": [], "writable": False}


BAD_REVIEWS = [
    (b'{"verdict": "confirmed", ', 400, "E006", "malformed JSON"),
    (b'{"verdict": "maybe", "reviewer": "Ana", "event_id": "x"}', 422, "E007", "'verdict'"),
    (b'{"verdict": "confirmed", "reviewer": "Ana"}', 422, "E007", "names the event"),
    (b'{"verdict": "confirmed", "reviewer": "Ana", "event_id": "0000"}', 422, "E050",
     "no event '0000' in the store"),
    (b'{"verdict": "confirmed", "reviewer": "Ana", "event_id": "EVENT", "event": "AID"}', 422,
     "E007", "only a correction"),
    (b'{"verdict": "corrected", "reviewer": "Ana", "event_id": "EVENT"}', 422, "E007",
     "new type, new sides"),
    (b'{"verdict": "corrected", "reviewer": "Ana", "event_id": "EVENT", "event": "INVADE"}',
     422, "E007", "not a PLOVER type"),
    (b'{"verdict": "corrected", "reviewer": "Ana", "event_id": "EVENT", "actor": ["Maroc"]}',
     422, "E007", "'Maroc' is not an actor code"),
    (b'{"verdict": "added", "reviewer": "Ana", "article": "review-fr", "start": 0, "end": 60,'
     b' "event": "SANCTION"}', 422, "E007", "more than one sentence"),
    (b'{"verdict": "added", "reviewer": "Ana", "article": "review-fr", "start": 0, "end": 900,'
     b' "event": "SANCTION"}', 422, "E007", "not within the article"),
    (b'{"verdict": "added", "reviewer": "Ana", "article": "nowhere", "start": 0, "end": 8,'
     b' "event": "SANCTION"}', 422, "E050", "no article 'nowhere'"),
    (b'{"verdict": "added", "reviewer": "Ana", "article": "review-fr", "start": 0}', 422,
     "E007", "'end'"),
]


@pytest.mark.parametrize(("body", "status", "code", "words"), BAD_REVIEWS)
def test_bad_reviews_are_problems_with_the_cli_code(client: TestClient, body: bytes,
                                                    status: int, code: str, words: str) -> None:
    event = _event(client, "review-fr", "Maroc")
    answer = client.post("/v1/reviews", content=body.replace(b"EVENT", event["id"].encode()),
                         headers={**AUTHORIZED, "Content-Type": "application/json"})
    assert answer.status_code == status, answer.text
    problem = answer.json()
    assert answer.headers["content-type"] == "application/problem+json"
    assert problem["code"] == code
    assert words in problem["detail"]
    assert "\n" not in problem["detail"] and problem["detail"].startswith("review")
    assert client.get("/v1/reviews").json()["reviews"] == []


def test_openapi_describes_the_review_routes(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    route = document["paths"]["/v1/reviews"]
    assert {"get", "post"} <= set(route)
    schema = route["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["verdict"]["enum"] == ["confirmed", "wrong", "corrected",
                                                       "added"]
    assert {p["name"] for p in route["get"]["parameters"]} == {"article", "format"}


def _earlier_store(store_copy: Path) -> Path:
    """The store as a Vigie without reviews wrote it: no reviews table, no sequence."""
    connection = duckdb.connect(str(store_copy))
    connection.execute("DROP TABLE reviews; DROP SEQUENCE review_ids")
    connection.close()
    return store_copy


def test_a_store_written_before_reviews_gains_them(store_copy: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    earlier = _earlier_store(store_copy)
    # Read-only, as export opens it: nothing to export, said in one line.
    out = tmp_path / "gold.json"
    assert main(["export", "--db", str(earlier), "--format", "gold", "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "holds no reviews" in error and "[E051]" in error
    assert not out.exists()
    # Opened for writing (as vigie serve opens it), the table is added and reviews work.
    with _client(earlier) as client:
        assert client.get("/v1/reviews").json()["reviews"] == []
        _post(client, verdict="confirmed", event_id=_event(client, "review-fr", "Maroc")["id"])
    assert main(["export", "--db", str(earlier), "--format", "gold", "--out", str(out)]) == 0
    assert [r.event for r in load_gold(out)] == ["SANCTION"]


def test_a_reviews_table_of_another_shape_is_an_old_store(store_copy: Path) -> None:
    connection = duckdb.connect(str(store_copy))
    connection.execute("ALTER TABLE reviews DROP COLUMN note")
    connection.close()
    with pytest.raises(InputError, match=r"table reviews has no column note.*\[E014\]"):
        Store(store_copy)


def test_gold_records_carry_who_reviewed_what(client: TestClient) -> None:
    event = _event(client, "review-fr", "chilien")
    review = _post(client, verdict="corrected", event_id=event["id"], event="CONSULT",
                   actor=["CHLGOV"], recipient=["ARGGOV", "ARGGOV"], reviewer="Bruno",
                   note="visit")
    assert review["source"] == [{"code": "CHLGOV", "text": event["actor"][0]["text"]}]
    # A code given twice is one side; an actor the coder did not find has no words.
    assert review["target"] == [{"code": "ARGGOV", "text": event["recipient"][0]["text"]}]
    assert review["start"] == event["start"] and review["end"] == event["end"]
    assert review["reviewed_at"].endswith("Z") and review["language"] == "fr"
    assert json.loads(json.dumps(review)) == review
