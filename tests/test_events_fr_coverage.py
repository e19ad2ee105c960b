"""French entries for the CAMEO codes the English lexicon covers, on sentences written for
these tests: verbs, nouns and light-verb constructions ("procéder à l'arrestation", "lancer
une offensive", "porter plainte"), each with the CAMEO code it gives; and sentences of sport,
business, culture and science news on which no entry fires."""

from __future__ import annotations

import pytest
from coding import assert_coded, extract_events

from vigie.model import Event

PUBLISHED = "2024-03-15"

# (sentence, PLOVER type, CAMEO code, source country, target country ("" = any or none))
CASES: list[tuple[str, str, str, str, str]] = [
    ("La Norvège a proposé des pourparlers à la Colombie.",
     "AGREE", "036", "NOR", "COL"),
    ("L'Égypte a proposé sa médiation entre le Soudan et l'Éthiopie.",
     "AGREE", "039", "EGY", "SDN"),
    ("Le Soudan a accepté la médiation de l'Union africaine.",
     "AGREE", "038", "SDN", "IGO"),
    ("L'Allemagne a promis une aide de 50 millions d'euros au Niger.",
     "AGREE", "033", "DEU", "NER"),
    ("Le Royaume-Uni a promis des missiles à l'Ukraine.",
     "AGREE", "0332", "GBR", "UKR"),
    ("Le président tunisien a promis des réformes.",
     "AGREE", "034", "TUN", ""),
    ("Le Maroc et Israël ont normalisé leurs relations.",
     "SUPPORT", "050", "MAR", ""),
    ("Le Vietnam et la Chine ont rétabli leurs relations diplomatiques.",
     "SUPPORT", "050", "VNM", ""),
    ("La Russie a restitué à l'Ukraine les corps de soldats.",
     "RETREAT", "0842", "RUS", "UKR"),
    ("Israël a allégé le blocus de Gaza.",
     "RETREAT", "0872", "ISR", "PSE"),
    ("Le parquet sénégalais a enquêté sur la corruption au ministère des Finances.",
     "ACCUSE", "091", "SEN", ""),
    ("L'ONU va enquêter sur les exactions commises au Darfour.",
     "ACCUSE", "092", "UNO", ""),
    ("Le Pakistan a enquêté sur la frappe qui a tué des civils à la frontière afghane.",
     "ACCUSE", "093", "PAK", ""),
    ("Le Liban a réclamé une aide internationale.",
     "REQUEST", "103", "LBN", ""),
    ("Le Yémen a sollicité des vivres auprès des Nations unies.",
     "REQUEST", "1033", "YEM", ""),
    ("Les manifestants ont réclamé la démission du Premier ministre arménien.",
     "REQUEST", "1041", "ARM", "ARM"),
    ("Le Venezuela a exigé des négociations avec la Colombie.",
     "REQUEST", "106", "VEN", "COL"),
    ("Le Kenya a accusé l'Ouganda d'espionnage.",
     "ACCUSE", "1125", "KEN", "UGA"),
    ("La Chine a accusé le Japon d'agression.",
     "ACCUSE", "1123", "CHN", "JPN"),
    ("Le Nigeria a accusé le gouverneur de corruption.",
     "ACCUSE", "1121", "NGA", ""),
    ("La France a désapprouvé la décision de la Pologne.",
     "ACCUSE", "110", "FRA", "POL"),
    ("L'Érythrée a refusé l'aide de l'Union européenne.",
     "REJECT", "122", "ERI", "EUR"),
    ("La Corée du Nord a refusé des pourparlers avec la Corée du Sud.",
     "REJECT", "125", "PRK", "KOR"),
    ("Le Mali a rejeté la médiation de la Cédéao.",
     "REJECT", "126", "MLI", "IGO"),
    ("L'Arménie a rejeté le plan de paix de l'Azerbaïdjan.",
     "REJECT", "127", "ARM", "AZE"),
    ("L'Iran a violé la résolution du Conseil de sécurité.",
     "REJECT", "128", "IRN", "UNO"),
    ("Le Soudan du Sud a violé le cessez-le-feu.",
     "ASSAULT", "196", "SSD", ""),
    ("La Turquie a menacé la Grèce de guerre.",
     "THREATEN", "138", "TUR", "GRC"),
    ("L'Algérie a réduit ses relations avec le Maroc.",
     "SANCTION", "160", "DZA", "MAR"),
    ("La Serbie a suspendu les négociations avec le Kosovo.",
     "SANCTION", "164", "SRB", ""),
    ("La Hongrie a placé ses troupes en alerte.",
     "MOBILIZE", "152", "HUN", ""),
    ("La RDC a expulsé les casques bleus de l'ONU.",
     "SANCTION", "1661", "COD", "UNO"),
    ("L'Irak a expulsé les inspecteurs de l'AIEA.",
     "SANCTION", "1662", "IRQ", "IGO"),
    ("La Thaïlande a dissous le principal parti d'opposition.",
     "COERCE", "1722", "THA", ""),
    ("Des colons israéliens ont incendié des maisons palestiniennes en Cisjordanie.",
     "COERCE", "1712", "ISR", "PSE"),
    ("L'armée turque a occupé la ville syrienne d'Afrin.",
     "COERCE", "192", "TUR", "SYR"),
    ("La police bélarusse a tabassé des manifestants à Minsk.",
     "ASSAULT", "182", "BLR", "BLR"),
    ("La police kényane a tiré des gaz lacrymogènes sur des manifestants à Nairobi.",
     "ASSAULT", "175", "KEN", "KEN"),
    ("La police géorgienne a procédé à l'arrestation d'un opposant à Tbilissi.",
     "COERCE", "173", "GEO", "GEO"),
    ("L'armée ukrainienne a lancé une offensive contre les forces russes.",
     "ASSAULT", "190", "UKR", "RUS"),
    ("Le Bénin a porté plainte contre le Niger devant la Cour de justice de la Cédéao.",
     "ACCUSE", "115", "BEN", "NER"),
    ("Des détenus palestiniens ont entamé une grève de la faim contre Israël.",
     "PROTEST", "142", "PSE", ""),
    ("La Serbie et la Hongrie ont renforcé leur coopération économique.",
     "COOPERATE", "061", "SRB", ""),
    ("Des miliciens serbes ont mené une tentative d'assassinat contre le maire de Srebrenica.",
     "ASSAULT", "185", "SRB", "BIH"),
    ("L'armée birmane a perpétré un nettoyage ethnique contre les Rohingyas.",
     "ASSAULT", "203", "MMR", ""),
    ("Une fusillade a opposé des soldats maliens à des rebelles touareg près de Kidal.",
     "ASSAULT", "193", "MLI", ""),
    ("La Chine a pris la défense de la Russie au Conseil de sécurité.",
     "SUPPORT", "052", "CHN", "RUS"),
    ("Le parquet malien a ouvert une enquête pour corruption contre l'ancien ministre.",
     "ACCUSE", "091", "MLI", ""),
    ("La Somalie a réclamé des fonds à la Banque mondiale.",
     "REQUEST", "1031", "SOM", ""),
]

NON_EVENTS: list[str] = [
    "L'équipe de France a attaqué dès le coup d'envoi et a marqué deux buts.",
    "Le buteur brésilien a frappé le ballon du pied gauche.",
    "Le tennisman espagnol a violé le règlement en brisant sa raquette.",
    "Le club lyonnais a occupé la tête du classement pendant trois mois.",
    "Le constructeur allemand a lancé une nouvelle voiture électrique.",
    "Les douaniers ont saisi deux tonnes de cocaïne au port du Havre.",
    "La tempête a incendié des forêts dans le sud de la France.",
    "Le cuisinier a tiré les rois avec ses clients à Lyon.",
    "Les étudiants ont réclamé des places supplémentaires à la bibliothèque.",
    "Le musée a restitué un tableau à une famille viennoise.",
    "Le chef d'orchestre a rejeté le plan de la salle proposé par l'architecte.",
    "La Banque centrale européenne a réduit ses taux d'intérêt.",
    "Les pompiers ont évacué un immeuble à Marseille après une fuite de gaz.",
    "Le marathonien kényan a battu le record du monde à Berlin.",
    "Le skieur norvégien a dominé la descente à Kitzbühel.",
    "Les joueurs italiens ont refusé l'aide du médecin après le match.",
    "Le boxeur mexicain a mis son adversaire au tapis au troisième round.",
    "Le festival de Cannes a accueilli des milliers de visiteurs.",
    "La start-up française a levé 20 millions d'euros auprès d'investisseurs.",
    "Un incendie a détruit des maisons dans la banlieue d'Athènes.",
    "Le volcan islandais est entré en éruption samedi.",
    "Le ministre de la Culture a inauguré un musée à Dakar.",
    "La navigatrice française a battu le record de la traversée de l'Atlantique.",
    "Les supporters marocains ont célébré la victoire dans les rues de Casablanca.",
    "Le cycliste belge a attaqué dans la dernière ascension.",
    "La chaîne de télévision a suspendu la diffusion de la série.",
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[Event]]:
    return extract_events([(c[0],) for c in CASES] + [(s,) for s in NON_EVENTS], "fr",
                          PUBLISHED)


@pytest.mark.parametrize(("sentence", "kind", "cameo", "source", "target"), CASES)
def test_french_entries_code_their_cameo_codes(coded: dict[str, list[Event]], sentence: str,
                                               kind: str, cameo: str, source: str,
                                               target: str) -> None:
    events = coded[sentence]
    assert_coded(events, kind, source, target)
    assert cameo in {e.cameo for e in events}


@pytest.mark.parametrize("sentence", NON_EVENTS)
def test_no_event_in_non_political_news(coded: dict[str, list[Event]], sentence: str) -> None:
    assert coded[sentence] == []
