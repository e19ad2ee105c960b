"""Persons and groups the tables do not name one by one, coded from the words around them, in
sentences written for these tests: a people named by a demonym of several words, country
adjectives coordinated after the noun or its portfolio, a title the tagger takes for an
adjective before an unknown person, officers acting as a body; each with the sentences on which
nothing, or no such actor, must be coded."""

from __future__ import annotations

import pytest
from coding import doers

from vigie import Article, analyse
from vigie.analysis import Analysis

PUBLISHED = "2024-05-14"


def analysed(text: str, lang: str) -> Analysis:
    result = next(iter(analyse([Article(id="described", text=text, lang=lang)])))
    assert isinstance(result, Analysis), result
    return result


def codes(text: str, lang: str) -> set[str]:
    return {a.code for a in analysed(text, lang).actors if a.code is not None}


# (lang, text, the (type, doer code) of the factual events)
DOERS = [
    # A people named by a demonym of two words is that country's population.
    ("en", "Thousands of Costa Ricans marched through San José on Sunday against the new tax.",
     {("PROTEST", "CRICVL")}),
    ("en", "Hundreds of Sierra Leoneans marched through Freetown on Monday.",
     {("PROTEST", "SLECVL")}),
    # Country adjectives coordinated after the noun, or after a minister's portfolio: one
    # actor per country.
    ("fr", "Les armées ivoirienne et ghanéenne ont lancé une offensive commune.",
     {("COOPERATE", "CIVMIL"), ("COOPERATE", "GHAMIL")}),
    ("fr", "Les ministres de la Défense nigérien et tchadien ont signé mardi un accord de "
           "coopération.", {("SUPPORT", "NERGOV"), ("SUPPORT", "TCDGOV")}),
    ("fr", "Les marines indienne et française ont entamé jeudi des manœuvres conjointes au large "
           "de Goa.", {("COOPERATE", "INDMIL"), ("COOPERATE", "FRAMIL")}),
    # An opponent named by a title the tagger reads as a participle: the opposition of the
    # story's country.
    ("fr", "DAKAR (AFP) - L'opposant Khalifa Sall a dénoncé samedi une « mascarade "
           "électorale ».", {("ACCUSE", "SENOPP")}),
    # A bare past participle before the opponent is what was done to him: not his act.
    ("fr", "CONAKRY (AFP) - Condamné à cinq ans de prison, l'opposant Mamadou Barry a entamé "
           "lundi une grève de la faim.", {("PROTEST", "GINOPP")}),
    # Officers seizing power are the army's, of the country where they act.
    ("en", "Army officers seized power in Guinea-Bissau on Thursday and detained the president.",
     {("COERCE", "GNBMIL")}),
    ("fr", "NIAMEY (AFP) - Un groupe d'officiers a arrêté mercredi le président dans sa "
           "résidence.", {("COERCE", "NERMIL")}),
    # Police officers stay the police.
    ("fr", "Des officiers de police ont interpellé deux suspects à Abidjan.",
     {("COERCE", "CIVCOP")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DOERS)
def test_described_doers(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    found, _ = doers(text, lang, PUBLISHED)
    assert {(kind, code) for kind, code, _ in found} == expected


def test_a_people_of_two_words_is_not_a_qualifier_of_itself() -> None:
    assert "CRI" in codes("Thousands of Costa Ricans gathered in the capital.", "en")
    # an adjective of two words before a noun that names no actor is no people
    assert codes("Sri Lankan tea exports fell in March.", "en") == set()


def test_a_people_beside_an_actor_noun_is_not_its_owner() -> None:
    # « les Camerounais » has its own article: a people, not a second owner of the soldiers
    found = codes("Les soldats tchadiens et les Camerounais ont patrouillé ensemble.", "fr")
    assert "TCDMIL" in found and "CMRMIL" not in found


def test_an_adjective_after_a_noun_is_no_title() -> None:
    # « opposants » qualifies the parties here: no opposition actor of its own
    analysis = analysed("Les partis opposants ont boycotté le scrutin.", "fr")
    assert not any(a.sector == "OPP" for a in analysis.actors)


def test_officers_alone_are_nobody_in_english() -> None:
    # "officers" alone may be the police's: not kept as the army
    analysis = analysed("Three officers were injured when the crowd threw stones.", "en")
    assert not any(a.sector == "MIL" for a in analysis.actors)
