"""The `entity-cli` command line: Typer functions that parse, then call the library.

Nothing here imports spaCy at module level, so `--help` and `--version` stay fast.
"""

from __future__ import annotations

import sys

from entity_cli.cli.app import app
from entity_cli.cli.errors import silence_stdout

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point: run the app, quiet on a closed pipe or Ctrl-C."""
    try:
        app()
    except BrokenPipeError:
        silence_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        sys.stderr.write("entity-cli: interrupted\n")
        sys.exit(130)
