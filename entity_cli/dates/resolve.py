"""resolve_date: the entry point that turns a DATE span into a DateValue.

Order of attempts, most specific first: vague reference words
(PAST_REF ...), sets ("every week"), Iranian and Islamic calendar names,
durations introduced by "the past/next ...", expressions relative to the
document date, explicit calendar dates, other durations, and finally a
year embedded in a longer phrase ("the 2003 invasion" -> 2003).

The whole resolution is a pure function of its arguments and is cached.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .absolute import half_of_month, parse_absolute
from .context import Ctx
from .docdate import DATE_IN_TEXT, date_from_match
from .durations import parse_duration, parse_ref, parse_set
from .holidays import parse_holiday
from .islamic import parse_iranian, parse_islamic
from .lexicon import (
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SEASONS,
    UNITS,
    VAGUE_WORDS,
    WEEKDAYS,
    number_value,
)
from .normalise import clean, split_mods, strip_lead, strip_time_of_day
from .periods import year_end_mod
from .quarters import parse_quarter
from .ranges import DAYS_FIRST, parse_date_range, parse_duration_range, parse_range
from .relative import parse_relative
from .spelled import spelled_days, spelled_years
from .values import DateValue, is_timex3

_DURATION_FIRST = re.compile(
    r"^(?:the |over the |in the |during the |within the |for the |throughout the )"
    r"(?:past|last|next|previous|coming|following|preceding|first|final|ensuing|initial|remaining"
    r"|latest|year-earlier|year-ago) "
    r"(?!(?:day|week|month|year|weekend|decade|century|quarter)'?s?$)"
)
_DURATION_THE_UNIT = re.compile(
    r"^(?:over |in |during |within |for |throughout )?the (?:past|last|previous|next|coming"
    r"|following) "
    r"(?:week|month|year|decade|century|fortnight)$"
)
_RANGE = re.compile(r"\d{4}\s*(?:-|to|and|through|until|till|or)\s*(?:\d{2}|\d{4})\b")
_DAY_RANGE = re.compile(r"[a-z] \d{1,2}\s*(?:-|to|and|through)\s*\d{1,2}\b")
_TRAILING_YEAR = re.compile(r"^(?:the )?[a-z][a-z' -]* (?:of|in) (?P<y>(?:1[5-9]|20)\d{2})$")
_EMBEDDED_YEAR = re.compile(
    r"^(?:the |a |its |their |his |her )?(?P<y>(?:1[5-9]|20)\d{2}) [a-z][a-z' -]*$"
)
_NAMED_DAY = re.compile(
    r"^(?:[Tt]he )?(?:[A-Z][\w'\u2019.-]*\s+)(?:(?:of|and|the|for|[A-Z][\w'\u2019.-]*)\s+)*Day$"
)


def resolve_date(
    expr: str, doc_date: dt.date | None, *, sentence: str = "", day_first: bool | None = None,
    quarter: str | None = None,
) -> DateValue:
    """Normalise one DATE span to a TIMEX3 value, type and modifier.

    doc_date anchors relative expressions; without it they come back with
    unknown parts as X or with value None, never resolved against today.
    sentence supplies the tense cues; day_first settles 03/04/2021; quarter is the
    quarter (YYYY-Qn) the text last named, which "the quarter" and "a year earlier" in a
    report refer to (see quarters.py).
    """
    if not isinstance(expr, str):
        return DateValue(None, "DATE", None)
    if isinstance(doc_date, dt.datetime):
        doc_date = doc_date.date()
    return _resolve_cached(expr, doc_date, sentence or "", day_first, quarter)


# Words that qualify a date without changing its value ("the Aug. 7, 1998", "just a decade
# ago", "the current fiscal year"): tried without them when the whole gives no value.
_BARE_UNITS = re.compile(r"^(?:days|weeks|months|quarters|years|decades|centuries)$")  # "the days": vague
_QUALIFIER = re.compile(r"^(?:the|a|an|just|only|some) |\bfiscal (?=year|19|20|\d)")


@lru_cache(maxsize=65536)
def _resolve_cached(
    expr: str, doc: dt.date | None, sentence: str, day_first: bool | None,
    quarter: str | None = None,
) -> DateValue:
    text = spelled_days(spelled_years(clean(expr)))
    if not text:
        return DateValue(None, "DATE", None)
    result = _resolve_text(text, expr, doc, sentence, day_first, quarter)
    bare = _QUALIFIER.sub("", _QUALIFIER.sub("", text, count=1).strip(), count=1).strip()
    if result.value is None and bare and bare != text and not _BARE_UNITS.match(bare):
        plain = _resolve_text(bare, expr, doc, sentence, day_first, quarter)
        counted = number_value(bare.split()[0]) is not None  # "only 14 days", not "next day"
        if plain.value is not None and (plain.type == result.type or counted):
            return plain
    if result.value is None:
        return _inner_date(text, expr, doc, sentence, day_first, quarter) or result
    return result


_BARE_PERIODS = frozenset({"year", "month", "week", "quarter"})

# Words that join two dates or counts: a span holding one is a range, which keeps its own
# reading ("six to nine months" has no value), never one of its ends.
_JOINS = re.compile(r"\b(?:to|through|thru|and|or|between|until|till)\b|-")
# Words a date can open or close with that are not dates themselves; dropped at the edges
# only together with a word that is no date word at all.
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "at", "by", "for", "as",
                             "its", "their", "his", "her"})
_RELATION_WORDS = frozenset({
    "last", "next", "this", "that", "these", "those", "ago", "earlier", "later", "before",
    "after", "following", "previous", "coming", "past", "early", "late", "mid", "end",
    "beginning", "start", "middle", "recent", "recently", "current", "fiscal", "same",
    "today", "yesterday", "tomorrow", "tonight", "now", "half", "latest", "each", "every",
    "per", "year-earlier", "year-ago", "once", "since", "from", "within", "during", "over",
    "around", "about", "nearly", "almost", "more", "less", "than", "least", "most", "only",
    "just", "some"})


def _date_word(word: str) -> bool:
    """Whether ``word`` can carry part of a date's meaning (a digit, a month, a unit...)."""
    w = word.rstrip(".,").removesuffix("'s")
    if any(ch.isdigit() for ch in w) or w in _RELATION_WORDS or w in _FUNCTION_WORDS:
        return True
    singular = w[:-1] if w.endswith("s") else w
    return any(w in table or singular in table for table in (
        MONTHS, WEEKDAYS, NUMBER_WORDS, ORDINAL_WORDS, UNITS, SEASONS, VAGUE_WORDS))


def _inner_date(text: str, expr: str, doc: dt.date | None, sentence: str,
                day_first: bool | None, quarter: str | None) -> DateValue | None:
    """For a span with no value as a whole that opens or closes with words that are no date
    words (the model's span took in "coup" of "the coup last year", "an interview" of "an
    interview several months"), the value of what is left between them. Not for ranges."""
    words = text.split()
    if _JOINS.search(text):
        return None
    first, last = 0, len(words)
    while first < last and (not _date_word(words[first]) or words[first] in _FUNCTION_WORDS):
        first += 1
    while last > first and (not _date_word(words[last - 1])
                            or words[last - 1] in _FUNCTION_WORDS):
        last -= 1
    dropped, kept = words[:first] + words[last:], " ".join(words[first:last])
    if first == last or all(_date_word(w) for w in dropped) or _BARE_UNITS.match(kept):
        return None
    found = _resolve_text(kept, expr, doc, sentence, day_first, quarter)
    return found if found.value is not None else None


def _resolve_text(text: str, expr: str, doc: dt.date | None, sentence: str,
                  day_first: bool | None, quarter: str | None) -> DateValue:
    text, lead = strip_lead(text)
    text, mod = split_mods(text)
    if mod and text in _BARE_PERIODS:
        text = "the " + text  # "end of year", "start of month": of the current one
    ref = parse_ref(text)
    if ref is not None:
        return DateValue(ref.value, ref.type, mod)
    text = strip_time_of_day(text)
    text, lead2 = strip_lead(text)
    ctx = Ctx(doc, sentence, expr, day_first, lead or lead2)
    value = parse_quarter(text, ctx, quarter)
    if value is not None:
        return DateValue(value, "DATE", mod)
    result = _dispatch(text, ctx, mod)
    if result.value is not None and not is_timex3(result.value):
        return DateValue(None, result.type, result.mod)
    return result


def _dispatch(text: str, ctx: Ctx, mod: str | None) -> DateValue:
    found = parse_ref(text) or parse_set(text)
    if found is not None:
        return DateValue(found.value, found.type, mod)
    value, matched = parse_iranian(text, ctx, mod)
    if matched:
        return DateValue(value, "DATE", mod)
    value, matched = parse_islamic(text, ctx)
    if matched:
        return DateValue(value, "DATE", mod)
    value, matched = parse_holiday(text, ctx)
    if matched:
        return DateValue(value, "DATE", mod)
    if _DURATION_FIRST.match(text) or _DURATION_THE_UNIT.match(text):
        dur = parse_duration(text)
        if dur is not None:
            return DateValue(dur.value, "DURATION", mod)
    value, matched = parse_relative(text, ctx)
    if matched:
        return DateValue(value, "DATE", mod or year_end_mod(text))
    value = parse_absolute(text, ctx)
    if value is not None:
        return DateValue(value, "DATE", mod)
    half = half_of_month(text, ctx)
    if half is not None:
        return DateValue(half[0], "DATE", mod or half[1])
    dur = parse_duration(text)
    if dur is not None:
        return DateValue(dur.value, "DURATION", mod)
    spread = parse_duration_range(text, mod)
    if spread is not None:
        return spread
    if _RANGE.search(text) or _DAY_RANGE.search(text) or DAYS_FIRST.match(text):
        return DateValue(parse_range(text, ctx), "DATE", mod)
    interval = parse_date_range(text, ctx)
    if interval is not None:
        return DateValue(interval, "DATE", mod)
    m = _EMBEDDED_YEAR.match(text) or _TRAILING_YEAR.match(text)
    if m:
        return DateValue(m["y"], "DATE", mod)
    named = _named_day(ctx)
    if named is not None:
        return DateValue(named, "DATE", mod)
    return DateValue(None, "DATE", mod)


def _named_day(ctx: Ctx) -> str | None:
    """A named day ("Army Day", "Martyrs' Day") whose sentence states its
    date takes that date, provided the sentence states exactly one."""
    if not _NAMED_DAY.match(ctx.expr.strip()) or not ctx.sentence:
        return None
    dates = {date_from_match(m) for m in DATE_IN_TEXT.finditer(ctx.sentence)}
    dates.discard(None)
    return dates.pop().isoformat() if len(dates) == 1 else None
