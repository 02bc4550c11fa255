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
    # a length or a recurrence with a word around it is still no time of day
    ("only five hours", "PT5H", "DURATION"),
    ("less than one hour", "PT1H", "DURATION"),
    ("hourly", "PT1H", "SET"),
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


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Prices are now higher than a year ago.", [("now", "PRESENT_REF", "DATE")]),
    ("The ministry recently hired more inspectors.", [("recently", "PAST_REF", "DATE")]),
    ("Talks may resume in the near future.", [("the near future", "FUTURE_REF", "DATE")]),
    ("Such raids were rare in the past.", [("the past", "PAST_REF", "DATE")]),
    ("The bulletin is printed daily and read every day.",
     [("daily", "P1D", "SET"), ("every day", "P1D", "SET")]),
    ("Now the talks can resume. It is right now or never.",
     [("Now", "PRESENT_REF", "DATE"), ("right now", "PRESENT_REF", "DATE")]),
    # A capitalised word mid-sentence is a name ("Daily" of a paper), not a time.
    ("He told the Daily Courier that the plan is Now Or Never.", []),
    ("The currently serving minister spoke.", [("currently", "PRESENT_REF", "DATE")]),
])
def test_vague_references_are_found_outside_entities(sentence, expected):
    import spacy

    from entity_cli.dates import resolve_date
    from entity_cli.nlp.components.date_normaliser import vague_references
    from entity_cli.nlp.components.extensions import ensure_extensions

    ensure_extensions()
    found = vague_references(spacy.blank("en")(sentence), [])
    values = [resolve_date(span.text.lower(), WED) for span in found]
    assert [(s.text, v.value, v.type) for s, v in zip(found, values, strict=True)] == expected
    assert all(s.label_ == "TIME" for s in found)


def test_a_vague_reference_inside_an_entity_is_left_to_it():
    import spacy
    from spacy.tokens import Span

    from entity_cli.nlp.components.date_normaliser import vague_references
    from entity_cli.nlp.components.extensions import ensure_extensions

    ensure_extensions()
    doc = spacy.blank("en")("It has been quiet until now, officials said.")
    inside = Span(doc, 4, 6, label="DATE")  # "until now"
    assert vague_references(doc, [inside]) == []


@pytest.mark.slow
def test_vague_references_are_times_only_when_asked_for(invoke, tmp_path):
    import json

    path = tmp_path / "a.txt"
    path.write_text("The crossing is now open, and aid trucks recently reached Mosul.",
                    encoding="utf-8")
    default = json.loads(invoke("extract", str(path), "--doc-date", "2019-03-13",
                                "--format", "json").stdout)
    assert not any(e["text"] in ("now", "recently") for e in default["entities"])
    asked = json.loads(invoke("extract", str(path), "--doc-date", "2019-03-13", "--format",
                              "json", "--labels", "GPE,DATE,TIME").stdout)
    times = {e["text"]: (e["label"], e["value"], e["type"]) for e in asked["entities"]
             if e["label"] == "TIME"}
    assert times == {"now": ("TIME", "PRESENT_REF", "DATE"),
                     "recently": ("TIME", "PAST_REF", "DATE")}


@pytest.mark.slow
def test_a_time_takes_the_day_named_after_a_bracketed_aside(nlp):
    from entity_cli.api import extract_text

    found = extract_text("The blast came at 10:35 a.m. (0735 GMT) Friday, witnesses said.",
                         doc_date=dt.date(1998, 8, 8), labels=("DATE", "TIME"))["entities"]
    by_text = {e["text"]: e for e in found}
    times = [e for e in found if e["label"] == "TIME"]
    assert times and times[0]["value"] == "1998-08-07T10:35"
    # the clock time in the brackets is no year 735
    assert by_text.get("0735", {}).get("value") is None
