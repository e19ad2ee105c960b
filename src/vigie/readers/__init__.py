"""Readers: files, directories and standard input to a stream of ``Article`` or ``InputError``.

Bad input never raises: each unreadable file, or each malformed JSONL line, becomes
one ``InputError`` in the stream, in input order, so that the caller reports it and
goes on with the rest (``vigie.pipeline.analyse`` passes errors through).

Formats: plain text (one article per file, id = the file name), JSONL (one
article per line, ``{"id", "text", "lang"?, "published"?, "url"?, "source"?,
"title"?}``), HTML pages (``vigie.readers.html``: text and metadata by trafilatura)
and WARC / WARC.gz crawl archives (``vigie.readers.warc``: one article per HTML
response record). A ``.json`` file holds one such object or an array of them. In
``auto`` mode the extension decides for ``.jsonl``, ``.json``, ``.html``/``.htm``
and ``.warc``/``.warc.gz``; anything else (``.txt``, standard input) is a WARC
archive when it starts like one, HTML when it starts like a page, JSONL when every
non-empty line is a JSON object with a ``"text"`` field, plain text otherwise.

A path that does not exist but holds glob characters (``*``, ``?``, ``[``) is a
pattern (``**`` crosses folders), expanded in sorted order.
"""

from __future__ import annotations

import glob
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.errors import InputError, Reason, internal_error
from vigie.model import Article
from vigie.readers.html import HTML_SUFFIXES, html_article, looks_like_html
from vigie.readers.warc import is_warc_name, looks_like_warc, warc_articles

INPUT_FORMATS = ("auto", "text", "jsonl", "html", "warc")
# Extensions picked up when walking a directory; a file named explicitly is read whatever its name.
WALKED_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".jsonl", ".json",
                             *HTML_SUFFIXES})
_GLOB_CHARACTERS = frozenset("*?[")
STDIN_NAME = "stdin"
T = TypeVar("T")

_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Control bytes that never occur in text (tab, line feed, form feed and carriage return do).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
# Above this share of control bytes, a file is binary data even without NUL bytes.
_MAX_CONTROL_RATIO = 0.05
# Feeds often give a timestamp where a date is asked for: its date part is kept.
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?")
_OPTIONAL_TEXT_FIELDS = ("url", "source", "title")


@dataclass(frozen=True, slots=True)
class _Defaults:
    """What the caller knows about every input: used where a record does not say."""

    lang: str | None
    published: date | None


def read_inputs(
    paths: Iterable[str],
    input_format: str = "auto",
    lang: str | None = None,
    published: date | None = None,
    stdin: BinaryIO | None = None,
    *,
    settings: Settings = DEFAULT_SETTINGS,
) -> Iterator[Article | InputError]:
    """Articles from files, directories (walked in sorted order) and ``-`` (standard input).

    ``lang`` and ``published`` apply to plain-text inputs and to JSONL records that do
    not give their own. ``stdin`` defaults to ``sys.stdin.buffer`` at call time (not at
    import, so that tests and callers can swap it).
    """
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS}, not {input_format!r}")
    defaults = _Defaults(lang=lang, published=published)
    for path in paths:
        if path == "-":
            yield from _guarded(STDIN_NAME, _stdin_articles(stdin, input_format, defaults,
                                                            settings))
            continue
        for name in _guarded(path, _expand(Path(path))):
            if isinstance(name, InputError):
                yield name
            else:
                yield from _guarded(name, _read_file(name, input_format, defaults, settings))


def _guarded(source: str, items: Iterator[T]) -> Iterator[T | InputError]:
    """The items, then, if producing them raised, the internal error of ``source``: what was
    read before the failure is kept, and the inputs after it go on."""
    try:
        yield from items
    except Exception as error:
        yield internal_error(source, error)


def _stdin_articles(
    stdin: BinaryIO | None, input_format: str, defaults: _Defaults, settings: Settings
) -> Iterator[Article | InputError]:
    yield from _read_bytes(STDIN_NAME, _stdin_bytes(stdin), input_format, defaults, settings)


def _stdin_bytes(stdin: BinaryIO | None) -> bytes:
    if stdin is not None:
        return stdin.read()
    # No standard input at all (a daemon, some CI runners) reads as empty input.
    return sys.stdin.buffer.read() if sys.stdin is not None else b""


def _expand(path: Path) -> Iterator[str | InputError]:
    """The files under ``path``, in sorted order, hidden files and folders left out."""
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for file_name in sorted(files):
                if not file_name.startswith(".") and _walked(file_name):
                    yield os.path.join(root, file_name)
    elif path.exists():
        yield str(path)
    elif _GLOB_CHARACTERS & set(str(path)):
        matches = sorted(glob.glob(str(path), recursive=True))
        if not matches:
            yield InputError(str(path), Reason.NOT_FOUND)
        for match in matches:
            yield from _expand(Path(match))
    else:
        yield InputError(str(path), Reason.NOT_FOUND)


def _walked(file_name: str) -> bool:
    return Path(file_name).suffix.lower() in WALKED_SUFFIXES or is_warc_name(file_name)


def _format_of(name: str, input_format: str) -> str:
    """The format a file's extension states in ``auto`` mode (``auto`` when it states none)."""
    if input_format != "auto":
        return input_format
    suffix = Path(name).suffix.lower()
    if suffix in (".jsonl", ".json"):
        return suffix[1:]
    if suffix in HTML_SUFFIXES:
        return "html"
    if is_warc_name(name):
        return "warc"
    return "auto"


def _read_file(
    name: str, input_format: str, defaults: _Defaults, settings: Settings
) -> Iterator[Article | InputError]:
    path = Path(name)
    input_format = _format_of(name, input_format)
    try:
        if input_format == "warc" or (input_format == "auto" and _starts_like_warc(path)):
            # Archives are streamed: they run to gigabytes.
            with path.open("rb") as stream:
                yield from warc_articles(name, stream, defaults.lang, defaults.published,
                                         max_html_bytes=settings.max_html_bytes)
            return
        limit = {"text": settings.max_bytes, "html": settings.max_html_bytes}.get(input_format)
        if limit is not None and path.stat().st_size > limit:
            # Refuse before reading: the file may be a multi-gigabyte dump.
            yield InputError(name, Reason.TOO_LARGE, limit=limit)
            return
        raw = path.read_bytes()
    except OSError as error:
        yield InputError(name, Reason.UNREADABLE, detail=error.strerror or str(error))
        return
    yield from _read_bytes(name, raw, input_format, defaults, settings)


def _read_bytes(
    name: str, raw: bytes, input_format: str, defaults: _Defaults, settings: Settings
) -> Iterator[Article | InputError]:
    if raw.startswith(_BOM):
        raw = raw[len(_BOM):]
    if input_format == "warc" or (input_format == "auto" and looks_like_warc(raw[:64])):
        yield from warc_articles(name, io.BufferedReader(io.BytesIO(raw)), defaults.lang,
                                 defaults.published, max_html_bytes=settings.max_html_bytes)
        return
    # Binary lines cost a JSONL file only themselves (_jsonl_articles).
    problem = _check_bytes(name, raw, binary=input_format != "jsonl")
    if problem is not None:
        yield problem
    elif input_format == "html" or (input_format == "auto" and looks_like_html(raw)):
        yield html_article(name, raw, lang=defaults.lang, published=defaults.published,
                           max_bytes=settings.max_html_bytes)
    elif input_format == "jsonl":
        yield from _jsonl_articles(name, raw, defaults)
    elif input_format == "json":
        yield from _json_articles(name, raw, defaults)
    else:
        yield from _text_articles(name, raw, input_format, defaults, settings)


def _starts_like_warc(path: Path) -> bool:
    with path.open("rb") as stream:
        return looks_like_warc(stream.read(64))


def _check_bytes(name: str, raw: bytes, *, binary: bool = True) -> InputError | None:
    """Why a whole input is not text at all (empty, UTF-16, and if ``binary``: binary), or
    None."""
    # In JSONL, a byte-order mark not followed by a NUL byte starts a bad first line: UTF-16
    # would spell the "{" of a record with one.
    if raw.startswith(_UTF16_BOMS) and (binary or b"\x00" in raw[2:4]):
        return InputError(name, Reason.ENCODING, offset=0)
    if not raw.strip():
        return InputError(name, Reason.EMPTY)
    if binary and _looks_binary(raw):
        return InputError(name, Reason.BINARY)
    return None


def _looks_binary(raw: bytes) -> bool:
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    return b"\x00" in raw or controls > _MAX_CONTROL_RATIO * len(raw)


def _decode(name: str, raw: bytes) -> str | InputError:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return InputError(name, Reason.ENCODING, offset=error.start)
    if not text.strip():
        # Unicode spaces (no-break, ideographic) that bytes.strip() does not know.
        return InputError(name, Reason.EMPTY)
    return text


def _text_articles(
    name: str, raw: bytes, input_format: str, defaults: _Defaults, settings: Settings
) -> Iterator[Article | InputError]:
    """One plain-text article, unless ``auto`` finds that the text is JSONL after all."""
    text = _decode(name, raw)
    if isinstance(text, InputError):
        yield text
        return
    if input_format == "auto":
        records = _sniff_jsonl(text)
        if records is not None:
            for line_number, record in records:
                yield _article(f"{name}:{line_number}", record, defaults)
            return
    if len(raw) > settings.max_bytes:
        yield InputError(name, Reason.TOO_LARGE, limit=settings.max_bytes)
        return
    yield Article(id=Path(name).name, text=text, lang=defaults.lang, published=defaults.published)


def _sniff_jsonl(text: str) -> list[tuple[int, dict[str, Any]]] | None:
    """The records when every non-empty line is a JSON object with a ``"text"`` field."""
    records = []
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if not line.lstrip().startswith("{"):
            return None
        record = _load_json(line)
        if isinstance(record, _BadJson):
            return None
        if not isinstance(record, dict) or "text" not in record:
            return None
        records.append((line_number, record))
    return records


def _jsonl_articles(name: str, raw: bytes, defaults: _Defaults) -> Iterator[Article | InputError]:
    """One article per non-empty line; a bad line is an error named ``file:line``. Binary data
    with no record in it is one error for the file, not one per line."""
    items = list(_jsonl_lines(name, raw, defaults))
    if not any(isinstance(item, Article) for item in items) and _looks_binary(raw):
        yield InputError(name, Reason.BINARY)
    else:
        yield from items


def _jsonl_lines(name: str, raw: bytes, defaults: _Defaults) -> Iterator[Article | InputError]:
    for line_number, line in enumerate(raw.splitlines(), start=1):
        source = f"{name}:{line_number}"
        if not line.strip():
            continue
        if _looks_binary(line):
            yield InputError(source, Reason.BINARY)
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            yield InputError(source, Reason.ENCODING, offset=error.start)
            continue
        record = _load_json(text)
        if isinstance(record, _BadJson):
            yield InputError(source, Reason.BAD_JSON, detail=record.detail)
            continue
        yield _article(source, record, defaults)


@dataclass(frozen=True, slots=True)
class _BadJson:
    """Why a JSON text cannot be read, and on which line when the decoder says."""

    detail: str
    line: int | None = None


def _load_json(text: str) -> Any:
    """The JSON value of ``text``, or a ``_BadJson``: besides syntax errors, Python's decoder
    refuses integers of more than 4,300 digits and recurses once per nesting level."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        return _BadJson(error.msg, error.lineno)
    except ValueError:
        return _BadJson("a number too long to read")
    except RecursionError:
        return _BadJson("nested too deeply")


def _json_articles(name: str, raw: bytes, defaults: _Defaults) -> Iterator[Article | InputError]:
    """A ``.json`` file: one article object, or an array of them (item n is ``file:n``)."""
    text = _decode(name, raw)
    if isinstance(text, InputError):
        yield text
        return
    document = _load_json(text)
    if isinstance(document, _BadJson):
        where = name if document.line is None else f"{name}:{document.line}"
        yield InputError(where, Reason.BAD_JSON, detail=document.detail)
        return
    if isinstance(document, dict):
        yield _article(name, document, defaults, default_id=Path(name).name)
        return
    if not isinstance(document, list):
        yield InputError(name, Reason.BAD_JSON, detail="expected an object or an array of objects")
        return
    for number, record in enumerate(document, start=1):
        yield _article(f"{name}:{number}", record, defaults)


def _article(
    source: str, record: Any, defaults: _Defaults, default_id: str | None = None
) -> Article | InputError:
    """An article from one JSON record, or the first thing wrong with it: a record that makes
    the reader fail costs that record only, not the rest of its file."""
    try:
        return _record_fields(source, record, defaults, default_id)
    except Exception as error:
        return internal_error(source, error)


def _record_fields(
    source: str, record: Any, defaults: _Defaults, default_id: str | None
) -> Article | InputError:
    if not isinstance(record, dict):
        return InputError(source, Reason.BAD_JSON, detail="expected a JSON object")
    text = record.get("text")
    if text is None:
        return InputError(source, Reason.BAD_FIELD, field="text", detail="missing")
    if not isinstance(text, str):
        return InputError(source, Reason.BAD_FIELD, field="text", detail="not a string")
    doc_id = record.get("id")
    if doc_id is None or doc_id == "":
        doc_id = default_id or source
    elif isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    elif not isinstance(doc_id, str):
        return InputError(source, Reason.BAD_FIELD, field="id", detail="not a string")
    optional: dict[str, str | None] = {}
    for key in ("lang", *_OPTIONAL_TEXT_FIELDS):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return InputError(source, Reason.BAD_FIELD, field=key, detail="not a string")
        optional[key] = value or None
    published = record.get("published")
    if published is None or published == "":
        published_date = defaults.published
    else:
        published_date = _parse_date(published)
        if published_date is None:
            return InputError(source, Reason.BAD_DATE, value=published)
    lang = optional.pop("lang")
    return Article(
        id=doc_id,
        text=text,
        lang=_lang(lang) or defaults.lang,
        published=published_date,
        **optional,
    )


def _lang(value: str | None) -> str | None:
    """A record's language code, normalised; "auto" means: not stated."""
    code = (value or "").strip().lower()
    return None if code in ("", "auto") else code


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.fullmatch(value.strip())
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None
