"""`entity-cli actors lookup NAME` and `entity-cli actors check`."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from entity_cli.cli.errors import fail, reported_errors
from entity_cli.cli.kb_options import KB_OVERLAYS, MODELS_DIR, kb_setting

actors_app = typer.Typer(help="Inspect and validate the actor knowledge base in models/.",
                         no_args_is_help=True)


@actors_app.command("lookup")
def lookup_command(
    name: list[str] = typer.Argument(..., help="A name as an article writes it."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    models_dir: Path | None = MODELS_DIR,
    kb: list[Path] | None = KB_OVERLAYS,
) -> None:
    """Show how NAME resolves: which record, through which variant. Exit 1 if unknown."""
    from entity_cli.api import lookup_actor

    query = " ".join(name)
    with reported_errors():
        setting = kb_setting(models_dir, kb)
        matches = lookup_actor(query, setting)
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
    models_dir: Path | None = MODELS_DIR,
    kb: list[Path] | None = KB_OVERLAYS,
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the warnings too."),
    text: list[Path] | None = typer.Option(
        None, "--text", metavar="FILE",
        help="Also check the office titles written on the KB's people in FILE (repeatable; "
             "files or folders, as for extract) against their roles on its date."),
) -> None:
    """Validate the KB files and overlays (schema, duplicate ids, name collisions, with
    file:line). Exit 1 on errors."""
    from entity_cli.api import check_knowledge_base

    with reported_errors():
        setting = kb_setting(models_dir, kb)
        report = check_knowledge_base(setting, [str(p) for p in text or ()])
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for error in report["errors"]:
            typer.echo(f"error: {error}", err=True)
        roles = report.get("roles")
        if verbose:
            for warning in report["warnings"]:
                typer.echo(f"warning: {warning}", err=True)
            for overlap in roles["overlapping"] if roles else ():
                typer.echo(f"roles: one office, two holders: {overlap}", err=True)
        typer.echo(f"{report['records']} records, {len(report['errors'])} errors, "
                   f"{len(report['warnings'])} warnings")
        if ids := report.get("ids"):
            typer.echo("ids: " + "; ".join(f"{name} on {have:,} of {of:,} ({have / max(of, 1):.1%})"
                                           for name, (have, of) in ids.items()))
        if roles:
            typer.echo(f"roles: {roles['people_with_roles']} people hold an office, "
                       f"{len(roles['undated'])} of them with no dated role; "
                       f"{len(roles['overlapping'])} offices held by two people at once")
        for found in report.get("titles", ()):
            typer.echo(f"title: {found['source']}:{found['start']}: {found['title']!r} on "
                       f"{found['text']} [{found['id']}] on {found['doc_date']}: "
                       f"{found['problem']}; " + "; ".join(found["roles"]))
        if "titles" in report:
            typer.echo(f"titles: {len(report['titles'])} contradicted by the KB's roles")
    if report["errors"]:
        raise typer.Exit(1)
