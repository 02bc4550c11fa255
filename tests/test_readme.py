"""The README's usage examples are run as they are written, and their output compared with
what the README shows ("..." stands for left-out lines, or the rest of a line)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def examples() -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for every `$ ` line of the Usage examples."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### Examples"):text.index("## Reports and exports")]
    found: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```\n(.*?)```", section, flags=re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append((line[2:], []))
            elif found:
                found[-1][1].append(line)
    return found


def matches(expected: list[str], actual: list[str]) -> str | None:
    """None if ``actual`` fits ``expected``; else what did not."""
    i, skipping = 0, False
    for want in expected:
        if want == "...":
            skipping = True
            continue

        def fits(line: str, want: str = want) -> bool:
            if want.endswith("..."):
                return line.startswith(want[:-3])
            return line.rstrip() == want.rstrip()

        if skipping:
            while i < len(actual) and not fits(actual[i]):
                i += 1
        if i >= len(actual) or not fits(actual[i]):
            return f"expected {want!r}, got {actual[i] if i < len(actual) else 'end of output'!r}"
        i += 1
        skipping = False
    if not skipping and i != len(actual):
        return f"unexpected output after the shown lines: {actual[i]!r}"
    return None


def test_the_readme_has_examples():
    assert len(examples()) >= 6


@pytest.mark.parametrize(("command", "expected"), examples(), ids=lambda v: str(v)[:60])
def test_readme_example(command, expected):
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    problem = matches(expected, result.stdout.splitlines())
    assert problem is None, f"{command}: {problem}"


def test_the_overlay_example_works_as_written(tmp_path):
    """The README's overlay example: its records pass `actors check`, and the names it says
    are generated resolve to them."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### Your own actors"):text.index("### How the rules treat")]
    records = re.search(r"<<'JSONL'\n(.*?)JSONL\n", section, flags=re.S).group(1)
    overlay = tmp_path / "my-actors.jsonl"
    overlay.write_text(records, encoding="utf-8")
    entity_cli = [sys.executable, "-m", "entity_cli"]
    check = subprocess.run([*entity_cli, "actors", "check", "--kb", str(overlay)],
                           capture_output=True, text=True, cwd=ROOT)
    assert check.returncode == 0 and ", 0 errors," in check.stdout, check.stderr
    said = re.search(r'Spelling variants \((.*?)\) are generated', " ".join(section.split()))
    for name in re.findall(r'"([^"]+)"', said.group(1)):
        found = subprocess.run([*entity_cli, "actors", "lookup", "--kb", str(overlay), name],
                               capture_output=True, text=True, cwd=ROOT)
        assert found.returncode == 0, f"{name}: {found.stderr}"
