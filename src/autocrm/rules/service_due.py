"""When a vehicle's next maintenance falls due, and why.

The earlier of a time-based date (the last maintenance, or the purchase for the first
one, plus the interval in months) and the day the mileage is predicted to reach the
interval in km ([`autocrm.rules.mileage`][autocrm.rules.mileage]); an explicit
next-maintenance date on the vehicle wins (see [reminders][sources-reminders]).

Examples:
    >>> from datetime import date
    >>> from autocrm.domain import Vehicle
    >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
    ...               purchased_on=date(2025, 3, 18))
    >>> next_service_due(car, [], as_of=date(2025, 4, 1)).due_on
    datetime.date(2025, 6, 18)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import attrs
from dateutil.relativedelta import relativedelta

from autocrm.domain.labels import LabelledEnum
from autocrm.domain.time import as_date
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import InvalidComponent
from autocrm.rules._visits import (
    checked,
    checked_items,
    maintenance_visits,
    odometer_points,
)
from autocrm.rules.mileage import DailyKm, estimate_daily_km
from autocrm.rules.service_policy import ServicePolicy

__all__ = ["ServiceDue", "ServiceDueBasis", "next_service_due"]


class ServiceDueBasis(LabelledEnum):
    """Which rule gave a service due date.

    Examples:
        >>> from autocrm.rules.service_due import ServiceDueBasis
        >>> ServiceDueBasis.EXPLICIT.value, ServiceDueBasis.EXPLICIT.label
        ('explicit', '指定日期')
        >>> ServiceDueBasis.from_label('指定日期') is ServiceDueBasis.EXPLICIT
        True
    """

    EXPLICIT = ("explicit", "指定日期")
    TIME = ("time", "按时间")
    MILEAGE = ("mileage", "按里程")


@attrs.frozen(kw_only=True)
class ServiceDue:
    """When a vehicle's next maintenance falls due, and why.

    Attributes:
        vin: The vehicle.
        due_on: The earlier of the time-based and the mileage-based dates (or the
            vehicle's explicit next-maintenance date).
        basis: Which of them won.
        first_service: True when the next maintenance is the first one (首保).
        last_service_on / last_service_km: The last maintenance the rule counted from.
        time_due_on: Last maintenance (or purchase) plus the interval in months.
        target_km / mileage_due_on: The odometer the maintenance is due at and the day
            it is predicted to be reached (None without an average).
        daily_km: The km-per-day estimate used.
        newest_reading_on / reading_age_days: How old the prediction's evidence is.
        low_confidence: The mileage prediction rests on a reading older than
            ``stale_reading_days``.
        rule: The rule with the policy values used.
        evidence: The facts used, in plain words.

    Examples:
        >>> ServiceDue(vin="LFV2A21K3D3109826", due_on=date(2026, 1, 1),
        ...            basis=ServiceDueBasis.TIME, rule="r").basis.label
        '按时间'
    """

    vin: str
    due_on: date
    basis: ServiceDueBasis
    first_service: bool = False
    last_service_on: date | None = None
    last_service_km: int | None = None
    time_due_on: date | None = None
    target_km: int | None = None
    mileage_due_on: date | None = None
    daily_km: DailyKm | None = None
    newest_reading_on: date | None = None
    reading_age_days: int | None = None
    low_confidence: bool = False
    rule: str
    evidence: tuple[str, ...] = ()


def next_service_due(
    vehicle: Vehicle,
    work_orders: Sequence[WorkOrder],
    readings: Sequence[OdometerReading] = (),
    *,
    as_of: date | datetime,
    policy: ServicePolicy = ServicePolicy(),
) -> ServiceDue:
    """Return when the vehicle's next maintenance falls due.

    * An explicit ``vehicle.next_maintenance_on`` wins, unless a maintenance visit on or
      after that date has already served it.
    * After a maintenance (the latest maintenance or first-maintenance work order up to
      ``as_of``, or else ``vehicle.first_maintenance_on``): the earlier of that date plus
      ``interval_months`` and the day the odometer is predicted to reach that visit's km
      plus ``interval_km``.
    * Before any maintenance (首保): the earlier of purchase plus
      ``first_service_months`` and the day the odometer reaches ``first_service_km``.

    The km per day comes from ``readings`` and the mileage of the vehicle's work orders
    (see [`estimate_daily_km`][autocrm.rules.mileage.estimate_daily_km]); only readings and
    visits up to ``as_of`` count, so
    the same ``as_of`` always gives the same answer. The due date may lie in the past
    (an overdue maintenance).

    Args:
        vehicle: The vehicle.
        work_orders: Its work orders (others are ignored).
        readings: Its odometer readings (others are ignored).
        as_of: The day of the question.
        policy: The service numbers.

    Returns:
        The due date with its basis and evidence.

    Raises:
        autocrm.errors.InvalidComponent: nothing to count from: no explicit date, no
            maintenance and no purchase date (``field="purchased_on"``); or a backwards
            reading under policy ``"refuse"``.
        autocrm.errors.InvalidFormat: ``as_of`` is not a date or is a naive datetime.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, OdometerReading, Vehicle, WorkOrder
        >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...               purchased_on=date(2024, 3, 18))
        >>> wo = WorkOrder(number="WO1", customer_number="C1", vin=car.vin,
        ...                service_types=["保养"], mileage_km=12_000,
        ...                opened_at=datetime(2025, 6, 2, 9, tzinfo=CHINA_TZ))
        >>> due = next_service_due(car, [wo], [OdometerReading(car.vin, date(2025, 7, 2), 13_500)],
        ...                        as_of=date(2025, 7, 10))
        >>> due.due_on, due.basis.value, due.target_km
        (datetime.date(2025, 9, 10), 'mileage', 17000)
    """
    policy = checked(policy, ServicePolicy, "policy")
    checked(vehicle, Vehicle, "vehicle")
    work_orders = checked_items(work_orders, WorkOrder, "work_orders")
    readings = checked_items(readings, OdometerReading, "readings")
    today = as_date(as_of)
    visits = maintenance_visits(work_orders, vehicle.vin, today)
    evidence: list[str] = []
    last_visit = visits[-1] if visits else None
    if last_visit is not None:
        evidence.append(
            f"last maintenance {last_visit.number} on {last_visit.visit_date}"
            + (f" at {last_visit.mileage_km} km" if last_visit.mileage_km is not None else "")
        )

    explicit = vehicle.next_maintenance_on
    if explicit is not None and (last_visit is None or last_visit.visit_date < explicit):
        return ServiceDue(
            vin=vehicle.vin, due_on=explicit, basis=ServiceDueBasis.EXPLICIT,
            first_service=last_visit is None and vehicle.first_maintenance_on is None,
            last_service_on=None if last_visit is None else last_visit.visit_date,
            last_service_km=None if last_visit is None else last_visit.mileage_km,
            rule=policy.due_rule(explicit=True),
            evidence=(f"vehicle.next_maintenance_on = {explicit}", *evidence),
        )  # fmt: skip

    # Odometer evidence: the readings plus the mileage written on each visit.
    km_points = odometer_points(vehicle, work_orders, readings, today)
    daily = estimate_daily_km(km_points, purchased_on=vehicle.purchased_on, policy=policy)

    if last_visit is not None or vehicle.first_maintenance_on is not None:
        first_service = False
        if last_visit is not None:
            start, start_km = last_visit.visit_date, last_visit.mileage_km
        else:
            assert vehicle.first_maintenance_on is not None
            start, start_km = vehicle.first_maintenance_on, None
            evidence.append(f"vehicle.first_maintenance_on = {start}")
        months, km_step = policy.interval_months, policy.interval_km
        target_km = None if start_km is None else start_km + km_step
    else:
        if vehicle.purchased_on is None:
            msg = (
                f"purchased_on: vehicle {vehicle.vin} has no purchase date, no maintenance "
                "and no next-maintenance date: nothing to count the next service from"
            )
            raise InvalidComponent(msg, field="purchased_on", value=None)
        first_service = True
        start, start_km = vehicle.purchased_on, 0
        evidence.append(f"purchased on {start}, no maintenance yet")
        months, km_step = policy.first_service_months, policy.first_service_km
        target_km = km_step

    time_due = start + relativedelta(months=months)
    evidence.append(f"{start} + {months} months = {time_due}")
    mileage_due: date | None = None
    newest = daily.newest
    predicted = False
    if target_km is not None and newest is not None and newest.km >= target_km:
        # Already past the target: the first reading at or over it is the evidence.
        reached = next(r for r in daily.readings_used if r.km >= target_km)
        mileage_due = max(start, reached.on)
        evidence.append(f"{target_km} km already reached: {reached.km} km on {reached.on}")
    elif target_km is not None and (reaching := daily.day_reaching(target_km)) is not None:
        mileage_due = max(start, reaching)
        predicted = True
        evidence.append(
            f"{daily.km_per_day} km/day ({daily.basis}); {target_km} km reached about {mileage_due}"
        )
    age = None if newest is None else (today - newest.on).days
    low_confidence = predicted and age is not None and age > policy.stale_reading_days
    if low_confidence:
        evidence.append(
            f"newest reading is {age} days old (> ServicePolicy.stale_reading_days="
            f"{policy.stale_reading_days}): low confidence"
        )
    if mileage_due is not None and mileage_due < time_due:
        due_on, basis = mileage_due, ServiceDueBasis.MILEAGE
    else:
        due_on, basis = time_due, ServiceDueBasis.TIME
    return ServiceDue(
        vin=vehicle.vin, due_on=due_on, basis=basis, first_service=first_service,
        last_service_on=None if first_service else start,
        last_service_km=None if first_service else start_km,
        time_due_on=time_due, target_km=target_km, mileage_due_on=mileage_due,
        daily_km=daily, newest_reading_on=None if newest is None else newest.on,
        reading_age_days=age, low_confidence=low_confidence,
        rule=policy.due_rule(first_service=first_service),
        evidence=tuple(evidence),
    )  # fmt: skip
