"""Convert the PETRARCH2 CAMEO verb dictionary into Vigie's English lexicon format.

    python tools/import_cameo_verbs.py ../shared/data/petrarch2/CAMEO.2.0.txt

writes ``src/vigie/lang/en/events_cameo.json`` (the noun synsets as word classes, the verbs
and their patterns as predicates) and the MIT notice beside it. The output depends on the
input alone: running the converter again gives the same bytes.

What the dictionary says and how it is read (its format: ``dictionaries.rst``):

- a synset ``&WEAPON`` with ``+`` members becomes the word class ``WEAPON`` (single words
  only: the coder tests one head noun and its modifiers, not a run of words);
- a verb line (``KILL``, ``+SHOOT_DOWN``) names a lemma, with a particle, preposition or
  object when it is a phrase; its code, or the block's, codes the bare verb, unless
  ``import_cameo_verbs.json`` does not list the verb among those that code alone (most
  are common words with other senses: they need one of their patterns);
- a pattern ``- [subject] * [object] [(PREP noun)] [CODE] # VERB`` becomes a predicate of
  the verb its comment names (of every verb of the block when the comment names none)
  requiring that subject, object and oblique, as a lemma, a word class (``&WEAPON``) or a
  phrase ("humanitarian aid": the head and its modifiers);
- ``[A:B]`` codes the act A of the doer (B is the other side's reciprocal act, which the
  coder does not emit); ``[:B]`` and the statements of root 01 are left out; ``[---]``
  marks a verb and argument that are no event ("killed in an accident"), kept as an entry
  without a code so that it stops the bare verb from firing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "src" / "vigie" / "lang" / "en" / "events_cameo.json"
NOTICE = REPO / "src" / "vigie" / "lang" / "en" / "events_cameo.LICENSE.txt"
RULES = Path(__file__).with_suffix(".json")

CODE = re.compile(r"\[([^\]]*)\]")
TOKEN = re.compile(r"\(|\)|\{[^}]*\}|[^\s(){}]+")
ACTOR_MARKS = frozenset({"$", "+", "%", "^"})


@dataclass(frozen=True)
class Rules:
    """What the converter needs to know about English beyond the dictionary."""

    bare_verbs: frozenset[str]
    particles: frozenset[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    skipped_roots: frozenset[str]
    recipient_roles: tuple[str, ...]
    singular_keep: frozenset[str]
    left_out_lines: frozenset[int]
    aimed_roots: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> Rules:
        table = json.loads(path.read_text(encoding="utf-8"))
        return cls(bare_verbs=frozenset(table["bare_verbs"]),
                   particles=frozenset(table["particles"]),
                   prepositions=frozenset(table["prepositions"]),
                   determiners=frozenset(table["determiners"]),
                   skipped_roots=frozenset(table["skipped_roots"]),
                   recipient_roles=tuple(table["recipient_roles"]),
                   singular_keep=frozenset(table["singular_keep"]),
                   left_out_lines=frozenset(int(n) for n in table["left_out_lines"]),
                   aimed_roots=frozenset(table["aimed_roots"]))


@dataclass
class Verb:
    key: str  # the verb as the dictionary writes it, for comments: "SHOOT_DOWN"
    lemma: str
    code: str | None
    requires: dict[str, list[str]] = field(default_factory=dict)
    line: int = 0


@dataclass
class Block:
    code: str | None
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class Report:
    """Counts of what was imported and what was left out, and why."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1


def strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.strip(), comment.strip()


def parse_code(text: str) -> str | None:
    """The doer's code of ``[A:B]``; None for the null code and for ``[:B]``."""
    first = text.split(":")[0].strip().rstrip("!")
    return first if first and first != "---" else None


def lemma_forms(word: str, rules: Rules) -> list[str]:
    """A dictionary word as the lemmas it may have: the dictionary writes plurals
    ("RALLIES", "TROOPS"), the parser gives singular lemmas."""
    word = word.lower()
    if word in rules.singular_keep or not word.endswith("s") or word.endswith("ss"):
        return [word]
    if word.endswith("ies"):
        return [word, word[:-3] + "y"]
    return [word, word[:-1]]


def read_classes(lines: list[str], rules: Rules) -> tuple[dict[str, list[str]], int]:
    """The noun synsets, and the line where the verb patterns begin."""
    classes: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(lines):
        line, _ = strip_comment(raw)
        if raw.startswith("####### VERB PATTERNS"):
            return classes, number
        if line.startswith("&"):
            current = classes.setdefault(line[1:].rstrip("_").upper(), [])
        elif line.startswith("+") and current is not None:
            word = line[1:].rstrip("_")
            if "_" not in word:
                current.extend(f for f in lemma_forms(word, rules) if f not in current)
        elif not line:
            continue
        else:
            current = None
    return classes, len(lines)


class Converter:
    def __init__(self, rules: Rules, classes: dict[str, list[str]]) -> None:
        self.rules = rules
        self.classes = classes
        self.report = Report()

    # -- words ---------------------------------------------------------------------------

    def word_forms(self, word: str) -> list[str]:
        """A pattern word as the lemmas it may have, or as its class."""
        if word.startswith("&"):
            name = word[1:].rstrip("_")
            return [f"&{name}"] if name in self.classes else []
        return lemma_forms(word, self.rules)

    def term(self, words: list[str]) -> list[str] | None:
        """A noun phrase as requirement terms: the head's forms, each prefixed by the
        modifiers the phrase names ("humanitarian aid")."""
        words = [part for w in words for part in w.split("_") if part
                 and part not in ACTOR_MARKS and part.lower() not in self.rules.determiners]
        if not words:
            return None
        heads = self.word_forms(words[-1])
        modifiers = [w if w.startswith("&") else w.lower() for w in words[:-1]]
        if not heads or any(m.startswith("&") and m[1:] not in self.classes for m in modifiers):
            return None
        return [" ".join([*modifiers, head]) for head in heads]

    # -- verbs ---------------------------------------------------------------------------

    def verb(self, line: str, number: int, block_code: str | None) -> Verb | None:
        body, _ = strip_comment(line)
        own = CODE.search(body)
        code = parse_code(own.group(1)) if own else block_code
        head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", body).split()
        if len(head) != 1:
            self.report.add("verb lines not read")
            return None
        key = head[0]
        words = key.split("_")
        if not key.startswith("+") and len(words) == 1:
            return Verb(key, key.lower(), code, line=number)
        if not words[0].startswith("+") or len(words) != 2:
            self.report.add("phrasal verbs left out (the verb is not the first word)")
            return None
        lemma, rest = words[0][1:].lower(), words[1].lower()
        if rest in self.rules.particles:
            requires = {"particle": [rest]}
        elif rest in self.rules.prepositions:
            requires = {f"oblique:{rest}": []}
        elif rest in ("and", "or"):
            self.report.add("phrasal verbs left out (the verb is not the first word)")
            return None
        else:
            requires = {"patient": self.word_forms(rest)}
        return Verb(key.lstrip("+"), lemma, code, requires, number)

    # -- patterns ------------------------------------------------------------------------

    def items(self, text: str) -> list[tuple[str, list[str]]] | None:
        """A pattern half as ("noun", words) and ("prep", [prep, *words]) items."""
        tokens = TOKEN.findall(text)
        items: list[tuple[str, list[str]]] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token == "(":
                end = tokens.index(")", i) if ")" in tokens[i:] else -1
                if end < 0:
                    return None
                inner: list[str] = []
                for t in tokens[i + 1:end]:
                    inner.extend(t[1:-1].split() if t.startswith("{") else [t])
                items.append(("prep", inner))
                i = end + 1
                continue
            if token == ")":
                return None
            if token.startswith("{"):
                items.append(("noun", token[1:-1].split()))
            elif token not in ACTOR_MARKS:
                items.append(("noun", [token]))
            i += 1
        return items

    def pattern(self, text: str) -> tuple[dict[str, list[str]], str | None] | None:
        """The requirements of a pattern and the role its target mark ``+`` names."""
        before, star, after = text.partition("*")
        if not star:
            return None
        pre, post = self.items(before), self.items(after)
        if pre is None or post is None:
            return None
        requires: dict[str, list[str]] = {}
        target = None
        if pre:
            if len(pre) != 1 or pre[0][0] != "noun":
                return None
            terms = self.term(pre[0][1])
            if terms is None:
                return None
            requires["agent"] = terms
        nouns = [words for kind, words in post if kind == "noun"]
        if nouns and len(nouns[0]) == 1 and nouns[0][0].lower() in self.rules.particles:
            requires["particle"] = [nouns.pop(0)[0].lower()]
        if len(nouns) > 1:
            return None
        if nouns:
            terms = self.term(nouns[0])
            if terms is None:
                return None
            requires["patient"] = terms
        for kind, words in post:
            if kind != "prep":
                continue
            if not words or words[0].lower() not in self.rules.prepositions:
                return None
            role = f"oblique:{words[0].lower()}"
            if role in requires:
                return None
            rest = words[1:]
            if "+" in rest and target is None:
                target = role
            if any(w not in ACTOR_MARKS and w.lower() not in self.rules.determiners
                   for w in rest):
                terms = self.term(rest)
                if terms is None:
                    return None
                requires[role] = terms
            else:
                requires[role] = []
        if target is None and re.search(r"\*[^(]*\+", text):
            target = "patient"
        return requires, target

    # -- entries -------------------------------------------------------------------------

    def allowed(self, code: str | None) -> bool:
        return code is None or code[:2] not in self.rules.skipped_roots

    def recipients(self, target: str | None, requires: dict[str, list[str]]) -> list[str]:
        named = [role for role in requires if role.startswith("oblique:")]
        return list(dict.fromkeys([*([target] if target else []), "patient", *named,
                                   *self.rules.recipient_roles]))

    def aimed(self, code: str | None, requires: dict[str, list[str]]) -> bool:
        """Whether an entry codes only when it finds its target: an entry of an aimed root
        (every imported root: the dictionary codes source-target dyads, "approved a plan"
        with no one is no event); the rules below, for roots left out of the list, are a
        pattern whose slot is an open preposition, whom the act is aimed at ("launched a
        campaign against smoking"), and a pattern that says only who acts ("&MILITARY *
        [072]": "troops arrived in the village")."""
        if code is not None and code[:2] in self.rules.aimed_roots:
            return True
        if "agent" in requires and set(requires) <= {"agent", "particle"}:
            return True
        return any(role.startswith("oblique:") and not terms for role, terms in requires.items())

    def entry(self, ident: str, verbs: list[Verb], code: str | None,
              requires: dict[str, list[str]], target: str | None) -> dict:
        entry: dict = {"id": ident, "lemmas": sorted({v.lemma for v in verbs}), "pos": "VERB",
                       "cameo": code}
        if requires:
            entry["requires"] = {role: sorted(set(terms)) for role, terms in
                                 sorted(requires.items())}
        entry["recipient"] = self.recipients(target, requires)
        if self.aimed(code, requires):
            entry["recipient_required"] = True
        return entry

    def convert(self, lines: list[str], start: int) -> list[dict]:
        blocks: list[Block] = []
        for number, raw in enumerate(lines[start:], start + 1):
            line = raw.rstrip("\n")
            body, _ = strip_comment(line)
            if line.startswith("---"):
                found = CODE.search(line)
                blocks.append(Block(parse_code(found.group(1)) if found else None))
            elif not body or not blocks or line.startswith("~"):
                continue
            elif line.startswith("-"):
                blocks[-1].patterns.append((number, line[1:]))
            else:
                verb = self.verb(line, number, blocks[-1].code)
                if verb is not None:
                    blocks[-1].verbs.append(verb)
        entries: list[dict] = []
        for block in blocks:
            for verb in block.verbs:
                if verb.code is None or not self.allowed(verb.code):
                    continue
                if verb.lemma not in self.rules.bare_verbs and not verb.requires:
                    self.report.add("bare verbs left out (their patterns are required)")
                    continue
                entries.append(self.entry(f"cameo:{verb.line}", [verb], verb.code,
                                          verb.requires, None))
                self.report.add("bare verbs")
            by_key = {v.key: v for v in block.verbs}
            for number, text in block.patterns:
                body, comment = strip_comment(text)
                found = CODE.search(body)
                if found is None:
                    self.report.add("patterns without a code")
                    continue
                raw_code = found.group(1)
                code = parse_code(raw_code)
                if code is None and raw_code.strip() != "---":
                    self.report.add("patterns coding only the other side ([:B])")
                    continue
                if number in self.rules.left_out_lines:
                    self.report.add("patterns left out by the rules (rare senses)")
                    continue
                if not self.allowed(code):
                    self.report.add("patterns of public statements (root 01)")
                    continue
                parsed = self.pattern(body[:found.start()])
                if parsed is None:
                    self.report.add("patterns not read (several objects, unknown class)")
                    continue
                requires, target = parsed
                named = by_key.get(comment.split()[0]) if comment else None
                verbs = [named] if named is not None else block.verbs
                if named is None:
                    self.report.add("patterns given to every verb of their block")
                for verb in verbs:
                    merged = {**verb.requires, **requires}
                    if not merged:
                        continue
                    entries.append(self.entry(f"cameo:{number}" + (
                        f":{verb.lemma}" if len(verbs) > 1 else ""), [verb], code, merged,
                        target))
                self.report.add("null patterns (no event)" if code is None else "patterns")
        return entries


def convert_file(source: Path, rules: Rules) -> tuple[dict, Report]:
    lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
    classes, start = read_classes(lines, rules)
    converter = Converter(rules, classes)
    predicates = converter.convert(lines, start)
    table = {
        "_doc": ("Generated by tools/import_cameo_verbs.py from the PETRARCH2 CAMEO verb "
                 "dictionary (CAMEO.2.0.txt, MIT licence: events_cameo.LICENSE.txt). Do not "
                 "edit: change the converter or its rules and run it again. Entry ids give "
                 "the line of the dictionary; a null cameo is a verb and argument that are no "
                 "event. The hand-written entries of events.json win where both exist."),
        "classes": {name: sorted(members) for name, members in sorted(classes.items())},
        "predicates": predicates,
    }
    return table, converter.report


def dump(table: dict) -> str:
    """JSON with one class and one predicate a line, so that a change reads as a diff."""
    def line(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    classes = ",\n".join(f" {line(name)}: {line(members)}"
                         for name, members in table["classes"].items())
    predicates = ",\n".join(f" {line(entry)}" for entry in table["predicates"])
    return (f'{{\n"_doc": {line(table["_doc"])},\n"classes": {{\n{classes}\n}},\n'
            f'"predicates": [\n{predicates}\n]\n}}\n')


def license_notice(source: Path) -> str:
    licence = (source.parent / "LICENSE").read_text(encoding="utf-8")
    return ("events_cameo.json is generated from CAMEO.2.0.txt, the CAMEO verb dictionary of "
            "PETRARCH2\n(openeventdata/petrarch2, data/dictionaries/), under this licence:\n\n"
            + licence)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path, help="CAMEO.2.0.txt")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--notice", type=Path, default=NOTICE)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"import_cameo_verbs: {args.source}: no such file", file=sys.stderr)
        return 1
    table, report = convert_file(args.source, Rules.load(RULES))
    args.out.write_text(dump(table), encoding="utf-8")
    args.notice.write_text(license_notice(args.source), encoding="utf-8")
    for what, count in sorted(report.counts.items()):
        print(f"{count:6d}  {what}")
    print(f"{len(table['predicates']):6d}  entries written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
