"""The actor tables are well-formed, and the compiled gazetteer knows every ISO country by its
English and French names."""

from __future__ import annotations

import gettext
from collections import defaultdict
from datetime import date
from itertools import pairwise

import pycountry
import pytest
from actor_tables import data_rows

from vigie.actors.gazetteer import DOMESTIC_SECTORS, IMPORTED, gazetteer_for
from vigie.nlp import pipeline_for

# ISO 3166-1, and the former states of ISO 3166-3 that countries.tsv may code in their own
# right (Yugoslavia YUG).
ISO = {c.alpha_3 for c in (*pycountry.countries, *pycountry.historic_countries)}
PSEUDO = {"UNO", "EUR", "IGO", "NGO", "WST", "IMG"}
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "OPP", "CVL", "MED", "BUS", "NGO",
           "IGO", "SPY", "ELI", "REF", "EDU", "LAB", "UAF", "AGR", "CRM", "REL"}
LANGS = {"fr", "en"}


def test_state_forms_name_countries_and_description_roles() -> None:
    """Every form of state is a role of a description in sectors.tsv, of ISO countries."""
    roles = {r["role"] for r in data_rows("sectors")}
    for row in data_rows("state_forms"):
        assert row["form"] in roles
        assert row["countries"] and all(c in ISO for c in row["countries"].split("|"))


def test_countries_and_places() -> None:
    assert all(r["country"] in ISO for r in data_rows("countries"))
    for row in data_rows("places"):
        assert row["country"] in ISO and row["sector"] in SECTORS and row["names"]


def test_organisations() -> None:
    for row in data_rows("organisations"):
        assert row["country"] in ISO | PSEUDO and row["sector"] in SECTORS
        if row["sector"] in ("IGO", "NGO"):
            assert row["code"].startswith(row["sector"])
        else:
            assert row["code"] == row["country"] + row["sector"]


def test_people_terms() -> None:
    organisations = {r["code"] for r in data_rows("organisations")}
    terms = defaultdict(list)
    for row in data_rows("people"):
        assert row["country"] in ISO | organisations, row
        assert row["sector"] in SECTORS and row["role"] and row["names"]
        start = date.fromisoformat(row["start"])
        end = date.fromisoformat(row["end"]) if row["end"] else date.max
        assert start < end, row
        terms[row["id"]].append((start, end))
    for person, spans in terms.items():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in pairwise(spans)), person


def test_language_tables() -> None:
    assert all(r["country"] in ISO and r["lang"] in LANGS for r in data_rows("demonyms"))
    for row in (*data_rows("sectors"), *data_rows(f"{IMPORTED}agents")):
        assert row["lang"] in LANGS and row["sector"] in SECTORS | {"*"}
        assert row["alone"] in ("yes", "no", "home")
        # Only a state's own office or body is the story country's (vigie.actors.dateline).
        assert row["alone"] != "home" or row["sector"] in DOMESTIC_SECTORS
        assert row["owners"] in ("any", "adjective", "named")
    for row in data_rows("anaphors"):
        assert row["kind"] in ("description", "pronoun")
        assert row["number"] in ("sing", "plur", "-") and row["gender"] in ("m", "f", "-")
        assert row["refers"] in ("state", "person", "thing", "group", "bloc", "body", "any")
    for name in ("sectors", "anaphors", "grammar", "portfolios", "demonyms"):
        assert {r["lang"] for r in data_rows(name)} == LANGS, name
    keys = defaultdict(set)
    for row in data_rows("grammar"):
        keys[row["lang"]].add(row["key"])
    assert keys["fr"] == keys["en"] >= {"genitive", "locative", "two"}


def test_ambiguous_names() -> None:
    for row in data_rows("ambiguous"):
        assert set(row["candidates"].split("|")) <= ISO
        assert row["other"] in ("-", "person", "place")


def _short_names(lang: str) -> list[tuple[str, str]]:
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    # Réunion: a meeting, more often than not
    blocked = {r["phrase"] for r in data_rows("blocklist")}
    names = []
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        if lang == "fr":
            name = french.gettext(country.name)
        if "," not in name and "(" not in name and name not in blocked:
            names.append((country.alpha_3, name))
    return names


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_iso_country_is_known_by_name(lang: str) -> None:
    gazetteer = gazetteer_for(lang)
    nlp = pipeline_for(lang)
    names = _short_names(lang)
    assert len(names) > 200
    for alpha3, name in names:
        matches = gazetteer.find(nlp.make_doc(name))
        assert len(matches) == 1 and (matches[0].end - matches[0].start) == len(nlp.make_doc(name))
        readings = {e.key for e in matches[0].entries} | {
            c for e in matches[0].entries for c in e.candidates}
        assert alpha3 in readings, (name, matches[0].entries)


@pytest.mark.parametrize(("text", "expected"), [
    ("Etats-Unis", "USA"), ("États-Unis", "USA"), ("ETATS-UNIS", "USA"), ("Pekin", "Pékin"),
    ("us", None), ("US", "USA"), ("Onu", "United Nations"), ("un", None), ("UN", "United Nations"),
])
def test_case_and_accents(text: str, expected: str | None) -> None:
    matches = gazetteer_for("fr").find(pipeline_for("fr").make_doc(text))
    keys = {e.key for m in matches for e in m.entries if e.kind != "anaphor"}
    assert keys == ({expected} if expected else set())
