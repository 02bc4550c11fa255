"""Overlays: your own actors on top of the shipped knowledge base, without editing it.

An overlay is a JSONL file in the KB's own schema (models/README.md). A record whose
``id`` is already in the KB replaces that record; a new ``id`` adds one; ``{"id": ...,
"drop": true}`` removes one. Overlays apply in order, so a later file wins. They come from
``--kb FILE`` (repeatable) and from ``ENTITY_CLI_KB``, a list of paths separated like
PATH (``:`` on POSIX); the environment's come first, so the command line wins.
Problems name the overlay's file and line.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from entity_cli.kb.records import ActorRecord, KnowledgeBaseError, parse_record

ENVIRONMENT = "ENTITY_CLI_KB"


def overlay_paths(given: Iterable[str | Path] = ()) -> tuple[str, ...]:
    """The overlays in force: ENTITY_CLI_KB's, then ``given``, each once (first place)."""
    from_env = [p for p in os.environ.get(ENVIRONMENT, "").split(os.pathsep) if p.strip()]
    seen: dict[str, None] = {}
    for path in [*from_env, *(str(p) for p in given)]:
        seen.setdefault(path, None)
    return tuple(seen)


def missing_overlays(paths: Iterable[str]) -> list[str]:
    """The overlays that are not readable files (checked before any work)."""
    return [path for path in paths if not Path(path).is_file()]


def apply_overlays(records: Sequence[ActorRecord], paths: Iterable[str]) -> list[ActorRecord]:
    """``records`` with every overlay applied in order; KnowledgeBaseError lists problems."""
    merged = {record.id: record for record in records}
    problems: list[str] = []
    for path in paths:
        for number, line in _lines(path, problems):
            where = f"{path}:{number}"
            problem = _apply_line(merged, line, where)
            if problem:
                problems.append(problem)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise KnowledgeBaseError(problems[0] + more, problems)
    return list(merged.values())


def _lines(path: str, problems: list[str]):
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot read overlay ({exc})")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line


def _apply_line(merged: dict[str, ActorRecord], line: str, where: str) -> str | None:
    """Apply one overlay line to ``merged``; the problem with it, if any."""
    try:
        data = json.loads(line)
    except ValueError as exc:
        return f"{where}: invalid JSON ({exc})"
    if isinstance(data, dict) and data.get("drop") is True:
        rid = data.get("id")
        if set(data) - {"id", "drop"}:
            return f"{where}: a drop record holds only \"id\" and \"drop\""
        if rid not in merged:
            return f"{where}: cannot drop {rid!r}: no such id in the knowledge base"
        del merged[rid]
        return None
    if isinstance(data, dict) and "drop" in data:
        return f"{where}: \"drop\" must be true"
    record, problem = parse_record(line, where)
    if problem or record is None:
        return problem
    merged[record.id] = record
    return None
