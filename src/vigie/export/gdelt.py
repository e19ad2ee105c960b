"""A GDELT 2.0 event table: one row per pair of actor and recipient codes, with the columns of
the GDELT 2.0 event codebook, in its order and under its names.

Filled: the dates (``Day`` YYYYMMDD, ``MonthYear``, ``Year``, ``FractionDate``), actor codes,
names, countries and sector (``Type1Code``), the CAMEO codes at their three levels,
``QuadClass``, ``GoldsteinScale``, the counts of the event's cluster across articles
(``NumMentions``, ``NumSources``, ``NumArticles``), the place of the event (``ActionGeo_``
``Fullname``; where the gazetteer decided it, ``Type`` — 1 country, 2 US state, 3 US city,
4 other city —, ``CountryCode`` as FIPS 10-4 like GDELT's, ``Lat`` and ``Long``) and
``SOURCEURL``. ``ADM1Code`` and ``FeatureID`` stay empty: GDELT takes them from the GNS and
GNIS gazetteers, whose codes Vigie does not have (its GeoNames ids are in the other exports).
``DATEADDED`` is the article's publication day at 00:00:00: Vigie records no time of
ingest, and its output does not depend on when it runs. The rest (tone, religion and
ethnicity codes, the actors' places) is empty. An event whose actors have no code, or that has no
date, has no row: GDELT has no such records. Codes are written as text (``040``).
"""

from __future__ import annotations

import json
from datetime import date
from itertools import product
from typing import Any

from vigie.flat import flat_cell
from vigie.geocode import fips_codes

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                 "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "Fullname", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
               "FeatureID")
GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{field}" for field in _ACTOR_FIELDS),
    *(f"Actor2{field}" for field in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)


def _coded(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One actor per distinct code, in code order."""
    by_code = {a["code"]: a for a in actors if a["code"]}
    return [by_code[code] for code in sorted(by_code)]


def _actor(slot: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    if actor is None:
        return {}
    return {f"{slot}Code": actor["code"], f"{slot}Name": actor["name"] or actor["text"],
            f"{slot}CountryCode": actor["country"], f"{slot}Type1Code": actor["sector"]}


def _action_geo(row: dict[str, Any]) -> dict[str, Any]:
    """GDELT's ActionGeo_ columns that the gazetteer's place fills."""
    if row["geonames_id"] is None:
        return {}
    country = row["location_country"]
    city = 3 if country == "USA" else 4
    kind = city if row["lat"] is not None else 2 if row["admin1"] else 1
    return {"ActionGeo_Type": kind, "ActionGeo_CountryCode": fips_codes().get(country or ""),
            "ActionGeo_Lat": row["lat"], "ActionGeo_Long": row["lon"]}


def _fraction(day: date) -> str:
    return f"{day.year + day.timetuple().tm_yday / 365:.4f}"


def gdelt_rows(row: dict[str, Any]) -> list[list[str]]:
    """The rows of one event of the store: one per (actor, recipient) pair of codes, or per
    actor where no recipient is coded."""
    day: date | None = row["date"]
    actors = _coded(json.loads(row["actors_json"]))
    recipients: list[dict[str, Any] | None] = [*_coded(json.loads(row["recipients_json"]))]
    if day is None or not actors:
        return []
    published: date | None = row["published"]
    cameo: str = row["cameo"]
    common = {
        "Day": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"), "Year": day.year,
        "FractionDate": _fraction(day), "EventCode": cameo, "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2], "QuadClass": row["quad_class"],
        "GoldsteinScale": row["goldstein"], "NumMentions": row["cluster_mentions"],
        "NumSources": row["cluster_sources"], "NumArticles": row["cluster_articles"],
        "ActionGeo_Fullname": row["location"], **_action_geo(row),
        "DATEADDED": published.strftime("%Y%m%d000000") if published else None,
        "SOURCEURL": row["url"],
    }
    pairs = list(product(actors, recipients or [None]))
    out = []
    for number, (actor, recipient) in enumerate(pairs, 1):
        values = {**common, **_actor("Actor1", actor), **_actor("Actor2", recipient),
                  "GlobalEventID": row["id"] if len(pairs) == 1 else f"{row['id']}-{number}"}
        out.append([flat_cell(values.get(column)) for column in GDELT_COLUMNS])
    return out
