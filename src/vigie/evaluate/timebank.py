"""Scoring Vigie's temporal expressions against French TimeBank (ISO-TimeML ``.tml`` files).

Each document's TEXT is stripped of its tags (offsets into the plain text are kept for every
TIMEX3) and run through Vigie's French parse and time stage, with the publication date set
to the document creation time (the TIMEX3 with ``functionInDocument="CREATION_TIME"``).
Three measures:

- recall: gold TIMEX3 of type DATE overlapped by at least one predicted expression;
- value accuracy: of those found, the share whose best-overlapping prediction has the same
  value, after :func:`normalise_value` (TimeBank writes decades "196X", Vigie "196");
- precision: predicted expressions overlapping a gold TIMEX3 of any type.

Run ``python -m vigie.evaluate.timebank [DIRECTORY]`` for the table.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vigie.analysis import Analysis
from vigie.model import Article, TimeRef
from vigie.nlp import parse
from vigie.temporal import find_times

DEFAULT_DIRECTORY = Path(__file__).resolve().parents[3].parent / "shared/data/fr_timebank_dev"


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str
    text: str


@dataclass(frozen=True)
class TimebankDoc:
    name: str
    text: str
    created: date
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class TimebankScore:
    documents: int
    gold_dates: int  # gold TIMEX3 of type DATE
    found_dates: int  # ... overlapped by a prediction
    correct_values: int  # ... whose value matches
    predicted: int
    predicted_matching: int  # predictions overlapping a gold TIMEX3 of any type

    @property
    def recall(self) -> float:
        return self.found_dates / self.gold_dates if self.gold_dates else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.correct_values / self.found_dates if self.found_dates else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_matching / self.predicted if self.predicted else 0.0


def read_tml(path: Path) -> TimebankDoc:
    """The plain TEXT of a TimeML file, its creation date and its TIMEX3 with plain offsets."""
    root = ET.parse(path).getroot()
    created = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            created = date.fromisoformat(timex.get("value", "")[:10])
            break
    body = root.find("TEXT")
    if created is None or body is None:
        raise ValueError(f"{path}: no creation time or no TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []

    def walk(element: ET.Element) -> None:
        parts.append(element.text or "")
        for child in element:
            start = sum(map(len, parts))
            walk(child)
            if child.tag == "TIMEX3":
                end = sum(map(len, parts))
                timexes.append(GoldTimex(start, end, child.get("type", ""),
                                         child.get("value", ""), "".join(parts)[start:end]))
            parts.append(child.tail or "")

    walk(body)
    return TimebankDoc(path.stem, "".join(parts), created, tuple(timexes))


def normalise_value(value: str | None) -> str | None:
    """Trivial differences only: case, spaces, and the X of underspecified decades."""
    if value is None:
        return None
    value = value.strip().upper()
    if len(value) == 4 and value[:3].isdigit() and value[3] == "X":
        return value[:3]
    return value


def predict(doc: TimebankDoc) -> list[TimeRef]:
    """Vigie's French time expressions for one document, published on its creation date."""
    (parsed,) = parse([doc.text], "fr")
    analysis = Analysis(article=Article(id=doc.name, text=doc.text, lang="fr",
                                        published=doc.created), doc=parsed, lang="fr")
    find_times(analysis)
    return analysis.times


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def score_documents(docs: list[TimebankDoc]) -> TimebankScore:
    gold_dates = found = correct = predicted = matching = 0
    for doc in docs:
        refs = predict(doc)
        predicted += len(refs)
        matching += sum(any(_overlap(r.start, r.end, g.start, g.end) for g in doc.timexes)
                        for r in refs)
        for gold in doc.timexes:
            if gold.type != "DATE":
                continue
            gold_dates += 1
            overlapping = [r for r in refs if _overlap(r.start, r.end, gold.start, gold.end)]
            if not overlapping:
                continue
            found += 1
            best = max(overlapping, key=lambda r: _overlap(r.start, r.end, gold.start, gold.end))
            correct += normalise_value(best.value) == normalise_value(gold.value)
    return TimebankScore(len(docs), gold_dates, found, correct, predicted, matching)


def score_timebank(path: Path) -> TimebankScore:
    """Score every ``.tml`` file of the directory ``path``."""
    files = sorted(path.glob("*.tml"))
    if not files:
        raise FileNotFoundError(f"{path}: no .tml files")
    return score_documents([read_tml(f) for f in files])


def format_score(score: TimebankScore) -> str:
    rows = [
        ("documents", str(score.documents), ""),
        ("DATE recall", f"{score.found_dates}/{score.gold_dates}", f"{score.recall:.3f}"),
        ("DATE value accuracy", f"{score.correct_values}/{score.found_dates}",
         f"{score.value_accuracy:.3f}"),
        ("precision (any type)", f"{score.predicted_matching}/{score.predicted}",
         f"{score.precision:.3f}"),
    ]
    return "\n".join(f"{name:<22} {count:>9} {ratio:>6}" for name, count, ratio in rows)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[0]) if args else DEFAULT_DIRECTORY
    print(format_score(score_timebank(directory)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
