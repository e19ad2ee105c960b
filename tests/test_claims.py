"""Numeric claims in French and English: amounts, bounds, counted nouns, what is left out, and
the attribution each claim inherits from the quote it sits in."""

from __future__ import annotations

from datetime import date

import pytest

from vigie.analysis import Analysis
from vigie.claims import find_claims, numbers
from vigie.lang import load_table
from vigie.model import Actor, Article, Claim
from vigie.nlp import pipeline_for
from vigie.quotes import find_quotes

FRENCH = [
    # sentence, claim text, bound, value, low, high, unit, counted
    ("Selon la police, plus de 200 personnes ont été arrêtées.",
     "plus de 200 personnes", "more_than", 200, 200, None, "personne", "personnes"),
    ("Au moins deux personnes ont été tuées dans l'attaque.",
     "Au moins deux personnes", "at_least", 2, 2, None, "personne", "personnes"),
    ("L'armée a libéré 1 950 prisonniers.",
     "1 950 prisonniers", "exact", 1950, 1950, 1950, "prisonnier", "prisonniers"),
    ("Israël a libéré 1.950 détenus.",
     "1.950 détenus", "exact", 1950, 1950, 1950, "détenu", "détenus"),
    ("Le bilan fait état de 89 morts.",
     "89 morts", "exact", 89, 89, 89, "mort", "morts"),
    ("Le pays exporte quatre millions de barils par jour.",
     "quatre millions de barils", "exact", 4_000_000, 4_000_000, 4_000_000, "baril", "barils"),
    ("La région compte 2,5 millions d'habitants.",
     "2,5 millions d'habitants", "exact", 2_500_000, 2_500_000, 2_500_000, "habitant",
     "habitants"),
    ("Les dégâts sont estimés à 2,5 millions.",
     "2,5 millions", "exact", 2_500_000, 2_500_000, 2_500_000, None, None),
    ("Trois soldats ont été blessés.",
     "Trois soldats", "exact", 3, 3, 3, "soldat", "soldats"),
    ("Les rebelles ont capturé vingt et un otages.",
     "vingt et un otages", "exact", 21, 21, 21, "otage", "otages"),
    ("Des dizaines de missiles ont été tirés.",
     "dizaines de missiles", "vague", None, 20, 99, "missile", "missiles"),
    ("Des dizaines de milliers de manifestants ont défilé.",
     "dizaines de milliers de manifestants", "vague", None, 20_000, 99_999, "manifestant",
     "manifestants"),
    ("Plusieurs centaines de familles ont fui.",
     "Plusieurs centaines de familles", "vague", None, 200, 999, "famille", "familles"),
    ("Une centaine de manifestants se sont rassemblés.",
     "Une centaine de manifestants", "about", 100, None, None, "manifestant", "manifestants"),
    ("Le séisme a fait entre 10 et 20 morts.",
     "entre 10 et 20 morts", "range", None, 10, 20, "mort", "morts"),
    ("On compte 80 000 à 120 000 prisonniers politiques.",
     "80 000 à 120 000 prisonniers politiques", "range", None, 80_000, 120_000, "prisonnier",
     "prisonniers politiques"),
    ("Environ 300 soldats ont été déployés.",
     "Environ 300 soldats", "about", 300, None, None, "soldat", "soldats"),
    ("Jusqu'à 3 000 manifestants sont attendus.",
     "Jusqu'à 3 000 manifestants", "at_most", 3000, None, 3000, "manifestant", "manifestants"),
    ("Entre 10 et 15.000 enfants ne sont pas scolarisés.",
     "Entre 10 et 15.000 enfants", "range", None, 10_000, 15_000, "enfant", "enfants"),
    ("Selon le parquet, trois ont été inculpés.",
     "trois", "exact", 3, 3, 3, None, None),
    ("Moins de 50 observateurs sont restés.",
     "Moins de 50 observateurs", "less_than", 50, None, 50, "observateur", "observateurs"),
]

ENGLISH = [
    ("Police said more than 200 people were detained.",
     "more than 200 people", "more_than", 200, 200, None, "people", "people"),
    ("At least two soldiers were killed.",
     "At least two soldiers", "at_least", 2, 2, None, "soldier", "soldiers"),
    ("Israel released 1,950 prisoners.",
     "1,950 prisoners", "exact", 1950, 1950, 1950, "prisoner", "prisoners"),
    ("The blast left 89 dead.",
     "89 dead", "exact", 89, 89, 89, "dead", "dead"),
    ("Tens of thousands of protesters marched in the capital.",
     "Tens of thousands of protesters", "vague", None, 20_000, 99_999, "protester", "protesters"),
    ("Hundreds of homes were destroyed.",
     "Hundreds of homes", "vague", None, 200, 999, "home", "homes"),
    ("The country exports four million barrels a day.",
     "four million barrels", "exact", 4_000_000, 4_000_000, 4_000_000, "barrel", "barrels"),
    ("The strike cost up to $3.5 million.",
     "up to $3.5 million", "at_most", 3_500_000, None, 3_500_000, "dollar", "$"),
    ("Between 10 and 20 soldiers died.",
     "Between 10 and 20 soldiers", "range", None, 10, 20, "soldier", "soldiers"),
    ("Rebels destroyed nearly 40 tanks.",
     "nearly 40 tanks", "about", 40, None, None, "tank", "tanks"),
    ("A dozen aid workers were wounded.",
     "A dozen aid workers", "about", 12, None, None, "worker", "aid workers"),
    ("Police said at least 20,000 were arrested.",
     "at least 20,000", "at_least", 20_000, 20_000, None, None, None),
    ("They fired two hundred and fifty rockets.",
     "two hundred and fifty rockets", "exact", 250, 250, 250, "rocket", "rockets"),
]

NOT_CLAIMS = [
    ("fr", "Les 15 membres du Conseil de sécurité en discutent depuis 2014."),
    ("fr", "Le pays est soumis à des sanctions de l'ONU depuis 2006."),
    ("fr", "Pendant la pandémie de COVID-19, les deux pays ont fermé leurs frontières."),
    ("fr", "L'Iran doit respecter la résolution 2231."),
    ("fr", "Il a passé trois ans en prison et il est arrivé deuxième avec 10 % des voix."),
    ("fr", "Ils se sont rassemblés le 10 mars à Paris."),
    ("fr", "Près de deux tiers des électeurs ont voté oui."),
    ("en", "The two countries have discussed it since 2014 with the 15 members of the council."),
    ("en", "The COVID-19 pandemic hit in 2020 and Resolution 2231 was ignored."),
    ("en", "A 25-year-old man won 10 percent of the vote after three years in prison."),
]


@pytest.fixture(scope="module")
def parsed() -> dict[tuple[str, str], object]:
    """Every test sentence parsed once, in two batches."""
    docs: dict[tuple[str, str], object] = {}
    texts = {"fr": [row[0] for row in FRENCH], "en": [row[0] for row in ENGLISH]}
    for lang, text in NOT_CLAIMS:
        texts[lang].append(text)
    for lang, batch in texts.items():
        for text, doc in zip(batch, pipeline_for(lang).pipe(batch), strict=True):
            docs[text, lang] = doc
    return docs


def claims_of(parsed: dict, text: str, lang: str, actors: tuple[Actor, ...] = ()) -> Analysis:
    doc = parsed[text, lang] if (text, lang) in parsed else pipeline_for(lang)(text)
    article = Article(id="t", text=text, lang=lang, published=date(2023, 3, 10))
    analysis = Analysis(article=article, doc=doc, lang=lang, actors=list(actors))
    find_quotes(analysis)
    find_claims(analysis)
    return analysis


def check(claim: Claim, row: tuple) -> None:
    _sentence, text, bound, value, low, high, unit, counted = row
    assert claim.text == text
    assert (claim.bound, claim.value, claim.low, claim.high) == (bound, value, low, high)
    assert (claim.unit, claim.counted) == (unit, counted)


@pytest.mark.parametrize("row", FRENCH, ids=[row[1] for row in FRENCH])
def test_french_claims(parsed: dict, row: tuple) -> None:
    analysis = claims_of(parsed, row[0], "fr")
    (claim,) = analysis.claims
    check(claim, row)
    assert row[0][claim.start : claim.end] == claim.text


@pytest.mark.parametrize("row", ENGLISH, ids=[row[1] for row in ENGLISH])
def test_english_claims(parsed: dict, row: tuple) -> None:
    analysis = claims_of(parsed, row[0], "en")
    (claim,) = analysis.claims
    check(claim, row)
    assert row[0][claim.start : claim.end] == claim.text


@pytest.mark.parametrize(("lang", "text"), NOT_CLAIMS, ids=[t for _l, t in NOT_CLAIMS])
def test_not_claims(parsed: dict, lang: str, text: str) -> None:
    analysis = claims_of(parsed, text, lang)
    assert analysis.claims == []
    assert any(n.stage == "claims" and n.verdict == "dropped" for n in analysis.trace)


def test_claim_attribution_from_selon(parsed: dict) -> None:
    text = FRENCH[0][0]
    police = text.index("police")
    actors = (Actor("police", police, police + 6, code="FRACOP", country="FRA", sector="COP"),)
    (claim,) = claims_of(parsed, text, "fr", actors).claims
    assert claim.attribution is not None
    assert (claim.attribution.cue, [a.code for a in claim.attribution.speaker]) == (
        "selon", ["FRACOP"])


def test_claim_outside_speech_has_no_attribution(parsed: dict) -> None:
    (claim,) = claims_of(parsed, ENGLISH[1][0], "en").claims
    assert claim.attribution is None


# -- the seed ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(seed_text: str) -> Analysis:
    t = seed_text
    actors = []
    for words in ("États-Unis", "Albanie"):
        start = t.index(words, t.index("selon la note des"))
        code = "USA" if words == "États-Unis" else "ALB"
        actors.append(Actor(words, start, start + len(words), code=code, country=code))
    return claims_of({}, t, "fr", tuple(actors))


def test_seed_claims(seed: Analysis) -> None:
    assert [c.text for c in seed.claims] == [
        "milliers de nouvelles arrestations",
        "80 000 à 120 000 prisonniers politiques",
        "dizaines de missiles balistiques",
    ]


def test_seed_political_prisoners(seed: Analysis) -> None:
    claim = seed.claims[1]
    assert (claim.bound, claim.value, claim.low, claim.high) == ("range", None, 80_000, 120_000)
    assert (claim.unit, claim.counted) == ("prisonnier", "prisonniers politiques")
    assert claim.attribution is not None
    assert (claim.attribution.source, claim.attribution.cue) == ("note", "selon")
    # "selon la note" refers back to the note of the United States and Albania.
    assert [a.code for a in claim.attribution.speaker] == ["USA", "ALB"]


def test_seed_vague_claims(seed: Analysis) -> None:
    arrests, _prisoners, missiles = seed.claims
    assert (arrests.bound, arrests.low, arrests.high, arrests.unit) == (
        "vague", 2000, 9999, "arrestation")
    assert arrests.attribution is not None and arrests.attribution.source == "note"
    assert (missiles.bound, missiles.low, missiles.high, missiles.unit) == (
        "vague", 20, 99, "missile")
    assert missiles.attribution is None


def test_seed_claim_records_serialise(seed: Analysis) -> None:
    data = seed.claims[1].to_dict()
    assert data["kind"] == "claim"
    assert data["attribution"]["source"] == "note"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_number_tables_share_their_keys_and_parse(lang: str) -> None:
    assert set(load_table(lang, "numbers")) == set(load_table("fr", "numbers"))
    table = numbers(lang)
    assert set(table.bounds.values()) <= {"more_than", "at_least", "about", "less_than", "at_most"}
    assert all(opener is None or isinstance(opener, str)
               for opener in table.range_connectors.values())
