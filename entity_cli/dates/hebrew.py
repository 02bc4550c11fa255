"""The Hebrew calendar, for the Jewish festivals news dates by name ("Yom Kippur",
"Passover", "Hanukkah").

The arithmetic of Reingold and Dershowitz, *Calendrical Calculations*: the new year from
the molad of Tishrei and its postponements, the lengths of Marheshvan and Kislev from the
year's length, a thirteenth month (Adar II) in 7 years of 19. Months are numbered from
Nisan (1) to Adar (12) or Adar II (13); the year starts in Tishrei (7). Day numbers are
Python's proleptic Gregorian ordinals (date.toordinal), which start where the book's
fixed dates do.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

_EPOCH = -1373427  # 1 Tishrei AM 1, as a fixed day number
TISHREI, KISLEV, NISAN, SIVAN, ADAR = 7, 9, 1, 3, 12


def is_leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7


def _elapsed(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    day = 29 * months + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


@lru_cache(maxsize=256)
def _new_year(year: int) -> int:
    before, this, after = _elapsed(year - 1), _elapsed(year), _elapsed(year + 1)
    correction = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _EPOCH + this + correction


def _month_days(month: int, year: int) -> int:
    length = _new_year(year + 1) - _new_year(year)
    if month in (2, 4, 6, 10, 13) or (month == ADAR and not is_leap(year)):
        return 29
    if month == 8 and length % 10 != 5:  # Marheshvan is long only in 355/385-day years
        return 29
    if month == KISLEV and length % 10 == 3:  # Kislev is short in 353/383-day years
        return 29
    return 30


def to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Hebrew date (AM year, month from Nisan = 1)."""
    fixed = _new_year(year) + day - 1
    last = 13 if is_leap(year) else 12
    months = list(range(TISHREI, month)) if month >= TISHREI else \
        list(range(TISHREI, last + 1)) + list(range(1, month))
    return dt.date.fromordinal(fixed + sum(_month_days(m, year) for m in months))


def festival(month: int, day: int):
    """The festival on ``day`` of ``month``, as a function of the Gregorian year it falls
    in (holidays.py's form). Tishrei to Kislev fall in the autumn after a Hebrew year began,
    Adar to Sivan in the spring before it ends; Adar's festivals fall in Adar II in a leap
    year."""
    def on(gregorian_year: int) -> dt.date:
        year = gregorian_year + (3761 if TISHREI <= month <= KISLEV else 3760)
        return to_gregorian(year, 13 if month == ADAR and is_leap(year) else month, day)
    return on
