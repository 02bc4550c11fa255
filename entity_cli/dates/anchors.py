"""Choosing which occurrence of a year-less date the text means.

Rule (documented here because the resolver's behaviour depends on it):

* PAST reading: the latest occurrence on or before the document date.
* FUTURE reading: the earliest occurrence on or after the document date
  (for weekdays strictly after: "will meet on Monday" written on a Monday
  means next Monday).
* No clear tense: the occurrence closest to the document date, where a
  distance into the future counts double.  News mostly reports what has
  happened, so "in December" written in May is the previous December, while "in
  July" written in June is next month.  Ties go to the past.

Weekdays without a clear tense take the PAST reading (a report written on
a Monday that says "on Monday" means that very day).
"""

from __future__ import annotations

import datetime as dt

from .tense import FUTURE, PAST

FUTURE_WEIGHT = 2


def _closest(doc: int, candidates: list[int]) -> int:
    def cost(c: int) -> tuple[int, int]:
        d = c - doc
        return (d * FUTURE_WEIGHT if d > 0 else -d, 1 if d > 0 else 0)

    return min(candidates, key=cost)


SCHEDULED_MONTHS = 2


def pick_month(doc: dt.date, month: int, tense: str | None) -> tuple[int, int]:
    """(year, month) of the named month nearest doc in the reading's direction."""
    here = doc.year * 12 + doc.month - 1
    cands = [(doc.year + k) * 12 + month - 1 for k in (-1, 0, 1)]
    if tense == PAST:
        soon = [c for c in cands if 0 < c - here <= SCHEDULED_MONTHS]
        # As for days (SCHEDULED_DAYS): a month just ahead, told in the past tense, is the
        # coming one ("the vote was set for December" in November), not the one 11 months back.
        chosen = soon[0] if soon else max(c for c in cands if c <= here)
    elif tense == FUTURE:
        chosen = min(c for c in cands if c >= here)
    else:
        chosen = _closest(here, cands)
    return chosen // 12, chosen % 12 + 1


# A day and month without a year, in a past-tense sentence, within this many days after the
# document date is that coming date (a deadline or a payment date told in the past tense).
SCHEDULED_DAYS = 60
# A future reading of a day that fell within this many days before the document date is
# that day: a deadline just passed.
RECENT_DAYS = 7


def pick_day(doc: dt.date, month: int, day: int, tense: str | None) -> dt.date | None:
    """The date of month/day nearest doc; None if month/day never exists."""
    cands: list[dt.date] = []
    for y in range(doc.year - 4, doc.year + 5):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    if tense == PAST:
        past = [c for c in cands if c <= doc]
        soon = [c for c in cands if doc < c <= doc + dt.timedelta(days=SCHEDULED_DAYS)]
        if soon:
            # "The offer had been set to expire Nov. 6" in a paper of November 2: a date
            # this close ahead, not the same day nearly a year back (reports give the year
            # of a date that old).
            return soon[0]
        return max(past) if past else None
    if tense == FUTURE:
        fut = [c for c in cands if c >= doc]
        recent = [c for c in cands if doc - dt.timedelta(days=RECENT_DAYS) <= c < doc]
        if recent and fut and (min(fut) - doc).days > 300:
            # "to repatriate the child by Jan. 14" in a paper of January 15: a deadline
            # just passed, not one almost a year ahead (reports give the year of such a date).
            return recent[0]
        return min(fut) if fut else None
    ords = [c.toordinal() for c in cands if abs(c.year - doc.year) <= 1] or [
        c.toordinal() for c in cands
    ]
    return dt.date.fromordinal(_closest(doc.toordinal(), ords))


def pick_weekday(doc: dt.date, weekday: int, tense: str | None, *, strict: bool = False) -> dt.date:
    """The named weekday: past/undecided -> on or before doc; future -> after.

    strict=True excludes doc itself on the past side ("last Monday").
    """
    if tense == FUTURE:
        return doc + dt.timedelta(days=(weekday - doc.weekday() - 1) % 7 + 1)
    back = (doc.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return doc - dt.timedelta(days=back)


def week_value(d: dt.date) -> str:
    """ISO week of d as a TIMEX3 week value ("2021-W32")."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by delta months."""
    idx = year * 12 + month - 1 + delta
    return idx // 12, idx % 12 + 1


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def day_value(d: dt.date) -> str:
    return d.isoformat()
