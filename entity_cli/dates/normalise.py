"""Turning a raw span into the canonical text the parsers match on, and
splitting off what is not part of the value: a leading preposition (kept
as a tense cue), time of day, and TIMEX3 modifiers ("early" -> START).
"""

from __future__ import annotations

import re
from functools import lru_cache

_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
    }
)
_ABBREV_DOT = re.compile(
    r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat"
    r"|sun)\."
)
# Kept before "century": "the 20th century" names one (19), "20 centuries" counts them.
_ORDINAL_SUFFIX = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b(?![ -]centur)")
_DECADE_APOS = re.compile(r"(\d0)'s\b")
_PART_OF_DAY_OF = re.compile(
    r"^(?:the )?(?:(?:early|small|wee) hours|night|morning|evening|afternoon) of (?=\S)"
)
_POSSESSIVE = re.compile(r"'s?$")
_CLOCK = re.compile(
    r"\b(?:at )?(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:hrs|h))?)"
    r"(?:\s*(?:gmt|utc|et|est|edt|pt|bst|cet|local time)\b)?"
)
_TIME_WORDS = re.compile(
    r"\b(?:(?:in the |during the |at |on the )?(?:morning|afternoon|evening|night|nighttime|"
    r"overnight|noon|midday|midnight|dawn|dusk|daybreak|sunset|sunrise|lunchtime)|"
    r"local time|gmt|utc)\b"
)
_KEEP_TIME_WORD = re.compile(r"^(?:last|this) (?:night|evening|morning|afternoon)$")
_LEADS = re.compile(
    r"^(?P<lead>in|on|at(?! least| most)|since|from|during|by|until|till|through|throughout|as of"
    r"|as early as|"
    r"as late as|for|of|before|after|ahead of|starting|beginning|effective|dated|sometime in|"
    r"sometime|some time in|circa|between|to|over the course of|in the course of|each of"
    r"|every one of|in each of|earlier in|later in)\s+"
)
_TRIM_CHARS = ' \t\n\r,;:!?()[]{}"*-/|'

_MODS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"^(?:the )?(?:very )?(?:early|beginning of|start of|dawn of|outset of|first days of|"
            r"first weeks of|first months of|opening days of|earliest)(?:[- ]|$)(?:(?:in|of|on) )?"
        ),
        "START",
    ),
    (
        re.compile(
            r"^(?:the )?(?:mid|middle of|midst of|height of|middle part of)(?:[- ]"
            r"|(?=\d))(?:(?:in|of) )?"
        ),
        "MID",
    ),
    (
        re.compile(
            r"^(?:the )?(?:very )?(?:(?:late|end of|close of|latter part of|final days of|"
            r"last days of|last weeks of|final weeks of|last months of|final months of|tail end of|"
            r"closing days of|conclusion of)(?:[- ]|$)|end-)(?:(?:in|of|on) )?"
        ),
        "END",
    ),
    (
        re.compile(
            r"^(?:about|around|roughly|approximately|nearly|almost|close to|circa|c\. ?|an"
            r" estimated|"
            r"just about|some(?= (?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty"
            r"|thirty|forty|fifty|hundred)\b)))\s*"
        ),
        "APPROX",
    ),
    (
        re.compile(
            r"^(?:less than|fewer than|under|within|up to|no more than|at most|barely|just under"
            r"|not even|shy of)\s+"
        ),
        "LESS_THAN",
    ),
    (
        re.compile(
            r"^(?:more than|longer than|upwards of|well over|just over|no less than|at least|in"
            r" excess of|"
            r"over(?= (?:\d|a\b|an\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b"
            r"|nine\b|ten\b|twenty\b|half\b|a half\b)))\s*"
        ),
        "MORE_THAN",
    ),
]
_APPROX_SUFFIX = re.compile(r"\s+(?:or so|or more|plus|and counting|odd)$")


# A thousands separator in a count of something ("1,500 years") is no list comma ("March 3,
# 2019", "3,2019"); a bare "1,500" stays no year.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?:,\d{3})*\s+[a-z])")


def clean(expr: str) -> str:
    """Lower-case, unify quotes and dashes, drop commas, ordinals and
    abbreviation dots, and trim surrounding punctuation."""
    s = expr.translate(_QUOTES).lower()
    s = _DECADE_APOS.sub(r"\1s", s)
    s = _ABBREV_DOT.sub(r"\1", s)
    s = _ORDINAL_SUFFIX.sub(r"\1", s)
    s = _THOUSANDS.sub("", s).replace(",", " ")
    s = _PART_OF_DAY_OF.sub("", s)
    s = " ".join(s.split())
    s = s.strip(_TRIM_CHARS)
    if s.endswith("."):
        s = s[:-1].rstrip()
    if not re.match(r"^'\d", s):
        s = s.lstrip("'")
    s = _POSSESSIVE.sub("", s) if not re.search(r"\d0's$", s) else s
    return s.strip(_TRIM_CHARS)


def strip_time_of_day(s: str) -> str:
    """ "monday night" -> "monday"; "4:07 pm" removed; kept when nothing else is left."""
    if _KEEP_TIME_WORD.match(s):
        return s
    t = _CLOCK.sub(" ", s)
    t = _TIME_WORDS.sub(" ", t)
    t = " ".join(t.split()).strip(_TRIM_CHARS)
    t = re.sub(r"\b(?:on|at|in|of)$", "", t).strip()
    return t or s


def strip_lead(s: str) -> tuple[str, str]:
    """Remove a leading preposition, returning (rest, preposition)."""
    lead = ""
    for _ in range(3):
        m = _LEADS.match(s)
        if not m or m.end() >= len(s):
            break
        lead = lead or m["lead"]
        s = s[m.end() :]
    return s, lead


@lru_cache(maxsize=16384)
def split_mods(s: str) -> tuple[str, str | None]:
    """("early april") -> ("april", "START").  At most one modifier is kept:
    the outermost, which is the one that qualifies the whole expression."""
    mod: str | None = None
    for _ in range(3):
        for pat, name in _MODS:
            m = pat.match(s)
            if m and m.end() < len(s):
                s = s[m.end() :].strip()
                mod = mod or name
                break
        else:
            break
        s, _lead = strip_lead(s)
    m = _APPROX_SUFFIX.search(s)
    if m and m.start() > 0:
        s = s[: m.start()]
        mod = mod or (
            "MORE_THAN" if m.group(0).strip() in ("or more", "plus", "and counting") else "APPROX"
        )
    return s, mod
