"""trim_date_span fixes span boundaries and rejects ages."""

from __future__ import annotations

import pytest

from entity_cli.dates import trim_date_span


def _trimmed(expr: str) -> str | None:
    got = trim_date_span(expr)
    return None if got is None else expr[got[0] : got[1]]


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("August 09, 2021, 4:07 PM", "August 09, 2021"),
        ("August 9, 2021 at 10:30 a.m. GMT", "August 9, 2021"),
        ("Monday 14:00", "Monday"),
        ("Monday night", "Monday"),
        ("Saturday morning", "Saturday"),
        ("4:07 PM, August 9", "August 9"),
        ("(2017)", "2017"),
        ("2017,", "2017"),
        ("2017.", "2017"),
        ("Aug.", "Aug."),
        ("Jan. 26", "Jan. 26"),
        ("'90s", "'90s"),
        ("“last year", "last year"),
        ("three years", "three years"),
        ("the end of August", "the end of August"),
        ("35-year-old", None),
        ("aged 40", None),
        ("age 12", None),
        ("a 22-year-old", "a 22-year-old"),
        ("twenty-year-old", None),
        ("night", None),
        ("", None),
        ("  ", None),
    ],
)
def test_trim(expr, expected):
    assert _trimmed(expr) == expected


def test_unchanged_span_returns_full_range():
    assert trim_date_span("December 31") == (0, len("December 31"))
