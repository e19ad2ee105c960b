"""The actor gazetteer: every name and word the resolver knows, compiled once per language.

Sources, all data: pycountry (ISO 3166 countries, English names, French names from its gettext
catalogue) and the TSV tables in ``actors/data`` (aliases, capitals and seats of power,
organisations, office holders, demonyms, sector words, anaphors, function words, ambiguous names,
a blocklist). Each surface form becomes a pattern (``vigie.actors.phrases``) under a key that
ignores case and accents, so "Etats-Unis" finds "États-Unis"; all-caps aliases (US, UN, RPDC) go
to a second, case-sensitive index so that the pronoun "us" or the article "un" never match.
Matching costs a few dictionary probes per token, whatever the size of the gazetteer.
"""

from __future__ import annotations

import csv
import gettext
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Token

from vigie.actors.names import NearNames
from vigie.actors.phrases import PhraseIndex, longest_first
from vigie.model import Place
from vigie.nlp import pipeline_for

FUZZY_LETTERS = 7  # shorter names are too many for one edit to tell them apart
# A state's own bodies: a story that names one country only is about its police and its army
# (``vigie.actors.dateline``), and so are the pronouns that stand for them (``coref``).
DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Unnamed crowds and gunmen (attackers, protesters, a mob, students, workers, opposition
# supporters), gangs and the clergy: no country of their own, they are of where they act or of
# the story's country.
UNNAMED_GROUP_SECTORS = frozenset({"UAF", "CVL", "EDU", "LAB", "AGR", "OPP", "CRM", "REL"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a surface form. ``capital``: the alias starts with a capital letter, so the
    text must too ("Chine" the country, not "chine" the furniture finish)."""

    kind: str  # country | place | org | person | demonym | sector | portfolio | anaphor | …
    key: str  # country code, person id, organisation name, role …: what the reading points to
    capital: bool
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    role: str | None = None
    alone: bool = False  # sector words: kept uncoded when no country is found
    home: bool = False  # sector words: a definite singular one is the story country's own
    owners: str = "any"  # sector words: any | adjective (only a demonym) | named (no possessive)
    number: str | None = None  # anaphors: sing | plur | None (read from the text)
    gender: str | None = None  # anaphors: m | f | None
    refers: str | None = None  # anaphors: state | person | thing | group | bloc | body | any
    candidates: tuple[str, ...] = ()  # ambiguous names: the countries they may mean
    other: str | None = None  # ambiguous names: person | place | None


@dataclass(frozen=True, slots=True)
class Term:
    """A term of office: a person is coded by the term that contains the publication date."""

    country: str
    sector: str
    role: str
    start: date
    end: date | None


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer hit: the tokens and every reading of them that fits the text's case."""

    start: int  # token indices into the Doc
    end: int
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Gazetteer:
    """One language's compiled gazetteer: the two phrase indexes, the readings under each pattern
    key, terms of office, organisations by code, and the function words of ``grammar.tsv``."""

    lower: PhraseIndex
    exact: PhraseIndex
    entries: dict[str, tuple[Entry, ...]]
    terms: dict[str, tuple[Term, ...]]
    organisations: dict[str, Entry]  # by code, for office holders of an organisation
    grammar: dict[str, frozenset[str]]
    numbers: dict[str, int]

    def find(self, doc: Doc) -> list[Match]:
        """Gazetteer hits in ``doc``, longest first where they overlap, in text order."""
        found: list[Match] = []
        written = self.exact.words(doc)
        runs = [(self.lower, self.lower.words(doc)), (self.exact, written)]
        # The text is its token strings and single spaces: ASCII when they all are (Doc.text
        # would rebuild it token by token).
        if not "".join(written).isascii():
            # Names written with accents in the text and without in the tables ("François
            # Hollande" of a table that spells "Francois"): the words folded, token for token.
            runs.append((self.lower, [fold(word) or word for word in written]))
        for index, words in runs:
            for key, start, end in index.find(words):
                if index is self.exact and inside_hyphenated(doc, start, end):
                    continue
                first = written[start]  # the token's text: no Token made for it
                fits = tuple(e for e in self.entries[key]
                             if not e.capital or first[:1].isupper())
                if fits:
                    found.append(Match(start, end, fits))
        return longest_first(found)


def inside_hyphenated(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens ``start:end`` are a middle part of one hyphenated word, glued by
    hyphens on both sides: the "AU" of "PORT-AU-PRINCE" is no African Union. A name glued on
    one side only stays a name ("UN-backed", "Sino-US")."""
    return (start >= 2 and end + 1 < len(doc) and doc[start - 1].text == "-"
            and doc[end].text == "-" and not doc[start - 2].whitespace_
            and not doc[start - 1].whitespace_ and not doc[end - 1].whitespace_
            and not doc[end].whitespace_)


def fold(text: str) -> str:
    """Lower case without accents: the key under which spellings of one name meet."""
    lowered = text.lower()
    if lowered.isascii():
        # Most names are plain ASCII: nothing to decompose (a tenth of the time).
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def word_in(token: Token, words: frozenset[str]) -> bool:
    """Whether a word, as written or by its lemma, folded, is one of ``words`` (a folded word
    list of grammar.tsv: "ministers" and « ministre » both among the ``person_nouns``)."""
    return bool({fold(token.text), fold(token.lemma_)} & words)


def letter_count(text: str) -> int:
    return sum(map(str.isalpha, text))


def is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "").replace(" ", "")
    return letters.isalpha() and letters.isupper()


def data_rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of ``data/<name>.tsv`` as dicts; lines starting with # are comments."""
    source = resources.files("vigie.actors").joinpath("data", f"{name}.tsv")
    with source.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {k: (v or "").strip() for k, v in row.items()}


def split_forms(forms: str) -> list[str]:
    return [f.strip() for f in forms.split("|") if f.strip()]


@cache
def _dateline_states() -> dict[str, str]:
    """data/dateline_states.tsv: a place's country, or a countryless place's name, to the
    state whose bodies a story filed from it names."""
    return {row["where"]: row["state"] for row in data_rows("dateline_states")}


def bodies_state(place: Place) -> str | None:
    """The state whose unnamed bodies ("the government", « les gendarmes ») a story set at
    ``place`` names, where not the place's own country: Israel's for Jerusalem, France's for
    Nouméa (data/dateline_states.tsv)."""
    return _dateline_states().get(place.country or place.name)


@cache
def demonym_countries(lang: str) -> dict[str, str]:
    """Country adjectives of one language, folded ("nord-coreennes"), to their ISO alpha-3
    code: what a modifier like "les frappes russes" says about who acted."""
    return {fold(form): row["country"] for row in data_rows("demonyms") if row["lang"] == lang
            for form in split_forms(row["forms"])}


@cache
def bloc_adjectives(lang: str) -> dict[str, tuple[str, str]]:
    """Adjectives of a bloc of states in one language, folded ("occidentales"), to the bloc's
    code and English name ("WST", "the West"). Kept apart from the country adjectives: a bloc's
    is also a bearing ("western Ukraine"), so only the event coder reads it, on the nouns its
    language pack lists."""
    return {fold(form): (row["code"], row["name"]) for row in data_rows("blocs")
            if row["lang"] == lang for form in split_forms(row["forms"])}


def _pycountry_names(country: pycountry.db.Country, french: gettext.NullTranslations) -> set[str]:
    """The English and French names of a country usable as written: inverted ("Korea, Republic
    of") and parenthesised forms are left to the alias table."""
    names: set[str] = set()
    for attr in ("name", "common_name", "official_name"):
        english = getattr(country, attr, None)
        if not english:
            continue
        for name in (english, french.gettext(english)):
            name = re.sub(r"\s*\(.*?\)", "", name).strip()
            name = re.sub(r"^(the|The|L')\s*", "", name)
            if "," not in name and name:
                names.add(name)
    return names


def country_name(alpha3: str) -> str | None:
    """The usual English name of an ISO country (common name where pycountry has one), or of a
    former state the alias table codes in its own right."""
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return former_states().get(alpha3)
    return getattr(country, "common_name", None) or country.name


@cache
def former_states() -> dict[str, str]:
    """Former states (ISO 3166-3) that countries.tsv codes in their own right rather than by a
    successor, to their first English name there: "Yugoslavia" YUG."""
    withdrawn = {c.alpha_3 for c in pycountry.historic_countries}
    names: dict[str, str] = {}
    for row in data_rows("countries"):
        if row["country"] in withdrawn:
            names.setdefault(row["country"], row["alias"])
    return names


@cache
def state_forms() -> dict[str, frozenset[str]]:
    """The states of each form a description may name again ("kingdom": SAU, MAR, …), by the
    role sectors.tsv gives the description."""
    return {row["form"]: frozenset(split_forms(row["countries"]))
            for row in data_rows("state_forms")}


@cache
def iso_countries() -> frozenset[str]:
    """Country codes: ISO 3166-1 and the former states coded in their own right."""
    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(former_states())


# Tables imported from the PETRARCH2/Phoenix dictionaries by tools/import_phoenix.py: read after
# the project's own, which they never contradict (the converter leaves out what these know).
IMPORTED = "phoenix_"


def _country_pairs(table: str) -> list[tuple[str, Entry]]:
    return [(row["alias"], Entry("country", row["country"], row["alias"][:1].isupper()))
            for row in data_rows(table)]


def _organisation_pairs(table: str) -> list[tuple[str, Entry]]:
    return [(alias, Entry("org", row["name"], alias[:1].isupper(), code=row["code"],
                          country=row["country"], sector=row["sector"], name=row["name"],
                          role=row["role"] or None))
            for row in data_rows(table) for alias in split_forms(row["names"])]


def _people_pairs(table: str) -> list[tuple[str, Entry]]:
    people: dict[str, set[str]] = defaultdict(set)
    canonical: dict[str, str] = {}
    for row in data_rows(table):
        names = split_forms(row["names"])
        people[row["id"]].update(names)
        canonical.setdefault(row["id"], names[0])
    return [(alias, Entry("person", person, alias[:1].isupper(), name=canonical[person]))
            for person, names in people.items() for alias in sorted(names)]


def article_spellings(name: str, articles: frozenset[str]) -> list[str]:
    """A person's name with each transliteration of the Arabic article its table writes: "Omar
    al-Bashir" is also "Omar el-Bashir" ("El Bashir" once its hyphen goes too). Separators are
    kept at the odd indexes of the split, words at the even ones."""
    words = re.split(r"([ -])", name)
    spellings = [name]
    for index in range(2, len(words) - 2, 2):  # a first word is a given name ("Al Gore")
        if words[index].lower() in articles:
            spellings.extend("".join([*words[:index], other, *words[index + 1:]])
                             for other in sorted(articles - {words[index].lower()}))
    return spellings


def hyphen_spellings(name: str) -> list[str]:
    """A person's name as written with and without the hyphen of a compound first name:
    "Jean-Marie Le Pen" and "Jean Marie Le Pen", "Abdel Aziz Belkhadem" and "Abdel-Aziz
    Belkhadem" (a name of three words or more, whose first two may be one given name)."""
    spellings = [name]
    if "-" in name:
        spellings.append(name.replace("-", " "))
    else:
        words = name.split(" ")
        if len(words) >= 3 and all(w[:1].isupper() and w.isalpha() for w in words[:2]):
            spellings.append(f"{words[0]}-{' '.join(words[1:])}")
    return spellings


def _translated_pairs(table: str, imported: list[tuple[str, Entry]]) -> list[tuple[str, Entry]]:
    """The names another language gives an imported body (« les Tigres tamouls »), each a
    reading of the body's imported entry, found by its name."""
    bodies = {entry.name: entry for _, entry in imported}
    pairs: list[tuple[str, Entry]] = []
    for row in data_rows(table):
        entry = bodies[row["name"]]
        pairs += [(alias, replace(entry, capital=alias[:1].isupper()))
                  for alias in split_forms(row["names"])]
    return pairs


def _blocked_pairs(table: str) -> list[tuple[str, Entry]]:
    return [(row["phrase"], Entry("block", row["phrase"], row["phrase"][:1].isupper()))
            for row in data_rows(table)]


@cache
def project_name_entries() -> tuple[tuple[str, Entry], ...]:
    """(alias, entry) for every proper name of the project's own tables, language-independent;
    read once per process."""
    pairs: list[tuple[str, Entry]] = []
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    for country in pycountry.countries:
        for name in _pycountry_names(country, french):
            pairs.append((name, Entry("country", country.alpha_3, name[:1].isupper())))
    pairs += _country_pairs("countries")
    for row in data_rows("places"):
        names = split_forms(row["names"])
        for alias in names:
            pairs.append((alias, Entry("place", names[0], alias[:1].isupper(),
                                       country=row["country"], sector=row["sector"],
                                       role=row["role"], name=names[0])))
    pairs += _organisation_pairs("organisations")
    pairs += _people_pairs("people")
    for row in data_rows("ambiguous"):
        pairs.append((row["surface"], Entry("ambiguous", row["surface"], True,
                                            candidates=tuple(split_forms(row["candidates"])),
                                            other=None if row["other"] == "-" else row["other"])))
    pairs += _blocked_pairs("blocklist")
    for row in data_rows("demonyms"):
        for form in split_forms(row["forms"]):
            pairs.append((form, Entry("demonym", row["country"], form[:1].isupper(),
                                      country=row["country"])))
    return tuple(pairs)


@cache
def proper_names() -> tuple[tuple[str, Entry], ...]:
    """(alias, entry) for every proper name the gazetteer knows, in both languages (countries,
    places, organisations, people, demonyms, ambiguous and blocked names): the project's, then
    the imported ones."""
    bodies = [*_organisation_pairs(f"{IMPORTED}organisations"),
              *_organisation_pairs(f"{IMPORTED}armed_groups")]
    return (*project_name_entries(), *_country_pairs(f"{IMPORTED}countries"), *bodies,
            *_translated_pairs("imported_french_names", bodies),
            *_people_pairs(f"{IMPORTED}people"), *_blocked_pairs(f"{IMPORTED}discards"))


@cache
def near_people() -> NearNames:
    """Every person's name of at least FUZZY_LETTERS letters, folded, to the person's id: for
    names misspelt by one letter, built once per process on first use."""
    names: dict[str, str] = {}
    for alias, entry in proper_names():
        key = fold(alias)
        if entry.kind == "person" and letter_count(key) >= FUZZY_LETTERS:
            # A spelling shared by two people names neither.
            names[key] = entry.key if names.get(key, entry.key) == entry.key else ""
    return NearNames({k: v for k, v in names.items() if v})


def _language_entries(lang: str) -> list[tuple[str, Entry]]:
    """(form, entry) for the words of one language: sector nouns, portfolios and anaphors."""
    pairs: list[tuple[str, Entry]] = []
    sectors = (*data_rows("sectors"), *data_rows(f"{IMPORTED}agents"))
    for row in sectors:
        if row["lang"] != lang:
            continue
        sector = None if row["sector"] == "*" else row["sector"]
        for form in split_forms(row["forms"]):
            pairs.append((form, Entry("sector", row["role"], form[:1].isupper(), sector=sector,
                                      role=row["role"], alone=row["alone"] == "yes",
                                      home=row["alone"] == "home", owners=row["owners"])))
    for row in data_rows("portfolios"):
        if row["lang"] != lang:
            continue
        for form in split_forms(row["forms"]):
            pairs.append((form, Entry("portfolio", row["portfolio"], form[:1].isupper())))
    for row in data_rows("anaphors"):
        if row["lang"] != lang:
            continue
        for form in split_forms(row["forms"]):
            pairs.append((form, Entry("anaphor", form, False, role=row["kind"],
                                      number=None if row["number"] == "-" else row["number"],
                                      gender=None if row["gender"] == "-" else row["gender"],
                                      refers=row["refers"])))
    return pairs


def _resolve_shadowing(entries: dict[str, list[Entry]]) -> dict[str, tuple[Entry, ...]]:
    """A blocked surface, or one with several country readings, replaces the plain readings of the
    same key; a name that is also a person's (Washington) keeps them, the resolver checks the NER.
    A key listed twice for the same thing keeps one entry."""
    result: dict[str, tuple[Entry, ...]] = {}
    for key, found in entries.items():
        kinds = {e.kind for e in found}
        if "block" in kinds:
            found = [e for e in found if e.kind == "block"]
        elif any(e.kind == "ambiguous" and e.other != "person" for e in found):
            found = [e for e in found if e.kind not in ("country", "place")]
        result[key] = tuple(dict.fromkeys(found))
    return result


def _terms() -> dict[str, tuple[Term, ...]]:
    terms: dict[str, list[Term]] = defaultdict(list)
    for row in (*data_rows("people"), *data_rows(f"{IMPORTED}people")):
        end = date.fromisoformat(row["end"]) if row["end"] else None
        terms[row["id"]].append(Term(row["country"], row["sector"], row["role"],
                                     date.fromisoformat(row["start"]), end))
    return {person: tuple(found) for person, found in terms.items()}


def _grammar(lang: str) -> tuple[dict[str, frozenset[str]], dict[str, int]]:
    words: dict[str, set[str]] = defaultdict(set)
    for row in data_rows("grammar"):
        if row["lang"] == lang:
            words[row["key"]].update(fold(f) for f in split_forms(row["forms"]))
    numbers = {word: value for value, key in enumerate(("two", "three", "four", "five"), start=2)
               for word in words.pop(key, ())}
    return {key: frozenset(found) for key, found in words.items()}, numbers


def _add_patterns(nlp: Language, pairs: list[tuple[str, Entry]],
                  articles: frozenset[str]) -> tuple[
        PhraseIndex, PhraseIndex, dict[str, tuple[Entry, ...]]]:
    entries: dict[str, list[Entry]] = defaultdict(list)
    lower_forms: dict[str, set[str]] = defaultdict(set)
    exact_forms: dict[str, set[str]] = defaultdict(set)
    for alias, entry in pairs:
        if is_acronym(alias):
            key = "=" + alias
            exact_forms[key].add(alias)
        else:
            key = fold(alias)
            lower_forms[key].update({alias.lower(), key})
            if entry.kind == "person":
                lower_forms[key].update(fold(h) for a in article_spellings(alias, articles)
                                        for h in hyphen_spellings(a))
        entries[key].append(entry)
    return (PhraseIndex(nlp, lower_forms, lower=True), PhraseIndex(nlp, exact_forms, lower=False),
            _resolve_shadowing(entries))


@cache
def gazetteer_for(lang: str) -> Gazetteer:
    """The compiled gazetteer of one language, built once per process with that language's
    tokenizer so that patterns split as the text does (l'Albanie, d'Albanie, aux États-Unis)."""
    nlp = pipeline_for(lang)
    organisations: dict[str, Entry] = {}
    for _, entry in proper_names():
        if entry.kind == "org" and entry.code:
            organisations.setdefault(entry.code, entry)  # the first row names the whole body
    grammar, numbers = _grammar(lang)
    lower, exact, entries = _add_patterns(nlp, [*proper_names(), *_language_entries(lang)],
                                          grammar.get("name_articles", frozenset()))
    return Gazetteer(lower, exact, entries, _terms(), organisations, grammar, numbers)
