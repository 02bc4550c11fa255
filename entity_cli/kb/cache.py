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

FORMAT = 5
_CODE = ("index.py", "variants.py", "names.py", "records.py", "cache.py")


def cache_dir() -> Path | None:
    setting = os.environ.get("ENTITY_CLI_CACHE_DIR")
    if setting:
        return None if setting.lower() in {"off", "0", "none"} else Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "entity-cli"


def fingerprint(data_files: list[Path]) -> str:
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    here = Path(__file__).parent
    for path in [*(here / name for name in _CODE), *sorted(data_files)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def _variant(item: list[Any]) -> Variant:
    return Variant._make(item)


def _plain(variant: Variant) -> list[Any]:
    return [variant.surface, variant.how, variant.explicit]


def save(index: ActorIndex, key: str) -> None:
    directory = cache_dir()
    if directory is None:
        return
    data = {
        "records": [_record_data(r) for r in index.records.values()],
        "strong": {k: [rid, *_plain(v)] for k, (rid, v) in index.strong.items()},
        "exact": {k: sorted(v) for k, v in index.exact_surfaces.items()},
        "weak": {k: [[rid, *_plain(v)] for rid, v in items] for k, items in index.weak.items()},
        "ambiguous": {k: [[rid, *_plain(v)] for rid, v in items]
                      for k, items in index.ambiguous.items()},
        "max_words": index.max_words,
        "collisions": index.collisions,
        "phonetic": {k: sorted(v) for k, v in index.phonetic.items()},
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


def _record_data(record: ActorRecord) -> dict[str, Any]:
    return {f: getattr(record, f) for f in ActorRecord.__dataclass_fields__}


def load(index: ActorIndex, key: str) -> bool:
    """Fill ``index`` (tables already set) from the cache; False if absent or unreadable."""
    directory = cache_dir()
    if directory is None:
        return False
    try:
        data = json.loads((directory / f"index-{key}.json").read_text(encoding="utf-8"))
        index.records = {
            r["id"]: ActorRecord(**{**r, "aliases": tuple(r["aliases"]),
                                    "ambiguous_aliases": tuple(r["ambiguous_aliases"]),
                                    "roles": tuple(r["roles"])})
            for r in data["records"]
        }
        index.strong = {k: (v[0], Variant._make(v[1:])) for k, v in data["strong"].items()}
        index.exact_surfaces = {k: frozenset(v) for k, v in data["exact"].items()}
        index.weak = {k: [(i[0], _variant(i[1:])) for i in v] for k, v in data["weak"].items()}
        index.ambiguous = {k: [(i[0], _variant(i[1:])) for i in v]
                           for k, v in data["ambiguous"].items()}
        index.max_words = int(data["max_words"])
        index.collisions = list(data["collisions"])
        index.phonetic = {k: set(v) for k, v in data["phonetic"].items()}
        records = index.records
        people = [(k, rid) for k, (rid, _) in index.strong.items()
                  if records[rid].label == "PERSON"]
        index.person_keys = [k for k, _ in people]
        index.person_key_ids = [rid for _, rid in people]
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return False
    return all(rid in index.records for rid, _ in index.strong.values())
