"""A range of dates in one span gets an ISO 8601 interval value, start/end.

"2011-2013", "1980-88", "from 1990 to 2003", "between 1994 and 1997" give 2011/2013,
1980/1988, 1990/2003, 1994/1997; "March 3-5, 2019" gives 2019-03-03/2019-03-05 (a day
range without a year takes the year its first day resolves to). A range of durations ("six
to nine months") is no interval: TimeML has no value for one, so its value is the lower
bound with mod EQUAL_OR_MORE (P6M), the upper bound unwritten.
"""

from __future__ import annotations

import re

from . import anchors
from .context import Ctx
from .lexicon import MONTH_ALT, MONTHS, NUMBER_ALT, UNIT_ALT
from .values import DateValue

_YEARS = re.compile(
    r"^(?:from |between |in )?(?P<a>(?:1[5-9]|20)\d{2})\s*(?:-|to|and|through|until|till)\s*"
    r"(?P<b>\d{2}|\d{4})$"
)
_DAYS = re.compile(
    rf"^(?:from |between )?(?P<month>{MONTH_ALT}) (?P<d1>\d{{1,2}})\s*(?:-|to|and|through)\s*"
    rf"(?P<d2>\d{{1,2}})(?: (?P<y>\d{{4}}))?$"
)


def parse_range(text: str, ctx: Ctx) -> str | None:
    """The interval value of a range of years or of days, or None."""
    m = _YEARS.match(text)
    if m:
        a, b = int(m["a"]), m["b"]
        end = a // 100 * 100 + int(b) if len(b) == 2 else int(b)
        return f"{a:04d}/{end:04d}" if end > a else None
    m = _DAYS.match(text)
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


_COUNT = rf"(?:\d+|{NUMBER_ALT})"
_DURATIONS = re.compile(
    rf"^(?:(?:the )?(?:next|past|last|coming|first|previous) )?(?:between |from )?"
    rf"(?P<a>{_COUNT})\s*(?:-|to|and|or)\s*(?P<b>{_COUNT}) (?P<unit>{UNIT_ALT})s?$"
)


def parse_duration_range(text: str, mod: str | None) -> DateValue | None:
    """ "six to nine months", "between two and three weeks": the lower bound, EQUAL_OR_MORE
    (an outer modifier, "about six to nine months", is kept instead)."""
    from .durations import duration_value
    from .lexicon import number_value

    m = _DURATIONS.match(text)
    if not m:
        return None
    a, b = number_value(m["a"]), number_value(m["b"])
    if a is None or b is None or not 0 < a < b:
        return None
    value = duration_value(m["a"], m["unit"])
    return DateValue(value, "DURATION", mod or "EQUAL_OR_MORE") if value else None
