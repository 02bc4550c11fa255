"""-o and --out-dir: special files, links, modes, read-only folders, full disks, closed
descriptors."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.faults.conftest import changed, one_line, run, snapshot

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("device", ["/dev/null", "/dev/stdout"])
def test_output_to_a_device_writes_in_place(article, device):
    before = os.stat("/dev/null")
    result = run("extract", str(article), "-o", device, "--format", "jsonl")
    assert result.returncode == 0, result.stderr_text
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert os.stat("/dev/null").st_ino == before.st_ino
    if device == "/dev/stdout":
        assert json.loads(result.stdout_text)["entities"]


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(article, tmp_path):
    target = tmp_path / "real" / "out.json"
    target.parent.mkdir()
    target.write_text("old\n")
    os.chmod(target, 0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    before = snapshot(tmp_path)
    result = run("extract", str(article), "-o", str(link))
    assert result.returncode == 0, result.stderr_text
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())["entities"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert changed(before, snapshot(tmp_path)) == {"real/out.json"}
    assert not list(tmp_path.rglob("*.tmp"))


def test_output_with_hard_links_is_written_in_place(article, tmp_path):
    first = tmp_path / "out.json"
    first.write_text("old\n")
    second = tmp_path / "other-name.json"
    os.link(first, second)
    result = run("extract", str(article), "-o", str(first))
    assert result.returncode == 0, result.stderr_text
    assert first.stat().st_ino == second.stat().st_ino and first.stat().st_nlink == 2
    assert json.loads(second.read_text())["entities"]


def test_output_keeps_the_mode_of_the_file_it_replaces(article, tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old\n")
    os.chmod(out, 0o600)
    assert run("extract", str(article), "-o", str(out)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_output_to_a_fifo_is_written_in_place(article, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run("extract", str(article), "-o", str(fifo), "--format", "jsonl")
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr_text
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0])["entities"]


def test_output_into_a_read_only_folder_is_a_usage_error(article, mount):
    folder = mount(read_only=True)
    result = run("extract", str(article), "-o", str(folder / "out.json"))
    assert result.returncode == 2
    one_line(result, "cannot write in")


def test_out_dir_on_a_read_only_folder_is_a_usage_error_before_any_work(article, mount):
    folder = mount(read_only=True)
    result = run("extract", str(article), "--out-dir", str(folder))
    assert result.returncode == 2
    one_line(result, f"--out-dir {folder}: cannot write in")
    new = run("extract", str(article), "--out-dir", str(folder / "new"))
    assert new.returncode == 2
    one_line(new, "--out-dir")


def test_a_full_disk_under_output_fails_cleanly(tmp_path, mount):
    folder = mount(size="12k")
    big = tmp_path / "big.txt"
    big.write_text("Officials in Baghdad and Erbil met on Monday. " * 3000, encoding="utf-8")
    result = run("extract", str(big), "-o", str(folder / "out.json"), "--format", "json")
    assert result.returncode == 1
    one_line(result, "cannot write (No space left on device)")
    assert list(folder.iterdir()) == []  # no half-written output, no temporary file


def test_a_full_device_on_stdout_fails_cleanly(article):
    with open("/dev/full", "wb") as full:
        result = run("extract", str(article), "--format", "jsonl", stdout=full)
    assert result.returncode == 1
    one_line(result, "cannot write the output (No space left on device)")
    assert run("extract", str(article), "-o", "/dev/full").returncode == 1


def test_a_full_disk_when_the_writer_fails_mid_way(monkeypatch, invoke, seed_path, tmp_path):
    """The same on any machine (no tmpfs needed): the writer's file raises ENOSPC."""
    import builtins
    import errno

    real_open = builtins.open

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def write(self, text):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    def opening(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        return Full(handle) if str(file).endswith(".tmp") and "x" in mode else handle

    monkeypatch.setattr(builtins, "open", opening)
    out = tmp_path / "out.json"
    result = invoke("extract", str(seed_path), "-o", str(out))
    assert result.exit_code == 1
    assert "cannot write (No space left on device)" in result.stderr
    assert not out.exists() and not list(tmp_path.glob(".*.tmp"))


def test_closed_stdin_is_a_usage_error(article):
    empty = run("extract", "-", stdin=subprocess.DEVNULL)
    assert empty.returncode == 0  # an empty standard input is one empty document
    closed = subprocess.run(["bash", "-c", f"{sys.executable} -m entity_cli extract - <&-"],
                            capture_output=True, text=True)
    assert closed.returncode == 2 and "Traceback" not in closed.stderr
    assert closed.stderr.strip() == "entity-cli: standard input is closed: nothing to read from -"


def test_closed_stdout_is_a_usage_error(article):
    closed = subprocess.run(["bash", "-c", f"{sys.executable} -m entity_cli extract {article} >&-"],
                            capture_output=True, text=True)
    assert closed.returncode == 2 and "Traceback" not in closed.stderr
    assert closed.stderr.strip().startswith("entity-cli: standard output is closed")


def test_nothing_outside_the_output_changes(article, tmp_path: Path):
    out = tmp_path / "out" / "report.csv"
    out.parent.mkdir()
    before = snapshot(tmp_path)
    assert run("extract", str(article), "-o", str(out)).returncode == 0
    assert changed(before, snapshot(tmp_path)) == {"out/report.csv"}
