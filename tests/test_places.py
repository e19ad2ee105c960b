"""Places: the cities table is well-formed and agrees with the actor gazetteer, and the actors
analyser fills ``analysis.places`` right on French and English sentences written for the purpose.

Each case lists the expected places in text order as ``text=Name/CTRY`` (``-`` for no country),
and with ``!text`` a name that must not be a place (Paris of "Paris Hilton", Rome of "rue de
Rome")."""

from __future__ import annotations

from datetime import date

import pycountry
import pytest
from actor_tables import data_rows, find_mention

from vigie.actors import resolve_actors
from vigie.actors.gazetteer import fold, gazetteer_for
from vigie.analysis import Analysis
from vigie.model import Article
from vigie.nlp import pipeline_for

ISO = {c.alpha_3 for c in pycountry.countries}
NAME_KINDS = {"country", "place", "org", "person", "ambiguous", "demonym"}

CASES: list[tuple[str, str, str]] = [
    ("fr", "Des missiles russes ont frappé Kharkiv et Odessa dans la nuit de jeudi.",
     "Kharkiv=Kharkiv/UKR ; Odessa=Odesa/UKR"),
    ("fr", "Les combats se poursuivent autour de Bakhmout, dans le Donbass.",
     "Bakhmout=Bakhmut/UKR ; Donbass=Donbas/UKR"),
    ("fr", "La Russie a annexé la Crimée en 2014.", "Crimée=Crimea/UKR ; !Russie"),
    ("fr", "Le président russe, Vladimir Poutine, a reçu Xi Jinping au Kremlin.",
     "Kremlin=Kremlin/RUS"),
    ("fr", "Des négociations se sont ouvertes à Genève sous l'égide de l'ONU.",
     "Genève=Geneva/CHE"),
    ("fr", "Le Conseil de sécurité se réunira vendredi à New York.", "New York=New York/USA"),
    ("fr", "La guerre en Ukraine a fait fuir des millions de personnes.", "Ukraine=Ukraine/UKR"),
    ("fr", "Des colons ont incendié des maisons en Cisjordanie, près de Naplouse.",
     "Cisjordanie=West Bank/PSE ; Naplouse=Nablus/PSE"),
    ("fr", "L'armée israélienne a bombardé Rafah, dans le sud de la bande de Gaza.",
     "Rafah=Rafah/PSE ; bande de Gaza=Gaza Strip/PSE"),
    ("fr", "Des combats ont éclaté à El-Fasher, au Darfour.",
     "El-Fasher=El Fasher/SDN ; Darfour=Darfur/SDN"),
    ("fr", "Les rebelles du M23 se sont emparés de Goma, dans le Nord-Kivu.",
     "Goma=Goma/COD ; Nord-Kivu=North Kivu/COD"),
    ("fr", "Des jihadistes ont attaqué un camp militaire près de Tombouctou.",
     "Tombouctou=Timbuktu/MLI"),
    ("fr", "Le maire de Paris a inauguré une piscine à Moscou.",
     "Paris=Paris/FRA ; Moscou=Moscow/RUS"),
    ("fr", "Les manifestants se sont rassemblés rue de Rome, puis avenue de Kharkiv.",
     "!Rome ; !Kharkiv"),
    ("fr", "Paris Hilton est arrivée à Cannes pour le festival.", "Cannes=Cannes/FRA ; !Paris"),
    ("fr", "Jordan Bardella a tenu un meeting à Marseille.",
     "Marseille=Marseille/FRA ; !Jordan"),
    ("fr", "Florence Parly a visité une base à Abidjan.", "Abidjan=Abidjan/CIV ; !Florence"),
    ("fr", "Bruxelles a décidé de nouvelles sanctions contre Moscou.", "!Bruxelles ; !Moscou"),
    ("fr", "Les ministres européens se sont réunis à Bruxelles lundi.",
     "Bruxelles=Brussels/BEL"),
    ("fr", "Les États-Unis veulent imposer de nouvelles sanctions à la Corée du Nord.",
     "!Corée du Nord"),
    ("fr", "Le président turc s'est rendu à Alep et à Idleb.",
     "Alep=Aleppo/SYR ; Idleb=Idlib/SYR"),
    ("fr", "Une voiture piégée a explosé à Kirkouk, dans le nord de l'Irak.",
     "Kirkouk=Kirkuk/IRQ ; Irak=Iraq/IRQ"),
    ("fr", "Une attaque a fait dix morts dans la région de Tillabéri, au Niger.",
     "Tillabéri=Tillaberi/NER ; Niger=Niger/NER"),
    ("fr", "Des affrontements ont eu lieu à Tripoli.", "!Tripoli"),
    ("fr", "Des élections ont eu lieu en Géorgie.", "!Géorgie"),
    ("fr", "Une étude de l'université d'Oxford a été publiée.", "!Oxford"),
    ("fr", "Le camion a foncé sur la foule à Nice.", "Nice=Nice/FRA"),
    ("fr", "Des pluies torrentielles ont frappé le Kerala et l'Assam.",
     "Kerala=Kerala/IND ; Assam=Assam/IND"),
    ("fr", "Le journal a été fondé à Saint-Pétersbourg.",
     "Saint-Pétersbourg=Saint Petersburg/RUS"),
    ("fr", "L'accident s'est produit place de Varsovie, à Lille.",
     "!Varsovie ; Lille=Lille/FRA"),
    ("fr", "La population a augmenté à Lyon, Nantes et Orléans.",
     "Lyon=Lyon/FRA ; Nantes=Nantes/FRA ; Orléans=Orléans/FRA"),
    ("fr", "Des feux de forêt ravagent la Colombie-Britannique.",
     "Colombie-Britannique=British Columbia/CAN"),
    ("en", "Russian missiles hit Kharkiv and Odesa overnight, officials in Kyiv said.",
     "Kharkiv=Kharkiv/UKR ; Odesa=Odesa/UKR ; Kyiv=Kyiv/UKR"),
    ("en", "Fighting continued in Gaza City and Khan Younis on Tuesday.",
     "Gaza City=Gaza City/PSE ; Khan Younis=Khan Younis/PSE"),
    ("en", "US troops remain in Iraq and Syria.", "Iraq=Iraq/IRQ ; Syria=Syria/SYR ; !US"),
    ("en", "Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow.",
     "Moscow=Moscow/RUS"),
    ("en", "MOSCOW (Reuters) - Russia said on Monday it would respond.",
     "MOSCOW=Moscow/RUS ; !Russia"),
    ("en", "KHARKIV (AFP) - Shelling killed three people.", "KHARKIV=Kharkiv/UKR"),
    ("en", "Ministers met in Brussels on Friday.", "Brussels=Brussels/BEL"),
    ("en", "Brussels announced new sanctions against Moscow.", "!Brussels ; !Moscow"),
    ("en", "Israel struck targets in southern Lebanon.",
     "southern Lebanon=South Lebanon/LBN ; !Israel"),
    ("en", "The festival in Paris, Texas, drew thousands.", "Texas=Texas/USA ; !Paris"),
    ("en", "He lives on Moscow Road in London.", "London=London/GBR ; !Moscow"),
    ("en", "Sydney Sweeney was seen in Sydney last week.", "Sydney#2=Sydney/AUS ; !Sydney"),
    ("en", "Police in Mumbai arrested two men.", "Mumbai=Mumbai/IND"),
    ("en", "Clashes erupted in Tripoli and in Kashmir.", "!Tripoli ; !Kashmir"),
    ("en", "The attack in Jerusalem was condemned.", "Jerusalem=Jerusalem/-"),
    ("en", "Protesters gathered in Tehran and Isfahan.",
     "Tehran=Tehran/IRN ; Isfahan=Isfahan/IRN"),
    ("en", "Officials in Jerusalem and Ramallah traded accusations.",
     "Jerusalem=Jerusalem/- ; Ramallah=Ramallah/PSE"),
    ("en", "Ethiopian forces entered Mekelle, the capital of Tigray.",
     "Mekelle=Mekelle/ETH ; Tigray=Tigray/ETH"),
    ("en", "The New York Times reported the story.", "!New York"),
    ("en", "Voters in Pennsylvania and Georgia went to the polls.",
     "Pennsylvania=Pennsylvania/USA ; !Georgia"),
    ("en", "Violence flared in North Kivu and Ituri.",
     "North Kivu=North Kivu/COD ; Ituri=Ituri/COD"),
    ("en", "Nancy Pelosi visited Taiwan.", "!Nancy ; !Taiwan"),
    ("fr", "Un incendie a ravagé un immeuble du centre de Nancy.", "Nancy=Nancy/FRA"),
    ("en", "Santiago Abascal spoke in Madrid.", "Madrid=Madrid/ESP ; !Santiago"),
    ("en", "Troops withdrew from Kherson.", "Kherson=Kherson/UKR"),
    # « à », « au », "at": a place unless the verb or noun makes the name a party (PARTIES).
    ("fr", "Le ministre est arrivé à Moscou pour une visite de trois jours.",
     "Moscou=Moscow/RUS"),
    ("fr", "Les pourparlers se sont ouverts à Niamey mardi.", "Niamey=Niamey/NER"),
    ("fr", "Les violences se sont multipliées au Burkina Faso.",
     "Burkina Faso=Burkina Faso/BFA"),
    ("fr", "Le ministre a écrit à Moscou pour protester contre l'expulsion.", "!Moscou"),
    ("fr", "La Turquie s'en est prise à Damas après les frappes.", "!Damas"),
    ("fr", "Le Qatar a vendu du gaz à Rome cet hiver.", "!Rome"),
    ("en", "A bomb exploded at Kabul airport.", "Kabul=Kabul/AFG"),
    ("en", "The senator lashed out at Beijing over the tariffs.", "!Beijing"),
]
# Capitals after a locative adjunct that their verb makes a party: their government, no place.
PARTIES = [
    ("Le ministre a écrit à Moscou pour protester contre l'expulsion.", "Moscou", "RUSGOV"),
    ("La Turquie s'en est prise à Damas après les frappes.", "Damas", "SYRGOV"),
    ("Le Qatar a vendu du gaz à Rome cet hiver.", "Rome", "ITAGOV"),
    ("The senator lashed out at Beijing over the tariffs.", "Beijing", "CHNGOV"),
]


def _langs(row: dict[str, str]) -> set[str]:
    return {"fr", "en"} if row["lang"] == "*" else set(row["lang"].split("|"))


def test_cities_table_is_well_formed() -> None:
    rows = data_rows("cities")
    assert len([r for r in rows if r["flag"] != "actor"]) >= 300
    for row in rows:
        assert row["country"] in ISO | {"-"}, row
        assert _langs(row) <= {"fr", "en"} and row["kind"] in ("city", "region"), row
        assert row["flag"] in ("-", "capital", "ner", "actor", "skip"), row
        assert row["name"] and all(n.strip() == n and n for n in row["names"].split("|")), row


def test_each_spelling_names_one_place() -> None:
    for lang in ("fr", "en"):
        seen: dict[str, str] = {}
        for row in data_rows("cities"):
            if lang in _langs(row):
                for spelling in row["names"].split("|"):
                    assert seen.setdefault(fold(spelling), row["name"]) == row["name"], spelling


def test_seats_of_power_have_place_names() -> None:
    """Every capital and seat the resolver knows has a row, so that its Place gets a name."""
    actor_rows = {fold(s) for r in data_rows("cities") if r["flag"] == "actor"
                  for s in r["names"].split("|")}
    for row in data_rows("places"):
        assert {fold(s) for s in row["names"].split("|")} <= actor_rows, row


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_table_and_actor_gazetteer_agree(lang: str) -> None:
    """A spelling matched here is no whole actor name (that would be an ``actor`` row), and a
    country name or adjective inside it is its own country ("Santiago de Cuba", "Kurdistan
    irakien"), not another one
    ("Colombie-Britannique" is blocked so that it names no Colombian actor)."""
    gazetteer, nlp = gazetteer_for(lang), pipeline_for(lang)
    for row in data_rows("cities"):
        if row["flag"] == "actor" or lang not in _langs(row):
            continue
        for spelling in row["names"].split("|"):
            doc = nlp.make_doc(spelling)
            for match in gazetteer.find(doc):
                kinds = {e.kind for e in match.entries}
                if not kinds & NAME_KINDS:
                    continue
                assert (match.start, match.end) != (0, len(doc)), (spelling, kinds)
                assert kinds <= {"country", "demonym"}, (spelling, kinds)
                assert {e.key for e in match.entries} == {row["country"]}, spelling


@pytest.fixture(scope="module")
def analysed() -> dict[str, Analysis]:
    """Every sentence parsed once, in one batch per language."""
    result = {}
    for lang in ("fr", "en"):
        sentences = [s for lg, s, _ in CASES if lg == lang]
        for sentence, doc in zip(sentences, pipeline_for(lang).pipe(sentences), strict=True):
            article = Article(id="t", text=sentence, lang=lang, published=date(2023, 3, 10))
            analysis = Analysis(article=article, doc=doc, lang=lang)
            resolve_actors(analysis)
            result[sentence] = analysis
    return result


def _expected(sentence: str, spec: str) -> tuple[list[tuple[int, int, str, str | None]],
                                                  list[tuple[int, int]]]:
    places, absent = [], []
    for item in spec.split(" ; "):
        if item.startswith("!"):
            absent.append(find_mention(sentence, item[1:]))
            continue
        mention, _, value = item.partition("=")
        name, _, country = value.rpartition("/")
        places.append((*find_mention(sentence, mention), name, None if country == "-" else country))
    return places, absent


def test_enough_place_mentions() -> None:
    mentions = [item for _, _, spec in CASES for item in spec.split(" ; ")]
    assert len(mentions) >= 80
    assert len([m for m in mentions if m.startswith("!")]) >= 25


@pytest.mark.parametrize(("lang", "sentence", "spec"), CASES,
                         ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_places(analysed: dict[str, Analysis], lang: str, sentence: str, spec: str) -> None:
    analysis = analysed[sentence]
    places, absent = _expected(sentence, spec)
    found = [(p.start, p.end, p.name, p.country) for p in analysis.places]
    assert found == places
    for start, end in absent:
        assert all(p.end <= start or p.start >= end for p in analysis.places)
    for place in analysis.places:
        assert sentence[place.start:place.end] == place.text
        # Precision: a place overlaps no actor but the country it is ("en Ukraine").
        for actor in analysis.actors:
            if actor.start < place.end and place.start < actor.end:
                assert (actor.via or "").startswith("country:"), (place, actor)


@pytest.mark.parametrize(("sentence", "name", "code"), PARTIES)
def test_a_capital_its_verb_makes_a_party_stays_its_government(
        analysed: dict[str, Analysis], sentence: str, name: str, code: str) -> None:
    assert [a.code for a in analysed[sentence].actors if a.text == name] == [code]


def test_misread_person_becomes_a_place(analysed: dict[str, Analysis]) -> None:
    """"Khan Younis", "Kherson" tagged as persons by the NER are cities, not unknown people."""
    for sentence, name in (("Fighting continued in Gaza City and Khan Younis on Tuesday.",
                            "Khan Younis"), ("Troops withdrew from Kherson.", "Kherson")):
        assert all(a.text != name for a in analysed[sentence].actors)


def test_seed_places(seed_text: str) -> None:
    """The seed article: the country of the story as a location, and where the mission sits."""
    analysis = Analysis(Article(id="seed", text=seed_text, lang="fr",
                                published=date(2023, 3, 10)), pipeline_for("fr")(seed_text), "fr")
    resolve_actors(analysis)
    found = [(p.text, p.name, p.country) for p in analysis.places]
    assert ("New York", "New York", "USA") in found
    assert ("RPDC", "North Korea", "PRK") in found  # "incarcérés en RPDC"
    for place in analysis.places:  # never "sanctions de l'ONU à la Corée du Nord"
        assert place.text != "Corée du Nord" or seed_text[place.start - 3:place.start] == "en "
