"""Progress and the end-of-run summary, on stderr (stdout carries data only).

The bar (documents, words/s, ETA, errors) shows only when stderr is a terminal and
--quiet is not given; the summary line is printed for batch runs unless --quiet.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from entity_cli.records import Result


class RunStats:
    def __init__(self) -> None:
        self.ok = 0
        self.failed = 0
        self.entities = 0
        self.words = 0
        self.skipped = 0
        self.started = time.perf_counter()

    def add(self, record: dict[str, Any], words: int) -> None:
        if record.get("error"):
            self.failed += 1
        else:
            self.ok += 1
            self.entities += len(record.get("entities") or ())
            self.words += words

    @property
    def words_per_second(self) -> float:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        return self.words / elapsed

    def summary(self) -> str:
        skipped = f", {self.skipped:,} skipped (already done)" if self.skipped else ""
        return (f"entity-cli: {_count(self.ok, 'document')} ok, {self.failed:,} failed{skipped}, "
                f"{_count(self.entities, 'entity', 'entities')}, "
                f"{self.words_per_second:,.0f} words/s")


def _messages(record: dict[str, Any]) -> list[str]:
    """What a record has to say on stderr: its error, or its warnings."""
    if record.get("error"):
        return [record["error"]]
    return list(record.get("warnings") or ())


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def track(results: Iterable[Result], stats: RunStats, show_bar: bool, total: int | None,
          report_error) -> Iterator[Result]:
    """Pass results through, counting them, reporting failures, drawing the bar."""
    if not show_bar:
        for result in results:
            stats.add(result.record, result.words)
            for message in _messages(result.record):
                report_error(message)
            yield result
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(file=sys.stderr)
    columns = [TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} words/s"), TimeRemainingColumn(),
               TimeElapsedColumn(), TextColumn("[red]{task.fields[errors]}")]
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("extract", total=total, rate="0", errors="0 errors")
        for result in results:
            stats.add(result.record, result.words)
            for message in _messages(result.record):
                progress.console.print(f"entity-cli: {message}", markup=False, highlight=False)
            progress.update(task, advance=1, rate=f"{stats.words_per_second:,.0f}",
                            errors=_count(stats.failed, "error"))
            yield result
