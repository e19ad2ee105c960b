"""A story's own country: "KABUL (Reuters) - The police arrested …", « BAMAKO (AFP) - L'armée a
… », "Thousands marched in Islamabad, defying a government ban": the police, the army and the
government of a story that names one country only are that country's. The dateline says where
the story was filed, and a story that names no other country is about the one it was filed
from, and so is one that names the others only as parties to what is done ("PYONGYANG - The
army fired shells toward South Korea"); without a dateline, a story whose places all lie in
one country, and which names no other, is about that one. A story that names another as a
subject or a place leaves them unresolved (whose police is then anyone's guess), and so does
an undatelined one that names a single country only as an actor ("the government expelled
the Russian ambassador": the other party, not the scene).

Only a state's own bodies are placed so (DOMESTIC_SECTORS); crowds, gunmen and refugees are left
to the event coder, which places them by where the event happens.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import replace

from vigie.actors.gazetteer import DOMESTIC_SECTORS, iso_countries
from vigie.actors.places import dateline_places
from vigie.actors.resolver import Resolver
from vigie.events.roles import VERBAL_POS
from vigie.model import Actor, Place


def story_country(resolver: Resolver, places: list[Place]) -> tuple[Place, str] | None:
    """The place that gives the story its country, and how ("dateline" or "story"): the
    dateline's place, else the first of the story's places, when the story names no country
    but that one."""
    analysis = resolver.analysis
    named = {a.country for a in analysis.actors if a.country in iso_countries()}
    named |= {p.country for p in places if p.country is not None}
    dateline = dateline_places(analysis.doc, places)
    if dateline:
        country = dateline[0].country
        if country in iso_countries() and (
                named <= {country} or _others_only_parties(resolver, places, country)):
            return dateline[0], "dateline"
        return None
    located = [p for p in places if p.country in iso_countries()]
    if located and named == {located[0].country} and not any(
            _qualifies_post(resolver, p) for p in located):
        return located[0], "story"
    return None


def _others_only_parties(resolver: Resolver, places: list[Place], country: str) -> bool:
    """Whether a story filed from ``country`` names the others only as parties to what is
    done, never as where it happens nor as who does it: "PYONGYANG - The foreign ministry
    lashed out at South Korea and the United States" is still Pyongyang's ministry, but not
    "NAIROBI - Somalia's president said the government …" (a subject of another country)
    nor "… called for an end to the violence in Ukraine" (a place of another). A story
    that names an international body may be about it ("BRUSSELS - The ministers agreed …"):
    none."""
    if any(p.country not in (None, country) for p in places):
        return False
    others = [a for a in resolver.analysis.actors if a.resolved and a.country != country]
    return all(a.country in iso_countries() and not _in_subject(resolver, a) for a in others)


def _in_subject(resolver: Resolver, actor: Actor) -> bool:
    """Whether the mention stands in the subject of its clause: it, or a noun it hangs on
    below the verb, is a subject ("Somalia's government said")."""
    span = resolver.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return True  # cannot tell: as if it did
    token = span.root
    while True:
        if resolver.roles.get(token.dep_) == "agent":
            return True
        if token.pos_ in VERBAL_POS or token.head.i == token.i:
            return False
        token = token.head


def _qualifies_post(resolver: Resolver, place: Place) -> bool:
    """Whether the place qualifies an actor noun that names nobody on its own ("its ambassador
    in Paris", « son ambassade à Paris », "forces in Syria"): a post or a force abroad, which
    says nothing of where the story is set."""
    span = resolver.doc.char_span(place.start, place.end)
    if span is None:
        return False
    head = span.root.head
    if head.pos_ == "ADP":  # English: the preposition stands between the place and its head
        head = head.head
    noun = resolver.by_token.get(head.i)
    return (noun is not None and noun.kind == "sector" and noun.entry is not None
            and not noun.entry.alone)


def place_domestic_actors(resolver: Resolver, places: list[Place]) -> None:
    """Code the unplaced state bodies of the article's actors ("the police", « l'armée ») and
    its definite descriptions of an office or body ("the king", « le ministère ») with the
    story's country (see ``story_country``); without one, the descriptions name no one."""
    analysis = resolver.analysis
    found = story_country(resolver, places)
    if found is None:
        for actor in resolver.descriptions:
            analysis.note("actors", actor.start, actor.end, "dropped",
                          f"{actor.text!r}: {actor.role} of no stated country")
        return
    home, how = found
    for actor in resolver.descriptions:
        # "KATHMANDU - … the king yielded", « RABAT (MAP) - Le Royaume a rompu »: a definite
        # description of an office or body is of the one country the story is about.
        insort(analysis.actors, actor, key=lambda a: (a.start, a.end))
    where = home.name if how == "dateline" else home.country
    actors = analysis.actors
    for index, actor in enumerate(actors):
        if (actor.code is None and actor.sector in DOMESTIC_SECTORS
                and (actor.via or "").startswith(("sector:", "coref:"))):
            code = f"{home.country}{actor.sector}"
            actors[index] = replace(actor, code=code, country=home.country,
                                    via=f"{actor.via}+{how}:{where}")
            analysis.note("actors", actor.start, actor.end, "found",
                          f"{actor.text!r}: {code}, the story "
                          + (f"filed from {home.name}" if how == "dateline"
                             else f"set in {home.name}, naming no other country"))
