"""The date a narrative has reached, for the expressions that point back to it.

"That day", "the following year", "later that month" mean nothing against the document
date: they name the day, month or year the text last spoke of ("He was arrested on 3 May
2019 and released the following day": 2019-05-04). The date normaliser keeps a
``Narrative`` while it walks a document's dates in order: every calendar date it resolves
(a day, a month or a year) moves it, and an anaphoric expression is resolved against it.
With nothing to point back to, such an expression keeps no value (as before): it is never
resolved against the document date, which it does not mean.

Only expressions that say they point back are read this way; "next year", "last month" and
"Friday" stay relative to the document date, and "three days later" stays a duration, as
TimeML annotates it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import anchors
from .values import DateValue

# (unit, shift) for each anaphoric expression, written without a leading "the".
_POINTING: dict[str, tuple[str, int]] = {}
for _words, _unit, _shift in (
    ("that day|same day|that same day|earlier that day|later that day|that very day|"
     "same date", "day", 0),
    ("next day|following day|day after|a day later|one day later", "day", 1),
    ("previous day|day before|preceding day|a day earlier|one day earlier", "day", -1),
    ("that week|same week|that same week|earlier that week|later that week", "week", 0),
    ("following week|week after", "week", 1),
    ("previous week|week before|preceding week", "week", -1),
    ("that month|same month|that same month|earlier that month|later that month",
     "month", 0),
    ("following month|month after", "month", 1),
    ("previous month|month before|preceding month", "month", -1),
    ("that year|same year|that same year|earlier that year|later that year", "year", 0),
    ("following year|year after", "year", 1),
    ("previous year|year before|preceding year", "year", -1),
):
    for _w in _words.split("|"):
        _POINTING[_w] = (_unit, _shift)

_LEAD = re.compile(r"^(?:the|by|on|in|until|of|during|throughout) ")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class Narrative:
    """The day, month and year the text last named (each None until it names one)."""

    day: dt.date | None = None
    month: tuple[int, int] | None = None
    year: int | None = None

    def moved(self, value: DateValue) -> Narrative:
        """The narrative after a resolved date: a day sets all three, a month the month and
        year, a year the year alone; anything else (a duration, a set, "the past", an
        interval) leaves it where it was."""
        if value.type != "DATE" or not value.value:
            return self
        if m := _DAY.match(value.value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return Narrative(day, (day.year, day.month), day.year)
        if m := _MONTH.match(value.value):
            return Narrative(None, (int(m[1]), int(m[2])), int(m[1]))
        if m := _YEAR.match(value.value):
            return Narrative(None, None, int(m[1]))
        return self


def pointing(text: str) -> tuple[str, int] | None:
    """(unit, shift) when ``text`` points back at the narrative ("the following day":
    ("day", 1)), else None."""
    words = " ".join(text.lower().replace("'s", "").split()).rstrip(".,")
    while (stripped := _LEAD.sub("", words)) != words:
        words = stripped
    return _POINTING.get(words)


def narrative_value(text: str, narrative: Narrative) -> DateValue | None:
    """The value of an anaphoric ``text`` against ``narrative``; None when ``text`` does not
    point back or the narrative has not reached a date of that unit."""
    found = pointing(text)
    if found is None:
        return None
    unit, shift = found
    if unit in ("day", "week"):
        if narrative.day is None:
            return None
        if unit == "day":
            return DateValue((narrative.day + dt.timedelta(days=shift)).isoformat(), "DATE")
        return DateValue(anchors.week_value(narrative.day + dt.timedelta(weeks=shift)), "DATE")
    if unit == "month":
        if narrative.month is None:
            return None
        return DateValue(anchors.month_value(*anchors.shift_months(*narrative.month, shift)),
                         "DATE")
    if narrative.year is None:
        return None
    return DateValue(f"{narrative.year + shift:04d}", "DATE")
