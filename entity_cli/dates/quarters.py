"""Fiscal quarters as earnings reports write them, and the quarter the narrative is at.

"third-quarter profit", "the fiscal first quarter", "this year's third quarter", "the 1988
second quarter" name a quarter (YYYY-Qn). Reports then refer back to it: "the quarter",
"the latest quarter" are the quarter the text last named (the one being reported), and
"the year-earlier quarter", "a year ago", "a year earlier" are the same quarter one year
before, unless the sentence reports a longer period ("for the nine months ... a year
earlier": that period's year). Without a quarter named earlier in the text, "the quarter"
of a report in the past tense is the last quarter completed before the document date (the
one just reported).
"""

from __future__ import annotations

import re

from .context import FUTURE, PAST, Ctx
from .periods import end_day

_N = r"(?P<n>first|second|third|fourth|1|2|3|4)"
_NUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NAMED = re.compile(
    rf"^(?:the )?(?:(?P<rel>this|last|next) year's |(?P<y1>\d{{4}}) )?(?:fiscal[- ]?)?{_N}"
    rf"[- ](?:fiscal[- ])?quarter(?: (?:of )?(?P<y2>\d{{4}}))?$"
)
# "the quarter", "the latest quarter", "the quarter ended Sept.", "the December quarter" (the
# quarter that ends in or holds that month, as Australian and British reports name it).
_THE = re.compile(
    r"^(?:the |that |this )?(?:latest |most recent |just-ended |just ended )?"
    r"(?:(?P<named>march|june|september|december) )?(?:fiscal )?quarter"
    r"(?: (?:just )?ended (?P<month>[a-z]+)(?: \d{1,2})?)?$"
)
_LATEST_PERIOD = re.compile(r"^the (?:latest|most recent) period$")
_YEAR_BEFORE = re.compile(
    rf"^(?:the )?(?:comparable |same |corresponding )?(?:year[- ](?:earlier|ago))"
    rf"(?: {_N})?(?: fiscal)?(?: quarter| period)?$"
    r"|^(?:a|one) year (?:ago|earlier|before)$"
    r"|^(?:the )?(?:same|comparable|corresponding) (?:quarter|period) (?:a year (?:ago|earlier)|last year)$"
)
# A sentence that reports a period longer than a quarter ("for the nine months", "the first
# half", "the full year"): its "a year earlier" is that period a year before, not the quarter.
_LONGER_PERIOD = re.compile(
    r"\b(?:nine|six|\d+) months\b|\bfirst half\b|\b(?:full|whole|fiscal) year\b"
    r"|\bfor the year\b|\byear to date\b|\byear-to-date\b", re.IGNORECASE)
_QUARTER_VALUE = re.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


_ENDED = re.compile(
    r"^(?:its |their |the )?(?P<head>.+?) (?:just )?(?:ended|ending) (?P<rest>.+)$")
# "The 1988 quarter", "the 1989 period": the quarter being reported, in the year named.
_YEAR_QUARTER = re.compile(r"^(?:the |that )?(?P<y>(?:19|20)\d{2}) (?:fiscal )?(?:quarter|period)$")
# The reported quarter one year back, said with "a year ago" or "last year" after it.
_QUARTER_YEAR_BACK = re.compile(
    r"^(?:the |that )?(?:same |comparable |corresponding )?quarter (?:a year (?:ago|earlier)"
    r"|of last year|last year)$|^last year's (?:quarter|period)$")


def _ended(text: str, ctx: Ctx) -> tuple[str | None, str]:
    """ "its fourth quarter ended Sept. 30": the day it ended, as for "the year ended March
    31" (periods.py). A fiscal quarter's number names no calendar quarter, and TimeML gives
    the day its own TIMEX3; without a day ("ended Sept."), the quarter it names is read on.
    Returns (the day's value or None, the text left to read)."""
    m = _ENDED.match(text)
    if not m or not (_NAMED.match(m["head"]) or _THE.match(m["head"])):
        return None, text
    day = end_day(m["rest"], ctx) if ctx.doc is not None else None
    if day is not None:
        return day, text
    return None, (m["head"] if _NAMED.match(m["head"]) else text)


def _year_named_or_back(text: str, ctx: Ctx, anchor: str | None) -> tuple[str | None, bool]:
    """ "the 1988 quarter" (the reported quarter in that year), "the quarter a year ago",
    "last year's quarter" (the reported quarter a year back): (value, matched)."""
    a = _QUARTER_VALUE.match(anchor or "")
    m = _YEAR_QUARTER.match(text)
    if m:
        return (f"{m['y']}-Q{a['q']}" if a else None), bool(a)
    if not _QUARTER_YEAR_BACK.match(text):
        return None, False
    if a:
        return f"{int(a['y']) - 1:04d}-Q{a['q']}", True
    if ctx.doc is None:
        return None, True
    index = ctx.doc.year * 4 + _quarter_of(ctx.doc.month) - 2 - 4  # just reported, a year back
    return f"{index // 4:04d}-Q{index % 4 + 1}", True


def parse_quarter(text: str, ctx: Ctx, anchor: str | None) -> str | None:
    """The YYYY-Qn value of a quarter expression, or None if ``text`` is not one."""
    day, text = _ended(text, ctx)
    if day is not None:
        return day
    value, matched = _year_named_or_back(text, ctx, anchor)
    if matched:
        return value
    m = _NAMED.match(text)
    if m:
        q = _NUM[m["n"]]
        if m["y1"] or m["y2"]:
            return f"{m['y1'] or m['y2']}-Q{q}"
        if ctx.doc is None:
            return None
        year = ctx.doc.year + {"last": -1, "next": 1}.get(m["rel"] or "", 0)
        if m["rel"] is None and anchor is None and q > _quarter_of(ctx.doc.month) \
                and ctx.tense == PAST:
            year -= 1  # "fourth-quarter profit fell" in a February report: last year's
        return f"{year:04d}-Q{q}"
    m = _THE.match(text)
    if m or _LATEST_PERIOD.match(text):
        month = m and (m["month"] or m["named"])
        if month and month[:3] in _MONTHS and ctx.doc is not None:
            q = _quarter_of(_MONTHS[month[:3]])
            year = ctx.doc.year if q <= _quarter_of(ctx.doc.month) else ctx.doc.year - 1
            return f"{year:04d}-Q{q}"
        if anchor is not None and not (text.startswith("this ") and ctx.tense == FUTURE):
            return anchor  # "this quarter" ahead ("will improve this quarter") is the current one
        if ctx.doc is None:
            return None
        shift = -1 if ctx.tense == PAST else 0
        index = ctx.doc.year * 4 + _quarter_of(ctx.doc.month) - 1 + shift
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    m = _YEAR_BEFORE.match(text)
    if m and "quarter" not in text and _LONGER_PERIOD.search(ctx.sentence):
        return None  # the longer period's year, read as any "a year earlier"
    if m and anchor is not None:
        a = _QUARTER_VALUE.match(anchor)
        q = _NUM[m["n"]] if m["n"] else int(a["q"])
        return f"{int(a['y']) - 1:04d}-Q{q}"
    if m and m["n"] and ctx.doc is not None:  # "the year-earlier third quarter"
        return f"{ctx.doc.year - 1:04d}-Q{_NUM[m['n']]}"
    return None


def names_a_quarter(expr: str) -> bool:
    """Whether ``expr`` names a quarter outright ("the third quarter", "Q3 2021"): the
    quarter a report is at from then on. A reference back ("the quarter", "a year ago")
    does not move it."""
    from .normalise import clean

    text = clean(expr)
    return bool(_NAMED.match(text) or _SHORT.match(text))


_SHORT = re.compile(r"^(?:\d{4} )?(?:q[1-4]|[1-4]q)(?: \d{4})?$")


def _quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1
