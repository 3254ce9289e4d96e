"""The command line follows the usual conventions: plain help, shell completion."""

from __future__ import annotations

import re

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
    shown = runner.invoke(app, ["--show-completion", "bash"], prog_name="autocrm")
    assert shown.exit_code == 0
    assert "_AUTOCRM_COMPLETE=complete_bash" in shown.output
    assert shown.output.rstrip().endswith("complete -o default -F _autocrm_completion autocrm")
