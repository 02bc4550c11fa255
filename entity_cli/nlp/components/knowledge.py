"""What the knowledge-base components share: one KB setting, and its serialisation.

Every component that reads the KB takes the same two settings in its config: ``models_dir``
(another models folder instead of the shipped one; null for the shipped KB) and
``overlays`` (JSONL files of records added on top, later ones winning; see
entity_cli.kb.overlays). ``nlp.to_disk`` copies what is not shipped with the package (a
custom models folder, every overlay) into the component's folder, and ``from_disk`` points
the component at those copies, so a saved pipeline loads anywhere entity-cli is installed.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from pathlib import Path

KB_CONFIG = {"models_dir": None, "overlays": []}
_SETTING = "kb.json"


class KnowledgeComponent:
    """Base of the components that read the knowledge base."""

    def __init__(self, models_dir: str | None = None, overlays: Iterable[str] = ()) -> None:
        self.models_dir = str(models_dir) if models_dir else None
        self.overlays = tuple(str(path) for path in overlays)
        self._index_of_setting = None
        self._reset()

    def _reset(self) -> None:
        """Forget whatever was loaded from the KB (its setting changed)."""

    def _kb_index(self):
        """The index of this component's KB setting, loaded once (components holding the
        same KB content share one index: see kb.load.load_index)."""
        if self._index_of_setting is None:
            from entity_cli.kb.load import load_index

            self._index_of_setting = load_index(self.models_dir, self.overlays)
        return self._index_of_setting

    def initialize(self, get_examples=None, nlp=None) -> None:
        """Load the knowledge base now rather than on the first document."""
        self._kb_index()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        setting: dict[str, object] = {"models_dir": None, "overlays": []}
        if self.models_dir:
            shutil.rmtree(path / "models", ignore_errors=True)
            shutil.copytree(self.models_dir, path / "models")
            setting["models_dir"] = "models"
        for k, overlay in enumerate(self.overlays):
            name = f"overlay-{k}.jsonl"
            shutil.copyfile(overlay, path / name)
            setting["overlays"].append(name)  # type: ignore[union-attr]
        (path / _SETTING).write_text(json.dumps(setting), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()):
        path = Path(path)
        setting = json.loads((path / _SETTING).read_text(encoding="utf-8"))
        self.models_dir = str(path / setting["models_dir"]) if setting["models_dir"] else None
        self.overlays = tuple(str(path / name) for name in setting["overlays"])
        self._index_of_setting = None
        self._reset()
        return self
