"""The numbers of the churn rules, and what counts as a customer's visit.

A customer who has not come for one year is lost (see
[lost customers][sources-lost-customers]). The churn rules are one module a topic:
[`churn_segments`][autocrm.rules.churn_segments] (active, recently lost, defected,
first-service lost), [`lost`][autocrm.rules.lost] (the win-back list),
[`churn_warning`][autocrm.rules.churn_warning] (customers drifting away) and
[`risk`][autocrm.rules.risk] (a churn-risk score). This module keeps the policy they
share and [`last_visit_on`][autocrm.rules.churn.last_visit_on]; the names that used to
live here still import from it, with a `DeprecationWarning` naming their new module.

What counts as a visit (the evidence of every churn rule): a work order of the
customer (its local opening date), and the dates the archive keeps on the
customer's vehicles that record a visit: ``last_business_on``,
``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop sold
the car (``is_new_car_sale``). Nothing after ``as_of`` is looked at.

Examples:
    >>> from datetime import date
    >>> from autocrm.domain import Customer, Vehicle
    >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
    ...               last_business_on=date(2025, 8, 9))
    >>> last_visit_on(Customer(number="C1", name="王建国"), [car], as_of=date(2026, 1, 1))
    datetime.date(2025, 8, 9)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from autocrm.domain.checks import whole_number
from autocrm.domain.customer import ContactPurpose, Customer
from autocrm.domain.time import CALENDAR_DAYS, CALENDAR_MONTHS, as_date, check_reach
from autocrm.domain.vehicle import Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import InvalidComponent, shown
from autocrm.rules._moved import moved
from autocrm.rules._visits import (
    at_least,
    check_customer,
    checked_items,
    last_visit,
)

__all__ = ["ChurnPolicy", "last_visit_on"]

_MOVED = {
    "ChurnSegment": "autocrm.rules.churn_segments",
    "SegmentAssessment": "autocrm.rules.churn_segments",
    "churn_segment": "autocrm.rules.churn_segments",
    "is_lost": "autocrm.rules.churn_segments",
    "LostCustomers": "autocrm.rules.lost",
    "lost_customers": "autocrm.rules.lost",
    "lost_customers_report": "autocrm.rules.lost",
    "EarlyWarning": "autocrm.rules.churn_warning",
    "WarningEntry": "autocrm.rules.churn_warning",
    "early_warning": "autocrm.rules.churn_warning",
    "ChurnRisk": "autocrm.rules.risk",
    "RiskComponent": "autocrm.rules.risk",
    "RiskLevel": "autocrm.rules.risk",
    "churn_risk": "autocrm.rules.risk",
}


def __getattr__(name: str) -> object:
    return moved(__name__, name, _MOVED)


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


def _days(minimum: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator: a number of days from ``minimum`` to the calendar's length."""
    return whole_number(minimum, CALENDAR_DAYS)


def _months(minimum: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator: a number of whole months from ``minimum`` to the calendar's length."""
    return whole_number(minimum, CALENDAR_MONTHS)


#: A next birthday or anniversary lies at most this many days after the day of the question.
_YEAR_AHEAD = 366


@attrs.frozen(kw_only=True)
class ChurnPolicy:
    """The numbers of the churn rules ([lost customers][sources-lost-customers]).

    Attributes:
        lost_after_days: No visit for more than this many days: lost (one year by default).
        defected_after_days: No visit for more than this: defected (> 24 months).
        first_service_lost_days: A car bought more than this many days ago and never
            serviced here makes its owner first-service lost (首保流失).
        warning_months: Whole months the early warning looks back over (7).
        warning_active_months: The first of them in which a visit is expected (5);
            the remaining ``warning_months - warning_active_months`` must be quiet.
        birthday_within_days / service_due_within_days: "Near" for the early-warning
            flags.
        warning_opt_out: The contact purpose whose opt-out keeps a customer off the
            early-warning call list (a retention call is marketing, not a reminder).
        win_back_opt_out: The contact purpose whose opt-out keeps a customer off the
            lost-customer (win-back) list: a win-back campaign is marketing.
        contact_cooldown_days: A customer called in the last N days, or already booked,
            is kept off both call lists ([contact pressure][sources-expectations], *default* 7; 0
            turns the cooldown off).
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

    lost_after_days: int = attrs.field(default=365, validator=_days(1))
    defected_after_days: int = attrs.field(default=730, validator=_days(1))
    first_service_lost_days: int = attrs.field(default=365, validator=_days(1))
    warning_months: int = attrs.field(default=7, validator=_months(2))
    warning_active_months: int = attrs.field(default=5, validator=_months(1))
    birthday_within_days: int = attrs.field(default=30, validator=_days(0))
    service_due_within_days: int = attrs.field(default=30, validator=_days(0))
    warning_opt_out: ContactPurpose = attrs.field(
        default=ContactPurpose.MARKETING, converter=_to_purpose
    )
    win_back_opt_out: ContactPurpose = attrs.field(
        default=ContactPurpose.MARKETING, converter=_to_win_back_purpose
    )
    contact_cooldown_days: int = attrs.field(default=7, validator=_days(0))
    risk_weight_recency: int = attrs.field(default=40, validator=at_least(0))
    risk_weight_frequency: int = attrs.field(default=20, validator=at_least(0))
    risk_weight_missed: int = attrs.field(default=25, validator=at_least(0))
    risk_weight_complaints: int = attrs.field(default=15, validator=at_least(0))
    risk_frequency_days: int = attrs.field(default=365, validator=_days(1))
    risk_expected_visits: int = attrs.field(default=2, validator=at_least(1))
    risk_missed_days: int = attrs.field(default=730, validator=_days(1))
    risk_missed_cap: int = attrs.field(default=2, validator=at_least(1))
    risk_complaints_cap: int = attrs.field(default=1, validator=at_least(1))
    risk_high_from: int = attrs.field(default=60, validator=whole_number(0, 100))
    risk_medium_from: int = attrs.field(default=30, validator=whole_number(0, 100))

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

    def check_as_of(self, as_of: object) -> date:
        """Return ``as_of`` as a date if every window of the churn rules fits around it.

        The rules look back as many days as the longest of the policy's day counts
        (``defected_after_days``, ``first_service_lost_days``, ``risk_missed_days``...),
        ``warning_months`` whole months back from ``as_of``'s month, and ahead to the
        next birthday and maintenance; a day so near the first or the last
        date of the calendar that one of these windows leaves it is refused (see
        [`check_reach`][autocrm.domain.time.check_reach]).

        Raises:
            autocrm.errors.InvalidFormat: ``as_of`` is not a date or an aware datetime.
            autocrm.errors.InvalidComponent: a window leaves the calendar; names ``as_of``.

        Examples:
            >>> ChurnPolicy().check_as_of(date(2026, 3, 2))
            datetime.date(2026, 3, 2)
            >>> ChurnPolicy().check_as_of(date(1, 3, 2))
            Traceback (most recent call last):
            ...
            autocrm.errors.InvalidComponent: as_of: 0001-03-02 is too close to the first date ...
        """
        return check_reach(
            as_of,
            days_back=max(
                self.lost_after_days,
                self.defected_after_days,
                self.first_service_lost_days,
                self.risk_frequency_days,
                self.risk_missed_days,
            ),
            months_back=self.warning_months,
            days_ahead=min(CALENDAR_DAYS, _YEAR_AHEAD + self.service_due_within_days),
        )

    def first_service_lost_before(self, as_of: date) -> date:
        """A car bought before this day, never serviced here, makes its owner first-service lost.

        That is, bought more than ``first_service_lost_days`` days before ``as_of``.

        Examples:
            >>> ChurnPolicy().first_service_lost_before(date(2025, 6, 1))
            datetime.date(2024, 6, 1)
        """
        day = check_reach(as_of, days_back=self.first_service_lost_days)
        return day - timedelta(days=self.first_service_lost_days)

    def warning_window(self, as_of: date) -> tuple[date, date, date]:
        """The early-warning window: (its first day, the first quiet day, ``as_of``'s month start).

        The window is the ``warning_months`` whole months before the month of
        ``as_of``; the first ``warning_active_months`` of them are the active months.

        Examples:
            >>> ChurnPolicy().warning_window(date(2026, 3, 2))
            (datetime.date(2025, 8, 1), datetime.date(2026, 1, 1), datetime.date(2026, 3, 1))
        """
        month_start = check_reach(as_of, months_back=self.warning_months).replace(day=1)
        start = month_start - relativedelta(months=self.warning_months)
        quiet = start + relativedelta(months=self.warning_active_months)
        return start, quiet, month_start


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
