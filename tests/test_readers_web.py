"""HTML pages and WARC archives: article text and metadata, damaged inputs as one error line."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from vigie.errors import InputError
from vigie.model import Article
from vigie.readers import read_inputs


def read(paths: list[str | Path], **kwargs: object) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def html_dir(test_data: Path) -> Path:
    return test_data / "html"


def write_warc(path: Path, pages: list[tuple[str, str, bytes]], *, gzip: bool) -> None:
    """A crawl archive: one response record per (url, content type, body), plus a request
    record and a redirect, as a crawler writes them. Record ids and dates are fixed, so that
    the archive is the same bytes in every run and a cut at a given offset falls in the same
    place."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)

        def fixed(number: int) -> dict[str, str]:
            return {"WARC-Date": "2024-04-05T08:00:00Z",
                    "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{number:012d}>"}

        request = writer.create_warc_record("https://veilleur.example/", "request",
                                            payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                                            warc_headers_dict=fixed(0))
        writer.write_record(request)
        redirect = StatusAndHeaders("301 Moved Permanently", [("Location", "/monde")],
                                    protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://veilleur.example/old", "response", payload=io.BytesIO(b""),
            http_headers=redirect, warc_headers_dict=fixed(1)))
        for number, (url, content_type, body) in enumerate(pages, start=2):
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict=fixed(number)))


@pytest.fixture(scope="module")
def pages(html_dir: Path) -> list[tuple[str, str, bytes]]:
    depeche = (html_dir / "depeche.html").read_bytes()
    second = depeche.replace(b"2024-04-02", b"2024-04-05").replace(
        b'<link rel="canonical" href="https://veilleur.example/monde/seoul-missile">', b"")
    return [
        ("https://veilleur.example/monde/seoul-missile", "text/html; charset=utf-8", depeche),
        ("https://veilleur.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("https://veilleur.example/monde/suite", "text/html", second),
    ]


def test_html_page_gives_its_article_text_and_metadata(html_dir: Path) -> None:
    (article,) = read([html_dir / "depeche.html"], lang="fr")
    assert isinstance(article, Article)
    assert article.id == "depeche.html"
    assert article.title == "Séoul dénonce un nouveau tir de missile"
    assert article.published == date(2024, 4, 2)
    assert article.author == "Claire Martin"
    assert article.source == "Le Veilleur"
    assert article.url == "https://veilleur.example/monde/seoul-missile"
    assert article.lang == "fr"
    assert "La Corée du Sud a condamné mardi le tir d'un missile balistique" in article.text
    # Navigation and footer are not the article.
    assert "Accueil" not in article.text and "Mentions légales" not in article.text


def test_page_without_an_article_and_truncated_markup(html_dir: Path) -> None:
    menu, truncated = read([html_dir / "menu.html", html_dir / "tronque.html"])
    assert isinstance(menu, InputError)
    assert str(menu) == (f"{html_dir / 'menu.html'}: cannot be read: no article text found "
                         "in the HTML [E009]")
    # Cut-off markup is read as far as it goes, as browsers do.
    assert isinstance(truncated, Article)
    assert truncated.text.startswith("Coupé net au milieu d'une phrase")


def test_html_is_recognised_by_content_without_the_extension(tmp_path: Path,
                                                              html_dir: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes((html_dir / "depeche.html").read_bytes())
    (article,) = read([page])
    assert isinstance(article, Article) and article.author == "Claire Martin"
    (forced,) = read([page], input_format="text")
    assert isinstance(forced, Article) and forced.text.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_response_records_become_articles(tmp_path: Path, pages: list[tuple[str, str, bytes]],
                                               gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, pages, gzip=gzip)
    items = read([path], lang="fr")
    assert all(isinstance(item, Article) for item in items)
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id.startswith("<urn:uuid:") and first.id != second.id
    assert first.url == "https://veilleur.example/monde/seoul-missile"
    # No canonical link in the page: the record's target URI is its URL.
    assert second.url == "https://veilleur.example/monde/suite"
    assert (first.published, second.published) == (date(2024, 4, 2), date(2024, 4, 5))
    assert first.source == "Le Veilleur"


def test_truncated_gzip_archive_keeps_the_records_before_the_cut(
    tmp_path: Path, pages: list[tuple[str, str, bytes]],
) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, pages, gzip=True)
    raw = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(raw[: len(raw) - 300])
    items = read([cut])
    assert [type(item).__name__ for item in items] == ["Article", "InputError"]
    assert str(items[-1]) == (f"{cut}: cannot be read: malformed WARC archive: a record is "
                              "shorter than its Content-Length [E009]")
    # Cut in the last gzip trailer: the records are whole, the archive is still damaged.
    trailer = tmp_path / "trailer.warc.gz"
    trailer.write_bytes(raw[:-3])
    items = read([trailer])
    assert [type(item).__name__ for item in items] == ["Article", "Article", "InputError"]
    assert str(items[-1]).endswith("malformed WARC archive: the gzip stream is truncated [E009]")


def test_truncated_plain_archive_and_not_an_archive(tmp_path: Path,
                                                    pages: list[tuple[str, str, bytes]]) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, pages, gzip=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[:-400])
    items = read([cut])
    assert [type(item).__name__ for item in items] == ["Article", "InputError"]
    assert "malformed WARC archive: a record is shorter than its Content-Length" in str(items[-1])
    junk = tmp_path / "junk.warc"
    junk.write_text("ceci n'est pas une archive\n", encoding="utf-8")
    (error,) = read([junk])
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{junk}: cannot be read: malformed WARC archive: ")


def test_directories_and_globs_pick_up_pages_and_archives(
    tmp_path: Path, html_dir: Path, pages: list[tuple[str, str, bytes]],
) -> None:
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "a.html").write_bytes((html_dir / "depeche.html").read_bytes())
    write_warc(tmp_path / "web" / "b.warc.gz", pages[:1], gzip=True)
    (tmp_path / "web" / "c.png").write_bytes(b"\x89PNG")
    walked = read([tmp_path / "web"])
    assert [type(i).__name__ for i in walked] == ["Article", "Article"]
    assert walked[0].id == "a.html"  # type: ignore[union-attr]
    globbed = read([tmp_path / "**" / "*.warc.gz", tmp_path / "nothing*.html"])
    assert isinstance(globbed[0], Article) and globbed[0].id.startswith("<urn:uuid:")
    assert isinstance(globbed[1], InputError) and globbed[1].reason.code == "E008"


def test_warc_on_standard_input(tmp_path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, pages, gzip=True)
    items = read(["-"], stdin=io.BytesIO(path.read_bytes()))
    assert [i.url for i in items] == [  # type: ignore[union-attr]
        "https://veilleur.example/monde/seoul-missile", "https://veilleur.example/monde/suite"]


def test_ingest_of_a_page_and_a_crawl_of_its_reprints(tmp_path: Path, html_dir: Path,
                                                      pages: list[tuple[str, str, bytes]],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from vigie.cli import main
    from vigie.store import Store

    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "a.html").write_bytes((html_dir / "depeche.html").read_bytes())
    write_warc(tmp_path / "web" / "b.warc.gz", pages, gzip=True)
    db = tmp_path / "web.duckdb"
    assert main(["ingest", str(tmp_path / "web"), "--db", str(db), "--workers", "1"]) == 0
    assert capsys.readouterr().out.startswith("1 articles added")
    with Store(db, read_only=True) as store:
        (article,) = store.connection.execute(
            "SELECT doc_id, lang, published, source, author, title FROM articles").fetchall()
        sources = store.connection.execute(
            "SELECT match, url FROM article_sources ORDER BY match DESC, url").fetchall()
    assert article == ("a.html", "fr", date(2024, 4, 2), "Le Veilleur", "Claire Martin",
                       "Séoul dénonce un nouveau tir de missile")
    # The page and the two crawled copies of the same text: one analysis, three sources.
    assert sources == [("original", "https://veilleur.example/monde/seoul-missile"),
                       ("exact", "https://veilleur.example/monde/seoul-missile"),
                       ("exact", "https://veilleur.example/monde/suite")]
