"""``vigie timeline``: events counted by day, week or month and by quad class, as a table, a CSV
file, or one self-contained HTML page with a stacked bar chart (inline SVG, no script, no
network).

An event reported by several articles counts once (its cluster, see the store's
``event_clusters``); undated events have no place on a time line and are left out. The
filters are those of ``vigie query``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from html import escape
from typing import TextIO

from vigie.filters import QUAD_CLASSES
from vigie.query import EventFilter, build_query
from vigie.store import StoreSource, opened
from vigie.store.stats import format_table

PERIODS = ("day", "week", "month")
QUAD_NAMES = tuple(QUAD_CLASSES.values())
COLUMNS = ("period", "start", *(f"quad{n}" for n in range(1, 5)), "total")
# One colour per quad class, cooperation in blues, conflict in reds.
_COLOURS = ("#9ecae1", "#3182bd", "#fc9272", "#de2d26")


@dataclass(frozen=True)
class Period:
    label: str  # 2024-W05 or 2024-02
    start: str  # its first day
    counts: tuple[int, int, int, int]  # events by quad class, 1 to 4

    @property
    def total(self) -> int:
        return sum(self.counts)


def timeline(source: StoreSource, by: str, where: EventFilter | None = None) -> list[Period]:
    """Events of the store by ``day``, ``week`` or ``month`` and quad class, oldest first;
    periods without events inside the range are listed with zero counts."""
    if by not in PERIODS:
        raise ValueError(f"timeline periods are one of {PERIODS}")
    sql, params = build_query(where or EventFilter())
    label = {"day": "strftime(p, '%Y-%m-%d')",
             "week": "isoyear(p) || '-W' || lpad(week(p)::VARCHAR, 2, '0')",
             "month": "strftime(p, '%Y-%m')"}[by]
    counts = f"""
        WITH selected AS (
            SELECT DISTINCT cluster_id, quad_class, date_trunc('{by}', date)::TIMESTAMP AS p
            FROM ({sql}) WHERE date IS NOT NULL
        ), periods AS (
            SELECT unnest(generate_series(min(p), max(p), INTERVAL 1 {by})) AS p FROM selected
        )
        SELECT {label}, strftime(p, '%Y-%m-%d'),
               {", ".join(f"count(s.cluster_id) FILTER (WHERE s.quad_class = {n})"
                          for n in range(1, 5))}
        FROM periods LEFT JOIN selected s USING (p) GROUP BY p ORDER BY p"""
    with opened(source, read_only=True) as store:
        rows = store.connection.execute(counts, params).fetchall()
    return [Period(row[0], row[1], (row[2], row[3], row[4], row[5])) for row in rows]


def format_timeline(periods: list[Period], by: str) -> str:
    rows = [(p.label, *p.counts, p.total) for p in periods]
    headers = (by, *(name.replace(" ", "_") for name in QUAD_NAMES), "total")
    title = f"{sum(p.total for p in periods)} events by {by} and quad class"
    return "\n".join(format_table(title, headers, rows)) + "\n"


def write_csv(periods: list[Period], out: TextIO) -> None:
    table = csv.writer(out, lineterminator="\n")
    table.writerow(COLUMNS)
    for period in periods:
        table.writerow([period.label, period.start, *period.counts, period.total])


def html_page(periods: list[Period], by: str, title: str) -> str:
    """One HTML page holding the chart as inline SVG, a legend and the table of counts."""
    width, height, margin = max(320, 28 * len(periods) + 60), 260, 40
    tallest = max((p.total for p in periods), default=0) or 1
    bar = (width - margin - 10) / max(len(periods), 1)
    shapes = []
    for i, period in enumerate(periods):
        x, base = margin + i * bar, height - margin
        for quad, count in enumerate(period.counts):
            size = (height - 2 * margin) * count / tallest
            if count:
                shapes.append(
                    f'<rect x="{x + 2:.1f}" y="{base - size:.1f}" width="{bar - 4:.1f}" '
                    f'height="{size:.1f}" fill="{_COLOURS[quad]}"><title>{escape(period.label)}'
                    f": {count} {QUAD_NAMES[quad]}</title></rect>")
            base -= size
        if len(periods) <= 24 or i % max(1, len(periods) // 12) == 0:
            shapes.append(f'<text x="{x + bar / 2:.1f}" y="{height - margin + 14}" '
                          f'font-size="10" text-anchor="middle">{escape(period.label)}</text>')
    shapes.append(f'<text x="{margin - 6}" y="{margin}" font-size="10" '
                  f'text-anchor="end">{tallest}</text>')
    legend = "".join(f'<li><span style="background:{colour}"></span>{name}</li>'
                     for colour, name in zip(_COLOURS, QUAD_NAMES, strict=True))
    rows = "".join(f"<tr><td>{escape(p.label)}</td>"
                   + "".join(f"<td>{n}</td>" for n in (*p.counts, p.total)) + "</tr>"
                   for p in periods)
    headers = "".join(f"<th>{escape(h)}</th>" for h in (by, *QUAD_NAMES, "total"))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>
body {{ font-family: sans-serif; margin: 2em; }}
ul {{ list-style: none; padding: 0; display: flex; gap: 1.5em; }}
li span {{ display: inline-block; width: 1em; height: 1em; margin-right: .4em; }}
table {{ border-collapse: collapse; margin-top: 1.5em; }}
td, th {{ border: 1px solid #ccc; padding: .2em .6em; text-align: right; }}
</style></head>
<body>
<h1>{escape(title)}</h1>
<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">
<line x1="{margin}" y1="{height - margin}" x2="{width - 10}" y2="{height - margin}" stroke="#333"/>
{"".join(shapes)}
</svg>
<ul>{legend}</ul>
<table><tr>{headers}</tr>{rows}</table>
</body></html>
"""
