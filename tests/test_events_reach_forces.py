"""Lexicon reach for material conflict, continued (after test_events_reach_material.py):
classes of expression that recur over three or more development sets and that no entry
reached, written in both languages.

- Forces brought in (MOBILIZE 154, police 153): troops, police or reinforcements poured into
  a place ("poured reinforcements into the outskirts of the city", "troops were poured into
  the state by the federal government"), and in French brought in by a causative (« a fait
  venir des renforts », « a fait débarquer des renforts de gendarmes »), who has them come
  being the doer. Money poured into bonds, crowds pouring into a city, a club bringing in
  new signings and forces that come of themselves are no mobilisation.
- Explosive devices going off (ASSAULT 183): a bomb, a mine or an explosive device that
  explodes, rips or tears through a place (« une bombe a explosé », « un engin explosif a
  soufflé un véhicule »), struck by unidentified attackers of the country where it went off.
  An explosion or a gas cylinder (an accident as often as an attack), a storm tearing
  through a town, an atomic bomb and a bomb that exploded long before the story (a
  commemoration: "a bell tolled on Wednesday, the minute the bomb exploded 80 years ago")
  code nothing; nor does a wire dateline's agency become the doer of the story's first
  sentence ("KABUL (Reuters) - A bomb tore through …": the parser takes the dateline for a
  second subject).
- Forces surrounding a building (COERCE 170): soldiers or police surrounding, encircling or
  ringing a home, a party's headquarters or a parliament building (« des militaires ont
  encerclé le domicile de l'opposant », « des policiers ont cerné le siège du parti »). Fans
  around a team bus, and gunmen around a school (an attack, whose act is what they do
  next), are not forces of a state confining someone. A chamber ("surrounded the National
  Assembly") is not written: it names the body as often as its building, and the one
  development sentence with it sets the scene of a later act.
"""

from __future__ import annotations

from coding import assert_doer, class_tests

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = [
    # Forces brought in.
    ("en", "Sudan's army poured reinforcements into the town of Babanusa on Monday.",
     "MOBILIZE", "154", "SDN", ""),
    ("en", "About 5,000 troops were poured into the region by the Indian government on "
     "Thursday.", "MOBILIZE", "154", "IND", ""),
    ("en", "Kenya poured hundreds of police officers into the coastal city of Mombasa on "
     "Monday.", "MOBILIZE", "153", "KEN", ""),
    ("fr", "Le Tchad a fait venir des renforts militaires dans le nord du pays.",
     "MOBILIZE", "154", "TCD", ""),
    ("fr", "Le gouvernement français a fait venir mardi un millier de gendarmes "
     "supplémentaires en Corse.", "MOBILIZE", "153", "FRA", ""),
    ("fr", "Le gouvernement malien a fait débarquer mardi à Tombouctou des renforts de "
     "soldats.", "MOBILIZE", "154", "MLI", ""),
    # Explosive devices going off.
    ("en", "A car bomb ripped through a crowded market in the Pakistani city of Peshawar on "
     "Friday.", "ASSAULT", "183", "PAK", ""),
    ("en", "A roadside bomb exploded near an army convoy in the Afghan city of Kandahar on "
     "Monday.", "ASSAULT", "183", "AFG", ""),
    ("fr", "Une bombe a explosé mardi soir dans un marché de Quetta, au Pakistan.",
     "ASSAULT", "183", "PAK", ""),
    ("fr", "Un engin explosif a soufflé jeudi un autobus de l'armée près de Kidal, au Mali.",
     "ASSAULT", "183", "MLI", ""),
    # Forces surrounding a building.
    ("en", "Soldiers surrounded the home of opposition leader Kizza Besigye in Kampala on "
     "Friday.", "COERCE", "170", "UGA", ""),
    ("en", "Police surrounded the headquarters of the opposition party in Dhaka on Sunday.",
     "COERCE", "170", "BGD", ""),
    ("fr", "Des militaires ont encerclé vendredi le domicile de l'opposant Kizza Besigye à "
     "Kampala, en Ouganda.", "COERCE", "170", "UGA", ""),
    ("fr", "Des policiers ont cerné dimanche le siège du parti d'opposition à Dacca, au "
     "Bangladesh.", "COERCE", "170", "BGD", ""),
]

# (language, sentence) on which nothing may be coded.
NON_EVENTS: list[tuple[str, str]] = [
    # Money and crowds poured in; a club's signings; forces that come of themselves.
    ("en", "Investors poured money into Nigerian bonds on Monday."),
    ("en", "Tourists poured into central Lisbon for the festival on Saturday."),
    ("fr", "Le club a fait venir trois renforts cet été."),
    ("fr", "Des renforts sont venus du Niger mardi."),
    # Accidents, storms, and a bomb remembered.
    ("en", "A gas explosion ripped through an apartment block in Moscow on Tuesday."),
    ("en", "A tornado tore through the town of Mayfield on Friday night."),
    ("en", "A bell tolled in Nagasaki on Friday, the minute the bomb exploded 79 years ago."),
    ("fr", "Une bonbonne de gaz a explosé dans un restaurant de Lyon samedi."),
    ("fr", "Une explosion a soufflé un immeuble de Marseille dimanche."),
    ("fr", "La tempête a ravagé la côte bretonne dans la nuit."),
    # Fans and gunmen around a bus or a school.
    ("en", "Fans surrounded the team bus outside the stadium on Sunday."),
    ("en", "Gunmen surrounded a school in Zamfara state on Friday."),
    ("fr", "Des supporteurs ont encerclé le car de l'équipe devant le stade."),
    ("fr", "Des hommes armés ont encerclé une école dans l'État de Zamfara, au Nigeria."),
]


(coded, test_force_classes_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)


def test_a_wire_dateline_is_no_doer_of_the_first_sentence() -> None:
    # The English parser takes "KABUL (Reuters)" for a second subject of "tore": the agency
    # would be the bomber. The bomb struck where the dateline places the story.
    assert_doer("KABUL (Reuters) - A bomb tore through a wedding hall in the west of the city "
                "on Saturday.", "en", PUBLISHED, "ASSAULT", "AFGUAF", "dateline")
