"""Reach of verbal acts of assent and backing, of court orders and of crowds in the streets, in
both languages: each class of wording (a verb family, a noun carried by a light verb) on
sentences written for these tests, with other countries than the development sets', each with
its traps: the other sense of the same words, or a close wording coded otherwise."""

from __future__ import annotations

import pytest
from coding import assert_coded, extract_bilingual

from vigie.model import Event

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type or None for nothing coded, source country, target
# country ("" = any or none))
CASES: list[tuple[str, str, str | None, str, str]] = []

# Assent given to a truce, a proposal, demands or a text (« a souscrit à la trêve », « a
# consenti à un cessez-le-feu », « a adhéré à l'initiative de », "subscribed to the truce"):
# an agreement (AGREE 030) aimed at whose proposal or demands they are. Subscribing to a
# loan, joining a party or a bloc is no assent to anyone.
CASES += [
    ("fr", "Le Soudan du Sud a souscrit mardi à la trêve proposée par l'Éthiopie.",
     "AGREE", "SSD", "ETH"),
    ("fr", "Le gouvernement bolivien a consenti à un cessez-le-feu avec le Paraguay.",
     "AGREE", "BOL", ""),
    ("fr", "Le président guatémaltèque a souscrit aux exigences de Washington.",
     "AGREE", "GTM", "USA"),
    ("fr", "La Mauritanie a adhéré à l'initiative du Sénégal sur la pêche.",
     "AGREE", "MRT", "SEN"),
    ("fr", "Des milliers d'épargnants ont souscrit à l'emprunt lancé par la banque.",
     None, "", ""),
    ("fr", "Le député a adhéré au parti en 2019.", None, "", ""),
    ("en", "South Sudan subscribed on Tuesday to the truce proposed by Ethiopia.",
     "AGREE", "SSD", "ETH"),
    ("en", "Guatemala's president subscribed to the demands of Washington.",
     "AGREE", "GTM", "USA"),
    ("en", "Thousands of savers subscribed to the bond issued by the bank.", None, "", ""),
]

# A proposal, an invitation or a request answered favourably (« a répondu favorablement à
# l'invitation de », "responded positively to the proposal"): an agreement with whose it is.
# An answer that is no yes, or a favourable answer to a question, is none.
CASES += [
    ("fr", "Le président chilien a répondu favorablement à l'invitation du Pérou.",
     "AGREE", "CHL", "PER"),
    ("fr", "La Norvège a répondu positivement à la requête de l'Islande.",
     "AGREE", "NOR", "ISL"),
    ("fr", "Le président chilien a répondu longuement aux questions des journalistes.",
     None, "", ""),
    ("en", "Chile's president responded favourably to the invitation of Peru.",
     "AGREE", "CHL", "PER"),
    ("en", "Norway responded positively to the request of Iceland.", "AGREE", "NOR", "ISL"),
    ("en", "The markets responded favourably to the figures.", None, "", ""),
]

# Backing brought or granted to someone (« a apporté / accordé son soutien, son appui à »,
# "gave its support to"): support (SUPPORT 051), not aid; backing of a material kind
# (« un appui budgétaire », « un soutien militaire », "budget support") stays aid (070).
# Voiced or renewed (« a réaffirmé son appui »), the noun is carried as before.
CASES += [
    ("fr", "Le président portugais a apporté son soutien au Premier ministre sénégalais.",
     "SUPPORT", "PRT", "SEN"),
    ("fr", "Le gouvernement danois a accordé jeudi son appui à la candidature de l'Estonie.",
     "SUPPORT", "DNK", "EST"),
    ("fr", "La Banque mondiale a apporté un appui budgétaire au Togo.", "AID", "IGO", "TGO"),
    ("fr", "Le Canada a apporté un soutien militaire à la Lettonie.", "AID", "CAN", "LVA"),
    ("fr", "Le club a apporté son soutien à son entraîneur.", None, "", ""),
    ("en", "The Portuguese president gave his support to Cape Verde's prime minister.",
     "SUPPORT", "PRT", "CPV"),
    ("en", "Canada gave military support to Latvia.", "AID", "CAN", "LVA"),
    ("en", "The club gave its support to its coach.", None, "", ""),
]

# A court ordering a party to end an act (« a ordonné à X de cesser / stopper / mettre fin
# à », "ordered X to put an end to"): a demand (REQUEST 100) to that party. An order given
# by a government to its own forces, or a court ordering a release, is not this demand.
CASES += [
    ("fr", "La Cour internationale de justice a ordonné à l'Azerbaïdjan de stopper ses "
           "opérations au Karabakh.", "REQUEST", "UNO", "AZE"),
    ("fr", "La Cour internationale de justice a ordonné au Nicaragua de mettre fin à ses "
           "travaux sur le fleuve.", "REQUEST", "UNO", "NIC"),
    ("fr", "L'entraîneur a ordonné à ses joueurs de cesser de se plaindre.", None, "", ""),
    ("en", "The International Court of Justice ordered Azerbaijan to put an end to its "
           "operations in Karabakh.", "REQUEST", "UNO", "AZE"),
    ("en", "The coach ordered his players to put an end to their complaints.", None, "", ""),
]

# A threat or the prospect of harm made to weigh on someone (« a fait peser la menace / la
# perspective de », as « faire planer »): a threat. Without the causative « faire » the
# threat weighs by itself and no one makes it.
CASES += [
    ("fr", "Le président vénézuélien a fait peser mardi la menace d'une intervention contre "
           "le Guyana.", "THREATEN", "VEN", "GUY"),
    ("fr", "Le Premier ministre serbe a fait peser la perspective d'une guerre contre "
           "l'Albanie.", "THREATEN", "SRB", "ALB"),
    ("fr", "La menace d'une attaque pèse sur la capitale burkinabè.", None, "", ""),
    ("fr", "Le boxeur a fait peser son poids sur son adversaire.", None, "", ""),
]

# Signing a charter, as a treaty (« ont signé la charte de », "signed the charter of").
CASES += [
    ("fr", "Le Gabon et le Congo ont signé samedi la charte de leur nouvelle union douanière.",
     "SUPPORT", "GAB", ""),
    ("en", "Gabon and Congo signed on Saturday the charter of their new customs union.",
     "SUPPORT", "GAB", ""),
    ("fr", "La compagnie aérienne a signé la charte du tourisme durable.", None, "", ""),
]

# A crowd taking over the streets (« ont investi / envahi les rues de », "filled the streets
# of"): a demonstration (PROTEST 141), as a crowd pouring onto them is. Not a crowd come for a
# funeral or a celebration, nor soldiers or police deployed in them.
CASES += [
    ("fr", "Des dizaines de milliers de Roumains ont investi les rues de Bucarest pour réclamer "
           "la démission du gouvernement.", "PROTEST", "ROU", ""),
    ("fr", "Des milliers d'étudiants ont envahi mardi les rues de Lima pour exiger des "
           "élections anticipées.", "PROTEST", "PER", ""),
    ("fr", "Des centaines de milliers de Ghanéens ont envahi les rues d'Accra pour les obsèques "
           "de l'ancien président.", None, "", ""),
    ("fr", "Les soldats nigériens ont investi les rues de Niamey.", None, "", ""),
    ("en", "Tens of thousands of Romanians filled the streets of Bucharest to demand the "
           "government's resignation.", "PROTEST", "ROU", ""),
    ("en", "Thousands of Ghanaians filled the streets of Accra for the funeral of the former "
           "president.", None, "", ""),
]

# Findings refuted (« a réfuté les conclusions du rapport de », "refuted the findings of"): a
# denial (REJECT 120), as « démentir », « contester », "deny". A scholar refuting a theory is
# no party's act.
CASES += [
    ("fr", "Le gouvernement tchadien a réfuté mardi les conclusions du rapport de l'ONU.",
     "REJECT", "TCD", "UNO"),
    ("fr", "Le chercheur a réfuté la théorie de son collègue.", None, "", ""),
    ("en", "The Chadian government on Tuesday refuted the findings of the UN report.",
     "REJECT", "TCD", "UNO"),
    ("en", "The scientist refuted the theory of his colleague.", None, "", ""),
]

# A party's plan or body called the credible basis or the legitimate representative (« a
# qualifié le plan de base sérieuse », « considère X comme le représentant légitime de »,
# "described the plan as a serious basis"): backing (SUPPORT 051) for whose plan or body it
# is (&CREDIBLE, &GROUNDS). Said of a player by a coach it is no party's act.
CASES += [
    ("fr", "Le gouvernement portugais a qualifié le plan angolais de base sérieuse pour la "
           "paix.", "SUPPORT", "PRT", "AGO"),
    ("fr", "Lisbonne considère le plan angolais comme « la base la plus crédible » pour un "
           "règlement.", "SUPPORT", "PRT", "AGO"),
    ("fr", "L'entraîneur considère son gardien comme le représentant légitime du vestiaire.",
     None, "", ""),
    ("en", "The Portuguese government described the Angolan plan as a serious basis for "
           "peace.", "SUPPORT", "PRT", "AGO"),
    ("en", "Lisbon regards the Angolan plan as the most credible basis for a settlement.",
     "SUPPORT", "PRT", "AGO"),
    ("en", "The coach regards his goalkeeper as the legitimate representative of the "
           "dressing room.", None, "", ""),
]
# A deal, a truce or a draft signed off on or signed up to, and the green light or consent
# given to one (« a donné son feu vert / son aval à », where the parser may hang « vert » on
# the weekday after it): assent (AGREE 030), to the other party the deal names where a green
# light is given. A green light given to a loan is funding, not assent; runners signing up to
# a marathon, a speech signed off with a joke and a green traffic light are no acts.
CASES += [
    ("en", "Colombia and the ELN rebels signed up to a six-month ceasefire on Friday.",
     "AGREE", "COL", ""),
    ("en", "Armenia signed off on the peace proposal drafted in Washington.", "AGREE", "ARM", ""),
    ("en", "The Lebanese cabinet gave its green light on Thursday to the truce agreement with "
           "Israel.", "AGREE", "LBN", "ISR"),
    ("fr", "Le Parlement tunisien a donné son feu vert lundi à l'accord de coopération avec "
           "l'Italie.", "AGREE", "TUN", "ITA"),
    ("fr", "Le gouvernement ghanéen a donné son aval mardi au plan de paix proposé par le Togo.",
     "AGREE", "GHA", "TGO"),
    ("en", "The IMF board gave the green light to a $2 billion loan for Egypt.", None, "", ""),
    ("fr", "Le FMI a donné son feu vert à un prêt de 3 milliards de dollars pour l'Égypte.",
     None, "", ""),
    ("en", "Kenyan runners signed up to the Boston marathon.", None, "", ""),
    ("en", "The Brazilian president signed off on his speech with a joke.", None, "", ""),
    ("en", "The traffic light turned green as the Italian president's motorcade passed.",
     None, "", ""),
    ("fr", "Le feu est passé au vert au passage du cortège du président italien.", None, "", ""),
]


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return extract_bilingual(CASES, [], PUBLISHED)


@pytest.mark.parametrize(("lang", "text", "kind", "source", "target"), CASES,
                         ids=[case[1][:60] for case in CASES])
def test_reach(events: dict[str, list[Event]], lang: str, text: str, kind: str | None,
               source: str, target: str) -> None:
    assert_coded(events[text], kind, source, target)
