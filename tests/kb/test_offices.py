"""Holders of an office on a date, read from dated roles: certain or nobody."""

from __future__ import annotations

import pytest

from entity_cli.kb.offices import holder_on, holdings, load_offices
from entity_cli.kb.records import ActorRecord


def _person(rid: str, *roles: dict) -> ActorRecord:
    return ActorRecord(id=f"person/{rid}", canonical=rid.title(), label="PERSON", country="XA",
                       roles=tuple(roles))


PM = "Prime Minister of Zembla"
PEOPLE = [
    _person("alpha", {"title": PM, "from": "2010-03-04", "to": "2014-06"}),
    _person("beta", {"title": PM, "from": "2014-06", "to": "2019"}),
    _person("gamma", {"title": PM, "from": "2020-02-01", "current": True, "as_of": "2024-05-01"}),
    _person("delta", {"title": PM, "from": "2019-01-01"}),  # open, never confirmed current
    _person("epsilon", {"title": "Deputy Prime Minister of Zembla", "from": "2010"}),
    _person("zeta", {"title": "Prime Minister of Zembla Province", "from": "2010"}),
]


def _office(scope: str, phrase: str):
    return load_offices().phrases[(scope, phrase)]


def test_roles_of_the_office_and_the_place_only():
    found = holdings(PEOPLE, _office("country", "primeminister"), ("Zembla", "Zemblan"))
    # "Deputy Prime Minister" is another office; "Zembla Province" names Zembla, so it is in
    # the candidates, but it never resolves where the country's own holder is certain.
    assert {h.record.id for h in found} == {"person/alpha", "person/beta", "person/gamma",
                                           "person/delta", "person/zeta"}


@pytest.mark.parametrize(("date", "holder"), [
    ("2012-01-01", "person/alpha"),
    ("2014-06-15", None),  # both alpha (to 2014-06) and beta (from 2014-06) may hold it
    ("2016-05-05", "person/beta"),
    ("2019-06-01", None),  # beta ended in 2019 (which day?); delta's open role proves nothing
    ("2022-01-01", "person/gamma"),  # confirmed current; an open, unconfirmed role is no claim
    (None, None),  # no document date: never a guess
])
def test_holder_on_a_date(date, holder):
    people = [p for p in PEOPLE if p.id != "person/zeta"]
    found = holdings(people, _office("country", "primeminister"), ("Zembla",))
    result = holder_on(found, date)
    assert (result.record.id if result else None) == holder


def test_an_open_role_covers_no_date_and_a_current_one_covers_until_confirmed():
    found = holdings([PEOPLE[2]], _office("country", "primeminister"), ("Zembla",))
    assert holder_on(found, "2024-05-01").record.id == "person/gamma"
    assert holder_on(found, "2024-05-02") is None  # after the date it was confirmed
    found = holdings([PEOPLE[3]], _office("country", "primeminister"), ("Zembla",))
    assert holder_on(found, "2019-06-01") is None  # open and unconfirmed: no end is known
