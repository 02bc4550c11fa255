"""The library's own exceptions.

Library code raises these and never exits; only the CLI turns them into one-line messages
and exit codes (``EntityCliError.exit_code``).
"""

from __future__ import annotations


class EntityCliError(Exception):
    """Base class of every error entity-cli reports to a user."""

    exit_code = 1


class UsageError(EntityCliError):
    """The command line asks for something impossible (bad option, missing path)."""

    exit_code = 2


class InputError(EntityCliError):
    """One input document cannot be read or decoded; the others still run."""

    exit_code = 1


class OutputError(EntityCliError):
    """The output cannot be written (bad path, disk full)."""

    exit_code = 1
