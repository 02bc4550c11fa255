"""Named days of the Gregorian calendar (Christmas, New Year's Day, Easter, Thanksgiving)
and the Jewish festivals (Rosh Hashanah, Yom Kippur, Passover, Hanukkah: their first day).

A holiday is a day of a year; which year is read as for any day without one (the nearest
occurrence, on the side of the document date the sentence's tense points to; "last" and
"next" pick the one before or after). Islamic feasts and Nowruz are in ``islamic``.
Holidays whose date depends on the country ("Independence Day", "Election Day") are left
out: the name alone does not say which.
"""

from __future__ import annotations

import datetime as dt
import re

from . import hebrew
from .context import FUTURE, PAST, Ctx


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def _thanksgiving(year: int) -> dt.date:
    """The fourth Thursday of November (the United States' Thanksgiving)."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


# Name (lowercase, without "day") -> the date in a given year.
_HOLIDAYS = {
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "boxing": lambda y: dt.date(y, 12, 26),
    "new year's": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "valentine's": lambda y: dt.date(y, 2, 14),
    "halloween": lambda y: dt.date(y, 10, 31),
    "easter": _easter,
    "easter sunday": _easter,
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "thanksgiving": _thanksgiving,
    # Jewish festivals: the first day, from the Hebrew calendar (hebrew.py)
    "rosh hashanah": hebrew.festival(hebrew.TISHREI, 1),
    "rosh hashana": hebrew.festival(hebrew.TISHREI, 1),
    "yom kippur": hebrew.festival(hebrew.TISHREI, 10),
    "sukkot": hebrew.festival(hebrew.TISHREI, 15),
    "hanukkah": hebrew.festival(hebrew.KISLEV, 25),
    "chanukah": hebrew.festival(hebrew.KISLEV, 25),
    "purim": hebrew.festival(hebrew.ADAR, 14),
    "passover": hebrew.festival(hebrew.NISAN, 15),
    "pesach": hebrew.festival(hebrew.NISAN, 15),
    "shavuot": hebrew.festival(hebrew.SIVAN, 6),
}
_HOLIDAY = re.compile(
    r"^(?:(?P<rel>last|next|this) )?(?P<name>" + "|".join(sorted(_HOLIDAYS, key=len, reverse=True))
    + r")(?: day)?$"
)


def is_holiday_name(text: str) -> bool:
    """Whether ``text`` is the name of a holiday or Jewish festival of this module
    ("Thanksgiving Day", "Easter Sunday", "last Christmas", "Yom Kippur"): a date, whatever
    label the model gave it."""
    return bool(_HOLIDAY.match(" ".join(text.lower().replace("\u2019", "'").split())))


def parse_holiday(text: str, ctx: Ctx) -> tuple[str | None, bool]:
    """(value, matched) for a named holiday ("Christmas Day", "last Easter", "Yom Kippur")."""
    m = _HOLIDAY.match(text.replace("\u2019", "'"))
    if not m:
        return None, False
    if ctx.doc is None:
        return None, True
    day_of = _HOLIDAYS[m["name"]]
    doc = ctx.doc
    if m["rel"] == "this":
        return day_of(doc.year).isoformat(), True
    dates = [day_of(year) for year in (doc.year - 1, doc.year, doc.year + 1)]
    if m["rel"] == "last":
        return max(d for d in dates if d < doc).isoformat(), True
    if m["rel"] == "next":
        return min(d for d in dates if d > doc).isoformat(), True
    tense = ctx.tense
    if tense == PAST:
        chosen = max(d for d in dates if d <= doc)
    elif tense == FUTURE:
        chosen = min(d for d in dates if d >= doc)
    else:
        chosen = min(dates, key=lambda d: abs((d - doc).days))
    return chosen.isoformat(), True
