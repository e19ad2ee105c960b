"""Doers and the acts they reach named as wires name them, classes seen missed in three or more
development sets, in both languages, on sentences written for these tests: the leaders of a
region's states acting together are its body ("West African leaders", « les chefs d'État
ouest-africains »: ECOWAS; "Arab leaders", « les dirigeants arabes »: the Arab League), while one
of them is one state's and the region's countries are places; "the Islamic Republic", « la
République islamique », alone is Iran, and with another country's name that country; an agent
phrase the parser hangs on an active verb that has a subject (« a condamné l'exécution par la
République islamique ») is not the verb's doer; a time limit with harm told in a clause joined
to it ("…, warning that they would not exclude the use of force") is an ultimatum, while harm in
the limit's own infinitive is what is demanded; an act decided, the decision told as taken (« a
décidé de rappeler son ambassadeur »), is the act, and decided on a condition it is not; a bloc
closing its members' borders with a state imposes an embargo (a state closing its own, still a
restriction of movement); a doer whose nickname is set after the name (« X, dit « Y », a … »)
is still the verb's doer. The exact (type, source country, target country) triples of the
factual events, so that a wrong or an extra doer fails as surely as a missing one."""

from __future__ import annotations

import pytest
from coding import bilingual_triples

PUBLISHED = "2024-03-15"

# (language, sentence, every expected triple of the factual events; "" = no target).
CASES: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    ("en", "West African leaders imposed sanctions on Mali's junta on Saturday.",
     {("SANCTION", "IGO", "MLI")}),
    ("fr", "Les chefs d'État ouest-africains ont imposé samedi des sanctions à la junte "
           "malienne.", {("SANCTION", "IGO", "MLI")}),
    ("en", "Arab leaders endorsed Jordan's peace plan on Monday.", {("SUPPORT", "IGO", "JOR")}),
    ("fr", "Les dirigeants arabes ont salué lundi le plan de paix jordanien.",
     {("SUPPORT", "IGO", "JOR")}),
    # (one leader of the region is one state's, of no stated country: no one)
    ("en", "A West African leader condemned the coup in Gabon on Friday.", set()),
    ("fr", "Un dirigeant ouest-africain a condamné vendredi le coup d'État au Gabon.", set()),
    # (the region's countries are places, not its body)
    ("en", "Japan sent food aid to West African countries on Friday.", {("AID", "JPN", "")}),
    ("fr", "Le Japon a envoyé vendredi une aide alimentaire aux pays ouest-africains.",
     {("AID", "JPN", "")}),
    ("en", "The Islamic Republic expelled two German diplomats on Tuesday.",
     {("SANCTION", "IRN", "DEU")}),
    ("fr", "La République islamique a expulsé mardi deux diplomates allemands.",
     {("SANCTION", "IRN", "DEU")}),
    # (another Islamic republic is named with it)
    ("en", "The Islamic Republic of Pakistan expelled two Afghan diplomats on Tuesday.",
     {("SANCTION", "PAK", "AFG")}),
    ("fr", "La République islamique du Pakistan a expulsé mardi deux diplomates afghans.",
     {("SANCTION", "PAK", "AFG")}),
    ("en", "The Arab League gave Israel a week to lift the siege of the camp, warning that it "
           "would not exclude the use of force.", {("THREATEN", "IGO", "ISR")}),
    ("fr", "La Ligue arabe a donné une semaine à Israël pour lever le siège, en précisant "
           "qu'elle n'excluait pas le recours à la force.", {("THREATEN", "IGO", "ISR")}),
    # (an agent phrase on an active verb with a subject is its object's doer, not the verb's;
    # the French parse gives the judged act no target, the English one its doer)
    ("en", "The UN rights chief condemned on Thursday the execution by the Islamic Republic of "
           "a young protester.", {("ACCUSE", "UNO", "IRN")}),
    ("fr", "Le Haut-Commissaire de l'ONU a condamné jeudi l'exécution par la République "
           "islamique d'un jeune opposant.", {("ACCUSE", "UNO", "")}),
    # (on a passive verb it is the doer)
    ("en", "Mali's opposition leader was arrested on Tuesday by the Malian army.",
     {("COERCE", "MLI", "MLI")}),
    ("fr", "Le chef de l'opposition malienne a été arrêté mardi par l'armée malienne.",
     {("COERCE", "MLI", "MLI")}),
    # (harm in the limit's own infinitive is what is demanded, no penalty)
    ("en", "The Arab League gave Israel a week to end its invasion of the camp.",
     {("REQUEST", "IGO", "ISR")}),
    ("fr", "La Ligue arabe a donné une semaine à Israël pour mettre fin à son invasion du camp.",
     {("REQUEST", "IGO", "ISR")}),
    # A bloc closing its members' borders with a state imposes an embargo on it; a state
    # closing its own border restricts movement.
    ("en", "ECOWAS closed its members' borders with Niger on Tuesday.",
     {("SANCTION", "IGO", "NER")}),
    ("fr", "La Cédéao a fermé mardi les frontières de ses membres avec le Niger.",
     {("SANCTION", "IGO", "NER")}),
    ("en", "Burkina Faso closed its border with Niger on Tuesday.", {("COERCE", "BFA", "NER")}),
    ("fr", "Le Burkina Faso a fermé mardi sa frontière avec le Niger.",
     {("COERCE", "BFA", "NER")}),
    ("en", "Senegal decided on Tuesday to recall its ambassador from Morocco.",
     {("SANCTION", "SEN", "MAR")}),
    ("fr", "Le Sénégal a décidé mardi de rappeler son ambassadeur au Maroc.",
     {("SANCTION", "SEN", "MAR")}),
    # (decided on a condition: not done)
    ("en", "Chad decided on Monday to suspend cattle exports to Nigeria if prices do not fall.",
     set()),
    ("fr", "Le Tchad a décidé lundi de suspendre les exportations de bétail vers le Nigeria si "
           "les prix ne baissent pas.", set()),
    # A nickname set after the doer's name (« X, dit « Y », a … », "X, dubbed 'Y', …"): the
    # French parser gives the participle the subject of the verb, which takes it back; « dit »
    # as a verb of saying set in the sentence (« dit-on », « dit le communiqué ») names no doer.
    ("en", "Libyan commander Omar Saleh, dubbed 'the Marshal', threatened on Monday to march "
           "on Tripoli.", {("THREATEN", "LBY", "")}),
    ("fr", "Le chef de guerre libyen Omar Saleh, dit « le Maréchal », a menacé lundi de marcher "
           "sur Tripoli.", {("THREATEN", "LBY", "")}),
    ("fr", "Le chef de gang haïtien Jean Baptiste, surnommé « Lion », a prévenu mardi que le "
           "pays basculerait dans la guerre si le gouvernement haïtien ne démissionnait pas.",
     {("THREATEN", "HTI", "HTI")}),
    ("fr", "Le village, dit le communiqué, a été bombardé lundi.", set()),
]


@pytest.fixture(scope="module")
def coded() -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    return bilingual_triples(CASES, PUBLISHED)


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_doers_named_as_wires_name_them(coded: dict[tuple[str, str], set[tuple[str, str, str]]],
                                         lang: str, text: str,
                                         expected: set[tuple[str, str, str]]) -> None:
    assert coded[lang, text] == expected
