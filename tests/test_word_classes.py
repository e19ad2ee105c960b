"""Word classes (lang/<lang>/word_classes.json and the imported dictionary's synsets): every
entry's argument requirement names classes that both languages define, and where the parse
gives a verb no object, the nearest noun of the clause of the required class is taken, with
a note in the trace. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from coding import assert_coded

from vigie.events.lexicon import Words, word_classes, words_of
from vigie.lang import load_table
from vigie.model import Article, Event
from vigie.pipeline import analyse

# Roles filled by function words (particles, auxiliaries, subordinators) or verbs, written as
# they are; every other list names classes.
LITERAL_ROLES = frozenset({"particle", "complement", "complement_aux", "complement_mark"})
LANGUAGES = ("en", "fr")
PUBLISHED = date(2024, 3, 15)


def _requirements(table: dict) -> list[tuple[str, str, list[str]]]:
    return [(entry["id"], role, terms) for entry in table["predicates"]
            for kind in ("requires", "excludes")
            for role, terms in (entry.get(kind) or {}).items()]


def _named_classes(table: dict) -> set[str]:
    return {term[1:] for _id, _role, terms in _requirements(table) for phrase in terms
            for term in phrase.split() if term.startswith("&")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_entry_keeps_a_private_noun_list(lang: str) -> None:
    private = [(ident, role, terms) for ident, role, terms in _requirements(
        load_table(lang, "events")) if role not in LITERAL_ROLES
        and not all(term.startswith("&") for term in terms)]
    assert private == []


def test_the_classes_entries_name_have_members_in_both_languages() -> None:
    named = set().union(*(_named_classes(load_table(lang, "events")) for lang in LANGUAGES))
    for lang in LANGUAGES:
        classes = word_classes(lang)
        assert sorted(name for name in named if not classes.get(name)) == [], lang


def test_the_imported_synsets_have_french_members() -> None:
    imported = _named_classes(load_table("en", "events_cameo"))
    french = word_classes("fr")
    assert imported and sorted(name for name in imported if not french.get(name)) == []


def test_an_unknown_class_is_an_error_naming_it() -> None:
    with pytest.raises(KeyError, match="&NO_SUCH_CLASS"):
        words_of(["&NO_SUCH_CLASS"], {})


def test_a_phrase_needs_its_modifier() -> None:
    words = words_of(["&RELIEF aid"], {"RELIEF": frozenset({"humanitarian", "emergency"})})
    assert words.admits("aid", ["emergency"])
    assert not words.admits("aid", ["military"])
    assert not Words() and words


def _coded(text: str, lang: str) -> tuple[list[Event], list[str]]:
    (analysis,) = analyse([Article(id="test", text=text, lang=lang, published=PUBLISHED)])
    return analysis.events, [n.message for n in analysis.trace if n.verdict == "backoff"]


# (sentence, language, type, source, target, the noun backed off to or "" for none)
CASES = [
    # "howitzer" is a member of the dictionary's &WEAPON, which the hand-written entry names
    ("Japan delivered howitzers and ammunition to Ukraine.", "en", "AID", "JPN", "UKR", ""),
    # the parser hangs "des fusils" on "l'Ukraine": the verb has no object
    ("Le Japon a livré à l'Ukraine des fusils et des munitions.", "fr", "AID", "JPN", "UKR",
     "fusils"),
    ("La Turquie a livré lundi à l'Ukraine des obusiers.", "fr", "AID", "TUR", "UKR",
     "obusiers"),
    ("Le Sénégal a déployé samedi au Mali ses premiers soldats.", "fr", "MOBILIZE", "SEN", "MLI",
     "soldats"),
    # a bare noun right after its verb, tagged an adjective, is its object: an apology, not a
    # request; a verb followed by no noun of the class keeps its general sense
    ("Le chancelier autrichien a demandé pardon, lundi, aux victimes de la Shoah.", "fr",
     "CONCEDE", "AUT", "AUT", "pardon"),
    ("Le Ghana demande au Togo de fermer sa frontière.", "fr", "REQUEST", "GHA", "TGO", ""),
]


@pytest.mark.parametrize(("sentence", "lang", "kind", "source", "target", "noun"), CASES)
def test_classes_and_the_back_off_to_the_nearest_noun(sentence: str, lang: str, kind: str,
                                                      source: str, target: str,
                                                      noun: str) -> None:
    events, notes = _coded(sentence, lang)
    assert_coded(events, kind, source, target)
    if noun:
        assert len(notes) == 1 and notes[0].startswith(f"{noun!r} taken as the object")
    else:
        assert notes == []


def test_a_required_phrase_hung_on_the_governing_verb_is_taken_back() -> None:
    # the parser hangs « en état d'alerte » on « a ordonné », not on « placer »: the phrase
    # follows the infinitive, so it is the infinitive's, and the trace says so
    events, notes = _coded("Le président iranien a ordonné dimanche de placer les unités de "
                           "missiles en « état d'alerte maximale ».", "fr")
    assert_coded(events, "MOBILIZE", "IRN", "")
    assert len(notes) == 1 and notes[0].startswith("'état' taken as a phrase of 'placer'")


def test_no_back_off_past_the_clause() -> None:
    # "weapons" is in the class, but in another clause: the verb keeps no object.
    events, notes = _coded("Japan delivered on Monday, and Ukraine bought weapons.", "en")
    assert notes == [] and not [e for e in events if e.event == "AID"]
