"""Why a gold event was missed, read from the coder's trace of the sentence.

A recall figure says how many events were missed; what to build next depends on why. Every
candidate the coder considers ends in one "fired" or one "dropped" note naming its lexicon
entry (see ``vigie explain``), so a missed gold type has one of these causes:

- no entry of the type matched a word of the sentence (the lexicon's reach);
- an entry of the type matched and was dropped, for the reason its note gives; dropped for
  want of a doer splits in two: the gold doer's country is among the sentence's coded actors
  (the link from the trigger to its doer is missing) or it is not (the actor layer left the
  doer unresolved, or it is unnamed and unplaced);
- an entry of the type fired, but its event is negated or hypothetical, and not counted;
- an entry of the type fired and its event was merged into another or superseded;
- only entries of other types matched (another type was coded, or they were dropped too).

The causes are counted over a gold file by ``vigie eval`` and listed per sentence with
``--details``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from vigie.analysis import Analysis
from vigie.events.cameo import lookup_cameo
from vigie.events.coder.actors import NO_AGENT
from vigie.events.lexicon import load_lexicon
from vigie.model import Event

FAILED = "the analysis failed"
NO_ENTRY = "no entry of the type matched"
OTHER_TYPE = "another type coded"
OTHER_DROPPED = "only entries of other types matched, dropped"
NOT_COUNTED = "coded, but negated or hypothetical"
MERGED = "coded, then merged or superseded"
DOER_UNRESOLVED = "dropped, no doer: the doer is not resolved in the sentence"
DOER_UNLINKED = "dropped, no doer: the doer is resolved but not linked"

# "'rally' (en:protest_n): no coded actor in the agent role": the entry and the reason.
_DROPPED = re.compile(r"\((\w+:[^)\s]+)\): (.*)$")
# What varies from one note of a reason to the next: the quoted words, numbers, and the
# particulars after a colon ("a background clause (after): what came before …").
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NUMBER = re.compile(r"\d+")


@cache
def entry_types(lang: str, imported_lexicon: bool = False) -> dict[str, str]:
    """The PLOVER type of every coding entry of a language's lexicon, by the id its trace notes
    give (``"en:protest_n"``)."""
    lexicon = load_lexicon(lang, imported_lexicon)
    return {f"{lang}:{entry.id}": entry.event or lookup_cameo(entry.cameo).plover
            for entries in lexicon.by_lemma.values() for entry in entries
            if entry.cameo is not None}


def reason_class(reason: str) -> str:
    """A drop reason without its particulars, so that notes of one rule count together."""
    general = _NUMBER.sub("N", _QUOTED.sub("…", reason))
    return general.split(": ", 1)[0] if ": " in general else general


def miss_cause(missed: str, analysis: Analysis, events: Sequence[Event], other_found: bool,
               doer_in_sentence: bool) -> str:
    """Why the gold type ``missed`` is not among the counted events of an analysed sentence.
    ``events`` are all the sentence's events (counted or not); ``other_found`` whether
    another type was counted there; ``doer_in_sentence`` whether the gold doer's country is
    among the sentence's coded actors."""
    types = entry_types(analysis.lang, analysis.settings.imported_lexicon)
    fired, dropped, others = False, [], False
    for note in analysis.trace:
        if note.stage != "events" or note.verdict not in ("fired", "dropped"):
            continue
        if note.verdict == "fired":  # "PROTEST 141 by en:protest_n": the type as coded
            coded = note.message.split(" ", 1)[0]
            fired, others = fired or coded == missed, others or coded != missed
            continue
        match = _DROPPED.search(note.message)
        if match is None:
            continue
        if types.get(match.group(1)) == missed:
            dropped.append(match.group(2))
        else:
            others = True
    if any(event.event == missed for event in events):
        return NOT_COUNTED
    if fired:
        return MERGED
    if dropped:
        if dropped[0] == NO_AGENT:
            return DOER_UNLINKED if doer_in_sentence else DOER_UNRESOLVED
        return f"dropped: {reason_class(dropped[0])}"
    if other_found:
        return OTHER_TYPE
    return OTHER_DROPPED if others else NO_ENTRY
