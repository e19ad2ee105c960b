"""The roles stage: the tokens filling a predicate's roles, through quantity nouns, the
phrase levels of a noun, the support verb's subject and the target clauses of a noun."""

from __future__ import annotations

from stages import candidate, context, token

from vigie.events.coder.arguments import (
    admits,
    agent_fillers,
    fillers,
    mediator,
    phrase_levels,
    recipient_fillers,
)
from vigie.events.lexicon import Words
from vigie.events.roles import argument_roles


def texts(tokens: list) -> list[str]:
    return [t.text for t in tokens]


def test_an_object_is_seen_through_the_quantity_noun_that_heads_it() -> None:
    ctx = context("La Russie a tiré des dizaines de missiles sur Kharkiv.", "fr")
    fired = candidate(ctx, "tiré")
    assert texts(fired.roles["patient"]) == ["dizaines"]
    # Every phrase of the quantity noun: its missiles, and where the parse hangs them, the
    # place they were fired at.
    assert texts(fillers(ctx, fired.roles, "patient"))[:2] == ["dizaines", "missiles"]


def test_a_nominal_predicate_takes_the_subject_of_its_light_verb() -> None:
    ctx = context("L'Union européenne a imposé des sanctions visant l'Iran.", "fr")
    assert texts(agent_fillers(ctx, candidate(ctx, "sanctions"))) == ["Union"]


def test_a_target_clause_on_the_predicate_fills_its_recipient_role() -> None:
    ctx = context("L'Union européenne a imposé des sanctions visant l'Iran.", "fr")
    sanctions = candidate(ctx, "sanctions")
    found = [t for role in sanctions.predicate.recipient
             for t in recipient_fillers(ctx, sanctions, role)]
    assert "Iran" in texts(found)


def test_phrase_levels_go_down_the_prepositions_of_a_noun_phrase() -> None:
    ctx = context("La France a promis une aide pour la reconstruction de l'Ukraine.", "fr")
    levels = [texts(level) for level in phrase_levels(ctx, token(ctx, "aide"))]
    assert levels[0] == ["aide"]
    assert ["reconstruction"] in levels and ["Ukraine"] in levels
    assert levels.index(["reconstruction"]) < levels.index(["Ukraine"])


def test_the_by_phrase_of_a_mediation_is_neither_side() -> None:
    ctx = context("Israel and Hamas agreed to a truce brokered by Qatar.", "en")
    assert mediator(ctx, token(ctx, "Qatar"))
    assert not mediator(ctx, token(ctx, "Hamas"))


def test_a_word_class_admits_a_head_with_the_modifiers_it_requires() -> None:
    ctx = context("Germany sent humanitarian aid and military aid to Ukraine.", "en")
    humanitarian = Words(phrases=(((frozenset({"humanitarian"}),), frozenset({"aid"})),))
    assert admits(ctx, humanitarian, token(ctx, "aid", 0))
    assert not admits(ctx, humanitarian, token(ctx, "aid", 1))


def test_a_particle_read_as_a_preposition_stays_its_object_s_preposition_too() -> None:
    ctx = context("The Georgian parliament voted down the Georgian government's budget.", "en")
    voted = candidate(ctx, "voted")
    assert texts(voted.roles["particle"]) == ["down"]
    assert texts(voted.roles["oblique:down"]) == ["budget"]


def test_a_particle_past_the_object_is_still_the_verb_s_particle() -> None:
    ctx = context("Niger threw the Belgian envoy out of the country on Friday.", "en")
    threw = candidate(ctx, "threw")
    assert texts(threw.roles["particle"]) == ["out"]
    assert texts(threw.roles["oblique:of"]) == ["country"]


def test_a_for_clause_with_its_own_subject_is_the_object_of_for() -> None:
    ctx = context("Norway called for Israel to reopen the crossings.", "en")
    called = candidate(ctx, "called")
    assert texts(called.roles["oblique:for"]) == ["reopen"]
    assert texts(called.roles["complement_agent"]) == ["Israel"]
    # an infinitive without a subject of its own is no "for" clause
    ctx = context("Spain is pushing to expand its trade with Morocco.", "en")
    assert "oblique:for" not in argument_roles(token(ctx, "pushing"), ctx.syntax)


def test_a_number_bound_read_as_a_particle_leaves_the_counted_noun_the_object() -> None:
    ctx = context("Rebels kidnapped up to 16 Italian engineers on Monday.", "en")
    roles = argument_roles(token(ctx, "kidnapped"), ctx.syntax)
    assert texts(roles["patient"]) == ["engineers"]
    assert "particle" not in roles and "oblique:to" not in roles
    # "up to" a place is a particle and its preposition
    ctx = context("Thousands of protesters marched up to the parliament in Tbilisi.", "en")
    assert "patient" not in argument_roles(token(ctx, "marched"), ctx.syntax)


def test_an_object_put_after_a_predicative_phrase_is_the_object() -> None:
    # The parser makes the shifted object the apposition of the "as" phrase …
    ctx = context("Kenya denounced as a grave violation Ethiopia's closure of the border "
                  "crossing.", "en")
    roles = argument_roles(token(ctx, "denounced"), ctx.syntax)
    assert texts(roles["patient"]) == ["closure"]
    assert texts(roles["oblique:as"]) == ["violation"]
    # … or a second object of its preposition.
    ctx = context("Poland condemned as an act of aggression Russia's seizure of the tankers.",
                  "en")
    assert texts(argument_roles(token(ctx, "condemned"), ctx.syntax)["patient"]) == ["seizure"]
    # The object in its place, and a passive's apposition, are left as they are.
    ctx = context("Poland condemned Russia's seizure of the tankers as an act of aggression.",
                  "en")
    assert texts(argument_roles(token(ctx, "condemned"), ctx.syntax)["patient"]) == ["seizure"]
    ctx = context("The minister was denounced as a traitor, a charge he rejected.", "en")
    roles = argument_roles(token(ctx, "denounced"), ctx.syntax)
    assert texts(roles["patient"]) == ["minister"]
