"""Actor sectors and codes, from kinds and from the role on the document date."""

from __future__ import annotations

import pytest

from entity_cli.kb.index import ActorIndex
from entity_cli.kb.names import load_transliteration
from entity_cli.kb.records import ActorRecord
from entity_cli.kb.sectors import Sectors, load_sectors

FRONT = ActorRecord(id="org/zemblan-liberation-front", canonical="Zemblan Liberation Front",
                    label="ORG", kind="armed_group", country="XA")
RADIO = ActorRecord(id="org/radio-zembla", canonical="Radio Zembla", label="ORG",
                    kind="broadcaster", country="XA")
TURNCOAT = ActorRecord(
    id="person/karl-vost", canonical="Karl Vost", label="PERSON", kind="minister", country="XA",
    roles=({"title": "Commander of the Zemblan Liberation Front", "from": "2001", "to": "2009"},
           {"title": "Minister of the Interior of Zembla", "from": "2012-03-01", "to": "2016"}))
ENVOY = ActorRecord(id="person/ana-lind", canonical="Ana Lind", label="PERSON",
                    kind="un_official", country="XB",
                    roles=({"title": "Special Envoy of the Secretary-General for Zembla"},))
VOICE = ActorRecord(id="person/ivo-rask", canonical="Ivo Rask", label="PERSON",
                    kind="spokesperson", country="XA",
                    roles=({"title": "Spokesman of the Zemblan Liberation Front"},))
QUIET = ActorRecord(id="person/eda-moss", canonical="Eda Moss", label="PERSON",
                    kind="spokesperson", country="XA")


@pytest.fixture(scope="module")
def sectors() -> Sectors:
    records = [FRONT, RADIO, TURNCOAT, ENVOY, VOICE, QUIET]
    return Sectors(ActorIndex.build(records, load_transliteration(), frozenset()), load_sectors())


@pytest.mark.parametrize(("record", "date", "expected"), [
    (FRONT, None, ("rebel", "XA/REB")),
    (RADIO, None, ("media", "XA/MED")),
    # the role on the date decides: the organisation its title names, or its pattern
    (TURNCOAT, "2005-06-01", ("rebel", "XA/REB")),
    (TURNCOAT, "2014-06-01", ("government", "XA/GOV")),
    (TURNCOAT, None, ("government", "XA/GOV")),  # roles disagree, no date: the kind
    (ENVOY, None, ("international", "IGO")),  # acts for the body, not for a nationality
    (VOICE, None, ("rebel", "XA/REB")),  # the one sector all roles agree on
    (QUIET, None, None),  # a spokesperson's kind says nothing
])
def test_sector_and_code(sectors, record, date, expected):
    assert sectors.code(record, date) == expected
