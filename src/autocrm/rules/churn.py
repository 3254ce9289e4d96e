"""Lost customers, early warning and churn risk (SPEC §6, seeds 000 and 003).

Seed 003: a customer who has not come for one year is lost. Seed 000: over the
last seven months, who came in the first five but not in the last two, and of
those whose birthday is near and whose car is due for maintenance? Those are the
customers to call. Dealer CRMs also segment customers by the time since their last
visit (active ≤ 12 months, recently lost 12–24, defected > 24) and single out those
who never came back for the first service (首保流失).

What counts as a visit (the evidence of every rule here): a work order of the
customer (its local opening date), and the dates the archive keeps on the
customer's vehicles that record a visit: ``last_business_on``,
``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop sold
the car (``is_new_car_sale``). Nothing after ``as_of`` is looked at.

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

from collections.abc import Collection, Iterable, Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

import attrs
from dateutil.relativedelta import relativedelta

from autocrm.domain._enum import LabelledEnum
from autocrm.domain.complaint import Complaint, ComplaintStatus
from autocrm.domain.customer import ContactPurpose, Customer
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import as_date
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import ServiceType, WorkOrder
from autocrm.errors import AutocrmError, InvalidComponent, shown
from autocrm.rules._visits import (
    at_least,
    birth_date_from,
    check_customer,
    checked,
    checked_items,
    last_visit,
    next_anniversary,
    own_work_orders,
    visit_dates,
)
from autocrm.rules.contact import ContactHistory, LeftOff, PressureKind
from autocrm.rules.reminders import ServicePolicy, next_service_due

if TYPE_CHECKING:
    from autocrm.rules.loyalty import LoyaltyPolicy

__all__ = [
    "ChurnPolicy",
    "ChurnRisk",
    "ChurnSegment",
    "EarlyWarning",
    "LostCustomers",
    "RiskComponent",
    "RiskLevel",
    "SegmentAssessment",
    "WarningEntry",
    "churn_risk",
    "churn_segment",
    "early_warning",
    "is_lost",
    "last_visit_on",
    "lost_customers",
    "lost_customers_report",
]


def _purpose_of(value: object, field: str) -> ContactPurpose:
    for purpose in ContactPurpose:
        if value is purpose or value in (purpose.value, purpose.label):
            return purpose
    allowed = ", ".join(p.value for p in ContactPurpose)
    msg = f"{field}: {shown(value)} is not a ContactPurpose ({allowed})"
    raise InvalidComponent(msg, field=field, value=value)


def _to_purpose(value: object) -> ContactPurpose:
    """Converter: a ContactPurpose, its value or its Chinese label."""
    return _purpose_of(value, "warning_opt_out")


def _to_win_back_purpose(value: object) -> ContactPurpose:
    """Converter of ``win_back_opt_out``."""
    return _purpose_of(value, "win_back_opt_out")


@attrs.frozen(kw_only=True)
class ChurnPolicy:
    """The numbers of the churn rules (seeds 000, 003; segments of SPEC §6).

    Attributes:
        lost_after_days: No visit for more than this many days: lost (seed 003: one year).
        defected_after_days: No visit for more than this: defected (> 24 months).
        first_service_lost_days: A car bought more than this many days ago and never
            serviced here makes its owner first-service lost (首保流失).
        warning_months: Whole months the early warning looks back over (seed 000: 7).
        warning_active_months: The first of them in which a visit is expected (5);
            the remaining ``warning_months - warning_active_months`` must be quiet.
        birthday_within_days / service_due_within_days: "Near" for the early-warning
            flags.
        warning_opt_out: The contact purpose whose opt-out keeps a customer off the
            early-warning call list (a retention call is marketing, not a reminder).
        win_back_opt_out: The contact purpose whose opt-out keeps a customer off the
            lost-customer (win-back) list: a win-back campaign is marketing (seed 003).
        contact_cooldown_days: A customer called in the last N days, or already booked,
            is kept off both call lists (SPEC §9b, *default* 7; 0 turns the cooldown off).
        risk_weight_recency: Weight of the recency component of the churn risk; the
            other weights (``risk_weight_frequency``, ``risk_weight_missed``,
            ``risk_weight_complaints``) weigh the other three components.
        risk_frequency_days / risk_expected_visits: Visits expected in that window.
        risk_missed_days / risk_missed_cap: Missed maintenance chances due in that
            window; this many or more is the full component.
        risk_complaints_cap: Unresolved complaints giving the full component.
        risk_high_from / risk_medium_from: Score (0–100) from which the risk is high
            or medium.

    Examples:
        >>> ChurnPolicy().lost_after_days
        365
    """

    lost_after_days: int = attrs.field(default=365, validator=at_least(1))
    defected_after_days: int = attrs.field(default=730, validator=at_least(1))
    first_service_lost_days: int = attrs.field(default=365, validator=at_least(1))
    warning_months: int = attrs.field(default=7, validator=at_least(2))
    warning_active_months: int = attrs.field(default=5, validator=at_least(1))
    birthday_within_days: int = attrs.field(default=30, validator=at_least(0))
    service_due_within_days: int = attrs.field(default=30, validator=at_least(0))
    warning_opt_out: ContactPurpose = attrs.field(
        default=ContactPurpose.MARKETING, converter=_to_purpose
    )
    win_back_opt_out: ContactPurpose = attrs.field(
        default=ContactPurpose.MARKETING, converter=_to_win_back_purpose
    )
    contact_cooldown_days: int = attrs.field(default=7, validator=at_least(0))
    risk_weight_recency: int = attrs.field(default=40, validator=at_least(0))
    risk_weight_frequency: int = attrs.field(default=20, validator=at_least(0))
    risk_weight_missed: int = attrs.field(default=25, validator=at_least(0))
    risk_weight_complaints: int = attrs.field(default=15, validator=at_least(0))
    risk_frequency_days: int = attrs.field(default=365, validator=at_least(1))
    risk_expected_visits: int = attrs.field(default=2, validator=at_least(1))
    risk_missed_days: int = attrs.field(default=730, validator=at_least(1))
    risk_missed_cap: int = attrs.field(default=2, validator=at_least(1))
    risk_complaints_cap: int = attrs.field(default=1, validator=at_least(1))
    risk_high_from: int = attrs.field(default=60, validator=at_least(0))
    risk_medium_from: int = attrs.field(default=30, validator=at_least(0))

    def __attrs_post_init__(self) -> None:
        if self.defected_after_days < self.lost_after_days:
            msg = (
                f"defected_after_days: {self.defected_after_days} is less than "
                f"lost_after_days {self.lost_after_days}"
            )
            raise InvalidComponent(msg, field="defected_after_days", value=self.defected_after_days)
        if self.warning_active_months >= self.warning_months:
            msg = (
                f"warning_active_months: {self.warning_active_months} leaves no quiet month "
                f"in a {self.warning_months}-month window"
            )
            raise InvalidComponent(
                msg, field="warning_active_months", value=self.warning_active_months
            )
        weights = (
            self.risk_weight_recency
            + self.risk_weight_frequency
            + self.risk_weight_missed
            + self.risk_weight_complaints
        )
        if weights == 0:
            msg = "risk_weight_recency: the four churn-risk weights add up to 0"
            raise InvalidComponent(msg, field="risk_weight_recency", value=0)
        if self.risk_medium_from > self.risk_high_from:
            msg = (
                f"risk_medium_from: {self.risk_medium_from} is above "
                f"risk_high_from {self.risk_high_from}"
            )
            raise InvalidComponent(msg, field="risk_medium_from", value=self.risk_medium_from)

    def first_service_lost_before(self, as_of: date) -> date:
        """A car bought before this day, never serviced here, makes its owner first-service lost.

        That is, bought more than ``first_service_lost_days`` days before ``as_of``.

        Examples:
            >>> ChurnPolicy().first_service_lost_before(date(2025, 6, 1))
            datetime.date(2024, 6, 1)
        """
        return as_of - timedelta(days=self.first_service_lost_days)

    def warning_window(self, as_of: date) -> tuple[date, date, date]:
        """The early-warning window: (its first day, the first quiet day, ``as_of``'s month start).

        The window is the ``warning_months`` whole months before the month of
        ``as_of``; the first ``warning_active_months`` of them are the active months.

        Examples:
            >>> ChurnPolicy().warning_window(date(2026, 3, 2))
            (datetime.date(2025, 8, 1), datetime.date(2026, 1, 1), datetime.date(2026, 3, 1))
        """
        month_start = as_of.replace(day=1)
        start = month_start - relativedelta(months=self.warning_months)
        quiet = start + relativedelta(months=self.warning_active_months)
        return start, quiet, month_start


# --- first service ------------------------------------------------------------------


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


def last_visit_on(
    customer: Customer,
    vehicles: Sequence[Vehicle] = (),
    work_orders: Iterable[WorkOrder] = (),
    *,
    as_of: date,
) -> date | None:
    """Return the customer's last visit on or before ``as_of``, or None if none is known.

    Args:
        customer: The customer.
        vehicles: The customer's vehicles (their visit dates count, see the module).
        work_orders: Work orders; those of the customer or of his vehicles count.
        as_of: The day of the question (a date or an aware datetime).

    Raises:
        autocrm.errors.InvalidFormat: ``as_of`` is not a date or is naive, or an
            argument is of the wrong type.

    Examples:
        >>> from autocrm.domain import Customer, Vehicle
        >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...               last_business_on=date(2025, 8, 9))
        >>> last_visit_on(Customer(number="C1", name="王建国"), [car], as_of=date(2026, 1, 1))
        datetime.date(2025, 8, 9)
    """
    day = as_date(as_of)
    owner = check_customer(customer)
    cars = checked_items(vehicles, Vehicle, "vehicles")
    orders = checked_items(work_orders, WorkOrder, "work_orders")
    return last_visit(owner, cars, orders, day)


# --- segments -------------------------------------------------------------------


class ChurnSegment(LabelledEnum):
    """Where a customer stands by the time since his last visit (SPEC §6).

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

        The win-back list is a marketing call list like any other (SPEC §9b):
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
        """The assessment :func:`churn_segment` gives for these facts of a customer.

        The one place the segment rule is written: :func:`churn_segment` gathers the
        facts from the customer's records, the SQL twin
        (:func:`autocrm.adapters.sqlalchemy.rules.lost_customers`) from the database.

        Args:
            customer_number: The customer.
            last_visit_on: His last visit on or before ``as_of`` (None: none known).
            serviced_here: He had a visit other than the new-car delivery, or a vehicle
                with a first maintenance or first visit recorded, on or before ``as_of``.
            stale_vins: His cars bought more than ``policy.first_service_lost_days``
                before ``as_of`` (:meth:`ChurnPolicy.first_service_lost_before`), in
                archive order.
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
                f"≤ {policy.defected_after_days}; seed 003: one year without a visit)"
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

    Examples:
        >>> from autocrm.domain import Customer, Vehicle
        >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...               purchased_on=date(2024, 3, 18), is_new_car_sale=True)
        >>> churn_segment(Customer(number="C1", name="王建国"), [car],
        ...               as_of=date(2025, 6, 1)).segment.label
        '首保流失客户'
    """
    policy = checked(policy, ChurnPolicy, "policy")
    day = as_date(as_of)
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

    Lost means a lost segment of :func:`churn_segment`: no visit for more than
    ``policy.lost_after_days`` (seed 003: one year), or first-service lost. Bad
    input (wrong types, a naive ``as_of``) gives False.

    Examples:
        >>> from autocrm.domain import Customer
        >>> is_lost(Customer(number="C1", name="王建国"), as_of=date(2025, 1, 1))
        False
        >>> is_lost(None, as_of="yesterday")
        False
    """
    policy = checked(policy, ChurnPolicy, "policy")
    try:
        return churn_segment(customer, vehicles, work_orders, as_of=as_of, policy=policy).is_lost
    except Exception:  # a predicate answers, it does not raise (DESIGN principle 5)
        return False


def _customer_records(
    snapshot: Snapshot, customer: Customer
) -> tuple[tuple[Vehicle, ...], tuple[WorkOrder, ...]]:
    vehicles = snapshot.vehicles_of(customer.number)
    seen: dict[str, WorkOrder] = {wo.number: wo for wo in snapshot.work_orders_of(customer.number)}
    for vehicle in vehicles:
        for wo in snapshot.work_orders_for(vehicle.vin):
            seen.setdefault(wo.number, wo)
    return vehicles, tuple(seen.values())


_SEGMENT_ORDER = {
    ChurnSegment.RECENTLY_LOST: 0,
    ChurnSegment.FIRST_SERVICE_LOST: 1,
    ChurnSegment.DEFECTED: 2,
    ChurnSegment.ACTIVE: 3,
    ChurnSegment.NO_VISIT: 4,
}


@attrs.frozen(kw_only=True)
class LostCustomers:
    """The win-back list and who was left off it, and why.

    Attributes:
        as_of: The day of the question.
        entries: The lost customers to win back, in :func:`lost_customers` order.
        left_off: Lost customers contact pressure kept off (SPEC §9b): opted out of
            ``ChurnPolicy.win_back_opt_out``, anonymised, already booked, or called in
            the last ``contact_cooldown_days`` days; ``subject`` is the segment.
        rule: The rule and the policy values used.

    Examples:
        >>> from autocrm.domain import Snapshot
        >>> lost_customers_report(Snapshot(), as_of=date(2025, 6, 1)).entries
        ()
    """

    as_of: date
    entries: tuple[SegmentAssessment, ...]
    left_off: tuple[LeftOff, ...]
    rule: str

    @classmethod
    def of(
        cls,
        entries: Iterable[SegmentAssessment],
        left_off: Iterable[LeftOff],
        *,
        as_of: date,
        policy: ChurnPolicy,
    ) -> LostCustomers:
        """The report of these entries (put in win-back order) and left-off customers.

        Examples:
            >>> LostCustomers.of([], [], as_of=date(2025, 6, 1), policy=ChurnPolicy()).rule[:24]
            'lost: no visit for more '
        """
        rule = (
            f"lost: no visit for more than {policy.lost_after_days} days (seed 003) or "
            f"first-service lost; opted out of {policy.win_back_opt_out.label} "
            "(ChurnPolicy.win_back_opt_out), anonymised, already booked, or called in the last "
            f"ChurnPolicy.contact_cooldown_days={policy.contact_cooldown_days} days left off"
        )
        return cls(
            as_of=as_of,
            entries=tuple(sorted(entries, key=lambda a: a.win_back_key)),
            left_off=tuple(left_off),
            rule=rule,
        )

    @classmethod
    def sorted_out(
        cls,
        assessments: Iterable[SegmentAssessment],
        history: ContactHistory,
        *,
        segments: Collection[ChurnSegment],
        as_of: date,
        policy: ChurnPolicy,
    ) -> LostCustomers:
        """The report of the assessments in ``segments``, those contact pressure holds left off.

        The one step the pure rule and its SQL twin share once each has assessed its
        customers.

        Examples:
            >>> lost = SegmentAssessment.from_facts(
            ...     "C1", last_visit_on=date(2024, 2, 1), serviced_here=True, stale_vins=(),
            ...     as_of=date(2025, 6, 1), policy=ChurnPolicy())
            >>> report = LostCustomers.sorted_out(
            ...     [lost], ContactHistory.of([]), segments=set(ChurnSegment),
            ...     as_of=date(2025, 6, 1), policy=ChurnPolicy())
            >>> [a.customer_number for a in report.entries], report.left_off
            (['C1'], ())
        """
        found: list[SegmentAssessment] = []
        left_off: list[LeftOff] = []
        for assessment in assessments:
            if assessment.segment not in segments:
                continue
            held = assessment.win_back_left_off(history, policy)
            if held is None:
                found.append(assessment)
            else:
                left_off.append(held)
        return cls.of(found, left_off, as_of=as_of, policy=policy)


def lost_customers_report(
    snapshot: Snapshot,
    *,
    as_of: date,
    policy: ChurnPolicy = ChurnPolicy(),
    segments: Collection[ChurnSegment] | None = None,
) -> LostCustomers:
    """Return the win-back list with who was left off and why (see :func:`lost_customers`).

    Examples:
        >>> from autocrm.domain import Customer, OptOut, Snapshot, Vehicle
        >>> snap = Snapshot(
        ...     customers=[Customer(number="C1", name="王建国",
        ...                         opt_outs=[OptOut("marketing", reason="不要营销电话")])],
        ...     vehicles=[Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...                       last_business_on=date(2024, 2, 1))])
        >>> report = lost_customers_report(snap, as_of=date(2025, 6, 1))
        >>> report.entries, [(x.subject, x.reason) for x in report.left_off]
        ((), [('recently_lost', 'opted out of 营销 calls: 不要营销电话')])
    """
    policy = checked(policy, ChurnPolicy, "policy")
    checked(snapshot, Snapshot, "snapshot")
    day = as_date(as_of)
    wanted = {s for s in ChurnSegment if s.is_lost} if segments is None else set(segments)
    assessments = (
        _segment(customer, *_customer_records(snapshot, customer), day, policy)
        for customer in snapshot.customers
    )
    return LostCustomers.sorted_out(
        assessments, ContactHistory.of(snapshot), segments=wanted, as_of=day, policy=policy
    )


def lost_customers(
    snapshot: Snapshot,
    *,
    as_of: date,
    policy: ChurnPolicy = ChurnPolicy(),
    segments: Collection[ChurnSegment] | None = None,
) -> tuple[SegmentAssessment, ...]:
    """Return the lost customers of an archive, the targets of win-back campaigns (seed 003).

    The win-back list is a call list (SPEC §9b): a customer who opted out of
    ``policy.win_back_opt_out`` (marketing, by default) or was anonymised, a customer
    already booked (a BOOKED appointment from ``as_of`` on) and a customer called in
    the last ``policy.contact_cooldown_days`` days are left off;
    :func:`lost_customers_report` says who and why.

    Args:
        snapshot: The archive.
        as_of: The day of the question.
        policy: The thresholds.
        segments: Which segments to return; default the lost ones (recently lost,
            first-service lost, defected).

    Returns:
        One assessment per customer, recently lost first (the easiest to win back),
        then first-service lost, then defected; within a segment the most recent
        last visit first, then by customer number.

    Raises:
        autocrm.errors.InvalidFormat: a naive or non-date ``as_of``.

    Examples:
        >>> from autocrm.domain import Customer, Snapshot, Vehicle
        >>> snap = Snapshot(
        ...     customers=[Customer(number="C1", name="王建国"),
        ...                Customer(number="C2", name="李娜")],
        ...     vehicles=[Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...                       last_business_on=date(2024, 2, 1)),
        ...               Vehicle(vin="1HGCM82633A004352", customer_number="C2",
        ...                       last_business_on=date(2025, 2, 1))])
        >>> lost = lost_customers(snap, as_of=date(2025, 6, 1))
        >>> [(a.customer_number, a.segment.label, a.days_since_visit) for a in lost]
        [('C1', '近期流失客户', 486)]
    """
    policy = checked(policy, ChurnPolicy, "policy")
    checked(snapshot, Snapshot, "snapshot")
    return lost_customers_report(snapshot, as_of=as_of, policy=policy, segments=segments).entries


# --- early warning --------------------------------------------------------------


def _service_due_on(
    vehicle: Vehicle,
    work_orders: Sequence[WorkOrder],
    readings: Sequence[OdometerReading],
    day: date,
    service_policy: ServicePolicy,
) -> date | None:
    try:
        return next_service_due(
            vehicle, tuple(work_orders), tuple(readings), as_of=day, policy=service_policy
        ).due_on
    except AutocrmError:
        # Nothing to count from (no purchase date, no maintenance) or a refused
        # backwards reading: the entry simply has no due date.
        return None


@attrs.frozen
class WarningEntry:
    """One customer on the early-warning call list, with what makes the call timely.

    Attributes:
        customer_number / name: The customer.
        last_visit_on: His last visit (in the active months).
        active_visits: Visits in the active months of the window.
        birthday_on / days_to_birthday: His next birthday, if known.
        birthday_within_days: True when the birthday is within the policy's
            ``birthday_within_days``.
        service_due_on / service_due_vin / days_to_service_due: The earliest
            maintenance due among his cars (negative days: overdue).
        service_due_within_days: True when the maintenance is due (or overdue)
            within the policy's ``service_due_within_days``.
        priority: 2 with both flags, 1 with one, 0 with none.
        reason: Why he is on the list.

    Examples:
        >>> from autocrm.domain import Snapshot
        >>> early_warning(Snapshot(), as_of=date(2026, 3, 2)).entries
        ()
    """

    customer_number: str
    name: str
    last_visit_on: date
    active_visits: int
    birthday_on: date | None
    days_to_birthday: int | None
    birthday_within_days: bool
    service_due_on: date | None
    service_due_vin: str | None
    days_to_service_due: int | None
    service_due_within_days: bool
    priority: int
    reason: str

    @property
    def sort_key(self) -> tuple[int, int, date, str]:
        """Call-list order: higher priority, then the nearest occasion, then longest away."""
        near = [
            d
            for d, soon in (
                (self.days_to_birthday, self.birthday_within_days),
                (self.days_to_service_due, self.service_due_within_days),
            )
            if soon and d is not None
        ]
        return (-self.priority, min(near, default=10**9), self.last_visit_on, self.customer_number)

    @classmethod
    def from_facts(
        cls,
        customer_number: str,
        *,
        name: str,
        last_visit_on: date,
        active_visits: int,
        birth_date: date | None,
        resident_id: str | None = None,
        service_due: tuple[date, str] | None,
        as_of: date,
        policy: ChurnPolicy,
        service_policy: ServicePolicy,
    ) -> WarningEntry:
        """The entry :func:`early_warning` makes of these facts of a qualifying customer.

        Args:
            customer_number: The customer.
            name: His name.
            last_visit_on: His last visit in the active months.
            active_visits: His distinct visit days in the active months.
            birth_date: His birth date on record, if any.
            resident_id: His resident ID, whose birth date counts when none is on record.
            service_due: The earliest maintenance due date among his cars, with the VIN
                (:meth:`earliest_service_due`), or None.
            as_of: The day of the question.
            policy: The "near" distances.
            service_policy: How a 29 February birthday falls in a common year.

        Examples:
            >>> e = WarningEntry.from_facts("C1", name="王建国", last_visit_on=date(2025, 9, 15),
            ...     active_visits=1, birth_date=date(1980, 3, 20), service_due=None,
            ...     as_of=date(2026, 3, 2), policy=ChurnPolicy(), service_policy=ServicePolicy())
            >>> e.days_to_birthday, e.priority, e.reason
            (18, 1, 'last visit 2025-09-15, none since; birthday 2026-03-20 in 18 days')
        """
        day = as_of
        leap_day = service_policy.leap_day_birthdays
        born = birth_date_from(birth_date, resident_id)
        birthday = None if born is None else next_anniversary(born, day, leap_day)
        to_birthday = None if birthday is None else (birthday - day).days
        birthday_soon = to_birthday is not None and to_birthday <= policy.birthday_within_days
        due_on, due_vin = (None, None) if service_due is None else service_due
        to_due = None if due_on is None else (due_on - day).days
        due_soon = to_due is not None and to_due <= policy.service_due_within_days
        reasons = [f"last visit {last_visit_on}, none since"]
        if birthday_soon:
            reasons.append(f"birthday {birthday} in {to_birthday} days")
        if due_soon:
            when = f"in {to_due} days" if to_due is not None and to_due >= 0 else "overdue"
            reasons.append(f"maintenance of {due_vin} due {due_on} ({when})")
        return cls(
            customer_number=customer_number,
            name=name,
            last_visit_on=last_visit_on,
            active_visits=active_visits,
            birthday_on=birthday,
            days_to_birthday=to_birthday,
            birthday_within_days=birthday_soon,
            service_due_on=due_on,
            service_due_vin=due_vin,
            days_to_service_due=to_due,
            service_due_within_days=due_soon,
            priority=int(birthday_soon) + int(due_soon),
            reason="; ".join(reasons),
        )

    @staticmethod
    def earliest_service_due(
        vehicles: Iterable[tuple[Vehicle, Sequence[WorkOrder], Sequence[OdometerReading]]],
        *,
        as_of: date,
        service_policy: ServicePolicy,
    ) -> tuple[date, str] | None:
        """The earliest next maintenance among a customer's cars, and which car; or None.

        Each car is given with its work orders and odometer readings
        (:func:`~autocrm.rules.reminders.next_service_due`); a car with nothing to
        count from, or with a refused backwards reading, has no due date. On a tie
        the first car given wins.

        Examples:
            >>> from autocrm.domain import Vehicle
            >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
            ...               next_maintenance_on=date(2026, 3, 20))
            >>> WarningEntry.earliest_service_due([(car, (), ())], as_of=date(2026, 3, 2),
            ...                                   service_policy=ServicePolicy())
            (datetime.date(2026, 3, 20), 'LFV2A21K3D3109826')
        """
        found: tuple[date, str] | None = None
        for vehicle, work_orders, readings in vehicles:
            due = _service_due_on(vehicle, work_orders, readings, as_of, service_policy)
            if due is not None and (found is None or due < found[0]):
                found = (due, vehicle.vin)
        return found


@attrs.frozen
class EarlyWarning:
    """The early-warning call list of seed 000 and the window it was drawn over.

    Attributes:
        as_of: The day of the question.
        active_from / active_until: The first ``warning_active_months`` whole
            months (inclusive dates): a visit is expected here.
        quiet_from / quiet_until: The last months of the window: no visit here.
        entries: The customers to call, sorted by :attr:`WarningEntry.sort_key`.
        opted_out: Customers who qualified but refused contact (left off the list).
        rule: The rule and the policy values used.
        left_off: Every customer who qualified but was left off, with the reason
            (SPEC §9b): opted out, anonymised, already booked, or recently called.

    Examples:
        >>> from autocrm.domain import Snapshot
        >>> result = early_warning(Snapshot(), as_of=date(2026, 3, 2))
        >>> result.quiet_from, result.quiet_until
        (datetime.date(2026, 1, 1), datetime.date(2026, 2, 28))
    """

    as_of: date
    active_from: date
    active_until: date
    quiet_from: date
    quiet_until: date
    entries: tuple[WarningEntry, ...]
    opted_out: tuple[str, ...]
    rule: str
    left_off: tuple[LeftOff, ...] = ()

    @classmethod
    def of(
        cls,
        entries: Iterable[WarningEntry],
        left_off: Iterable[LeftOff],
        *,
        as_of: date,
        policy: ChurnPolicy,
    ) -> EarlyWarning:
        """The call list of these entries (sorted) and left-off customers, with its window.

        Examples:
            >>> EarlyWarning.of([], [], as_of=date(2026, 3, 2), policy=ChurnPolicy()).active_until
            datetime.date(2025, 12, 31)
        """
        start, quiet, month_start = policy.warning_window(as_of)
        held = tuple(left_off)
        rule = (
            f"seed 000: a visit in the {policy.warning_active_months} whole months "
            f"{start}–{quiet - timedelta(days=1)}, none from {quiet} to {as_of}; "
            f"birthday within {policy.birthday_within_days} days, service due within "
            f"{policy.service_due_within_days} days; opted out of {policy.warning_opt_out.label}, "
            "already booked, or called in the last ChurnPolicy.contact_cooldown_days="
            f"{policy.contact_cooldown_days} days left off (SPEC §9b)"
        )
        return cls(
            as_of=as_of,
            active_from=start,
            active_until=quiet - timedelta(days=1),
            quiet_from=quiet,
            quiet_until=month_start - timedelta(days=1),
            entries=tuple(sorted(entries, key=lambda e: e.sort_key)),
            opted_out=tuple(
                x.customer_number for x in held if x.pressure.kind is PressureKind.OPTED_OUT
            ),
            rule=rule,
            left_off=held,
        )

    @staticmethod
    def left_off_by(
        history: ContactHistory, customer_number: str, *, as_of: date, policy: ChurnPolicy
    ) -> LeftOff | None:
        """Why a qualifying customer is kept off the early-warning list, or None (SPEC §9b).

        Examples:
            >>> EarlyWarning.left_off_by(ContactHistory.of([]), "C1", as_of=date(2026, 3, 2),
            ...                          policy=ChurnPolicy()) is None
            True
        """
        pressure = history.pressure(
            customer_number, as_of=as_of, cooldown_days=policy.contact_cooldown_days,
            purpose=policy.warning_opt_out,
        )  # fmt: skip
        if pressure is None:
            return None
        return LeftOff(customer_number=customer_number, subject="early_warning", pressure=pressure)


def early_warning(
    snapshot: Snapshot,
    *,
    as_of: date,
    policy: ChurnPolicy = ChurnPolicy(),
    service_policy: ServicePolicy = ServicePolicy(),  # noqa: B008 - frozen value
) -> EarlyWarning:
    """Return the customers drifting away: seed 000's early warning, as one call list.

    Of the last ``warning_months`` (7) whole months before the month of ``as_of``,
    a customer qualifies with a visit in the first ``warning_active_months`` (5) and
    none in the last two. A customer who has come back since (a visit in the current
    month, up to ``as_of``) is not drifting and is left off. Contact pressure (SPEC
    §9b): customers who opted out of ``policy.warning_opt_out`` (marketing, by
    default), anonymised records, customers already booked (a BOOKED appointment from
    ``as_of`` on) and customers called in the last ``policy.contact_cooldown_days``
    days are left off too, each in ``left_off`` with the reason. Each entry says
    whether the birthday and the next maintenance fall within
    ``birthday_within_days`` / ``service_due_within_days``, so that the list can be
    sorted: both first, then one, then the nearest occasion.

    Args:
        snapshot: The archive.
        as_of: The day of the question (its month is not part of the window).
        policy: Window lengths and "near" distances.
        service_policy: Maintenance intervals, for the due date.

    Raises:
        autocrm.errors.InvalidFormat: a naive or non-date ``as_of``.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Customer, Snapshot, WorkOrder
        >>> wang = Customer(number="C1", name="王建国", birth_date=date(1980, 3, 20))
        >>> visit = WorkOrder("WO1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...                   opened_at=datetime(2025, 9, 15, 10, tzinfo=CHINA_TZ),
        ...                   service_types=["保养"])
        >>> result = early_warning(Snapshot(customers=[wang], work_orders=[visit]),
        ...                        as_of=date(2026, 3, 2))
        >>> result.active_from, result.quiet_until
        (datetime.date(2025, 8, 1), datetime.date(2026, 2, 28))
        >>> entry = result.entries[0]
        >>> entry.customer_number, entry.days_to_birthday, entry.birthday_within_days
        ('C1', 18, True)
    """
    policy = checked(policy, ChurnPolicy, "policy")
    service_policy = checked(service_policy, ServicePolicy, "service_policy")
    checked(snapshot, Snapshot, "snapshot")
    day = as_date(as_of)
    start, quiet, _ = policy.warning_window(day)
    entries: list[WarningEntry] = []
    left_off: list[LeftOff] = []
    history = ContactHistory.of(snapshot)
    for customer in snapshot.customers:
        vehicles, work_orders = _customer_records(snapshot, customer)
        dates = visit_dates(customer, vehicles, work_orders, day)
        active = [d for d in dates if start <= d < quiet]
        if not active or any(d >= quiet for d in dates):
            continue
        held = EarlyWarning.left_off_by(history, customer.number, as_of=day, policy=policy)
        if held is not None:
            left_off.append(held)
            continue
        due = WarningEntry.earliest_service_due(
            [
                (v, [wo for wo in work_orders if wo.vin == v.vin], snapshot.readings_for(v.vin))
                for v in vehicles
            ],
            as_of=day,
            service_policy=service_policy,
        )
        entries.append(
            WarningEntry.from_facts(
                customer.number,
                name=customer.name,
                last_visit_on=active[-1],
                active_visits=len(set(active)),
                birth_date=customer.birth_date,
                resident_id=customer.resident_id,
                service_due=due,
                as_of=day,
                policy=policy,
                service_policy=service_policy,
            )
        )
    return EarlyWarning.of(entries, left_off, as_of=day, policy=policy)


# --- churn risk -----------------------------------------------------------------


class RiskLevel(LabelledEnum):
    """Churn-risk level from the score.

    Examples:
        >>> RiskLevel.HIGH.label
        '高'
    """

    LOW = ("low", "低")
    MEDIUM = ("medium", "中")
    HIGH = ("high", "高")


_SHARE = Decimal("0.0001")
_SCORE = Decimal("0.1")


@attrs.frozen
class RiskComponent:
    """One term of the churn-risk formula.

    Attributes:
        name: ``recency``, ``frequency``, ``missed_maintenance`` or ``complaints``.
        value: The component, between 0 and 1 (to 4 decimals).
        weight: Its weight from the policy.
        points: ``100 × weight × value / total weight``, to 0.1.
        evidence: What the value was computed from.

    Examples:
        >>> from autocrm.domain import Customer
        >>> risk = churn_risk(Customer(number="C1", name="王建国"), as_of=date(2025, 1, 1))
        >>> first = risk.components[0]
        >>> first.name, first.value, first.points, first.evidence
        ('recency', Decimal('1.0000'), Decimal('40.0'), 'no visit on record')
    """

    name: str
    value: Decimal
    weight: int
    points: Decimal
    evidence: str


@attrs.frozen
class ChurnRisk:
    """A customer's churn-risk score, with every component of the formula.

    Attributes:
        customer_number: The customer.
        score: 0 (no risk) to 100: the sum of the components' points (rounding
            can make that 100.1 for odd weights; the score is capped at 100).
        level: LOW, MEDIUM or HIGH by the policy thresholds.
        components: The four terms.
        as_of: The day of the question.
        formula: The formula, with the policy values used.

    Examples:
        >>> from autocrm.domain import Customer
        >>> risk = churn_risk(Customer(number="C1", name="王建国"), as_of=date(2025, 1, 1))
        >>> risk.score, risk.level.label
        (Decimal('60.0'), '高')
    """

    customer_number: str
    score: Decimal
    level: RiskLevel
    components: tuple[RiskComponent, ...]
    as_of: date
    formula: str


def _share(numerator: int, denominator: int) -> Decimal:
    value = min(Decimal(1), Decimal(numerator) / Decimal(denominator))
    return max(Decimal(0), value).quantize(_SHARE, rounding=ROUND_HALF_UP)


def _unresolved_on(complaint: Complaint, day: date) -> bool:
    if as_date(complaint.received_at) > day:
        return False
    done = [m for m in (complaint.resolved_at, complaint.closed_at) if m is not None]
    if complaint.status in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED):
        # Resolved now; still open on ``day`` if the resolution came later.
        return bool(done) and min(as_date(m) for m in done) > day
    return True


def churn_risk(
    customer: Customer,
    vehicles: Sequence[Vehicle] = (),
    work_orders: Iterable[WorkOrder] = (),
    complaints: Iterable[Complaint] = (),
    *,
    as_of: date,
    readings: Iterable[OdometerReading] = (),
    policy: ChurnPolicy = ChurnPolicy(),
    loyalty_policy: LoyaltyPolicy | None = None,
    service_policy: ServicePolicy = ServicePolicy(),  # noqa: B008 - frozen value
) -> ChurnRisk:
    """Return a transparent churn-risk score from four components (no black box).

    ``score = 100 × Σ weightᵢ × valueᵢ / Σ weightᵢ`` with each value in [0, 1]:

    - recency = min(1, days since the last visit / ``lost_after_days``); 1 when no
      visit is known;
    - frequency = max(0, 1 − distinct visit days in the last ``risk_frequency_days``
      / ``risk_expected_visits``);
    - missed_maintenance = min(1, loyalty chances missed whose due date lies in the
      last ``risk_missed_days`` / ``risk_missed_cap``) (see
      :func:`autocrm.rules.loyalty.classify_loyalty` for chances);
    - complaints = min(1, complaints unresolved on ``as_of`` / ``risk_complaints_cap``).
      A complaint is unresolved on ``as_of`` if it was received by then and is not
      RESOLVED/CLOSED, or was resolved (``resolved_at``/``closed_at``) only later.

    Default weights 40 / 20 / 25 / 15; HIGH from 60, MEDIUM from 30.

    Args:
        customer: The customer.
        vehicles: His vehicles.
        work_orders: Work orders (the customer's or his vehicles').
        complaints: Complaints; those carrying his number count.
        as_of: The day of the question.
        readings: Odometer readings of his vehicles (km-based due dates, as in
            :func:`autocrm.rules.loyalty.classify_loyalty`).
        policy: Weights, windows and thresholds.
        loyalty_policy: The loyalty due window (default ``LoyaltyPolicy()``).
        service_policy: Maintenance intervals.

    Raises:
        autocrm.errors.InvalidFormat: an argument of the wrong type or a naive ``as_of``.
        autocrm.errors.InvalidComponent: a backwards odometer reading, as
            :func:`autocrm.rules.loyalty.classify_loyalty`.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Customer, WorkOrder
        >>> visit = WorkOrder("WO1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...                   opened_at=datetime(2025, 3, 10, 9, tzinfo=CHINA_TZ),
        ...                   service_types=["小修"])
        >>> risk = churn_risk(Customer(number="C1", name="王建国"), (), [visit],
        ...                   as_of=date(2025, 12, 27))
        >>> for c in risk.components:
        ...     print(c.name, c.value, c.weight, c.points)
        recency 0.8000 40 32.0
        frequency 0.5000 20 10.0
        missed_maintenance 0.0000 25 0.0
        complaints 0.0000 15 0.0
        >>> risk.score, risk.level.label
        (Decimal('42.0'), '中')
    """
    # Imported here: loyalty's LOST class is this module's rule, so loyalty imports
    # churn; the missed-maintenance term is loyalty's chances, the other way round.
    policy = checked(policy, ChurnPolicy, "policy")
    service_policy = checked(service_policy, ServicePolicy, "service_policy")
    from autocrm.rules.loyalty import LoyaltyPolicy, classify_loyalty

    day = as_date(as_of)
    owner = check_customer(customer)
    cars = checked_items(vehicles, Vehicle, "vehicles")
    orders = checked_items(work_orders, WorkOrder, "work_orders")
    own_complaints = [
        c
        for c in checked_items(complaints, Complaint, "complaints")
        if c.customer_number == owner.number
    ]
    meters = checked_items(readings, OdometerReading, "readings")
    loyalty = LoyaltyPolicy() if loyalty_policy is None else loyalty_policy

    dates = visit_dates(owner, cars, orders, day)
    if dates:
        since = (day - dates[-1]).days
        recency = _share(since, policy.lost_after_days)
        recency_note = f"last visit {dates[-1]}, {since} days / {policy.lost_after_days}"
    else:
        recency = Decimal(1).quantize(_SHARE)
        recency_note = "no visit on record"
    window_start = day - timedelta(days=policy.risk_frequency_days)
    recent = {d for d in dates if d > window_start}
    frequency = (Decimal(1) - _share(len(recent), policy.risk_expected_visits)).quantize(_SHARE)
    frequency_note = (
        f"days with a visit in the last {policy.risk_frequency_days} days: {len(recent)} "
        f"({policy.risk_expected_visits} expected)"
    )
    missed_from = day - timedelta(days=policy.risk_missed_days)
    chances = classify_loyalty(
        owner,
        cars,
        orders,
        meters,
        as_of=day,
        policy=loyalty,
        service_policy=service_policy,
        churn_policy=policy,
    ).evidence
    missed = sum(
        1 for c in chances if not c.pending and c.taken_on is None and c.due_on > missed_from
    )
    missed_value = _share(missed, policy.risk_missed_cap)
    missed_note = (
        f"{missed} maintenance chances missed since {missed_from}, cap {policy.risk_missed_cap}"
    )
    open_complaints = [c.number for c in own_complaints if _unresolved_on(c, day)]
    complaint_value = _share(len(open_complaints), policy.risk_complaints_cap)
    complaint_note = (
        f"{len(open_complaints)} unresolved ({', '.join(open_complaints) or 'none'}), "
        f"cap {policy.risk_complaints_cap}"
    )

    terms = (
        ("recency", recency, policy.risk_weight_recency, recency_note),
        ("frequency", frequency, policy.risk_weight_frequency, frequency_note),
        ("missed_maintenance", missed_value, policy.risk_weight_missed, missed_note),
        ("complaints", complaint_value, policy.risk_weight_complaints, complaint_note),
    )
    total = sum(weight for _, _, weight, _ in terms)
    components = tuple(
        RiskComponent(
            name,
            value,
            weight,
            (100 * weight * value / total).quantize(_SCORE, rounding=ROUND_HALF_UP),
            note,
        )
        for name, value, weight, note in terms
    )
    # The score is the sum of the points shown, so a reader can add them up.
    score = min(Decimal(100), sum((c.points for c in components), Decimal("0.0")))
    if score >= policy.risk_high_from:
        level = RiskLevel.HIGH
    elif score >= policy.risk_medium_from:
        level = RiskLevel.MEDIUM
    else:
        level = RiskLevel.LOW
    formula = (
        "score = 100 × Σ weight × value / Σ weight; weights recency "
        f"{policy.risk_weight_recency}, frequency {policy.risk_weight_frequency}, "
        f"missed maintenance {policy.risk_weight_missed}, complaints "
        f"{policy.risk_weight_complaints}; high ≥ {policy.risk_high_from}, "
        f"medium ≥ {policy.risk_medium_from}"
    )
    return ChurnRisk(owner.number, score, level, components, day, formula)
