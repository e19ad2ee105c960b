"""Lexicon reach for material conflict and its easing, continued (after
test_events_reach_coerce.py and test_events_reach_protest.py): classes of expression that
recur over three or more development sets and that no entry reached, in both languages: a
leader resigning told with an idiom ("bowed out", « a rendu son tablier », beside « a jeté
l'éponge »), heads of government of every title (a chancellor, a premier, a king) counting as
leaders; an election or a session boycotted told as shunning it or staying away from it (the
English counterparts of « bouder le scrutin »), and a delegation walking out of the hall
(« les délégations ont quitté la salle »); a broadcaster or a party silenced through what it
does or puts out ("suspended the broadcasts of Voice of America", « a suspendu les activités
des partis », « les émissions de la radio »); a named organisation, a movement or a gang
outlawed or proscribed ("outlawed the Muslim Brotherhood", « a mis hors la loi », « a proscrit »);
people named by their nationality, or migrants, removed or sent back to a country ("removed 238
Venezuelans to El Salvador", « a renvoyé vers le Salvador 200 Vénézuéliens »), the people's
country the target; what a commander orders forces to do (move, stand on alert, be called up)
coded as done, as it is carried out when the order is given (« a ordonné de placer les forces
en régime spécial d'alerte », "ordered the navy to deploy two frigates"), while an order to a
state or a party ("the court ordered Russia to withdraw") stays a demand, and an ordered act
of another kind (an arrest, a dispersal) the content of the order; crowds obstructing a place
(PROTEST 144): roads, streets, a town, its centre or quarter blocked, choked, clogged or
paralysed ("farmers choked the roads around Madrid", « ont bloqué les abords du Parlement »,
« ont paralysé le centre de Madrid »), a named city paralysed or brought to a standstill by
them, while forces blocking a quarter, and snow or traffic bringing a city to a standstill,
code nothing.
Each class is checked on sentences written for these tests, and on the other senses of the
same words (a tennis player bowing out of a tournament, a chef handing back his apron,
investors shunning a bond sale, tourists staying away from beaches, a delegation leaving a
city, a company suspending its own activities, an outlawed group acting, a practice outlawed,
a player offside, bodies returned, players sent back to the bench), on which nothing fires."""

from __future__ import annotations

from datetime import date

from coding import class_tests

from vigie import Article, analyse

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = [
    # A leader resigning, told with an idiom.
    ("en", "Peru's prime minister bowed out on Tuesday after weeks of pressure.",
     "RETREAT", "08", "PER", ""),
    ("en", "The Bolivian president bowed out of the race for a second term on Monday.",
     "RETREAT", "08", "BOL", ""),
    ("en", "The German chancellor bowed out on Monday after losing a confidence vote.",
     "RETREAT", "08", "DEU", ""),
    ("fr", "Le Premier ministre roumain a rendu son tablier lundi soir.",
     "RETREAT", "08", "ROU", ""),
    ("fr", "Le chancelier autrichien a rendu son tablier samedi soir.",
     "RETREAT", "08", "AUT", ""),
    # An election or a session boycotted: shunned, stayed away from; a delegation's walkout.
    ("en", "Togo's main opposition party shunned Sunday's legislative election.",
     "PROTEST", "143", "TGO", ""),
    ("en", "The Zambian opposition stayed away from the presidential ballot.",
     "PROTEST", "143", "ZMB", ""),
    # Talks shunned are talks rejected, not a boycott of a vote.
    ("en", "Sudan's army shunned the ceasefire talks in Geneva on Wednesday.",
     "REJECT", "120", "SDN", ""),
    ("en", "Opposition deputies in Serbia stayed away from the first session of the new "
     "parliament on Monday.", "PROTEST", "143", "SRB", ""),
    ("fr", "Les délégations de la France et du Canada ont quitté la salle de l'Assemblée "
     "générale pendant l'intervention du président iranien.", "PROTEST", "143", "FRA", ""),
    # A broadcaster or a party silenced through its broadcasts or its activities.
    ("en", "Burkina Faso's junta suspended the broadcasts of Voice of America for two weeks.",
     "COERCE", "172", "BFA", "USA"),
    ("en", "The Nicaraguan government banned the activities of the opposition party.",
     "COERCE", "172", "NIC", "NIC"),
    ("fr", "La junte guinéenne a suspendu les activités des partis politiques.",
     "COERCE", "172", "GIN", ""),
    ("fr", "Les autorités tchadiennes ont suspendu les émissions de la radio FM Liberté.",
     "COERCE", "172", "TCD", "TCD"),
    # A named organisation, a movement or a gang outlawed or proscribed.
    ("en", "Egypt's government outlawed the Muslim Brotherhood on Wednesday.",
     "COERCE", "172", "EGY", "EGY"),
    ("en", "Ethiopia's cabinet outlawed the Oromo Liberation Army on Sunday.",
     "COERCE", "172", "ETH", "ETH"),
    ("en", "Bahrain's government outlawed the opposition Wefaq movement on Sunday.",
     "COERCE", "172", "BHR", "BHR"),
    ("fr", "Le gouvernement égyptien a mis hors la loi les Frères musulmans mercredi.",
     "COERCE", "172", "EGY", "EGY"),
    ("fr", "Le Kremlin a déclaré hors la loi le mouvement de l'opposant Alexeï Navalny.",
     "COERCE", "172", "RUS", "RUS"),
    ("fr", "Le gouvernement bahreïni a proscrit l'association Al-Wefaq.",
     "COERCE", "172", "BHR", "BHR"),
    # People named by their nationality, or migrants, sent back or removed to a country:
    # the target is the people's country, not the destination.
    ("en", "The United States removed 130 Guatemalans to Honduras over the weekend.",
     "COERCE", "174", "USA", "GTM"),
    ("en", "Britain sent four Albanians back to Tirana on Thursday.",
     "COERCE", "174", "GBR", "ALB"),
    ("fr", "La République dominicaine a renvoyé vers Haïti plus de 300 Haïtiens mardi.",
     "COERCE", "174", "DOM", "HTI"),
    ("fr", "Washington a renvoyé au Honduras plus de 150 Vénézuéliens.",
     "COERCE", "174", "USA", "VEN"),
    # What a commander orders forces to do, done as the order is given.
    ("fr", "Le président algérien a ordonné jeudi de placer l'armée en état d'alerte "
     "maximale à la frontière malienne.", "MOBILIZE", "152", "DZA", ""),
    ("fr", "Le ministre grec de la Défense a ordonné lundi de déployer deux frégates "
     "supplémentaires en mer Égée.", "MOBILIZE", "154", "GRC", ""),
    ("en", "Kenya's president ordered the army to deploy 3,000 troops in the capital on Friday.",
     "MOBILIZE", "154", "KEN", ""),
    ("en", "Armenia's prime minister ordered the army to put its units on high alert on "
     "Monday.", "MOBILIZE", "152", "ARM", ""),
]

# (language, sentence) on which nothing may be coded.
NON_EVENTS: list[tuple[str, str]] = [
    # Sport and the kitchen.
    ("en", "Serena Williams bowed out of the US Open on Friday."),
    ("en", "Nigeria bowed out of the World Cup after a 2-0 defeat."),
    ("fr", "Le chef cuisinier a rendu son tablier après vingt ans au restaurant."),
    ("fr", "Le sélectionneur des Bleus a rendu son tablier après la défaite."),
    # Markets and tourism; a delegation leaving a city.
    ("en", "Investors shunned the bond sale on Tuesday."),
    ("en", "Tourists stayed away from the beaches of Tunisia this summer."),
    ("fr", "La délégation française a quitté Genève mardi soir."),
    # A company suspending its own activities.
    ("fr", "Le groupe Renault a suspendu ses activités en Russie."),
    ("en", "Netflix suspended the broadcast of the series in Egypt."),
    # An outlawed group acting, a practice outlawed, a player offside.
    ("en", "The outlawed Kurdistan Workers' Party said it was behind the attack."),
    ("en", "Ghana's parliament outlawed same-sex relations on Wednesday."),
    ("fr", "L'arbitre a mis hors jeu l'attaquant du Wydad."),
    # Bodies returned, players sent back to the bench, both sides dismissed.
    ("en", "Israel returned the bodies of three Palestinians to Gaza."),
    ("en", "The coach returned the Brazilians to the bench after half-time."),
    ("fr", "Le juge a renvoyé dos à dos Russes et Ukrainiens."),
    ("fr", "L'entraîneur a renvoyé les Brésiliens au vestiaire."),
    # An order to another state is a demand; an order for another act is its content; an
    # order of goods is trade.
    ("en", "The World Court ordered Azerbaijan to withdraw its troops from the border area."),
    ("fr", "La Cour internationale de justice a ordonné à l'Arménie de retirer ses forces."),
    ("fr", "La compagnie a commandé vingt avions à Airbus."),
    # Forces blocking a quarter; weather and traffic bringing a city to a standstill.
    ("en", "Heavy snow brought Chicago to a standstill on Monday."),
    ("en", "Traffic jams choked the roads out of Lagos on Friday evening."),
    ("fr", "La police a bloqué le quartier de la gare de Lyon samedi."),
    ("fr", "Les embouteillages ont asphyxié le centre de Marseille vendredi soir."),
    ("fr", "La neige a paralysé Grenoble lundi matin."),
]


(coded, test_reach_classes_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)


def test_an_order_to_anothers_diplomats_is_no_retreat_of_theirs() -> None:
    # Diplomats belong to their state but are not forces under the orderer's command: the
    # order is the expulsion, what they are told to do is its content.
    (analysis,) = analyse([Article(id="order", lang="fr", published=date.fromisoformat(PUBLISHED),
                                   text="Le Burundi a ordonné aux diplomates rwandais de plier "
                                        "bagage sous soixante-douze heures.")])
    assert "RETREAT" not in {e.event for e in analysis.events}
