"""Where output goes: stdout, or a file replaced atomically when all is written.

An interrupted run never leaves a half-written output file behind: writers write to a
temporary file in the target folder, renamed over the target only on success. Nothing but
the target changes: a symlink's target is replaced (the link stays), devices, FIFOs and
files with hard links are written in place, and a replaced file keeps its mode.
"""

from __future__ import annotations

import os
import secrets
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from entity_cli.errors import OutputError, UsageError


def check_output_path(path: Path, inputs: list[str]) -> None:
    """Refuse, before any work, an output that cannot be written: a folder, a missing or
    unwritable folder, an input."""
    if path.is_dir():
        raise UsageError(f"--output {path}: is a directory")
    for item in inputs:
        if item != "-" and _same_file(Path(item), path):
            raise UsageError(f"--output {path}: is also an input; refusing to overwrite it")
    if _in_place(path):
        return  # a device, a FIFO, /dev/stdout, a hard-linked file: written where it is
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():
        raise UsageError(f"--output {path}: folder {target.parent} does not exist")
    check_writable_folder(target.parent, f"--output {path}")


def _same_file(a: Path, b: Path) -> bool:
    """Whether the regular file ``a`` is ``b`` (by inode: links and symlinks included)."""
    try:
        return a.is_file() and os.path.samefile(a, b)
    except OSError:
        return False


def check_writable_folder(folder: Path, what: str) -> None:
    """UsageError unless a file can be created in ``folder`` (tried, then removed: as
    root, permission bits say nothing, a read-only mount still refuses)."""
    probe = _sibling_temp(folder / "probe")
    try:
        with open(probe, "x"):
            pass
    except OSError as exc:
        raise UsageError(f"{what}: cannot write in {folder} ({exc.strerror or exc})") from None
    probe.unlink(missing_ok=True)


@contextmanager
def open_output(path: Path | None, stdout: TextIO | None = None) -> Iterator[TextIO]:
    """Yield a text stream for ``path`` (stdout when None).

    A regular file is written to a temporary file beside it and renamed over it at the
    end, so it is never half-written; its mode is kept. A symlink is followed: the file it
    points to is replaced, in that file's folder, and the link stays. A device, a FIFO or
    /dev/stdout, and a file with other hard links, are written in place (renaming would
    replace the device or cut the links). A write that fails (a full disk) is an
    OutputError; nothing else is left behind."""
    if path is None:
        stream = stdout if stdout is not None else sys.stdout
        if stream is None:
            raise UsageError("standard output is closed: give -o FILE")
        yield stream
        return
    if _in_place(path):
        try:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                yield handle
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        return
    target = Path(os.path.realpath(path))
    tmp = _sibling_temp(target)
    try:
        try:
            handle = open(tmp, "x", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise UsageError(f"--output {path}: cannot write in {target.parent} "
                             f"({exc.strerror or exc})") from None
        with handle:
            yield handle
        _keep_mode(target, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        tmp.unlink(missing_ok=True)


def _in_place(path: Path) -> bool:
    """Whether ``path`` (its symlinks followed) must be written where it is: a device, FIFO
    or socket (not a regular file), or a regular file with other hard links."""
    try:
        info = path.stat()
    except OSError:
        return False
    return not stat.S_ISREG(info.st_mode) or info.st_nlink > 1


def _keep_mode(target: Path, tmp: Path) -> None:
    """The replacement gets the replaced file's permission bits."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return
    os.chmod(tmp, mode)


def _sibling_temp(path: Path) -> Path:
    """A new temporary name beside ``path``. It is chosen before the file exists, so the
    code that creates it can always remove it, even after a Ctrl-C inside the creating
    call (which tempfile.mkstemp cannot promise: its name is known only once it returns)."""
    return path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
