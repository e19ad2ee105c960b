"""Publication dates as feeds, exports and file names write them, read as calendar days.

A publication date is what relative dates in the text ("mardi", "last week") are resolved
against. Feeds write it in many ways: ISO 8601 with a time and a zone
(``2023-12-22T10:00:00+01:00``), RFC 2822 as RSS does (``Tue, 22 Dec 2023 10:00:00 GMT``),
words (« 22 décembre 2023 », "March 5, 2023"). The day kept is the day as written, in the
zone the writer gave: converting to UTC would move an evening story to the next day.

A value that names no single day (``2023``, ``yesterday``) or several (``02/05/2024``: the
2nd of May or the 5th of February) is no date: precision first, an article without a date
is better than an article with a wrong one.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any

# Where an article's publication date came from (``Article.published_source``).
FROM_RECORD = "record"  # a field of the JSONL, JSON or CSV record
FROM_HTML = "html"  # the page's metadata (article:published_time, JSON-LD, <time>)
FROM_FILE_NAME = "file-name"  # the file's name: 2024-02-06_story.txt
FROM_DEFAULT = "given"  # the caller's default (--published)

# Longer values are not dates: do not hand them to a parser.
_MAX_DATE_CHARS = 80
# Day, month and year as digits separated by slashes, dots or dashes (day or month first).
_NUMERIC_DAY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# A day in a file name: 2024-02-06, 2024_02_06 or 20240206, not inside a longer number.
_FILE_NAME_DAY = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([-_]?)([01][0-9])\2([0-3][0-9])"
                            r"(?![0-9])")
_ASCII_DIGITS = frozenset("0123456789")
# The languages whose month and day names a textual date may be written in.
_DATE_LANGUAGES = ("fr", "en")


def parse_published(value: Any) -> date | None:
    """The day a publication date names, or None when it names no single day."""
    if isinstance(value, date | datetime):
        return value.date() if isinstance(value, datetime) else value
    if not isinstance(value, str):
        return None
    text = value.strip()
    # Dates are read from the digits 0-9 only: int() would take other scripts' digits too.
    if not text or len(text) > _MAX_DATE_CHARS or any(
            c.isdigit() and c not in _ASCII_DIGITS for c in text):
        return None
    for reader in (_iso_day, _rfc2822_day, _numeric_day, _written_day):
        day = reader(text)
        if day is not None:
            return day
    return None


def file_name_day(name: str) -> date | None:
    """The day a file's name starts or is stamped with (``2024-02-06_x.txt``), or None."""
    match = _FILE_NAME_DAY.search(name)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[3]), int(match[4]))
    except ValueError:
        return None


def _iso_day(text: str) -> date | None:
    # A bare year or month is a valid ISO value but no day; the basic form needs eight digits.
    if len(text) < 8 or not text[:4].isdigit():
        return None
    try:
        return datetime.fromisoformat(text.replace(" ", "T", 1)).date()
    except ValueError:
        return None


def _rfc2822_day(text: str) -> date | None:
    try:
        return parsedate_to_datetime(text).date()
    except (ValueError, TypeError, IndexError):
        return None


def _numeric_day(text: str) -> date | None:
    """``25/12/2023`` or ``12/25/2023``; None when either order gives a day (``02/05/2024``)."""
    match = _NUMERIC_DAY.fullmatch(text)
    if match is None:
        return None
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    days = set()
    for day, month in ((first, second), (second, first)):
        try:
            days.add(date(year, month, day))
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None


def _written_day(text: str) -> date | None:
    """A date in words (« 22 décembre 2023 », "March 5, 2023"), by dateparser, absolute
    forms only: "yesterday" depends on when it is read."""
    if _YEAR.search(text) is None or not any(c.isalpha() for c in text):
        return None
    parsed = _written_date_parser().get_date_data(text)
    if parsed is None or parsed.date_obj is None or parsed.period != "day":
        return None
    return parsed.date_obj.date()


@cache
def _written_date_parser() -> Any:
    # Imported on first use: most feeds write ISO or RFC 2822 dates, and dateparser's
    # language data takes a while to load.
    import dateparser

    return dateparser.DateDataParser(
        languages=list(_DATE_LANGUAGES),
        settings={"PARSERS": ["absolute-time"], "STRICT_PARSING": True,
                  "REQUIRE_PARTS": ["day", "month", "year"]})
