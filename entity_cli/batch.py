"""The per-document work and the local engine that runs it on every core.

``process_chunk`` is the unit both engines run (here in a process pool, or on Dask
workers): read the chunk's files, run the pipeline inside a spaCy memory zone (so the
vocabulary does not grow over a long run), and return plain records. A document that fails
anywhere becomes an error record; the rest of the chunk still runs. Results come back in
input order, so `--jobs N` output is byte-identical to `--jobs 1`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from entity_cli.documents import Document
from entity_cli.inputs import InputFile
from entity_cli.labels import LABELS

Task = Document | InputFile
ZONE_DOCUMENTS = 256
Result = tuple[int, dict[str, Any], int]  # (input group, record, words)


@dataclass(frozen=True)
class RunOptions:
    labels: frozenset[str] = frozenset(LABELS)
    include_text: bool = False
    doc_date: dt.date | None = None
    # Batches of pieces (extract.PIECE_CHARS each): the memory of a batch stays bounded.
    batch_size: int = 8


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


def chunked(items: Iterable[Task], size: int) -> Iterator[list[Task]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def materialise(task: Task, options: RunOptions) -> Document:
    """A Document from a task: files are read here, in the worker that processes them."""
    if isinstance(task, Document):
        return task
    from entity_cli.readers import read_file

    try:
        return read_file(task, options.doc_date)
    except Exception as exc:  # noqa: BLE001  (any reader failure is this file's error)
        return Document(source=task.path, error=f"{task.path}: cannot read ({exc})",
                        group=task.group)


def process_chunk(tasks: list[Task], options: RunOptions) -> list[Result]:
    """Records for a chunk of tasks, in order; never raises for a bad document."""
    from entity_cli.pipeline import load_pipeline

    nlp = load_pipeline()
    documents = [materialise(task, options) for task in tasks]
    try:
        return _run(nlp, documents, options)
    except Exception:  # noqa: BLE001  (find the culprit: run the documents one by one)
        results = []
        for document in documents:
            try:
                results.extend(_run(nlp, [document], options))
            except Exception as exc:  # noqa: BLE001
                results.append(_failed(document, f"processing failed ({exc})"))
        return results


def _run(nlp, documents: list[Document], options: RunOptions) -> list[Result]:
    from entity_cli.extract import extract_records

    with nlp.memory_zone():
        records = list(extract_records(documents, nlp, options.labels,
                                       batch_size=options.batch_size,
                                       include_text=options.include_text))
    return [(d.group, r, len(d.text.split()) if not d.failed else 0)
            for d, r in zip(documents, records, strict=True)]


def run_local(tasks: Iterable[Task], options: RunOptions, jobs: int = 1,
              chunk_size: int = 64) -> Iterator[Result]:
    """Process ``tasks`` on ``jobs`` processes, yielding results in input order.

    One chunk of work needs no pool: a single file runs in this process. Worker processes
    are forked from this one after the pipeline is loaded, so they share it.
    """
    chunks = chunked(tasks, chunk_size)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if jobs <= 1 or second is None:
        # In this process, larger memory zones than a chunk: every word of a zone is
        # looked up again in the next one, so a few hundred documents a zone cost least
        # while still bounding the vocabulary.
        rest = itertools.chain([first], [second] if second else [], chunks)
        for chunk in chunked(itertools.chain.from_iterable(rest), ZONE_DOCUMENTS):
            yield from process_chunk(chunk, options)
        return
    yield from _pool_map(itertools.chain([first, second], chunks), options, jobs)


def _pool_map(chunks: Iterator[list[Task]], options: RunOptions, jobs: int) -> Iterator[Result]:
    from entity_cli.pipeline import load_pipeline

    load_pipeline()  # loaded once here, inherited by the forked workers
    pool = _Pool(jobs, options)
    window = jobs * 3
    finished = False
    try:
        for chunk in chunks:
            pool.submit(chunk)
            while len(pool.pending) >= window:
                yield from pool.next_results()
        while pool.pending:
            yield from pool.next_results()
        finished = True
    finally:
        pool.close(interrupted=not finished)


class _Pool:
    """A process pool that survives a worker's death (killed, out of memory): the chunk
    that was running is retried alone once, then reported as failed; the rest go on."""

    def __init__(self, jobs: int, options: RunOptions) -> None:
        self.jobs = jobs
        self.options = options
        self.pending: deque = deque()
        self.executor = self._start(jobs)

    @staticmethod
    def _start(jobs: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_quiet_worker)

    def submit(self, chunk: list[Task]) -> None:
        self.pending.append((chunk, self.executor.submit(process_chunk, chunk, self.options)))

    def next_results(self) -> list[Result]:
        from concurrent.futures.process import BrokenProcessPool

        chunk, future = self.pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        # The pool is gone: retry this chunk alone, then restart the rest on a new pool.
        self.executor.shutdown(wait=True, cancel_futures=True)
        waiting = [c for c, _ in self.pending]
        self.pending.clear()
        single = self._start(1)
        try:
            results = single.submit(process_chunk, chunk, self.options).result()
        except BrokenProcessPool:
            results = [_failed(task, "worker process died") for task in chunk]
        finally:
            single.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start(self.jobs)
        for other in waiting:
            self.submit(other)
        return results

    def close(self, interrupted: bool = False) -> None:
        """Stop the workers and wait for the pool's own thread: leaving it running races
        with the interpreter's exit (an "OSError: Bad file descriptor" traceback from
        concurrent.futures at exit). After Ctrl-C or a closed output the workers are
        terminated rather than waited for: they hold no output, the parent writes it."""
        for _, future in self.pending:
            future.cancel()
        if interrupted:
            for process in list((getattr(self.executor, "_processes", None) or {}).values()):
                process.terminate()
        self.executor.shutdown(wait=True, cancel_futures=True)


def _failed(task: Task, reason: str) -> Result:
    """The error record of a task that could not be processed (no words counted)."""
    from entity_cli.extract import error_record

    source = task.source if isinstance(task, Document) else task.path
    doc_id = task.doc_id if isinstance(task, Document) else None
    document = Document(source=source, doc_id=doc_id, error=f"{source}: {reason}",
                        group=task.group)
    return task.group, error_record(document), 0


def _quiet_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops them all cleanly."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
