"""How each table of the actor index is written to the cache and read back.

One codec per field of ``ActorIndex`` (its ``tables`` excepted: they are read from
models/ in a few milliseconds), so the list of what is stored lives in one place and a
field without a codec fails the tests. The big tables are stored as one string per entry,
not nested JSON: parsing 60,000 short strings is several times faster than as many little
arrays, and start-up pays for it; they are converted lazily (cache.LazyMapping).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from entity_cli.kb.cache import LazyMapping
from entity_cli.kb.records import ActorRecord
from entity_cli.kb.variants import Variant

if TYPE_CHECKING:
    from entity_cli.kb.index import ActorIndex

_SEP = "\t"


def _record_text(record: ActorRecord) -> str:
    return json.dumps({f: getattr(record, f) for f in ActorRecord.__dataclass_fields__},
                      ensure_ascii=False)


def _record(text: str) -> ActorRecord:
    data = json.loads(text)
    return ActorRecord(**{**data, "aliases": tuple(data["aliases"]),
                          "ambiguous_aliases": tuple(data["ambiguous_aliases"]),
                          "roles": tuple(data["roles"])})


def _entry_text(entry: tuple[str, Variant]) -> str:
    rid, variant = entry
    return _SEP.join((rid, variant.how, "1" if variant.explicit else "", variant.surface))


def _entry(text: str) -> tuple[str, Variant]:
    rid, how, explicit, surface = text.split(_SEP, 3)
    return rid, Variant(surface, how, bool(explicit))


def _entries(items: list[tuple[str, Variant]]) -> list[list[Any]]:
    return [[rid, variant.surface, variant.how, variant.explicit] for rid, variant in items]


def _from_entries(raw: list[list[Any]]) -> list[tuple[str, Variant]]:
    return [(item[0], Variant._make(item[1:])) for item in raw]


def _words(values) -> list[str]:
    return sorted(values)


Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]
# A table of one (actor id, variant) entry per key, stored as strings, read lazily.
_ENTRY_TABLE: Codec = (lambda v: {k: _entry_text(e) for k, e in v.items()},
                       lambda raw: LazyMapping(raw, _entry))
CODECS: dict[str, Codec] = {
    "records": (lambda v: {k: _record_text(r) for k, r in v.items()},
                lambda raw: LazyMapping(raw, _record)),
    "strong": _ENTRY_TABLE,
    "contextual": _ENTRY_TABLE,
    "guarded": (_words, frozenset),
    "exact_surfaces": (lambda v: {k: sorted(s) for k, s in v.items()},
                       lambda raw: {k: frozenset(s) for k, s in raw.items()}),
    "weak": (lambda v: {k: _entries(i) for k, i in v.items()},
             lambda raw: {k: _from_entries(i) for k, i in raw.items()}),
    "ambiguous": (lambda v: {k: _entries(i) for k, i in v.items()},
                  lambda raw: {k: _from_entries(i) for k, i in raw.items()}),
    "phonetic": (lambda v: {k: _SEP.join(sorted(ids)) for k, ids in v.items()},
                 lambda raw: LazyMapping(raw, lambda text: set(text.split(_SEP)))),
    "person_keys": (list, list),
    "person_key_ids": (list, list),
    "office_holders": (list, list),
    "demonyms": (dict, dict),
    "max_words": (int, int),
    "collisions": (list, list),
    "name_words": (_words, frozenset),
    "given_names": (_words, frozenset),
    "generic": (_words, frozenset),
    "norp_keys": (_words, frozenset),
}


def stored_tables(index: ActorIndex) -> dict[str, Any]:
    """The JSON form of every stored field of ``index``."""
    return {name: encode(getattr(index, name)) for name, (encode, _) in CODECS.items()}


def restore(index: ActorIndex, tables: dict[str, Any]) -> bool:
    """Fill ``index`` from stored tables; False (index untouched) if they do not fit."""
    try:
        values = {name: decode(tables[name]) for name, (_, decode) in CODECS.items()}
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return False
    for name, value in values.items():
        setattr(index, name, value)
    return True
