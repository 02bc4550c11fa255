"""Periods named by a day they end or hold: "the week ending Friday", "the month of
March 3", "the year ended March 31", "the six months ended Oct. 1"."""

from __future__ import annotations

import datetime as dt
import re

from . import anchors
from .context import FUTURE, PAST, Ctx
from .lexicon import NUMBER_ALT

_WEEK_OF = re.compile(
    r"^the (?P<u>week|weekend|month|year) (?P<rel>to|ending|ended|of|through|until|starting"
    r"|beginning|before|after) (?P<rest>.+)$"
)
# A reporting period that ends on a day ("the six months ended Oct. 1", "its fiscal year
# ending June 30"): the day it ends (quarters are read in quarters.py).
_PERIOD_ENDED = re.compile(
    rf"^(?:the |its |their )?(?:latest |first |last |past |current )?(?:fiscal |financial )?"
    rf"(?:year|half|(?:\d+|{NUMBER_ALT}) (?:months|weeks)) (?:just )?(?:ended|ending) (?P<rest>.+)$"
)


def parse_period(text: str, ctx: Ctx) -> str | None:
    """The value of a period expression, or None if ``text`` is none (or names no day)."""
    m = _WEEK_OF.match(text)
    if m:
        value = _period_of(m, ctx)
        if value is not None:
            return value
    m = _PERIOD_ENDED.match(text)
    return _end_day(m["rest"], ctx) if m else None


def _end_day(rest: str, ctx: Ctx) -> str | None:
    """The day ``rest`` names ("Friday", "March 31", "tomorrow"), read in the sentence's
    tense (a period that ended is past), or None if it names no single day."""
    from .absolute import parse_absolute
    from .relative import parse_relative  # a day relative to the document ("tomorrow")

    inner = Ctx(ctx.doc, ctx.sentence, rest, ctx.day_first)
    inner.__dict__["tense"] = PAST if ctx.tense != FUTURE else FUTURE
    value, matched = parse_relative(rest, inner)
    if not matched:
        value = parse_absolute(rest, inner)
    if value is None or not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        return None
    return value


def _period_of(m: re.Match[str], ctx: Ctx) -> str | None:
    """ "the week ending Friday": the week (month) containing the date. A year that ends on
    a day other than December 31 ("the year ended March 31") is a fiscal year, which no
    calendar year names: its value is the day it ends, as for "the six months ended"."""
    value = _end_day(m["rest"], ctx)
    if value is None:
        return None
    d = dt.date.fromisoformat(value)
    unit = m["u"]
    if unit == "year" and m["rel"] in ("ending", "ended") and (d.month, d.day) != (12, 31):
        return value
    if unit == "week":
        return anchors.week_value(d)
    if unit == "weekend":
        return anchors.week_value(d) + "-WE"
    if unit == "month":
        return anchors.month_value(d.year, d.month)
    return f"{d.year:04d}"
