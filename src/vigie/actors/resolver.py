"""Actor mentions in one parsed article, resolved to codes (conventions in ``vigie.actors``).

Find, then resolve, in passes that each read what the previous ones settled:
names (countries, capitals, organisations, office holders); ambiguous names, from the countries the
rest of the article codes; actor nouns, given a country by their noun phrase (a demonym, "de"/"of"
+ an actor, a possessor); anaphors; actor nouns again (now "le gouvernement du pays" can use the
resolved "pays"); anaphors left over, against the final actor nouns; person entities the
gazetteer does not know, coded through an apposition ("le porte-parole du ministère chinois, Wang
Wenbin") or left unresolved.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from vigie.actors.acronyms import Definition, find_definitions
from vigie.actors.coref import SENTENCES_BACK, Coreference
from vigie.actors.gazetteer import (
    FUZZY_LETTERS,
    Entry,
    Gazetteer,
    Match,
    Term,
    country_name,
    fold,
    iso_countries,
    letter_count,
    near_people,
    state_forms,
    word_in,
)
from vigie.actors.mention import Mention
from vigie.analysis import Analysis
from vigie.lang import load_table
from vigie.model import Actor
from vigie.nlp import DATELINE_DASHES, DATELINE_TOKENS

# When one surface has readings of several kinds, the first kind here wins.
KIND_PRIORITY = (
    "block", "person", "org", "place", "country", "ambiguous", "demonym", "portfolio", "sector",
    "anaphor",
)
PORTFOLIO_ROLES = frozenset({"minister", "ministry"})  # "foreign troops" are no foreign ministry
PLACE_LABELS = frozenset({"LOC", "GPE"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
# Group sectors whose noun, as a title before a name, says where the person stands (an opponent,
# a gang leader, a prelate): the person is of that group. An occupation's noun (« la syndicaliste
# Sophie Martin ») only describes the person, who stays a person named by the name.
STANDING_SECTORS = frozenset({"OPP", "CRM", "REL"})
NAME_LABELS = frozenset({"PER", "PERSON", "ORG"})
DATELINE = "dateline: where the story was filed"  # a place, though no actor
DATELINE_AGENCY = "dateline: the agency that filed the story"  # "NAIROBI (AFP) -"
DATELINE_CITY_TOKENS = 3  # "KANO", "PORT AU PRINCE": a city's name before the dateline's comma
# How long before taking office a person is still called the office's "-elect": the longest
# wait between an election and the inauguration (Indonesia's is eight months).
ELECT_WAIT = timedelta(days=366)


def _office(terms: tuple[Term, ...], published: date | None) -> Term | None:
    """The term that covers the publication date, if any. An undated article is read as of the
    person's latest office: the one still running, else the last one held."""
    if published is None:
        running = [t for t in terms if t.end is None]
        return (running or sorted(terms, key=lambda t: t.start))[-1]
    current = [t for t in terms
               if t.start <= published and (t.end is None or published < t.end)]
    return current[-1] if current else None


def _kind(match: Match) -> str:
    kinds = {e.kind for e in match.entries}
    return next(k for k in KIND_PRIORITY if k in kinds)


def hung_across_verb(noun: Token, end: int, child: Token) -> bool:
    """Whether a word the parser hung on ``noun`` (whose phrase ends at token ``end``) lies
    past a verb that is not the noun's own: "the junta turned away a delegation from ECOWAS,
    the African Union …" makes the Union an apposition of the junta; a noun's own words never
    lie beyond the verb it is the subject of. Its own participles are no such verb (« le
    premier ministre désigné, Mark Carney »)."""
    return any(t.pos_ in ("VERB", "AUX") and not noun.is_ancestor(t)
               for t in noun.doc[end:child.left_edge.i])


class Resolver:
    """The state of one article's resolution: its mentions and the token index over them."""

    def __init__(self, analysis: Analysis, gazetteer: Gazetteer) -> None:
        self.analysis = analysis
        self.doc: Doc = analysis.doc
        # The Doc's text, which Doc.text rebuilds token by token on every access.
        self.text = analysis.article.text
        self.gaz = gazetteer
        self.roles: dict[str, str] = dict(load_table(analysis.lang, "syntax")["roles"])
        for label in gazetteer.grammar.get("modifier_deps", ()):
            self.roles.setdefault(label, "modifier")
        self.published: date | None = analysis.article.published
        self.entities = self.doc.ents  # Doc.ents builds new Spans on every access
        self.entity_at: dict[int, Span] = {t: ent for ent in self.entities
                                            for t in range(ent.start, ent.end)}
        self.sentence_starts = [sent.start for sent in self.doc.sents]
        self.mentions: list[Mention] = []
        self.by_token: dict[int, Mention] = {}
        # The owners of each actor noun, by the mention's id: both composing passes ask, and
        # what they depend on (the parse, the mentions and their kinds) is settled before the
        # first (see owners).
        self.owner_links: dict[int, list[tuple[Mention, str]]] = {}
        # Names found to say where, not who: a capital after a locative preposition, a country
        # there (still an actor too), a dateline. The places analyser turns them into Places.
        self.located: list[Mention] = []
        # Definite descriptions of a state's own office or body with no country in their phrase
        # ("the king", « le ministère »): uncoded actors of their mentions, for the story's
        # country to code (``vigie.actors.dateline``); no actor where the story has no one
        # country.
        self.descriptions: list[Actor] = []

    # -- bookkeeping --------------------------------------------------------------------------
    def sentence(self, token_index: int) -> int:
        return bisect_right(self.sentence_starts, token_index) - 1

    def note(self, mention: Mention, verdict: str, message: str) -> None:
        span = self.doc[mention.start:mention.end]
        words = self.text[span.start_char:span.end_char]  # Span.text rebuilds it token by token
        self.analysis.note("actors", span.start_char, span.end_char, verdict,
                           f"{words!r}: {message}")

    def actor(self, mention: Mention, code: str | None, country: str | None, sector: str | None,
              name: str | None, role: str | None, via: str,
              extent: tuple[int, int] | None = None) -> Actor:
        """An Actor over the mention's text, or over ``extent`` (character offsets) when the
        actor is a whole noun phrase ("gouvernement du dirigeant nord-coréen")."""
        span = self.doc[mention.start:mention.end]
        start, end = extent or (span.start_char, span.end_char)
        return Actor(self.text[start:end], start, end, code, country, sector, name, role, via)

    # -- passes -------------------------------------------------------------------------------
    def run(self) -> list[Actor]:
        for match in self.gaz.find(self.doc):
            kind = _kind(match)
            if kind == "block":
                continue
            entries = tuple(e for e in match.entries if e.kind == kind)
            why = self.not_an_actor(match)
            if why:
                span = self.doc[match.start:match.end]
                self.analysis.note("actors", span.start_char, span.end_char, "dropped", why)
                if why == DATELINE and kind in ("place", "country"):
                    self.located.append(Mention(match.start, match.end, kind, entries))
                continue
            mention = Mention(match.start, match.end, kind, entries, person_name=any(
                e.kind == "ambiguous" and e.other == "person" for e in match.entries))
            self.mentions.append(mention)
            for i in range(match.start, match.end):
                self.by_token[i] = mention
        grammar = self.gaz.grammar
        for definition in find_definitions(self.doc, grammar.get("articles", frozenset()),
                                           grammar.get("name_links", frozenset())):
            self.define_acronym(definition)
        for mention in self.mentions:
            if mention.kind in ("country", "place", "org", "person"):
                self.resolve_name(mention)
        evidence = [(a.country or "", self.sentence(m.start), m.kind)
                    for m in self.mentions for a in m.coded()]
        for mention in self.mentions:
            if mention.kind == "ambiguous":
                self.resolve_ambiguous(mention, evidence)
        self.compose_all(final=False)
        self.promote_titled_people()  # before pronouns, which copy the person's actor
        # Peoples before pronouns: "Bosnian Serbs said their forces …".
        for mention in self.mentions:
            if mention.kind == "demonym" and not mention.absorbed:
                self.resolve_people(mention)
        grammar = self.gaz.grammar
        coref = Coreference(self.doc, self.gaz.numbers, self.roles, self.sentence_starts,
                            frozenset(self.by_token), grammar.get("person_nouns", frozenset()),
                            grammar.get("impersonal_verbs", frozenset()),
                            grammar.get("member_nouns", frozenset()))
        starts = [m.start for m in self.mentions]
        self.resolve_anaphors(coref, starts, final=False)
        self.compose_all(final=True)
        self.promote_titled_people()
        # Again for those left over: an antecedent whose country its own owner pronoun gave in
        # the pass just done ("Netanyahu convened his cabinet. It voted …").
        self.resolve_anaphors(coref, starts, final=True)
        for index, mention in enumerate(self.mentions):
            if mention.kind == "sector" and not mention.actors and not mention.absorbed:
                # "the two ministers", « les deux armées »: a collective of earlier actors.
                window = self.sentence_starts[max(0, self.sentence(mention.start) - SENTENCES_BACK)]
                mention.actors = coref.collective(
                    mention, self.mentions[bisect_left(starts, window):index])
        for mention in self.mentions:
            if mention.kind == "demonym":
                if mention.absorbed:  # owned by an actor noun after all
                    mention.actors = []
                else:
                    self.resolve_people(mention)
        for mention in self.mentions:
            if mention.kind == "demonym" and not mention.absorbed and not mention.actors:
                self.note(mention, "dropped", "qualifies no actor")
        self.add_unknown_people()
        self.note_unknown_organisations()
        return self.collect()

    def resolve_anaphors(self, coref: Coreference, starts: list[int], *, final: bool) -> None:
        """Resolve the anaphors not resolved yet against the mentions before them; the final
        pass notes those it leaves unresolved."""
        for index, mention in enumerate(self.mentions):
            if mention.kind != "anaphor" or mention.actors:
                continue
            window = self.sentence_starts[max(0, self.sentence(mention.start) - SENTENCES_BACK)]
            # A word taken into a larger actor (the title of its person, the demonym of
            # « le président ghanéen ») is that actor, not another antecedent.
            earlier = [m for m in self.mentions[bisect_left(starts, window):index]
                       if not m.absorbed]
            mention.actors = coref.resolve(mention, earlier)
            if final and not mention.actors:
                self.note(mention, "unresolved", "no single compatible antecedent")

    def define_acronym(self, definition: Definition) -> None:
        """An acronym the article defines ("the Movement for Democratic Change (MDC)") names what
        its long form names: a known organisation, else an organisation of the one country the
        long form carries (« Mouvement pour la démocratie au Niger »: Niger, no sector); its
        bare uses later in the article ("the MDC said") are that actor too. A long form
        with no country, or several, leaves both unresolved, as before."""
        start, end = definition.start, definition.end
        if any(u in self.by_token for u in definition.uses):
            return  # the gazetteer knows the acronym itself
        inner = [m for m in self.mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inner):
            return
        whole = [m for m in inner if (m.start, m.end) == (start, end) and m.kind == "org"]
        long_form = self.doc[start:end].text
        if whole and whole[0].entry is not None:
            entry = whole[0].entry
        else:
            countries = {c for m in inner if (c := self.country_of(m)) is not None}
            if len(countries) != 1:
                return
            # The country only: the words of a name are no sector ("Nigeria Labour Congress" is
            # no legislature).
            country = countries.pop()
            entry = Entry("org", f"{definition.acronym}={long_form}", True, code=country,
                          country=country, name=long_form, role="organisation")
        for mention in inner:
            self.mentions.remove(mention)
        for first, last in ((start, end), *((u, u + 1) for u in definition.uses)):
            mention = Mention(first, last, "org", (entry,))
            self.mentions.append(mention)
            for i in range(first, last):
                self.by_token[i] = mention
        self.mentions.sort(key=lambda m: (m.start, m.end))

    def country_of(self, mention: Mention) -> str | None:
        """The country a name inside a long form gives it: a country, place or demonym."""
        entry = mention.entry
        if entry is None:
            return None
        if mention.kind in ("country", "demonym"):
            return entry.key
        if mention.kind in ("place", "org") and entry.country in iso_countries():
            return entry.country
        return None

    def not_an_actor(self, match: Match) -> str | None:
        """Why a gazetteer hit names no actor whatever it means: the object of a pro-/anti-
        prefix ("anti-Syria journalist"), or a dateline ("WASHINGTON (Reuters) -", "Beyrouth,
        19 novembre 2024 (AFP) -")."""
        doc, start, end = self.doc, match.start, match.end
        stance = self.gaz.grammar.get("stance", frozenset())
        if start >= 2 and doc[start - 1].text == "-" and fold(doc[start - 2].text) in stance:
            return "pro-/anti- qualifier"
        span = doc[start:end]
        if (self.roles.get(span.root.dep_) == "number"
                and all(t.like_num or t.pos_ == "NUM" or t.is_punct for t in span)):
            # « les Vingt-Sept » is the Union, « vingt-sept soldats » a count.
            return "a number counting a noun, not a name"
        # The token tests first: the text of the words is only needed at a sentence start.
        if doc[start].is_sent_start and end < len(doc) and doc[end].is_punct:
            words = doc[start:end].text
            if (words.isupper() and len(words) > 3) or (start == 0 and self.opens_dateline(end)):
                return DATELINE
        if (start <= DATELINE_TOKENS and start >= 1 and end + 1 < len(doc)
                and doc[start - 1].text == "(" and doc[end].text == ")"
                and doc[end + 1].text in DATELINE_DASHES):
            return DATELINE_AGENCY
        if (2 <= start <= DATELINE_CITY_TOKENS + 1 and doc[start - 1].text == ","
                and (doc[:start - 1].text.isupper()
                     or (doc[:start - 1].text.istitle() and self.opens_dateline(end)))
                and any(t.text in DATELINE_DASHES for t in doc[end:DATELINE_TOKENS])):
            return DATELINE  # "KANO, Nigeria (Reuters) -": the country of the dateline's city
        return None

    def opens_dateline(self, end: int) -> bool:
        """Whether the words before token ``end`` open a dateline written in title case
        ("Beyrouth, 19 novembre 2024 (AFP) -", "Kano, Nigeria, March 3 (Reuters) -"), as
        many French papers write it: the dateline's dash follows within its reach, after a
        date or an agency in parentheses and no verb ("Washington, Londres et Paris - trois
        alliés - ont …" opens a sentence)."""
        doc = self.doc
        dash = next((t.i for t in doc[end:DATELINE_TOKENS] if t.text in DATELINE_DASHES), None)
        if dash is None:
            return False
        between = doc[end:dash]
        return (any(t.text == "(" or t.like_num for t in between)
                and not any(t.pos_ in ("VERB", "AUX") for t in between))

    def collect(self) -> list[Actor]:
        """The actors of every mention not taken into a larger one, in text order."""
        actors = [a for m in self.mentions if not m.absorbed for a in m.actors]
        for actor in actors:
            if actor.code is not None:
                self.analysis.note("actors", actor.start, actor.end, "found",
                                   f"{actor.text!r}: {actor.code} via {actor.via}")
        return sorted(actors, key=lambda a: (a.start, a.end))  # stable: antecedents keep text order

    # -- names --------------------------------------------------------------------------------
    def inside_other_name(self, mention: Mention, labels: frozenset[str]) -> Span | None:
        """The longer named entity this mention is only part of ("Brigitte Macron", "Washington
        Post", "Chad Smith"), if any: then the mention is not the actor its words name alone.
        A title ("Président Macron", "Ayatollah Ali Khamenei") or an article ("The White House")
        makes no other name."""
        ent = self.entity_at.get(mention.start)
        if ent is None or ent.label_ not in labels or ent.end < mention.end:
            return None
        if ent.start == mention.start and ent.end == mention.end:
            return None
        honorifics = self.gaz.grammar.get("honorifics", frozenset())
        for token in ent:
            if mention.start <= token.i < mention.end or fold(token.text).rstrip(".") in honorifics:
                continue
            other = self.by_token.get(token.i)
            if token.pos_ == "PROPN" and (other is None or other.kind != "sector"):
                return ent
        return None

    def resolve_name(self, mention: Mention) -> None:
        """A country, capital, organisation or office holder named in the text."""
        entry = mention.entry
        assert entry is not None
        labels = NAME_LABELS if mention.kind == "place" else PERSON_LABELS
        other = self.inside_other_name(mention, labels)
        if other is not None:
            self.note(mention, "dropped", f"part of the name {other.text!r}")
            return
        ent = self.entity_at.get(mention.start)
        # The person reading needs more than the name alone: the tagger calls a sentence-initial
        # "Washington a félicité" a person, but a person is introduced with a first name or a
        # title ("Denzel Washington", "M. Washington").
        if mention.person_name and ((ent is not None and ent.label_ in PERSON_LABELS
                                     and (ent.start, ent.end) != (mention.start, mention.end))
                                    or self.name_goes_on(mention.end)):
            mention.kind = "named"
            mention.actors = [self.actor(mention, None, None, None, None, None, "ner:person")]
            self.note(mention, "unresolved", "a person's name here")
            return
        if mention.kind == "country":
            code = entry.key
            mention.actors = [self.actor(mention, code, code, None, country_name(code), None,
                                         f"country:{code}")]
            root = mention.root(self.doc)
            if self.locative(root, mention.start) and not self.addressed(root):
                self.located.append(mention)
        elif mention.kind == "place":
            if self.locative(mention.root(self.doc), mention.start):
                self.note(mention, "dropped", "a place here, not an actor")
                self.located.append(mention)
                return
            mention.actors = [self.actor(mention, f"{entry.country}{entry.sector}", entry.country,
                                         entry.sector, entry.name, entry.role,
                                         f"place:{entry.key}")]
        elif mention.kind == "org":
            owner = self.national_owner(mention)
            if owner is not None and entry.sector == "IGO" and not self.office_of(mention):
                # « le Conseil de sécurité nigérian » is Nigeria's, a body of its government.
                mention.actors = [self.actor(mention, f"{owner}GOV", owner, "GOV",
                                             country_name(owner), entry.role,
                                             f"org:{entry.key}+national:{owner}")]
                return
            if owner is not None:
                self.note(mention, "dropped", f"{owner}'s own body, not {entry.name}")
                return
            mention.actors = [self.actor(mention, entry.code, entry.country, entry.sector,
                                         entry.name, entry.role, f"org:{entry.key}")]
        else:
            self.resolve_person(mention)

    def national_owner(self, mention: Mention) -> str | None:
        """The country whose own body an international body's name is used for here ("Russia's
        Security Council", "the Russian Security Council"): a country or demonym owning it."""
        entry = mention.entry
        if entry is None or entry.country in iso_countries():
            return None
        # The country's adjective may hang on any word of the name ("sécurité" of « Conseil de
        # sécurité nigérian »).
        children = [c for t in self.doc[mention.start:mention.end] for c in t.children
                    if not mention.start <= c.i < mention.end]
        for child in children:
            owner = self.by_token.get(child.i)
            if (owner is not None and owner is not mention
                    and self.roles.get(child.dep_) in ("possessor", "modifier")
                    and owner.kind in ("country", "demonym")
                    and (country := self.country_of(owner)) in iso_countries()):
                return country
        return None

    def office_of(self, mention: Mention) -> bool:
        """Whether the name is the body of an office noun ("deputy head of Russia's Security
        Council"): the office holder is the actor, not the body."""
        root = mention.root(self.doc)
        head = root.head.head if self.roles.get(root.dep_) == "case_object" else root.head
        noun = self.by_token.get(head.i)
        return head is not root and noun is not None and noun.kind == "sector"

    def name_goes_on(self, end: int) -> bool:
        """Whether a first name is followed by the rest of a person's name: "Dominique de
        Villepin", "Jordan Bardella" (a particle may come between)."""
        doc = self.doc
        if end < len(doc) and doc[end].pos_ == "PROPN" and end not in self.by_token:
            return True
        particles = self.gaz.grammar.get("name_particles", ())
        return (end + 1 < len(doc) and fold(doc[end].text) in particles
                and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper())

    def locative(self, token: Token, start: int | None = None) -> bool:
        """Whether a capital is a place here, not the state: after a locative preposition
        (dans, in), or after a locative adjunct (à, at) unless the word it hangs on makes it a
        party (a écrit à Washington, s'en est pris à Pékin, lashed out at Moscow); as the place
        of a place noun (le maire de Paris, south of Cairo), in apposition to a place (in
        Kwaga, Nigeria), or coordinated with an ordinary place (Paris et Marseille). ``start``,
        the first token of the name, lets a preposition the parser hung elsewhere count
        (« ouvertes à Lusaka lundi », "à" on "lundi")."""
        grammar = self.gaz.grammar
        role = self.roles.get(token.dep_)
        case, head = self.preposition(token, start)
        if case is not None:
            word = fold(case.text)
            if word in grammar.get("locative", ()) or (
                    word in grammar.get("locative_adjunct", ())
                    and token.dep_ not in grammar.get("argument_deps", ())
                    and not self.names_a_party(head)):
                return True
        if (head is not token and role in ("nominal_arg", "modifier", "possessor", "case_object")
                and fold(head.lemma_) in grammar.get("place_nouns", ())):
            return True
        if role == "appos" and head is not token and head.pos_ == "PROPN" and self.locative(head):
            return True  # "in Kwaga, Nigeria": the country of a town, named after it
        return any(c.ent_type_ in PLACE_LABELS and c.i not in self.by_token
                   for c in token.conjuncts)

    def preposition(self, token: Token, start: int | None) -> tuple[Token | None, Token]:
        """The preposition that introduces a nominal, if any, and the word the phrase hangs
        on. Failing a parse link, the word right before the name when it is a preposition the
        parser hung on another word than the name's phrase (« à Lusaka lundi », "à" on "lundi"),
        and the name is neither subject nor object; "near Macedonia's border" is the border's
        preposition."""
        role = self.roles.get(token.dep_)
        if role == "case_object" and token.head is not token:  # ClearNLP: the preposition heads
            return token.head, token.head.head
        cases = [c for c in token.children if self.roles.get(c.dep_) == "case"]
        if cases:
            return cases[0], token.head
        before = self.doc[start - 1] if start else None
        if (before is not None and before.pos_ == "ADP" and role not in ("agent", "patient")
                and not before.is_ancestor(token)):
            return before, token.head
        return None, token.head

    def names_a_party(self, governor: Token) -> bool:
        """Whether the word a locative adjunct hangs on, the nouns its noun phrase hangs on, or
        the verb whose argument that phrase is, takes a party there (``party_predicates``: écrire
        à, livrer des armes à, attribuer l'attaque du barrage à, lash out at); a form of two
        lemmas is a verb with that dependent (« en prendre »: s'en prendre à; « sanction
        imposer »: des sanctions imposées à Minsk, not a curfew imposed in Sudan). Only an
        object's or oblique's verb (the parser makes « du gaz » one): « a proposé aux militaires
        au pouvoir à Niamey » says where they rule."""
        parties = self.gaz.grammar.get("party_predicates", frozenset())
        words = [governor]
        while self.roles.get(words[-1].dep_) == "nominal_arg" and words[-1].head not in words:
            words.append(words[-1].head)
        if (self.roles.get(words[-1].dep_) in ("patient", "oblique")
                and words[-1].head is not words[-1]):
            words.append(words[-1].head)
        for word in words:
            lemma = fold(word.lemma_)
            if lemma in parties or any(f"{fold(c.lemma_)} {lemma}" in parties
                                       for c in word.children):
                return True
        return False

    def addressed(self, token: Token) -> bool:
        """Whether "à" and an article put a country as the one addressed ("des sanctions à la
        Corée du Nord"), not where: "au Japon", "à Cuba" say where."""
        cases = [c for c in token.children if self.roles.get(c.dep_) == "case"]
        return (bool(cases) and fold(cases[0].text) in self.gaz.grammar.get("locative_adjunct", ())
                and any(self.roles.get(c.dep_) == "det" for c in token.children))

    def resolve_person(self, mention: Mention) -> None:
        """An office holder, coded by the term that contains the publication date: several people
        sharing a name are told apart by the date or not at all."""
        in_office = []
        for entry in mention.entries:
            terms = self.gaz.terms[entry.key]
            in_office.append((entry, _office(terms, self.published), terms))
        readings = {(term.country, term.sector) if term else (terms[-1].country, "ELI")
                    for _, term, terms in in_office}
        if len(in_office) > 1:
            # Several people bear the name: the one in office decides; undated, the one whose
            # office is still running.
            in_office = [item for item in in_office if item[1] is not None and (
                self.published is not None or item[1].end is None)]
        if len(in_office) != 1 and len(readings) == 1 and (
                (country := next(iter(readings))[0]) in iso_countries()):
            # "the Bush administration": which Bush is open, whose is not.
            sector = next(iter(readings))[1]
            mention.actors = [self.actor(mention, f"{country}{sector}", country, sector, None,
                                         None, "person:same-country")]
            self.note(mention, "resolved", f"several known people bear this name, all {country}")
            return
        if len(in_office) != 1:
            mention.kind = "named"
            mention.actors = [self.actor(mention, None, None, None, None, None, "person:ambiguous")]
            self.note(mention, "unresolved", "several known people bear this name")
            return
        entry, term, terms = in_office[0]
        via = f"person:{entry.key}" + ("+undated:latest-office" if self.published is None else "")
        if term is None:
            country = terms[-1].country
            if country not in iso_countries():
                mention.kind = "named"
                mention.actors = [self.actor(mention, None, None, None, entry.name, None, via)]
                self.note(mention, "unresolved", "an official of an organisation, not in office")
                return
            mention.actors = [self.actor(mention, f"{country}ELI", country, "ELI", entry.name, None,
                                         via)]
            return
        if term.country in iso_countries():
            code, country, sector = f"{term.country}{term.sector}", term.country, term.sector
        else:
            body = self.gaz.organisations[term.country]
            code, country, sector = body.code, body.country, body.sector
        mention.actors = [self.actor(mention, code, country, sector, entry.name, term.role, via)]

    def resolve_ambiguous(self, mention: Mention, evidence: list[tuple[str, int, str]]) -> None:
        """A name with several readings is coded only when the article settles it: exactly one
        candidate coded elsewhere, by a capital, person or actor noun anywhere, or by a country
        name in another sentence ("le Congo … avec la RDC" contrasts the two, it does not
        abbreviate one)."""
        entry = mention.entry
        assert entry is not None
        other = self.inside_other_name(mention, PERSON_LABELS)
        if other is not None:
            self.note(mention, "dropped", f"part of the name {other.text!r}")
            return
        here = self.sentence(mention.start)
        found = sorted({country for country, sentence, kind in evidence
                        if country in entry.candidates
                        and (kind != "country" or sentence != here)})
        if len(found) != 1:
            # Kept uncoded: an actor is named here, the article just does not say which.
            mention.actors = [self.actor(mention, None, None, None, None, None,
                                         f"ambiguous:{entry.key}")]
            self.note(mention, "unresolved", f"could be {'/'.join(entry.candidates)}"
                      + (" or not a country" if entry.other else ""))
            return
        code = found[0]
        mention.actors = [self.actor(mention, code, code, None, country_name(code), None,
                                     f"ambiguous:{entry.key}->{code}")]

    # -- actor nouns --------------------------------------------------------------------------
    def compose_all(self, *, final: bool) -> None:
        for mention in self.mentions:
            mention.absorbed = False  # each pass decides afresh what the actor nouns take in
            if mention.kind == "sector":
                mention.done = False
                mention.actors = []
        for mention in self.mentions:
            if mention.kind == "sector":
                self.compose(mention, final=final)

    def owners(self, mention: Mention) -> list[tuple[Mention, str]]:
        """Mentions in the noun phrase of the actor noun that say whose it is, each with its link:
        "part" (le gouvernement de la RPDC, the Russian army), "also" (a coordinated modifier:
        US and British forces), "appos" (the same actor named twice: le président russe,
        Vladimir Poutine) or "title" (the person the noun is a title of: Chancellor Olaf Scholz).
        Found once per mention: no pass between the two composing passes adds a mention or
        changes a kind or an entry.
        """
        known = self.owner_links.get(id(mention))
        if known is None:
            known = self.owner_links[id(mention)] = self.find_owners(mention)
        return known

    def find_owners(self, mention: Mention) -> list[tuple[Mention, str]]:
        """What ``owners`` returns, worked out from the parse."""
        led = self.gaz.grammar.get("led", frozenset())
        found: list[tuple[Mention, str]] = []
        words = self.doc[mention.start:mention.end]
        root = words.root

        def add(token: Token, link: str) -> None:
            owner = self.by_token.get(token.i)
            if owner is not None and owner is not mention:
                found.append((owner, link))
            if led and (token.lower_ in led or token.lemma_.lower() in led):
                # "Saudi-led forces": the country leading them is whose they are.
                for leader in token.children:
                    if leader.i < token.i:
                        add(leader, link)

        def add_coordination(token: Token, link: str = "part") -> None:
            # "negotiators from Iran and the United States", « les armées malienne et
            # burkinabè »: each conjunct of an owner owns the noun too.
            add(token, link)
            for other in token.conjuncts:
                add(other, "also")

        children = [c for t in words for c in t.children if not mention.start <= c.i < mention.end]
        possessive: Token | None = None
        coordinated = False
        for child in children:
            role = self.roles.get(child.dep_)
            if (role == "det" and "Yes" in child.morph.get("Poss")) or (
                    role == "possessor" and child.pos_ == "PRON"):
                # "ses troupes", "its army": whose, unless a country word says otherwise ("son
                # homologue chinois", "his Chinese counterpart" are China's).
                possessive = child
            elif role in ("modifier", "possessor") and self.hyphen_qualifier(child):
                continue  # "the UN-backed government": who backs it, not whose it is
            elif role in ("modifier", "possessor"):
                # "Zimbabwean and South African migrants" parsed as two modifiers, the "and"
                # left on the first: the second is coordinated with it.
                add_coordination(child, "also" if coordinated else "part")
                coordinated = coordinated or any(self.roles.get(c.dep_) == "cc"
                                                 for c in child.children)
                if (name := self.compound_name(child)) is not None:
                    add(name, "part")
            elif role == "appos":
                # "the junta turned away a delegation from ECOWAS, the African Union and …":
                # an apposition the parser hung across a verb names another actor, not this one.
                if not hung_across_verb(root, mention.end, child):
                    add(child, "appos")
            elif role == "conj" and self.country_adjective(child):
                # « les armées malienne et burkinabè »: the second adjective hung on the noun.
                add(child, "also")
            elif (whose := self.genitive_object(child)) is not None:
                add_coordination(whose)
                portfolio = self.by_token.get(whose.i)
                if (portfolio is not None and portfolio.kind == "portfolio") or (
                        whose.i not in self.by_token and not any(
                            self.roles.get(c.dep_) == "det" for c in whose.children)):
                    # « le gouvernement de transition malien », « l'armée de terre
                    # française », « les ministres des Affaires étrangères congolais et
                    # rwandais »: a bare noun or a portfolio after "de" qualifies the body as an
                    # adjective does; the country adjective the parser hangs on it is the body's.
                    for adjective in whose.children:
                        if (self.roles.get(adjective.dep_) == "modifier"
                                and (owner := self.by_token.get(adjective.i)) is not None
                                and owner.kind == "demonym"):
                            add_coordination(adjective)
                        elif (portfolio is not None
                              and (country := self.genitive_object(adjective)) is not None):
                            # « le ministre des Affaires étrangères du Rwanda », "the minister
                            # of foreign affairs of Iran": the parser hangs the country on the
                            # portfolio; it is the office holder's.
                            add_coordination(country)
            elif role == "nominal_arg" and not any(
                    self.roles.get(c.dep_) == "case" for c in child.children) and (
                    (owner := self.by_token.get(child.i)) is not None and owner.kind == "demonym"):
                # "la police kényane": the tagger took a rarer adjective for a name.
                add(child, "part")
        for owner, _ in list(found):
            if (stray := self.stray_coordinated_adjective(owner)) is not None:
                add(stray, "also")
        entry = mention.entry
        if not found and possessive is not None and entry is not None and entry.owners != "named":
            add(possessive, "part")
        if self.roles.get(root.dep_) == "conj" and "Plur" not in root.head.morph.get("Number"):
            # "Sierra Leonean and Liberian refugees": the parser took the first country
            # adjective for the noun and hung the noun on it.
            first = self.by_token.get(root.head.i)
            if first is not None and first.kind == "demonym":
                add(root.head, "also")
        if found or self.roles.get(root.dep_) != "modifier":
            return found
        head = self.by_token.get(root.head.i)
        if head is not None and head.is_person():
            return [(head, "title")]
        # "Israeli army bulldozers": the noun and its country both qualify another word.
        for sibling in root.head.children:
            if sibling.i < root.i and self.roles.get(sibling.dep_) in ("modifier", "possessor"):
                add(sibling, "part")
        return found

    def title_position(self, mention: Mention) -> bool:
        """Whether an actor noun the tagger took for an adjective or a participle stands as the
        title of a person's name, after its article (« l'opposant Alexeï Navalny »): a noun."""
        start, end = mention.start, mention.end
        entity = self.entity_at.get(end)
        return (start > 0 and self.roles.get(self.doc[start - 1].dep_) == "det"
                and entity is not None and entity.start == end
                and entity.label_ in PERSON_LABELS)

    def country_adjective(self, token: Token) -> bool:
        """Whether a word is a demonym used as an adjective: no article of its own, written in
        lower case or tagged as an adjective ("burkinabè", "rwandais"; not « les Français »)."""
        owner = self.by_token.get(token.i)
        return (owner is not None and owner.kind == "demonym"
                and (token.pos_ == "ADJ" or token.is_lower)
                and not any(self.roles.get(c.dep_) == "det" for c in token.children))

    def stray_coordinated_adjective(self, owner: Mention) -> Token | None:
        """The country adjective coordinated right after an owning one that the parser hung
        outside the noun phrase (« les délégations russe et ukrainienne se sont retrouvées »:
        "ukrainienne" made a modifier of the verb, the "et" taken as joining noun and verb).
        Only the adjacent words count, owner, conjunction, adjective, and only an adjective
        whose head is no noun: one the parser hung on a noun qualifies that noun."""
        doc, end = self.doc, owner.end
        if owner.kind != "demonym" or end + 1 >= len(doc):
            return None
        joiner, word = doc[end], doc[end + 1]
        if self.roles.get(joiner.dep_) != "cc" or not self.country_adjective(word):
            return None
        if word.head.pos_ in ("NOUN", "PROPN") or self.by_token.get(word.i) is owner:
            return None
        return word

    def hyphen_qualifier(self, token: Token) -> bool:
        """Whether a name is the first half of a hyphenated qualifier other than "-led"
        ("UN-backed", "US-brokered", "Russian-speaking"): it says who backed or brokered, not
        whose the noun is. The parser hangs the name on the noun all the same."""
        doc, i = self.doc, token.i
        if (i + 2 >= len(doc) or doc[i + 1].text != "-" or token.whitespace_
                or doc[i + 1].whitespace_):
            return False
        word = doc[i + 2]
        led = self.gaz.grammar.get("led", frozenset())
        return (word.is_lower and word.is_alpha and word.lower_ not in led
                and word.lemma_.lower() not in led)

    def compound_name(self, noun: Token) -> Token | None:
        """The name that opens a compound which is no actor of its own ("Montenegro" in
        "Montenegro Municipality Association officials"): it says whose the office holder is."""
        while noun.i not in self.by_token and noun.pos_ in ("NOUN", "PROPN"):
            names = [n for n in noun.children if n.i < noun.i and n.pos_ == "PROPN"
                     and self.roles.get(n.dep_) == "modifier"]
            if not names:
                return None
            noun = names[0]
            if noun.i in self.by_token:
                return noun
        return None

    def genitive_object(self, child: Token) -> Token | None:
        """The nominal of a dependent that is a genitive phrase ("of Serbia", "de la RPDC"):
        the nominal itself under UD, the object of the preposition under ClearNLP."""
        genitive = self.gaz.grammar.get("genitive", frozenset())
        role = self.roles.get(child.dep_)
        if role == "nominal_arg":
            cases = [c for c in child.children if self.roles.get(c.dep_) == "case"]
            return child if cases and fold(cases[0].text) in genitive else None
        if role == "oblique" and fold(child.text) in genitive:
            return next((g for g in child.children if self.roles.get(g.dep_) == "case_object"),
                        None)
        return None

    def compose(self, mention: Mention, *, final: bool) -> list[Actor]:
        """Country and sector of an actor noun from its noun phrase; recursive for chains such as
        "le gouvernement du dirigeant nord-coréen"."""
        if mention.done:
            return mention.actors
        mention.done = True  # also guards against cycles in a malformed parse
        entry = mention.entry
        assert entry is not None
        if mention.root(self.doc).pos_ not in ("NOUN", "PROPN") and not self.title_position(
                mention):
            if final:
                self.note(mention, "dropped", "not a noun here (exercices militaires)")
            return []
        role, hint = entry.role, None
        sources: list[tuple[Mention, Actor | None, str]] = []
        for owner, link in self.owners(mention):
            if owner.kind == "portfolio" and owner.entry is not None:
                if entry.role in PORTFOLIO_ROLES:  # ministre des Affaires étrangères
                    role = f"{owner.entry.key} {entry.role}"
                    owner.absorbed = True
            elif entry.owners == "adjective" and owner.kind != "demonym":
                continue  # "l'opposition de la Chine" is China objecting, not its opposition
            elif owner.kind == "demonym":
                if not self.ethnic(mention.root(self.doc)) and not self.ethnic(
                        owner.root(self.doc)):
                    sources.append((owner, None, link))
            elif owner.kind == "sector":
                made = self.compose(owner, final=final)
                sources.extend((owner, a, link) for a in made if a.code is not None)
                if not any(a.code for a in made) and owner.entry and owner.entry.sector:
                    hint = owner  # "Afghan rebel leaders": leaders of rebels
            elif owner.kind != "anaphor" or final:
                sources.extend((owner, a, link) for a in owner.coded())
        if any(link not in ("appos", "title") for _, _, link in sources):
            # A person set beside a title that has a country of its own, whom the tables know
            # only out of office (ELI), does not contradict it: the text is newer than the
            # tables, or names a namesake (« le chef de la diplomatie malienne, Abdoulaye
            # Diop »). The person takes the title afterwards (promote_titled_people).
            sources = [(m, a, link) for m, a, link in sources
                       if not (link in ("appos", "title") and m.is_person()
                               and a is not None and a.sector == "ELI")]
        countries = {self.owner_key(m, a) for m, a, link in sources if link != "also"}
        if len(countries) > 1:
            if final:
                self.note(mention, "unresolved", f"owners disagree: {sorted(map(str, countries))}")
            return []
        person = self.titled_person(mention, sources)
        if person is not None:
            # "President Kagame", « le Premier ministre Ariel Henry »: one actor, the person,
            # over the title and the name.
            mention.absorbed = True
            for owner, _, _ in sources:
                owner.absorbed = owner.absorbed or owner is not person
            start = self.doc[mention.start:mention.end].start_char
            person.actors = [replace(self.titled(a, mention),
                                     text=self.text[min(start, a.start):a.end],
                                     start=min(start, a.start)) for a in person.actors]
            if final:
                self.note(mention, "merged", "title of the person it precedes")
            return []
        if hint is not None and hint.entry is not None and entry.sector is None:
            entry = replace(entry, sector=hint.entry.sector)
            if sources:
                hint.absorbed = True
        actors: list[Actor] = []
        for owner, actor, link in sources:
            made = self.combine(mention, entry, role, owner, actor, link in ("appos", "title"))
            if all(a.code != made.code for a in actors):
                actors.append(made)
                if link in ("part", "also") and not owner.is_person():
                    owner.absorbed = True
        elect = self.elect_mark(mention) if not actors and final else None
        states = (self.states_before(mention, role) if not actors and final and elect is None
                  else set())
        if elect is not None:
            # "the president-elect", « le président élu »: no one in office, so neither the
            # holder named before nor the story's country; the person named as elected, if any.
            elected = self.elected_before(mention, role, elect)
            actors = [elected] if elected is not None else []
            if elected is None:
                self.note(mention, "dropped", f"{role}-elect: no one named before takes the office")
        elif len(states) > 1:
            # "Morocco … Spain … the kingdom": either; neither the dateline's country.
            actors = []
            self.note(mention, "unresolved", f"{role} of several states named before")
        elif states:
            actors = [self.actor(mention, f"{next(iter(states))}GOV", next(iter(states)), "GOV",
                                 None, role, f"state_form:{role}")]
        elif not actors and final and (named := self.named_before(mention)
                                       or self.held_before(mention, role)) is not None:
            actors = [named]
        elif not actors and final and (seized := self.seized_leader(mention)) is not None:
            actors = [seized]
        elif not actors and entry.alone and final:
            actors = [self.actor(mention, None, None, entry.sector, None, role,
                                 f"sector:{entry.key}")]
            self.note(mention, "unresolved", f"{entry.key} of no stated country")
        elif not actors and final and entry.home and (self.definite_singular(mention)
                                                      or self.titles_name(mention)):
            # Uncoded, for the story's country to code; its pronouns carry it meanwhile
            # ("The foreign ministry said it had …").
            actors = [self.actor(mention, None, None, entry.sector, None, role,
                                 f"sector:{entry.key}")]
            self.descriptions.append(actors[0])
        elif not actors and final:
            self.note(mention, "dropped", f"{entry.key} of no stated country")
        mention.actors = actors
        return actors

    def titles_name(self, mention: Mention) -> bool:
        """Whether the actor noun is the title right before a person's name that no table
        knows ("President Daniel Chapo", "Foreign Minister Heiko Maas"): the name makes it
        definite, one office holder of one country."""
        doc, end = self.doc, mention.end
        return (end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ in PERSON_LABELS
                and end not in self.by_token and "Plur" not in mention.root(self.doc).morph.get(
                    "Number"))

    def named_before(self, mention: Mention) -> Actor | None:
        """The organisation named earlier in the article that a definite actor noun names again
        by its head ("the International Criminal Court … surrendered him to the court", « la
        Cour pénale internationale … la Cour »): that organisation, not a body of the story's
        country. None unless exactly one such organisation."""
        if not self.definite_singular(mention):
            return None
        head = fold(mention.root(self.doc).lemma_)
        named = {a.code: a for m in self.mentions
                 if m.kind == "org" and m.end <= mention.start and not m.absorbed
                 and fold(m.root(self.doc).lemma_) == head for a in m.coded()}
        if len(named) != 1:
            return None
        (actor,) = named.values()
        return self.actor(mention, actor.code, actor.country, actor.sector, actor.name,
                          actor.role, f"coref:{actor.text}@{actor.start}")

    def held_before(self, mention: Mention, role: str | None) -> Actor | None:
        """The person named shortly before who holds the office a definite title with no
        country names again (« le président congolais Félix Tshisekedi … Le chef de l'État »,
        "King Abdullah … the monarch"): one whose office (people.tsv) the title's covers
        (grammar.tsv ``office <role>``, else the same office), in the title's sentence or the
        two before. None unless exactly one such person."""
        if role is None or not self.definite_singular(mention):
            return None
        offices = self.gaz.grammar.get(f"office {role}", frozenset({fold(role)}))
        here = self.sentence(mention.start)
        held = {a.code: a for m in self.mentions
                if m.is_person() and m.end <= mention.start
                and here - self.sentence(m.start) <= SENTENCES_BACK
                for a in m.coded() if a.sector == "GOV" and a.role and fold(a.role) in offices}
        if len(held) != 1:
            return None
        (actor,) = held.values()
        return self.actor(mention, actor.code, actor.country, actor.sector, actor.name,
                          actor.role, f"coref:{actor.text}@{actor.start}")

    def seized_leader(self, mention: Mention) -> Actor | None:
        """The army of the country whose leader an unplaced military noun's own relative clause
        says it overthrew or holds (grammar.tsv ``coup_verbs``: « les militaires qui ont
        renversé le président Mohamed Bazoum », "the soldiers who detained President Alpha
        Condé"): soldiers who seize a country's leader are that country's, wherever the story
        is filed. Only a leader the tables code (in office or out of it) as the clause's object,
        of one country."""
        entry = mention.entry
        if entry is None or entry.sector != "MIL":
            return None
        verbs = self.gaz.grammar.get("coup_verbs", frozenset())
        root = mention.root(self.doc)
        # Its relative clause, also where the parser hangs it on a noun above ("un ultimatum
        # d'une semaine aux militaires qui ont renversé …" on « semaine »): the one that opens
        # right after the noun's phrase.
        after = root.right_edge.i + 1
        opening = [t for t in root.sent if t.i >= after and t.left_edge.i == after]
        clauses = [c for c in dict.fromkeys((*root.children, *opening))
                   if self.roles.get(c.dep_) == "relative" and fold(c.lemma_) in verbs]
        held = [t for clause in clauses
                for t in clause.children if self.roles.get(t.dep_) == "patient"]
        # The leader is the object itself or the name set beside its title (« le président
        # Mohamed Bazoum »: the parser hangs the name on the title).
        named = {t.i for t in held} | {c.i for t in held for c in t.children
                                      if self.roles.get(c.dep_) in ("appos", "name_part")}
        leaders = {a.country: a for m in self.mentions
                   if m.is_person() and m.root(self.doc).i in named for a in m.coded()
                   if a.country in iso_countries() and a.sector in ("GOV", "ELI")}
        if len(leaders) != 1:
            return None
        ((country, leader),) = leaders.items()
        return self.actor(mention, f"{country}{entry.sector}", country, entry.sector, None,
                          entry.role, f"sector:{entry.key}+seized:{leader.name or leader.text}")

    def elect_mark(self, mention: Mention) -> Token | None:
        """The word that makes a title the office its holder was elected to and has not yet
        taken up (grammar.tsv ``elect``: "the president-elect", « le président élu »), right
        after the title: the noun the parser hangs the title on ("president-elect"), or a bare
        modifier on it (« élu », not « élu en 2019 », which says when a holder was elected).
        Only on a title of one office holder (grammar.tsv ``person_nouns``): « le parlement élu »
        is a body, not one elected."""
        root = mention.root(self.doc)
        if not word_in(root, self.gaz.grammar.get("person_nouns", frozenset())):
            return None
        marks = self.gaz.grammar.get("elect", frozenset())
        after = [t for t in (root.head, *root.children) if root.i < t.i <= root.i + 2
                 and all(w.is_punct for w in self.doc[root.i + 1:t.i])]
        return next((t for t in after if fold(t.text) in marks and not any(
            self.roles.get(c.dep_) not in ("det", "case", "modifier") and not c.is_punct
            and c.i != root.i for c in t.children)), None)

    def elected_before(self, mention: Mention, role: str | None, mark: Token) -> Actor | None:
        """The person named shortly before whom a definite title of an office elected to names
        again ("Donald Trump … Prime Minister Mute Egede rebuffed the president-elect", «
        Bassirou Diomaye Faye vainqueur … au président élu »): one whose term of that office
        (people.tsv, ``office <role>`` in grammar.tsv) begins after the publication date, within
        ELECT_WAIT, named in the title's sentence or the two before. None unless exactly one
        such person, and none in an undated article, whose office no date places."""
        if role is None or self.published is None:
            return None
        root = mention.root(self.doc)
        # The article hangs on the title or, in "the president-elect", on the mark; French
        # contracts it with the preposition (« au président élu »).
        if "Plur" in root.morph.get("Number") or not any(
                self.roles.get(c.dep_) in ("det", "case") and "Def" in c.morph.get("Definite")
                for t in (root, mark) for c in t.children):
            return None
        offices = self.gaz.grammar.get(f"office {role}", frozenset({fold(role)}))
        latest = self.published + ELECT_WAIT
        here = self.sentence(mention.start)
        elected: dict[str, Actor] = {}
        for m in self.mentions:
            if (m.kind != "person" or m.end > mention.start or not m.coded()
                    or here - self.sentence(m.start) > SENTENCES_BACK):
                continue
            for entry in m.entries:
                if any(fold(t.role) in offices and self.published < t.start <= latest
                       for t in self.gaz.terms[entry.key]):
                    elected.setdefault(entry.key, m.coded()[0])
        if len(elected) != 1:
            return None
        (actor,) = elected.values()
        extent = (root.idx, max(root.idx + len(root.text), mark.idx + len(mark.text)))
        return self.actor(mention, actor.code, actor.country, actor.sector, actor.name,
                          actor.role, f"coref:{actor.text}@{actor.start}", extent)

    def states_before(self, mention: Mention, role: str | None) -> set[str]:
        """The states of the form a bare definite description names ("the kingdom", « l'émirat »,
        state_forms.tsv) that the text names in its sentence or the two before (by a name, a
        capital, a person, an adjective): "Pakistan's reserves … Riyadh said … The kingdom
        deposited" is Saudi Arabia, the one kingdom there, whatever the dateline. Empty for a
        description with words of its own (« l'Émirat islamique », "the kingdom's neighbours"
        are someone else) or of no form of state."""
        countries = state_forms().get(role or "")
        if not countries or not self.definite_singular(mention):
            return set()
        token = mention.root(self.doc)
        if any(self.roles.get(c.dep_) not in ("det", "case") and not c.is_punct
               for c in token.children):
            return set()
        here = self.sentence(mention.start)
        return {a.country for m in self.mentions
                if m.end <= mention.start and not m.absorbed and m is not mention
                and here - self.sentence(m.start) <= SENTENCES_BACK
                for a in m.coded() if a.country in countries}

    def definite_singular(self, mention: Mention) -> bool:
        """Whether an actor noun is one the reader already knows: singular, with a definite
        or demonstrative determiner ("the king", « l'exécutif », "this ministry"); not "a
        minister", "ministers", "the two ministries"."""
        token = mention.root(self.doc)
        if "Plur" in token.morph.get("Number"):
            return False
        return any(self.roles.get(c.dep_) == "det" and (
            "Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType"))
            for c in token.children) and not any(
            self.roles.get(c.dep_) == "number" for c in token.children)

    def titled_person(self, mention: Mention, sources: list[tuple[Mention, Actor | None, str]]
                      ) -> Mention | None:
        """The person a title names, when the title stands right before the person's name,
        with at most its own country's adjective between ("President Kagame", « le roi Philippe
        de Belgique », « le Premier ministre haïtien Ariel Henry »): the title and the name are
        one actor. The French parser links them as an apposition, or takes a country inside
        the name for the title's own."""
        people = {id(m): m for m, _, _ in sources if m.is_person()}
        if len(people) != 1:
            return None
        (person,) = people.values()
        if [link for _, _, link in sources] == ["title"]:
            return person
        between = {i for m, _, _ in sources if m is not person and m.kind == "demonym"
                   for i in range(m.start, m.end)}
        if person.start < mention.end or any(
                m is not person and m.kind != "demonym" for m, _, _ in sources):
            return None
        return person if set(range(mention.end, person.start)) <= between else None

    def titled(self, person: Actor, title: Mention, reading: Actor | None = None) -> Actor:
        """A person with a current title in the text holds that office, whatever the tables say:
        the text is newer than they are ("Kyrgyz Prime Minister Akylbek Japarov" in 2023, when
        the imported terms stop in 2015), and more precise (Kenzo Oshima, "the United Nations
        Emergency Relief Coordinator", once Japan's envoy). The title is the noun's own reading
        (``reading``), else its sector in the person's country ("President X", where the noun
        has no country but the person's). A past title ("former Prime Minister") says nothing
        of now."""
        entry = title.entry
        if reading is None:
            sector = entry.sector if entry else None
            if person.sector != "ELI" or sector in (None, "ELI") or person.country is None:
                return person
            code, country, role = f"{person.country}{sector}", person.country, person.role
        else:
            code, country, sector, role = (reading.code, reading.country, reading.sector,
                                           reading.role)
        words = self.doc[title.start:title.end]
        former = self.gaz.grammar.get("former", frozenset())
        if code == person.code or any(fold(t.text) in former
                                      for t in (*words, *words.root.children)):
            return person
        return replace(person, code=code, country=country, sector=sector, role=role,
                       via=f"{person.via}+title:{words.text}")

    def promote_titled_people(self) -> None:
        """Titles that are actor nouns of their own, next to the name in the parse ("le ministre
        français ..., Dominique de Villepin", "Kyrgyz Prime Minister Akylbek Japarov"): the
        person takes the code the noun was given, when it was given one."""
        for mention in self.mentions:
            if mention.kind != "person" or not mention.actors:
                continue
            root = mention.root(self.doc)
            # The title hangs on the name or the name on the title, as an apposition or a
            # modifier; a coordinated noun ("Zelensky et son homologue polonais") is another one.
            linked = ("appos", "modifier", "nominal_arg")
            near = [t for t in root.children if self.roles.get(t.dep_) in linked]
            if self.roles.get(root.dep_) in linked:
                near.append(root.head)
            near = [t for t in near if not mention.start <= t.i < mention.end]
            titles = {id(m): m for t in near
                      if (m := self.by_token.get(t.i)) is not None and m.kind == "sector"}
            # A title the gazetteer does not know, of an organisation it knows: "Kenzo Oshima,
            # the United Nations Emergency Relief Coordinator".
            titles.update({id(m): m for t in near
                           if t.i not in self.by_token and (t.pos_ == "NOUN" or (
                               t.pos_ == "PROPN" and self.roles.get(t.dep_) == "appos"))
                           for c in t.children
                           if (m := self.by_token.get(c.i)) is not None and m.kind == "org"})
            readings = [(m, a) for m in titles.values() for a in m.coded()]
            if len({a.code for _, a in readings}) == 1:
                title, reading = readings[0]
                mention.actors = [self.titled(a, title, reading) for a in mention.actors]

    def owner_key(self, owner: Mention, actor: Actor | None) -> str | None:
        """What an owner makes the noun belong to: a country, or an organisation's code."""
        if actor is None:
            return owner.entry.key if owner.entry else None
        return actor.country if actor.country in iso_countries() else actor.code

    def combine(self, mention: Mention, entry: Entry, role: str | None, owner: Mention,
                actor: Actor | None, appos: bool) -> Actor:
        """The actor noun coded from one owner: a demonym (``actor`` None) or an owner's actor.
        The actor spans the whole phrase unless the owner is an apposition or the titled person.
        """
        own = self.doc[mention.start:mention.end]
        extent = (own.start_char, own.end_char)
        if not appos:
            other = self.doc[owner.start:owner.end]
            start, end = (actor.start, actor.end) if actor else (other.start_char, other.end_char)
            extent = (min(extent[0], start), max(extent[1], end))
        if actor is None:  # a demonym
            country = owner.entry.key if owner.entry else None
            sector = entry.sector or "GOV"
            return self.actor(mention, f"{country}{sector}", country, sector,
                              country_name(country or ""), role,
                              f"sector:{entry.key}+demonym:{country}", extent)
        via = f"sector:{entry.key}+{actor.via}"
        if actor.country in iso_countries():
            sector = entry.sector or actor.sector or "GOV"
            return self.actor(mention, f"{actor.country}{sector}", actor.country, sector,
                              country_name(actor.country or ""), role, via, extent)
        # An organisation's body or official keeps the organisation's code (la mission de l'ONU).
        return self.actor(mention, actor.code, actor.country, actor.sector, actor.name,
                          role, via, extent)

    # -- demonyms as people, unknown persons ----------------------------------------------------
    def resolve_people(self, mention: Mention) -> None:
        """A plural demonym noun names a people (les Nord-Coréens, the Russians); one qualified by
        another demonym or by a country it lives in names that country's part of it (Bosnian
        Serbs, the Albanians of southern Serbia); "ethnic Albanians" are a group, not a state, so
        stay uncoded. An adjective that qualifies no actor noun (missiles nord-coréens) names no
        actor."""
        token = mention.root(self.doc)
        role = self.roles.get(token.dep_)
        plural = "Plur" in token.morph.get("Number") or self.counted(token)
        if (token.pos_ not in ("NOUN", "PROPN") or not plural or not token.text[:1].isupper()
                or role in ("modifier", "possessor")):
            return  # an adjective, or "le français": a language
        country = mention.entry.key if mention.entry else None
        via = f"demonym:{country}"
        first = mention.start
        if self.ethnic(token):
            if not mention.actors:  # noted once, though resolved before and after pronouns
                self.note(mention, "unresolved", "an ethnic group, not a state")
            mention.actors = [self.actor(mention, None, None, None, None, "people", via)]
            return
        last = mention.end
        for child in token.children:
            qualifier = self.by_token.get(child.i)
            if qualifier is mention:
                continue  # "Sri" of "Sri Lankans": a word of the demonym itself
            if (qualifier is not None and qualifier.kind == "demonym" and qualifier.entry
                    and self.roles.get(child.dep_) == "modifier"):
                country = qualifier.entry.key
                via = f"demonym:{country}+{via}"
                qualifier.absorbed = True
                first = min(first, qualifier.start)
            elif (home := self.genitive_object(child)) is not None and (
                    where := self.by_token.get(home.i)) is not None and where.country():
                country = where.country()
                via = f"{via}+of:{country}"
                where.absorbed = True
                last = max(last, where.end)
        span = self.doc[first:last]
        mention.actors = [self.actor(mention, country, country, None, country_name(country or ""),
                                     "people", via, (span.start_char, span.end_char))]

    def counted(self, noun: Token) -> bool:
        """Whether a noun is counted by a quantity noun ("Thousands of Sudanese", « des milliers
        de Cubains »): a plural the tagger may call singular."""
        head = noun.head.head if self.roles.get(noun.dep_) == "case_object" else noun.head
        table = load_table(self.analysis.lang, "numbers")
        quantities = {*table["vague"], *table["approximate"], *table["multipliers"]}
        return head is not noun and fold(head.text) in quantities

    def ethnic(self, noun: Token) -> bool:
        """'ethnic Albanians', 'ethnic Albanian guerrillas': a group, not the state's people."""
        ethnic = self.gaz.grammar.get("ethnic", frozenset())
        return any(fold(t.text) in ethnic for t in noun.children)

    def add_unknown_people(self) -> None:
        """Person entities the gazetteer does not know: coded through an apposition to a coded
        actor noun, else kept unresolved (a person is an actor even when we cannot code them)."""
        for ent in self.entities:
            if ent.label_ not in PERSON_LABELS:
                continue
            overlapping = {id(self.by_token[i]): self.by_token[i] for i in range(ent.start, ent.end)
                           if i in self.by_token}
            if any(m.actors or m.absorbed for m in overlapping.values()):
                continue  # a known name the NER calls a person ("the government of Mali")
            if any(m.kind == "person" and self.inside_other_name(m, PERSON_LABELS) is None
                   for m in overlapping.values()):
                continue
            mention = Mention(ent.start, ent.end, "named")
            for m in overlapping.values():
                m.absorbed = True
            actor = self.apposition(ent)
            title = self.by_token.get(ent.start - 1)
            if (actor is None and title is not None and title.kind == "sector"
                    and len(title.actors) == 1 and title.actors[0] in self.descriptions):
                # "President Daniel Chapo": the office holder, uncoded with the title's sector,
                # for the story's country to code (``vigie.actors.dateline``).
                office = title.actors[0]
                title.absorbed = True
                mention.actors = [replace(office, text=self.text[office.start:ent.end_char],
                                          end=ent.end_char, via=f"{office.via}+ner:person")]
            elif (actor is None and title is not None and title.kind == "sector"
                    and len(title.actors) == 1 and title.actors[0].code is None
                    and title.actors[0].sector in STANDING_SECTORS):
                # « l'opposant Martin Fayulu », "gang leader Jimmy Cherizier": a person (the
                # speakers read the via), of the title's sector, uncoded, for the place or the
                # story the event gives to code as it codes an unnamed group of that sector.
                group = title.actors[0]
                title.absorbed = True
                mention.actors = [replace(group, text=self.text[group.start:ent.end_char],
                                          end=ent.end_char, via=f"ner:person+{group.via}")]
            elif actor is None:
                if not self.misspelt_person(mention, ent):
                    mention.actors = [self.actor(mention, None, None, None, None, None,
                                                 "ner:person")]
                    self.note(mention, "unresolved", "person not in the office-holder table")
            else:
                mention.actors = [self.actor(mention, actor.code, actor.country, actor.sector, None,
                                             actor.role, f"appos:{actor.text}@{actor.start}")]
            self.mentions.append(mention)
            for i in range(ent.start, ent.end):
                self.by_token[i] = mention

    def misspelt_person(self, mention: Mention, ent: Span) -> bool:
        """A person's name one edit from the name of a single office holder of the article's
        period (in office at its date), of FUZZY_LETTERS letters or more, is that person: wire
        copy misspells names ("Kostunika"). Undated articles have no period: not tried."""
        key = fold(ent.text)
        if self.published is None or letter_count(key) < FUZZY_LETTERS:
            return False
        people = {person: name for name in near_people().near(key)
                  if (person := near_people().names[name]) in self.gaz.terms
                  and _office(self.gaz.terms[person], self.published) is not None}
        if len(people) != 1:
            return False
        ((person, name),) = people.items()
        entry = next(e for e in self.gaz.entries.get(name, ()) if e.key == person)
        mention.kind, mention.entries = "person", (entry,)
        self.resolve_person(mention)
        mention.actors = [replace(a, via=f"fuzzy:{name}+{a.via}") for a in mention.actors]
        self.note(mention, "resolved", f"one letter from {entry.name!r}, in office then")
        return True

    def note_unknown_organisations(self) -> None:
        """Organisation entities the gazetteer does not know are not emitted (the NER's ORG spans
        are too often wrong to act on), but explain shows them, to grow the tables."""
        for ent in self.entities:
            known = any(i in self.by_token for i in range(ent.start, ent.end))
            if ent.label_ == "ORG" and not known:
                self.analysis.note("actors", ent.start_char, ent.end_char, "unresolved",
                                   f"{ent.text!r}: organisation not in the gazetteer")

    def apposition(self, ent: Span) -> Actor | None:
        """The coded actor noun this person is in apposition with, either way round, or that is
        their title ("Kyrgyz Prime Minister Nikolai Tanaev")."""
        root = ent.root
        linked = [c for c in root.children if self.roles.get(c.dep_) in ("appos", "modifier")
                  and not ent.start <= c.i < ent.end]
        if self.roles.get(root.dep_) == "appos":
            linked.append(root.head)
        for token in linked:
            mention = self.by_token.get(token.i)
            if mention is not None and mention.kind == "sector" and len(mention.coded()) == 1:
                return mention.coded()[0]
        return None

