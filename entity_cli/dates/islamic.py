"""Islamic (Hijri) holidays and months, and Iranian (Solar Hijri) years.

Holidays resolve to the Gregorian date of their first day ("Eid al-Fitr"
-> 1 Shawwal), months to the Gregorian month in which they begin
("Ramadan" 1442 began 2021-04-13 -> "2021-04").  Which Hijri year is meant
follows the same tense rule as Gregorian dates (see anchors.py), except
that a holiday in progress on the document date is always that one.

An Iranian year starts at Nowruz (1 Farvardin, in March), so year Y of the
Solar Hijri calendar starts in Gregorian year Y + 621.  Its start and end
are given to the month (March), since they fall in March.

hijridate is imported lazily so importing this package stays cheap; its
tables cover Hijri 1343-1500 (1924-2077), outside that the value is None.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .context import FUTURE, PAST, Ctx

# name pattern -> (Hijri month, day, granularity, length in days)
_HOLIDAYS: list[tuple[re.Pattern[str], tuple[int, int, str, int]]] = [
    (re.compile(p), spec)
    for p, spec in (
        (
            r"(?:the )?(?:holy |fasting )?(?:month of )?rama[dz]h?an(?: month| fast)?",
            (9, 1, "month", 30),
        ),
        (
            r"(?:the )?eid (?:al|ul|el|e)[- ]?fitr(?: holidays?| festival| feast)?|(?:the )?fitr"
            r" holidays?",
            (10, 1, "day", 3),
        ),
        (
            r"(?:the )?eid (?:al|ul|el|e)[- ]?ad[h]?a(?: holidays?| festival| feast)?|(?:the"
            r" )?(?:feast|festival) of (?:the )?sacrifice|(?:the )?kurban bayrami",
            (12, 10, "day", 4),
        ),
        (r"(?:the )?(?:month of )?muharram", (1, 1, "month", 30)),
        (r"(?:the )?(?:day of )?ashura", (1, 10, "day", 1)),
        (r"(?:the )?(?:islamic|hijri|muslim) new year|(?:the )?al[- ]hijra", (1, 1, "day", 1)),
        (
            r"(?:the )?mawlid(?: al[- ]nabi)?|(?:the )?(?:prophet|prophet muhammad)'s birthday",
            (3, 12, "day", 1),
        ),
        (r"(?:the )?laylat al[- ]qadr|(?:the )?night of (?:power|destiny)", (9, 27, "day", 1)),
        (r"(?:the )?arba'?een", (2, 20, "day", 1)),
        (r"(?:the )?(?:month of )?shawwal", (10, 1, "month", 29)),
        (r"(?:the )?(?:month of )?dhu? ?al[- ]hij(?:j)?ah?", (12, 1, "month", 29)),
        (r"(?:the )?(?:month of )?sha'?ban", (8, 1, "month", 29)),
        (r"(?:the )?(?:month of )?rajab", (7, 1, "month", 29)),
        (r"(?:the )?eid", (0, 0, "eid", 3)),
    )
]
_YEAR_SUFFIX = re.compile(r"^(?P<name>.+?)(?: (?:of )?(?P<year>\d{4})(?: ah| a\.h\.| ce| ad)?)?$")
_IRAN_CUE = re.compile(r"\b(?:iranian|persian|solar hijri|shamsi|jalali)\b", re.I)
_IRAN_YEAR = re.compile(
    r"^(?:the )?(?:(?:iranian|persian|solar hijri|shamsi|jalali) )?(?:calendar )?(?:year"
    r" )?(?P<y>1[2-4]\d{2})$"
)
_IRAN_REL = re.compile(
    r"^(?:the )?(?P<rel>this|current|last|next|previous|coming|the) (?:iranian|persian)"
    r" (?:calendar )?year$"
)
_NOWRUZ = re.compile(
    r"^(?:the )?(?:nowruz|norouz|nowrouz|noruz|navruz|(?:persian|iranian) new year)$"
)
_HIJRI_YEAR = re.compile(
    r"^(?:the )?(?:hijri|islamic|muslim|lunar) (?:calendar )?year (?P<y>1[34]\d{2})$"
    r"|^(?P<y2>1[34]\d{2}) (?:ah|a\.h\.|hijri)$"
)


@lru_cache(maxsize=4096)
def is_calendar_name(text: str) -> bool:
    """Whether ``text`` is the name of an Islamic month or feast ("Ramadan", "Eid al-Adha",
    "Muharram") or Nowruz: a date, whatever else shares the word."""
    key = " ".join(text.lower().replace("’", "'").split())
    return any(pattern.fullmatch(key) for pattern, _spec in _HOLIDAYS) or bool(
        _NOWRUZ.match(key))


def _to_greg(hy: int, hm: int, hd: int) -> dt.date | None:
    from hijridate import Hijri

    try:
        return Hijri(hy, hm, hd).to_gregorian()
    except (OverflowError, ValueError):
        return None


@lru_cache(maxsize=4096)
def _hijri_year_of(d: dt.date) -> int | None:
    from hijridate import Gregorian

    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (OverflowError, ValueError):
        return None


def _format(start: dt.date, gran: str) -> str:
    return f"{start.year:04d}-{start.month:02d}" if gran == "month" else start.isoformat()


def _occurrences(spec: tuple[int, int, str, int], hyears: range) -> list[tuple[dt.date, str, int]]:
    hm, hd, gran, length = spec
    specs = [(10, 1, "day", 3), (12, 10, "day", 4)] if gran == "eid" else [(hm, hd, gran, length)]
    out = []
    for hy in hyears:
        for m, d, g, n in specs:
            s = _to_greg(hy, m, d)
            if s is not None:
                out.append((s, g, n))
    return sorted(out)


def _choose(occ: list[tuple[dt.date, str, int]], ctx: Ctx) -> tuple[dt.date, str] | None:
    doc = ctx.doc
    assert doc is not None
    for s, g, n in occ:
        if s <= doc < s + dt.timedelta(days=n):
            return s, g
    tense = ctx.tense
    past = [(s, g) for s, g, _ in occ if s <= doc]
    fut = [(s, g) for s, g, _ in occ if s > doc]
    if tense == PAST:
        return past[-1] if past else None
    if tense == FUTURE:
        return fut[0] if fut else None
    cands = ([past[-1]] if past else []) + ([fut[0]] if fut else [])
    if not cands:
        return None
    return min(cands, key=lambda c: (doc - c[0]).days if c[0] <= doc else 2 * (c[0] - doc).days)


def parse_islamic(text: str, ctx: Ctx) -> tuple[str | None, bool]:
    """(value, matched) for Hijri holidays/months, Iranian and Hijri years."""
    m = _HIJRI_YEAR.match(text)
    if m:
        s = _to_greg(int(m["y"] or m["y2"]), 1, 1)
        return (f"{s.year:04d}" if s else None), True
    m = _NOWRUZ.match(text)
    if m:
        if ctx.doc is None:
            return None, True
        from .anchors import pick_day

        d = pick_day(ctx.doc, 3, 21, ctx.tense)
        return (d.isoformat() if d else None), True
    m = _YEAR_SUFFIX.match(text)
    name, year = (m["name"], m["year"]) if m else (text, None)
    for pat, spec in _HOLIDAYS:
        if not pat.fullmatch(name):
            continue
        if year is not None:
            y = int(year)
            if 1343 <= y <= 1500:
                occ = _occurrences(spec, range(y, y + 1))
            else:
                hy = _hijri_year_of(dt.date(y, 7, 1)) if 1925 <= y <= 2076 else None
                occ = (
                    [o for o in _occurrences(spec, range(hy - 1, hy + 2)) if o[0].year == y]
                    if hy
                    else []
                )
            return (_format(occ[0][0], occ[0][1]) if occ else None), True
        if ctx.doc is None:
            return None, True
        hy = _hijri_year_of(ctx.doc)
        if hy is None:
            return None, True
        chosen = _choose(_occurrences(spec, range(hy - 1, hy + 2)), ctx)
        return (_format(*chosen) if chosen else None), True
    return None, False


def iranian_start_year(doc: dt.date) -> int:
    """Gregorian year in which the Iranian year containing doc began."""
    return doc.year if (doc.month, doc.day) >= (3, 21) else doc.year - 1


def parse_iranian(text: str, ctx: Ctx, mod: str | None) -> tuple[str | None, bool]:
    """Iranian years: "1400" (only with an Iranian cue), "this Iranian year"."""
    m = _IRAN_REL.match(text)
    if m:
        if ctx.doc is None:
            return None, True
        shift = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(m["rel"], 0)
        start = iranian_start_year(ctx.doc) + shift
        return _iran_value(start, mod), True
    m = _IRAN_YEAR.match(text)
    if m and (_IRAN_CUE.search(text) or _IRAN_CUE.search(ctx.sentence)):
        return _iran_value(int(m["y"]) + 621, mod), True
    return None, False


def _iran_value(start: int, mod: str | None) -> str:
    if mod == "END":
        return f"{start + 1:04d}-03"
    if mod == "START":
        return f"{start:04d}-03"
    return f"{start:04d}"
