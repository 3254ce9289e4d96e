"""Follow-up calls: when to call after a visit or a sale.

The rules (see [follow-up calls][sources-followups]):

* every closed service visit gets a three-day callback, 3DC ("三日内进行回访");
* a minor repair is called back after 3–5 days, a major repair after 2–4 weeks;
* a new car is called on the 7th day after delivery, 7DC, and also within 3 days of
  the sale (a 3D and a 7D callback);
* calls are made on working days: a window end on a weekend or statutory holiday moves
  to the next working day (调休 included, see [`autocrm.rules.calendar`][autocrm.rules.calendar]);
* a failed call is retried on the next working day; after ``max_attempts`` failed calls
  the follow-up is closed as unreachable (*default* 3); each outcome has its own
  "try again after" days, and a wrong number or a refusal closes the follow-up at once
  (*defaults*, see [calls that fail][sources-followups-attempts]);
* [contact pressure][sources-expectations-contact-pressure]
  ([`autocrm.rules.contact`][autocrm.rules.contact]): a customer who
  opted out, is already booked, or was called in the last 7 days about another visit is left off
  the worklist, and the report says why.

This module schedules the calls; the numbers live in
[`followup_policy`][autocrm.rules.followup_policy], a call's outcome in
[`followup_attempts`][autocrm.rules.followup_attempts] and the calls due on a day in
[`followup_worklists`][autocrm.rules.followup_worklists]. The names that used to live here
still import from it, with a `DeprecationWarning` naming their new module.

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain import CHINA_TZ, WorkOrder
    >>> wo = WorkOrder(number="WO20250930001", customer_number="C000001",
    ...                vin="LFV2A21K3D3109826", service_types=["保养"],
    ...                opened_at=datetime(2025, 9, 30, 9, 0, tzinfo=CHINA_TZ),
    ...                closed_at=datetime(2025, 9, 30, 17, 0, tzinfo=CHINA_TZ))
    >>> [(f.number, f.earliest, f.latest) for f in schedule_followups(wo)]
    [('WO20250930001-3DC', datetime.date(2025, 10, 9), datetime.date(2025, 10, 9))]
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

import attrs

from autocrm.domain.followup import (
    FollowUp,
    FollowUpKind,
)
from autocrm.domain.time import local_date
from autocrm.domain.work_order import ServiceType, WorkOrder
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.rules import followup_policy
from autocrm.rules._moved import moved
from autocrm.rules._visits import checked
from autocrm.rules.calendar import DEFAULT_CALENDAR, WorkdayCalendar
from autocrm.rules.calendar_estimates import estimated_years
from autocrm.rules.workdays import next_workday

if TYPE_CHECKING:
    from autocrm.rules.followup_policy import FollowUpPolicy

__all__ = ["schedule_followups"]

_MOVED = {
    "FollowUpPolicy": "autocrm.rules.followup_policy",
    "record_attempt": "autocrm.rules.followup_attempts",
    "FollowUpWorklist": "autocrm.rules.followup_worklists",
    "WorklistEntry": "autocrm.rules.followup_worklists",
    "followup_worklist": "autocrm.rules.followup_worklists",
    "followup_worklist_report": "autocrm.rules.followup_worklists",
}


def __getattr__(name: str) -> object:
    return moved(__name__, name, _MOVED)


def _window(
    trigger: date,
    first: int,
    last: int,
    calendar: WorkdayCalendar,
) -> tuple[date, date]:
    # Seed rule: a call due on a weekend or a statutory holiday moves to the next
    # working day; both ends of the window move, so the window stays ordered.
    earliest = next_workday(trigger + timedelta(days=first), calendar=calendar)
    latest = next_workday(trigger + timedelta(days=last), calendar=calendar)
    return earliest, latest


@attrs.frozen
class _Call:
    """One follow-up call a closed work order calls for, before it is numbered."""

    suffix: str
    kind: FollowUpKind
    earliest: date
    latest: date
    rule: str


def _make(
    work_order: WorkOrder, call: _Call, *, trigger: date, calendar: WorkdayCalendar
) -> FollowUp:
    """The one FollowUp builder: number, customer, vehicle and window from ``call``."""
    return FollowUp(
        number=f"{work_order.number}-{call.suffix}",
        kind=call.kind,
        customer_number=work_order.customer_number,
        vin=work_order.vin,
        work_order_number=work_order.number,
        trigger_on=trigger,
        earliest=call.earliest,
        due=call.latest,
        latest=call.latest,
        rule=call.rule,
        estimated=bool(estimated_years(trigger, call.latest, calendar=calendar)),
    )


# One function per follow-up kind: each says whether the visit calls for it and when.
# They share one signature so that schedule_followups is a loop over the table below.
_CallPlanner = Callable[
    [frozenset[ServiceType], date, "FollowUpPolicy", WorkdayCalendar], "_Call | None"
]


def _three_day_call(
    types: frozenset[ServiceType], closed: date, policy: FollowUpPolicy, calendar: WorkdayCalendar
) -> _Call | None:
    # Every service visit, except a new-car delivery (the sale calls cover it) and a
    # visit made only of types that get no call-back (an insurance renewal, say).
    if ServiceType.NEW_CAR_DELIVERY in types or types <= set(policy.no_callback_types):
        return None
    earliest, latest = _window(closed, 1, policy.three_day_days, calendar)
    return _Call(
        "3DC",
        FollowUpKind.THREE_DAY,
        earliest,
        latest,
        f"3DC: every service visit is called within {policy.three_day_days} days "
        f"of closing on {closed} ("
        f"FollowUpPolicy.three_day_days={policy.three_day_days}), "
        "moved to working days",
    )


def _repair_call(
    service: ServiceType, kind: FollowUpKind, suffix: str, name: str, field: str
) -> _CallPlanner:
    """The planner of a repair call-back: its window is the policy's ``field`` (days)."""

    def plan(
        types: frozenset[ServiceType],
        closed: date,
        policy: FollowUpPolicy,
        calendar: WorkdayCalendar,
    ) -> _Call | None:
        if service not in types:
            return None
        first, last = getattr(policy, field)
        earliest, latest = _window(closed, first, last, calendar)
        return _Call(
            suffix,
            kind,
            earliest,
            latest,
            f"{name} callback {first}–{last} days after closing on {closed} "
            f"(FollowUpPolicy.{field}=({first}, {last})), "
            "moved to working days",
        )

    return plan


def _sale_three_day_call(
    types: frozenset[ServiceType], closed: date, policy: FollowUpPolicy, calendar: WorkdayCalendar
) -> _Call | None:
    if ServiceType.NEW_CAR_DELIVERY not in types:
        return None
    earliest, latest = _window(closed, 1, policy.sale_three_day_days, calendar)
    return _Call(
        "SALE3D",
        FollowUpKind.SALE_THREE_DAY,
        earliest,
        latest,
        f"sale 3D: a new car is called within {policy.sale_three_day_days} days "
        f"of delivery on {closed} (FollowUpPolicy.sale_three_day_days="
        f"{policy.sale_three_day_days}), moved to working days",
    )


def _seven_day_call(
    types: frozenset[ServiceType], closed: date, policy: FollowUpPolicy, calendar: WorkdayCalendar
) -> _Call | None:
    if ServiceType.NEW_CAR_DELIVERY not in types:
        return None
    day, _ = _window(closed, policy.new_car_day, policy.new_car_day, calendar)
    return _Call(
        "7DC",
        FollowUpKind.SEVEN_DAY,
        day,
        day,
        f"7DC: a new car is called on day {policy.new_car_day} after delivery on "
        f"{closed} (FollowUpPolicy.new_car_day={policy.new_car_day}), "
        "moved to a working day",
    )


#: The follow-up kinds in the order schedule_followups returns them.
_CALLS: tuple[_CallPlanner, ...] = (
    _three_day_call,
    _repair_call(
        ServiceType.MINOR_REPAIR,
        FollowUpKind.MINOR_REPAIR,
        "MINOR",
        "minor repair",
        "minor_repair_days",
    ),
    _repair_call(
        ServiceType.MAJOR_REPAIR,
        FollowUpKind.MAJOR_REPAIR,
        "MAJOR",
        "major repair",
        "major_repair_days",
    ),
    _sale_three_day_call,
    _seven_day_call,
)


def _closed_on(work_order: object) -> date:
    """The local date a work order was closed; refuses anything else or an open order."""
    if not isinstance(work_order, WorkOrder):
        msg = f"work_order: expected a WorkOrder, got {type(work_order).__name__}"
        raise InvalidFormat(msg, field="work_order", value=work_order)
    if work_order.closed_at is None:
        msg = (
            f"closed_at: work order {work_order.number} is still open; "
            "follow-ups are scheduled when it is closed"
        )
        raise InvalidComponent(msg, field="closed_at", value=None)
    return local_date(work_order.closed_at)


def schedule_followups(
    work_order: WorkOrder,
    *,
    policy: FollowUpPolicy = followup_policy.FollowUpPolicy(),
    calendar: WorkdayCalendar = DEFAULT_CALENDAR,
) -> tuple[FollowUp, ...]:
    """Return the follow-up calls a closed work order calls for, one per rule that applies.

    The trigger is the local (China Standard Time) date the work order was closed.
    ``due`` is the last day of the window (the deadline); the worklist shows a
    follow-up from ``earliest`` on. Numbers are deterministic: the work-order number
    plus ``-3DC``, ``-MINOR``, ``-MAJOR``, ``-7DC`` or ``-SALE3D``.

    * 3DC: window from the next working day after closing up to ``three_day_days``
      after closing (moved to a working day). Every visit gets one, unless all its
      service types are in ``no_callback_types`` or it is a new-car delivery (the
      sale callbacks cover that visit).
    * Minor repair (小修): ``minor_repair_days`` (3–5) after closing.
    * Major repair (大修): ``major_repair_days`` (14–28) after closing.
    * New-car delivery (新车交付): 7DC on day ``new_car_day`` after delivery, and the
      sale 3D callback within ``sale_three_day_days``.

    Args:
        work_order: A closed work order.
        policy: The follow-up numbers.
        calendar: Working days; defaults to
            [`ChineseWorkdays`][autocrm.rules.calendar.ChineseWorkdays].

    Returns:
        The follow-ups, in the order 3DC, minor, major, sale 3D, 7DC.

    Raises:
        autocrm.errors.InvalidComponent: the work order is still open (``closed_at``
            is None): there is no visit to call back about yet.
        autocrm.errors.InvalidFormat: ``work_order`` is not a WorkOrder.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, WorkOrder
        >>> wo = WorkOrder(number="WO1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...                service_types=["小修"],
        ...                opened_at=datetime(2025, 9, 26, 9, 0, tzinfo=CHINA_TZ),
        ...                closed_at=datetime(2025, 9, 26, 16, 0, tzinfo=CHINA_TZ))
        >>> [(f.kind.value, f.earliest, f.latest) for f in schedule_followups(wo)]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('3dc', datetime.date(2025, 9, 28), datetime.date(2025, 9, 29)),
         ('minor_repair', datetime.date(2025, 9, 29), datetime.date(2025, 10, 9))]
    """
    policy = checked(policy, followup_policy.FollowUpPolicy, "policy")
    closed = _closed_on(work_order)
    types = frozenset(work_order.service_types)
    calls = (plan(types, closed, policy, calendar) for plan in _CALLS)
    return tuple(
        _make(work_order, call, trigger=closed, calendar=calendar)
        for call in calls
        if call is not None
    )
