"""Pronouns and possessives that stand for an earlier actor, French and English, in sentences
written for these tests: what each anaphor resolves to (or that it stays unresolved: two
candidates, "it" of the weather, « il faut »), and the events whose doer or target is one."""

from __future__ import annotations

import re

import pytest

from vigie import Article, analyse
from vigie.analysis import Analysis


def analysed(text: str, lang: str) -> Analysis:
    result = next(iter(analyse([Article(id="anaphora", text=text, lang=lang)])))
    assert isinstance(result, Analysis), result
    return result


def codes_at(analysis: Analysis, word: str) -> list[str | None]:
    """The codes of the actors over the last ``word`` of the text."""
    start = [m.start() for m in re.finditer(rf"\b{word}\b", analysis.article.text)][-1]
    return [a.code for a in analysis.actors if a.start == start]


# (lang, text, anaphor, codes it resolves to; [] for unresolved)
ANAPHORS = [
    # A title that names one office holder is a person: "he" may stand for it, "it" may not.
    ("en", "Kenya's interior minister met the press on Monday. He warned that the curfew "
           "would stay.", "He", ["KENGOV"]),
    ("en", "Chile's army chief spoke on Tuesday. It said the border was calm.", "It", []),
    ("fr", "Le chef de l'armée malienne s'est exprimé lundi. Il a averti que le couvre-feu "
           "resterait en vigueur.", "Il", ["MLIMIL"]),
    # A word taken into a larger actor is no second antecedent (« ghanéen », « Premier
    # ministre »): the person named beside the subject is the subject.
    ("fr", "Le président ghanéen John Mahama a reçu les syndicats. Il a promis une hausse "
           "des salaires.", "Il", ["GHAGOV"]),
    ("fr", "Le Premier ministre tunisien Hichem Mechichi a quitté Tunis mardi : il a rejoint "
           "Alger.", "il", ["TUNGOV"]),
    # An antecedent coded only once its own owner pronoun is ("his cabinet").
    ("en", "Ashraf Ghani summoned his cabinet on Sunday. It approved the new budget.", "It",
     ["AFGGOV"]),
    # Two candidates of one kind: unresolved.
    ("en", "Peru and Bolivia exchanged notes. It rejected the claim.", "It", []),
    ("fr", "Le Pérou et le Chili ont signé un traité. Il a protesté.", "Il", []),
    # The army of no stated country, or Chad: unresolved.
    ("en", "The army said on Monday that Chad had closed the border. It added that it had "
           "sent troops.", "It", []),
    # Alone, the army is carried uncoded, with its sector, for the story's country to code.
    ("en", "The army said on Monday that the border was closed. It added that it had sent "
           "troops.", "it", [None]),
]


@pytest.mark.parametrize(("lang", "text", "anaphor", "expected"), ANAPHORS)
def test_anaphors(lang: str, text: str, anaphor: str, expected: list[str]) -> None:
    assert codes_at(analysed(text, lang), anaphor) == expected


# (lang, text): an impersonal pronoun refers to no one.
IMPERSONAL = [
    ("en", "Sweden condemned the raid. It rained all day in Stockholm."),
    ("en", "Poland recalled its envoy. It is unclear whether Warsaw will expel anyone."),
    ("fr", "La Belgique a condamné le raid. Il faut que Bruxelles réagisse."),
    ("fr", "La Belgique a condamné le raid. Il y a eu trois morts à Anvers."),
]


@pytest.mark.parametrize(("lang", "text"), IMPERSONAL)
def test_impersonal_pronouns_stay_unresolved(lang: str, text: str) -> None:
    analysis = analysed(text, lang)
    pronoun = "It" if lang == "en" else "Il"
    assert codes_at(analysis, pronoun) == []


# (lang, text, event type, doers, targets)
EVENTS = [
    ("en", "Iceland summoned the Norwegian envoy. It said it had expelled two Norwegian "
           "diplomats.", "SANCTION", ["ISLGOV"], ["NORGOV"]),
    ("en", "Tanzania's foreign minister spoke on Friday. He accused Burundi of arming "
           "rebels.", "ACCUSE", ["TZAGOV"], ["BDIGOV"]),
    ("fr", "Le Premier ministre libanais Najib Mikati a jeté l'éponge : il a annoncé la "
           "démission de son gouvernement.", "RETREAT", ["LBNGOV"], []),
    ("fr", "La Bolivie a rappelé son ambassadeur. Elle a accusé le Chili d'espionnage.",
     "ACCUSE", ["BOLGOV"], ["CHLGOV"]),
    # A body of no stated country, carried by its pronouns, takes the dateline's country.
    ("en", "LUSAKA (Reuters) - The police sealed off the campus on Friday. They arrested two "
           "student leaders.", "COERCE", ["ZMBCOP"], []),
    ("fr", "NIAMEY (AFP) - L'armée a publié un communiqué mardi. Elle a affirmé avoir arrêté "
           "trois passeurs.", "COERCE", ["NERMIL"], []),
]


@pytest.mark.parametrize(("lang", "text", "plover", "doers", "targets"), EVENTS)
def test_events_carried_by_an_anaphor(lang: str, text: str, plover: str, doers: list[str],
                                      targets: list[str]) -> None:
    events = [e for e in analysed(text, lang).events if e.event == plover]
    assert [([a.code for a in e.actor], [a.code for a in e.recipient]) for e in events] == [
        (doers, targets)]
