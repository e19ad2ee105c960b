"""The candidates stage: lexicon entries matched on the parse, the light verb that carries a
nominal predicate, and nominal predicates taken as another entry's argument."""

from __future__ import annotations

import pytest
from stages import candidate, context, token

from vigie.events.coder.candidates import conditions_hold, lexicon_pos, support_verb
from vigie.lang import load_table


@pytest.mark.parametrize(("text", "lang", "trigger", "event"), [
    ("Chile and Peru held talks on their maritime border in Lima on Monday.", "en",
     "held", "CONSULT"),
    ("Poland called on Belarus to release the detained journalists.", "en", "called",
     "REQUEST"),
    ("La Chine et la Russie ont condamné les frappes américaines.", "fr", "condamné",
     "ACCUSE"),
    ("L'Union européenne a imposé des sanctions visant l'Iran.", "fr", "sanctions",
     "SANCTION"),
])
def test_a_lexicon_word_whose_conditions_hold_is_a_candidate(text: str, lang: str,
                                                              trigger: str, event: str) -> None:
    assert candidate(context(text, lang), trigger).plover == event


def test_a_word_outside_the_lexicon_is_no_candidate() -> None:
    ctx = context("The Indian minister walked home through the rain.", "en")
    assert [c.trigger.text for c in ctx.by_token.values()] == []


def test_a_nominal_predicate_is_carried_by_its_light_verb() -> None:
    ctx = context("L'Union européenne a imposé des sanctions visant l'Iran.", "fr")
    sanctions = candidate(ctx, "sanctions")
    assert sanctions.support is not None and sanctions.support.text == "imposé"
    assert sanctions.anchor is sanctions.support
    carrier = support_verb(ctx, sanctions.trigger, sanctions.predicate)
    assert carrier is not None and carrier.i == sanctions.support.i


def test_a_nominal_argument_of_a_verb_entry_is_consumed_by_it() -> None:
    ctx = context("Chile and Peru held talks on their maritime border in Lima on Monday.", "en")
    assert candidate(ctx, "talks").consumed_by == candidate(ctx, "held").predicate.id
    assert candidate(ctx, "held").consumed_by is None


def test_an_entry_requiring_an_object_class_refuses_another_object() -> None:
    # "expel" codes the expulsion of diplomats; its entry does not hold on any object.
    ctx = context("Russia will expel the diplomats within 48 hours.", "en")
    expel = candidate(ctx, "expel")
    assert conditions_hold(ctx, expel.predicate, expel.roles)
    assert not conditions_hold(ctx, expel.predicate, {**expel.roles, "patient": [
        token(ctx, "hours")]})


@pytest.mark.parametrize(("text", "lang", "trigger"), [
    ("Le Portugal a rendu hommage samedi aux victimes des incendies.", "fr", "hommage"),
    ("Portugal paid tribute on Saturday to the victims of the fires.", "en", "tribute"),
])
def test_an_exclusion_reads_the_role_the_light_verb_lends(text: str, lang: str,
                                                           trigger: str) -> None:
    # The parser hangs the homage's target on the light verb; the entry excludes the mourned.
    ctx = context(text, lang)
    assert all(c.trigger.text != trigger for c in ctx.by_token.values())


@pytest.mark.parametrize(("word", "pos"), [("expel", "VERB"), ("will", "VERB"),
                                            ("diplomats", "NOUN"), ("Russia", "NOUN"),
                                            ("the", ""), ("within", "")])
def test_words_are_looked_up_as_verbs_or_nouns(word: str, pos: str) -> None:
    ctx = context("Russia will expel the diplomats within 48 hours.", "en")
    assert lexicon_pos(token(ctx, word).pos_) == pos


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_written_entry_has_its_own_id(lang: str) -> None:
    # An event's evidence names the entry that coded it by id: two entries with one id would
    # make that evidence ambiguous.
    ids = [entry["id"] for entry in load_table(lang, "events")["predicates"]]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
