"""The per-document work and the local engine that runs it on every core.

``process_chunk`` is the unit both engines run (here in a process pool, or on Dask
workers): read the chunk's files, run the pipeline inside a spaCy memory zone (so the
vocabulary does not grow over a long run), and return plain records. A document that fails
anywhere becomes an error record; the rest of the chunk still runs. Results come back in
input order, so `--jobs N` output is byte-identical to `--jobs 1`.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from entity_cli.options import ExtractOptions
from entity_cli.records import Result
from entity_cli.sources.documents import Document
from entity_cli.sources.inputs import InputFile

Task = Document | InputFile
ZONE_DOCUMENTS = 256
CHUNK_DOCUMENTS = 64  # the unit of work a worker process takes


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


def chunked(items: Iterable[Task], size: int) -> Iterator[list[Task]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def materialise(task: Task, options: ExtractOptions) -> Document:
    """A Document from a task: files are read here, in the worker that processes them."""
    if isinstance(task, Document):
        return task
    from entity_cli.sources.readers import read_file

    try:
        return read_file(task, options.doc_date)
    except Exception as exc:  # noqa: BLE001  (any reader failure is this file's error)
        return Document(source=task.path, error=f"{task.path}: cannot read ({exc})",
                        group=task.group)


def process_chunk(tasks: list[Task], options: ExtractOptions) -> list[Result]:
    """Records for a chunk of tasks, in order; never raises for a bad document."""
    return list(stream_chunk(tasks, options))


def stream_chunk(tasks: list[Task], options: ExtractOptions) -> Iterator[Result]:
    """Records for a chunk of tasks, each yielded as soon as it is ready (so a pipe sees
    output at once), in one memory zone. If a document breaks the pipeline, it and the
    documents after it are run one by one: the culprit becomes an error record."""
    from entity_cli.nlp.pipeline import pipeline_for

    nlp = pipeline_for(options.kb)
    documents = [materialise(task, options) for task in tasks]
    done = 0
    try:
        with nlp.memory_zone():
            for result in _results(nlp, documents, options):
                done += 1
                yield result
    except Exception:  # noqa: BLE001  (find the culprit: run the documents one by one)
        for document in documents[done:]:
            try:
                with nlp.memory_zone():
                    results = list(_results(nlp, [document], options))
            except Exception as exc:  # noqa: BLE001
                results = [failed_result(document, f"processing failed ({exc})")]
            yield from results


def _results(nlp, documents: list[Document], options: ExtractOptions) -> Iterator[Result]:
    from entity_cli.nlp.process import extract_records

    records = extract_records(documents, nlp, options.labels, batch_size=options.batch_size,
                              include_text=options.include_text,
                              date_spans=options.date_spans)
    for document, record in zip(documents, records, strict=True):
        yield Result(document.group, record,
                     len(document.text.split()) if not document.failed else 0)


def run_local(tasks: Iterable[Task], options: ExtractOptions, jobs: int | None = None,
              chunk_size: int = CHUNK_DOCUMENTS,
              warn: Callable[[str], None] | None = None) -> Iterator[Result]:
    """Process ``tasks`` on ``jobs`` processes (default: one per CPU), yielding results in
    input order.

    Workers are capped at the CPUs available and at the chunks of work there are (said
    once through ``warn`` when a number asked for is cut). One chunk of work needs no pool:
    it runs in this process, streaming. Worker processes are forked from this one after
    the pipeline is loaded, so they share it."""
    cpus = default_jobs()
    asked = jobs
    jobs = min(jobs or cpus, cpus)
    chunks = chunked(tasks, chunk_size)
    head = list(itertools.islice(chunks, max(2, jobs)))
    if not head:
        return
    workers = min(jobs, len(head))
    if asked is not None and asked > workers and warn is not None:
        warn(f"--jobs {asked}: using {workers} worker process{'es' if workers != 1 else ''} "
             f"({cpus} CPU{'s' if cpus != 1 else ''}, "
             f"{len(head)}{'+' if len(head) == max(2, jobs) else ''} "
             f"chunk{'s' if len(head) != 1 else ''} of {chunk_size} documents)")
    if workers <= 1 or len(head) == 1:
        # In this process, larger memory zones than a chunk: every word of a zone is
        # looked up again in the next one, so a few hundred documents a zone cost least
        # while still bounding the vocabulary.
        rest = itertools.chain(head, chunks)
        for chunk in chunked(itertools.chain.from_iterable(rest), ZONE_DOCUMENTS):
            yield from stream_chunk(chunk, options)
        return
    yield from _pool_map(itertools.chain(head, chunks), options, workers)


def _pool_map(chunks: Iterator[list[Task]], options: ExtractOptions, jobs: int) -> Iterator[Result]:
    from entity_cli.nlp.pipeline import pipeline_for

    pipeline_for(options.kb)  # loaded once here, inherited by the forked workers
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

    def __init__(self, jobs: int, options: ExtractOptions) -> None:
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
            results = [failed_result(task, "worker process died") for task in chunk]
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


def failed_result(task: Task, reason: str) -> Result:
    """The error record of a task that could not be processed (no words counted)."""
    from entity_cli.nlp.process import error_record

    source = task.source if isinstance(task, Document) else task.path
    doc_id = task.doc_id if isinstance(task, Document) else None
    document = Document(source=source, doc_id=doc_id, error=f"{source}: {reason}",
                        group=task.group)
    return Result(task.group, error_record(document), 0)


def _quiet_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops them all cleanly, and die at once
    on SIGTERM (the parent's handler, inherited through fork, would raise in them)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
