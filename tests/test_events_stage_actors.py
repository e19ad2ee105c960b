"""The actors-for-roles stage: coded actors for each conjunct of an argument, inside its
phrase, in what is threatened, in a verb sharing its subject, and whom an act aimed at no
one named is aimed at."""

from __future__ import annotations

import pytest
from stages import candidate, context, token

from vigie.events.coder.actors import (
    NO_AGENT,
    actors_of,
    addressee,
    agent_actors,
    content_recipients,
    nested_actors,
    own_people,
    own_territory,
    participants,
    story_host,
    verb_role_actors,
)
from vigie.events.coder.context import Context


def codes(actors: list) -> list[str]:
    return [a.code for a in actors]


def coded_roles(ctx: Context, trigger: str) -> tuple[list[str], list[str]]:
    """The codes of the doers and targets of the candidate at ``trigger``."""
    found = participants(ctx, candidate(ctx, trigger), None)
    assert not isinstance(found, str), found
    return codes(found[0]), codes(found[1])


def test_every_conjunct_of_a_subject_is_a_doer() -> None:
    ctx = context("La Chine et la Russie ont condamné les frappes américaines.", "fr")
    assert codes(actors_of(ctx, token(ctx, "Chine"))) == ["CHN", "RUS"]


def test_the_target_of_a_condemnation_is_who_did_what_is_condemned() -> None:
    ctx = context("La Chine et la Russie ont condamné les frappes américaines.", "fr")
    assert coded_roles(ctx, "condamné") == (["CHN", "RUS"], ["USA"])


def test_a_verb_without_a_subject_shares_the_subject_of_its_coordinate() -> None:
    ctx = context("Le Japon a condamné l'essai et a menacé la Corée du Nord de sanctions.", "fr")
    threatened = candidate(ctx, "menacé")
    assert codes(verb_role_actors(ctx, threatened.trigger, ("agent",))) == ["JPN"]


def test_an_actor_named_inside_the_object_is_nested_in_it() -> None:
    ctx = context("La France a promis une aide pour la reconstruction de l'Ukraine.", "fr")
    doers = agent_actors(ctx, candidate(ctx, "promis"))
    assert codes(nested_actors(ctx, token(ctx, "aide"), doers)) == ["UKR"]


def test_a_threat_is_aimed_at_the_one_named_in_what_is_threatened() -> None:
    ctx = context("L'Iran a menacé de frapper Israël.", "fr")
    threat = candidate(ctx, "menacé")
    assert codes(content_recipients(ctx, threat, agent_actors(ctx, threat))) == ["ISR"]


def test_a_protest_aimed_at_no_one_named_is_aimed_at_the_authorities_where_it_happens() -> None:
    ctx = context("Thousands of students demonstrated in Nairobi on Tuesday.", "en")
    doers, targets = coded_roles(ctx, "demonstrated")
    assert set(doers) == {"KENEDU"} and targets == ["KENGOV"]  # "Thousands of students"
    protest = candidate(ctx, "demonstrated")
    (target,) = addressee(ctx, protest, agent_actors(ctx, protest) or [])
    assert target.via == "addressee:Nairobi"


def test_a_measure_within_a_state_applies_to_its_own_territory() -> None:
    ctx = context("The Sri Lankan government declared a state of emergency.", "en")
    declared = next(c for c in ctx.by_token.values() if c.predicate.own_territory)
    territory = own_territory(ctx, declared, agent_actors(ctx, declared))
    assert codes(territory) == ["LKA"] and territory[0].role == "territory"


def test_an_unnamed_doer_with_no_place_has_no_coded_doer() -> None:
    ctx = context("Des hommes armés ont enlevé trois élèves.", "fr")
    assert participants(ctx, candidate(ctx, "enlevé"), None) == NO_AGENT


@pytest.mark.parametrize(("text", "lang", "trigger", "roles"), [
    # placed by the place of their sentence: they struck there
    ("A suicide bomber blew himself up on Friday in a mosque used by policemen in Quetta.",
     "en", "blew", (["PAKUAF"], ["PAK"])),
    ("Un kamikaze s'est fait exploser vendredi dans une mosquée fréquentée par des policiers "
     "à Quetta.", "fr", "exploser", (["PAKUAF"], ["PAK"])),
    # placed by the story's country
    ("QUETTA, March 15 (Reuters) - A suicide bomber blew himself up outside a mosque on "
     "Friday.", "en", "blew", (["PAKUAF"], ["PAK"])),
])
def test_unnamed_attackers_strike_where_the_text_places_them(
        text: str, lang: str, trigger: str, roles: tuple[list[str], list[str]]) -> None:
    ctx = context(text, lang)
    doers, targets = coded_roles(ctx, trigger)
    assert (sorted(set(doers)), targets) == roles  # "suicide bomber" is met on both words


# (text, language, trigger, target countries): a foreign state's aid or withdrawal that names
# no target is aimed at the story's country; never at the doer's own, nor without a story.
STORY_HOSTS = [
    ("BANGUI, 12 mars 2024 (AFP) – Les derniers soldats français ont quitté le pays mardi.",
     "fr", "quitté", ["CAF"]),
    ("PORT-AU-PRINCE, 14 janvier 2010 (AFP) – Le Canada a envoyé mercredi 200 secouristes et "
     "des tonnes de vivres.", "fr", "envoyé", ["HTI"]),
    ("ASMARA, May 3 (Reuters) - Egypt flew 30 tonnes of flour and medicine on Saturday.",
     "en", "flew", ["ERI"]),
    # the story told from the doer's own country, or from none: no one is named
    ("PARIS, 12 mars 2024 (AFP) – Les derniers soldats français ont quitté la base mardi.",
     "fr", "quitté", []),
    ("Egypt flew 30 tonnes of flour and medicine on Saturday.", "en", "flew", []),
    # a country's own people are not its host
    ("CAIRO, May 3 (Reuters) - Egypt flew 30 tonnes of flour and medicine on Saturday.",
     "en", "flew", []),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "targets"), STORY_HOSTS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(STORY_HOSTS)])
def test_a_foreign_state_s_aid_or_withdrawal_is_aimed_at_the_story_s_country(
        text: str, lang: str, trigger: str, targets: list[str]) -> None:
    ctx = context(text, lang)
    act = candidate(ctx, trigger)
    found = story_host(ctx, act, agent_actors(ctx, act))
    assert [a.country for a in found] == targets


# (text, language, trigger, target countries): the unplaced critics, parties, newspapers or
# prisoners a state's authority acts on are its own, unless the text says they are others'.
OWN_PEOPLE = [
    ("The Bolivian government pardoned forty jailed opposition activists on Friday.", "en",
     "pardoned", ["BOL"]),
    ("The Tunisian authorities shut down two newspapers on Monday.", "en", "shut", ["TUN"]),
    ("Le gouvernement guinéen a dissous mardi trois partis d'opposition.", "fr", "dissous",
     ["GIN"]),
    ("La justice tunisienne a condamné jeudi trois blogueurs à deux ans de prison.", "fr",
     "condamné", ["TUN"]),
    # an army or a rebel group acting on people of its own country
    ("Nigerian soldiers tortured detainees at a barracks in the north, a rights group said.",
     "en", "tortured", ["NGA"]),
    ("Des rebelles maliens ont libéré samedi douze villageois.", "fr", "libéré", ["MLI"]),
    # a body of no country's own
    ("The UN mission freed twelve villagers on Saturday.", "en", "freed", []),
    # others' people: a country adjective or "foreign" says so
    ("La police égyptienne a arrêté jeudi deux journalistes étrangers.", "fr", "arrêté", []),
    ("The Egyptian police arrested two foreign reporters on Thursday.", "en", "arrested", []),
    # a story told from another country: the army acts abroad
    ("KHERSON, March 2 (Reuters) - The Russian government detained twelve activists on "
     "Monday.", "en", "detained", []),
    # not an authority's act: a praise is aimed at whom the text names
    ("The Bolivian government praised the activists on Friday.", "en", "praised", []),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "targets"), OWN_PEOPLE,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(OWN_PEOPLE)])
def test_the_people_a_state_acts_on_at_home_are_its_own(
        text: str, lang: str, trigger: str, targets: list[str]) -> None:
    ctx = context(text, lang)
    act = candidate(ctx, trigger)
    found = own_people(ctx, act, agent_actors(ctx, act))
    assert [a.country for a in found] == targets


# (text, language, trigger, target codes): the opposition's charges, refusals and demands that
# name no one are aimed at its country's government; those that name someone, at that one.
OPPOSED = [
    ("Zambia's main opposition party rejected the official results on Monday.", "en",
     "rejected", ["ZMBGOV"]),
    ("L'opposition camerounaise a dénoncé lundi une fraude massive.", "fr", "dénoncé",
     ["CMRGOV"]),
    ("L'opposition camerounaise a dénoncé lundi l'ingérence de la France.", "fr", "dénoncé",
     ["FRA"]),
    # a government's words, or a protest's, are coded as they were
    ("The Zimbabwean government rejected the election results on Sunday.", "en", "rejected",
     []),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "targets"), OPPOSED,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(OPPOSED)])
def test_the_opposition_s_words_that_name_no_one_are_aimed_at_its_government(
        text: str, lang: str, trigger: str, targets: list[str]) -> None:
    ctx = context(text, lang)
    _doers, found = coded_roles(ctx, trigger)
    assert found == targets
