"""After a merge the duplicate's MERGED record is on no list: reminders, duplicates,
the desk's worklist, in memory and through the SQL twin of the reminders (SQLite, and
PostgreSQL when its URL is set).

The shop: 王建国 was archived twice, C000001 at the showroom (mobile 13800138000) and
C000002 at the workshop with the car LFV2A21K3D3109826; both records carry his birthday,
2 March. The desk merges C000002 into C000001 on 2 March 2026.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

sa = pytest.importorskip("sqlalchemy")

from tests.integration.conftest import cleared  # noqa: E402

from autocrm.adapters.memory import MemoryArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import rules as twins  # noqa: E402
from autocrm.domain import CHINA_TZ, Customer, Snapshot, Vehicle  # noqa: E402
from autocrm.ports import Repository  # noqa: E402
from autocrm.rules.contact import PressureKind  # noqa: E402
from autocrm.rules.desk import daily_worklist  # noqa: E402
from autocrm.rules.duplicates import find_duplicates  # noqa: E402
from autocrm.rules.reminder_kinds import ReminderKind  # noqa: E402
from autocrm.rules.reminders import due_reminders_report  # noqa: E402

DAY = date(2026, 3, 2)
AT = datetime(2026, 3, 1, 9, 30, tzinfo=CHINA_TZ)
MERGED_AT = datetime(2026, 3, 2, 10, 15, tzinfo=CHINA_TZ)
VIN = "LFV2A21K3D3109826"
BIRTHDAY = date(1980, 3, 2)
SHOP = Snapshot(
    customers=[
        Customer(
            number="C000001", name="王建国", mobile="13800138000", birth_date=BIRTHDAY, owner="李娜"
        ),
        Customer(
            number="C000002",
            name="王建国",
            mobile="13900139000",
            birth_date=BIRTHDAY,
            phone="13800138000",
            owner="李娜",
        ),
    ],
    vehicles=[Vehicle(VIN, "C000002", annual_inspection_on=date(2026, 3, 20))],
    customer_sequence=2,
)


def _merge(archive: Repository) -> None:
    archive.restore(SHOP)
    archive.merge("C000001", "C000002", actor="客服-李娜", at=MERGED_AT,
                  reason="同一车主:姓名相同,电话核实")  # fmt: skip


def _birthdays(report: object) -> tuple[list[str], list[tuple[str, PressureKind]]]:
    listed = [
        r.customer_number
        for r in report.reminders  # type: ignore[attr-defined]
        if r.kind is ReminderKind.BIRTHDAY
    ]
    left = [
        (x.reminder.customer_number, x.pressure.kind)
        for x in report.left_off  # type: ignore[attr-defined]
        if x.reminder.kind is ReminderKind.BIRTHDAY
    ]
    return listed, left


def test_before_the_merge_both_records_are_listed() -> None:
    # The ground the tests below stand on: both get a birthday call, and they pair up.
    report = due_reminders_report(SHOP, as_of=DAY, horizon=30)
    assert _birthdays(report) == (["C000001", "C000002"], [])
    groups = find_duplicates(SHOP.customers, SHOP.vehicles)
    assert [g.customer_numbers for g in groups] == [("C000001", "C000002")]


def test_the_merged_record_is_on_no_pure_list() -> None:
    archive = MemoryArchive()
    _merge(archive)
    shop = archive.snapshot()
    assert [c.merged_into for c in shop.customers] == [None, "C000001"]
    report = due_reminders_report(shop, as_of=DAY, horizon=30)
    assert _birthdays(report) == (["C000001"], [("C000002", PressureKind.MERGED)])
    # The car moved to the survivor: its inspection reminder is his.
    assert [(r.kind, r.customer_number) for r in report.reminders
            if r.vin == VIN] == [(ReminderKind.ANNUAL_INSPECTION, "C000001")]  # fmt: skip
    assert find_duplicates(shop.customers, shop.vehicles) == ()
    day = daily_worklist(shop, as_of=DAY)
    assert [task.customer_number for task in day.tasks] == ["C000001"]
    assert [(x.customer_number, x.subject, x.pressure.kind) for x in day.left_off] == [
        ("C000002", "birthday", PressureKind.MERGED)
    ]


def test_the_reminder_twin_leaves_the_merged_record_off(module_engine: sa.Engine) -> None:
    cleared(module_engine)
    archive = SqlArchive(module_engine)
    _merge(archive)
    shop = archive.snapshot()
    twin = twins.due_reminders_report(archive, as_of=DAY, horizon=30)
    assert _birthdays(twin) == (["C000001"], [("C000002", PressureKind.MERGED)])
    assert twin == due_reminders_report(shop, as_of=DAY, horizon=30)
