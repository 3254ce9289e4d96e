"""The command line follows the usual conventions: plain help, shell completion."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

pytest.importorskip("typer")
pytest.importorskip("sqlalchemy")

from typer.testing import CliRunner

from autocrm.cli import app
from autocrm.domain import CHINA_TZ

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


def test_as_of_defaults_to_today_in_china_whatever_the_machine_zone() -> None:
    # A machine zone whose date differs from China's right now: a day behind while the
    # China hour is below 20, a day ahead after (the Etc/GMT signs are inverted).
    def china_today() -> date:
        return datetime.now(CHINA_TZ).date()

    before = china_today()
    hour = datetime.now(CHINA_TZ).hour
    offset = 7 - hour if hour < 20 else 32 - hour  # hours east of UTC
    zone = f"Etc/GMT{-offset:+d}"
    shown = subprocess.run(
        [
            sys.executable, "-c",
            "import time, datetime; from autocrm.cli._app import parse_day; "
            "print(datetime.date.today(), parse_day(None))",
        ],
        capture_output=True, text=True, env={**os.environ, "TZ": zone}, timeout=120,
        check=True,
    )  # fmt: skip
    machine, default = (date.fromisoformat(part) for part in shown.stdout.split())
    after = china_today()
    assert default in {before, after}
    if before == after:
        assert machine != before, f"{zone} should not share China's date"
