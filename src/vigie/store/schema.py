"""The DuckDB schema: tables, their column order, and the views built over them.

``articles`` has one row per analysed text (key: ``content_hash``, the hash of its
normalised text), per article skipped (no model for its language) and per input that
could not be read; ``article_sources`` has one row per input document, linking it to
the text analysed for it (itself, an exact copy, or a near duplicate): the same wire
story under twenty ids is one ``articles`` row and twenty ``article_sources`` rows.
Records (``events``, ``event_actors``, ``quotes``, ``claims``, ``times``) hang off
``content_hash``, and so does ``texts``, the analysed text itself, which the records'
offsets point into (the API's article view shows them on it). ``event_clusters`` is a view,
so it is always consistent with the tables, however the ingest that filled them was
interrupted. ``reviews`` holds what analysts said of the coded events (``vigie.reviews``);
it is written beside them and never changes them.
"""

from __future__ import annotations

TABLES_SQL = """
CREATE TABLE IF NOT EXISTS articles (
    content_hash VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, lang VARCHAR, published DATE,
    published_source VARCHAR, url VARCHAR, source VARCHAR, title VARCHAR, author VARCHAR,
    n_chars INTEGER, status VARCHAR NOT NULL, error VARCHAR, error_code VARCHAR
);
CREATE TABLE IF NOT EXISTS article_sources (
    text_hash VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
    url VARCHAR, source VARCHAR, title VARCHAR, author VARCHAR, published DATE,
    published_source VARCHAR, match VARCHAR NOT NULL, similarity DOUBLE,
    PRIMARY KEY (text_hash, doc_id)
);
CREATE TABLE IF NOT EXISTS texts (
    content_hash VARCHAR PRIMARY KEY, text VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS signatures (
    content_hash VARCHAR PRIMARY KEY, signature BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,
    event VARCHAR, mode VARCHAR, context VARCHAR[], cameo VARCHAR, quad_class INTEGER,
    goldstein DOUBLE, date DATE, date_end DATE, date_value VARCHAR, date_text VARCHAR,
    date_precision VARCHAR,
    date_source VARCHAR, location VARCHAR, negated BOOLEAN, tense VARCHAR,
    hypothetical BOOLEAN, historical BOOLEAN, mentions INTEGER, confidence DOUBLE,
    language VARCHAR, event_text VARCHAR, sentence VARCHAR, start INTEGER, "end" INTEGER,
    rule VARCHAR, attribution JSON, location_country VARCHAR, geonames_id BIGINT,
    lat DOUBLE, lon DOUBLE, admin1 VARCHAR, actor_codes VARCHAR[], recipient_codes VARCHAR[],
    PRIMARY KEY (content_hash, id)
);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, role VARCHAR NOT NULL,
    position INTEGER NOT NULL, code VARCHAR, country VARCHAR, sector VARCHAR, name VARCHAR,
    actor_role VARCHAR, via VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS quotes (
    content_hash VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, text VARCHAR, start INTEGER,
    "end" INTEGER, direct BOOLEAN, speaker JSON, source VARCHAR, cue VARCHAR,
    cue_start INTEGER, cue_end INTEGER, medium VARCHAR
);
CREATE TABLE IF NOT EXISTS claims (
    content_hash VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, text VARCHAR, start INTEGER,
    "end" INTEGER, value DOUBLE, low DOUBLE, high DOUBLE, bound VARCHAR, unit VARCHAR,
    counted VARCHAR, attribution JSON
);
CREATE TABLE IF NOT EXISTS times (
    content_hash VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, text VARCHAR, start INTEGER,
    "end" INTEGER, type VARCHAR, value VARCHAR, precision VARCHAR, interval_start VARCHAR,
    interval_end VARCHAR
);
"""

# Each event's sorted, distinct actor and recipient codes, as ``event_actors`` gives them: the
# events table keeps them (``actor_codes``, ``recipient_codes``, written at ingest) so that a
# page of events reads one table; this fills them for rows written before they were kept.
def participant_codes(actors: str = "event_actors") -> str:
    """A query of (content_hash, event_id, actor_codes, recipient_codes) for every event with
    a coded participant in ``actors``, the table or a relation with its columns; a role
    without a code has NULL."""
    return f"""
SELECT content_hash, event_id,
       list_sort(list_distinct(list(code) FILTER (WHERE role = 'actor'))) AS actor_codes,
       list_sort(list_distinct(list(code) FILTER (WHERE role = 'recipient'))) AS recipient_codes
FROM {actors} WHERE code IS NOT NULL GROUP BY content_hash, event_id
"""


# One row per event with the month of its first day, ``YYYY-MM`` (``unknown`` when undated:
# the Parquet partition key), and its cluster: records of the same event across articles
# share one ``cluster_id`` (same type, actor codes, recipient codes, date at its precision,
# polarity and modality). An event without a date or without a single coded participant
# stays a cluster of its own: merging on so little would count different events as one.
def coded_events(events: str = "events") -> str:
    """The query of the ``event_codes`` view over ``events``: the table, or the name of a
    relation of some of its rows with all its columns (a query's page)."""
    return f"""
SELECT *,
       CASE WHEN date IS NOT NULL AND (len(actor_codes) > 0 OR len(recipient_codes) > 0)
            THEN md5(concat_ws('|', event, array_to_string(actor_codes, ';'),
                               array_to_string(recipient_codes, ';'), date_value,
                               date_precision, negated, hypothetical))
            ELSE md5(concat_ws('|', 'single', content_hash, id))
       END AS cluster_id
FROM (SELECT e.*, coalesce(strftime(e.date, '%Y-%m'), 'unknown') AS year_month
      FROM {events} e)
"""


EVENT_CODES_VIEW = f"CREATE OR REPLACE VIEW event_codes AS {coded_events()}"

# The events of ``event_codes`` grouped by cluster, with mention, article and source counts.
EVENT_CLUSTERS_VIEW = """
CREATE OR REPLACE VIEW event_clusters AS
WITH clusters AS (
    SELECT cluster_id, any_value(event) AS event, any_value(actor_codes) AS actor_codes,
           any_value(recipient_codes) AS recipient_codes, any_value(date) AS date,
           any_value(date_end) AS date_end, any_value(date_value) AS date_value,
           any_value(date_precision) AS date_precision, any_value(negated) AS negated,
           any_value(hypothetical) AS hypothetical, min(cameo) AS cameo,
           min(quad_class) AS quad_class, min(goldstein) AS goldstein,
           count(*) AS records, sum(mentions) AS mentions,
           count(DISTINCT content_hash) AS texts
    FROM event_codes GROUP BY cluster_id
), sourced AS (
    SELECT k.cluster_id, count(DISTINCT s.doc_id) AS articles,
           list_sort(list_distinct(list(s.doc_id))) AS doc_ids,
           list_sort(list_distinct(list(s.source))) AS sources
    FROM (SELECT DISTINCT cluster_id, content_hash FROM event_codes) k
    JOIN article_sources s ON s.content_hash = k.content_hash
    GROUP BY k.cluster_id
)
SELECT c.*, coalesce(s.articles, 0) AS articles, coalesce(s.doc_ids, []) AS doc_ids,
       coalesce(s.sources, []) AS sources
FROM clusters c LEFT JOIN sourced s USING (cluster_id)
"""

# One row per judgement of an analyst (``vigie.reviews``): an event confirmed, marked wrong or
# corrected (``event_id``), or an event the coder missed (``event_id`` null, the span in
# ``start``/``end``). ``event``, ``source`` and ``target`` hold the answer as a gold record
# states it (``NONE`` when nothing happened); ``sentence``, ``language`` and ``published``
# are what ``vigie eval`` reruns Vigie on. Ids come from a sequence: a later review of the
# same event has a larger id, and wins.
REVIEWS_SQL = """
CREATE SEQUENCE IF NOT EXISTS review_ids START 1;
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY DEFAULT nextval('review_ids'), reviewed_at TIMESTAMP NOT NULL,
    reviewer VARCHAR NOT NULL, verdict VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL, event_id VARCHAR, event VARCHAR NOT NULL, source JSON NOT NULL,
    target JSON NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    sentence VARCHAR NOT NULL, language VARCHAR, published DATE, note VARCHAR
);
"""
REVIEW_COLUMNS = ("id", "reviewed_at", "reviewer", "verdict", "content_hash", "doc_id",
                  "event_id", "event", "source", "target", "start", "end", "sentence",
                  "language", "published", "note")

SCHEMA = (TABLES_SQL + REVIEWS_SQL
          + ";\n".join((EVENT_CODES_VIEW, EVENT_CLUSTERS_VIEW)) + ";")

# Column lists in insertion order; the row tuples built in ``vigie.store.rows`` follow them.
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("content_hash", "doc_id", "lang", "published", "published_source", "url",
                 "source", "title", "author", "n_chars", "status", "error", "error_code"),
    "article_sources": ("text_hash", "doc_id", "content_hash", "url", "source", "title",
                        "author", "published", "published_source", "match", "similarity"),
    "texts": ("content_hash", "text"),
    "signatures": ("content_hash", "signature"),
    "events": ("id", "content_hash", "doc_id", "event", "mode", "context", "cameo",
               "quad_class", "goldstein", "date", "date_end", "date_value", "date_text",
               "date_precision", "date_source",
               "location", "negated", "tense", "hypothetical", "historical", "mentions",
               "confidence", "language", "event_text", "sentence", "start", "end", "rule",
               "attribution", "location_country", "geonames_id", "lat", "lon", "admin1",
               "actor_codes", "recipient_codes"),
    "event_actors": ("event_id", "content_hash", "role", "position", "code", "country",
                     "sector", "name", "actor_role", "via", "text", "start", "end"),
    "quotes": ("content_hash", "doc_id", "text", "start", "end", "direct", "speaker", "source",
               "cue", "cue_start", "cue_end", "medium"),
    "claims": ("content_hash", "doc_id", "text", "start", "end", "value", "low", "high",
               "bound", "unit", "counted", "attribution"),
    "times": ("content_hash", "doc_id", "text", "start", "end", "type", "value", "precision",
              "interval_start", "interval_end"),
}
RECORD_TABLES = ("events", "quotes", "claims", "times")
# Tables keyed by a primary key that a re-run may offer again: inserted with OR IGNORE.
KEYED_TABLES = frozenset({"articles", "article_sources", "texts", "signatures"})
# Tables a store written by an earlier version may lack: opening it for writing adds them,
# empty (its articles' texts were not kept, so the API cannot show them; nobody reviewed it).
LATER_TABLES = frozenset({"texts", "reviews"})
# Every table a store holds with its columns: the record tables, and the reviews, which no
# ingest writes.
STORE_TABLES: dict[str, tuple[str, ...]] = {**COLUMNS, "reviews": REVIEW_COLUMNS}
# Columns a store or lake written by an earlier version may lack, with their types: opening a
# store for writing adds them, a lake reads them as empty; its events have no gazetteer places.
# The ``CODE_COLUMNS`` are the exception: they are filled from ``event_actors``.
LATER_COLUMNS: dict[str, dict[str, str]] = {
    "events": {"location_country": "VARCHAR", "geonames_id": "BIGINT", "lat": "DOUBLE",
               "lon": "DOUBLE", "admin1": "VARCHAR", "actor_codes": "VARCHAR[]",
               "recipient_codes": "VARCHAR[]"},
}
# The events' codes kept with them (``participant_codes``): an empty list, never NULL, for an
# event without a coded participant in that role.
CODE_COLUMNS = ("actor_codes", "recipient_codes")
