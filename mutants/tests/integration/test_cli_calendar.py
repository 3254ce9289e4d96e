"""The ``autocrm demo`` warning when its working days rest on an estimated year."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("typer")
pytest.importorskip("sqlalchemy")

from typer.testing import CliRunner

from autocrm.cli import app

runner = CliRunner()
WARNING = "warning: working days in"


def test_demo_warns_once_when_its_window_reaches_an_estimated_year(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    # 20 December 2026 + the 28-day follow-up window reaches January 2027.
    result = runner.invoke(app, ["demo", "--db", db, "--customers", "5", "--as-of", "2026-12-20"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith(WARNING)]
    assert len(warnings) == 1, result.output
    assert "in 2027 are estimated" in warnings[0]
    assert "ChineseWorkdays.from_toml" in warnings[0]
    # The same shop seen from June 2026: every day it looks at is published.
    result = runner.invoke(app, ["demo", "--db", db, "--keep", "--as-of", "2026-06-01"])
    assert result.exit_code == 0, result.output
    assert WARNING not in result.output
