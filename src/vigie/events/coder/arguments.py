"""The roles stage: which tokens fill a predicate's roles, seen through what the parse gets
wrong or leaves implicit (quantity nouns, an oblique hung on the object, an object hung
elsewhere, the nouns that say what a general one is, the support verb's own roles)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from vigie.actors.gazetteer import demonym_countries, fold
from vigie.events.lexicon import Predicate, Words
from vigie.events.roles import NOMINAL_POS, VERBAL_POS, argument_roles, conjuncts
from vigie.nlp import common_noun_lemma

if TYPE_CHECKING:
    from vigie.events.coder.candidates import Candidate
    from vigie.events.coder.context import Context

# Types that judge an act: their target is who did it, never whom it was aimed at
# ("condemned the attack on the embassy" accuses the attackers, not the embassy's country).
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# How many levels below an argument its phrase is searched (see phrase_levels).
PHRASE_DEPTH = 3
# Where a clause ends, for the noun an object backs off to.
CLAUSE_BOUNDARY_POS = frozenset({"VERB", "AUX", "SCONJ", "CCONJ"})
# Words that only determine, count or qualify the noun they precede: the search for a missing
# object does not count them, so a long noun phrase ("à l'Ukraine ses dix-huit premiers chars")
# is as near as a short one.
UNCOUNTED_POS = frozenset({"DET", "NUM", "ADJ"})
# How a word class names the parser's entity label of a name ("@PERSON"): a person is
# named, not listed.
ENTITY_MARK = "@"
# How a word class names a people by its country's noun ("200 Venezuelans", « des Haïtiens »):
# the country nouns are the actor gazetteer's, not a list of the class; the taggers read them
# as nationalities in English and as places in French, so no entity label says it.
NATIONALS_MARK = "@NATIONALS"


def fillers(ctx: Context, roles: dict[str, list[Token]], role: str) -> list[Token]:
    """The tokens filling ``role``, seen through quantity nouns and numbers ("des dizaines
    de missiles", "des dizaines de milliers de personnes", "18 des 21 drones")."""
    found = []
    pending = list(roles.get(role, ()))
    while pending:
        token = pending.pop(0)
        found.append(token)
        if token.pos_ == "NUM" or token.lemma_.lower() in ctx.lexicon.quantity_nouns:
            inner = ctx.roles_of(token)
            # "une équipe d'inspecteurs" holds inspectors; "l'équipe de France" is a team.
            named = token.lemma_.lower() in ctx.lexicon.inert_nouns
            pending.extend(t for key, ts in inner.items() if key.startswith("nmod:")
                           for t in ts if not (named and t.pos_ == "PROPN"))
        elif (starts := ctx.lexicon.onset_compounds.get(token.lemma_.lower())) is not None:
            # « a donné le coup d'envoi des manœuvres »: the start holds the act started.
            pending.extend(t for key, ts in ctx.roles_of(token).items() if key.startswith("nmod:")
                           for t in ts if t.lemma_.lower() in starts)
    return found


def cargo(ctx: Context, noun: Token) -> list[Token]:
    """What a craft or vehicle carries, named by a participle on it ("two planes loaded with
    tents", "a tanker carrying fuel", « un avion chargé de secouristes »): what is sent or
    arrives is its cargo, while the craft still says whose it is. The parser reads the
    participle as a clause or, in French, as an adjective."""
    return [f for child in noun.children
            if ctx.syntax.role(child) in ("clause_mod", "modifier")
            and (role := ctx.lexicon.cargo_verbs.get(child.lemma_.lower()))
            for f in fillers(ctx, ctx.roles_of(child), role)]


def object_obliques(ctx: Context, roles: dict[str, list[Token]], role: str) -> list[Token]:
    """An oblique the parser hung on the object ("fired a barrage of missiles and drones
    at Kharkiv") or on the name in apposition to it (« a condamné le journaliste Evan
    Gershkovich à seize ans »): the object's phrase with that preposition, through
    quantities, conjuncts and appositions."""
    if not role.startswith("oblique:"):
        return []
    nominal = "nmod:" + role.split(":", 1)[1]
    return [f for patient in fillers(ctx, roles, "patient")
            for noun in conjuncts(patient, ctx.syntax)
            for named in (noun, *(c for c in noun.children if ctx.syntax.role(c) == "appos"))
            for f in ctx.roles_of(named).get(nominal, ())]


def admits(ctx: Context, words: Words, token: Token) -> bool:
    """Whether ``token``, with the modifiers the parse gives it, is one of ``words``, or a name
    of an entity label the words name ("@PERSON"), itself or in apposition to it. A
    capitalised word the tagger took for a name that no entity covers is read as the common
    noun it is as well ("Rioters torched shops" at the head of a story, after its dateline)."""
    modifiers = [c.lemma_.lower() for c in token.children if ctx.syntax.role(c) == "modifier"]
    if (token.i + 1 < len(token.doc) and (after := token.doc[token.i + 1]).pos_ == "ADJ"
            and after.head.i != token.i and ctx.syntax.role(after) == "modifier"):
        # « ont donné leur feu vert mercredi à … »: the parser hangs the adjective right
        # after the noun on the next noun (the weekday); it is still this noun's.
        modifiers.append(after.lemma_.lower())
    if words.admits(token.lemma_.lower(), modifiers):
        return True
    named = (token, *(c for c in token.children if ctx.syntax.role(c) == "appos"))
    if any(n.ent_type_ and words.admits(ENTITY_MARK + n.ent_type_, ()) for n in named):
        return True  # "handed Salah Abdeslam to France", « l'ancien ministre X a été livré »
    if (token.pos_ == "PROPN" and token.ent_type_ != "PERSON"
            and token.i >= ctx.story_start) and any(
            words.admits(title.lemma_.lower(), [m.lemma_.lower() for m in title.children
                                                if ctx.syntax.role(m) == "modifier"])
            for title in token.children
            if title.pos_ == "NOUN" and ctx.syntax.role(title) in ("modifier", "appos")):
        # "the aircraft carrier USS Gerald R. Ford", "the MSC Aries, a container ship": the
        # English parser makes the name the head, and its title noun or the noun in
        # apposition to it says what it is (French heads the phrase with the noun:
        # « le porte-avions Charles-de-Gaulle »). A person's title is no class of what is
        # done to them ("opposition figure Sergei Tikhanovsky" was freed, not published),
        # and a dateline's place names nothing of the story ("COLOMBO (Reuters) -
        # Demonstrators …": the parser may hang the subject on it).
        return True
    if (token.pos_ in ("NOUN", "PROPN") and words.admits(NATIONALS_MARK, ())
            and fold(token.text) in demonym_countries(ctx.lang)):
        return True  # "deported 300 Haitians", « a renvoyé 200 Vénézuéliens »
    return (token.pos_ == "PROPN" and not token.ent_type_ and token.text.istitle()
            and words.admits(common_noun_lemma(ctx.analysis.settings.models[ctx.lang],
                                               ctx.lang, token.lower_), modifiers))


def bare_object(ctx: Context, token: Token, predicate: Predicate,
                roles: dict[str, list[Token]]) -> Token | None:
    """Where the entry requires an object of a class and the parse gave the verb none, the
    word right after the verb if it is of the class: a noun without its article, which
    makes an idiom with its verb (« demande pardon », « porte plainte ») and which the
    tagger often reads as an adjective or an adverb; the class decides, its members being
    nouns."""
    words = dict(predicate.requires).get("patient")
    if not words or roles.get("patient") or token.pos_ not in VERBAL_POS:
        return None
    after = token.i + 1
    word = token.doc[after] if after < len(token.doc) else None
    return word if word is not None and word.is_alpha and admits(ctx, words, word) else None


def backoff_object(ctx: Context, token: Token, predicate: Predicate,
                   roles: dict[str, list[Token]]) -> Token | None:
    """Where the entry requires an object of a class and the parse gave the verb none
    (it hung the noun elsewhere), the nearest noun of the clause after the verb that is
    of the class: up to the next verb, conjunction or punctuation, six words at most,
    determiners, numbers and adjectives not counted (« a livré à l'Ukraine ses dix-huit
    premiers chars »). A quoted aside between the verb and its object (« a suspendu
    « jusqu'à nouvel ordre » la diffusion de ») is passed over whole: it is neither a
    boundary nor counted. A verb of using is no boundary either: « n'a pas exclu de
    recourir à la force » excludes force, as « le recours à la force » would."""
    words = dict(predicate.requires).get("patient")
    if not words or roles.get("patient") or token.pos_ not in VERBAL_POS:
        return None
    counted, quoted = 0, False
    for word in token.doc[token.i + 1:token.sent.end]:
        if word.is_quote:
            quoted = not quoted
            continue
        if quoted:
            continue
        counted += word.pos_ not in UNCOUNTED_POS
        if counted > 6 or word.is_punct or (word.pos_ in CLAUSE_BOUNDARY_POS
                                            and word.lemma_.lower() not in ctx.lexicon.use_verbs):
            return None
        if word.pos_ == "NOUN" and admits(ctx, words, word):
            return word
    return None


def governing_obliques(ctx: Context, token: Token, predicate: Predicate,
                       roles: dict[str, list[Token]]) -> dict[str, list[Token]]:
    """Where the entry requires prepositional phrases the predicate lacks and the parser hung
    them on the verb that governs it, the phrases of those cases that follow it: on the verb
    whose infinitive complement it is (« a ordonné de placer les forces en « régime spécial
    d'alerte » »: « en régime » on « ordonné »), or, for a noun, on the verb whose object it
    is, which a phrase between them makes the parser do ("raised the prospect on Friday of
    sanctions": "of sanctions" on "raised"). None unless every missing one is found. Which
    of them the class admits, the entry's conditions say."""
    if token.head.i == token.i:
        return {}
    if token.pos_ in VERBAL_POS and ctx.syntax.role(token) == "complement":
        own = "oblique:"
    elif token.pos_ in NOMINAL_POS and ctx.syntax.role(token) == "patient":
        own = "nmod:"
    else:
        return {}
    missing = [role for role, _words in predicate.requires
               if role.startswith(own) and not roles.get(role)]
    if not missing:
        return {}
    governing = ctx.roles_of(token.head)
    # A date between them is read through, as the parser may hang the phrase on it
    # ("raised the prospect on Friday of an offensive": "of" on "Friday").
    dates = [phrase for key, phrases in governing.items() if key.startswith("oblique:")
             for phrase in phrases if phrase.i in ctx.transparent and phrase.i > token.i]
    borrowed = {role: [phrase for phrase in
                       (*governing.get("oblique:" + case, ()),
                        # the date's own phrases, not read through as the date is
                        *(p for date in dates
                          for p in argument_roles(date, ctx.syntax).get(role, ())))
                       if phrase.i > token.i]
                for role in missing if (case := role.split(":", 1)[1])}
    return borrowed if all(borrowed.values()) else {}


def noun_modifiers(ctx: Context, noun: Token) -> list[Token]:
    """The nouns compounded with ``noun`` ("aid" in "aid program", "opposition" in
    "opposition coalition")."""
    return [c for c in noun.children
            if c.pos_ == "NOUN" and ctx.syntax.role(c) == "modifier"]


def compounds(ctx: Context, noun: Token) -> list[Token]:
    """The nouns that say what a general noun is ("aid" in "a military aid program", "force"
    in "the use of force", « la force » in « le recours à la force », "ambassador" in
    "ambassador Sylvain Itte", "the BBC" in "the broadcasts of the BBC"); not those of a noun
    with a sense of its own ("rocket fire" is fire)."""
    lemma = noun.lemma_.lower()
    if lemma in ctx.lexicon.use_nouns or lemma in ctx.lexicon.output_nouns:
        return used_nouns(ctx, noun)
    if noun.pos_ == "PROPN":
        # "French ambassador Sylvain Itte": the title compounded with a name says who it is.
        return noun_modifiers(ctx, noun)
    if lemma not in ctx.lexicon.compound_heads:
        return []
    return noun_modifiers(ctx, noun)


def used_nouns(ctx: Context, noun: Token) -> list[Token]:
    """What a noun of use or resort is of: the nouns of its own phrases, or else the phrase
    right after it that the parser hung on its verb instead (« d'exclure le recours | à la
    force », "force" an oblique of « exclure »)."""
    own = [used for role, nouns in ctx.roles_of(noun).items()
           if role.startswith("nmod:") for used in nouns]
    return own or [phrase for phrase in noun.head.children
                   if phrase.i > noun.i and phrase.left_edge.i == noun.right_edge.i + 1
                   and phrase.pos_ in ("NOUN", "PROPN")]


def mediator(ctx: Context, noun: Token) -> bool:
    """Whether ``noun`` is the "by" phrase of a participle of mediation ("brokered by
    China"), the "behalf" of "on behalf of" (« au nom de »), or a broker's noun inside
    another's phrase ("under the auspices of", « une médiation du Qatar »; agreed to as the
    act's own argument, "agreed to US mediation", it is a filler, not in a phrase)."""
    lemma = noun.lemma_.lower()
    if lemma in ctx.syntax.proxy_nouns or lemma in ctx.syntax.broker_nouns:
        return True
    head = noun.head if noun.head.pos_ in VERBAL_POS else noun.head.head
    return (head.pos_ in VERBAL_POS and head.lemma_.lower() in ctx.lexicon.mediator_verbs
            and ctx.syntax.role(head) == "clause_mod")


def phrase_levels(ctx: Context, token: Token,
                  depth: int = PHRASE_DEPTH) -> Iterable[list[Token]]:
    """The nominals of a noun phrase, level by level: the noun and its conjuncts, then the
    nouns hung on them by a preposition or a participle's agent ("une enveloppe pour la
    reconstruction de l'Ukraine", "l'ultimatum lancé par Madrid"), down to ``depth``.
    Relative and other finite clauses are not entered: they say something else. Where an
    alleged offence was committed is a phrase of its own ("crimes committed in Venezuela" as
    "crimes in Venezuela", « les crimes commis au Burundi »)."""
    level = conjuncts(token, ctx.syntax)
    for _ in range(depth + 1):
        yield level
        below = []
        for noun in level:
            # "a commander of Turkey's allies" is not Turkey's; "NATO allies" are NATO's
            # members, the alliance itself.
            others = noun.lemma_.lower() in ctx.lexicon.relational_nouns
            offence = (alleged := ctx.by_token.get(noun.i)) is not None and (
                alleged.predicate.allegation)
            for role, found in ctx.roles_of(noun).items():
                if offence and role.startswith("clause_mod_oblique:") and (
                        role.partition(":")[2] in ctx.syntax.locative_cases):
                    below.extend(found)
                elif role.startswith("nmod:") or role == "participle_agent":
                    below.extend(c for f in found for c in conjuncts(f, ctx.syntax)
                                 if not mediator(ctx, f) and not (others and not any(
                                     a.country == "IGO" for a in ctx.analysis.actors_at(c))))
        if not below:
            return
        level = below


def owner_children(ctx: Context, token: Token, cases: tuple[str, ...]) -> list[Token]:
    """The dependents of a noun that may name whom it belongs to; where one of ``cases``
    heads its object (ClearNLP "of"), the object."""
    children = []
    for child in token.children:
        if (child.pos_ == "ADP" and child.lemma_.lower() in cases
                and ctx.syntax.role(child) == "oblique"):
            children.extend(g for g in child.children
                            if ctx.syntax.role(g) == "case_object")
        else:
            children.append(child)
    return children


def agent_fillers(ctx: Context, candidate: Candidate) -> list[Token]:
    """The tokens in the predicate's agent roles, or in its support verb's; for a verb
    without a subject, the subject it shares (see shared_subject)."""
    found = [t for role in candidate.predicate.agent
             for t in fillers(ctx, candidate.roles, role)]
    if candidate.support is not None:
        spec = ctx.lexicon.support_spec(candidate.support.lemma_.lower())
        if spec.agent:
            found += fillers(ctx, ctx.roles_of(candidate.support), spec.agent)
    if not found and candidate.predicate.pos == "VERB":
        found = shared_subject(ctx, candidate.trigger)
    return found


def verbs_above(ctx: Context, verb: Token) -> Iterator[Token]:
    """The verbs a verb without a subject hangs on through participle clauses and
    coordinations, nearest first: where its shared subject or object is to be found."""
    syntax, token = ctx.syntax, verb
    while (syntax.role(token) in ("adverbial", "conj") and token.head.i != token.i
           and token.head.pos_ in VERBAL_POS
           and not any("subj" in c.dep_ for c in token.children)):
        token = token.head
        yield token


def shared_subject(ctx: Context, verb: Token) -> list[Token]:
    """The subject a verb without one shares with the verb its participle clause or
    coordination hangs on ("Gunmen burst into a church …, opening fire on worshippers",
    "stormed the building and seized …"): who did the one did the other. Not through a
    complement, whose subject may be the object above it ("urged Chad to release …"); nor
    for a bare past participle, which is passive (« Condamné à dix ans, l'opposant … »,
    "Arrested in May, the activist …": the subject is who was convicted or arrested)."""
    syntax = ctx.syntax
    if (syntax.role(verb) == "adverbial" and "Part" in verb.morph.get("VerbForm")
            and "Past" in verb.morph.get("Tense")
            and not any(c.pos_ == "AUX" for c in verb.children)):
        return []
    for token in verbs_above(ctx, verb):
        subjects = fillers(ctx, ctx.roles_of(token), "agent")
        if subjects:
            return subjects
    return []


def commanded_forces(ctx: Context, verb: Token) -> list[Token]:
    """The forces an order gives ``verb`` to ("ordered two destroyers to sail toward the
    Gulf", "the carrier group was ordered to steam east", « a ordonné aux frégates de faire
    route vers … »): the complement's subject is the object of the verb of command, or its
    subject in the passive, when that is a force under command; whoever is ordered does
    what the order says. Only forces: an order to a state or a party ("ordered Russia to
    withdraw") lends its object no act (see frame.orders_own_forces)."""
    head = verb.head
    if (ctx.syntax.role(verb) != "complement" or head.i == verb.i
            or head.lemma_.lower() not in ctx.lexicon.command_words):
        return []
    roles = ctx.roles_of(head)
    return [filler for role in ("patient", "recipient", "oblique:à")
            for filler in fillers(ctx, roles, role)
            if admits(ctx, ctx.lexicon.commanded_nouns, filler)]


def shared_object(ctx: Context, verb: Token) -> list[Token]:
    """The subject a passive verb without one shares with the verb its participle clause or
    coordination hangs on, as its object: who was received is who arrived or spoke
    (« Reçu par le roi, le Premier ministre a évoqué … », "arrived in Lima on Monday,
    greeted at the airport by the president", « est arrivé à Dakar et a été accueilli par
    … »). A bare past participle counts only as a detached clause, where it is passive ("had
    landed and met" is active); a conjunct only with a passive auxiliary of its own."""
    syntax = ctx.syntax
    if "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense"):
        return []
    auxiliaries = [syntax.role(c) for c in verb.children if syntax.role(c) in ("aux", "aux_pass")]
    role = syntax.role(verb)
    if not ((role == "adverbial" and not auxiliaries)
            or (role == "conj" and "aux_pass" in auxiliaries)):
        return []
    for token in verbs_above(ctx, verb):
        passive = any(syntax.role(c) == "aux_pass" for c in token.children)
        subjects = fillers(ctx, ctx.roles_of(token), "patient" if passive else "agent")
        if subjects:
            return subjects
    return []


def means_obliques(ctx: Context, roles: dict[str, list[Token]], role: str) -> list[Token]:
    """The phrase of oblique ``role`` that the parser hung on the means or manner the verb
    has as another oblique, a noun naming no one and no act (« s'est entretenu au téléphone
    avec son homologue », "spoke by phone with"; not "agreed to mediation in the talks
    with …")."""
    if not role.startswith("oblique:"):
        return []
    nominal = "nmod:" + role.split(":", 1)[1]
    return [f for other, nouns in roles.items() if other.startswith("oblique:") and other != role
            for noun in nouns
            if not ctx.analysis.actors_at(noun) and not ctx.is_act(noun)
            for f in ctx.roles_of(noun).get(nominal, ())]


def recipient_fillers(ctx: Context, candidate: Candidate, role: str) -> list[Token]:
    """Tokens filling a recipient role; where the parser hung a verb's oblique on its
    object ("a rompu ses relations avec l'Ukraine"), the object's modifier counts, and a
    target clause on the predicate ("les sanctions visant l'Iran") names the target."""
    found = [f for f in fillers(ctx, candidate.roles, role)
             if f.lemma_.lower() not in ctx.syntax.proxy_nouns]  # "au nom de la France"
    if role.startswith("nmod:") and "clause_mod" in dict(candidate.predicate.requires):
        # « une fin de non-recevoir à l'ultimatum »: the parser reads an idiom's second word
        # as a clause on its noun (the entry requires it) and hangs the idiom's own phrase on
        # that word.
        found.extend(candidate.roles.get("clause_mod_oblique:" + role.split(":", 1)[1], ()))
    if role.startswith("oblique:"):
        nominal = "nmod:" + role.split(":", 1)[1]
        for patient in candidate.roles.get("patient", ()):
            # Under an object tagged as a verb ("evacuated the wounded from …"), the
            # phrase is an oblique.
            found.extend(ctx.roles_of(patient).get(
                role if patient.pos_ in VERBAL_POS else nominal, ()))
        found.extend(means_obliques(ctx, candidate.roles, role))
    # On the predicate or on its object: "l'embargo sur les armes visant le Soudan du
    # Sud", "son aide destinée au Niger", "lifted the curbs imposed on Caracas"; not on what
    # a judgement is of: "condemned the sanctions imposed on Iran" judges who imposed them.
    judged = candidate.plover in JUDGING_TYPES
    for head in [candidate.trigger, *([] if judged else candidate.roles.get("patient", ()))]:
        for noun in phrase_levels(ctx, head, depth=1):
            for child in (c for t in noun for c in t.children):
                target_role = ctx.lexicon.target_verbs.get(child.lemma_.lower())
                if target_role and ctx.syntax.role(child) == "clause_mod":
                    found.extend(ctx.roles_of(child).get(target_role, ()))
    return found
