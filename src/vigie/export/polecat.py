"""POLECAT's weekly TSV layout: its 40 columns, in its order and under its names, then the
columns only Vigie has.

Where Vigie has no value for a POLECAT column (Intensity, COW codes, Wikipedia ids, district
and province names, the story's people and organisations) the cell is empty: a value of
another scale under POLECAT's name would be read as POLECAT's. The place columns come from the
gazetteer (``vigie.geocode``): ``City`` where the place is a city, ``Country`` (ISO alpha-3),
``Latitude``, ``Longitude``, ``GeoNames ID``; the first-level region's GeoNames code, which
POLECAT has no column for, is ``Admin1`` among Vigie's columns. Several actors in one cell are
joined with ``;``.
"""

from __future__ import annotations

import json
from typing import Any

from vigie import __version__
from vigie.flat import flat_cell

# The column names and order of the POLECAT data files (its codebook and file headers).
POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
    "Story People", "Story Organizations", "Story Locations", "Language", "Version",
)
VIGIE_COLUMNS = (
    "Date End", "Date Value", "Date Precision", "CAMEO Code", "Goldstein", "Actor Code",
    "Recipient Code", "Negated", "Hypothetical", "Tense", "Story ID", "URL", "Confidence",
    "Cluster ID", "Trigger", "Sentence", "Admin1",
)
HEADER = (*POLECAT_COLUMNS, *VIGIE_COLUMNS)


def _participants(prefix: str, actors: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        f"{prefix} Name": [a["name"] or a["text"] for a in actors],
        f"{prefix} Country": [a["country"] or "" for a in actors],
        f"Primary {prefix} Sector": actors[0]["sector"] if actors else None,
        f"{prefix} Sectors": [a["sector"] or "" for a in actors],
        f"{prefix} Title": [a["role"] or "" for a in actors],
        f"{prefix} Name Raw": [a["text"] for a in actors],
        f"{prefix} Code": sorted({a["code"] for a in actors if a["code"]}),
    }


def polecat_row(row: dict[str, Any]) -> list[str]:
    """One event of the store (a row of ``vigie.export`` 's query) as the cells of ``HEADER``."""
    values: dict[str, Any] = {
        "Event ID": row["id"], "Event Date": row["date"], "Event Type": row["event"],
        "Event Mode": row["mode"], "Quad Code": row["quad_class"], "Contexts": row["context"],
        **_participants("Actor", json.loads(row["actors_json"])),
        **_participants("Recipient", json.loads(row["recipients_json"])),
        "Placename": row["location"], "City": row["location"] if row["lat"] is not None else None,
        "Country": row["location_country"], "Latitude": row["lat"], "Longitude": row["lon"],
        "GeoNames ID": row["geonames_id"], "Admin1": row["admin1"],
        "Source": row["article_source"],
        "Publication Date": row["published"], "Language": row["language"],
        "Version": f"vigie {__version__}",
        "Date End": row["date_end"], "Date Value": row["date_value"],
        "Date Precision": row["date_precision"], "CAMEO Code": row["cameo"],
        "Goldstein": row["goldstein"], "Negated": row["negated"],
        "Hypothetical": row["hypothetical"], "Tense": row["tense"], "Story ID": row["doc_id"],
        "URL": row["url"], "Confidence": row["confidence"], "Cluster ID": row["cluster_id"],
        "Trigger": row["event_text"], "Sentence": row["sentence"],
    }
    return [flat_cell(values.get(column)) for column in HEADER]
