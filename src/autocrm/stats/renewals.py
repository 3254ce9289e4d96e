"""Insurance renewals (续保): the month's expiring policies and the renewal completion rate.

Every month the department lists the vehicles whose insurance expires in the coming
month and measures how many renew through the shop, by count and by premium, against
a floor of 20 % (see [statistics][sources-statistics]).
[`renewals_from`][autocrm.stats.renewals.renewals_from] builds the month's records from
the archive; [`renewal_rate`][autocrm.stats.renewals.renewal_rate] measures them.

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> renewal_rate([], month=date(2025, 11, 1)).by_count.value is None
    True
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from autocrm.domain import _fields as f
from autocrm.domain.money import ZERO, money_sum, to_money
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.text import KEY_LENGTH
from autocrm.domain.time import as_date, check_reach
from autocrm.domain.work_order import ServiceType
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.stats._checks import check_iterable, checked, records_of
from autocrm.stats._html import rows_to_html
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import _NOT_AVAILABLE, Period, Rate, _target_fraction, round_half_up

__all__ = ["InsuranceRenewal", "RenewalRate", "renewal_rate", "renewals_from"]

_DEFAULT_POLICY = StatsPolicy()


def _to_premium(value: object) -> Decimal:
    return to_money(value, field="premium")


def _non_negative_premium(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(msg, field="premium", value=value)


@attrs.frozen
class InsuranceRenewal:
    """One vehicle's insurance falling due, and whether the shop renewed it (续保).

    Attributes:
        vin: The vehicle.
        customer_number: Its owner.
        expires_on: The day the current insurance expires (the month's list of
            the department's list holds the vehicles expiring in that month).
        renewed_on: The day the renewal was sold through the shop, or None.
        premium: The premium of the policy (as renewed, or as expected), in yuan.

    Examples:
        >>> InsuranceRenewal(vin="LFV2A21K3D3109826", customer_number="C1",
        ...                  expires_on=date(2025, 11, 3), premium="4280").premium
        Decimal('4280.00')
    """

    vin: str = attrs.field(validator=f.text(KEY_LENGTH))
    customer_number: str = attrs.field(validator=f.text(KEY_LENGTH), kw_only=True)
    expires_on: date = attrs.field(validator=f.check_date, kw_only=True)
    renewed_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    premium: Decimal = attrs.field(
        default=ZERO, converter=_to_premium, validator=_non_negative_premium, kw_only=True
    )

    @property
    def renewed(self) -> bool:
        """True once the renewal was sold."""
        return self.renewed_on is not None


@attrs.frozen
class RenewalRate:
    """The insurance renewal completion rate of one month, by count and by premium.

    Attributes:
        month: First day of the month.
        by_count: Renewed over expiring policies.
        premium_expiring: Premium of all the month's expiring policies.
        premium_renewed: Premium of those renewed.
        floor: The lowest acceptable rate (20 % by default).

    Examples:
        >>> renewals = [
        ...     InsuranceRenewal("LFV2A21K3D3109826", customer_number="C1",
        ...                      expires_on=date(2025, 11, 3), renewed_on=date(2025, 10, 20),
        ...                      premium="4280"),
        ...     InsuranceRenewal("1HGCM82633A004352", customer_number="C2",
        ...                      expires_on=date(2025, 11, 18), premium="3120")]
        >>> rate = renewal_rate(renewals, month=date(2025, 11, 1))
        >>> rate.label, f"{rate.by_count}", rate.premium_renewed, rate.premium_expiring
        ('2025-11', '50%', Decimal('4280.00'), Decimal('7400.00'))
        >>> rate.by_value_percent(1)
        '57.8%'
    """

    month: date
    by_count: Rate
    premium_expiring: Decimal
    premium_renewed: Decimal
    floor: float

    @property
    def label(self) -> str:
        """The month as ``YYYY-MM``."""
        return Period.MONTH.label_of(self.month)

    @property
    def by_value_exact(self) -> Fraction | None:
        """Renewed premium over expiring premium; None when no premium falls due."""
        if self.premium_expiring == 0:
            return None
        return Fraction(self.premium_renewed) / Fraction(self.premium_expiring)

    @property
    def by_value(self) -> float | None:
        """The rate by premium value; None when no premium falls due."""
        exact = self.by_value_exact
        return None if exact is None else float(exact)

    def by_value_percent(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if exact is None else f"{round_half_up(exact * 100, digits)}%"

    @property
    def meets_floor_by_count(self) -> bool | None:
        """Whether the count rate reaches the floor; None when nothing expires."""
        return self.by_count.meets(self.floor)

    @property
    def meets_floor_by_value(self) -> bool | None:
        """Whether the value rate reaches the floor; None when no premium falls due."""
        exact = self.by_value_exact
        return None if exact is None else exact >= _target_fraction(self.floor, "floor")

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "expiring": self.by_count.denominator,
                "renewed": self.by_count.numerator,
                "by_count": self.by_count.value,
                "by_count_percent": self.by_count.format_percent(),
                "premium_expiring": self.premium_expiring,
                "premium_renewed": self.premium_renewed,
                "by_value": self.by_value,
                "by_value_percent": self.by_value_percent(),
                "floor": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]


def renewal_rate(
    renewals: Iterable[InsuranceRenewal],
    *,
    month: date,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> RenewalRate:
    """Return the month's insurance renewal completion rate by count and by premium.

    The month's list is the policies expiring in that month (the department prepares
    it every month); a policy counts as renewed when its renewal was sold
    (``renewed_on`` set). The department asks for at least 20 % (``policy.renewal_floor``).

    Args:
        renewals: Renewal records (any months; only those expiring in ``month`` count).
        month: Any day of the month (an aware datetime counts as its local date).
        policy: The floor and the confidence of the interval.

    Returns:
        A [`RenewalRate`][autocrm.stats.renewals.RenewalRate].

    Examples:
        >>> def r(vin, day, premium, renewed=None):
        ...     return InsuranceRenewal(vin, customer_number="C1",
        ...                             expires_on=date(2025, 11, day),
        ...                             renewed_on=renewed, premium=premium)
        >>> rate = renewal_rate([r("V1", 3, "4000", date(2025, 10, 20)), r("V2", 9, "2000"),
        ...                      r("V3", 30, "2000"), r("V4", 30, "2000")],
        ...                     month=date(2025, 11, 1))
        >>> f"{rate.by_count}", rate.by_value_percent(), rate.meets_floor_by_count
        ('25%', '40%', True)
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(renewals, "renewals")
    candidate: object = month
    if not isinstance(candidate, date):
        msg = f"month: expected a date in the month, got {type(month).__name__} {shown(month)}"
        raise InvalidFormat(msg, field="month", value=month)
    first = Period.MONTH.start_of(as_date(month))
    due = [
        record
        for record in records_of(renewals, InsuranceRenewal, "renewals")
        if Period.MONTH.start_of(record.expires_on) == first
    ]
    renewed = [record for record in due if record.renewed]
    return RenewalRate(
        month=first,
        by_count=Rate(len(renewed), len(due), confidence=policy.confidence),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def _anniversary_in(day: date, month_start: date) -> date | None:
    """The anniversary of ``day`` in the month starting ``month_start`` (29 Feb -> 28 Feb)."""
    if day.month != month_start.month:
        return None
    last = calendar.monthrange(month_start.year, month_start.month)[1]
    return month_start.replace(day=min(day.day, last))


def renewals_from(
    snapshot: Snapshot, *, month: date, policy: StatsPolicy = _DEFAULT_POLICY
) -> tuple[InsuranceRenewal, ...]:
    """Build the month's insurance renewal records from the archive.

    The department prepares, every month, the list of customers whose insurance expires
    in the coming month, and measures how many renew through the shop. From the
    archive:

    * **expiring** — every vehicle whose insurance renewal date
      (``Vehicle.insurance_renewal_on``, 续保日期) falls in ``month`` *in any year*:
      motor insurance runs a year, and a shop's system moves the date a year on
      when the policy is renewed, so a vehicle renewed last November now reads
      next November and still belongs to last November's list. The expiry date is
      that anniversary (29 February is taken as 28 February in other years); an
      anniversary on or before the purchase date is skipped (no policy expired).
    * **renewed** — a work order of the vehicle carrying
      ``INSURANCE_RENEWAL`` (续保) whose visit date
      lies from ``policy.renewal_window_days_before`` days before the expiry to
      ``policy.renewal_window_days_after`` days after it (*default* 90 and 30);
      ``renewed_on`` is the first such visit date.
    * **premium** — the total of those work orders (compulsory and commercial
      cover sold on two work orders add up); for a policy not renewed, the total
      of the vehicle's last renewal work order before the window (last year's
      premium, what the shop stands to win), else 0.

    Pass the result to [`autocrm.stats.renewals.renewal_rate`][autocrm.stats.renewals.renewal_rate]
    for the
    month's rate by count and by value.

    Args:
        snapshot: The archive (vehicles and work orders are read).
        month: Any day of the month (an aware datetime counts as its local date).
        policy: The renewal window.

    Returns:
        The month's records, by expiry date then VIN.

    Raises:
        autocrm.errors.InvalidFormat: ``snapshot`` is not a Snapshot, or a bad ``month``.
        autocrm.errors.InvalidComponent: a negative window, or a ``month`` so near the
            first or last date of the calendar that its renewal windows leave it.

    Examples:
        >>> from autocrm.domain import CHINA_TZ, Snapshot, Vehicle, WorkOrder, WorkOrderLine
        >>> from datetime import datetime
        >>> cars = [Vehicle("LFV2A21K3D3109826", "C000001",
        ...                 insurance_renewal_on=date(2026, 11, 3)),
        ...         Vehicle("1HGCM82633A004352", "C000002",
        ...                 insurance_renewal_on=date(2025, 11, 20))]
        >>> sold = WorkOrder(number="WO20251020001", customer_number="C000001",
        ...                  vin="LFV2A21K3D3109826", service_types=["续保"],
        ...                  opened_at=datetime(2025, 10, 20, 10, tzinfo=CHINA_TZ),
        ...                  lines=[WorkOrderLine("商业险续保", "4280.00")])
        >>> records = renewals_from(Snapshot(vehicles=cars, work_orders=[sold]),
        ...                         month=date(2025, 11, 1))
        >>> [(r.expires_on.day, r.renewed_on, r.premium) for r in records]
        [(3, datetime.date(2025, 10, 20), Decimal('4280.00')), (20, None, Decimal('0.00'))]
        >>> f"{renewal_rate(records, month=date(2025, 11, 1)).by_count}"
        '50%'
    """
    policy = checked(policy, StatsPolicy, "policy")
    snapshot = checked(snapshot, Snapshot, "snapshot")
    first = Period.MONTH.start_of(as_date(month, "month"))
    # The renewal window of an expiry early or late in the month must stay in the calendar.
    check_reach(first, days_back=policy.renewal_window_days_before, field="month")
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    check_reach(last, days_ahead=policy.renewal_window_days_after, field="month")
    before = timedelta(days=policy.renewal_window_days_before)
    after = timedelta(days=policy.renewal_window_days_after)
    records: list[InsuranceRenewal] = []
    for vehicle in snapshot.vehicles:
        if vehicle.insurance_renewal_on is None:
            continue
        expires_on = _anniversary_in(vehicle.insurance_renewal_on, first)
        if expires_on is None or (
            vehicle.purchased_on is not None and expires_on <= vehicle.purchased_on
        ):
            continue
        renewals = sorted(
            (
                order
                for order in snapshot.work_orders_for(vehicle.vin)
                if ServiceType.INSURANCE_RENEWAL in order.service_types
            ),
            key=lambda order: (order.opened_at, order.number),
        )
        window = [o for o in renewals if expires_on - before <= o.visit_date <= expires_on + after]
        if window:
            renewed_on: date | None = window[0].visit_date
            premium = money_sum(order.total for order in window)
        else:
            earlier = [o for o in renewals if o.visit_date < expires_on - before]
            renewed_on = None
            premium = earlier[-1].total if earlier else ZERO
        records.append(
            InsuranceRenewal(
                vehicle.vin,
                customer_number=vehicle.customer_number,
                expires_on=expires_on,
                renewed_on=renewed_on,
                premium=premium,
            )
        )
    return tuple(sorted(records, key=lambda r: (r.expires_on, r.vin)))
