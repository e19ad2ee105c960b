"""Article in, records out: the one place that orders the stages.

readers -> language -> spaCy (batched, per language) -> analysers -> records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice

from spacy.tokens import Doc

from vigie.actors import resolve_actors
from vigie.analysis import Analysis
from vigie.claims import find_claims
from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.errors import InputError, Reason, internal_error
from vigie.events import code_events
from vigie.geocode import geocode_places
from vigie.langid import detect_language
from vigie.model import Article, Record
from vigie.nlp import parse
from vigie.quotes import find_quotes
from vigie.temporal import find_times

Analyser = Callable[[Analysis], None]

# Order matters: events read the actors, places, times and quotes found before them.
ANALYSERS: tuple[tuple[str, Analyser], ...] = (
    ("actors", resolve_actors),
    ("places", geocode_places),
    ("time", find_times),
    ("quotes", find_quotes),
    ("claims", find_claims),
    ("events", code_events),
)


def check_text(article: Article, settings: Settings) -> Article:
    """The article with its language set, or an InputError saying why it cannot be read."""
    if not article.text.strip():
        raise InputError(article.id, Reason.EMPTY)
    size = len(article.text.encode("utf-8"))
    if size > settings.max_bytes:
        raise InputError(article.id, Reason.TOO_LARGE, limit=settings.max_bytes)
    lang = article.lang
    if lang is None:
        letters = sum(ch.isalpha() for ch in article.text)
        lang = detect_language(article.text) if letters >= settings.min_letters_for_langid else "?"
    if lang not in settings.models:
        raise InputError(article.id, Reason.UNKNOWN_LANGUAGE, lang=lang,
                         supported=", ".join(settings.languages))
    if lang != article.lang:
        article = Article(**{**_fields(article), "lang": lang})
    return article


def _fields(article: Article) -> dict[str, object]:
    return {name: getattr(article, name) for name in Article.__slots__}


def analyse_batch(articles: list[Article], settings: Settings) -> list[Analysis | InputError]:
    """Parse and analyse articles whose language is set; results in input order. An article
    that makes the parser or an analyser fail is an internal error in its place, and costs
    no other article."""
    results: dict[int, Analysis | InputError] = {}
    for lang in sorted({a.lang for a in articles if a.lang}):
        positions = [i for i, a in enumerate(articles) if a.lang == lang]
        docs: list[Doc | InputError]
        try:
            docs = list(parse((articles[i].text for i in positions), lang, settings))
        except Exception:
            # The parser takes texts in batches: find the one it choked on by parsing each alone.
            docs = [_parse_alone(articles[i], lang, settings) for i in positions]
        for i, doc in zip(positions, docs, strict=True):
            results[i] = doc if isinstance(doc, InputError) else _analysed(articles[i], doc, lang,
                                                                        settings)
    return [results[i] for i in range(len(articles))]


def _parse_alone(article: Article, lang: str, settings: Settings) -> Doc | InputError:
    try:
        (doc,) = parse([article.text], lang, settings)
    except Exception as error:
        return internal_error(article.id, error)
    return doc


def _analysed(article: Article, doc: Doc, lang: str,
              settings: Settings) -> Analysis | InputError:
    analysis = Analysis(article=article, doc=doc, lang=lang, settings=settings)
    try:
        for _name, analyser in ANALYSERS:
            analyser(analysis)
    except Exception as error:
        return internal_error(article.id, error)
    return analysis


def analyse(
    items: Iterable[Article | InputError], settings: Settings = DEFAULT_SETTINGS
) -> Iterator[Analysis | InputError]:
    """Analyse a stream of articles, in batches, keeping input order; bad inputs pass through
    as InputError so that the caller reports them and goes on, and an article that cannot be
    analysed is an InputError in its place."""
    stream = iter(items)
    while batch := list(islice(stream, settings.batch_size)):
        checked: list[Article | InputError] = []
        for item in batch:
            if isinstance(item, InputError):
                checked.append(item)
                continue
            try:
                checked.append(check_text(item, settings))
            except InputError as error:
                checked.append(error)
            except Exception as error:
                checked.append(internal_error(item.id, error))
        good = [item for item in checked if isinstance(item, Article)]
        done = iter(analyse_batch(good, settings))
        for item in checked:
            yield item if isinstance(item, InputError) else next(done)


def extract(
    text: str,
    lang: str | None = None,
    published: date | str | None = None,
    *,
    doc_id: str = "text",
    settings: Settings = DEFAULT_SETTINGS,
) -> list[Record]:
    """Coded records for one text: events, quotes, claims and time expressions, in text order.

    Raises InputError when the text cannot be processed (empty, too large, no model
    for its language, or an internal error while analysing it).
    """
    if isinstance(published, str):
        published = date.fromisoformat(published)
    article = Article(id=doc_id, text=text, lang=lang, published=published)
    (result,) = analyse([article], settings)
    if isinstance(result, InputError):
        raise result
    return result.records()
