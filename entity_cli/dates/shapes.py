"""The shapes of absolute dates, as regular expressions over a lowercased span text:
day and month, month and year, ISO and numeric forms, decades, centuries, seasons,
quarters and halves (TimeML values are built from their groups in ``absolute``)."""

from __future__ import annotations

import re

from .lexicon import MONTH_ALT, ORDINAL_WORDS, SEASONS, WEEKDAY_ALT

WD = rf"(?:(?:{WEEKDAY_ALT}) )?"
M = rf"(?P<month>{MONTH_ALT})"
Y = r"(?P<year>\d{4})"
DAY_MONTH = re.compile(rf"^{WD}(?:the )?(?P<day>\d{{1,2}}) (?:of )?{M}(?: {Y})?$")
MONTH_DAY = re.compile(rf"^{WD}{M} (?:the )?(?P<day>\d{{1,2}})(?: {Y})?$")
MONTH_YEAR = re.compile(rf"^{M} (?:of )?(?:the year )?{Y}$")
# A year of four digits without a leading zero ("0735 GMT" is a clock time).
YEAR = re.compile(
    r"^(?:(?:the )?(?:fiscal|financial|calendar|academic|school|budget|election|model)"
    r"(?: year)? |fy ?|(?:the )?year (?:of )?)?(?P<year>[1-9]\d{3})(?: (?:ad|ce|fiscal year))?$"
)
MONTH_ONLY = re.compile(rf"^(?:the month of )?{M}$")
# A year cut to two digits after an apostrophe: "'98", "May '98".
SHORT_YEAR = re.compile(rf"^(?:{M} )?['\u2019](?P<yy>\d{{2}})$")
ISO = re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?$")
COMPACT = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})$")
NUMERIC = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})$")
DECADE = re.compile(r"^(?:the )?(?:(?P<cent>\d{2})|')?(?P<dec>\d)0'?s$")
DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
DECADE_WORD = re.compile(
    rf"^(?:the )?(?:(?P<cent>\d{{2}}|nineteen|twenty) ?)?(?P<w>{'|'.join(DECADE_WORDS)})$"
)
CENTURY = re.compile(
    rf"^(?:the |an? )?(?P<n>\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"{'|'.join(k for k in ORDINAL_WORDS if ORDINAL_WORDS[k] > 0)})"
    rf"[ -]century(?: (?:ad|ce))?$"
)
SEASON_YEAR = re.compile(rf"^(?:the )?(?P<s>{'|'.join(SEASONS)}) (?:of )?{Y}$")
YEAR_SEASON = re.compile(rf"^{Y} (?P<s>{'|'.join(SEASONS)})$")
ORD = r"(?P<n>first|second|third|fourth|1|2|3|4|last|final)"
YEAR_REF = (
    r"(?: (?:of )?(?P<yref>\d{4}|the year|this year|last year|next year|the current year"
    r"|the fiscal year))?"
)
QUARTER = re.compile(rf"^(?:the )?{ORD} (?:fiscal )?quarter{YEAR_REF}$")
QUARTER_SHORT = re.compile(
    r"^(?:(?P<y1>\d{4}) )?(?:q(?P<q>[1-4])|(?P<q2>[1-4])q)(?: (?:of )?(?P<y2>\d{4}))?$"
)
HALF = re.compile(rf"^(?:the )?(?P<n>first|second|1|2|latter|last) half{YEAR_REF}$")
HALF_SHORT = re.compile(r"^(?:(?P<y1>\d{4}) )?h(?P<h>[12])(?: (?P<y2>\d{4}))?$")
HALF_MONTH = re.compile(rf"^(?:the )?(?P<n>first|second|latter|last) half of {M}(?: {Y})?$")
ORD_DAY = re.compile(r"^the (?P<day>\d{1,2})(?: of (?:the|this) month)?$")

ORD_NUM = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "last": 4,
    "final": 4,
    "latter": 2,
}
