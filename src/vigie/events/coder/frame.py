"""The frame stage: what the clauses above a predicate say about it (a purpose, the content
of an intent, of a question or of another event, a modal, a condition, an announcement, an
attempt) and the filters that keep a candidate from being an event."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from vigie.events.cameo import lookup_cameo
from vigie.events.coder.actor_codes import CROWD_SECTORS, MEMBER_PEOPLE_ROLES
from vigie.events.coder.actors import actors_of
from vigie.events.coder.arguments import admits
from vigie.events.coder.candidates import Candidate
from vigie.events.coder.context import Context
from vigie.events.coder.dating import (
    after_publication,
    auxiliaries,
    calendar_value,
    historical,
)
from vigie.events.roles import (
    NOMINAL_POS,
    VERBAL_POS,
    clause_head,
    governor,
    is_negated,
    is_relative_pronoun,
    preposition_of,
)
from vigie.model import Actor

CLAUSAL_ROLES = frozenset({"complement", "adverbial", "clause_mod", "relative"})
# Precisions of a date opening a state with « depuis » (see dated_long_ago): a month or
# coarser, as "since" opens one at any date in English.
LONG_PAST_PRECISIONS = frozenset({"month", "year", "decade", "century"})
# The roles of a nominal predicate that make it an argument of its verb: the subject, the
# object, an oblique (UD) or the object of the verb's preposition (ClearNLP).
ARGUMENT_ROLES = frozenset({"agent", "patient", "oblique", "case_object"})
# The roles of an event noun that name its doer as its owner: "Poland's refusal", "the demand
# by the junta".
OWNER_ROLES = ("possessor", "nmod:by")
# Types whose preparation is a show of force; any other act prepared is only an aim.
POSTURE_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
# The type of a request, which, joined to another act of its doer, is what that act asked.
REQUEST_TYPE = "REQUEST"
# The CAMEO code of releasing persons, which an exchange of prisoners is made of.
RELEASE_CAMEO = "0841"
# Types of harm: promising one is threatening (see Predicate.announces_content), and only
# harm is announced by a plan (see Lexicon.announce_harm_only).
HARM_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Types whose attempt is itself the act, coded with ATTEMPT in its contexts ("tried to seize the
# town" is an assault that failed or is under way); an attempt at anything else is only an aim.
ATTEMPT_TYPES = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
# Quad classes of words, not deeds (verbal cooperation and conflict): said as a participle on
# a noun, such an act only qualifies it.
VERBAL_QUADS = frozenset({1, 3})
# The longest phrase of an age or a count set off between commas after a name (« Nahel, 17
# ans, … »): see qualified_noun.
COUNTED_APPOSITION = 3
# Types done by the very act whose purpose they are: blocking roads or marching "to protest"
# protests (« ont bloqué les autoroutes pour protester »); any other aim is only an aim.
EXPRESSED_TYPES = frozenset({"PROTEST"})
# What forces are ordered to do that is done as the order is given: moved, put on alert,
# called up (« a ordonné de placer les forces en régime spécial d'alerte »); a pullback, an
# arrest or a strike ordered is not yet done ("ordered troops to withdraw from Syria").
COMMANDED_TYPES = frozenset({"MOBILIZE"})
# The tokens of a game's score as the tokenizer splits it: a count, a dash, a count.
SCORE_TOKENS = 3
# The type of a meeting, which, told in a clause that sets the scene of another, is when and
# where that clause's act happened, not the news (see framing_meeting).
MEETING_TYPE = "CONSULT"
# The CAMEO code of a meeting of no stated kind (a summit, a session, talks): named in a
# phrase of place or time of another verb, it is that verb's occasion (see named_occasion);
# a visit or a call so named is still the visitor's.
GATHERING_CAMEO = "040"


@dataclass
class Frame:
    """What the clauses above a predicate say about it."""

    dropped: str | None = None
    hypothetical: bool = False
    announced: str | None = None  # the word announcing the act ("prévoit", "ready")
    # Announced as the future of a verb of saying ("said it would withdraw"), not planned.
    reported_future: bool = False
    prepared: str | None = None  # the verb of getting ready for it ("preparing", "s'apprête")
    attempted: str | None = None  # the verb of trying it ("tried", "a tenté", "failed")
    commanded: str | None = None  # the verb ordering forces to do it ("ordered", « ordonné »)
    # The verb of saying that reports a modal act on a condition ("said Moscow could strike
    # … if …"): of harm, and by the speaker's own side, a threat.
    conditioned: str | None = None


def filtered_frame(ctx: Context, candidate: Candidate) -> Frame:
    """The candidate's frame, with ``dropped`` set to why it is no event where it is not one
    by what stands around it: an argument of another event, a noun without the verb it
    needs, what an appeal asks for, the content of an intent, a preparation or an attempt,
    a question."""
    anchor = candidate.anchor
    if candidate.consumed_by:
        return Frame(dropped=f"argument of the {candidate.consumed_by} event, coded there")
    if (candidate.predicate.support_required and candidate.support is None
            and not owned_subject(ctx, candidate)):
        return Frame(dropped="a noun that is an event only with a verb that carries it")
    trigger = candidate.trigger
    if trigger.pos_ not in VERBAL_POS and (background := background_case(ctx, trigger)):
        # Carried by a light verb or not: « a annoncé la suspension de toute aide ».
        return Frame(dropped=f"a background reference ({background} …), not a new event")
    frame = frame_of(ctx, anchor, lookup_cameo(candidate.predicate.cameo).quad_class)
    if not frame.dropped and asked_for(ctx, candidate):
        frame.dropped = f"what the appeal carried by {anchor.text!r} asks for"
    if frame.prepared and candidate.plover not in POSTURE_TYPES:
        frame.dropped = f"content of {frame.prepared!r}, not a fact"
    elif frame.prepared and (bracing := braced_for(ctx, candidate)) is not None:
        frame.dropped = (f"an act {bracing.text!r} brace for ({frame.prepared!r}), "
                         f"not one they do: awaited, not done")
    if frame.attempted and candidate.plover not in ATTEMPT_TYPES:
        frame.dropped = f"content of {frame.attempted!r}, not a fact"
    noun = qualified_noun(ctx, anchor) if not frame.dropped else None
    if noun is not None and (background := background_case(ctx, noun)):
        # « après la mort de Nahel, abattu par un policier »: whatever the act, it is told of
        # someone named in a background reference, as background.
        frame.dropped = (f"a participle qualifying {noun.text!r}, in a background reference "
                         f"({background} …), not a new event")
    elif (noun is not None
          and lookup_cameo(candidate.predicate.cameo).quad_class in VERBAL_QUADS):
        frame.dropped = (f"a participle qualifying {noun.text!r}: says what it is, "
                         f"not a new event")
    if not frame.dropped and (act := requested_beside(ctx, candidate)) is not None:
        frame.dropped = (f"a request joined to the {act.predicate.id} event of its doer "
                         f"({act.trigger.text!r}): what that act asked, not an act of its own")
    if not frame.dropped and (swap := exchange_freeing(ctx, candidate)) is not None:
        frame.dropped = (f"a release in the {swap.predicate.id} event ({swap.trigger.text!r}): "
                         f"part of the exchange, coded there")
    if not frame.dropped and (scene := framing_meeting(ctx, candidate)) is not None:
        frame.dropped = (f"a meeting told in {scene}, the occasion of another act, "
                         f"not the news")
    if not frame.dropped and (verb := named_occasion(ctx, candidate)) is not None:
        frame.dropped = (f"a gathering named in a phrase of {verb.text!r}, the occasion of "
                         f"what that verb tells, not an event of its own")
    if not frame.dropped and (voice := opinion_voiced(ctx, candidate)) is not None:
        # A view argued asserts nothing: kept as someone else's guess is (see
        # coding.threatened_by_speaker), but hypothetical, and no one's threat.
        frame.hypothetical, frame.conditioned = True, None
        ctx.note(candidate.trigger, "recoded",
                 f"{candidate.predicate.id}: an opinion ({voice.text!r} by a commentator or in "
                 f"an opinion piece): a view argued, not a fact (hypothetical)")
    if not frame.dropped and (play := sport_word(ctx, anchor)) is not None:
        frame.dropped = f"a clause of sport ({play.text!r}): a game, not a political act"
    if not frame.dropped and ctx.sentence_of[candidate.trigger.i] in ctx.questions:
        frame.dropped = "a question, which asserts nothing"
    if not frame.dropped and (year := dated_long_before(ctx, anchor)) is not None:
        frame.dropped = f"dated {year}, long before the story: history, not news"
    if not frame.dropped and (relation := standing_passive(ctx, anchor)) is not None:
        frame.dropped = (f"a passive in the simple present ({relation}): a standing "
                         f"relation, not an act")
    if not frame.dropped and (scene := scene_setting(ctx, anchor)) is not None:
        frame.dropped = (f"an undated present perfect ({scene}) before another doer's dated "
                         f"act: the scene the story is set in, not its news")
    if not frame.dropped and (earlier := told_before_news(ctx, anchor)) is not None:
        frame.dropped = (f"a deed in the past perfect ({earlier}) before a later sentence's "
                         f"dated act: what led to the story's news, not the news")
    return frame


def dated_long_before(ctx: Context, anchor: Token) -> str | None:
    """The words of the date of the predicate's clause, if every date its verb has is more
    than a year before publication and another sentence of the article, or another clause
    of its own sentence, is dated now ("… died on Thursday. In 1990 he freed Nelson Mandela
    and legalised the ANC", "was expelled from the bloc in 2011. … on Sunday voted to …", "a
    bell tolled on Wednesday, the minute the bomb exploded 80 years ago"): the obituary's,
    the background's or the commemoration's history. A clause joined to another by a
    conjunction shares its date."""
    clause = clause_head(anchor)
    verbs = {clause.i}
    while ctx.syntax.role(clause) == "conj" and clause.head.i != clause.i:
        clause = clause.head
        verbs.add(clause.i)
    lexicon = ctx.lexicon
    spans = lexicon.background_cases | lexicon.lasting_cases | lexicon.lasting_open_cases
    doc = ctx.analysis.doc
    # Only a date of the verb itself: not one of a noun of its clause ("after the 2022
    # defeat"), nor the start of a span or of what came before ("held since April 2021").
    own = [time for time, root, _sentence, _at in ctx.dated
           if governor(doc[root]).i in verbs
           and preposition_of(doc[root], ctx.syntax) not in spans]
    published = ctx.analysis.article.published
    if not own or not all(historical(calendar_value(time), published) for time in own):
        return None
    # Told alone ("The Soviet Union invaded Afghanistan in 1979"), the act is the text's
    # news, dated; beside a sentence dated now, it is the story's history.
    sentence = ctx.sentence_of[anchor.i]
    recent = any((at_sentence != sentence or governor(doc[root]).i not in verbs)
                 and root >= ctx.story_start
                 and not historical(calendar_value(time), published)
                 for time, root, at_sentence, _at in ctx.dated)
    return own[0].text if recent else None


def framing_meeting(ctx: Context, candidate: Candidate) -> str | None:
    """The kind of clause a meeting noun is told in, if it is one that sets the scene of the
    act it hangs on: a clause of circumstance ("as EU leaders gathered for a summit", « alors
    que les ministres étaient réunis en sommet ») or a relative clause on the main clause's
    subject ("Kishida, who was in Vilnius for a NATO summit, said …"). The gold of every set
    codes the act told in the main clause, not the gathering it happened at. A verb of
    meeting or receiving is the act itself wherever it stands (« Reçu à l'Élysée par Macron,
    Zelensky a obtenu … »), and so is a meeting noun in a main clause."""
    if candidate.plover != MEETING_TYPE or candidate.trigger.pos_ not in NOMINAL_POS:
        return None
    clause = clause_head(candidate.anchor)
    role = ctx.syntax.role(clause)
    if role in ("adverbial", "clause_mod", "relative") and ctx.circumstantial(clause):
        return f"a clause of circumstance ({clause.text!r})"
    if role == "relative" and ctx.syntax.role(clause.head) == "agent":
        # On the subject of the main clause; not on a place ("went to Port-au-Prince, where
        # he held talks with …": the talks are what the visit was for).
        return f"a relative clause ({clause.text!r})"
    return None


def named_occasion(ctx: Context, candidate: Candidate) -> Token | None:
    """The verb a gathering noun (a summit, a session, talks: no visit) is a phrase of place
    or time of, with no light verb of its own, if it is one ("did not meet his counterpart at
    the IGAD summit", « Réunis à Georgetown pour le sommet de la Caricom, les dirigeants … »,
    « Attendu au sommet de la Ligue arabe, le président ne s'y est pas rendu »): the noun
    names the gathering at which that verb's act happened, or did not; the gold of every set
    codes that act, never the gathering beside it. A gathering held (« a tenu un sommet »),
    or told as a subject or an object, is the act itself."""
    trigger = candidate.trigger
    if (candidate.plover != MEETING_TYPE or candidate.predicate.cameo != GATHERING_CAMEO
            or trigger.pos_ not in NOMINAL_POS or candidate.support is not None
            or ctx.syntax.role(trigger) not in ("oblique", "case_object")):
        return None
    verb = governor(trigger)
    if verb.pos_ == "ADV" and verb.head.i != verb.i:
        verb = verb.head  # « lors du sommet »: the parser hangs the noun on « lors »
    # A clause of the verb's own, whatever the tagger made of its participle (« Réunis … »
    # read as a name).
    clause = verb.pos_ in VERBAL_POS or ctx.syntax.role(verb) == "adverbial"
    return verb if verb.i != trigger.i and clause else None


def requested_beside(ctx: Context, candidate: Candidate) -> Candidate | None:
    """The event of another type whose verb a request's verb is joined to, with no subject of
    its own, if any: "phoned Putin and pressed him to …", "filed a case accusing Israel … and
    asking for emergency measures", « a boycotté le scrutin et appelé ses partisans à … ». The
    call, the charge or the boycott is the story's event; what its doer asked in the same
    breath is what that act was for (the gold of every set codes the one act)."""
    verb = candidate.anchor
    if (candidate.plover != REQUEST_TYPE or verb.pos_ not in VERBAL_POS
            or ctx.syntax.role(verb) != "conj"
            or any(ctx.syntax.role(c) == "agent" for c in verb.children)):
        return None
    first = verb.head
    return next((c for c in ctx.by_token.values()
                 if c is not candidate and c.plover != REQUEST_TYPE
                 and c.stands_at(first.i)), None)


def exchange_freeing(ctx: Context, candidate: Candidate) -> Candidate | None:
    """The exchange that a release is told as part of, if it is ("carried out a prisoner
    swap, freeing 24 people", "traded prisoners, with Caracas freeing ten Americans"): a
    mutual act above the release in its sentence, by its verb or by the noun its verb
    carries. Each side's release is the exchange, not a concession of its own."""
    if candidate.predicate.cameo != RELEASE_CAMEO:
        return None
    above = {t.i for t in candidate.anchor.ancestors}
    return next((c for c in ctx.by_token.values() if c.predicate.reciprocal
                 and (c.trigger.i in above
                      or (c.support is not None and c.support.i in above))), None)


def noun_dated_long_before(ctx: Context, noun: Token) -> str | None:
    """The words of a date more than a year before publication that a noun carries, if it
    carries one ("the summer of 1974 when Turkish troops invaded", "her 2015 visit, in
    which she praised …"): a relative clause on that noun tells what happened then."""
    doc = ctx.analysis.doc
    published = ctx.analysis.article.published
    return next((time.text for time, root, _sentence, _at in ctx.dated
                 if governor(doc[root]).i == noun.i or doc[root].head.i == noun.i
                 if historical(calendar_value(time), published)), None)


def standing_passive(ctx: Context, anchor: Token) -> str | None:
    """The auxiliary and verb of a predicate told in the passive of the simple present, if it
    is one ("rebels, which are backed by Rwanda", "a group that is designated a terrorist
    organisation by Ottawa"): what stands between the two sides, said to describe one of
    them; news of an act is told in the past or the perfect. Only where the language's
    news does not tell acts in the present (English, not French « est arrêté mardi »)."""
    if anchor.pos_ not in VERBAL_POS:
        return None
    auxes = auxiliaries(ctx, anchor)
    passive = [a for a in auxes if ctx.syntax.role(a) == "aux_pass"]
    if len(passive) != 1 or len(auxes) != 1:
        return None  # not a bare passive: "has been backed", "will be backed", "was backed"
    aux = passive[0]
    if (aux.lemma_.lower() not in ctx.lexicon.standing_passive_aux
            or "Pres" not in aux.morph.get("Tense") or "Fin" not in aux.morph.get("VerbForm")):
        return None
    return f"{aux.text} {anchor.text}"


def scene_setting(ctx: Context, anchor: Token) -> str | None:
    """The auxiliary and verb of an undated main clause in the present perfect that a later
    sentence of the article follows with the dated act of another doer ("The United States
    has been pressing its allies to … . Rwanda on Tuesday became the latest to say yes"), if
    the predicate's clause is one: wire copy sets the scene so, then tells the dated news.
    Followed by a dated sentence of its own doer ("Kenya has offered to … . Its foreign
    minister said on Saturday …"), the perfect is the news, which that sentence dates. A
    language whose present perfect tells the news itself (the French passé composé) lists no
    such auxiliary."""
    clause = clause_head(anchor)
    if not (clause.head.i == clause.i or ctx.syntax.role(clause) == "conj"
            or clause.head.i < ctx.story_start):
        return None  # a clause inside the sentence; the parser hangs the main one on a dateline
    perfect = next((a for a in auxiliaries(ctx, clause)
                    if ctx.syntax.role(a) == "aux"
                    and a.lemma_.lower() in ctx.lexicon.lasting_perfect_aux
                    and "Pres" in a.morph.get("Tense") and "Fin" in a.morph.get("VerbForm")),
                   None)
    if perfect is None:
        return None
    sentence = ctx.sentence_of[anchor.i]
    dated = [(at_sentence, at) for _time, root, at_sentence, at in ctx.dated
             if root >= ctx.story_start]
    if any(at_sentence == sentence for at_sentence, _at in dated):
        return None
    later = [ctx.analysis.doc[at] for at_sentence, at in dated if at_sentence > sentence]
    own = clause_doers(ctx, clause)
    if not later or any(clause_doers(ctx, verb) & own for verb in later):
        return None
    return f"{perfect.text} {clause.text}"


def pluperfect(ctx: Context, auxes: list[Token]) -> Token | None:
    """The auxiliary among ``auxes`` that puts their verb in the past perfect, if any."""
    lexicon = ctx.lexicon
    return next((a for a in auxes if ctx.syntax.role(a) == "aux"
                 and a.lemma_.lower() in lexicon.pluperfect_aux
                 and lexicon.pluperfect_tense in a.morph.get("Tense")), None)


def told_before_news(ctx: Context, anchor: Token) -> str | None:
    """The auxiliary and verb of a main clause in the past perfect that a later sentence of
    the article follows with a dated act told in a simple or perfect tense ("Gunmen had
    stormed a television studio hours earlier. … Late on Tuesday the president decreed a
    state of emergency"), if the predicate's clause is one: short wire copy tells what led to
    the news in the past perfect, then the news. Word acts in the past perfect are background
    wherever they stand (pluperfect_quads); a deed in it told alone or last is the news
    itself ("Police had already arrested its founder at dawn")."""
    clause = clause_head(anchor)
    while (ctx.syntax.role(clause) == "adverbial" and clause.head.i >= ctx.story_start
           and not auxiliaries(ctx, clause)):
        # « avait surpris le pays en décrétant la loi martiale », "had stunned the country by
        # declaring martial law": a participle with no auxiliary of its own tells how the
        # past perfect's act was done, in its time.
        clause = clause_head(clause.head)
    if not (clause.head.i == clause.i or ctx.syntax.role(clause) == "conj"
            or clause.head.i < ctx.story_start):
        return None  # a clause inside the sentence; the parser hangs the main one on a dateline
    earlier = pluperfect(ctx, auxiliaries(ctx, clause))
    if earlier is None:
        return None
    sentence, doc = ctx.sentence_of[anchor.i], ctx.analysis.doc
    later = any(at_sentence > sentence and root >= ctx.story_start
                and pluperfect(ctx, auxiliaries(ctx, doc[at])) is None
                for _time, root, at_sentence, at in ctx.dated)
    return f"{earlier.text} {clause.text}" if later else None


def clause_doers(ctx: Context, verb: Token) -> set[str]:
    """The countries of the coded actors a clause's subject stands for."""
    return {actor.country for subject in ctx.roles_of(verb).get("agent", ())
            for actor in actors_of(ctx, subject) if actor.country}


def braced_for(ctx: Context, candidate: Candidate) -> Token | None:
    """The subject of the verb of getting ready that an event noun is the object of, where
    the noun names a doer of its own and that subject is not it (« les habitants se
    préparent à une offensive israélienne »): those who brace for an act, not its doer."""
    trigger = candidate.trigger
    if trigger.pos_ not in NOMINAL_POS or trigger.head.i == trigger.i:
        return None
    own = {t.i for role in candidate.predicate.agent for t in candidate.roles.get(role, ())}
    if not own:
        return None  # the noun's doer is the subject that gets ready
    return next((s for s in ctx.roles_of(trigger.head).get("agent", ()) if s.i not in own),
                None)


def owned_subject(ctx: Context, candidate: Candidate) -> bool:
    """Whether an event noun is the subject of its clause with its doer as its owner ("Poland's
    refusal to take in … set it on a collision course", "the demand by the junta that …
    was confirmed"): the sentence tells what the act did, so the act happened."""
    trigger = candidate.trigger
    subject = ctx.syntax.role(trigger) == "agent" or "subj" in trigger.dep_  # or a passive's
    return (subject and trigger.head.pos_ in VERBAL_POS
            and any(candidate.roles.get(role) for role in OWNER_ROLES
                    if role in candidate.predicate.agent))


def frame_of(ctx: Context, anchor: Token, quad: int) -> Frame:
    """Walk up the clauses above the predicate (an act of the quad class ``quad``): a purpose
    clause, the content of an intent verb or of another event is not a fact; a modal or "si"
    makes it hypothetical."""
    syntax, lexicon, by_token = ctx.syntax, ctx.lexicon, ctx.by_token
    frame = Frame()
    token = anchor
    if anchor.pos_ not in VERBAL_POS:
        schedule = scheduled(ctx, anchor)
        if schedule:
            frame.dropped = f"scheduled ({schedule!r}), not done"
            return frame
        prospect = foreseen(ctx, anchor)
        if prospect:
            frame.dropped = f"foreseen ({prospect!r}), not done"
            return frame
        verb = governor(anchor)
        if (syntax.role(anchor) in ARGUMENT_ROLES and verb.pos_ in VERBAL_POS
                and (span := lasting(ctx, verb, auxiliaries(ctx, verb)))):
            # "Protests … have spread across the country for weeks": the acts go on; "has
            # been under UN sanctions since 2006": the country lives under them.
            frame.dropped = f"a state lasting ({span}), not a new event"
            return frame
    clause = clause_head(anchor)
    auxes = auxiliaries(ctx, clause)
    earlier = pluperfect(ctx, auxes)
    if (earlier is not None and quad in lexicon.pluperfect_quads
            and not shifted_back(ctx, clause)):
        # « qu'il avait pourtant acceptés une semaine plus tôt », « En 2016 déjà, Paris avait
        # reproché à Moscou … »: the pluperfect tells an act earlier than the story's, as its
        # background, in a clause beside the story's own or in a sentence of its own (wire
        # copy sets the scene so before it tells the news in the passé composé). Reported in
        # the past it is only the past shifted back (« a affirmé que les troupes avaient
        # ouvert le feu »); reported in the present it is still background (« …, rappelle le
        # rapport »).
        frame.dropped = f"an earlier act ({earlier.text} {clause.text}), told as background"
        return frame
    if anchor.pos_ in VERBAL_POS and not auxes and stance_held(ctx, anchor, clause):
        frame.dropped = (f"a stance held then ({clause.text}, {lexicon.stance_tense}), "
                         f"told as background")
        return frame
    if (remembered := remembered_in(ctx, clause)) is not None:
        frame.dropped = (f"an act remembered, told in the tense of a stance of a time long "
                         f"past ({remembered.text}): history, not news")
        return frame
    if anchor.pos_ in VERBAL_POS and (span := lasting(ctx, clause, auxes)):
        frame.dropped = f"a state lasting ({span}), not a new event"
        return frame
    conditional = is_conditional(clause) or any(is_conditional(a) for a in auxes)
    reported_future = any(a.lemma_.lower() in lexicon.reported_future_aux for a in auxes)
    if (conditional or reported_future) and reported(ctx, clause):
        # "a annoncé qu'il retirerait", "said it would withdraw": the future of the past.
        frame.announced = clause.head.text
        frame.reported_future = True
    elif conditional or any(a.lemma_.lower() in lexicon.modal_words for a in auxes) or (
            clause.i != anchor.i and clause.lemma_.lower() in lexicon.modal_words):
        frame.hypothetical = True
        if reported(ctx, clause) and condition_on(ctx, clause, lexicon.hypothetical_marks):
            frame.conditioned = clause.head.text
    if any(c.lemma_.lower() in lexicon.hypothetical_marks for c in clause.children
           if syntax.role(c) == "mark"):
        frame.hypothetical = True  # the parser sometimes makes the "si" clause the root
        frame.announced = frame.conditioned = None
    if manner_participle(ctx, anchor):
        frame.dropped = (f"a participle telling how {anchor.head.text!r} was done: its "
                         f"manner, not an act of its own")
        return frame
    if (grounded := grounds_of(ctx, anchor)) is not None:
        frame.dropped = (f"a participle giving the grounds or the manner of the "
                         f"{grounded.predicate.id} event: not an act of its own")
        return frame
    tenure = next((span for verb in (anchor, *anchor.ancestors)
                   if (span := tenure_span(ctx, verb)) is not None), None)
    if tenure is not None:
        frame.dropped = f"told over a tenure ({tenure}): a record, not a new event"
        return frame
    # Passed through a present participle describing a noun, the noun its subject ("a
    # resolution endorsing …"). A past participle tells an act done to the noun, which may be
    # news ("shells supplied by North Korea were delivered"); one set off by a comma is the
    # parser's slip for a clause of the sentence's subject (« …, contestant »).
    described = False
    doc = ctx.analysis.doc
    if anchor.pos_ in NOMINAL_POS:
        # A noun predicated of something ("would be considered an act of war", "treat every
        # ship as a legitimate target"): the verb that predicates it is its copula, whose
        # clause is the noun's, not an intent the noun is the content of.
        token = next((p.head for p in ctx.roles_of(anchor).get("predicated", ())
                      if p.head.i != anchor.i), token)
    while token.head.i != token.i:
        head, role = token.head, syntax.role(token)
        if inverted_condition(ctx, token):
            frame.hypothetical = True
        if (token.i != anchor.i and token.pos_ in (*NOMINAL_POS, "NUM")
                and (case := preposition_of(token, syntax)) in lexicon.background_marks):
            # "since February, when Kigali complained …", "after a vote that Baghdad refused
            # to recognise": a clause on the noun of a background reference is background,
            # and on its year ("since late 2011, when the bloc suspended Damascus").
            frame.dropped = (f"inside a background reference ({case} {token.text} …), not a "
                             f"new event")
            return frame
        described = described or (role == "clause_mod" and head.pos_ in NOMINAL_POS
                                  and "Pres" in token.morph.get("Tense")
                                  and doc[max(token.left_edge.i - 1, 0)].text != ",")
        if role == "relative" and (why := told_before(ctx, token)) is not None:
            frame.dropped = why
            return frame
        if role == "relative" and (year := noun_dated_long_before(ctx, head)) is not None:
            frame.dropped = (f"a relative clause on {head.text!r} of {year}, long before the "
                             f"story: history, not news")
            return frame
        if role in CLAUSAL_ROLES:
            marks = {c.lemma_.lower() for c in token.children
                     if syntax.role(c) == "mark" or (role == "adverbial"
                     and syntax.role(c) == "aux"
                     and c.lemma_.lower() in lexicon.purpose_marks)}
            own = by_token.get(anchor.i)
            expressed = (token.i == anchor.i and own is not None
                         and own.plover in EXPRESSED_TYPES
                         # hung by the parser on a noun of that act's clause, too
                         and not carried_as(ctx, clause_head(head), own.plover))
            if (marks & lexicon.purpose_marks and not expressed
                    and not (token.i == anchor.i and said_in_document(ctx, token))):
                words = "/".join(sorted(marks))
                frame.dropped = f"purpose clause ({words}): an aim, not a fact"
                return frame
            # A clause marked "after" is no one's content: the parser's complement is an
            # adverbial clause too (after a dateline it often takes it for one).
            if role in ("adverbial", "complement") and (words := ctx.background_marks(token)):
                frame.dropped = (f"a background clause ({'/'.join(sorted(words))}): what came "
                                 f"before the reported act, not a new event")
                return frame
            if marks & lexicon.hypothetical_marks:
                frame.hypothetical = True
            if head.pos_ in NOMINAL_POS and head.lemma_.lower() in lexicon.comment_heads:
                frame.dropped = (f"a clause on {head.text!r}: a comment on the reported act, "
                                 f"not a new event")
                return frame
            lemma = frame_lemma(ctx, head, role)
            if lemma in lexicon.modal_words:
                frame.hypothetical = True
                # « a déclaré que la Russie pourrait frapper Londres si … »: the modal is a
                # verb of its own, the condition on it or on the act.
                if reported(ctx, head) and any(condition_on(ctx, verb, lexicon.hypothetical_marks)
                                               for verb in (head, token)):
                    frame.conditioned = head.head.text
            elif lemma in lexicon.decided_words and decision_taken(ctx, head, token):
                pass  # « a décidé de rappeler son ambassadeur »: the decided act is done
            elif lemma in lexicon.announce_words and conditioned_readiness(ctx, head):
                # « si Téhéran revenait …, Washington serait prêt à lever … », « le Qatar
                # serait prêt à … »: ready on a condition, or said to be in the conditional of
                # rumour, is no promise made.
                frame.hypothetical = True
            elif lemma in lexicon.announce_words:
                own = by_token.get(anchor.i)
                if (lemma in lexicon.announce_harm_only and own is not None
                        and own.plover not in HARM_TYPES):
                    frame.dropped = f"content of {head.text!r}: an aim, not a promise"
                    return frame
                frame.announced = head.text
            elif lemma in lexicon.posture_words:
                frame.prepared = head.text
                # "would be prepared to deploy … if Manila sends ships": ready on a condition
                frame.hypothetical = frame.hypothetical or conditioned_readiness(ctx, head)
                return frame
            elif lemma in lexicon.attempt_words:
                frame.attempted = head.text  # and what is said of the attempt counts too
            elif (lemma in lexicon.command_words and token.i == anchor.i
                  and (own := by_token.get(anchor.i)) is not None
                  and own.plover in COMMANDED_TYPES and orders_own_forces(ctx, head)):
                frame.commanded = head.text
            elif lemma in lexicon.intent_words:
                frame.dropped = f"content of {head.text!r}, not a fact"
                return frame
            elif (head.i in by_token and by_token[head.i].support is None
                  # An imported verb's participle clause tells a further act ("opened
                  # fire ..., killing one person and arresting 12"), not its content.
                  and not (role == "adverbial" and by_token[head.i].predicate.imported)):
                frame.dropped = (f"content of the {by_token[head.i].predicate.id} event "
                                 f"({head.text!r})")
                return frame
            elif role == "complement" and (noun := next(
                    (p for p in ctx.roles_of(head).get("patient", ()) if p.i in by_token),
                    None)) is not None:
                # "reiterated its demand that Israel ease …": the parser hangs the content
                # of the noun on the verb that carries it.
                frame.dropped = (f"content of the {by_token[noun.i].predicate.id} event "
                                 f"({noun.text!r})")
                return frame
        elif (token.pos_ in VERBAL_POS and head.pos_ == "ADP"
              and (words := ctx.background_marks(token))):
            frame.dropped = (f"a background clause ({'/'.join(sorted(words))}): what came "
                             f"before the reported act, not a new event")
            return frame
        elif (role in ("patient", "oblique") and token.i == anchor.i
              and anchor.pos_ in NOMINAL_POS and head.lemma_.lower() in lexicon.posture_words):
            # « l'armée se prépare à une offensive »: the act got ready for, named by its
            # noun as by a verb (« se prépare à attaquer »).
            frame.prepared = head.text
            return frame
        elif (role in ("patient", "oblique") and anchor.pos_ in VERBAL_POS
              and token.pos_ in NOMINAL_POS
              and head.lemma_.lower() in lexicon.intent_words):
            # "demanded an admission that Soviet forces murdered …": an act told inside
            # what is demanded, promised or refused is its content.
            frame.dropped = f"content of {head.text!r}, not a fact"
            return frame
        elif (role in ("patient", "oblique", "nominal_arg") and head.i in by_token
              and anchor.i != head.i and (anchor.pos_ in NOMINAL_POS or described)):
            # "condamné les frappes", "un appel à l'aide internationale": the act condemned
            # or asked for is not one that happened here; nor is the act of a participle
            # describing it ("vetoed a resolution endorsing the plan", "sanctioned firms
            # supplying drones").
            outer = by_token[head.i]
            frame.dropped = f"what the {outer.predicate.id} event is about ({head.text!r})"
            return frame
        elif (role == "oblique" and token.i == anchor.i and anchor.pos_ in NOMINAL_POS
              and (carried := spoken_through(ctx, head, anchor)) is not None):
            # « a présenté ses excuses à l'émir pour la frappe »: the parser hangs what the
            # apology is for on the light verb that carries it.
            frame.dropped = (f"what the {carried.predicate.id} event is about, hung on "
                             f"{head.text!r}")
            return frame
        token = head
    return frame


def spoken_through(ctx: Context, verb: Token, noun: Token) -> Candidate | None:
    """The act of words of another type (an apology, praise, a charge) that ``verb`` carries
    as its light verb, if any: an event noun hung on that verb beside it is what the words
    are about, not an act the story reports."""
    own = ctx.by_token.get(noun.i)
    return next((c for c in ctx.by_token.values()
                 if c.support is not None and c.support.i == verb.i and c.trigger.i != noun.i
                 and own is not None and c.plover != own.plover
                 and lookup_cameo(c.predicate.cameo).quad_class in VERBAL_QUADS), None)


def inverted_condition(ctx: Context, verb: Token) -> bool:
    """Whether a clause below another is a condition told by inversion ("Were Moscow to send
    troops …", "Had Russia sent troops …"): one of the language's inversion auxiliaries (or
    the verb itself) opens it, before its subject. A sentence opened so is a question, left to
    the question filter."""
    words = ctx.lexicon.inversion_aux
    if not words or verb.pos_ not in VERBAL_POS or verb.head.i == verb.i:
        return False
    opener = ctx.analysis.doc[verb.left_edge.i]
    return (opener.lower_ in words and (opener.i == verb.i or opener.head.i == verb.i)
            and any(ctx.syntax.role(c) == "agent" and c.i > opener.i for c in verb.children))


def manner_participle(ctx: Context, verb: Token) -> bool:
    """Whether a verb of promising or defying is a present participle hung on another verb as
    its adverbial ("took office promising total peace", "sent the men back, defying appeals
    from the UN"): it tells how the doer did the other act, what it stood for or set at
    nought."""
    return (verb.lemma_.lower() in ctx.lexicon.manner_participles
            and participle_of_manner(ctx, verb))


def participle_of_manner(ctx: Context, verb: Token) -> bool:
    """Whether a verb is a present participle hung on another verb as its adverbial ("took
    office promising peace", « ont défilé en réclamant sa démission »): it tells how its
    doer did that other act."""
    return (ctx.syntax.role(verb) == "adverbial" and verb.head.pos_ in VERBAL_POS
            and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"))


def grounds_of(ctx: Context, verb: Token) -> Candidate | None:
    """The event of another type whose verb a present participle of words (a charge, a
    consent, praise) is hung on, if any: « a rompu ses relations avec Kiev, reprochant à … »,
    "cut ties with Rabat, accusing it of …", « a levé son veto, consentant à … » give the
    grounds or the manner of the act they follow, which the story reports as its one event.
    The participle set off by a comma after the object is the parser's slip for the same
    clause. Told beside a verb that codes no event (« a crié au putsch, reprochant … »), or
    one of its own type, the participle is still the act."""
    own = ctx.by_token.get(verb.i)
    if (own is None or verb.pos_ not in VERBAL_POS
            or "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense")
            or lookup_cameo(own.predicate.cameo).quad_class not in VERBAL_QUADS):
        return None
    if not (ctx.syntax.role(verb) == "adverbial" or set_off_clause(ctx, verb)):
        return None
    carrier = clause_head(verb.head)
    return next((c for c in ctx.by_token.values()
                 if c is not own and c.plover != own.plover
                 and c.stands_at(carrier.i)), None)


def frame_lemma(ctx: Context, verb: Token, role: str | None) -> str:
    """A verb's lemma, with its particle where the frames list the phrasal verb and ``role``,
    the role of the clause below it, is its complement ("ruled out sending troops" is a
    refusal; "ruled that …" is a finding, and "ruled out …, brushing aside a plan" tells a
    further act)."""
    lemma = verb.lemma_.lower()
    if role != "complement":
        return lemma
    for child in verb.children:
        if ctx.syntax.role(child) == "particle" and (
                phrasal := f"{lemma} {child.lower_}") in ctx.lexicon.intent_words:
            return phrasal
    return lemma


def tenure_span(ctx: Context, verb: Token) -> str | None:
    """The words of a span of someone's office or life that a verb is told over, through a
    background preposition ("during his 12-year papacy"), if any: what the verb tells is a
    record of that span, not a new event."""
    if verb.pos_ not in VERBAL_POS:
        return None
    lexicon = ctx.lexicon
    for prep in verb.children:
        for unit in (prep, *prep.children):
            if (unit.lemma_.lower() in lexicon.tenure_nouns and unit.i != verb.i
                    and preposition_of(unit, ctx.syntax) in lexicon.background_cases):
                return ctx.analysis.doc[prep.left_edge.i:unit.i + 1].text
    return None


def sport_word(ctx: Context, anchor: Token) -> Token | None:
    """A word of a game's play in the clause of the predicate, if any ("India's pace attack
    took five wickets"), or a game's score (« une défaite 3-2 », "won 2-1")."""
    words = ctx.lexicon.sport_words
    return next((t for t in clause_head(anchor).subtree
                 if t.lemma_.lower() in words or score_at(ctx, t)), None)


def opinion_voiced(ctx: Context, candidate: Candidate) -> Token | None:
    """The verb of saying of the predicate's sentence that voices an opinion, if any: said by
    a commentator ("analysts said", « estime un chercheur », whom the French parser often
    takes for the object of the verb it follows) or in an opinion piece ("argued in an op-ed",
    « écrit dans une tribune au Monde »; not « à la tribune de l'ONU », a podium). Wire copy
    reports such views as views: the acts they weigh, urge or imagine are not the news. The
    verb is looked for in the whole sentence, as the parser often hangs a cue set after its
    content beside it ("…, a former minister argued in an op-ed"), but not in a relative
    clause, whose speaker comments on one noun ("a decree that analysts said amounted to
    expropriation"). A commentator the act itself names is its doer or its target, not a
    speaker, whatever the parser made of it ("ont remis en liberté le chercheur français …, a
    annoncé l'Élysée": the parser took the freed researcher for the subject of the cue)."""
    lexicon, syntax, anchor = ctx.lexicon, ctx.syntax, candidate.anchor
    named = {t.i for tokens in candidate.roles.values() for t in tokens}
    for verb in anchor.sent:
        if (verb.pos_ not in VERBAL_POS
                or verb.lemma_.lower() not in lexicon.reporting_verbs
                or syntax.role(verb) in ("relative", "clause_mod")):
            continue
        subjects = [c for c in verb.children if syntax.role(c) == "agent"]
        after = [c for c in verb.children if syntax.role(c) == "patient" and c.i > verb.i]
        # The speaker is the subject, or, with none, the noun the parser took for the object
        # of a verb written before its subject (« estime un chercheur »); and that noun where
        # the parser took a word of the content told before the verb for its subject (« ont
        # libéré le chercheur X …, a annoncé l'Élysée »).
        inside = after and any(anchor.i < c.i < verb.i for c in subjects)
        speakers = after if inside else (subjects or after)
        if any(t.lemma_.lower() in lexicon.commentators
               for s in speakers if s.pos_ in NOMINAL_POS and s.i not in named
               for t in s.subtree if t.pos_ in NOMINAL_POS):
            return verb
        if any(t.lemma_.lower() in lexicon.opinion_pieces
               and preposition_of(t, syntax) in lexicon.opinion_cases
               and next((a for a in t.ancestors if a.pos_ in VERBAL_POS), None) == verb
               for t in verb.subtree if t.pos_ in NOMINAL_POS):
            return verb
    return None


def score_at(ctx: Context, token: Token) -> bool:
    """Whether a game's score starts at ``token`` (« une défaite 3-2 en prolongation »), read
    on the span the tokenizer splits it into; two counts that count a noun after them are a
    range (« les 2-3 mars », « 10-15 soldats »), not a score."""
    score, doc = ctx.lexicon.sport_score, token.doc
    end = token.i + SCORE_TOKENS
    return (score is not None and token.like_num and end <= len(doc)
            and score.fullmatch(doc[token.i:end].text) is not None
            and (end == len(doc) or doc[end].pos_ not in NOMINAL_POS))


def said_in_document(ctx: Context, clause: Token) -> bool:
    """Whether a word act told as the purpose of sending a document is said in it ("wrote
    a letter to Seoul to demand …", « a adressé une lettre au président pour exiger … »):
    the letter makes the demand, so the aim is the act itself. Deeds stay aims: a letter
    sent to end a blockade does not end it."""
    own = ctx.by_token.get(clause.i)
    return (own is not None and own.predicate.cameo is not None
            and lookup_cameo(own.predicate.cameo).quad_class in VERBAL_QUADS
            and clause.head.i != clause.i and ctx.sent_document(clause.head) is not None)


def carried_as(ctx: Context, verb: Token, plover: str) -> bool:
    """Whether a verb is itself, or carries, an act of the given type: a purpose clause that
    names the same act (« ont cessé le travail pour protester ») is that act, said twice."""
    return any(c.plover == plover and c.stands_at(verb.i)
               for c in ctx.by_token.values())


def stance_held(ctx: Context, anchor: Token, clause: Token) -> bool:
    """Whether a verb of words (a demand, a charge, praise) is a finite verb in the tense of
    a stance held in the past (« Kinshasa réclamait leur départ », « Paris accusait Alger de
    … »), outside the content of another verb: what the actor stood for when the story's act
    came, not a new act. Deeds told so are often the news itself (« des milliers
    manifestaient dimanche »): they stay, and so does a stance dated in its own clause
    (« mardi, Paris condamnait l'essai »): the imperfect of narration, which tells the news.
    Inside the content of any verb, of saying or not (« a fait savoir qu'il acceptait »),
    the tense is the speaker's: the act stays."""
    own, tense = ctx.by_token.get(anchor.i), ctx.lexicon.stance_tense
    return (own is not None and tense is not None and clause.i == anchor.i
            and not any(at == clause.i for _time, _root, _sentence, at in ctx.dated)
            and tense in clause.morph.get("Tense") and "Fin" in clause.morph.get("VerbForm")
            and lookup_cameo(own.predicate.cameo).quad_class in VERBAL_QUADS
            and ctx.syntax.role(clause) != "complement")


def set_off_clause(ctx: Context, verb: Token) -> bool:
    """Whether a verb is a clause on a noun set off by a comma (« …, scellant les accords »):
    the parser's slip for a clause of the sentence's verb."""
    return (ctx.syntax.role(verb) == "clause_mod"
            and verb.doc[max(verb.left_edge.i - 1, 0)].text == ",")


def remembered_in(ctx: Context, clause: Token) -> Token | None:
    """The finite verb in the tense of a stance held (the French imperfect) that a clause is,
    or that its participle hangs on, if it is dated more than a year before publication
    (« Il y a trente ans, Rabin et Arafat échangeaient …, scellant … »): the imperfect of
    narration tells a remembered act, an anniversary's history; dated this week it tells
    the news (« mardi, Paris condamnait l'essai »)."""
    tense = ctx.lexicon.stance_tense
    verb = clause
    while "Part" in verb.morph.get("VerbForm") and verb.head.i != verb.i and (
            ctx.syntax.role(verb) == "adverbial" or set_off_clause(ctx, verb)):
        verb = clause_head(verb.head)
    if tense is None or tense not in verb.morph.get("Tense") or "Fin" not in verb.morph.get(
            "VerbForm"):
        return None
    published = ctx.analysis.article.published
    return verb if any(at == verb.i and historical(calendar_value(time), published)
                       for time, _root, _sentence, at in ctx.dated) else None


def lasting(ctx: Context, clause: Token, auxes: list[Token]) -> str | None:
    """The words of a span reaching back from now, or of a habit (« chaque nuit »), on a verb
    in the simple present (« réclame depuis des mois ») or, where the language has one that
    tells a state, the present perfect ("have been pleading for nearly a year", "has been
    closed since February"), if any: the verb tells a state that lasts, not the news."""
    lexicon = ctx.lexicon
    finite = min(auxes, key=lambda aux: aux.i) if auxes else clause
    # A past participle of its own, with no auxiliary, tells the state its act left
    # (« Détenu depuis février, l'opposant … », "Jailed since 2021, the activist …"): a span
    # opened at any date is that state's.
    participle = (not auxes and "Part" in clause.morph.get("VerbForm")
                  and "Past" in clause.morph.get("Tense"))
    # A passive auxiliary alone is the simple present of the passive (« est soumise à des
    # sanctions depuis 2006 »); any other must be the perfect's.
    tensed = [a for a in auxes if ctx.syntax.role(a) != "aux_pass"]
    if not lexicon.lasting_units or (not participle and (
            (tensed and min(tensed, key=lambda aux: aux.i).lemma_.lower()
             not in lexicon.lasting_perfect_aux)
            or "Pres" not in finite.morph.get("Tense")
            or "Fin" not in finite.morph.get("VerbForm"))):
        return None
    # Sought in the whole clause: the parser often hangs the span on the object's noun
    # (« réclame plus de transparence sur les contrats depuis des mois »).
    for unit in clause.subtree:
        if clause_head(unit).i != clause.i:
            continue
        case = preposition_of(unit, ctx.syntax)
        # "for a second week" counts the times, not a span: an ordinal says it.
        spanned = (case in lexicon.lasting_cases and unit.lemma_.lower() in lexicon.lasting_units
                   and not any(c.pos_ == "ADJ" and c.like_num for c in unit.children))
        repeated = (unit.lemma_.lower() in lexicon.habitual_units
                    and any(c.lemma_.lower() in lexicon.habitual_dets for c in unit.children))
        # Any object of "since" is a span, where the phrase is the verb's own: not "the
        # largest attack since the war began". A preposition that also counts spans (see
        # dated_long_ago) opens one only at a date long past.
        opened = (case in lexicon.lasting_open_cases and clause.i in (unit.head.i,
                                                                      unit.head.head.i)
                  and (participle or case not in lexicon.lasting_cases
                       or dated_long_ago(ctx, unit)))
        if spanned or opened or repeated:
            return ctx.analysis.doc[unit.left_edge.i:unit.i + 1].text
    # "have led months of demonstrations since a bridge collapsed": a clause of the verb's own
    # opening the span.
    return next((f"{' '.join(sorted(opening))} {clause_of.text}" for clause_of in clause.children
                 if ctx.syntax.role(clause_of) == "adverbial"
                 and (opening := ctx.marks(clause_of) & lexicon.lasting_open_cases)), None)


def dated_long_ago(ctx: Context, unit: Token) -> bool:
    """Whether ``unit`` heads a date given by its month or coarser (« depuis 2006 », « sont
    déployés depuis juin », « réclame depuis octobre »). « depuis » also says where from
    (« tire depuis la Syrie ») and counts spans only in long units (« depuis des mois »):
    opened at a day (« observe depuis lundi une grève de la faim ») it tells this week's
    news, not a state."""
    return any(root == unit.i and time.precision in LONG_PAST_PRECISIONS
               for time, root, _sentence, _at in ctx.dated)


def told_before(ctx: Context, clause: Token) -> str | None:
    """Why a relative clause whose subject is its relative pronoun tells an act known
    before, not one reported here, if it does: a defining clause on a definite noun
    presupposes its act ("the officer who shot a driver"); a clause on whom another act
    touches identifies that person or group ("granted asylum to Evo Morales, who resigned
    on Sunday"); a clause dated apart from the rest of its sentence tells an
    earlier act ("the army, which shelled Kidal in 2012, said on Monday"), unless the rest
    of its sentence is dated after publication: then the clause is the latest fact the
    sentence reports ("the envoy, who met Ruto on Monday, is due in Cairo next week") if it
    is recent. A
    clause set off
    by a comma, or on a noun that is not definite, on the doer of its sentence or on a noun
    no act touches reports the act as news ("Malian troops, who shelled the town, …")."""
    syntax = ctx.syntax
    if not any(syntax.role(c) == "agent" and is_relative_pronoun(c, syntax)
               for c in clause.children):
        return None  # not a subject relative: its own subject is named (and coded as usual)
    noun = clause.head
    named = noun
    while syntax.role(named) == "appos" and named.head.i != named.i:
        named = named.head  # the parser may hang the name on a dateline's place
    if (syntax.role(named) == "agent" and named.head.i != named.i
            and named.head.lemma_.lower() in ctx.lexicon.obituary_words):
        return "a relative clause on one whose death is told: a life, not a new event"
    start = clause.left_edge.i
    set_off = start > 0 and ctx.analysis.doc[start - 1].text == ","
    definite = any("Def" in c.morph.get("Definite") for c in noun.children
                   if syntax.role(c) == "det")
    if definite and not set_off:
        return "a defining relative clause on a definite noun: a known act, not a new event"
    outer, token, doer = clause_head(noun), noun, False
    while token.i != outer.i:
        doer = doer or syntax.role(token) == "agent"
        token = token.head
    if outer.i in ctx.by_token and not doer:
        return (f"a relative clause on what the {ctx.by_token[outer.i].predicate.id} event "
                f"touches: it says who that is, not a new event")
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    sentence = ctx.sentence_of[clause.i]
    own = {calendar_value(time) for time, _root, _sentence, at in ctx.dated if at == clause.i}
    theirs = {calendar_value(time) for time, root, at_sentence, _at in ctx.dated
              if at_sentence == sentence and root not in inside}
    published = ctx.analysis.article.published
    if own and theirs and not own & theirs and (
            any(historical(value, published) for value in own)
            or not all(after_publication(value, published) for value in theirs)):
        return "a relative clause dated apart from the rest of its sentence: an earlier act"
    return None


def asked_for(ctx: Context, candidate: Candidate) -> bool:
    """Whether a nominal predicate is what an appeal asks for, hung on the verb that
    carries the appeal ("a lancé un appel à l'aide internationale")."""
    support = candidate.support
    return (support is not None and ctx.syntax.role(candidate.trigger) == "oblique"
            and any(other is not candidate and other.support is not None
                    and other.support.i == support.i
                    and ctx.syntax.role(other.trigger) == "patient"
                    and other.plover == "REQUEST" for other in ctx.by_token.values()))


def condition_on(ctx: Context, verb: Token, marks: frozenset[str]) -> bool:
    """Whether a clause marked by one of ``marks`` ("if", "unless", « si ») hangs on ``verb``
    as its condition."""
    return any(ctx.syntax.role(clause) == "adverbial" and any(
        t.lemma_.lower() in marks
        for mark in clause.children if ctx.syntax.role(mark) == "mark"
        for t in mark.subtree) for clause in verb.children)


def decision_taken(ctx: Context, verb: Token, act: Token) -> bool:
    """Whether a verb of deciding tells a decision taken: in the past, not negated, with no
    condition on it or on the act decided (« ont décidé de fermer les frontières »; not
    « décidera la semaine prochaine », "decided to suspend exports if prices do not fall",
    "has not decided whether to …")."""
    return ("Past" in verb.morph.get("Tense") and "Cnd" not in verb.morph.get("Mood")
            and not is_negated(verb, ctx.syntax)
            and not any(condition_on(ctx, v, ctx.lexicon.hypothetical_marks)
                        for v in (verb, act)))


def conditioned_readiness(ctx: Context, word: Token) -> bool:
    """Whether a word of readiness (« prêt », "ready") is on a condition (« si », "if"), or in
    the conditional outside reported speech; reported (« a dit qu'il serait prêt »), the
    conditional is only the future of the past, and the readiness is stated."""
    # The word, and the verb it is said through where the parser makes it that verb's
    # complement ("would be ready": the condition and the reporting verb hang on "be").
    holders = [word, *([word.head] if ctx.syntax.role(word) == "complement" else [])]
    if any(condition_on(ctx, holder, ctx.lexicon.hypothetical_marks) for holder in holders):
        return True
    verbs = [*holders, *(c for holder in holders for c in holder.children
                         if ctx.syntax.role(c) in ("aux", "cop"))]
    return (any(is_conditional(verb) for verb in verbs)
            and not any(reported(ctx, holder) for holder in holders))


def shifted_back(ctx: Context, clause: Token) -> bool:
    """Whether a clause is reported by a verb of saying told in the past (« a affirmé que »,
    « affirmait que »), so that its tense is shifted back one step from the speaker's: not a
    verb in the simple present (« affirme que », « …, rappelle le rapport »), nor a verb of
    recalling, whose content is known already (« a rappelé que le Luxembourg avait
    ratifié … »)."""
    if not reported(ctx, clause):
        return False
    verb = clause.head
    if verb.lemma_.lower() in ctx.lexicon.recall_verbs:
        return False
    return bool(auxiliaries(ctx, verb)) or "Pres" not in verb.morph.get("Tense")


def reported(ctx: Context, clause: Token) -> bool:
    """Whether a clause is the complement of a verb of saying ("a déclaré que …")."""
    return (ctx.syntax.role(clause) == "complement" and clause.head.i != clause.i
            and clause.head.pos_ in VERBAL_POS
            and clause.head.lemma_.lower() in ctx.lexicon.reporting_verbs)


def background_case(ctx: Context, noun: Token) -> str | None:
    """The preposition that makes a nominal predicate a time reference to an earlier
    event ("depuis le début de l'invasion russe", "après l'assassinat de …"), or the noun of
    remembrance it belongs to ("the anniversary of the invasion", « un hommage aux victimes
    de l'attentat »), if any."""
    token = noun
    while token.pos_ not in VERBAL_POS and token.head.i != token.i:
        # A time phrase's preposition is not the act's: « observe depuis vendredi une grève »,
        # the noun hung by the parser on the weekday.
        case = preposition_of(token, ctx.syntax) if token.i not in ctx.transparent else None
        if case in ctx.lexicon.background_cases:
            return case
        head = token.head
        if head.lemma_.lower() in ctx.lexicon.background_heads:
            return head.text
        if head.pos_ in VERBAL_POS:
            # « a rendu hommage aux victimes de l'attentat »: the noun of remembrance is the
            # object of the verb the event's phrase hangs on.
            return next((c.text for c in head.children
                         if c.i != token.i and ctx.syntax.role(c) == "patient"
                         and c.lemma_.lower() in ctx.lexicon.background_heads), None)
        token = head
    return None


def qualified_noun(ctx: Context, verb: Token) -> Token | None:
    """The noun a verb qualifies, if it is a past participle hung on it with no auxiliary of
    its own (« un convoi appuyé par des supplétifs russes », "a candidate backed by the
    party"): a word said of the noun, which describes it rather than reports an act. A
    material act told so is still news (« les missiles fournis par l'Allemagne sont
    arrivés »): see VERBAL_QUADS. A noun that heads its sentence has no verb of its own: the
    parser has taken the main verb for a participle on its subject ("The Turkish president
    offered on Tuesday to host talks"). Set off by a comma right after a noun, the
    participle is in apposition to it, wherever the parser hangs it (« Laurent Gbagbo,
    condamné par contumace à vingt ans, … », made an adverbial clause of the main verb);
    not after the place or time of the verb it hangs on (« est arrivé à Accra, accueilli
    par … », "landed in Lima on Monday, greeted by …"), which it says nothing of: it is
    said of that verb's subject (see shared_object)."""
    if ("Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense")
            or any(ctx.syntax.role(c) in ("aux", "aux_pass") for c in verb.children)):
        return None
    role, head = ctx.syntax.role(verb), verb.head
    if role == "clause_mod":
        return head if head.pos_ in NOMINAL_POS and head.head.i != head.i else None
    before = [t for t in verb.doc[ctx.sentence_of[verb.i]:verb.i]
              if not t.is_punct or t.text == ","]
    if not (role == "adverbial" and len(before) > 1 and before[-1].text == ","
            and before[-2].pos_ in NOMINAL_POS):
        return None
    # « Nahel, 17 ans, abattu par un policier »: an age or a count set off between commas is
    # said of the noun before it, and so is the participle after it.
    start = len(before) - 2
    while start > 0 and before[start - 1].text != ",":
        start -= 1
    counted_phrase = before[start:-1]
    if (start > 1 and len(counted_phrase) <= COUNTED_APPOSITION
            and any(t.like_num for t in counted_phrase) and before[start - 2].pos_ in NOMINAL_POS):
        return before[start - 2]
    noun = before[-2]
    if (preposition_of(noun, ctx.syntax) and governor(noun).i == verb.head.i
            and (noun.i in ctx.transparent or any(at.root == noun.i for at in ctx.places))):
        return None
    return noun


def foreseen(ctx: Context, noun: Token) -> str | None:
    """The adjective of a prospect qualifying a nominal predicate, if any ("a possible
    invasion", "the looming strike", « une éventuelle offensive »): the act is feared or
    expected, not done."""
    return next((c.text for c in noun.children
                 if ctx.syntax.role(c) == "modifier"
                 and c.lemma_.lower() in ctx.lexicon.prospect_words), None)


def scheduled(ctx: Context, noun: Token) -> str | None:
    """The word of a schedule that a nominal predicate is the subject or object of, or that
    qualifies it (« une réunion est prévue », « l'élection prévue le 18 avril », "the planned
    summit"), if any: the act is on the calendar, not done."""
    syntax, words = ctx.syntax, ctx.lexicon.schedule_words
    if (syntax.role(noun) in ("agent", "patient") and noun.head.i != noun.i
            and noun.head.lemma_.lower() in words):
        return noun.head.text
    for word in noun.subtree:
        if word.lemma_.lower() in words and syntax.role(word) in ("clause_mod", "modifier"):
            # on the noun, or on a name of its phrase where the parser hangs it (« le sommet
            # entre la Chine et l'UE prévu en mai »), no other clause between
            head = word.head
            while head.i != noun.i and head.pos_ in NOMINAL_POS:
                head = head.head
            if head.i == noun.i:
                return word.text
    return None


def is_conditional(token: Token) -> bool:
    return "Cnd" in token.morph.get("Mood")


def warns_someone(ctx: Context, candidate: Candidate) -> bool:
    """Whether a warning is aimed at someone: it has an addressee ("warned the
    Philippines"), or what it warns of has a coded actor as its subject ("warned that it
    would respond", "warned that Israel would pay", « « Israël le paiera », a prévenu X ») or
    is an act ("toute action visant à abattre les missiles constituerait une déclaration de
    guerre")."""
    if candidate.roles.get("patient") or candidate.roles.get("recipient"):
        return True
    if any(actors_of(ctx, filler) for role in candidate.predicate.recipient
           for filler in candidate.roles.get(role, ())):
        return True  # « a mis en garde Washington », the name hung on « garde »
    # What is warned of: the complement clause, or the quotation an incise reports
    # (« « Le Maroc le paiera cher », a averti le ministre »).
    clauses = [c for c in candidate.trigger.children
               if ctx.syntax.role(c) == "complement"]
    quoted = ctx.roles_of(candidate.trigger).get("quoted", [])
    clauses += quoted
    # A quoted clause the incise hangs on holds the incise itself, which warns of nothing.
    trigger = candidate.trigger
    subjects = [subject for clause in clauses
                for subject in ctx.roles_of(clause).get("agent", ())]
    # « « La riposte sera sévère et Israël la paiera cher », a prévenu X »: the French parser
    # makes the second subject a conjunct of the first clause's adjective, and its verb that
    # noun's dependent; the noun is still who pays.
    subjects += [noun for clause in quoted if clause.pos_ == "ADJ" for noun in clause.children
                 if ctx.syntax.role(noun) == "conj" and noun.pos_ in NOMINAL_POS
                 and any(v.pos_ in VERBAL_POS for v in noun.children)]
    return any(t.i in ctx.by_token for clause in clauses for t in clause.subtree
               if not (clause.is_ancestor(trigger)
                       and (t.i == trigger.i or trigger.is_ancestor(t)))) or any(
        actors_of(ctx, subject, whole_phrase=False) for subject in subjects)


def advises_own_people(ctx: Context, candidate: Candidate, doers: list[Actor], *,
                       members_only: bool = False) -> bool:
    """Whether a warning is addressed to the doer's own civilians (« a mis en garde ses
    ressortissants contre tout voyage au Mali »): advice to its people, not a threat to the
    place it names. With ``members_only``, for an appeal, only to its people named as its
    members ("urged its nationals to leave Lebanon"): an appeal to its protesters, strikers
    or teachers is a request all the same."""
    countries = {a.country for a in doers if a.country}
    addressed = [a for role in ("patient", *candidate.predicate.recipient)
                 for filler in candidate.roles.get(role, ())
                 for a in actors_of(ctx, filler, whole_phrase=False)]
    return bool(addressed) and all(
        a.country in countries and a.sector in CROWD_SECTORS
        and (not members_only or a.role in MEMBER_PEOPLE_ROLES) for a in addressed)


def orders_own_forces(ctx: Context, verb: Token) -> bool:
    """Whether the order ``verb`` gives goes to forces (its object or its « à » phrase a noun
    of a commanded class: troops, the army, police, warships) or to no one named (« a ordonné
    de placer les forces … »): a commander's to his own. An order to a state, a party or
    another's diplomats ("the court ordered Russia to withdraw", « a ordonné aux diplomates
    belges de plier bagage ») is a demand, which may go unheeded."""
    roles = ctx.roles_of(verb)
    addressees = [filler for role in ("patient", "recipient", "oblique:à")
                  for filler in roles.get(role, ()) if filler.pos_ in NOMINAL_POS]
    return all(admits(ctx, ctx.lexicon.commanded_nouns, filler) for filler in addressees)
