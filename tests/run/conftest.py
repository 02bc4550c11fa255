"""A small corpus of every kind of input, good and bad, written fresh for each test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOOD = "Troops left Baghdad for Kuwait on Monday, the Iraqi army said.\n"
MD = "# Talks\n\nDelegations from Riyadh and Tehran met in Baghdad in early April.\n"


def long_line(size: int = 3_000_000) -> str:
    """One line of about ``size`` characters: a real sentence at each end, and between
    them long nonsense words (cheap for the model, but the text must still be cut up)."""
    head = "Hezbollah fighters crossed into Syria, officials in Beirut said. "
    tail = " Later, Iraqi officials in Baghdad confirmed it."
    filler = ("x" * 999 + " ") * ((size - len(head) - len(tail)) // 1000)
    return head + filler + tail


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "sub" / "b.md").write_text(MD, encoding="utf-8")
    (root / "sub" / "deeper" / "c.txt").write_text("Gaza and Rafah.", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "latin1.txt").write_bytes("Fran\u00e7ois Hollande visited Beirut.".encode("latin-1"))
    (root / "unreadable.txt").write_text("Amman", encoding="utf-8")
    (root / "long.txt").write_text(long_line(), encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": "Doha and Muscat."}), "{broken",
             json.dumps({"id": "j3", "date": "2021-08-09", "text": "Erdogan spoke on Monday."})]
    (root / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / ".hidden" / "secret.txt").write_text("Mosul", encoding="utf-8")
    (root / ".dotfile.txt").write_text("Basra", encoding="utf-8")
    (root / "notes.csv").write_text("Erbil", encoding="utf-8")
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    return root


@pytest.fixture()
def deny_unreadable(monkeypatch):
    """Root reads any file, so 'unreadable' is simulated at the one place files are read."""
    original = Path.read_bytes

    def read_bytes(self):
        if self.name == "unreadable.txt":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
