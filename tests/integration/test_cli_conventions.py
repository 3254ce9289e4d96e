"""The command line follows the usual conventions: plain help, shell completion."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("typer")
pytest.importorskip("sqlalchemy")

from typer.testing import CliRunner

from autocrm.cli import app

runner = CliRunner()
_TYPE_TAG = re.compile(r"<(bool|str|int|float|path|Path|list\[\w+\])>")
_COMMANDS = (
    "validate", "policies", "export", "import", "rotate-key", "init", "upgrade", "demo",
    "worklist", "reminders", "lost", "early-warning", "complaints", "stats", "duplicates",
    "merge", "unmerge",
)  # fmt: skip


@pytest.mark.parametrize("command", [*_COMMANDS, "import-tables"])
def test_help_shows_no_type_tags(command: str) -> None:
    shown = runner.invoke(app, [command, "--help"], env={"COLUMNS": "120"})
    assert shown.exit_code == 0
    assert _TYPE_TAG.search(shown.output) is None, shown.output


def test_export_help_names_types_the_usual_way() -> None:
    shown = runner.invoke(app, ["export", "--help"], env={"COLUMNS": "120"}).output
    assert re.search(r"--db\s+TEXT\s", shown)
    assert re.search(r"out\s+PATH\s", shown)
    assert re.search(r"--help\s+-h\s+Show this message", shown)  # a flag has no type


def test_top_level_help_offers_completion_without_tags() -> None:
    shown = runner.invoke(app, ["--help"], env={"COLUMNS": "120"}).output
    assert "--install-completion" in shown
    assert "--show-completion" in shown
    assert _TYPE_TAG.search(shown) is None, shown


def test_completion_script_for_bash() -> None:
    # typer finds the shell among the parent processes, which a test run as a background
    # job may not have; its switch for tests makes --show-completion take the shell by name.
    script = Path(sys.executable).with_name("autocrm")
    if not script.exists():
        pytest.skip("the autocrm console script is not installed beside this Python")
    environment = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    shown = subprocess.run(
        [str(script), "--show-completion", "bash"],
        capture_output=True, text=True, env=environment, timeout=60, check=False,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert "_AUTOCRM_COMPLETE=complete_bash" in shown.stdout
    assert shown.stdout.rstrip().endswith("complete -o default -F _autocrm_completion autocrm")
