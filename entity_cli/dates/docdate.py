"""detect_doc_date: the document's own date, the anchor for relative dates.

Sources, in order of trust:
1. a labelled date line near the top ("Updated: August 09, 2021, 4:07 PM",
   "Published 3 March 2020", "Posted on ...");
2. a short line near the top that is just a date (with optional weekday
   and time);
3. a wire dateline that carries a year ("BAGHDAD, Jan 11, 2016 (Reuters) -");
4. a YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD date in the file name.
A dateline without a year gives no date: the year would be a guess.
Only the top of the text is read, because dates further down are usually
the dates of events, not of the document.
"""

from __future__ import annotations

import datetime as dt
import re

from .lexicon import MONTH_ALT, MONTHS, WEEKDAY_ALT

_TOP_LINES = 12
_MAX_DATE_LINE = 90
_M = rf"(?:{MONTH_ALT})\.?"
DATE_IN_TEXT = re.compile(
    rf"(?:(?:{WEEKDAY_ALT})\.?,?\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_M}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_M})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})"
    rf"|(?P<na>\d{{1,2}})/(?P<nb>\d{{1,2}})/(?P<ny>\d{{4}}))\b",
    re.I,
)
_LABEL = re.compile(
    r"^\W*(?:last\s+|first\s+)?(?:updated|published|posted|modified|date|dated|released|issued|"
    r"created|written|filed|edited)\b(?:\s+(?:on|at|in))?\s*[:\-\u2013\u2014|]?\s*",
    re.I,
)
_TIME_BITS = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|\b(?:gmt|utc|est|edt|et|bst|cet"
    r"|ast|local|time)\b"
    r"|[+-]\d{2}:?\d{2}\b",
    re.I,
)
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'\-]{{2,40}}(?:,\s*[A-Za-z .'\-]{{2,30}})?,?\s+(?P<m>{_M})\s+(?P<d>\d{{1,2}})"
    rf"(?:,?\s+(?P<y>\d{{4}}))?\s*(?:\((?:[A-Za-z .&]{{2,30}})\))?\s*[-\u2013\u2014]",
    re.I,
)
_FILE_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[-_.]?(?P<m>0[1-9]|1[0-2])[-_.]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)


def _mk(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def date_from_match(m: re.Match[str]) -> dt.date | None:
    if m["y1"]:
        return _mk(int(m["y1"]), MONTHS[m["m1"].lower().rstrip(".")], int(m["d1"]))
    if m["y2"]:
        return _mk(int(m["y2"]), MONTHS[m["m2"].lower().rstrip(".")], int(m["d2"]))
    if m["iy"]:
        return _mk(int(m["iy"]), int(m["im"]), int(m["id"]))
    a, b, y = int(m["na"]), int(m["nb"]), int(m["ny"])
    if a > 12 >= b:
        return _mk(y, b, a)
    if b > 12 >= a:
        return _mk(y, a, b)
    return _mk(y, a, b) if a == b else None  # ambiguous numeric date: no guess


def _is_date_line(line: str, m: re.Match[str]) -> bool:
    """A line that holds little besides the date and a time of day."""
    if len(line) > _MAX_DATE_LINE:
        return False
    rest = line[: m.start()] + " " + line[m.end() :]
    rest = _TIME_BITS.sub(" ", rest)
    words = re.findall(r"[A-Za-z]{2,}", rest)
    return len(words) <= 2


def detect_doc_date(text: str, filename: str | None = None) -> tuple[dt.date | None, str | None]:
    """(date, "text" | "filename") of the document, or (None, None)."""
    lines = [ln.strip() for ln in (text or "")[:4000].splitlines() if ln.strip()][:_TOP_LINES]
    # Scraped pages often put "Updated: ..." after the article: labelled lines count at the end too.
    tail = [ln.strip() for ln in (text or "")[-600:].splitlines() if ln.strip()][-4:]
    for line in tail:
        lab = _LABEL.match(line)
        m = DATE_IN_TEXT.search(line, lab.end()) if lab else None
        if m and m.start() - lab.end() <= 20 and (d := date_from_match(m)):
            return d, "text"
    plain: dt.date | None = None
    dateline: dt.date | None = None
    for line in lines:
        lab = _LABEL.match(line)
        if lab:
            m = DATE_IN_TEXT.search(line, lab.end())
            if m and m.start() - lab.end() <= 20:
                d = date_from_match(m)
                if d:
                    return d, "text"
        # Only a short line can be a date line: long ones are not searched (speed).
        m = DATE_IN_TEXT.search(line) if plain is None and len(line) <= _MAX_DATE_LINE else None
        if m and _is_date_line(line, m):
            plain = date_from_match(m)
        dl = _DATELINE.match(line)
        if dateline is None and dl and dl["y"]:
            dateline = _mk(int(dl["y"]), MONTHS[dl["m"].lower().rstrip(".")], int(dl["d"]))
    if plain or dateline:
        return plain or dateline, "text"
    if filename:
        name = re.split(r"[\\/]", filename)[-1]
        fm = _FILE_DATE.search(name)
        if fm:
            d = _mk(int(fm["y"]), int(fm["m"]), int(fm["d"]))
            if d:
                return d, "filename"
    return None, None


def parse_date(value: str, what: str) -> dt.date:
    """Parse a YYYY-MM-DD date (--doc-date, a JSONL record's "date"); raise UsageError
    mentioning ``what`` otherwise."""
    from entity_cli.errors import UsageError

    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{what}: {value!r} is not a date in YYYY-MM-DD form") from None
