"""Word lists shared by the date parsers.

Kept in one place so that every parser agrees on what counts as a month,
a weekday, a number word or a duration unit, and so that the regular
expressions built from them are compiled once at import time.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "couple": 2,
    "dozen": 12,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "last": -1,
    "final": -1,
}

# Vague quantities: the count is unknown, so TIMEX3 writes "X".
VAGUE_WORDS = frozenset(
    {
        "several",
        "few",
        "a few",
        "some",
        "many",
        "numerous",
        "multiple",
        "a couple of",
        "couple of",
        "various",
        "countless",
        "a number of",
    }
)

# Duration unit -> (TIMEX3 unit letter, multiplier, is_time_unit).
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "night": ("D", 1, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
    "centurie": ("Y", 100, False),
    "millennium": ("Y", 1000, False),
    "millennia": ("Y", 1000, False),
    "quarter": ("M", 3, False),
    "semester": ("M", 6, False),
    "weekend": ("D", 2, False),
    "yr": ("Y", 1, False),
    "hr": ("H", 1, True),
    "min": ("M", 1, True),
    "sec": ("S", 1, True),
    "mo": ("M", 1, False),
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
# Month in which each season is taken to start (northern hemisphere).
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUMBER_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))

MONTH_RE = rf"(?P<month>{_MONTH_ALT})\.?"
WEEKDAY_RE = rf"(?P<weekday>{_WEEKDAY_ALT})\.?"
MONTH_PAT = re.compile(rf"\b(?:{_MONTH_ALT})\b")
WEEKDAY_PAT = re.compile(rf"\b(?:{_WEEKDAY_ALT})\b")
NUMBER_ALT = _NUMBER_ALT
UNIT_ALT = _UNIT_ALT
MONTH_ALT = _MONTH_ALT
WEEKDAY_ALT = _WEEKDAY_ALT


def number_value(token: str) -> int | None:
    """Read a count written in digits or words ("12", "twelve", "twenty-five").

    Returns None when the token is not a number so callers can fall back.
    """
    t = token.strip().lower().replace(",", "")
    if t.isdigit():
        return int(t)
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    if "-" in t or " " in t:
        parts = re.split(r"[- ]", t)
        if len(parts) == 2 and all(p in NUMBER_WORDS for p in parts):
            tens, ones = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
            if tens >= 20 and tens % 10 == 0 and ones < 10:
                return tens + ones
            if parts[1] == "hundred":
                return tens * 100
    try:
        return int(float(t)) if float(t).is_integer() else None
    except ValueError:
        return None
