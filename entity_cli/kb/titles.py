"""Titles, ranks and honorifics (models/titles.jsonl): what stays outside a PERSON name."""

from __future__ import annotations

import functools
import json

from entity_cli.kb.names import folded_words
from entity_cli.kb.records import models_dir


class TitleTable(dict[tuple[str, ...], str]):
    """Folded word sequences ("maj", "gen") -> the title as written in the KB ("Maj Gen"),
    with the length in words of the longest title (looked up for every candidate name)."""

    longest: int = 0


def load_titles(directory: str | None = None) -> TitleTable:
    """Cached per folder: ``load_titles()`` and ``load_titles(None)`` share one result."""
    return _load_titles(directory)


@functools.lru_cache(maxsize=4)
def _load_titles(directory: str | None) -> TitleTable:
    base = models_dir(directory)
    titles = TitleTable()
    for line in (base / "titles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            title = json.loads(line)["title"]
            words = tuple(w for w in folded_words(title) if w)
            titles.setdefault(words, title)
    titles.longest = max((len(t) for t in titles), default=0)
    return titles


def title_prefix_length(words: list[str], titles: TitleTable) -> int:
    """How many leading folded words form titles (possibly several: "Maj Gen", "Sheikh")."""
    used = 0
    longest = titles.longest
    while used < len(words):
        for size in range(min(longest, len(words) - used), 0, -1):
            if tuple(words[used : used + size]) in titles:
                used += size
                break
        else:
            break
    return used
