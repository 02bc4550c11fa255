"""Ages: "a 44-year-old", "six-month-old", "18-year-olds", "aged 30", "the age of 18",
"37 years of age".

The model tags them DATE, as OntoNotes does. They are no calendar dates (the span trimmer
leaves them whole); their ISO-TimeML value is the length of time they state (P44Y); under
``--date-spans timeml`` they are no TIMEX3 at all (dates/extents.py). One pattern serves the
three.
"""

from __future__ import annotations

import re

from .lexicon import NUMBER_ALT

_COUNT = rf"(?:\d{{1,3}}|(?:{NUMBER_ALT})(?:[- ](?:{NUMBER_ALT}))?)"
AGE = re.compile(
    rf"^\s*(?:(?:at\s+)?(?:the\s+)?(?:aged?|ages)\s+(?:of\s+)?(?P<years>{_COUNT})(?:\s+years?)?"
    rf"|(?P<n>{_COUNT})[- ]?(?P<unit>year|month|week|day)s?[- ]olds?"
    rf"|(?P<aged>\d{{1,3}})\s+years\s+of\s+age)\s*$",
    re.IGNORECASE,
)


def is_age(text: str) -> bool:
    """Whether ``text`` is an age written as one."""
    return bool(AGE.match(text))


def age_length(text: str) -> tuple[str, str] | None:
    """(count, unit) an age states ("44-year-old": ("44", "year")), or None."""
    m = AGE.match(text)
    if m is None:
        return None
    if m["n"]:
        return m["n"], m["unit"].lower()
    return m["years"] or m["aged"], "year"
