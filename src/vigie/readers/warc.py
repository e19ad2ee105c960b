"""WARC and WARC.gz web-crawl archives to Articles, one per HTML response record.

A crawl holds much besides articles (images, scripts, redirects, robots.txt): only
successful HTML responses are read, the rest is passed over in silence. Each page
goes through the HTML reader; its id is the record's ``WARC-Record-ID`` and its
URL the record's target URI unless the page states a canonical one. The archive is
streamed, never loaded whole. A damaged archive (not a WARC, a truncated gzip
member, a record shorter than its ``Content-Length`` or without one) ends in one
``InputError`` naming the file and the reason, after the records read before the
damage. A damaged record whose end is known (a response without ``WARC-Target-URI``,
HTTP headers that do not parse, a record not followed by the blank lines that end it)
is one ``InputError`` and the records after it are read.
"""

from __future__ import annotations

import gzip
import io
import logging
import zlib
from collections.abc import Iterator
from contextlib import redirect_stderr
from datetime import date
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParser, StatusAndHeadersParserException

from vigie.config import DEFAULT_SETTINGS
from vigie.errors import InputError, Reason, internal_error
from vigie.model import Article
from vigie.readers.html import html_article, looks_like_html
from vigie.readers.published import FROM_DEFAULT

WARC_SUFFIXES = (".warc", ".warc.gz")
_GZIP_MAGIC = b"\x1f\x8b"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_READ_RECORDS = ("response", "resource")
_HTTP_SCHEMES = ("http:", "https:")
_HTTP_HEADERS = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"])

# warcio logs a warning for each target URI with a space in it; the URI is read all the same.
logging.getLogger("warcio").setLevel(logging.ERROR)


def is_warc_name(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def looks_like_warc(head: bytes) -> bool:
    """Whether the first bytes of an input are a WARC archive (plain, or a gzip member of one)."""
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


class _Truncation:
    """A gzip stream that remembers whether it ended before its end-of-stream marker.

    warcio reads a truncated gzip member as a clean end of file: the records after the
    cut would vanish without a word. Python's gzip module raises EOFError there; this
    wrapper notes it, so that the reader can say the archive is truncated.
    """

    def __init__(self, stream: gzip.GzipFile) -> None:
        self.stream = stream
        self.truncated = False

    def read(self, size: int = -1) -> bytes:
        try:
            # read1 returns what one step decompresses: the bytes before a cut are not lost
            # with the step that meets it.
            return self.stream.read1(size)
        except EOFError:
            self.truncated = True
            return b""

    def tell(self) -> int:
        return self.stream.tell()


def warc_articles(
    name: str, stream: io.BufferedReader, lang: str | None, published: date | None, *,
    max_html_bytes: int = DEFAULT_SETTINGS.max_html_bytes,
) -> Iterator[Article | InputError]:
    """The articles of an archive, then at most one error saying why reading stopped early;
    a page over ``max_html_bytes`` is an error of its own."""
    head = stream.peek(64)[:64]
    if not looks_like_warc(head):
        # warcio would read some junk as an old-style ARC record and say nothing.
        yield _damaged(name, "it does not start with a WARC record header")
        return
    source: BinaryIO | _Truncation = stream
    if head.startswith(_GZIP_MAGIC):
        source = _Truncation(gzip.GzipFile(fileobj=stream, mode="rb"))
    try:
        # HTTP headers are parsed here, not by warcio, which fails on a response record
        # without a target URI and so loses the rest of the archive.
        records = ArchiveIterator(source, no_record_parse=True)
        for number, record in enumerate(_quietly(records), start=1):
            if records.err_count:
                records.err_count = 0
                yield _damaged(name, f"record {number - 1} is not followed by a blank line "
                                     "(its Content-Length may be wrong)")
            if record.rec_type not in _READ_RECORDS:
                continue
            if record.length is None:
                yield _damaged(name, f"record {number} has no Content-Length")
                return
            try:
                item = _guarded_record(name, number, record, lang, published, max_html_bytes)
            except _Truncated:
                yield _damaged(name, "a record is shorter than its Content-Length")
                return
            if item is not None:
                yield item
        if records.err_count:
            yield _damaged(name, "the last record is not followed by a blank line (its "
                                 "Content-Length may be wrong)")
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        yield _damaged(name, reason)
        return
    if isinstance(source, _Truncation) and source.truncated:
        yield _damaged(name, "the gzip stream is truncated")


def _quietly(records: ArchiveIterator) -> Iterator[Any]:
    """The records; warcio's warnings, written on standard error over several lines, are kept
    off it (its ``err_count`` tells the reader instead)."""
    while True:
        with redirect_stderr(io.StringIO()):
            record = next(records, None)
        if record is None:
            return
        yield record


def _damaged(name: str, reason: str) -> InputError:
    return InputError(name, Reason.UNREADABLE, detail=f"malformed WARC archive: {reason}")


class _Truncated(Exception):
    """A record's payload stops before its Content-Length: the archive ends there."""


def _guarded_record(
    name: str, number: int, record: Any, lang: str | None, published: date | None,
    max_html_bytes: int,
) -> Article | InputError | None:
    """One record's article, error or nothing; a record that makes the reader fail costs that
    record only, since the archive's next record starts where its Content-Length says."""
    headers = record.rec_headers
    source = f"{name}:{headers.get_header('WARC-Record-ID') or f'record {number}'}"
    try:
        return _record_article(name, record, lang, published, max_html_bytes)
    except _Truncated:
        raise
    except StatusAndHeadersParserException as error:
        return InputError(source, Reason.UNREADABLE,
                          detail=f"malformed WARC record: bad HTTP headers ({error})")
    except Exception as error:
        return internal_error(source, error)


def _record_article(
    name: str, record: Any, lang: str | None, published: date | None, max_html_bytes: int
) -> Article | InputError | None:
    """The article of one record, an error for an HTML page without one, None for the rest."""
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID")
    url = headers.get_header("WARC-Target-URI")
    if record.rec_type == "response" and not url:
        return InputError(f"{name}:{record_id}", Reason.UNREADABLE,
                          detail="malformed WARC record: a response without WARC-Target-URI")
    if record.rec_type == "response" and url.startswith(_HTTP_SCHEMES) and record.length:
        record.http_headers = _HTTP_HEADERS.parse(record.raw_stream)
    payload = record.content_stream().read()
    if record.raw_stream.limit > 0:
        raise _Truncated
    http = record.http_headers
    if http is not None:
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = (http.get_header("Content-Type") or "").lower()
    else:
        content_type = (headers.get_header("Content-Type") or "").lower()
    if not (content_type.startswith(_HTML_TYPES)
            or (not content_type and looks_like_html(payload))):
        return None
    return html_article(f"{name}:{record_id or url}", payload, doc_id=record_id or url,
                        url=url, lang=lang, published=published,
                        published_source=FROM_DEFAULT if published else None,
                        max_bytes=max_html_bytes)
