"""Import the PETRARCH2/Phoenix actor dictionaries (MIT) into Vigie's own actor tables.

    .venv/bin/python tools/import_phoenix.py ../shared/data/petrarch2

reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt``, ``Phoenix.agents.txt`` and ``Phoenix.discards.txt`` and
writes ``src/vigie/actors/data/phoenix_*.tsv`` (same columns as the project's own tables) with
the MIT notice at the head of each, then prints a report: what was kept, what was left out
and why, and where Phoenix and the project's tables disagree. Re-running it on the same
dictionaries writes the same bytes.

Rules (the README's actor section says the same for users):

- The project's tables win. A Phoenix name that the project already knows (any alias of a
  country, place, organisation, person, demonym, sector word, ambiguous or blocked name,
  compared without case and accents) is left out; a Phoenix person with a name of a person the
  project lists is that person, and the whole Phoenix entry is left out.
- Office holders: every entry with at least one date-restricted code. Two-digit years are
  19YY from 30 on and 20YY below (the TABARI reading); ``>D`` (from D on, no end) ends at the
  dictionaries' horizon, since they stop there and nobody is known to be in office after it;
  ``<D`` starts at 1900-01-01. Codes lose what follows the sector (``DZAGOVAGR`` is
  ``DZAGOV``, the portfolio going to the role); old CAMEO country codes become their ISO or
  successor code (``DDR`` DEU, ``USR`` RUS, ``YUG`` SRB); a term with no usable country is
  left out. Undated codes of a person are not imported: outside its terms the resolver codes
  a person as an elite (``ELI``) of the country of their last term.
- Names: one-word person names are left out (surnames collide with ordinary words and with
  each other), and so are one-word organisation names that are not acronyms, a leading "The"
  not counting as a word ("The Foundation", "The Un"). Names are written in title case;
  acronyms (one word of at most five capitals) stay in capitals and match case-sensitively.
- International organisations and NGOs: undated entries of the international file with an
  ``IGO`` or ``NGO`` code; companies (``MNC``) are left out. A Phoenix code the project
  already gives another code (NATO is ``IGOWSTNAT`` in Phoenix, ``IGONATO`` here) is
  converted everywhere, learnt from the names both tables share; UN bodies are ``IGOUNO``,
  EU bodies ``IGOEUR``; other organisations keep Phoenix's code.
- Armed groups (the non-state file): the country of the code where it is a country, else
  (regions, transnational groups) CAMEO's ``IMG``; sector ``REB`` unless the code says
  another one.
- Country names: spelling variants of a country (one edit from one of its names, two for
  names of nine letters or more, the same first letter, and near no other country's name);
  cities, provinces and other aliases the Phoenix file lists under a country are left out
  (places are not the state).
- Agents: English agent nouns of the sectors the project codes, with their plurals, as
  sector words; one is kept without a country (``alone``) where one of its words is a project
  word that is ("opposition newspaper", "opposition coalition"), and is the story country's
  when definite (``home``) where its head word is a project word that is ("foreign ministry"),
  else it needs a country from its noun phrase.
- Discards: phrases of two words or more, as blocked phrases that hide the names inside them.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pycountry

from vigie.actors.gazetteer import DOMESTIC_SECTORS, data_rows, fold, project_name_entries
from vigie.actors.names import edit_distance

OUT = Path(__file__).resolve().parent.parent / "src" / "vigie" / "actors" / "data"
HORIZON = date(2015, 12, 31)  # the dictionaries stop around 2015 (their README)
EARLIEST = date(1900, 1, 1)
NOTICE = """\
# Imported from the PETRARCH2/Phoenix dictionaries by tools/import_phoenix.py (do not edit by
# hand: edit the converter or the project's own tables and re-run it).
# The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance.
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software
# and associated documentation files (the "Software"), to deal in the Software without
# restriction, including without limitation the rights to use, copy, modify, merge, publish,
# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
# Software is furnished to do so, subject to the following conditions: The above copyright
# notice and this permission notice shall be included in all copies or substantial portions of
# the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
# PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
# LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
# OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
# IN THE SOFTWARE.
"""

# Old CAMEO country codes and their ISO 3166 or successor codes (DESIGN: former states are
# coded by their successor).
OLD_COUNTRIES = {
    "TMP": "TLS", "DDR": "DEU", "USR": "RUS", "SUN": "RUS", "YUG": "SRB", "SCG": "SRB",
    "FRY": "SRB", "CSK": "CZE", "ROM": "ROU", "ZAR": "COD", "JAP": "JPN", "ITL": "ITA",
}
SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "OPP", "CVL", "MED", "BUS", "SPY", "ELI",
    "REF", "EDU", "LAB", "UAF", "AGR",
})
# Agent sectors imported as sector words: political and security actors, and the civilian
# groups the project already codes. Business, health, crime and religious agents are left out.
AGENT_SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "OPP", "CVL", "MED", "SPY", "REF", "EDU",
    "LAB", "UAF", "AGR",
})
# The secondary code of an office ("DZAGOVAGR") as the role's portfolio.
PORTFOLIOS = {
    "AGR": "agriculture", "BUS": "economy", "COP": "police", "DEV": "development",
    "EDU": "education", "ENV": "environment", "HLH": "health", "HRI": "human rights",
    "JUD": "justice", "LAB": "labour", "LEG": "legislature", "MED": "media", "MIL": "defence",
    "REF": "refugees", "REL": "religion", "SPY": "intelligence", "MUS": "religion",
    "ELI": "elite", "OPP": "opposition", "PTY": "party", "REB": "rebel", "FRM": "foreign",
    "PRS": "presidency",
}
# Lower-case words inside names ("Dominique de Villepin", "Lashkar e Tayyaba"): matching ignores
# case, this is for the canonical name only.
PARTICLES = frozenset({"de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "do",
                       "dos", "del", "di", "e", "of", "the", "and", "for", "in", "on", "bin",
                       "ben", "ibn"})
ACRONYM = re.compile(r"^[A-Z]{2,5}$")
CODE = re.compile(r"\[([^\]\s]*)\s*([^\]]*)\]")


@dataclass
class Record:
    """One dictionary entry: its names (primary first) and its codes with their restrictions."""

    names: list[str]
    codes: list[tuple[str, str]] = field(default_factory=list)  # (code, restriction)
    source: str = ""


@dataclass
class Report:
    counts: Counter[str] = field(default_factory=Counter)
    differences: list[str] = field(default_factory=list)

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] += n


def read_lines(path: Path) -> Iterator[str]:
    """Lines without comments; the files are mostly ASCII with a few Latin-1 bytes."""
    for raw in path.read_bytes().splitlines():
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("latin-1")
        yield line.split("#", 1)[0].split(";", 1)[0].rstrip()


def read_actors(path: Path) -> list[Record]:
    """Entries of an actor dictionary: a primary phrase, ``+`` synonyms, indented codes."""
    records: list[Record] = []
    for line in read_lines(path):
        if not line.strip():
            continue
        codes = [(c, r.replace(" ", "")) for c, r in CODE.findall(line)]
        phrase = CODE.sub(" ", line).strip()
        if line[0] in " \t":
            if records:
                records[-1].codes.extend(codes)
        elif line.startswith("+"):
            if records:
                records[-1].names.append(phrase[1:])
                records[-1].codes.extend(codes)
        else:
            records.append(Record([phrase], codes, path.name))
    return records


def phrase_name(phrase: str, *, acronyms: bool) -> str | None:
    """A dictionary phrase as written in news ("HAMID_KARZAI_" -> "Hamid Karzai"); None for what
    cannot be one (empty, parenthesised acronyms, stray symbols)."""
    text = re.sub(r"\([^)]*\)", " ", phrase.replace("_", " "))
    words = text.split()
    if not words or any(not re.fullmatch(r"[\w.'’-]+", w) for w in words):
        return None
    if acronyms and len(words) == 1 and ACRONYM.match(words[0]):
        return words[0]
    titled = ["-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in words]
    return " ".join([titled[0], *(w.lower() if w.lower() in PARTICLES else w for w in titled[1:])])


def one_word(name: str) -> bool:
    """Whether a name is one word other than an acronym, not counting a leading article: "The
    Foundation" is as ordinary a phrase as "foundation", and "The Un" (THE_UN, title-cased) would
    match "the UN-backed government" without its case."""
    words = name.split()
    if len(words) == 2 and words[0] == "The":
        words = words[1:]
    return len(words) == 1 and not ACRONYM.match(words[0])


def parse_day(text: str) -> date | None:
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        return None
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year < 30 else 1900 + year}{digits[2:]}"
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def parse_restriction(restriction: str) -> tuple[date, date] | None:
    """A date restriction as [start, end); None when there is none or it cannot be read."""
    if restriction.startswith(">"):
        start = parse_day(restriction[1:])
        return (start, HORIZON) if start and start < HORIZON else None
    if restriction.startswith("<"):
        end = parse_day(restriction[1:])
        return (EARLIEST, end) if end else None
    first, dash, last = restriction.partition("-")
    start, end = parse_day(first), parse_day(last)
    return (start, end) if dash and start and end and start < end else None


def iso_country(code: str) -> str | None:
    country = OLD_COUNTRIES.get(code, code)
    return country if pycountry.countries.get(alpha_3=country) else None


def _by_dates(term: tuple) -> tuple:
    return (term[3], term[4], term)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


class Importer:
    """The project's names, the Phoenix code map learnt from them, and the tables built."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.known: dict[str, set[str]] = defaultdict(set)  # folded alias -> kinds
        self.people: dict[str, str] = {}  # folded alias -> project person id
        self.person_country: dict[str, str] = {}
        self.org_codes: dict[str, str] = {}  # folded alias -> project organisation code
        self.country_names: dict[str, set[str]] = defaultdict(set)
        for alias, entry in project_name_entries():
            key = fold(alias)
            self.known[key].add(entry.kind)
            if entry.kind == "person":
                self.people[key] = entry.key
            elif entry.kind == "org" and entry.code:
                self.org_codes.setdefault(key, entry.code)
            elif entry.kind == "country":
                self.country_names[entry.key].add(key)
        self.alone: dict[str, str] = {}  # English sector word -> its "alone" column
        for row in data_rows("sectors"):
            for form in row["forms"].split("|"):
                self.known[fold(form)].add("sector")
                for word in form.split()[:1] if row["lang"] == "en" else ():
                    self.alone.setdefault(fold(word), row["alone"])
        for row in data_rows("people"):
            self.person_country.setdefault(row["id"], row["country"])
        self.code_map: dict[str, str] = {}
        self.bodies = {entry.code for _, entry in project_name_entries() if entry.kind == "org"}

    # -- names ----------------------------------------------------------------------------------
    def new_names(self, record: Record, *, acronyms: bool, what: str) -> list[str]:
        """The record's names the project does not know, without one-word names other than
        acronyms, in order, without repeats."""
        names: list[str] = []
        for phrase in record.names:
            name = phrase_name(phrase, acronyms=acronyms)
            if name is None:
                self.report.count(f"{what}: unreadable name left out")
            elif one_word(name):
                self.report.count(f"{what}: one-word name left out")
            elif fold(name) in self.known:
                self.report.count(f"{what}: name the project knows left out")
            elif name not in names:
                names.append(name)
        return names

    # -- office holders -------------------------------------------------------------------------
    def office_holders(self, records: list[Record]) -> list[tuple[str, ...]]:
        rows: list[tuple[str, ...]] = []
        ids: Counter[str] = Counter(self.person_country.keys())  # never a project id
        for record in records:
            terms = []
            for code, restriction in record.codes:
                span = parse_restriction(restriction) if restriction else None
                if span is None:
                    if restriction:
                        self.report.count("office holders: unreadable date left out")
                    continue
                converted = self.office_code(code)
                if converted is None:
                    self.report.count("office holders: term of unknown country left out")
                    continue
                terms.append((*converted, *span))
            if not terms:
                continue
            known = {self.people[fold(n)] for p in record.names
                     if (n := phrase_name(p, acronyms=False)) and fold(n) in self.people}
            if known:
                self.report.count("office holders: person the project lists left out")
                self.compare_person(record, known, terms)
                continue
            names = self.new_names(record, acronyms=False, what="office holders")
            if not names:
                self.report.count("office holders: no usable name, left out")
                continue
            person = slug(names[0])
            ids[person] += 1
            if ids[person] > 1:
                person = f"{person}-{ids[person]}"
            for country, sector, role, start, end in sorted(set(terms), key=_by_dates):
                rows.append((person, country, sector, role, start.isoformat(), end.isoformat(),
                             "|".join(names)))
            self.report.count("office holders imported")
            self.report.count("dated code assignments imported", len(set(terms)))
        return rows

    def office_code(self, code: str) -> tuple[str, str, str] | None:
        """(country, sector, role) of a dated code: a country office or an organisation's."""
        if code[:3] in ("IGO", "NGO"):
            body = self.organisation_code(code)
            return (body, code[:3], "official") if body in self.bodies else None
        country = iso_country(code[:3])
        sector = code[3:6]
        if country is None or sector not in SECTORS:
            return None
        portfolio = PORTFOLIOS.get(code[6:9], "")
        role = {"GOV": "government", "MIL": "military", "ELI": "elite"}.get(sector, sector.lower())
        return country, sector, f"{role}: {portfolio}" if portfolio else role

    def compare_person(self, record: Record, known: set[str], terms: list) -> None:
        countries = {t[0] for t in terms if t[0] in self.known_countries()}
        ours = {self.person_country.get(k) for k in known}
        if countries and not countries & ours:
            self.report.differences.append(
                f"person {record.names[0]!r}: Phoenix {sorted(countries)}, project "
                f"{sorted(c or '?' for c in ours)} ({', '.join(sorted(known))}): project kept")

    def known_countries(self) -> set[str]:
        return set(self.country_names)

    # -- organisations --------------------------------------------------------------------------
    def learn_codes(self, records: list[Record]) -> None:
        """Phoenix codes to the project's codes, where every Phoenix organisation under a code is
        one the project names under one code of its own (``IGOWSTNAT``: NATO); codes shared by
        several organisations (``NGOHRI``, human-rights NGOs) name a kind, not a body."""
        votes: dict[str, Counter[str | None]] = defaultdict(Counter)
        for record in records:
            if any(r for _, r in record.codes):
                continue  # an office holder: the code says where they worked, not who they are
            codes = {c for c, _ in record.codes if c[:3] in ("IGO", "NGO")}
            names = [phrase_name(p, acronyms=True) for p in record.names]
            found = {self.org_codes.get(fold(n)) for n in names if n} - {None}
            ours = found.pop() if len(found) == 1 else None
            for code in codes:
                votes[code][ours] += 1
        for code, found in sorted(votes.items()):
            if len(found) == 1 and None not in found:
                (ours,) = found
                self.code_map[code] = str(ours)
                if code != ours:
                    self.report.differences.append(f"organisation code {code}: project {ours}")

    def organisation_code(self, code: str) -> str | None:
        if code in self.code_map:
            return self.code_map[code]
        if code.startswith("IGOUNO"):
            return "IGOUNO"
        if code.startswith("IGOEUR"):
            return "IGOEUR"
        return code if len(code) >= 6 and code[:3] in ("IGO", "NGO") else None

    def organisations(self, records: list[Record]) -> list[tuple[str, ...]]:
        rows = []
        for record in records:
            undated = [c for c, r in record.codes if not r]
            if any(r for _, r in record.codes) or not undated:
                continue  # office holders, or no code
            code = undated[0]
            if code[:3] not in ("IGO", "NGO"):
                self.report.count(f"international: {code[:3]} entry left out")
                continue
            body = self.organisation_code(code)
            names = self.new_names(record, acronyms=True, what="organisations")
            if body is None or not names:
                continue
            country = {"IGOUNO": "UNO", "IGOEUR": "EUR"}.get(body, code[:3])
            rows.append((body, country, code[:3], names[0], "", "|".join(names)))
            self.bodies.add(body)
            self.report.count("organisations imported")
        return rows

    def armed_groups(self, records: list[Record]) -> list[tuple[str, ...]]:
        rows = []
        for record in records:
            if not record.codes:
                continue
            code = record.codes[0][0]
            country = iso_country(code[:3]) or "IMG"
            sector = code[3:6] if code[3:6] in SECTORS else "REB"
            names = self.new_names(record, acronyms=True, what="armed groups")
            if not names:
                continue
            rows.append((f"{country}{sector}", country, sector, names[0], "armed group",
                         "|".join(names)))
            self.report.count("armed groups imported")
        return rows

    # -- countries, agents, discards ------------------------------------------------------------
    def country_variants(self, records: list[Record]) -> list[tuple[str, ...]]:
        rows = []
        for record in records:
            codes = [c for c, r in record.codes if not r]
            country = iso_country(codes[0]) if len(codes) == 1 and len(codes[0]) == 3 else None
            if country is None or country not in self.country_names:
                continue
            for phrase in record.names:
                name = phrase_name(phrase, acronyms=False)
                if name is None or fold(name) in self.known:
                    continue
                if self.nearest_country(fold(name)) == country:
                    rows.append((country, name))
                    self.report.count("country spellings imported")
                else:
                    self.report.count("country aliases (cities, regions, others) left out")
        return sorted(set(rows))

    def nearest_country(self, key: str) -> str | None:
        """The one country with a name within reach of ``key`` (one edit, two for long names)."""
        reach = 2 if len(key) >= 9 else 1
        if len(key) < 5:
            return None
        # Misspellings keep the first letter; another first letter makes another name (Buganda).
        near = {country for country, names in self.country_names.items() for name in names
                if name[:1] == key[:1] and edit_distance(key, name, reach) <= reach}
        return near.pop() if len(near) == 1 else None

    def agents(self, path: Path) -> list[tuple[str, ...]]:
        substitutions: dict[str, list[str]] = {}
        rows = []
        for line in read_lines(path):
            line = line.strip()
            if not line or line.startswith("<"):
                continue
            marker = re.fullmatch(r"(!\w+!)\s*=\s*(.+)", line)
            if marker:
                substitutions[marker.group(1)] = [w.strip() for w in marker.group(2).split(",")]
                continue
            found = re.fullmatch(r"(\S+)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]{3})[A-Z]*~?[}\]]", line)
            if not found:
                self.report.count("agents: unreadable or organisation-suffix line left out")
                continue
            phrase, plural, sector = found.groups()
            if sector not in AGENT_SECTORS:
                self.report.count(f"agents: sector {sector} left out")
                continue
            forms = expand_agent(phrase, plural, substitutions)
            forms = [f for f in forms if fold(f) not in self.known]
            if not forms:
                self.report.count("agents: forms the project knows left out")
                continue
            role = forms[0]
            # An agent noun stands alone where one of its words is a project word that does
            # ("opposition newspaper", "opposition coalition"): kept without a country, for the
            # text to place it.
            # One whose head word is a project word of a state's own office or body ("foreign
            # ministry", "deputy prime minister") is, definite, the story country's (``home``).
            alone = ("yes" if any(self.alone.get(fold(w)) == "yes" for w in role.split())
                     else "home" if sector in DOMESTIC_SECTORS
                     and self.alone.get(fold(role.split()[-1])) == "home" else "no")
            rows.append(("en", sector, role, alone, "any", "|".join(forms)))
            for form in forms:
                self.known[fold(form)].add("sector")
            self.report.count("agents imported")
        return sorted(set(rows))

    def discards(self, path: Path) -> list[tuple[str, ...]]:
        rows = set()
        for line in read_lines(path):
            phrase = line.strip().lstrip("+").strip().rstrip("_").replace("_", " ")
            name = phrase_name(phrase, acronyms=False) if phrase else None
            if name is None or " " not in name:
                continue
            if fold(name) in self.known:
                self.report.count("discards the project knows left out")
                continue
            rows.add((name,))
        self.report.count("discard phrases imported", len(rows))
        return sorted(rows)


def expand_agent(phrase: str, plural: str | None, substitutions: dict[str, list[str]]) -> list[
        str]:
    """The agent phrase in lower case with its plural (regular unless given; none for {})."""
    marker = re.search(r"!\w+!", phrase)
    if marker:
        return [f.replace("_", " ").lower() for w in substitutions.get(marker.group(), [])
                for f in [phrase.replace(marker.group(), w)]]
    singular = phrase.replace("_", " ").lower()
    if plural is not None:
        return [singular, *([plural.replace("_", " ").lower()] if plural.strip() else [])]
    # "X of Y" takes its plural on its head: "heads of state", not "head of states".
    head, of, complement = singular.partition(" of ")
    return [singular, *(p + of + complement for p in regular_plural(head))]


def regular_plural(noun: str) -> list[str]:
    """The regular English plural of a noun phrase's last word (none if it already ends in s)."""
    if noun.endswith("man"):
        return [noun[:-3] + "men"]  # "chairman", "spokeswoman"
    if noun.endswith("ss") or (noun.endswith(("sh", "ch", "x")) and not noun.endswith("arch")):
        return [noun + "es"]  # "monarch", "oligarch" sound a k
    if noun.endswith(("s", "men")):
        return []  # already plural ("house of commons", "women")
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return [noun[:-1] + "ies"]
    return [noun + "s"]


def write_table(out: Path, name: str, header: str, columns: tuple[str, ...],
                rows: list[tuple[str, ...]]) -> None:
    lines = [NOTICE, f"# {header}\n", "\t".join(columns) + "\n"]
    lines += ["\t".join(row) + "\n" for row in rows]
    (out / f"phoenix_{name}.tsv").write_text("".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="the folder of the Phoenix dictionaries")
    parser.add_argument("--out", type=Path, default=OUT,
                        help="where to write the tables (default: the package's actor data)")
    args = parser.parse_args(argv)
    source: Path = args.source
    report = Report()
    importer = Importer(report)
    countries = read_actors(source / "Phoenix.Countries.actors.txt")
    international = read_actors(source / "Phoenix.International.actors.txt")
    armed = read_actors(source / "Phoenix.MilNonState.actors.txt")
    importer.learn_codes(international)
    organisations = importer.organisations(international)  # first: officials need their body
    people = importer.office_holders(countries + international)
    people_columns = ("id", "country", "sector", "role", "start", "end", "names")
    org_columns = ("code", "country", "sector", "name", "role", "names")
    write_table(args.out, "people", "Office holders, one row per dated code: same columns as "
                "people.tsv; terms end the day before 'end'.", people_columns, people)
    write_table(args.out, "organisations", "International organisations and NGOs: same columns as "
                "organisations.tsv.", org_columns, organisations)
    write_table(args.out, "armed_groups", "Non-state armed groups and movements: same columns as "
                "organisations.tsv.", org_columns, importer.armed_groups(armed))
    write_table(args.out, "countries", "Spelling variants of country names: same columns as "
                "countries.tsv.", ("country", "alias"), importer.country_variants(countries))
    write_table(args.out, "agents", "English agent nouns: same columns as sectors.tsv.",
                ("lang", "sector", "role", "alone", "owners", "forms"),
                importer.agents(source / "Phoenix.agents.txt"))
    write_table(args.out, "discards", "Phrases of sport, leisure and the like that hide the "
                "names in them: same column as blocklist.tsv.", ("phrase",),
                importer.discards(source / "Phoenix.discards.txt"))
    for what, n in sorted(report.counts.items()):
        print(f"{n:>7}  {what}")
    print(f"\nDifferences with the project's tables ({len(report.differences)}):")
    for line in report.differences:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
