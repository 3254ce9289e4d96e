"""The reminders twin words the bookings and calls it found itself, checked once per list.

A reminder list whose kinds each ask one purpose finds each candidate's first booking
still to come and last call inside the cooldown in SQL (a birthday list alone in its
own statement); one helper words both paths' pressures through a
[`PressureWording`][autocrm.rules.contact.PressureWording], whose cooldown is checked
when the list starts, so no argument check runs for each customer held back. The
lists stay equal to the pure rule's.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

pytest.importorskip("sqlalchemy")

from autocrm.adapters.sqlalchemy import SqlArchive
from autocrm.adapters.sqlalchemy import rules as twins
from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    CallAttempt,
    Customer,
    FollowUp,
    Snapshot,
    Vehicle,
)
from autocrm.rules import contact, reminders

#: The day of the lists: birthdays from 20 February to 22 March 2025.
DAY = date(2025, 2, 20)
AT = datetime(2025, 2, 17, 10, tzinfo=CHINA_TZ)


def _shop() -> Snapshot:
    """Three birthdays, one booked and one called three days ago; their cars' insurance
    runs out next month."""
    born = date(1980, 3, 1)
    people = [
        Customer(number="C000001", name="王建国", birth_date=born),
        Customer(number="C000002", name="李娜", birth_date=born),
        Customer(number="C000003", name="张伟", birth_date=born),
    ]
    vins = ("LFV2A21K3D3109826", "LSGM3D751R2000239", "LVSNNMCL9N3000172")
    return Snapshot(
        customers=people,
        vehicles=[
            Vehicle(vin=v, customer_number=c.number, insurance_renewal_on=date(2025, 3, 14))
            for c, v in zip(people, vins, strict=True)
        ],
        appointments=[
            Appointment(
                number="YY000001",
                customer_number="C000002",
                kind="proactive",
                booked_at=AT,
                slot=AT + timedelta(days=8),
            )
        ],
        followups=[
            FollowUp(
                number="WO000001-3DC",
                kind="3dc",
                customer_number="C000003",
                earliest=AT.date(),
                due=AT.date(),
                latest=AT.date(),
                attempts=[CallAttempt(AT, "completed", rating=None)],
            )
        ],
        customer_sequence=3,
    )


@pytest.mark.parametrize("kinds", [["birthday"], ["birthday", "insurance_renewal"]])
def test_the_twin_words_found_bookings_and_calls_without_a_check_per_customer(
    monkeypatch: pytest.MonkeyPatch, kinds: list[str]
) -> None:
    shop = _shop()
    archive = SqlArchive.from_url("sqlite://")
    archive.restore(shop)
    expected = reminders.due_reminders_report(shop, as_of=DAY, kinds=kinds)
    checks: list[Any] = []
    check = contact.checked

    def counted(value: Any, kind: Any, field: str) -> Any:
        checks.append(field)
        return check(value, kind, field)

    monkeypatch.setattr(contact, "checked", counted)
    found = twins.due_reminders_report(archive, as_of=DAY, kinds=kinds)
    assert found == expected
    held = [(x.reminder.customer_number, x.pressure.kind.value) for x in found.left_off]
    assert sorted(held) == sorted([("C000002", "booked"), ("C000003", "contacted")] * len(kinds))
    assert checks == []
