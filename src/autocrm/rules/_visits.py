"""Evidence shared by the customer rules: visits, odometer points, argument checks (private).

[`churn`][autocrm.rules.churn], [`loyalty`][autocrm.rules.loyalty],
[`reminders`][autocrm.rules.reminders] and [`membership`][autocrm.rules.membership] read a
customer's history the same way; this module holds that one reading so the rules cannot drift
apart. Nothing here is public API: the public rules document what counts (see the
[`churn`][autocrm.rules.churn] module docstring for what counts as a visit).

Examples:
    >>> from datetime import date
    >>> next_anniversary(date(1980, 2, 29), date(2025, 1, 10), "feb28")
    datetime.date(2025, 2, 28)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

import attrs

from autocrm.domain.checks import check_collection, whole_number, with_article
from autocrm.domain.checks import checked as checked  # the rules import it from here
from autocrm.domain.customer import Customer
from autocrm.domain.identifiers import ric
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import (
    InvalidFormat,
    InvalidPolicyValue,
    PolicyError,
    ValidationError,
)

_T = TypeVar("_T")


def at_least(
    minimum: int, error: type[ValidationError] = InvalidPolicyValue
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``.

    [`whole_number`][autocrm.domain.checks.whole_number] with no upper bound.
    """
    return whole_number(minimum, error=error)


def policy_items(value: object, field: str) -> list[object]:
    """The items of a policy value that lists names: one string is a list of one.

    Refuses what is no collection (None, a number) with a PolicyError naming ``field``.

    Examples:
        >>> policy_items("保养", "no_callback_types"), policy_items(("a", "b"), "models")
        (['保养'], ['a', 'b'])
        >>> policy_items(3, "models")
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: models: expected a name or a collection of names, got int
    """
    if isinstance(value, str):
        return [value]
    if isinstance(value, bytes) or not isinstance(value, Iterable):
        msg = f"{field}: expected a name or a collection of names, got {type(value).__name__}"
        raise PolicyError(msg, field=field, value=value)
    return list(value)


def check_customer(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(value).__name__}"
        raise InvalidFormat(msg, field="customer", value=value)
    return value


def check_iterable(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    check_collection(values, field)


def checked_items(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = (
                f"{field}[{index}]: expected {with_article(kind.__name__)}, "
                f"got {type(item).__name__}"
            )
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def own_work_orders(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[WorkOrder]:
    """The customer's work orders opened on or before ``day``.

    A work order is the customer's when it carries his number or is for one of his
    vehicles (a company car may be brought in under the driver's name).
    """
    vins = {vehicle.vin for vehicle in vehicles}
    return [
        wo
        for wo in work_orders
        if (wo.customer_number == customer.number or wo.vin in vins) and wo.visit_date <= day
    ]


def visit_dates(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    vins = {vehicle.vin for vehicle in vehicles}
    number = customer.number
    dates = []
    for wo in work_orders:  # own_work_orders, each visit date worked out once
        if wo.customer_number == number or wo.vin in vins:
            on = wo.visit_date
            if on <= day:
                dates.append(on)
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def last_visit(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see
    [`visit_dates`][autocrm.rules._visits.visit_dates]), or None."""
    dates = visit_dates(customer, vehicles, work_orders, day)
    return dates[-1] if dates else None


def maintenance_visits(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    """The vehicle's maintenance work orders (首保 or 保养) up to ``day``, oldest first.

    Sorted by visit date, then work-order number.
    """
    return sorted(
        (wo for wo in work_orders if wo.vin == vin and wo.is_maintenance and wo.visit_date <= day),
        key=lambda wo: (wo.visit_date, wo.number),
    )


def odometer_points(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    [`estimate_daily_km`][autocrm.rules.mileage.estimate_daily_km] is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def next_anniversary(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    A 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def birth_date_of(customer: Customer) -> date | None:
    """The customer's birth date, or the one in his resident ID when none is recorded."""
    return birth_date_from(customer.birth_date, customer.resident_id)


def birth_date_from(birth_date: date | None, resident_id: str | None) -> date | None:
    """A birth date on record, else the one in a resident ID (None if neither gives one)."""
    if birth_date is not None:
        return birth_date
    if resident_id is not None:
        try:
            return ric.birth_date(resident_id)
        except ValueError:
            return None
    return None


def customer_records(
    snapshot: Snapshot, customer: Customer
) -> tuple[tuple[Vehicle, ...], tuple[WorkOrder, ...]]:
    """A customer's vehicles, and the work orders of the customer or of those vehicles."""
    vehicles = snapshot.vehicles_of(customer.number)
    seen: dict[str, WorkOrder] = {wo.number: wo for wo in snapshot.work_orders_of(customer.number)}
    for vehicle in vehicles:
        for wo in snapshot.work_orders_for(vehicle.vin):
            seen.setdefault(wo.number, wo)
    return vehicles, tuple(seen.values())
