"""Lexicon reach for material conflict, continued (after test_events_reach_forces.py): warships
and convoys moved toward an area (MOBILIZE 154), a class of expression that recurs over three
or more development sets in both languages and that no entry reached.

- Warships steaming or sailing toward an area, or setting course for it ("two frigates sailed
  into the Baltic", "set course for the Red Sea", « ont mis le cap sur », « fait route vers »,
  « a appareillé pour »); a carrier strike group steered toward a sea by its ministry.
- What a commander orders warships to do is done as the order is given (as for troops, see
  test_events_reach_material.py): the ordered ships are the subject of the infinitive
  ("ordered two destroyers to sail toward the Gulf", "the carrier and its escorts were
  ordered to steam toward …"), a carrier strike group as well as a destroyer.
- A convoy or a column read through to what it carries, as English "convoy" was
  (« a acheminé un convoi de blindés vers … »: armour moved; a convoy of food is aid). Read
  through, « un convoi de l'armée » is the army's: leaving a town with a heading (« en
  direction de », « vers », "for") it moves on, and is no pullback (troops_leave,
  quitter_troupes), while forces leaving a base with no heading still pull out.

Each is checked on sentences written for these tests, and on the other senses of the same
words (a yacht steaming toward the finish of a regatta, a warship sailing home or back to
port, an airline "carrier" setting course for profit, a bulk carrier or a merchant ship at
sea, a sailing boat heading for the West Indies, a haulier's convoy of goods, an army column
leaving a town for the border, an order to a state), on which nothing is coded as a
mobilisation."""

from __future__ import annotations

from coding import class_tests

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = [
    # Warships moving toward an area, or setting course for it.
    ("en", "Two Russian frigates sailed into the Baltic Sea on Tuesday.",
     "MOBILIZE", "154", "RUS", ""),
    ("en", "A British destroyer set course for the Red Sea on Friday.",
     "MOBILIZE", "154", "GBR", ""),
    ("en", "The Pentagon steered a carrier strike group toward the Arabian Sea.",
     "MOBILIZE", "154", "USA", ""),
    ("fr", "Deux frégates russes ont mis le cap sur la mer Baltique mardi.",
     "MOBILIZE", "154", "RUS", ""),
    ("fr", "Le porte-avions américain fait route vers la Méditerranée orientale.",
     "MOBILIZE", "154", "USA", ""),
    # Warships ordered to move: done as the order is given, by whoever gives it.
    ("en", "The Indian navy ordered two destroyers to sail toward the Gulf of Aden on Monday.",
     "MOBILIZE", "154", "IND", ""),
    ("en", "The Pentagon ordered a carrier strike group to steam toward the South China Sea.",
     "MOBILIZE", "154", "USA", ""),
    ("en", "Two American destroyers were ordered to steam toward the Black Sea on Sunday.",
     "MOBILIZE", "154", "USA", ""),
    # A convoy or a column of armour moved toward a town.
    ("fr", "L'armée burkinabè a acheminé un long convoi de blindés vers Djibo jeudi.",
     "MOBILIZE", "154", "BFA", ""),
    ("fr", "L'armée nigérienne a acheminé une colonne de blindés vers la frontière malienne.",
     "MOBILIZE", "154", "NER", ""),
    # Forces leaving a base with no heading pull out of it.
    ("fr", "Les soldats allemands ont quitté la base de Niamey samedi.",
     "RETREAT", "0874", "DEU", ""),
    # A convoy of food is aid, not a deployment.
    ("fr", "Le Programme alimentaire mondial a acheminé un convoi de vivres vers Gao.",
     "AID", "073", "UNO", ""),
]

# (language, sentence) on which nothing may be coded.
NON_EVENTS: list[tuple[str, str]] = [
    # Sailing for sport; a warship going home or back to port.
    ("en", "The yacht steamed toward the finish line in the regatta."),
    ("en", "The old destroyer sailed back to Portsmouth on Monday."),
    ("en", "The low-cost carrier set course for profitability this year."),
    ("fr", "Le voilier a mis le cap sur les Antilles lors de la régate."),
    ("fr", "Le skipper fait route vers Pointe-à-Pitre après trois semaines de course."),
    # A merchant ship is no warship, a carrier of goods no aircraft carrier.
    ("en", "The Liberian-flagged bulk carrier was sailing toward the Suez Canal."),
    ("fr", "Un navire marchand a mis le cap sur le port de Gênes."),
    # A haulier's convoy of goods.
    ("fr", "Le transporteur a acheminé un convoi de marchandises vers Lyon."),
    # An army convoy leaving a town with a heading moves on: no pullback.
    ("fr", "Une colonne de l'armée nigérienne a quitté Agadez en direction de la frontière."),
    ("en", "A Nigerien army column left Agadez for the Algerian border on Monday."),
]

(coded, test_naval_classes_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)


def test_an_order_to_a_state_lends_it_no_voyage() -> None:
    # An order to a state is a demand it may not heed: its object is no force under command,
    # so the infinitive gets no subject from it and nothing sails.
    from datetime import date

    from vigie import Article, analyse

    (analysis,) = analyse([Article(
        id="order", lang="en", published=date.fromisoformat(PUBLISHED),
        text="The tribunal ordered Russia to sail its warships back to Sevastopol.")])
    assert "MOBILIZE" not in {e.event for e in analysis.events}
