"""Expressions that only mean something against the document date:
"yesterday", "Monday", "next week", "three years ago", "next month",
"May of next year", "the week ending Friday".

Every parser returns None when the document date is unknown: a relative
date is never resolved against today's date.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from . import anchors
from .context import FUTURE, PAST, Ctx
from .lexicon import (
    MONTH_ALT,
    MONTHS,
    NUMBER_ALT,
    UNIT_ALT,
    UNITS,
    WEEKDAY_ALT,
    WEEKDAYS,
    number_value,
)
from .periods import parse_period

_DAY_WORDS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "today's": 0,
    "tonight's": 0,
    "the day": None,
    "yesterday": -1,
    "yesterday's": -1,
    "last night": -1,
    "last evening": -1,
    "overnight": 0,
    "tomorrow": 1,
    "tomorrow's": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "earlier today": 0,
    "later today": 0,
    "earlier yesterday": -1,
    "later yesterday": -1,
    # Anaphoric days: anchored on an event, not on the document date.
    "the next day": None,
    "the following day": None,
    "the previous day": None,
    "the day before": None,
    "the day after": None,
    "the same day": None,
    "that day": None,
    "that same day": None,
    "the next morning": None,
    "earlier in the day": 0,
    "later in the day": 0,
}
_NUM = rf"(?:\d+|{NUMBER_ALT}|a few|few|several|some|many|a couple of|couple of)"
_AGO = re.compile(
    rf"^(?P<n>{_NUM})?[ -]?(?P<unit>{UNIT_ALT})s?(?: or so)?[ -](?P<dir>ago|back|before now|earlier"
    rf"|from now|hence|later)$"
)
_SHIFT = re.compile(
    r"^(?:the )?(?P<rel>this|last|next|previous|coming|current|past|present|this past|this coming|"
    r"earlier this|later this|earlier in the|later in the|earlier that|later that|earlier|later|"
    r"early this|late this|the|so far this|so far in the|earlier last|later last|later next|"
    r"early next|late next|early last|late last|in the|during the|within the|throughout the) "
    r"(?P<unit>week|weekend|month|year|decade|century|quarter|fortnight)(?:'s)?$"
)
_WEEKDAY = re.compile(
    rf"^(?:(?P<rel>this|last|next|coming|this coming|this past|past|on|until|by|the following|"
    rf"the previous|the last|the next|early|late|earlier|later) )?(?P<wd>{WEEKDAY_ALT})(?:'s)?"
    rf"(?: (?P<post>last week|this week|next week|week))?$"
)
_MONTH_REL = re.compile(
    rf"^(?:(?P<rel>last|next|this|this past|this coming|the coming|the past|past|coming|earlier"
    rf" this|later this) )?"
    rf"(?P<month>{MONTH_ALT})(?: (?:of )?(?P<yrel>last year|this year|next year|the previous year|"
    rf"the following year|the same year|that year))?$"
)
_WEEKEND = re.compile(
    r"^(?:(?P<rel>this|last|next|the|this past|this coming|the past|the coming) )?weekend$"
)


def _week_of(d: dt.date) -> str:
    return anchors.week_value(d)


def _weekend(doc: dt.date, shift: int) -> str:
    """Weekend of the ISO week of doc shifted by whole weeks."""
    return anchors.week_value(doc + dt.timedelta(weeks=shift)) + "-WE"


def _unit_value(doc: dt.date, unit: str, shift: int) -> str | None:
    if unit in ("week", "fortnight"):
        return _week_of(doc + dt.timedelta(weeks=shift))
    if unit == "weekend":
        return _weekend(doc, shift)
    if unit == "month":
        return anchors.month_value(*anchors.shift_months(doc.year, doc.month, shift))
    if unit == "year":
        return f"{doc.year + shift:04d}"
    if unit == "quarter":
        idx = doc.year * 4 + (doc.month - 1) // 3 + shift
        return f"{idx // 4:04d}-Q{idx % 4 + 1}"
    if unit == "decade":
        return f"{doc.year // 10 + shift:03d}"
    if unit == "century":
        return f"{doc.year // 100 + shift:02d}"
    return None


def _rel_shift(rel: str) -> int | None:
    if rel in (
        "last",
        "previous",
        "past",
        "this past",
        "earlier last",
        "later last",
        "early last",
        "late last",
    ):
        return -1
    if rel in ("next", "coming", "this coming", "later next", "early next", "late next"):
        return 1
    if rel in ("earlier that", "later that"):
        return None
    return 0


def _ago(m: re.Match[str], doc: dt.date) -> str | None:
    """ "three years ago" keeps the granularity of its unit (year -> 2018 in 2021)."""
    n_txt = m["n"] or "1"
    n = number_value(n_txt)
    if n is None:
        return "PAST_REF" if m["dir"] in ("ago", "back", "before now", "earlier") else "FUTURE_REF"
    unit = m["unit"]
    letter, mult, is_time = UNITS[unit]
    sign = -1 if m["dir"] in ("ago", "back", "before now", "earlier") else 1
    if m["dir"] == "later":
        return None  # anchored on another event, not on the document date
    # "earlier" counts back from the time the report is about; without a date of the
    # narrative to count from, that is the document date, as for "ago".
    k = sign * n * mult
    if is_time:
        return doc.isoformat()
    if letter == "D":
        return (doc + dt.timedelta(days=k)).isoformat()
    if letter == "W":
        return _week_of(doc + dt.timedelta(weeks=k))
    if letter == "M":
        d = doc + relativedelta(months=k)
        return anchors.month_value(d.year, d.month)
    year = doc.year + k
    if year < 0:
        return None
    if mult >= 100:
        return f"{year // 100:02d}"
    if mult >= 10:
        return f"{year // 10:03d}"
    return f"{year:04d}"


# "Today is the eighth day of the operation", "It's the second day of the talks": a count of
# days the sentence says, in the present tense, is today. Told of another day ("Sunday was
# the third day"), the count has no value: its first day is not known.
_NTH_DAY = re.compile(
    r"^(?:the )?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3})"
    r" (?:straight |consecutive )?day$"
)
_IS_TODAY = re.compile(r"\b(?:today is|it is|it's|this is|marks|is now)\s+$")


def _nth_day_today(text: str, ctx: Ctx) -> bool:
    if not _NTH_DAY.match(text):  # the cheap test first: most expressions are no day count
        return False
    s = ctx.sentence.lower().replace("\u2019", "'")
    pos = s.find(ctx.expr.lower().strip())
    return pos > 0 and bool(_IS_TODAY.search(s[:pos]))


def parse_relative(text: str, ctx: Ctx) -> tuple[str | None, bool]:
    """(value, matched).  matched=False means "not a relative expression",
    so other parsers may try; (None, True) means relative but unresolvable.
    """
    doc = ctx.doc
    if doc is not None and ctx.sentence and _nth_day_today(text, ctx):
        return doc.isoformat(), True
    if text in _DAY_WORDS:
        off = _DAY_WORDS[text]
        if doc is None or off is None:
            return None, True
        return (doc + dt.timedelta(days=off)).isoformat(), True
    m = _AGO.match(text)
    if m:
        if m["dir"] == "later":
            # "a year later" counts from a date of the narrative, not from the document's:
            # left to the duration parser.
            return None, False
        # "a year earlier" is a date, like "a year ago" (TimeML: a point, not a length).
        return (_ago(m, doc) if doc else None), True
    m = _WEEKEND.match(text)
    if m:
        if doc is None:
            return None, True
        return _resolve_weekend(doc, m["rel"], ctx), True
    m = _SHIFT.match(text)
    if m:
        shift = _rel_shift(m["rel"])
        if doc is None or shift is None:
            return None, True
        return _unit_value(doc, m["unit"], shift), True
    m = _WEEKDAY.match(text)
    if m:
        return (_weekday(m, ctx) if doc else None), True
    m = _MONTH_REL.match(text)
    if m and (m["rel"] or m["yrel"]):
        return (_month_rel(m, ctx) if doc else None), True
    value = parse_period(text, ctx) if ctx.doc is not None else None
    if value is not None:
        return value, True
    return None, False


def _resolve_weekend(doc: dt.date, rel: str | None, ctx: Ctx) -> str:
    if rel in ("last", "this past", "the past"):
        sat = anchors.pick_weekday(doc, 5, PAST, strict=True)
        return _week_of(sat) + "-WE"
    if rel in ("next", "this coming", "the coming"):
        return _week_of(anchors.pick_weekday(doc, 5, FUTURE)) + "-WE"
    if doc.weekday() >= 5:
        return _week_of(doc) + "-WE"
    if rel == "this" or ctx.tense == FUTURE:
        return _week_of(doc) + "-WE"
    return _week_of(doc - dt.timedelta(weeks=1)) + "-WE"


def _weekday(m: re.Match[str], ctx: Ctx) -> str:
    doc = ctx.doc
    assert doc is not None
    wd = WEEKDAYS[m["wd"]]
    post = m["post"]
    if post:
        shift = {"last week": -1, "next week": 1}.get(post, 0)
        monday = doc - dt.timedelta(days=doc.weekday()) + dt.timedelta(weeks=shift)
        return (monday + dt.timedelta(days=wd)).isoformat()
    rel = m["rel"]
    if rel in ("last", "this past", "past", "the previous", "the last"):
        return anchors.pick_weekday(doc, wd, PAST, strict=True).isoformat()
    if rel in ("next", "coming", "this coming", "the following", "the next"):
        return anchors.pick_weekday(doc, wd, FUTURE).isoformat()
    if rel in ("until", "by") and ctx.tense != PAST:
        return anchors.pick_weekday(doc, wd, FUTURE).isoformat()
    # "until Thursday, they had described him ...": a deadline in a past-tense sentence is
    # behind the report, like any weekday of a past-tense sentence.
    # A bare weekday that is the document's own is that day, whatever the tense (news names
    # the day, "Thursday", rather than "today"; a week on is "next Thursday").
    tense = FUTURE if ctx.tense == FUTURE and wd != doc.weekday() else PAST
    return anchors.pick_weekday(doc, wd, tense).isoformat()


def _month_rel(m: re.Match[str], ctx: Ctx) -> str | None:
    doc = ctx.doc
    assert doc is not None
    month = MONTHS[m["month"]]
    yrel = m["yrel"]
    if yrel:
        if yrel in ("the same year", "that year"):
            return None
        shift = (
            -1
            if yrel in ("last year", "the previous year")
            else (1 if yrel in ("next year", "the following year") else 0)
        )
        return anchors.month_value(doc.year + shift, month)
    rel = m["rel"]
    if rel in ("this", "earlier this", "later this"):
        return anchors.month_value(doc.year, month)
    here = doc.year * 12 + doc.month - 1
    if rel in ("last", "this past", "the past", "past"):
        idx = max(i for i in ((doc.year + k) * 12 + month - 1 for k in (-1, 0)) if i < here)
    else:
        idx = min(i for i in ((doc.year + k) * 12 + month - 1 for k in (0, 1)) if i > here)
    return anchors.month_value(idx // 12, idx % 12 + 1)
