"""Predicate arguments in terms of roles, read off either dependency scheme.

The French model speaks Universal Dependencies (``nsubj``, ``obj``, ``obl`` + ``case``), the
English one ClearNLP (``nsubj``, ``dobj``, ``prep`` + ``pobj``, ``agent``). The language pack's
``syntax.json`` maps labels to a small set of roles; this module turns them into
``agent``, ``patient``, ``recipient``, ``oblique:<prep>`` (on verbs), ``nmod:<prep>`` (on
nouns), ``modifier``, ``possessor``, ``complement``, ``complement_aux`` and
``complement_agent``, ``complement_patient`` and ``complement_mark`` (the auxiliaries,
subject, object and subordinator of a complement clause), ``quoted`` (the quoted clause an
incise verb of saying reports, see ``quoted_words``) and
``participle_agent`` (the *par*/*by* phrase of a participle modifying a noun) so that the
coder never sees a label.
Passives are normalised: the passive subject is the ``patient`` and the *par*/*by* phrase the
``agent``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from vigie.lang import load_table

VERBAL_POS = frozenset({"VERB", "AUX"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class SyntaxPack:
    roles: dict[str, str]
    negation_words: frozenset[str]
    # Particles negating only with a negation word beside them ("n'accepterait plus"): the
    # parser does not always mark the second word.
    negation_particles: frozenset[str]
    passive_agent_cases: frozenset[str]
    case_forms: dict[str, str]  # contracted prepositions: "au" -> "à", "du" -> "de"
    partitive_cases: frozenset[str]  # "des médicaments": an indefinite object, not a "de" phrase
    partitive_articles: frozenset[str]  # "des" may be "de" + "les" or the indefinite plural
    locative_cases: frozenset[str]  # prepositions saying where: "in", "à", "dans"
    infinitive_marks: frozenset[str]  # what introduces an infinitive: "to", "à", "de"
    proxy_nouns: frozenset[str]  # "on behalf of", "au nom de": for whom one acts, not at whom
    # "under the auspices of", « sous l'égide de », « une médiation du Qatar »: who brokers an
    # act is neither side of it.
    broker_nouns: frozenset[str]
    owner_cases: frozenset[str]  # whose a noun is: "of", "from" ("doctors from aid groups"), "de"
    origin_cases: frozenset[str]  # where one comes from, hence whose one is: "from"
    # Verbs of motion and change of state conjugated with "be" ("est arrivé"): the parser
    # takes the auxiliary for a passive one; their subject is the doer.
    unaccusative_verbs: frozenset[str]
    # Words opening a list of a group's members: « dont », « parmi lesquels ».
    member_marks: frozenset[str]
    # Whether an apposition of coordinated names lists a plural subject's members, each a
    # doer (« les deux dirigeants, Emmanuel Macron et Joe Biden »).
    appositive_members: bool
    # Adjectives that make a group foreign to the story ("foreign nationals"): the place it
    # is in, the state acting on it and the story's country are not its country.
    foreign_words: frozenset[str]
    # Set phrases of manner standing between a verb and its object (« a balayé d'un revers de
    # main la proposition »), as token sequences in lower case: the parser hangs the object
    # on them, so, like a weekday there, they are never arguments and their nominal
    # dependents are the verb's own.
    manner_phrases: frozenset[tuple[str, ...]] = frozenset()
    # Words that, right after their verb, are its particle however the parser labels them
    # ("stepped down" as an adverb, "voted down the bill" as a preposition, "set free").
    particle_words: frozenset[str] = frozenset()
    # Whether a finite verb without a subject takes the noun after it, read as its object,
    # for its subject where the word order inverts them: an incise after a quotation
    # (« …, a dénoncé le ministre ») and a pronominal verb (« s'est félicité mardi le
    # secrétaire général »), which has no other direct object.
    inverted_subjects: bool = False
    # Verbs of saying (the quotes table's reporting verbs) that, where subjects invert, stand
    # as an incise after the reported clause with no quotation marks (« La Russie a massé
    # des troupes, a averti le chef de la diplomatie »): the parser makes them its conjunct.
    incise_verbs: frozenset[str] = frozenset()
    # Relative pronouns whose clause reports an act of the noun it hangs on ("troops, who
    # shelled the town"); none where that is not measured.
    relative_pronouns: frozenset[str] = frozenset()
    # Adverbs that, on a verb taking an infinitive, say its act has not happened ("have yet
    # to agree", "is yet to sign").
    pending_adverbs: frozenset[str] = frozenset()
    # Verbs whose infinitive's act happens only if they do ("managed to agree", « sont
    # parvenus à s'entendre »): negated, they deny that act too.
    implicative_verbs: frozenset[str] = frozenset()
    # Clitic pronouns that are only ever reflexive (« se »): the parser sometimes labels one
    # an object (« ont commencé à se retirer »), which would hide the pronominal verb.
    reflexive_clitics: frozenset[str] = frozenset()
    # Object pronouns that stand only for people ("him", « l' » of « l'a interpellé »): the
    # object of an arrest or a pardon told with one is a person.
    person_pronouns: frozenset[str] = frozenset()
    # Prepositions saying where something is sent, flown or massed ("into Gaza", "near the
    # border with Finland", « vers le nord de Gaza », « autour de l'île »).
    destination_cases: frozenset[str] = frozenset()
    # Prepositions that head a clause with its own subject ("pushed for Japan to rearm"):
    # the parser makes the clause an adverbial with the preposition as its mark; the clause
    # is the preposition's object and its subject the complement's agent.
    clause_cases: frozenset[str] = frozenset()
    # Words bounding a number ("up to" in "kidnapped up to 16 advisers"): the parser reads
    # the first as the verb's particle and the counted noun as the object of the second.
    number_bounds: frozenset[tuple[str, str]] = frozenset()
    # Prepositions of a predicative phrase that a heavy object may follow ("denounced as a
    # crime the crackdown on …"): the parser makes the object the phrase's apposition.
    predicative_cases: frozenset[str] = frozenset()
    # Adverbs that head a nominal as a preposition does (« autour de Taïwan », « près de la
    # frontière »): the parser makes the adverb the word's modifier and the nominal, with its
    # own « de », the adverb's dependent; the nominal is then an oblique of that adverb.
    adverbial_cases: frozenset[str] = frozenset()
    # Verbs of being and having: a clause of one tells a state, never an act to be done, even
    # in the form of a mandative ("insisted that they be heard" aside, a state is asserted).
    state_verbs: frozenset[str] = frozenset()
    # Participles that set a nickname after a name (« Jimmy Chérizier, dit « Barbecue » »,
    # "dubbed"): the parser gives them the name's verb's subject (see _alias_subject).
    alias_verbs: frozenset[str] = frozenset()
    # Role by label hash, filled as labels are met: the coder asks for roles hundreds of times
    # per article, and reading a label's text builds a new string each time.
    _by_label: dict[int, str | None] = field(default_factory=dict, compare=False, repr=False)

    def role(self, token: Token) -> str | None:
        label = token.dep
        if label not in self._by_label:
            name = token.dep_
            self._by_label[label] = self.roles.get(name) or self.roles.get(name.split(":")[0])
        role = self._by_label[label]
        if role in ("patient", "recipient") and token.lemma_ in self.reflexive_clitics:
            return "reflexive"
        return role


@cache
def syntax_pack(lang: str) -> SyntaxPack:
    table = load_table(lang, "syntax")
    return SyntaxPack(roles=table["roles"], negation_words=frozenset(table["negation_words"]),
                      negation_particles=frozenset(table["negation_particles"]),
                      passive_agent_cases=frozenset(table["passive_agent_case"]),
                      case_forms=table["case_forms"],
                      partitive_cases=frozenset(table["partitive_cases"]),
                      partitive_articles=frozenset(table["partitive_articles"]),
                      locative_cases=frozenset(table["locative_cases"]),
                      infinitive_marks=frozenset(table["infinitive_marks"]),
                      proxy_nouns=frozenset(table["proxy_nouns"]),
                      broker_nouns=frozenset(table.get("broker_nouns", ())),
                      owner_cases=frozenset(table["owner_cases"]),
                      origin_cases=frozenset(table["origin_cases"]),
                      unaccusative_verbs=frozenset(table["unaccusative_verbs"]),
                      member_marks=frozenset(table["member_marks"]),
                      appositive_members=table["appositive_members"],
                      foreign_words=frozenset(table["foreign_words"]),
                      manner_phrases=frozenset(
                          tuple(phrase.split()) for phrase in table.get("manner_phrases", ())),
                      particle_words=frozenset(table.get("particle_words", ())),
                      inverted_subjects=table.get("inverted_subjects", False),
                      incise_verbs=frozenset(
                          load_table(lang, "quotes")["reporting_verbs"]
                          if table.get("inverted_subjects") else ()),
                      relative_pronouns=frozenset(table.get("relative_pronouns", ())),
                      pending_adverbs=frozenset(table.get("pending_adverbs", ())),
                      implicative_verbs=frozenset(table.get("implicative_verbs", ())),
                      reflexive_clitics=frozenset(table.get("reflexive_clitics", ())),
                      person_pronouns=frozenset(table.get("person_pronouns", ())),
                      destination_cases=frozenset(table.get("destination_cases", ())),
                      clause_cases=frozenset(table.get("clause_cases", ())),
                      number_bounds=frozenset(
                          tuple(bound.split()) for bound in table.get("number_bounds", ())),
                      predicative_cases=frozenset(table.get("predicative_cases", ())),
                      adverbial_cases=frozenset(table.get("adverbial_cases", ())),
                      state_verbs=frozenset(table.get("state_verbs", ())),
                      alias_verbs=frozenset(table.get("alias_verbs", ())))


def is_negated(anchor: Token, syntax: SyntaxPack) -> bool:
    """Whether the verb at ``anchor`` is negated, on itself or on its object."""
    words = {c.lemma_.lower() for c in anchor.children}
    # "received no notification", "n'a reçu aucune notification": the negation sits on the
    # object, with "ne" on the verb in French.
    on_object = {d.lemma_.lower() for c in anchor.children if syntax.role(c) == "patient"
                 for d in c.children if syntax.role(d) == "det"} & syntax.negation_words
    # "nobody has been arrested", "no one was hurt": the negation is the subject itself.
    on_subject = {w.lemma_.lower() for c in anchor.children
                  if syntax.role(c) in ("agent", "patient")
                  for w in (c, *(d for d in c.children if syntax.role(d) == "det"))
                  } & syntax.negation_words
    if syntax.role(anchor) == "conj" and any(
            syntax.role(c) == "cc" and c.lemma_.lower() in syntax.negation_words
            for c in anchor.doc[anchor.head.i + 1:anchor.i]):
        # « n'a ni confirmé ni démenti », "has neither confirmed nor denied": the conjunction
        # joins only what is denied (UD hangs it on the second verb, ClearNLP on the first).
        return True
    if (syntax.role(anchor) == "complement" and any(
            syntax.role(c) == "adv" and c.lemma_.lower() in syntax.pending_adverbs
            for c in anchor.head.children)):
        return True  # "have yet to agree": not done so far
    if (syntax.role(anchor) == "complement"
            and anchor.head.lemma_.lower() in syntax.implicative_verbs
            and is_negated(anchor.head, syntax)):
        return True  # "did not manage to agree", « ne sont pas parvenus à s'entendre »
    return any(syntax.role(c) == "negation" or (
        "Neg" in c.morph.get("Polarity") and c.lemma_.lower() in syntax.negation_words)
        for c in anchor.children) or (
        bool(words & syntax.negation_particles) and bool(words & syntax.negation_words)) or (
        bool(on_object or on_subject) and (not syntax.negation_particles
                                           or bool(words & syntax.negation_particles)))


def stray_subject(child: Token, verb: Token, pack: SyntaxPack) -> bool:
    """Whether a name before a verb, bare of any preposition, that the parser labelled
    neither subject nor object is the first of coordinated subjects: the French model parses
    "Washington et Londres ont pilonné" with "Washington" as a loose dependent, "Madrid et
    Rabat ont conclu" with "Madrid" as an oblique. It is coordinated with another name, or a
    conjunction joins it to the verb's subject."""
    if child.pos_ != "PROPN" or child.i > verb.i or case_of(child, pack):
        return False
    if any(pack.role(c) == "conj" and c.pos_ == "PROPN" for c in child.children):
        return True
    after = child.nbor(1) if child.i + 1 < len(child.doc) else None
    return (after is not None and pack.role(after) == "cc" and after.head.i != after.i
            and after.head.head.i == verb.i and pack.role(after.head) == "agent")


def case_of(token: Token, pack: SyntaxPack) -> str:
    """The preposition introducing a nominal (UD ``case`` child); '' when there is none."""
    for child in token.children:
        if pack.role(child) == "case":
            lemma = child.lemma_.lower()
            return pack.case_forms.get(lemma, lemma)
    return ""


def _prepositional(adp: Token, pack: SyntaxPack) -> tuple[str, list[Token]]:
    """A preposition that heads its object (ClearNLP "prep"): its case form and its objects,
    with those of the same preposition repeated in a coordination ("to Niger and to Chad",
    which the parser reads as two prepositions coordinated)."""
    lemma = adp.lemma_.lower()
    repeated = [c for c in adp.children if pack.role(c) == "conj" and c.pos_ == "ADP"
                and c.lemma_.lower() == lemma]
    return (pack.case_forms.get(lemma, lemma),
            [*(g for g in adp.children if pack.role(g) == "case_object"),
             *(g for again in repeated for g in _prepositional(again, pack)[1])])


def preposition_of(token: Token, pack: SyntaxPack) -> str:
    """The preposition introducing a nominal whichever way the parser hangs it: its ``case``
    child (UD, « après l'attaque ») or the preposition it is the object of (ClearNLP,
    "after the attack"); '' when there is none."""
    case = case_of(token, pack)
    # "since" before a noun is tagged a subordinating conjunction as often as a preposition
    if not case and pack.role(token) == "case_object" and token.head.pos_ in ("ADP", "SCONJ"):
        case = token.head.lemma_.lower()
    return case


def conjuncts(token: Token, pack: SyntaxPack) -> list[Token]:
    """The token and the nominals coordinated with it ("la Chine et la Russie"), also the
    one the parser hung on the verb instead (« a accusé le Rwanda et l'Ouganda »)."""
    found = [token]
    # The parser may hang the next conjunct on a word of a name rather than on its head
    # (« Bassirou Diomaye Faye et Adama Barrow »: on « Diomaye »).
    for child in (c for word in _name_words(token, pack) for c in word.children):
        if pack.role(child) == "conj" and child.pos_ not in VERBAL_POS:
            found.extend(conjuncts(child, pack))
    found.extend(stray_conjunct for sibling in _stray_conjuncts(token, pack)
                 for stray_conjunct in conjuncts(sibling, pack))
    return found


def leading_conjuncts(subject: Token, pack: SyntaxPack) -> list[Token]:
    """The first members of a coordinated subject that the parser left as the sentence's
    root, hanging the verb under it (« Donald Trump et Vladimir Poutine ont conversé », « Le
    Premier ministre X et le président Y ont discuté »): that root and its conjuncts, where
    only the conjunction stands between them and the subject's phrase."""
    verb, root = subject.head, subject.head
    while root.head.i != root.i:
        root = root.head
    if (verb.pos_ not in VERBAL_POS or root.pos_ not in NOMINAL_POS
            or not root.i < subject.left_edge.i):
        return []
    start = subject.left_edge
    before = subject.doc[start.i - 1]
    joined = pack.role(start) == "cc" or pack.role(before) == "cc" or (
        pack.role(before) == "conj" and before.head.i == root.i)
    return conjuncts(root, pack) if joined else []


def _name_words(token: Token, pack: SyntaxPack) -> list[Token]:
    """The token and the words of the name it heads, however deep the parser chained them."""
    words = [token]
    for child in token.children:
        if pack.role(child) == "name_part":
            words.extend(_name_words(child, pack))
    return words


def _stray_conjuncts(token: Token, pack: SyntaxPack) -> list[Token]:
    """Nominals coordinated with a verb's argument that the parser made conjuncts of the
    verb: right after the argument's phrase, joined to it by a coordinating conjunction
    alone, and with no verb of their own."""
    head = token.head
    if (head.i == token.i or head.pos_ not in VERBAL_POS or token.pos_ not in NOMINAL_POS
            or pack.role(token) == "conj"):
        return []
    end = token.right_edge.i
    return [sibling for sibling in head.children
            if sibling.i > end and pack.role(sibling) == "conj" and sibling.pos_ in NOMINAL_POS
            and any(pack.role(c) == "cc" and c.i == end + 1 for c in sibling.children)]


def _bounded_count(word: Token, pack: SyntaxPack) -> list[Token]:
    """The counted nouns of a number bound the parser split ("up" the particle, "to 16
    advisers" a preposition's phrase, below the particle or beside it): those with a number
    of their own."""
    doc = word.doc
    if word.i + 1 >= len(doc) or (word.lower_, doc[word.i + 1].lower_) not in pack.number_bounds:
        return []
    second = doc[word.i + 1]
    if second.head.i not in (word.i, word.head.i):
        return []
    return [noun for noun in second.children if pack.role(noun) == "case_object"
            and (noun.pos_ == "NUM" or any(pack.role(c) == "number" for c in noun.children))]


def _clause_case(clause: Token, pack: SyntaxPack) -> str:
    """The preposition heading a clause with its own subject ("for" in "for Japan to
    rearm", and in the "to"-less "for the US support the plan"); '' for any other clause."""
    if clause.pos_ not in VERBAL_POS or not any(
            pack.role(c) == "agent" for c in clause.children):
        return ""
    for child in clause.children:
        if pack.role(child) == "mark" and child.lemma_.lower() in pack.clause_cases:
            return child.lemma_.lower()
    return ""


def _bare_past_participle(clause: Token, pack: SyntaxPack) -> bool:
    """Whether a clause on a noun is a past participle standing alone ("the plan drafted by
    Paris", « la loi défendue par le ministre »): passive, with neither auxiliary nor subject
    of its own, so that its "by" phrase names the doer; not a relative or finite clause."""
    return ("Part" in clause.morph.get("VerbForm") and "Past" in clause.morph.get("Tense")
            and not any(pack.role(c) in ("aux", "aux_pass", "agent") for c in clause.children))


def clause_head(token: Token) -> Token:
    """The verb of the clause ``token`` stands in (the root where there is none)."""
    while token.pos_ not in VERBAL_POS and token.head.i != token.i:
        token = token.head
    return token


def governor(noun: Token) -> Token:
    """The word a noun is an argument of, through the preposition that heads it under
    ClearNLP ("against" in "marched against the war")."""
    head = noun.head
    return head.head if head.pos_ == "ADP" else head


def _particle_slots(token: Token, children: list[Token], pack: SyntaxPack) -> set[int]:
    """Where a verb's particle may stand: right after the verb ("sent back the migrants"),
    or right after an object that follows the verb directly, a phrasal verb split by its
    object ("sent the migrants back", "pulled their heavy weapons back", "turned the
    envoys away")."""
    slots = {token.i + 1}
    for child in children:
        if (pack.role(child) == "patient" and child.i > token.i
                and child.left_edge.i == token.i + 1):
            slots.add(child.right_edge.i + 1)
    return slots


def argument_roles(token: Token, pack: SyntaxPack,
                   transparent: frozenset[int] = frozenset()) -> dict[str, list[Token]]:
    """The direct arguments of a predicate token, keyed by role.

    ``transparent`` holds tokens that are never arguments themselves (time expressions):
    the parser often hangs the object on a weekday that stands between verb and object
    ("a rompu dimanche ses relations"), so their nominal dependents count as the
    predicate's own.
    """
    roles: dict[str, list[Token]] = defaultdict(list)
    nominal_head = token.pos_ not in VERBAL_POS
    children = []
    pending = list(token.children)
    while pending:
        child = pending.pop(0)
        if child.i in transparent:
            # Through "jeudi soir" as through "jeudi".
            pending.extend(g for g in child.children if g.i in transparent)
            # And an adverb heading a nominal as a preposition does (« a sollicité vendredi
            # auprès des Nations unies »).
            children.extend(g for g in child.children if g.i not in transparent
                            and (g.pos_ in ("NOUN", "PROPN", "PRON", *VERBAL_POS)
                                 or (g.pos_ == "ADV"
                                     and g.lemma_.lower() in pack.adverbial_cases)))
        else:
            children.append(child)
    # "s'est retirée": a reflexive verb takes "être" without being passive; so does "est
    # arrivé".
    passive = (any(pack.role(child) == "aux_pass" for child in children)
               and not any(pack.role(child) == "reflexive" for child in children)
               and token.lemma_.lower() not in pack.unaccusative_verbs)
    timed_role: str | None = None  # the role of the last argument hung on a time word
    bound_words: set[int] = set()  # the "to" of "up to 16", read with its "up"
    particle_slots = _particle_slots(token, children, pack)
    for child in children:
        role = pack.role(child)
        if child.head.i in transparent and child.pos_ != "ADV":
            if child.pos_ in VERBAL_POS:  # "a reconnu vendredi avoir commis …"
                roles["complement"].append(child)
                continue
            case = case_of(child, pack)
            if role == "conj" and timed_role is not None:
                # "imposées jeudi par Washington et Londres": the parser makes the second
                # conjunct one of the weekday's; it fills the role of the first.
                key = timed_role
            elif role == "by_agent" or (passive and case in pack.passive_agent_cases):
                key = "agent"
            elif not case or (case in pack.partitive_cases and partitive_object(child, pack)):
                key = "patient"
            else:
                key = f"oblique:{case}"
            roles[key].append(child)
            timed_role = key
            if key.startswith("oblique:"):
                # « a frappé vendredi d'un missile le pétrolier »: lifted off the time word,
                # the phrase still holds the object the parser hung on it.
                roles["patient"].extend(_stray_objects(child, pack))
            continue
        if role == "patient" and "subj" in child.dep_ and not passive:
            role = "agent"  # a passive subject without a passive auxiliary: a parser slip
        if role == "recipient" and child.pos_ == "ADP":
            role = "oblique"  # ClearNLP "sent troops to Mozambique": "to" as a dative
        if role in (None, "oblique") and not nominal_head and stray_subject(child, token, pack):
            role = "agent"
        if (adverb := child.lemma_.lower()) in pack.adverbial_cases and child.pos_ == "ADV":
            named = [g for g in child.children if g.pos_ in ("NOUN", "PROPN") and case_of(g, pack)]
            if named:
                roles[f"{'nmod' if nominal_head else 'oblique'}:{adverb}"].extend(named)
                continue
        if role is None:
            continue
        if child.i in bound_words:
            continue
        if counted := _bounded_count(child, pack):
            roles["patient"].extend(counted)  # "kidnapped up to 16 advisers"
            bound_words.add(child.i + 1)
            continue
        if (role in ("adv", "oblique", "complement") and not nominal_head
                and child.i in particle_slots and child.pos_ not in VERBAL_POS
                and child.lemma_.lower() in pack.particle_words):
            # A particle the parser read as an adverb or a preposition; a preposition keeps
            # its object as an oblique too ("voted down the bill", "marched down the road").
            roles["particle"].append(child)
            if role == "adv":
                # "pulled back from the lake": the preposition hangs on the particle
                for inner in child.children:
                    if inner.pos_ == "ADP":
                        prep, objects = _prepositional(inner, pack)
                        roles[f"oblique:{prep}"].extend(objects)
        if (role == "adv" and not nominal_head and child.pos_ == "NOUN" and child.i > token.i
                and not case_of(child, pack)):
            # « a demandé pardon »: a bare noun after the verb is its object in a verbal
            # locution; the parser, seeing no determiner, reads it as an adverb.
            role = "patient"
        if role in ("agent", "patient", "recipient", "modifier", "possessor", "complement",
                    "particle", "adv"):
            # "adv": a bare word the parser reads as the verb's adverb, which an idiom names
            # ("cried foul", "said sorry")
            roles[role].append(child)
            if role == "particle" and child.pos_ == "ADP" and not nominal_head:
                # "put on ice a contentious law": a heavy object pushed past the phrase makes
                # the parser read the preposition as a particle, its noun as the particle's
                # object; the phrase is still the verb's oblique.
                prep, objects = _prepositional(child, pack)
                if objects:
                    roles[f"oblique:{prep}"].extend(objects)
            if role == "complement":
                # "said Libya must hand over …": the modal and the subject of what is said;
                # "a menacé de suspendre son aide": the object of what is threatened;
                # "asked whether Berlin would send …": the subordinator that makes what is
                # asked a question, not a request; and "vowed to retaliate against Israel":
                # whom what is promised is aimed at
                if _mandative(child, token, pack):
                    # "insisted that Kigali pull its troops out", « a exigé que Paris
                    # retire … »: what is said is to be done, not done.
                    roles["complement_mandative"].append(child)
                for grandchild in child.children:
                    below = pack.role(grandchild)
                    if below in ("aux", "agent", "patient", "mark", "complement"):
                        # "complement": the act a word of readiness is for ("was ready to
                        # lead"), which "the site is ready for a test" lacks
                        roles[f"complement_{below}"].append(grandchild)
                    elif below in ("oblique", "recipient") and grandchild.pos_ == "ADP":
                        # a ClearNLP dative "to" is a preposition here as on the verb itself
                        # ("began piping gas to Syria")
                        prep, objects = _prepositional(grandchild, pack)
                        roles[f"complement_oblique:{prep}"].extend(objects)
                    elif (below in ("oblique", "by_agent") and grandchild.pos_ != "ADP"
                            and (prep := case_of(grandchild, pack))):
                        # UD: the nominal heads its preposition (« a juré de répondre par
                        # la force », which the parser labels an agent of the active verb)
                        roles[f"complement_oblique:{prep}"].append(grandchild)
        elif role == "by_agent" and not passive and not nominal_head and any(
                pack.role(c) == "agent" for c in children):
            # « a condamné l'exécution par la République islamique d'un manifestant »: an
            # agent phrase on an active verb with a subject of its own is the parser's slip for
            # the agent of its object's act; the verb's doer is its subject.
            roles[f"oblique:{case_of(child, pack) or child.lemma_.lower()}"].append(child)
        elif role == "by_agent":
            # UD: the nominal itself (obl:agent); ClearNLP: "by" with its object below it.
            objects = [g for g in child.children if pack.role(g) == "case_object"]
            roles["agent"].extend(objects or [child])
        elif role in ("oblique", "nominal_arg"):
            if child.pos_ == "ADP":  # ClearNLP "prep": the preposition heads its object
                prep, objects = _prepositional(child, pack)
                inner = [g for g in child.children if g.pos_ == "ADP"]
                if not objects and len(inner) == 1:
                    # "pulled out of Iraq": a particle heads the preposition that names
                    # the place; the object is the inner preposition's. Past the verb's
                    # object ("kicked the envoy out of the country") it is still the
                    # verb's particle.
                    if (child.lemma_.lower() in pack.particle_words
                            and child not in roles["particle"]):
                        roles["particle"].append(child)
                    prep, objects = _prepositional(inner[0], pack)
                if not objects and roles.get("patient"):
                    # Kept from doing something: "barred women from attending", "banned the
                    # agency from operating". The gerund fills the phrase only after an
                    # object: "withdrew from talking" withdraws from no place.
                    objects = [g for g in child.children if pack.role(g) == "case_clause"]
            else:
                prep, objects = case_of(child, pack), [child]
            if passive and not nominal_head and prep in pack.passive_agent_cases:
                roles["agent"].extend(objects)  # "extradé … par les autorités" as obl:mod
            else:
                prefix = "nmod" if nominal_head else "oblique"
                roles[f"{prefix}:{prep}"].extend(objects)
        elif role == "clause_mod" and nominal_head:
            # « une fin de non-recevoir »: the parser reads the second word of the idiom as a
            # clause on the noun, which an entry may require.
            roles["clause_mod"].append(child)
            # "les abus commis par la RPDC", "abuses committed by the regime"
            for grandchild in child.children:
                below = pack.role(grandchild)
                if below == "by_agent":
                    objects = [g for g in grandchild.children if pack.role(g) == "case_object"]
                    roles["participle_agent"].extend(objects or [grandchild])
                elif below == "patient":
                    # "evidence linking Russia to the poisoning": whom the clause on the
                    # noun names, and to what; the French parser hangs the "to what" on the
                    # object (« liant l'État russe à l'empoisonnement »)
                    roles["clause_mod_patient"].append(grandchild)
                    for inner in grandchild.children:
                        if (pack.role(inner) in ("oblique", "nominal_arg")
                                and inner.pos_ != "ADP" and (prep := case_of(inner, pack))):
                            roles[f"clause_mod_oblique:{prep}"].append(inner)
                elif below in ("oblique", "nominal_arg"):
                    if grandchild.pos_ == "ADP":
                        prep, objects = _prepositional(grandchild, pack)
                    else:
                        prep, objects = case_of(grandchild, pack), [grandchild]
                    if prep in pack.passive_agent_cases and _bare_past_participle(child, pack):
                        # « la cession voulue par Moscou »: the parser often labels the
                        # agent of a participle on a noun a plain oblique (obl:mod); a bare
                        # past participle is passive, so its "par"/"by" phrase is who did it.
                        roles["participle_agent"].extend(objects)
                    elif prep:
                        roles[f"clause_mod_oblique:{prep}"].extend(objects)
        elif role == "adverbial" and not nominal_head and (case := _clause_case(child, pack)):
            # "called for Israel to withdraw": a request for what the clause says, made
            # of its subject.
            roles[f"oblique:{case}"].append(child)
            roles["complement_agent"].extend(
                g for g in child.children if pack.role(g) == "agent")
        elif role == "reflexive":
            roles["reflexive"].append(child)
        elif role == "negation":
            roles["negation"].append(child)
    if not nominal_head and "particle" not in roles:
        # "set free 52 prisoners": the parser hung the particle right after the verb on the
        # object, as its adjective.
        slipped = [m for patient in roles.get("patient", ()) for m in patient.children
                   if m.i == token.i + 1 and pack.role(m) == "modifier"
                   and m.lemma_.lower() in pack.particle_words]
        if slipped:
            roles["particle"] = slipped
    if not nominal_head and "complement" not in roles:
        # "a appelé les pays occidentaux à fournir …", "a ordonné au journal de suspendre …":
        # the parser hung the verb's infinitive on its object, or as the last word of the
        # relative clause that says which object ("will allow refugees who fled the war
        # to return").
        objects = [f for key, fillers in roles.items() if key == "patient"
                   or key.startswith("oblique:") for f in fillers]
        hung = [clause for patient in objects for clause in patient.children
                if pack.role(clause) == "clause_mod"]
        hung += [rel_children[-1] for patient in objects for rel in patient.children
                 if pack.role(rel) == "relative"
                 and (rel_children := [c for c in rel.children if not c.is_punct])
                 and pack.role(rel_children[-1]) == "adverbial"]
        roles["complement"].extend(
            clause for clause in hung if clause.pos_ in VERBAL_POS
            and any(pack.role(m) in ("mark", "aux") and m.lower_ in pack.infinitive_marks
                    for m in clause.children))
    if not nominal_head and "patient" in roles:
        _secondary_predicates(token, children, roles, pack)
    head = token.head
    if (not nominal_head and pack.role(token) == "clause_mod" and "patient" not in roles
            and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")
            and head.pos_ in ("NOUN", "PROPN")):
        # "les batteries fournies par les États-Unis": a past participle's object is the noun
        # it qualifies.
        roles["patient"].append(head)
    if (not nominal_head and pack.role(token) == "clause_mod" and "patient" in roles
            and "agent" not in roles and head.pos_ in ("NOUN", "PROPN") and head.head.i == head.i):
        # "US-led forces bombed Mosul": with no verb of its own, the sentence's noun is not
        # qualified by a participle that has an object; it is the subject of that verb.
        roles["agent"].append(head)
    if (not nominal_head and pack.role(token) == "conj" and head.pos_ in ("NOUN", "PROPN")
            and head.i < token.i and roles.get("agent")
            and any(pack.role(c) == "cc" and head.i < c.i < token.i for c in token.children)):
        # "La Russie et l'Ukraine ont signé": the parser makes the verb a conjunct of the first
        # subject; that subject is the verb's too.
        roles["agent"].insert(0, head)
    if not nominal_head and not passive and (
            split := _split_adjectives_subject(token, pack)) is not None and (
            not roles.get("agent") or roles["agent"] == [split[1]]):
        roles["agent"] = [split[0]]
    if not nominal_head and passive and "agent" not in roles:
        roles["agent"] = _stray_agent(token, pack, transparent)
    if not nominal_head and not passive and "agent" not in roles and (
            named := _alias_subject(token, pack)) is not None:
        roles["agent"] = [named]
    if not nominal_head and "agent" in roles:
        roles["agent"] = [_antecedent(_participle_subject(agent, pack), token, pack)
                          for agent in roles["agent"]]
    if not nominal_head and "agent" not in roles and pack.role(token) == "relative":
        members = _listed_members(token, pack)
        if members:
            roles["agent"] = members
    if not nominal_head and "patient" not in roles and any(
            c.pos_ == "PROPN" for c in roles.get("complement", ())):
        # "a appelé Israël et le Hamas à un cessez-le-feu": a name the parser took for a
        # predicative complement is the object.
        roles["patient"] = [c for c in roles["complement"] if c.pos_ == "PROPN"]
        roles["complement"] = [c for c in roles["complement"] if c.pos_ != "PROPN"]
    if not nominal_head and "oblique:" in roles and "patient" not in roles:
        # A bare noun phrase in an oblique slot is the object the parser missed.
        roles["patient"] = roles.pop("oblique:")
    if not nominal_head and not passive and "patient" not in roles:
        # "denounced as a grave violation Ethiopia's closure of the border": the object put
        # after the predicative phrase, which the parser makes that phrase's apposition or
        # a second object of its preposition.
        for case in sorted(pack.predicative_cases):
            # The key may hold nothing: "as" with only an adjective below it ("condemned as
            # reckless the launch") names no object of its own.
            label, *shifted = roles.get(f"oblique:{case}") or [None]
            if label is None:
                continue
            shifted += [a for a in label.children
                        if pack.role(a) == "appos" and a.i > label.i and a.pos_ in NOMINAL_POS]
            if shifted:
                roles["patient"] = shifted
                roles[f"oblique:{case}"] = [label]
                break
            if _leads_with_predicate(label, pack):
                # "dismissed as 'baseless' a report by UN experts", "as absurd Canada's
                # allegation": the parser made the object the preposition's, the predicative
                # adjective its modifier; an adjective before the noun's own article or owner
                # is no part of its phrase, so the noun is the verb's object.
                roles["patient"] = [label]
                del roles[f"oblique:{case}"]
                break
    if not nominal_head and not passive and "patient" not in roles:
        # "rejected on Monday Kinshasa's accusation": the parser made the object the object
        # of the date's preposition, the date a modifier inside it; the phrase after the date
        # is the verb's object.
        for key in [k for k in roles if k.startswith("oblique:")]:
            dated = [f for f in roles[key] if f.i not in transparent
                     and f.left_edge.i in transparent and f.left_edge.i < f.i]
            if dated:
                roles["patient"] = dated
                roles[key] = [f for f in roles[key] if f not in dated]
                break
    if not nominal_head and "patient" not in roles:
        # "a dispersé des manifestants": the parser read the indefinite plural as "de" + "les".
        # A common noun there is the object; a name keeps the preposition ("exigé des
        # États-Unis").
        for key in [k for k in roles if k.startswith("oblique:")]:
            indefinite = [f for f in roles[key]
                          if f.pos_ == "NOUN" and read_as_partitive(f, pack)]
            if indefinite:
                roles["patient"] = indefinite
                roles[key] = [f for f in roles[key] if f not in indefinite]
                break
    if (not nominal_head and pack.inverted_subjects and "agent" not in roles
            and not passive and _inverts_subject(token, children, pack)):
        after = [p for p in roles.get("patient", ()) if p.i > token.i]
        if after:
            roles["agent"] = after
            roles["patient"] = [p for p in roles["patient"] if p.i < token.i]
    if not nominal_head and not passive and len(roles.get("agent", ())) < 2:
        roles["agent"] = [*_fronted_subject(token, children, roles.get("agent", []), pack),
                          *roles.get("agent", ())]
    if nominal_head:
        roles["predicated"] = _predicated(token, pack)
    else:
        roles["quoted"] = quoted_words(token, pack)
    return {role: fillers for role, fillers in roles.items() if fillers}


def quoted_words(verb: Token, pack: SyntaxPack) -> list[Token]:
    """The words a verb of saying standing as an incise after a direct quotation reports
    (« « Le Maroc le paiera cher », a prévenu le ministre »): the parser makes the quoted
    clause's verb the incise's dependent under any label (a tense auxiliary, an adverbial
    clause), never its complement, so what is warned of is read here. Only where subjects
    invert (the pack's incise verbs); an English quotation is the complement of its verb."""
    if verb.lemma_.lower() not in pack.incise_verbs:
        return []
    doc = verb.doc
    # The verbal group right before the verb: the quoted verb, hung as a tense auxiliary,
    # is not of it.
    first = verb.i
    while (first > 0 and doc[first - 1].head.i == verb.i
           and pack.role(doc[first - 1]) in ("aux", "reflexive")):
        first -= 1
    if first < 2 or doc[first - 1].text != "," or not doc[first - 2].is_quote:
        return []
    closing = first - 2
    # Or the parser makes the incise the quoted clause's own dependent (parataxis, an
    # adverbial clause).
    words = [*verb.children, *([verb.head] if verb.head.i != verb.i else [])]
    return [c for c in words if c.i < closing and not c.is_punct
            and (c.pos_ in VERBAL_POS or any(pack.role(g) == "cop" for g in c.children))]


def _leads_with_predicate(noun: Token, pack: SyntaxPack) -> bool:
    """Whether a word said of ``noun`` stands before the noun's article or owner ("as
    'baseless' a report", "as absurd Canada's allegation", « comme absurdes les
    accusations »): no noun phrase opens with an adjective, or a bare noun, before its
    article, so that word is said of the noun and the noun is the verb's object. The parser
    hangs the word on the noun, or on the preposition beside it."""
    openers = [c.i for c in noun.children if c.i < noun.i
               and (pack.role(c) == "det" or pack.role(c) == "possessor")]
    if not openers:
        return False
    before = noun.doc[min(openers) - 1]
    while before.is_punct and before.i > 0:
        before = before.nbor(-1)
    while pack.role(before) == "conj" and before.head.i < before.i:
        before = before.head  # "as 'absurd and motivated' Canada's allegation"
    return (before.head.i in (noun.i, noun.head.i) and before.i != noun.head.i
            and (before.pos_ == "ADJ" or (before.pos_ == "NOUN" and not list(before.children))))


def _secondary_predicates(verb: Token, children: list[Token], roles: dict[str, list[Token]],
                          pack: SyntaxPack) -> None:
    """The adjective said of the verb's object ("held Kigali responsible", « a tenu Kigali
    pour responsable »), where the parser did not make it the verb's complement: with an
    adverb before it ("held the government solely responsible", « pour entièrement
    responsable ») it makes it an adverbial clause of the verb, marked by the preposition of
    the predicative phrase if there is one; after a name, with a phrase of its own ("held
    Somalia responsible for the raid"), it makes it the name's modifier, while an adjective
    that is part of the name has none (« l'Émirat islamique »)."""
    for child in children:
        if child.pos_ != "ADJ" or pack.role(child) != "adverbial":
            continue
        mark = next((m.lemma_.lower() for m in child.children if pack.role(m) == "mark"), None)
        roles[f"oblique:{mark}" if mark else "complement"].append(child)
    after_names = [modifier for patient in roles["patient"] if patient.pos_ == "PROPN"
                   for modifier in patient.children if modifier.pos_ == "ADJ"
                   and pack.role(modifier) == "modifier" and modifier.i > patient.i
                   and any(g.pos_ == "ADP" or case_of(g, pack) for g in modifier.children)]
    if after_names:
        roles["complement"].extend(after_names)


def _mandative(clause: Token, verb: Token, pack: SyntaxPack) -> bool:
    """Whether a complement clause is in the mood of what is to be done: a subjunctive, a
    bare infinitive with a subject of its own and no auxiliary ("insisted that the army
    withdraw"), or a present not of the third person singular under a verb in the past, where
    the reported tense would have been shifted back ("insisted that the troops leave"; not
    "insisted that the vote was fair"). A verb of being or having tells a state, not an act."""
    morph = clause.morph
    if "Sub" in morph.get("Mood"):
        return True
    children = [pack.role(c) for c in clause.children]
    if ("agent" not in children or "aux" in children or "cop" in children
            or clause.lemma_.lower() in pack.state_verbs):
        return False
    if "Inf" in morph.get("VerbForm"):
        return True
    third_singular = "3" in morph.get("Person") and "Sing" in morph.get("Number")
    return ("Pres" in morph.get("Tense") and not third_singular
            and "Past" in verb.morph.get("Tense"))


def _predicated(noun: Token, pack: SyntaxPack) -> list[Token]:
    """What a predicative noun is said of: the subject of its copula ("the ships would be
    legitimate targets", « les navires seront des cibles légitimes ») or the object of the
    verb that makes it its object's predicate ("declared the bases legitimate targets",
    "would be treated as an act of war", « considérés comme des cibles »; a passive's
    subject is its object)."""
    if any(pack.role(c) == "cop" for c in noun.children):
        return [c for c in noun.children if pack.role(c) == "agent"]
    head, role = noun.head, pack.role(noun)
    if role == "case_object" and head.lemma_.lower() in pack.predicative_cases:
        head, role = head.head, "complement"  # ClearNLP: "as" heads its noun
    elif case_of(noun, pack) in pack.predicative_cases:
        role = "complement"  # UD: « comme » hangs on the noun
    if head.i == noun.i or head.pos_ not in VERBAL_POS:
        return []
    if role == "predicative":
        return [c for c in head.children if pack.role(c) == "agent"]
    if role == "complement":
        return [c for c in head.children if pack.role(c) == "patient"]
    return []


def _inverts_subject(verb: Token, children: list[Token], pack: SyntaxPack) -> bool:
    """Whether a finite verb stands where its subject follows it: a pronominal verb, or an
    incise, its verbal group right after a comma that closes a quotation or the clause a verb
    of saying reports."""
    group = [c for c in children if pack.role(c) in ("aux", "reflexive") and c.i < verb.i]
    finite = "Fin" in verb.morph.get("VerbForm") or any(
        "Fin" in c.morph.get("VerbForm") for c in group)
    if not finite:
        return False
    if any(pack.role(c) == "reflexive" for c in group):
        return True
    first = min([verb.i, *(c.i for c in group)])
    if first < 2 or verb.doc[first - 1].text != ",":
        return False
    # After a quotation; or a verb of saying hung on the clause it reports as its conjunct
    # or set beside it (parataxis), no conjunction between them (« …, a averti le chef de
    # la diplomatie »).
    return verb.doc[first - 2].is_quote or (
        pack.role(verb) in ("conj", "parataxis") and verb.lemma_.lower() in pack.incise_verbs
        and not any(pack.role(c) == "cc" for c in children))


def _alias_subject(verb: Token, pack: SyntaxPack) -> Token | None:
    """The subject of a verb left without one because the parser gave it to the participle
    of a nickname set between them (« Le chef de gang Jimmy Chérizier, dit « Barbecue », a
    prévenu … »): the participle, after a comma and before the verb, hangs on the verb or
    takes the verb as its own clause, and holds the subject and the nickname after it. Not
    a verb of saying with its content (« dit-il », « dit que … »), which names no one."""
    for alias in (*verb.children, verb.head):
        if (alias.i >= verb.i or alias.lemma_.lower() not in pack.alias_verbs
                or alias.i == 0 or alias.doc[alias.i - 1].text != ","):
            continue
        subject = next((c for c in alias.children if pack.role(c) == "agent"
                        and c.i < alias.i and c.pos_ in NOMINAL_POS), None)
        nickname = any(c.i > alias.i and c.pos_ in NOMINAL_POS for c in alias.children)
        if subject is not None and nickname:
            return subject
    return None


def _fronted_subject(verb: Token, children: list[Token], agents: list[Token],
                     pack: SyntaxPack) -> list[Token]:
    """The subject, or its first conjuncts, that the parser swallowed into a phrase fronted
    before the verb and closed by a comma (« Sous l'égide du Qatar et de la Turquie,
    l'Afghanistan et le Pakistan ont souscrit », "Under the auspices of Qatar and Turkey,
    Afghanistan and Pakistan agreed", « Dans un communiqué lu dimanche, le Mali et le Niger
    ont annoncé »): it makes them conjuncts or appositions of the phrase's last noun, leaving
    a finite verb with no subject or with only the last conjunct (« …, la Colombie et le
    Venezuela ont accepté »: « Venezuela » alone). Read by word order, the parser's links
    being what failed: after a comma inside the phrase, only nominals with no preposition of
    their own hanging on a word before the comma; then nothing but the conjunction and the
    last conjunct, if the parser found one, and the verb's auxiliaries, clitics and adverbs.
    No punctuation there: a comma (« À Kiev, la capitale, ont défilé … ») closes an
    apposition, which no subject is."""
    if "Inf" in verb.morph.get("VerbForm") or (
            "Part" in verb.morph.get("VerbForm")
            and not any(pack.role(c) in ("aux", "reflexive") for c in children)):
        return []
    doc = verb.doc
    subject = agents[0] if agents else None
    if subject is not None and not (
            subject.i < verb.i and subject.left_edge.i > 0
            and pack.role(doc[subject.left_edge.i - 1]) == "cc"):
        return []
    # Where the swallowed phrase must end: before the verb's group, or before the
    # conjunction that joins it to the subject the parser found.
    stop = verb.i if subject is None else subject.left_edge.i - 1
    for child in children:
        if child.i > verb.i or pack.role(child) not in ("oblique", "adverbial", "nominal_arg"):
            continue
        end = child.right_edge.i
        if subject is not None and end != stop - 1:
            continue
        group = doc[(end + 1 if subject is None else subject.right_edge.i + 1):verb.i]
        if any(pack.role(t) not in ("aux", "reflexive", "adv", "negation")
               or t.head.i != verb.i for t in group):
            continue
        for comma in (t for t in child.subtree if t.text == "," and t.i > child.i):
            phrase = doc[comma.i + 1:end + 1]
            tops = [t for t in phrase if not comma.i < t.head.i <= end]
            if tops and all(t.pos_ in NOMINAL_POS and pack.role(t) in ("conj", "appos")
                            and not preposition_of(t, pack) for t in tops):
                return tops
    return []


def _participle_subject(agent: Token, pack: SyntaxPack) -> Token:
    """The subject itself, unless the parser made a participle the subject and the noun it
    qualifies the participle's ("The Red Cross operating in Iraq said"): then that noun."""
    if agent.pos_ != "VERB" or "Part" not in agent.morph.get("VerbForm"):
        return agent
    return next((g for g in agent.children if pack.role(g) == "agent" and g.i < agent.i
                 and g.pos_ in ("NOUN", "PROPN")), agent)


def _split_adjectives_subject(verb: Token, pack: SyntaxPack) -> tuple[Token, Token] | None:
    """The subject noun of two coordinated adjectives after it that the parser cut off from
    the verb (« des délégations russe et ukrainienne se sont retrouvées / ont tenu des
    discussions »): it hangs the second adjective on the verb, as its subject or a modifier,
    or leaves the noun hanging elsewhere. Found by the words in their order, as the parser's
    links are what failed: noun, adjective, conjunction, adjective, then the verb's
    auxiliaries and clitics and the verb. Returns the noun and the second adjective."""
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].head.i == verb.i and pack.role(doc[start - 1]) in (
            "aux", "reflexive"):
        start -= 1
    if start < 4:
        return None
    second, joiner, first = doc[start - 1], doc[start - 2], doc[start - 3]
    noun = first.head
    if (second.pos_ == "ADJ" and pack.role(joiner) == "cc" and first.pos_ == "ADJ"
            and pack.role(first) == "modifier" and noun.pos_ in ("NOUN", "PROPN")
            and noun.i == first.i - 1
            and pack.role(noun) not in ("agent", "patient")
            and not any(pack.role(c) == "case" for c in noun.children)):
        return noun, second
    return None


def _stray_agent(verb: Token, pack: SyntaxPack, transparent: frozenset[int]) -> list[Token]:
    """The agent of a passive verb that the parser hung elsewhere: on the active verb of its
    complement ("has been accused of stealing funds by Haitian officials"), on a noun of its
    own obliques or of their phrases (« a été appréhendé à son domicile par la police », "was
    detained at his home by police"), or on a past participle coordinated with it that shares
    its auxiliary (« a été inculpé et placé sous mandat de dépôt par un juge »): an active
    verb, a place
    and a time take no agent phrase, and the participles share the one agent. Not a verb
    ("by forging") nor a time ("by Monday")."""
    below = [c for c in verb.children if pack.role(c) == "complement"]
    below += [g for c in verb.children if c.pos_ == "ADP" for g in c.children
              if g.pos_ in VERBAL_POS]
    hosts = [c for c in below if c.pos_ in VERBAL_POS
             and not any(pack.role(g) == "aux_pass" for g in c.children)]
    # UD hangs the oblique noun on the verb, ClearNLP its preposition.
    obliques = [c for c in verb.children if pack.role(c) == "oblique"]
    oblique_nouns = [n for c in obliques
                     for n in ([c] if c.pos_ != "ADP" else _prepositional(c, pack)[1])
                     if n.pos_ in NOMINAL_POS]
    # Or on a noun of such an oblique's own phrase (« a été accueilli à Rabat avec les
    # honneurs par le roi »), and on a time word the parser made the phrase's head (« a été
    # placé en détention lundi par un tribunal »).
    nested = [n for noun in oblique_nouns for c in noun.children
              for n in ([c] if c.pos_ != "ADP" else _prepositional(c, pack)[1])
              if n.pos_ in NOMINAL_POS and pack.role(c) in ("nominal_arg", "oblique")]
    hosts += oblique_nouns + nested
    hosts += [t for h in (verb, *hosts) for t in h.children if t.i in transparent]
    hosts += [c for c in verb.children if pack.role(c) == "conj" and c.pos_ in VERBAL_POS
              and "Part" in c.morph.get("VerbForm")
              and not any(pack.role(g) in ("agent", "aux", "aux_pass") for g in c.children)]
    head = verb.head
    if (pack.role(verb) == "complement" and verb.i < head.i and head.pos_ in VERBAL_POS
            and not any(pack.role(g) == "aux_pass" for g in head.children)):
        # A parenthetical after the passive that the parser took for the main clause, the
        # passive its complement ("has been accused of misusing funds, much of it thought
        # stolen, by Haitian officials"): the agent phrase hangs on the parenthetical's verb,
        # which is not passive and so takes none of its own.
        hosts.append(head)
    found: list[Token] = []
    for host in hosts:
        for child in host.children:
            if child.pos_ == "ADP":  # ClearNLP: the preposition heads its object
                if child.lemma_.lower() in pack.passive_agent_cases:
                    found += [g for g in child.children if pack.role(g) == "case_object"
                              and g.pos_ in NOMINAL_POS and g.i not in transparent]
            elif (child.pos_ in NOMINAL_POS and child.i not in transparent
                  and case_of(child, pack) in pack.passive_agent_cases):
                found.append(child)  # UD: the noun with its preposition below it
    return found


def is_relative_pronoun(token: Token, pack: SyntaxPack) -> bool:
    """Whether a word is one of the language's relative pronouns ("who", "which")."""
    return token.lower_ in pack.relative_pronouns


def _antecedent(agent: Token, verb: Token, pack: SyntaxPack) -> Token:
    """The noun a relative pronoun subject stands for ("Malian troops, who shelled the
    town"): the word the relative clause hangs on; any other subject is itself."""
    if (pack.role(verb) != "relative" or not is_relative_pronoun(agent, pack)
            or verb.head.pos_ not in NOMINAL_POS):
        return agent
    return verb.head


def _listed_members(verb: Token, pack: SyntaxPack) -> list[Token]:
    """The members of a subject listed by a clause of inclusion (« Plusieurs pays, parmi
    lesquels le Sénégal et le Ghana, ont condamné … »): the parser makes the verb a relative
    clause of the group and hangs the members on the relative pronoun; they are its
    subject."""
    for child in verb.children:
        if child.pos_ == "PRON" and any(w.lower_ in pack.member_marks for w in child.subtree):
            return [g for g in child.children if pack.role(g) == "nominal_arg"]
    return []


def read_as_partitive(noun: Token, pack: SyntaxPack) -> bool:
    """Whether a noun is introduced by an indefinite plural that the parser may have read as
    "de" + "les" (« des manifestants », « des excuses »), making it a complement."""
    return _case_word(noun, pack) in pack.partitive_articles


def _stray_objects(noun: Token, pack: SyntaxPack) -> list[Token]:
    """The nominals after ``noun``, hung on it as its complements with no preposition but with
    a determiner of their own (« d'un missile | le pétrolier »), or in apposition with no comma
    before them (« d'un drone | un cargo »): a noun's complement takes a preposition and an
    apposition a comma, so such a nominal is the object of the verb above that the parser
    misplaced. Names are left (« le président Kagame »)."""
    doc = noun.doc
    return [c for c in noun.children
            if c.i > noun.i and c.pos_ == "NOUN" and not case_of(c, pack)
            and (pack.role(c) == "nominal_arg"
                 or (pack.role(c) == "appos" and not doc[c.left_edge.i - 1].is_punct))
            and any(pack.role(g) == "det" for g in c.children)]


def partitive_object(noun: Token, pack: SyntaxPack) -> bool:
    """Whether a noun the parser hung with a partitive case on a time word between its verb and
    it is the verb's indefinite object (« a livré jeudi des armes », « a acheminé lundi
    d'importants renforts »), not a phrase of the case (« se sont emparés lundi de l'aéroport »,
    « a exigé vendredi de la junte », « a été frappé jeudi d'une interdiction »,
    « a exigé lundi d'Israël »). Only the indefinite plural, or a common noun with no
    determiner of its own, is partitive there: a definite or indefinite article, a possessive
    or a name says the case is the preposition, and verbs with a partitive mass object right
    after a weekday are rare in news."""
    if _case_word(noun, pack) in pack.partitive_articles:
        return True
    return noun.pos_ != "PROPN" and not any(pack.role(c) == "det" for c in noun.children)


def _case_word(token: Token, pack: SyntaxPack) -> str:
    """The preposition introducing a nominal as written ("des", not its lemma "de")."""
    return next((c.text.lower() for c in token.children if pack.role(c) == "case"), "")
