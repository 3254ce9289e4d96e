"""The generated cars' service history: visits, work orders and odometer readings.

A car comes back for maintenance by its own mileage and for repairs in between; some
owners drift away; the next maintenance of an active car is often booked.

Examples:
    >>> import random
    >>> from datetime import date
    >>> from autocrm.testing._synthetic_people import add_person, add_vehicle
    >>> shop = Shop(random.Random(3), date(2025, 10, 1))
    >>> car = add_vehicle(shop, add_person(shop))
    >>> all(order.vin == car.vin for order in shop.work_orders)
    True
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    AppointmentKind,
    Customer,
    LineKind,
    OdometerReading,
    Payer,
    ServiceType,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.testing._synthetic_desk import new_appointment, new_complaint
from autocrm.testing._synthetic_shop import _ADVISORS, Shop, time_on

_TECHNICIANS = ("刘洋", "孙磊", "周涛", "吴勇", "郑军")


def work_lines(rng: random.Random, types: frozenset[ServiceType]) -> list[WorkOrderLine]:
    lines: list[WorkOrderLine] = []
    if types & {ServiceType.FIRST_MAINTENANCE}:
        lines.append(WorkOrderLine("首保工时", "0", payer=Payer.WARRANTY))
        lines.append(WorkOrderLine("机油机滤", "0", payer=Payer.WARRANTY, kind=LineKind.PART))
    if ServiceType.MAINTENANCE in types:
        lines.append(WorkOrderLine("保养工时", Decimal(rng.choice((180, 220, 260)))))
        lines.append(
            WorkOrderLine(
                "机油机滤", Decimal(rng.randint(300, 900)) + Decimal("0.5"), kind=LineKind.PART
            )
        )
    if ServiceType.MINOR_REPAIR in types:
        lines.append(WorkOrderLine("小修", Decimal(rng.randint(80, 1500)), kind=LineKind.PART))
    if ServiceType.MAJOR_REPAIR in types:
        lines.append(WorkOrderLine("大修工时", Decimal(rng.randint(1500, 6000))))
        lines.append(WorkOrderLine("总成件", Decimal(rng.randint(3000, 20000)), kind=LineKind.PART))
    if types & {ServiceType.INSURANCE_REPAIR, ServiceType.BODY_PAINT}:
        lines.append(
            WorkOrderLine(
                "钣金喷漆", Decimal(rng.randint(800, 9000)) + Decimal("0.25"), payer=Payer.INSURANCE
            )
        )
        if rng.random() < 0.3:
            lines.append(WorkOrderLine("免赔额", Decimal(rng.choice((300, 500)))))
    if ServiceType.WARRANTY_CLAIM in types:
        lines.append(
            WorkOrderLine(
                "索赔件", Decimal(rng.randint(200, 5000)), payer=Payer.WARRANTY, kind=LineKind.PART
            )
        )
    if ServiceType.DECORATION in types:
        lines.append(
            WorkOrderLine("精品", Decimal(rng.randint(200, 3000)), kind=LineKind.ACCESSORY)
        )
    return lines


def add_history(shop: Shop, owner: Customer, car: Vehicle) -> None:
    rng = shop.rng
    assert car.purchased_on is not None
    km_per_day = rng.uniform(20, 80)
    propensity = rng.random()  # how faithfully this owner comes back
    # The shop's own rule brings a faithful owner back every 5,000 km or 6 months,
    # whichever first (first maintenance at 3,000 km or 3 months): a car driven
    # 50 km a day comes every 100 days, not twice a year.
    first_gap = min(91, round(3000 / km_per_day))
    routine_gap = min(182, round(5000 / km_per_day))
    # Owners drift away for good (moved, sold the car, went to a cheaper garage):
    # about one in seven a year, so that an archive holds lost customers too.
    leaves = car.purchased_on + timedelta(days=round(rng.expovariate(0.15 / 365)))
    until = min(shop.as_of, leaves)
    day = car.purchased_on
    first = True
    last_maintenance: date | None = None
    if car.is_new_car_sale:
        new_order(shop, owner, car, day, frozenset({ServiceType.NEW_CAR_DELIVERY}), 5)
    while True:
        gap = first_gap if first else routine_gap
        day = day + timedelta(days=rng.randint(gap - gap // 10, gap + gap // 5))
        if day >= until:
            break
        if rng.random() > 0.85 + 0.15 * propensity:
            first = False
            continue
        types = {ServiceType.FIRST_MAINTENANCE if first else ServiceType.MAINTENANCE}
        roll = rng.random()
        if roll < 0.10:
            types.add(ServiceType.MINOR_REPAIR)
        elif roll < 0.13:
            types.add(ServiceType.INSURANCE_REPAIR)
        elif roll < 0.17:
            types.add(ServiceType.WARRANTY_CLAIM)
        elif roll < 0.19:
            types.add(ServiceType.DECORATION)
        km = int((day - car.purchased_on).days * km_per_day) + 12
        new_order(shop, owner, car, day, frozenset(types), km)
        first = False
        last_maintenance = day
    if leaves > shop.as_of:
        book_next(shop, owner, car, last_maintenance, routine_gap if not first else first_gap)
    # Repair-only visits (一般维修) between the maintenances: a faithful owner brings
    # the car in for a fault about once a year, a drifting one less often.
    rate = (0.3 + 1.2 * propensity) / 365
    day = car.purchased_on + timedelta(days=round(rng.expovariate(rate)))
    while day < until:
        roll = rng.random()
        kind = (
            ServiceType.MINOR_REPAIR
            if roll < 0.75
            else ServiceType.WARRANTY_CLAIM
            if roll < 0.9
            else ServiceType.MAJOR_REPAIR
        )
        km = int((day - car.purchased_on).days * km_per_day) + 12
        new_order(shop, owner, car, day, frozenset({kind}), km)
        day = day + timedelta(days=max(7, round(rng.expovariate(rate))))
    if rng.random() < 0.08:
        accident = shop.as_of - timedelta(days=rng.randint(1, 700))
        if car.purchased_on < accident < until:
            km = int((accident - car.purchased_on).days * km_per_day)
            new_order(
                shop,
                owner,
                car,
                accident,
                frozenset({ServiceType.INSURANCE_REPAIR, ServiceType.BODY_PAINT}),
                km,
            )


def book_next(shop: Shop, owner: Customer, car: Vehicle, last: date | None, gap: int) -> None:
    """Book the coming maintenance of a car still served here, as a desk does.

    The reminder call a week or two before the due day books most owners: a car
    due from two weeks ago to three weeks ahead has an appointment in the coming
    days (proactive: the shop called; passive: the owner called) two times in three.
    """
    rng = shop.rng
    assert car.purchased_on is not None
    due = (last or car.purchased_on) + timedelta(days=gap)
    if not -21 <= (due - shop.as_of).days <= 35 or rng.random() > 0.8:
        return
    slot_day = max(due, shop.as_of + timedelta(days=rng.randint(1, 6)))
    slot = datetime.combine(slot_day, time(rng.randint(8, 16), 0), tzinfo=CHINA_TZ)
    booked = datetime.combine(
        shop.as_of - timedelta(days=rng.randint(0, 6)), time(10, 0), tzinfo=CHINA_TZ
    )
    shop.appointments.append(
        Appointment(
            number=f"YY{len(shop.appointments) + 1:07d}",
            customer_number=owner.number,
            vin=car.vin,
            kind=AppointmentKind.PROACTIVE if rng.random() < 0.6 else AppointmentKind.PASSIVE,
            booked_at=min(booked, slot - timedelta(hours=24)),
            slot=slot,
            service_types={ServiceType.MAINTENANCE},
        )
    )


def new_order(
    shop: Shop, owner: Customer, car: Vehicle, day: date, types: frozenset[ServiceType], km: int
) -> None:
    rng = shop.rng
    opened = time_on(day, rng)
    hours = 4 if not types & {ServiceType.MAJOR_REPAIR, ServiceType.BODY_PAINT} else 72
    closed = opened + timedelta(hours=rng.randint(1, hours))
    order = WorkOrder(
        number=f"WO{len(shop.work_orders) + 1:08d}",
        customer_number=owner.number,
        vin=car.vin,
        opened_at=opened,
        closed_at=closed if closed.date() < shop.as_of else None,
        service_types=types,
        mileage_km=km,
        lines=work_lines(rng, types),
        service_advisor=rng.choice(_ADVISORS),
        technician=rng.choice(_TECHNICIANS),
    )
    shop.work_orders.append(order)
    shop.readings.append(OdometerReading(car.vin, day, km, source=order.number))
    if rng.random() < 0.003:
        new_complaint(shop, order)
    if rng.random() < 0.15 and ServiceType.NEW_CAR_DELIVERY not in types:
        new_appointment(shop, order)
