"""TIME entities (an optional label): a time of day on a date, as TIMEX3 writes it."""

from __future__ import annotations

import datetime as dt

import pytest

from entity_cli.dates import is_timex3
from entity_cli.dates.times import resolve_time

WED = dt.date(2019, 3, 13)


@pytest.mark.parametrize(("expr", "value", "kind"), [
    ("Tuesday evening", "2019-03-12TEV", "TIME"),
    ("14:30 GMT on Sunday", "2019-03-10T14:30", "TIME"),
    ("this morning", "2019-03-13TMO", "TIME"),
    ("2:30 p.m.", "2019-03-13T14:30", "TIME"),
    ("noon Thursday", "2019-03-07T12:00", "TIME"),
    ("last night", "2019-03-12TNI", "TIME"),
    ("five hours", "PT5H", "DURATION"),
])
def test_time_values(expr, value, kind):
    got = resolve_time(expr, WED, sentence=f"Officials said it happened {expr}.")
    assert (got.value, got.type) == (value, kind)
    assert is_timex3(got.value)


def test_without_a_document_date_the_day_stays_unknown():
    assert resolve_time("Tuesday evening", None).value == "XXXX-XX-XXTEV"


@pytest.mark.slow
def test_time_is_reported_only_when_asked_for(invoke, tmp_path):
    import json

    path = tmp_path / "a.txt"
    path.write_text("Talks in Baghdad resumed on Tuesday evening, officials said.", encoding="utf-8")
    default = json.loads(invoke("extract", str(path), "--doc-date", "2019-03-13",
                                "--format", "json").stdout)
    assert all(e["label"] != "TIME" for e in default["entities"])
    asked = json.loads(invoke("extract", str(path), "--doc-date", "2019-03-13", "--format",
                              "json", "--labels", "GPE,DATE,TIME").stdout)
    times = [e for e in asked["entities"] if e["label"] == "TIME"]
    assert times and times[0]["value"] == "2019-03-12TEV" and times[0]["type"] == "TIME"
