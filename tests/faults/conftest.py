"""The fault matrix: the CLI run as a subprocess, as a user runs it, on bad inputs, broken
outputs and signals. Each case states its exit code, its stderr line, what reaches stdout
or the output files, that no traceback appears, and that nothing outside the intended
outputs changed."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "entity_cli"]
TEXT = ("Iraqi Prime Minister Mustafa al-Kadhimi met US officials in Baghdad on Monday, "
        "officials said.\n")


def run(*args: str, stdin=None, stdout=subprocess.PIPE, input_bytes: bytes | None = None,
        cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """The CLI with ``args``; stdout and stderr captured as text unless redirected."""
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run([*CLI, *args], stdin=stdin, stdout=stdout,
                            stderr=subprocess.PIPE, input=input_bytes, cwd=cwd, env=env,
                            timeout=timeout)
    result.stderr_text = result.stderr.decode("utf-8", "replace")
    if isinstance(result.stdout, bytes):
        result.stdout_text = result.stdout.decode("utf-8", "replace")
    assert "Traceback" not in result.stderr_text, result.stderr_text
    return result


def one_line(result, pattern: str) -> None:
    """stderr is exactly one entity-cli line holding ``pattern``."""
    lines = [line for line in result.stderr_text.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("entity-cli: "), lines
    assert pattern in lines[0], lines[0]


def snapshot(root: Path) -> dict[str, tuple]:
    """Every path under ``root`` (symlinks not followed): kind, inode, mode, links, content."""
    state = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            info = path.lstat()
            if path.is_symlink():
                content = os.readlink(path)
            elif path.is_file():
                content = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                content = None
            state[str(path.relative_to(root))] = (info.st_mode, info.st_ino, info.st_nlink,
                                                  content)
    return state


def changed(before: dict, after: dict) -> set[str]:
    return {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "article.txt"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture()
def mount(tmp_path: Path):
    """A small tmpfs of our own (root only): mount(size, read_only) -> its folder."""
    mounted: list[Path] = []

    def make(size: str = "64k", read_only: bool = False) -> Path:
        folder = tmp_path / f"mnt{len(mounted)}"
        folder.mkdir()
        options = f"size={size}" + (",ro" if read_only else "")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                              capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot mount a tmpfs here (not root, or no mount rights)")
        mounted.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", str(folder)], capture_output=True)
