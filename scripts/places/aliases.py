"""GeoNames alternate names picked as aliases, and the rule that one name names one record."""

from __future__ import annotations

import difflib
from collections import defaultdict
from typing import Any

from places.city_lists import BLOCKED_ALIASES
from places.countries import MAX_CITY_ALIASES, REGION
from places.filters import good_alternate, key
from places.towns import MAX_TOWN_ALIASES

Record = dict[str, Any]
DROPPED: list[str] = []  # aliases removed because another record also claims the name


def add_city_aliases(records: list[Record], city_recs: list[Record]) -> None:
    """Alternate names for the region's cities, filtered and capped."""
    taken = {key(r["canonical"]) for r in records + city_recs}
    for r in city_recs:
        if r["country"] in REGION:  # outside it, GeoNames alternates are foreign forms
            r["aliases"] += picked_aliases(r, taken)


def add_town_aliases(towns: list[Record], records: list[Record]) -> None:
    """Alternate names for towns (fewer than for cities: a village's GeoNames alternates are
    mostly other transliterations the runtime generates anyway)."""
    taken = {key(r["canonical"]) for r in records + towns}
    taken |= {key(a) for r in records for a in r["aliases"]}
    for r in towns:
        r["aliases"] += picked_aliases(r, taken, MAX_TOWN_ALIASES)


def picked_aliases(r: Record, taken: set[str], cap: int = MAX_CITY_ALIASES) -> list[str]:
    alts = sorted({a.strip() for a in r["_alts"] if good_alternate(a.strip())})
    own = {key(r["canonical"])} | {key(a) for a in r["aliases"]}
    canon_key = key(r["canonical"].split(",")[0])
    scored = sorted(alts, key=lambda a: (-difflib.SequenceMatcher(None, key(a), canon_key).ratio(), a))
    picked: list[str] = []
    for a in scored:
        k = key(a)
        if k in own or k in taken or not k or a.lower() in BLOCKED_ALIASES:
            continue
        if difflib.SequenceMatcher(None, k, canon_key).ratio() < 0.7:
            continue  # unrelated historical or foreign names
        if (k.startswith(canon_key) or canon_key.startswith(k)) and k.rstrip(
                "h") != canon_key.rstrip("h"):
            continue  # inflected or truncated forms (Beirutas, Londona, Istanbu)
        if k in canon_key:
            continue  # part of the name
        if ("'" in a and "'" not in r["canonical"]) or (k.endswith("o") and not canon_key.endswith("o")):
            continue  # Russian soft signs (Kon'ja), Esperanto endings (Bagdado)
        own.add(k)
        picked.append(a)
        if len(picked) >= cap:
            break
    return picked


def one_actor_per_name(records: list[Record]) -> None:
    """A surface name listed by two records is dropped from both (canonical names win over
    aliases)."""
    canon_owner = {r["canonical"].lower(): r["id"] for r in records}
    owners: dict[str, set[str]] = defaultdict(set)
    for r in records:
        for a in r["aliases"]:
            owners[a.lower()].add(r["id"])
    for r in records:
        kept = [a for a in dict.fromkeys(r["aliases"])
                if a != r["canonical"] and canon_owner.get(a.lower(), r["id"]) == r["id"]
                and len(owners[a.lower()]) == 1]
        DROPPED.extend(f"{r['id']}: {a}" for a in r["aliases"] if a not in kept and a != r["canonical"])
        r["aliases"] = kept
