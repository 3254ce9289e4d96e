"""The worklist's policy: the kinds of reason, their priority scale, when a call goes stale.

[`ReasonKind`][autocrm.rules.worklist_policy.ReasonKind] names why a customer is on the
desk's list; [`WorklistPolicy`][autocrm.rules.worklist_policy.WorklistPolicy] orders the
kinds on one scale (by default ``DEFAULT_SCALE``) and holds the expiry, the
daily capacity and the way tasks are assigned;
[`is_stale`][autocrm.rules.worklist_policy.is_stale] tells when a follow-up call is too
late to make. The list itself is [`Worklist`][autocrm.rules.worklist.Worklist].

Examples:
    >>> WorklistPolicy().scale[0].value
    'complaint_callback'
    >>> WorklistPolicy().rank_of(ReasonKind.FOLLOW_UP)
    3
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, Literal

import attrs

from autocrm.domain.checks import whole_number
from autocrm.domain.followup import FollowUp, FollowUpStatus
from autocrm.domain.labels import LabelledEnum
from autocrm.domain.time import as_date
from autocrm.errors import InvalidComponent, PolicyError, shown
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.churn_segments import ChurnSegment
from autocrm.rules.reminder_kinds import ReminderKind
from autocrm.rules.workdays import add_workdays

__all__ = [
    "DEFAULT_SCALE",
    "ReasonKind",
    "WorklistPolicy",
    "is_stale",
]


_DEFAULT_CALENDAR = ChineseWorkdays()


def _reminder(kind: ReminderKind) -> tuple[str, str]:
    """The value and label of a reason that is a reminder: the reminder kind's own."""
    return (kind.value, kind.label)


class ReasonKind(LabelledEnum):
    """Why a customer is on the day's worklist; each kind has its urgency within the kind.

    ``urgency`` of a [`TaskReason`][autocrm.rules.worklist.TaskReason], smaller first:

    * complaint call-back / deadline: days overdue (most first), then the level (III first);
    * follow-up: the follow-up list's priority (1 overdue … 4 window open), then days
      overdue (most first);
    * appointment confirmation: the slot, earliest first;
    * maintenance: days overdue (most first), then the customer's value (cumulative own
      spend, highest first);
    * other reminders: the reminder's priority (1 overdue, 2 this week, 3 later), then
      the due date;
    * early warning: the churn-risk score (highest first), then the early-warning flags;
    * win-back: recently lost before first-service lost before defected, then the most
      recent last visit.

    Examples:
        >>> ReasonKind.COMPLAINT_CALLBACK.value, ReasonKind.COMPLAINT_CALLBACK.label
        ('complaint_callback', '投诉回电')
        >>> ReasonKind.from_label("保养提醒") is ReasonKind.MAINTENANCE
        True
    """

    COMPLAINT_CALLBACK = ("complaint_callback", "投诉回电")
    COMPLAINT_DEADLINE = ("complaint_deadline", "投诉结案期限")
    FOLLOW_UP = ("follow_up", "跟踪回访")
    APPOINTMENT_CONFIRMATION = ("appointment_confirmation", "预约确认")
    # A reminder on the worklist keeps the value and label of its ReminderKind.
    MAINTENANCE = _reminder(ReminderKind.MAINTENANCE)
    INSURANCE_RENEWAL = _reminder(ReminderKind.INSURANCE_RENEWAL)
    WARRANTY_EXPIRY = _reminder(ReminderKind.WARRANTY_EXPIRY)
    ANNUAL_INSPECTION = _reminder(ReminderKind.ANNUAL_INSPECTION)
    BIRTHDAY = _reminder(ReminderKind.BIRTHDAY)
    PURCHASE_ANNIVERSARY = _reminder(ReminderKind.PURCHASE_ANNIVERSARY)
    HOLIDAY = _reminder(ReminderKind.HOLIDAY)
    CAMPAIGN = _reminder(ReminderKind.CAMPAIGN)
    EARLY_WARNING = ("early_warning", "流失预警")
    WIN_BACK = ("win_back", "流失召回")


#: The default priority scale: the kinds of reason, most urgent first. Holiday care
#: is left out: it would put every customer on the list before a holiday.
DEFAULT_SCALE: tuple[ReasonKind, ...] = (
    ReasonKind.COMPLAINT_CALLBACK,
    ReasonKind.COMPLAINT_DEADLINE,
    ReasonKind.FOLLOW_UP,
    ReasonKind.APPOINTMENT_CONFIRMATION,
    ReasonKind.MAINTENANCE,
    ReasonKind.INSURANCE_RENEWAL,
    ReasonKind.WARRANTY_EXPIRY,
    ReasonKind.ANNUAL_INSPECTION,
    ReasonKind.BIRTHDAY,
    ReasonKind.PURCHASE_ANNIVERSARY,
    ReasonKind.CAMPAIGN,
    ReasonKind.EARLY_WARNING,
    ReasonKind.WIN_BACK,
)

_DEFAULT_WIN_BACK = (ChurnSegment.RECENTLY_LOST, ChurnSegment.FIRST_SERVICE_LOST)


def _policy_items(value: object, field: str) -> list[object]:
    """The items of a policy list: a lone string is one item; no collection is refused."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, bytes | Mapping) or not isinstance(value, Iterable):
        msg = f"{field}: expected a list of names, got {type(value).__name__} {shown(value)}"
        raise PolicyError(msg, field=field, value=value)
    return list(value)


def _to_scale(value: object) -> tuple[ReasonKind, ...]:
    scale: list[ReasonKind] = []
    for item in _policy_items(value, "scale"):
        try:
            kind = item if isinstance(item, ReasonKind) else ReasonKind.from_label(_text(item))
        except InvalidComponent:
            msg = f"scale: {shown(item)} is not a ReasonKind value"
            raise PolicyError(msg, field="scale", value=item) from None
        if kind in scale:
            msg = f"scale: {kind.value!r} is named twice; each kind has one place on the scale"
            raise PolicyError(msg, field="scale", value=item)
        scale.append(kind)
    if not scale:
        msg = "scale: name at least one kind of reason"
        raise PolicyError(msg, field="scale", value=value)
    return tuple(scale)


def _text(item: object) -> str:
    """A name from a policy list; what is no string matches no name."""
    return item if isinstance(item, str) else ""


def _to_segments(value: object) -> tuple[ChurnSegment, ...]:
    found: set[ChurnSegment] = set()
    for item in _policy_items(value, "win_back_segments"):
        try:
            segment = (
                item if isinstance(item, ChurnSegment) else ChurnSegment.from_label(_text(item))
            )
        except InvalidComponent:
            msg = f"win_back_segments: {shown(item)} is not a ChurnSegment value"
            raise PolicyError(msg, field="win_back_segments", value=item) from None
        if not segment.is_lost:
            msg = f"win_back_segments: {segment.value!r} is not a lost segment"
            raise PolicyError(msg, field="win_back_segments", value=item)
        found.add(segment)
    # A tuple in a fixed order, not a set: it round-trips through policies_to_dict.
    return tuple(s for s in ChurnSegment if s in found)


def _check_assign_by(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or value not in ("owner", "round_robin"):
        msg = f"assign_by: expected 'owner' or 'round_robin', got {shown(value)}"
        raise PolicyError(msg, field="assign_by", value=value)


@attrs.frozen(kw_only=True)
class WorklistPolicy:
    """The numbers of the desk's day.

    Attributes:
        scale: The kinds of reason, most urgent first (``DEFAULT_SCALE``); a kind
            left out is not put on the list. Each kind at most once.
        expire_after_workdays: A pending follow-up not reached within this many working
            days after its window's last day is EXPIRED: counted, no longer listed
            (*default* 14: a customer-satisfaction call is dropped on the 15th day, as
            dealer CRMs such as DealerMine do).
        daily_capacity: Tasks one agent takes on one day (*default* 40); the rest
            moves to the agent's next working day.
        assign_by: ``"owner"`` — the customer's responsible owner (归属责任人) takes
            the task when on the desk, the others go round robin; ``"round_robin"`` —
            every task in turn, in rank order.
        win_back_segments: The lost segments called back (*default* recently lost and
            first-service lost; defected customers, gone for more than two years, are
            left to campaigns).

    Examples:
        >>> WorklistPolicy().expire_after_workdays, WorklistPolicy().daily_capacity
        (14, 40)
        >>> WorklistPolicy(scale=["follow_up", "follow_up"])
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: scale: 'follow_up' is named twice; each kind has one place on the scale
    """  # noqa: E501

    scale: tuple[ReasonKind, ...] = attrs.field(default=DEFAULT_SCALE, converter=_to_scale)
    expire_after_workdays: int = attrs.field(default=14, validator=whole_number(0))
    daily_capacity: int = attrs.field(default=40, validator=whole_number(1))
    assign_by: Literal["owner", "round_robin"] = attrs.field(
        default="owner", validator=_check_assign_by
    )
    win_back_segments: tuple[ChurnSegment, ...] = attrs.field(
        default=_DEFAULT_WIN_BACK, converter=_to_segments
    )

    def rank_of(self, kind: ReasonKind) -> int:
        """The place of ``kind`` on the scale (1 = most urgent).

        Raises:
            autocrm.errors.PolicyError: ``kind`` is not on the scale (not listed).

        Examples:
            >>> WorklistPolicy().rank_of(ReasonKind.FOLLOW_UP)
            3
        """
        if kind not in self.scale:
            msg = f"scale: {kind.value!r} is not on the scale; it is not put on the list"
            raise PolicyError(msg, field="scale", value=kind)
        return self.scale.index(kind) + 1

    def stale_after(self, latest: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
        """The last day a pending follow-up whose window ended on ``latest`` is still called.

        It is stale (see [`is_stale`][autocrm.rules.worklist_policy.is_stale]) from the day after.

        Examples:
            >>> WorklistPolicy().stale_after(date(2025, 10, 10))
            datetime.date(2025, 10, 29)
        """
        return add_workdays(latest, self.expire_after_workdays, calendar=calendar)


def is_stale(
    followup: FollowUp,
    *,
    as_of: date,
    policy: WorklistPolicy = WorklistPolicy(),
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
) -> bool:
    """Tell whether a pending follow-up has gone stale: too late to call; never raises.

    Stale on ``as_of`` = still pending and ``as_of`` is after the
    ``policy.expire_after_workdays``-th working day after the window's last day
    (``latest``). With the default 14, a 3DC whose window ended on Friday 10 October
    2025 is still called up to Wednesday 29 October (Saturday 11 October was a make-up
    working day, 调休) and is stale from the 30th.

    Examples:
        >>> from autocrm.domain import FollowUp
        >>> fu = FollowUp(number="WO1-3DC", kind="3dc", customer_number="C1",
        ...               earliest=date(2025, 10, 9), due=date(2025, 10, 10),
        ...               latest=date(2025, 10, 10))
        >>> is_stale(fu, as_of=date(2025, 10, 29)), is_stale(fu, as_of=date(2025, 10, 30))
        (False, True)
        >>> is_stale(fu, as_of="yesterday")
        False
    """
    try:
        if not isinstance(followup, FollowUp) or followup.status is not FollowUpStatus.PENDING:
            return False
        day = as_date(as_of)
        return day > policy.stale_after(followup.latest, calendar=calendar)
    except Exception:  # a predicate answers, it does not raise
        return False
