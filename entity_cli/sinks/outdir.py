"""--out-dir: one JSON file per input, mirroring the input tree, each written atomically.

A file exists only once it is complete (temp file, then rename), so `--resume` can skip
every input whose output exists and is valid, and Ctrl-C never leaves a partial output.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from entity_cli.errors import OutputError, UsageError
from entity_cli.records import Result
from entity_cli.sinks.atomic import check_writable_folder, open_output
from entity_cli.sources.inputs import InputFile, is_jsonl


class OutDir:
    def __init__(self, root: Path) -> None:
        if root.exists() and not root.is_dir():
            raise UsageError(f"--out-dir {root}: exists and is not a folder")
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"--out-dir {root}: cannot create ({exc.strerror})") from None
        check_writable_folder(root, f"--out-dir {root}")  # before any work, new or old
        self.root = root

    def path_for(self, item: InputFile) -> Path:
        return self.root / f"{item.rel}.json"

    def is_complete(self, item: InputFile) -> bool:
        """Whether this input's output exists, parses and holds no failed document (a rerun
        skips it; a failure is tried again)."""
        path = self.path_for(item)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        records = data if isinstance(data, list) else [data]
        return all(isinstance(r, dict) and "error" not in r for r in records)

    def write(self, item: InputFile, records: list[dict[str, Any]]) -> None:
        """One object for a text or HTML input, an array for a JSONL input."""
        data: Any = records if is_jsonl(item.path) else (
            records[0] if len(records) == 1 else records)
        path = self.path_for(item)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open_output(path) as handle:  # temp file, then rename
                json.dump(data, handle, ensure_ascii=False, indent=2)
                handle.write("\n")
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None


class OutDirSink:
    """Writes each input's records to its file as soon as that input is complete (results
    arrive in input order), and skips inputs already done when resuming."""

    def __init__(self, root: Path, resume: bool = False) -> None:
        self.out = OutDir(root)
        self.resume = resume
        self.skipped = 0
        self.items: dict[int, InputFile] = {}

    def skip(self, item: InputFile) -> bool:
        """Whether ``item`` is left out of the run (--resume and its output is complete)."""
        if self.resume and self.out.is_complete(item):
            self.skipped += 1
            return True
        return False

    def seen(self, item: InputFile) -> None:
        """``item`` will be processed: it gets a file even if it yields no document."""
        self.items[item.group] = item

    def write_through(self, results: Iterable[Result]) -> Iterator[Result]:
        """Pass ``results`` on, writing each input's file once its last record is in."""
        current, records = None, []
        for result in results:
            if result.group != current:
                self._flush(current, records, upto=result.group)
                current, records = result.group, []
            records.append(result.record)
            yield result
        self._flush(current, records, upto=None)

    def _flush(self, group: int | None, records: list, upto: int | None) -> None:
        if group is not None:
            self.out.write(self.items.pop(group), records)
        # Inputs that gave no document at all (an empty .jsonl) still get their file.
        for other in sorted(g for g in self.items if upto is None or g < upto):
            self.out.write(self.items.pop(other), [])
