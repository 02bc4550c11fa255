"""The `entity-cli` command line: Typer functions that parse, then call the library.

Nothing here imports spaCy at module level, so `--help` and `--version` stay fast.
"""

from __future__ import annotations

import os
import sys

from entity_cli.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point: run the app, quiet on a closed pipe or Ctrl-C."""
    try:
        app()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        sys.stderr.write("entity-cli: interrupted\n")
        sys.exit(130)


def _silence_stdout() -> None:
    """After the reader of our stdout went away, stop Python's final flush from failing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
