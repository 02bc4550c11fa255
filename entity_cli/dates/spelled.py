"""Years written in words, as transcripts of broadcast news write them: "nineteen
ninety-six" is 1996, "the year two thousand" 2000, "two thousand and three" 2003; and days
of a month written as ordinal words ("March eighth", "the twenty-first of May").

Only the shapes of a year are read (a century word and a two-digit part, or "two thousand"
and a part under a hundred), so a count ("nineteen years") is never taken for one.
"""

from __future__ import annotations

import re

from .lexicon import MONTH_ALT, NUMBER_WORDS, ORDINAL_WORDS, number_value

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# The last two digits of a year: "ninety-six", "twelve", "oh five" ("nineteen five" and
# "twenty-one" are counts, not years).
_TWO_DIGITS = rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}|oh[- ](?:{_UNITS}))"
_UNDER_100 = rf"(?:{_TWO_DIGITS}|{_UNITS})"
_CENTURY = rf"(?P<century>{_TEENS}|twenty)"
_YEAR = re.compile(
    rf"\b(?:{_CENTURY}[- ](?:(?P<part>{_TWO_DIGITS})|hundred(?:[- ](?:and[- ])?(?P<after>{_UNDER_100}))?)"
    rf"|two thousand(?:[- ](?:and[- ])?(?P<rest>{_UNDER_100}))?)\b"
)


def _part_value(text: str) -> int | None:
    text = re.sub(r"^oh[- ]", "", text)
    return number_value(text)


def _year(match: re.Match[str]) -> str:
    if match["century"]:
        century = NUMBER_WORDS[match["century"]]
        tail = match["part"] or match["after"]
        part = _part_value(tail) if tail else 0
        return match[0] if part is None else str(century * 100 + part)
    rest = _part_value(match["rest"]) if match["rest"] else 0
    return match[0] if rest is None else str(2000 + rest)


def spelled_years(text: str) -> str:
    """``text`` (lowercase) with every year written in words put in digits."""
    if "thousand" not in text and not any(c in text for c in ("teen", "twenty")):
        return text
    return _YEAR.sub(_year, text)


# Ordinal words of the days of a month: "first" ... "twentieth", "twenty-first" ...
# "thirty-first" (hyphen or space).
_DAY_WORDS = {word: n for word, n in ORDINAL_WORDS.items() if 1 <= n <= 20}
_DAY_WORDS.update({f"{tens}{sep}{word}": base + n for tens, base in (("twenty", 20), ("thirty", 30))
                   for sep in ("-", " ") for word, n in ORDINAL_WORDS.items()
                   if 1 <= n <= 9 and base + n <= 31})
_DAY_WORDS.update({"thirtieth": 30})
_DAY_ALT = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_MONTH_THEN_DAY = re.compile(rf"\b(?P<m>{MONTH_ALT})\.? (?:the )?(?P<o>{_DAY_ALT})\b")
_DAY_OF_MONTH = re.compile(rf"\b(?P<o>{_DAY_ALT}) of (?P<m>{MONTH_ALT})\b")


def spelled_days(text: str) -> str:
    """``text`` (lowercase) with a day of a month written as an ordinal word put in digits:
    "march eighth" -> "march 8", "the eighth of march" -> "the 8 of march"."""
    if "th" not in text and "first" not in text and "second" not in text:  # "third" has "th"
        return text
    text = _MONTH_THEN_DAY.sub(lambda m: f"{m['m']} {_DAY_WORDS[m['o']]}", text)
    return _DAY_OF_MONTH.sub(lambda m: f"{_DAY_WORDS[m['o']]} of {m['m']}", text)
