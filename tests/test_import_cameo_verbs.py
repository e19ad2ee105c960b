"""The converter of the CAMEO verb dictionary (tools/import_cameo_verbs.py): how it reads
each kind of line, on a small dictionary written for this test, and that the committed
table is what the converter makes of the real one, byte for byte."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parent.parent / "tools"
PETRARCH = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "petrarch2"
COMMITTED = (Path(__file__).resolve().parent.parent / "src" / "vigie" / "lang" / "en"
             / "events_cameo.json")


def _tool():
    spec = importlib.util.spec_from_file_location("import_cameo_verbs",
                                                  TOOLS / "import_cameo_verbs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


converter = _tool()

DICTIONARY = """\
# a dictionary in the CAMEO.2.0.txt format, written for this test
####### SYNONYM SETS #######

&ARMS
+RIFLE
+GRENADE
+TEAR_GAS

####### VERB PATTERNS #######

---  BESIEGE   [191]  ---
BESIEGE
SURROUND
- * (FOR DAYS)                                        [---]         # SURROUND
- &ARMS *                                             [190]         # BESIEGE

---  SHIP   [---]  ---
SHIP
+SEND_OFF {+SENDS_OFF +SENT_OFF}  [042]
- * &ARMS (TO +)                                      [072]         # SHIP
- * {HUMANITARIAN SUPPLIES}                           [0233:070]    # SHIP
- * PRESS_RELEASE                                     [010]         # SHIP
- * GOODS                                             [:061]        # SHIP
"""


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    source = tmp_path_factory.mktemp("dictionary") / "CAMEO.test.txt"
    source.write_text(DICTIONARY, encoding="utf-8")
    table, _report = converter.convert_file(source, converter.Rules.load(converter.RULES))
    return table


def _entries(table: dict, lemma: str) -> list[dict]:
    return [e for e in table["predicates"] if lemma in e["lemmas"]]


def test_synsets_become_word_classes_of_single_words(converted: dict) -> None:
    assert converted["classes"] == {"ARMS": ["grenade", "rifle"]}


def test_a_bare_verb_codes_alone_only_when_the_rules_list_it(converted: dict) -> None:
    besiege = [e for e in _entries(converted, "besiege") if "requires" not in e]
    assert [e["cameo"] for e in besiege] == ["191"]
    # "surround" takes the block's code in the dictionary, but it is a common word: it
    # codes only with one of its patterns.
    assert all("requires" in e for e in _entries(converted, "surround"))


def test_patterns_name_the_object_class_and_the_target_slot(converted: dict) -> None:
    (arms,) = [e for e in _entries(converted, "ship") if e["cameo"] == "072"]
    assert arms["requires"] == {"oblique:to": [], "patient": ["&ARMS"]}
    assert arms["recipient"][0] == "oblique:to"
    assert arms["recipient_required"] is True


def test_a_phrase_keeps_its_modifier_and_the_doers_code_is_taken(converted: dict) -> None:
    (supplies,) = [e for e in _entries(converted, "ship") if e["cameo"] == "0233"]
    assert supplies["requires"] == {"patient": ["humanitarian supplies", "humanitarian supply"]}


def test_a_subject_pattern_and_a_null_pattern(converted: dict) -> None:
    (armed,) = [e for e in _entries(converted, "besiege") if "requires" in e]
    assert armed["requires"] == {"agent": ["&ARMS"]}
    (null,) = _entries(converted, "surround")
    assert null["cameo"] is None and null["requires"] == {"oblique:for": ["day", "days"]}


def test_phrasal_verbs_statements_and_the_other_sides_code(converted: dict) -> None:
    (send_off,) = _entries(converted, "send")
    assert send_off["requires"] == {"particle": ["off"]} and send_off["cameo"] == "042"
    codes = {e["cameo"] for e in converted["predicates"]}
    assert "010" not in codes  # root 01: public statements, no PLOVER event
    assert "061" not in codes  # [:061] codes only the other side


def test_the_converter_reports_what_it_left_out(tmp_path: Path) -> None:
    source = tmp_path / "CAMEO.test.txt"
    source.write_text(DICTIONARY, encoding="utf-8")
    _table, report = converter.convert_file(source, converter.Rules.load(converter.RULES))
    assert report.counts["patterns of public statements (root 01)"] == 1
    assert report.counts["patterns coding only the other side ([:B])"] == 1


def test_a_missing_dictionary_is_one_line_not_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert converter.main([str(tmp_path / "absent.txt"), "--out", str(tmp_path / "o.json"),
                           "--notice", str(tmp_path / "n.txt")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def _shared(path: Path) -> Path:
    if path.exists():
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{path} is missing")
    pytest.skip(f"{path} is not here (the shared evaluation data)")


def test_the_committed_table_is_the_converters_output(tmp_path: Path) -> None:
    source = _shared(PETRARCH / "CAMEO.2.0.txt")
    out, notice = tmp_path / "events_cameo.json", tmp_path / "LICENSE.txt"
    assert converter.main([str(source), "--out", str(out), "--notice", str(notice)]) == 0
    assert out.read_bytes() == COMMITTED.read_bytes()
    assert notice.read_bytes() == COMMITTED.with_suffix(".LICENSE.txt").read_bytes()
    assert json.loads(out.read_text(encoding="utf-8"))["predicates"]
