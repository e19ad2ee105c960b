"""What a query's filters may name, checked before the store is read: PLOVER event types,
modes, CAMEO codes, and actors as codes or as names.

An unknown type, mode or code is an error that lists the valid ones, never an empty result
that looks like an answer. An actor is a code, a code prefix or a country code (``PRK``,
``PRKGOV``, ``IGOUNO``), or a name the gazetteer knows in either language ("North Korea",
« Corée du Nord », Pyongyang, ONU, Kim Yo Jong), which stands for the codes it resolves to.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from vigie.actors.gazetteer import fold, iso_countries, proper_names
from vigie.config import DEFAULT_SETTINGS
from vigie.errors import FilterError, Reason
from vigie.events.cameo import cameo_table
from vigie.events.lexicon import load_lexicon

# Codes are three-letter parts: PRK, PRKGOV, IGOUNO, USAMILREB (in any case on the command line).
ACTOR_CODE = re.compile(r"[A-Z]{3}(?:[A-Z]{3})*")
CAMEO_CODE = re.compile(r"[0-9]{2,4}")


@dataclass(frozen=True)
class ActorSelector:
    """The actors a filter stands for: codes (matched as prefixes of actor codes, or as
    countries) and canonical names of people (matched on the actor's name)."""

    codes: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


@cache
def event_types() -> tuple[str, ...]:
    """The sixteen PLOVER event types."""
    return tuple(sorted({entry.plover for entry in cameo_table().values()}))


@cache
def event_modes() -> tuple[str, ...]:
    """Every mode an event can carry: the CAMEO table's and the event lexicons'."""
    modes = {entry.mode for entry in cameo_table().values() if entry.mode}
    for lang in DEFAULT_SETTINGS.languages:
        modes.update(predicate.mode for predicates in load_lexicon(lang).by_lemma.values()
                     for predicate in predicates if predicate.mode)
    return tuple(sorted(modes))


def check_event_type(value: str) -> str:
    """``value`` as the PLOVER type it names (any case), or a ``FilterError`` listing them."""
    if value.upper() not in event_types():
        raise FilterError("--type", Reason.UNKNOWN_FILTER, what="event type", value=value,
                          valid=", ".join(event_types()))
    return value.upper()


def check_mode(value: str) -> str:
    if value.lower() not in event_modes():
        raise FilterError("--mode", Reason.UNKNOWN_FILTER, what="mode", value=value,
                          valid=", ".join(event_modes()))
    return value.lower()


def check_cameo(value: str) -> str:
    """A CAMEO code or a code prefix (``11`` for all criticism, ``112`` for accusations)."""
    table = cameo_table()
    if not CAMEO_CODE.fullmatch(value) or not any(code.startswith(value) for code in table):
        roots = ", ".join(f"{code} {entry.label}" for code, entry in sorted(table.items())
                          if len(code) == 2)
        raise FilterError("--cameo", Reason.UNKNOWN_FILTER, what="CAMEO code", value=value,
                          valid=f"codes and prefixes of the roots {roots}")
    return value


QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                4: "material conflict"}


def check_quad_class(value: int) -> int:
    if value not in QUAD_CLASSES:
        raise FilterError("--quad", Reason.UNKNOWN_FILTER, what="quad class", value=value,
                          valid=", ".join(f"{n} {name}" for n, name in QUAD_CLASSES.items()))
    return value


@cache
def _names() -> dict[str, tuple[tuple[str, str], ...]]:
    """Folded proper name -> (``code`` or ``name``, value) readings, for actor filters."""
    readings: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for alias, entry in proper_names():
        if entry.kind in ("country", "demonym"):
            readings[fold(alias)].add(("code", entry.key))
        elif entry.kind == "place" and entry.country:
            readings[fold(alias)].add(("code", entry.country))
        elif entry.kind == "org" and entry.code:
            readings[fold(alias)].add(("code", entry.code))
        elif entry.kind == "person" and entry.name:
            readings[fold(alias)].add(("name", entry.name))
        elif entry.kind == "ambiguous":
            readings[fold(alias)].add(("ambiguous", ";".join(entry.candidates)))
    return {key: tuple(sorted(found)) for key, found in readings.items()}


@cache
def _countries() -> frozenset[str]:
    """The first three letters an actor code may have: ISO countries and the pseudo-countries
    of the gazetteer (UNO, EUR, IGO, NGO, IMG, WST ...)."""
    found = set(iso_countries())
    for _alias, entry in proper_names():
        found.update(c[:3] for c in (entry.code, entry.country) if c)
    return frozenset(found)


def actor_selector(value: str, option: str = "--actor") -> ActorSelector:
    """The actors ``value`` stands for: a code (``PRK``, ``PRKGOV``), the codes or people of a
    name, or both for an acronym that is also a name (``ONU``). A name nobody knows, and one
    that may mean several countries (Congo), is a ``FilterError`` saying so."""
    stripped = value.strip()
    readings = _names().get(fold(stripped), ())
    kinds = {kind for kind, _value in readings}
    if "ambiguous" in kinds:
        countries = ";".join(v for kind, v in readings if kind == "ambiguous")
        raise FilterError(option, Reason.AMBIGUOUS_ACTOR, value=value,
                          candidates=", ".join(countries.split(";")))
    codes = [v for kind, v in readings if kind == "code"]
    names = [v for kind, v in readings if kind == "name"]
    code = stripped.upper()
    if ACTOR_CODE.fullmatch(code) and code[:3] in _countries():
        codes.insert(0, code)
    if not codes and not names:
        raise FilterError(option, Reason.UNKNOWN_ACTOR, value=value)
    return ActorSelector(codes=tuple(dict.fromkeys(codes)), names=tuple(names))
