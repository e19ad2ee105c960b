"""The predicate lexicon of a language: which words code which events, read from
``lang/<lang>/events.json`` (written by hand) and, when ``Settings.imported_lexicon`` asks
for it, ``lang/<lang>/events_cameo.json`` (imported from the CAMEO verb dictionary by
``tools/import_cameo_verbs.py``, where the language has one), indexed once per process and
choice. Hand-written entries win: for a word they cover they are tried first, and an
imported entry is kept for it only where it names an object or a preposition.

An argument requirement names word classes (``&WEAPON``), shared by every entry and both
languages (``lang/<lang>/word_classes.json``, added to the imported dictionary's noun synsets
of the same name), and phrases of them ("humanitarian aid", "&MILITARY aid": a head and the
modifiers it must have), complement verbs and adjectives included (``&GO_VERB``); only
particles, function words, are written as they are. An empty list admits any filler.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from vigie.lang import has_table, load_table

VERB_DEFAULTS = {"agent": ("agent",), "recipient": ("patient",)}
NOUN_DEFAULTS = {"agent": ("nmod:par", "nmod:de", "modifier", "possessor"), "recipient": ()}


@dataclass(frozen=True)
class Words:
    """What may fill a role: single lemmas, and phrases as (modifier lemma sets, head
    lemmas). Empty: any filler."""

    lemmas: frozenset[str] = frozenset()
    phrases: tuple[tuple[tuple[frozenset[str], ...], frozenset[str]], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.lemmas or self.phrases)

    def admits(self, lemma: str, modifiers: Iterable[str]) -> bool:
        """Whether a word of ``lemma`` with these modifier lemmas is one of these words."""
        if lemma in self.lemmas:
            return True
        if not self.phrases:
            return False
        present = frozenset(modifiers)
        return any(lemma in head and all(present & needed for needed in required)
                   for required, head in self.phrases)

    @property
    def detail(self) -> int:
        """1 when only a phrase (a word with its modifiers) is admitted: more specific."""
        return int(bool(self.phrases) and not self.lemmas)


@dataclass(frozen=True)
class Predicate:
    """One lexicon entry. ``requires``/``excludes`` map a role to words (empty: any filler).
    A predicate without a code is a word and argument that are no event ("killed in an
    accident"): found first, it stops the others."""

    id: str
    lemmas: tuple[str, ...]
    pos: str
    cameo: str | None
    event: str | None = None
    mode: str | None = None
    context: tuple[str, ...] = ()
    requires: tuple[tuple[str, Words], ...] = ()
    excludes: tuple[tuple[str, Words], ...] = ()
    reflexive: bool | None = None
    intransitive: bool = False
    agent: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    co_agent: tuple[str, ...] = ()
    # Roles of the subject noun that name the doers where the subject is an accord between
    # sides, not a doer: "the truce between Israel and Hezbollah took effect", both sides.
    subject_sides: tuple[str, ...] = ()
    recipient_required: bool = False
    support_required: bool = False
    allegation: bool = False
    # False where the entry's own slots are the only place for its target: a demand reported
    # as "X must …" is on X, never on whom X must act for.
    content_recipient: bool = True
    # The code when the predicate is negated: not accepting, not allowing is a refusal (REJECT),
    # a fact, not an event that did not happen.
    negated_cameo: str | None = None
    # A measure a state takes within its borders (curfew, martial law, state of emergency, and
    # lifting them): its target is the place of the clause, else the doer's own country.
    own_territory: bool = False
    # Aimed, when no target is named, at the authorities where it happens, as a protest is:
    # calling off a strike.
    addressed: bool = False
    # Prepositions through which any verb that is no event of its own carries the noun, its
    # subject the doer: "was in Cairo for talks", "walked off the job in protest".
    carrier_cases: tuple[str, ...] = ()
    # Whether the object of the verb carrying it is its target: who is "taken into custody",
    # "put under arrest", "placed under investigation".
    carrier_target: bool = False
    # An act its doer performs with any verb of the carrier class, as its direct object
    # ("inked an accord", "clamped a curfew"), not only with a listed support verb.
    carries_object: bool = False
    # A verb announcing an act (promise, vow): when the act is harm, the promise is a threat.
    announces_content: bool = False
    # A warning: a threat only when aimed at someone, an addressee or a coded actor as the
    # subject of what is warned of; "warned that famine was imminent" threatens no one.
    warning: bool = False
    # A mutual act ("met", "sat down", "discussed"): doers of two or more codes are each
    # other's counterpart, so it needs no recipient of its own ("Trump and Kim met").
    reciprocal: bool = False
    # The code when the doers are of several countries: exercises held together are
    # military cooperation (062), not one side's show of force (150).
    joint_cameo: str | None = None
    # The code when the doers are all crowds (protesters, supporters, students, workers): a
    # crowd storming a building riots (145), it does not wage war (190).
    crowd_cameo: str | None = None
    # The code when the doers are all armed groups, armies or gangs: fighters who torch a
    # village attack it (180), where a state that razes homes seizes property (1712).
    armed_cameo: str | None = None
    # The code when the act is done to help someone, as its purpose clause says: troops
    # sent "to help Maputo fight an insurgency" are military assistance (074), not a show of
    # force (154).
    assist_cameo: str | None = None
    # An act that is an event only when done to help a foreign country, as its purpose clause
    # or the request it answers says: a police contingent that lands in Port-au-Prince "to
    # help the Haitian police" brings assistance; one that lands at home, or with no such
    # purpose, is travel, left to the deployment that sent it.
    assist_required: bool = False
    # An act between states, coded only when its target is of another country than its
    # doers: bank records handed by Bern to French judges are judicial cooperation, handed by
    # Italian prosecutors to a court in Milan they are procedure at home.
    foreign_target: bool = False
    # The code when the doers are all states: a state "protests" by complaining officially
    # (CAMEO 114), not in the street.
    state_cameo: str | None = None
    # The code when every target is an international body: a state's withdrawal from a bloc
    # ("its withdrawal from ECOWAS") breaks its relations with it (CAMEO 160, SANCTION), it
    # does not pull troops back.
    body_cameo: str | None = None
    # The code when every doer is an international body: a bloc closing its members' borders
    # with a state imposes an embargo on it (CAMEO 163, SANCTION: « les chefs d'État
    # ouest-africains ont décidé de fermer les frontières avec le Mali », "the bloc closed its
    # members' borders with Niger"), where a state closing its border restricts movement (191).
    bloc_cameo: str | None = None
    # An act only on an international body (« sa sortie de la CEDEAO »; « la sortie du
    # gouvernement » is none): with any other target, or none, it is no event.
    body_target: bool = False
    # The code when the sentence names no consequence of not complying (see
    # Lexicon.consequence_marks): time given to leave or to hand power back is a demand with
    # a deadline (CAMEO 10); "… or face air strikes" makes it an ultimatum.
    unconditioned_cameo: str | None = None
    # From the CAMEO dictionary, not written here: it yields to a hand-written nominal entry
    # its verb carries ("launched war games", "lodged an official protest").
    imported: bool = False

    @property
    def specificity(self) -> int:
        return (len(self.requires) + (self.reflexive is not None)
                + sum(words.detail for _role, words in self.requires))


@dataclass(frozen=True)
class SupportVerb:
    """A light verb carrying a nominal predicate ("opposer son veto", "imposer des sanctions"):
    which of its roles give the event's agent and recipient."""

    agent: str | None
    recipient: tuple[str, ...]
    # Prepositions through which it also carries the noun ("converged for a rally").
    via: tuple[str, ...] = ()
    # Types of the acts it permits without doing them, which it does not carry: who
    # authorises a march permits the marchers' protest and makes none ("authorised a rally"),
    # and force authorised is not yet used (« en autorisant des raids aériens si … »).
    permits: frozenset[str] = frozenset()
    # Words of an idiom, one of which must hang on the verb for it to carry anything: a
    # particle ("kicked off a joint exercise": "kicked a ball" carries nothing) or the noun
    # the act hangs on (« donner le coup d'envoi des manœuvres », not « donner son avis »).
    # Empty, the verb carries alone.
    idiom: frozenset[str] = frozenset()

    def carries(self, plover: str | None) -> bool:
        """Whether the verb carries a nominal predicate of the type ``plover``."""
        return plover not in self.permits


@dataclass(frozen=True)
class Lexicon:
    lang: str
    by_lemma: dict[tuple[str, str], tuple[Predicate, ...]]
    support_verbs: dict[str, SupportVerb]
    # Any verb carrying a nominal predicate through one of the entry's ``carrier_cases``.
    carrier: SupportVerb
    # General verbs of doing, putting and handing ("ink", "clamp", "wield", "tender") that
    # carry an event noun of a ``carries_object`` entry as their direct object, with the
    # roles of ``object_carrier``.
    carrier_verbs: frozenset[str]
    object_carrier: SupportVerb
    intent_words: frozenset[str]
    # Verbs of commanding, among the intent words: what a commander orders forces to do
    # (move, stand on alert, be called up) is carried out as the order is given.
    command_words: frozenset[str]
    attempt_words: frozenset[str]  # "tried to seize", « a tenté de prendre »
    assist_words: frozenset[str]  # a purpose of helping: "to help", « pour aider »
    # Nouns of a request, with their prepositions, through which an act is done at someone's
    # asking: "at the request of Maputo", « à la demande du Mali ».
    assist_requests: frozenset[str]
    assist_request_cases: frozenset[str]
    # Nouns of a mission or a force that comes to help, through which forces arriving as
    # part of it help ("landed, the vanguard of a multinational force", « fer de lance de la
    # mission multinationale »).
    assist_missions: Words
    deadline_cases: frozenset[str]  # "within 48 hours", « sous 48 heures »
    deadline_units: frozenset[str]
    # A noun of effect qualified as immediate ("with immediate effect", « avec effet
    # immédiat »): the act takes effect as it is announced, so nothing is left open.
    effect_nouns: frozenset[str]
    immediate_words: frozenset[str]
    # A span reaching back from now (« depuis des mois »), on a verb in the simple present,
    # tells a state that lasts (« l'opposition réclame depuis des mois »), not a new act.
    lasting_cases: frozenset[str]
    lasting_units: frozenset[str]
    # Prepositions whose object, whatever it is, is a span reaching back ("since 2022").
    lasting_open_cases: frozenset[str]
    # Auxiliaries of a perfect that, in the present, tells a state reaching up to now ("have
    # been pleading for a year"), or, undated before another doer's dated act, the scene the
    # story is set in; none in French, whose passé composé tells the news.
    lasting_perfect_aux: frozenset[str]
    # Passive auxiliaries that, in the simple present, tell a standing relation ("rebels who
    # are backed by Rwanda"), not an act; none in French, whose news is told in the present.
    standing_passive_aux: frozenset[str]
    # Determiners and time units of a habit (« chaque nuit »): on such a verb a repeated act
    # is a state, as a span is (« les missiles s'abattent chaque nuit »).
    habitual_dets: frozenset[str]
    habitual_units: frozenset[str]
    announce_words: frozenset[str]
    # Verbs of deciding: an act decided, the decision told as taken (in the past, on no
    # condition), is the act itself (« a décidé de rappeler son ambassadeur », "decided to
    # send tanks"), as the issue's convention codes decided acts; decided later, or on a
    # condition, it is still only announced.
    decided_words: frozenset[str]
    # Verbs of getting ready: an attack being prepared is a show of force (MOBILIZE), not an
    # attack; anything else prepared is only an aim.
    posture_words: frozenset[str]
    reporting_verbs: frozenset[str]
    reported_future_aux: frozenset[str]
    modal_words: frozenset[str]
    purpose_marks: frozenset[str]
    hypothetical_marks: frozenset[str]
    threat_marks: frozenset[str]  # a condition that makes an announced act a threat: "unless"
    # Words that name what befalls the addressee who does not comply ("… or face air
    # strikes", "if they failed", « faute de quoi »): they make a time limit an ultimatum.
    consequence_marks: frozenset[str]
    # Nouns of harm that, named in a clause joined to a time limit, are what befalls whoever
    # does not comply ("gave the junta a week …, warning that they would not exclude the use of
    # force"): they make it an ultimatum as a consequence mark does.
    penalty_nouns: frozenset[str]
    future_aux: frozenset[str]
    # Nouns that name no political actor, even with a country's name or adjective on them:
    # sport, leisure, markets ("the Brazilian team attacked", "les touristes allemands").
    inert_nouns: frozenset[str]
    # Nouns naming others by their tie to the country on them ("Ukraine's allies", « les
    # voisins du Mali »): they stand for no one the name or adjective codes.
    relational_nouns: frozenset[str]
    # Nouns of what a bloc of states says, that another's act answers ("Western claims", « les
    # soupçons occidentaux »): only on them is a bloc's adjective the bloc and not a bearing.
    # Not its acts themselves ("Western sanctions"): mostly background, they would be coded.
    stance_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    # Nouns of an act's start (« l'ouverture d'une enquête »): a light verb carrying them
    # carries the act.
    onset_nouns: frozenset[str]
    # Nouns of an act's start only with the complement named (« le coup d'envoi des
    # manœuvres »: « un coup de frein aux négociations » starts nothing).
    onset_compounds: dict[str, frozenset[str]]
    # Nouns of an act's means: its use, the right to it, the text that enacts it (« faire usage
    # de son droit de veto », « voter une loi d'amnistie »); a light verb carrying them
    # carries the act.
    means_nouns: frozenset[str]
    # Nouns named by the noun compounded with them: an "aid program" is aid to what takes it.
    compound_heads: frozenset[str]
    # Nouns of using or resorting to something, which an argument requirement reads through
    # to what is used: "the use of force" is force, « le recours à la force » is force.
    use_nouns: frozenset[str]
    # Nouns of what a body does or puts out, read through the same way to whose it is: "the
    # broadcasts of the BBC" are the BBC's, « les activités des partis » are the parties'.
    output_nouns: frozenset[str]
    # Verbs of using or resorting to something, which the search for a missing object passes
    # over to what is used: "ruled out resorting to force" is "ruled out the use of force".
    use_verbs: frozenset[str]
    attack_means: frozenset[str]  # what strikes when no one is named: a bomb, an ambush
    # What a crowd does, by the sector of the crowd that does it, when the text names no one:
    # "riots broke out in Mombasa" (civilians), « la grève a paralysé les transports » (workers).
    crowd_acts: dict[str, str]
    # What only a state's police or courts do, by the sector that does it, when a passive
    # names no one: "was arrested in Iran" (police), « a été inculpé en Italie » (judiciary).
    authority_acts: dict[str, str]
    contexts: dict[str, str]
    target_verbs: dict[str, str]  # participles naming a target: "visant" -> its patient
    # Participles naming what a craft carries, by the role that names it: "a plane carrying
    # tents", « deux avions chargés de secouristes » (see events/coder/arguments.py cargo).
    cargo_verbs: dict[str, str]
    doer_verbs: dict[str, str]  # participles naming who did it: "attribuée à" -> oblique:à
    claim_nouns: frozenset[str]  # what a doer verb claims an act through: "responsibility for"
    # Participles naming whose the noun they qualify is, by the role that names the owner and
    # the nouns that role must be, if any: "a tanker flying the Panamanian flag", « un yacht
    # appartenant à un oligarque russe ».
    owner_verbs: dict[str, tuple[str, frozenset[str]]]
    mediator_verbs: frozenset[str]  # "a deal brokered by China": China is neither side
    # Words that make an act one done together ("jointly", "side by side" as an adverb,
    # "joint", "coordinated", « conjointement », « commun »), and the nouns of an operation
    # through which a verb's act is so done ("in a coordinated operation"): see
    # events/coder/joint.py.
    joint_marks: frozenset[str]
    joint_operations: frozenset[str]
    document_nouns: frozenset[str]  # what is issued: "a declaration demanding" is its issuer's
    # Nouns of a border, and the prepositions naming the country beyond it ("its border
    # with Finland", « sa frontière avec la Thaïlande »): see placing.border_country.
    border_nouns: frozenset[str]
    border_cases: frozenset[str]
    # The roles of a document noun that name whom it is addressed to ("a letter to the
    # president", « une lettre au président »).
    addressee_roles: tuple[str, ...]
    # The roles of a verb of sending that name whom what it sends goes to ("sent Chile a
    # note", "delivered a letter to Seoul", « a remis à l'Espagne une note »).
    sent_to_roles: tuple[str, ...]
    # Nouns of people who belong to a body (fighters, soldiers, envoys, aircraft): as a subject
    # they act for the body their phrase names (« des combattants du Hamas ont tué »).
    member_nouns: frozenset[str]
    # Nouns of forces under command (soldiers, fighters, police, warships, a carrier strike
    # group: phrases as well as words): what an order given to them tells them to do is done
    # (see command_words).
    commanded_nouns: Words
    # Nouns of people and bodies a state acts on at home (critics, parties, newspapers): the
    # target of its authority's acts when the text gives them no country of their own.
    own_people: frozenset[str]
    background_cases: frozenset[str]  # prepositions of time references to earlier events
    # nouns of remembrance ("the anniversary of the invasion") and of a halt ("the suspension of
    # aid"): their complement is no new act
    background_heads: frozenset[str]
    # Verbs of doing harm that name no act of their own (avenge, punish, hunt down; the word
    # class REPRISAL_VERB, which the vow entries require too): a promise of one is a threat,
    # not an agreement, also where the parser hides it from the entries (« a juré de faire
    # payer », « a promis qu'Israël sera puni »).
    harm_words: frozenset[str]
    # Verbs of overthrowing (the class OVERTHROW_VERB), harm when what they overthrow is a
    # ruler or a government (overthrown_nouns: "vowed to topple the president", « a juré de
    # renverser le régime »; « renverser la tendance » is none). They code an act of their own
    # only with a military doer, so a rebel's or an opponent's vow is read here.
    overthrow_words: frozenset[str]
    overthrown_nouns: Words
    # Nouns of harm: a promise that someone will face or meet one is a threat ("vowed that
    # Israel would face a crushing response").
    harm_nouns: Words
    # Verbs of dying: a relative clause on who died tells their life, not the news ("Kissinger,
    # who negotiated the end of the war, died on Wednesday").
    obituary_words: frozenset[str]
    # Nouns that a clause hangs on to comment on the reported act ("the first time the
    # Kremlin had acknowledged …", « la première fois que … »): the act again, not a new one.
    comment_heads: frozenset[str]
    # Words of a game's play, only ever said of sport ("wicket", « mi-temps »): a clause with
    # one tells a match, and its attacks and strikes are no political acts.
    sport_words: frozenset[str]
    # How a game's score is written where it is written so only (« une défaite 3-2 »; in
    # English "voted 13-2" counts votes): a clause with one tells a match. None: no such form.
    sport_score: re.Pattern[str] | None
    # Prepositions that put words in an opinion piece ("argued in an op-ed", « écrit dans une
    # tribune »), whose nouns are the word class OPINION_PIECE: what is argued there, as what
    # a commentator (COMMENTATOR) says, is a view, not news (see frame.opinion_voiced).
    opinion_cases: frozenset[str]
    opinion_pieces: frozenset[str]
    commentators: frozenset[str]
    # Verbs of what befalls the other side (the word class REPRISAL_CAUSED: « payer »,
    # « trembler »): harm only when the doer makes it happen (« faire payer », the causative
    # verbs) or foretells it of a subject of its own (« que Washington paiera »); a promise
    # to pay one's dues is none.
    caused_harm_words: frozenset[str]
    causative_verbs: frozenset[str]
    # Words of a schedule: an act they govern or qualify is planned, not done (« une réunion
    # est prévue », "the planned summit").
    schedule_words: frozenset[str]
    # Adjectives of a prospect: an act they qualify is feared or expected, not done ("a
    # possible invasion", « une éventuelle offensive »).
    prospect_words: frozenset[str]
    # Auxiliaries of a compound tense that tells an act earlier than the story's (the French
    # pluperfect « qu'il avait acceptés »), with the tense they are in: background, not news.
    pluperfect_aux: frozenset[str]
    pluperfect_tense: str | None
    # Verbs of recalling (« a rappelé que … »): what they report is known already, so an act
    # in the pluperfect under them is background even when they are told in the past.
    recall_verbs: frozenset[str]
    # The simple past tense of a stance held (the French imperfect: « Kinshasa réclamait leur
    # départ »): a verbal act told in it is the background of the story, not its news.
    stance_tense: str | None
    # Conjunctions of a clause telling what came before the reported act ("after mobs attacked
    # the shops", "since troops entered the town"): its act is the background, not the news.
    background_marks: frozenset[str] = frozenset()
    # Subordinators of a clause telling the circumstances or the reason of an act ("as both
    # governments faced …", « alors que … »): who its subject names or it touches is no
    # target of the act.
    circumstance_marks: frozenset[str] = frozenset()
    # Announce words that announce only harm: a plan to impose restrictions is a threat, a plan
    # to visit or to recognise a state is only an aim, not a promise ("plans to recognise").
    announce_harm_only: frozenset[str] = frozenset()
    # Forms of an auxiliary that, opening a clause before its subject, make it a condition
    # ("Were Moscow to send troops …", "Had Russia sent troops …"): its act is hypothetical.
    inversion_aux: frozenset[str] = frozenset()
    # Nouns of a span of someone's office or life ("papacy", "presidency", "tenure"): an act
    # told over one of them, through a background preposition ("during his papacy he
    # travelled to Iraq"), is a record of that span, not a new event.
    tenure_nouns: frozenset[str] = frozenset()
    # Verbs of promising and defying whose present participle, hung on another verb of its doer,
    # tells how the doer did that act ("took office promising total peace", "sent them back,
    # defying appeals"): the manner of that act, not an act of its own.
    manner_participles: frozenset[str] = frozenset()
    # Quad classes of the acts the pluperfect makes background. English wire copy tells the
    # news itself in the past perfect when it is a deed ("Police had already arrested its
    # founder at dawn"); a word act so told (a promise, a signing, a threat) is what was said
    # before the news.
    pluperfect_quads: frozenset[int] = frozenset({1, 2, 3, 4})

    def candidates(self, lemma: str, pos: str) -> tuple[Predicate, ...]:
        return self.by_lemma.get((lemma, pos), ())

    def support_spec(self, lemma: str) -> SupportVerb:
        """How the verb ``lemma`` carries a nominal predicate: its entry among the support
        verbs, else as a verb of the carrier class, else as any verb carrying a noun through
        one of its ``carrier_cases``."""
        if lemma in self.support_verbs:
            return self.support_verbs[lemma]
        return self.object_carrier if lemma in self.carrier_verbs else self.carrier

    def carries_object(self, lemma: str) -> bool:
        """Whether the verb ``lemma`` carries a ``carries_object`` event noun as its direct
        object: a verb of the carrier class that is no verb of saying, intent, attempt,
        preparation or possibility."""
        return lemma in self.carrier_verbs and self.carries_freely(lemma)

    def carries_freely(self, lemma: str) -> bool:
        """Whether a verb may carry a nominal predicate through its ``carrier_cases``: not a
        verb of saying, intent, attempt, preparation or possibility ("pushed for talks" asks
        for them). A verb coding an act of its own carries nothing either (see
        candidates.match)."""
        return not (lemma in self.reporting_verbs or lemma in self.intent_words
                    or lemma in self.announce_words or lemma in self.attempt_words
                    or lemma in self.posture_words or lemma in self.modal_words)


def _class_members(name: str, classes: dict[str, frozenset[str]]) -> frozenset[str]:
    try:
        return classes[name]
    except KeyError:
        raise KeyError(f"unknown word class &{name}") from None


def words_of(terms: list[str], classes: dict[str, frozenset[str]]) -> Words:
    """The words a requirement admits: its classes' members, literal words, and phrases of
    them ("&MILITARY aid")."""
    lemmas: set[str] = set()
    phrases = []
    for term in terms:
        parts = [_class_members(p[1:], classes) if p.startswith("&") else frozenset((p,))
                 for p in term.split()]
        if len(parts) == 1:
            lemmas |= parts[0]
        else:
            phrases.append((tuple(parts[:-1]), parts[-1]))
    return Words(frozenset(lemmas), tuple(phrases))


def _role_words(spec: dict[str, list[str]] | None,
                classes: dict[str, frozenset[str]]) -> tuple[tuple[str, Words], ...]:
    return tuple(sorted((role, words_of(terms, classes)) for role, terms in (spec or {}).items()))


def _predicate(entry: dict, classes: dict[str, frozenset[str]], *,
               imported: bool = False) -> Predicate:
    defaults = VERB_DEFAULTS if entry["pos"] == "VERB" else NOUN_DEFAULTS
    return Predicate(
        id=entry["id"],
        lemmas=tuple(entry["lemmas"]),
        pos=entry["pos"],
        cameo=entry["cameo"],
        event=entry.get("event"),
        mode=entry.get("mode"),
        context=tuple(entry.get("context", ())),
        requires=_role_words(entry.get("requires"), classes),
        excludes=_role_words(entry.get("excludes"), classes),
        reflexive=entry.get("reflexive"),
        intransitive=entry.get("intransitive", False),
        agent=tuple(entry.get("agent", defaults["agent"])),
        recipient=tuple(entry.get("recipient", defaults["recipient"])),
        co_agent=tuple(entry.get("co_agent", ())),
        subject_sides=tuple(entry.get("subject_sides", ())),
        recipient_required=entry.get("recipient_required", False),
        joint_cameo=entry.get("joint_cameo"),
        crowd_cameo=entry.get("crowd_cameo"),
        armed_cameo=entry.get("armed_cameo"),
        assist_cameo=entry.get("assist_cameo"),
        assist_required=entry.get("assist_required", False),
        foreign_target=entry.get("foreign_target", False),
        state_cameo=entry.get("state_cameo"),
        body_cameo=entry.get("body_cameo"),
        bloc_cameo=entry.get("bloc_cameo"),
        body_target=entry.get("body_target", False),
        unconditioned_cameo=entry.get("unconditioned_cameo"),
        support_required=entry.get("support_required", False),
        allegation=entry.get("allegation", False),
        content_recipient=entry.get("content_recipient", True),
        negated_cameo=entry.get("negated_cameo"),
        own_territory=entry.get("own_territory", False),
        addressed=entry.get("addressed", False),
        carrier_cases=tuple(entry.get("carrier_cases", ())),
        carrier_target=entry.get("carrier_target", False),
        carries_object=entry.get("carries_object", False),
        announces_content=entry.get("announces_content", False),
        warning=entry.get("warning", False),
        reciprocal=entry.get("reciprocal", False),
        imported=imported,
    )


def _index(predicates: Iterable[Predicate]) -> dict[tuple[str, str], list[Predicate]]:
    index: dict[tuple[str, str], list[Predicate]] = defaultdict(list)
    for predicate in predicates:
        for lemma in predicate.lemmas:
            index[(lemma, predicate.pos)].append(predicate)
    # The most specific entry is tried first; ties keep file order.
    return {key: sorted(entries, key=lambda p: -p.specificity) for key, entries in index.items()}


def _by_lemma(written: list[Predicate],
              imported: list[Predicate]) -> dict[tuple[str, str], tuple[Predicate, ...]]:
    """Hand-written entries first; after them, for a word they cover, only the imported
    entries that name an argument: how the bare word codes is the hand-written entries'
    decision."""
    index = _index(written)
    for key, entries in _index(imported).items():
        if key in index:
            entries = [p for p in entries if p.requires]
        index[key] = [*index.get(key, ()), *entries]
    return {key: tuple(entries) for key, entries in index.items()}


@cache
def word_classes(lang: str) -> dict[str, frozenset[str]]:
    """The members of each word class in ``lang``: the pack's own, with those of the imported
    dictionary's synset of the same name."""
    members: dict[str, set[str]] = defaultdict(set)
    if has_table(lang, "events_cameo"):
        for name, words in load_table(lang, "events_cameo")["classes"].items():
            members[name].update(words)
    for name, words in load_table(lang, "word_classes")["classes"].items():
        members[name].update(words)
    return {name: frozenset(words) for name, words in members.items()}


def _support_verb(spec: dict) -> SupportVerb:
    return SupportVerb(spec.get("agent"), tuple(spec.get("recipient", ())),
                       tuple(spec.get("via", ())), frozenset(spec.get("permits", ())),
                       frozenset(spec.get("idiom", ())))


@cache
def load_lexicon(lang: str, imported_lexicon: bool = False) -> Lexicon:
    """The lexicon of ``lang``; with the imported predicates when ``imported_lexicon`` is set
    (the imported word classes are in it either way)."""
    table = load_table(lang, "events")
    has_imported = imported_lexicon and has_table(lang, "events_cameo")
    imported = load_table(lang, "events_cameo") if has_imported else {}
    classes = word_classes(lang)
    frames = table["frames"]
    return Lexicon(
        lang=lang,
        by_lemma=_by_lemma([_predicate(e, classes) for e in table["predicates"]],
                           [_predicate(e, classes, imported=True)
                            for e in imported.get("predicates", ())]),
        support_verbs={lemma: _support_verb(spec)
                       for lemma, spec in table["support_verbs"].items()},
        carrier=_support_verb(table.get("carrier", {"agent": "agent"})),
        carrier_verbs=frozenset(table.get("carrier_verbs", {}).get("verbs", ())),
        object_carrier=_support_verb(table.get("carrier_verbs", {"agent": "agent"})),
        intent_words=frozenset(frames["intent"]),
        command_words=frozenset(frames.get("command", ())),
        attempt_words=frozenset(frames["attempt"]),
        assist_words=frozenset(frames.get("assist", ())),
        assist_requests=frozenset(frames.get("assist_requests", ())),
        assist_request_cases=frozenset(frames.get("assist_request_cases", ())),
        assist_missions=words_of(frames.get("assist_missions", []), classes),
        deadline_cases=frozenset(frames["deadline_cases"]),
        deadline_units=frozenset(frames["deadline_units"]),
        effect_nouns=frozenset(frames.get("effect_nouns", ())),
        immediate_words=frozenset(frames.get("immediate_words", ())),
        lasting_cases=frozenset(frames.get("lasting_cases", ())),
        lasting_units=frozenset(frames.get("lasting_units", ())),
        lasting_open_cases=frozenset(frames.get("lasting_open_cases", ())),
        lasting_perfect_aux=frozenset(frames.get("lasting_perfect_aux", ())),
        standing_passive_aux=frozenset(frames.get("standing_passive_aux", ())),
        habitual_dets=frozenset(frames.get("habitual_dets", ())),
        habitual_units=frozenset(frames.get("habitual_units", ())),
        announce_words=frozenset(frames["announce"]),
        decided_words=frozenset(frames.get("decided", ())),
        posture_words=frozenset(frames["posture"]),
        reporting_verbs=frozenset(load_table(lang, "quotes")["reporting_verbs"]),
        reported_future_aux=frozenset(frames["reported_future_aux"]),
        modal_words=frozenset(frames["modal"]),
        purpose_marks=frozenset(frames["purpose_marks"]),
        hypothetical_marks=frozenset(frames["hypothetical_marks"]),
        threat_marks=frozenset(frames["threat_marks"]),
        consequence_marks=frozenset(frames["consequence_marks"]),
        penalty_nouns=frozenset(word for name in frames.get("penalty_classes", ())
                                for word in classes[name.lstrip("&")]),
        future_aux=frozenset(frames["future_aux"]),
        inert_nouns=frozenset(table["inert_nouns"]),
        relational_nouns=frozenset(table["relational_nouns"]),
        stance_nouns=frozenset(table["stance_nouns"]),
        quantity_nouns=frozenset(table["quantity_nouns"]),
        onset_nouns=frozenset(table.get("onset_nouns", ())),
        onset_compounds={noun: frozenset(complements) for noun, complements
                         in table.get("onset_compounds", {}).items()},
        means_nouns=frozenset(table.get("means_nouns", ())),
        compound_heads=frozenset(table["compound_heads"]),
        use_nouns=frozenset(table.get("use_nouns", ())),
        output_nouns=frozenset(table.get("output_nouns", ())),
        use_verbs=frozenset(table.get("use_verbs", ())),
        attack_means=frozenset(table["attack_means"]),
        crowd_acts=table["crowd_acts"],
        authority_acts=table["authority_acts"],
        contexts=table["contexts"],
        target_verbs=table["target_verbs"],
        cargo_verbs=table.get("cargo_verbs", {}),
        doer_verbs=table["doer_verbs"],
        claim_nouns=frozenset(word for name in table.get("claim_classes", ())
                              for word in classes[name.lstrip("&")]),
        owner_verbs={verb: (role, frozenset(nouns))
                     for verb, (role, *nouns) in table.get("owner_verbs", {}).items()},
        mediator_verbs=frozenset(table["mediator_verbs"]),
        joint_marks=frozenset(word for name in table.get("joint_mark_classes", ())
                              for word in classes[name.lstrip("&")]),
        joint_operations=frozenset(word for name in table.get("joint_operation_classes", ())
                                   for word in classes[name.lstrip("&")]),
        document_nouns=frozenset(table["document_nouns"]),
        border_nouns=frozenset(table.get("border_nouns", ())),
        border_cases=frozenset(table.get("border_cases", ())),
        addressee_roles=tuple(table.get("addressee_roles", ())),
        sent_to_roles=tuple(table.get("sent_to_roles", ())),
        member_nouns=frozenset(word for name in table.get("member_classes", ())
                               for word in classes[name.lstrip("&")]),
        commanded_nouns=words_of(list(table.get("commanded_classes", ())), classes),
        own_people=frozenset(word for name in table.get("own_people_classes", ())
                             for word in classes[name.lstrip("&")]),
        background_cases=frozenset(frames["background_cases"]),
        background_heads=frozenset(frames["background_heads"]),
        harm_words=frozenset(classes["REPRISAL_VERB"]),
        overthrow_words=frozenset(classes.get("OVERTHROW_VERB", ())),
        overthrown_nouns=words_of(frames.get("overthrown", []), classes),
        harm_nouns=words_of(frames.get("harm_nouns", []), classes),
        obituary_words=frozenset(frames.get("obituary", ())),
        comment_heads=frozenset(frames.get("comment_heads", ())),
        sport_words=frozenset(frames.get("sport_play", ())),
        sport_score=re.compile(frames["sport_score"]) if "sport_score" in frames else None,
        opinion_cases=frozenset(frames.get("opinion_cases", ())),
        opinion_pieces=frozenset(classes.get("OPINION_PIECE", ())),
        commentators=frozenset(classes.get("COMMENTATOR", ())),
        caused_harm_words=frozenset(classes.get("REPRISAL_CAUSED", ())),
        causative_verbs=frozenset(frames.get("causative", ())),
        schedule_words=frozenset(frames["schedule"]),
        prospect_words=frozenset(frames.get("prospect", ())),
        pluperfect_aux=frozenset(frames["pluperfect_aux"]),
        pluperfect_tense=frames["pluperfect_tense"],
        recall_verbs=frozenset(frames.get("recall", ())),
        stance_tense=frames.get("stance_tense"),
        background_marks=frozenset(frames.get("background_marks", ())),
        circumstance_marks=frozenset(frames.get("circumstance_marks", ())),
        announce_harm_only=frozenset(frames.get("announce_harm_only", ())),
        inversion_aux=frozenset(frames.get("inversion_aux", ())),
        tenure_nouns=frozenset(frames.get("tenure_nouns", ())),
        manner_participles=frozenset(frames.get("manner_participles", ())),
        pluperfect_quads=frozenset(frames.get("pluperfect_quads", (1, 2, 3, 4))),
    )
