"""Random bytes and random JSONL lines through `extract`: one record per input, valid JSON,
offsets that slice the decoded text, never a traceback."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entity_cli.errors import InputError
from entity_cli.sources.decoding import decode
from tests.faults.conftest import CLI

pytestmark = pytest.mark.slow

WORDS = st.sampled_from(["Baghdad", "Iraq", "Mustafa", "al-Kadhimi", "met", "the", "\r\n",
                         "\n", "Monday", "’s", "“", "Genève", "\ufffd", "(", ")", "Reuters",
                         "2021", "-", "Iranian", "PMF"])
TEXTS = st.lists(WORDS, max_size=30).map(" ".join)
BYTES = st.one_of(st.binary(max_size=200), TEXTS.map(lambda t: t.encode("utf-8")),
                  TEXTS.map(lambda t: t.encode("utf-8", "replace") + b"\xff\xc3("))
LINES = st.one_of(
    st.builds(lambda t, i: json.dumps({"id": i, "text": t}), TEXTS, st.integers(0, 99)),
    st.builds(lambda d: json.dumps({"text": "x", "date": d}),
              st.one_of(st.integers(), st.text(max_size=12), st.none())),
    st.text(max_size=40).filter(lambda s: "\n" not in s and "\r" not in s),
)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(BYTES, min_size=1, max_size=6), lines=st.lists(LINES, max_size=6))
def test_random_inputs(files, lines):
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "in"
        folder.mkdir()
        for k, data in enumerate(files):
            (folder / f"f{k}.txt").write_bytes(data)
        (folder / "z.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        done = subprocess.run([*CLI, "extract", str(folder), "--format", "jsonl", "--quiet",
                               "--jobs", "1"], capture_output=True, timeout=300)
    stderr = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert done.returncode in (0, 1)
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    expected = len(files) + sum(1 for line in lines if line.strip())
    assert len(records) == expected
    for data, record in zip(files, records, strict=False):
        if "error" in record:
            continue
        try:
            text = decode(data, "x").text
        except InputError:
            pytest.fail(f"a record for undecodable bytes: {record}")
        for entity in record["entities"]:
            assert text[entity["start"]:entity["end"]] == entity["text"]
