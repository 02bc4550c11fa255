"""The Dask engine: the same per-document work (``batch.process_chunk``) on a cluster.

Workers load the pipeline once each (it is cached per process) and receive documents in
chunks; results stream back in input order. Files are read here, on the client, because
the workers of a real cluster need not share its file system. Without a scheduler
address a local cluster of ``jobs`` single-threaded worker processes is started on the
loopback interface. Dask is an optional extra: pip install 'entity-cli[dask]'.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from entity_cli.batch import Result, RunOptions, Task, chunked, materialise, process_chunk
from entity_cli.errors import EntityCliError, UsageError


class DaskUnavailableError(UsageError):
    """--engine dask without the dask extra installed."""


def run_dask(tasks: Iterable[Task], options: RunOptions, jobs: int = 2,
             scheduler: str | None = None, chunk_size: int = 16) -> Iterator[Result]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailableError(
            "--engine dask needs Dask: pip install 'entity-cli[dask]'"
        ) from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise EntityCliError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    window = max(2, len(client.scheduler_info().get("workers", {})) * 3)
    pending: deque = deque()
    try:
        for chunk in chunked(tasks, chunk_size):
            documents = [materialise(task, options) for task in chunk]
            pending.append(client.submit(process_chunk, documents, options, pure=False))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
