"""Dask: a scheduler that dies in the middle of a run, and Ctrl-C on a local cluster."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.faults.conftest import CLI, TEXT

pytest.importorskip("distributed")
pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        (folder / f"d{k:04d}.txt").write_text(f"Report {k}. {TEXT * 2}", encoding="utf-8")
    return folder


def test_a_scheduler_that_dies_leaves_every_document_accounted_for(tmp_path):
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler",
                                  "--host", "127.0.0.1", "--port", str(port),
                                  "--dashboard-address", ":0"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address,
                               "--nthreads", "1", "--nworkers", "1", "--no-dashboard"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        source = corpus(tmp_path / "in", 300)
        run = subprocess.Popen([*CLI, "extract", str(source), "--engine", "dask",
                                "--scheduler", address, "--format", "jsonl", "--quiet"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        first = run.stdout.readline()  # the cluster works: results arrive
        scheduler.send_signal(signal.SIGKILL)
        # Read on through the same buffered reader (communicate() would skip what it
        # holds), stderr in a thread so that neither pipe can fill up and block the run.
        errors: list[bytes] = []
        reader = threading.Thread(target=lambda: errors.append(run.stderr.read()))
        reader.start()
        rest = run.stdout.read()
        run.wait(timeout=240)
        reader.join(timeout=60)
        stderr = errors[0]
    finally:
        for process in (worker, scheduler):
            process.kill()
            process.wait()
    output = (first + rest).decode()
    assert "Traceback" not in stderr.decode()
    records = [json.loads(line) for line in output.splitlines()]
    assert len(records) == 300
    assert run.returncode == 1
    lost = [r for r in records if "error" in r]
    assert lost and all("the Dask cluster was lost" in r["error"] for r in lost)


def test_ctrl_c_on_a_local_cluster_prints_one_line(tmp_path):
    source = corpus(tmp_path / "in", 200)
    run = subprocess.Popen([*CLI, "extract", str(source), "--engine", "dask", "--jobs", "2",
                            "--format", "jsonl", "--quiet"], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, start_new_session=True)
    run.stdout.readline()  # the workers are up and working
    # Ctrl-C on a terminal reaches the whole process group: the workers too.
    import os

    os.killpg(run.pid, signal.SIGINT)
    _, stderr = run.communicate(timeout=120)
    time.sleep(0.5)
    assert run.returncode == 130
    assert "Traceback" not in stderr.decode()
    assert stderr.decode().strip() == "entity-cli: interrupted"
