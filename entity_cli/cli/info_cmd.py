"""`entity-cli info`: versions, pipeline components (and knowledge-base statistics)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from entity_cli.cli.errors import reported_errors
from entity_cli.cli.kb_options import KB_OVERLAYS, MODELS_DIR, kb_setting


def info_command(
    as_json: bool = typer.Option(False, "--json", help="Print the information as JSON."),
    models_dir: Path | None = MODELS_DIR,
    kb: list[Path] | None = KB_OVERLAYS,
) -> None:
    """Show versions of entity-cli, spaCy and the model, the pipeline components and the
    knowledge base in use."""
    from entity_cli.api import info

    with reported_errors():
        data = info(kb_setting(models_dir, kb))
    if as_json:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for key, value in data.items():
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        elif isinstance(value, dict):
            value = ", ".join(f"{k}: {_plain(v)}" for k, v in value.items())
        typer.echo(f"{key}: {value}")


def _plain(value: object) -> str:
    if isinstance(value, list):
        return " ".join(map(str, value)) if value else "none"
    return str(value)
