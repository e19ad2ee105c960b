"""Temporal expressions: found in French and English news, resolved against publication."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from vigie.analysis import Analysis
from vigie.lang import load_table
from vigie.model import Article, Record, TimeRef
from vigie.nlp import pipeline_for
from vigie.temporal import (
    day_month_date,
    duration,
    find_times,
    fmt,
    month_year,
    shift,
    time_table,
    weekday_date,
    weekday_fit,
)

PUBLISHED = date(2023, 3, 10)  # a Friday, the seed's publication date
LANG_DIR = Path(__file__).resolve().parent.parent / "src" / "vigie" / "lang"


def times(text: str, lang: str, published: date | None = PUBLISHED) -> list[TimeRef]:
    doc = pipeline_for(lang)(text)
    analysis = Analysis(article=Article(id="t", text=text, lang=lang, published=published),
                        doc=doc, lang=lang)
    find_times(analysis)
    for ref in analysis.times:
        assert text[ref.start:ref.end] == ref.text
    assert [n.stage for n in analysis.trace] == ["time"] * len(analysis.times)
    return analysis.times


def brief(refs: list[TimeRef]) -> list[tuple[str, str | None]]:
    return [(r.text, r.value) for r in refs]


# --- the seed article --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_times(seed_text: str) -> list[TimeRef]:
    return times(seed_text, "fr")


def test_seed_expressions_in_text_order(seed_times: list[TimeRef]) -> None:
    assert brief(seed_times) == [
        ("vendredi prochain", "2023-03-17"),
        ("actuellement", "PRESENT_REF"),
        ("depuis 2014", "2014"),
        ("depuis 2006", "2006"),
        ("la semaine prochaine", "2023-W11"),
        ("Aujourd'hui", "2023-03-10"),
        ("au cours de l'année écoulée", "P1Y"),
        ("mai de l'année dernière", "2022-05"),
    ]


def test_seed_precisions_types_and_intervals(seed_times: list[TimeRef]) -> None:
    by_text = {r.text: r for r in seed_times}
    friday = by_text["vendredi prochain"]
    assert (friday.type, friday.precision) == ("date", "day")
    since = by_text["depuis 2006"]
    assert (since.type, since.precision) == ("date", "year")
    assert (since.interval_start, since.interval_end) == ("2006", "2023-03-10")
    assert by_text["la semaine prochaine"].precision == "week"
    year = by_text["au cours de l'année écoulée"]
    assert (year.type, year.interval_start, year.interval_end) == (
        "duration", "2022-03-10", "2023-03-10")
    assert by_text["mai de l'année dernière"].precision == "month"


def test_seed_numbers_are_not_dates(seed_times: list[TimeRef], seed_text: str) -> None:
    covid = seed_text.index("COVID-19")
    prisoners = seed_text.index("80 000 à 120 000")
    for ref in seed_times:
        assert not ref.start <= covid + 6 < ref.end
        assert not ref.start <= prisoners + 10 < ref.end


def test_pipeline_emits_time_records(seed_records: list[Record]) -> None:
    records = [r for r in seed_records if r.kind == "time"]
    assert ("vendredi prochain", "2023-03-17") in [(r.text, r.value) for r in records]
    assert all(r.to_dict()["kind"] == "time" for r in records)


# --- French ------------------------------------------------------------------------------------

FRENCH = [
    # weekdays: the tense of the clause decides the direction
    ("Jeudi, le ministre a annoncé sa démission.", [("Jeudi", "2023-03-09")]),
    ("Le ministre annoncera jeudi sa démission.", [("jeudi", "2023-03-16")]),
    ("Le ministre va annoncer jeudi sa démission.", [("jeudi", "2023-03-16")]),
    ("Le ministre annoncerait jeudi sa démission.", [("jeudi", "2023-03-16")]),
    ("Les rebelles avaient attaqué la ville mercredi soir.", [("mercredi soir", "2023-03-08TEV")]),
    # "être" as the tense auxiliary of a verb of motion: past, not a present passive
    ("La délégation est arrivée lundi à Alger.", [("lundi", "2023-03-06")]),
    ("Le ministre est parti mercredi pour Pékin.", [("mercredi", "2023-03-08")]),
    ("Il est arrivé mardi dernier et repartira lundi prochain.",
     [("mardi dernier", "2023-03-07"), ("lundi prochain", "2023-03-13")]),
    # a causative in the compound past (« a fait » + infinitive): the parser hangs « fait » and
    # the auxiliary on the infinitive; still a past, as the simple future stays a future
    ("Le gouvernement a fait expulser jeudi deux diplomates.", [("jeudi", "2023-03-09")]),
    ("La police a laissé passer mardi les camions d'aide.", [("mardi", "2023-03-07")]),
    ("Le gouvernement fera expulser jeudi deux diplomates.", [("jeudi", "2023-03-16")]),
    # explicit dates
    ("Le sommet a eu lieu le 26 mai 2022 à Paris.", [("le 26 mai 2022", "2022-05-26")]),
    ("Le conseil se réunira le 9 octobre.", [("le 9 octobre", "2023-10-09")]),
    ("Le 1er janvier, la loi est entrée en vigueur.", [("Le 1er janvier", "2023-01-01")]),
    ("Il a été reçu le 15 mars par le président.", [("le 15 mars", "2022-03-15")]),
    ("Le texte daté du 2022-05-26 reprend celui du 26/05/2022.",
     [("2022-05-26", "2022-05-26"), ("26/05/2022", "2022-05-26")]),
    ("Le traité a été signé le samedi 4 mars.", [("le samedi 4 mars", "2023-03-04")]),
    # months and years
    ("Il avait été élu en mai.", [("mai", "2022-05")]),
    ("Il sera élu en mai.", [("mai", "2023-05")]),
    ("Il a été réélu en 2017 après un scrutin tenu en mai dernier.",
     [("2017", "2017"), ("mai dernier", "2022-05")]),
    ("Les ventes ont chuté en mai et juin derniers.", [("mai", "2022-05"),
                                                         ("juin derniers", "2022-06")]),
    ("La crise a éclaté fin septembre 2000.", [("fin septembre 2000", "2000-09")]),
    # deictic and relative
    ("Hier soir, avant-hier et après-demain.",
     [("Hier soir", "2023-03-09TEV"), ("avant-hier", "2023-03-08"),
      ("après-demain", "2023-03-12")]),
    ("Il a parlé ce matin et reparlera demain.",
     [("ce matin", "2023-03-10TMO"), ("demain", "2023-03-11")]),
    ("La semaine dernière, le mois dernier et l'an dernier, il était absent.",
     [("La semaine dernière", "2023-W09"), ("le mois dernier", "2023-02"),
      ("l'an dernier", "2022")]),
    ("Cette semaine et l'année prochaine comptent.",
     [("Cette semaine", "2023-W10"), ("l'année prochaine", "2024")]),
    ("Il y a trois jours, l'armée a tiré.", [("Il y a trois jours", "2023-03-07")]),
    ("Il y a quelques mois, le pays a voté.", [("Il y a quelques mois", "PAST_REF")]),
    # intervals and durations
    ("Il est emprisonné depuis trois ans et a travaillé pendant deux ans.",
     [("depuis trois ans", "P3Y"), ("pendant deux ans", "P2Y")]),
    ("La population a augmenté entre 2010 et 2015.", [("2010", "2010"), ("2015", "2015")]),
    ("Le festival se tiendra du 19 au 23 juillet.",
     [("19", "2023-07-19"), ("23 juillet", "2023-07-23")]),
    ("Les 15 membres voteront les 7 et 8 avril.", [("7", "2023-04-07"), ("8 avril", "2023-04-08")]),
    ("Au cours des trois dernières années, il a été arrêté chaque mois.",
     [("Au cours des trois dernières années", "P3Y"), ("chaque mois", "P1M")]),
    ("Dans les années 1990 et au début des années 60, tout a changé.",
     [("les années 1990", "199"), ("début des années 60", "196")]),
    ("L'été dernier, il a plu.", [("L'été dernier", "2022-SU")]),
    # not temporal expressions
    ("Les 80 000 à 120 000 prisonniers, la résolution 2270 et 2000 personnes.", []),
    ("L'accord du Vendredi saint et la planète Mars ont été cités par Mai Linh.", []),
    ("Cette année-là, il a démissionné.", []),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french(text: str, expected: list[tuple[str, str]]) -> None:
    assert brief(times(text, "fr")) == expected


def test_french_interval_and_duration_fields() -> None:
    since, during = times("Il est emprisonné depuis trois ans et a travaillé pendant deux ans.",
                          "fr")
    assert (since.type, since.interval_start, since.interval_end) == (
        "duration", "2020-03-10", "2023-03-10")
    assert (during.type, during.interval_start) == ("duration", None)
    first, second = times("La population a augmenté entre 2010 et 2015.", "fr")
    assert (first.interval_start, first.interval_end) == ("2010", "2015")
    assert (second.interval_start, second.interval_end) == ("2010", "2015")


def test_without_publication_date_relative_values_are_none() -> None:
    refs = times("La réunion de vendredi prochain suit le sommet du 26 mai 2022, depuis 2006.",
                 "fr", published=None)
    assert brief(refs) == [("vendredi prochain", None), ("26 mai 2022", "2022-05-26"),
                           ("depuis 2006", "2006")]
    assert refs[0].precision == "day"
    assert (refs[2].interval_start, refs[2].interval_end) == ("2006", None)


# --- English -----------------------------------------------------------------------------------

ENGLISH = [
    ("He met them last Friday and will see them next Friday.",
     [("last Friday", "2023-03-03"), ("next Friday", "2023-03-17")]),
    ("The minister is going to announce his resignation on Thursday.",
     [("Thursday", "2023-03-16")]),
    ("The minister announced on Thursday that he would resign.", [("Thursday", "2023-03-09")]),
    ("In May last year, the two countries vetoed a resolution.", [("May last year", "2022-05")]),
    ("The summit took place on May 26, 2022, and again on 26 May 2023.",
     [("May 26, 2022", "2022-05-26"), ("26 May 2023", "2023-05-26")]),
    ("Three days ago, yesterday, today and tomorrow morning.",
     [("Three days ago", "2023-03-07"), ("yesterday", "2023-03-09"), ("today", "2023-03-10"),
      ("tomorrow morning", "2023-03-11TMO")]),
    ("Last week, last month and next year.",
     [("Last week", "2023-W09"), ("last month", "2023-02"), ("next year", "2024")]),
    ("He has been in prison since 2006 and worked there for three years.",
     [("since 2006", "2006"), ("for three years", "P3Y")]),
    ("Over the past year, prices rose; in the 1990s they fell.",
     [("Over the past year", "P1Y"), ("1990s", "199")]),
    ("Between 2010 and 2015 the population grew.", [("2010", "2010"), ("2015", "2015")]),
    ("Theresa May said she may resign.", []),
    # "crossing" tagged as a present participle: the tense is the verb's, not the noun's
    ("An aid convoy of 20 trucks entered Gaza through the Kerem Shalom crossing on Wednesday.",
     [("Wednesday", "2023-03-08")]),
    ("The order of 03/04/2022 replaced the one of 25/12/2021.",
     [("03/04/2022", None), ("25/12/2021", "2021-12-25")]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert brief(times(text, "en")) == expected


# --- date arithmetic (no model) ----------------------------------------------------------------


@pytest.mark.parametrize(("weekday", "direction", "expected"), [
    (5, "next", date(2023, 3, 17)), (5, "last", date(2023, 3, 3)),
    (5, "past", date(2023, 3, 10)), (4, "past", date(2023, 3, 9)),
    (4, "upcoming", date(2023, 3, 16)), (1, "this", date(2023, 3, 6)),
    (6, "past", date(2023, 3, 4)),
])
def test_weekday_date(weekday: int, direction: str, expected: date) -> None:
    assert weekday_date(PUBLISHED, weekday, direction) == expected


@pytest.mark.parametrize(("month", "day", "mod", "tense", "expected"), [
    (3, 15, None, None, date(2023, 3, 15)),
    (3, 15, None, "past", date(2022, 3, 15)),
    (3, 5, None, "future", date(2024, 3, 5)),
    (12, 20, None, None, date(2022, 12, 20)),
    (5, 6, "last", None, date(2022, 5, 6)),
    (9, 1, "next", None, date(2023, 9, 1)),
    (2, 29, None, None, date(2024, 2, 29)),
])
def test_day_month_date(month: int, day: int, mod: str | None, tense: str | None,
                        expected: date) -> None:
    assert day_month_date(PUBLISHED, month, day, mod, tense) == expected


@pytest.mark.parametrize(("month", "mod", "tense", "expected"), [
    (5, "last", None, 2022), (3, "last", None, 2022), (2, "last", None, 2023),
    (5, "next", None, 2023), (2, "next", None, 2024), (5, None, "past", 2022),
    (3, None, "past", 2023), (1, None, "future", 2024), (5, None, None, 2023),
])
def test_month_year(month: int, mod: str | None, tense: str | None, expected: int) -> None:
    assert month_year(PUBLISHED, month, mod, tense) == expected


def test_weekday_fit_picks_the_year_the_weekday_allows() -> None:
    assert weekday_fit(PUBLISHED, 3, 5, 6) == date(2022, 3, 5)  # a Saturday in 2022
    assert weekday_fit(PUBLISHED, 3, 4, 6) == date(2023, 3, 4)
    assert weekday_fit(PUBLISHED, 2, 29, 1) is None


def test_shift_and_formats() -> None:
    assert shift(date(2023, 3, 31), -1, "month") == date(2023, 2, 28)
    assert shift(date(2024, 2, 29), -1, "year") == date(2023, 2, 28)
    assert fmt(date(2023, 3, 17), "week") == "2023-W11"
    assert fmt(date(2021, 1, 2), "week") == "2020-W53"
    assert fmt(date(1995, 6, 1), "decade") == "199"
    assert (duration(3, "year"), duration(None, "day"), duration(2, "decade")) == (
        "P3Y", "PXD", "P20Y")


# --- language data -----------------------------------------------------------------------------


def test_time_tables_have_the_same_keys_and_compile() -> None:
    french = json.loads((LANG_DIR / "fr" / "time.json").read_text(encoding="utf-8"))
    english = json.loads((LANG_DIR / "en" / "time.json").read_text(encoding="utf-8"))
    assert french.keys() == english.keys()
    for lang in ("fr", "en"):
        table = time_table(lang)
        assert table.phrases[("depuis",) if lang == "fr" else ("since",)].roles == {"since"}
        assert load_table(lang, "time")["modifier_side"] in ("before", "after")
