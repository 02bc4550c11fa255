"""The Dask engine: the same per-document work (``run.local.process_chunk``) on a cluster.

Workers load the pipeline once each (it is cached per process) and receive documents in
chunks; results stream back in input order. Files are read here, on the client, because
the workers of a real cluster need not share its file system. Without a scheduler
address a local cluster of ``jobs`` single-threaded worker processes is started on the
loopback interface. Dask is an optional extra: pip install 'entity-cli[dask]'.
"""

from __future__ import annotations

import contextlib
import logging
import re
import signal
from collections import deque
from collections.abc import Iterable, Iterator

from entity_cli.errors import EntityCliError, UsageError
from entity_cli.options import ExtractOptions
from entity_cli.run.local import (
    Result,
    Task,
    chunked,
    failed_result,
    materialise,
    process_chunk,
)


class DaskUnavailableError(UsageError):
    """--engine dask without the dask extra installed."""


_SCHEDULER = re.compile(r"^(?:tcp|tls)://(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$")


def check_scheduler(address: str) -> None:
    """UsageError unless ``address`` is a scheduler address, tcp://HOST:PORT (or tls://)."""
    match = _SCHEDULER.match(address)
    if match is None or not 0 < int(match.group(1)) < 65536:
        raise UsageError(f"--scheduler {address!r}: not a scheduler address; "
                         "give tcp://HOST:PORT (for example tcp://127.0.0.1:8786)")


def run_dask(tasks: Iterable[Task], options: ExtractOptions, jobs: int = 2,
             scheduler: str | None = None, chunk_size: int = 16) -> Iterator[Result]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailableError(
            "--engine dask needs Dask: pip install 'entity-cli[dask]'"
        ) from None
    if scheduler:
        check_scheduler(scheduler)
    _quiet_logs()
    client, cluster = _connect(Client, LocalCluster, jobs, scheduler)
    window = max(2, len(client.scheduler_info().get("workers", {})) * 3)
    pending: deque = deque()
    lost = None
    try:
        stream = chunked(tasks, chunk_size)
        for chunk in stream:
            documents = [materialise(task, options) for task in chunk]
            pending.append((chunk, client.submit(process_chunk, documents, options, pure=False)))
            while len(pending) >= window:
                yield from _next(pending)
        while pending:
            yield from _next(pending)
    except _ClusterLost as exc:
        lost = exc
    finally:
        for _, future in pending:
            future.cancel()
        _close(client, cluster)
    if lost is not None:
        # Every document that did not finish is accounted for, as an error record.
        reason = f"not processed: the Dask cluster was lost ({lost})"
        for chunk, _ in pending:
            yield from (failed_result(task, reason) for task in chunk)
        for chunk in stream:
            yield from (failed_result(task, reason) for task in chunk)


def _connect(client_class, cluster_class, jobs: int, scheduler: str | None):
    """(client, local cluster or None): the scheduler given, else a local cluster."""
    cluster = None
    try:
        if scheduler:
            return client_class(scheduler, timeout="20s"), None
        # The local workers ignore Ctrl-C (the disposition is inherited): this process
        # stops them, so a Ctrl-C prints one line, not a traceback from each worker.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            cluster = cluster_class(n_workers=jobs, threads_per_worker=1, processes=True,
                                    host="127.0.0.1", dashboard_address=None,
                                    silence_logs=logging.CRITICAL)
        finally:
            signal.signal(signal.SIGINT, previous)
        return client_class(cluster), cluster
    except (OSError, TimeoutError) as exc:
        raise EntityCliError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None


def _quiet_logs() -> None:
    """Dask and its event loop log a lost connection or a stopped worker as tracebacks on
    stderr; the run reports what that means for the documents instead (error records)."""
    for name in list(logging.root.manager.loggerDict):
        if name.split(".")[0] in ("distributed", "tornado", "asyncio"):
            logging.getLogger(name).disabled = True
    for name in ("distributed", "tornado", "asyncio"):
        logging.getLogger(name).disabled = True


class _ClusterLost(Exception):
    """The scheduler or the workers went away in the middle of a run."""


def _next(pending: deque) -> list[Result]:
    """The results of the oldest chunk, which leaves ``pending`` only once they are in
    (so a chunk lost with the cluster is still there to report)."""
    try:
        results = pending[0][1].result()
    except Exception as exc:  # noqa: BLE001  (cancelled, connection closed, timed out)
        raise _ClusterLost(type(exc).__name__ if not str(exc) else str(exc)) from None
    pending.popleft()
    return results


def _close(client, cluster) -> None:
    """Close the client and the local cluster; a cluster already gone is no error."""
    for closing in (client, cluster):
        if closing is None:
            continue
        with contextlib.suppress(Exception):  # the connection is gone: nothing to close
            closing.close()
