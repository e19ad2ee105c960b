"""HTML pages to Articles: the article text and its metadata, extracted by trafilatura.

A web page is mostly not the article (menus, comments, related links): trafilatura
keeps the main text, and reads the title, publication date, author, site name and
canonical URL from the page's metadata. A page with no article text in it is one
``InputError``, never a traceback.

The publication date is read from the page's metadata only (``article:published_time`` and
the like, JSON-LD ``datePublished``, ``<time datetime>``, a date in the URL), never guessed
from the text: htmldate's extensive search would take « les élections du 5 mars 2021 » in
an undated page for its date.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

import trafilatura

from vigie.config import DEFAULT_SETTINGS
from vigie.errors import InputError, Reason
from vigie.model import Article
from vigie.readers.published import FROM_HTML

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# What a page starts with, after blanks, a BOM or a comment: enough to tell HTML from prose.
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
                         re.IGNORECASE | re.DOTALL)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Metadata only; the latest date accepted is fixed so that the same page gives the same date
# whatever the day it is read.
_DATE_SEARCH = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}
# Fewer words than this is a menu or a caption that trafilatura fell back on, not an article.
MIN_ARTICLE_WORDS = 5

# trafilatura and htmldate log every page they find little in; Vigie reports those pages itself,
# once, as input errors.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def looks_like_html(raw: bytes) -> bool:
    """Whether bytes read without a telling extension are an HTML page."""
    return _HTML_START.match(raw[:4096]) is not None


def html_article(
    name: str,
    html: bytes | str,
    *,
    doc_id: str | None = None,
    url: str | None = None,
    lang: str | None = None,
    published: date | None = None,
    published_source: str | None = None,
    max_bytes: int = DEFAULT_SETTINGS.max_html_bytes,
) -> Article | InputError:
    """The article in one HTML page, or why there is none.

    ``url`` is where the page came from (a WARC record's target URI); the page's own
    canonical URL wins when it states one. ``lang`` and ``published`` (which came from
    ``published_source``) apply when the page does not give them. A page over ``max_bytes``
    is refused unread.
    """
    size = len(html.encode("utf-8")) if isinstance(html, str) else len(html)
    if size > max_bytes:
        return InputError(name, Reason.TOO_LARGE, limit=max_bytes)
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=dict(_DATE_SEARCH))
    except (ValueError, TypeError, LookupError) as error:
        # lxml and its encoding detection reject some byte soups outright.
        return InputError(name, Reason.UNREADABLE, detail=f"malformed HTML ({error})")
    text = (document.text or "").strip() if document is not None else ""
    if document is None or len(text.split()) < MIN_ARTICLE_WORDS:
        return InputError(name, Reason.UNREADABLE, detail="no article text found in the HTML")
    page_date = _date(document.date)
    return Article(
        id=doc_id or Path(name).name,
        text=text,
        lang=lang,
        published=page_date or published,
        published_source=FROM_HTML if page_date else published_source if published else None,
        url=document.url or url,
        source=document.sitename or document.hostname or None,
        title=document.title or None,
        author=document.author or None,
    )


def _date(value: str | None) -> date | None:
    match = _ISO_DATE.match(value or "")
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(0))
    except ValueError:
        return None
