"""Language identification for articles that do not say their language."""

from __future__ import annotations

import py3langid


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language (py3langid's model: deterministic, offline)."""
    lang, _score = py3langid.classify(text[:5000])
    return str(lang)
