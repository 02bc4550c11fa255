"""Turning library exceptions into one-line messages and exit codes (CLI only)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import typer

from entity_cli.errors import EntityCliError

T = TypeVar("T")


def fail(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    sys.stderr.write(f"entity-cli: {message}\n")
    sys.stderr.flush()


@contextmanager
def reported_errors() -> Iterator[None]:
    """Map entity-cli errors to their exit codes and Ctrl-C to 130, with no traceback."""
    try:
        yield
    except EntityCliError as exc:
        fail(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        fail("interrupted")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # The reader of our output went away (`| head`): stop quietly, like other filters.
        silence_stdout()
        raise typer.Exit(0) from None


def silence_stdout() -> None:
    """Point stdout at /dev/null so Python's final flush cannot fail on a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def call_reported(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    with reported_errors():
        return function(*args, **kwargs)
