"""Precision of the event coder, in both languages: classes of expression on which the coder
invented an event, or coded another type than the act's, in three or more development sets.
Each class is coded on sentences written for these tests, and its other senses (a deal of
business approved, …) code nothing."""

from __future__ import annotations

import pytest
from coding import class_tests, counted, extract_events

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = []
NON_EVENTS: list[tuple[str, str]] = []

# A truce or a deal approved or endorsed by a party to it is agreed to (AGREE 030), its other
# party, named with "with", the target; the French entry « approuver un accord » already coded
# it so, and English coded the generic endorsement (SUPPORT). Another's plan endorsed stays
# support (see test_events_reach_aid); a deal of business approved is no event.
CASES += [
    ("en", "The Colombian senate approved the peace accord with the FARC on Wednesday.",
     "AGREE", "030", "COL", ""),
    ("en", "Thailand's cabinet endorsed the border truce with Cambodia.",
     "AGREE", "030", "THA", "KHM"),
    ("fr", "Le gouvernement thaïlandais a approuvé la trêve frontalière avec le Cambodge.",
     "AGREE", "030", "THA", "KHM"),
]
# Sanctions, tariffs and bans that "hit" or « frappent » someone weigh on them: no attack
# (the strike entries exclude them as doers, as they already did as the means, "hit with
# sanctions"); weapons and forces that hit a place still attack it.
CASES += [
    ("en", "Russian missiles hit Kharkiv on Monday.", "ASSAULT", "190", "RUS", "UKR"),
    ("fr", "Des missiles russes ont frappé Kharkiv lundi.", "ASSAULT", "190", "RUS", "UKR"),
]
NON_EVENTS += [
    ("en", "New US tariffs hit Chinese steel makers on Monday."),
    ("fr", "Les nouveaux droits de douane américains frappent l'acier chinois depuis lundi."),
]

NON_EVENTS += [
    ("en", "The board approved the deal with the Japanese carmaker."),
    ("en", "Shareholders endorsed the merger agreement on Friday."),
    ("fr", "Les actionnaires ont approuvé l'accord de fusion avec le constructeur japonais."),
]

# A people named by its demonym that defies a ban, a curfew or a lockdown is a crowd taking to
# the street (PROTEST 140), as protesters, students or workers who do so already were; the
# gold of every set codes such defiance as the protest, never as a refusal (REJECT). A state
# that defies a ruling still refuses; a people's deeds keep their codes; braving the weather
# is no event.
CASES += [
    ("en", "Hundreds of Bolivians defied a curfew in La Paz on Friday.",
     "PROTEST", "140", "BOL", ""),
    ("fr", "Des centaines de Togolais ont bravé samedi l'interdiction de manifester à Lomé.",
     "PROTEST", "140", "TGO", ""),
    ("en", "Venezuela defied the court's ruling on Monday.", "REJECT", "128", "VEN", ""),
]
NON_EVENTS += [
    ("en", "Crowds of Bolivians braved the rain to cheer the national team in La Paz."),
    ("fr", "Les jeunes Sénégalais ont bravé le froid pour assister au concert à Dakar."),
]

# A request joined by "and" to another act of its doer, with no subject of its own, is what
# that act asked: the call, the charge or the boycott is the one event ("phoned … and urged
# him to …", « a téléphoné … et l'a exhorté à … »). The same request told on its own is one.
CASES += [
    ("en", "Kenyan President William Ruto phoned his Ethiopian counterpart on Monday and urged "
           "him to reopen the border.", "CONSULT", "041", "KEN", "ETH"),
    ("en", "The Norwegian government condemned the shelling of the hospital and called for an "
           "independent inquiry.", "ACCUSE", "111", "NOR", ""),
    ("fr", "Le président brésilien a téléphoné lundi à son homologue argentin et l'a exhorté à "
           "rouvrir la frontière.", "CONSULT", "041", "BRA", "ARG"),
    ("en", "Brazil urged Argentina on Monday to reopen the border.", "REQUEST", "100", "BRA",
     "ARG"),
    ("fr", "Le Brésil a exhorté lundi l'Argentine à rouvrir la frontière.", "REQUEST", "100",
     "BRA", "ARG"),
]

# A meeting told in a clause that sets the scene of another (a clause of circumstance, a
# relative clause on the main clause's subject) is the occasion of that clause's act, not an
# event of its own: the gold of every set codes the act, never the gathering it happened at.
# A meeting told in a main clause, or in a relative clause on the place visited, is still one.
CASES += [
    ("en", "Gathered in Accra for an emergency summit, ECOWAS leaders suspended Guinea from the "
           "bloc on Sunday.", "SANCTION", "160", "IGO", "GIN"),
    ("fr", "Alors que les ministres du G7 étaient réunis à Niigata, la Corée du Nord a tiré un "
           "missile balistique.", "MOBILIZE", "150", "PRK", ""),
    ("en", "Leaders of Chile and Peru met in Lima on Monday.", "CONSULT", "040", "CHL", ""),
    ("fr", "La ministre allemande des Affaires étrangères Annalena Baerbock a fait lundi le "
           "déplacement à Dakar, où elle a eu un entretien avec le président sénégalais Macky "
           "Sall.", "CONSULT", "040", "DEU", "SEN"),
    ("fr", "Les présidents chilien et péruvien se sont réunis lundi à Lima pour un sommet.",
     "CONSULT", "040", "CHL", ""),
]
NON_EVENTS += [
    ("en", "Share prices in Tokyo rallied on Tuesday as G7 finance ministers gathered for a "
           "summit in Niigata."),
    ("en", "Chancellor Olaf Scholz, who was in Japan for a G7 summit, told reporters he had "
           "enjoyed the food."),
    ("fr", "La bourse de Tokyo a progressé mardi alors que les ministres des Finances du G7 "
           "étaient réunis en sommet à Niigata."),
]

# A concession its doer says it will make ("said it would withdraw the bill") is decided, and
# so made: the gold of every set codes the concession (CONCEDE), not a promise of one (AGREE
# 035). Planned, it stays unmade; an offer of business withdrawn is no event.
CASES += [
    ("en", "Chile's government said on Tuesday it would withdraw the contested pension bill.",
     "CONCEDE", "083", "CHL", ""),
]
NON_EVENTS += [
    ("en", "Chile's government plans to withdraw the pension bill next year."),
    ("en", "The bank said it would withdraw its offer for the Chilean retailer."),
]


# An act ruled out is refused, not done: "ruled out sending troops" codes no deployment (the
# phrasal verb among the intent frames, as « a exclu d'envoyer » already was); "ruled that" is
# a finding, and the act sent or taken in without it is coded.
CASES += [
    ("en", "Germany sent Taurus missiles to Ukraine on Monday.", "AID", "072", "DEU", "UKR"),
    # a participle set off after the clause tells a further act, not what is ruled out
    ("en", "Kenya ruled out sending more police to Haiti on Monday, brushing aside a request "
     "by the United Nations.", "REJECT", "120", "KEN", ""),
]
NON_EVENTS += [
    ("en", "Germany ruled out sending Taurus missiles to Ukraine on Monday."),
    ("en", "Jordan ruled out taking in refugees from the West Bank."),
    ("fr", "L'Allemagne a exclu d'envoyer des missiles Taurus à l'Ukraine lundi."),
]

# A promise of harm is a threat (THREATEN 130), not an agreement: harm promised in an act joined
# to the promised one ("vowed to push on to the capital and topple the junta") or in an
# infinitive the parser hangs on the promise ("vowed on Friday to …", « a juré … pour
# renverser le régime »); a reply or a response of a harsh manner, measures of a harsh manner
# (« des mesures fermes »), a ruler or a government overthrown. A reply or measures of another
# manner, a trend reversed and a champion toppled are no threat.
CASES += [
    ("en", "Myanmar's rebel alliance vowed on Friday to push on to Naypyidaw and topple the "
           "junta.", "THREATEN", "130", "MMR", ""),
    ("en", "Venezuela's president promised Guyana a crushing reply on Sunday.",
     "THREATEN", "130", "VEN", "GUY"),
    ("en", "Iran's supreme leader vowed on Saturday that Israel would get a bone-crushing "
           "response.", "THREATEN", "130", "IRN", "ISR"),
    ("en", "China vowed on Monday to take tough measures if the speaker visited Taiwan.",
     "THREATEN", "130", "CHN", ""),
    ("fr", "Les rebelles birmans ont juré vendredi de marcher sur Naypyidaw et de renverser la "
           "junte.", "THREATEN", "130", "MMR", ""),
    ("en", "Hezbollah's leader promised Israel a 'bone-crushing' reply on Sunday.",
     "THREATEN", "130", "LBN", "ISR"),
    ("fr", "Les rebelles birmans ont juré vendredi de marcher sur Naypyidaw pour renverser la "
           "junte.", "THREATEN", "130", "MMR", ""),
    ("fr", "Moscou a juré mardi de prendre des mesures fermes si l'Otan déployait des missiles "
           "en Finlande.", "THREATEN", "130", "RUS", ""),
    ("fr", "Le président iranien a promis jeudi aux États-Unis une réplique écrasante.",
     "THREATEN", "130", "IRN", "USA"),
    ("en", "Colombia's president promised the farmers a quick answer on Monday.",
     "AGREE", "030", "COL", ""),
    ("en", "Kenya's president vowed on Monday to take swift measures to help Haiti's police.",
     "AGREE", "030", "KEN", ""),
    ("fr", "Le gouvernement français a promis lundi de renverser la tendance du chômage.",
     "AGREE", "030", "FRA", ""),
]
NON_EVENTS += [
    ("en", "The striker vowed to topple the champions in Saturday's final."),
    ("fr", "L'entraîneur a juré de renverser le champion en titre samedi."),
]

# What a commentator argues (an analyst, a researcher, a columnist: the word class
# COMMENTATOR) or what is argued in an opinion piece (an op-ed, « une tribune »: OPINION_PIECE,
# after "in" / « dans ») is a view, not news: the gold of every set codes opinion as no event,
# and the coder keeps its acts as hypothetical (OPINIONS below).
# The same act reported by a minister, also from a podium (« à la tribune de l'Assemblée »),
# is still coded.
CASES += [
    ("en", "France withdrew its troops from Mali on Monday, the defence minister said in a "
           "statement.", "RETREAT", "0874", "FRA", "MLI"),
    ("fr", "La France a retiré ses troupes du Mali, a annoncé lundi le ministre des Armées à la "
           "tribune de l'Assemblée.", "RETREAT", "0874", "FRA", "MLI"),
    # A researcher the act is done to is no speaker, wherever the parser hangs him.
    ("fr", "Les autorités vénézuéliennes ont libéré vendredi le chercheur chilien Pablo Soto, "
           "détenu depuis mars à Caracas, a annoncé le ministère chilien.",
     "RETREAT", "0841", "VEN", "CHL"),
]
OPINIONS = [
    ("en", "Europe abandoned the Sahel when France pulled its troops out of Mali, a former "
           "French ambassador argues in an op-ed for Le Monde."),
    ("en", "Washington has turned its back on the Sahel by withdrawing its troops from Niger, "
           "analysts at a Dakar institute said."),
    ("fr", "La France a abandonné le Sahel en retirant ses troupes du Mali, estime un chercheur "
           "de l'Institut français des relations internationales."),
    ("fr", "« La France a trahi le Mali en retirant ses troupes », écrit dans une tribune "
           "publiée lundi un collectif de chercheurs."),
]

# A proposal of its own country approved or rejected by a people named by its demonym
# ("Chileans", « les Irlandais »), aimed at no one coded, is a vote's result, which the gold of
# every set codes as no event; a parliament or a senate that votes a text down still rejects
# it, and so does a people that votes down a plan of the U.N. (aimed at its author).
CASES += [
    ("en", "A U.N. peace plan was voted down by Cypriots in a referendum on Saturday.",
     "REJECT", "120", "CYP", "UNO"),
    ("en", "Chile's senate rejected the trade agreement with Argentina on Tuesday.",
     "REJECT", "120", "CHL", "ARG"),
    ("fr", "Le Parlement chilien a rejeté mardi l'accord commercial avec l'Argentine.",
     "REJECT", "127", "CHL", "ARG"),
]
NON_EVENTS += [
    ("en", "Chileans rejected the draft constitution in Sunday's referendum, with 62% voting "
           "against it."),
    ("fr", "Les Irlandais ont approuvé dimanche par référendum le traité de Lisbonne."),
    ("fr", "Les Islandais ont rejeté samedi à 60 % le projet de remboursement de la dette."),
]

# An attack or an offensive of a field of business, publicity or sport (a sales or charm
# offensive, « une offensive commerciale », a cricket side's pace attack: the word class
# FIGURATIVE_FIELD), or waged on a social ill (inflation, poverty: SOCIAL_ILL), is no
# violence; the gold of every set codes these senses as no event. An army's offensive, on
# rebels or on a region, is still an assault.
CASES += [
    ("en", "Peru's army launched an offensive against the rebels in the Amazon on Monday.",
     "ASSAULT", "190", "PER", ""),
    ("fr", "L'armée russe a lancé lundi une offensive terrestre contre la région de Kharkiv.",
     "ASSAULT", "190", "RUS", "UKR"),
]
NON_EVENTS += [
    ("en", "Peru's central bank raised its key rate by half a point, stepping up its offensive "
           "against inflation."),
    ("en", "India's pace attack tore through the Australian batting order in Perth on "
           "Saturday."),
    ("fr", "La banque centrale péruvienne a relevé son taux directeur, durcissant son "
           "offensive contre l'inflation."),
    ("fr", "Le groupe belge a lancé une offensive de charme auprès des autorités "
           "néerlandaises."),
]

# Calling on a leader at a seat of power ("called on the president at the palace", the word
# class SEAT_OF_POWER) is a courtesy visit (CONSULT 042), as « rendre une visite de courtoisie »
# is in French; called on to do something, at a palace or not, a leader is asked to (REQUEST):
# the development sets code both so.
CASES += [
    ("en", "Chilean President Gabriel Boric called on Peruvian President Dina Boluarte at the "
           "presidential palace in Lima on Monday.", "CONSULT", "042", "CHL", "PER"),
    ("fr", "Le ministre chilien des Affaires étrangères a rendu lundi une visite de courtoisie "
           "à la présidente péruvienne au palais du gouvernement à Lima.",
     "CONSULT", "042", "CHL", "PER"),
    ("en", "Chile's foreign minister called on the Bolivian government at the presidential "
           "palace on Monday to reopen the border.", "REQUEST", "100", "CHL", "BOL"),
]

# The same visit told with the journey it belongs to ("called on X …, the first stop of a
# tour", "the first trip to Tokyo by …": the word classes JOURNEY and JOURNEY_STAGE, which
# the parser makes the verb's object or complement), or as a call of courtesy or farewell
# (VISIT_KIND: "paid a courtesy call on"), is a visit too; the request entry had taken the
# journey for what was asked (en13, en14, en17). French tells such visits with « rendre
# visite à » and « rendre une visite de courtoisie », which it coded already; « appeler X
# à » still asks.
CASES += [
    ("en", "Kenya's president called on President Lula in Brasilia on Monday, the first stop "
           "of a South American tour.", "CONSULT", "042", "KEN", "BRA"),
    ("en", "Ghana's new foreign minister paid a farewell call on Nigeria's president in Abuja "
           "on Wednesday.", "CONSULT", "042", "GHA", "NGA"),
    ("fr", "Le président kényan a rendu visite lundi au président Lula à Brasilia, première "
           "étape d'une tournée sud-américaine.", "CONSULT", "042", "KEN", "BRA"),
    ("en", "Kenya's president called on Brazil on Monday to back a reform of the Security "
           "Council, on the first trip to Brasilia by a Kenyan leader.",
     "REQUEST", "100", "KEN", "BRA"),
    ("fr", "Le président kényan a appelé lundi le Brésil à soutenir une réforme du Conseil de "
           "sécurité, lors de sa première visite à Brasilia.", "REQUEST", "100", "KEN", "BRA"),
    # (a noun of a stage that is a verb too, "stop", "tour", "visit", is a journey only as the
    # object; as the complement it is what is asked)
    ("en", "Peru's foreign ministry called on Chile's government on Monday to stop fishing "
           "boats from entering its waters.", "REQUEST", "100", "PER", "CHL"),
]
NON_EVENTS += [
    ("en", "The new coach paid a courtesy call on the club's chairman before Saturday's match."),
    ("fr", "Le nouvel entraîneur a rendu une visite de courtoisie au président du club avant le "
           "match de samedi."),
]

# A body's own meeting (one body, no counterpart) followed, the same day, by its decision is
# the occasion of that decision, which is the news (events/coder/occasion.py): « ont tenu un
# sommet virtuel. … l'organisation a suspendu la Guinée » (en9, fr5, fr7, fr17 coded the
# summit beside the suspension). A session with no decision beside it stays a meeting, and
# so does one the decision is dated apart from, or one with a counterpart (OCCASIONS below).
CASES += [
    ("en", "ECOWAS leaders held an emergency summit on Friday. At the end of it, the regional "
           "bloc suspended Mali from all its governing bodies.", "SANCTION", "160", "IGO", "MLI"),
    ("fr", "Les dirigeants de l'Union africaine ont tenu mardi un sommet extraordinaire. Au "
           "terme de la réunion, l'organisation a suspendu le Mali de toutes ses instances.",
     "SANCTION", "160", "IGO", "MLI"),
    ("fr", "Les chefs d'État de la Cédéao ont tenu mardi à Abuja un sommet extraordinaire "
           "consacré à la crise en Guinée-Bissau.", "CONSULT", "040", "IGO", ""),
    ("en", "ECOWAS leaders held an emergency summit in Abuja on Friday.",
     "CONSULT", "040", "IGO", ""),
]
# A gathering (a summit, a session, talks) named in a phrase of place or time of another verb,
# with no verb holding it (« lors du sommet de l'IGAD », « Attendu au sommet de la Ligue arabe »,
# "during the IGAD summit", "Expected at the Arab League summit"), is the occasion of what that
# verb tells (fr10, fr11, fr13 coded the body's summit itself); a summit held, or one told as
# the subject of its own verb, is still a meeting.
CASES += [
    ("fr", "Les dirigeants de la Ligue arabe ont tenu vendredi un sommet à Bagdad.",
     "CONSULT", "040", "IGO", ""),
    ("en", "Leaders of the Arab League held a summit in Baghdad on Friday.",
     "CONSULT", "040", "IGO", ""),
    ("en", "Kenya's president met his Somali counterpart at the IGAD summit in Djibouti on "
           "Friday.", "CONSULT", "040", "KEN", "SOM"),
]
NON_EVENTS += [
    ("fr", "Le président kényan a fait un malaise vendredi lors du sommet de l'IGAD à "
           "Djibouti."),
    ("fr", "Attendu au sommet de la Ligue arabe à Bagdad, le président algérien ne s'y est "
           "finalement pas rendu."),
    ("en", "Expected at the Arab League summit in Baghdad, Algeria's president stayed home on "
           "Friday."),
]
OCCASIONS = [
    ("en", "ECOWAS leaders held an emergency summit on Sunday. On Friday the bloc suspended "
           "Mali from all its bodies."),
    ("fr", "Les dirigeants de la Cédéao ont tenu dimanche un sommet d'urgence. Vendredi, "
           "l'organisation a suspendu le Mali de toutes ses instances."),
    ("en", "The African Union's envoy met Mali's interim president in Bamako on Monday. On "
           "Tuesday the pan-African body suspended Mali from all its activities."),
    ("fr", "L'émissaire de l'Union africaine a rencontré lundi le président de la transition "
           "malienne à Bamako. Mardi, l'organisation a suspendu le Mali de toutes ses "
           "instances."),
]

# A chamber backing a motion or approving the principle of a measure (the word class MOTION:
# "backed a motion to shut the strait", « a approuvé le principe d'une fermeture ») votes on
# a step of its own state's procedure, which the final decision still has to take: no
# endorsement of anyone (en12, en17, fr13, fr17 coded SUPPORT aimed at no one or at the
# state's own council). Backing another's bid, plan or claim is still support.
CASES += [
    ("en", "Peru's parliament backed Colombia's bid to join the OECD on Tuesday.",
     "SUPPORT", "051", "PER", "COL"),
    ("fr", "Le Parlement péruvien a soutenu mardi la candidature de la Colombie à l'OCDE.",
     "SUPPORT", "051", "PER", "COL"),
    ("fr", "Le Chili a soutenu mardi la revendication de l'Argentine sur les îles Malouines.",
     "SUPPORT", "051", "CHL", "ARG"),
]
NON_EVENTS += [
    ("en", "Peru's congress endorsed the principle of a boycott of Chilean goods on Tuesday."),
    ("fr", "Le Parlement équatorien a approuvé mardi le principe d'une suspension des "
           "exportations de pétrole vers la Colombie, la décision finale revenant au président."),
    ("fr", "Le Sénat péruvien a approuvé mardi le principe d'un boycott des produits chiliens."),
]

# An act told in the present with « depuis » and a month (« sont déployés depuis juin »,
# « réclame depuis octobre ») is a state that lasts, as it is with a year and as "since" and
# any date make it in English ("have been deployed since March"): fr15, fr16, fr17 coded a
# deployment or a demand of long standing told to set the scene. Opened at a day (« depuis
# lundi »), or told in the past with its own day, the act is this week's news.
CASES += [
    ("en", "Chad deployed 500 soldiers along its border with Sudan on Tuesday.",
     "MOBILIZE", "154", "TCD", ""),
    ("fr", "Le Tchad a déployé mardi 500 soldats le long de sa frontière avec le Soudan.",
     "MOBILIZE", "154", "TCD", ""),
    ("fr", "Le Niger réclame depuis lundi le départ des troupes françaises.",
     "REQUEST", "1041", "NER", "FRA"),
]
NON_EVENTS += [
    ("fr", "Quelque 500 soldats tchadiens sont déployés depuis mars le long de la frontière "
           "soudanaise."),
    ("fr", "Le Niger réclame depuis octobre le départ des troupes françaises."),
    ("en", "Some 500 Chadian soldiers have been deployed along the Sudanese border since "
           "March."),
    ("en", "Niger has demanded the departure of French troops since October."),
]

# Homage paid to the victims or the dead (the word class MOURNED), and praise of scientists
# or engineers (SCHOLAR), remembers or honours people who act in no political dyad: the gold of
# the development sets codes it as no event, and the coder invented support (SUPPORT 051)
# aimed at no one. The light verb hangs the target on itself (« a rendu hommage aux
# victimes »), so the noun's exclusion reads the verb's phrase too. Homage or praise paid to a
# state, a people, peacekeepers or police, and congratulations to a winner whom no table
# codes, stay support.
CASES += [
    ("fr", "Le président sénégalais a rendu hommage mardi au Ghana pour son aide pendant les "
           "inondations.", "SUPPORT", "051", "SEN", "GHA"),
    ("en", "Senegal's president paid tribute on Tuesday to Ghana for its help during the "
           "floods.", "SUPPORT", "051", "SEN", "GHA"),
    ("fr", "Le secrétaire général de l'ONU a rendu hommage jeudi aux casques bleus tués au "
           "Soudan du Sud.", "SUPPORT", "051", "UNO", ""),
    ("en", "Chile's president praised the Peruvian people on Monday for their courage after "
           "the earthquake.", "SUPPORT", "051", "CHL", "PER"),
    ("fr", "Le président ivoirien a félicité lundi Jean-Marc Kouadio pour sa victoire aux "
           "municipales.", "SUPPORT", "051", "CIV", ""),
]
NON_EVENTS += [
    ("fr", "Le Portugal a rendu hommage samedi aux victimes des incendies de l'été 2017."),
    ("en", "Portugal paid tribute on Saturday to the victims of the 2017 forest fires."),
    ("fr", "Le président chilien a salué lundi les scientifiques de la base antarctique."),
    ("en", "Chile's president praised the engineers of the new Antarctic base on Monday."),
]

(coded, test_precision_classes_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)


@pytest.mark.parametrize(("lang", "sentence"), OPINIONS)
def test_an_opinion_codes_no_fact(lang: str, sentence: str) -> None:
    assert counted(extract_events([(sentence,)], lang, PUBLISHED)[sentence]) == []



@pytest.mark.parametrize(("lang", "text"), OCCASIONS)
def test_a_meeting_apart_from_the_decision_stays_an_event(lang: str, text: str) -> None:
    events = counted(extract_events([(text,)], lang, PUBLISHED)[text])
    assert {e.event for e in events} == {"CONSULT", "SANCTION"}
