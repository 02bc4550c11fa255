"""The Typer application and its commands' registration."""

from __future__ import annotations

import typer

import entity_cli
from entity_cli.cli.actors_cmd import actors_app
from entity_cli.cli.evaluate_cmd import evaluate_command
from entity_cli.cli.extract_cmd import extract_command
from entity_cli.cli.info_cmd import info_command

app = typer.Typer(
    name="entity-cli",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"entity-cli {entity_cli.__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True,
        help="Print the version and exit.",
    ),
) -> None:
    """Find people, places, organisations and dates in English news about the Middle East.

    Exit codes: 0 all inputs processed, 1 some inputs failed, 2 usage error, 130 interrupted.
    """


app.command("extract")(extract_command)
app.command("info")(info_command)
app.command("evaluate")(evaluate_command)
app.add_typer(actors_app, name="actors")
