"""What `entity-cli info` reports: versions and the pipeline, as plain data."""

from __future__ import annotations

import platform
from importlib import metadata
from typing import TYPE_CHECKING, Any

import entity_cli

if TYPE_CHECKING:
    from entity_cli.kb.setting import KBSetting


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def get_info(setting: KBSetting | None = None) -> dict[str, Any]:
    from entity_cli.kb.setting import KBSetting
    from entity_cli.nlp.pipeline import MODEL_DISTRIBUTION, MODEL_PACKAGE, load_pipeline

    setting = setting or KBSetting.resolve()
    nlp = load_pipeline(setting.models_dir, setting.overlays)
    return {
        "entity-cli": entity_cli.__version__,
        "python": platform.python_version(),
        "spacy": _version("spacy"),
        "model": f"{MODEL_PACKAGE} {nlp.meta.get('version')} (PyPI: {MODEL_DISTRIBUTION} "
        f"{_version(MODEL_DISTRIBUTION)})",
        "pipeline": list(nlp.pipe_names),
        "knowledge_base": _kb_stats(setting),
    }


def _kb_stats(setting: KBSetting) -> dict[str, Any]:
    from collections import Counter

    from entity_cli.kb.load import load_index
    from entity_cli.kb.records import models_dir

    index = load_index(setting.models_dir, setting.overlays)
    counts = Counter(r.label for r in index.records.values())
    return {"records": len(index.records), **dict(sorted(counts.items())),
            "names": len(index.strong), "folder": setting.models_dir or str(models_dir()),
            "overlays": list(setting.overlays)}
