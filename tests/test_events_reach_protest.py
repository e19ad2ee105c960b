"""The reach of the lexicon for PROTEST, MOBILIZE and ASSAULT on news it was not written
for: classes of expression seen in three or more development sets, in both languages, on
sentences written for these tests (other wording, other countries), with the sport, economic,
figurative, negated and planned senses of the same words, on which nothing may be coded."""

from __future__ import annotations

import json
import re

import pytest
from coding import assert_coded, extract_events

from vigie.lang import load_table
from vigie.model import Event
from vigie.nlp import pipeline_for

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type or None (nothing factual), source country, target country
# ("" = any))
CASES: list[tuple[str, str, str | None, str, str]] = [
    # Words written with a hyphen that the tokenizer splits: a sit-in, a build-up, a missile
    # test-fired.
    ("en", "Bolivian miners staged a sit-in outside the labour ministry in La Paz.",
     "PROTEST", "BOL", ""),
    ("en", "Thousands of Malawians began a sit-in in front of parliament in Lilongwe.",
     "PROTEST", "MWI", ""),
    ("en", "Belarus announced a build-up of troops near the Lithuanian border.",
     "MOBILIZE", "BLR", ""),
    ("en", "Pakistan test-fired a short-range ballistic missile on Monday.",
     "MOBILIZE", "PAK", ""),
    ("fr", "Des mineurs boliviens ont entamé un sit-in devant le ministère du Travail à La Paz.",
     "PROTEST", "BOL", ""),
    ("fr", "Des enseignants marocains ont observé un sit-in devant le Parlement à Rabat.",
     "PROTEST", "MAR", ""),
    # A sit-in called off did not happen.
    ("en", "The sit-in planned by Peruvian teachers for Friday was called off.", None, "", ""),
]

# PROTEST: a crowd moving onto the streets or towards a square ("poured onto the streets",
# « ont convergé vers la place »); fans who celebrate, mourners at a funeral and pilgrims
# who gather are no protest.
CASES += [
    ("en", "Tens of thousands of Slovaks poured onto the streets of Bratislava on Friday.",
     "PROTEST", "SVK", ""),
    ("en", "Thousands of Mongolians streamed into the streets of Ulaanbaatar.",
     "PROTEST", "MNG", ""),
    ("en", "Moroccan football fans poured onto the streets of Rabat to celebrate the win.",
     None, "", ""),
    ("en", "Thousands of Ghanaians poured onto the streets of Accra for the funeral of the former "
     "president.", None, "", ""),
    ("fr", "Des dizaines de milliers de Géorgiens ont afflué vers la place de la Liberté à "
     "Tbilissi.", "PROTEST", "GEO", ""),
    ("fr", "Des milliers d'étudiants ont convergé vers la place centrale de Bichkek.",
     "PROTEST", "KGZ", ""),
    ("fr", "Des supporters marocains ont envahi les rues de Rabat pour fêter la victoire.",
     None, "", ""),
    ("fr", "Des milliers de pèlerins ont convergé vers la place Saint-Pierre à Rome.",
     None, "", ""),
]

# Forcing a way into a building: a crowd riots (PROTEST 145), gunmen attack (ASSAULT); the
# police and the army are left to the entries of raids and searches (measured: a police
# raid told as background was an invented event), and a firm forcing its way into a market
# or a player into a squad does neither.
CASES += [
    ("en", "Demonstrators forced their way into the parliament building in Tirana.",
     "PROTEST", "ALB", ""),
    ("en", "Hundreds of angry protesters burst into the state broadcaster's building in Tbilisi.",
     "PROTEST", "GEO", ""),
    ("en", "Armed men burst into a church in northern Burkina Faso during Sunday mass.",
     "ASSAULT", "BFA", ""),
    ("en", "Police broke into the home of the opposition leader in Harare.", None, "", ""),
    ("en", "The Korean carmaker forced its way into the Indian market.", None, "", ""),
    ("en", "The young striker forced his way into the national squad.", None, "", ""),
    ("fr", "Des manifestants ont fait irruption dans le bâtiment de la télévision publique à "
     "Tirana.", "PROTEST", "ALB", ""),
    ("fr", "Des manifestants se sont frayé un chemin dans l'enceinte du Parlement à Tirana.",
     "PROTEST", "ALB", ""),
    ("fr", "Le jeune champion a fait irruption dans le classement mondial.", None, "", ""),
]

# PROTEST 144: a crowd (protesters, workers, students, the young) raising barricades or
# roadblocks, and blocking a road of any kind (a motorway, a junction, « les axes »); the
# police's and the army's roadblocks and a dam (« un barrage » on a river) are none.
CASES += [
    ("en", "Hundreds of youths built barricades in the suburbs of Conakry.", "PROTEST", "GIN", ""),
    ("en", "Striking dockers erected barricades outside the port of Antwerp in Belgium.",
     "PROTEST", "BEL", ""),
    ("en", "Dutch farmers blockaded the motorways into The Hague with tractors.",
     "PROTEST", "NLD", ""),
    ("en", "Nigerian soldiers erected roadblocks on the roads out of Maiduguri.", None, "", ""),
    ("en", "The Ethiopian government built a dam on the Blue Nile.", None, "", ""),
    ("fr", "Des manifestants ont érigé des barricades dans plusieurs quartiers de Conakry.",
     "PROTEST", "GIN", ""),
    ("fr", "Des centaines de jeunes ont dressé des barricades dans la banlieue de Dakar.",
     "PROTEST", "SEN", ""),
    ("fr", "Des agriculteurs ont bloqué les principaux axes menant à Madrid.",
     "PROTEST", "ESP", ""),
    ("fr", "L'Éthiopie a érigé un barrage sur le Nil Bleu.", None, "", ""),
    ("fr", "La police a dressé des barrages autour de Bichkek.", None, "", ""),
]

# Arson (torching, setting fire to, setting ablaze, « incendier », « mettre le feu à »)
# buildings, villages, cars, tyres or a depot: by fighters, gunmen, an army or a gang it is
# an attack (ASSAULT 180, the doers' sectors say so, a pronoun's too), by a crowd of
# protesters, students, the young or workers a riot (PROTEST 145); a state's demolition
# stays a seizure of property (COERCE), weapons burnt in a ceremony are no attack and
# « mettre le feu aux poudres » is a figure.
CASES += [
    ("en", "Boko Haram fighters rode into Gwoza on Saturday. They torched the market and "
     "dozens of homes.", "ASSAULT", "NGA", ""),
    ("en", "Gunmen set fire to dozens of houses in a village in Plateau state, Nigeria.",
     "ASSAULT", "NGA", ""),
    ("en", "Hundreds of youths torched cars in the suburbs of Lyon.", "PROTEST", "FRA", ""),
    ("en", "Protesters burned tyres in the streets of Dakar.", "PROTEST", "SEN", ""),
    ("en", "The Israeli army demolished the homes of two Palestinian attackers in Jenin.",
     "COERCE", "ISR", ""),
    ("fr", "Des séparatistes armés ont incendié plusieurs maisons d'un village près de Bamenda.",
     "ASSAULT", "CMR", ""),
    ("fr", "Des jeunes ont incendié des voitures à Lyon.", "PROTEST", "FRA", ""),
    ("fr", "Des agriculteurs ont mis le feu à des pneus devant la préfecture de Rennes.",
     "PROTEST", "FRA", ""),
    ("fr", "Cette décision a mis le feu aux poudres au Sénégal.", None, "", ""),
]

# ASSAULT: killing by hand told by its result ("hacked to death", « battu à mort »),
# executions of people, bombs dropped and shells rained on a place; an accident, an executed
# plan and aid or leaflets dropped are no assault.
CASES += [
    ("en", "Gunmen hacked seven villagers to death in north-eastern Nigeria.",
     "ASSAULT", "NGA", ""),
    ("en", "Twelve herders were hacked to death by armed men in central Mali.",
     "ASSAULT", "MLI", ""),
    ("en", "A mob beat a Bangladeshi student to death in Dhaka.", "ASSAULT", "BGD", ""),
    ("en", "Four miners were crushed to death in a rockfall in Bolivia.", None, "", ""),
    ("en", "Jihadist fighters executed 15 captured soldiers in Niger.", "ASSAULT", "NER", ""),
    ("en", "The Tanzanian government executed its plan to expand the port of Tanga.",
     None, "", ""),
    ("en", "Sudanese jets dropped bombs on a market in Nyala.", "ASSAULT", "SDN", ""),
    ("en", "Jordanian planes dropped food aid on northern Gaza.", None, "", ""),
    ("en", "The Russian air force dropped leaflets on Kherson.", None, "", ""),
    ("fr", "Une foule a battu à mort un étudiant bangladais à Dacca.", "ASSAULT", "BGD", ""),
    ("fr", "Des hommes armés ont battu à mort trois villageois dans le centre du Mali.",
     "ASSAULT", "MLI", ""),
    ("fr", "Les rebelles du M23 ont fait pleuvoir des obus sur Sake.", "ASSAULT", "COD", ""),
    ("fr", "Des avions jordaniens ont largué de l'aide alimentaire sur le nord de Gaza.",
     None, "", ""),
]

# MOBILIZE: a naval group sent, the carrier strike group as the carrier is; a strike group
# of workers is none.
CASES += [
    ("en", "A carrier strike group was ordered to the Sea of Japan by the Pentagon on Friday.",
     "MOBILIZE", "USA", ""),
    ("en", "Britain deployed a naval task group to the Red Sea.", "MOBILIZE", "GBR", ""),
    ("en", "The airline union sent a strike group of pilots to meet the management.",
     None, "", ""),
    ("fr", "Washington a fait appareiller deux groupes aéronavals vers la mer de Chine "
     "méridionale.", "MOBILIZE", "USA", ""),
]

# MOBILIZE 154: a force's deployment reinforced (a troop presence beefed up, an army's
# defences or « dispositif » strengthened, « le renforcement du dispositif militaire »),
# troops posted, weapons deployed, reservists recalled; a party's
# or a bank's defences, troops recalled home and a player recalled to a squad are none.
CASES += [
    ("en", "The Thai army beefed up its troop presence along the Cambodian border.",
     "MOBILIZE", "THA", ""),
    ("en", "Lithuania announced the reinforcement of its military presence near the "
     "Belarusian border.", "MOBILIZE", "LTU", ""),
    ("en", "Greece posted 5,000 troops along the Turkish frontier.", "MOBILIZE", "GRC", "TUR"),
    ("en", "Russia deployed tactical nuclear weapons in Belarus.", "MOBILIZE", "RUS", "BLR"),
    ("en", "Ethiopia recalled its reservists under the age of 50.", "MOBILIZE", "ETH", ""),
    ("en", "Russia recalled its troops from Syria.", None, "", ""),
    ("en", "The central bank strengthened its defences against inflation in Turkey.",
     None, "", ""),
    ("en", "The Serbian striker was recalled to the squad.", None, "", ""),
    ("fr", "L'armée algérienne a renforcé son dispositif le long de la frontière malienne.",
     "MOBILIZE", "DZA", ""),
    ("fr", "Le ministre polonais a annoncé le renforcement du dispositif militaire le long de "
     "la frontière avec le Bélarus.", "MOBILIZE", "POL", ""),
    ("fr", "La Grèce a posté 5 000 soldats le long de sa frontière avec la Turquie.",
     "MOBILIZE", "GRC", ""),
    ("fr", "La Russie a commencé à déployer des armes nucléaires tactiques en Biélorussie.",
     "MOBILIZE", "RUS", "BLR"),
    ("fr", "Maduro a ordonné l'enrôlement de 100 000 miliciens.", "MOBILIZE", "VEN", ""),
    ("fr", "La banque centrale turque a renforcé ses défenses contre l'inflation.",
     None, "", ""),
    ("fr", "Le groupe a installé des machines dans son usine de Lyon.", None, "", ""),
]


@pytest.fixture(scope="module")
def events_en() -> dict[str, list[Event]]:
    return extract_events([c[1:] for c in CASES if c[0] == "en"], "en", PUBLISHED)


@pytest.fixture(scope="module")
def events_fr() -> dict[str, list[Event]]:
    return extract_events([c[1:] for c in CASES if c[0] == "fr"], "fr", PUBLISHED)


@pytest.mark.parametrize(("lang", "text", "kind", "source", "target"), CASES,
                         ids=[c[1][:50] for c in CASES])
def test_reach(lang: str, text: str, kind: str | None, source: str, target: str,
               events_en: dict[str, list[Event]], events_fr: dict[str, list[Event]]) -> None:
    events = (events_en if lang == "en" else events_fr)[text]
    assert_coded(events, kind, source, target)


HYPHENATED = re.compile(r'"([^\W\d_]+(?:-[^\W\d_]+)+)"')


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_hyphenated_lexicon_word_the_tokenizer_splits_is_read_whole(lang: str) -> None:
    # A lemma the lexicons list with a hyphen is never a token's lemma when the tokenizer
    # splits the word at its hyphen, unless the tokenizer table names it to be read whole.
    nlp = pipeline_for(lang)
    listed = set(load_table(lang, "tokenizer")["hyphenated_words"])
    words = set()
    for table in ("events", "word_classes"):
        words |= set(HYPHENATED.findall(json.dumps(load_table(lang, table), ensure_ascii=False)))
    # A split prefix ("co-" in French) is meant to stand apart: only a bare hyphen is a split.
    split = {w for w in words if "-" in (t.text for t in nlp.tokenizer(w))}
    assert split <= listed, sorted(split - listed)
