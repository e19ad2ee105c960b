"""What the stage tests of the event coder start from: a sentence analysed by the whole
pipeline, and the coder's context for it with the candidates matched, so that each stage's
functions can be called on their own."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

import vigie
from vigie.analysis import Analysis
from vigie.events.coder.candidates import Candidate, match
from vigie.events.coder.context import Context
from vigie.events.coder.placing import story_place
from vigie.events.lexicon import load_lexicon
from vigie.events.roles import syntax_pack


def analysed(text: str, lang: str, published: str = "2024-03-15") -> Analysis:
    (analysis,) = vigie.analyse([vigie.Article(id="stage", text=text, lang=lang,
                                               published=date.fromisoformat(published))])
    assert isinstance(analysis, Analysis), analysis
    return analysis


def context(text: str, lang: str, published: str = "2024-03-15") -> Context:
    """The coder's context for ``text``, its story's country set and its candidates matched
    (``ctx.by_token``)."""
    analysis = analysed(text, lang, published)
    ctx = Context.of(analysis, load_lexicon(lang), syntax_pack(lang))
    ctx.story = story_place(ctx)
    match(ctx)
    return ctx


def token(ctx: Context, text: str, nth: int = 0) -> Token:
    """The ``nth`` token of the article whose text is ``text``."""
    found = [t for t in ctx.analysis.doc if t.text == text]
    assert len(found) > nth, (text, [t.text for t in ctx.analysis.doc])
    return found[nth]


def candidate(ctx: Context, text: str) -> Candidate:
    """The candidate triggered by the first token ``text``."""
    trigger = token(ctx, text)
    assert trigger.i in ctx.by_token, (text, sorted(
        c.trigger.text for c in ctx.by_token.values()))
    return ctx.by_token[trigger.i]
