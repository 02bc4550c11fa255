"""The installed script as a real process: closed pipes and Ctrl-C end quietly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-m", "entity_cli"]


def test_output_closed_early_no_traceback(seed_path):
    proc = subprocess.Popen(
        [*CLI, "extract", str(seed_path), "-f", "jsonl"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout.read(10)
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err
    assert proc.returncode == 0


def test_ctrl_c_exits_130(tmp_path):
    # Waits on stdin that never ends, as a user typing into `extract -` would.
    proc = subprocess.Popen(
        [*CLI, "extract", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(4)
    os.kill(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    assert err.decode().strip().endswith("interrupted")
