"""A small store built by hand, for the query, export and cluster tests: two wire stories,
one reprinted by a third site, with events whose clustering is known."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

from vigie.analysis import Analysis
from vigie.model import Actor, Article, Event
from vigie.store import Store, content_hash
from vigie.store.rows import add_analysis, empty_rows

USA = Actor(text="Washington", start=0, end=10, code="USAGOV", country="USA", sector="GOV",
            name="United States")
PRK = Actor(text="Pyongyang", start=20, end=29, code="PRKGOV", country="PRK", sector="GOV",
            name="North Korea")
PRK_MIL = Actor(text="l'armée nord-coréenne", start=0, end=21, code="PRKMIL", country="PRK",
                sector="MIL", name="North Korea")


def event(doc_id: str, kind: str, cameo: str, actor: tuple[Actor, ...],
          recipient: tuple[Actor, ...], when: str | None, precision: str | None, start: int,
          sentence: str) -> Event:
    return Event(
        doc_id=doc_id, event=kind, mode=None, context=(), cameo=cameo, quad_class=3,
        goldstein=-2.0, actor=actor, recipient=recipient, date_value=when, date_text=None,
        date_precision=precision, location=None, negated=False, tense="past",
        hypothetical=False, attribution=None, event_text=sentence.split()[2], sentence=sentence,
        start=start, end=start + 5, language="fr", confidence=0.9, rule=f"test.{kind.lower()}")


def analysis(article: Article, events: list[Event]) -> Analysis:
    return Analysis(article=article, doc=Doc(Vocab(), words=article.text.split()), lang="fr",
                    events=events)


TEXT_A = "Washington a accusé Pyongyang mardi. L'armée nord-coréenne a tiré un missile."
TEXT_B = "Washington a accusé Pyongyang mardi de violer les résolutions. Pyongyang menace."


def build(db: Path) -> None:
    """Articles a (AFP) and b (Reuters) report the same accusation; c (Le Soir) reprints a."""
    a = Article(id="a", text=TEXT_A, lang="fr", published=date(2024, 5, 8), source="AFP",
                url="https://afp.example/a")
    b = Article(id="b", text=TEXT_B, lang="fr", published=date(2024, 5, 8), source="Reuters")
    analyses = [
        analysis(a, [
            event("a", "ACCUSE", "112", (USA,), (PRK,), "2024-05-07", "day", 11,
                  "Washington a accusé Pyongyang mardi."),
            event("a", "MOBILIZE", "150", (PRK_MIL,), (), "2023-09", "month", 40,
                  "L'armée nord-coréenne a tiré un missile."),
        ]),
        analysis(b, [
            event("b", "ACCUSE", "112", (USA,), (PRK,), "2024-05-07", "day", 11,
                  "Washington a accusé Pyongyang mardi de violer les résolutions."),
            event("b", "THREATEN", "130", (PRK,), (USA,), None, None, 64,
                  "Pyongyang menace Washington."),
        ]),
    ]
    rows = empty_rows()
    for item in analyses:
        key = content_hash(item.article.text)
        add_analysis(rows, key, item)
        art = item.article
        rows["article_sources"].append((key, art.id, key, art.url, art.source, art.title, None,
                                        art.published, art.published_source, "original", 1.0))
    key_a = content_hash(TEXT_A)
    rows["article_sources"].append((key_a, "c", key_a, "https://lesoir.example/c", "Le Soir",
                                    None, None, date(2024, 5, 9), "record", "exact", 1.0))
    with Store(db) as store:
        store.insert(rows)
