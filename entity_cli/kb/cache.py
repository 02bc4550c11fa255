"""A JSON cache of the built actor index, so start-up does not regenerate every variant.

Building the index (variants of 3,900+ records) costs about 0.8 s; reading it back costs a
tenth of that. The cache is plain JSON (never pickle), keyed by a fingerprint of the KB
files and of the code that builds the index, so any edit to models/ or to the generator
makes a fresh build. It lives in $ENTITY_CLI_CACHE_DIR, else $XDG_CACHE_HOME/entity-cli, else
~/.cache/entity-cli; ENTITY_CLI_CACHE_DIR=off disables it. A cache that cannot be read or
written is ignored: the index is built as if it were absent.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entity_cli.kb.records import ActorRecord
from entity_cli.kb.variants import Variant

if TYPE_CHECKING:
    from entity_cli.kb.index import ActorIndex

FORMAT = 7
_CODE = ("index.py", "variants.py", "names.py", "records.py", "cache.py", "overlays.py")


def cache_dir() -> Path | None:
    setting = os.environ.get("ENTITY_CLI_CACHE_DIR")
    if setting:
        return None if setting.lower() in {"off", "0", "none"} else Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "entity-cli"


def fingerprint(data_files: list[Path], overlays: list[Path] | None = None) -> str:
    """A key for the KB files, the overlays (in their order: a later one wins) and the
    code that builds the index."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    here = Path(__file__).parent
    for path in [*(here / name for name in _CODE), *sorted(data_files)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for path in overlays or ():
        digest.update(b"overlay")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def _variant(item: list[Any]) -> Variant:
    return Variant._make(item)


def _plain(variant: Variant) -> list[Any]:
    return [variant.surface, variant.how, variant.explicit]


# The two big tables are stored as one string per entry, not nested JSON: parsing 37,000
# short strings is several times faster than 37,000 little arrays, and start-up pays for it.
_SEP = "\t"


def _packed_entry(rid: str, variant: Variant) -> str:
    return _SEP.join((rid, variant.how, "1" if variant.explicit else "", variant.surface))


def _to_entry(packed: str) -> tuple[str, Variant]:
    rid, how, explicit, surface = packed.split(_SEP, 3)
    return rid, Variant(surface, how, bool(explicit))


def _to_id_set(packed: str) -> set[str]:
    return set(packed.split(_SEP))


def save(index: ActorIndex, key: str) -> None:
    directory = cache_dir()
    if directory is None:
        return
    ids = {rid: n for n, rid in enumerate(index.records)}
    data = {
        "records": {rid: json.dumps(_record_data(r), ensure_ascii=False)
                    for rid, r in index.records.items()},
        "strong": {k: _packed_entry(rid, v) for k, (rid, v) in index.strong.items()},
        "exact": {k: sorted(v) for k, v in index.exact_surfaces.items()},
        "weak": {k: [[rid, *_plain(v)] for rid, v in items] for k, items in index.weak.items()},
        "ambiguous": {k: [[rid, *_plain(v)] for rid, v in items]
                      for k, items in index.ambiguous.items()},
        "max_words": index.max_words,
        "collisions": index.collisions,
        "phonetic": {k: _SEP.join(sorted(v)) for k, v in index.phonetic.items()},
        "person_keys": index.person_keys,
        "person_ids": [ids[rid] for rid in index.person_key_ids],
        "name_words": sorted(index.name_words),
        "given_names": sorted(index.given_names),
        "generic": sorted(index.generic),
        "norp_keys": sorted(index.norp_keys),
    }
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, directory / f"index-{key}.json")
        for old in directory.glob("index-*.json"):
            if old.name != f"index-{key}.json":
                old.unlink(missing_ok=True)  # built from an older KB: never read again
    except OSError:
        return


class LazyDict(dict):
    """A dict whose values are converted from their JSON form on first access.

    Start-up reads 37,000 keys; a document touches a few dozen. Converting only what is
    used keeps `entity-cli extract` on one file close to bare spaCy's start-up time."""

    def __init__(self, raw, convert) -> None:
        super().__init__(raw)
        self._convert = convert
        self._done: set[str] = set()

    def __getitem__(self, key):
        value = super().__getitem__(key)
        if key not in self._done:
            value = self._convert(value)
            super().__setitem__(key, value)
            self._done.add(key)
        return value

    def get(self, key, default=None):
        if key not in self:
            return default
        return self[key]

    def _all(self) -> None:
        for key in list(super().keys()):
            self[key]

    def values(self):
        self._all()
        return super().values()

    def items(self):
        self._all()
        return super().items()

    def __eq__(self, other) -> bool:
        self._all()
        return dict(self.items()) == (dict(other.items()) if isinstance(other, dict) else other)

    __hash__ = None  # type: ignore[assignment]


def _to_record(packed: str) -> ActorRecord:
    data = json.loads(packed)
    return ActorRecord(**{**data, "aliases": tuple(data["aliases"]),
                          "ambiguous_aliases": tuple(data["ambiguous_aliases"]),
                          "roles": tuple(data["roles"])})


def _record_data(record: ActorRecord) -> dict[str, Any]:
    return {f: getattr(record, f) for f in ActorRecord.__dataclass_fields__}


def load(index: ActorIndex, key: str) -> bool:
    """Fill ``index`` (tables already set) from the cache; False if absent or unreadable."""
    directory = cache_dir()
    if directory is None:
        return False
    try:
        data = json.loads((directory / f"index-{key}.json").read_text(encoding="utf-8"))
        index.records = LazyDict(data["records"], _to_record)
        index.strong = LazyDict(data["strong"], _to_entry)
        index.exact_surfaces = {k: frozenset(v) for k, v in data["exact"].items()}
        index.weak = {k: [(i[0], _variant(i[1:])) for i in v] for k, v in data["weak"].items()}
        index.ambiguous = {k: [(i[0], _variant(i[1:])) for i in v]
                           for k, v in data["ambiguous"].items()}
        index.max_words = int(data["max_words"])
        index.collisions = list(data["collisions"])
        index.phonetic = LazyDict(data["phonetic"], _to_id_set)
        index.person_keys = list(data["person_keys"])
        ids = list(data["records"])
        index.person_key_ids = [ids[n] for n in data["person_ids"]]
        index.name_words = frozenset(data["name_words"])
        index.given_names = frozenset(data["given_names"])
        index.generic = frozenset(data["generic"])
        index.norp_keys = frozenset(data["norp_keys"])
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return False
    return True
