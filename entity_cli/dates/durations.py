"""Durations ("three years", "the past two months"), sets ("every week",
"daily") and the vague reference points PAST_REF / PRESENT_REF / FUTURE_REF.

Decades and centuries are written in ISO-TimeML's own units (TimeML 1.2.1, and
../shared/eval/ANNOTATION.md): "a decade" P1DE, "eight decades" P8DE, "a century" P1CE; a
vague count keeps its unit ("decades" PXDE, "a few weeks" PXW). A half or a fraction of
them ("a decade and a half", "1.5 centuries") is written in years (P15Y, P150Y), as DE and
CE take whole numbers only.
"""

from __future__ import annotations

import re

from .ages import age_length
from .lexicon import MONTHS, NUMBER_ALT, ORDINAL_WORDS, UNIT_ALT, UNITS, WEEKDAY_ALT, WEEKDAYS, number_value
from .values import DateValue

_REFS: dict[str, str] = {}
for _words, _ref in (
    (
        "the past|in the past|past|recently|recent|lately|of late|previously|formerly|"
        "long ago|once|earlier|in recent years|recent years|recent months|recent weeks|"
        "recent days|in recent months|in recent weeks|in recent days|recent decades|"
        "recent quarters|in recent quarters|"
        "those days|in those days|"
        "in recent decades|the recent past|years ago|months ago|weeks ago|days ago|"
        "decades ago|centuries ago|a while ago|some time ago|sometime ago|"
        "years past|the old days|historically|in the last few years",
        "PAST_REF",
    ),
    (
        "now|currently|these days|nowadays|at present|the present|present|presently|"
        "at the moment|the moment|at this time|right now|just now|for now|"
        "the current period|as of now|to date|so far|the present day|"
        "modern times|contemporary",
        "PRESENT_REF",
    ),
    (
        "the future|in the future|future|the coming years|coming years|in the coming years|"
        "the coming months|coming months|in the coming months|the coming weeks|"
        "coming weeks|in the coming weeks|the coming days|coming days|in the coming days|"
        "the coming quarters|coming quarters|in the coming quarters|future quarters|"
        "future years|future months|"
        "the years ahead|the months ahead|the weeks ahead|the days ahead|"
        "in the years to come|the years to come|years to come|in the near future|"
        "the near future|soon|later|eventually|someday|some day|"
        "the foreseeable future|in the foreseeable future|the long term|"
        "the longer term|in the long term|the long run|in the long run|the short term",
        "FUTURE_REF",
    ),
):
    for _w in _words.split("|"):
        _REFS[_w] = _ref

# Vague references and sets TimeML tags that OntoNotes DATE leaves out ("now", "recently",
# "daily"): found in running text by the date normaliser and reported as TIME entities
# (only when TIME is asked for). Their values come from the tables here. Each was kept only
# where TimeBank/AQUAINT annotates it as a TIMEX3 in most of its free-standing uses; words
# such as "once", "soon", "later" or "current" are mostly not temporal there and are left out.
VAGUE_SPANS: tuple[str, ...] = ("now", "right now", "currently", "recently", "the future",
                                "the near future", "the past", "daily", "every day")

_SETS: dict[str, str] = {
    "daily": "P1D",
    "every day": "P1D",
    "each day": "P1D",
    "per day": "P1D",
    "nightly": "P1D",
    "every night": "P1D",
    "day after day": "P1D",
    "weekly": "P1W",
    "every week": "P1W",
    "each week": "P1W",
    "per week": "P1W",
    "week after week": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "every other week": "P2W",
    "monthly": "P1M",
    "every month": "P1M",
    "each month": "P1M",
    "per month": "P1M",
    "month after month": "P1M",
    "bimonthly": "P2M",
    "quarterly": "P3M",
    "every quarter": "P3M",
    "each quarter": "P3M",
    "annual": "P1Y",
    "annually": "P1Y",
    "yearly": "P1Y",
    "every year": "P1Y",
    "each year": "P1Y",
    "per year": "P1Y",
    "per annum": "P1Y",
    "year after year": "P1Y",
    "year by year": "P1Y",
    "biannual": "P6M",
    "semiannual": "P6M",
    "semi-annual": "P6M",
    "biennial": "P2Y",
    "every other year": "P2Y",
    "hourly": "PT1H",
    "every hour": "PT1H",
    "each hour": "PT1H",
    "every weekend": "XXXX-WXX-WE",
    "weekends": "XXXX-WXX-WE",
}
_SEASON_SET = {
    "every summer": "SU",
    "every winter": "WI",
    "every spring": "SP",
    "every autumn": "FA",
    "every fall": "FA",
    "summers": "SU",
    "winters": "WI",
}
_FREQ = re.compile(
    r"^(?:once|twice|thrice|(?:"
    + NUMBER_ALT
    + r"|\d+) times) (?:a|an|per|every|each) (?P<rest>.+)$"
)
_EVERY_N = re.compile(
    rf"^(?:every|each) (?P<n>{NUMBER_ALT}|\d+|few|several) (?P<unit>{UNIT_ALT})s?$"
)
_EVERY_WD = re.compile(rf"^(?:every|each|on) (?P<wd>{WEEKDAY_ALT})s?$|^(?P<wd2>{WEEKDAY_ALT})s$")

_NUM = rf"(?:\d[\d,]*(?:\.\d+)?|(?:{NUMBER_ALT})(?:[- ](?:{NUMBER_ALT}))?)"
_VAGUE = (
    r"(?:a few|few|several|some|many|a couple of|couple of|a number of|numerous|multiple"
    r"|the next few|the past few|the last few)"
)
_PREFIX = (
    r"(?:(?:over |during |in |for |within )?(?:the |this |these )?(?:past|last|next|previous|"
    r"coming|following|first|final|preceding|ensuing|upcoming|subsequent|initial|"
    r"remaining|last few|past few|next few|latest|year-earlier|year-ago) |a |an |another |"
    r"an additional |an extra |a further |"
    r"a full |a total of |the |for )?"
)
_DURATION = re.compile(
    rf"^{_PREFIX}(?P<n>{_NUM}|{_VAGUE})?(?P<half> and a half| 1/2)?[ -]?"
    rf"(?:(?:trading|business|working|school|calendar) )?(?P<unit>{UNIT_ALT})(?P<plural>s)?"
    rf"(?P<half2> and a half)?(?:[ -](?:old|long|plus|running|straight|in a row|or so|or more"
    rf"|later|earlier|"
    rf"from now|on|since|after|before|later on))?$"
)
_YEAR_NUMBER = re.compile(r"^(?:1[5-9]|20)\d{2}$")
_HALF = re.compile(rf"^(?:a )?half[ -](?:a |an )?(?P<unit>{UNIT_ALT})$")
_ORDINAL_UNIT = re.compile(
    rf"^(?:a|for a) (?P<o>{'|'.join(k for k in ORDINAL_WORDS if ORDINAL_WORDS[k] > 0)})"
    rf" (?P<unit>{UNIT_ALT})$"
)
_BARE_PLURAL = re.compile(
    rf"^(?:(?:for|over|in|the past|the last|past|the next|the coming) )?(?P<unit>{UNIT_ALT})s$"
)


def parse_ref(text: str) -> DateValue | None:
    """PAST_REF / PRESENT_REF / FUTURE_REF words."""
    ref = _REFS.get(text)
    return DateValue(ref, "DATE", None) if ref else None


def parse_set(text: str) -> DateValue | None:
    """Recurring times: "daily", "every week", "twice a year", "every Friday"."""
    m = _FREQ.match(text)
    if m:
        text = "every " + re.sub(r"^(?:a|an|per|every|each) ", "", m["rest"])
    if text in _SETS:
        return DateValue(_SETS[text], "SET", None)
    if text in _SEASON_SET:
        return DateValue(f"XXXX-{_SEASON_SET[text]}", "SET", None)
    m = _EVERY_N.match(text)
    if m:
        d = duration_value(m["n"], m["unit"])
        return DateValue(d, "SET", None) if d else None
    m = _EVERY_WD.match(text)
    if m:
        wd = WEEKDAYS[m["wd"] or m["wd2"]]
        return DateValue(f"XXXX-WXX-{wd + 1}", "SET", None)
    if text.startswith(("every ", "each ")):
        rest = text.split(" ", 1)[1]
        if rest in MONTHS:  # "each July": that month of every year
            return DateValue(f"XXXX-{MONTHS[rest]:02d}", "SET", None)
        unit = rest.rstrip("s")
        if unit in UNITS:
            d = duration_value("1", unit)
            return DateValue(d, "SET", None) if d else None
    return None


# Counts that give no number: "a few years" is PXY (but "a couple of years" is P2Y).
VAGUE_COUNTS = frozenset({
    "few", "a few", "several", "some", "many", "a couple of", "couple of", "a number of",
    "numerous", "multiple", "the next few", "the past few", "the last few",
})


def duration_value(count: str | None, unit: str, half: bool = False) -> str | None:
    """ISO 8601 duration for count x unit ("three", "year") -> "P3Y".

    count None or vague -> X.  half adds half a unit, converted to the next
    smaller unit so values stay integral (2.5 days -> PT60H; 2.5 years -> P2Y6M).
    """
    unit = unit.lower()
    if unit not in UNITS and unit.endswith("s") and unit[:-1] in UNITS:
        unit = unit[:-1]
    if unit not in UNITS:
        return None
    letter, mult, is_time = UNITS[unit]
    t = "T" if is_time else ""
    # ISO-TimeML's decade and century units; a millennium stays in years.
    named = {10: "DE", 100: "CE"}.get(mult) if letter == "Y" else None
    if count is None or count.strip() in VAGUE_COUNTS:
        if count and "couple" in count:
            n = 2
        else:
            return f"P{t}X{named or letter}"
    else:
        n = number_value(count)
        if n is None:
            try:
                f = float(count.replace(",", ""))
            except ValueError:
                return None
            n_f = f * mult
            return f"P{t}{n_f:g}{letter}"
    if named and not half:
        return f"P{n}{named}"
    total = n * mult
    if half:
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
        if letter == "Y" and mult >= 10:
            return f"P{total + mult // 2}Y"
        if letter == "Y":
            return f"P{total}Y6M"  # TimeML: "two and a half years" is P2Y6M
        if letter in smaller:
            s_letter, factor = smaller[letter]
            s_t = "T" if (is_time or s_letter == "H") else ""
            return f"P{s_t}{total * factor + factor // 2}{s_letter}"
    return f"P{t}{total}{letter}"


def parse_duration(text: str) -> DateValue | None:
    """Lengths of time: "three years", "the next two months", "ten-year-old"."""
    age = age_length(text)
    if age is not None:
        v = duration_value(*age)
        return DateValue(v, "DURATION", None) if v else None
    m = re.match(rf"^(?:a|an|one) (?P<unit>{UNIT_ALT}) and a half$", text)
    if m:
        v = duration_value("1", m["unit"], half=True)
        return DateValue(v, "DURATION", None) if v else None
    m = _HALF.match(text)
    if m:
        v = _half_unit(m["unit"])
        return DateValue(v, "DURATION", None) if v else None
    m = _ORDINAL_UNIT.match(text)
    if m:
        v = duration_value(str(ORDINAL_WORDS[m["o"]]), m["unit"])
        return DateValue(v, "DURATION", None) if v else None
    m = _BARE_PLURAL.match(text)
    if m:
        v = duration_value(None, m["unit"])
        return DateValue(v, "DURATION", None) if v else None
    m = _DURATION.match(text)
    if not m:
        return None
    count = m["n"]
    if count is None:
        # "the coming month" is a duration; bare "year" is not.
        if not re.match(
            r"^(?:over |during |in |for |within )?(?:the |this )?(?:past|last|next|previous|"
            r"coming|following|preceding|ensuing|upcoming|subsequent)|^an? ",
            text,
        ):
            return None
        count = "1"
    if count.startswith("the "):
        count = count.split(" ", 1)[1]  # "the next few" -> "next few" (vague)
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", count):
        return None  # "a 19th-century reformer": an ordinal names a period, it counts nothing
    if _YEAR_NUMBER.match(count) and not m["plural"]:
        return None  # "the 1988 quarter" names a year, it counts nothing
    v = duration_value(count, m["unit"], half=bool(m["half"] or m["half2"]))
    return DateValue(v, "DURATION", None) if v else None


def _half_unit(unit: str) -> str | None:
    unit = unit.rstrip("s") if unit.rstrip("s") in UNITS else unit
    if unit not in UNITS:
        return None
    letter, mult, is_time = UNITS[unit]
    if letter == "Y" and mult >= 10:
        return f"P{mult // 2}Y"
    halves = {"Y": "P6M", "M": "P15D", "W": "P3DT12H", "D": "PT12H", "H": "PT30M", "S": "PT0.5S"}
    if letter == "M" and is_time:
        return "PT30S"
    return halves.get(letter)
