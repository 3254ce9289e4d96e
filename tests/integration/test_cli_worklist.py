"""``autocrm worklist`` through a real ``python -m autocrm`` process, on a SQLite file."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

pytest.importorskip("typer")
pytest.importorskip("sqlalchemy")

import autocrm
from autocrm.adapters.sqlalchemy import SqlArchive
from autocrm.domain import CHINA_TZ, Complaint, Customer, FollowUp, Snapshot

SRC = Path(autocrm.__file__).parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-m", "autocrm", *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    shop = Snapshot(
        customers=[
            Customer(number="C000001", name="王建国", mobile="13800138000", owner="李娜",
                     birth_date=date(1980, 10, 14)),
            Customer(number="C000002", name="张伟", mobile="13900139000", owner="王强"),
        ],
        followups=[
            FollowUp(number="WO20251009001-3DC", kind="3dc", customer_number="C000001",
                     earliest=date(2025, 10, 13), due=date(2025, 10, 14),
                     latest=date(2025, 10, 14)),
            FollowUp(number="WO20250401001-3DC", kind="3dc", customer_number="C000002",
                     earliest=date(2025, 4, 2), due=date(2025, 4, 3), latest=date(2025, 4, 3)),
        ],
        complaints=[
            Complaint(number="TS2025001", customer_number="C000002", level="III",
                      received_at=datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ),
                      callback_promised_at=datetime(2025, 10, 13, 16, tzinfo=CHINA_TZ)),
        ],
        customer_sequence=2,
    )  # fmt: skip
    SqlArchive.from_url(url).restore(shop)
    return url


def test_worklist_prints_the_ranked_day_as_csv(db: str) -> None:
    done = run("worklist", "--db", db, "--as-of", "2025-10-14", "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(r["position"], r["customer_number"], r["agent"], r["reasons"]) for r in rows] == [
        ("1", "C000002", "王强", "complaint_callback"),
        ("2", "C000001", "李娜", "follow_up, birthday"),
    ]


def test_worklist_json_counts_the_expired_call_and_filters_by_agent(db: str) -> None:
    done = run("worklist", "--db", db, "--as-of", "2025-10-14", "--format", "json",
               "--agent", "李娜")  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [t["customer_number"] for t in data["tasks"]] == ["C000001"]
    assert [fu["number"] for fu in data["expired"]] == ["WO20250401001-3DC"]
    assert data["expired"][0]["status"] == "expired"
    # The same archive and day give the same bytes.
    again = run("worklist", "--db", db, "--as-of", "2025-10-14", "--format", "json",
                "--agent", "李娜")  # fmt: skip
    assert again.stdout == done.stdout


def test_worklist_table_names_the_day_and_the_counts(db: str) -> None:
    done = run("worklist", "--db", db, "--as-of", "2025-10-14")
    assert done.returncode == 0, done.stderr
    assert "Worklist of 2025-10-14: 2 tasks (0 moved to later days)" in done.stdout
    assert "1 stale follow-ups expired" in done.stdout
    assert "投诉回电" in done.stdout


def test_worklist_on_a_missing_archive_is_one_line(tmp_path: Path) -> None:
    done = run("worklist", "--db", f"sqlite:///{tmp_path / 'none.db'}", "--as-of", "2025-10-14")
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stderr.startswith("autocrm worklist:")


def test_worklist_refuses_an_unknown_format(db: str) -> None:
    done = run("worklist", "--db", db, "--format", "xml")
    assert done.returncode == 2
    assert "--format" in done.stderr


def test_worklist_is_the_sql_twins_list_and_the_pure_rules(db: str) -> None:
    from autocrm.adapters.json import dumps
    from autocrm.adapters.sqlalchemy.rules import daily_worklist as in_sql
    from autocrm.rules.desk import daily_worklist

    done = run("worklist", "--db", db, "--as-of", "2025-10-14", "--format", "json")
    assert done.returncode == 0, done.stderr
    archive = SqlArchive.from_url(db)
    twin = in_sql(archive, as_of=date(2025, 10, 14))
    assert twin == daily_worklist(archive.snapshot(), as_of=date(2025, 10, 14))
    printed = json.loads(done.stdout)
    assert printed == json.loads(dumps(twin))
    assert [r["kind"] for t in printed["tasks"] for r in t["reasons"]] == [
        "complaint_callback", "follow_up", "birthday",
    ]  # fmt: skip
