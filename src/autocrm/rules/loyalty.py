"""Loyalty classes from the routine maintenance a customer brings back.

[Loyalty][sources-loyalty-class] is judged on whether, after the first maintenance, the
customer comes to this shop for the routine maintenance that falls due. Each maintenance that
falls due is a *chance*; a maintenance visit within the window around the due date
*takes* it. The shop's classes, from the chances and the chances taken:

========== ====== =====================================================
class      label  rule
========== ====== =====================================================
LOST       流失客户 no visit within ``ChurnPolicy.lost_after_days`` (one year)
NEW        新客户   no chance yet (no first maintenance, or none fallen due)
LOYAL      忠诚客户 every chance taken
REGULAR    经常客户 at least half taken (``regular_min_share``)
OCCASIONAL 偶尔客户 some taken
DEFECTED   背离客户 none taken
========== ====== =====================================================

Due dates follow the maintenance interval of
[`ServicePolicy`][autocrm.rules.service_policy.ServicePolicy] (every 6 months or 5,000 km, whichever
comes first; km only when the car has an average km/day), counted from the last maintenance. The
km/day is the one the maintenance reminders use
([`estimate_daily_km`][autocrm.rules.mileage.estimate_daily_km] over the odometer readings and the
mileage on the car's work orders up to ``as_of``). A missed chance moves the schedule on from its
due date; a visit before the window opens (early) restarts it from that visit.

Examples:
    >>> from datetime import date, datetime
    >>> from autocrm.domain import CHINA_TZ, Customer, Vehicle, WorkOrder
    >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
    ...               first_maintenance_on=date(2024, 6, 3))
    >>> def visit(n, day):
    ...     return WorkOrder(f"WO{n}", customer_number="C1", vin=car.vin,
    ...                      opened_at=datetime.combine(day, datetime.min.time(), CHINA_TZ),
    ...                      service_types=["保养"])
    >>> result = classify_loyalty(Customer(number="C1", name="王建国"), [car],
    ...                           [visit(1, date(2024, 12, 10)), visit(2, date(2025, 6, 5))],
    ...                           as_of=date(2025, 12, 20))
    >>> result.loyalty_class.label, result.chances, result.taken
    ('忠诚客户', 2, 2)
    >>> for chance in result.evidence:
    ...     print(chance.due_on, chance.taken_on, chance.pending)
    2024-12-03 2024-12-10 False
    2025-06-10 2025-06-05 False
    2025-12-05 None True
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal

import attrs
from dateutil.relativedelta import relativedelta

from autocrm.domain.customer import Customer
from autocrm.domain.membership import LoyaltyClass
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import ServiceType, WorkOrder
from autocrm.errors import InvalidPolicyValue, shown
from autocrm.rules._visits import (
    at_least,
    check_customer,
    checked,
    checked_items,
    last_visit,
    maintenance_visits,
    odometer_points,
)
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.churn_segments import churn_segment
from autocrm.rules.mileage import estimate_daily_km
from autocrm.rules.service_policy import ServicePolicy

__all__ = ["Chance", "LoyaltyAssessment", "LoyaltyPolicy", "classify_loyalty"]


def _share(instance: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal) or not value.is_finite() or not 0 < value <= 1:
        msg = f"{attribute.name}: expected a Decimal share in (0, 1], got {shown(value)}"
        raise InvalidPolicyValue(msg, field=attribute.name, value=value)


@attrs.frozen(kw_only=True)
class LoyaltyPolicy:
    """The numbers of the loyalty rule.

    Attributes:
        window_days_before / window_days_after: A maintenance visit from this many
            days before to this many days after the due date takes the chance.
        regular_min_share: The share of chances taken from which a customer is
            REGULAR (default one half).

    Examples:
        >>> LoyaltyPolicy().window_days_before
        30
    """

    window_days_before: int = attrs.field(default=30, validator=at_least(0))
    window_days_after: int = attrs.field(default=30, validator=at_least(0))
    regular_min_share: Decimal = attrs.field(default=Decimal("0.5"), validator=_share)


@attrs.frozen
class Chance:
    """One routine maintenance that fell due: the evidence of a loyalty class.

    Attributes:
        vin: The vehicle.
        due_on: When the maintenance fell due.
        basis: ``"months"`` or ``"km"``: which interval came first.
        opens_on / closes_on: The window in which a visit takes the chance.
        taken_on / work_order_number: The visit that took it (None: not taken).
        pending: Fallen due, not taken yet, window still open on ``as_of``: not
            counted either way.

    Examples:
        >>> c = Chance("LFV2A21K3D3109826", date(2025, 7, 8), "months",
        ...            date(2025, 6, 8), date(2025, 8, 7), taken_on=date(2025, 7, 1))
        >>> c.taken, c.pending
        (True, False)
    """

    vin: str
    due_on: date
    basis: str
    opens_on: date
    closes_on: date
    taken_on: date | None = None
    work_order_number: str | None = None
    pending: bool = False

    @property
    def taken(self) -> bool:
        """True if a maintenance visit in the window took the chance."""
        return self.taken_on is not None


@attrs.frozen
class LoyaltyAssessment:
    """A customer's loyalty class with the evidence.

    Attributes:
        customer_number: The customer.
        loyalty_class: The class.
        chances: Chances counted (pending ones excluded).
        taken: Chances taken.
        evidence: Every chance, counted or pending, by vehicle and due date.
        first_maintenance_on: The earliest first maintenance of his cars (None: none).
        last_visit_on: His last visit (see [`autocrm.rules.churn`][autocrm.rules.churn]).
        as_of: The day of the question.
        reason: The rule that decided and the policy values used.

    Examples:
        >>> a = LoyaltyAssessment("C1", LoyaltyClass.REGULAR, 3, 2, (), None, None,
        ...                       date(2025, 1, 1), "2 of 3 chances taken")
        >>> a.missed, a.loyalty_class.label
        (1, '经常客户')
    """

    customer_number: str
    loyalty_class: LoyaltyClass
    chances: int
    taken: int
    evidence: tuple[Chance, ...]
    first_maintenance_on: date | None
    last_visit_on: date | None
    as_of: date
    reason: str

    @property
    def missed(self) -> int:
        """Chances counted but not taken."""
        return self.chances - self.taken


# --- due dates ------------------------------------------------------------------


def _daily_km(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
    service_policy: ServicePolicy,
) -> Decimal | None:
    """The car's km/day on ``day``: the one estimate the maintenance reminders use.

    The same evidence (readings and work-order mileage up to ``day``, 0 km at
    purchase for a single reading) and the same rule
    ([`estimate_daily_km`][autocrm.rules.mileage.estimate_daily_km], backwards readings refused or
    ignored by ``ServicePolicy.backwards_readings``) as
    [`next_service_due`][autocrm.rules.service_due.next_service_due], so a chance falls due when the
    reminder said it would. No average, or none above 0: due dates by months only.
    """
    points = odometer_points(vehicle, work_orders, readings, day)
    rate = estimate_daily_km(
        points, purchased_on=vehicle.purchased_on, policy=service_policy
    ).km_per_day
    return rate if rate is not None and rate > 0 else None


def _due_after(last: date, rate: Decimal | None, months: int, km: int) -> tuple[date, str]:
    """Seed-default interval: ``months`` or ``km``, whichever comes first."""
    by_months = last + relativedelta(months=months)
    if rate is not None and km > 0:
        by_km = last + timedelta(days=max(1, math.ceil(Decimal(km) / rate)))
        if by_km < by_months:
            return by_km, "km"
    return by_months, "months"


def _maintenance_visits(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    visits: dict[date, WorkOrder] = {}
    for wo in maintenance_visits(work_orders, vin, day):
        visits.setdefault(wo.visit_date, wo)  # one visit a day
    return list(visits.values())


def _first_maintenance(vehicle: Vehicle, visits: Sequence[WorkOrder], day: date) -> date | None:
    # Loyalty counts from the first maintenance on: the recorded 首保 date or visit; a car
    # whose first maintenance was done elsewhere starts at its first maintenance here.
    firsts = [v.visit_date for v in visits if ServiceType.FIRST_MAINTENANCE in v.service_types]
    if vehicle.first_maintenance_on is not None and vehicle.first_maintenance_on <= day:
        firsts.append(vehicle.first_maintenance_on)
    if firsts:
        return min(firsts)
    return visits[0].visit_date if visits else None


def _vehicle_chances(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
    policy: LoyaltyPolicy,
    service_policy: ServicePolicy,
) -> list[Chance]:
    """Walk the maintenance schedule of one car from its first maintenance to ``day``."""
    visits = _maintenance_visits(work_orders, vehicle.vin, day)
    anchor = _first_maintenance(vehicle, visits, day)
    if anchor is None:
        return []
    rate = _daily_km(vehicle, work_orders, readings, day, service_policy)
    before = timedelta(days=policy.window_days_before)
    after = timedelta(days=policy.window_days_after)
    chances: list[Chance] = []
    last = anchor
    while True:
        due, basis = _due_after(
            last, rate, service_policy.interval_months, service_policy.interval_km
        )
        opens, closes = due - before, due + after
        following = next((v for v in visits if v.visit_date > last), None)
        if following is not None and following.visit_date < opens:
            last = following.visit_date  # early maintenance: the schedule restarts
            continue
        if following is not None and following.visit_date <= closes:
            # Taken, even if the due date is still ahead of ``as_of``: the customer
            # came for this maintenance a few days early.
            chances.append(
                Chance(
                    vehicle.vin, due, basis, opens, closes, following.visit_date, following.number
                )
            )
            last = following.visit_date
            continue
        if due >= day:
            break  # not fallen due yet
        if closes >= day:
            chances.append(Chance(vehicle.vin, due, basis, opens, closes, pending=True))
            break
        chances.append(Chance(vehicle.vin, due, basis, opens, closes))
        last = due  # missed: the next maintenance is counted from this due date
    return chances


# --- the class ------------------------------------------------------------------


def _class_of(chances: int, taken: int, policy: LoyaltyPolicy) -> LoyaltyClass:
    if chances == 0:
        return LoyaltyClass.NEW
    if taken == chances:
        return LoyaltyClass.LOYAL
    if taken == 0:
        return LoyaltyClass.DEFECTED
    if Decimal(taken) >= policy.regular_min_share * chances:
        return LoyaltyClass.REGULAR
    return LoyaltyClass.OCCASIONAL


def classify_loyalty(
    customer: Customer,
    vehicles: Sequence[Vehicle],
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading] = (),
    *,
    as_of: date,
    policy: LoyaltyPolicy = LoyaltyPolicy(),
    service_policy: ServicePolicy = ServicePolicy(),
    churn_policy: ChurnPolicy = ChurnPolicy(),
) -> LoyaltyAssessment:
    """Return the customer's loyalty class on ``as_of`` with its evidence.

    For each of the customer's cars, from its first maintenance on, every routine
    maintenance that fell due before ``as_of`` is a chance, and a maintenance visit
    (首保 or 保养) from ``window_days_before`` before to ``window_days_after`` after the
    due date takes it. A chance whose window is still open on ``as_of`` and not yet
    taken is pending and not counted; one taken early (due date still ahead) counts.
    LOST (see [`autocrm.rules.churn_segments.is_lost`][autocrm.rules.churn_segments.is_lost]) comes
    first; then NEW when no chance counts, LOYAL when all are taken, DEFECTED when none, REGULAR
    when at least ``regular_min_share`` are, OCCASIONAL otherwise.

    Args:
        customer: The customer.
        vehicles: His vehicles.
        work_orders: Work orders; those for his vehicles make the chances, those of
            the customer or his vehicles are his visits.
        readings: Odometer readings (with the mileage on the work orders, the car's
            km/day of [`estimate_daily_km`][autocrm.rules.mileage.estimate_daily_km]: km-based due
            dates when there is one).
        as_of: The day of the question (a date or an aware datetime).
        policy: The due window and the REGULAR share.
        service_policy: The maintenance interval.
        churn_policy: When a customer is lost.

    Returns:
        The class, the chances and chances taken, and every chance as evidence.

    Raises:
        autocrm.errors.InvalidFormat: an argument of the wrong type or a naive ``as_of``.
        autocrm.errors.InvalidComponent: ``as_of`` so near the first or last date of the
            calendar that a window of the churn policy leaves it
            ([`ChurnPolicy.check_as_of`][autocrm.rules.churn.ChurnPolicy.check_as_of]).
        autocrm.errors.InvalidComponent: a backwards odometer reading of a car with a
            first maintenance, under ``service_policy.backwards_readings="refuse"``.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import Customer, Vehicle
        >>> car = Vehicle(vin="1HGCM82633A004352", customer_number="C2",
        ...               first_maintenance_on=date(2025, 1, 8))
        >>> li = Customer(number="C2", name="李娜")
        >>> classify_loyalty(li, [car], [], as_of=date(2025, 5, 1)).loyalty_class.label
        '新客户'
        >>> late = classify_loyalty(li, [car], [], as_of=date(2025, 9, 1))
        >>> late.loyalty_class.label, late.chances, late.evidence[0].due_on
        ('背离客户', 1, datetime.date(2025, 7, 8))
        >>> classify_loyalty(li, [car], [], as_of=date(2026, 2, 1)).loyalty_class.label
        '流失客户'
    """
    policy = checked(policy, LoyaltyPolicy, "policy")
    service_policy = checked(service_policy, ServicePolicy, "service_policy")
    churn_policy = checked(churn_policy, ChurnPolicy, "churn_policy")
    day = churn_policy.check_as_of(as_of)
    owner = check_customer(customer)
    cars: list[Vehicle] = checked_items(vehicles, Vehicle, "vehicles")
    orders: list[WorkOrder] = checked_items(work_orders, WorkOrder, "work_orders")
    meters: list[OdometerReading] = checked_items(readings, OdometerReading, "readings")
    evidence: list[Chance] = []
    firsts: list[date] = []
    for car in cars:
        own = [wo for wo in orders if wo.vin == car.vin]
        first = _first_maintenance(car, _maintenance_visits(own, car.vin, day), day)
        if first is not None:
            firsts.append(first)
        evidence.extend(_vehicle_chances(car, own, meters, day, policy, service_policy))
    counted = [c for c in evidence if not c.pending]
    chances = len(counted)
    taken = sum(1 for c in counted if c.taken)
    window = (
        f"window {policy.window_days_before} days before to {policy.window_days_after} "
        f"days after each due date, every {service_policy.interval_months} months or "
        f"{service_policy.interval_km} km"
    )
    segment = churn_segment(owner, cars, orders, as_of=day, policy=churn_policy)
    if segment.is_lost:
        loyalty_class = LoyaltyClass.LOST
        reason = f"lost ({segment.segment.label}): {segment.reason}"
    else:
        loyalty_class = _class_of(chances, taken, policy)
        if chances == 0:
            reason = "no routine maintenance has fallen due after the first maintenance"
        else:
            reason = f"{taken} of {chances} routine maintenance chances taken"
        reason = f"{reason} ({window})"
    return LoyaltyAssessment(
        customer_number=owner.number,
        loyalty_class=loyalty_class,
        chances=chances,
        taken=taken,
        evidence=tuple(sorted(evidence, key=lambda c: (c.due_on, c.vin))),
        first_maintenance_on=min(firsts, default=None),
        last_visit_on=last_visit(owner, cars, orders, day),
        as_of=day,
        reason=reason,
    )
