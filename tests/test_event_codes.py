"""What each coded event says beside its type: Goldstein weight and quad class against the
CAMEO table, tense, and the historical flag, checked on real output."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

import vigie
from vigie.analysis import Analysis
from vigie.model import Event, Record

# Sentences written for the project, in both languages, so that the codes on each side of
# every quad boundary (05|06, 08|09, 13|14) occur.
SENTENCES = [
    ("en", "The UN investigated Myanmar's army."),
    ("en", "France and Germany cooperated militarily."),
    ("en", "Thousands of protesters demonstrated against the government in Tbilisi."),
    ("fr", "La France a envoyé une aide humanitaire au Liban."),
    ("fr", "La Russie a retiré ses troupes de Syrie."),
    ("fr", "La Chine menace Taïwan."),
    ("fr", "Mardi dernier, la Chine a rencontré la Russie à Moscou."),
    ("en", "China praised Pakistan."),
    ("en", "France and Germany signed a trade agreement."),
    ("en", "Police arrested protesters in Tbilisi."),
    ("en", "In 1991, Iraq invaded Kuwait."),
]


def cameo_rows() -> dict[str, tuple[str, float]]:
    """code -> (PLOVER type, Goldstein weight), read from the packaged table as a user would."""
    text = resources.files("vigie").joinpath("events/data/cameo.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {row["cameo"]: (row["plover"], float(row["goldstein"]))
            for row in csv.DictReader(lines, delimiter="\t")}


def table_entry(code: str, table: dict[str, tuple[str, float]]) -> tuple[str, float]:
    """The row of ``code``, or of its nearest listed parent (the table's own rule: 1122 -> 112)."""
    while code not in table:
        assert len(code) > 2, f"no CAMEO root for {code}"
        code = code[:-1]
    return table[code]


def quad_of_root(code: str) -> int:
    """CAMEO roots 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal
    conflict, 14-20 material conflict."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@pytest.fixture(scope="module")
def coded_events(seed_records: list[Record], sample_analyses: list[Analysis]) -> list[Event]:
    events = [r for r in seed_records if isinstance(r, Event)]
    for analysis in sample_analyses:
        events += analysis.events
    for lang, text in SENTENCES:
        events += [r for r in vigie.extract(text, lang=lang, published="2023-03-10")
                   if isinstance(r, Event)]
    return events


def test_every_quad_boundary_is_covered(coded_events: list[Event]) -> None:
    roots = {int(e.cameo[:2]) for e in coded_events}
    assert {5, 6, 8, 9, 13, 14} <= roots
    assert len(coded_events) >= 30


def test_goldstein_weight_and_type_are_the_tables(coded_events: list[Event]) -> None:
    table = cameo_rows()
    for event in coded_events:
        plover, goldstein = table_entry(event.cameo, table)
        assert (event.event, event.goldstein) == (plover, goldstein), event.cameo


def test_quad_class_follows_the_cameo_root(coded_events: list[Event]) -> None:
    for event in coded_events:
        assert event.quad_class == quad_of_root(event.cameo), event.cameo


def test_goldstein_sign_follows_cooperation_and_conflict(coded_events: list[Event]) -> None:
    for event in coded_events:
        if event.quad_class <= 2:
            assert event.goldstein >= 0, event.cameo
        else:
            assert event.goldstein < 0, event.cameo


@pytest.mark.parametrize(("lang", "text", "tense"), [
    ("fr", "La France a condamné l'essai nucléaire de la Corée du Nord.", "past"),
    # The imperfect of narration, dated in its clause (an undated stance in the imperfect is
    # background: tests/test_events_fr.py).
    ("fr", "Mardi, la France condamnait l'essai nucléaire de la Corée du Nord.", "past"),
    ("fr", "La France condamne l'essai nucléaire de la Corée du Nord.", "present"),
    ("fr", "La France condamnera l'essai nucléaire de la Corée du Nord.", "future"),
    ("fr", "La France va condamner l'essai nucléaire de la Corée du Nord.", "future"),
    ("fr", "Lundi prochain, le président chinois rencontrera le président russe à Moscou.",
     "future"),
    # A present verb with a date before publication reports the past.
    ("fr", "Mardi dernier, la Chine rencontre la Russie à Moscou.", "past"),
    ("en", "France condemned North Korea's nuclear test.", "past"),
    ("en", "France has condemned North Korea's nuclear test.", "past"),
    ("en", "France condemns North Korea's nuclear test.", "present"),
    ("en", "France will condemn North Korea's nuclear test.", "future"),
    ("en", "Next Monday, China will meet Russia in Moscow.", "future"),
])
def test_tense(lang: str, text: str, tense: str) -> None:
    (event,) = [r for r in vigie.extract(text, lang=lang, published="2023-03-10")
                if isinstance(r, Event)]
    assert event.tense == tense


@pytest.mark.parametrize(("lang", "text", "date", "historical"), [
    # Historical: dated before the year preceding publication (2023 here).
    ("fr", "En 2006, le Conseil de sécurité a imposé des sanctions à la Corée du Nord.", "2006",
     True),
    ("fr", "En 2021, le Conseil de sécurité a imposé des sanctions à la Corée du Nord.", "2021",
     True),
    ("fr", "En 2022, le Conseil de sécurité a imposé des sanctions à la Corée du Nord.", "2022",
     False),
    ("en", "In 1991, Iraq invaded Kuwait.", "1991", True),
    ("en", "In May 2021, the Security Council imposed sanctions on North Korea.", "2021-05",
     True),
    ("en", "Last year, the Security Council imposed sanctions on North Korea.", "2022", False),
    # Undated: the publication date stands in, which is not history.
    ("en", "The Security Council imposed sanctions on North Korea.", "2023-03-10", False),
])
def test_historical_flag(lang: str, text: str, date: str, historical: bool) -> None:
    (event,) = [r for r in vigie.extract(text, lang=lang, published="2023-03-10")
                if isinstance(r, Event)]
    assert (event.date_value, event.historical) == (date, historical)
