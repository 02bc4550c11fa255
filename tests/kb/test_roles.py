"""The role report of `actors check`: offices without dates, offices held twice at once."""

from __future__ import annotations

import pytest

from entity_cli.kb.records import ActorRecord
from entity_cli.kb.roles import is_dated, role_report

OFFICE = "Minister of Water Resources of Atlantis"  # an invented office


def person(rid: str, *roles: tuple[str | None, str | None]) -> ActorRecord:
    return ActorRecord(id=f"person/{rid}", canonical=rid, label="PERSON",
                       roles=tuple({"title": OFFICE, "from": a, "to": b} for a, b in roles))


@pytest.mark.parametrize(("first", "second", "overlap"), [
    (("2019-01-04", "2021-05-02"), ("2021-05-02", None), False),  # handover on one day
    (("2019-01-04", "2021-05-02"), ("2021-04-20", None), True),
    (("2016", "2016-05"), ("2016-05", "2018-11"), False),  # the same month: not certain
    (("2016", "2017"), ("2016-05", "2018-11"), True),
    (("2003", "2003-09"), ("2003-10-07", "2006-03-29"), False),  # a year's start, clamped
    (("2019", None), ("2022", None), True),  # an open end runs on
])
def test_overlaps_are_certain_ones(first, second, overlap):
    report = role_report([person("a", first), person("b", second)])
    assert bool(report["overlapping"]) is overlap
    if overlap:
        (line,) = report["overlapping"]
        assert line.startswith(f"{OFFICE}: person/") and "person/a (" in line and "person/b (" in line


def test_one_person_holding_an_office_twice_is_no_overlap_and_undated_roles_are_listed():
    records = [person("a", ("2009", "2013"), ("2012", None)),
               ActorRecord(id="person/c", canonical="C", label="PERSON",
                           roles=({"title": OFFICE},)),
               ActorRecord(id="org/d", canonical="D", label="ORG")]
    report = role_report(records)
    assert report == {"people_with_roles": 2, "undated": ["person/c"], "overlapping": []}


@pytest.mark.parametrize(("role", "dated"), [
    ({"title": "x"}, False),
    ({"title": "x", "from": "2020"}, True),
    ({"title": "x", "to": "2021-05"}, True),
    ({"title": "x", "current": True, "as_of": "2024-05-01"}, True),  # confirmed on a date
])
def test_a_role_is_dated_by_its_start_end_or_confirmation(role, dated):
    assert is_dated(role) is dated
