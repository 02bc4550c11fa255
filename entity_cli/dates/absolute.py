"""Calendar expressions that name their date: days, months, years, decades, centuries,
seasons, quarters, halves and numeric dates.

A month or day given without a year is completed from the document date using the rules
in anchors.py; everything else is read as written. Numeric dates (03/04/2021):
day_first=True/False settles the order (the document's own, numeric_order.py, by default);
with day_first=None the value is given only when it is unambiguous (a part above 12, or
both parts equal) and is None otherwise, because guessing the wrong order silently gives a
wrong date. Dotted dates (9.8.2021) are day-first, the only convention that writes them.

Each parser takes normalised text (lower case, no commas, no ordinal
suffixes, see resolve.normalise) and returns a value string or None.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from . import anchors
from .context import FUTURE, PAST, Ctx
from .lexicon import MONTHS, ORDINAL_WORDS
from .seasons import parse_season
from .shapes import (
    CENTURY,
    COMPACT,
    DAY_MONTH,
    DECADE,
    DECADE_WORD,
    DECADE_WORDS,
    HALF,
    HALF_MONTH,
    HALF_SHORT,
    ISO,
    MONTH_DAY,
    MONTH_ONLY,
    MONTH_YEAR,
    NUMERIC,
    ORD_DAY,
    ORD_NUM,
    QUARTER,
    QUARTER_SHORT,
    SHORT_YEAR,
    YEAR,
)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _two_digit_year(yy: int, doc: dt.date | None) -> int:
    """Expand a two-digit year to the century that puts it nearest doc."""
    ref = doc.year if doc else 2000
    return min((c * 100 + yy for c in (ref // 100 - 1, ref // 100)),
               key=lambda y: abs(y - ref) if y <= ref + 10 else 10**6)


def year_ref(yref: str | None, ctx: Ctx) -> int | None:
    """Year named by "2021", "this year", "last year", "next year"."""
    if yref is None or yref in ("the year", "this year", "the current year", "the fiscal year"):
        return ctx.doc.year if ctx.doc else None
    if yref.isdigit():
        return int(yref)
    if ctx.doc is None:
        return None
    return ctx.doc.year + (1 if yref == "next year" else -1)


@lru_cache(maxsize=12)
def _month_year_pattern(month: int) -> re.Pattern[str]:
    names = "|".join(k for k, v in MONTHS.items() if v == month)
    return re.compile(
        rf"\b(?:{names})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?(?P<y>\d{{4}})\b"
        rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\.?,?\s+(?P<y2>\d{{4}})\b"
    )


@lru_cache(maxsize=8192)
def _sentence_year(sentence: str, month: int) -> int | None:
    """The year the sentence states for this month ("since May 1998"), when it states exactly
    one: a year-less mention of the same month in that sentence means the same year."""
    pat = _month_year_pattern(month)
    years = {int(m["y"] or m["y2"]) for m in pat.finditer(sentence.lower())}
    return years.pop() if len(years) == 1 else None


def _month_day(ctx: Ctx, month: int, day: int, year: str | None) -> str | None:
    if year is None and ctx.sentence:
        stated = _sentence_year(ctx.sentence, month)
        year = str(stated) if stated else None
    if year:
        return _valid(int(year), month, day)
    if not 1 <= day <= 31:
        return None
    if ctx.doc is None:
        try:
            dt.date(2000, month, day)
        except ValueError:
            return None
        return f"XXXX-{month:02d}-{day:02d}"
    d = anchors.pick_day(ctx.doc, month, day, ctx.tense)
    return d.isoformat() if d else None


def _numeric(ctx: Ctx, m: re.Match[str]) -> str | None:
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys), ctx.doc)
    day_first = ctx.day_first
    if day_first is None and m["sep"] == ".":
        day_first = True  # dotted dates are a European (day-first) habit
    if a > 12 and b <= 12:
        return _valid(y, b, a)
    if b > 12 and a <= 12:
        return _valid(y, a, b)
    if a == b:
        return _valid(y, a, b)
    if day_first is None:
        return None  # genuinely ambiguous: refuse rather than guess
    return _valid(y, b, a) if day_first else _valid(y, a, b)


def _decade(cent: str | None, dec: int, ctx: Ctx) -> str:
    if cent in ("nineteen",):
        cent = "19"
    elif cent in ("twenty",):
        cent = "20"
    if cent is None:
        ref = ctx.doc.year if ctx.doc else 2000
        cent = "20" if 2000 + dec * 10 <= ref else "19"
    return f"{cent}{dec}"  # ISO-TimeML: the 1990s are 199


# A number that names a thing ("Resolution 1701", "Flight 1549", "the 1701 resolution"), not
# a year; after the number only a year no news would name (before 1800) counts, since "the
# 2016 resolution" may be one of that year.
_NAME_BEFORE = r"\b(?:resolutions?|flight|route|highway|article|chapter|section|no\.|number)\s+"
_NAME_AFTER = r"\s+(?:resolutions?|flight)\b"


def _numbered_name(year: str, ctx: Ctx) -> bool:
    sentence = ctx.sentence.lower()
    if year not in sentence:
        return False
    return (re.search(_NAME_BEFORE + year + r"\b", sentence) is not None
            or (int(year) < 1800 and re.search(r"\b" + year + _NAME_AFTER, sentence) is not None))


# "in her 50s", "a man in his early sixties": a decade of someone's life, no calendar decade.
_AGE_OWNER = r"\b(?:his|her|their|its|my|your|our|whose)\s+(?:(?:early|mid|late)[\s-]*)?"


def _an_age(m: re.Match[str], ctx: Ctx) -> bool:
    """Whether a decade without its century ("50s", "sixties") is an age in its sentence."""
    if m["cent"] or not ctx.sentence:
        return False
    return re.search(_AGE_OWNER + re.escape(m[0].removeprefix("the ")) + r"\b",
                     ctx.sentence.lower()) is not None


def _quarter_year(ctx: Ctx, q: int, yref: str | None, unit_months: int) -> int | None:
    if yref is not None:
        return year_ref(yref, ctx)
    if ctx.doc is None:
        return None
    cur = (ctx.doc.month - 1) // unit_months + 1
    if ctx.tense == PAST and q > cur:
        return ctx.doc.year - 1
    if ctx.tense == FUTURE and q < cur:
        return ctx.doc.year + 1
    return ctx.doc.year


_DAY_SHIFT = re.compile(r"^(?P<rel>last|this past|the past|next|this coming|the coming|coming) (?P<rest>.+)$")


def _shifted_day(text: str, ctx: Ctx) -> str | None:
    """ "last Oct. 23", "next March 3": the nearest such day strictly before (after) the
    document date."""
    m = _DAY_SHIFT.match(text)
    d = (MONTH_DAY.match(m["rest"]) or DAY_MONTH.match(m["rest"])) if m else None
    if d is None or d["year"] or ctx.doc is None:
        return None
    past = m["rel"] in ("last", "this past", "the past")
    cands = [c for c in (_valid(ctx.doc.year + k, MONTHS[d["month"]], int(d["day"]))
                         for k in (-1, 0, 1)) if c]
    side = [c for c in cands if (c < ctx.doc.isoformat() if past else c > ctx.doc.isoformat())]
    return (max(side) if past else min(side)) if side else None


def parse_absolute(text: str, ctx: Ctx) -> str | None:
    """Value of an explicit calendar expression, or None if text is not one."""
    if m := MONTH_DAY.match(text) or DAY_MONTH.match(text):
        return _month_day(ctx, MONTHS[m["month"]], int(m["day"]), m["year"])
    shifted = _shifted_day(text, ctx)
    if shifted is not None:
        return shifted
    if m := YEAR.match(text):
        return None if _numbered_name(m["year"], ctx) else m["year"]
    if m := MONTH_YEAR.match(text):
        return f"{m['year']}-{MONTHS[m['month']]:02d}"
    if m := SHORT_YEAR.match(text):
        year = _two_digit_year(int(m["yy"]), ctx.doc)
        return f"{year:04d}-{MONTHS[m['month']]:02d}" if m["month"] else f"{year:04d}"
    if m := MONTH_ONLY.match(text):
        month = MONTHS[m["month"]]
        stated = _sentence_year(ctx.sentence, month) if ctx.sentence else None
        if stated:
            return f"{stated:04d}-{month:02d}"
        if ctx.doc is None:
            return f"XXXX-{month:02d}"
        return anchors.month_value(*anchors.pick_month(ctx.doc, month, ctx.tense))
    if m := ISO.match(text):
        y, mo = int(m["y"]), int(m["m"])
        if m["d"]:
            return _valid(y, mo, int(m["d"]))
        return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 else None
    if m := COMPACT.match(text):
        return _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    if m := NUMERIC.match(text):
        return _numeric(ctx, m)
    if m := DECADE.match(text):
        return None if _an_age(m, ctx) else _decade(m["cent"], int(m["dec"]), ctx)
    if m := DECADE_WORD.match(text):
        return None if _an_age(m, ctx) else _decade(m["cent"], DECADE_WORDS[m["w"]], ctx)
    if m := CENTURY.match(text):
        n = int(m["n"].rstrip("stndrh")) if m["n"][0].isdigit() else ORDINAL_WORDS[m["n"]]
        return f"{n - 1:02d}" if 1 <= n <= 99 else None  # the 20th century: 19
    season = parse_season(text, ctx)
    if season:
        return season
    return _parse_parts(text, ctx)


def _parse_parts(text: str, ctx: Ctx) -> str | None:
    """Quarters, halves and bare ordinal days."""
    m = QUARTER.match(text)
    if m:
        q = ORD_NUM[m["n"]]
        y = _quarter_year(ctx, q, m["yref"], 3)
        return f"{y:04d}-Q{q}" if y else None
    m = QUARTER_SHORT.match(text)
    if m and (m["y1"] or m["y2"] or ctx.doc):
        q = int(m["q"] or m["q2"])
        y = int(m["y1"] or m["y2"]) if (m["y1"] or m["y2"]) else _quarter_year(ctx, q, None, 3)
        return f"{y:04d}-Q{q}" if y else None
    m = HALF.match(text)
    if m:
        h = min(ORD_NUM[m["n"]], 2)  # "the last half": the second (a year's last quarter is 4)
        y = _quarter_year(ctx, h, m["yref"], 6)
        return f"{y:04d}-H{h}" if y else None
    m = HALF_SHORT.match(text)
    if m and (m["y1"] or m["y2"] or ctx.doc):
        h = int(m["h"])
        y = int(m["y1"] or m["y2"]) if (m["y1"] or m["y2"]) else _quarter_year(ctx, h, None, 6)
        return f"{y:04d}-H{h}" if y else None
    m = ORD_DAY.match(text)
    if m and ctx.doc:
        day = int(m["day"])
        cands = []
        for k in (-1, 0, 1):
            y, mo = anchors.shift_months(ctx.doc.year, ctx.doc.month, k)
            v = _valid(y, mo, day)
            if v:
                cands.append(dt.date.fromisoformat(v))
        if not cands:
            return None
        if ctx.tense == FUTURE:
            fut = [c for c in cands if c >= ctx.doc]
            return min(fut).isoformat() if fut else None
        past = [c for c in cands if c <= ctx.doc]
        return max(past).isoformat() if past else None
    return None


def half_of_month(text: str, ctx: Ctx) -> tuple[str, str] | None:
    """ "the first half of April" -> (month value, START/END)."""
    m = HALF_MONTH.match(text)
    if not m:
        return None
    inner = f"{m['month']} {m['year']}" if m["year"] else m["month"]
    v = parse_absolute(inner, ctx)
    if v is None:
        return None
    return v, ("START" if m["n"] == "first" else "END")
