"""Where output goes: stdout, or a file replaced atomically when all is written.

An interrupted run never leaves a half-written output file behind: writers write to a
temporary file in the target folder, renamed over the target only on success.
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from entity_cli.errors import UsageError


def check_output_path(path: Path, inputs: list[str]) -> None:
    if path.is_dir():
        raise UsageError(f"--output {path}: is a directory")
    if not path.parent.is_dir():
        raise UsageError(f"--output {path}: folder {path.parent} does not exist")
    resolved = path.resolve()
    for item in inputs:
        if item != "-" and Path(item).resolve() == resolved:
            raise UsageError(f"--output {path}: is also an input; refusing to overwrite it")


@contextmanager
def open_output(path: Path | None, stdout: TextIO | None = None) -> Iterator[TextIO]:
    """Yield a text stream; for a file, write a temp file and rename it at the end."""
    if path is None:
        yield stdout if stdout is not None else sys.stdout
        return
    tmp = _sibling_temp(path)
    try:
        with open(tmp, "x", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _sibling_temp(path: Path) -> Path:
    """A new temporary name beside ``path``. It is chosen before the file exists, so the
    code that creates it can always remove it, even after a Ctrl-C inside the creating
    call (which tempfile.mkstemp cannot promise: its name is known only once it returns)."""
    return path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
