"""The report's timeline: resolved DATE values on a time axis, as inline SVG.

Only values that start with a year (TIMEX3 "2021", "2021-08", "2021-12-31", "2021-W31",
"2020-H1", "2021-Q3", "2021-SU") have a place on an axis; durations, sets and PAST_REF do
not. A value covers an interval (a year is a bar a year wide, a day is a dot), so "2020"
and "the beginning of 2020" sit where a reader expects them. Each marker links to the
highlighted date in the text, and its tooltip quotes the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?"
)
_SEASON_MONTHS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

WIDTH = 960
MARGIN = 30
RIGHT_MARGIN = 90  # room for the label of a date at the far right
AXIS_Y = 30
LANE_HEIGHT = 22
CHAR_WIDTH = 6.6  # of the 11px label font, for lane packing only


@dataclass
class TimelineItem:
    """One DATE entity to place: its value, its text, the sentence and the anchor to link."""

    value: str
    text: str
    sentence: str
    anchor: str


def year_fraction(day: date) -> float:
    """A date as a year with a fraction, so positions on the axis are linear in time."""
    start = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def _add_months(year: int, month: int, months: int) -> date:
    index = year * 12 + (month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def interval(value: str | None) -> tuple[float, float] | None:
    """The span of time a TIMEX3 value covers, in fractional years; None if it has none.
    An interval (start/end) covers from its start's beginning to its end's end."""
    if value and "/" in value:
        start, _, end = value.partition("/")
        first, last = interval(start), interval(end)
        return (first[0], last[1]) if first and last else None
    match = _VALUE.match(value or "")
    if match is None:
        return None
    year = int(match["year"])
    if year >= 9999:  # date() stops at 9999-12-31
        return float(year), year + 1.0
    try:
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            first, last = day, day + timedelta(days=1)
        elif match["month"]:
            first = date(year, int(match["month"]), 1)
            last = _add_months(year, int(match["month"]), 1)
        elif match["week"]:
            first = date.fromisocalendar(year, int(match["week"]), 1)
            last = first + timedelta(days=7)
        elif match["quarter"] or match["half"]:
            size = 3 if match["quarter"] else 6
            number = int(match["quarter"] or match["half"])
            first = date(year, (number - 1) * size + 1, 1)
            last = _add_months(year, first.month, size)
        elif match["season"]:
            month, size = _SEASON_MONTHS[match["season"]]
            first = date(year, month, 1)
            last = _add_months(year, month, size)
        else:
            first, last = date(year, 1, 1), date(year + 1, 1, 1)
    except ValueError:  # "2021-02-30", week 54: place the year instead
        first, last = date(year, 1, 1), date(year + 1, 1, 1)
    return year_fraction(first), year_fraction(last)


def _ticks(low: float, high: float) -> list[tuple[float, str]]:
    """Axis ticks: months for a short span, else years at a round step."""
    span = high - low
    if span <= 3:
        step = 1 if span <= 1.5 else 3
        ticks = []
        month = _add_months(int(low), 1, int((low - int(low)) * 12))
        while year_fraction(month) <= high + 1e-9:
            if (month.month - 1) % step == 0:
                label = str(month.year) if month.month == 1 else _MONTHS[month.month - 1]
                ticks.append((year_fraction(month), label))
            month = _add_months(month.year, month.month, 1)
        return ticks
    step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if span / s <= 12), 1000)
    first = int(low // step * step)
    if first < low:
        first += step
    return [(float(year), str(year)) for year in range(first, int(high) + 1, step)]


def _shape(item: TimelineItem, x0: float, x1: float, lanes: list[float]) -> str:
    """One date's marker and label, in the first lane with room for it (``lanes`` grows)."""
    label = item.value
    right = max(x1, x0 + 8) + 4 + len(label) * CHAR_WIDTH
    lane = next((i for i, edge in enumerate(lanes) if edge + 8 < x0), None)
    if lane is None:
        lane = len(lanes)
        lanes.append(right)
    else:
        lanes[lane] = right
    y = AXIS_Y + 18 + lane * LANE_HEIGHT
    if x1 - x0 >= 6:
        marker = (
            f'<rect class="marker" x="{x0:.1f}" y="{y - 5}" width="{x1 - x0:.1f}" '
            f'height="10" rx="3"/>'
        )
        text_x = x1 + 4
    else:
        marker = f'<circle class="marker" cx="{(x0 + x1) / 2:.1f}" cy="{y}" r="5"/>'
        text_x = (x0 + x1) / 2 + 8
    tooltip = f"{item.value} \N{EM DASH} \u201c{item.text}\u201d: {item.sentence}"
    return (
        f'<a href="#{escape(item.anchor)}" class="date-link">'
        f"<title>{escape(tooltip)}</title>"
        f'<line class="tick" x1="{x0:.1f}" y1="{AXIS_Y}" x2="{x0:.1f}" y2="{y}" '
        f'stroke-dasharray="2 3"/>{marker}'
        f'<text x="{text_x:.1f}" y="{y + 4}">{escape(label)}</text></a>'
    )


def timeline_svg(items: list[TimelineItem], title: str) -> str:
    """The SVG, or a short note when no DATE resolved to a point in time."""
    placed = [(span, item) for item in items if (span := interval(item.value)) is not None]
    if not placed:
        return '<p class="empty">No resolved dates to place on a timeline.</p>'
    low = min(span[0] for span, _ in placed)
    high = max(span[1] for span, _ in placed)
    if high - low < 1:  # at least a year of axis, centred on the dates
        middle = (low + high) / 2
        low, high = middle - 0.5, middle + 0.5
    pad = (high - low) * 0.03
    low, high = low - pad, high + pad

    def x(year: float) -> float:
        return MARGIN + (year - low) / (high - low) * (WIDTH - MARGIN - RIGHT_MARGIN)

    lanes: list[float] = []  # the right edge (px) of what each lane already holds
    shapes = [_shape(item, x(start), x(end), lanes)
              for (start, end), item in sorted(placed, key=lambda pair: pair[0])]
    height = AXIS_Y + 18 + len(lanes) * LANE_HEIGHT
    width = max(WIDTH, int(max(lanes)) + 4)  # never clip a label
    ticks = "".join(
        f'<line class="tick" x1="{x(t):.1f}" y1="{AXIS_Y - 5}" x2="{x(t):.1f}" y2="{AXIS_Y + 5}"/>'
        f'<text class="ticklabel" x="{x(t):.1f}" y="{AXIS_Y - 10}">{escape(label)}</text>'
        for t, label in _ticks(low, high)
    )
    return (
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="group" '
        f'aria-label="{escape(title)}">'
        f'<line class="axis" x1="{MARGIN}" y1="{AXIS_Y}" x2="{WIDTH - RIGHT_MARGIN + 10}" y2="{AXIS_Y}"/>'
        f"{ticks}{''.join(shapes)}</svg>"
    )
