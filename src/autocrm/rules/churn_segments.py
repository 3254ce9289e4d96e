"""Churn segments: where a customer stands by the time since the last visit.

A customer who has not come for one year is lost (see
[lost customers][sources-lost-customers]). Dealer CRMs further tell apart
the active (last visit within 12 months), the recently lost (12 to 24 months), the
defected (over 24 months) and those who never came back for the first service
(首保流失); see [segments][sources-lost-customers]. What counts as a visit
is said in [`autocrm.rules.churn`][autocrm.rules.churn].

Examples:
    >>> from datetime import date, datetime
    >>> from autocrm.domain import CHINA_TZ, Customer, WorkOrder
    >>> wang = Customer(number="C1", name="王建国")
    >>> visit = WorkOrder("WO1", customer_number="C1", vin="LFV2A21K3D3109826",
    ...                   opened_at=datetime(2024, 5, 6, 9, tzinfo=CHINA_TZ),
    ...                   service_types=["保养"])
    >>> is_lost(wang, (), [visit], as_of=date(2025, 5, 6))
    False
    >>> is_lost(wang, (), [visit], as_of=date(2025, 5, 7))
    True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import cast

import attrs

from autocrm.domain.checks import check_collection
from autocrm.domain.customer import Customer
from autocrm.domain.labels import LabelledEnum
from autocrm.domain.vehicle import Vehicle
from autocrm.domain.work_order import ServiceType, WorkOrder
from autocrm.errors import InvalidComponent, shown
from autocrm.rules._visits import (
    check_customer,
    checked,
    checked_items,
    last_visit,
    own_work_orders,
)
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.contact import ContactHistory, LeftOff

__all__ = [
    "ChurnSegment",
    "SegmentAssessment",
    "churn_segment",
    "is_lost",
]


def _serviced_here(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> bool:
    for wo in own_work_orders(customer, vehicles, work_orders, day):
        if wo.service_types - {ServiceType.NEW_CAR_DELIVERY}:
            return True
    return any(
        (v.first_maintenance_on is not None and v.first_maintenance_on <= day)
        or (v.first_visit_on is not None and v.first_visit_on <= day)
        for v in vehicles
    )


# --- segments -------------------------------------------------------------------


class ChurnSegment(LabelledEnum):
    """Where a customer stands by the time since his last visit
    ([segments][sources-lost-customers]).

    Examples:
        >>> ChurnSegment.FIRST_SERVICE_LOST.label, ChurnSegment.ACTIVE.is_lost
        ('首保流失客户', False)
    """

    ACTIVE = ("active", "活跃客户")
    RECENTLY_LOST = ("recently_lost", "近期流失客户")
    DEFECTED = ("defected", "长期流失客户")
    FIRST_SERVICE_LOST = ("first_service_lost", "首保流失客户")
    NO_VISIT = ("no_visit", "无来店记录")

    @property
    def is_lost(self) -> bool:
        """True for the lost segments (recently lost, defected, first-service lost)."""
        return self in (
            ChurnSegment.RECENTLY_LOST,
            ChurnSegment.DEFECTED,
            ChurnSegment.FIRST_SERVICE_LOST,
        )

    @classmethod
    def selected(cls, segments: object = None) -> frozenset[ChurnSegment]:
        """The segments a list is drawn from: those given, or the lost ones for None.

        Args:
            segments: A collection of segments, each a member, its English value or
                its Chinese label; None for the lost segments.

        Raises:
            autocrm.errors.InvalidFormat: ``segments`` is no collection.
            autocrm.errors.InvalidComponent: an item names no segment; names
                ``segments[i]``.

        Examples:
            >>> sorted(s.value for s in ChurnSegment.selected(["defected", "近期流失客户"]))
            ['defected', 'recently_lost']
            >>> ChurnSegment.selected(None) == {s for s in ChurnSegment if s.is_lost}
            True
        """
        if segments is None:
            return frozenset(s for s in cls if s.is_lost)
        found: set[ChurnSegment] = set()
        items = cast("Iterable[object]", check_collection(segments, "segments"))
        for index, item in enumerate(items):
            member = next((s for s in cls if item is s or item in (s.value, s.label)), None)
            if member is None:
                field = f"segments[{index}]"
                msg = f"{field}: {shown(item)} is not a ChurnSegment"
                raise InvalidComponent(msg, field=field, value=item)
            found.add(member)
        return frozenset(found)


@attrs.frozen
class SegmentAssessment:
    """A customer's churn segment with its evidence.

    Attributes:
        customer_number: The customer.
        segment: The segment.
        last_visit_on: The last visit on or before ``as_of`` (None: none known).
        days_since_visit: Days from the last visit to ``as_of``.
        as_of: The day of the question.
        vins: For first-service lost, the cars bought long ago and never serviced.
        reason: The rule and the policy values that decided.

    Examples:
        >>> from autocrm.domain import Customer
        >>> a = churn_segment(Customer(number="C1", name="王建国"), as_of=date(2025, 1, 1))
        >>> a.segment.label, a.is_lost
        ('无来店记录', False)
    """

    customer_number: str
    segment: ChurnSegment
    last_visit_on: date | None
    days_since_visit: int | None
    as_of: date
    vins: tuple[str, ...]
    reason: str

    @property
    def is_lost(self) -> bool:
        """True when the segment is a lost one."""
        return self.segment.is_lost

    @property
    def win_back_key(self) -> tuple[int, int, str]:
        """Win-back list order: recently lost, first-service lost, defected; then most recent.

        Examples:
            >>> from autocrm.domain import Customer
            >>> churn_segment(Customer(number="C1", name="王建国"),
            ...               as_of=date(2025, 1, 1)).win_back_key
            (4, 1000000000, 'C1')
        """
        return (
            _SEGMENT_ORDER[self.segment],
            self.days_since_visit if self.days_since_visit is not None else 10**9,
            self.customer_number,
        )

    def win_back_left_off(self, history: ContactHistory, policy: ChurnPolicy) -> LeftOff | None:
        """Why this lost customer is kept off the win-back list, or None if he may be called.

        The win-back list is a marketing call list like any other ([contact
        pressure][sources-expectations]):
        ``policy.win_back_opt_out``, anonymised, already booked, or called in the last
        ``policy.contact_cooldown_days`` days.

        Examples:
            >>> from autocrm.domain import Customer
            >>> a = churn_segment(Customer(number="C1", name="王建国"), as_of=date(2025, 1, 1))
            >>> a.win_back_left_off(ContactHistory.of([]), ChurnPolicy()) is None
            True
        """
        pressure = history.pressure(
            self.customer_number, as_of=self.as_of, cooldown_days=policy.contact_cooldown_days,
            purpose=policy.win_back_opt_out,
        )  # fmt: skip
        if pressure is None:
            return None
        return LeftOff(
            customer_number=self.customer_number, subject=self.segment.value, pressure=pressure
        )

    @classmethod
    def from_facts(
        cls,
        customer_number: str,
        *,
        last_visit_on: date | None,
        serviced_here: bool,
        stale_vins: Sequence[str],
        as_of: date,
        policy: ChurnPolicy,
    ) -> SegmentAssessment:
        """The assessment [`churn_segment`][autocrm.rules.churn_segments.churn_segment] gives for
        these facts of a customer.

        The one place the segment rule is written:
        [`churn_segment`][autocrm.rules.churn_segments.churn_segment] gathers the
        facts from the customer's records, the SQL twin
        ([`lost_customers`][autocrm.adapters.sqlalchemy.rules.lost_customers]) from the database.

        Args:
            customer_number: The customer.
            last_visit_on: His last visit on or before ``as_of`` (None: none known).
            serviced_here: He had a visit other than the new-car delivery, or a vehicle
                with a first maintenance or first visit recorded, on or before ``as_of``.
            stale_vins: His cars bought more than ``policy.first_service_lost_days``
                before ``as_of`` (see
                [`first_service_lost_before`][autocrm.rules.churn.ChurnPolicy.first_service_lost_before]),
                in archive order.
            as_of: The day of the question.
            policy: The thresholds.

        Examples:
            >>> a = SegmentAssessment.from_facts("C1", last_visit_on=date(2024, 2, 1),
            ...     serviced_here=True, stale_vins=(), as_of=date(2025, 6, 1),
            ...     policy=ChurnPolicy())
            >>> a.segment.label, a.days_since_visit
            ('近期流失客户', 486)
        """
        day = as_of
        last = last_visit_on
        days = None if last is None else (day - last).days
        number = customer_number
        stale = tuple(stale_vins)
        if not serviced_here and stale:
            # 首保流失: bought more than a year ago and never brought in for service.
            reason = (
                f"never serviced here and bought more than {policy.first_service_lost_days} "
                f"days before {day}: {', '.join(stale)}"
            )
            return cls(number, ChurnSegment.FIRST_SERVICE_LOST, last, days, day, stale, reason)
        if last is None or days is None:
            reason = f"no visit on record on or before {day}"
            return cls(number, ChurnSegment.NO_VISIT, None, None, day, (), reason)
        if days <= policy.lost_after_days:
            segment = ChurnSegment.ACTIVE
            reason = f"last visit {last}, {days} days ago (≤ {policy.lost_after_days})"
        elif days <= policy.defected_after_days:
            segment = ChurnSegment.RECENTLY_LOST
            reason = (
                f"last visit {last}, {days} days ago (> {policy.lost_after_days}, "
                f"≤ {policy.defected_after_days}; recently lost is up to a year without a visit)"
            )
        else:
            segment = ChurnSegment.DEFECTED
            reason = f"last visit {last}, {days} days ago (> {policy.defected_after_days})"
        return cls(number, segment, last, days, day, (), reason)


def _segment(
    customer: Customer,
    vehicles: Sequence[Vehicle],
    work_orders: Sequence[WorkOrder],
    day: date,
    policy: ChurnPolicy,
) -> SegmentAssessment:
    serviced = _serviced_here(customer, vehicles, work_orders, day)
    cutoff = policy.first_service_lost_before(day)
    stale = (
        ()
        if serviced
        else tuple(
            v.vin for v in vehicles if v.purchased_on is not None and v.purchased_on < cutoff
        )
    )
    return SegmentAssessment.from_facts(
        customer.number,
        last_visit_on=last_visit(customer, vehicles, work_orders, day),
        serviced_here=serviced,
        stale_vins=stale,
        as_of=day,
        policy=policy,
    )


def churn_segment(
    customer: Customer,
    vehicles: Sequence[Vehicle] = (),
    work_orders: Iterable[WorkOrder] = (),
    *,
    as_of: date,
    policy: ChurnPolicy = ChurnPolicy(),
) -> SegmentAssessment:
    """Return the customer's churn segment on ``as_of``, with the evidence.

    Rules, in order: a customer never serviced here (no work order other than the
    new-car delivery, no first maintenance or first visit recorded) with a car
    bought more than ``first_service_lost_days`` ago is FIRST_SERVICE_LOST; a
    customer with no visit at all is NO_VISIT (no evidence, no verdict); otherwise
    the days since the last visit give ACTIVE (≤ ``lost_after_days``),
    RECENTLY_LOST (≤ ``defected_after_days``) or DEFECTED.

    Args:
        customer: The customer.
        vehicles: His vehicles.
        work_orders: Work orders (those of the customer or his vehicles count).
        as_of: The day of the question.
        policy: The thresholds.

    Raises:
        autocrm.errors.InvalidFormat: an argument of the wrong type or a naive ``as_of``.
        autocrm.errors.InvalidComponent: ``as_of`` so near the first or last date of the
            calendar that a window of the churn policy leaves it
            ([`ChurnPolicy.check_as_of`][autocrm.rules.churn.ChurnPolicy.check_as_of]).

    Examples:
        >>> from autocrm.domain import Customer, Vehicle
        >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...               purchased_on=date(2024, 3, 18), is_new_car_sale=True)
        >>> churn_segment(Customer(number="C1", name="王建国"), [car],
        ...               as_of=date(2025, 6, 1)).segment.label
        '首保流失客户'
    """
    policy = checked(policy, ChurnPolicy, "policy")
    day = policy.check_as_of(as_of)
    owner = check_customer(customer)
    cars = checked_items(vehicles, Vehicle, "vehicles")
    orders = checked_items(work_orders, WorkOrder, "work_orders")
    return _segment(owner, cars, orders, day, policy)


def is_lost(
    customer: Customer,
    vehicles: Sequence[Vehicle] = (),
    work_orders: Iterable[WorkOrder] = (),
    *,
    as_of: date,
    policy: ChurnPolicy = ChurnPolicy(),
) -> bool:
    """Return True if the customer is lost on ``as_of``; never raises.

    Lost means a lost segment of [`churn_segment`][autocrm.rules.churn_segments.churn_segment]: no
    visit for more than ``policy.lost_after_days`` (one year by default), or first-service lost. Bad
    input (wrong types, a naive ``as_of``) gives False.

    Examples:
        >>> from autocrm.domain import Customer
        >>> is_lost(Customer(number="C1", name="王建国"), as_of=date(2025, 1, 1))
        False
        >>> is_lost(None, as_of="yesterday")
        False
    """
    try:
        return churn_segment(customer, vehicles, work_orders, as_of=as_of, policy=policy).is_lost
    except Exception:  # a predicate answers, it does not raise
        return False


_SEGMENT_ORDER = {
    ChurnSegment.RECENTLY_LOST: 0,
    ChurnSegment.FIRST_SERVICE_LOST: 1,
    ChurnSegment.DEFECTED: 2,
    ChurnSegment.ACTIVE: 3,
    ChurnSegment.NO_VISIT: 4,
}
