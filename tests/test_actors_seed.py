"""Actor resolution on the seed article (a UN Security Council story on North Korea), run on
its own, without the later stages."""

from __future__ import annotations

from datetime import date

import pytest

from vigie.actors import resolve_actors
from vigie.analysis import Analysis
from vigie.model import Actor, Article
from vigie.nlp import pipeline_for


@pytest.fixture(scope="module")
def seed(seed_text: str) -> Analysis:
    article = Article(id="seed", text=seed_text, lang="fr", published=date(2023, 3, 10))
    analysis = Analysis(article=article, doc=pipeline_for("fr")(seed_text), lang="fr")
    resolve_actors(analysis)
    return analysis


def _occurrences(text: str, words: str) -> list[int]:
    found, start = [], text.find(words)
    while start >= 0:
        found.append(start)
        start = text.find(words, start + 1)
    return found


def _covering(analysis: Analysis, start: int, end: int) -> list[Actor]:
    return [a for a in analysis.actors if a.start <= start and end <= a.end]


@pytest.mark.parametrize(("words", "country"), [
    ("Pyongyang", "PRK"), ("RPDC", "PRK"), ("Corée du Nord", "PRK"),
    ("République populaire démocratique de Corée", "PRK"), ("Kim Jong Un", "PRK"),
    ("Kim Yo Jong", "PRK"), ("Etats-Unis", "USA"), ("États-Unis", "USA"), ("Albanie", "ALB"),
    ("Chine", "CHN"), ("Russie", "RUS"), ("Conseil de sécurité", "UNO"), ("ONU", "UNO"),
    ("Nations unies", "UNO"),
])
def test_every_mention_of_a_name_resolves(seed: Analysis, words: str, country: str) -> None:
    starts = _occurrences(seed.article.text, words)
    assert starts
    for start in starts:
        covering = _covering(seed, start, start + len(words))
        assert [a.country for a in covering] == [country], (start, covering)


def test_un_bodies_are_igo(seed: Analysis) -> None:
    un = [a for a in seed.actors if a.country == "UNO"]
    assert len(un) == 6  # Conseil de sécurité ×3, ONU ×2, Nations unies
    assert {(a.code, a.sector) for a in un} == {("IGOUNO", "IGO")}


def test_codes_of_names(seed: Analysis) -> None:
    text = seed.article.text
    first = {a.text: a for a in reversed(seed.actors)}
    assert first["Pyongyang"].code == "PRKGOV"
    assert first["Chine"].code == "CHN" and first["Chine"].sector is None
    assert first["Kim Jong Un"].code == "PRKGOV"
    assert first["Kim Yo Jong"].code == "PRKGOV"
    assert first["Reuters"].code == "GBRMED" and first["Reuters"].sector == "MED"
    government = next(a for a in seed.actors if a.text.startswith("gouvernement du dirigeant"))
    assert government.code == "PRKGOV"
    assert text[government.start:government.end] == "gouvernement du dirigeant nord-coréen"
    mission = next(a for a in seed.actors if a.text.startswith("mission"))
    assert (mission.code, mission.role) == ("PRKGOV", "mission")


def test_le_pays_after_pyongyang(seed: Analysis) -> None:
    start = seed.article.text.index("Le pays") + 3
    (actor,) = _covering(seed, start, start + 4)
    assert actor.code == "PRK"
    assert actor.via is not None and actor.via.startswith("coref:")


def test_du_pays_in_the_first_sentence(seed: Analysis) -> None:
    start = seed.article.text.index("du pays") + 3
    assert [a.code for a in _covering(seed, start, start + 4)] == ["PRK"]


def test_les_deux_pays_are_china_and_russia(seed: Analysis) -> None:
    start = seed.article.text.index("les deux pays") + 9
    assert [a.code for a in _covering(seed, start, start + 4)] == ["CHN", "RUS"]


def test_ils_are_the_united_states_and_albania(seed: Analysis) -> None:
    start = seed.article.text.index("Ils ont indiqué")
    assert [a.code for a in _covering(seed, start, start + 3)] == ["USA", "ALB"]


def test_impersonal_il_is_no_actor(seed: Analysis) -> None:
    start = seed.article.text.index("qu'il ne serait") + 4
    assert _covering(seed, start, start + 2) == []


@pytest.mark.parametrize("words", ["New York", "océan Pacifique", "COVID-19", "ADM"])
def test_places_and_things_are_not_actors(seed: Analysis, words: str) -> None:
    start = seed.article.text.index(words)
    assert _covering(seed, start, start + len(words)) == []


def test_bare_kim_is_left_unresolved(seed: Analysis) -> None:
    start = seed.article.text.index("sœur de Kim") + len("sœur de ")
    assert [a.code for a in _covering(seed, start, start + 3)] == [None]


def test_offsets_text_order_and_trace(seed: Analysis) -> None:
    text = seed.article.text
    assert all(text[a.start:a.end] == a.text for a in seed.actors)
    assert [a.start for a in seed.actors] == sorted(a.start for a in seed.actors)
    found = [n for n in seed.trace if n.stage == "actors" and n.verdict == "found"]
    assert len(found) >= len([a for a in seed.actors if a.code])
    unresolved = {text[n.start:n.end] for n in seed.trace if n.verdict == "unresolved"}
    assert {"Kim", "ADM"} <= unresolved  # a bare surname; an ORG the gazetteer does not know
    dropped = {text[n.start:n.end] for n in seed.trace if n.verdict == "dropped"}
    assert "nord-coréen" not in dropped  # taken into "gouvernement du dirigeant nord-coréen"


def test_deterministic(seed_text: str, seed: Analysis) -> None:
    article = Article(id="seed", text=seed_text, lang="fr", published=date(2023, 3, 10))
    again = Analysis(article=article, doc=seed.doc, lang="fr")
    resolve_actors(again)
    assert again.actors == seed.actors
