"""`entity-cli info`: versions, pipeline components (and knowledge-base statistics)."""

from __future__ import annotations

import json

import typer

from entity_cli.cli.errors import reported_errors


def info_command(
    as_json: bool = typer.Option(False, "--json", help="Print the information as JSON."),
) -> None:
    """Show versions of entity-cli, spaCy and the model, and the pipeline components."""
    from entity_cli.info import get_info

    with reported_errors():
        data = get_info()
    if as_json:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for key, value in data.items():
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        elif isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items())
        typer.echo(f"{key}: {value}")
