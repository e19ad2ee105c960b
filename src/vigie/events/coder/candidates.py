"""The candidates stage: the tokens whose lemma has a lexicon entry whose conditions hold on
the parse, with the light verb that carries a nominal predicate and the nominal predicates
that another entry takes as its argument."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from vigie.events.cameo import lookup_cameo
from vigie.events.coder.arguments import (
    admits,
    backoff_object,
    bare_object,
    cargo,
    commanded_forces,
    compounds,
    fillers,
    governing_obliques,
    means_obliques,
    object_obliques,
    shared_object,
    shared_subject,
)
from vigie.events.coder.context import Context
from vigie.events.lexicon import Predicate, SupportVerb
from vigie.events.roles import (
    NOMINAL_POS,
    VERBAL_POS,
    case_of,
    conjuncts,
    preposition_of,
    read_as_partitive,
)
from vigie.model import Actor


@dataclass
class Candidate:
    """A lexicon match on one token, with what the parse says about it."""

    trigger: Token
    predicate: Predicate
    roles: dict[str, list[Token]]
    support: Token | None = None  # the light verb carrying a nominal predicate
    # Whether that light verb is a participle qualifying the noun, which stands in the
    # clause where the act does ("the curfew imposed by the junta").
    qualified: bool = False
    consumed_by: str | None = None  # set when a verb entry took this nominal as its argument
    date_anchor: Token | None = None  # the noun whose antecedent may date the event

    @property
    def anchor(self) -> Token:
        """The word that carries the predicate in its clause: its support verb, else its own
        word (also where the support verb is a participle on it)."""
        return self.trigger if self.qualified or self.support is None else self.support

    def stands_at(self, i: int) -> bool:
        """Whether token ``i`` is the candidate's word or the light verb carrying it."""
        return i in (self.trigger.i, self.support.i if self.support else None)

    @property
    def plover(self) -> str:
        """The PLOVER type of the entry."""
        return self.predicate.event or lookup_cameo(self.predicate.cameo).plover


def match(ctx: Context) -> list[Candidate]:
    """One candidate per token whose lemma has a lexicon entry whose conditions hold, outside
    time expressions; fills ``ctx.by_token``."""
    found: list[Candidate] = []
    doc, tags = ctx.analysis.doc, ctx.analysis.pos_tags
    for i, lemma in enumerate(ctx.analysis.lemmas):
        entries = ctx.lexicon.candidates(lemma, lexicon_pos(tags[i]))
        if not entries or i in ctx.transparent:
            # A word of a time expression names a time, not an act ("KYIV, March 14").
            continue
        token = doc[i]
        if any(inside_name(actor, token) for actor in ctx.analysis.actors_at(token)):
            continue  # nor a word of a name (« l'Armée populaire de libération »)
        roles = ctx.roles_of(token)
        if token.pos_ in VERBAL_POS and "patient" not in roles and (
                shared := shared_object(ctx, token)):
            roles = {**roles, "patient": shared}
        matched = first_entry(ctx, token, entries, roles)
        if matched is None:
            continue
        predicate, roles, backoff = matched
        if predicate.cameo is None:
            continue
        if backoff is not None:
            word, why = backoff
            ctx.note(word, "backoff", f"{word.text!r} taken as {why} of {token.text!r} "
                                      f"({predicate.id}): {BACKOFF_REASONS[why]}")
        support = support_verb(ctx, token, predicate)
        if support is not None and excluded_by_lent_role(ctx, predicate, support):
            continue
        qualifier = (carrying_participle(ctx, token)
                     if support is None and predicate.pos == "NOUN" else None)
        found.append(Candidate(token, predicate, roles, support=support or qualifier,
                               qualified=qualifier is not None))
    acts = {c.trigger.i: c for c in found if not c.predicate.imported}
    for candidate in found:
        support = candidate.support
        if support is None or support.i not in acts:
            continue
        if support_spec_of(ctx, support) is None:
            # "arrested dozens of students for protests": a verb that is an act of its own
            # carries no other act through a preposition.
            candidate.support = None
        else:
            # « se sont mis d'accord sur un cessez-le-feu »: a light verb whose own
            # expression is an act carries the noun as what that act is about, one event.
            candidate.consumed_by = acts[support.i].predicate.id
    carriers = {c.support.i for c in found if c.support is not None
                and not c.predicate.imported}
    found = [c for c in found if not (c.predicate.imported and c.trigger.i in carriers)]
    ctx.by_token = {c.trigger.i: c for c in found}
    for candidate in found:
        for role, _lemmas in candidate.predicate.requires:
            for filler in fillers(ctx, candidate.roles, role):
                inner = ctx.by_token.get(filler.i)
                if inner is not None and inner is not candidate:
                    inner.consumed_by = candidate.predicate.id
                if filler.pos_ in NOMINAL_POS and candidate.date_anchor is None:
                    candidate.date_anchor = filler
    return found


def inside_name(actor: Actor, token: Token) -> bool:
    """Whether ``token`` is a word inside the name of a named organisation, not its first
    word: the Liberation of a liberation army is no release."""
    return (actor.via or "").startswith("org:") and actor.start < token.idx


def lexicon_pos(pos: str) -> str:
    """The lexicon's part of speech for a token's universal one (``Token.pos_``)."""
    if pos in VERBAL_POS:
        return "VERB"
    return "NOUN" if pos in NOMINAL_POS else ""


BACKOFF_REASONS = {
    "the object": "the parse gave it none, and it is the nearest noun of the clause of the "
                  "class required",
    "a phrase": "the parse hung the phrase the entry requires on the verb that governs it",
}


def first_entry(ctx: Context, token: Token, entries: tuple[Predicate, ...],
                roles: dict[str, list[Token]]
                ) -> tuple[Predicate, dict[str, list[Token]], tuple[Token, str] | None] | None:
    """The first entry whose conditions hold on the parse; failing all, the first that
    holds once an object the parse did not give is backed off to (see backoff_object) or a
    phrase the parse hung on the governing verb is taken back (see governing_obliques),
    with the roles it holds on and the word backed off to with what it was taken as (a key
    of BACKOFF_REASONS)."""
    checked = with_shared_subject(ctx, token, entries, roles)
    # "offered on Tuesday to host talks", « a sommé l'ambassadeur de quitter le pays »: a
    # phrase between the verb and its infinitive makes the parser read the infinitive as a
    # purpose clause or hang it on the object; an entry that requires a complement takes it,
    # before a less specific entry that does without.
    clause = None if roles.get("complement") else infinitive_adverbial(ctx, token, roles)
    for predicate in entries:
        if conditions_hold(ctx, predicate, checked):
            return predicate, roles, None
        if (bare := bare_object(ctx, token, predicate, roles)) is not None and conditions_hold(
                ctx, predicate, {**checked, "patient": [bare]}):
            return predicate, {**roles, "patient": [bare]}, (bare, "the object")
        if clause is not None and any(role == "complement" for role, _w in predicate.requires):
            with_clause = {**checked, "complement": [clause]}
            if conditions_hold(ctx, predicate, with_clause):
                return predicate, {**roles, "complement": [clause]}, None
    for predicate in entries:
        noun = backoff_object(ctx, token, predicate, roles)
        if noun is not None:
            backed = {**roles, "patient": [noun]}
            if conditions_hold(ctx, predicate, {**checked, "patient": [noun]}):
                return predicate, backed, (noun, "the object")
        borrowed = governing_obliques(ctx, token, predicate, roles)
        if borrowed and conditions_hold(ctx, predicate, {**checked, **borrowed}):
            phrase = next(iter(borrowed.values()))[0]
            return predicate, {**roles, **borrowed}, (phrase, "a phrase")
    return None


def with_shared_subject(ctx: Context, token: Token, entries: tuple[Predicate, ...],
                        roles: dict[str, list[Token]]) -> dict[str, list[Token]]:
    """The roles an entry's conditions are checked on: for a verb with no subject of its own,
    where an entry requires one of a class, the subject it shares with the verb it is
    coordinated with ("students set fire to a station and looted shops": the students
    looted), as the doer is found (see agent_fillers), or for the complement of an order, the
    forces ordered ("ordered two frigates to sail toward the Gulf": the frigates sail); for a
    noun, the subject of the light
    verb whose object it is (« l'armée a achevé son retrait du Liban-Sud »: the army's
    pullback, which « son » alone cannot say)."""
    if roles.get("agent") or not any(role == "agent" for p in entries
                                     for role, _words in p.requires):
        return roles
    if token.pos_ in VERBAL_POS:
        shared = shared_subject(ctx, token) or commanded_forces(ctx, token)
    elif token.pos_ in NOMINAL_POS:
        shared = light_verb_subject(ctx, token)
    else:
        return roles
    return {**roles, "agent": shared} if shared else roles


def light_verb_subject(ctx: Context, noun: Token) -> list[Token]:
    """The subject of the support verb whose direct object ``noun`` is, if any; through a
    word of a time expression the parser hung it on (« a terminé dimanche son repli »)."""
    verb = noun.head
    if verb.i in ctx.transparent and verb.head.i != verb.i:
        verb = verb.head
    elif ctx.syntax.role(noun) != "patient":
        return []
    if verb.pos_ not in VERBAL_POS or support_spec_of(ctx, verb) is None:
        return []
    return fillers(ctx, ctx.roles_of(verb), "agent")


def infinitive_adverbial(ctx: Context, token: Token,
                         roles: dict[str, list[Token]]) -> Token | None:
    """The infinitive clause after ``token`` hung on it as an adverbial ("to host talks"),
    or on its object as a clause of its own (« l'ambassadeur de France de quitter »), if any."""
    syntax = ctx.syntax
    hung = [(c, "adverbial") for c in token.children]
    hung += [(c, "clause_mod") for patient in roles.get("patient", ()) for c in patient.children]
    return next((c for c, role in hung
                 if syntax.role(c) == role and c.pos_ in VERBAL_POS
                 and c.i > token.i and any(
                     syntax.role(m) in ("aux", "mark")
                     and m.lemma_.lower() in syntax.infinitive_marks for m in c.children)),
                None)


def conditions_hold(ctx: Context, predicate: Predicate, roles: dict[str, list[Token]]) -> bool:
    """Whether the entry's reflexive, transitivity and argument conditions hold."""
    if predicate.reflexive is not None and bool(roles.get("reflexive")) != predicate.reflexive:
        return False
    if predicate.intransitive and roles.get("patient"):
        return False
    if predicate.imported and roles.get("particle") and not any(
            role == "particle" for role, _words in predicate.requires):
        # The dictionary lists phrasal verbs apart ("+CALL_OFF", "+SHUT_DOWN"): a pattern
        # of "force" says nothing of "force out".
        return False
    for role, words in predicate.requires:
        # The verb's own phrase with the preposition, and the one hung on its object: « a
        # condamné X à seize ans …, à l'issue d'un procès » has both.
        found = [*fillers(ctx, roles, role), *object_obliques(ctx, roles, role)]
        # Any conjunct will do ("photographs and other military intelligence"), and so
        # will the noun that says what a general one is ("suspended an aid program") and
        # what a craft carries ("dispatched two planes loaded with tents").
        if not found or (words and not any(
                admits(ctx, words, word) for f in found for c in conjuncts(f, ctx.syntax)
                for word in (c, *compounds(ctx, c), *cargo(ctx, c)))):
            return False
    required = {role for role, _words in predicate.requires}
    for role, words in predicate.excludes:
        # A required role is read where its requirement was met, on the object too ("rained
        # shells on the island on Tuesday": the day excludes, the island does not).
        # And on the means it is said through ("spoke by phone with …" is spoken with).
        found = [*fillers(ctx, roles, role), *means_obliques(ctx, roles, role),
                 *(object_obliques(ctx, roles, role) if role in required else ())]
        # No words: any filler excludes (the entry's "excludes": {"particle": []}).
        excluded = [not words or admits(ctx, words, f) for f in found]
        # A required role needs one filler that is not excluded ("called on Niger's
        # military on Tuesday": the day is not who is called on); any other role excludes
        # the entry with any filler of the words.
        if (all(excluded) if role in required else any(excluded)) and excluded:
            return False
    return True


def excluded_by_lent_role(ctx: Context, predicate: Predicate, support: Token) -> bool:
    """Whether a role the light verb lends a nominal predicate as its target is filled by
    words the entry excludes there. The parser hangs the target on the light verb, not on
    the noun (« a rendu hommage aux victimes », "paid tribute to the victims"), so the
    entry's exclusion under the verb's role name reads the verb's phrase; any other role
    of the verb is its own business, not the noun's."""
    spec = support_spec_of(ctx, support)
    if spec is None:
        return False
    lent = ctx.roles_of(support)
    return any((not words or admits(ctx, words, filler))
               for role, words in predicate.excludes if role in spec.recipient
               for filler in fillers(ctx, lent, role))


def support_verb(ctx: Context, token: Token, predicate: Predicate) -> Token | None:
    """The light verb whose object or oblique this nominal predicate is, if any."""
    if predicate.pos != "NOUN":
        return None
    syntax, lexicon = ctx.syntax, ctx.lexicon
    first, role = token, syntax.role(token)
    while role == "conj" and first.head.i != first.i:
        if first.head.pos_ in VERBAL_POS:
            # A noun coordinated with a verb is that verb's object, attached one level
            # too high by the parser ("en renforçant l'isolement et la répression").
            role = "patient"
            break
        first = first.head
        role = syntax.role(first)
    head = first.head
    if (role == "modifier" and first.pos_ == "NOUN" and head.i < first.i
            and any(t.is_quote for t in first.doc[head.left_edge.i:head.i])):
        # « ses « sincères excuses » »: inside quotation marks the parser takes the adjective
        # for the head and the noun for its modifier; the noun stands where that head does.
        first, role = head, syntax.role(head)
        head = first.head
    if (role == "nominal_arg" and not case_of(first, syntax) and head.head.i != head.i
            and head.head.pos_ in VERBAL_POS and syntax.role(head) in ("oblique", "patient")):
        # « ont repris jeudi à Bruxelles leurs négociations »: a noun hung on another with no
        # preposition between them is the verb's object, misplaced by the parser.
        head, role = head.head, "patient"
    elif (role in ("nominal_arg", "oblique", None)
          and (carrier := misread_object_carrier(ctx, first)) is not None):
        head, role = carrier, "patient"
    while True:
        # "son dixième paquet de sanctions", "10 days of war games": the container noun
        # is what the verb takes (under ClearNLP, through the preposition that heads it).
        if role == "case_object" and head.pos_ == "ADP" and head.head.i != head.i:
            container = head.head
        elif role == "nominal_arg":
            container = head
        else:
            break
        # « l'ouverture d'une enquête », « le lancement d'une offensive »: the act's start is
        # carried as the act is, and so are its means (« fait usage de son droit de veto »,
        # « a voté une loi d'amnistie »).
        lemma = container.lemma_.lower()
        if ((lemma not in lexicon.quantity_nouns and lemma not in lexicon.onset_nouns
             and lemma not in lexicon.means_nouns
             and first.lemma_.lower() not in lexicon.onset_compounds.get(lemma, ()))
                or container.head.i == container.i):
            break
        first, head, role = container, container.head, syntax.role(container)
    if head.i in ctx.transparent and head.head.i != head.i and head.pos_ != "ADP":
        # "a eu jeudi un entretien"; not the preposition of a time phrase, which still
        # carries its noun ("flew in for two days of consultations").
        head, role = head.head, "patient"
    if role == "case_object" and head.pos_ == "ADP" and head.head.pos_ in VERBAL_POS:
        spec = support_spec_of(ctx, head.head)
        if spec is not None and head.lemma_.lower() in spec.via:
            return head.head  # "were converging for a rally"
        if carried(ctx, predicate, first, head.head, head.lemma_.lower()):
            return head.head  # "was in Cairo for talks", ClearNLP
    if (role == "oblique" and head.pos_ in VERBAL_POS
            and carried(ctx, predicate, first, head, case_of(first, syntax))):
        return head  # « est venu pour des entretiens », UD
    spec = support_spec_of(ctx, head) if head.pos_ in VERBAL_POS else None
    if (head.i != first.i and spec is not None
            and spec.carries(predicate.event or lookup_cameo(predicate.cameo).plover)
            and case_of(first, syntax) not in lexicon.background_cases
            and (role in ("patient", "agent")
                 or (role == "oblique" and takes_through(ctx, spec, first)))):
        return head  # not "envoyé … une semaine après l'attaque du Hamas"
    if (role == "patient" and head.i != first.i and head.pos_ in VERBAL_POS
            and predicate.carries_object and lexicon.carries_object(head.lemma_.lower())):
        return head  # "clamped a curfew on the island", "inked a peace accord"
    return None


def support_spec_of(ctx: Context, verb: Token) -> SupportVerb | None:
    """How ``verb`` carries a nominal predicate as a light verb, or None: a verb of an idiom
    carries only with a word of its idiom hung on it ("kicked off", « donné le coup d'envoi »)."""
    spec = ctx.lexicon.support_verbs.get(verb.lemma_.lower())
    if spec is None or not spec.idiom:
        return spec
    return spec if any(c.lemma_.lower() in spec.idiom for c in verb.children) else None


def misread_object_carrier(ctx: Context, noun: Token) -> Token | None:
    """The verb whose object an indefinite plural is, where the parser read its article as
    "de" + "les" and made it an oblique or a loose dependent of the verb, or hung it on the
    name, place or time that ends the verb's oblique phrase before it (« ont entamé jeudi en
    mer du Japon des manœuvres », « a présenté à Windhoek des excuses »): a name, a place, a
    date or a bare noun (a name the tagger missed) takes no such complement. Not on a noun
    with its article, whose complement it may be (« la question des sanctions »); nor where
    the verb has an object other than a name before the noun (the parser reads « en mer du
    Japon » as « du Japon », an object too)."""
    syntax = ctx.syntax
    if not read_as_partitive(noun, syntax):
        return None
    top = noun
    if syntax.role(noun) == "nominal_arg":
        head = noun.head
        if not (head.i < noun.i and (head.pos_ == "PROPN" or head.i in ctx.transparent
                                     or any(at.root == head.i for at in ctx.places)
                                     or not any(syntax.role(c) == "det" for c in head.children))):
            return None
        top = head
        while syntax.role(top) == "nominal_arg" and top.head.i != top.i:
            top = top.head
    verb = top.head
    if (verb.i == top.i or verb.pos_ not in VERBAL_POS or verb.i > top.i
            or syntax.role(top) not in ("oblique", "patient", None)
            or any(p.i != noun.i and not (p.i < noun.i and p.pos_ == "PROPN")
                   for p in ctx.roles_of(verb).get("patient", ()))):
        return None
    return verb


def carrying_participle(ctx: Context, noun: Token) -> Token | None:
    """The past participle of a light verb that qualifies the noun or the quantity noun it
    counts, its agent phrase naming who did the act ("the curfew imposed by the junta", « la
    journée de grève organisée par les syndicats »). Set off by a comma, the parser may hang
    it on the noun's complement instead (« l'expulsion de l'ambassadeur, décidée par … »): it
    is the noun's where it agrees with it. Not a participle of judging or reporting ("the
    raid condemned by Paris"), which is no light verb; nor on a noun in a prepositional
    phrase, which tells why or after what another act was done (« en réaction à l'appui
    apporté par Paris au plan marocain »), not a new one."""
    syntax = ctx.syntax
    qualified = [noun]
    if (syntax.role(noun) == "nominal_arg" and noun.head.pos_ in NOMINAL_POS
            and noun.head.lemma_.lower() in ctx.lexicon.quantity_nouns):
        qualified.append(noun.head)
    if preposition_of(qualified[-1], syntax):
        return None
    hung = [c for head in qualified for c in head.children]
    hung += [c for role, args in ctx.roles_of(noun).items() if role.startswith("nmod:")
             for arg in args for c in arg.children
             if c.i > 0 and c.nbor(-1).text == "," and agrees(c, noun)]
    return next((c for c in hung
                 if syntax.role(c) == "clause_mod" and c.pos_ in VERBAL_POS
                 and "Past" in c.morph.get("Tense")
                 and support_spec_of(ctx, c) is not None
                 and ctx.roles_of(c).get("agent")), None)


def agrees(word: Token, noun: Token) -> bool:
    """Whether ``word``'s gender and number, where the language marks them, may be those of
    ``noun``."""
    return all(not word.morph.get(feature) or not noun.morph.get(feature)
               or word.morph.get(feature) == noun.morph.get(feature)
               for feature in ("Gender", "Number"))


def takes_through(ctx: Context, spec: SupportVerb, noun: Token) -> bool:
    """Whether a light verb carries a noun the parser made its oblique: its object hung
    elsewhere (no preposition, the indefinite « des », or its « de » before an adjective:
    « a imposé jeudi de nouvelles sanctions »), or a noun through a preposition its entry
    names (« a procédé à un tir », « ont pris d'assaut »). Any other oblique says how or why
    it acted (« a lancé des frappes grâce à l'aide de la France »)."""
    syntax = ctx.syntax
    case = case_of(noun, syntax)
    written = next((c.lower_ for c in noun.children if syntax.role(c) == "case"), "")
    return (not case or written in syntax.partitive_articles
            or case in syntax.partitive_cases or case in spec.via)


def carried(ctx: Context, predicate: Predicate, noun: Token, verb: Token, case: str) -> bool:
    """Whether any verb carries the nominal predicate through one of the entry's
    ``carrier_cases`` ("sat down with her counterpart for talks", "walked off the job in
    protest"); a place preposition carries only a bare noun, as a manner ("in protest", not
    "injured in a protest")."""
    return (case in predicate.carrier_cases and ctx.lexicon.carries_freely(verb.lemma_.lower())
            and not (case in ctx.syntax.locative_cases
                     and any(ctx.syntax.role(c) == "det" for c in noun.children)))
