"""The knowledge-base options every command that reads the KB shares."""

from __future__ import annotations

from pathlib import Path

import typer

MODELS_DIR = typer.Option(
    None, "--models-dir", metavar="DIR",
    help="Read the knowledge base from DIR (laid out like the shipped models/) instead.",
)
KB_OVERLAYS = typer.Option(
    None, "--kb", metavar="FILE.jsonl",
    help="Add or replace KB records from FILE (repeatable; after $ENTITY_CLI_KB's files; "
    'an existing id replaces its record, {"id": ..., "drop": true} removes one).',
)


def kb_setting(models_dir: Path | None, overlays: list[Path] | None):
    """The checked setting (UsageError for a path that is not there)."""
    from entity_cli.kb.setting import KBSetting

    return KBSetting.resolve(models_dir, overlays or ())
