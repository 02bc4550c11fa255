"""Ctrl-C in the middle of a batch: only complete outputs remain, --resume does the rest."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow


def test_ctrl_c_then_resume(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for k in range(300):
        (corpus / f"d{k:03d}.txt").write_text(
            f"Item {k}. Officials in Baghdad said talks with Tehran and Riyadh would go on. " * 20,
            encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "entity_cli", "extract", str(corpus), "--out-dir", str(out),
               "--jobs", "2"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline and len(list(out.glob("*.json"))) < 20:
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()
    assert b"Traceback" not in err
    written = list(out.glob("*.json"))
    assert 20 <= len(written) < 300
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*"))
    for path in written:
        json.loads(path.read_text(encoding="utf-8"))  # every output that exists is complete
    rerun = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert len(list(out.glob("*.json"))) == 300
    summary = rerun.stderr.strip().splitlines()[-1]
    assert f"{300 - len(written)} documents ok, 0 failed, {len(written)} skipped" in summary
