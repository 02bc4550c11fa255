"""Shared fixtures: the seed article, a CLI runner, the pipeline loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _index_cache(tmp_path_factory):
    """Keep the test session's index cache out of the user's cache folder."""
    import os

    os.environ["ENTITY_CLI_CACHE_DIR"] = str(tmp_path_factory.mktemp("index-cache"))
SEED = ROOT / "seeds" / "national-2021-08-09-coalition-withdrawal-iraq.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    """The real pipeline; load_pipeline caches it, so the model loads once per session."""
    from entity_cli.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def invoke(runner, nlp):
    """Run the app in-process with the shared pipeline already loaded."""
    from entity_cli.cli import app

    def run(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, list(args), input=input)

    return run
