"""Batch runs over a folder that mixes good and bad inputs: nothing lost, nothing twice."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow

EXPECTED_SOURCES = {
    "a.txt", "binary.txt", "docs.jsonl:1", "docs.jsonl:2", "docs.jsonl:3", "empty.txt",
    "latin1.txt", "long.txt", "sub/b.md", "sub/deeper/c.txt", "unreadable.txt",
}


def sources(records, root):
    return [r["source"].replace(f"{root}/", "") for r in records]


def test_every_input_exactly_once(invoke, corpus, deny_unreadable):
    result = invoke("extract", str(corpus), "-f", "jsonl", "--jobs", "1")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    found = sources(records, corpus)
    assert sorted(found) == sorted(EXPECTED_SOURCES)  # hidden, .csv and the loop left out
    by_source = dict(zip(found, records, strict=True))
    assert "binary content" in by_source["binary.txt"]["error"]
    assert "Permission denied" in by_source["unreadable.txt"]["error"]
    assert "invalid JSON" in by_source["docs.jsonl:2"]["error"]
    assert by_source["empty.txt"]["entities"] == []
    assert by_source["docs.jsonl:3"]["id"] == "j3"
    assert any(e["text"] == "Beirut" for e in by_source["latin1.txt"]["entities"])
    assert "symlink loop" in result.stderr
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("entity-cli: 8 documents ok, 3 failed, ")


def test_long_single_line_is_cut_and_merged(invoke, corpus):
    from tests.run.conftest import long_line

    text = long_line()
    result = invoke("extract", str(corpus / "long.txt"), "-f", "json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    entities = record["entities"]
    assert {"Hezbollah", "Beirut", "Baghdad"} <= {e["text"] for e in entities}
    baghdad = next(e for e in entities if e["text"] == "Baghdad")
    assert baghdad["start"] > 2_900_000  # found in the last piece, offset into the whole
    for entity in entities:
        assert text[entity["start"]:entity["end"]] == entity["text"]


def test_jobs_two_is_byte_identical_to_jobs_one(invoke, corpus, tmp_path):
    from entity_cli.run.local import CHUNK_DOCUMENTS

    (corpus / "long.txt").unlink()
    chunk = CHUNK_DOCUMENTS
    for k in range(2 * chunk + 5):  # three chunks: the process pool runs, not one process
        (corpus / f"n{k:03d}.txt").write_text(
            f"Report {k}: officials in Baghdad and Erbil met Kurdish leaders on Sunday.",
            encoding="utf-8")
    one = invoke("extract", str(corpus), "-f", "jsonl", "--jobs", "1", "-q")
    two = invoke("extract", str(corpus), "-f", "jsonl", "--jobs", "2", "-q")
    assert one.exit_code == two.exit_code == 1  # the binary file
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 2 * chunk + 15


def test_pool_is_shut_down_when_the_run_ends():
    # A pool thread left running at exit races with the interpreter's shutdown (an
    # "OSError: Bad file descriptor" traceback from concurrent.futures).
    import threading

    from entity_cli.options import ExtractOptions
    from entity_cli.run.local import run_local
    from entity_cli.sources.documents import Document

    before = set(threading.enumerate())
    tasks = [Document(source=f"d{k}", text=f"Talks in Amman, round {k}.", group=k) for k in range(6)]
    results = list(run_local(tasks, ExtractOptions(), jobs=2, chunk_size=2))
    assert [result.group for result in results] == list(range(6))
    assert set(threading.enumerate()) - before == set()  # the pool's threads are gone


def test_glob_and_files_from(invoke, corpus, tmp_path):
    result = invoke("extract", str(corpus), "--glob", "*.md", "-f", "jsonl", "-q")
    assert sources([json.loads(x) for x in result.stdout.splitlines()], corpus) == ["sub/b.md"]
    listing = tmp_path / "list.txt"
    listing.write_text(f"{corpus / 'a.txt'}\n\n{corpus / 'gone.txt'}\n{corpus / 'sub' / 'b.md'}\n")
    result = invoke("extract", "--files-from", str(listing), "-f", "jsonl", "-q")
    assert result.exit_code == 1
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert sources(records, corpus) == ["a.txt", "gone.txt", "sub/b.md"]
    assert records[1]["error"].endswith("gone.txt: no such file")
    result = invoke("extract", "--files-from", "-", "-f", "jsonl", "-q",
                    input=f"{corpus / 'a.txt'}\n")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1


def test_folder_json_is_an_array_and_quiet_has_no_summary(invoke, corpus):
    (corpus / "long.txt").unlink()
    result = invoke("extract", str(corpus / "sub" / "deeper"), "-f", "json", "-q")
    assert result.exit_code == 0
    assert isinstance(json.loads(result.stdout), list)
    assert result.stderr == ""
