"""trim_date_span: boundary repairs for DATE spans the NER model gets wrong.

The model often swallows a clock time ("August 09, 2021, 4:07 PM"), a
time-of-day word ("Monday night"), or punctuation; and it labels ages
("35-year-old") as DATE although they are not calendar dates.  Offsets are
returned rather than text so the caller can rebuild the span in its doc.
"""

from __future__ import annotations

import re

from .ages import is_age

_TRAIL_TIME = re.compile(
    r"(?:\s*[,;]?\s*(?:at\s+|around\s+|about\s+|by\s+)?"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?:\s*(?:\(?(?:gmt|utc|et|est|edt|bst|cet|ast|local(?:\s+time)?)\)?))?"
    r"|\s*[,;]?\s*(?:in\s+the\s+|at\s+)?(?:morning|afternoon|evening|night|noon|midday|midnight"
    r"|dawn|dusk|overnight)"
    r"|\s*[,;]?\s*(?:gmt|utc|local\s+time)"
    r")\s*$",
    re.I,
)
_LEAD_TIME = re.compile(
    r"^\s*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?:\s*(?:gmt|utc|et|est|edt|bst|cet|local\s+time))?\s*(?:[,;-]\s*|on\s+)?",
    re.I,
)
_ABBREV_END = re.compile(
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat"
    r"|sun)\.$",
    re.I,
)
_LEAD_PUNCT = ' \t\n\r,;:.!?()[]{}"\u201c\u201d\u2018*-\u2013\u2014|/'
_TRAIL_PUNCT = ' \t\n\r,;:!?()[]{}"\u201c\u201d\u2019*-\u2013\u2014|/'
_TIME_ONLY_WORDS = re.compile(
    r"^(?:morning|afternoon|evening|night|noon|midday|midnight|dawn|dusk|overnight|tonight)$", re.I
)


def _strip_punct(expr: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (expr[start] in _LEAD_PUNCT or expr[start].isspace()):
        if expr[start] in "'\u2018" and start + 1 < end and expr[start + 1].isdigit():
            break
        start += 1
    while end > start:
        ch = expr[end - 1]
        if (
            ch in _TRAIL_PUNCT
            or ch.isspace()
            or (ch == "'" and not expr[start:end].lower().endswith("0s'"))
            or (ch == "." and not _ABBREV_END.search(expr[start:end]))
        ):
            end -= 1
        else:
            break
    return start, end


def trim_date_span(expr: str) -> tuple[int, int] | None:
    """(start, end) of the real date inside expr, or None for a non-date.

    Unchanged spans give (0, len(expr)); a span that is only a time of day
    or an age gives None.
    """
    if not expr or not expr.strip():
        return None
    if is_age(expr):
        return None
    start, end = _strip_punct(expr, 0, len(expr))
    for _ in range(4):
        changed = False
        m = _TRAIL_TIME.search(expr[start:end])
        if m and m.start() > 0:
            end = start + m.start()
            changed = True
        m = _LEAD_TIME.match(expr[start:end])
        if m and 0 < m.end() < end - start:
            start += m.end()
            changed = True
        start, end = _strip_punct(expr, start, end)
        if not changed:
            break
    if start >= end or _TIME_ONLY_WORDS.match(expr[start:end]):
        return None
    return start, end
