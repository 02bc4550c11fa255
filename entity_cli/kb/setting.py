"""One knowledge-base setting for every command and for the library.

A setting is the models folder (None: the shipped one) and the overlays on top of it
(kb.overlays), ENTITY_CLI_KB's first. ``resolve`` checks both before any work, so a typo in
a path is a usage error, not a failure halfway through a batch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from entity_cli.errors import UsageError


@dataclass(frozen=True)
class KBSetting:
    models_dir: str | None = None
    overlays: tuple[str, ...] = ()

    @classmethod
    def resolve(cls, models_dir: str | Path | None = None,
                overlays: Iterable[str | Path] = ()) -> KBSetting:
        """The setting in force, checked: UsageError for a folder or file that is not there."""
        from entity_cli.kb.overlays import missing_overlays, overlay_paths

        folder = str(models_dir) if models_dir else None
        if folder is not None and not (Path(folder) / "kb").is_dir():
            raise UsageError(f"--models-dir {folder}: not a models folder (no kb/ inside)")
        paths = overlay_paths(overlays)
        if missing := missing_overlays(paths):
            raise UsageError(f"--kb {missing[0]}: no such file")
        return cls(folder, paths)
