"""The reach of the cooperation types (AGREE, COOPERATE, CONSULT) in both languages, on
sentences written for these tests: each class of expression with an act and a trap (another
sense, a negation, a plan) on which no factual event of the class may be coded."""

from __future__ import annotations

import pytest
from coding import assert_coded, counted, extract_bilingual, extract_events

from vigie.model import Event

PUBLISHED = "2024-03-15"

# (sentence, PLOVER type, source country, target country ("" = any or none));
# type None: no event asserting that something happened.
EN_CASES: list[tuple[str, str | None, str, str]] = [
    # a commitment noun carried by a light verb is a promise (AGREE); a promise broken is none
    ("Ghana gave Togo a firm undertaking on Monday to withdraw its troops.", "AGREE", "GHA", ""),
    ("Ghana broke its promise to withdraw its troops from Togo.", None, "", ""),
    # a settlement, an arrangement or a compromise reached, clinched, struck: an agreement;
    # not the colony of that name that troops reach, nor one they failed to reach
    ("Peru and Bolivia clinched a settlement on Friday after a night of talks in Lima.",
     "AGREE", "PER", ""),
    ("Sri Lanka reached an arrangement with the IMF on Thursday on a bailout.", "AGREE", "LKA", ""),
    ("Israeli troops reached the settlement of Itamar on Monday.", None, "", ""),
    ("Peru and Bolivia failed to reach a compromise on Friday.", None, "", ""),
    # two sides that "settle on" a thing or "find common ground" agree; not settlers who
    # settle on a hill, nor one side choosing a coach, nor sides that fail to
    ("Chile and Peru settled on a joint fishing quota on Monday after a week of talks.",
     "AGREE", "CHL", ""),
    ("Greece found common ground with Turkey on migration on Monday.", "AGREE", "GRC", "TUR"),
    ("Israeli settlers settled on a hill near Nablus.", None, "", ""),
    ("Argentina settled on a new coach for its national team.", None, "", ""),
    ("Greece and Turkey failed to find common ground on migration.", None, "", ""),
    # a named person or a culprit handed, surrendered, transferred or put on a plane to
    # another state is an extradition (COOPERATE); not a captive released to the Red Cross,
    # a prisoner moved to a jail, a player transferred to a club
    ("Spain handed Carlos Ruiz to Portugal on Monday.", "COOPERATE", "ESP", "PRT"),
    ("Algeria surrendered Omar Belkacem to Tunisia on Friday.", "COOPERATE", "DZA", "TUN"),
    ("Guatemalan authorities put drug lord Carlos Mendez on a plane to Miami on Friday.",
     "COOPERATE", "GTM", "USA"),
    ("Hamas handed over Yosef Levi to the Red Cross in Gaza on Saturday.", None, "", ""),
    # a suspect, a wanted figure or a person named by a pronoun handed into another country's
    # custody or to its authorities: the same; not to one's own authorities, and not a thing
    ("Colombia transferred the cartel boss to U.S. custody on Thursday.",
     "COOPERATE", "COL", "USA"),
    ("Thailand handed the suspect to Cambodian authorities on Monday.",
     "COOPERATE", "THA", "KHM"),
    ("Italian police handed the suspect to Italian authorities in Rome.", None, "", ""),
    ("The museum handed the painting to Greek authorities.", None, "", ""),
    ("Peruvian police transferred Pedro Gomez to a prison in Lima.", None, "", ""),
    ("The airline put Maria Lopez on a plane to Madrid after the delay.", None, "", ""),
    ("Chile flew the Bolivian dissident Jorge Rojas to Santiago on a military plane and gave "
     "him asylum.", "AID", "CHL", ""),
    # bank records or statements handed by one state to another's judges, prosecutors or
    # investigators: judicial cooperation (COOPERATE 063); not handed to a court at home, nor
    # by a bank, nor a bank's statements sent to its customers
    ("Switzerland handed bank records of a former minister to Italian prosecutors on Monday.",
     "COOPERATE", "CHE", "ITA"),
    ("Monaco passed financial statements on the tycoon to French investigators.",
     "COOPERATE", "MCO", "FRA"),
    ("Italian prosecutors handed bank records of the minister to the court in Milan.",
     None, "", ""),
    ("A Swiss bank handed its financial records to French prosecutors.", None, "", ""),
    ("The bank sent its customers their monthly bank statements.", None, "", ""),
    # a side declared ready, willing or prepared to act, or volunteering to, offers it
    # (AGREE); ready to do harm, it threatens; a survey's "would be", a "could be" and a
    # thing made ready are no offer
    ("Benin stands ready to lead a multinational force in Haiti.",
     "AGREE", "BEN", "HTI"),
    ("Ghana stands ready to reopen negotiations with Togo.", "AGREE", "GHA", "TGO"),
    ("Rwanda volunteered on Friday to send 800 soldiers to the Central African Republic.",
     "AGREE", "RWA", "CAF"),
    ("Iran said it was ready to bomb Israeli cities.", "THREATEN", "IRN", "ISR"),
    ("Analysts say China could be ready to blockade Taiwan by 2027.", None, "", ""),
    ("The new airport terminal is ready for passengers.", None, "", ""),
    ("Ghana's new parliament building is ready for its first session, officials said.",
     None, "", ""),
    # a border reopened by the two sides is their cooperation (COOPERATE); by one side, an
    # easing (RETREAT); not a museum's doors
    ("Peru and Bolivia reopened their shared border to cargo traffic on Monday.",
     "COOPERATE", "PER", ""),
    ("Jordan reopened its border crossing with Syria on Monday.", "RETREAT", "JOR", "SYR"),
    ("The museum reopened its doors on Monday.", None, "", ""),
    # so are its crossing points, border posts and customs posts (a post or a point named
    # by what it is a post of); not a police post, nor a checkpoint or a crossing for traffic
    ("Peru and Bolivia reopened two crossing points on their shared frontier on Monday.",
     "COOPERATE", "BOL", ""),
    ("Chile and Argentina reopened their customs posts at the Cristo Redentor pass on Friday.",
     "COOPERATE", "ARG", ""),
    ("Lima reopened two police posts in the old town on Monday.", None, "", ""),
    ("The city reopened the pedestrian crossing near the stadium on Monday.", None, "", ""),
    # patrols and operations said to be coordinated are joint ones (COOPERATE)
    ("Indonesian and Australian navies began coordinated patrols in the Timor Sea on Monday.",
     "COOPERATE", "IDN", ""),
    # joint or military exercises "kicked off" are carried as when launched: by the forces of
    # two or more countries, their cooperation (COOPERATE); by one, a show of force
    # (MOBILIZE); not a season or a tournament kicked off, nor a ball kicked
    ("Greek and Italian warships kicked off a joint exercise in the Aegean on Monday.",
     "COOPERATE", "GRC", ""),
    ("About 9,000 Chilean and Peruvian troops kicked off their annual naval manoeuvres on "
     "Monday.", "COOPERATE", "PER", ""),
    ("China's navy kicked off large-scale naval drills near Taiwan on Monday.", "MOBILIZE",
     "CHN", ""),
    ("Greek and Italian diplomats kicked a football around at the embassy on Monday.",
     None, "", ""),
    ("Chelsea and Arsenal kicked off the new season on Saturday.", None, "", ""),
    ("Greek soldiers kicked off the football tournament on Monday.", None, "", ""),
    # a joint team set up or formed by the bodies of two countries is their cooperation; a
    # team of one country's police, or of two clubs, is none
    ("Spanish and French police set up a joint investigation team on people smuggling on "
     "Monday.", "COOPERATE", "FRA", ""),
    ("Belgian and Dutch prosecutors formed a joint investigative team on Friday.",
     "COOPERATE", "NLD", ""),
    ("Italian police set up an investigation team on the mafia on Monday.", None, "", ""),
    ("Lyon and Saint-Etienne formed a joint youth team on Friday.", None, "", ""),
    # an investigation opened jointly by the police of two countries is their cooperation
    # (COOPERATE 063), not an accusation; by one country's police it stays an inquiry
    ("Italian and Swiss police opened a joint investigation into the mafia on Monday.",
     "COOPERATE", "CHE", ""),
]

FR_CASES: list[tuple[str, str | None, str, str]] = [
    # « prendre l'engagement », « faire la promesse », « donner l'assurance »: a promise
    ("Le Ghana a pris mardi l'engagement de retirer ses troupes du Togo.", "AGREE", "GHA", ""),
    ("Le président béninois a fait la promesse de doubler l'aide au Niger.",
     "AGREE", "BEN", ""),
    ("Le Premier ministre polonais a donné au président ukrainien l'assurance que la Pologne "
     "livrerait des chars.", "AGREE", "POL", "UKR"),
    ("Le Canada a fourni des garanties de sécurité à la Moldavie.", "AGREE", "CAN", "MDA"),
    ("Le Ghana n'a pris aucun engagement envers le Togo.", None, "", ""),
    ("Le ministre ghanéen a pris la parole devant le Parlement togolais.", None, "", ""),
    ("La compagnie aérienne a pris une assurance contre les risques de guerre au Soudan.",
     None, "", ""),
    ("Le président ghanéen a rompu sa promesse de retirer ses troupes du Togo.", None, "", ""),
    # « parvenir à un compromis », « conclure un arrangement »: an agreement
    ("Le Pérou et la Bolivie sont parvenus jeudi à un compromis sur le prix du gaz.",
     "AGREE", "PER", ""),
    ("Le Sri Lanka a conclu un compromis avec le FMI sur un plan de sauvetage.",
     "AGREE", "LKA", ""),
    ("Le Pérou et la Bolivie ne sont pas parvenus à un compromis.", None, "", ""),
    # « trouver un terrain d'entente »: an agreement; not a plot of land found by one side
    ("La Grèce a trouvé avec la Turquie un terrain d'entente sur les migrations.",
     "AGREE", "GRC", "TUR"),
    ("L'armée malienne a trouvé un terrain pour installer sa base près de Gao.", None, "", ""),
    ("La Grèce et la Turquie n'ont pas trouvé de terrain d'entente.", None, "", ""),
    # « livrer », « remettre », « transférer » une personne nommée à un autre État: une
    # extradition (COOPERATE); pas un captif rendu à la Croix-Rouge, ni un joueur transféré
    ("L'ancien ministre Ahmed Benali a été livré à l'Algérie par les autorités marocaines.",
     "COOPERATE", "MAR", "DZA"),
    ("La Grèce a transféré Ali Hassan vers l'Italie mardi.", "COOPERATE", "GRC", "ITA"),
    ("Le Hamas a remis Yossi Cohen à la Croix-Rouge samedi.", None, "", ""),
    # un suspect, une figure recherchée ou une personne nommée par un pronom remis aux
    # autorités d'un autre pays: de même; pas à celles de son propre pays, ni un objet
    ("La Thaïlande a remis le suspect aux autorités cambodgiennes lundi.",
     "COOPERATE", "THA", "KHM"),
    ("L'Espagne l'a livré mardi aux autorités marocaines.", "COOPERATE", "ESP", "MAR"),
    ("La police italienne a remis le suspect aux autorités italiennes.", None, "", ""),
    ("Le musée a remis le tableau aux autorités grecques.", None, "", ""),
    ("Le Hamas l'a remis samedi à la Croix-Rouge.", None, "", ""),
    # des relevés ou des documents bancaires transmis par un État à la justice d'un autre:
    # une entraide judiciaire (COOPERATE 063); pas à la justice de son propre pays, ni par
    # une banque, ni les relevés d'une banque à ses clients
    ("Le Luxembourg a transmis à la justice belge des relevés bancaires de l'ancien ministre.",
     "COOPERATE", "LUX", "BEL"),
    ("Monaco a remis à la justice française des documents bancaires sur l'homme d'affaires.",
     "COOPERATE", "MCO", "FRA"),
    ("La police italienne a transmis à la justice italienne des relevés bancaires du ministre.",
     None, "", ""),
    ("Une banque suisse a transmis ses relevés bancaires à la justice française.", None, "", ""),
    ("La banque a envoyé à ses clients leurs relevés bancaires.", None, "", ""),
    # « s'est porté volontaire pour »: an offer (AGREE); « prêt à
    # bombarder »: a threat; a candidacy is none
    ("Le Rwanda s'est porté volontaire pour envoyer des soldats en Centrafrique.",
     "AGREE", "RWA", "CAF"),
    ("L'Iran s'est dit prêt à bombarder les villes israéliennes.", "THREATEN", "IRN", "ISR"),
    ("Le club lyonnais s'est porté candidat à l'organisation de la finale.", None, "", ""),
    # « rouvrir la frontière, les douanes » à deux: une coopération
    ("Lima et La Paz ont rouvert mercredi les douanes de Desaguadero.", "COOPERATE", "PER", ""),
    # leurs postes de douane, leurs points de passage: de même; pas un poste de police, ni
    # un passage pour piétons
    ("Le Pérou et la Bolivie ont rouvert les postes de douane de Desaguadero.",
     "COOPERATE", "BOL", ""),
    ("Le Chili et l'Argentine ont rouvert deux points de passage sur leur frontière commune.",
     "COOPERATE", "CHL", ""),
    ("Le gouvernement péruvien a rouvert deux postes de police dans le centre de Lima.",
     None, "", ""),
    ("La mairie a rouvert le passage pour piétons près du stade.", None, "", ""),
    ("Le club lyonnais a transféré Karim Diallo au Real Madrid.", None, "", ""),
    ("L'opposant Ivan Petrov a été remis en liberté lundi par les autorités de Minsk, à "
     "l'occasion de la visite à Minsk d'un émissaire polonais.", "RETREAT", "BLR", ""),
    # « donner le coup d'envoi » d'exercices: les lancer; par les forces de deux pays, leur
    # coopération (COOPERATE), par un seul, une démonstration de force (MOBILIZE); ni un
    # match ni un tournoi, ni un « coup de frein »
    ("Les forces grecques et italiennes ont donné lundi le coup d'envoi de leurs exercices "
     "annuels en mer Égée.", "COOPERATE", "ITA", ""),
    ("Les marines chilienne et péruvienne ont donné le coup d'envoi des manœuvres conjointes "
     "« Pacifique 2025 ».", "COOPERATE", "CHL", ""),
    ("L'armée chinoise a donné lundi le coup d'envoi de manœuvres autour de Taïwan.",
     "MOBILIZE", "CHN", "TWN"),
    ("L'arbitre a donné le coup d'envoi du match entre le PSG et l'OM.", None, "", ""),
    ("Les militaires grecs ont donné le coup d'envoi du tournoi de football.", None, "", ""),
    ("Le Parlement grec a donné un coup de frein aux négociations avec la Turquie.",
     None, "", ""),
    # une ligne ou un mécanisme de swap, un swap de devises reconduits (COOPERATE 061, comme
    # en anglais); ni une ligne de crédit, ni les horaires d'un bureau de change
    ("La Banque centrale du Chili et la Banque populaire de Chine ont renouvelé leur ligne de "
     "swap.", "COOPERATE", "CHL", ""),
    ("Le Japon et le Chili ont reconduit pour deux ans leur mécanisme de swap de devises de 80 "
     "milliards de yuans.", "COOPERATE", "JPN", ""),
    ("La Banque centrale du Pérou et la Banque centrale du Chili ont prolongé mardi leur "
     "échange de devises.", "COOPERATE", "PER", ""),
    ("Un bureau de change de la gare de Lyon a prolongé ses horaires d'échange de devises.",
     None, "", ""),
    # une équipe commune d'enquête créée ou constituée par les polices ou les justices de deux
    # pays: leur coopération; pas l'équipe commune de deux clubs, ni une équipe non créée
    ("Les polices italienne et suisse ont créé une équipe commune d'enquête sur la mafia.",
     "COOPERATE", "CHE", ""),
    ("La justice belge a constitué avec ses homologues luxembourgeois une équipe commune "
     "d'enquête sur un réseau de fraude.", "COOPERATE", "BEL", "LUX"),
    ("Le club lyonnais et le club stéphanois ont créé une équipe commune de jeunes.",
     None, "", ""),
    ("Les polices italienne et suisse n'ont pas créé d'équipe commune d'enquête.",
     None, "", ""),
    # une enquête commune, conjointe ou mixte des polices de deux pays: leur coopération
    ("Les polices italienne et suisse ont ouvert une enquête conjointe sur la mafia.",
     "COOPERATE", "ITA", ""),
    ("Policiers et magistrats italiens et suisses ont constitué une équipe d'enquête mixte.",
     "COOPERATE", "CHE", ""),
]


@pytest.fixture(scope="module")
def coded_en() -> dict[str, list[Event]]:
    return extract_events(EN_CASES, "en", PUBLISHED)


@pytest.fixture(scope="module")
def coded_fr() -> dict[str, list[Event]]:
    return extract_events(FR_CASES, "fr", PUBLISHED)


@pytest.mark.parametrize(("text", "kind", "source", "target"), EN_CASES,
                         ids=[c[0][:50] for c in EN_CASES])
def test_english(coded_en: dict[str, list[Event]], text: str, kind: str | None, source: str,
                 target: str) -> None:
    assert_coded(coded_en[text], kind, source, target)


@pytest.mark.parametrize(("text", "kind", "source", "target"), FR_CASES,
                         ids=[c[0][:50] for c in FR_CASES])
def test_french(coded_fr: dict[str, list[Event]], text: str, kind: str | None, source: str,
                target: str) -> None:
    assert_coded(coded_fr[text], kind, source, target)


# An act of conflict done together by sides of several countries is their cooperation, coded
# in its place (the development sets' gold codes the cooperation alone): (language, sentence,
# the types of the factual events, the sources of the cooperation).
JOINT_CASES: list[tuple[str, str, set[str], set[str]]] = [
    ("en", "Kenyan and Tanzanian troops launched joint strikes on rebel camps on Sunday.",
     {"COOPERATE"}, {"KEN", "TZA"}),
    ("en", "Peruvian and Ecuadorian police jointly arrested twelve smugglers on Friday.",
     {"COOPERATE"}, {"PER", "ECU"}),
    ("en", "Greek and Cypriot police arrested 30 people in a coordinated operation on Monday.",
     {"COOPERATE"}, {"GRC", "CYP"}),
    ("fr", "Les armées tchadienne et nigérienne ont lancé une offensive commune contre les "
     "jihadistes.", {"COOPERATE"}, {"TCD", "NER"}),
    ("fr", "Les polices française et suisse ont arrêté conjointement douze passeurs.",
     {"COOPERATE"}, {"FRA", "CHE"}),
    ("en", "Turkish and Iraqi police jointly raided a smuggling den in Mosul on Friday, "
     "arresting eleven suspects.", {"COOPERATE"}, {"TUR", "IRQ"}),
    ("fr", "Les polices espagnole et portugaise ont démantelé conjointement un réseau de "
     "passeurs, interpellant neuf suspects.", {"COOPERATE"}, {"ESP", "PRT"}),
    ("fr", "Les polices italienne et slovène ont mené mardi des perquisitions coordonnées dans "
     "les milieux du trafic d'armes.", {"COOPERATE"}, {"ITA", "SVN"}),
    # a criminal or militant ring (cell, network, ring, syndicate; « cellule », « réseau »,
    # « filière ») dismantled or broken up by the police of two countries: their
    # cooperation, with or without a word saying they did it together (one ring, two forces)
    ("en", "Italian and Albanian police dismantled a people-smuggling ring on Thursday.",
     {"COOPERATE"}, {"ITA", "ALB"}),
    ("en", "Greek and Bulgarian police broke up a cigarette smuggling network in a joint "
     "operation on Monday.", {"COOPERATE"}, {"GRC", "BGR"}),
    ("fr", "Les polices italienne et albanaise ont démantelé jeudi une filière de passeurs.",
     {"COOPERATE"}, {"ITA", "ALB"}),
    ("fr", "La police grecque et la police bulgare ont démantelé ensemble un réseau de "
     "contrebande de cigarettes.", {"COOPERATE"}, {"GRC", "BGR"}),
    # a country adjective closing the phrase of the second side, which the parser hangs on the
    # first (« la police italienne et la Direction … albanaise »), is the second side's; one
    # adjective for both sides (« la police et la gendarmerie françaises ») stays one country
    ("fr", "La police italienne et la Direction centrale des services antidrogue (DCSA) "
     "albanaise ont démantelé mardi une filière de passeurs.", {"COOPERATE"}, {"ITA", "ALB"}),
    ("fr", "La police et la gendarmerie françaises ont démantelé mardi un réseau de passeurs.",
     {"COERCE"}, set()),
    # the police of one country dismantling a ring use force on it (COERCE), no cooperation;
    # engineers or a firm dismantling a network, and a ring not dismantled, code nothing
    ("en", "Italian police dismantled a people-smuggling ring in Bari on Thursday.",
     {"COERCE"}, set()),
    ("fr", "La police italienne a démantelé jeudi une filière de passeurs à Bari.",
     {"COERCE"}, set()),
    ("en", "Italian and Albanian engineers dismantled the old telephone network on Thursday.",
     set(), set()),
    ("en", "The German retailer dismantled its sales network in Poland.", set(), set()),
    ("fr", "Les ingénieurs italiens et albanais ont démantelé l'ancien réseau téléphonique.",
     set(), set()),
    ("fr", "Le groupe allemand a démantelé son réseau de distribution en Pologne.",
     set(), set()),
    ("en", "Greek and Bulgarian police failed to break up the smuggling network.",
     set(), set()),
    # one country's forces together, attackers of no country, a joint appeal, a negated act:
    # no cooperation
    ("fr", "L'armée camerounaise a lancé une offensive conjointe avec la gendarmerie dans "
     "l'Extrême-Nord.", {"ASSAULT"}, set()),
    ("en", "Gunmen carried out coordinated attacks on three police stations in Kano on Monday.",
     {"ASSAULT"}, set()),
    ("en", "Brazil and Argentina jointly called on Venezuela to publish the results.",
     {"REQUEST"}, set()),
    ("fr", "Le Brésil et l'Argentine ont appelé conjointement le Venezuela à publier les "
     "résultats.", {"REQUEST"}, set()),
    ("en", "Kenyan and Tanzanian troops did not launch joint strikes on rebel camps.",
     set(), set()),
]


@pytest.fixture(scope="module")
def coded_joint() -> dict[str, list[Event]]:
    return extract_bilingual(JOINT_CASES, (), PUBLISHED)


@pytest.mark.parametrize(("lang", "text", "kinds", "sides"), JOINT_CASES,
                         ids=[c[1][:50] for c in JOINT_CASES])
def test_done_together(coded_joint: dict[str, list[Event]], lang: str, text: str,
                       kinds: set[str], sides: set[str]) -> None:
    facts = counted(coded_joint[text])
    assert {e.event for e in facts} == kinds
    for together in (e for e in facts if e.event == "COOPERATE"):
        assert {a.country for a in together.actor} == sides
        assert together.recipient == ()
