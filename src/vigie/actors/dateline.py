"""A story's own country: "KABUL (Reuters) - The police arrested …", « BAMAKO (AFP) - L'armée a
… »: the police and the army of a story filed from a country, which names no other, are that
country's. The dateline says where the story was filed, and a story that names no other country
is about the one it was filed from; a story that names another leaves them unresolved, as before
(whose police is then anyone's guess).

Only a state's own bodies are placed so (DOMESTIC_SECTORS); crowds, gunmen and refugees are left
to the event coder, which places them by where the event happens.
"""

from __future__ import annotations

from dataclasses import replace

from vigie.actors.gazetteer import iso_countries
from vigie.actors.places import dateline_places
from vigie.analysis import Analysis
from vigie.model import Place

DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def story_country(analysis: Analysis, places: list[Place]) -> Place | None:
    """The dateline's place, when the story names no country but the dateline's."""
    dateline = dateline_places(analysis.doc, places)
    if not dateline or dateline[0].country not in iso_countries():
        return None
    country = dateline[0].country
    named = {a.country for a in analysis.actors if a.country in iso_countries()}
    named |= {p.country for p in places if p.country is not None}
    return dateline[0] if named <= {country} else None


def place_domestic_actors(analysis: Analysis, places: list[Place]) -> None:
    """Code the unplaced state bodies of ``analysis.actors`` ("the police", « l'armée ») with
    the story's country (see ``story_country``)."""
    home = story_country(analysis, places)
    if home is None:
        return
    actors = analysis.actors
    for index, actor in enumerate(actors):
        if (actor.code is None and actor.sector in DOMESTIC_SECTORS
                and (actor.via or "").startswith("sector:")):
            code = f"{home.country}{actor.sector}"
            actors[index] = replace(actor, code=code, country=home.country,
                                    via=f"{actor.via}+dateline:{home.name}")
            analysis.note("actors", actor.start, actor.end, "found",
                          f"{actor.text!r}: {code}, the story filed from {home.name}")
