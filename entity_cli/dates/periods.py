"""Periods named by a day they end or hold: "the week ending Friday", "the month of
March 3", "the year ended March 31", "the six months ended Oct. 1"; and a report's own year
and its end: "the full year", "year-end"."""

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
# ending June 30") or in a month ("the three months to December", "the year to March 2005",
# as British reports write it): the day (month) it ends (quarters ending on a day are read in
# quarters.py).
_PERIOD_ENDED = re.compile(
    rf"^(?:the |its |their )?(?:latest |first |last |past |current )?(?:fiscal |financial )?"
    rf"(?:year|half|(?:\d+|{NUMBER_ALT}) (?:months|weeks)) (?:just )?(?:ended|ending|to|through)"
    rf" (?P<rest>.+)$"
)


# "The full year", "the fiscal year" of a report: the year it is written in (TimeML), as
# "this year". "Year-end", "year's end": that year with mod END ("since year-end": last year's).
_WHOLE_YEAR = re.compile(r"^the (?:full|whole|entire|fiscal|financial|calendar) year$")
_YEAR_END = re.compile(r"^(?:(?P<rel>this|last|next) )?year(?:[- ]end|'s end)$")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$")


def _text_before(ctx: Ctx) -> str:
    """The 20 characters of the sentence before the expression (lower case)."""
    s = ctx.sentence.lower()
    i = s.find(ctx.expr.lower()) if ctx.expr else -1
    return s[max(0, i - 20) : i] if i > 0 else ""


def year_end_mod(text: str) -> str | None:
    """END for "year-end" and "year's end", whose value parse_relative gives as the year."""
    return "END" if _YEAR_END.match(text) else None


def parse_period(text: str, ctx: Ctx) -> str | None:
    """The value of a period expression, or None if ``text`` is none (or names no day)."""
    if ctx.doc is not None and _WHOLE_YEAR.match(text):
        return f"{ctx.doc.year:04d}"
    m = _YEAR_END.match(text)
    if m and ctx.doc is not None:
        since = ctx.lead == "since" or _SINCE_BEFORE.search(_text_before(ctx))
        shift = {"last": -1, "next": 1}.get(m["rel"] or "", -1 if since else 0)
        return f"{ctx.doc.year + shift:04d}"
    m = _WEEK_OF.match(text)
    if m:
        value = _period_of(m, ctx)
        if value is not None:
            return value
    m = _PERIOD_ENDED.match(text)
    return (end_day(m["rest"], ctx) or end_month(m["rest"], ctx)) if m else None


def end_day(rest: str, ctx: Ctx) -> str | None:
    """The day ``rest`` names ("Friday", "March 31", "tomorrow"), read in the sentence's
    tense (a period that ended is past), or None if it names no single day."""
    from .absolute import parse_absolute
    from .relative import parse_relative  # a day relative to the document ("tomorrow")

    inner = _end_ctx(rest, ctx)
    value, matched = parse_relative(rest, inner)
    if not matched:
        value = parse_absolute(rest, inner)
    if value is None or not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        return None
    return value


def end_month(rest: str, ctx: Ctx) -> str | None:
    """The month ``rest`` names ("December", "March 2005"), read as end_day reads a day, or
    None if it names no single month."""
    from .absolute import parse_absolute

    value = parse_absolute(rest, _end_ctx(rest, ctx))
    return value if value is not None and re.match(r"^\d{4}-\d{2}$", value) else None


def _end_ctx(rest: str, ctx: Ctx) -> Ctx:
    """The context to read a period's end in: the sentence's, in the past unless the
    sentence points ahead (a period that ended is past)."""
    inner = Ctx(ctx.doc, ctx.sentence, rest, ctx.day_first)
    inner.__dict__["tense"] = PAST if ctx.tense != FUTURE else FUTURE
    return inner


def _period_of(m: re.Match[str], ctx: Ctx) -> str | None:
    """ "the week ending Friday": the week (month) containing the date. A year that ends on
    a day other than December 31 ("the year ended March 31") is a fiscal year, which no
    calendar year names: its value is the day it ends, as for "the six months ended"."""
    value = end_day(m["rest"], ctx)
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
