"""Readers: every input becomes an Article or one InputError naming it; nothing raises."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from vigie.config import Settings
from vigie.errors import InputError
from vigie.model import Article
from vigie.readers import read_inputs


def read(paths: list[str | Path], **kwargs: object) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def codes(items: list[Article | InputError]) -> list[str]:
    return [item.reason.code if isinstance(item, InputError) else "ok" for item in items]


def test_plain_text_file_is_one_article_named_by_its_file(seed_path: Path, seed_text: str) -> None:
    (article,) = read([seed_path], lang="fr", published=date(2023, 3, 10))
    assert article == Article(id="000_faf1140702ac751a.txt", text=seed_text, lang="fr",
                              published=date(2023, 3, 10), published_source="given")


@pytest.mark.parametrize(
    ("name", "code"),
    [("empty.txt", "E001"), ("binary.txt", "E002")],
)
def test_bad_files_give_one_coded_error_naming_the_file(test_data: Path, name: str,
                                                        code: str) -> None:
    (error,) = read([test_data / name])
    assert isinstance(error, InputError)
    assert error.reason.code == code
    assert error.source == str(test_data / name)
    assert str(error).startswith(f"{test_data / name}: ")


def test_latin1_text_is_decoded_in_its_character_set(test_data: Path) -> None:
    (article,) = read([test_data / "latin1.txt"])
    raw = (test_data / "latin1.txt").read_bytes()
    assert isinstance(article, Article)
    assert article.text == raw.decode("latin-1")
    assert article.text.startswith("Le président a annoncé mardi")


def test_missing_file_is_an_error_and_the_next_input_still_reads(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Le gouvernement a démissionné.", encoding="utf-8")
    items = read([tmp_path / "missing.txt", good])
    assert codes(items) == ["E008", "ok"]
    assert items[0].source == str(tmp_path / "missing.txt")  # type: ignore[union-attr]


def test_whitespace_only_and_nul_bytes(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    (tmp_path / "nbsp.txt").write_text("\u00a0\u3000\n", encoding="utf-8")
    (tmp_path / "nul.txt").write_bytes(b"Un texte\x00 avec un octet nul.")
    (tmp_path / "utf16.txt").write_text("Le texte", encoding="utf-16")
    items = read([tmp_path / n for n in ("blank.txt", "nbsp.txt", "nul.txt", "utf16.txt")])
    # UTF-16 with its byte-order mark is text, not binary data.
    assert codes(items) == ["E001", "E001", "E002", "ok"]
    assert items[3].text == "Le texte"  # type: ignore[union-attr]


def test_utf8_bom_is_accepted_and_removed(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Pékin a protesté.".encode())
    (article,) = read([path])
    assert isinstance(article, Article)
    assert article.text == "Pékin a protesté."


def test_text_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("mot " * 100, encoding="utf-8")
    settings = Settings(max_bytes=100)
    assert codes(read([path], settings=settings)) == ["E004"]
    assert codes(read([path], input_format="text", settings=settings)) == ["E004"]


def test_directory_is_walked_in_sorted_order_with_known_extensions(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("deux", encoding="utf-8")
    (tmp_path / "a.txt").write_text("un", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "trois", "text": "trois"}\n', encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".cache.txt").write_text("caché", encoding="utf-8")
    items = read([tmp_path])
    assert [item.id for item in items if isinstance(item, Article)] == ["a.txt", "trois", "2.txt"]


def test_jsonl_bad_lines_are_errors_named_file_line_and_the_rest_goes_on(
    test_data: Path,
) -> None:
    path = test_data / "mixed.jsonl"
    items = read([path], lang="en", published=date(2024, 1, 1))
    # The date of line 4 names no single day (2 May or 5 February): a warning, not an error.
    assert codes(items) == ["ok", "E006", "E007", "ok", "ok"]
    assert [i.source for i in items if isinstance(i, InputError)] == [
        f"{path}:2", f"{path}:3"]
    assert (items[3].id, items[3].published) == ("bad-date", date(2024, 1, 1))  # type: ignore
    first, last = items[0], items[-1]
    assert isinstance(first, Article) and isinstance(last, Article)
    assert (first.id, first.lang, first.published) == ("ok-fr", "fr", date(2024, 5, 2))
    # No id: the record is named by file and line.
    assert last.id == f"{path}:5"


def test_jsonl_record_fields_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "a", "text": "Texte A", "url": "https://example.org/a", "source": "AFP",
         "title": "Titre", "published": "2024-03-01T08:30:00Z", "lang": "FR"},
        {"id": 7, "text": "Texte B"},
        {"id": "c", "text": 12},
        ["not", "an", "object"],
        {"id": "e", "text": "Texte E", "url": 3},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    items = read([path], lang="en", published=date(2024, 1, 1))
    assert codes(items) == ["ok", "ok", "E007", "E006", "E007"]
    a, b = items[0], items[1]
    assert a == Article(id="a", text="Texte A", lang="fr", published=date(2024, 3, 1),
                        url="https://example.org/a", source="AFP", title="Titre",
                        published_source="record")
    assert b == Article(id="7", text="Texte B", lang="en", published=date(2024, 1, 1),
                        published_source="given")
    assert "'url'" in str(items[4])


def test_a_record_with_an_empty_key_reads_its_fields_not_that_key(tmp_path: Path) -> None:
    # A key "" is nobody's field: the record still has no id, language or date of its own.
    path = tmp_path / "odd-keys.jsonl"
    path.write_text(json.dumps({"": {"nested": 1}, "text": "Le Tchad a reçu une aide."}) + "\n",
                    encoding="utf-8")
    (article,) = read([path], lang="fr")
    assert article == Article(id=f"{path}:1", text="Le Tchad a reçu une aide.", lang="fr")


def test_auto_detects_jsonl_content_without_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "feed.txt"
    path.write_text('{"id": "x", "text": "Un"}\n\n{"id": "y", "text": "Deux"}\n',
                    encoding="utf-8")
    assert [i.id for i in read([path])] == ["x", "y"]  # type: ignore[union-attr]
    # Forced to text, the same file is one article.
    (article,) = read([path], input_format="text")
    assert isinstance(article, Article) and article.id == "feed.txt"


def test_text_with_a_json_line_among_prose_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    path.write_text('{"text": "x"}\nPuis une phrase ordinaire.\n', encoding="utf-8")
    (article,) = read([path])
    assert isinstance(article, Article) and article.id == "prose.txt"


def test_json_file_holds_one_object_or_an_array(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text('{"text": "Seul"}', encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text('[{"id": "p", "text": "Premier"}, {"text": "Second"}, 3]',
                    encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": ', encoding="utf-8")
    items = read([one, many, broken])
    assert codes(items) == ["ok", "ok", "ok", "E006", "E006"]
    assert [i.id for i in items[:3]] == ["one.json", "p", f"{many}:2"]  # type: ignore[union-attr]


def test_stdin_text_and_jsonl() -> None:
    (article,) = read(["-"], stdin=io.BytesIO("Moscou a rappelé son ambassadeur.".encode()),
                      lang="fr")
    assert article == Article(id="stdin", text="Moscou a rappelé son ambassadeur.", lang="fr")
    stream = io.BytesIO(b'{"id": "s1", "text": "One"}\nnot json\n')
    items = read(["-"], stdin=stream, input_format="jsonl")
    assert codes(items) == ["ok", "E006"]
    assert items[1].source == "stdin:2"  # type: ignore[union-attr]


def test_unknown_input_format_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="input_format"):
        read(["-"], input_format="xml")


def test_record_lang_auto_means_not_stated(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "Un", "lang": "auto"}\n', encoding="utf-8")
    (article,) = read([path], lang="fr")
    assert isinstance(article, Article) and article.lang == "fr"


def test_no_standard_input_at_all_reads_as_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", None)
    assert codes(read(["-"])) == ["E001"]
