"""The DuckDB store: idempotent ingest by content hash, one row set per article, source links
for duplicates, event clusters across articles, stats."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from vigie.analysis import Analysis
from vigie.errors import InputError, Reason
from vigie.model import Actor, Article, Attribution, Event, Quote, TimeRef
from vigie.store import IngestReport, Store, content_hash, ingest, stats
from vigie.store.schema import participant_codes

TABLES = ("articles", "article_sources", "signatures", "events", "event_actors", "quotes",
          "claims", "times")


def counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return {table: store.count(table) for table in TABLES}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, test_data: Path,
           samples_path: Path) -> Path:
    """The samples plus two bad files, as one input folder."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(samples_path, folder / "articles.jsonl")
    shutil.copy(test_data / "empty.txt", folder / "empty.txt")
    shutil.copy(test_data / "german.txt", folder / "german.txt")
    return folder


@pytest.fixture(scope="module")
def ingested(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, IngestReport]:
    db = tmp_path_factory.mktemp("db") / "vigie.duckdb"
    return db, ingest([str(corpus)], db)


def test_first_ingest_stores_every_article_and_every_failure(
    ingested: tuple[Path, IngestReport],
) -> None:
    db, report = ingested
    assert (report.added, report.already_stored, report.skipped, report.failed) == (13, 0, 1, 1)
    assert [e.rsplit(" ", 1)[-1] for e in report.errors] == ["[E001]", "[E005]"]
    with Store(db, read_only=True) as store:
        rows = store.connection.execute(
            "SELECT lang, status, count(*) FROM articles GROUP BY ALL ORDER BY ALL").fetchall()
        # The German article is kept as skipped, with its language, not lost.
        assert rows == [("de", "skipped", 1), ("en", "ok", 4), ("fr", "ok", 9),
                        (None, "error", 1)]
        (sources,) = store.connection.execute(
            "SELECT count(*) FROM article_sources WHERE match = 'original'").fetchone()
        assert sources == 14
        errors = store.connection.execute(
            "SELECT error_code, error FROM articles WHERE status = 'error' ORDER BY error_code"
        ).fetchall()
        assert errors[0] == ("E001", "empty input [E001]")
        (published,) = store.connection.execute(
            "SELECT published FROM articles WHERE doc_id = 'fr-04-colonna-alger'").fetchone()
        assert str(published) == "2023-10-18"
    for table in ("events", "quotes", "claims", "times"):
        assert report.records[table] == counts(db)[table]


def test_second_ingest_adds_nothing(ingested: tuple[Path, IngestReport], corpus: Path) -> None:
    db, _ = ingested
    before = counts(db)
    report = ingest([str(corpus)], db)
    assert (report.added, report.already_stored, report.skipped, report.failed) == (0, 14, 0, 1)
    assert sum(report.records.values()) == 0
    assert counts(db) == before


def test_same_text_under_another_id_is_analysed_once_and_linked_to_both(tmp_path: Path) -> None:
    text = "La Chine a condamné mardi le lancement d'un missile."
    feed = tmp_path / "feed.jsonl"
    feed.write_text(f'{{"id": "a", "text": "{text}", "lang": "fr", "source": "AFP"}}\n'
                    f'{{"id": "b", "text": "{text.upper()}  ", "lang": "fr", "source": "Le Soir"}}'
                    '\n', encoding="utf-8")
    db = tmp_path / "db.duckdb"
    report = ingest([str(feed)], db)
    assert (report.added, report.duplicates, report.already_stored) == (1, 1, 0)
    with Store(db, read_only=True) as store:
        links = store.connection.execute(
            "SELECT doc_id, source, match, content_hash = text_hash FROM article_sources "
            "ORDER BY doc_id").fetchall()
        assert links == [("a", "AFP", "original", True), ("b", "Le Soir", "exact", True)]
        assert store.count("articles") == 1
    assert ingest([str(feed)], db).already_stored == 2


def test_stats_summarises_the_store(ingested: tuple[Path, IngestReport]) -> None:
    db, _ = ingested
    text = stats(db)
    assert text.startswith("articles by language and status\n  lang  status   articles\n")
    assert "  en    ok       4\n" in text
    assert "  de    skipped  1\n" in text
    assert "  original  14         1\n" in text
    assert "events by PLOVER type" in text
    assert "top dyads (actor → recipient, by country)" in text
    assert "events by day (latest 31 days with events dated to the day)\n" in text
    with Store(db, read_only=True) as store:
        latest, n = store.connection.execute(
            "SELECT date, count(*) FROM events WHERE date_precision = 'day' "
            "GROUP BY date ORDER BY date DESC LIMIT 1").fetchone()
    assert f"  day         records  events\n  {latest}  {n}" in text
    assert f"records\n  table            rows\n  articles         {counts(db)['articles']}\n" \
        in text


def test_stats_on_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        stats(tmp_path / "missing.duckdb")
    assert caught.value.reason is Reason.NOT_FOUND


def hand_built_analysis() -> Analysis:
    """An analysis with one coded event, a quote and a time, as the analysers would leave it."""
    text = "Washington a accusé Pyongyang mardi. « Assez », a dit la Maison Blanche."
    usa = Actor(text="Washington", start=0, end=10, code="USAGOV", country="USA", sector="GOV")
    prk = Actor(text="Pyongyang", start=20, end=29, code="PRKGOV", country="PRK", sector="GOV")
    white_house = Actor(text="la Maison Blanche", start=54, end=71, code="USAGOV",
                        country="USA", sector="GOV", name="United States")
    event = Event(
        doc_id="hand", event="ACCUSE", mode=None, context=("diplomatic",), cameo="112",
        quad_class=3, goldstein=-2.0, actor=(usa,), recipient=(prk,), date_value="2024-05-07",
        date_text="mardi", date_precision="day", location=None, negated=False, tense="past",
        hypothetical=False, attribution=Attribution(speaker=(white_house,), cue="a dit"),
        event_text="a accusé", sentence=text[:36], start=11, end=19, language="fr",
        confidence=0.9, rule="fr.accuse.accuser",
    )
    quote = Quote(doc_id="hand", text="Assez", start=39, end=44, direct=True,
                  speaker=(white_house,), cue="a dit", cue_start=48, cue_end=53)
    time = TimeRef(doc_id="hand", text="mardi", start=30, end=35, type="date",
                   value="2024-05-07", precision="day")
    doc = Doc(Vocab(), words=text.split(" "))
    return Analysis(article=Article(id="hand", text=text, lang="fr"), doc=doc, lang="fr",
                    actors=[usa, prk, white_house], times=[time], quotes=[quote],
                    events=[event])


def test_write_stores_events_with_their_actors_and_dyads(tmp_path: Path) -> None:
    db = tmp_path / "hand.duckdb"
    analysis = hand_built_analysis()
    with Store(db) as store:
        added = store.write([analysis, InputError("broken.txt", Reason.EMPTY)])
        assert added == {"articles": 2, "article_sources": 0, "texts": 1, "signatures": 0,
                         "events": 1, "event_actors": 2, "quotes": 1, "claims": 0, "times": 1}
        # The same batch again: the hashes are known, nothing is written.
        assert sum(store.write([analysis, InputError("broken.txt", Reason.EMPTY)]).values()) == 0
        row = store.connection.execute(
            "SELECT e.event, e.cameo, e.context, a.role, a.code, a.text, "
            "json_extract_string(e.attribution, '$.speaker[0].code') "
            "FROM events e JOIN event_actors a USING (content_hash) "
            "WHERE a.event_id = e.id ORDER BY a.role").fetchall()
        assert row == [
            ("ACCUSE", "112", ["diplomatic"], "actor", "USAGOV", "Washington", "USAGOV"),
            ("ACCUSE", "112", ["diplomatic"], "recipient", "PRKGOV", "Pyongyang", "USAGOV"),
        ]
        (key,) = store.connection.execute(
            "SELECT content_hash FROM articles WHERE status = 'ok'").fetchone()
        assert key == content_hash(analysis.article.text)
    summary = stats(db)
    assert "  ACCUSE  1        1\n" in summary
    assert "  USA    PRK        1\n" in summary


def test_progress_bar_only_when_asked_or_on_a_terminal(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(f'{{"id": "{n}", "text": "Paris a condamné le tir {n}.", '
                            '"lang": "fr"}\n' for n in range(3)), encoding="utf-8")
    ingest([str(feed)], tmp_path / "quiet.duckdb")
    assert capsys.readouterr().err == ""
    ingest([str(feed)], tmp_path / "bar.duckdb", progress=True)
    bar = capsys.readouterr().err.rsplit("\r", 1)[-1]
    # Every line of the feed counted, with the rate.
    assert "3/3" in bar and "articles/s" in bar and "100%" in bar


def test_an_article_that_crashes_an_analyser_is_recorded_and_the_rest_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fragile(analysis: Analysis) -> None:
        if "explose" in analysis.article.text:
            raise RuntimeError("analyser bug")

    monkeypatch.setattr("vigie.pipeline.ANALYSERS", (("fragile", fragile),))
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "Paris a protesté.", "lang": "fr"}\n'
                    '{"id": "b", "text": "Tout explose ici.", "lang": "fr"}\n'
                    '{"id": "c", "text": "Rome a protesté.", "lang": "fr"}\n', encoding="utf-8")
    db = tmp_path / "fragile.duckdb"
    report = ingest([str(feed)], db)
    assert (report.added, report.failed) == (2, 1)
    assert report.errors == ["b: internal error, input skipped (RuntimeError: analyser bug) "
                             "[E011]"]
    with Store(db, read_only=True) as store:
        rows = store.connection.execute(
            "SELECT doc_id, status, error_code FROM articles ORDER BY doc_id").fetchall()
    assert rows == [("a", "ok", None), ("b", "error", "E011"), ("c", "ok", None)]


# Each event's codes as its event_actors rows give them, next to the codes its row keeps.
_KEPT_AND_GIVEN = f"""
SELECT e.content_hash, e.id, e.actor_codes, e.recipient_codes,
       coalesce(p.actor_codes, []::VARCHAR[]), coalesce(p.recipient_codes, []::VARCHAR[])
FROM events e LEFT JOIN ({participant_codes()}) p
     ON p.content_hash = e.content_hash AND p.event_id = e.id
ORDER BY e.content_hash, e.id
"""


def test_each_event_keeps_the_sorted_codes_of_its_actors(
        ingested: tuple[Path, IngestReport]) -> None:
    db, _report = ingested
    with Store(db, read_only=True) as store:
        rows = store.connection.execute(_KEPT_AND_GIVEN).fetchall()
    assert [row[2:4] for row in rows] == [row[4:6] for row in rows]
    # The samples exercise what the comparison is about: events with codes on both sides,
    # and events with a side left without a coded actor (an empty list, not NULL).
    assert any(row[2] and row[3] for row in rows)
    assert any(row[3] == [] for row in rows)


def test_a_store_without_the_code_columns_gets_them_filled_when_opened_for_writing(
        ingested: tuple[Path, IngestReport], tmp_path: Path) -> None:
    db, _report = ingested
    with Store(db, read_only=True) as store:
        expected = store.connection.execute(_KEPT_AND_GIVEN).fetchall()
    old = tmp_path / "old.duckdb"
    shutil.copy(db, old)
    with duckdb.connect(str(old)) as connection:
        for column in ("actor_codes", "recipient_codes"):
            connection.execute(f"ALTER TABLE events DROP COLUMN {column}")
    with pytest.raises(InputError) as raised:
        Store(old, read_only=True)
    assert raised.value.reason is Reason.OLD_STORE
    with Store(old) as store:  # opened for writing: the columns are added and filled
        assert store.connection.execute(_KEPT_AND_GIVEN).fetchall() == expected
