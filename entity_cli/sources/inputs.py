"""Which files a command line names: files, folders walked recursively, stdin, file lists.

Folders are walked in sorted order (so output order is stable), hidden files and folders
skipped, symlinked folders followed once (a symlink loop is reported, not followed).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from entity_cli.errors import UsageError

STDIN = "-"
DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.htm", "*.jsonl")


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input: ``path`` to read (or ``-``), ``rel`` its place in a mirrored output tree."""

    path: str
    rel: str
    group: int
    missing: bool = False  # listed in --files-from but not there: an error record, not exit 2


def is_jsonl(path: str) -> bool:
    """A JSONL input holds one document a line."""
    return path.lower().endswith(".jsonl")


def parse_globs(spec: str | None) -> tuple[str, ...]:
    """``"*.txt *.md"`` or ``"*.txt,*.md"`` -> patterns; None gives the defaults."""
    if spec is None:
        return DEFAULT_GLOBS
    patterns = tuple(p for p in spec.replace(",", " ").split() if p)
    if not patterns:
        raise UsageError("--glob: give at least one pattern, such as '*.txt'")
    return patterns


def check_inputs(paths: Iterable[str], files_from: str | None = None) -> list[str]:
    """Fail before any work on command-line paths that do not exist."""
    checked = list(paths)
    for path in checked:
        if path != STDIN and not os.path.exists(path):
            raise UsageError(f"{path}: no such file or folder")
    if files_from is not None and files_from != STDIN and not os.path.isfile(files_from):
        raise UsageError(f"--files-from {files_from}: no such file")
    if checked.count(STDIN) + (files_from == STDIN) > 1:
        raise UsageError("standard input can be read only once (- or --files-from -)")
    if (STDIN in checked or files_from == STDIN) and _stdin_closed():
        raise UsageError("standard input is closed: nothing to read from -")
    if not checked and files_from is None:
        raise UsageError("no input: pass files, folders, - for standard input, or --files-from")
    return checked


def expand_inputs(
    paths: Iterable[str],
    globs: tuple[str, ...] = DEFAULT_GLOBS,
    listed: Iterable[str] = (),
    warn: Callable[[str], None] | None = None,
) -> Iterator[InputFile]:
    """Every input file, numbered in order: command-line paths first, then listed ones."""
    group = 0
    used: set[str] = set()

    def unique(rel: str) -> str:
        candidate, n = rel, 1
        while candidate in used:
            n += 1
            candidate = f"{rel}.{n}"
        used.add(candidate)
        return candidate

    for path in paths:
        if path == STDIN:
            yield InputFile(STDIN, unique("stdin"), group)
            group += 1
        elif os.path.isdir(path):
            for file in walk_folder(Path(path), globs, warn):
                yield InputFile(str(file), unique(file.relative_to(path).as_posix()), group)
                group += 1
        else:
            yield InputFile(path, unique(Path(path).name), group)
            group += 1
    for line in listed:
        path = line.strip()
        if not path or path.startswith("#"):
            continue
        rel = unique(Path(path).as_posix().lstrip("/"))
        if os.path.isdir(path):
            for file in walk_folder(Path(path), globs, warn):
                yield InputFile(str(file), unique(f"{rel}/{file.relative_to(path).as_posix()}"),
                                group)
                group += 1
            continue
        yield InputFile(path, rel, group, missing=not os.path.exists(path))
        group += 1


def walk_folder(root: Path, globs: tuple[str, ...],
                warn: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Matching files under ``root``, sorted, hidden ones skipped, symlink loops cut.

    A folder that is one of its own ancestors is a symlink loop; a folder reached a second
    time by another path (a symlink to a folder already walked) is read once only."""
    seen: dict[tuple[int, int], str] = {}
    for folder, dirnames, filenames in os.walk(root, followlinks=True):
        stat = os.stat(folder)
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            if warn:
                if _is_ancestor(seen[key], folder):
                    warn(f"{folder}: symlink loop, not followed again")
                else:
                    warn(f"{folder}: the same folder as {seen[key]}, already read")
            dirnames[:] = []
            continue
        seen[key] = folder
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not any(fnmatch.fnmatch(name, g) for g in globs):
                continue
            yield Path(folder) / name


def _is_ancestor(first: str, folder: str) -> bool:
    """Whether the folder first walked as ``first`` lies on the path to ``folder``."""
    return os.path.commonpath([first, folder]) == first


def listed_paths(files_from: str | None) -> Iterator[str]:
    """The paths a --files-from FILE (or ``-``, standard input) lists, one a line."""
    import sys

    if files_from is None:
        return iter(())
    if files_from == STDIN:
        return (line.rstrip("\n") for line in sys.stdin)

    def lines() -> Iterator[str]:
        with open(files_from, encoding="utf-8", errors="surrogateescape") as handle:
            yield from (line.rstrip("\n") for line in handle)

    return lines()


def names_one_document(paths: list[str], files_from: str | None) -> bool:
    """Whether a command line names exactly one plain document (one file that is no folder
    and no JSONL, or standard input alone): then JSON output is one object, not an array."""
    if files_from is not None or len(paths) != 1:
        return False
    path = paths[0]
    return path == STDIN or not (os.path.isdir(path) or is_jsonl(path))


def count_documents(paths: list[str], globs: tuple[str, ...],
                    files_from: str | None) -> int | None:
    """The number of documents, when known before the run (not with standard input): one
    per file, one per non-blank line of a JSONL file (a byte scan, no JSON parsed)."""
    if files_from == STDIN or STDIN in paths:
        return None
    count = 0
    for item in expand_inputs(paths, globs, listed_paths(files_from)):
        jsonl = is_jsonl(item.path) and not item.missing
        count += _jsonl_lines(item.path) if jsonl else 1
    return count


def _jsonl_lines(path: str) -> int:
    """Non-blank lines of a JSONL file (each is one document or one error record)."""
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # unreadable: one error record


def _stdin_closed() -> bool:
    """Python sets sys.stdin to None when the process starts with descriptor 0 closed."""
    import sys

    return sys.stdin is None
