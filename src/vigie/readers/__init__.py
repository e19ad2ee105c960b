"""Readers: files, directories and standard input to a stream of ``Article`` or ``InputError``.

Bad input never raises: each unreadable file, or each malformed JSONL line, becomes
one ``InputError`` in the stream, in input order, so that the caller reports it and
goes on with the rest (``vigie.pipeline.analyse`` passes errors through).

Formats: plain text (one article per file, id = the file name), JSONL (one
article per line, ``{"id", "text", "lang"?, "published"?, "url"?, "source"?,
"title"?}``, or other people's names for these keys: ``vigie.readers.fields``), CSV and
TSV (one article per row, ``vigie.readers.table``), HTML pages (``vigie.readers.html``:
text and metadata by trafilatura) and WARC / WARC.gz crawl archives
(``vigie.readers.warc``: one article per HTML response record). A ``.json`` file holds one
such object or an array of them. Any of them may be compressed (``.gz``, ``.bz2``, ``.xz``,
``.zst``) or gathered in a ``.zip`` archive (``vigie.readers.compressed``). In ``auto`` mode the
extension (inside the compression suffix) decides for ``.jsonl``, ``.json``, ``.csv``,
``.tsv``, ``.html``/``.htm`` and ``.warc``/``.warc.gz``; anything else (``.txt``, ``.md``,
standard input) is a WARC archive when it starts like one, HTML when it starts like a page,
JSONL when every non-empty line is a JSON object with a text field, plain text otherwise.

Text that is not UTF-8 (Latin-1, Windows-1252, UTF-16 with its byte-order mark) is decoded
in the character set charset-normalizer finds, except in JSONL, where each line must be
UTF-8. Publication dates are read leniently (``vigie.readers.published``); a date that
names no single day is a warning, not a rejection, and a text or HTML file without one
takes the day its name gives (``2024-02-06_story.txt``).

A path that does not exist but holds glob characters (``*``, ``?``, ``[``) is a
pattern (``**`` crosses folders), expanded in sorted order.
"""

from __future__ import annotations

import glob
import io
import json
import os
import sys
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import charset_normalizer

from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.errors import InputError, Reason, internal_error, warn
from vigie.model import Article
from vigie.readers.compressed import (
    ZIP_SUFFIX,
    compression_of,
    decompress,
    inner_name,
    zip_members,
)
from vigie.readers.fields import locate
from vigie.readers.html import HTML_SUFFIXES, html_article, looks_like_html
from vigie.readers.published import (
    FROM_DEFAULT,
    FROM_FILE_NAME,
    FROM_RECORD,
    file_name_day,
    parse_published,
)
from vigie.readers.table import TABLE_SUFFIXES, table_rows
from vigie.readers.warc import is_warc_name, looks_like_warc, warc_articles

INPUT_FORMATS = ("auto", "text", "jsonl", "csv", "html", "warc")
# Extensions picked up when walking a directory (also inside a compression suffix or a zip
# archive); a file named explicitly is read whatever its name.
WALKED_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".jsonl", ".json",
                             *TABLE_SUFFIXES, *HTML_SUFFIXES})
_GLOB_CHARACTERS = frozenset("*?[")
STDIN_NAME = "stdin"
T = TypeVar("T")

_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Control bytes that never occur in text (tab, line feed, form feed and carriage return do).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
# Above this share of control bytes, a file is binary data even without NUL bytes.
_MAX_CONTROL_RATIO = 0.05
_OPTIONAL_TEXT_FIELDS = ("url", "source", "title", "author")
# How many of a record's keys an error names.
_SHOWN_KEYS = 10


@dataclass(frozen=True, slots=True)
class _Defaults:
    """What the caller knows about every input: used where a record does not say; and the
    names of the fields in records (``Settings.input_fields``)."""

    lang: str | None
    published: date | None
    fields: dict[str, str]

    def for_file(self, name: str) -> tuple[date | None, str | None]:
        """The publication date of a one-article file that states none, and its source: the
        day in its name, else the caller's date."""
        day = file_name_day(Path(name).name)
        if day is not None:
            return day, FROM_FILE_NAME
        return self.published, FROM_DEFAULT if self.published else None


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How every input of a run is read: its format (``auto``: by name and content), and the
    language and publication date of the inputs that do not give theirs."""

    input_format: str = "auto"
    lang: str | None = None
    published: date | None = None
    settings: Settings = DEFAULT_SETTINGS

    def __post_init__(self) -> None:
        if self.input_format not in INPUT_FORMATS:
            raise ValueError(f"input_format must be one of {INPUT_FORMATS}, "
                             f"not {self.input_format!r}")


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
    options = ReadOptions(input_format, lang, published, settings)
    for source in input_sources(paths):
        if isinstance(source, InputError):
            yield source
        else:
            yield from read_source(source, options, stdin)


def input_sources(paths: Iterable[str]) -> Iterator[str | InputError]:
    """The files ``read_inputs`` reads, in its order (``-`` for standard input), or why a path
    gives none: each is read by ``read_source``, wherever it runs."""
    for path in paths:
        if path == "-":
            yield path
            continue
        yield from _guarded(path, _expand(Path(path)))


def read_source(source: str, options: ReadOptions,
                stdin: BinaryIO | None = None) -> Iterator[Article | InputError]:
    """The articles of one of ``input_sources``: a file, or ``-`` (``stdin``)."""
    settings, input_format = options.settings, options.input_format
    defaults = _Defaults(lang=options.lang, published=options.published,
                         fields=dict(settings.input_fields))
    if source == "-":
        yield from _guarded(STDIN_NAME, _stdin_articles(stdin, input_format, defaults, settings))
    else:
        yield from _guarded(source, _read_file(source, input_format, defaults, settings))


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
    yield from _read_bytes(STDIN_NAME, stdin_bytes(stdin), input_format, defaults, settings)


def stdin_bytes(stdin: BinaryIO | None) -> bytes:
    """All of standard input (``stdin``, else the process's), read once by whoever reads it."""
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
    if is_warc_name(file_name) or file_name.lower().endswith(ZIP_SUFFIX):
        return True
    return Path(inner_name(file_name)).suffix.lower() in WALKED_SUFFIXES


def _format_of(name: str, input_format: str) -> str:
    """The format a file's extension states in ``auto`` mode (``auto`` when it states none),
    looking inside a compression suffix."""
    if input_format != "auto":
        return input_format
    if is_warc_name(name):
        return "warc"
    suffix = Path(inner_name(name)).suffix.lower()
    if suffix in (".jsonl", ".json"):
        return suffix[1:]
    if suffix in TABLE_SUFFIXES:
        return "csv"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "auto"


def _size_limit(input_format: str, settings: Settings) -> int | None:
    """The most bytes a file of this format may hold: one article's; none for the formats of
    many articles."""
    return {"text": settings.max_bytes, "html": settings.max_html_bytes}.get(input_format)


def _read_file(
    name: str, input_format: str, defaults: _Defaults, settings: Settings
) -> Iterator[Article | InputError]:
    path = Path(name)
    if name.lower().endswith(ZIP_SUFFIX) and input_format == "auto":
        yield from _zip_articles(name, defaults, settings)
        return
    input_format = _format_of(name, input_format)
    if compression_of(name) and input_format != "warc":
        yield from _compressed_articles(name, input_format, defaults, settings)
        return
    try:
        if input_format == "warc" or (input_format == "auto" and _starts_like_warc(path)):
            # Archives are streamed: they run to gigabytes.
            with path.open("rb") as stream:
                yield from warc_articles(name, stream, defaults.lang, defaults.published,
                                         max_html_bytes=settings.max_html_bytes)
            return
        limit = _size_limit(input_format, settings)
        if limit is not None and path.stat().st_size > limit:
            # Refuse before reading: the file may be a multi-gigabyte dump.
            yield InputError(name, Reason.TOO_LARGE, limit=limit)
            return
        raw = path.read_bytes()
    except OSError as error:
        yield InputError(name, Reason.UNREADABLE, detail=error.strerror or str(error))
        return
    yield from _read_bytes(name, raw, input_format, defaults, settings)


def _compressed_articles(
    name: str, input_format: str, defaults: _Defaults, settings: Settings
) -> Iterator[Article | InputError]:
    """The inputs of a ``.gz``, ``.bz2``, ``.xz`` or ``.zst`` file. When the data is damaged, the
    complete lines before the damage are still read from a JSONL or CSV file."""
    limit = _size_limit(input_format, settings)
    try:
        content = decompress(Path(name), limit)
    except OSError as error:
        yield InputError(name, Reason.UNREADABLE, detail=error.strerror or str(error))
        return
    if content.over_limit:
        yield InputError(name, Reason.TOO_LARGE, limit=limit)
        return
    if content.damage is None:
        yield from _read_bytes(name, content.data, input_format, defaults, settings)
        return
    whole_lines = content.data[:content.data.rfind(b"\n") + 1]
    if input_format in ("jsonl", "csv") and whole_lines.strip():
        yield from _read_bytes(name, whole_lines, input_format, defaults, settings)
    yield InputError(name, Reason.UNREADABLE, detail=content.damage)


def _zip_articles(
    name: str, defaults: _Defaults, settings: Settings
) -> Iterator[Article | InputError]:
    """The inputs of a zip archive: each member a folder walk would read, named
    ``archive.zip/member`` as if the archive were a folder."""
    try:
        for member in zip_members(Path(name), _walked_member):
            source = f"{name}/{member.name}"
            input_format = _format_of(member.name, "auto")
            limit = _size_limit(input_format, settings)
            if limit is not None and member.size > limit:
                yield InputError(source, Reason.TOO_LARGE, limit=limit)
                continue
            try:
                raw = member.read()
            except (OSError, RuntimeError, ValueError, EOFError, zlib.error) as error:
                # A damaged or encrypted member costs itself only.
                yield InputError(source, Reason.UNREADABLE, detail=str(error))
                continue
            yield from _read_bytes(source, raw, input_format, defaults, settings)
    except (OSError, zipfile.BadZipFile) as error:
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        yield InputError(name, Reason.UNREADABLE, detail=f"not a readable zip archive ({detail})")


def _walked_member(member: str) -> bool:
    # Compressed files and archives inside an archive are not opened: one level is enough.
    return _walked(member) and not (compression_of(member) or member.lower().endswith(
        (ZIP_SUFFIX, ".warc.gz")))


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
        published, published_source = defaults.for_file(name)
        yield html_article(name, raw, lang=defaults.lang, published=published,
                           published_source=published_source, max_bytes=settings.max_html_bytes)
    elif input_format == "jsonl":
        yield from _jsonl_articles(name, _utf16_as_utf8(raw), defaults)
    elif input_format == "json":
        yield from _json_articles(name, raw, defaults, settings)
    elif input_format == "csv":
        yield from _csv_articles(name, raw, defaults, settings)
    else:
        yield from _text_articles(name, raw, input_format, defaults, settings)


def _starts_like_warc(path: Path) -> bool:
    with path.open("rb") as stream:
        return looks_like_warc(stream.read(64))


def _is_utf16(raw: bytes) -> bool:
    # A byte-order mark not followed by a NUL byte starts a bad first line of JSONL rather:
    # UTF-16 spells the "{" of a record (and any Latin letter) with one.
    return raw.startswith(_UTF16_BOMS) and b"\x00" in raw[2:4]


def _utf16_as_utf8(raw: bytes) -> bytes:
    """A whole UTF-16 file (with its byte-order mark) as UTF-8; other bytes as they are."""
    if not _is_utf16(raw):
        return raw
    try:
        return raw.decode("utf-16").encode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return raw


def _check_bytes(name: str, raw: bytes, *, binary: bool = True) -> InputError | None:
    """Why a whole input is not text at all (empty, and if ``binary``: binary), or None."""
    if _is_utf16(raw):
        # Its NUL bytes are its letters' other halves, not binary data.
        return None
    if not raw.strip():
        return InputError(name, Reason.EMPTY)
    if binary and _looks_binary(raw):
        return InputError(name, Reason.BINARY)
    return None


def _looks_binary(raw: bytes) -> bool:
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    return b"\x00" in raw or controls > _MAX_CONTROL_RATIO * len(raw)


def _decode(name: str, raw: bytes, settings: Settings) -> str | InputError:
    """The text of a whole input: UTF-8, else the character set charset-normalizer finds."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        legacy = _legacy_text(raw, settings.preferred_charsets)
        if legacy is None:
            return InputError(name, Reason.ENCODING, offset=error.start)
        text = legacy
    if not text.strip():
        # Unicode spaces (no-break, ideographic) that bytes.strip() does not know.
        return InputError(name, Reason.EMPTY)
    return text


def _legacy_text(raw: bytes, preferred: tuple[str, ...]) -> str | None:
    """Bytes in the most likely other character set, a preferred one among the equally likely
    (least "chaos", in charset-normalizer's terms); None when none decodes them."""
    matches = list(charset_normalizer.from_bytes(raw))
    if not matches:
        return None
    least = min(match.chaos for match in matches)
    tied = [match for match in matches if match.chaos == least]
    chosen = next((m for m in tied if m.encoding in preferred), tied[0])
    return str(chosen)


def _text_articles(
    name: str, raw: bytes, input_format: str, defaults: _Defaults, settings: Settings
) -> Iterator[Article | InputError]:
    """One plain-text article, unless ``auto`` finds that the text is JSONL after all."""
    text = _decode(name, raw, settings)
    if isinstance(text, InputError):
        yield text
        return
    if input_format == "auto":
        records = _sniff_jsonl(text, defaults)
        if records is not None:
            for line_number, record in records:
                yield _article(f"{name}:{line_number}", record, defaults)
            return
    if len(raw) > settings.max_bytes:
        yield InputError(name, Reason.TOO_LARGE, limit=settings.max_bytes)
        return
    published, published_source = defaults.for_file(name)
    yield Article(id=Path(name).name, text=text, lang=defaults.lang, published=published,
                  published_source=published_source)


def _csv_articles(
    name: str, raw: bytes, defaults: _Defaults, settings: Settings
) -> Iterator[Article | InputError]:
    text = _decode(name, raw, settings)
    if isinstance(text, InputError):
        yield text
        return
    for row in table_rows(name, text, defaults.fields, max_cell=settings.max_bytes):
        if isinstance(row, InputError):
            yield row
        else:
            source, record = row
            yield _article(source, record, _Defaults(defaults.lang, defaults.published, {}))


def _sniff_jsonl(text: str, defaults: _Defaults) -> list[tuple[int, dict[str, Any]]] | None:
    """The records when every non-empty line is a JSON object with a text field."""
    records = []
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if not line.lstrip().startswith("{"):
            return None
        record = _load_json(line)
        if isinstance(record, _BadJson):
            return None
        if not isinstance(record, dict) or "text" not in locate(list(record), defaults.fields):
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


def _json_articles(
    name: str, raw: bytes, defaults: _Defaults, settings: Settings
) -> Iterator[Article | InputError]:
    """A ``.json`` file: one article object, or an array of them (item n is ``file:n``)."""
    text = _decode(name, raw, settings)
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
    where = locate([key for key in record if isinstance(key, str)], defaults.fields)
    if "text" not in where:
        keys = ", ".join(map(str, list(record)[:_SHOWN_KEYS])) or "none"
        return InputError(source, Reason.BAD_FIELD, field=defaults.fields.get("text", "text"),
                          detail=f"missing (keys: {keys}; name the text's key with --text-col)")
    text = record[where["text"]]
    if not isinstance(text, str):
        return InputError(source, Reason.BAD_FIELD, field=where["text"], detail="not a string")
    # A field the record lacks is None, even when the record has a key "" (which a default
    # of "" would read).
    doc_id = record.get(where["id"]) if "id" in where else None
    if doc_id is None or doc_id == "":
        doc_id = default_id or source
    elif isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    elif not isinstance(doc_id, str):
        return InputError(source, Reason.BAD_FIELD, field=where["id"], detail="not a string")
    optional: dict[str, str | None] = {}
    for field in ("lang", *_OPTIONAL_TEXT_FIELDS):
        value = _text_value(record.get(where[field]) if field in where else None)
        if isinstance(value, _NotText):
            return InputError(source, Reason.BAD_FIELD, field=where[field], detail="not a string")
        optional[field] = value or None
    published: date | None = defaults.published
    published_source = FROM_DEFAULT if published else None
    value = record.get(where["published"]) if "published" in where else None
    if value is not None and value != "":
        day = parse_published(value)
        if day is None:
            warn(source, Reason.BAD_DATE, value=value)
        else:
            published, published_source = day, FROM_RECORD
    lang = optional.pop("lang")
    return Article(
        id=doc_id,
        text=text,
        lang=_lang(lang) or defaults.lang,
        published=published,
        published_source=published_source,
        **optional,
    )


class _NotText:
    """A field value that is no text: a number, or an object without a name."""


def _text_value(value: Any) -> str | _NotText | None:
    """A text field's value: a string; a news API's source object gives its ``name``, a list
    of authors their names joined."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value if v.strip())
    return _NotText()


def _lang(value: str | None) -> str | None:
    """A record's language code, normalised; "auto" means: not stated."""
    code = (value or "").strip().lower()
    return None if code in ("", "auto") else code
