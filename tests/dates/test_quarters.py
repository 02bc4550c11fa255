"""Fiscal quarters in earnings reports, and the quarter the report is at: a table of
expressions (sentences of our own) and a pipeline test of the narrative anchor."""

from __future__ import annotations

import datetime as dt

import pytest

from entity_cli.dates import resolve_date

OCT = dt.date(2021, 10, 26)  # earnings season: the third quarter was just reported
FEB = dt.date(2021, 2, 10)
PAST = "Profit fell in {}, the company said."

# (expression, doc date, sentence, the quarter named before it, value)
CASES = [
    ("third-quarter", OCT, "Third-quarter profit rose, it said.", None, "2021-Q3"),
    ("fourth-quarter", OCT, "It expects fourth-quarter sales to grow.", None, "2021-Q4"),
    ("fourth-quarter", FEB, "Fourth-quarter profit fell, it said.", None, "2020-Q4"),
    ("the fiscal-first quarter", OCT, PAST, None, "2021-Q1"),
    ("the fiscal first quarter", OCT, PAST, None, "2021-Q1"),
    ("this year's third quarter", OCT, PAST, None, "2021-Q3"),
    ("the 2019 second quarter", OCT, PAST, None, "2019-Q2"),
    ("the year-earlier third quarter", OCT, PAST, None, "2020-Q3"),
    ("the quarter", OCT, PAST, "2021-Q3", "2021-Q3"),
    ("the latest quarter", OCT, PAST, "2021-Q2", "2021-Q2"),
    ("the quarter", OCT, PAST, None, "2021-Q3"),  # the one just completed
    ("this quarter", OCT, "This quarter's loss includes charges.", "2021-Q3", "2021-Q3"),
    ("this quarter", OCT, "Sales will improve this quarter.", "2021-Q3", "2021-Q4"),
    # a quarter ending on a day is that day (a fiscal quarter's number is no calendar's)
    ("the quarter ended Sept. 30", OCT, PAST, None, "2021-09-30"),
    ("the third quarter ended Sept. 30", OCT, PAST, None, "2021-09-30"),
    ("its fourth quarter ended Sept. 30", OCT, PAST, None, "2021-09-30"),
    ("its second quarter ended June 30", OCT, PAST, None, "2021-06-30"),
    ("the quarter ended Sept.", OCT, PAST, None, "2021-Q3"),  # no day: the quarter
    ("its fourth quarter ended yesterday", OCT, PAST, None, "2021-10-25"),
    # the reported quarter, a year back or in a named year
    ("the quarter a year ago", OCT, PAST, "2021-Q3", "2020-Q3"),
    ("last year's quarter", OCT, PAST, "2021-Q3", "2020-Q3"),
    ("the same quarter last year", OCT, PAST, None, "2020-Q3"),
    ("the 2019 quarter", OCT, PAST, "2021-Q2", "2019-Q2"),
    ("the 2019 quarter", OCT, PAST, None, "2019"),  # which quarter is not said
    ("year-earlier", OCT, "Profit fell from year-earlier levels.", None, "2020"),
    # a report's year
    ("the full year", OCT, "Sales for the full year will rise.", None, "2021"),
    ("the fiscal year", OCT, "Earnings for the fiscal year fell.", None, "2021"),
    ("a year ago", OCT, "Profit was $5 a share a year ago.", "2021-Q3", "2020-Q3"),
    ("the year-ago quarter", OCT, PAST, "2021-Q3", "2020-Q3"),
    ("a year earlier", OCT, "Sales rose from a year earlier.", None, "2020"),
    ("a year ago", OCT, "Sales rose from a year ago.", None, "2020"),
    # A sentence about a longer period compares that period, even after a quarter.
    ("a year earlier", OCT, "For the nine months, profit rose from a year earlier.",
     "2021-Q3", "2020"),
    ("a year earlier", OCT, "First-half sales fell from the first half a year earlier.",
     "2021-Q3", "2020"),
    ("the year-ago quarter", OCT, "For the nine months and the year-ago quarter, it lost.",
     "2021-Q3", "2020-Q3"),
    # a reporting period that ends on a day other than Dec. 31 is that day, not a year
    ("the year ended March 31", OCT, PAST, None, "2021-03-31"),
    ("the fiscal year ended Jan. 31", OCT, PAST, None, "2021-01-31"),
    ("its fiscal year ending June 30", OCT, PAST, None, "2021-06-30"),
    ("the six months ended Oct. 1", OCT, PAST, None, "2021-10-01"),
    ("the nine months ended Sept. 30", OCT, PAST, None, "2021-09-30"),
    ("the year ended Dec. 31", OCT, PAST, None, "2020"),  # a calendar year
    ("the week ending Friday", OCT, PAST, None, "2021-W42"),  # the week holding it
]


@pytest.mark.parametrize(("expr", "doc", "sentence", "quarter", "value"), CASES)
def test_quarter_values(expr, doc, sentence, quarter, value):
    sentence = sentence.format(expr)
    assert resolve_date(expr, doc, sentence=sentence, quarter=quarter).value == value


@pytest.mark.slow
def test_the_report_quarter_follows_the_text():
    from entity_cli.api import extract_text

    text = ("Acme Corp. said third-quarter profit rose 12%. Sales in the quarter were "
            "$4 billion, up from $3.5 billion a year earlier.")
    found = {e["text"]: e for e in extract_text(text, doc_date=OCT)["entities"]
             if e["label"] == "DATE"}
    assert found["third-quarter"]["value"] == "2021-Q3"
    assert found["the quarter"]["value"] == "2021-Q3"
    assert found["a year earlier"]["value"] == "2020-Q3"


MONDAY = dt.date(2021, 8, 9)


@pytest.mark.parametrize(("expr", "sentence", "value"), [
    # a deadline in a past-perfect sentence lies behind the report
    ("Until Friday", "Until Friday, officials had described him only as a witness.",
     "2021-08-06"),
    ("by Wednesday", "By Wednesday the talks had collapsed.", "2021-08-04"),
    ("by Wednesday", "The talks will end by Wednesday.", "2021-08-11"),
])
def test_until_and_by_follow_the_sentence_tense(expr, sentence, value):
    assert resolve_date(expr, MONDAY, sentence=sentence).value == value


@pytest.mark.parametrize(("expr", "value"), [("the 1990s", "199"), ("the 20th century", "19"),
                                             ("a decade ago", "201")])
def test_decades_and_centuries_as_iso_timeml_writes_them(expr, value):
    assert resolve_date(expr, MONDAY, sentence=f"It began in {expr}.").value == value


@pytest.mark.parametrize(("expr", "sentence", "value"), [
    ("Nov. 6", "The offer had been set to expire Nov. 6.", "2021-11-06"),
    ("Dec. 15", "The company declared a dividend payable Dec. 15.", "2021-12-15"),
    ("Jan. 31", "In the fiscal year ended Jan. 31, sales rose.", "2021-01-31"),
])
def test_a_day_soon_after_the_report_told_in_the_past_tense(expr, sentence, value):
    assert resolve_date(expr, dt.date(2021, 11, 2), sentence=sentence).value == value


@pytest.mark.parametrize(("expr", "value"), [
    ("2011-2013", "2011/2013"), ("1980-88", "1980/1988"), ("from 1990 to 2003", "1990/2003"),
    ("between 1994 and 1997", "1994/1997"), ("March 3-5, 2019", "2019-03-03/2019-03-05"),
    ("between six and nine months", "P6M"),  # durations: no interval, the lower bound
    # two dates joined in one span; a year written once belongs to both
    ("from March 3 to April 5, 2019", "2019-03-03/2019-04-05"),
    ("Aug. 26 to Oct. 20", "2020-08-26/2020-10-20"),  # told in the past: both last year's
    ("between March and June", "2021-03/2021-06"),
    ("March and June", None),  # two months, no range
    ("Friday to December", None),  # ends of different kinds
])
def test_a_range_in_one_span_is_an_interval(expr, value):
    from entity_cli.dates import is_timex3

    got = resolve_date(expr, MONDAY, sentence=f"It ran {expr}.").value
    assert got == value
    assert got is None or is_timex3(got)


def test_the_timeline_spans_an_interval():
    from entity_cli.sinks.writers.html_timeline import interval

    assert interval("2011/2013") == (2011.0, 2014.0)
