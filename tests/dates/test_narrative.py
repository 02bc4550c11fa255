"""Anaphoric dates ("the following day", "later that year") resolve against the date the
narrative last named, not against the document date."""

from __future__ import annotations

import datetime as dt

import pytest

from entity_cli.dates import DateValue, is_timex3
from entity_cli.dates.narrative import Narrative, narrative_value, pointing

DAY = Narrative().moved(DateValue("2019-05-03", "DATE"))
MONTH = Narrative().moved(DateValue("1989-03", "DATE"))
YEAR = Narrative().moved(DateValue("1995", "DATE"))


@pytest.mark.parametrize(("narrative", "text", "value"), [
    (DAY, "the following day", "2019-05-04"),
    (DAY, "the next day", "2019-05-04"),
    (DAY, "the day before", "2019-05-02"),
    (DAY, "Earlier that day", "2019-05-03"),
    (DAY, "that same day", "2019-05-03"),
    (DAY, "the following week", "2019-W19"),
    (DAY, "later that month", "2019-05"),
    (DAY, "the following year", "2020"),
    (MONTH, "The following month", "1989-04"),
    (MONTH, "the previous month", "1989-02"),
    (MONTH, "that year", "1989"),
    (YEAR, "later that year", "1995"),
    (YEAR, "the year before", "1994"),
    (YEAR, "by the following year", "1996"),
])
def test_anaphoric_dates_count_from_the_narrative(narrative, text, value):
    got = narrative_value(text, narrative)
    assert got is not None and got.value == value and got.type == "DATE"
    assert is_timex3(got.value)


@pytest.mark.parametrize(("narrative", "text"), [
    (Narrative(), "the following day"),  # nothing to point back to: no value, no guess
    (YEAR, "the next day"),  # the narrative reached a year, not a day
    (YEAR, "that month"),
    (DAY, "next year"),  # relative to the document date, not anaphoric
    (DAY, "last month"),
    (DAY, "Friday"),
    (DAY, "three days later"),  # a duration in TimeML
])
def test_other_expressions_are_not_read_against_the_narrative(narrative, text):
    assert narrative_value(text, narrative) is None


def test_the_narrative_moves_with_each_calendar_date_and_ignores_the_rest():
    n = Narrative().moved(DateValue("2019-05-03", "DATE"))
    assert n.day == dt.date(2019, 5, 3) and n.month == (2019, 5) and n.year == 2019
    for other in (DateValue("P3D", "DURATION"), DateValue("PAST_REF", "DATE"),
                  DateValue("P1W", "SET"), DateValue("2011/2013", "DATE"),
                  DateValue(None, "DATE")):
        assert n.moved(other) == n
    assert n.moved(DateValue("2020", "DATE")) == Narrative(None, None, 2020)
    assert n.moved(DateValue("2020-02", "DATE")) == Narrative(None, (2020, 2), 2020)
    assert pointing("the following day's") == ("day", 1)


@pytest.mark.slow
def test_the_pipeline_reads_the_following_day_from_the_narrative(nlp):
    doc = nlp("The activist was arrested in Basra on March 3, 2019, and released the "
              "following day, his lawyer said on Sunday.")
    # doc._.me_doc_date is empty here: the anaphoric date still resolves from the text.
    values = {e.text: e._.me_value for e in doc.ents if e.label_ == "DATE"}
    assert values.get("March 3, 2019") == "2019-03-03"
    assert values.get("the following day") == "2019-03-04"
