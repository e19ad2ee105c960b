"""Whose bodies a datelined story names, in sentences written for these tests: a story filed
from a place whose state bodies are another state's (data/dateline_states.tsv: Jerusalem,
Israel's; Nouméa or Mamoudzou, France's) codes "the government", "the court", « les
gendarmes » to that state, while the place, a territory's own named bodies and the people
there keep the place's code; and juntas named by their rulers or putschists ("the military
rulers", « les putschistes ») are the junta, whatever the parser hangs on them across a verb."""

from __future__ import annotations

import re

import pytest
from coding import assert_coded, extract_events

from vigie import Article, analyse

PUBLISHED = "2024-05-15"


def codes_over(text: str, lang: str, word: str) -> list[str | None]:
    """The codes of the actors over the last ``word`` of ``text``."""
    (analysis,) = analyse([Article(id="dateline-states", text=text, lang=lang)])
    start = [m.start() for m in re.finditer(rf"\b{word}\b", text)][-1]
    return [a.code for a in analysis.actors if a.start <= start < a.end]


# (lang, text, word, codes of the actors over it)
BODIES = [
    # Acts: a bare state body of a story filed from such a place is the state's.
    ("en", "JERUSALEM, March 4 (Reuters) - The government voted on Sunday to shut the offices of "
           "a foreign broadcaster.", "government", ["ISRGOV"]),
    ("fr", "JÉRUSALEM, 4 mars (AFP) - La Cour suprême a suspendu lundi la nomination du chef "
           "du renseignement intérieur.", "Cour", ["ISRJUD"]),
    ("fr", "NOUMÉA, 2 juin (AFP) - Les gendarmes ont interpellé mardi quatre militants "
           "indépendantistes à Dumbéa.", "gendarmes", ["FRACOP"]),
    ("en", "MAMOUDZOU, Oct 3 (AFP) - The government flew riot police to the island on "
           "Thursday after a week of roadblocks.", "government", ["FRAGOV"]),
    # Traps: a territory's own body named by its adjective, and a body named by another
    # country's, keep their own code; a place with no row keeps its own country's bodies.
    ("fr", "NOUMÉA, 2 juin (AFP) - Le gouvernement calédonien a condamné mardi les violences "
           "de la nuit.", "gouvernement", ["NCLGOV"]),
    ("en", "NOUMEA, June 2 (AFP) - The New Caledonian government condemned the looting on "
           "Tuesday.", "government", ["NCLGOV"]),
    ("en", "JERUSALEM, March 4 (Reuters) - The Palestinian cabinet condemned the raid on "
           "Sunday.", "cabinet", ["PSEGOV"]),
    ("fr", "PAPEETE, 4 mars (AFP) - Le gouvernement a présenté lundi son budget.", "gouvernement",
     ["PYFGOV"]),
]


@pytest.mark.parametrize(("lang", "text", "word", "expected"), BODIES)
def test_a_dateline_sets_its_state_bodies(lang: str, text: str, word: str,
                                          expected: list[str | None]) -> None:
    assert codes_over(text, lang, word) == expected


def test_the_city_itself_stays_uncoded() -> None:
    """The table says whose bodies act, not whose city it is: Jerusalem stays no country's."""
    (analysis,) = analyse([Article(id="jerusalem", lang="en", text=(
        "JERUSALEM, March 4 (Reuters) - The cabinet met in Jerusalem on Sunday."))])
    assert {p.country for p in analysis.places if p.name == "Jerusalem"} == {None}


# (lang, text, type, source country, target country; "" any)
EVENTS = [
    # Acts: the state's police acting on the territory's people.
    ("fr", "NOUMÉA, 2 juin (AFP) - Les gendarmes ont interpellé mardi quatre jeunes près d'un "
           "barrage.", "COERCE", "FRA", "NCL"),
    ("en", "NOUMEA, June 2 (AFP) - Police arrested four pro-independence activists on "
           "Tuesday.", "COERCE", "FRA", "NCL"),
    # Trap: the rioters are the territory's, not the state's.
    ("fr", "MAMOUDZOU, 3 octobre (AFP) - Des centaines de manifestants ont défilé samedi "
           "contre l'insécurité.", "PROTEST", "MYT", ""),
    # Juntas named by their rulers or putschists: acts, and the trap of an apposition the
    # parser hangs on the junta across the verb (the junta is not the African Union).
    ("en", "BAMAKO, May 3 (AP) - The military rulers expelled the French ambassador on "
           "Monday.", "SANCTION", "MLI", "FRA"),
    ("fr", "BAMAKO, 3 mai (AFP) - Les putschistes ont expulsé jeudi l'ambassadeur de France.",
     "SANCTION", "MLI", "FRA"),
    ("en", "OUAGADOUGOU, May 3 (AP) - Burkina Faso's army has ruled since last year. On Monday the "
           "junta expelled a delegation from ECOWAS, the African Union and the United Nations.",
     "SANCTION", "BFA", "IGO"),
    ("fr", "OUAGADOUGOU, 3 mai (AFP) - Les militaires burkinabè gouvernent depuis l'an "
           "dernier. Lundi, les putschistes ont expulsé une délégation de la Cédéao, de l'Union "
           "africaine et des Nations unies.", "SANCTION", "BFA", "IGO"),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list]:
    found: dict[str, list] = {}
    for lang in ("en", "fr"):
        found.update(extract_events([(c[1],) for c in EVENTS if c[0] == lang], lang, PUBLISHED))
    return found


@pytest.mark.parametrize(("lang", "text", "kind", "source", "target"), EVENTS)
def test_placed_bodies_and_juntas_act(coded: dict[str, list], lang: str, text: str, kind: str,
                                      source: str, target: str) -> None:
    assert_coded(coded[text], kind, source, target)


@pytest.mark.parametrize(("lang", "text", "word", "expected"), [
    # Trap of the apposition across a verb: a title's own participle is no verb between it and
    # the name in apposition, which still says whose office it is.
    ("fr", "OTTAWA (AFP) - Le premier ministre désigné, Mark Carney, a reçu lundi les "
           "syndicats. Il a pressé mardi Washington de lever ses surtaxes.", "Il", ["CANGOV"]),
    # A putschist of another country named by its possessor keeps that country.
    ("en", "BAMAKO, May 3 (AP) - Guinea's coup leaders expelled the French ambassador on "
           "Monday.", "leaders", ["GINMIL"]),
    ("fr", "BAMAKO, 3 mai (AFP) - Les putschistes guinéens ont expulsé l'ambassadeur de "
           "France.", "putschistes", ["GINMIL"]),
])
def test_a_junta_of_another_country_keeps_it(lang: str, text: str, word: str,
                                             expected: list[str]) -> None:
    assert codes_over(text, lang, word) == expected
