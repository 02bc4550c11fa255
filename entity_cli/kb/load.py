"""The index of a KB setting: built once per process for each distinct KB content.

``load_index(models_dir, overlays)`` reads the folder's records, applies the overlays in
order (kb.overlays), and builds the index, or reads it from the cache (kb.cache) when the
fingerprint of everything it is built from is there.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from entity_cli.kb import cache
from entity_cli.kb.index import ActorIndex
from entity_cli.kb.names import load_common_words, load_transliteration
from entity_cli.kb.overlays import apply_overlays, missing_overlays
from entity_cli.kb.records import ActorRecord, KnowledgeBaseError, kb_files, load_records, models_dir


def load_index(directory: str | None = None, overlays: Iterable[str] = ()) -> ActorIndex:
    """Cached per KB setting: ``load_index()`` and ``load_index(None)`` share one result.

    ``overlays`` (JSONL files, see kb.overlays) apply on top of the folder's records, in
    order."""
    return _load_index(directory, tuple(str(p) for p in overlays))


# Indexes by the fingerprint of what they are built from: two settings with the same
# content (a saved pipeline's components each hold a copy of an overlay) share one index.
_BUILT: dict[str, ActorIndex] = {}


@functools.lru_cache(maxsize=8)
def _load_index(directory: str | None, overlays: tuple[str, ...]) -> ActorIndex:
    """Build the index of the shipped KB (or of another models folder), via the cache."""
    base = models_dir(directory)
    files = kb_files(base / "kb")
    data = [*files, *(base / n for n in ("transliteration.json", "patterns.json",
                                          "common_english.txt", "words.json"))]
    if missing := missing_overlays(overlays):
        raise KnowledgeBaseError(f"{missing[0]}: overlay file not found")
    key = cache.fingerprint(data, [Path(p) for p in overlays])
    if key not in _BUILT:
        _BUILT[key] = ActorIndex.build(
            functools.partial(_records, files, overlays), load_transliteration(directory),
            functools.partial(load_common_words, directory), cache_key=key,
        )
    return _BUILT[key]


def _records(files, overlays: tuple[str, ...]) -> list[ActorRecord]:
    records = load_records(files)
    return apply_overlays(records, overlays) if overlays else records
