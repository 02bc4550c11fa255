"""A JSON cache of built tables, so start-up does not regenerate every variant.

Building the actor index (variants of 12,400 records) costs about 3 s; reading it back
costs a tenth of that. The cache knows nothing of the index: it stores named JSON tables
(``kb.stored`` says how each table of the index is written and read) under a key, a
fingerprint of the KB files, the overlays and the code that builds and stores the index, so
any edit to one of them makes a fresh build. It is plain JSON (never pickle), in
$ENTITY_CLI_CACHE_DIR, else $XDG_CACHE_HOME/entity-cli, else ~/.cache/entity-cli;
ENTITY_CLI_CACHE_DIR=off disables it. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from entity_cli.errors import EntityCliError

_CODE = ("index.py", "load.py", "stored.py", "variants.py", "names.py", "records.py", "cache.py",
         "overlays.py", "words.py")
V = TypeVar("V")


def cache_dir() -> Path | None:
    setting = os.environ.get("ENTITY_CLI_CACHE_DIR")
    if setting:
        return None if setting.lower() in {"off", "0", "none"} else Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "entity-cli"


def fingerprint(data_files: list[Path], overlays: list[Path] | None = None) -> str:
    """A key for the KB files, the overlays (in their order: a later one wins) and the
    code that builds and stores the index."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for path in [*(here / name for name in _CODE), *sorted(data_files)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for path in overlays or ():
        digest.update(b"overlay")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def save(key: str, tables: dict[str, Any]) -> None:
    """Store ``tables`` under ``key`` atomically, dropping entries of older keys."""
    from entity_cli.sinks.atomic import open_output

    directory = cache_dir()
    if directory is None:
        return
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with open_output(directory / f"index-{key}.json") as handle:
            json.dump(tables, handle, ensure_ascii=False, separators=(",", ":"))
        for old in directory.glob("index-*.json"):
            if old.name != f"index-{key}.json":
                old.unlink(missing_ok=True)  # built from an older KB: never read again
    except (OSError, EntityCliError):
        return


def load(key: str) -> dict[str, Any] | None:
    """The tables stored under ``key``; None if absent or unreadable."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        data = json.loads((directory / f"index-{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


class LazyMapping(Mapping[str, V]):
    """A read-only mapping whose values are converted from their stored form on first
    access, the same way whichever way they are read (``[]``, ``get``, ``items``...).

    Start-up reads 60,000 keys; a document touches a few dozen. Converting only what is
    used keeps `entity-cli extract` on one file close to bare spaCy's start-up time."""

    def __init__(self, raw: dict[str, Any], convert: Callable[[Any], V]) -> None:
        self._raw = raw
        self._convert = convert
        self._done: dict[str, V] = {}

    def __getitem__(self, key: str) -> V:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value  # type: ignore[return-value]

    def get(self, key, default=None):  # noqa: ANN001  (Mapping.get, without raising)
        value = self._done.get(key, _MISSING)
        if value is _MISSING:
            raw = self._raw.get(key, _MISSING)
            if raw is _MISSING:
                return default
            value = self._done[key] = self._convert(raw)
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


_MISSING: Any = object()
