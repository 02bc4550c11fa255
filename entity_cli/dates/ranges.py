"""A range of dates in one span gets an ISO 8601 interval value, start/end.

"2011-2013", "1980-88", "from 1990 to 2003", "between 1994 and 1997" give 2011/2013,
1980/1988, 1990/2003, 1994/1997; "March 3-5, 2019" gives 2019-03-03/2019-03-05 (a day
range without a year takes the year its first day resolves to). A range of durations ("six
to nine months") is no interval: TimeML has no value for one, so its value is the lower
bound with mod EQUAL_OR_MORE (P6M), the upper bound unwritten. Any other two dates joined
in one span ("Aug. 26 to Oct. 20", "from March 3 to April 5, 2019", "between March and
June", "Sept. 14 to Thursday"; "and" only after "between") are an interval when both ends
resolve to the same kind of value (two days, two months or two years) in order; a year
written once at the end belongs to both.
"""

from __future__ import annotations

import re

from . import anchors
from .context import Ctx
from .durations import duration_value
from .lexicon import MONTH_ALT, MONTHS, NUMBER_ALT, UNIT_ALT, number_value
from .values import DateValue

_YEARS = re.compile(
    r"^(?:from |between |in )?(?P<a>(?:1[5-9]|20)\d{2})\s*(?:-|to|and|through|until|till)\s*"
    r"(?P<b>\d{2}|\d{4})$"
)
_DAYS = re.compile(
    rf"^(?:from |between )?(?P<month>{MONTH_ALT}) (?P<d1>\d{{1,2}})\s*(?P<j>-|to|and|through)\s*"
    rf"(?P<d2>\d{{1,2}})(?: (?P<y>\d{{4}}))?$"
)
# The same written day first, as British and Gulf papers write it: "3 to 5 January",
# "12-14 March 2005". In both orders "and" joins a range only after "between": "on 3 and 6
# June" names two days.
DAYS_FIRST = re.compile(
    rf"^(?:from |between )?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?P<j>-|\u2013|to|and|through)\s*"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?P<month>{MONTH_ALT})(?:,? (?P<y>\d{{4}}))?$"
)


def parse_range(text: str, ctx: Ctx) -> str | None:
    """The interval value of a range of years or of days, or None."""
    m = _YEARS.match(text)
    if m:
        a, b = int(m["a"]), m["b"]
        end = a // 100 * 100 + int(b) if len(b) == 2 else int(b)
        return f"{a:04d}/{end:04d}" if end > a else None
    m = _DAYS.match(text) or DAYS_FIRST.match(text)
    if m and m.groupdict().get("j") == "and" and not _after_between(text, ctx):
        m = None
    if m:
        month, d1, d2 = MONTHS[m["month"]], int(m["d1"]), int(m["d2"])
        if not 1 <= d1 < d2 <= 31:
            return None
        if m["y"]:
            year = int(m["y"])
        elif ctx.doc is not None:
            first = anchors.pick_day(ctx.doc, month, d1, ctx.tense)
            if first is None:
                return None
            year = first.year
        else:
            return None
        try:
            import datetime as dt

            start, end = dt.date(year, month, d1), dt.date(year, month, d2)
        except ValueError:
            return None
        return f"{start.isoformat()}/{end.isoformat()}"
    return None


def _after_between(text: str, ctx: Ctx) -> bool:
    """Whether "between" opens the range: in the span, or right before it in the sentence
    (the model often leaves the word out: "between [6 and 9 April]")."""
    if text.startswith("between ") or ctx.lead == "between":
        return True
    return bool(ctx.expr and ctx.sentence and re.search(
        r"\bbetween\s+" + re.escape(ctx.expr), ctx.sentence, re.IGNORECASE))


_COUNT = rf"(?:\d+|{NUMBER_ALT})"
_DURATIONS = re.compile(
    rf"^(?:(?:the )?(?:next|past|last|coming|first|previous) )?(?:between |from )?"
    rf"(?P<a>{_COUNT})\s*(?:-|to|and|or)\s*(?P<b>{_COUNT}) (?P<unit>{UNIT_ALT})s?$"
)


def parse_duration_range(text: str, mod: str | None) -> DateValue | None:
    """ "six to nine months", "between two and three weeks": the lower bound, EQUAL_OR_MORE
    (an outer modifier, "about six to nine months", is kept instead)."""
    m = _DURATIONS.match(text)
    if not m:
        return None
    a, b = number_value(m["a"]), number_value(m["b"])
    if a is None or b is None or not 0 < a < b:
        return None
    value = duration_value(m["a"], m["unit"])
    return DateValue(value, "DURATION", mod or "EQUAL_OR_MORE") if value else None


# "and" joins a range only after "between" ("in March and June" names two months).
_JOINED = re.compile(r"^(?:from |between )?(?P<a>.+?) (?:to|through|until|till) (?P<b>.+)$")
_AND = re.compile(r"^(?:between )?(?P<a>.+?) and (?P<b>.+)$")
_KIND = (re.compile(r"^\d{4}-\d{2}-\d{2}$"), re.compile(r"^\d{4}-\d{2}$"), re.compile(r"^\d{4}$"))
_HAS_YEAR = re.compile(r"\b\d{4}\b")


def parse_date_range(text: str, ctx: Ctx) -> str | None:
    """The interval of two dates joined in one span, or None (see the module docstring)."""
    from .resolve import resolve_date

    between = text.startswith("between ") or ctx.lead == "between"
    m = _JOINED.match(text) or (_AND.match(text) if between else None)
    if not m:
        return None
    a, b = m["a"], m["b"]

    def value(part: str) -> str | None:
        return resolve_date(part, ctx.doc, sentence=ctx.sentence, day_first=ctx.day_first).value

    end = value(b)
    year = _HAS_YEAR.search(b)
    start = value(f"{a} {year[0]}" if year and not _HAS_YEAR.search(a) else a)
    if start is None or end is None or not (start[:4].isdigit() and end[:4].isdigit()):
        return None  # "between now and Feb. 1": no interval of two calendar dates
    # Each end read alone may fall on the other side of the document date ("Aug. 26 to Oct.
    # 20" told in the past): the start (else the end), written without a year, moves to the
    # year that puts them in order.
    for shift in (0, 1):
        if start < end:
            break
        if not _HAS_YEAR.search(a):
            start = value(f"{a} {int(end[:4]) - shift}") or start
        elif not _HAS_YEAR.search(b):
            end = value(f"{b} {int(start[:4]) + shift}") or end
    same_kind = any(k.match(start) and k.match(end) for k in _KIND)
    return f"{start}/{end}" if same_kind and start < end else None
