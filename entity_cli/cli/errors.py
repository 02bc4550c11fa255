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
    """One line on stderr, prefixed with the program name (nothing if stderr is closed)."""
    if sys.stderr is None:
        return
    try:
        sys.stderr.write(f"entity-cli: {message}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread: it unwinds like Ctrl-C (workers ended,
    temporary files removed) and exits 143."""


def on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated()


@contextmanager
def reported_errors() -> Iterator[None]:
    """Map entity-cli errors to their exit codes, Ctrl-C to 130 and SIGTERM to 143, with no
    traceback."""
    try:
        yield
    except EntityCliError as exc:
        fail(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except Terminated:
        fail("terminated")
        raise typer.Exit(143) from None
    except KeyboardInterrupt:
        fail("interrupted")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # The reader of our output went away (`| head`): stop quietly, like other filters.
        silence_stdout()
        raise typer.Exit(0) from None
    except OSError as exc:
        # Standard output itself failed (a full disk behind `> file`, /dev/full).
        fail(f"cannot write the output ({exc.strerror or exc})")
        silence_stdout()
        raise typer.Exit(1) from None


def silence_stdout() -> None:
    """Point stdout at /dev/null so Python's final flush cannot fail on a closed pipe or a
    full device (what could not be written is lost either way)."""
    if sys.stdout is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def call_reported(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    with reported_errors():
        return function(*args, **kwargs)
