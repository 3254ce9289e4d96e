"""The churn twins' facts per car: the win-back list's stale cars, the warning's due dates.

A customer lost before his first service comes back from the lost-customers twin's
one query once per car bought before the cut-off; his assessment names them in
archive order. The early-warning twin takes every candidate car's next maintenance
from the reminders twin's prediction query (read over the candidates' cars only) and
keeps, per customer, the earliest, the first car in the archive on a tie. These
examples pin what that query decides on SQLite, PostgreSQL and DuckDB — the km per
day rounded to the hundredth and the day reached rounded up, a car without readings,
month ends and 29 February, a backwards reading the policy refuses, a car with
nothing to count from — and a property shows the twin equals the pure rule under
other service policies too.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.integration.conftest import restored, writing_examples
from tests.integration.test_sql_rules_parity import archives

from autocrm.adapters.sqlalchemy import rules as twins
from autocrm.domain import CHINA_TZ, Customer, OdometerReading, Snapshot, Vehicle, WorkOrder
from autocrm.rules import churn_warning, lost
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.churn_segments import ChurnSegment
from autocrm.rules.service_policy import ServicePolicy

sa = pytest.importorskip("sqlalchemy")

#: The day of the question: active months August–December 2025, quiet since 1 January.
AS_OF = date(2026, 3, 2)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=CHINA_TZ)


def _maintenance(number: str, customer: str, vin: str, day: date, km: int | None) -> WorkOrder:
    return WorkOrder(
        number, customer_number=customer, vin=vin, opened_at=_at(day),
        service_types=["保养"], mileage_km=km,
    )  # fmt: skip


def _shop() -> Snapshot:
    """Five customers whose last visit lies in the active months, each car a case."""
    return Snapshot(
        customers=[
            Customer(number="C000001", name="王建国"),
            Customer(number="C000002", name="李娜"),
            Customer(number="C000003", name="张伟"),
            Customer(number="C000004", name="刘洋"),
            Customer(number="C000005", name="陈静"),
        ],
        vehicles=[
            # Maintained at 20 000 km, 24 550 km 90 days later: 50.56 km a day.
            Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001"),
            # Sold here on 30 November, no reading: first service three months on.
            Vehicle(
                vin="LSGM3D751R2000239",
                customer_number="C000002",
                purchased_on=date(2025, 11, 30),
                is_new_car_sale=True,
            ),
            # Maintained on 31 August at 9 000 km, then a reading of 8 000 km.
            Vehicle(vin="LVSNNMCL9N3000172", customer_number="C000003"),
            Vehicle(
                vin="LHGVBMT98PA000176", customer_number="C000003", purchased_on=date(2025, 12, 20)
            ),
            # Two explicit dates on the same day: the first car in the archive wins.
            Vehicle(
                vin="LVS40UUA9SA000168",
                customer_number="C000004",
                next_maintenance_on=date(2026, 3, 10),
                last_business_on=date(2025, 10, 10),
            ),
            Vehicle(
                vin="LFVZMZHW0MD000130",
                customer_number="C000004",
                next_maintenance_on=date(2026, 3, 10),
            ),
            # Nothing to count from: no purchase, no maintenance, no date set.
            Vehicle(
                vin="LSGYULPP4SB000154",
                customer_number="C000005",
                last_business_on=date(2025, 10, 10),
            ),
        ],
        work_orders=[
            _maintenance("WO00000001", "C000001", "LFV2A21K3D3109826", date(2025, 9, 15), 20_000),
            _maintenance("WO00000002", "C000003", "LVSNNMCL9N3000172", date(2025, 8, 31), 9_000),
        ],
        readings=[
            OdometerReading("LFV2A21K3D3109826", date(2025, 12, 14), 24_550),
            OdometerReading("LVSNNMCL9N3000172", date(2025, 10, 1), 8_000),
        ],
        customer_sequence=5,
    )


def _dues(warning: churn_warning.EarlyWarning) -> dict[str, tuple[date | None, str | None]]:
    return {e.customer_number: (e.service_due_on, e.service_due_vin) for e in warning.entries}


@pytest.mark.parametrize(
    ("backwards", "third"),
    [
        # Ignored, the backwards reading leaves 31 August + 6 months: 28 February.
        ("ignore", (date(2026, 2, 28), "LVSNNMCL9N3000172")),
        # Refused, that car has no due date: the other car's first service counts.
        ("refuse", (date(2026, 3, 20), "LHGVBMT98PA000176")),
    ],
)
def test_each_customer_gets_his_earliest_car_due_as_the_pure_rule(
    module_engine: sa.Engine,
    backwards: Literal["ignore", "refuse"],
    third: tuple[date, str],
) -> None:
    shop = _shop()
    archive = restored(module_engine, shop)
    policy = ServicePolicy(backwards_readings=backwards)
    warning = twins.early_warning(archive, as_of=AS_OF, service_policy=policy)
    assert warning == churn_warning.early_warning(shop, as_of=AS_OF, service_policy=policy)
    assert _dues(warning) == {
        # 450 km still to drive at 50.56 km a day: 8.9 days, so the 9th after 14 December.
        "C000001": (date(2025, 12, 23), "LFV2A21K3D3109826"),
        # 30 November + 3 months: the end of February.
        "C000002": (date(2026, 2, 28), "LSGM3D751R2000239"),
        "C000003": third,
        "C000004": (date(2026, 3, 10), "LVS40UUA9SA000168"),
        "C000005": (None, None),
    }


def test_a_first_service_falls_due_on_29_february(module_engine: sa.Engine) -> None:
    day = date(2024, 3, 1)
    shop = Snapshot(
        customers=[Customer(number="C000001", name="王建国")],
        vehicles=[
            Vehicle(
                vin="LFV2A21K3D3109826",
                customer_number="C000001",
                purchased_on=date(2023, 11, 29),
                is_new_car_sale=True,
            ),
        ],
        customer_sequence=1,
    )
    archive = restored(module_engine, shop)
    warning = twins.early_warning(archive, as_of=day)
    assert warning == churn_warning.early_warning(shop, as_of=day)
    [entry] = warning.entries
    assert (entry.service_due_on, entry.days_to_service_due) == (date(2024, 2, 29), -1)


SERVICE_POLICIES = st.builds(
    ServicePolicy,
    interval_km=st.sampled_from((5000, 3000)),
    interval_months=st.sampled_from((6, 12)),
    first_service_km=st.sampled_from((3000, 100_000)),
    backwards_readings=st.sampled_from(("ignore", "refuse")),
    stale_reading_days=st.sampled_from((0, 180)),
)


def test_the_twin_equals_the_pure_rule_under_other_service_policies(
    module_engine: sa.Engine,
) -> None:
    # Each example writes an archive into the database: half the profile's examples.
    @writing_examples()
    @given(drawn=archives(), service_policy=SERVICE_POLICIES)
    def check(drawn: tuple[Snapshot, date], service_policy: ServicePolicy) -> None:
        snapshot, day = drawn
        archive = restored(module_engine, snapshot)
        policy = ChurnPolicy(contact_cooldown_days=0)
        assert twins.early_warning(
            archive, as_of=day, policy=policy, service_policy=service_policy
        ) == churn_warning.early_warning(
            snapshot, as_of=day, policy=policy, service_policy=service_policy
        )

    check()


def test_a_customer_lost_before_his_first_service_names_his_stale_cars_in_archive_order(
    module_engine: sa.Engine,
) -> None:
    day = date(2025, 6, 1)
    shop = Snapshot(
        customers=[
            Customer(number="C000001", name="王建国"),
            Customer(number="C000002", name="李娜"),
        ],
        vehicles=[
            Vehicle(
                vin="LVS40UUA9SA000168", customer_number="C000001", purchased_on=date(2023, 3, 18)
            ),
            # Bought within the year: not stale.
            Vehicle(
                vin="LFV2A21K3D3109826", customer_number="C000001", purchased_on=date(2025, 1, 10)
            ),
            Vehicle(
                vin="LFVZMZHW0MD000130", customer_number="C000001", purchased_on=date(2024, 5, 31)
            ),
            Vehicle(
                vin="LSGYULPP4SB000154",
                customer_number="C000002",
                purchased_on=date(2024, 6, 1),
                last_business_on=date(2024, 2, 1),
            ),
        ],
        customer_sequence=2,
    )
    archive = restored(module_engine, shop)
    report = twins.lost_customers_report(archive, as_of=day)
    assert report == lost.lost_customers_report(shop, as_of=day)
    assert [(a.customer_number, a.segment, a.vins) for a in report.entries] == [
        ("C000002", ChurnSegment.RECENTLY_LOST, ()),
        ("C000001", ChurnSegment.FIRST_SERVICE_LOST, ("LVS40UUA9SA000168", "LFVZMZHW0MD000130")),
    ]
