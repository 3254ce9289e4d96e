"""Follow-up calls: when to call after a visit or a sale, retries, the worklist.

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

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any

import attrs

from autocrm.domain.appointment import Appointment
from autocrm.domain.checks import whole_number
from autocrm.domain.customer import ContactPurpose, Customer
from autocrm.domain.followup import (
    CallAttempt,
    CallOutcome,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
)
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import as_date, local_date
from autocrm.domain.work_order import ServiceType, WorkOrder
from autocrm.errors import InvalidComponent, InvalidFormat, InvalidTransition, PolicyError, shown
from autocrm.rules._visits import check_iterable, checked
from autocrm.rules.calendar import (
    ChineseWorkdays,
    WorkdayCalendar,
    add_workdays,
    estimated_years,
    next_workday,
)
from autocrm.rules.contact import ContactHistory, LeftOff

__all__ = [
    "FollowUpPolicy",
    "FollowUpWorklist",
    "WorklistEntry",
    "followup_worklist",
    "followup_worklist_report",
    "record_attempt",
    "schedule_followups",
]

_DEFAULT_CALENDAR = ChineseWorkdays()


def _check_window(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or any(isinstance(v, bool) or not isinstance(v, int) for v in value)
        or not 1 <= value[0] <= value[1]
    ):
        msg = (
            f"{attribute.name}: expected (first day, last day) with 1 <= first <= last, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def _check_scale(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 10) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def _to_window(value: Iterable[int]) -> tuple[int, int]:
    # cattrs and TOML give lists; anything else is left for _check_window to name.
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return value  # type: ignore[return-value]


def _to_service_types(value: Iterable[object]) -> tuple[ServiceType, ...]:
    items = [value] if isinstance(value, str) else list(value)
    converted: list[ServiceType] = []
    for item in items:
        if isinstance(item, ServiceType):
            converted.append(item)
            continue
        try:
            converted.append(ServiceType.from_label(str(item)))
        except ValueError:
            msg = f"no_callback_types: {shown(item)} is not a ServiceType value"
            raise PolicyError(msg, field="no_callback_types", value=item) from None
    # A sorted tuple, not a set: it round-trips through policies_to_dict as a JSON list.
    return tuple(sorted(set(converted), key=lambda t: t.value))


def _to_retry_map(value: Mapping[Any, int]) -> Mapping[CallOutcome, int]:
    result: dict[CallOutcome, int] = {}
    for key, days in dict(value).items():
        try:
            outcome = key if isinstance(key, CallOutcome) else CallOutcome.from_label(str(key))
        except ValueError:
            msg = f"retry_after_workdays_by_outcome: {shown(key)} is not a CallOutcome value"
            raise PolicyError(msg, field="retry_after_workdays_by_outcome", value=key) from None
        if outcome is CallOutcome.COMPLETED:
            msg = "retry_after_workdays_by_outcome: a completed call is never retried"
            raise PolicyError(msg, field="retry_after_workdays_by_outcome", value=key)
        if isinstance(days, bool) or not isinstance(days, int) or days < 0:
            msg = (
                f"retry_after_workdays_by_outcome.{outcome.value}: expected >= 0, got {shown(days)}"
            )
            raise PolicyError(msg, field="retry_after_workdays_by_outcome", value=days)
        result[outcome] = days
    return MappingProxyType(result)


def _to_outcomes(value: Iterable[object]) -> tuple[CallOutcome, ...]:
    items = [value] if isinstance(value, str) else list(value)
    result: set[CallOutcome] = set()
    for item in items:
        try:
            outcome = item if isinstance(item, CallOutcome) else CallOutcome.from_label(str(item))
        except ValueError:
            msg = f"close_at_once_outcomes: {shown(item)} is not a CallOutcome value"
            raise PolicyError(msg, field="close_at_once_outcomes", value=item) from None
        if outcome is CallOutcome.COMPLETED:
            msg = "close_at_once_outcomes: a completed call already closes the follow-up"
            raise PolicyError(msg, field="close_at_once_outcomes", value=item)
        result.add(outcome)
    # A sorted tuple, not a set: it round-trips through policies_to_dict as a JSON list.
    return tuple(sorted(result, key=lambda o: o.value))


def _default_retry_map() -> Mapping[CallOutcome, int]:
    # Each call outcome has its own "try again after" days (*defaults*):
    # nobody answered, the line was busy or the phone was off: the customer is there,
    # just not now; try again the next working day.
    return {CallOutcome.NO_ANSWER: 1, CallOutcome.BUSY: 1, CallOutcome.POWERED_OFF: 1}


@attrs.frozen(kw_only=True)
class FollowUpPolicy:
    """The numbers of the follow-up rules (see [when to call][sources-followups-schedule]).

    Attributes:
        three_day_days: 3DC: call within this many days after the visit closed.
        minor_repair_days: Minor repair callback window, days after closing (3–5).
        major_repair_days: Major repair callback window, days after closing (2–4 weeks).
        new_car_day: 7DC: the day after delivery on which a new car is called.
        sale_three_day_days: Sale 3D: call within this many days after delivery.
        max_attempts: Failed calls before a follow-up is closed as unreachable (*default*).
        retry_after_workdays: Working days after a failed call before the next one.
        retry_after_workdays_by_outcome: Working days to wait after each failed outcome
            (each outcome has its own "try again after" days); *default*
            no answer 1, busy 1, powered off 1. A mapping you give replaces the default
            one; an outcome it does not name waits ``retry_after_workdays``.
        close_at_once_outcomes: Outcomes that close the follow-up as UNREACHABLE at once
            (*default*: wrong number — the number must be corrected in the archive
            first, and a new call scheduled; refused — the customer declined the call,
            calling again is pressure, record an opt-out if he asks). An outcome given
            a delay in ``retry_after_workdays_by_outcome`` is retried instead.
        rating_scale: 5 (ratings 1–5) or 10 (ratings 0–10).
        contact_cooldown_days: A customer reached in the last N days is kept off the
            worklist (*default* 7).
        no_callback_types: Service types that are not a service visit of the vehicle and
            so get no 3DC on their own (parts over the counter, insurance renewal).

    Examples:
        >>> FollowUpPolicy().minor_repair_days
        (3, 5)
        >>> FollowUpPolicy(rating_scale=7)
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: rating_scale: a rating scale is 5 (1–5) or 10 (0–10), got 7
    """

    three_day_days: int = attrs.field(default=3, validator=whole_number(1))
    minor_repair_days: tuple[int, int] = attrs.field(
        default=(3, 5), converter=_to_window, validator=_check_window
    )
    major_repair_days: tuple[int, int] = attrs.field(
        default=(14, 28), converter=_to_window, validator=_check_window
    )
    new_car_day: int = attrs.field(default=7, validator=whole_number(1))
    sale_three_day_days: int = attrs.field(default=3, validator=whole_number(1))
    max_attempts: int = attrs.field(default=3, validator=whole_number(1))
    retry_after_workdays: int = attrs.field(default=1, validator=whole_number(0))
    retry_after_workdays_by_outcome: Mapping[CallOutcome, int] = attrs.field(
        factory=_default_retry_map, converter=_to_retry_map, hash=False
    )
    close_at_once_outcomes: tuple[CallOutcome, ...] = attrs.field(
        default=(CallOutcome.REFUSED, CallOutcome.WRONG_NUMBER), converter=_to_outcomes
    )
    rating_scale: int = attrs.field(default=5, validator=_check_scale)
    contact_cooldown_days: int = attrs.field(default=7, validator=whole_number(0))
    no_callback_types: tuple[ServiceType, ...] = attrs.field(
        default=(ServiceType.INSURANCE_RENEWAL, ServiceType.PARTS_OVER_COUNTER),
        converter=_to_service_types,
    )

    def retry_after(self, outcome: CallOutcome) -> int:
        """Working days to wait after a failed call ending in ``outcome``.

        Examples:
            >>> p = FollowUpPolicy(retry_after_workdays_by_outcome={"wrong_number": 3})
            >>> p.retry_after(CallOutcome.WRONG_NUMBER), p.retry_after(CallOutcome.BUSY)
            (3, 1)
        """
        return self.retry_after_workdays_by_outcome.get(outcome, self.retry_after_workdays)

    def closes_at_once(self, outcome: CallOutcome) -> bool:
        """Return whether a call ending in ``outcome`` closes the follow-up at once.

        Examples:
            >>> FollowUpPolicy().closes_at_once(CallOutcome.WRONG_NUMBER)
            True
            >>> FollowUpPolicy(retry_after_workdays_by_outcome={"wrong_number": 3}
            ...                ).closes_at_once(CallOutcome.WRONG_NUMBER)
            False
        """
        return (
            outcome in self.close_at_once_outcomes
            and outcome not in self.retry_after_workdays_by_outcome
        )


# --------------------------------------------------------------------------- schedule


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
        f"of closing on {closed} (seeds 003/004; "
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
            f"(seed 000; FollowUpPolicy.{field}=({first}, {last})), "
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
        f"of delivery on {closed} (seed 002; FollowUpPolicy.sale_three_day_days="
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
        f"{closed} (seed 003; FollowUpPolicy.new_car_day={policy.new_car_day}), "
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
    policy: FollowUpPolicy = FollowUpPolicy(),
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
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
    policy = checked(policy, FollowUpPolicy, "policy")
    closed = _closed_on(work_order)
    types = frozenset(work_order.service_types)
    calls = (plan(types, closed, policy, calendar) for plan in _CALLS)
    return tuple(
        _make(work_order, call, trigger=closed, calendar=calendar)
        for call in calls
        if call is not None
    )


# --------------------------------------------------------------------------- attempts


def _check_rating(attempt: CallAttempt, policy: FollowUpPolicy) -> None:
    if attempt.rating is None:
        return
    low = 1 if policy.rating_scale == 5 else 0
    if not low <= attempt.rating <= policy.rating_scale:
        msg = (
            f"rating: {attempt.rating} is outside the rating scale {low}–{policy.rating_scale} "
            f"(FollowUpPolicy.rating_scale={policy.rating_scale})"
        )
        raise InvalidComponent(msg, field="rating", value=attempt.rating)


def record_attempt(
    followup: FollowUp,
    attempt: CallAttempt,
    *,
    policy: FollowUpPolicy = FollowUpPolicy(),
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
) -> FollowUp:
    """Return ``followup`` with ``attempt`` recorded and its status moved on.

    * A completed call closes the follow-up as COMPLETED; its rating must be on the
      policy's scale (1–5, or 0–10); a call without a rating is accepted (the customer
      may decline to rate).
    * A failed call (no answer, busy, wrong number, refused, powered off) schedules the
      next attempt ``retry_after`` working days later (default: the next working day);
      the ``max_attempts``-th failed call closes it as UNREACHABLE.
    * A wrong number or a refusal (``policy.close_at_once_outcomes``) closes it as
      UNREACHABLE at once; the attempt's outcome says which.

    Args:
        followup: A pending follow-up.
        attempt: The call just made; it must not be earlier than the last recorded call
            nor fall before the day that triggered the follow-up.
        policy: The follow-up numbers.
        calendar: Working days for the retry.

    Returns:
        A new FollowUp; the argument is not changed.

    Raises:
        autocrm.errors.InvalidTransition: the follow-up is already completed,
            unreachable or cancelled.
        autocrm.errors.InvalidComponent: ``at`` out of order, or ``rating`` off the scale.

    Examples:
        >>> from datetime import date, datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt, FollowUp
        >>> fu = FollowUp(number="WO1-3DC", kind="3dc", customer_number="C1",
        ...               earliest=date(2025, 9, 30), due=date(2025, 10, 9),
        ...               latest=date(2025, 10, 9))
        >>> fu = record_attempt(fu, CallAttempt(datetime(2025, 9, 30, 10, tzinfo=CHINA_TZ),
        ...                                     "no_answer"))
        >>> fu.status.value, fu.next_attempt_on
        ('pending', datetime.date(2025, 10, 9))
        >>> fu = record_attempt(fu, CallAttempt(datetime(2025, 10, 9, 10, tzinfo=CHINA_TZ),
        ...                                     "completed", rating=5))
        >>> fu.status.value, fu.rating
        ('completed', 5)
    """
    policy = checked(policy, FollowUpPolicy, "policy")
    checked(followup, FollowUp, "followup")
    if followup.status is not FollowUpStatus.PENDING:
        msg = (
            f"follow-up {followup.number} is {followup.status.value}; "
            f"no further call can be recorded"
        )
        raise InvalidTransition(msg, current=followup.status, requested=attempt.outcome)
    if followup.attempts and attempt.at < followup.attempts[-1].at:
        msg = (
            f"at: the call at {attempt.at.isoformat()} is before the last recorded call "
            f"at {followup.attempts[-1].at.isoformat()}; record calls in time order"
        )
        raise InvalidComponent(msg, field="at", value=attempt.at)
    called_on = local_date(attempt.at)
    if followup.trigger_on is not None and called_on < followup.trigger_on:
        msg = f"at: the call on {called_on} is before the follow-up's trigger {followup.trigger_on}"
        raise InvalidComponent(msg, field="at", value=attempt.at)
    attempts = (*followup.attempts, attempt)
    if attempt.outcome is CallOutcome.COMPLETED:
        _check_rating(attempt, policy)
        return attrs.evolve(followup, attempts=attempts, status=FollowUpStatus.COMPLETED)
    failed = sum(1 for a in attempts if a.outcome.is_failure)
    if failed >= policy.max_attempts or policy.closes_at_once(attempt.outcome):
        # After max_attempts failed calls the follow-up is closed as unreachable; a
        # wrong number or a refusal is not retried at all (it closes at once).
        return attrs.evolve(followup, attempts=attempts, status=FollowUpStatus.UNREACHABLE)
    retry_on = add_workdays(called_on, policy.retry_after(attempt.outcome), calendar=calendar)
    # A retry day counted over an estimated year rests on the estimate too.
    estimated = followup.estimated or bool(estimated_years(called_on, retry_on, calendar=calendar))
    return attrs.evolve(followup, attempts=attempts, next_attempt_on=retry_on, estimated=estimated)


# --------------------------------------------------------------------------- worklist


@attrs.frozen(kw_only=True)
class WorklistEntry:
    """One line of the follow-up call list: the follow-up, its rank and the reason.

    Attributes:
        followup: The follow-up to call.
        priority: 1 = overdue, 2 = last day of the window, 3 = a retry due,
            4 = window open. Lower is more urgent.
        reason: Why it is on the list, in plain words.
        days_overdue: Calendar days past the window's last day (0 if not overdue).
        days_left: Calendar days until the window's last day (0 if today or overdue).
        rule: The rule and policy values that produced the entry.

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import FollowUp
        >>> fu = FollowUp(number="F1", kind="3dc", customer_number="C1",
        ...               earliest=date(2025, 10, 9), due=date(2025, 10, 9),
        ...               latest=date(2025, 10, 9))
        >>> followup_worklist([fu], as_of=date(2025, 10, 10))[0].priority
        1
    """

    followup: FollowUp
    priority: int
    reason: str
    days_overdue: int
    days_left: int
    rule: str


@attrs.frozen(kw_only=True)
class FollowUpWorklist:
    """The follow-up call list of one day, and who was left off and why.

    Attributes:
        as_of: The day of the list.
        entries: The follow-ups to call, ranked (see
            [`followup_worklist`][autocrm.rules.followups.followup_worklist]).
        left_off: Follow-ups due today that contact pressure kept off,
            each with its reason: opted out, anonymised, already booked, contacted.
        opt_outs_checked: False when no customers were given: no opt-out could be
            honoured.
        rule: The rules and the policy values used.

    Examples:
        >>> from datetime import date
        >>> followup_worklist_report([], as_of=date(2025, 10, 10)).entries
        ()
    """

    as_of: date
    entries: tuple[WorklistEntry, ...]
    left_off: tuple[LeftOff, ...]
    opt_outs_checked: bool
    rule: str

    @classmethod
    def of(
        cls,
        followups: Iterable[FollowUp],
        history: ContactHistory,
        *,
        as_of: date,
        policy: FollowUpPolicy = FollowUpPolicy(),
        opt_outs_checked: bool = True,
    ) -> FollowUpWorklist:
        """Rank the follow-ups due on ``as_of``, those held back by contact pressure left off.

        The list of [`followup_worklist_report`][autocrm.rules.followups.followup_worklist_report]
        from the follow-ups it may list and the records of contact pressure; a SQL twin
        finds those in the database and builds the list here, so the rule is written once.
        A follow-up that is not pending, not yet open or waiting for its next attempt is
        skipped.

        Args:
            followups: Follow-ups of any status.
            history: The records contact pressure looks at.
            as_of: The day of the list.
            policy: The follow-up numbers.
            opt_outs_checked: Whether the customers were known (the opt-outs could be
                honoured); said in ``rule``.

        Examples:
            >>> from datetime import date
            >>> fu = FollowUp(number="WO1-3DC", kind="3dc", customer_number="C1",
            ...               earliest=date(2025, 10, 9), due=date(2025, 10, 10),
            ...               latest=date(2025, 10, 10))
            >>> day = FollowUpWorklist.of([fu], ContactHistory.of([]), as_of=date(2025, 10, 10))
            >>> [(e.followup.number, e.priority) for e in day.entries]
            [('WO1-3DC', 2)]
        """
        today = as_date(as_of)
        cooldown = policy.contact_cooldown_days
        entries: list[WorklistEntry] = []
        left_off: list[LeftOff] = []
        for fu in followups:
            if fu.status is not FollowUpStatus.PENDING or today < fu.earliest:
                continue
            failed = sum(1 for a in fu.attempts if a.outcome.is_failure)
            next_on = fu.next_attempt_on if fu.next_attempt_on is not None else fu.due
            if failed and today < next_on:
                continue
            # Contact pressure; the follow-up's own work order's calls do not count
            # (a minor-repair callback is not held back by the 3DC call of the same visit).
            pressure = history.pressure(
                fu.customer_number, as_of=today, cooldown_days=cooldown,
                purpose=ContactPurpose.FOLLOW_UPS, vin=fu.vin,
                work_order_number=fu.work_order_number, followup_number=fu.number,
            )  # fmt: skip
            if pressure is not None:
                left_off.append(
                    LeftOff(
                        customer_number=fu.customer_number, subject=fu.number, pressure=pressure
                    )
                )
                continue
            overdue = max(0, (today - fu.latest).days)
            left = max(0, (fu.latest - today).days)
            if overdue:
                priority = 1
                reason = (
                    f"overdue by {overdue} day(s): the {fu.kind.label} window ended {fu.latest}"
                )
            elif left == 0:
                priority = 2
                reason = f"last day of the {fu.kind.label} window ({fu.latest})"
            elif failed:
                priority = 3
                reason = (
                    f"retry: attempt {failed + 1} of {policy.max_attempts} after "
                    f"{fu.attempts[-1].outcome.label}; window ends {fu.latest}"
                )
            else:
                priority = 4
                reason = f"{fu.kind.label} window open {fu.earliest} – {fu.latest}"
            if failed and priority < 3:
                reason += f"; attempt {failed + 1} of {policy.max_attempts}"
            entries.append(
                WorklistEntry(
                    followup=fu,
                    priority=priority,
                    reason=reason,
                    days_overdue=overdue,
                    days_left=left,
                    rule=(
                        f"{fu.rule or fu.kind.value}; listed from earliest/next attempt, "
                        f"cooldown FollowUpPolicy.contact_cooldown_days={cooldown}"
                    ),
                )
            )
        entries.sort(
            key=lambda e: (e.priority, -e.days_overdue, e.followup.latest, e.followup.number)
        )
        left_off.sort(key=lambda x: (x.customer_number, x.subject))
        opt_outs_read = opt_outs_checked
        rule = (
            "pending follow-ups from their earliest (or next attempt) day, overdue first; "
            "SPEC §9b contact pressure: opted out of follow-ups"
            + ("" if opt_outs_read else " (not checked: no customers given)")
            + f", already booked, or called in the last {cooldown} days about another work "
            f"order (FollowUpPolicy.contact_cooldown_days={cooldown}) left off"
        )
        return cls(
            as_of=today, entries=tuple(entries), left_off=tuple(left_off),
            opt_outs_checked=opt_outs_read, rule=rule,
        )  # fmt: skip


def _customer_list(
    customers: Iterable[Customer] | Mapping[str, Customer] | None,
) -> tuple[Customer, ...]:
    if customers is None:
        return ()
    if isinstance(customers, Mapping):
        return tuple(customers.values())
    return tuple(customers)


def followup_worklist_report(
    followups_or_snapshot: Snapshot | Iterable[FollowUp],
    *,
    as_of: date | datetime,
    customers: Iterable[Customer] | Mapping[str, Customer] | None = None,
    appointments: Iterable[Appointment] = (),
    policy: FollowUpPolicy = FollowUpPolicy(),
) -> FollowUpWorklist:
    """Return the follow-up worklist of ``as_of`` with who was left off and why.

    Same rules as [`followup_worklist`][autocrm.rules.followups.followup_worklist], which returns
    only the entries.

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import Customer, FollowUp, OptOut, Snapshot
        >>> fu = FollowUp(number="WO1-3DC", kind="3dc", customer_number="C1",
        ...               earliest=date(2025, 10, 9), due=date(2025, 10, 10),
        ...               latest=date(2025, 10, 10))
        >>> wang = Customer(number="C1", name="王建国",
        ...                 opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
        >>> report = followup_worklist_report(Snapshot(customers=[wang], followups=[fu]),
        ...                                   as_of=date(2025, 10, 10))
        >>> report.entries, [(x.subject, x.reason) for x in report.left_off]
        ((), [('WO1-3DC', 'opted out of 回访 calls: 客户要求不再回访')])
    """
    policy = checked(policy, FollowUpPolicy, "policy")
    if not isinstance(followups_or_snapshot, Snapshot):
        check_iterable(followups_or_snapshot, "followups_or_snapshot")
    today = as_date(as_of)
    if isinstance(followups_or_snapshot, Snapshot):
        snapshot = followups_or_snapshot
        items: Sequence[FollowUp] = snapshot.followups
        people = _customer_list(customers) if customers is not None else snapshot.customers
        booked = (*snapshot.appointments, *appointments)
    else:
        items = tuple(followups_or_snapshot)
        people = _customer_list(customers)
        booked = tuple(appointments)
    checked_items: Sequence[object] = items
    for index, item in enumerate(checked_items):
        if not isinstance(item, FollowUp):
            msg = f"followups[{index}]: expected a FollowUp, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"followups[{index}]", value=item)
    history = ContactHistory.of(items, customers=people, appointments=booked)
    return FollowUpWorklist.of(
        items, history, as_of=today, policy=policy, opt_outs_checked=bool(people)
    )


def followup_worklist(
    followups_or_snapshot: Snapshot | Iterable[FollowUp],
    *,
    as_of: date | datetime,
    customers: Iterable[Customer] | Mapping[str, Customer] | None = None,
    appointments: Iterable[Appointment] = (),
    policy: FollowUpPolicy = FollowUpPolicy(),
) -> tuple[WorklistEntry, ...]:
    """Return the follow-ups to call on ``as_of``, most urgent first.

    A pending follow-up is on the list from its ``earliest`` day on; after a failed
    call, from its ``next_attempt_on`` day on. It stays on the list, as overdue, after
    its window closes. Ranking: overdue (longest overdue first), then the window's last
    day, then retries, then open windows (earliest deadline first); ties by number.

    [Contact pressure][sources-expectations-contact-pressure]
    ([`autocrm.rules.contact`][autocrm.rules.contact]) leaves off a
    follow-up whose customer

    * opted out of follow-up calls (for all vehicles or the follow-up's vehicle, for
      every channel or a phone channel), or was anonymised — **only checkable when the
      customers are known**: pass a [`Snapshot`][autocrm.domain.snapshot.Snapshot], or
      ``customers=``. Without them no opt-out can be honoured;
    * is already booked (an appointment BOOKED with its slot on or after ``as_of``,
      from the snapshot or ``appointments=``);
    * was called (completed or attempted, wrong numbers aside) in the last
      ``contact_cooldown_days`` days about another work order. Calls about the same
      work order do not count: the minor-repair callback of a visit stays on the list
      after its 3DC call, and so does the 7DC after the sale 3D call.

    [`followup_worklist_report`][autocrm.rules.followups.followup_worklist_report] also returns who
    was left off and why.

    Args:
        followups_or_snapshot: Follow-ups of any status (only pending ones can be
            listed), or a snapshot (its follow-ups, customers and appointments).
        as_of: The day of the list (an aware datetime counts as its China date).
        customers: Customers (or a number -> Customer mapping) to check opt-outs against;
            with a snapshot, replaces its customers. A follow-up whose customer is not
            among them is kept.
        appointments: Appointments to check bookings against (added to a snapshot's).
        policy: The follow-up numbers.

    Returns:
        The entries, ranked.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of``, or an item that is not a FollowUp.

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import FollowUp
        >>> a = FollowUp(number="A", kind="3dc", customer_number="C1",
        ...              earliest=date(2025, 10, 9), due=date(2025, 10, 10),
        ...              latest=date(2025, 10, 10))
        >>> b = FollowUp(number="B", kind="major_repair", customer_number="C2",
        ...              earliest=date(2025, 10, 9), due=date(2025, 10, 24),
        ...              latest=date(2025, 10, 24))
        >>> [(e.followup.number, e.priority) for e in
        ...  followup_worklist([b, a], as_of=date(2025, 10, 10))]
        [('A', 2), ('B', 4)]
    """
    policy = checked(policy, FollowUpPolicy, "policy")
    if not isinstance(followups_or_snapshot, Snapshot):
        check_iterable(followups_or_snapshot, "followups_or_snapshot")
    return followup_worklist_report(
        followups_or_snapshot, as_of=as_of, customers=customers, appointments=appointments,
        policy=policy,
    ).entries  # fmt: skip
