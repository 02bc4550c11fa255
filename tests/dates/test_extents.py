"""--date-spans timeml: DATE spans as ISO-TimeML draws its TIMEX3s (dates/extents.py).
Each case failed before the option existed (every span below came out whole)."""

from __future__ import annotations

import json

import pytest

from entity_cli.dates.ages import is_age
from entity_cli.dates.extents import ended_pieces, period_value, range_pieces
from entity_cli.dates.values import DateValue


@pytest.mark.parametrize(("text", "value", "pieces"), [
    ("between 1994 and 1997", "1994/1997", [("1994", "1994"), ("1997", "1997")]),
    ("from 1990 to 2003", "1990/2003", [("1990", "1990"), ("2003", "2003")]),
    ("2011-2013", "2011/2013", [("2011", "2011"), ("2013", "2013")]),
    ("1980-88", "1980/1988", [("1980", "1980"), ("88", "1988")]),
    ("Aug. 26 to Oct. 20", "2019-08-26/2019-10-20",
     [("Aug. 26", "2019-08-26"), ("Oct. 20", "2019-10-20")]),
    ("today through Nov. 17", "2019-10-27/2019-11-17",
     [("today", "2019-10-27"), ("Nov. 17", "2019-11-17")]),
])
def test_a_range_of_two_dates_is_its_two_ends(text, value, pieces):
    got = range_pieces(text, value)
    assert [(text[p.start:p.end], p.value) for p in got] == pieces
    assert {p.type for p in got} == {"DATE"}


@pytest.mark.parametrize(("text", "value"), [
    ("March 3-5, 2019", "2019-03-03/2019-03-05"),  # "5, 2019" is no expression alone
    ("3 to 5 January", "2019-01-03/2019-01-05"),  # nor is "3"
    ("six to nine months", "P6M"),  # a range of durations has no interval value
    ("between March and June", None),
    ("2019", "2019"),
])
def test_other_spans_stay_whole(text, value):
    assert range_pieces(text, value) is None


def _period(head, day):
    return period_value(head, day, DateValue(None, "DATE"))


@pytest.mark.parametrize(("text", "head", "head_value", "day"), [
    ("the quarter ended Sept. 30", "the quarter", ("2019-Q3", "DATE", None), "Sept. 30"),
    ("its fourth quarter ended June 30", "its fourth quarter", ("2019-Q4", "DATE", None),
     "June 30"),
    ("the year ended March 31", "the year", ("P1Y", "DURATION", None), "March 31"),
    ("the fiscal year ending June 30, 2019", "the fiscal year", ("P1Y", "DURATION", None),
     "June 30, 2019"),
    ("the year to March 2019", "the year", ("P1Y", "DURATION", None), "March 2019"),
])
def test_a_period_ended_on_a_day_is_the_period_and_the_day(text, head, head_value, day):
    value = "2019-06-30" if "June" in text else "2019-09-30" if "Sept" in text \
        else "2019-03" if "to March" in text else "2019-03-31"
    got = ended_pieces(text, value, _period)
    assert [(text[p.start:p.end], (p.value, p.type, p.mod)) for p in got] == [
        (head, head_value), (day, (value, "DATE", None))]


def test_a_period_without_its_day_stays_whole():
    assert ended_pieces("the quarter ended in September", "2019-Q3", _period) is None
    assert ended_pieces("the week ending Friday", "2019-W39", _period) is None


def test_a_counted_period_keeps_the_value_of_its_words():
    assert period_value("the six months", "2019-08-12", DateValue("P6M", "DURATION")) == (
        "P6M", "DURATION", None)


@pytest.mark.parametrize(("text", "age"), [
    ("44-year-old", True), ("six-year-old", True), ("37 years old", True), ("aged 30", True),
    ("the age of 18", True), ("at the age of seven", True), ("18-year-olds", True),
    ("44 years", False), ("the 1940s", False),
])
def test_ages_written_as_ages(text, age):
    assert is_age(text) is age


TEXT = ("Ali Hassan, 45, a 44-year-old driver and his son were questioned in Basra on "
        "Monday about shipments made between 2014 and 2016. The company's profit for the "
        "quarter ended Sept. 30 rose. His brother, aged 50, left Iraq at the age of 18.")


@pytest.mark.slow
def test_timeml_spans_through_the_cli(invoke, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")

    def dates(*extra):
        result = invoke("extract", str(path), "-f", "json", "--doc-date", "2019-10-30",
                        "--labels", "DATE", *extra)
        assert result.exit_code == 0, result.output
        return [(e["text"], e["value"]) for e in json.loads(result.stdout)["entities"]]

    default = dates()
    assert ("between 2014 and 2016", "2014/2016") in default
    assert ("44-year-old", "P44Y") in default
    timeml = dates("--date-spans", "timeml")
    assert ("2014", "2014") in timeml and ("2016", "2016") in timeml
    assert ("the quarter", "2019-Q3") in timeml and ("Sept. 30", "2019-09-30") in timeml
    assert not [text for text, _value in timeml
                if text in ("45", "44-year-old", "50", "the age of 18")]
    assert ("50", "P50Y") in default and ("the age of 18", "P18Y") in default
    assert ("Monday", "2019-10-28") in timeml and ("Monday", "2019-10-28") in default


def test_an_unknown_scheme_is_a_usage_error(invoke, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Baghdad.", encoding="utf-8")
    result = invoke("extract", str(path), "--date-spans", "iso")
    assert result.exit_code == 2
    assert "--date-spans" in result.output and "Traceback" not in result.output


def test_the_library_checks_the_scheme(tmp_path):
    from entity_cli.api import run
    from entity_cli.errors import UsageError
    from entity_cli.options import ExtractOptions

    with pytest.raises(UsageError, match="timeml"):
        run([str(tmp_path)], ExtractOptions(date_spans="iso"))
