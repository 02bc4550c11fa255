"""--out-dir mirrors the input tree; --resume finishes exactly the rest."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow


def outputs(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.json"))


def test_out_dir_mirrors_inputs(invoke, corpus, tmp_path, deny_unreadable):
    (corpus / "long.txt").unlink()
    out = tmp_path / "out"
    result = invoke("extract", str(corpus), "--out-dir", str(out), "-q")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert outputs(out) == [
        "a.txt.json", "binary.txt.json", "docs.jsonl.json", "empty.txt.json", "latin1.txt.json",
        "sub/b.md.json", "sub/deeper/c.txt.json", "unreadable.txt.json",
    ]
    assert json.loads((out / "a.txt.json").read_text())["source"] == str(corpus / "a.txt")
    assert len(json.loads((out / "docs.jsonl.json").read_text())) == 3
    assert not list(out.rglob("*.tmp"))


def test_resume_skips_complete_outputs_and_retries_failures(invoke, corpus, tmp_path):
    (corpus / "long.txt").unlink()
    out = tmp_path / "out"
    first = invoke("extract", str(corpus), "--out-dir", str(out))
    assert first.exit_code == 1
    done = (out / "a.txt.json").stat().st_mtime_ns
    (out / "sub" / "b.md.json").unlink()  # as if the run had been stopped before it
    (corpus / "binary.txt").write_text("Now text: Basra.", encoding="utf-8")
    second = invoke("extract", str(corpus), "--out-dir", str(out), "--resume")
    assert second.exit_code == 1, second.stderr  # the broken JSONL line fails again
    assert (out / "a.txt.json").stat().st_mtime_ns == done
    assert "Basra" in (out / "binary.txt.json").read_text()
    assert (out / "sub" / "b.md.json").exists()
    # retried: binary.txt (now text), sub/b.md (no output) and docs.jsonl (had a failure)
    assert second.stderr.strip().splitlines()[-1].startswith(
        "entity-cli: 4 documents ok, 1 failed, 5 skipped (already done), ")


def test_out_dir_usage_errors(invoke, corpus, tmp_path):
    result = invoke("extract", str(corpus), "--resume")
    assert result.exit_code == 2 and "--resume needs --out-dir" in result.stderr
    result = invoke("extract", str(corpus), "--out-dir", str(tmp_path / "o"), "-o", "x.json")
    assert result.exit_code == 2
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = invoke("extract", str(corpus), "--out-dir", str(blocker))
    assert result.exit_code == 2 and "not a folder" in result.stderr
