"""Domestic bodies named by a description, in both languages, on sentences written for these
tests: "the government" of a story with no dateline that names, as who acts, a country's own
legislature, court, opposition, party or union is that country's (vigie.actors.dateline);
soldiers who overthrew or hold a country's leader are its army; "the president-elect", « le
président élu », is the person named before whose term of that office begins after the
publication date, never the holder in office (vigie.actors.resolver). Each
with the exact (type, source country, target country) triples of the factual events, so that a
wrong or an extra target fails as surely as a missing one."""

from __future__ import annotations

import pytest
from coding import counted, extract_events, triples

# (language, publication date, sentence, every expected triple of the factual events; "" = no
# target, and no triple at all for a sentence that must code nothing).
CASES: list[tuple[str, str, str, set[tuple[str, str, str]]]] = [
    # A country's legislature, court or union acting on "the government" acts on its own.
    ("en", "2024-05-14", "Ghana's parliament urged the government on Tuesday to suspend the "
                         "mining licences.", {("REQUEST", "GHA", "GHA")}),
    ("fr", "2024-05-14", "Le Parlement ghanéen a exhorté mardi le gouvernement à suspendre les "
                         "licences minières.", {("REQUEST", "GHA", "GHA")}),
    ("en", "2024-05-14", "Peru's Constitutional Court urged the government on Friday to reinstate "
                         "the dismissed judges.", {("REQUEST", "PER", "PER")}),
    ("fr", "2024-05-14", "La Cour constitutionnelle du Pérou a sommé vendredi le gouvernement de "
                         "réintégrer les juges révoqués.", {("REQUEST", "PER", "PER")}),
    ("en", "2024-05-14", "The Ghana Trades Union Congress threatened on Monday to strike unless "
                         "the government raised salaries.", {("THREATEN", "GHA", "GHA")}),
    ("fr", "2024-05-14", "La Centrale syndicale du Ghana a menacé lundi de déclencher une grève si "
                         "le gouvernement n'augmentait pas les salaires.",
     {("THREATEN", "GHA", "GHA")}),
    # Another country named only as the party acted on leaves the story where it is.
    ("en", "2024-05-14", "Russia's parliament urged the government on Tuesday to expel the "
                         "Estonian ambassador.", {("REQUEST", "RUS", "RUS")}),
    # (traps: a people by its adjective may be abroad, an international body is no country's,
    # and a country named only as the other party says nothing of whose government acts)
    ("en", "2024-05-14", "Afghan workers urged the government on Monday to stop the deportations.",
     {("REQUEST", "AFG", "")}),
    ("fr", "2024-05-14", "Des ouvriers afghans ont exhorté lundi le gouvernement à cesser les "
                         "expulsions.", {("REQUEST", "AFG", "")}),
    ("en", "2024-05-14", "The European Parliament urged the government on Tuesday to free the "
                         "journalists.", {("REQUEST", "EUR", "")}),
    ("fr", "2024-05-14", "Le Parlement européen a exhorté mardi le gouvernement à libérer les "
                         "journalistes.", {("REQUEST", "EUR", "")}),
    # (the story's country so set is its bodies', not its office holders': a minister the
    # tables cannot place may be another country's or region's)
    ("en", "2024-05-14", "A Belgian court refused on Thursday to extradite the former regional "
                         "minister to Spain.", {("REJECT", "BEL", "ESP")}),
    ("fr", "2024-05-14", "Un tribunal belge a refusé jeudi d'extrader vers l'Espagne l'ancien "
                         "ministre régional.", {("REJECT", "BEL", "ESP")}),
    ("en", "2024-05-14", "The government expelled the Russian ambassador on Monday.", set()),
    ("fr", "2024-05-14", "Le gouvernement a expulsé lundi l'ambassadeur russe.", set()),
    # Soldiers whose own relative clause says they overthrew or hold a country's leader are
    # that country's army, wherever the story is filed.
    ("fr", "2023-08-02", "LOMÉ (AFP) - L'Union africaine a sommé mercredi les militaires qui "
                         "détiennent le président Mohamed Bazoum de le relâcher.",
     {("REQUEST", "IGO", "NER")}),
    ("en", "2023-08-02", "LOME (AFP) - The African Union on Wednesday urged the soldiers who "
                         "ousted President Mohamed Bazoum to free him.",
     {("REQUEST", "IGO", "NER")}),
    # (traps: soldiers who only guard a leader, or whose country the text gives, are not so
    # placed)
    ("fr", "2023-08-02", "LOMÉ (AFP) - L'Union africaine a sommé mercredi les soldats qui "
                         "escortaient le président Mohamed Bazoum de rentrer.",
     {("REQUEST", "IGO", "")}),
    ("en", "2023-08-02", "The African Union urged the French soldiers who detained President "
                         "Laurent Gbagbo to leave.", {("REQUEST", "IGO", "FRA")}),
    # The president-elect is the person named before as elected, whose term begins after the
    # publication date (Faye took office on 2 April 2024, Trump on 20 January 2025).
    ("en", "2024-03-27", "Bassirou Diomaye Faye won Senegal's presidential election in the first "
                         "round. King Mohammed VI congratulated the president-elect on Tuesday.",
     {("SUPPORT", "MAR", "SEN")}),
    ("fr", "2024-03-27", "Bassirou Diomaye Faye a remporté la présidentielle dès le premier tour. "
                         "Le roi Mohammed VI a félicité mardi le président élu.",
     {("SUPPORT", "MAR", "SEN")}),
    ("en", "2025-01-08", "Donald Trump takes office on January 20. Panama's president rebuffed the "
                         "president-elect on Tuesday.", {("REJECT", "PAN", "USA")}),
    ("fr", "2025-01-08", "Donald Trump prendra ses fonctions le 20 janvier. Le président panaméen "
                         "a rejeté mardi l'ultimatum du président élu.",
     {("REJECT", "PAN", "USA")}),
    # (traps: a president in office named before is not the president-elect, nor is anyone
    # when no one elected is named)
    ("fr", "2024-03-27", "Le président Emmanuel Macron a salué mardi la tenue du scrutin. Le roi "
                         "Mohammed VI a félicité le président élu.",
     {("SUPPORT", "FRA", ""), ("SUPPORT", "MAR", "")}),
    ("en", "2024-03-27", "President Emmanuel Macron hailed the vote on Tuesday. King Mohammed VI "
                         "congratulated the president-elect.",
     {("SUPPORT", "FRA", ""), ("SUPPORT", "MAR", "")}),
]


def _found() -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    found = {}
    for lang, published in sorted({(c[0], c[1]) for c in CASES}):
        sentences = [(c[2],) for c in CASES if (c[0], c[1]) == (lang, published)]
        for text, events in extract_events(sentences, lang, published).items():
            found[lang, text] = set().union(*(triples(e) for e in counted(events)))
    return found


@pytest.fixture(scope="module")
def found() -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    return _found()


@pytest.mark.parametrize(("lang", "published", "text", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_domestic_descriptions(found: dict[tuple[str, str], set[tuple[str, str, str]]],
                               lang: str, published: str, text: str,
                               expected: set[tuple[str, str, str]]) -> None:
    assert found[lang, text] == expected
