"""TIME entities: a time of day on a date, as TIMEX3 writes it.

"Tuesday evening" -> 2019-03-12TEV, "14:30 GMT on Sunday" -> 2019-03-17T14:30, "this
morning" -> the document's day + TMO, "noon Thursday" -> ...T12:00, "five hours" -> PT5H
(a DURATION). The date part resolves as a DATE would (tense, document date); without a
document date the date part stays XXXX-XX-XX.
"""

from __future__ import annotations

import datetime as dt
import re

from .lexicon import NUMBER_ALT, number_value
from .values import DateValue

_PARTS = (("morning", "MO"), ("dawn", "MO"), ("daybreak", "MO"), ("afternoon", "AF"),
          ("evening", "EV"), ("dusk", "EV"), ("sunset", "EV"), ("tonight", "NI"),
          ("overnight", "NI"), ("night", "NI"))
_CLOCK = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?"
                    r"(?=\s|$|\s*(?:gmt|utc|et|est|edt|local))", re.I)
_HOURS = re.compile(rf"^(?:about |some |nearly |almost |over |more than )?(?P<n>\d+|{NUMBER_ALT}|an|a)"
                    r"[ -](?P<u>hour|minute|second)s?(?: long)?$", re.I)


def resolve_time(expr: str, doc_date: dt.date | None, sentence: str = "",
                 day: str | None = None) -> DateValue:
    """The TIMEX3 value of a TIME span (see the module's docstring); ``day`` (YYYY-MM-DD),
    when given, is the day a neighbouring DATE names ("Tuesday" before "evening")."""
    from .resolve import resolve_date

    text = " ".join(expr.lower().split())
    m = _HOURS.match(text)
    if m:
        n = 1 if m["n"] in ("a", "an") else number_value(m["n"])
        unit = {"hour": "H", "minute": "M", "second": "S"}[m["u"]]
        return DateValue(f"PT{n}{unit}" if n is not None else f"PTX{unit}", "DURATION", None)
    clock = _clock(text)
    part = None if clock else next((code for word, code in _PARTS if word in text), None)
    if clock is None and part is None:
        if "noon" in text or "midday" in text:
            clock = "12:00"
        elif "midnight" in text:
            clock = "24:00"
    if clock is None and part is None:
        # No clock and no part of a day: a length or a recurrence ("only five hours", "less
        # than one hour", "hourly") reads as the date normaliser reads it; else the day.
        whole = resolve_date(expr, doc_date, sentence=sentence)
        if whole.value and whole.type in ("DURATION", "SET"):
            return whole
    day = day or _day(text, expr, doc_date, sentence, resolve_date)
    if clock is None and part is None:
        return DateValue(day, "TIME", None) if day else DateValue(None, "TIME", None)
    base = day or "XXXX-XX-XX"
    return DateValue(f"{base}T{clock}" if clock else f"{base}T{part}", "TIME", None)


def _day(text: str, expr: str, doc_date: dt.date | None, sentence: str, resolve_date) -> str | None:
    """The calendar day of the span: its date part, or the document's own day for "this
    morning", "tonight", a bare clock time."""
    value = resolve_date(expr, doc_date, sentence=sentence).value
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    if doc_date is None:
        return None
    if re.search(r"\b(?:yesterday|last night)\b", text):
        return (doc_date - dt.timedelta(days=1)).isoformat()
    if re.search(r"\btomorrow\b", text):
        return (doc_date + dt.timedelta(days=1)).isoformat()
    if re.search(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", text) or re.search(
            r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", text):
        return None  # a date part that did not resolve to a day: no guess
    return doc_date.isoformat()


def _clock(text: str) -> str | None:
    for m in _CLOCK.finditer(text):
        if m["m"] is None and m["ampm"] is None:
            continue  # a bare number is no time
        hour, minute = int(m["h"]), int(m["m"] or 0)
        ampm = (m["ampm"] or "").replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        if 0 <= hour <= 24 and 0 <= minute < 60:
            return f"{hour:02d}:{minute:02d}"
    return None
