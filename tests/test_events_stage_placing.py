"""Placing unnamed actors: the place a group acts in, the story's country, and the places
that are another act's or actor's and place no one."""

from __future__ import annotations

import pytest
from stages import candidate, context, token

from vigie.events.coder.arguments import agent_fillers
from vigie.events.coder.placing import (
    compound_demonym,
    counted_people,
    country_around,
    free_place,
    located,
    named_country,
    place_owner,
    story_place,
    where,
)


def test_a_group_takes_the_country_of_a_town_named_below_its_clause() -> None:
    ctx = context("Gunmen attacked a village in the Malian town of Menaka on Sunday.", "en")
    attack = candidate(ctx, "attacked")
    place = where(ctx, token(ctx, "Gunmen"), attack)
    assert place is not None and place.country == "MLI"
    (gunmen,) = located(ctx, agent_fillers(ctx, attack), attack)
    assert (gunmen.code, gunmen.via) == ("MLIUAF", "located:Menaka")


@pytest.mark.parametrize(("text", "lang", "trigger", "group", "code"), [
    ("A mob beat a shopkeeper to death in Sialkot on Friday.", "en", "beat", "mob", "PAKCVL"),
    ("Protesters blocked roads in Mymensingh on Monday.", "en", "blocked", "Protesters",
     "BGDCVL"),
    ("Des manifestants ont bloqué les routes à Mymensingh lundi.", "fr", "bloqué",
     "manifestants", "BGDCVL"),
])
def test_a_city_the_tagger_calls_a_person_places_a_group(text: str, lang: str, trigger: str,
                                                          group: str, code: str) -> None:
    """A town after a locative preposition that the tagger takes for a person's name is the
    place GeoNames gives it (vigie.geocode.named_places)."""
    ctx = context(text, lang)
    act = candidate(ctx, trigger)
    (actor,) = located(ctx, agent_fillers(ctx, act), act)
    assert (actor.text, actor.code) == (group, code)


def test_a_demonym_on_a_compounded_name_is_the_group_s_country() -> None:
    # Turkish Kurds held in Iraq are of Turkey, not of where they are held.
    ctx = context("Iraqi police detained up to 900 Turkish Kurd refugees in Mosul.", "en")
    place = compound_demonym(ctx, token(ctx, "refugees"))
    assert place is not None and place.country == "TUR"
    assert where(ctx, token(ctx, "refugees"), candidate(ctx, "detained")).country == "TUR"
    # a name without a demonym gives no country
    ctx = context("Police in Ankara detained 40 Kurd refugees on Friday.", "en")
    assert compound_demonym(ctx, token(ctx, "refugees")) is None


def test_a_country_named_where_an_act_happens_is_a_place() -> None:
    ctx = context("Des hommes armés ont enlevé des élèves dans le nord-ouest du Nigeria.", "fr")
    place = country_around(ctx, token(ctx, "enlevé"), ctx.syntax.locative_cases)
    assert place is not None and place.country == "NGA"


@pytest.mark.parametrize(("text", "lang", "trigger", "group", "country"), [
    # a country deep in the phrase of where the group acted
    ("A mob beat two men to death near a market in Bangladesh's Sylhet division.", "en",
     "beat", "mob", "BGD"),
    ("Des hommes armés ont tué trois villageois dans une localité de la région de Mopti, "
     "dans le centre du Mali.", "fr", "tué", "hommes", "MLI"),
    # not a country named as whose an act or a body is
    ("Gunmen freed two hostages after a mediation by Qatar's emir.", "en", "freed", "Gunmen",
     None),
    ("Des hommes armés ont libéré deux otages à l'issue d'une médiation du Qatar.", "fr",
     "libéré", "hommes", None),
])
def test_a_country_named_as_where_in_the_sentence_places_a_group(
        text: str, lang: str, trigger: str, group: str, country: str | None) -> None:
    ctx = context(text, lang)
    place = named_country(ctx, candidate(ctx, trigger), token(ctx, group))
    assert (place.country if place is not None else None) == country


def test_the_story_country_is_that_of_most_of_its_places() -> None:
    text = ("KANO, Nigeria (Reuters) - Gunmen abducted 20 villagers in Zamfara state on "
            "Sunday, police in Gusau said. Residents of Kaduna fled.")
    ctx = context(text, "en")
    story = story_place(ctx)
    assert story is not None and story[0].country == "NGA"
    assert story[1] == "dateline:Kano"


def test_a_story_split_between_countries_has_none() -> None:
    ctx = context("Protesters marched in Paris on Monday. Others rallied in Berlin.", "en")
    assert story_place(ctx) is None


def test_a_place_of_the_act_protested_against_places_no_protester() -> None:
    ctx = context("Students marched against the war in Ukraine on Saturday.", "en")
    march = candidate(ctx, "marched")
    ukraine = next(at for at in ctx.places if at.place.country == "UKR")
    owner = place_owner(ctx, ukraine, march.anchor, {march.trigger.i})
    assert owner is not None and owner.text == "war"
    assert free_place(ctx, march, token(ctx, "Students")) is None


@pytest.mark.parametrize(("text", "lang", "trigger", "group", "code"), [
    ("A suicide bomber blew himself up on Friday in a mosque inside the police compound of "
     "Quetta.", "en", "blew", "suicide bomber", "PAKUAF"),
    ("Un kamikaze s'est fait exploser vendredi dans une mosquée située dans l'enceinte du "
     "commissariat central de Quetta.", "fr", "exploser", "kamikaze", "PAKUAF"),
])
def test_a_place_of_a_body_of_its_own_country_places_a_group(
        text: str, lang: str, trigger: str, group: str, code: str) -> None:
    """The police of Quetta are of Pakistan, where Quetta is: the place still says where the
    act happened (a body of another country would own it, see the next test)."""
    ctx = context(text, lang)
    act = candidate(ctx, trigger)
    placed = {(a.text, a.code, a.via) for a in located(ctx, agent_fillers(ctx, act), act)}
    assert placed == {(group, code, "located:Quetta")}


def test_a_place_of_a_foreign_body_places_no_group() -> None:
    ctx = context("Gunmen fired on Friday at a car outside the French embassy in Bamako.", "en")
    bamako = next(at for at in ctx.places if at.place.country == "MLI")
    owner = place_owner(ctx, bamako, None, set())
    assert owner is not None and owner.text == "embassy"


@pytest.mark.parametrize(("text", "lang", "trigger", "placed"), [
    ("Students demonstrated in Lagos on Friday.", "en", "demonstrated", ["NGAEDU"]),
    ("Foreign students demonstrated in Lagos on Friday.", "en", "demonstrated", []),
    ("Des étudiants ont manifesté samedi à Bamako.", "fr", "manifesté", ["MLIEDU"]),
    ("Des étudiants étrangers ont manifesté samedi à Bamako.", "fr", "manifesté", []),
])
def test_a_group_said_to_be_foreign_is_not_placed(text: str, lang: str, trigger: str,
                                                   placed: list[str]) -> None:
    # Where foreigners are, or who acts on them, says nothing of their country.
    ctx = context(text, lang)
    event = candidate(ctx, trigger)
    assert [a.code for a in located(ctx, agent_fillers(ctx, event), event)] == placed


@pytest.mark.parametrize(("text", "lang", "trigger", "group", "country"), [
    # a condition tells where what has not happened would happen
    ("Jordan will not accept more refugees if the war spreads in Iraq.", "en", "accept",
     "refugees", None),
    ("La Jordanie n'accueillera plus de réfugiés si la guerre éclate en Irak.", "fr",
     "accueillera", "réfugiés", None),
    # a clause of circumstance often says where the people are: it still places them
    ("Jordan will not accept more refugees as the war spreads in Iraq.", "en", "accept",
     "refugees", "IRQ"),
    # and a place of the event's own clause, whatever condition follows
    ("Jordan will not accept more refugees in Amman if the war spreads in Iraq.", "en",
     "accept", "refugees", "JOR"),
])
def test_a_place_named_in_a_condition_places_no_one(text: str, lang: str, trigger: str,
                                                    group: str, country: str | None) -> None:
    ctx = context(text, lang)
    place = free_place(ctx, candidate(ctx, trigger), token(ctx, group))
    assert (place.country if place is not None else None) == country


@pytest.mark.parametrize(("text", "lang", "trigger", "number", "code"), [
    ("Ugandan police detained 14 on Friday.", "en", "detained", "14", "UGACVL"),
    ("La police ougandaise a dispersé vendredi la manifestation et en a interpellé 14.", "fr",
     "interpellé", "14", "UGACVL"),
])
def test_a_number_standing_alone_as_the_object_counts_people(
        text: str, lang: str, trigger: str, number: str, code: str) -> None:
    ctx = context(text, lang)
    act = candidate(ctx, trigger)
    (police,) = [a for a in ctx.analysis.actors if a.sector == "COP"]
    numbers = [token(ctx, number)]
    (people,) = located(ctx, numbers, act, police, counts=True)
    assert people.code == code
    # only for acts done to people
    assert located(ctx, numbers, act, police) == []


def test_a_number_with_its_own_noun_or_a_year_counts_no_people() -> None:
    ctx = context("Ugandan police detained 14 protesters on Friday.", "en")
    assert counted_people(ctx, token(ctx, "14")) == []
    ctx = context("The court jailed the journalist in 2019.", "en")
    assert counted_people(ctx, token(ctx, "2019")) == []


def test_a_place_named_only_in_a_condition_is_not_the_story_s_country() -> None:
    ctx = context("Jordan will not accept more refugees if the war spreads in Iraq.", "en")
    assert story_place(ctx) is None
    ctx = context("Jordan will not accept more refugees as the war spreads in Iraq.", "en")
    story = story_place(ctx)
    assert story is not None and story[0].country == "IRQ"
