"""The `entity-cli` command line: Typer functions that parse, then call the library.

Nothing here imports spaCy at module level, so `--help` and `--version` stay fast.
"""

from __future__ import annotations

import gc
import os
import signal
import sys

from entity_cli.cli.app import app
from entity_cli.cli.errors import Terminated, fail, on_sigterm, silence_stdout

__all__ = ["app", "main"]


# CPython collects its youngest generation every 700 net allocations, a setting for
# programs that make reference cycles all the time. Start-up here allocates a few million
# long-lived objects (spaCy's modules, the model, the actor index) and almost no cycles, so
# at that rate the collector spends ~50 ms rescanning them for nothing. A higher threshold
# keeps collection on, just less often; memory over a whole corpus stays flat (measured in
# benchmarks/throughput.py).
GC_THRESHOLDS = (20_000, 10, 10)


def main() -> None:
    """Console-script entry point: run the app, quiet on a closed pipe, Ctrl-C or SIGTERM."""
    gc.set_threshold(*GC_THRESHOLDS)
    # One BLAS thread a process: entity-cli runs in parallel by processes (--jobs), and the
    # model's products are too small for a second thread to pay (measured: same wall time,
    # more CPU). Read by OpenBLAS when numpy loads, which is after this; a value the user set
    # wins.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        app()
    except BrokenPipeError:
        silence_stdout()
        sys.exit(0)
    except Terminated:
        fail("terminated")
        sys.exit(143)
    except KeyboardInterrupt:
        fail("interrupted")
        sys.exit(130)
