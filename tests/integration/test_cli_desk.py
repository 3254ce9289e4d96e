"""The desk's daily commands through a real ``python -m autocrm`` process.

On a small shop written by hand (fixed dates, real identifiers) for the exact rows,
and on the synthetic shop for agreement with the pure rules; on SQLite always and on
PostgreSQL when ``AUTOCRM_TEST_POSTGRES_URL`` is set.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

pytest.importorskip("typer")
pytest.importorskip("sqlalchemy")

import sqlalchemy as sa
from typer.testing import CliRunner

import autocrm
from autocrm.adapters.sqlalchemy import SqlArchive
from autocrm.cli import app
from autocrm.domain import (
    CHINA_TZ,
    Complaint,
    Customer,
    ServiceType,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.rules.churn_warning import early_warning
from autocrm.rules.lost import lost_customers_report
from autocrm.rules.overdue_complaints import overdue_complaints
from autocrm.rules.reminder_kinds import ReminderKind
from autocrm.rules.reminders import due_reminders_report
from autocrm.testing.synthetic import generate_dealership

SRC = Path(autocrm.__file__).parents[1]
DAY = "2025-10-14"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    environment.pop("AUTOCRM_DB", None) if env is None else None
    return subprocess.run(
        [sys.executable, "-m", "autocrm", *args],
        capture_output=True, text=True, env=environment, timeout=180, check=False,
    )  # fmt: skip


def invoke(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The same command run inside this process (faster; the same app and exit statuses)."""
    result = CliRunner().invoke(app, list(args), env={"AUTOCRM_DB": None, **(env or {})})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def rows(done: subprocess.CompletedProcess[str]) -> list[dict[str, str]]:
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def at(day: str, hour: int) -> datetime:
    return datetime.combine(date.fromisoformat(day), datetime.min.time(), tzinfo=CHINA_TZ).replace(
        hour=hour
    )


SHOP = Snapshot(
    customers=[
        Customer(number="C000001", name="王建国", mobile="13800138000", owner="李娜",
                 birth_date=date(1980, 10, 20)),
        Customer(number="C000002", name="张伟", mobile="13900139000", owner="王强"),
        # The same person entered again by the insurance desk.
        Customer(number="C000003", name="王建国", mobile="13800138000", owner="王强"),
    ],
    vehicles=[
        Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001",
                insurance_renewal_on=date(2025, 11, 5), insurer="平安产险"),
        Vehicle(vin="1HGCM82633A004352", customer_number="C000002"),
    ],
    work_orders=[
        WorkOrder("WO20240501001", customer_number="C000002", vin="1HGCM82633A004352",
                  opened_at=at("2024-05-01", 9), service_types=[ServiceType.MAINTENANCE]),
    ],
    complaints=[
        Complaint(number="TS2025001", customer_number="C000002", level="I",
                  received_at=at("2025-10-08", 9), handler="王强"),
        Complaint(number="TS2025002", customer_number="C000003", level="III",
                  received_at=at("2025-10-13", 10), callback_promised_at=at("2025-10-13", 16),
                  handler="李娜"),
        Complaint(number="TS2025003", customer_number="C000001", level="II",
                  received_at=at("2025-10-13", 11), handler="李娜"),
    ],
    customer_sequence=3,
)  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('desk') / 'shop.db'}"
    SqlArchive.from_url(url).restore(SHOP)
    return url


AS_OF = date(2026, 11, 24)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Snapshot]:
    shop = generate_dealership(seed=3, customers=80, as_of=AS_OF)
    url = f"sqlite:///{tmp_path_factory.mktemp('synthetic') / 'shop.db'}"
    SqlArchive.from_url(url).restore(shop)
    return url, shop


# ------------------------------------------------------------------ the rows


def test_complaints_overdue_lists_the_missed_deadline_and_the_missed_call_back(db: str) -> None:
    listed = rows(run("complaints", "--overdue", "--db", db, "--as-of", DAY, "--format", "csv"))
    assert [
        (r["number"], r["level"], r["deadline"], r["overdue"], r["callback_overdue"])
        for r in listed
    ] == [
        ("TS2025001", "I", "2025-10-09", "yes", "no"),
        ("TS2025002", "III", "2025-10-22", "no", "yes"),
    ]
    assert listed[1]["callback_promised_at"] == "2025-10-13T16:00:00+08:00"
    # Without --overdue every open complaint is listed, the overdue first.
    every = rows(invoke("complaints", "--db", db, "--as-of", DAY, "--format", "csv"))
    assert [r["number"] for r in every] == ["TS2025001", "TS2025002", "TS2025003"]
    mine = rows(
        invoke("complaints", "--db", db, "--as-of", DAY, "--format", "csv", "--agent", "李娜")
    )
    assert [r["number"] for r in mine] == ["TS2025002", "TS2025003"]


def test_reminders_finds_the_renewal_in_sql_and_the_birthday(db: str) -> None:
    listed = rows(invoke("reminders", "--db", db, "--as-of", DAY, "--format", "csv"))
    # The birthday is this week (priority 2); the renewal is next month's list (3).
    assert [(r["kind"], r["priority"], r["vin"], r["due_on"]) for r in listed] == [
        ("birthday", "2", "", "2025-10-20"),
        ("insurance_renewal", "3", "LFV2A21K3D3109826", "2025-11-05"),
    ]
    only = rows(invoke("reminders", "--db", db, "--as-of", DAY, "--format", "csv",
                    "--kind", "birthday"))  # fmt: skip
    assert [r["kind"] for r in only] == ["birthday"]
    others = rows(invoke("reminders", "--db", db, "--as-of", DAY, "--format", "csv",
                      "--agent", "王强"))  # fmt: skip
    assert others == []


def test_lost_lists_the_customer_gone_for_a_year_as_json(db: str) -> None:
    done = invoke("lost", "--db", db, "--as-of", DAY, "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [(e["customer_number"], e["last_visit_on"]) for e in data["entries"]] == [
        ("C000002", "2024-05-01")
    ]
    assert data["as_of"] == DAY
    assert "lost: no visit for more than" in data["rule"]


def test_duplicates_finds_the_customer_entered_twice(db: str) -> None:
    listed = rows(invoke("duplicates", "--db", db, "--format", "csv"))
    assert [(r["reason"], r["key"], r["customer_numbers"]) for r in listed] == [
        ("same_mobile", "+8613800138000", "C000001, C000003")
    ]


def test_the_database_can_come_from_the_environment(db: str) -> None:
    done = run("duplicates", "--format", "csv", env={"AUTOCRM_DB": db})
    assert done.returncode == 0, done.stderr
    assert "C000001, C000003" in done.stdout


def test_the_table_names_the_day_and_the_counts(db: str) -> None:
    done = invoke("complaints", "--overdue", "--db", db, "--as-of", DAY)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == f"Complaints overdue on {DAY}: 2"
    assert "待处理" in done.stdout  # the status label, not its value
    assert done.stderr == ""  # no progress display when standard error is not a terminal


# ---------------------------------------------------- agreement with the rules


def test_reminders_lost_and_early_warning_agree_with_the_pure_rules(
    synthetic: tuple[str, Snapshot],
) -> None:
    url, shop = synthetic
    day = AS_OF.isoformat()
    kinds = frozenset(ReminderKind) - {ReminderKind.CAMPAIGN}
    expected = due_reminders_report(shop, as_of=AS_OF, kinds=kinds)
    listed = rows(invoke("reminders", "--db", url, "--as-of", day, "--format", "csv"))
    assert [(r["kind"], r["customer_number"], r["vin"], r["due_on"]) for r in listed] == [
        (r.kind.value, r.customer_number, r.vin or "", r.due_on.isoformat())
        for r in expected.reminders
    ]
    assert len(listed) > 10  # a list worth comparing
    lost = json.loads(invoke("lost", "--db", url, "--as-of", day, "--format", "json").stdout)
    assert [e["customer_number"] for e in lost["entries"]] == [
        a.customer_number for a in lost_customers_report(shop, as_of=AS_OF).entries
    ]
    warned = rows(invoke("early-warning", "--db", url, "--as-of", day, "--format", "csv"))
    assert [r["customer_number"] for r in warned] == [
        e.customer_number for e in early_warning(shop, as_of=AS_OF).entries
    ]
    assert warned


def test_lost_and_early_warning_for_an_agent_keep_only_the_agents_customers(
    synthetic: tuple[str, Snapshot],
) -> None:
    url, shop = synthetic
    day = AS_OF.isoformat()
    owner = {c.number: c.owner for c in shop.customers}
    lost_all = lost_customers_report(shop, as_of=AS_OF)
    warned_all = early_warning(shop, as_of=AS_OF)
    for entries, command in ((lost_all.entries, "lost"), (warned_all.entries, "early-warning")):
        agent = owner[entries[0].customer_number]
        assert agent is not None
        assert {owner[e.customer_number] for e in entries} != {agent}  # the filter cuts
        done = invoke(command, "--db", url, "--as-of", day, "--format", "json", "--agent", agent)
        assert done.returncode == 0, done.stderr
        data = json.loads(done.stdout)
        assert [e["customer_number"] for e in data["entries"]] == [
            e.customer_number for e in entries if owner[e.customer_number] == agent
        ]
        assert all(owner[x["customer_number"]] == agent for x in data["left_off"])


def test_complaints_lists_the_overdue_list_of_the_rule_first(
    synthetic: tuple[str, Snapshot],
) -> None:
    url, shop = synthetic
    still_open = [c for c in shop.complaints if c.status.value != "closed"]
    expected = [e.complaint.number for e in overdue_complaints(still_open, as_of=AS_OF)]
    listed = rows(invoke("complaints", "--db", url, "--as-of", AS_OF.isoformat(), "--format",
                      "csv"))  # fmt: skip
    assert expected  # a list worth comparing
    assert [r["number"] for r in listed[: len(expected)]] == expected
    assert {r["number"] for r in listed if r["overdue"] == "yes"} == set(expected)
    assert sorted(r["number"] for r in listed) == sorted(c.number for c in still_open)


def test_stats_by_month_counts_the_visits_of_each_month(synthetic: tuple[str, Snapshot]) -> None:
    url, shop = synthetic
    done = invoke("stats", "--db", url, "--as-of", AS_OF.isoformat(), "--period", "month",
               "--format", "json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    table = json.loads(done.stdout)["rows"]
    assert [row["period"] for row in table] == [
        "2025-12",
        *(f"2026-{month:02d}" for month in range(1, 12)),
    ]
    november = [o for o in shop.work_orders if date(2026, 11, 1) <= o.visit_date <= AS_OF]
    assert table[-1]["visits"] == len(november)
    assert all(row["general_repair"] > 0 for row in table)
    quarters = rows(invoke("stats", "--db", url, "--as-of", AS_OF.isoformat(), "--period",
                        "quarter", "--format", "csv"))  # fmt: skip
    assert [r["period"] for r in quarters] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert sum(int(r["visits"]) for r in quarters[:3]) == sum(
        1 for o in shop.work_orders if date(2026, 1, 1) <= o.visit_date <= date(2026, 9, 30)
    )


def test_the_same_archive_and_day_give_the_same_bytes(synthetic: tuple[str, Snapshot]) -> None:
    url, _ = synthetic
    for command in ("reminders", "early-warning"):
        # Two processes (each with its own hash seed) print the same bytes.
        first = run(command, "--db", url, "--as-of", AS_OF.isoformat(), "--format", "json")
        again = invoke(command, "--db", url, "--as-of", AS_OF.isoformat(), "--format", "json")
        assert first.returncode == 0, first.stderr
        assert first.stdout == again.stdout


# ------------------------------------------------------------ a user's mistakes


@pytest.mark.parametrize(
    ("arguments", "status", "start"),
    [
        (("reminders", "--as-of", "2025-02-30"), 1, "autocrm reminders: --as-of: '2025-02-30'"),
        (("stats", "--period", "week"), 1, "autocrm stats: --period: 'week' is not one of"),
        (("reminders", "--kind", "oil"), 1, "autocrm reminders: --kind: 'oil' is not"),
        (("lost", "--policies", "missing.toml"), 1, "autocrm lost: No such file"),
    ],
)
def test_a_bad_value_is_one_line_with_status_1(
    db: str, arguments: tuple[str, ...], status: int, start: str
) -> None:
    done = invoke(*arguments, "--db", db)
    assert done.returncode == status, done.stderr
    assert done.stderr.startswith(start), done.stderr
    assert done.stderr.count("\n") == 1
    assert done.stdout == ""


@pytest.mark.parametrize(
    "command", ["worklist", "reminders", "lost", "early-warning", "complaints", "stats",
                "duplicates"],
)  # fmt: skip
def test_a_missing_database_is_one_line_with_status_3(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "typo.db"
    # One command through a real process, the others inside this one.
    done = (run if command == "complaints" else invoke)(command, "--db", f"sqlite:///{missing}")
    assert done.returncode == 3
    assert done.stderr.startswith(f"autocrm {command}: no database at sqlite:///{missing}")
    assert done.stderr.count("\n") == 1
    assert not missing.exists()


def test_a_url_that_is_not_one_is_status_1() -> None:
    done = invoke("complaints", "--db", "not a url")
    assert done.returncode == 1
    assert done.stderr.startswith("autocrm complaints: ")
    assert done.stderr.count("\n") == 1


# ----------------------------------------------------------------- the demo


def test_demo_refuses_a_database_with_tables_of_something_else(tmp_path: Path) -> None:
    path = tmp_path / "erp.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        connection.exec_driver_sql("INSERT INTO invoices VALUES (1)")
    engine.dispose()
    for rebuild in ((), ("--rebuild",)):
        runner = invoke if rebuild else run
        done = runner("demo", "--db", f"sqlite:///{path}", "--customers", "5",
                      "--as-of", "2026-11-24", *rebuild)  # fmt: skip
        if rebuild:
            # --rebuild replaces an embedded database file: the user asked for it.
            assert done.returncode == 0, done.stderr
            continue
        assert done.returncode == 3
        assert done.stderr == (
            f"autocrm demo: sqlite:///{path} holds tables that are not autocrm's (invoices); "
            "give the demo a database of its own\n"
        )
        with sa.create_engine(f"sqlite:///{path}").connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM invoices").scalar() == 1


def test_demo_prints_no_progress_when_not_on_a_terminal(tmp_path: Path) -> None:
    done = run("demo", "--db", f"sqlite:///{tmp_path / 'demo.db'}", "--customers", "20",
               "--as-of", "2026-11-24")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith("autocrm demo — ")
    assert "Worklist of 2026-11-24" in done.stdout


# --------------------------------------------------------------- PostgreSQL


@pytest.fixture
def postgres_db() -> Iterator[str]:
    server = os.environ.get("AUTOCRM_TEST_POSTGRES_URL")
    if not server:
        pytest.skip("AUTOCRM_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped")
    pytest.importorskip("psycopg")
    admin = sa.create_engine(server)
    schema = f"autocrm_desk_{uuid.uuid4().hex[:12]}"
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{server}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.mark.postgres
def test_on_postgresql_the_commands_print_what_they_print_on_sqlite(
    postgres_db: str, db: str
) -> None:
    archive = SqlArchive.from_url(postgres_db)
    archive.restore(SHOP)
    archive.engine.dispose()
    for command in (
        ("complaints", "--overdue"), ("reminders",), ("lost",), ("duplicates",),
        ("stats", "--period", "quarter"), ("worklist",),
    ):  # fmt: skip
        day = () if command[0] == "duplicates" else ("--as-of", DAY)
        on_sqlite = invoke(*command, "--db", db, *day, "--format", "csv")
        on_postgres = invoke(*command, "--db", postgres_db, *day, "--format", "csv")
        assert on_postgres.returncode == 0, (command, on_postgres.stderr)
        assert on_postgres.stdout == on_sqlite.stdout, command


@pytest.mark.postgres
def test_demo_on_postgresql_refuses_an_archive_unless_rebuilt(postgres_db: str) -> None:
    arguments = ("demo", "--db", postgres_db, "--customers", "10", "--as-of", "2026-11-24")
    assert run(*arguments).returncode == 0
    refused = run(*arguments)
    assert refused.returncode == 3
    assert "already holds an archive (" in refused.stderr
    assert refused.stderr.count("\n") == 1
    rebuilt = run(*arguments, "--rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr


# ------------------------------------------------------------ merge, unmerge


def _added_shop(url: str) -> None:
    """The hand-made shop written record by record (so the audit trail holds each one)."""
    archive = SqlArchive.from_url(url)
    when = at("2025-10-01", 9)
    for kind in ("customers", "vehicles", "work_orders", "complaints"):
        for record in getattr(SHOP, kind):
            archive.add(record, actor="客服-李娜", at=when)
    archive.engine.dispose()


def test_merge_moves_the_duplicates_records_and_unmerge_restores_them(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    _added_shop(url)
    before = tmp_path / "before.jsonl"
    assert invoke("export", "--db", url, str(before)).returncode == 0
    merged = run("merge", "C000001", "C000003", "--db", url, "--actor", "客服-李娜",
                 "--reason", "同一车主，保险部重复建档")  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout == "C000003 merged into C000001: 1 complaint\n"
    # The complaint follows the survivor; the pair is no longer a duplicate.
    assert [r["customer_number"] for r in rows(invoke(
        "complaints", "--db", url, "--as-of", DAY, "--format", "csv", "--agent", "李娜"
    ))] == ["C000001", "C000001"]  # fmt: skip
    assert rows(invoke("duplicates", "--db", url, "--format", "csv")) == []
    again = invoke("merge", "C000001", "C000003", "--db", url, "--actor", "客服-李娜",
                "--reason", "again")  # fmt: skip
    assert again.returncode == 1
    assert again.stderr.startswith("autocrm merge: duplicate: customer C000003 was already")
    assert again.stderr.count("\n") == 1
    parted = run("unmerge", "C000003", "--db", url, "--actor", "客服-李娜",
                 "--reason", "不是同一人", "--format", "json")  # fmt: skip
    assert parted.returncode == 0, parted.stderr
    result = json.loads(parted.stdout)
    assert (result["complaints"], result["undone"]) == (["TS2025002"], True)
    assert rows(invoke("duplicates", "--db", url, "--format", "csv"))[0]["customer_numbers"] == (
        "C000001, C000003"
    )
    after = tmp_path / "after.jsonl"
    assert invoke("export", "--db", url, str(after)).returncode == 0
    # Every record back as it was; the audit trail keeps the merge and its undoing
    # (and the manifest, last, counts them).
    *records, _manifest = before.read_text(encoding="utf-8").splitlines()
    *now, _ = after.read_text(encoding="utf-8").splitlines()
    trail = [line for line in now if line not in records]
    assert [json.loads(line)["data"]["action"] for line in trail] == ["merge", "unmerge"]
    assert [line for line in now if line in records] == records


def test_merge_of_an_unknown_customer_is_one_line_with_status_1(db: str) -> None:
    done = invoke("merge", "C000001", "C000099", "--db", db, "--actor", "客服-李娜",
               "--reason", "同一车主")  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.startswith("autocrm merge: ")
    assert "C000099" in done.stderr
    assert done.stderr.count("\n") == 1
