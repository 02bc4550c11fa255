"""The Dask engine on a 2-worker local cluster (loopback only) gives the local output."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


def test_dask_output_equals_local(invoke, corpus, deny_unreadable):
    (corpus / "long.txt").unlink()
    for k in range(20):
        (corpus / f"n{k:02d}.txt").write_text(
            f"Note {k}: the Houthis fired at ships in the Red Sea near Hodeidah on Friday.",
            encoding="utf-8")
    local = invoke("extract", str(corpus), "-f", "jsonl", "-q", "--jobs", "1")
    dask = invoke("extract", str(corpus), "-f", "jsonl", "-q", "--engine", "dask", "--jobs", "2")
    assert dask.exit_code == local.exit_code == 1  # the binary and unreadable files
    assert dask.stdout == local.stdout
    assert len(dask.stdout.splitlines()) == 30


def test_unreachable_scheduler_is_a_clear_error(invoke, corpus):
    result = invoke("extract", str(corpus / "a.txt"), "--engine", "dask",
                    "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 1
    assert result.stderr.startswith("entity-cli: cannot reach the Dask scheduler tcp://127.0.0.1:1")
    assert "Traceback" not in result.stderr


def test_scheduler_needs_dask_engine(invoke, corpus):
    result = invoke("extract", str(corpus / "a.txt"), "--scheduler", "tcp://127.0.0.1:8786")
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.stderr
