"""The Hebrew calendar behind the Jewish festivals' values: first days known from
published calendars, across leap and common years and every kind of year length."""

from __future__ import annotations

import datetime as dt

import pytest

from entity_cli.dates import resolve_date
from entity_cli.dates.hebrew import ADAR, KISLEV, NISAN, SIVAN, TISHREI, festival, is_leap


@pytest.mark.parametrize(("month", "day", "year", "date"), [
    (TISHREI, 10, 1973, "1973-10-06"),  # Yom Kippur: the war began on it
    (TISHREI, 10, 2023, "2023-09-25"),
    (TISHREI, 1, 2023, "2023-09-16"),  # Rosh Hashanah 5784
    (TISHREI, 15, 2021, "2021-09-21"),  # Sukkot
    (KISLEV, 25, 2023, "2023-12-08"),  # Hanukkah, first day
    (ADAR, 14, 2023, "2023-03-07"),  # Purim, a common year
    (ADAR, 14, 2024, "2024-03-24"),  # Purim in Adar II of a leap year
    (ADAR, 14, 2019, "2019-03-21"),
    (NISAN, 15, 2019, "2019-04-20"),  # Passover
    (NISAN, 15, 2024, "2024-04-23"),
    (SIVAN, 6, 2024, "2024-06-12"),  # Shavuot
])
def test_festival_first_days(month, day, year, date):
    assert festival(month, day)(year).isoformat() == date


def test_leap_years_are_seven_in_nineteen():
    assert sum(is_leap(year) for year in range(5700, 5719)) == 7
    assert is_leap(5784) and not is_leap(5783)


@pytest.mark.parametrize(("text", "sentence", "value"), [
    ("Yom Kippur", "Israelis marked Yom Kippur quietly.", "2021-09-16"),
    ("Hanukkah", "Families will light candles for Hanukkah.", "2021-11-29"),
    ("last Passover", "", "2021-03-28"),
])
def test_festivals_resolve_by_tense(text, sentence, value):
    got = resolve_date(text, dt.date(2021, 9, 20), sentence=sentence)
    assert (got.value, got.type) == (value, "DATE")
