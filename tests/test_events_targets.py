"""Targets named around the object rather than by it, in both languages, on sentences
written for these tests: the exact (type, source country, target country) triples of the
factual events, so that a wrong or an extra target fails as surely as a missing one."""

from __future__ import annotations

import pytest
from coding import bilingual_triples

PUBLISHED = "2024-03-15"

# (language, sentence, every expected triple of the factual events; "" = no target).
CASES: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    # What is refused or judged was wanted, drafted or staged by someone: the "par"/"by"
    # phrase of a bare past participle on it names whose it is, also where the parser labels
    # it a plain oblique.
    ("fr", "Le Japon a écarté mardi toute concession territoriale souhaitée par Pékin.",
     {("REJECT", "JPN", "CHN")}),
    ("fr", "Le Canada a dénoncé le scrutin organisé par Moscou dans les territoires occupés.",
     {("ACCUSE", "CAN", "RUS")}),
    ("en", "Japan dismissed on Tuesday the territorial concession sought by Beijing.",
     {("REJECT", "JPN", "CHN")}),
    # (trap: "par" saying how, not who, names no one; nor does a participle with its own
    # auxiliary, whose "par" phrase is of another clause)
    ("fr", "Le Japon a rejeté l'offre transmise par courrier électronique.",
     {("REJECT", "JPN", "")}),
    ("en", "Japan rejected the offer sent by email.", {("REJECT", "JPN", "")}),
    # A measure lifted or eased is aimed at whom it had been imposed on.
    ("fr", "L'Union européenne a levé mardi les restrictions commerciales imposées au "
           "Venezuela.", {("CONCEDE", "EUR", "VEN")}),
    ("en", "The European Union on Tuesday lifted trade restrictions imposed on Venezuela.",
     {("CONCEDE", "EUR", "VEN")}),
    # (trap: a condemnation of a measure judges whoever imposed it, not whom it hits)
    ("fr", "Le Canada a dénoncé les sanctions imposées à l'Iran.", {("ACCUSE", "CAN", "")}),
    ("en", "Canada condemned the sanctions imposed on Iran.", {("ACCUSE", "CAN", "")}),
    ("en", "Canada condemned the sanctions imposed on Iran by the United States.",
     {("ACCUSE", "CAN", "USA"), ("SANCTION", "USA", "IRN")}),
    # A force massed along a border faces the country beyond it: the one its "with" phrase
    # names, also hung by the parser on the verb, or its country adjective.
    ("fr", "L'armée grecque a massé mardi des blindés le long de sa frontière avec la Turquie.",
     {("MOBILIZE", "GRC", "TUR")}),
    ("fr", "La Grèce a renforcé jeudi sa présence militaire près de la frontière bulgare.",
     {("MOBILIZE", "GRC", "BGR")}),
    ("en", "Greece moved armoured units close to the disputed border with Turkey on Friday.",
     {("MOBILIZE", "GRC", "TUR")}),
    # (traps: its own side of the border, or a border of no country named, is no target)
    ("fr", "L'armée grecque a massé mardi des blindés le long de la frontière grecque.",
     {("MOBILIZE", "GRC", "")}),
    ("fr", "L'armée grecque a massé mardi des blindés le long de la frontière.",
     {("MOBILIZE", "GRC", "")}),
    ("en", "Turkey deployed extra soldiers along the Turkish border.", {("MOBILIZE", "TUR", "")}),
    ("en", "Turkey deployed extra soldiers along the border on Friday.",
     {("MOBILIZE", "TUR", "")}),
    # What a country's court strikes down or its legislature votes down, naming no one, is
    # its government's.
    ("fr", "La Cour suprême du Ghana a invalidé jeudi la loi électorale.",
     {("REJECT", "GHA", "GHA")}),
    ("fr", "Les députés britanniques ont rejeté mardi le projet de budget.",
     {("REJECT", "GBR", "GBR")}),
    ("en", "Ghana's Supreme Court struck down the electoral law on Thursday.",
     {("REJECT", "GHA", "GHA")}),
    # (traps: an international court is no country's; a party named keeps its place; a court's
    # other words are not aimed at the government)
    ("en", "The International Court of Justice rejected the request on Monday.",
     {("REJECT", "UNO", "")}),
    ("en", "Ghana's Supreme Court threw out the appeal filed by Togo.", {("REJECT", "GHA", "TGO")}),
    ("fr", "La Cour suprême du Ghana a condamné jeudi les violences.", {("ACCUSE", "GHA", "")}),
    # The parser hangs the phrase of an idiom's second word on that word: « une fin de
    # non-recevoir à l'ultimatum de X » refuses X's ultimatum. (English has no such idiom
    # among the entries; the rule reads the entry's requirement, not the language.)
    ("fr", "Le Mali a opposé jeudi une fin de non-recevoir à la requête du Sénégal.",
     {("REJECT", "MLI", "SEN")}),
    ("fr", "Le Mali a opposé une fin de non-recevoir à la proposition sénégalaise.",
     {("REJECT", "MLI", "SEN")}),
    # (traps: a refusal of no one's proposal, or of the doer's own people, names no one)
    ("fr", "Le Mali a opposé une fin de non-recevoir à cette proposition.",
     {("REJECT", "MLI", "")}),
    ("fr", "Le Mali a opposé une fin de non-recevoir à ses propres syndicats.",
     {("REJECT", "MLI", "")}),
    # « exiger / réclamer de X » a release, a ceasefire, a lifting…: X is whom it is asked of, as
    # for the entries that already named the « de » phrase (cooperation, talks, extradition).
    ("fr", "Paris a exigé de Moscou la libération immédiate des deux journalistes.",
     {("REQUEST", "FRA", "RUS")}),
    ("fr", "Berlin a exigé lundi de Varsovie un cessez-le-feu immédiat.",
     {("REQUEST", "DEU", "POL")}),
    ("fr", "La Belgique a exigé de la RDC la levée des restrictions.",
     {("REQUEST", "BEL", "COD")}),
    # (trap: the « de » phrase of the noun demanded is no addressee)
    ("fr", "Le Sénégal a exigé la libération de ses ressortissants.",
     {("REQUEST", "SEN", "")}),
]


@pytest.fixture(scope="module")
def coded() -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    return bilingual_triples(CASES, PUBLISHED)


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_target_triples(coded: dict[tuple[str, str], set[tuple[str, str, str]]], lang: str,
                        text: str, expected: set[tuple[str, str, str]]) -> None:
    assert coded[lang, text] == expected
