"""Seed 000's question as one filter and one aggregate, in memory.

"In the last eight months, of Bank X's hundred cars, the sixty-odd insured with insurer
Y: how many visits, how much self-paid and how much paid by insurance?"
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from autocrm.adapters.memory import MemoryArchive
from autocrm.domain import (
    CHINA_TZ,
    Customer,
    Payer,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
    local_date,
)
from autocrm.domain.identifiers import vin as vin_id
from autocrm.query import (
    F,
    Filter,
    Measure,
    aggregate,
    count,
    count_distinct,
    sum_money,
    within_last,
)
from autocrm.testing.synthetic import BANK_X_NAME, INSURER_Y, generate_dealership

AS_OF = date(2026, 3, 31)
CLERK = "客服-李娜"


def seed_000_question(bank: str, insurer: str) -> tuple[Filter, dict[str, Measure]]:
    """The question as written by a service manager: one filter, one set of measures."""
    where = (
        (F.work_order.customer.name == bank)
        & (F.work_order.vehicle.insurer == insurer)
        & within_last(F.work_order.opened_at, months=8)
    )
    measures: dict[str, Measure] = {
        "visits": count(),
        "cars": count_distinct(F.work_order.vin),
        "self_paid": sum_money(F.work_order.self_paid),
        "insurance_paid": sum_money(F.work_order.insurance_paid),
    }
    return where, measures


def fleet_vin(serial: int) -> str:
    body = f"LFV2A21K0D3{100_000 + serial:06d}"
    return body[:8] + vin_id.check_digit(body) + body[9:]


def moment(y: int, m: int, d: int, h: int, minute: int = 0) -> datetime:
    return datetime(y, m, d, h, minute, tzinfo=CHINA_TZ)


def bank_x_archive() -> Snapshot:
    """Bank X with 100 cars, 62 insured with 平安产险; visits inside and outside the window.

    The window of the last eight months as of 2026-03-31 is 2025-08-01 .. 2026-03-31.
    """
    bank = Customer(number="C000001", name=BANK_X_NAME, kind="company")
    private = Customer(number="C000002", name="王建国")
    cars = [
        Vehicle(fleet_vin(i), bank.number, insurer=INSURER_Y if i < 62 else "人保财险")
        for i in range(100)
    ]
    own_car = Vehicle("1HGCM82633A004352", private.number, insurer=INSURER_Y)
    orders: list[WorkOrder] = []

    def visit(car: Vehicle, opened: datetime, insured: str) -> None:
        lines = [WorkOrderLine("保养", "300.00")]
        if insured != "0":
            lines.append(WorkOrderLine("钣喷", insured, payer=Payer.INSURANCE))
        orders.append(
            WorkOrder(
                f"WO{len(orders) + 1:06d}",
                customer_number=car.customer_number,
                vin=car.vin,
                opened_at=opened,
                service_types=["保养"],
                lines=lines,
            )
        )

    for i, car in enumerate(cars):
        insured = "2000.00" if i % 4 == 0 else "0"
        visit(car, moment(2025, 5, 15, 10), insured)  # before the window
        visit(car, moment(2025, 7, 31, 23, 30), insured)  # the evening before it opens
        if i % 2 == 0:
            visit(car, moment(2025, 8, 1, 0), insured)  # the first minute of the window
        if i % 3 == 0:
            visit(car, moment(2026, 3, 31, 17), insured)  # on the as_of day
    visit(own_car, moment(2025, 12, 1, 10), "5000.00")  # insurer Y, but not Bank X's car
    return Snapshot(customers=[bank, private], vehicles=[*cars, own_car], work_orders=orders)


def test_bank_x_has_sixty_odd_cars_with_insurer_y() -> None:
    snap = bank_x_archive()
    archive = MemoryArchive()
    archive.restore(snap)
    bank_cars = F.vehicle.customer.name == BANK_X_NAME
    assert archive.count(Vehicle, bank_cars) == 100
    assert archive.count(Vehicle, bank_cars & (F.vehicle.insurer == INSURER_Y)) == 62


def test_seed_000_question_in_memory_with_exact_numbers() -> None:
    where, measures = seed_000_question(BANK_X_NAME, INSURER_Y)
    result = aggregate(WorkOrder, bank_x_archive(), where=where, measures=measures, as_of=AS_OF)
    # Cars 0..61: 31 even ones visit on 2025-08-01, 21 multiples of 3 on 2026-03-31;
    # 22 of those 52 visits (cars divisible by 4) carry a 2000.00 insurance line.
    assert result.to_rows() == [
        {
            "visits": 52,
            "cars": 41,
            "self_paid": Decimal("15600.00"),
            "insurance_paid": Decimal("44000.00"),
        }
    ]


def test_seed_000_question_through_the_memory_archive() -> None:
    archive = MemoryArchive()
    snap = bank_x_archive()
    for customer in snap.customers:
        archive.add(customer, actor=CLERK, at=moment(2025, 1, 2, 9))
    for record in (*snap.vehicles, *snap.work_orders):
        archive.add(record, actor=CLERK, at=moment(2025, 1, 2, 9))
    where, measures = seed_000_question(BANK_X_NAME, INSURER_Y)
    result = archive.aggregate(WorkOrder, where=where, measures=measures, as_of=AS_OF)
    assert result.values_for() == {
        "visits": 52,
        "cars": 41,
        "self_paid": Decimal("15600.00"),
        "insurance_paid": Decimal("44000.00"),
    }
    assert archive.count(WorkOrder, where, as_of=AS_OF) == 52


@pytest.mark.parametrize("seed", [0, 7])
def test_seed_000_question_on_a_synthetic_dealership(seed: int) -> None:
    shop = generate_dealership(seed=seed, customers=200, as_of=AS_OF)
    where, measures = seed_000_question(BANK_X_NAME, INSURER_Y)
    got = aggregate(WorkOrder, shop, where=where, measures=measures, as_of=AS_OF).values_for()

    (bank,) = [c for c in shop.customers if c.name == BANK_X_NAME]
    insured_y = {v.vin for v in shop.vehicles_of(bank.number) if v.insurer == INSURER_Y}
    assert 60 <= len(insured_y) < 70
    chosen = [
        w
        for w in shop.work_orders
        if w.customer_number == bank.number
        and w.vin in insured_y
        and date(2025, 8, 1) <= local_date(w.opened_at) <= AS_OF
    ]
    assert chosen, "the synthetic Bank X has visits in the window"
    assert got == {
        "visits": len(chosen),
        "cars": len({w.vin for w in chosen}),
        "self_paid": sum((w.paid_by(Payer.SELF) for w in chosen), Decimal("0.00")),
        "insurance_paid": sum((w.paid_by(Payer.INSURANCE) for w in chosen), Decimal("0.00")),
    }
