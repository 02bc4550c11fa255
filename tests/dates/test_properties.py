"""Property tests: the resolver takes arbitrary text without raising and
only ever emits well-formed TIMEX3 values; trim offsets stay in bounds."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from entity_cli.dates import is_timex3, resolve_date, trim_date_span

_WORDS = [
    "early",
    "late",
    "mid-",
    "the",
    "end",
    "of",
    "last",
    "next",
    "this",
    "week",
    "month",
    "year",
    "years",
    "ago",
    "Monday",
    "Sunday",
    "April",
    "Aug.",
    "December",
    "31",
    "9",
    "2021",
    "1990s",
    "'90s",
    "every",
    "daily",
    "three",
    "a",
    "half",
    "and",
    "more",
    "than",
    "about",
    "Ramadan",
    "Eid",
    "al-Fitr",
    "Iranian",
    "1400",
    "summer",
    "quarter",
    "first",
    "century",
    "20th",
    "today",
    "past",
    "recent",
    "/",
    "-",
    ",",
    "4:07",
    "PM",
    "by",
    "until",
    "will",
    "said",
    "Q3",
    "H1",
    "W32",
    "13/08/2021",
    "fiscal",
    "decades",
]
phrases = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)
doc_dates = st.one_of(
    st.none(), st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2070, 12, 31))
)


@settings(max_examples=300, deadline=None)
@given(
    expr=st.text(max_size=40),
    doc=doc_dates,
    sentence=st.text(max_size=60),
    day_first=st.one_of(st.none(), st.booleans()),
)
def test_resolve_never_raises_on_arbitrary_text(expr, doc, sentence, day_first):
    got = resolve_date(expr, doc, sentence=sentence, day_first=day_first)
    assert got.type in {"DATE", "DURATION", "SET"}
    assert got.value is None or is_timex3(got.value)


@settings(max_examples=600, deadline=None)
@given(
    expr=phrases,
    doc=doc_dates,
    tense=st.sampled_from(["", "It will happen {}.", "It happened {}."]),
)
def test_date_like_phrases_give_valid_timex(expr, doc, tense):
    sentence = tense.format(expr) if tense else ""
    got = resolve_date(expr, doc, sentence=sentence)
    assert got.value is None or is_timex3(got.value), got
    assert got.mod in {None, "START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN"}


@settings(max_examples=300, deadline=None)
@given(expr=phrases)
def test_relative_phrases_without_doc_date_never_use_today(expr):
    today = dt.date.today()
    got = resolve_date(expr, None)
    if got.value is not None:
        assert today.isoformat() not in got.value or today.isoformat() in expr


@settings(max_examples=300, deadline=None)
@given(expr=st.one_of(st.text(max_size=40), phrases))
def test_trim_offsets_within_bounds(expr):
    got = trim_date_span(expr)
    if got is not None:
        start, end = got
        assert 0 <= start < end <= len(expr)
        assert expr[start:end].strip() == expr[start:end]


def test_is_timex3_accepts_and_rejects():
    good = [
        "2021-12-31",
        "2021-04",
        "2017",
        "199",
        "19",
        "2021-W32",
        "2021-W32-WE",
        "2021-SU",
        "2021-Q3",
        "2020-H1",
        "PAST_REF",
        "PRESENT_REF",
        "FUTURE_REF",
        "P3M",
        "PXY",
        "P1W",
        "PT24H",
        "P18M",
        "XXXX-12-31",
        "XXXX-WXX-5",
        "P2.5Y",
    ]
    bad = [
        "",
        "2021-13",
        "2021-02-30",
        "2021-W54",
        "P",
        "PY",
        "2",
        "199X",  # TIMEX2's decade; ISO-TimeML writes 199
        "2021-Q5",
        "August",
        "2021-08-9",
        "P3X",
        "2021-SUMMER",
        "NOW",
    ]
    assert all(is_timex3(v) for v in good)
    assert not any(is_timex3(v) for v in bad)
