"""A story's own country: "KABUL (Reuters) - The police arrested …", « BAMAKO (AFP) - L'armée a
… », "Thousands marched in Islamabad, defying a government ban": the police, the army and the
government of a story that names one country only are that country's. The dateline says where
the story was filed, and a story that names no other country is about the one it was filed
from, and so is one that names the others only as parties to what is done ("PYONGYANG - The
army fired shells toward South Korea"); without a dateline, a story whose places all lie in
one country, and which names no other, is about that one. An undatelined story that names a
single country only as an actor ("the government expelled the Russian ambassador": the other
party, not the scene) has none, unless it names it, as who acts, by the country's own
legislature, courts, opposition, parties or unions, which act at home: "Iraq's parliament asked
the government to …" and "The Nigeria Labour Congress threatened a strike unless the federal
government …" are set in their country.

A datelined story that names other countries is still the dateline's until it names another
one as where something happens or as who does it: "JAKARTA (Reuters) - Indonesia stepped up
patrols. The foreign ministry said it had handed Beijing a protest note" is Jakarta's ministry,
for a wire names a foreign body by its country ("Somalia's government"), and a bare one before
any other country is in play is the dateline's. A place of another country closes its whole
sentence ("NEW DELHI - The police arrested two men after the violence in Nepal": whose police
is then anyone's guess), a subject of another country what follows it ("NAIROBI - Somalia's
president said the army …"), and an international body named before the body or in its
sentence does too ("BRUSSELS - The government welcomed the EU's decision"), unless the story
had already named the dateline's own country ("MANILA - Former Philippine president Rodrigo
Duterte had dared the International Criminal Court … Police took him into custody").

A later sentence whose own actors name every country that closed the story as the other party
to what is done is the dateline's again: "SEOUL - Japan's bluebook again claimed the islets …
The government demanded that Tokyo withdraw the claim" is Seoul's government, for a body does
not act on its own country. The other party must be named, not a pronoun (« Le président malien
est arrivé. Le gouvernement a salué sa visite »: whose, anyone's guess), and must not be the
doer of a clause above the body ("Ethiopia's president said the army …") nor stand with it
("the government and Ethiopia's army"); a place of the body's own sentence still closes it.

Only a state's own bodies are placed so (DOMESTIC_SECTORS); crowds, gunmen and refugees are left
to the event coder, which places them by where the event happens. The bodies are those of the
place's own country, except where data/dateline_states.tsv names another state: a story filed
from Jerusalem names Israel's bodies though the city is coded to no country, one filed from
Nouméa or Mamoudzou the French state's, though the place and its rioters are the
territory's; the place's and the state's countries are both at home there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from vigie.actors.gazetteer import (
    DOMESTIC_SECTORS,
    bodies_state,
    country_name,
    demonym_countries,
    fold,
    iso_countries,
    word_in,
)
from vigie.actors.places import dateline_places
from vigie.actors.resolver import PERSON_LABELS, Resolver, hung_across_verb
from vigie.events.roles import VERBAL_POS
from vigie.model import Actor, Place

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NEVER = 1 << 62  # an offset past any text's end
# Sectors of a country's own political life, which act at home: its legislature, its courts,
# its opposition and parties, and its organised labour ("the Nigeria Labour Congress").
HOME_GROUP_SECTORS = frozenset({"LEG", "JUD", "OPP", "PTY", "LAB"})
# Of these, those that a country adjective alone does not set at home: "Afghan workers" may work
# abroad, "Nigeria's organised labour" does not.
PEOPLE_SECTORS = frozenset({"LAB"})
ANTECEDENT_AT = re.compile(r"coref:(.*?)@(\d+)(?:\+|$)")  # "coref:The army@31+dateline:…"


@dataclass(frozen=True, slots=True)
class StoryCountry:
    """The story's country, the place that gives it and how ("dateline" or "story"), and where
    in the text it holds (character offsets, see ``holds_at``)."""

    place: Place
    how: str
    # From here on another country is in play, as a place or a subject.
    closed: int = NEVER
    # From here on an international body is in play, unless the home country was named first.
    bodies_closed: int = NEVER
    # Where the story first names the home country itself (outside the dateline).
    confirmed: int = NEVER
    # What closed it: where each other country came into play (the start of the sentence of
    # a place, the subject itself), which country, and whether as a place.
    closers: tuple[tuple[int, str, bool], ...] = ()
    # Whether it codes only the state's bodies ("the government", "the police"), not its office
    # holders ("the minister"): a story set by who acts there (see _home_group) may name a
    # foreign or regional official by a word the tables do not know (« l'ancien ministre
    # catalan » in a story of the Belgian courts).
    bodies_only: bool = False
    # The state whose bodies these are, where not the place's country (dateline_states.tsv).
    state: str | None = None

    @property
    def body_country(self) -> str | None:
        """The country of the bodies the story names with no country of their own."""
        return self.state or self.place.country

    @property
    def homes(self) -> frozenset[str]:
        """The countries at home in the story: the place's and the state's."""
        return _homes(self.place)

    def holds_at(self, offset: int) -> bool:
        """Whether a body named at ``offset`` with no country of its own is the story's."""
        return offset < self.closed and (offset < self.bodies_closed or self.confirmed < offset)


def story_country(resolver: Resolver, places: list[Place]) -> StoryCountry | None:
    """The story's country: the dateline's place, else the first of the story's places, when
    the story names no country but that one; for a datelined story that names others, the
    dateline's up to where another country comes into play (see the module docstring)."""
    analysis = resolver.analysis
    named = {a.country for a in analysis.actors if a.country in iso_countries()}
    named |= {p.country for p in places if p.country is not None}
    dateline = dateline_places(analysis.doc, places, after_unknown_city=True)
    if dateline:
        homes = _homes(dateline[0])
        if not homes:
            return None
        state = bodies_state(dateline[0])
        if named <= homes or _others_only_parties(resolver, places, homes):
            return StoryCountry(dateline[0], "dateline", state=state)
        return replace(_until_another(resolver, places, dateline, homes), state=state)
    located = [p for p in places if p.country in iso_countries()]
    if located and named <= _homes(located[0]) and located[0].country in named and not any(
            _qualifies_post(resolver, p) for p in located):
        return StoryCountry(located[0], "story", state=bodies_state(located[0]))
    return _home_group(resolver, places)


def _homes(place: Place) -> frozenset[str]:
    """The countries at home in a story set at ``place``: its own, and the state whose bodies
    act there (Nouméa: New Caledonia and France; Jerusalem: Israel alone)."""
    return frozenset(c for c in (place.country, bodies_state(place)) if c in iso_countries())


def _home_group(resolver: Resolver, places: list[Place]) -> StoryCountry | None:
    """The country of an undatelined story that names, as who acts, the country's own
    legislature, court, opposition, party or union (HOME_GROUP_SECTORS: "Iraq's parliament
    asked the government to …", "The Nigeria Labour Congress served notice … unless the federal
    government", "Tanzanian opposition leader Tundu Lissu was picked up by police"): they act at
    home, so the story is set there, where it names other countries only as parties to what is
    done and no place elsewhere (see _others_only_parties: "Kenya's High Court barred the
    government from sending police to Haiti"). None where it names an international body (the
    story may be about it), or names the country only by its executive, its envoys, its forces
    or its people, who may be the other party or abroad ("the government expelled the Russian
    ambassador", "Afghan workers said the government had deported them"), or only outside a
    subject ("the government ignored a ruling of Kenya's High Court")."""
    for actor in resolver.analysis.actors:
        country = actor.country
        if (not actor.resolved or country not in iso_countries()
                or actor.sector not in HOME_GROUP_SECTORS
                or (actor.sector in PEOPLE_SECTORS and "demonym:" in (actor.via or ""))
                or not _in_subject(resolver, actor)):
            continue
        if not _others_only_parties(resolver, places, frozenset({country})):
            return None
        place = Place(text=actor.text, start=actor.start, end=actor.end,
                      name=country_name(country) or country, country=country)
        return StoryCountry(place, "story", bodies_only=True)
    return None


def _until_another(resolver: Resolver, places: list[Place], dateline: list[Place],
                   homes: frozenset[str]) -> StoryCountry:
    """The dateline's country, up to where the story brings another into play: a place of
    another country closes its whole sentence, a subject of another country what follows it,
    an international body its sentence and what follows, unless the home country came first."""
    starts = [resolver.doc[i].idx for i in resolver.sentence_starts]

    def sentence_start(offset: int) -> int:
        return starts[max(0, bisect_right(starts, offset) - 1)]

    own = [p for p in places if p not in dateline]
    closers = [(sentence_start(p.start), p.country, True) for p in own
               if p.country is not None and p.country not in homes
               and not _qualifies_post(resolver, p)]
    actors = [a for a in resolver.analysis.actors if a.resolved]
    closers += [(a.start, a.country, False) for a in actors if a.country is not None
                and a.country in iso_countries() and a.country not in homes
                and _in_subject(resolver, a)]
    bodies = [sentence_start(a.start) for a in actors if a.country not in iso_countries()]
    confirmed = [a.start for a in actors if a.country in homes]
    confirmed += [p.start for p in own if p.country in homes]
    return StoryCountry(dateline[0], "dateline", min((at for at, _, _ in closers), default=NEVER),
                        min(bodies, default=NEVER), min(confirmed, default=NEVER),
                        tuple(sorted(closers)))


def _others_only_parties(resolver: Resolver, places: list[Place],
                         homes: frozenset[str]) -> bool:
    """Whether a story at home in ``homes`` names the others only as parties to what is
    done, never as where it happens nor as who does it: "PYONGYANG - The foreign ministry
    lashed out at South Korea and the United States" is still Pyongyang's ministry, but not
    "NAIROBI - Somalia's president said the government …" (a subject of another country)
    nor "… called for an end to the violence in Ukraine" (a place of another). A story
    that names an international body may be about it ("BRUSSELS - The ministers agreed …"):
    none."""
    if any(p.country is not None and p.country not in homes for p in places):
        return False
    others = [a for a in resolver.analysis.actors if a.resolved and a.country not in homes]
    return all(a.country in iso_countries() and not _in_subject(resolver, a) for a in others)


def _in_subject(resolver: Resolver, actor: Actor) -> bool:
    """Whether the mention stands in the subject of its clause: it, or a noun it hangs on
    below the verb, is a subject ("Somalia's government said")."""
    span = resolver.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return True  # cannot tell: as if it did
    token = span.root
    while True:
        if resolver.roles.get(token.dep_) == "agent" or "subj" in token.dep_:
            return True  # passive subjects too: « Le président malien est arrivé »
        if token.pos_ in VERBAL_POS or token.head.i == token.i:
            return False
        token = token.head


def _qualifies_post(resolver: Resolver, place: Place) -> bool:
    """Whether the place qualifies an actor noun that names nobody on its own ("its ambassador
    in Paris", « son ambassade à Paris », "forces in Syria"): a post or a force abroad, which
    says nothing of where the story is set."""
    span = resolver.doc.char_span(place.start, place.end)
    if span is None:
        return False
    head = span.root.head
    if head.pos_ == "ADP":  # English: the preposition stands between the place and its head
        head = head.head
    noun = resolver.by_token.get(head.i)
    return (noun is not None and noun.kind == "sector" and noun.entry is not None
            and not noun.entry.alone)


def place_domestic_actors(resolver: Resolver, places: list[Place]) -> None:
    """Code the unplaced state bodies of the article's actors ("the police", « l'armée ») and
    its definite descriptions of an office or body ("the king", « le ministère ») with the
    story's country where it holds (see ``story_country``); the descriptions it leaves uncoded
    name no one, and are no actors."""
    analysis = resolver.analysis
    home = story_country(resolver, places)
    actors = analysis.actors
    for index, actor in enumerate(actors):
        if (home is None or actor.code is not None or actor.sector not in DOMESTIC_SECTORS
                or not (actor.via or "").startswith(("sector:", "coref:"))
                or not (home.holds_at(_named_at(actor)[0])
                        or _home_again(resolver, home, actor, places))
                or _owned_in_phrase(resolver, home.homes, *_named_at(actor))
                or (home.bodies_only and _names_a_person(resolver, actor))):
            continue
        # "KATHMANDU - … the king yielded", « RABAT (MAP) - Le Royaume a rompu »: a body or
        # office with no country of its own is of the one country the story is about.
        code = f"{home.body_country}{actor.sector}"
        where = home.place.name if home.how == "dateline" else home.place.country
        actors[index] = replace(actor, code=code, country=home.body_country,
                                via=f"{actor.via}+{home.how}:{where}")
        analysis.note("actors", actor.start, actor.end, "found",
                      f"{actor.text!r}: {code}, the story "
                      + (f"filed from {home.place.name}" if home.how == "dateline"
                         else f"set in {home.place.name}, naming no other country"))
    described = {(a.start, a.end, a.via) for a in resolver.descriptions}
    for actor in [a for a in actors if a.code is None and (a.start, a.end, a.via) in described]:
        analysis.note("actors", actor.start, actor.end, "dropped",
                      f"{actor.text!r}: {actor.role} of no stated country")
        actors.remove(actor)


def _names_a_person(resolver: Resolver, actor: Actor) -> bool:
    """Whether the actor noun names one office holder ("the minister", « le président »;
    grammar.tsv ``person_nouns``), or stands for one, rather than a body."""
    start, end = _named_at(actor)
    span = resolver.doc.char_span(start, end, alignment_mode="expand")
    return span is None or word_in(span.root, resolver.gaz.grammar.get("person_nouns",
                                                                      frozenset()))


def _home_again(resolver: Resolver, home: StoryCountry, actor: Actor,
                places: list[Place]) -> bool:
    """Whether a body named after the story was closed is the dateline's again: every country
    that closed it before the body's sentence is named in that sentence as the other party to
    what is done (see the module docstring). Pronouns stand for whatever their antecedent's
    place in the story says, and are left as they are."""
    if not (actor.via or "").startswith("sector:") or not (
            actor.start < home.bodies_closed or home.confirmed < actor.start):
        return False
    body = resolver.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if body is None:
        return False
    sentence = body.root.sent
    closers = [c for c in home.closers if c[0] <= actor.start]
    parties = _other_parties(resolver, body.root, sentence, places)
    # In the body's own sentence, only a party closes nothing: a place there, or a subject
    # that is no party, may be where the act happens or whose the body is.
    if any(sentence.start_char <= at and (place or at not in parties)
           for at, _, place in closers):
        return False
    return bool(closers) and {c for _, c, _ in closers} <= set(parties.values())


def _other_parties(resolver: Resolver, body: Token, sentence: Span,
                   places: list[Place]) -> dict[int, str]:
    """The named actors of ``sentence`` that are another party than the body at ``body``, by
    where they start, with their country: not a pronoun, not a place, not in the noun phrase
    the body is part of nor in the same role beside it (standing with it), and not the doer
    of a clause the body is part of (a speaker: "Ethiopia's president said the army …")."""
    placed = {(p.start, p.end) for p in places}
    phrase = _phrase_of(body)
    own = {t.i for t in phrase.subtree}  # its owners, appositions and conjuncts
    above = {body.i, *(t.i for t in body.ancestors)}
    parties = {}
    for other in resolver.analysis.actors:
        if (not other.resolved or other.country is None
                or not sentence.start_char <= other.start < sentence.end_char
                or (other.start, other.end) in placed):
            continue
        span = resolver.doc.char_span(other.start, other.end, alignment_mode="expand")
        if span is None or span.root.pos_ in ("PRON", "DET") or span.root.i in own:
            continue
        if _same_role(resolver, _phrase_of(span.root), phrase):
            continue  # « Le chef de la junte, le général X, a été reçu »: read as two subjects
        doing = _doer_of(resolver, span.root)
        if doing is None or doing.i not in above:
            parties[other.start] = other.country
    return parties


def _phrase_of(token: Token) -> Token:
    """The head of the whole noun phrase the noun at ``token`` is part of."""
    while token.head.i != token.i and token.head.pos_ not in VERBAL_POS:
        token = token.head
    return token


def _same_role(resolver: Resolver, one: Token, other: Token) -> bool:
    """Whether two noun phrases fill the same role of the same verb."""
    return (one.head.i == other.head.i and one.i != other.i
            and resolver.roles.get(one.dep_) == resolver.roles.get(other.dep_))


def _doer_of(resolver: Resolver, token: Token) -> Token | None:
    """The verb whose doer the noun at ``token`` is, or is part of: its active subject or
    the agent of its passive ("received by Xi", « déclarés par le gouvernement »)."""
    while token.head.i != token.i:
        if resolver.roles.get(token.dep_) in ("agent", "by_agent"):
            return token.head
        if token.head.pos_ in VERBAL_POS:
            return None
        token = token.head
    return None


def _owned_in_phrase(resolver: Resolver, homes: frozenset[str], start: int, end: int) -> bool:
    """Whether the body's own phrase names coded actors of another country than ``home`` that
    the parse did not link to it as owners ("Soldiers from the Chinese and Cambodian armies";
    not "Lawmakers in South Korea" of a story set there), or a people the tables do not
    know ("a Scottish court", NORP to the tagger), or a country adjective below it that the
    parse hung on another word of the phrase (« l'armée de l'air japonaise », the adjective
    agreeing with « armée » but hung on « air »): it is theirs, not the story's. A clause on
    the body says what it did, not whose it is ("police who raided his diocese")."""
    span = resolver.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    words = [t for child in root.children if child.pos_ not in VERBAL_POS
             and not span.start <= child.i < span.end
             and not hung_across_verb(root, span.end, child) for t in child.subtree]
    if any(t.ent_type_ == "NORP" and t.i not in resolver.by_token for t in words):
        return True
    demonyms = demonym_countries(resolver.analysis.lang)
    if any(t.pos_ == "ADJ" and demonyms.get(fold(t.text)) not in (None, *homes) for t in words):
        return True
    inside = {t.idx for t in words}
    return any(other.resolved and other.start in inside and other.country not in homes
               and not (other.via or "").startswith("coref:")
               and not _is_person(resolver, other) for other in resolver.analysis.actors)


def _is_person(resolver: Resolver, actor: Actor) -> bool:
    """Whether the actor is a person's name: beside a title it names the holder, not an owner
    ("le ministre de l'Intérieur Gérald Darmanin")."""
    span = resolver.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ in PERSON_LABELS


def _named_at(actor: Actor) -> tuple[int, int]:
    """Where the body an actor stands for is named (character offsets): a pronoun's
    antecedent ("The army … It said"), else the actor itself."""
    antecedent = ANTECEDENT_AT.match(actor.via or "")
    if antecedent is None:
        return actor.start, actor.end
    start = int(antecedent.group(2))
    return start, start + len(antecedent.group(1))
