"""`entity-cli actors lookup NAME` and `entity-cli actors check`."""

from __future__ import annotations

import json

import typer

from entity_cli.cli.errors import fail, reported_errors

actors_app = typer.Typer(help="Inspect and validate the actor knowledge base in models/.",
                         no_args_is_help=True)


@actors_app.command("lookup")
def lookup_command(
    name: list[str] = typer.Argument(..., help="A name as an article writes it."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show how NAME resolves: which record, through which variant. Exit 1 if unknown."""
    from entity_cli.kb.check import lookup_name

    query = " ".join(name)
    with reported_errors():
        matches = lookup_name(query)
    if as_json:
        typer.echo(json.dumps(matches, indent=2, ensure_ascii=False))
    for m in matches if not as_json else ():
        typer.echo(f"{m['query']} -> {m['canonical']} [{m['id']}, {m['label']}, {m['kind']}"
                   f"{', ' + m['country'] if m['country'] else ''}] via {m['how']} "
                   f"{m['via']!r} ({m['strength']})")
    if not matches:
        fail(f"{query}: not in the knowledge base")
        raise typer.Exit(1)


@actors_app.command("check")
def check_command(
    models_dir: str = typer.Option(None, "--models-dir", help="Check another models folder."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the warnings too."),
) -> None:
    """Validate the KB files (schema, duplicate ids, name collisions). Exit 1 on errors."""
    from entity_cli.kb.check import check_kb

    with reported_errors():
        report = check_kb(models_dir)
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for error in report["errors"]:
            typer.echo(f"error: {error}", err=True)
        if verbose:
            for warning in report["warnings"]:
                typer.echo(f"warning: {warning}", err=True)
        typer.echo(f"{report['records']} records, {len(report['errors'])} errors, "
                   f"{len(report['warnings'])} warnings")
    if report["errors"]:
        raise typer.Exit(1)
