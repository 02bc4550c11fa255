"""TIMEX3 extents: the spans ISO-TimeML draws where OntoNotes draws a DATE differently.

The model draws DATE spans as OntoNotes does, and the default output keeps them. A user
feeding a TimeML tool (or scoring against TimeBank) asks for TimeML's extents instead
(``--date-spans timeml``); by the TimeML annotation guidelines (1.2.1):

- an age ("a 44-year-old", "Ali Hassan, 45,", "37 years old") is not a temporal expression:
  it has no TIMEX3;
- a range written with two dates ("from 1990 to 2003", "between 1994 and 1997", "Aug. 26
  to Oct. 20", "2011-2013") is two TIMEX3s, one for each end, the words between them being
  signals; a range of days under one month ("March 3-5, 2019", "3 to 5 January") stays
  whole, as one end is no expression alone;
- a reporting period anchored by the day (month) it ends ("the quarter ended Sept. 30",
  "the year ended March 31", "the six months ended Aug. 12", "the three months to
  December") is two TIMEX3s: the period and its end.

Each function takes the span's text and values as the normaliser gave them and returns
the pieces as (start, end, value, type, mod) relative to the text, or None to keep the
span as it is.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Piece(NamedTuple):
    """One TIMEX3 of a DATE span: offsets into the span's text, and its TIMEX3 fields."""

    start: int
    end: int
    value: str | None
    type: str | None
    mod: str | None


# Two ends joined by a word or a dash; "from"/"between" in front are signals, outside.
_JOINED = re.compile(
    r"^(?P<lead>(?:from|between)\s+)?(?P<a>.+?)(?:\s+(?:to|through|thru|until|till|and)\s+"
    r"|\s*[-\u2013]\s*)(?P<b>.+?)$", re.IGNORECASE)
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_DAY_ONLY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?$", re.IGNORECASE)
_BARE_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$", re.IGNORECASE)


def range_pieces(text: str, value: str | None) -> list[Piece] | None:
    """The two ends of a span whose value is an interval of two calendar dates."""
    if not value or value.count("/") != 1:
        return None
    first, second = value.split("/")
    if not (_CALENDAR.match(first) and _CALENDAR.match(second)):
        return None
    m = _JOINED.match(text)
    if m is None or _DAY_ONLY.match(m["b"]) and not _CALENDAR.match(m["a"]) \
            or _BARE_DAY.match(m["a"]):
        return None  # "March 3-5, 2019", "3 to 5 January": one end names no day alone
    return [Piece(m.start("a"), m.end("a"), first, "DATE", None),
            Piece(m.start("b"), m.end("b"), second, "DATE", None)]


# A reporting period and the day (month) it ends; the period's words as periods.py and
# quarters.py read them.
_ENDED = re.compile(
    r"^(?P<head>(?:(?:its|their|the|a)\s+)?(?:latest\s+|first\s+|last\s+|past\s+|current\s+)?"
    r"(?:fiscal\s+|financial\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ])?"
    r"(?:fiscal\s+)?(?:quarter|year|half|(?:\d+|[a-z]+)\s+(?:months|weeks)))"
    r"\s+(?:just\s+)?(?:ended|ending|to|through)\s+(?P<rest>.+)$", re.IGNORECASE)
_END_VALUE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")  # the day, or the month, it ends


def ended_pieces(text: str, value: str | None, head_value) -> list[Piece] | None:
    """ "the quarter ended Sept. 30" (value: the day), "the three months to December" (the
    month): the period and its end.
    ``head_value(head_text, day)`` gives the period's own (value, type, mod)."""
    if not value or not _END_VALUE.match(value):
        return None
    m = _ENDED.match(text)
    if m is None:
        return None
    head = head_value(m["head"], value)
    return [Piece(m.start("head"), m.end("head"), *head),
            Piece(m.start("rest"), m.end("rest"), value, "DATE", None)]


def period_value(head: str, day: str, resolved) -> tuple[str | None, str | None, str | None]:
    """The value of a period that ends on ``day`` (YYYY-MM-DD, or the month YYYY-MM). A
    quarter named by its number ("its fourth quarter") is that quarter of the year the day
    is in: a fiscal quarter's number names no calendar quarter, and the report names it as
    written; "the quarter" is the calendar quarter that holds the day; "the year" and "the
    half" of a report are the durations TimeML gives them (P1Y, P6M); anything else ("the
    six months", "the 1989 quarter") has the value its words give alone (``resolved``,
    resolve_date's DateValue for ``head``)."""
    words = head.lower().replace("-", " ").split()
    if any(word.isdigit() for word in words):
        return resolved.value, resolved.type, resolved.mod
    if "quarter" in words:
        number = next((_ORDINALS[word] for word in words if word in _ORDINALS),
                      (int(day[5:7]) - 1) // 3 + 1)
        return f"{day[:4]}-Q{number}", "DATE", None
    if "year" in words:
        return "P1Y", "DURATION", None
    if "half" in words:
        return "P6M", "DURATION", None
    return resolved.value, resolved.type, resolved.mod


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4,
             "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
