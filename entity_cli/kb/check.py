"""`entity-cli actors check` and `lookup` as plain functions returning data."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from entity_cli.kb.names import fold
from entity_cli.kb.records import ActorRecord
from entity_cli.kb.roles import role_report


def check_kb(directory: str | None = None, overlays: Iterable[str] = ()) -> dict[str, Any]:
    """Validate the KB files and the overlays on top of them: schema, duplicate ids,
    explicit-name collisions, common words. Problems name the file and line.

    Returns {"records": N, "errors": [...], "warnings": [...]}; errors make the check fail.
    """
    from entity_cli.kb.index import ActorIndex
    from entity_cli.kb.names import load_common_words, load_transliteration
    from entity_cli.kb.overlays import apply_overlays
    from entity_cli.kb.records import KnowledgeBaseError, check_records, kb_files

    files = kb_files(Path(directory) / "kb" if directory else None)
    records, errors = check_records(files)
    if not errors and overlays:
        try:
            records = apply_overlays(records, overlays)
        except KnowledgeBaseError as exc:
            errors = list(exc.problems)
    if errors:
        return {"records": 0, "errors": errors, "warnings": []}
    common = load_common_words(directory)
    index = ActorIndex.build(records, load_transliteration(directory), common)
    warnings = []
    errors = [f"name collision: {c}" for c in index.collisions if not _homonyms(c, index)]
    errors += _possessive_names(records, index)
    errors += word_class_errors(directory, index)
    for record in records:
        for alias in record.aliases:
            if (fold(alias) in common and alias not in record.ambiguous_aliases
                    and " " not in alias and not alias.isupper() and "." not in alias):
                warnings.append(f"{record.origin}: alias {alias!r} is a common English word; "
                                "list it in ambiguous_aliases to match it case-exactly")
    return {
        "records": len(records),
        "by_label": dict(Counter(r.label for r in records)),
        "keys": len(index.strong),
        "weak_keys": len(index.weak),
        "ambiguous_keys": len(index.ambiguous),
        "roles": role_report(records),
        "ids": id_coverage(records),
        "errors": errors,
        "warnings": warnings,
    }


def word_class_errors(directory: str | None, index) -> list[str]:
    """models/words.json against the KB: a word listed as never part of a personal name is
    in no KB person's name, and every entry is folded (lowercase letters and spaces)."""
    from entity_cli.kb.names import folded_words
    from entity_cli.kb.records import models_json
    from entity_cli.kb.words import load_words

    raw = models_json("words.json", directory)
    errors = [f"words.json: {key}: {entry!r} is not folded (lowercase letters and spaces)"
              for key, entries in raw.items() if isinstance(entries, list)
              for entry in entries if " ".join(fold(w) for w in entry.split()) != entry]
    never = load_words(directory).never_names
    for record in index.records.values():
        if record.label != "PERSON":
            continue
        for name in (record.name, *record.aliases):
            for word in sorted(never.intersection(folded_words(name))):
                errors.append(f"{record.origin}: {name!r} holds {word!r}, listed in "
                              "words.json as never part of a personal name")
    return errors


_POSSESSIVE = re.compile(r"^(.*?)['’]s\b")


def _possessive_names(records, index) -> list[str]:
    """Names such as "Gaza's Health Ministry": in text a place's possessive ends a name (the
    span cleanup makes "Gaza" and "Health Ministry" of it), so the KB must not join them.
    "People's Protection Units" is fine: "People" is no place."""
    places = {key for key, (rid, _) in index.strong.items()
              if index.records[rid].label in ("GPE", "LOC")}
    errors = []
    for record in records:
        for name in (record.canonical, *record.aliases):
            owner = _POSSESSIVE.match(name)
            if owner and fold(owner.group(1)) in places:
                errors.append(f"{record.origin}: {name!r} joins a place's possessive to a name; "
                              "list the name without it")
    return errors


def id_coverage(records: list[ActorRecord]) -> dict[str, list[int]]:
    """[with, of] for each interoperable id: ``geonames_id`` over places, ``wikipedia``
    over people and organisations (what others can join extracted actors on)."""
    places = [r for r in records if r.label in ("GPE", "LOC", "FAC")]
    named = [r for r in records if r.label in ("PERSON", "ORG")]
    return {"geonames_id": [sum(1 for r in places if r.extra.get("geonames_id")), len(places)],
            "wikipedia": [sum(1 for r in named if r.extra.get("wikipedia")), len(named)]}


def _homonyms(collision: str, index) -> bool:
    """Distinct actors whose canonical names differ only by a disambiguator in brackets
    ("Capital Governorate (Bahrain)" / "(Kuwait)") are known homonyms, kept ambiguous."""
    key = collision.split("'")[1]
    items = index.ambiguous.get(key, [])
    explicit = {rid for rid, v in items if v.explicit}
    return all(
        index.records[rid].canonical != index.records[rid].name
        or v.how == "canonical" and fold(index.records[rid].name) == key
        for rid, v in items if rid in explicit
    ) and len({index.records[rid].name for rid in explicit}) == 1


def lookup_name(name: str, directory: str | None = None,
                overlays: Iterable[str] = ()) -> list[dict[str, Any]]:
    """How ``name`` resolves: each candidate record, the variant that matched, its strength."""
    from entity_cli.kb.load import load_index
    from entity_cli.kb.titles import load_titles, title_prefix_length

    index = load_index(directory, overlays)
    words = name.split()
    used = title_prefix_length([fold(w) for w in words], load_titles(directory))
    bare = " ".join(words[used:]) or name
    out = []
    for match in index.lookup(bare):
        record = match.record
        out.append({
            "query": name, "matched": bare, "id": record.id, "canonical": record.canonical,
            "label": record.label, "kind": record.kind, "country": record.country,
            "via": match.variant.surface, "how": match.variant.how, "strength": match.strength,
        })
    return out
