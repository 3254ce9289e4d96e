"""The ``autocrm`` command: the demo end to end on SQLite and DuckDB, and the small commands."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("typer")
pytest.importorskip("sqlalchemy")

from typer.testing import CliRunner, Result

from autocrm.cli import app
from autocrm.query import F, aggregate, count, sum_money, within_last
from autocrm.testing.synthetic import BANK_X_NAME, INSURER_Y, generate_dealership

runner = CliRunner()


@pytest.mark.parametrize(("scheme", "name"), [("sqlite", "demo.db"), ("duckdb", "demo.duckdb")])
def test_demo_builds_the_database_and_answers_the_bank_x_question(
    tmp_path: Path, scheme: str, name: str
) -> None:
    db = tmp_path / name
    result = runner.invoke(
        app,
        [
            "demo",
            "--db",
            f"{scheme}:///{db}",
            "--customers",
            "150",
            "--seed",
            "3",
            "--as-of",
            "2026-11-24",
        ],
    )
    assert result.exit_code == 0, result.output
    assert db.exists()
    for heading in (
        "Follow-up worklist",
        "Reminders for the next 14 days",
        "Early warning",
        "Complaints, last 12 months",
        "Appointments",
        "Big customers",
        "Seed 000",
    ):
        assert heading in result.output
    # The SQL answer printed by the demo equals the in-memory answer on the same shop.
    shop = generate_dealership(seed=3, customers=150, as_of=date(2026, 11, 24))
    where = (
        within_last(F.work_order.opened_at, months=8)
        & (F.work_order.customer.name == BANK_X_NAME)
        & (F.work_order.vehicle.insurer == INSURER_Y)
    )
    row = aggregate(
        "work_order",
        shop,
        where=where,
        as_of=date(2026, 11, 24),
        measures={
            "visits": count(),
            "self": sum_money(F.work_order.self_paid),
            "insurance": sum_money(F.work_order.insurance_paid),
        },
    ).to_rows()[0]
    last_line = [line for line in result.output.splitlines() if str(row["self"]) in line]
    assert last_line, result.output
    assert str(row["insurance"]) in last_line[0]
    assert str(row["visits"]) in last_line[0]


def test_demo_refuses_a_database_with_an_archive_unless_rebuilt_or_kept(tmp_path: Path) -> None:
    url = f"duckdb:///{tmp_path / 'demo.duckdb'}"

    def run(*options: str) -> Result:
        return runner.invoke(app, ["demo", "--db", url, "--as-of", "2026-11-24", *options])

    def first_line(*options: str) -> str:
        result = run(*options)
        assert result.exit_code == 0, result.output
        return result.output.splitlines()[0]

    small = first_line("--customers", "20")
    refused = run("--customers", "30")
    assert refused.exit_code == 3
    assert refused.stdout == ""
    assert refused.stderr.count("\n") == 1
    assert refused.stderr.startswith(f"autocrm demo: {url} already holds an archive (")
    assert "--rebuild" in refused.stderr
    # The refused run changed nothing; --keep reports on the archive as it is.
    assert first_line("--customers", "30", "--keep") == small
    larger = first_line("--customers", "30", "--rebuild")
    assert small.split(": ")[1].split(",")[0] != larger.split(": ")[1].split(",")[0]
    assert first_line("--keep") == larger


def test_demo_refuses_a_bad_date() -> None:
    result = runner.invoke(app, ["demo", "--as-of", "24/11/2026"])
    assert result.exit_code != 0
    assert "--as-of" in result.output


def test_validate_prints_the_normal_form_or_the_problem() -> None:
    ok = runner.invoke(app, ["validate", "phone", "138 0013 8000"])
    assert (ok.exit_code, ok.output) == (0, "+8613800138000\n")
    bad = runner.invoke(app, ["validate", "ric", "110105194912310021"])
    assert bad.exit_code == 1
    assert "check" in bad.output.lower()
    imported = runner.invoke(app, ["validate", "vin", "WVWZZZ1JZ3W386752", "--no-check-digit"])
    assert imported.exit_code == 0


def test_policies_prints_json_and_names_a_bad_key(tmp_path: Path) -> None:
    shown = runner.invoke(app, ["policies"])
    assert json.loads(shown.output)["appointments"]["grace_minutes"] == 15
    bad = tmp_path / "shop.toml"
    bad.write_text("[followups]\nmax_atempts = 4\n", encoding="utf-8")
    result = runner.invoke(app, ["policies", "--file", str(bad)])
    assert result.exit_code == 1
    assert "followups.max_atempts" in result.output


def test_export_then_import_loses_nothing(tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'a.db'}"
    target = f"sqlite:///{tmp_path / 'b.db'}"
    built = runner.invoke(
        app, ["demo", "--db", source, "--customers", "20", "--as-of", "2026-11-24"]
    )
    assert built.exit_code == 0, built.output
    backup = tmp_path / "backup.jsonl"
    assert runner.invoke(app, ["export", "--db", source, str(backup)]).exit_code == 0
    restored = runner.invoke(app, ["import", "--db", target, str(backup)])
    assert restored.exit_code == 0, restored.output
    again = tmp_path / "again.jsonl"
    assert runner.invoke(app, ["export", "--db", target, str(again)]).exit_code == 0
    assert again.read_text(encoding="utf-8") == backup.read_text(encoding="utf-8")
