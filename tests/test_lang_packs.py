"""Language packs (src/vigie/lang/<lang>/*.json): every table of every pack loads, and a key
written twice in a table is an error naming the file, not a silent loss of one entry (two
rounds of lexicon work once each added the same word class under the same name)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from vigie.lang import _unique_keys, load_table

PACKS = sorted(entry.name for entry in resources.files("vigie.lang").iterdir()
               if entry.is_dir() and not entry.name.startswith("_"))
TABLES = sorted((lang, entry.name.removesuffix(".json")) for lang in PACKS
                for entry in resources.files("vigie.lang").joinpath(lang).iterdir()
                if entry.name.endswith(".json"))


def test_both_languages_have_packs() -> None:
    assert {"en", "fr"} <= set(PACKS)


@pytest.mark.parametrize(("lang", "name"), TABLES)
def test_every_table_loads_with_distinct_keys(lang: str, name: str) -> None:
    assert load_table(lang, name) is not None


def test_a_key_written_twice_is_an_error_naming_it() -> None:
    text = '{"classes": {"GUARD": ["guard"], "GUILTY": ["guilty"], "GUARD": ["guard"]}}'
    with pytest.raises(ValueError, match="'GUARD' is written twice"):
        json.loads(text, object_pairs_hook=_unique_keys)
    assert json.loads('{"a": {"b": 1}, "b": 2}', object_pairs_hook=_unique_keys) == {
        "a": {"b": 1}, "b": 2}
