"""SIGTERM and SIGINT in the middle of a parallel run; streaming; --jobs beyond the CPUs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.faults.conftest import CLI, TEXT, one_line, run

pytestmark = pytest.mark.slow


def corpus(folder: Path, n: int, repeat: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        (folder / f"d{k:04d}.txt").write_text(f"Report {k}. {TEXT * repeat}", encoding="utf-8")
    return folder


def children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in found.split()]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state  # a zombie has ended


@pytest.mark.parametrize(("sig", "code", "word"), [(signal.SIGTERM, 143, "terminated"),
                                                   (signal.SIGINT, 130, "interrupted")])
def test_a_signal_ends_the_workers_and_leaves_no_temporary_file(tmp_path, sig, code, word):
    # Long enough documents that the run is still at work a second after its workers start
    # (two workers end 400 three-sentence documents in about a second): the signal must land
    # mid-run, not in the interpreter's exit.
    source = corpus(tmp_path / "in", 400, repeat=30)
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen([*CLI, "extract", str(source), "--jobs", "2", "-o", str(out),
                                "--quiet"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2 and process.poll() is None:
        time.sleep(0.2)
        workers = children(process.pid)
    assert len(workers) >= 2, "the run ended before its workers started"
    time.sleep(1.0)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == code
    assert "Traceback" not in stderr
    assert stderr.strip() == f"entity-cli: {word}"
    time.sleep(0.5)
    assert not [pid for pid in workers if alive(pid)], "workers outlived the run"
    assert not out.exists()
    assert not list(tmp_path.glob(".*.tmp"))


def test_records_stream_as_they_are_ready(tmp_path):
    docs = tmp_path / "many.jsonl"
    docs.write_text("".join(json.dumps({"id": k, "text": f"Report {k}. {TEXT * 3}"}) + "\n"
                            for k in range(400)), encoding="utf-8")
    process = subprocess.Popen([*CLI, "extract", str(docs), "--format", "jsonl", "--jobs", "1",
                                "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = json.loads(process.stdout.readline())
    still_running = process.poll() is None
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=60)
    assert first["id"] == "0"
    assert still_running, "nothing reached stdout before the run ended"
    assert process.returncode == 143


def test_jobs_beyond_the_cpus_are_capped_and_said_once(tmp_path):
    source = corpus(tmp_path / "in", 3)
    result = run("extract", str(source), "--jobs", "1000", "--format", "jsonl", "--quiet")
    assert result.returncode == 0
    one_line(result, "--jobs 1000: using 1 worker process")
    assert len(result.stdout_text.splitlines()) == 3


def test_a_pipe_closed_early_stops_the_run(tmp_path):
    source = corpus(tmp_path / "in", 300)
    done = subprocess.run(["bash", "-o", "pipefail", "-c",
                           f"{' '.join(CLI)} extract {source} --format jsonl --quiet | head -n 2"],
                          capture_output=True, text=True, timeout=300, env={**os.environ})
    assert len(done.stdout.splitlines()) == 2
    assert "Traceback" not in done.stderr
