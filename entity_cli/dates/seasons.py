"""Seasons: "summer", "this winter", "last spring", "summer 2014" (TIMEX3 2014-SU).

A season without a year is the one the document date is in, or for "this" the calendar
year's; "last"/"next" step a year; otherwise the sentence's tense decides.
"""

from __future__ import annotations

import re

from .context import FUTURE, PAST, Ctx
from .lexicon import SEASON_START_MONTH, SEASONS
from .shapes import SEASON_YEAR, YEAR_SEASON


def _season(ctx: Ctx, code: str, shift: int | None) -> str | None:
    """A season without a year; shift -1/0/1 for last/this/next, None by tense."""
    if ctx.doc is None:
        return None
    start = SEASON_START_MONTH[code]
    doc = ctx.doc
    here = doc.year * 12 + doc.month - 1
    # The season containing doc, as (year, month index of its start).
    starts = [(y * 12 + start - 1) for y in (doc.year - 2, doc.year - 1, doc.year, doc.year + 1)]
    current = max((s for s in starts if s <= here), default=starts[0])
    in_season = here - current < 3
    if shift == -1:
        chosen = current - 12 if in_season else current
    elif shift == 1:
        chosen = current + 12
    elif shift == 0:
        # "This summer" is the calendar year's: in March, the coming one, in October, the
        # one just past. A winter runs across years: outside it, "this winter" is the next.
        if in_season:
            chosen = current
        elif code != "WI":
            chosen = doc.year * 12 + start - 1
        else:
            chosen = current if ctx.tense == PAST else current + 12
    elif in_season or ctx.tense != FUTURE:
        chosen = current
    else:
        chosen = current + 12
    return f"{chosen // 12:04d}-{code}"


def parse_season(text: str, ctx: Ctx) -> str | None:
    """ "summer", "this winter", "last spring", "next autumn", "summer 2014"."""
    m = SEASON_YEAR.match(text) or YEAR_SEASON.match(text)
    if m:
        return f"{m['year']}-{SEASONS[m['s']]}"
    m = re.match(
        rf"^(?:(?P<rel>this|last|next|the|this past|the coming|the past)"
        rf" )?(?P<s>{'|'.join(SEASONS)})$",
        text,
    )
    if not m:
        return None
    shift = {
        "this": 0,
        "last": -1,
        "this past": -1,
        "the past": -1,
        "next": 1,
        "the coming": 1,
    }.get(m["rel"] or "")
    return _season(ctx, SEASONS[m["s"]], shift)
