"""Lexicon reach for force and pressure (issue 13): classes of expression that recur over
three or more development sets and that no entry reached, written in both languages.

- A state leaving an international body (SANCTION 160): a country that quits, leaves or exits
  a bloc or an organisation ("Guinea quit the African Union", « la Guinée a quitté l'Union
  africaine »), its exit from it (the withdrawal and « la sortie / le retrait de » had entries
  already), a state that slams the door of a bloc (« ont claqué la porte de l'Union
  africaine »), and the same announced "with immediate effect" (« avec effet immédiat »),
  which is the act decided, not a threat. Envoys or deputies walking out of a sitting still
  protest (143); troops leaving a country withdraw (RETREAT); a leader quitting a post
  resigns; a player leaving a club is sport.
- Police forces deployed (MOBILIZE 153): police or gendarmes mobilised, stationed, posted or
  sent (« a mobilisé 30 000 policiers »), and the deployment or mobilisation of police as a
  noun carried by a verb (« a annoncé le déploiement de 30 000 policiers et gendarmes »).
  Stewards at a stadium are no police force; a deployment named with no verb carrying it
  ("the deployment of Kenyan police remains suspended") is not an act.
- A threat raised as a prospect (THREATEN 130): the prospect, spectre or threat of harm
  raised with a date between the noun and its phrase ("raised the prospect on Friday of a
  ground offensive": the parser hangs "of" on the weekday or on the verb, read back as the
  noun's), and in French brought to weigh on someone (« a fait peser la menace de sanctions
  sur », as « faire planer »). The prospect of a recession raised by economists and the
  threat of floods weighing on a region are no one's threat.
- A craft named with its title noun ("commandeered the container ship Ocean Star", COERCE
  171): the English parser makes the name the head and the noun before it or in apposition
  to it says what the name is; French heads the phrase with the noun (« a arraisonné le
  pétrolier Ocean Star »). A person's title ("opposition figure X") is not read so.
"""

from __future__ import annotations

from coding import class_tests

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = [
    # A state leaving an international body.
    ("en", "Guinea quit the African Union on Monday, saying the bloc served foreign "
     "interests.", "SANCTION", "160", "GIN", "IGO"),
    ("en", "Chad announced on Monday that it would leave the African Union with immediate "
     "effect.", "SANCTION", "160", "TCD", "IGO"),
    ("en", "In a statement read on television, Guinea announced its exit from the African "
     "Union on Monday.", "SANCTION", "160", "GIN", "IGO"),
    ("fr", "La Guinée a quitté lundi l'Union africaine avec effet immédiat.",
     "SANCTION", "160", "GIN", "IGO"),
    ("fr", "Le Tchad a claqué lundi la porte de l'Union africaine, qu'il juge soumise à des "
     "puissances étrangères.", "SANCTION", "160", "TCD", "IGO"),
    # ... not envoys walking out of a sitting, nor troops leaving a country.
    ("en", "The Russian ambassador walked out of the Security Council on Tuesday.",
     "PROTEST", "143", "RUS", "UNO"),
    ("fr", "L'ambassadeur russe a claqué la porte mardi du Conseil de sécurité au moment du "
     "vote.", "PROTEST", "143", "RUS", "UNO"),
    ("en", "French troops left Niger on Friday.", "RETREAT", "0874", "FRA", "NER"),
    ("fr", "Les derniers soldats français ont quitté le Tchad vendredi.", "RETREAT", "0874",
     "FRA", "TCD"),
    # Police forces deployed.
    ("en", "The French interior minister mobilised 30,000 police officers across France on "
     "Saturday.", "MOBILIZE", "153", "FRA", ""),
    ("en", "The Kenyan government stationed 10,000 police around parliament on Tuesday.",
     "MOBILIZE", "153", "KEN", ""),
    ("en", "The Kenyan government announced the deployment of 10,000 police officers in "
     "Nairobi on Tuesday.", "MOBILIZE", "153", "KEN", ""),
    ("fr", "Le gouvernement français a annoncé lundi le déploiement de 30 000 policiers et "
     "gendarmes sur tout le territoire.", "MOBILIZE", "153", "FRA", ""),
    ("fr", "Le gouvernement sénégalais a ordonné mardi la mobilisation de 5 000 policiers à "
     "Dakar.", "MOBILIZE", "153", "SEN", ""),
    # A threat raised as a prospect.
    ("en", "The Turkish president raised the prospect on Friday of a ground offensive "
     "against Kurdish militias in Syria.", "THREATEN", "130", "TUR", ""),
    ("en", "The US president raised the spectre on Monday of steep tariffs on Vietnam.",
     "THREATEN", "130", "USA", ""),
    ("fr", "Le président serbe a fait peser jeudi la menace de sanctions sur le Kosovo.",
     "THREATEN", "130", "SRB", ""),
    ("fr", "Le président turc a fait peser la perspective d'une offensive terrestre contre "
     "l'Irak.", "THREATEN", "130", "TUR", ""),
    # A craft named with its title noun.
    ("en", "Venezuelan marines commandeered the container ship Ocean Star near Aruba on "
     "Monday.", "COERCE", "171", "VEN", ""),
    ("fr", "Des marins vénézuéliens ont arraisonné lundi le porte-conteneurs Ocean Star près "
     "d'Aruba.", "COERCE", "171", "VEN", ""),
]

NON_EVENTS: list[tuple[str, str]] = [
    # Sport: a player or a club leaving a league.
    ("en", "The Brazilian striker left the club on Monday after six seasons."),
    ("fr", "Le milieu de terrain brésilien a quitté le club lundi après six saisons."),
    # Stewards at a stadium, and a deployment no verb carries.
    ("en", "The club mobilised 300 stewards around the stadium on Saturday."),
    ("fr", "Le club a annoncé lundi le déploiement de 300 stadiers autour du stade."),
    ("en", "The deployment of Kenyan police officers remains suspended pending a court "
     "ruling."),
    ("fr", "Le déploiement de policiers kényans reste suspendu à une décision de justice."),
    # A forecast, and weather: no one threatens.
    ("en", "Economists raised the prospect on Friday of a recession in Germany."),
    ("fr", "Les orages ont fait peser mardi la menace d'inondations sur la région."),
    # A carmaker's ship is freight, commandeered by no state.
    ("en", "The shipping company chartered the container ship Ocean Star for the season."),
]


(coded, test_force_classes_code_their_cameo_codes,
 test_other_senses_of_force_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)
