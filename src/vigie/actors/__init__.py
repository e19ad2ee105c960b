"""Actors: every mention of a state, body, organisation or person, coded or left unresolved.

Code convention (CAMEO style, ``code`` = country part + sector part):

- A country named as such ("la Chine", "Corée du Nord", "the US") is the bare country code,
  ``CHN``, sector None: the state as a whole, as CAMEO codes it.
- A government word, a capital or seat of power used as a metonym ("Pyongyang", "le Kremlin"),
  or a serving head of state or minister adds the sector: ``PRKGOV``, ``RUSGOV``; likewise
  other bodies: ``RUSMIL`` (l'armée russe), ``TCDCOP`` (la police tchadienne), ``USALEG``,
  ``SYRREF`` (réfugiés syriens), ``PSEREB`` (Hamas). A listed office holder is coded by the
  term of office that contains the publication date; outside every term, as an elite of the
  country: ``USAELI``. A plural demonym noun is the country's people: "les Nord-Coréens" ``PRK``.
- International organisations: code ``IGO`` + the organisation, sector ``IGO``. The UN, its organs
  and agencies (Conseil de sécurité, HCR, OMS) are country ``UNO``, code ``IGOUNO``; the EU and its
  institutions country ``EUR``, code ``IGOEUR``; other organisations country ``IGO`` and their
  acronym: ``IGONATO``, ``IGOAU``, ``IGOIAEA``, ``IGOECOWAS``. A body or official of an
  organisation keeps its code ("la mission de l'ONU" is ``IGOUNO``, role mission).
- NGOs: country ``NGO``, sector ``NGO``, code ``NGO`` + acronym (``NGOHRW``). Media: their
  country + ``MED`` (Reuters ``GBRMED``, AFP ``FRAMED``, KCNA ``PRKMED``).
- ``code`` None: unresolved, never guessed: an unknown person, an ambiguous name the article does
  not settle (Congo, Guinée, Georgia, Washington the person), "les manifestants" of no stated
  country (the sector is kept), a pronoun without a single compatible antecedent.

The Actor spans the words that name it, without the article: "Chine", "gouvernement de la
RPDC", "régime nord-coréen"; an anaphor gets one Actor per antecedent over its own word ("pays"
of "les deux pays" is two Actors, CHN and RUS).

``via`` says how: ``country:PRK``, ``place:Pyongyang``, ``org:…``, ``person:kim-jong-un``,
``sector:government+demonym:PRK``, ``coref:Pyongyang@763``, ``appos:…``, ``ner:person``.
Cities that are not seats of power (New York, Genève) are places, not actors: no Actor, a Place.

Places (``analysis.places``, see ``vigie.actors.places``): one ``Place`` per place mention, in text
order, ``name`` the English name, ``country`` alpha-3 (None where sovereignty is disputed): cities
and regions of ``data/cities.tsv``, capitals and seats used as locations ("au Kremlin": a Place, no
Actor), countries used as locations ("en Ukraine": a Place, and the country Actor as before).
"""

from __future__ import annotations

from vigie.actors.dateline import place_domestic_actors
from vigie.actors.gazetteer import gazetteer_for
from vigie.actors.peoples import find_groups
from vigie.actors.places import find_places
from vigie.actors.resolver import Resolver
from vigie.analysis import Analysis

__all__ = ["resolve_actors"]


def resolve_actors(analysis: Analysis) -> None:
    """Append to ``analysis.actors`` one Actor per actor mention in the article, and to
    ``analysis.places`` one Place per place mention, each in text order: one pass decides both,
    since whether "Moscou" is the Russian government or a city depends on the same words."""
    resolver = Resolver(analysis, gazetteer_for(analysis.lang))
    analysis.actors.extend(resolver.run())
    analysis.places.extend(find_places(resolver))  # reads and may correct analysis.actors
    # Both need the places: where a group lives, whether the story names another country.
    find_groups(resolver, analysis.places)
    place_domestic_actors(resolver, analysis.places)
