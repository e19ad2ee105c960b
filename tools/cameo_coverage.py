"""How many of the CAMEO codes PLOVER uses each language's lexicon can emit, by CAMEO root.

    python tools/cameo_coverage.py ../shared/data/CAMEO2PLOVER-2021.txt

prints a Markdown table (the one in the README): per root, the codes of the PLOVER
conversion table, and how many of them have at least one entry in the hand-written lexicon
(``events.json``) and in the whole lexicon (with ``events_cameo.json`` where the language
has one). ``--missing LANG`` lists the codes a language lacks instead.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

LANG = Path(__file__).resolve().parent.parent / "src" / "vigie" / "lang"
LANGUAGES = ("en", "fr")
PLOVER_LINE = re.compile(r"^([0-9]{2,4}):\s*([A-Z]+)")
# Every code an entry can emit, not only its main one.
CODE_FIELDS = ("cameo", "negated_cameo", "joint_cameo", "crowd_cameo", "state_cameo")


def plover_codes(path: Path) -> list[str]:
    """The CAMEO codes of the PLOVER conversion table, roots (two digits) left out."""
    codes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        found = PLOVER_LINE.match(line)
        if found and len(found.group(1)) > 2 and found.group(1) not in codes:
            codes.append(found.group(1))
    return codes


def entry_codes(entries: Iterable[dict]) -> set[str]:
    return {entry[name] for entry in entries for name in CODE_FIELDS if entry.get(name)}


def lexicon_codes(lang: str, *, imported: bool) -> set[str]:
    tables = ["events.json", *(["events_cameo.json"] if imported else [])]
    codes: set[str] = set()
    for name in tables:
        path = LANG / lang / name
        if path.is_file():
            codes |= entry_codes(json.loads(path.read_text(encoding="utf-8"))["predicates"])
    return codes


def coverage_table(codes: list[str]) -> str:
    columns = [(f"{lang} {label}", lexicon_codes(lang, imported=imported))
               for lang in LANGUAGES for label, imported in (("written", False),
                                                             ("with imported", True))
               if imported is False or (LANG / lang / "events_cameo.json").is_file()]
    roots = sorted({code[:2] for code in codes})
    lines = ["| CAMEO root | codes | " + " | ".join(name for name, _ in columns) + " |",
             "|---|---|" + "---|" * len(columns)]
    for root in [*roots, "all"]:
        mine = [c for c in codes if root == "all" or c.startswith(root)]
        cells = [str(len([c for c in mine if c in covered])) for _, covered in columns]
        label = "**all**" if root == "all" else root
        lines.append(f"| {label} | {len(mine)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("plover", type=Path, help="CAMEO2PLOVER-2021.txt")
    parser.add_argument("--missing", choices=LANGUAGES)
    args = parser.parse_args(argv)
    if not args.plover.is_file():
        print(f"cameo_coverage: {args.plover}: no such file", file=sys.stderr)
        return 1
    codes = plover_codes(args.plover)
    if args.missing:
        covered = lexicon_codes(args.missing, imported=True)
        print(" ".join(c for c in codes if c not in covered))
    else:
        print(coverage_table(codes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
