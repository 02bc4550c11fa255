"""The resolver's result type and a TIMEX3 value validator.

The validator is deliberately strict: it encodes the value shapes the gold
guidelines allow, so property tests can prove that nothing malformed (for
example a month 13 or a stray "XX" in the wrong place) ever leaves the
resolver.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TYPES = frozenset({"DATE", "DURATION", "SET"})
MODS = frozenset({"START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN"})


@dataclass(frozen=True)
class DateValue:
    """A normalised temporal expression.

    value: TIMEX3 value string, or None when it cannot be resolved.
    type: "DATE", "DURATION" or "SET".
    mod: TIMEX3 modifier kept apart from the value (e.g. "START" for "early").
    """

    value: str | None
    type: str
    mod: str | None = None


# A year, a decade (199: the 1990s) or a century (19), as ISO-TimeML writes them.
_YEAR = r"(?:\d{4}|\d{3}|\d{2}|XXXX)"
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12]\d|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4]\d|5[0-3]|XX)"
_DATE_RE = re.compile(
    rf"""^(?:
        {_YEAR}
      | {_YEAR}-{_MONTH}
      | {_YEAR}-{_MONTH}-{_DAY}
      | {_YEAR}-W{_WEEK}(?:-(?:[1-7]|WE))?
      | XXXX-WXX-[1-7]
      | {_YEAR}-(?:SP|SU|FA|WI)
      | {_YEAR}-Q[1-4]
      | {_YEAR}-H[12]
      | PAST_REF | PRESENT_REF | FUTURE_REF
    )$""",
    re.VERBOSE,
)
_TIMED_RE = re.compile(r"^((?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX))T(.+)$")
_TIME_RE = re.compile(r"^(?:MO|AF|EV|NI|DT|(?:[01]\d|2[0-4]):[0-5]\d)$")
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION_RE = re.compile(
    rf"^P(?:(?:{_NUM}(?:Y|M|W|D|DE|CE))+(?:T(?:{_NUM}[HMS])+)?|T(?:{_NUM}[HMS])+)$"
)


def is_timex3(value: str) -> bool:
    """True when value is a well-formed TIMEX3 DATE, DURATION or SET value.

    Month/day ranges are checked (no "2021-13"), and calendar validity of a
    full day (no "2021-02-30") is checked too because a resolver bug that
    produces one would otherwise go unnoticed.
    """
    if not isinstance(value, str) or not value:
        return False
    if "/" in value:  # an interval: start/end, two dates in order
        start, _, end = value.partition("/")
        return ("/" not in end and not start.startswith("P") and not end.startswith("P")
                and is_timex3(start) and is_timex3(end) and start < end)
    if _DURATION_RE.match(value):
        return True
    timed = _TIMED_RE.match(value)
    if timed:  # a time of day on a day: 2019-03-12TEV, 2019-03-17T14:30
        day, time = timed.groups()
        return bool(_TIME_RE.match(time)) and (day == "XXXX-XX-XX" or is_timex3(day))
    if not _DATE_RE.match(value):
        return False
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", value)
    if m:
        import datetime

        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    m = re.match(r"^(\d{4})-W(\d{2})", value)
    if m and int(m[2]) == 53:
        import datetime

        return datetime.date(int(m[1]), 12, 28).isocalendar()[1] == 53
    return True
