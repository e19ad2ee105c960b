"""The long tail of wire-news triggers, in both languages: a walkout, a boycott, a lockdown,
"ruled out", torching, a cyberattack, compensating, deploying monitors, a petition, « interdire
à X de », « traiter X de », « se féliciter de », summoning an envoy, a raid, an ambush, a
hijacking, an annexation, a siege; each with the CAMEO code it gives, on sentences written
for these tests, and the sport, business and weather senses of the same words, on which
nothing fires."""

from __future__ import annotations

import pytest
from coding import assert_coded, extract_events

from vigie.model import Event

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = [
    ("en", "Nigerian doctors staged a walkout over unpaid salaries in Lagos.",
     "PROTEST", "143", "NGA", ""),
    ("en", "Bangladesh's main opposition party boycotted the parliamentary election.",
     "PROTEST", "143", "BGD", ""),
    ("en", "The Chinese government imposed a lockdown on Shanghai.",
     "COERCE", "172", "CHN", "CHN"),
    ("en", "Israel ruled out a ceasefire with Hamas.",
     "REJECT", "1246", "ISR", ""),
    ("en", "Serbia ruled out talks with Albania.",
     "REJECT", "125", "SRB", "ALB"),
    ("en", "Protesters torched a police station in Dhaka.",
     "PROTEST", "145", "BGD", ""),
    ("en", "Israeli settlers torched Palestinian homes in the West Bank.",
     "COERCE", "1712", "ISR", "PSE"),
    ("en", "Russia launched a cyberattack on Estonia.",
     "COERCE", "170", "RUS", "EST"),
    ("en", "Germany compensated the families of the victims of the Kunduz air strike.",
     "RETREAT", "0842", "DEU", ""),
    ("en", "The OSCE deployed monitors to eastern Ukraine.",
     "AID", "074", "IGO", "UKR"),
    ("en", "Kenyan opposition parties submitted a petition to the electoral commission.",
     "REQUEST", "100", "KEN", ""),
    ("en", "France welcomed the agreement between Armenia and Azerbaijan.",
     "SUPPORT", "051", "FRA", ""),
    ("en", "Turkey banned Swedish journalists from entering the country.",
     "COERCE", "172", "TUR", "SWE"),
    ("en", "Erdogan called Netanyahu a terrorist.",
     "ACCUSE", "111", "TUR", "ISR"),
    ("fr", "Les médecins nigérians ont débrayé pour réclamer leurs salaires à Lagos.",
     "PROTEST", "143", "NGA", ""),
    ("fr", "L'opposition bangladaise a boycotté les élections législatives.",
     "PROTEST", "143", "BGD", ""),
    ("fr", "Le gouvernement chinois a imposé un confinement à Shanghai.",
     "COERCE", "172", "CHN", "CHN"),
    ("fr", "Israël a exclu un cessez-le-feu avec le Hamas.",
     "REJECT", "1246", "ISR", ""),
    ("fr", "La Serbie a exclu toute négociation avec l'Albanie.",
     "REJECT", "125", "SRB", "ALB"),
    ("fr", "Des manifestants ont incendié un commissariat à Dacca.",
     "PROTEST", "145", "BGD", ""),
    ("fr", "La Russie a lancé une cyberattaque contre l'Estonie.",
     "COERCE", "170", "RUS", "EST"),
    ("fr", "Le Japon a dédommagé les familles des victimes coréennes.",
     "RETREAT", "0842", "JPN", ""),
    ("fr", "L'OSCE a déployé des observateurs dans l'est de l'Ukraine.",
     "AID", "074", "IGO", "UKR"),
    ("fr", "L'opposition kényane a remis une pétition à la commission électorale.",
     "REQUEST", "100", "KEN", ""),
    ("fr", "La France s'est félicitée de l'accord entre l'Arménie et l'Azerbaïdjan.",
     "SUPPORT", "051", "FRA", ""),
    ("fr", "La Turquie a interdit aux journalistes suédois d'entrer dans le pays.",
     "COERCE", "172", "TUR", "SWE"),
    ("fr", "Erdogan a traité Netanyahou de terroriste.",
     "ACCUSE", "111", "TUR", "ISR"),
    ("fr", "Des colons israéliens ont incendié des maisons palestiniennes en Cisjordanie.",
     "COERCE", "1712", "ISR", "PSE"),
    ("fr", "Le Quai d'Orsay a convoqué l'ambassadeur d'Iran à Paris.",
     "ACCUSE", "114", "FRA", "IRN"),
    ("fr", "La police sénégalaise a perquisitionné le siège du parti d'opposition à Dakar.",
     "COERCE", "170", "SEN", ""),
    ("fr", "Les rebelles du M23 ont tendu une embuscade à un convoi de l'armée congolaise "
     "près de Goma.",
     "ASSAULT", "190", "COD", "COD"),
    ("fr", "Les Houthis ont détourné un navire commercial en mer Rouge.",
     "ASSAULT", "181", "YEM", ""),
    ("fr", "La Russie a annexé quatre régions ukrainiennes.",
     "COERCE", "192", "RUS", "UKR"),
    ("fr", "L'armée israélienne a assiégé l'hôpital Al-Chifa à Gaza.",
     "COERCE", "191", "ISR", ""),
    ("fr", "La police française a mené une perquisition chez un député de l'opposition.",
     "COERCE", "170", "FRA", ""),
]

NON_EVENTS: list[tuple[str, str]] = [
    ("en", "The Federal Reserve ruled out a rate cut in March."),
    ("en", "The referee ruled out the goal for offside in the second half."),
    ("en", "Wildfires burned hundreds of homes in California."),
    ("en", "The airline compensated passengers for the delays at Heathrow."),
    ("en", "The coach called his striker a genius after the match."),
    ("en", "The storm forced a lockdown of schools across Texas."),
    ("en", "The manager of the Brazilian team ruled out a comeback for the injured captain."),
    ("en", "Fans torched cars after the final in Marseille."),
    ("fr", "La Banque centrale européenne a exclu une baisse des taux."),
    ("fr", "L'arbitre a écarté le joueur pour le reste du match."),
    ("fr", "Les incendies ont brûlé des centaines de maisons en Grèce."),
    ("fr", "La compagnie aérienne a dédommagé les passagers du vol annulé."),
    ("fr", "Le chef étoilé a traité ses clients de gourmands."),
    ("fr", "Le club lyonnais a interdit à ses joueurs de parler à la presse."),
    ("fr", "Le piratage du compte d'un influenceur a fait scandale."),
    ("fr", "La tempête a imposé un confinement des élèves dans les écoles bretonnes."),
    ("fr", "Le gouvernement a convoqué les syndicats à une réunion lundi."),
    ("fr", "Le gardien a détourné le ballon en corner."),
    ("fr", "Le trésorier a détourné des fonds du club de football."),
    ("fr", "Les supporters ont assiégé le guichet du stade pour obtenir des billets."),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[Event]]:
    found: dict[str, list[Event]] = {}
    for lang in ("en", "fr"):
        sentences = [(c[1],) for c in CASES if c[0] == lang]
        sentences += [(s,) for language, s in NON_EVENTS if language == lang]
        found.update(extract_events(sentences, lang, PUBLISHED))
    return found


@pytest.mark.parametrize(("lang", "sentence", "kind", "cameo", "source", "target"), CASES)
def test_long_tail_triggers_code_their_cameo_codes(coded: dict[str, list[Event]], lang: str,
                                                   sentence: str, kind: str, cameo: str,
                                                   source: str, target: str) -> None:
    events = coded[sentence]
    assert_coded(events, kind, source, target)
    assert cameo in {e.cameo for e in events}


@pytest.mark.parametrize(("lang", "sentence"), NON_EVENTS)
def test_other_senses_of_the_same_words_code_nothing(coded: dict[str, list[Event]], lang: str,
                                                     sentence: str) -> None:
    assert coded[sentence] == []
