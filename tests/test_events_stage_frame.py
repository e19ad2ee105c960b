"""The frame stage: what the clauses above a predicate say about it, and the filters that
keep a candidate from being an event."""

from __future__ import annotations

import pytest
from stages import candidate, context

from vigie.events.coder.frame import filtered_frame, warns_someone


@pytest.mark.parametrize(("text", "lang", "trigger", "reason"), [
    ("Ghana deployed troops to Mali to fight jihadists.", "en", "fight", "purpose clause"),
    ("Did Russia attack Kharkiv?", "en", "attack", "a question"),
    ("Chile and Peru held talks on their maritime border in Lima on Monday.", "en", "talks",
     "argument of the hold_meeting event"),
    ("La Chine et la Russie ont condamné les frappes américaines.", "fr", "frappes",
     "what the condamner event is about"),
    # an act the subject lives under, since a date or for a span, is a state
    ("North Korea has been under UN sanctions since 2006.", "en", "sanctions",
     "a state lasting"),
    ("Iran has been under a US embargo for decades.", "en", "embargo", "a state lasting"),
    ("L'Iran est soumis à un embargo américain depuis 1995.", "fr", "embargo",
     "a state lasting"),
])
def test_what_is_no_event_where_it_stands_is_dropped(text: str, lang: str, trigger: str,
                                                      reason: str) -> None:
    ctx = context(text, lang)
    frame = filtered_frame(ctx, candidate(ctx, trigger))
    assert frame.dropped is not None and frame.dropped.startswith(reason)


def test_a_purpose_clause_removes_only_itself() -> None:
    ctx = context("Ghana deployed troops to Mali to fight jihadists.", "en")
    assert filtered_frame(ctx, candidate(ctx, "deployed")).dropped is None


@pytest.mark.parametrize(("text", "lang", "trigger", "field", "word"), [
    ("La France a tenté d'arrêter le militant.", "fr", "arrêter", "attempted", "tenté"),
    ("Israel is preparing to attack Rafah.", "en", "attack", "prepared", "preparing"),
    ("Russia said it would withdraw its troops from Moldova.", "en", "withdraw", "announced",
     "said"),
])
def test_the_verb_above_says_the_act_was_tried_prepared_or_announced(
        text: str, lang: str, trigger: str, field: str, word: str) -> None:
    ctx = context(text, lang)
    frame = filtered_frame(ctx, candidate(ctx, trigger))
    assert frame.dropped is None and getattr(frame, field) == word


def test_a_modal_makes_the_act_hypothetical() -> None:
    ctx = context("Le Mali pourrait expulser l'ambassadeur français.", "fr")
    frame = filtered_frame(ctx, candidate(ctx, "expulser"))
    assert frame.dropped is None and frame.hypothetical


def test_a_warning_is_a_threat_only_when_aimed_at_someone() -> None:
    aimed = context("China warned that Japan would pay a heavy price.", "en")
    assert warns_someone(aimed, candidate(aimed, "warned"))
    situation = context("The agency warned that famine was imminent.", "en")
    assert not warns_someone(situation, candidate(situation, "warned"))


def test_an_act_lived_under_is_a_state_only_with_its_span() -> None:
    # placed under sanctions at a date, or under them with no span: the act is told
    for text in ("North Korea was placed under UN sanctions in January.",
                 "North Korea has been under UN sanctions over its nuclear tests."):
        ctx = context(text, "en")
        assert filtered_frame(ctx, candidate(ctx, "sanctions")).dropped is None
    # « depuis » a place is where from, not since when; since a day, this week's news
    ctx = context("L'armée syrienne tire depuis la frontière sur les positions rebelles.", "fr")
    assert filtered_frame(ctx, candidate(ctx, "tire")).dropped is None
    ctx = context("Un journaliste tunisien observe depuis lundi une grève de la faim.", "fr")
    assert filtered_frame(ctx, candidate(ctx, "grève")).dropped is None


@pytest.mark.parametrize(("text", "trigger"), [
    ("OTTAWA (Reuters) - Washington has been urging its allies to stop buying Iranian oil. "
     "India on Wednesday agreed to halve its purchases, the oil ministry said.", "urging"),
    ("LIMA, March 12 (AP) - The opposition has accused the government of rigging the vote. "
     "On Monday thousands of farmers blocked the main highway to Cusco.", "accused"),
])
def test_an_undated_perfect_before_another_doers_dated_act_sets_the_scene(
        text: str, trigger: str) -> None:
    ctx = context(text, "en")
    frame = filtered_frame(ctx, candidate(ctx, trigger))
    assert frame.dropped is not None and frame.dropped.startswith("an undated present perfect")


@pytest.mark.parametrize(("text", "trigger", "dropped"), [
    ("PHNOM PENH, May 3 (AP) - Thai artillery had shelled a Cambodian border post near the "
     "temple. On Friday Cambodia summoned Thailand's ambassador.", "shelled", True),
    # the deed told last, or with no later dated act, or reported: the news
    ("Thai artillery had shelled a Cambodian border post, Phnom Penh said on Friday.",
     "shelled", False),
    ("Cambodia summoned Thailand's ambassador on Friday. Thai artillery had shelled a "
     "Cambodian border post near the temple.", "shelled", False),
])
def test_a_deed_in_the_past_perfect_before_a_dated_act_is_what_led_to_it(
        text: str, trigger: str, dropped: bool) -> None:
    ctx = context(text, "en")
    frame = filtered_frame(ctx, candidate(ctx, trigger))
    assert (frame.dropped is not None
            and frame.dropped.startswith("a deed in the past perfect")) == dropped


@pytest.mark.parametrize(("text", "trigger"), [
    # its own doer's dated sentence follows: the perfect is the news
    ("NAIROBI (Reuters) - Kenya has offered to send police officers to Haiti. Its foreign "
     "minister said on Saturday that the country stood ready.", "offered"),
    # dated in its own sentence, or alone in the article
    ("Chile has expelled two Venezuelan diplomats on Monday. Caracas called it a provocation.",
     "expelled"),
    ("Chile has expelled two Venezuelan diplomats, the foreign ministry said.", "expelled"),
])
def test_a_perfect_that_is_the_news_is_kept(text: str, trigger: str) -> None:
    ctx = context(text, "en")
    assert filtered_frame(ctx, candidate(ctx, trigger)).dropped is None


def test_a_verb_dated_long_before_publication_tells_history() -> None:
    ctx = context("The former president of Zambia died on Tuesday. In 1991 he freed political "
                  "prisoners and lifted the ban on opposition parties.", "en")
    frame = filtered_frame(ctx, candidate(ctx, "lifted"))
    assert frame.dropped is not None and frame.dropped.startswith("dated 1991")


@pytest.mark.parametrize(("text", "lang", "trigger"), [
    # an old date of a span or of a noun of the clause does not date the act; told alone,
    # an old act is the text's news
    ("In 1991 Lusaka freed political prisoners and lifted the ban on opposition parties.",
     "en", "lifted"),
    ("Le journaliste Marc Durand, otage depuis avril 2021 au Niger, a été libéré par ses "
     "ravisseurs, a annoncé la présidence.", "fr", "libéré"),
    ("Peru's prosecutors indicted the former president over the unrest after the 2022 "
     "election.", "en", "indicted"),
])
def test_an_old_date_of_something_else_leaves_the_act_news(text: str, lang: str,
                                                           trigger: str) -> None:
    ctx = context(text, lang, published="2025-03-20")
    assert filtered_frame(ctx, candidate(ctx, trigger)).dropped is None


@pytest.mark.parametrize(("text", "trigger", "dropped"), [
    ("The ADF rebels, which are backed by Kampala according to UN experts, attacked a "
     "village near Beni on Monday.", "backed", True),
    ("Two reporters are detained in Baku, their newspaper says.", "detained", True),
    # the passive of the past or the perfect tells the act
    ("The ceasefire plan was backed by Egypt and Qatar on Monday.", "backed", False),
    ("Two reporters have been detained in Baku, their newspaper said.", "detained", False),
])
def test_a_passive_in_the_simple_present_is_a_standing_relation(text: str, trigger: str,
                                                                dropped: bool) -> None:
    ctx = context(text, "en")
    frame = filtered_frame(ctx, candidate(ctx, trigger))
    assert (frame.dropped is not None
            and frame.dropped.startswith("a passive in the simple present")) == dropped
