"""Calendar values (ISO-TimeML: ``2023``, ``2023-05``, ``2023-W09``, ``2023-05-10``) as the days
they span, so that every dated record can be sorted and filtered as a plain day.

An event dated ``2022-05`` happened some day in May 2022: its ``date`` is the first day of the
interval (2022-05-01), its ``date_end`` the last (2022-05-31), and ``date_value`` keeps the
value as the text gave it. ISO weeks run Monday to Sunday; week 1 holds the year's first
Thursday.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

CALENDAR_VALUE = re.compile(r"(?P<year>[0-9]{4})"
                            r"(?:-W(?P<week>[0-9]{2})|-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")


def is_calendar_value(value: str) -> bool:
    """Whether ``value`` is a year, a month, an ISO week or a day that exists (not
    ``2023-02-30``)."""
    return calendar_span(value) is not None


def calendar_span(value: str | None) -> tuple[date, date] | None:
    """The first and last day of a calendar value; None for no value or any other form
    (a decade, a season, a quarter), and for an impossible day such as ``2023-02-30``."""
    match = CALENDAR_VALUE.fullmatch(value or "")
    if match is None:
        return None
    year = int(match["year"])
    try:
        if match["week"]:
            first = date.fromisocalendar(year, int(match["week"]), 1)
            return first, first + timedelta(days=6)
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            return day, day
        if match["month"]:
            month = int(match["month"])
            return (date(year, month, 1),
                    date(year, month, calendar.monthrange(year, month)[1]))
    except ValueError:
        return None
    return date(year, 1, 1), date(year, 12, 31)


def calendar_precision(value: str | None) -> str | None:
    """What a calendar value names: ``day``, ``week``, ``month`` or ``year``; None where
    ``calendar_span`` gives no days."""
    match = CALENDAR_VALUE.fullmatch(value or "")
    if match is None or calendar_span(value) is None:
        return None
    return "week" if match["week"] else "day" if match["day"] else (
        "month" if match["month"] else "year")
