"""The ``autocrm demo`` warning when its working days rest on an estimated year."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

pytest.importorskip("typer")
pytest.importorskip("sqlalchemy")

from typer.testing import CliRunner

from autocrm.adapters.sqlalchemy import SqlArchive
from autocrm.cli import app
from autocrm.domain import CHINA_TZ, Complaint, Customer, Snapshot

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


# A level III complaint received on Thursday 4 February 2027, the day before the
# estimated Spring Festival break (除夕 5 February to 初三 8 February, the days that
# fell on the weekend made up on 9 and 10 February).
SHOP_2027 = Snapshot(
    customers=[Customer(number="C000001", name="王建国", mobile="13800138000")],
    complaints=[
        Complaint(number="TS2027001", customer_number="C000001", level="III",
                  received_at=datetime(2027, 2, 4, 10, tzinfo=CHINA_TZ)),
    ],
    customer_sequence=1,
)  # fmt: skip

# How a shop registers the year once the State Council publishes it. The dates here
# are made up for the test (a nine-day break with one Sunday worked), not the notice.
ARRANGEMENT_2027 = """
[years.2027]
holidays = ["2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08",
            "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12", "2027-02-13"]
workdays = ["2027-02-14"]
"""


def _deadline(output: str) -> str:
    [line] = [row for row in output.splitlines() if row.startswith("TS2027001")]
    return line.split(",")[5]


def test_complaints_warn_of_an_estimated_year_until_it_is_registered(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    SqlArchive.from_url(db).restore(SHOP_2027)
    asked = ["complaints", "--db", db, "--as-of", "2027-02-04", "--format", "csv"]
    estimated = runner.invoke(app, asked, env={"AUTOCRM_CALENDAR": None})
    assert estimated.exit_code == 0, estimated.output
    # Seven working days after the estimated break: 11, 12, 15-19 February.
    assert _deadline(estimated.stdout) == "2027-02-19"
    assert "warning: working days in 2027 are estimated" in estimated.stderr
    assert "--calendar FILE" in estimated.stderr
    assert WARNING not in estimated.stdout  # the CSV stays clean for a spreadsheet
    arrangement = tmp_path / "2027.toml"
    arrangement.write_text(ARRANGEMENT_2027, encoding="utf-8")
    registered = runner.invoke(app, [*asked, "--calendar", str(arrangement)])
    assert registered.exit_code == 0, registered.output
    # 14 (the Sunday worked), 15-19, 22 February.
    assert _deadline(registered.stdout) == "2027-02-22"
    assert WARNING not in registered.stderr
    by_variable = runner.invoke(app, asked, env={"AUTOCRM_CALENDAR": str(arrangement)})
    assert _deadline(by_variable.stdout) == "2027-02-22"


def test_a_calendar_file_with_a_mistake_is_one_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    SqlArchive.from_url(db).restore(SHOP_2027)
    arrangement = tmp_path / "2027.toml"
    arrangement.write_text('[years.2027]\nholidays = ["2027-02-30"]\n', encoding="utf-8")
    result = runner.invoke(app, ["complaints", "--db", db, "--calendar", str(arrangement)])
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("autocrm complaints: ")
    assert "2027-02-30" in line


def test_reminders_warn_when_their_window_reaches_an_estimated_year(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    SqlArchive.from_url(db).restore(SHOP_2027)
    asked = ["reminders", "--db", db, "--format", "csv", "--horizon", "30"]
    late = runner.invoke(app, [*asked, "--as-of", "2026-12-20"], env={"AUTOCRM_CALENDAR": None})
    assert late.exit_code == 0, late.output
    assert "warning: working days in 2027 are estimated" in late.stderr
    early = runner.invoke(app, [*asked, "--as-of", "2026-06-01"], env={"AUTOCRM_CALENDAR": None})
    assert early.exit_code == 0, early.output
    assert WARNING not in early.stderr
    arrangement = tmp_path / "2027.toml"
    arrangement.write_text(ARRANGEMENT_2027, encoding="utf-8")
    registered = runner.invoke(
        app, [*asked, "--as-of", "2026-12-20", "--calendar", str(arrangement)]
    )
    assert registered.exit_code == 0, registered.output
    assert WARNING not in registered.stderr


def test_the_worklist_warns_until_the_year_is_registered(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    SqlArchive.from_url(db).restore(SHOP_2027)
    asked = ["worklist", "--db", db, "--as-of", "2027-02-19", "--format", "csv"]
    estimated = runner.invoke(app, asked, env={"AUTOCRM_CALENDAR": None})
    assert estimated.exit_code == 0, estimated.output
    # The estimated deadline is today: the complaint is on the list.
    assert "complaint_deadline" in estimated.stdout
    assert "warning: working days in 2027 are estimated" in estimated.stderr
    arrangement = tmp_path / "2027.toml"
    arrangement.write_text(ARRANGEMENT_2027, encoding="utf-8")
    registered = runner.invoke(app, [*asked, "--calendar", str(arrangement)])
    assert registered.exit_code == 0, registered.output
    assert WARNING not in registered.stderr
    # With the registered break the deadline is 22 February: not yet on the list.
    assert "complaint_deadline" not in registered.stdout
