"""PLOVER JSON records, with the field names and shapes of the PLOVER manual's chapter "JSON
Data Fields": ``event`` and ``event_text`` are lists, an actor is its country (``code``) and
sector, the date interval is ``date``/``enddate``, and where the text came from is in
``cite_info``. What Vigie adds (CAMEO code, the ISO-TimeML value, flags, evidence offsets,
full actor codes) is under the one key ``vigie``, as the manual invites providers to do.
"""

from __future__ import annotations

import json
from typing import Any

from vigie import __version__

CODER = f"vigie {__version__}"
# Vigie's values of the output contract kept under "vigie", beside the PLOVER fields.
VIGIE_KEYS = (
    "doc_id", "cameo", "date_value", "date_precision", "date_text", "date_source", "negated",
    "hypothetical", "tense", "historical", "mentions", "sentence", "start", "end",
    "confidence", "rule", "cluster_id", "location_country", "geonames_id", "lat", "lon",
    "admin1",
)


def _actor(actor: dict[str, Any]) -> dict[str, Any]:
    """An actor object as the manual names its fields (``identifer_text`` is the manual's
    spelling)."""
    return {"code": actor["country"], "sector": actor["sector"], "actor_text": actor["text"],
            "identifer_text": actor["name"], "office": actor["role"]}


def _day(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event of the store (a row of ``vigie.export`` 's query) as a PLOVER record."""
    actors, recipients = json.loads(row["actors_json"]), json.loads(row["recipients_json"])
    extras = {key: row[key] for key in VIGIE_KEYS}
    extras.update(
        published=_day(row["published"]),
        attribution=json.loads(row["attribution"]) if row["attribution"] else None,
        actor=actors, recipient=recipients)
    return {
        "id": row["id"],
        "date": _day(row["date"]),
        "enddate": _day(row["date_end"]),
        "source": [_actor(a) for a in actors],
        "recipient": [_actor(a) for a in recipients],
        "event": [row["event"]],
        "event_text": [row["event_text"]],
        "event_loc": {"name": row["location"]} if row["location"] else None,
        "quad_code": row["quad_class"],
        "event_scale": row["goldstein"],
        "mode": row["mode"],
        "context": list(row["context"] or []),
        "cite_info": {"url": row["url"], "title": row["title"], "language": row["language"],
                      "publication": row["article_source"], "coder": CODER},
        "coder": CODER,
        "vigie": extras,
    }
