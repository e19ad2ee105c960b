"""Input nobody foresaw, each kind of which once crashed a run with a traceback: now each is
read, or refused on one line, and the good inputs beside it are all processed."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import jsonschema
import pytest
from fuzzing import warc_record

import vigie
from vigie.cli import main
from vigie.config import Settings
from vigie.errors import InputError
from vigie.model import Article, Claim, Event
from vigie.nlp import pipeline_for
from vigie.output import open_writer
from vigie.readers import read_inputs

ACCUSATION = "Washington accuse Pyongyang de violer les sanctions."
ACCUSATION_EN = "Washington accused Pyongyang of violating the sanctions."


def events(records: list[vigie.model.Record]) -> list[tuple[str, list[str | None]]]:
    return [(r.event, [a.code for a in r.actor]) for r in records if isinstance(r, Event)]


def read(paths: list[Path], **kwargs: object) -> list[str]:
    """Each input as its id, or its error as ``source [code]``."""
    return [r.id if isinstance(r, Article) else f"{r.source} [{r.reason.code}]"
            for r in read_inputs([str(p) for p in paths], **kwargs)]  # type: ignore[arg-type]


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# -- lone surrogates ----------------------------------------------------------------------------

def test_a_lone_surrogate_in_a_text_or_an_id_is_read_as_the_replacement_character() -> None:
    records = vigie.extract("a\ud800b " + ACCUSATION, lang="fr", doc_id="x\udc80y")
    assert events(records) == [("ACCUSE", ["USAGOV"])]
    (event,) = records[:1]
    assert event.doc_id == "x\ufffdy"
    # One character for one: the offsets still point at the words.
    assert event.sentence.startswith("a\ufffdb Washington")
    json.dumps([r.to_dict() for r in records], ensure_ascii=False).encode("utf-8")


def test_escaped_surrogates_in_jsonl_give_valid_utf8_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "s\\udbff", "text": "Un \\ud800 mot. ' + ACCUSATION + '", '
                    '"lang": "fr"}\n', encoding="utf-8")
    code, out, err = run(capsys, ["extract", str(feed), "--kinds", "event"])
    assert (code, err) == (0, "")
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["doc_id"] == "s\ufffd" and record["event"] == "ACCUSE"


# -- digits -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le ²³ mars, " + ACCUSATION,
    "Le ① mars 2023, " + ACCUSATION,
    "Le ١٢ mars ٢٠٢٣, " + ACCUSATION,
    "Le ٢٠٢٣-٠٣-١٢, " + ACCUSATION,
])
def test_digits_other_than_0_to_9_are_no_date_numbers(text: str) -> None:
    records = vigie.extract(text, lang="fr", published="2023-03-10")
    assert events(records) == [("ACCUSE", ["USAGOV"])]
    # "mars" alone is the month of publication, read in the past of the clause: no day is
    # taken from the foreign digits.
    assert [r.value for r in records if r.kind == "time"] in ([], ["2023-03"])


def test_ascii_digits_still_make_dates() -> None:
    records = vigie.extract("Le 12 mars 2023, " + ACCUSATION, lang="fr", published="2023-03-20")
    assert [r.value for r in records if r.kind == "time"] == ["2023-03-12"]


# -- huge integers ------------------------------------------------------------------------------

def test_a_number_past_pythons_digit_limit_in_a_text_is_read() -> None:
    records = vigie.extract(f"En {'1' * 5000}, {ACCUSATION} Il y a {'7' * 5000} morts.",
                            lang="fr", published="2023-03-10")
    assert events(records) == [("ACCUSE", ["USAGOV"])]
    assert [r for r in records if r.kind == "claim"] == []


def test_a_400_digit_count_gives_no_infinite_claim() -> None:
    records = vigie.extract(f"The ministry said {'9' * 400} people were killed.", lang="en")
    claims = [r for r in records if isinstance(r, Claim)]
    assert claims == []


def test_jsonl_numbers_past_the_digit_limit_cost_their_line_only(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        f'{{"id": {"1" * 5000}, "text": "{ACCUSATION}"}}\n'
        f'{{"id": "extra", "text": "{ACCUSATION}", "count": {"2" * 5000}}}\n'
        f'{{"id": "good", "text": "{ACCUSATION}"}}\n', encoding="utf-8")
    assert read([feed]) == [f"{feed}:1 [E006]", f"{feed}:2 [E006]", "good"]


# -- nested JSON --------------------------------------------------------------------------------

def test_deeply_nested_json_is_malformed_json_for_its_line_or_file(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    feed = tmp_path / "feed.jsonl"
    feed.write_text(f'{{"id": "deep", "text": {deep}}}\n{{"id": "good", "text": '
                    f'"{ACCUSATION}"}}\n', encoding="utf-8")
    single = tmp_path / "single.json"
    single.write_text(deep, encoding="utf-8")
    assert read([feed, single]) == [f"{feed}:1 [E006]", "good", f"{single} [E006]"]
    (error,) = [r for r in read_inputs([str(single)]) if isinstance(r, InputError)]
    assert str(error).endswith("malformed JSON: nested too deeply [E006]")


# -- publication dates at the calendar's edges --------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "published"), [
    ("Demain, la Chine s'opposera au projet. Hier, " + ACCUSATION, "fr", "9999-12-31"),
    ("Hier, la Chine s'est opposée au projet, et elle votera lundi prochain. " + ACCUSATION,
     "fr", "0001-01-01"),
    ("Yesterday, last week and last year, " + ACCUSATION_EN, "en", "0001-01-01"),
    ("Tomorrow, next week, next month and next year, " + ACCUSATION_EN, "en", "9999-12-31"),
    ("In ten years, a decade ago and last century, " + ACCUSATION_EN, "en", "9999-12-31"),
    # Found by bench/fuzz.py: "il y a", "depuis" and "ago" count back outside the expression
    # rules.
    ("Il y a dix ans, depuis trois siècles, " + ACCUSATION, "fr", "0001-01-01"),
    ("Ten years ago, and for the past three centuries, " + ACCUSATION_EN, "en", "0001-01-01"),
])
def test_relative_dates_against_extreme_publication_dates(text: str, lang: str,
                                                          published: str) -> None:
    records = vigie.extract(text, lang=lang, published=published)
    assert ("ACCUSE", ["USAGOV"]) in events(records)
    for record in records:
        if record.kind == "time" and record.value and record.value[:1].isdigit():
            assert "0001" <= record.value[:4] <= "9999"


def test_a_date_inside_the_calendar_is_still_resolved_at_its_edge() -> None:
    records = vigie.extract("Hier, " + ACCUSATION, lang="fr", published="9999-12-31")
    assert [r.value for r in records if r.kind == "time"] == ["9999-12-30"]


# -- WARC header defects ------------------------------------------------------------------------

PAGE = (b"<html><head><title>Sanctions</title></head><body><article><p>"
        + ACCUSATION.encode() * 3 + b"</p></article></body></html>")


def page_record(number: int, *, uri: bool = True, length_shift: int | None = 0) -> bytes:
    """A response record of PAGE written by hand, so that it can lack what a writer always
    adds or state a wrong Content-Length."""
    return warc_record(number, PAGE, uri=uri, length_shift=length_shift)


def test_a_response_without_target_uri_costs_that_record_only(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(page_record(1) + page_record(2, uri=False) + page_record(3))
    assert read([archive], lang="fr") == ["<urn:r1>", f"{archive}:<urn:r2> [E009]", "<urn:r3>"]


def test_a_record_without_content_length_ends_its_archive_not_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "a.warc").write_bytes(page_record(1) + page_record(2, length_shift=None)
                                      + page_record(3))
    (tmp_path / "b.txt").write_text(ACCUSATION, encoding="utf-8")
    assert read([tmp_path], lang="fr") == ["<urn:r1>", f"{tmp_path / 'a.warc'} [E009]", "b.txt"]
    code, out, err = run(capsys, ["extract", str(tmp_path), "--lang", "fr", "--kinds", "event"])
    assert code == 1
    assert err == (f"vigie: {tmp_path / 'a.warc'}: cannot be read: malformed WARC archive: "
                   "record 2 has no Content-Length [E009]\n")
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["<urn:r1>", "b.txt"]


def test_warcio_warnings_stay_off_stderr_and_become_one_line(
    tmp_path: Path, capfd: pytest.CaptureFixture[str],
) -> None:
    archive = tmp_path / "crawl.warc"
    # Record 2 says it is 10 bytes shorter than it is: warcio warns over three lines.
    archive.write_bytes(page_record(1) + page_record(2, length_shift=-10) + page_record(3))
    code = main(["extract", str(archive), "--lang", "fr", "--kinds", "event"])
    out, err = capfd.readouterr()
    assert code == 1
    assert err == (f"vigie: {archive}: cannot be read: malformed WARC archive: record 2 is not "
                   "followed by a blank line (its Content-Length may be wrong) [E009]\n")
    assert {json.loads(line)["doc_id"] for line in out.splitlines()} >= {"<urn:r1>", "<urn:r3>"}


# -- size limits --------------------------------------------------------------------------------

def test_spacy_takes_every_text_vigie_accepts(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings()
    nlp = pipeline_for("fr", settings)
    # spaCy's own limit (1,000,000 characters) is below Vigie's (2,000,000 bytes); scaled down
    # here so that the test parses a sentence, not a megabyte.
    monkeypatch.setattr(nlp, "max_length", len(ACCUSATION) - 1)
    records = vigie.extract(ACCUSATION, lang="fr", settings=settings)
    assert events(records) == [("ACCUSE", ["USAGOV"])]
    assert pipeline_for("fr", settings).max_length >= settings.max_bytes


def test_an_html_page_over_the_limit_is_refused_unread(tmp_path: Path, test_data: Path) -> None:
    page = (test_data / "html" / "depeche.html").read_bytes()
    (tmp_path / "a.html").write_bytes(page)
    (tmp_path / "b.html").write_bytes(page + b"<!--" + b" " * len(page) + b"-->")
    settings = Settings(max_html_bytes=len(page) + 10)
    assert read([tmp_path], lang="fr", settings=settings) == [
        "a.html", f"{tmp_path / 'b.html'} [E004]"]
    stdin = io.BytesIO(page + b"<!--" + b" " * len(page) + b"-->")
    assert read([Path("-")], stdin=stdin, settings=settings) == ["stdin [E004]"]


# -- NUL bytes ----------------------------------------------------------------------------------

def test_a_nul_byte_costs_a_jsonl_file_its_line_only(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b'{"id": "nul", "text": "Washington\x00 accuse."}\n'
                     + f'{{"id": "good", "text": "{ACCUSATION}"}}\n'.encode())
    assert read([feed]) == [f"{feed}:1 [E002]", "good"]
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(bytes(range(256)) * 4)
    assert read([binary]) == [f"{binary} [E002]"]


def test_a_line_of_binary_data_costs_a_short_jsonl_file_that_line_only(tmp_path: Path) -> None:
    # Found by bench/fuzz.py: the control bytes of one line were over 5% of a short file,
    # which was then refused whole, its good record with it.
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(bytes(range(1, 9)) * 8 + b"\n"
                     + f'{{"id": "good", "text": "{ACCUSATION}"}}\n'.encode())
    assert read([feed]) == [f"{feed}:1 [E002]", "good"]
    # Nor does a first line that starts like a UTF-16 byte-order mark.
    feed.write_bytes(b"\xff\xfe garbage\n" + f'{{"id": "good", "text": "{ACCUSATION}"}}\n'.encode())
    assert read([feed]) == [f"{feed}:1 [E003]", "good"]
    # A whole file in UTF-16, byte-order mark first, is read as the text it is.
    feed.write_bytes(f'{{"id": "utf16", "text": "{ACCUSATION}"}}\n'.encode("utf-16"))
    assert read([feed]) == ["utf16"]


# -- non-finite numbers -------------------------------------------------------------------------

def test_writers_refuse_non_finite_numbers_and_write_nothing_of_that_document() -> None:
    claim = Claim(doc_id="d", text="x", start=0, end=1, value=math.inf, low=None, high=None,
                  bound="exact", unit=None, counted=None)
    out = io.StringIO()
    writer = open_writer("jsonl", out)
    with pytest.raises(ValueError, match="Out of range float"):
        writer.write("d", [claim])
    assert out.getvalue() == ""


def test_the_schema_forbids_infinite_counts() -> None:
    record = Claim(doc_id="d", text="x", start=0, end=1, value=1e308 * 10, low=None, high=None,
                   bound="exact", unit=None, counted=None).to_dict()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, vigie.output.output_schema())
