"""The coding stage: a candidate with its doers and targets becomes an event record, its
CAMEO code chosen (negated, joint, crowd, state, prepared, promised or announced), the PLOVER
type, mode, contexts, quad class and Goldstein weight read off the code, and its date,
tense, negation, place and evidence attached."""

from __future__ import annotations

from spacy.tokens import Token

from vigie.actors.peoples import PEOPLE_ROLE
from vigie.events.cameo import intent_codes, lookup_cameo, refusal_codes
from vigie.events.coder.actor_codes import (
    ARMED_SECTORS,
    BODY_SECTOR,
    CROWD_SECTORS,
    STATE_SECTORS,
    as_state,
    on_bodies_only,
    one_per_code,
)
from vigie.events.coder.arguments import admits
from vigie.events.coder.candidates import Candidate
from vigie.events.coder.context import Context
from vigie.events.coder.dating import (
    date_of_effect,
    event_date,
    future_form,
    historical,
    immediate_effect,
    tense,
)
from vigie.events.coder.frame import (
    HARM_TYPES,
    VERBAL_QUADS,
    Frame,
    condition_on,
    participle_of_manner,
)
from vigie.events.coder.joint import MATERIAL_CONFLICT
from vigie.events.roles import VERBAL_POS, clause_head, is_negated
from vigie.model import Actor, Attribution, Event, TimeRef, place_fields

# The code of a threat that names no particular act (CAMEO 130).
THREAT_CAMEO = "130"
# The code of an attack being prepared: a show of military force (CAMEO 150).
POSTURE_CAMEO = "150"
# The code of a crowd demonstrating (CAMEO 141): what a crowd demands as it marches, occupies
# or fills the streets is what it demonstrates for.
CROWD_DEMAND_CAMEO = "141"
# The code of a crowd's violence against a state's bodies (CAMEO 145, "protest violently,
# riot"), as ACLED counts mob violence against police or an embassy among riots; a crowd that
# sets upon people (a lynching, settlers torching a village) is an assault.
RIOT_CAMEO = "145"
# Types whose act in the future is on a schedule, neither promised nor decided: a visit or a
# meeting that "will" take place has not happened ("will travel to Washington next month").
SCHEDULED_TYPES = frozenset({"CONSULT"})
# Types of a verbal act that, reported as to come, is only foretold: no promise or threat codes
# it (see events/data/intent.tsv), and it has not been made ("said it would take the case to
# the court", "said it would ask the council for help"). Said in the future by the story
# itself ("the UN will investigate"), it is coded, as decided.
FORETOLD_TYPES = frozenset({"REQUEST", "ACCUSE"})
# Types of an act that its doer, saying it will do it, has decided and so done: a government
# that says it will withdraw a bill, repeal laws or revoke a decree has conceded (« a annoncé
# qu'il retirerait le projet de loi »); the gold of every set codes the concession, not a
# promise of one. Planned or intended ("plans to withdraw"), it stays a promise.
DECIDED_TYPES = frozenset({"CONCEDE"})
ATTEMPT = "attempt"


def threat_promised(ctx: Context, candidate: Candidate) -> str | None:
    """The threat code of a promise to do harm ("vowed to fight Israel", "a promis de
    frapper"): a vow of violence, coercion or sanctions is a threat, not an agreement."""
    if not candidate.predicate.announces_content:
        return None
    for clause in promised_clauses(ctx, candidate.trigger):
        # The harm may be the promised act's purpose (« a juré de marcher sur Kinshasa pour
        # renverser le régime »), as it is no act of its own.
        harm = next((verb for verb in (clause, *clause.children)
                     if (verb.i == clause.i or ctx.syntax.role(verb) == "complement"
                         or purpose_clause(ctx, verb))
                     and harmful(ctx, verb, clause)), None)
        if harm is not None:
            # « a juré de venger sa mort », "vowed to punish them": harm that no entry codes
            # as an act of its own, promised; through a verb it is the complement of too
            # (« a juré de faire payer »).
            ctx.note(candidate.trigger, "recoded",
                     f"{candidate.predicate.id}: a promise of harm ({harm.text!r}), "
                     f"coded THREATEN {THREAT_CAMEO}")
            return THREAT_CAMEO
        # "said it was ready to bomb the cities", « s'est dit prêt à bombarder »: the act is
        # the complement of the word of readiness the verb's complement is.
        acts = {clause.i, *(c.i for c in clause.children
                            if ctx.syntax.role(c) == "complement")}
        promised = next((other for other in ctx.by_token.values()
                         if other is not candidate and any(other.stands_at(i) for i in acts)),
                        None)
        if promised is not None:
            # An act of another kind promised ("vowed to march on the capital") makes this
            # clause no threat; an act joined to it may still be one ("… and topple the
            # president").
            kind = promised.plover
            if kind not in HARM_TYPES:
                continue
            code = intent_codes()[kind]
            ctx.note(candidate.trigger, "recoded",
                     f"{candidate.predicate.id}: a promise of "
                     f"{kind} ({promised.trigger.text!r}), coded THREATEN {code}")
            return code
    return None


def promised_clauses(ctx: Context, trigger: Token) -> list[Token]:
    """The clauses a verb of promising says are to come: its complements, with the verbs
    joined to them ("vowed to push on to the capital and topple the president", « a juré de
    marcher sur la capitale et de renverser le régime »: the second act is promised as much as
    the first) and an infinitive the parser hung on the verb as an adverbial clause, which it
    does when a phrase comes between them ("vowed on Monday to topple the government"; « a
    juré jeudi de marcher … pour renverser le régime » hangs the purpose on the verb)."""
    syntax = ctx.syntax
    # The complements of the roles, not only the parse's: « a promis mercredi qu'Israël sera
    # puni » has its clause hung on the weekday.
    clauses = list(ctx.roles_of(trigger).get("complement", ()))
    marks = syntax.infinitive_marks | ctx.lexicon.purpose_marks
    clauses += [clause for clause in trigger.children
                if clause.i > trigger.i and clause not in clauses
                and adverbial_marked(ctx, clause, marks)
                and not any(syntax.role(c) == "agent" for c in clause.children)]
    clauses += [joined for clause in list(clauses) for joined in clause.children
                if syntax.role(joined) == "conj" and joined.pos_ in VERBAL_POS
                and joined not in clauses]
    return clauses


def purpose_clause(ctx: Context, verb: Token) -> bool:
    """Whether a verb is an adverbial clause marked as a purpose ("to", « pour »)."""
    return adverbial_marked(ctx, verb, ctx.lexicon.purpose_marks)


def adverbial_marked(ctx: Context, verb: Token, marks: frozenset[str]) -> bool:
    """Whether a verb heads an adverbial clause introduced by one of ``marks`` (its mark, or
    the infinitive's "to" the parser takes for an auxiliary)."""
    return (ctx.syntax.role(verb) == "adverbial" and verb.pos_ in VERBAL_POS
            and any(ctx.syntax.role(m) in ("mark", "aux") and m.lower_ in marks
                    for m in verb.children))


def harmful(ctx: Context, verb: Token, clause: Token) -> bool:
    """Whether a promised verb is harm: a verb of harm (« venger », "punish"), one that makes
    someone meet it ("would face retaliation", "will see a response"), or one of what befalls
    the other side made to happen (« faire payer à Israël », "make them pay") or foretold of a
    subject of its own (« que les Etats-Unis paieront »), or a verb of overthrowing a ruler or
    a government ("vowed to topple the president")."""
    lemma, lexicon = verb.lemma_.lower(), ctx.lexicon
    patients = ctx.roles_of(verb).get("patient", ())
    if lemma in lexicon.harm_words or any(
            admits(ctx, lexicon.harm_nouns, patient) for patient in patients):
        return True
    if lemma in lexicon.overthrow_words:
        return any(admits(ctx, lexicon.overthrown_nouns, patient) for patient in patients)
    if lemma not in lexicon.caused_harm_words:
        return False
    # The causative is the verb above, or hung on the verb as its auxiliary by the parser.
    caused = any(word.i != verb.i and word.lemma_.lower() in lexicon.causative_verbs
                 for word in (clause, *verb.children))
    return caused or any(ctx.syntax.role(c) == "agent" for c in verb.children)


def assisting(ctx: Context, anchor: Token) -> Token | None:
    """The verb of a purpose clause of the act that says it is done to help someone ("sent
    troops to help Maputo", « a envoyé des soldats pour aider le Mali »), or the noun of the
    request it answers ("sent troops at the request of the Mozambican government", « à la
    demande du gouvernement malien »: a force sent where it was asked for helps), if any; on
    the act itself or on a past participle that tells how it came about ("touched down on
    Tuesday, sent at the request of Haiti's government")."""
    lexicon, syntax = ctx.lexicon, ctx.syntax
    for clause in anchor.children:
        if (syntax.role(clause) == "adverbial" and clause.pos_ == "VERB"
                and "Part" in clause.morph.get("VerbForm")
                and "Past" in clause.morph.get("Tense")
                and (helping := assisting(ctx, clause)) is not None):
            return helping
    for clause in anchor.children:
        if (syntax.role(clause) in ("adverbial", "complement")
                and clause.lemma_.lower() in lexicon.assist_words
                and any(syntax.role(m) in ("mark", "aux")
                        and m.lemma_.lower() in lexicon.purpose_marks
                        for m in clause.children)):
            return clause
    roles = ctx.roles_of(anchor)
    asked = next((noun for case in sorted(lexicon.assist_request_cases)
                  for noun in roles.get(f"oblique:{case}", ())
                  if noun.lemma_.lower() in lexicon.assist_requests), None)
    return asked if asked is not None else helping_mission(ctx, anchor)


def helping_mission(ctx: Context, anchor: Token) -> Token | None:
    """A mission or a force that comes to help (``assist_missions``), named in the phrases
    of the act or of its doer, no other clause between ("touched down on Tuesday, the
    vanguard of a multinational force", « a atterri mardi, fer de lance de la mission
    multinationale », "arrived as part of a peacekeeping force"): forces that arrive as
    its part come to help."""
    for word in anchor.sent:
        if word.pos_ != "NOUN" or not admits(ctx, ctx.lexicon.assist_missions, word):
            continue
        head = word.head
        while head.i != anchor.i and head.pos_ not in VERBAL_POS and head.head.i != head.i:
            head = head.head
        if head.i == anchor.i:
            return word
    return None


def crowd_demand(ctx: Context, anchor: Token, code: str, actors: list[Actor]) -> bool:
    """Whether a demand is a crowd's, told as a present participle of how it did another act
    ("Thousands of students occupied the parliament, demanding his resignation", « des milliers
    de manifestants ont défilé, réclamant sa démission »): the crowd demonstrates for it, it
    does not address a request. A demand made in words ("wrote to the minister, demanding …")
    or as the crowd's own verb ("the families pleaded with the president") stays a request."""
    return (lookup_cameo(code).plover == "REQUEST" and bool(actors)
            and all(a.sector in CROWD_SECTORS for a in actors)
            and participle_of_manner(ctx, anchor)
            and anchor.head.lemma_.lower() not in ctx.lexicon.reporting_verbs)


def crowd_doers(actors: list[Actor], code: str) -> bool:
    """Whether the doers of an act coded ``code`` are all crowds (protesters, students,
    workers): and, for an act of words (defying a ban, « braver l'interdiction »), a people
    named by its demonym too ("Young Ugandans defied a police ban"), which does not speak for
    its state: it defies in the street. A people's deed keeps its code ("the Russians
    attacked the town" is the army's)."""
    if not actors:
        return False
    words = lookup_cameo(code).quad_class in VERBAL_QUADS
    return all(a.sector in CROWD_SECTORS or (words and a.role == PEOPLE_ROLE and not a.sector)
               for a in actors)


def crowd_against_state(code: str, actors: list[Actor], recipients: list[Actor]) -> bool:
    """Whether a violent act (material conflict, not already a protest) is a crowd's against a
    state's bodies ("youths fought riot police", « des jeunes ont pris pour cible les
    ambassades »): the crowd riots. Without a target of a state, it is left as coded."""
    cameo = lookup_cameo(code)
    return (cameo.quad_class == 4 and cameo.plover != "PROTEST" and bool(actors)
            and all(a.sector in CROWD_SECTORS for a in actors)
            and any(r.resolved and r.sector in STATE_SECTORS for r in recipients))


def event(ctx: Context, candidate: Candidate, actors: list[Actor], recipients: list[Actor],
          times: list[TimeRef], frame: Frame, attribution: Attribution | None,
          code: str) -> Event:
    """The event record of a candidate coded ``code`` before its modality is read."""
    analysis = ctx.analysis
    trigger, predicate = candidate.trigger, candidate.predicate
    anchor = candidate.anchor
    tensed = anchor if anchor.pos_ in VERBAL_POS else clause_head(anchor)
    negated = is_negated(anchor, ctx.syntax)
    # "would not rule out force", « n'exclurait pas le recours à la force »: harm not ruled
    # out is threatened by the very words, hedged by a modal or not.
    unexcluded_harm = False
    if negated and predicate.negated_cameo:
        # "will not accept any more refugees": a refusal, which did happen.
        code, negated = predicate.negated_cameo, False
        unexcluded_harm = lookup_cameo(code).plover == "THREATEN"
        ctx.note(trigger, "recoded", f"{predicate.id}: negated, coded as a refusal {code}")
    elif predicate.joint_cameo and len({a.country for a in actors}) > 1:
        if lookup_cameo(code).quad_class == MATERIAL_CONFLICT:
            # "Spanish and Moroccan police dismantled a cell of Islamic State recruiters":
            # an act of force done by the sides of several countries together is their
            # cooperation, every side a source and no target, as joint.py codes it; whom the
            # force was used on is the target of that act, not of the cooperation.
            recipients = []
        code = predicate.joint_cameo
    elif predicate.crowd_cameo and crowd_doers(actors, code):
        code = predicate.crowd_cameo
    elif predicate.armed_cameo and actors and all(a.sector in ARMED_SECTORS for a in actors):
        code = predicate.armed_cameo
    elif crowd_against_state(code, actors, recipients):
        code = RIOT_CAMEO
        ctx.note(trigger, "recoded", f"{predicate.id}: a crowd's violence against a state's "
                                     f"bodies, coded PROTEST {code}")
    elif predicate.assist_cameo and (helping := assisting(ctx, anchor)) is not None:
        code = predicate.assist_cameo
        ctx.note(trigger, "recoded",
                 f"{predicate.id}: done to help ({helping.text!r}), coded {code}")
    elif predicate.body_cameo and on_bodies_only(recipients):
        code = predicate.body_cameo
        ctx.note(trigger, "recoded", f"{predicate.id}: its target is an international body, "
                                     f"coded {code}")
    elif predicate.bloc_cameo and actors and all(a.sector == BODY_SECTOR for a in actors):
        code = predicate.bloc_cameo
        ctx.note(trigger, "recoded", f"{predicate.id}: done by an international body, coded "
                                     f"{code}")
    elif predicate.state_cameo and all(
            a.resolved and (a.sector or "GOV") in STATE_SECTORS for a in actors):
        code = predicate.state_cameo
    elif predicate.unconditioned_cameo and not consequence_named(ctx, anchor):
        code = predicate.unconditioned_cameo
        ctx.note(trigger, "recoded", f"{predicate.id}: no consequence named for not "
                                     f"complying, a demand: coded {code}")
    if crowd_demand(ctx, anchor, code, actors):
        code = CROWD_DEMAND_CAMEO
        ctx.note(trigger, "recoded", f"{predicate.id}: a crowd's demand told as the manner of "
                                     f"{anchor.head.text!r}, coded PROTEST {code}")
    if frame.prepared:
        # "is preparing to attack the town": the attack has not happened; the forces
        # readied for it have.
        code = POSTURE_CAMEO
        ctx.note(trigger, "recoded",
                 f"{predicate.id}: prepared ({frame.prepared!r}), coded MOBILIZE {code}")
    cameo = lookup_cameo(code)
    plover = (predicate.event if code == predicate.cameo else None) or cameo.plover
    future = future_form(ctx, tensed)
    announcement = intent_codes().get(plover)
    threatened = threatened_by_speaker(frame, announcement, actors, attribution)
    recoded = bool(announcement) and bool(
        frame.announced or threatened or (plover != "CONSULT" and future))
    refusal = (refusal_codes().get(plover)
               if recoded and negated and recipients and not frame.hypothetical else None)
    if refusal:
        # "said it would not hold talks with Washington", "will never recognise the
        # annexation": a refusal, which did happen, aimed at someone ("he will not resign"
        # refuses no one).
        code, negated, recoded = refusal, False, False
        cameo = lookup_cameo(code)
        plover = cameo.plover
        ctx.note(trigger, "recoded", f"{predicate.id}: announced as not to be done, coded "
                                     f"as a refusal {plover} {code}")
    effect = (recoded and lookup_cameo(str(announcement)).plover == "THREATEN"
              and not frame.hypothetical and not ultimatum(ctx, tensed)
              and ((future and not frame.announced and date_of_effect(ctx, candidate, times))
                   # "said it would quit the bloc with immediate effect": reported, only an
                   # immediate effect leaves no open future ("said it would expel them
                   # within 48 hours" still threatens).
                   or (frame.reported_future and not on_condition(ctx, tensed)
                       and immediate_effect(ctx, candidate))))
    if effect:
        future = True
        # "will expel the diplomats within 48 hours", « expulsera … sous 48 heures »: an act
        # of harm decided (a future, not a plan or an intent) with its date of effect is
        # the act, in the future, not a threat; without a date, or on a condition, it
        # threatens. A promise stays a promise, dated or not ("will send aid next week").
        recoded = False
        ctx.note(trigger, "recoded", f"{predicate.id}: decided, taking effect {effect!r}: "
                                     f"coded as the act, in the future")
    decided = (recoded and plover in DECIDED_TYPES and frame.reported_future
               and not frame.hypothetical and not negated and not ultimatum(ctx, tensed))
    if decided:
        recoded = False
        ctx.note(trigger, "recoded", f"{predicate.id}: decided by its doer (a future), "
                                     f"coded as the act")
    scheduled = future and not recoded and plover in SCHEDULED_TYPES
    if scheduled:
        ctx.note(trigger, "recoded", f"{predicate.id}: in the future, on a schedule: "
                                     f"not a fact (hypothetical)")
    foretold = (bool(frame.announced) and not recoded and not negated
                and plover in FORETOLD_TYPES)
    if foretold:
        ctx.note(trigger, "recoded", f"{predicate.id}: announced for the future, not yet "
                                     f"made: not a fact (hypothetical)")
    if recoded:
        # Announced, not done: a promise or a threat (see events/data/intent.tsv); any act
        # announced "unless" the other side complies is a threat.
        cameo = lookup_cameo(THREAT_CAMEO if ultimatum(ctx, tensed) else str(announcement))
        plover = cameo.plover
        ctx.note(trigger, "recoded",
                 f"{predicate.id}: announced for the future, coded {plover} {cameo.code}")
    published = analysis.article.published
    date_value, date_text, precision, source = event_date(times, published)
    tense_name = tense(ctx, tensed, date_value, published, future)
    tokens = [trigger, *([candidate.support] if candidate.support is not None else [])]
    if predicate.pos == "VERB":
        sentence = ctx.sentence_of[trigger.i]
        tokens.extend(f for role, _ in predicate.requires
                      for f in candidate.roles.get(role, ()) if ctx.sentence_of[f.i] == sentence)
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    span = analysis.doc[first:last + 1]
    # Sliced from the article's text: Span.text rebuilds it token by token.
    text, sent = analysis.article.text, trigger.sent
    contexts = set(predicate.context) | set(cameo.context) | phrase_contexts(ctx, candidate)
    if frame.attempted:
        contexts.add(ATTEMPT)
        ctx.note(trigger, "recoded", f"{predicate.id}: attempted ({frame.attempted!r}), "
                                     f"coded with the {ATTEMPT!r} context")
    if frame.commanded:
        ctx.note(trigger, "recoded", f"{predicate.id}: ordered ({frame.commanded!r}); "
                                     f"forces do it as the order is given, coded as done")
    confidence = 0.9 - 0.1 * (predicate.pos == "NOUN") - 0.1 * any(
        (a.via or "").startswith("coref") for a in actors)
    analysis.note("events", span.start_char, span.end_char, "fired",
                  f"{plover} {cameo.code} by {ctx.lang}:{predicate.id}")
    return Event(
        doc_id=analysis.doc_id,
        event=plover,
        mode=cameo.mode if recoded or refusal else predicate.mode or cameo.mode,
        context=tuple(sorted(contexts)),
        cameo=cameo.code,
        quad_class=cameo.quad_class,
        goldstein=cameo.goldstein,
        actor=one_per_code(as_state(a) for a in actors),
        recipient=one_per_code(as_state(a) for a in recipients),
        date_value=date_value,
        date_text=date_text,
        date_precision=precision,
        location=place.name if (place := ctx.place(anchor)) else None,
        **place_fields(place),
        negated=negated,
        tense=tense_name,
        hypothetical=(frame.hypothetical and not threatened and not unexcluded_harm)
        or scheduled or foretold,
        attribution=attribution,
        event_text=text[span.start_char:span.end_char],
        sentence=text[sent.start_char:sent.end_char].strip(),
        start=span.start_char,
        end=span.end_char,
        language=ctx.lang,
        confidence=round(max(confidence, 0.5), 2),
        rule=f"{ctx.lang}:{predicate.id}",
        historical=historical(date_value, published),
        date_source=source,
    )


def consequence_named(ctx: Context, verb: Token) -> bool:
    """Whether the clause of ``verb`` names, after it, what befalls whoever does not comply:
    a verb joined by "or", a condition "if", "unless", "otherwise" (« ou », « faute de
    quoi », « sous peine de »), or harm told in a clause joined to it (see penalty_told)."""
    marks = ctx.lexicon.consequence_marks
    return any(t.lemma_.lower() in marks and (
        penalty_phrase(t) if t.pos_ == "NOUN"
        else t.head.pos_ in VERBAL_POS and verb.is_ancestor(t))
        for t in verb.doc[verb.i + 1:verb.sent.end]) or penalty_told(ctx, verb)


def penalty_told(ctx: Context, verb: Token) -> bool:
    """Whether a clause joined to ``verb`` after it, a verb coordinated with it or a clause of
    manner, names harm (Lexicon.penalty_nouns): "gave the junta a week …, warning that they
    would not exclude the use of force", "… and said they would take all measures, including
    the use of force". Not the time limit's own complement: "gave Moscow a week to end its
    invasion" demands, it threatens nothing."""
    penalties = ctx.lexicon.penalty_nouns
    # The complement is an infinitive, which the parsers also hang on the verb as a clause.
    return any(ctx.syntax.role(clause) in ("conj", "adverbial") and clause.pos_ in VERBAL_POS
               and "Inf" not in clause.morph.get("VerbForm")
               and any(t.lemma_.lower() in penalties for t in clause.subtree)
               for clause in verb.children if clause.i > verb.i)


def penalty_phrase(noun: Token) -> bool:
    """Whether a noun of penalty opens a phrase of its own (« sous peine de », « faute de
    quoi », « à défaut de »): it names what befalls whoever does not comply wherever the
    parser hung it (on the last noun before it, or as a root of its own); « à peine trois
    jours » (barely three days) names nothing."""
    after = noun.i + 1
    return after < len(noun.doc) and noun.doc[after].pos_ == "ADP"


def on_condition(ctx: Context, verb: Token) -> bool:
    """Whether an "if" or "unless" clause hangs on a reported act or on the verb reporting
    it (the parser often hangs « si … » on « a annoncé »): an act so announced is open."""
    marks = ctx.lexicon.hypothetical_marks | ctx.lexicon.threat_marks
    return any(condition_on(ctx, v, marks) for v in (verb, verb.head))


def ultimatum(ctx: Context, verb: Token) -> bool:
    """Whether a condition "unless …" (« à moins que … ») hangs on ``verb``."""
    return condition_on(ctx, verb, ctx.lexicon.threat_marks)


def threatened_by_speaker(frame: Frame, announcement: str | None, actors: list[Actor],
                          attribution: Attribution | None) -> bool:
    """Whether a modal act of harm on a condition is its doer's threat: "Medvedev said Moscow
    could hit Western capitals if …" threatens; "analysts said Russia could strike if …" is
    someone else's guess, and stays hypothetical."""
    if not frame.conditioned or not announcement or attribution is None:
        return False
    if lookup_cameo(announcement).plover != "THREATEN":
        return False
    speakers = {a.country for a in attribution.speaker if a.country}
    return bool(speakers & {a.country for a in actors if a.country})


def phrase_contexts(ctx: Context, candidate: Candidate) -> set[str]:
    """Contexts named in the predicate's own phrase and in its object and obliques."""
    phrase = list(candidate.trigger.subtree) if candidate.predicate.pos == "NOUN" else []
    for role, tokens in candidate.roles.items():
        if role in ("patient", "recipient") or role.startswith(("oblique:", "nmod:")):
            for token in tokens:
                phrase.extend(token.subtree)
    return {ctx.lexicon.contexts[t.lemma_.lower()] for t in phrase
            if t.lemma_.lower() in ctx.lexicon.contexts}
