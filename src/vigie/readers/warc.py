"""WARC and WARC.gz web-crawl archives to Articles, one per HTML response record.

A crawl holds much besides articles (images, scripts, redirects, robots.txt): only
successful HTML responses are read, the rest is passed over in silence. Each page
goes through the HTML reader; its id is the record's ``WARC-Record-ID`` and its
URL the record's target URI unless the page states a canonical one. The archive is
streamed, never loaded whole. A damaged archive (not a WARC, a truncated gzip
member, a record shorter than its ``Content-Length``) ends in one ``InputError``
naming the file and the reason, after the records read before the damage.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from vigie.errors import InputError, Reason
from vigie.model import Article
from vigie.readers.html import html_article, looks_like_html

WARC_SUFFIXES = (".warc", ".warc.gz")
_GZIP_MAGIC = b"\x1f\x8b"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_READ_RECORDS = ("response", "resource")


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
    name: str, stream: io.BufferedReader, lang: str | None, published: date | None
) -> Iterator[Article | InputError]:
    """The articles of an archive, then at most one error saying why reading stopped early."""
    head = stream.peek(64)[:64]
    if not looks_like_warc(head):
        # warcio would read some junk as an old-style ARC record and say nothing.
        yield _damaged(name, "it does not start with a WARC record header")
        return
    source: BinaryIO | _Truncation = stream
    if head.startswith(_GZIP_MAGIC):
        source = _Truncation(gzip.GzipFile(fileobj=stream, mode="rb"))
    try:
        records = ArchiveIterator(source)
        for record in records:
            if record.rec_type not in _READ_RECORDS:
                continue
            payload = record.content_stream().read()
            if record.raw_stream.limit > 0:
                yield _damaged(name, "a record is shorter than its Content-Length")
                return
            article = _record_article(name, record, payload, lang, published)
            if article is not None:
                yield article
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        yield _damaged(name, reason)
        return
    if isinstance(source, _Truncation) and source.truncated:
        yield _damaged(name, "the gzip stream is truncated")


def _damaged(name: str, reason: str) -> InputError:
    return InputError(name, Reason.UNREADABLE, detail=f"malformed WARC archive: {reason}")


def _record_article(
    name: str, record: object, payload: bytes, lang: str | None, published: date | None
) -> Article | InputError | None:
    """The article of one record, an error for an HTML page without one, None for the rest."""
    headers = record.rec_headers  # type: ignore[attr-defined]
    http = record.http_headers  # type: ignore[attr-defined]
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
    record_id = headers.get_header("WARC-Record-ID")
    url = headers.get_header("WARC-Target-URI")
    return html_article(f"{name}:{record_id or url}", payload, doc_id=record_id or url,
                        url=url, lang=lang, published=published)
