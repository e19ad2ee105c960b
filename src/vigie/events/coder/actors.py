"""The actors-for-roles stage: the coded actors standing in a candidate's doer and target
roles, found in the argument's own mention, inside its phrase, in its support verb's roles,
in what is threatened or demanded, in a verb it shares a subject with, or placed (see
placing); and whom an act aimed at no one named is aimed at."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from vigie.events.cameo import lookup_cameo
from vigie.events.coder.actor_codes import (
    HOME_SECTORS,
    LOCAL_SECTORS,
    STATE_SECTORS,
    as_citizens,
    bloc_actor,
    demonym_actor,
    is_country,
    place_actor,
    same_actor,
)
from vigie.events.coder.arguments import (
    JUDGING_TYPES,
    PHRASE_DEPTH,
    agent_fillers,
    fillers,
    mediator,
    object_obliques,
    owner_children,
    phrase_levels,
    recipient_fillers,
)
from vigie.events.coder.candidates import Candidate
from vigie.events.coder.context import Context
from vigie.events.coder.placing import (
    border_country,
    country_around,
    free_place,
    located,
    where,
)
from vigie.events.roles import (
    VERBAL_POS,
    case_of,
    clause_head,
    conjuncts,
    governor,
    leading_conjuncts,
    preposition_of,
)
from vigie.model import Actor, Attribution, Place

NO_AGENT = "no coded actor in the agent role"
# Roles through which an actor inside a noun phrase belongs to the phrase's head
# ("le gouvernement de la RPDC", "une initiative des États-Unis", "les frappes russes").
PHRASE_ROLES = frozenset({"nominal_arg", "modifier", "appos", "name_part", "possessor"})
# Types whose target, when the text names none, is the territory of the event's place.
PLACE_TARGET_TYPES = frozenset({"ASSAULT"})
# Types of what a state does to those under its authority (arrests, dissolutions, releases,
# pardons): a person the text does not place, acted on by its government, is its own.
AUTHORITY_TYPES = frozenset({"COERCE", "RETREAT", "CONCEDE"})
# Types of acts done to people (arrests, killings, abductions): a number standing alone as
# their object counts people ("arresting 12").
PEOPLE_TYPES = frozenset({"COERCE", "ASSAULT"})
# The traces of an unnamed doer placed only by the story's country (see unidentified).
STORY_VIAS = ("dateline:", "story:")
LOCATED_VIA = "located:"
# Types whose target, when the text names none, is the country their means are sent to or
# massed at (aid flown "into Gaza", artillery moved "near its border with Finland"), with the
# mode required, if any: not weapons shown or tested, which fall where they are fired.
DESTINATION_MODES: dict[str, str | None] = {"AID": None, "MOBILIZE": "troops"}
# Types whose target, when the text names none, is the country beyond the border the force
# is massed along ("near its border with Finland"); aid brought to a border is for whoever is
# there, on either side.
BORDER_TYPES = frozenset({"MOBILIZE"})
# Types whose target, when the text names none, is the authorities of the event's country:
# a protest is aimed at those who govern where it happens.
ADDRESSED_TYPES = frozenset({"PROTEST"})
# Types of what a foreign state brings into or takes out of a country (aid flown in, troops
# withdrawn): with no one named as its target, the act is the story's, so aimed at the
# country the story is told from and about (see story_host).
HOSTED_TYPES = frozenset({"AID", "RETREAT"})
# Types of what a state or a group does to people of its own country (arrests, bans, pardons,
# releases, sentences, killings): an unplaced critic, party, villager or prisoner it acts on
# is its own (see own_people).
OWN_PEOPLE_TYPES = AUTHORITY_TYPES | {"SANCTION", "ASSAULT"}
# Who aims what, when naming no one, at the government of their own country (see
# opposed_government): the sectors of such doers and the types of their acts. A country's
# opposition or parties charge, refuse or demand; its courts and legislatures refuse what the
# government put to them (a court strikes a law down, deputies vote a bill or a deal down).
OPPOSED_GOVERNMENT: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"OPP", "PTY"}), frozenset({"ACCUSE", "REJECT", "REQUEST"})),
    (frozenset({"JUD", "LEG"}), frozenset({"REJECT"})),
)
# Types of words, not deeds (verbal cooperation and conflict).
VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE",
                          "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Types by which an unnamed group petitions a government: the group is of its country.
PETITION_TYPES = frozenset({"PROTEST", "REQUEST"})
# Modes of acts aimed at no one: a resignation leaves an office, it is not done to whoever
# receives the letter, to the office's country or to the body that announces it ("handed his
# resignation to the president", « a quitté ses fonctions de Premier ministre d'Haïti »).
UNTARGETED_MODES = frozenset({"resign"})
# Modes of a deployment of a state's own forces (see deployed_forces).
DEPLOYED_MODES = frozenset({"troops", "police"})


def participants(ctx: Context, candidate: Candidate, attribution: Attribution | None
                 ) -> tuple[list[Actor], list[Actor]] | str:
    """The doers and targets of a candidate, or why it has no doer. An allegation's doer is
    who alleges, its target whom the allegation names."""
    predicate = candidate.predicate
    if predicate.allegation:
        if attribution is None or not attribution.speaker:
            return "an allegation noun outside reported speech"
        actors = [a for a in attribution.speaker if a.resolved]
        recipients = (role_actors(ctx, candidate, predicate.agent)
                      or said_of(ctx, candidate, actors))
        if not recipients:
            return "an allegation that names no one"
    else:
        actors = (agent_actors(ctx, candidate)
                  or speaker_as_doer(ctx, candidate, attribution)
                  or located(ctx, agent_fillers(ctx, candidate), candidate, story=True)
                  or unnamed_attacker(ctx, candidate)
                  or claimed_attack(ctx, candidate)
                  or unnamed_crowd(ctx, candidate)
                  or unnamed_authority(ctx, candidate)
                  or deployed_forces(ctx, candidate))
        if not actors and candidate.plover not in PETITION_TYPES:
            return NO_AGENT  # only a petition's target can give it a doer
        if candidate.plover in ADDRESSED_TYPES:
            actors = [as_citizens(a) for a in actors]
        recipients = [] if act_mode(candidate) in UNTARGETED_MODES else (
                      recipient_actors(ctx, candidate, actors)
                      or (predicate.content_recipient
                          and (content_recipients(ctx, candidate, actors)
                               or aimed_inside(ctx, candidate, actors)))
                      or document_addressees(ctx, candidate, actors)
                      or addressee(ctx, candidate, actors)
                      or (predicate.own_territory and own_territory(ctx, candidate, actors))
                      or unnamed_target(ctx, candidate, actors))
    if not actors and candidate.plover in PETITION_TYPES:
        # "Islamic fundamentalists … demand the resignation of the Algerian president",
        # "les syndicats ont demandé au gouvernement de …": an unplaced crowd, union or
        # party that petitions a government is of its country.
        governments = [r for r in recipients if r.resolved and not is_country(r)
                       and (r.sector or "") in STATE_SECTORS]
        if len({g.country for g in governments}) == 1:
            actors = located(ctx, agent_fillers(ctx, candidate), candidate, governments[0])
    if not actors:
        return NO_AGENT
    actor_keys = {(a.code, a.start) for a in actors}
    # Nor is a pronoun that stands for the doer ("Russia said it must respond").
    recipients = [r for r in recipients if (r.code, r.start) not in actor_keys
                  and not ((r.via or "").startswith("coref") and same_actor(r, actors))]
    doing = {a.country for a in actors if a.country}
    if len(doing) > 1:
        # Doers of several countries act together ("Kenya and Uganda signed a pact to cut
        # tariffs on Ugandan sugar", « le Ghana et le Togo ont conclu un accord pour
        # rapatrier des migrants ghanéens »): an actor of a country among them is a party
        # to the act, not its target; a place is what they act on ("Russian and Syrian
        # jets bombed villages near Idlib").
        recipients = [r for r in recipients
                      if r.country not in doing or r.role == "territory"]
    return actors, recipients


def said_of(ctx: Context, candidate: Candidate, speakers: list[Actor]) -> list[Actor]:
    """Whom a predicative noun is aimed at when what it is said of is no actor: one named
    inside that phrase ("any attempt by India to divert the river would be an act of war",
    « tout navire à destination des ports israéliens sera une cible légitime »)."""
    for token in candidate.roles.get("predicated", ()):
        # Also where a participle on it says where it goes ("every vessel bound for Israel's
        # ports"); not a relative clause, which says something else of it.
        phrases = [token, *(filler for clause in token.children
                            if ctx.syntax.role(clause) == "clause_mod"
                            for role, fillers in ctx.roles_of(clause).items()
                            if role.startswith("oblique:") for filler in fillers)]
        for phrase in phrases:
            found = nested_actors(ctx, phrase, speakers, places=False)
            if found:
                return found
    return []


def speaker_as_doer(ctx: Context, candidate: Candidate, attribution: Attribution | None
                    ) -> list[Actor]:
    """In a direct quotation, a doer in the first person (« Nous demandons à Israël de … »)
    is the resolved speaker: the body the speaker speaks for."""
    if attribution is None or ctx.quote_of(candidate.trigger.idx, direct=True) is None:
        return []
    if not any(t.pos_ == "PRON" and "1" in t.morph.get("Person")
               for t in agent_fillers(ctx, candidate)):
        return []
    return [a for a in attribution.speaker if a.resolved]


def actors_of(ctx: Context, token: Token, depth: int = 0, *,
              whole_phrase: bool = True) -> list[Actor]:
    """Coded actors standing for a nominal argument, for each conjunct: its own mention,
    else the names and country adjectives attached to it ("le président élu américain
    Donald Trump"), and with ``whole_phrase`` also the owner its phrase is built on ("une
    initiative des États-Unis", "une résolution présentée par la France")."""
    syntax, analysis = ctx.syntax, ctx.analysis
    found: list[Actor] = []
    subjects = [c for c in token.children if syntax.role(c) == "agent"]
    if subjects and any(syntax.role(c) == "cop" for c in token.children):
        # "L'Albanie est un membre … et co-organise": the predicate noun stands for its
        # subject when the parser makes it the subject of the next verb.
        return actors_of(ctx, subjects[0], depth, whole_phrase=whole_phrase)
    strays = stray_adjectives(ctx, token)
    for conjunct in conjuncts(token, syntax):
        if conjunct.lemma_.lower() in ctx.lexicon.inert_nouns:
            continue  # "the Brazilian team", "les électeurs suisses": no one's act
        if conjunct.lemma_.lower() in ctx.lexicon.relational_nouns:
            # "Ukraine's allies" are not Ukraine; a name the noun is part of is its own
            # ("Western allies", the West).
            found.extend(a for a in analysis.actors_at(conjunct)
                         if a.resolved and a not in found)
            continue
        here = [a for a in analysis.actors_at(conjunct) if a.resolved]
        if here and all(is_country(a) for a in here):
            # "L'Espagne, l'Irlande et la Norvège": a list of countries that the parser
            # read as an apposition, the rest of the list coordinated with it; a country is
            # not another country's other name.
            here += [a for c in conjunct.children if syntax.role(c) == "appos"
                     for listed in conjuncts(c, syntax)
                     for a in analysis.actors_at(listed) if is_country(a) and a not in here]
        if "Plur" in conjunct.morph.get("Number"):
            codes = {a.code for a in here}
            here += [a for a in listed_members(ctx, conjunct) if a.code not in codes]
            here += coordinated_holders(ctx, conjunct, here)
        if not here and (conjunct.pos_ == "ADJ" or syntax.role(conjunct) == "modifier"):
            # A country adjective, also where the tagger took it for a name ("the
            # Azerbaijani republic of Nakhichevan").
            here = demonym_actor(ctx.lang, conjunct) or bloc_actor(
                ctx.lang, conjunct, ctx.lexicon.stance_nouns)
        # A body's member or envoy is the body's whoever leads it ("a delegation from ECOWAS,
        # led by a former Nigerian head of state"): its owner first, its leader after.
        member = conjunct.lemma_.lower() in ctx.lexicon.member_nouns
        if not here and whole_phrase and depth < 2 and not member:
            here = sponsor_of(ctx, conjunct, depth)
        if not here and depth < 2:
            here = owner_of(ctx, conjunct, depth)
        if not here and depth < 2:
            # Where one comes from says whose one is, even for a subject that is no act
            # ("doctors from two American aid groups").
            owners = ("", *(syntax.owner_cases if whole_phrase else syntax.origin_cases))
            # A possessive determiner last: a name set beside the noun names the noun itself
            # ("sa prédécesseure Park Geun-hye" is Park, not whoever "sa" is).
            for child in sorted((c for c in owner_children(ctx, conjunct, owners)
                                 if c.i not in strays),
                                key=lambda c: "Yes" in c.morph.get("Poss")):
                role = syntax.role(child)
                if role == "det" and "Yes" in child.morph.get("Poss"):
                    role = "possessor"  # French "ses positions": a possessive determiner
                if role == "case_object" or (role in PHRASE_ROLES
                                             and case_of(child, syntax) in owners):
                    here = actors_of(ctx, child, depth + 1, whole_phrase=whole_phrase)
                    if not whole_phrase and role == "case_object":
                        # A body one comes from, not a country: "refugees from Syria"
                        # are not Syria's state (the coder places them there).
                        here = [a for a in here if not is_country(a)]
                    if here:
                        break
        if not here and whole_phrase and depth < 2 and member:
            here = sponsor_of(ctx, conjunct, depth)
        if not here:
            here = [a for i, owner in strays.items() if owner == conjunct.i
                    for a in demonym_actor(ctx.lang, token.doc[i])]
        found.extend(a for a in here if a not in found)
    return found


def stray_adjectives(ctx: Context, noun: Token) -> dict[int, int]:
    """The country adjectives the parser hung on the first of coordinated nominals that
    follow a later one, where the first has one of another country of its own: « la police
    espagnole et la Direction générale de la surveillance du territoire (DGST) marocaine »:
    « marocaine » qualifies the Direction, not the police (which the actor layer leaves
    unresolved, its owners disagreeing). Each is given, by token index, the index of the
    conjunct whose phrase it closes (nothing but punctuation between them). One adjective
    for both (« la police et la gendarmerie françaises ») is left where it is."""
    syntax = ctx.syntax
    later = conjuncts(noun, syntax)[1:]
    adjectives = {child.i: {a.country for a in demonym_actor(ctx.lang, child)}
                  for child in noun.children if syntax.role(child) == "modifier"}
    adjectives = {i: countries for i, countries in adjectives.items() if countries}
    strays: dict[int, int] = {}
    for i, countries in adjectives.items():
        owner = next((c for c in later if c.right_edge.i < i and all(
            t.is_punct for t in noun.doc[c.right_edge.i + 1:i])), None)
        if owner is not None and any(j < owner.i and other != countries
                                     for j, other in adjectives.items()):
            strays[i] = owner.i
    return strays


def sponsor_of(ctx: Context, noun: Token, depth: int) -> list[Actor]:
    """Whose a thing is, named by the agent of a participle on it ("une résolution présentée
    par les États-Unis"); not "a deal brokered by China", which is neither side's."""
    for by_agent in ctx.roles_of(noun).get("participle_agent", ()):
        if mediator(ctx, by_agent):
            continue
        actors = actors_of(ctx, by_agent, depth + 1)
        if actors:
            return actors
    return []


def owner_of(ctx: Context, noun: Token, depth: int) -> list[Actor]:
    """Whose a thing is, named by a participle on it ("a tanker flying the Panamanian
    flag", « un navire battant pavillon grec », "a yacht owned by a Russian oligarch")."""
    for child in noun.children:
        spec = ctx.lexicon.owner_verbs.get(child.lemma_.lower())
        if spec is None or ctx.syntax.role(child) != "clause_mod":
            continue
        role, nouns = spec
        owners = [f for f in ctx.roles_of(child).get(role, ())
                  if not nouns or f.lemma_.lower() in nouns]
        for filler in owners:
            actors = actors_of(ctx, filler, depth + 1)
            if actors:
                return actors
        if owners:
            # « battant pavillon grec »: the parser may hang the owner's adjective on the verb.
            actors = [a for c in child.children if ctx.syntax.role(c) == "modifier"
                      for a in demonym_actor(ctx.lang, c)]
            if actors:
                return actors
    return []


def coordinated_holders(ctx: Context, noun: Token, here: list[Actor]) -> list[Actor]:
    """The other holders a plural office or body noun names by coordinating its country:
    "the leaders of France and Germany", « les présidents kényan et tanzanien », where the
    actor layer codes the first country only. Each is of its country, in the first holder's
    sector."""
    syntax = ctx.syntax
    first = next((a for a in here if a.sector and a.country), None)
    if first is None:
        return []
    owners = [c for c in owner_children(ctx, noun, tuple(syntax.owner_cases))
              if syntax.role(c) == "case_object"
              or (syntax.role(c) == "nominal_arg" and case_of(c, syntax) in syntax.owner_cases)]
    adjectives = [c for c in noun.children if syntax.role(c) == "modifier" and c.pos_ == "ADJ"]
    others = [a for owner in owners for listed in conjuncts(owner, syntax)[1:]
              for a in ctx.analysis.actors_at(listed) if is_country(a)]
    others += [a for adjective in adjectives for listed in conjuncts(adjective, syntax)[1:]
               for a in demonym_actor(ctx.lang, listed)]
    if adjectives:
        # The parser may make the second adjective a noun coordinated with the noun itself
        # (« les présidents kényan et tanzanien ») or with the first holder's name (« les
        # présidents russe Vladimir Poutine et chinois Xi Jinping »); a bare one, with no
        # determiner, is a country adjective.
        heads = [noun, *(c for c in noun.children if c.pos_ == "PROPN")]
        others += [a for head in heads for listed in conjuncts(head, syntax)[1:]
                   if listed.pos_ == "NOUN"
                   and not any(syntax.role(c) == "det" for c in listed.children)
                   for a in demonym_actor(ctx.lang, listed)]
    known = {a.country for a in here}
    found: list[Actor] = []
    for actor in others:
        if actor.country not in known:
            known.add(actor.country)
            found.append(replace(actor, code=f"{actor.country}{first.sector}",
                                 sector=first.sector))
    return found


def listed_members(ctx: Context, noun: Token) -> list[Actor]:
    """The coded actors a plural noun lists as its members: in an apposition of coordinated
    names (« les deux dirigeants, Emmanuel Macron et Joe Biden »), or in a clause of inclusion
    without a verb (« trois pays, dont l'Allemagne et la Pologne »; see roles for the one the
    parser gives the sentence's verb). Each member does what the group does."""
    syntax, analysis = ctx.syntax, ctx.analysis
    found: list[Actor] = []
    for child in noun.children:
        role = syntax.role(child)
        listed = (syntax.appositive_members and role == "appos"
                  and len(conjuncts(child, syntax)) > 1)
        included = role == "relative" and child.pos_ not in VERBAL_POS and any(
            word.lower_ in syntax.member_marks for pronoun in child.children
            if pronoun.pos_ == "PRON" for word in pronoun.subtree)
        if listed or included:
            found.extend(a for member in conjuncts(child, syntax)
                         for a in analysis.actors_at(member) if a.resolved and a not in found)
    return found


def role_actors(ctx: Context, candidate: Candidate, roles: tuple[str, ...]) -> list[Actor]:
    """The actors of the first of ``roles`` that has any."""
    for role in roles:
        for token in candidate.roles.get(role, ()):
            actors = actors_of(ctx, token)
            if actors:
                return actors
    return []


def agent_actors(ctx: Context, candidate: Candidate) -> list[Actor]:
    """The coded doers: the predicate's agent roles, else its support verb's, with its
    co-agents."""
    predicate = candidate.predicate
    if predicate.pos == "VERB":
        actors = verb_role_actors(ctx, candidate.trigger, predicate.agent)
        if not actors and "patient" in predicate.agent:
            # A guest received in a participle clause is the subject of the verb above, given
            # to the candidate as its object (arguments.shared_object): "landed in Accra,
            # greeted by …" is the visitor's visit.
            actors = role_actors(ctx, candidate, ("patient",))
    else:
        actors = role_actors(ctx, candidate, predicate.agent)
    if not actors:
        # An oblique doer the parser hung on the object, where the requirement was met
        # ("received doses of vaccine from UNICEF", « a reçu des vaccins de l'Unicef »).
        actors = next((found for role in predicate.agent
                       for token in object_obliques(ctx, candidate.roles, role)
                       if (found := actors_of(ctx, token))), [])
    if not actors:
        actors = [a for subject in candidate.roles.get("agent", ())
                  for a in role_sides(ctx, subject, predicate.subject_sides)]
    if not actors and candidate.support is not None:
        spec = ctx.lexicon.support_spec(candidate.support.lemma_.lower())
        if spec.agent:
            actors = verb_role_actors(ctx, candidate.support, (spec.agent,))
    for role in predicate.co_agent:
        for token in candidate.roles.get(role, ()):
            actors.extend(a for a in actors_of(ctx, token) if a not in actors)
    return actors


def role_sides(ctx: Context, subject: Token, roles: tuple[str, ...]) -> list[Actor]:
    """The sides an accord noun names in ``roles`` of its phrase ("between Israel and
    Hezbollah"), each conjunct its own side."""
    found: list[Actor] = []
    for role in roles:
        for side in ctx.roles_of(subject).get(role, ()):
            found.extend(a for a in actors_of(ctx, side) if a not in found)
    return found


def verb_role_actors(ctx: Context, verb: Token, roles: tuple[str, ...]) -> list[Actor]:
    """Actors in ``roles`` of a verb; a verb without a subject shares the subject of the
    verb it is coordinated with or depends on ("a menacé … et a averti")."""
    syntax = ctx.syntax
    token = verb
    while True:
        verb_roles = ctx.roles_of(token)
        if token.i != verb.i:
            # A borrowed subject is the other verb's grammatical subject, passive or not
            # ("… has been indicted by the court and will resign").
            verb_roles = {"agent": [c for c in token.children if "subj" in c.dep_]}
        for role in roles:
            # Every filler counts: the parser splits coordinated subjects ("L'Espagne,
            # l'Irlande et la Norvège ont reconnu" gives two subjects and an apposition).
            found: list[Actor] = []
            subjects = fillers(ctx, verb_roles, role)
            if role == "agent":
                subjects += [lead for subject in subjects
                             for lead in leading_conjuncts(subject, syntax)]
            for filler in subjects:
                # The subject's phrase names the doer only when the subject is itself an
                # act ("les frappes russes ont tué") or a body's members (« des combattants du
                # Hamas »), not for "les violations … menacent".
                whole = (ctx.is_act(filler)
                         or filler.lemma_.lower() in ctx.lexicon.member_nouns)
                found.extend(a for a in actors_of(ctx, filler, whole_phrase=whole)
                             if a not in found)
            if found:
                return found
        if any(syntax.role(c) == "agent" or "subj" in c.dep_ for c in token.children):
            return []  # it has a subject of its own, uncoded: nothing to borrow
        causative = next((c for c in token.children if c.i < token.i and c.pos_ in VERBAL_POS
                          and c.lemma_.lower() in ctx.lexicon.causative_verbs), None)
        if causative is not None:
            # « Washington a fait appareiller deux porte-avions »: the parser hangs the
            # causative on the infinitive, and its subject with it; who has it done does it.
            token = causative
            continue
        if syntax.role(token) in ("conj", "complement", "adverbial") and (
                token.head.pos_ in (*VERBAL_POS, "ADJ") and token.head.i != token.i):
            token = token.head  # through "is ready to …" as well
            continue
        if detached_participle(token):
            # « L'Afrique du Sud a saisi la Cour, accusant Israël de … »: a participle set off
            # by a comma tells what the clause's subject does, wherever the parser hung it.
            token = clause_head(token.head)
            continue
        document = token.head
        if (syntax.role(token) == "clause_mod"
                and document.lemma_.lower() in ctx.lexicon.document_nouns
                and document.head.pos_ in VERBAL_POS and document.head.i != document.i):
            # "issued a declaration demanding …": the declaration's issuer demands.
            token = document.head
            continue
        return []


def detached_participle(verb: Token) -> bool:
    """Whether ``verb`` is a present participle set off by a comma from the clause it stands
    in (« …, accusant Israël », « …, massacrant des civils »): the clause's subject is its
    doer. Gerunds (« en saluant ») are adverbial clauses, borrowed through their role."""
    return ("Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
            and verb.i > 0 and verb.nbor(-1).is_punct and verb.nbor(-1).text == ","
            and verb.head.i != verb.i and verb.head.i < verb.i)


def act_mode(candidate: Candidate) -> str | None:
    """The PLOVER mode of a candidate: its entry's, else its CAMEO code's."""
    return candidate.predicate.mode or lookup_cameo(candidate.predicate.cameo).mode


def recipient_actors(ctx: Context, candidate: Candidate, doers: list[Actor]) -> list[Actor]:
    """Who the act is aimed at; ``doers`` are its coded actors, never its own target."""
    analysis = ctx.analysis
    predicate = candidate.predicate
    by_role = {role: recipient_fillers(ctx, candidate, role) for role in predicate.recipient}
    found = [t for tokens in by_role.values() for t in tokens]
    for role, tokens in by_role.items():
        # Every filler of the role with its preposition: the parser splits a list of targets
        # that repeats it over the verb and its object ("delivered grain to Mali, to Niger and
        # to Chad", « livrer des céréales au Mali, au Niger et au Tchad »); not what else a
        # filler holds ("an aid package for Ukraine").
        case = role.split(":", 1)[1] if ":" in role else ""
        actors = []
        for token in tokens:
            if actors and preposition_of(token, ctx.syntax) != case:
                continue
            content = ctx.by_token.get(token.i)
            named = []
            if content is not None and content is not candidate:
                # "condamne les frappes russes", "investigating crimes by extremists": the
                # target is who struck, who is said to have committed them.
                named = role_actors(ctx, content, content.predicate.agent)
            actors.extend(a for a in named or actors_of(ctx, token)
                          if not same_actor(a, doers) and a not in actors)
        if actors:
            return actors
    if candidate.support is not None:
        spec = ctx.lexicon.support_spec(candidate.support.lemma_.lower())
        support_roles = ctx.roles_of(candidate.support)
        # A place where a mutual act is held is its venue, not a party to it ("began
        # their summit in Hanoi"); a visit's place is its host (another entry).
        roles = (*spec.recipient, *(("patient",) if predicate.carrier_target else ()))
        carried = [t for role in roles for t in support_roles.get(role, ())
                   if t.i != candidate.trigger.i
                   and not (predicate.reciprocal and where_phrase(ctx, t))]
        for token in carried:
            actors = actors_of(ctx, token)
            if actors:
                return actors
        found.extend(carried)
    doing = {a.country for a in doers}
    # What is given, promised or condemned may name whom it is for or whose it is; so may
    # what the support verb acts on ("ont pris d'assaut l'enceinte de l'ambassade").
    patients = [*candidate.roles.get("patient", ()), *(
        t for t in (ctx.roles_of(candidate.support).get("patient", ())
                    if candidate.support is not None else ()) if t.i != candidate.trigger.i)]
    phrases = [*found, *(t for t in patients if t not in found)]
    # An imported entry is a dictionary pattern naming its object: its target is the
    # object itself or its owner, never a place or a name deeper in the object's phrase
    # ("launched a vaccination campaign in northern Nigeria", "raised concerns about
    # Egypt's position"): the dictionary codes the dyad the pattern names.
    depth = 0 if predicate.imported else PHRASE_DEPTH
    for token in phrases:
        actors = nested_actors(ctx, token, doers, depth=depth)
        if actors:
            return actors
    if candidate.plover not in JUDGING_TYPES:
        # So may the act an entry requires as its argument, sought, carried or threatened
        # ("called for sanctions against Iran", "flew to Moscow for talks with Lavrov"),
        # but not where it would happen ("called for a ceasefire in Gaza").
        for role, _words in predicate.requires:
            for token in fillers(ctx, candidate.roles, role) if role.startswith("oblique:") else ():
                actors = nested_actors(ctx, token, doers, places=False)
                if actors:
                    return actors
    # A place in the target's slot ("frappes sur Kharkiv", "s'est rendu à Kiev", "un dépôt
    # dans la région de Briansk") stands for its country: the territory, not its
    # government.
    # Words are not aimed at a place of the speaker's own country that fills the slot
    # itself: there it is where they are said ("promised in St Petersburg to deliver grain
    # to Mali", « a salué à Dakar »). Deeper in the phrase it may stand for a domestic
    # adversary ("demanded a truce with rebel forces in the east of the country").
    venues = doing if candidate.plover in VERBAL_TYPES else set()
    for token in found:
        for below, level in enumerate(phrase_levels(ctx, token, depth)):
            places = [p for t in level for p in analysis.places_at(t)
                      if p.country and (below or p.country not in venues)]
            if places:
                return [place_actor(places[0])]
    home = doers[0] if len(doing) == 1 and doers[0].sector in HOME_SECTORS else None
    placed = located(ctx, found, candidate, home,
                     persons=candidate.plover in AUTHORITY_TYPES,
                     counts=candidate.plover in PEOPLE_TYPES)
    if placed:
        return placed
    if candidate.plover in DESTINATION_MODES:
        return destination(ctx, candidate, doers)
    if candidate.plover not in PLACE_TARGET_TYPES:
        return []
    # "ont frappé un dépôt dans la région de Briansk": what is struck lies where it is
    # struck; "une frappe a touché un camp de déplacés à Rafah": where what it hit is.
    anchor = candidate.anchor
    clause = clause_head(anchor)
    place = ctx.place(anchor) or next(
        (p for hit in ctx.roles_of(clause).get("patient", ())
         if (p := ctx.place_within(hit)) is not None), None)
    place = place or doers_place(ctx, candidate, doers)
    return [place_actor(place)] if place is not None and place.country else []


def doers_place(ctx: Context, candidate: Candidate, doers: list[Actor]) -> Place | None:
    """Where unnamed attackers the text places only by where they are struck: the story's
    country for those it places ("KABUL - A suicide bomber blew himself up outside a
    mosque"), the place of their sentence for those it gives ("a suicide bomber blew himself
    up in a mosque used by policemen in Peshawar")."""
    vias = {(d.via or "").partition(":")[0] + ":" for d in doers}
    if ctx.story is not None and vias & set(STORY_VIAS):
        return ctx.story[0]
    if LOCATED_VIA in vias:
        return next((p for noun in agent_fillers(ctx, candidate)
                     if (p := where(ctx, noun, candidate)) is not None), None)
    return None


def destination(ctx: Context, candidate: Candidate, doers: list[Actor]) -> list[Actor]:
    """Where aid is delivered or a force sent or massed, when the act names no one it is
    for ("flew medical supplies into Gaza", « a acheminé vers le nord de Gaza des vivres »,
    "moved artillery to positions near its border with Finland"): the country named in a
    phrase of where it goes, else of the first place of its clause that is no other act's
    or actor's (see free_place). Not the doers' own: a force moved at home is aimed at no
    one the text names."""
    mode = DESTINATION_MODES[candidate.plover]
    if mode is not None and act_mode(candidate) != mode:
        return []
    syntax = ctx.syntax
    place = (country_around(ctx, candidate.anchor,
                            syntax.destination_cases | syntax.locative_cases)
             or (border_country(ctx, candidate.anchor) if candidate.plover in BORDER_TYPES
                 else None)
             or free_place(ctx, candidate, candidate.trigger, clause_only=True))
    if place is None or not place.country or place.country in {d.country for d in doers}:
        return []
    ctx.note(candidate.trigger, "located",
             f"{candidate.trigger.text!r} sent to {place.country} ({place.text})")
    return [place_actor(place)]


def nested_actors(ctx: Context, token: Token, doers: list[Actor], *,
                  places: bool = True, depth: int = PHRASE_DEPTH) -> list[Actor]:
    """Actors other than ``doers`` named inside an argument's phrase, nearest level first:
    the target of "a promis une aide pour la reconstruction de l'Ukraine", "a rejeté les
    accusations portées par l'Afrique du Sud", "reneged on his commitment to the Zambian
    people", down to ``depth`` levels. Without ``places``, a place in a locative phrase
    says where, not whom."""
    for level in phrase_levels(ctx, token, depth):
        found: list[Actor] = []
        for noun in level:
            if not places and where_phrase(ctx, noun):
                continue
            found.extend(a for a in actors_of(ctx, noun, whole_phrase=False)
                         if a not in found and not same_actor(a, doers))
        if found:
            return found
    return []


def where_phrase(ctx: Context, noun: Token) -> bool:
    """Whether ``noun`` names a place in a phrase that says where ("in Gaza", « à Gaza »)."""
    # UD hangs the preposition on the noun, ClearNLP the noun on the preposition.
    case = case_of(noun, ctx.syntax) or (noun.head.lemma_.lower()
                                         if noun.head.pos_ == "ADP" else "")
    return bool(ctx.analysis.places_at(noun)) and case in ctx.syntax.locative_cases


def content_recipients(ctx: Context, candidate: Candidate, doers: list[Actor]) -> list[Actor]:
    """The target of a threat, demand, refusal, promise or protest named only in what is
    threatened, demanded … ("a menacé de frapper Israël", "demanded that the US cancel
    …", "calling for independence from Iraq"): the subject of a clause of its own unless
    it is the doer again ("a averti qu'il frapperait Israël"), else the target of the act
    it describes, else whom what it would touch belongs to; and the subject of the
    condition put on it ("threatened to stop the talks if the United States goes
    ahead")."""
    syntax = ctx.syntax
    # The content of a noun may hang on its support verb ("reiterated its demand that …").
    carriers = [candidate.trigger, *([candidate.support] if candidate.support else [])]
    clauses = [c for carrier in carriers for c in carrier.children
               if syntax.role(c) in ("complement", "adverbial")
               or (syntax.role(c) == "clause_mod" and c.head.i == candidate.trigger.i)]
    # A quotation an incise reports is its content too (« « Le Maroc le paiera cher », a
    # prévenu le ministre »), whatever label the parser hung it by.
    clauses += [c for c in ctx.roles_of(candidate.trigger).get("quoted", ())
                if c not in clauses]
    # The conditions put on what is threatened or promised; last, what a predicative
    # content says someone is ready to do ("a averti que l'armée était prête à agir
    # contre le Maroc").
    clauses += [c for clause in clauses for c in clause.children
                if syntax.role(c) == "adverbial"]
    clauses += [c for clause in clauses if clause.pos_ == "ADJ" or any(
        syntax.role(c) == "cop" for c in clause.children) for c in clause.children
                if syntax.role(c) == "complement"]
    # Last, what the content lets or makes someone do ("refused to allow US warplanes to use
    # its bases", « a menacé de forcer Kiev à céder »): its own complement's subject.
    clauses += [c for clause in clauses if clause.pos_ in VERBAL_POS for c in clause.children
                if syntax.role(c) == "complement" and c not in clauses]
    carrier_ids = {carrier.i for carrier in carriers}
    for clause in clauses:
        if clause.head.i in carrier_ids and ctx.background_marks(clause):
            continue  # on what is threatened, "after" may be its condition
        if ctx.circumstantial(clause):
            continue  # "as both governments faced Israeli pressure" says why, not at whom
        subjects = [c for c in clause.children if syntax.role(c) == "agent"]
        for subject in subjects:
            actors = [a for a in actors_of(ctx, subject, whole_phrase=False)
                      if not same_actor(a, doers) and not own_state(a, doers)]
            if actors:
                return actors
        content = ctx.by_token.get(clause.i)
        if content is not None and content is not candidate:
            actors = recipient_actors(ctx, content, agent_actors(ctx, content))
            if actors:
                return actors
        # "a refusé de ratifier l'adhésion de la Suède", "threatened to impose tariffs on
        # imports from Mexico", "offered to hand over two suspects to Britain": named
        # inside what the act would touch or whom it would be for.
        roles = ctx.roles_of(clause)
        searched = ["patient"]
        if content is not None or syntax.role(clause) == "complement":
            # Not an adverbial that only describes ("connue sous le nom de …").
            searched += sorted(r for r in roles if r.startswith("oblique:"))
        for role in searched:
            # Every filler of the role, as for the act's own target (see recipient_actors).
            actors = []
            for filler in roles.get(role, ()):
                actors.extend(a for a in nested_actors(ctx, filler, doers) if a not in actors)
            if actors:
                return actors
    return []


def aimed_inside(ctx: Context, candidate: Candidate, doers: list[Actor]) -> list[Actor]:
    """The target a noun of threat names, by its own target cases, inside the act it is of
    ("the prospect of tariffs on Mexico", « la perspective d'un recours à la force contre
    l'Arménie »): the parse hangs the phrase on the act, not on the noun."""
    if candidate.predicate.pos != "NOUN" or candidate.plover != "THREATEN":
        return []  # an exercise "amid tensions with Beijing" is not aimed at Beijing
    cases = [role for role in candidate.predicate.recipient if role.startswith("nmod:")]
    level = [noun for role, nouns in candidate.roles.items() if role.startswith("nmod:")
             for noun in nouns]
    for _ in range(PHRASE_DEPTH):
        inner = [ctx.roles_of(noun) for noun in level]
        for roles in inner:
            for filler in (f for case in cases for f in roles.get(case, ())):
                actors = [a for a in actors_of(ctx, filler) if not same_actor(a, doers)]
                if actors:
                    return actors
        level = [noun for roles in inner for role, nouns in roles.items()
                 if role.startswith("nmod:") for noun in nouns]
    return []


def document_addressees(ctx: Context, candidate: Candidate, doers: list[Actor]) -> list[Actor]:
    """Whom the document an act is made in is addressed to, when the act names no target
    of its own ("apologised in a letter to the Algerian president", « dans une lettre
    adressée au président Tshisekedi, le roi a exprimé ses regrets »). Not for acts judged:
    a condemnation sent to the UN is aimed at who did the act condemned."""
    if candidate.plover in JUDGING_TYPES:
        return []
    carriers = [candidate.roles, *([ctx.roles_of(candidate.support)]
                                   if candidate.support is not None else [])]
    documents = [noun for roles in carriers for role, nouns in roles.items()
                 if role.startswith("oblique:") for noun in nouns
                 if noun.lemma_.lower() in ctx.lexicon.document_nouns]
    sending = sending_verb(ctx, candidate.anchor)
    for document in documents + ([sent] if sending is not None
                                 and (sent := ctx.sent_document(sending)) is not None else []):
        own_roles = ctx.roles_of(document)
        addressed = [t for role in ctx.lexicon.addressee_roles for t in own_roles.get(role, ())]
        addressed += [t for child in document.children
                      if ctx.syntax.role(child) == "clause_mod"
                      and (role := ctx.lexicon.target_verbs.get(child.lemma_.lower()))
                      for t in ctx.roles_of(child).get(role, ())]
        if sending is not None and document.head.i == sending.i:
            addressed += [t for role in ctx.lexicon.sent_to_roles
                          for t in ctx.roles_of(sending).get(role, ())]
        for token in addressed:
            actors = [a for a in actors_of(ctx, token) if not same_actor(a, doers)]
            if actors:
                return actors
    return []


def sending_verb(ctx: Context, anchor: Token) -> Token | None:
    """The verb whose clause an act is a participle or a purpose clause of, or whose
    document it qualifies ("sent Chile a note seeking …", "delivered a letter to Seoul
    demanding …", « a envoyé une lettre au Premier ministre pour réclamer … »): the act is
    made in what that verb sends, so it is aimed at whom it is sent to."""
    role = ctx.syntax.role(anchor)
    if role not in ("adverbial", "clause_mod") or anchor.head.i == anchor.i:
        return None
    head = anchor.head
    if (role == "clause_mod" and head.lemma_.lower() in ctx.lexicon.document_nouns
            and head.head.i != head.i):
        head = head.head
    return head if head.pos_ in VERBAL_POS else None


def own_state(actor: Actor, doers: list[Actor]) -> bool:
    """Whether ``actor`` is a body of the state the doers are bodies of: in what a
    president warns, his country's army is on his side, not the target."""
    return (actor.sector in STATE_SECTORS and bool(doers)
            and all(d.country == actor.country and (d.sector or "GOV") in STATE_SECTORS
                    for d in doers))


def addressee(ctx: Context, candidate: Candidate, doers: list[Actor]) -> list[Actor]:
    """Whom a protest that names no one is aimed at: the authorities of the country it
    takes place in, as PLOVER and CAMEO code domestic protest. The evidence is the place
    the text gives, else the protesters' own country; a protest by several countries'
    people, or by a state's own bodies (a formal protest is another code), has none."""
    if ((candidate.plover not in ADDRESSED_TYPES and not candidate.predicate.addressed)
            or any(a.sector not in LOCAL_SECTORS - STATE_SECTORS for a in doers)):
        return []
    place = ctx.place(candidate.anchor) or next(
        (p for noun in agent_fillers(ctx, candidate)
         if (p := where(ctx, noun, candidate)) is not None), None)
    if place is not None and place.country:
        evidence, country = place_actor(place), place.country
    elif len({a.country for a in doers}) == 1 and doers[0].country:
        evidence, country = doers[0], doers[0].country
    else:
        return []
    via = f"addressee:{evidence.text}"
    ctx.analysis.note("events", evidence.start, evidence.end, "addressed",
                      f"{candidate.trigger.text!r} names no target: coded {country}GOV ({via})")
    return [replace(evidence, code=f"{country}GOV", country=country, sector="GOV",
                    role=None, via=via)]


def opposed_government(ctx: Context, candidate: Candidate, doers: list[Actor]) -> list[Actor]:
    """Whom a country's opposition or parties charge, refuse or demand something of when
    they name no one ("the opposition refused to recognise the official results", « les
    candidats de l'opposition ont dénoncé un coup d'État constitutionnel »), and what its
    courts or legislatures strike or vote down ("the Supreme Court struck down the law", « le
    Conseil constitutionnel a censuré la loi », "lawmakers rejected the budget"): the
    government of their country, as PLOVER codes domestic dissent and review. Only for doers
    all of such sectors (OPPOSED_GOVERNMENT) of one country; a government's or a foreign
    body's words name no one, and an international court is no country's."""
    if not any(candidate.plover in types and sole_country(doers, sectors) is not None
               for sectors, types in OPPOSED_GOVERNMENT):
        return []
    doer = doers[0]
    via = f"opposition:{doer.code}"
    ctx.note(candidate.trigger, "addressed",
             f"{candidate.trigger.text!r} names no target: coded {doer.country}GOV ({via})")
    return [replace(doer, code=f"{doer.country}GOV", sector="GOV", role=None, via=via)]


def own_territory(ctx: Context, candidate: Candidate, doers: list[Actor]) -> list[Actor]:
    """Where a state's internal measure applies when no target is named ("lifted the state
    of emergency", "imposed martial law as battles raged"): the place of its clause, else
    the state's own country."""
    place = ctx.place(candidate.anchor)
    if place is not None and place.country:
        return [place_actor(place)]
    states = [d for d in doers if d.country and (d.sector or "GOV") in STATE_SECTORS]
    if not states or len({d.country for d in doers}) != 1:
        return []
    doer = states[0]
    ctx.analysis.note("events", doer.start, doer.end, "located",
                      f"{candidate.trigger.text!r}: a measure within {doer.country}")
    return [replace(doer, code=doer.country, sector=None, role="territory",
                    via=f"territory:{doer.country}")]


def sole_country(doers: list[Actor], sectors: frozenset[str]) -> str | None:
    """The one country all ``doers`` are of, when each is of one of ``sectors`` (an actor with
    no sector is a state); None for no doers, several countries or another sector."""
    countries = {d.country for d in doers}
    if (len(countries) != 1 or None in countries
            or any((d.sector or "GOV") not in sectors for d in doers)):
        return None
    return next(iter(countries))


def unnamed_target(ctx: Context, candidate: Candidate, doers: list[Actor]) -> list[Actor]:
    """Whom an act that names no coded target is aimed at by what the story says of its doer:
    the country a foreign state's aid or withdrawal is reported from, the doer's own people,
    the government its opposition speaks against. Not for an entry that is an event only
    with a recipient the text codes ("said he must resign" is no demand of anyone)."""
    if candidate.predicate.recipient_required:
        return []
    return (story_host(ctx, candidate, doers) or own_people(ctx, candidate, doers)
            or opposed_government(ctx, candidate, doers))


def story_host(ctx: Context, candidate: Candidate, doers: list[Actor]) -> list[Actor]:
    """The country a foreign state's aid or withdrawal is aimed at when its sentence names
    none ("NIAMEY - The last French troops left the country on Friday", « RABAT – L'Espagne
    a dépêché 56 sauveteurs », « les derniers soldats français déployés au Niger ont quitté
    le pays »): the story's country (see story_place), where the doers are all state bodies
    of one other country. A story told from the doer's own country, or from none, gives no
    target: a withdrawal at home is aimed at no one the text names."""
    if candidate.plover not in HOSTED_TYPES or ctx.story is None:
        return []
    place, via = ctx.story
    country = sole_country(doers, STATE_SECTORS)
    if country is None or country == place.country:
        return []
    ctx.note(candidate.trigger, "located",
             f"{candidate.trigger.text!r} names no target: the story's {place.country} ({via})")
    return [replace(place_actor(place), via=f"host:{via}")]


def own_people(ctx: Context, candidate: Candidate, doers: list[Actor]) -> list[Actor]:
    """The doer's own people or bodies as the target of its act when the text gives them no
    country ("the government pardoned nine jailed separatist leaders", « les autorités ont
    dissous les partis politiques », "intelligence officers tortured detainees", "the rebels
    freed 40 villagers"): PLOVER codes a state, or a group of its country, acting on its
    people as a domestic dyad. The actor layer codes no country for such nouns
    (own_people_classes), since the noun alone names none; the doer's country does. Not
    where a country adjective or "foreign" says they are others' ("a British activist"),
    nor in a story told from another country (an occupying army's arrests are aimed at the
    occupied), nor for doers that are no country's own (the UN, an NGO)."""
    if candidate.plover not in OWN_PEOPLE_TYPES:
        return []
    country = sole_country(doers, LOCAL_SECTORS)
    if country is None:
        return []
    if ctx.story is not None and ctx.story[0].country != country:
        return []
    roles = (*candidate.predicate.recipient, "patient")
    for role in dict.fromkeys(roles):
        for noun in fillers(ctx, candidate.roles, role):
            if noun.lemma_.lower() not in ctx.lexicon.own_people:
                continue
            marks = [c for c in noun.children if ctx.syntax.role(c) == "modifier"]
            if any(c.lemma_.lower() in ctx.syntax.foreign_words for c in marks) or any(
                    a.country != country for c in marks for a in demonym_actor(ctx.lang, c)):
                continue
            ctx.note(candidate.trigger, "located",
                     f"{noun.text!r} coded {country}CVL (domestic:{doers[0].code})")
            return [Actor(text=noun.text, start=noun.idx, end=noun.idx + len(noun.text),
                          code=f"{country}CVL", country=country, sector="CVL",
                          via=f"domestic:{doers[0].code}")]
    return []


def unnamed_attacker(ctx: Context, candidate: Candidate) -> list[Actor]:
    """An attack that names only its means ("une bombe a tué trois soldats à Mogadiscio",
    "were killed by a roadside bomb near Basra"): an unidentified armed group (UAF) of the
    country where it struck, as event coders code it. Only where the means are named: a
    death alone ("were killed in Baghdad") may be an accident."""
    if candidate.plover not in PLACE_TARGET_TYPES:
        return []
    analysis = ctx.analysis
    agents = agent_fillers(ctx, candidate)
    means = [t for t in agents if t.lemma_.lower() in ctx.lexicon.attack_means]
    if agents and len(means) != len(agents):
        return []  # someone is named, only not coded: no guessing who
    if not means:
        means = [t for role in candidate.roles if role.startswith("oblique:")
                 for t in fillers(ctx, candidate.roles, role)
                 if t.lemma_.lower() in ctx.lexicon.attack_means]
        # "tué dans un raid aérien israélien", "killed in a Russian drone strike", « dans des
        # bombardements de l'aviation israélienne »: the coded actor the means' own phrase
        # names as theirs struck, as it would as the subject ("les frappes russes ont tué").
        owners = [a for weapon in means for a in actors_of(ctx, weapon) if a.resolved]
        if owners:
            return owners
    if not means or any(analysis.actors_at(c) for weapon in means for c in weapon.children
                        if ctx.syntax.role(c) in ("modifier", "possessor")):
        return []  # none, or someone is named on them, only not coded
    for weapon in means:
        actors = claimed_by(ctx, weapon)
        if actors:
            return actors
    weapon = means[0]
    # Where the fire came from is where the attackers are ("rocket fire from Lebanon").
    place = next((p for t in (weapon, candidate.trigger) if (p := country_around(
        ctx, t, ctx.syntax.origin_cases)) is not None), None) or where(ctx, weapon, candidate)
    return unidentified(ctx, weapon, "UAF", place)


def claimed_by(ctx: Context, noun: Token) -> list[Actor]:
    """Whom the text names as having done the attack or struck with the means ``noun``
    names: the doer a verb of claiming or attributing gives it, as a participle on the noun
    ("an attack claimed by the group", « une frappe attribuée à Israël »), also where the
    parser hung the participle on the noun's own complement ("une frappe de drone attribuée à
    Israël"), or as the verb the noun is the object of ("the group claimed the bombing", « Kiev
    a imputé la frappe à Moscou »), also through a noun of claiming ("claimed responsibility
    for the attack"); not a claim denied ("no group has claimed the attack")."""
    owned = [n for role, nouns in ctx.roles_of(noun).items() if role.startswith("nmod:")
             and role.split(":", 1)[1] in ctx.syntax.owner_cases for n in nouns]
    verbs = [c for n in (noun, *owned) for c in n.children
             if ctx.syntax.role(c) == "clause_mod"]
    if governor(noun).lemma_.lower() in ctx.lexicon.claim_nouns:
        noun = governor(noun)  # "claimed responsibility for the bombing"
    head = noun.head
    if head.i != noun.i and head.pos_ in VERBAL_POS and any(
            t.i == noun.i for t in ctx.roles_of(head).get("patient", ())):
        verbs.append(head)
    for verb in verbs:
        role = ctx.lexicon.doer_verbs.get(verb.lemma_.lower())
        if not role or any(ctx.syntax.role(c) == "negation"
                           or c.lemma_.lower() in ctx.syntax.negation_words
                           for c in verb.children):
            continue
        for filler in ctx.roles_of(verb).get(role, ()):
            actors = actors_of(ctx, filler)
            if actors:
                return actors
    return []


def claimed_attack(ctx: Context, candidate: Candidate) -> list[Actor]:
    """The doer of an attack told as a noun that names no one as its doer but is claimed by or
    attributed to someone (see claimed_by): "a bombing later claimed by al-Shabaab", « les
    shebab ont revendiqué l'attentat »."""
    if candidate.plover not in PLACE_TARGET_TYPES or candidate.predicate.pos != "NOUN":
        return []
    return claimed_by(ctx, candidate.trigger)


def unnamed_crowd(ctx: Context, candidate: Candidate) -> list[Actor]:
    """A crowd's act that names no one as its doer and is itself the subject of its clause
    ("riots broke out in Mombasa", « la grève a paralysé les transports »): an unidentified
    crowd (civilians, or workers for a strike) of the country where it happens, as ACLED
    codes "protesters (country)". Not a crowd's act named only in passing ("hours before
    planned rallies", "bowed to weeks of street protests", "riot police"): only a subject
    says it took place."""
    trigger = candidate.trigger
    sector = ctx.lexicon.crowd_acts.get(trigger.lemma_.lower())
    if (sector is None or candidate.plover not in ADDRESSED_TYPES
            or candidate.predicate.pos != "NOUN" or ctx.syntax.role(trigger) != "agent"
            or trigger.head.pos_ not in VERBAL_POS or agent_fillers(ctx, candidate)
            or any(ctx.analysis.actors_at(c) for c in trigger.subtree)):
        return []
    return unidentified(ctx, trigger, sector, where(ctx, trigger, candidate))


def unnamed_authority(ctx: Context, candidate: Candidate) -> list[Actor]:
    """An act only a state's own police or courts perform, told in the passive with no one
    named as its doer ("a Canadian was arrested in Iran", "was put under investigation in
    Italy"): the authorities of the country where it happened, as event coders code it. Only
    a place of the act's own clause names that country: not the story's, which may be
    another's ("detained on his return from Iran"), nor a guess without a place."""
    trigger = candidate.trigger
    sector = ctx.lexicon.authority_acts.get(trigger.lemma_.lower())
    verb = candidate.support if candidate.predicate.pos == "NOUN" else trigger
    if (sector is None or verb is None or agent_fillers(ctx, candidate)
            or not any(ctx.syntax.role(c) == "aux_pass" for c in verb.children)):
        return []
    place = country_around(ctx, verb, ctx.syntax.locative_cases) or ctx.place(candidate.anchor)
    if place is None or not place.country:
        return []
    return unidentified(ctx, trigger, sector, place)


def deployed_forces(ctx: Context, candidate: Candidate) -> list[Actor]:
    """A deployment told in the passive with no one named as its doer ("Nigerian troops were
    flown to Gambia", « des gendarmes français ont été dépêchés en Nouvelle-Calédonie »): the
    forces sent are a state's own, and their state sent them. Only a country their own phrase
    states: not forces of no stated country ("troops were sent to the border"), which could be
    anyone's, nor those the story's country codes ("KINSHASA - Soldiers would be put on the
    streets if …" says what may be done, not who does it)."""
    if candidate.plover != "MOBILIZE" or act_mode(candidate) not in DEPLOYED_MODES:
        return []
    verb = candidate.support if candidate.predicate.pos == "NOUN" else candidate.trigger
    if (verb is None or agent_fillers(ctx, candidate)
            or not any(ctx.syntax.role(c) == "aux_pass" for c in verb.children)):
        return []
    return [a for forces in fillers(ctx, ctx.roles_of(verb), "patient")
            for a in actors_of(ctx, forces)
            if a.resolved and (is_country(a) or (a.sector or "") in STATE_SECTORS)
            and not any(via in (a.via or "") for via in STORY_VIAS)]


def unidentified(ctx: Context, token: Token, sector: str, place: Place | None) -> list[Actor]:
    """The unidentified attackers or crowd ``token`` stands for, of the country of ``place``
    (``located:``), else of the story's (``dateline:`` or ``story:``); none without either."""
    if place is not None and place.country:
        via = f"located:{place.name}"
    elif ctx.story is not None:
        place, via = ctx.story
    else:
        return []
    code = f"{place.country}{sector}"
    ctx.note(token, "located", f"{token.text!r}: unidentified {sector} coded {code} ({via})")
    return [Actor(text=token.text, start=token.idx, end=token.idx + len(token.text),
                  code=code, country=place.country, sector=sector, via=via)]
