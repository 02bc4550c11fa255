"""What `entity-cli info` reports: versions and the pipeline, as plain data."""

from __future__ import annotations

import platform
from importlib import metadata
from typing import Any

import entity_cli


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def get_info() -> dict[str, Any]:
    from entity_cli.pipeline import MODEL_DISTRIBUTION, MODEL_PACKAGE, load_pipeline

    nlp = load_pipeline()
    return {
        "entity-cli": entity_cli.__version__,
        "python": platform.python_version(),
        "spacy": _version("spacy"),
        "model": f"{MODEL_PACKAGE} {nlp.meta.get('version')} (PyPI: {MODEL_DISTRIBUTION} "
        f"{_version(MODEL_DISTRIBUTION)})",
        "pipeline": list(nlp.pipe_names),
        "knowledge_base": _kb_stats(),
    }


def _kb_stats() -> dict[str, Any]:
    from collections import Counter

    from entity_cli.kb.index import load_index

    index = load_index()
    counts = Counter(r.label for r in index.records.values())
    return {"records": len(index.records), **dict(sorted(counts.items())),
            "names": len(index.strong)}
