"""Inputs as analysts have them: CSV and TSV news dumps, other people's JSONL keys, compressed
files and zip archives, text that is not UTF-8, publication dates as feeds write them."""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import logging
import lzma
import zipfile
from datetime import date
from pathlib import Path

import duckdb
import pytest

from vigie.cli import main
from vigie.config import Settings
from vigie.errors import InputError
from vigie.model import Article
from vigie.readers import read_inputs
from vigie.readers.fields import load_field_names
from vigie.readers.published import file_name_day, parse_published
from vigie.store import ingest

MALI = ("Le gouvernement malien a expulsé lundi l'ambassadeur de France, a annoncé la "
        "télévision d'État.")
TBILISI = "Des milliers de manifestants ont défilé à Tbilissi contre la loi sur les agents."
DONETSK = "Russia accused Ukraine on Monday of shelling a market in Donetsk."
SEOUL = "South Korea condemned the missile launch by North Korea on Tuesday."


def read(paths: list[Path], **kwargs: object) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def summary(items: list[Article | InputError]) -> list[str]:
    """Each item as its id (an article) or its source and code (an error)."""
    return [f"{i.source} [{i.reason.code}]" if isinstance(i, InputError) else i.id
            for i in items]


def news_api_csv(path: Path, separator: str = ",", encoding: str = "utf-8") -> Path:
    """A news-API export as a spreadsheet saves it: its own column names, a quoted text with a
    line break, RFC 2822 and French dates."""
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=separator)
        writer.writerow(["article_id", "Headline", "source_name", "publishedAt", "link",
                         "content"])
        writer.writerow(["ml-1", "Expulsion", "ORTM", "Tue, 19 Dec 2023 18:30:00 GMT",
                         "https://example.org/ml-1", MALI])
        writer.writerow(["ge-2", "Tbilissi", "Civil.ge", "14 mai 2024",
                         "https://example.org/ge-2", TBILISI + "\nLa police a observé."])
        writer.writerow(["empty-3", "Rien", "X", "2024-05-14", "https://example.org/3", ""])
        writer.writerow(["ua-4", "Donetsk", "Wire", "2024-02-06T08:00:00+02:00",
                         "https://example.org/ua-4", DONETSK])
    return path


# -- CSV and TSV --------------------------------------------------------------------------------

@pytest.mark.parametrize(("separator", "suffix", "encoding"), [
    (",", ".csv", "utf-8"), (";", ".csv", "cp1252"), ("\t", ".tsv", "utf-8"),
])
def test_a_news_api_csv_is_one_article_a_row_with_its_columns_found(
        tmp_path: Path, separator: str, suffix: str, encoding: str) -> None:
    path = news_api_csv(tmp_path / f"export{suffix}", separator, encoding)
    items = read([path], lang="fr")
    assert summary(items) == ["ml-1", "ge-2", "empty-3", "ua-4"]
    mali, tbilisi, empty, donetsk = items
    assert mali == Article(id="ml-1", text=MALI, lang="fr", published=date(2023, 12, 19),
                           url="https://example.org/ml-1", source="ORTM", title="Expulsion",
                           published_source="record")
    assert tbilisi.text == TBILISI + "\nLa police a observé."  # type: ignore[union-attr]
    assert tbilisi.published == date(2024, 5, 14)  # type: ignore[union-attr]
    # An empty text is the pipeline's to refuse (E001, named by the row's id).
    assert empty.text == ""  # type: ignore[union-attr]
    # The day as the writer's zone gives it, not moved to UTC.
    assert donetsk.published == date(2024, 2, 6)  # type: ignore[union-attr]


def test_csv_rows_are_named_by_the_line_they_start_on(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_text('text,lang\n"Une ligne\nsur deux",fr\n\n,fr\n"La suite",fr\n',
                    encoding="utf-8")
    items = read([path])
    assert [(i.id, i.text) for i in items] == [  # type: ignore[union-attr]
        (f"{path}:2", "Une ligne\nsur deux"), (f"{path}:5", ""), (f"{path}:6", "La suite")]


def test_csv_without_a_text_column_is_one_error_listing_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "prices.csv"
    path.write_text("day,price\n2024-01-02,3.5\n", encoding="utf-8")
    (error,) = read([path])
    assert str(error) == (f"{path}: no text column among day, price; name it with --text-col "
                          "or --fields [E017]")


def test_columns_named_by_the_user_win_and_a_missing_one_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_text(f"summary,full,when\nCourt.,{SEOUL},2024-03-05\n", encoding="utf-8")
    # Without a name, "full" is no common name of the text; "summary" neither.
    assert summary(read([path])) == [f"{path} [E017]"]
    (article,) = read([path], settings=Settings(input_fields={"text": "FULL",
                                                              "published": "when"}))
    assert (article.text, article.published) == (SEOUL, date(2024, 3, 5))  # type: ignore
    (error,) = read([path], settings=Settings(input_fields={"text": "body"}))
    assert str(error) == (f"{path}: no column 'body' for the text (columns: summary, full, "
                          "when) [E018]")


def test_a_malformed_csv_row_costs_that_row_only(tmp_path: Path) -> None:
    # A cell over the size limit of an article is more than the csv module will read.
    path = tmp_path / "dump.txt"
    path.write_text('text\n"good one"\n"' + "x" * 2_000_001 + '"\n"good two"\n',
                    encoding="utf-8")
    items = read([path], input_format="csv")
    assert summary(items) == [f"{path}:2", f"{path}:3 [E009]", f"{path}:4"]
    assert "malformed CSV" in str(items[1])


# -- Other people's JSONL keys ------------------------------------------------------------------

def test_jsonl_with_a_news_apis_keys_is_read(tmp_path: Path) -> None:
    path = tmp_path / "newsapi.jsonl"
    record = {"uuid": "kr-1", "content": SEOUL, "date": "Tue, 05 Mar 2024 09:00:00 +0900",
              "url": "https://example.org/kr-1", "source": {"id": None, "name": "Yonhap"},
              "authors": ["Kim Min-ji", "Lee Joon"]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = read([path], lang="en")
    assert article == Article(id="kr-1", text=SEOUL, lang="en", published=date(2024, 3, 5),
                              url="https://example.org/kr-1", source="Yonhap",
                              author="Kim Min-ji, Lee Joon", published_source="record")


def test_jsonl_without_a_text_key_says_which_keys_it_has(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "x", "abstract": "Court.", "story_body": "Long."}\n',
                    encoding="utf-8")
    (error,) = read([path])
    assert str(error) == (f"{path}:1: bad field 'text': missing (keys: id, abstract, "
                          "story_body; name the text's key with --text-col) [E007]")
    (article,) = read([path], settings=Settings(input_fields={"text": "story_body"}))
    assert (article.id, article.text) == ("x", "Long.")  # type: ignore[union-attr]


def test_a_field_mapping_file(tmp_path: Path) -> None:
    good = tmp_path / "fields.json"
    good.write_text('{"text": "story_body", "published": "issued"}', encoding="utf-8")
    assert load_field_names(good) == {"text": "story_body", "published": "issued"}
    bad = tmp_path / "bad.json"
    bad.write_text('{"texte": "body"}', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown field texte"):
        load_field_names(bad)


def test_cli_column_options_and_mapping_file(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "dump.tsv"
    dump.write_text(f"ref\tstory_body\tissued\nkr-1\t{SEOUL}\t2024-03-05\n", encoding="utf-8")
    fields = tmp_path / "fields.json"
    fields.write_text('{"text": "story_body", "published": "issued"}', encoding="utf-8")
    for options in (["--text-col", "story_body", "--date-col", "issued", "--id-col", "ref"],
                    ["--fields", str(fields), "--id-col", "ref"]):
        code = main(["extract", str(dump), "--lang", "en", "--kinds", "event", *options])
        out, err = capsys.readouterr()
        (event,) = [json.loads(line) for line in out.splitlines()]
        assert (code, err) == (0, "")
        assert (event["doc_id"], event["event"], event["date"]) == ("kr-1", "ACCUSE",
                                                                    "2024-03-05")
    fields.write_text("[1]", encoding="utf-8")
    assert main(["extract", str(dump), "--fields", str(fields)]) == 2
    assert "not a JSON object" in capsys.readouterr().err


# -- Compressed files and archives --------------------------------------------------------------

def test_compressed_files_are_read_as_the_files_they_hold(tmp_path: Path) -> None:
    feed = {"id": "kr-1", "text": SEOUL, "published": "2024-03-05"}
    (tmp_path / "a_feed.jsonl.gz").write_bytes(gzip.compress(
        (json.dumps(feed) + "\n").encode()))
    (tmp_path / "b_2024-05-14_tbilissi.txt.bz2").write_bytes(bz2.compress(TBILISI.encode()))
    news_api_csv(tmp_path / "dump.csv")
    (tmp_path / "c_dump.csv.xz").write_bytes(lzma.compress((tmp_path / "dump.csv").read_bytes()))
    (tmp_path / "dump.csv").unlink()
    (tmp_path / "d_archive.tar.gz").write_bytes(gzip.compress(b"not read in a folder"))
    items = read([tmp_path], lang="fr")
    assert summary(items) == ["kr-1", "b_2024-05-14_tbilissi.txt.bz2", "ml-1", "ge-2",
                              "empty-3", "ua-4"]
    assert items[1].published == date(2024, 5, 14)  # type: ignore[union-attr]


def test_damaged_compressed_data_keeps_the_whole_lines_before_the_damage(tmp_path: Path) -> None:
    lines = b"".join(json.dumps({"id": f"n{n}", "text": f"Texte {n} " * 2000}).encode() + b"\n"
                     for n in range(1, 4))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(lines)[:-20])
    items = read([cut])
    assert summary(items)[-1] == f"{cut} [E009]"
    assert "truncated gz data" in str(items[-1])
    assert summary(items)[:-1] == ["n1", "n2"][:len(items) - 1]
    garbage = tmp_path / "garbage.txt.gz"
    garbage.write_bytes(b"\x1f\x8b\x08\x00 not deflate data at all")
    (error,) = read([garbage])
    assert error.reason.code == "E009" and "damaged gz data" in str(error)  # type: ignore


def test_a_compressed_text_over_the_size_limit_is_refused_as_it_grows(tmp_path: Path) -> None:
    path = tmp_path / "long.txt.gz"
    path.write_bytes(gzip.compress(b"mot " * 100_000))
    (error,) = read([path], settings=Settings(max_bytes=1000))
    assert str(error) == f"{path}: larger than the size limit (1000 bytes) [E004]"


def test_a_zip_archive_is_read_like_a_folder(tmp_path: Path) -> None:
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("z/2024-01-05_seoul.txt", SEOUL)
        bundle.writestr("feed.jsonl", json.dumps({"id": "ua", "text": DONETSK}) + "\n")
        bundle.writestr("notes.md", "")
        bundle.writestr("photo.png", b"\x89PNG\r\n")
        bundle.writestr("__MACOSX/._notes.md", b"\x00\x05")
        bundle.writestr("inner.txt.gz", gzip.compress(b"one level only"))
    items = read([archive])
    assert summary(items) == ["ua", f"{archive}/notes.md [E001]", "2024-01-05_seoul.txt"]
    assert items[2].published_source == "file-name"  # type: ignore[union-attr]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not a zip archive")
    (error,) = read([broken])
    assert str(error).startswith(f"{broken}: cannot be read: not a readable zip archive")


# -- Character sets -----------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "iso8859_15", "utf-16"])
def test_text_in_another_character_set_is_decoded(tmp_path: Path, encoding: str) -> None:
    text = ("Le Premier ministre a présenté jeudi un budget où l'État réduit ses dépenses de "
            "défense ; le président de la Commission européenne a salué « un effort réel ».")
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    (article,) = read([path])
    assert article.text == text  # type: ignore[union-attr]


# -- Publication dates --------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "day"), [
    ("2023-03-10", date(2023, 3, 10)),
    ("2023-12-22T23:30:00-05:00", date(2023, 12, 22)),  # the writer's day, not UTC's
    ("2023-12-22T10:00:00Z", date(2023, 12, 22)),
    ("2023-12-22 10:00:00", date(2023, 12, 22)),
    ("20231222T100000Z", date(2023, 12, 22)),
    ("Tue, 22 Dec 2023 10:00:00 GMT", date(2023, 12, 22)),
    ("22 Dec 2023 23:15 -0800", date(2023, 12, 22)),
    ("22 décembre 2023", date(2023, 12, 22)),
    ("1er mars 2024", date(2024, 3, 1)),
    ("mardi 5 mars 2024 à 10h30", date(2024, 3, 5)),
    ("March 5, 2024", date(2024, 3, 5)),
    ("25/12/2023", date(2023, 12, 25)),
    ("12/25/2023", date(2023, 12, 25)),
    ("05.05.2024", date(2024, 5, 5)),
    # Not one day: a year, a month, a relative word, two readings, a day that does not exist.
    ("2023", None), ("2023-12", None), ("décembre 2023", None), ("yesterday", None),
    ("hier", None), ("02/05/2024", None), ("2023-02-30", None), ("", None),
    ("٢٠٢٣-١٢-٢٢", None),
])
def test_publication_dates_as_feeds_write_them(value: str, day: date | None) -> None:
    assert parse_published(value) == day


@pytest.mark.parametrize(("name", "day"), [
    ("2024-02-06_x.txt", date(2024, 2, 6)), ("20240206-story.html", date(2024, 2, 6)),
    ("afp_2024_02_06.md", date(2024, 2, 6)), ("000_faf1140702ac751a.txt", None),
    ("2024-13-01.txt", None), ("ref120240206.txt", None), ("2024-0206.txt", None),
])
def test_the_day_in_a_file_name(name: str, day: date | None) -> None:
    assert file_name_day(name) == day


def test_a_file_name_day_stands_in_for_a_missing_date(tmp_path: Path) -> None:
    dated = tmp_path / "2024-02-06_kiev.txt"
    dated.write_text(DONETSK, encoding="utf-8")
    plain = tmp_path / "kiev.txt"
    plain.write_text(DONETSK, encoding="utf-8")
    first, second = read([dated, plain], published=date(2024, 1, 1))
    assert (first.published, first.published_source) == (date(2024, 2, 6), "file-name")
    assert (second.published, second.published_source) == (date(2024, 1, 1), "given")
    (undated,) = read([plain])
    assert (undated.published, undated.published_source) == (None, None)  # type: ignore


def test_an_unreadable_date_is_a_warning_and_the_article_is_read(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": SEOUL, "date": "02/05/2024"}) + "\n",
                    encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="vigie"):
        (article,) = read([path])
    assert (article.id, article.published) == ("a", None)  # type: ignore[union-attr]
    assert caplog.messages == [f"{path}:1: publication date '02/05/2024' names no single day; "
                               "not used [W010]"]


PAGE = """<!DOCTYPE html><html><head><title>Expulsion</title>{head}</head><body><article>
<h1>Expulsion</h1>{body}<p>{text}</p><p>Le texte rappelle les élections du 5 mars 2021.</p>
</article></body></html>"""


@pytest.mark.parametrize(("head", "body", "day"), [
    ('<meta property="article:published_time" content="2023-12-19T18:30:00+00:00">', "",
     date(2023, 12, 19)),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
     '"NewsArticle", "datePublished": "2023-11-05T08:00:00Z"}</script>', "", date(2023, 11, 5)),
    ("", '<time datetime="2023-10-04">4 octobre 2023</time>', date(2023, 10, 4)),
])
def test_the_date_of_an_html_page_comes_from_its_metadata(
        tmp_path: Path, head: str, body: str, day: date) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(head=head, body=body, text=MALI * 2), encoding="utf-8")
    (article,) = read([path], published=date(2024, 1, 1))
    assert (article.published, article.published_source) == (day, "html")  # type: ignore


def test_an_html_page_without_date_metadata_is_not_dated_from_its_text(tmp_path: Path) -> None:
    page = PAGE.format(head="", body="", text=MALI * 2)
    undated = tmp_path / "page.html"
    undated.write_text(page, encoding="utf-8")
    named = tmp_path / "2023-12-19-mali.html"
    named.write_text(page, encoding="utf-8")
    first, second = read([undated, named])
    assert (first.published, first.published_source) == (None, None)  # type: ignore
    assert (second.published, second.published_source) == (  # type: ignore[union-attr]
        date(2023, 12, 19), "file-name")


# -- End to end ---------------------------------------------------------------------------------

def test_a_csv_news_dump_ingested_keeps_where_each_date_came_from(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    news_api_csv(folder / "export.csv")
    (folder / "2024-02-06_donetsk.txt").write_text(DONETSK.replace("a market", "a school"),
                                                  encoding="utf-8")
    (folder / "kr.jsonl.gz").write_bytes(gzip.compress(
        json.dumps({"id": "kr", "body": SEOUL, "pubDate": "02/03/2024"}).encode() + b"\n"))
    db = tmp_path / "news.duckdb"
    report = ingest([str(folder)], db, stdin=io.BytesIO())
    assert (report.added, report.failed, report.undated) == (5, 1, 1)
    with duckdb.connect(str(db), read_only=True) as connection:
        rows = connection.execute(
            "SELECT doc_id, CAST(published AS VARCHAR), published_source FROM articles "
            "WHERE status = 'ok' ORDER BY doc_id").fetchall()
        mali_dates = connection.execute(
            "SELECT CAST(date AS VARCHAR) FROM events WHERE doc_id = 'ml-1'").fetchall()
    assert rows == [("2024-02-06_donetsk.txt", "2024-02-06", "file-name"),
                    ("ge-2", "2024-05-14", "record"), ("kr", None, None),
                    ("ml-1", "2023-12-19", "record"), ("ua-4", "2024-02-06", "record")]
    # « lundi » in a story of Tuesday 19 December 2023 is the 18th.
    assert mali_dates == [("2023-12-18",)]
