"""Placing unnamed actors: groups the text does not name ("des manifestants", "gunmen", "la
police") take the country of the place they act in, of the state acting on them, or of the
story; this module finds those places and which of them may be an actor's."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from vigie.actors.gazetteer import bodies_state
from vigie.events.coder.actor_codes import (
    LOCAL_SECTORS,
    PERSON_HOME_SECTORS,
    REPORTING_SECTORS,
    STATE_SECTORS,
    STORY_SECTORS,
    demonym_actor,
    is_country,
)
from vigie.events.coder.arguments import noun_modifiers, phrase_levels
from vigie.events.coder.candidates import Candidate
from vigie.events.coder.context import Context, PlaceAt
from vigie.events.roles import (
    NOMINAL_POS,
    VERBAL_POS,
    clause_head,
    governor,
    preposition_of,
)
from vigie.model import Actor, Place


def located(ctx: Context, fillers: list[Token], candidate: Candidate,
            home: Actor | None = None, *, story: bool = False,
            persons: bool = False, counts: bool = False) -> list[Actor]:
    """Unnamed groups in an argument slot ("des manifestants", "la police", "le maire
    d'Istanbul"), coded by the country of the place they act in (see where), else the
    country of ``home``, the police, court or government acting on them, else, with
    ``story``, for gunmen and crowds (STORY_SECTORS), the story's country (see
    story_place). With ``persons``, an unplaced person the ``home`` government acts on
    (arrests, frees, pardons) is of its country too. The actor layer leaves them
    unresolved, since the noun alone names no country; the place the text gives them does.
    Bodies that are not a country's own (IGO, NGO) take no country from a place. With
    ``counts``, for acts done to people, a number standing alone as the object counts
    people (see counted_people)."""
    analysis = ctx.analysis
    # Whether an unplaced person acted on is of the country of ``home``.
    person_home = home is not None and (home.sector in PERSON_HOME_SECTORS or persons)
    found: list[Actor] = []
    for filler in fillers:
        # A word standing alone for people the actor layer does not see: a number, a pronoun.
        alone = counted_people(ctx, filler) if counts else []
        if person_home and not alone:
            alone = person_pronoun(ctx, filler)
        for noun in group_nouns(ctx, filler) or ([filler] if alone else []):
            if any(c.lemma_.lower() in ctx.syntax.foreign_words for c in noun.children):
                continue  # "foreign nationals" in a Nigerien story are not Nigerien
            groups = [a for a in analysis.actors_at(noun)
                      if not a.resolved and a.sector in LOCAL_SECTORS] or alone
            if person_home and not any(demonym_actor(ctx.lang, t)
                                       for t in (noun.head, *noun.children)):
                # "la justice iranienne a condamné le rappeur Toomaj Salehi": a person
                # the text does not place, arrested or judged by a country's police or
                # court, is of it (a government congratulates foreigners too); not one
                # the text gives a nationality ("l'Américain …", "a French aid worker").
                groups += [replace(a, sector="CVL") for a in analysis.actors_at(noun)
                           if not a.resolved and a.via == "ner:person"]
            if not groups:
                continue
            place = where(ctx, noun, candidate)
            if place is not None:
                country, via = place.country, f"located:{place.name}"
            elif home is not None:
                # Not a state's own body: a president thanks a foreign Congress too; but a
                # police force or a court holds and tries members of its own state's bodies
                # ("la police a écroué deux députés").
                if home.sector not in PERSON_HOME_SECTORS:
                    groups = [g for g in groups if g.sector not in STATE_SECTORS]
                country, via = home.country, f"domestic:{home.code}"
                if (ctx.story is not None and ctx.story[0].country is not None
                        and bodies_state(ctx.story[0]) == country):
                    # The French gendarmes of a story filed from Nouméa act on its people,
                    # not on France's (dateline_states.tsv).
                    country, via = ctx.story[0].country, ctx.story[1]
            elif story and ctx.story is not None:
                groups = [g for g in groups if g.sector in STORY_SECTORS]
                country, via = ctx.story[0].country, ctx.story[1]
            else:
                continue
            for group in groups:
                found.append(replace(group, code=f"{country}{group.sector}",
                                     country=country, via=via))
                analysis.note("events", group.start, group.end, "located",
                              f"{group.text!r} coded {country}{group.sector} ({via})")
    return found


def counted_people(ctx: Context, token: Token) -> list[Actor]:
    """The unnamed civilians a number standing alone as an act's object counts ("killing one
    person and arresting 12", « en a interpellé 12 »): the object of an act done to people
    is people; a number with a noun of its own counts that noun (the actor layer reads it)."""
    if token.pos_ != "NUM" or token.head.pos_ not in VERBAL_POS or any(
            c.pos_ in NOMINAL_POS for c in token.subtree):
        return []
    return [Actor(text=token.text, start=token.idx, end=token.idx + len(token.text),
                  sector="CVL")]


def person_pronoun(ctx: Context, token: Token) -> list[Actor]:
    """The person an object pronoun that stands only for people stands for ("police detained
    him", « la police l'a interpellé »), uncoded: the actor layer resolves no object pronoun
    (too often someone new), but one arrested, freed or pardoned by a country's police or
    court is a person the text does not place, of that country like a named one (see
    located)."""
    if token.pos_ != "PRON" or token.lower_ not in ctx.syntax.person_pronouns:
        return []
    return [Actor(text=token.text, start=token.idx, end=token.idx + len(token.text),
                  sector="CVL")]


def where(ctx: Context, noun: Token, candidate: Candidate) -> Place | None:
    """Where a group or a weapon stands: a place or a country named in its own phrase or
    its own relative clause, else the place of the event's clause, else a country named
    there, else a place named below it ("in the Malian town of Ménaka", "in Baghdad's
    eastern districts"), else elsewhere in its sentence; never a place that is another's (see
    free_place)."""
    clause = clause_head(candidate.anchor)
    locative = ctx.syntax.locative_cases
    group_place_cases = locative | ctx.syntax.origin_cases
    # What the act touches lies where the act happens ("attacked a church in Nigeria's Ondo
    # state"): a country named as where its object is.
    touched = (country_around(ctx, hit, locative, bodies=False)
               for hit in ctx.roles_of(clause).get("patient", ()) if hit.i != noun.i)
    return (compound_demonym(ctx, noun)
            or ctx.place_within(noun)
            or country_around(ctx, noun, group_place_cases, bodies=False)
            or relative_place(ctx, noun)
            or free_place(ctx, candidate, noun, clause_only=True)
            or country_around(ctx, clause, locative, bodies=False)
            # the clause of a subject shared with a participle ("gathered in Kenya's
            # capital, blocking roads")
            or country_around(ctx, clause_head(noun), locative, bodies=False)
            or next((p for p in touched if p is not None), None)
            or free_place(ctx, candidate, noun)
            or named_country(ctx, candidate, noun))


def named_country(ctx: Context, candidate: Candidate, noun: Token) -> Place | None:
    """A country the event's sentence names as where something stands, however deep the
    phrase that names it ("dans une école de Kuriga, dans le nord-ouest du Nigeria", "in
    Pakistan's Swat valley", « à travers la France »): the actor layer codes the name as a
    country, not as a place, and the parse may hang it far from the event. Only a name in a
    locative phrase (see locative_name), not another's place (see free_place)."""
    anchor = candidate.anchor
    doc = ctx.analysis.doc
    clause = clause_head(anchor)
    sentence = ctx.sentence_of[anchor.i]
    own = {noun.i, candidate.trigger.i, anchor.i}
    seen: set[int] = set()
    for token in doc[sentence:doc[anchor.i].sent.end]:
        for actor in ctx.analysis.actors_at(token):
            if actor.start in seen or not (is_country(actor) or (actor.via or "").startswith(
                    "place:")):
                continue
            seen.add(actor.start)
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None or not locative_name(ctx, span.root):
                continue
            at = PlaceAt(place_of(actor), span.root.i, sentence, clause_head(span.root).i)
            if event_place(ctx, at, anchor, own, clause):
                return at.place
    return None


def locative_name(ctx: Context, name: Token) -> bool:
    """Whether a name stands in a locative phrase, itself or as the owner of the nouns of
    one ("in Pakistan's Swat valley", « dans le nord-ouest du Nigeria »): not the country of a
    body or an act on the way ("in the custody of Egypt's police", « à l'issue d'une
    médiation du Qatar »), which says who, not where."""
    syntax = ctx.syntax
    token = name
    while True:
        case = preposition_of(token, syntax)
        if case in syntax.locative_cases:
            return True
        if not (case in syntax.owner_cases or syntax.role(token) == "possessor") or (
                token.head.i == token.i or token.head.pos_ not in NOMINAL_POS):
            return False
        token = token.head
        if ctx.is_act(token) or ctx.analysis.actors_at(token):
            return False


def relative_place(ctx: Context, noun: Token) -> Place | None:
    """A country named as where a group acts in its own relative clause ("gunmen who stormed a
    village in northern Burkina Faso", « des hommes armés qui ont fait irruption dans un
    village du nord du Burkina Faso »): the free places of the sentence would be the village's
    (see place_owner)."""
    for clause in noun.children:
        if ctx.syntax.role(clause) == "relative" and clause.pos_ in VERBAL_POS:
            place = country_around(ctx, clause, ctx.syntax.locative_cases, bodies=False)
            if place is not None:
                return place
    return None


def compound_demonym(ctx: Context, noun: Token) -> Place | None:
    """The country of a demonym on a name compounded with the group's noun ("Turkish Kurd
    refugees", "Afghan Hazara migrants"): the people of that country, wherever they are.
    The actor layer reads a demonym only on the group's noun itself."""
    for name in noun.children:
        if name.i > noun.i or ctx.syntax.role(name) != "modifier" or name.pos_ not in NOMINAL_POS:
            continue
        for adjective in name.children:
            if adjective.pos_ == "ADJ" and ctx.syntax.role(adjective) == "modifier":
                for actor in demonym_actor(ctx.lang, adjective):
                    return place_of(actor)
    return None


def free_place(ctx: Context, candidate: Candidate, noun: Token, *,
               clause_only: bool = False) -> Place | None:
    """The first place of the event's sentence that may be where its actors are: those of
    its own clause first, then those below it, then the rest of the sentence (with
    ``clause_only``, those of its own clause only). Not a place that is another's: one in
    or out of reported speech where the event is not ("…, said a reporter of the French
    embassy in Dakar", "adding: 'We are not in Baghdad'"), one that hangs on another act
    or actor (see place_owner: "marched against the war in Ukraine"), or one in a clause of
    condition below the event's (see conditional_place: "if war starts in Iraq")."""
    anchor = candidate.anchor
    clause = clause_head(anchor)
    own = {noun.i, candidate.trigger.i, anchor.i}
    below = range(clause.left_edge.i, clause.right_edge.i + 1)
    sentence = ctx.sentence_of[anchor.i]
    tiers = [[at for at in ctx.places if at.sentence == sentence
              and at.place.country and at.clause == clause.i]]
    if not clause_only:
        tiers += [[at for at in ctx.places if at.sentence == sentence
                   and at.place.country and at.clause != clause.i and in_clause is (
                       at.root in below)] for in_clause in (True, False)]
    for tier in tiers:
        for at in tier:
            if event_place(ctx, at, anchor, own, clause):
                return at.place
    return None


def place_of(actor: Actor) -> Place:
    """A country or place the actor layer coded as an actor, read as a place."""
    return Place(text=actor.text, start=actor.start, end=actor.end,
                 name=actor.name or actor.text, country=actor.country)


def event_place(ctx: Context, at: PlaceAt, anchor: Token, own: set[int], clause: Token) -> bool:
    """Whether a place of the event's sentence may be where its actors are: in the same
    reported speech as the event or outside it alike, not another's (see place_owner), not in a
    condition (see conditional_place)."""
    return (ctx.quote_of(at.place.start) == ctx.quote_of(anchor.idx)
            and place_owner(ctx, at, anchor, own) is None
            and not conditional_place(ctx, at, clause))


def conditional_place(ctx: Context, at: PlaceAt, clause: Token) -> bool:
    """Whether a place stands in a clause of condition hung, at any depth, on the event's
    clause ("will not take in refugees if war breaks out in Iraq", « n'accueillera plus de
    réfugiés si la guerre éclate en Irak »): the condition tells where something that has
    not happened would happen, not where the event's people are. A clause of circumstance
    ("arrested protesters as unrest spread across Kenya") often does say where they are: it
    is not set apart."""
    token = ctx.analysis.doc[at.clause]
    while token.i != clause.i and token.head.i != token.i:
        if (ctx.syntax.role(token) == "adverbial"
                and ctx.marks(token) & ctx.lexicon.hypothetical_marks):
            return True
        token = clause_head(token.head)
    return False


def place_owner(ctx: Context, at: PlaceAt, anchor: Token | None, own: set[int]) -> Token | None:
    """The noun a place is the place of, if it is not the event's own: going up from the
    place to its clause (and stopping at ``own``), an act the event at ``anchor`` is about
    ("marched against the war in Ukraine", "denounced the bombing of Gaza"); where the
    place hangs on another clause, any actor ("a journalist from Kabul said", "security
    forces in Guinea … whom authorities blame"), not an act ("agreed to postpone the
    march in Nairobi": the doer's own). An actor of the event's own clause does not own
    it ("stormed the state broadcaster's offices in Dakar": where the doer went). Without
    ``anchor`` (the story's places), any act, coded actor or reporter ("the war in
    Ukraine", "the French embassy in Dakar")."""
    path: list[Token] = []
    token = ctx.analysis.doc[at.root]
    while token.head.i != token.i and token.head.pos_ not in VERBAL_POS:
        token = token.head
        if token.i in own:
            return None
        if token.pos_ in NOMINAL_POS and not at.place.start <= token.idx < at.place.end:
            path.append(token)
    for noun in path:
        # A body of the place's own country is there, not elsewhere: the police of Peshawar
        # say where the story is as Peshawar does; the French embassy in Dakar does not.
        actors = [a for a in ctx.analysis.actors_at(noun)
                  if not (a.resolved and a.country == at.place.country
                          and a.sector not in REPORTING_SECTORS)]
        if anchor is None:
            if ctx.is_act(noun) or any(a.resolved or a.sector in REPORTING_SECTORS
                                       for a in actors):
                return noun
        elif token.head.i == anchor.i:
            if ctx.is_act(noun) and governor(noun).i == anchor.i:
                return noun
        elif actors:
            return noun
    return None


def story_place(ctx: Context) -> tuple[Place, str] | None:
    """The story's country, where there is clearly one: the country of more than half of
    the article's places, the dateline's included, leaving out those in direct quotes and
    those of another act, a coded actor or a reporter ("the war in Ukraine", "the French
    embassy in Dakar", "a journalist from Kabul") and those in a condition ("if war starts in
    Iraq"); those of an unnamed group count ("villagers in Ménaka"). Its evidence is the
    dateline where it lies in that country (trace ``dateline:<place>``), else the first of its
    places (``story:<country>``)."""
    counted = [] if ctx.dateline is None else [ctx.dateline]
    for at in ctx.places:
        if at.place.country is None or ctx.quote_of(at.place.start, direct=True):
            continue
        # Without an anchor, place_owner names only an act or a coded actor or reporter. A
        # place in a condition ("if war starts in Iraq") is where nothing has happened yet.
        root = ctx.analysis.doc[at.root].sent.root
        if place_owner(ctx, at, None, set()) is None and not conditional_place(ctx, at, root):
            counted.append(at.place)
    countries = Counter(p.country for p in counted)
    if not countries:
        return None
    country, count = countries.most_common(1)[0]
    if 2 * count <= len(counted):
        return None
    dateline = ctx.dateline
    if dateline is not None and dateline.country == country:
        return dateline, f"dateline:{dateline.name}"
    first = next(p for p in counted if p.country == country)
    return first, f"story:{country}"


def group_nouns(ctx: Context, filler: Token) -> list[Token]:
    """The nouns of an argument that may name an unnamed group or person: the filler,
    its conjuncts, appositions ("le rappeur Toomaj Salehi") and the nouns compounded with
    it ("the opposition coalition"), else the first level of its phrase that has an actor
    mention ("des partisans de l'opposition")."""
    for level in phrase_levels(ctx, filler, depth=1):
        level = [*level, *(c for noun in level for c in noun.children
                           if ctx.syntax.role(c) in ("appos", "name_part")),
                 *(c for noun in level for c in noun_modifiers(ctx, noun))]
        if any(ctx.analysis.actors_at(noun) for noun in level):
            return level
    return []


def country_around(ctx: Context, head: Token, cases: frozenset[str], *,
                   bodies: bool = True) -> Place | None:
    """A country named as where a group is or an act happens ("security forces in
    Guinea", "ont enlevé des élèves dans le nord-ouest du Nigeria"): the actor layer codes
    the name as a country; here it is a place. Without ``bodies``, not the country of a body
    the phrase names: where a group stands, « reproche au gouvernement français » names whom,
    not where; where aid goes, "to the Haitian authorities" does say where."""
    for role, fillers in ctx.roles_of(head).items():
        if role.split(":", 1)[-1] not in cases:
            continue
        for filler in fillers:
            if not bodies and any(
                    a.resolved and not is_country(a) and not (a.via or "").startswith("place:")
                    for a in ctx.analysis.actors_at(filler)):
                continue
            for level in phrase_levels(ctx, filler):
                # "in Israeli prisons", "dans les eaux turques": a country adjective on
                # the place noun says whose the place is.
                adjectives = [a for t in level for c in t.children if c.pos_ == "ADJ"
                              for a in demonym_actor(ctx.lang, c)]
                # "in Kwaga, Nigeria": a town the tables do not know, with its country;
                # "in Nigeria's Ondo state": a region named as its country's.
                named = [*level, *(c for t in level for c in t.children
                                   if ctx.syntax.role(c) in ("appos", "possessor"))]
                for actor in (*(a for t in named for a in ctx.analysis.actors_at(t)),
                              *adjectives):
                    if is_country(actor) or (actor.via or "").startswith(
                            ("place:", "demonym:")):
                        return place_of(actor)
    return None


def border_country(ctx: Context, anchor: Token) -> Place | None:
    """The country beyond a border named in the clause of ``anchor``: the one its "with"
    phrase names ("moved artillery near its border with Finland", « a massé des chars le long
    de sa frontière avec la Thaïlande », also where the parser hung that phrase on the verb
    right after the border's own), else its country adjective or owner ("along the Polish
    border", « le long de la frontière ukrainienne », "within reach of Ukraine's borders").
    Which side of it is the doer's own, the caller decides."""
    doc, syntax, lexicon = anchor.doc, ctx.syntax, ctx.lexicon
    clause = clause_head(anchor)
    for noun in clause.subtree:
        if (noun.lemma_.lower() not in lexicon.border_nouns or noun.pos_ not in NOMINAL_POS
                or clause_head(noun).i != clause.i):
            continue
        beyond = [f for case in lexicon.border_cases
                  for f in ctx.roles_of(noun).get(f"nmod:{case}", ())]
        after = noun.right_edge.i + 1
        if after < len(doc) and doc[after].lemma_.lower() in lexicon.border_cases:
            # ClearNLP hangs the object on the preposition, UD the preposition on the object.
            preposition = doc[after]
            beyond += [g for g in preposition.children if syntax.role(g) == "case_object"]
            if syntax.role(preposition) == "case":
                beyond.append(preposition.head)
        beyond += [c for c in noun.children if syntax.role(c) in ("modifier", "possessor")]
        for token in beyond:
            for actor in (*ctx.analysis.actors_at(token), *demonym_actor(ctx.lang, token)):
                if is_country(actor) or (actor.via or "").startswith(("place:", "demonym:")):
                    return place_of(actor)
    return None
