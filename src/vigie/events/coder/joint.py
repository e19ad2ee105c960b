"""Acts done together by sides of several countries: the cooperation they are.

"Spanish and Moroccan police jointly dismantled a cell", "Ugandan and Congolese troops
launched joint strikes on rebel camps", « les polices française et belge ont démantelé
conjointement un réseau », "broke up the ring in a coordinated operation": the sides' working
together is military or police cooperation (CAMEO 062), reciprocal: every side a source, no
target, coded in place of the act (COERCE, ASSAULT …), as the development sets' gold codes
joint operations (the cooperation alone in all but one of a dozen). Only material acts of
conflict are recoded this way: a joint appeal or a joint delivery of aid is one act of its
own type, not an exchange between the sides.
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
    """The cooperation of the sides of ``coded``, which it is, when they are of several
    countries and the sentence says they did it together; None otherwise."""
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
                                           f"coded {cameo.plover} {cameo.code}")
    return replace(coded, event=cameo.plover, mode=cameo.mode, cameo=cameo.code,
                   quad_class=cameo.quad_class, goldstein=cameo.goldstein, recipient=(),
                   rule=f"{coded.rule}+joint")


def joint_mark(ctx: Context, candidate: Candidate) -> Token | None:
    """The word saying the act was done together: an adverb of its verb ("jointly") or of
    a word its verb or noun hangs on, a modifier of its noun ("joint strikes", « perquisitions
    coordonnées »), or that of an operation noun its verb is done in ("in a coordinated
    operation")."""
    lexicon, syntax = ctx.lexicon, ctx.syntax
    trigger, anchor = candidate.trigger, candidate.anchor
    doing = [trigger] if anchor.i == trigger.i else [trigger, anchor]
    # "jointly dismantled a cell, arresting nine suspects", « ont démantelé conjointement un
    # réseau …, interpellant quatorze suspects »: the arrests are part of what the verb they
    # hang on, as a participle, a conjunct or one on its object, says was done together.
    doing.extend(anchor.ancestors)
    for token in doing:
        for child in token.children:
            if (syntax.role(child) in ("adv", "modifier", "clause_mod")
                    and child.lemma_.lower() in lexicon.joint_marks):
                return child
    operations = [noun for role, nouns in ctx.roles_of(anchor).items()
                  if role.startswith("oblique:") for noun in nouns
                  if noun.lemma_.lower() in lexicon.joint_operations]
    return next((mark for noun in operations for mark in noun.children
                 if syntax.role(mark) == "modifier"
                 and mark.lemma_.lower() in lexicon.joint_marks), None)
