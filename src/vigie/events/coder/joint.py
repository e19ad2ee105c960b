"""Acts done together by sides of several countries: the cooperation they also are.

"Spanish and Moroccan police jointly dismantled a cell", "Ugandan and Congolese troops
launched joint strikes on rebel camps", « les polices française et belge ont démantelé
conjointement un réseau », "broke up the ring in a coordinated operation": the act is coded
(COERCE, ASSAULT …), and the sides' working together is military or police cooperation
(CAMEO 062), reciprocal: every side a source, no target, as the development sets' gold codes
joint operations. Only material acts of conflict are doubled this way: a joint appeal or a
joint delivery of aid is one act of its own type, not also an exchange between the sides.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from vigie.events.cameo import lookup_cameo
from vigie.events.coder.candidates import Candidate
from vigie.events.coder.context import Context
from vigie.model import Event

JOINT_OPERATION_CAMEO = "062"
# Quad class of material conflict, the acts whose joint doing is also cooperation.
MATERIAL_CONFLICT = 4


def joint_cooperation(ctx: Context, candidate: Candidate, coded: Event) -> Event | None:
    """The cooperation of the sides of ``coded`` when they are of several countries and the
    sentence says they did it together; None otherwise."""
    if coded.quad_class != MATERIAL_CONFLICT or coded.negated or coded.hypothetical:
        return None
    if len({a.country for a in coded.actor if a.country}) < 2:
        return None
    mark = joint_mark(ctx, candidate)
    if mark is None:
        return None
    cameo = lookup_cameo(JOINT_OPERATION_CAMEO)
    ctx.note(candidate.trigger, "recoded", f"{candidate.predicate.id}: done together "
                                           f"({mark.text!r}) by sides of several countries, "
                                           f"also coded {cameo.plover} {cameo.code}")
    return replace(coded, event=cameo.plover, mode=cameo.mode, cameo=cameo.code,
                   quad_class=cameo.quad_class, goldstein=cameo.goldstein, recipient=(),
                   rule=f"{coded.rule}+joint")


def joint_mark(ctx: Context, candidate: Candidate) -> Token | None:
    """The word saying the act was done together: an adverb of its verb ("jointly") or of
    the verb whose participle or conjunct it is, a modifier of its noun ("joint strikes"), or
    that of an operation noun its verb is done in ("in a coordinated operation")."""
    lexicon, syntax = ctx.lexicon, ctx.syntax
    trigger, anchor = candidate.trigger, candidate.anchor
    doing = [trigger] if anchor.i == trigger.i else [trigger, anchor]
    if syntax.role(anchor) in ("adverbial", "conj") and anchor.head.i != anchor.i:
        # "jointly dismantled a cell, arresting nine suspects": the arrests are part of
        # what the verb they hang on says was done together
        doing.append(anchor.head)
    for token in doing:
        for child in token.children:
            if (syntax.role(child) in ("adv", "modifier")
                    and child.lemma_.lower() in lexicon.joint_marks):
                return child
    operations = [noun for role, nouns in ctx.roles_of(anchor).items()
                  if role.startswith("oblique:") for noun in nouns
                  if noun.lemma_.lower() in lexicon.joint_operations]
    return next((mark for noun in operations for mark in noun.children
                 if syntax.role(mark) == "modifier"
                 and mark.lemma_.lower() in lexicon.joint_marks), None)
