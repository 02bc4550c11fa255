"""detect_doc_date reads the date line at the top, then the file name."""

from __future__ import annotations

import datetime as dt

import pytest

from entity_cli.dates import detect_doc_date

BODY = "\n\nSoldiers left the base on Monday, officials said. Talks resume on March 3, 2022."


@pytest.mark.parametrize(
    ("text", "filename", "expected"),
    [
        (
            "Troops withdraw\nUpdated: August 09, 2021, 4:07 PM" + BODY,
            None,
            (dt.date(2021, 8, 9), "text"),
        ),
        ("Published 3 March 2020\nHeadline here" + BODY, None, (dt.date(2020, 3, 3), "text")),
        (
            "Headline\nPosted on Tuesday, 5 May 2015 at 10:00 GMT" + BODY,
            None,
            (dt.date(2015, 5, 5), "text"),
        ),
        ("Headline\nLast updated 2019-11-02 08:15" + BODY, None, (dt.date(2019, 11, 2), "text")),
        ("Headline\nJanuary 4, 2018\n" + BODY, None, (dt.date(2018, 1, 4), "text")),
        (
            "Headline\n\nBAGHDAD, Jan 11, 2016 (Reuters) - Troops moved." + BODY,
            None,
            (dt.date(2016, 1, 11), "text"),
        ),
        ("Headline\n\nBAGHDAD, Jan 11 (Reuters) - Troops moved." + BODY, None, (None, None)),
        (
            "Headline\n\nBAGHDAD, Jan 11 (Reuters) - Troops moved.",
            "news_2016-01-11.txt",
            (dt.date(2016, 1, 11), "filename"),
        ),
        ("Headline" + BODY, "reports/2021_08_09_iraq.txt", (dt.date(2021, 8, 9), "filename")),
        ("Headline" + BODY, "20210809-iraq.txt", (dt.date(2021, 8, 9), "filename")),
        ("Headline" + BODY, "iraq-story-123456789.txt", (None, None)),
        ("Headline" + BODY, None, (None, None)),
        (
            "Headline\nPublished 2021-02-30" + BODY,
            "2021-02-03.txt",
            (dt.date(2021, 2, 3), "filename"),
        ),
        ("", None, (None, None)),
    ],
)
def test_detect_doc_date(text, filename, expected):
    assert detect_doc_date(text, filename) == expected


def test_event_dates_in_body_are_not_document_dates():
    text = "Headline\n\n" + "The war began on March 20, 2003, and lasted for years. " * 3
    assert detect_doc_date(text) == (None, None)


def test_text_date_wins_over_file_name():
    text = "Headline\nPublished 3 March 2020" + BODY
    assert detect_doc_date(text, "2019-01-01.txt") == (dt.date(2020, 3, 3), "text")
