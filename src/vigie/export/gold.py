"""The standing reviews of a store as a PLOVER gold file, the format ``vigie eval`` scores
(``vigie.evaluate.plover``): a JSON list of records with ``id``, ``text`` (the sentence),
``event`` (a PLOVER type, or ``NONE``), ``source`` and ``target`` (``{"actorText", "code"}``
lists, or ``""``), ``language``, ``date`` (the article's publication day) and a ``comment``
saying who reviewed what and where in which article.

``vigie eval`` reruns Vigie on each sentence alone and takes a sentence's records together: a
sentence's gold is every review in it, so an event left unreviewed beside reviewed ones counts
as one Vigie invented.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from vigie.output import dumps

# The first record only documents the file; the scoring skips it.
DOCUMENT_RECORD = {
    "id": "vigie-reviews", "event": "DOCUMENT",
    "comment": "Gold records written by vigie export --format gold from the reviews of a "
               "Vigie store: one record per reviewed event (its latest review) and per event "
               "an analyst added; NONE where an event was judged wrong, or confirmed as not "
               "having happened (negated or hypothetical)."}


def _actors(side: list[dict[str, str]]) -> list[dict[str, str]] | str:
    return [{"actorText": actor["text"], "code": actor["code"]} for actor in side] or ""


def gold_record(review: dict[str, Any]) -> dict[str, Any]:
    """The gold record a review stands for."""
    where = f"{review['doc_id']} characters {review['start']}-{review['end']}"
    comment = f"{review['verdict']} by {review['reviewer']} at {review['reviewed_at']}; {where}"
    record: dict[str, Any] = {
        "id": f"review-{review['id']}", "text": review["sentence"], "event": review["event"],
        "source": _actors(review["source"]), "target": _actors(review["target"]),
        "language": review["language"],
        "comment": f"{comment}; {review['note']}" if review["note"] else comment}
    if review["published"] is not None:
        record["date"] = review["published"].isoformat()
    return record


def write_gold(stream: TextIO, reviews: Iterable[dict[str, Any]]) -> None:
    """A JSON list, one record per line, so that a diff of two exports reads record by
    record."""
    records = [DOCUMENT_RECORD, *(gold_record(review) for review in reviews)]
    stream.write("[\n" + ",\n".join(dumps(record) for record in records) + "\n]\n")
