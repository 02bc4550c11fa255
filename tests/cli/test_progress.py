"""Progress tracking and the summary line, without a terminal."""

from __future__ import annotations

import io

from entity_cli.cli.progress import RunStats, track
from entity_cli.records import Result

RESULTS = [
    Result(0, {"source": "a", "entities": [{"text": "Iraq"}, {"text": "Iran"}]}, 10),
    Result(1, {"source": "b", "error": "b: binary content (NUL bytes), not text"}, 0),
    Result(2, {"source": "c", "entities": []}, 5),
]


def test_track_counts_and_reports_errors():
    stats, errors = RunStats(), []
    out = list(track(iter(RESULTS), stats, show_bar=False, total=3, report_error=errors.append))
    assert out == RESULTS
    assert (stats.ok, stats.failed, stats.entities, stats.words) == (2, 1, 2, 15)
    assert errors == ["b: binary content (NUL bytes), not text"]
    stats.skipped = 4
    summary = stats.summary()
    assert summary.startswith("entity-cli: 2 documents ok, 1 failed, 4 skipped (already done), "
                              "2 entities, ")
    assert summary.endswith(" words/s")


def test_track_with_bar_passes_everything_through(monkeypatch):
    stderr = io.StringIO()
    monkeypatch.setattr("sys.stderr", stderr)
    stats = RunStats()
    out = list(track(iter(RESULTS), stats, show_bar=True, total=3, report_error=None))
    assert out == RESULTS and stats.failed == 1
    assert "binary content" in stderr.getvalue()  # errors still reach stderr, above the bar
