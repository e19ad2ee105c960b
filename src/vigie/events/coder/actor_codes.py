"""How the coder reads and rewrites actor codes: which sectors are a state's or a crowd's,
whether two mentions are the same actor, and the codes a country, a place or a people take
as the doer or target of an act."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from vigie.actors.gazetteer import (
    UNNAMED_GROUP_SECTORS,
    bloc_adjectives,
    country_name,
    demonym_countries,
    fold,
)
from vigie.model import Actor, Place

# Sectors of a state's own bodies: a country named beside them is the same actor.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Sectors of crowds: their attacks are riots (see Predicate.crowd_cameo).
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "REF", "AGR"})
# Sectors of armed groups, armies and gangs: their destruction of property is violence (see
# Predicate.armed_cameo).
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "CRM"})
# The sector of international bodies (blocs, alliances, the UN and its agencies): leaving one
# is a break of relations (see Predicate.body_cameo).
BODY_SECTOR = "IGO"
# Sectors of doers whose acts on an unnamed group are domestic ("la police a arrêté des
# manifestants"): police, courts and governments act within their own country.
HOME_SECTORS = frozenset({"COP", "JUD", "GOV"})
# ... and whose acts on an unnamed person are: a government congratulates foreigners too.
PERSON_HOME_SECTORS = frozenset({"COP", "JUD"})
# Sectors of groups that belong to the country they act in (protesters, police, rebels, a
# mayor, gangs, bishops): an unnamed group of these takes its country from the place of the
# event.
LOCAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "OPP", "CVL", "EDU",
                           "LAB", "MED", "REF", "BUS", "UAF", "AGR", "CRM", "REL"})
# Sectors of unnamed doers that the story's country places when their sentence names no place
# (gunmen, attackers, protesters, a mob, students, workers, opposition supporters, rebels and
# jihadists the text does not name): ACLED's "unidentified armed group (country)" and
# "protesters (country)"; a named armed group is coded by the actor layer. Refugees are not of
# where they are; a state's bodies and named parties are left to the actor layer.
STORY_SECTORS = UNNAMED_GROUP_SECTORS | {"REB"}
# Roles of a state's people named as its members ("its nationals", « ses ressortissants », "its
# citizens"): what their own state urges them to do (leave a country, avoid travel, stay
# calm) is advice to its public, not an appeal to a political actor.
MEMBER_PEOPLE_ROLES = frozenset({"nationals", "citizen", "private citizen"})
# Sectors of actors whose place says where they report from, not where events happen ("a
# journalist from Kabul").
REPORTING_SECTORS = frozenset({"MED"})


def one_per_code(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """The first mention of each coded actor: "le secrétaire général de l'ONU, Antonio
    Guterres" is one actor, named twice."""
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.code or f"{actor.text}@{actor.start}", actor)
    return tuple(seen.values())


def place_actor(place: Place) -> Actor:
    """A place in an actor's slot: the territory of its country."""
    return Actor(text=place.text, start=place.start, end=place.end, code=place.country,
                 country=place.country, name=place.name, role="territory",
                 via=f"place:{place.name}")


def as_state(actor: Actor) -> Actor:
    """A country named as the doer or target of a political act ("la Chine s'oppose") stands
    for its state: sector GOV, as ICEWS and POLECAT code it. A place stands for its territory
    and keeps no sector."""
    if (actor.sector is None and actor.code is not None and actor.code == actor.country
            and actor.role != "territory"):
        return replace(actor, code=f"{actor.country}GOV", sector="GOV")
    return actor


def as_citizens(actor: Actor) -> Actor:
    """A people named as protesting ("Thousands of Iraqi Kurds demonstrated", "les Algériens
    manifestent") is the country's citizens, not its state."""
    if country_coded(actor) and (actor.via or "").startswith("demonym:"):
        return replace(actor, code=f"{actor.country}CVL", sector="CVL")
    return actor


# How an office holder found by name in the table is resolved (see actors/resolver.py).
PERSON_VIA = "person:"


def same_actor(actor: Actor, doers: list[Actor]) -> bool:
    """Whether ``actor`` is one of the doers again: the same code, or the same country where
    either is named as a country and both are its state ("la France a suspendu son aide":
    "son" is France). Another body of the same country is not ("les talibans … avec le
    gouvernement afghan", "Iraqi Kurds calling for independence from Iraq", "Croatia is
    investigating crimes by Croatian extremists")."""
    return any(not other_person(actor, d) and (
        actor.code == d.code or (actor.country == d.country and (
        "coref:" in (actor.via or "")  # "Téhéran a reconnu que ses forces …": its own
        or ((is_country(actor) or is_country(d)) and (d.sector or "GOV") in STATE_SECTORS
            and (actor.sector or "GOV") in STATE_SECTORS)))) for d in doers)


def other_person(actor: Actor, doer: Actor) -> bool:
    """Whether ``actor`` is a person named by name who is not ``doer``: a state's officials
    acting on one of its office holders, past or present, act on him ("Haitian officials
    accused the ousted president Aristide"), though both carry the state's code."""
    return (actor.via or "").startswith(PERSON_VIA) and actor.name != doer.name


def country_coded(actor: Actor) -> bool:
    """Coded as a bare country: a country's name or adjective, or its people."""
    return actor.resolved and actor.sector is None and actor.code == actor.country


def is_country(actor: Actor) -> bool:
    """A country named as such (not a capital, an organ or a people)."""
    return country_coded(actor) and actor.role != "people"


def demonym_actor(lang: str, token: Token) -> list[Actor]:
    """A country adjective on an event noun names who acted or suffered: "les frappes
    russes", "sanctions américaines" (the actor layer codes adjectives only on actor
    nouns)."""
    country = demonym_countries(lang).get(fold(token.text))
    if country is None:
        return []
    return [Actor(text=token.text, start=token.idx, end=token.idx + len(token.text),
                  code=country, country=country, name=country_name(country),
                  via=f"demonym:{country}")]


def bloc_actor(lang: str, token: Token, stance_nouns: frozenset[str]) -> list[Actor]:
    """A bloc's adjective on a noun of what the bloc says names the bloc ("Western
    suggestions", « les accusations occidentales »: the West). On any other noun it is a
    bearing ("western Ukraine", « la frontière occidentale »), no one."""
    bloc = bloc_adjectives(lang).get(fold(token.text))
    if bloc is None or token.head is token or token.head.lemma_.lower() not in stance_nouns:
        return []
    code, name = bloc
    return [Actor(text=token.text, start=token.idx, end=token.idx + len(token.text),
                  code=code, country=code, name=name, via=f"bloc:{code}")]


def on_bodies_only(recipients: list[Actor]) -> bool:
    """Whether an act has targets and all are international bodies ("its withdrawal from
    ECOWAS", « sa sortie de la CEDEAO »)."""
    return bool(recipients) and all(r.sector == BODY_SECTOR for r in recipients)
