"""Complaints: closing deadlines, the state machine, handling and call-backs.

The department grades complaints I, II and III (III the most serious) and measures the
share closed within a deadline per level (时效关闭率, target 95 %). The deadline is
counted in *working days* after the day the complaint was received (local date in
China Standard Time), so a complaint received just before the National Day week
gets its days after the holiday. Handling follows six steps and keeps a
promised call-back, and the result is fed back to the customer and recorded (see
[complaints][sources-complaints]).

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain import CHINA_TZ, Complaint
    >>> c = Complaint(number="TS2025001", customer_number="C000001", level="II",
    ...               received_at=datetime(2025, 9, 30, 10, 0, tzinfo=CHINA_TZ))
    >>> closing_deadline(c)  # three working days, after National Day
    datetime.date(2025, 10, 11)
    >>> c, entry = advance(c, ComplaintEvent.ACKNOWLEDGE,
    ...                    at=datetime(2025, 9, 30, 10, 30, tzinfo=CHINA_TZ), actor="客服-李娜")
    >>> c.status.label, entry.old, entry.new
    ('已受理', 'open', 'acknowledged')
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import attrs

from autocrm.domain.audit import AuditAction, AuditEntry
from autocrm.domain.checks import whole_number
from autocrm.domain.complaint import (
    Complaint,
    ComplaintLevel,
    ComplaintStatus,
    HandlingRecord,
    HandlingStep,
    Remedy,
    RemedyKind,
)
from autocrm.domain.labels import LabelledEnum
from autocrm.domain.money import money_sum
from autocrm.domain.time import as_date, local_date, require_aware
from autocrm.errors import AutocrmError, InvalidComponent, InvalidFormat, InvalidTransition, shown
from autocrm.rules._visits import checked
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.workdays import add_workdays

__all__ = [
    "TRANSITIONS",
    "ComplaintEvent",
    "ComplaintPolicy",
    "add_remedy",
    "advance",
    "callback_kept",
    "callback_overdue",
    "closed_on_time",
    "closing_deadline",
    "compensation_total",
    "is_overdue",
    "missing_steps",
    "promise_callback",
    "record_callback",
    "record_handling",
]


#: A closing deadline is a whole number of working days, 0 (the same day) or more.
_check_workdays = whole_number(0)


@attrs.frozen(kw_only=True)
class ComplaintPolicy:
    """Closing deadlines in working days by level (defaults I = 1, II = 3, III = 7).

    The department names the levels and measures on-time closure but sets no
    number of days: these defaults are autocrm's, and a shop changes them here (see
    [levels and deadlines][sources-complaints-levels]).
    Zero working days means "the same working day".

    Examples:
        >>> ComplaintPolicy().level_iii_workdays
        7
        >>> ComplaintPolicy(level_i_workdays=0).workdays_for(ComplaintLevel.I)
        0
    """

    level_i_workdays: int = attrs.field(default=1, validator=_check_workdays)
    level_ii_workdays: int = attrs.field(default=3, validator=_check_workdays)
    level_iii_workdays: int = attrs.field(default=7, validator=_check_workdays)

    def workdays_for(self, level: ComplaintLevel) -> int:
        """Return the closing deadline of ``level`` in working days.

        Examples:
            >>> ComplaintPolicy().workdays_for(ComplaintLevel.II)
            3
        """
        return {
            ComplaintLevel.I: self.level_i_workdays,
            ComplaintLevel.II: self.level_ii_workdays,
            ComplaintLevel.III: self.level_iii_workdays,
        }[level]


class ComplaintEvent(LabelledEnum):
    """What happens to a complaint; each event moves it along
    [`TRANSITIONS`][autocrm.rules.complaints].

    Examples:
        >>> ComplaintEvent.RESOLVE.value, ComplaintEvent.RESOLVE.label
        ('resolve', '解决')
        >>> ComplaintEvent.from_label("关闭") is ComplaintEvent.CLOSE
        True
        >>> TRANSITIONS[ComplaintStatus.RESOLVED, ComplaintEvent.CLOSE].label
        '已关闭'
    """

    ACKNOWLEDGE = ("acknowledge", "受理")
    INVESTIGATE = ("investigate", "调查处理")
    RESOLVE = ("resolve", "解决")
    CLOSE = ("close", "关闭")
    REOPEN = ("reopen", "重新打开")


_S = ComplaintStatus
_E = ComplaintEvent

#: The state machine as data: (current status, event) -> new status. Anything not
#: listed is refused. CLOSED is reachable only from RESOLVED, so a complaint is never
#: closed without having been resolved (solved, fed back, then recorded).
TRANSITIONS: Mapping[tuple[ComplaintStatus, ComplaintEvent], ComplaintStatus] = MappingProxyType(
    {
        (_S.OPEN, _E.ACKNOWLEDGE): _S.ACKNOWLEDGED,
        (_S.ACKNOWLEDGED, _E.INVESTIGATE): _S.INVESTIGATING,
        (_S.INVESTIGATING, _E.RESOLVE): _S.RESOLVED,
        (_S.RESOLVED, _E.CLOSE): _S.CLOSED,
        (_S.RESOLVED, _E.REOPEN): _S.REOPENED,
        (_S.CLOSED, _E.REOPEN): _S.REOPENED,
        (_S.REOPENED, _E.ACKNOWLEDGE): _S.ACKNOWLEDGED,
        (_S.REOPENED, _E.INVESTIGATE): _S.INVESTIGATING,
    }
)

_DEFAULT_POLICY = ComplaintPolicy()
_DEFAULT_CALENDAR = ChineseWorkdays()


def _as_event(event: object) -> ComplaintEvent:
    return ComplaintEvent.member(event, field="event", list_values=True)


def closing_deadline(
    complaint: Complaint,
    *,
    policy: ComplaintPolicy = _DEFAULT_POLICY,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
) -> date:
    """Return the last day on which ``complaint`` may be closed in time.

    The deadline is the N-th working day after the local (China Standard Time)
    date the complaint was received, N by level from ``policy`` (I = 1, II = 3,
    III = 7 by default); the day of receipt is not counted. With N = 0 it is the
    day of receipt, or the next working day if that is a holiday.

    Args:
        complaint: The complaint.
        policy: Working days per level.
        calendar: The working-day calendar (statutory holidays and 调休 by default).

    Returns:
        The deadline date; a complaint closed on that day is on time.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> c = Complaint(number="TS1", customer_number="C1", level="I",
        ...               received_at=datetime(2025, 9, 30, 16, 0, tzinfo=CHINA_TZ))
        >>> closing_deadline(c)
        datetime.date(2025, 10, 9)
        >>> closing_deadline(c, policy=ComplaintPolicy(level_i_workdays=0))
        datetime.date(2025, 9, 30)
    """
    policy = checked(policy, ComplaintPolicy, "policy")
    checked(complaint, Complaint, "complaint")
    received = local_date(complaint.received_at)
    return add_workdays(received, policy.workdays_for(complaint.level), calendar=calendar)


def advance(
    complaint: Complaint,
    event: ComplaintEvent,
    *,
    at: datetime,
    actor: str,
    note: str | None = None,
) -> tuple[Complaint, AuditEntry]:
    """Move ``complaint`` one step along the state machine.

    OPEN → ACKNOWLEDGED → INVESTIGATING → RESOLVED → CLOSED; REOPEN from RESOLVED
    or CLOSED gives REOPENED, from which the complaint is acknowledged or
    investigated again (see [`TRANSITIONS`][autocrm.rules.complaints]). RESOLVE sets
    ``resolved_at``, CLOSE sets ``closed_at``; REOPEN clears both, since the complaint is neither
    resolved nor closed any more (the audit trail keeps the earlier steps), so its
    on-time closure is judged by the final closing.

    Args:
        complaint: The complaint; it is not changed.
        event: What happened (a [`ComplaintEvent`][autocrm.rules.complaints.ComplaintEvent], its
            value or its label).
        at: When it happened: an aware datetime, not before the complaint was
            received nor, for CLOSE, before it was resolved.
        actor: Who did it (staff id or name), for the audit trail.
        note: The result fed back to the customer, kept as the
            complaint's ``result``; accepted with RESOLVE and CLOSE only, as the
            other steps have no place to keep it (record their details with
            [`record_handling`][autocrm.rules.complaints.record_handling]).

    Returns:
        The new complaint and the [`AuditEntry`][autocrm.domain.audit.AuditEntry] of the step
        (action TRANSITION, field ``"status"``, old and new status values).

    Raises:
        autocrm.errors.InvalidTransition: the step is not allowed from the
            current status; the message names both.
        autocrm.errors.InvalidFormat: ``at`` is naive or not a datetime, or
            ``actor`` is blank.
        autocrm.errors.InvalidComponent: ``at`` is too early, ``event`` is unknown,
            or ``note`` was given with another event.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> c = Complaint(number="TS1", customer_number="C1",
        ...               received_at=datetime(2025, 10, 9, 9, 0, tzinfo=CHINA_TZ))
        >>> advance(c, ComplaintEvent.CLOSE, at=datetime(2025, 10, 9, 10, tzinfo=CHINA_TZ),
        ...         actor="客服-李娜")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidTransition: cannot close a complaint that is open ...closed ...
    """
    checked(complaint, Complaint, "complaint")
    requested = _as_event(event)
    require_aware(at, "at")
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: expected the name or id of who made the step, got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    current = complaint.status
    target = TRANSITIONS.get((current, requested))
    if target is None:
        allowed = ", ".join(e.value for (s, e) in TRANSITIONS if s is current) or "nothing"
        # Name both states: where the complaint is, and where the event would take it.
        would_be = next((t for (_, e), t in TRANSITIONS.items() if e is requested), None)
        step = f"{current.value} → {would_be.value}" if would_be is not None else current.value
        msg = (
            f"cannot {requested.value} a complaint that is {current.value} ({current.label}): "
            f"{step} is not a step of the complaint process; "
            f"allowed from {current.value}: {allowed}"
        )
        raise InvalidTransition(msg, current=current, requested=requested)
    if note is not None and requested not in (ComplaintEvent.RESOLVE, ComplaintEvent.CLOSE):
        msg = (
            f"note: a note is kept as the complaint's result, given with resolve or close, "
            f"not with {requested.value}; use record_handling for the other steps"
        )
        raise InvalidComponent(msg, field="note", value=note)
    if at < complaint.received_at:
        msg = f"at: {at} is before the complaint was received ({complaint.received_at})"
        raise InvalidComponent(msg, field="at", value=at)
    changes: dict[str, Any] = {"status": target}
    if requested is ComplaintEvent.RESOLVE:
        changes["resolved_at"] = at
    elif requested is ComplaintEvent.CLOSE:
        if complaint.resolved_at is not None and at < complaint.resolved_at:
            msg = f"at: {at} is before the complaint was resolved ({complaint.resolved_at})"
            raise InvalidComponent(msg, field="at", value=at)
        changes["closed_at"] = at
    elif requested is ComplaintEvent.REOPEN:
        changes["resolved_at"] = None
        changes["closed_at"] = None
    if note is not None:
        changes["result"] = note
    updated = attrs.evolve(complaint, **changes)
    entry = AuditEntry(
        at=at,
        actor=actor,
        entity="complaint",
        entity_id=complaint.number,
        field="status",
        old=current.value,
        new=target.value,
        action=AuditAction.TRANSITION,
    )
    return updated, entry


def record_handling(complaint: Complaint, record: HandlingRecord) -> Complaint:
    """Return ``complaint`` with one more handling record (one of the six steps).

    Records are kept in time order, so a step entered late lands where it happened.

    Args:
        complaint: The complaint; it is not changed.
        record: The step (Listen, Share, Probe, Check, Action, Satisfy), when and by whom.

    Raises:
        autocrm.errors.InvalidFormat: ``record`` is not a HandlingRecord.
        autocrm.errors.InvalidComponent: the record is dated before the complaint
            was received.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint, HandlingRecord
        >>> c = Complaint(number="TS1", customer_number="C1",
        ...               received_at=datetime(2025, 10, 9, 9, 0, tzinfo=CHINA_TZ))
        >>> c = record_handling(c, HandlingRecord("listen",
        ...     datetime(2025, 10, 9, 9, 5, tzinfo=CHINA_TZ), actor="服务经理"))
        >>> [r.step.label for r in c.handling]
        ['倾听']
    """
    checked(complaint, Complaint, "complaint")
    given: object = record
    if not isinstance(given, HandlingRecord):
        msg = f"record: expected a HandlingRecord, got {type(record).__name__}"
        raise InvalidFormat(msg, field="record", value=record)
    if record.at < complaint.received_at:
        msg = f"record.at: {record.at} is before the complaint was received"
        raise InvalidComponent(msg, field="record.at", value=record.at)
    handling = sorted((*complaint.handling, record), key=lambda r: r.at)
    return attrs.evolve(complaint, handling=tuple(handling))


def missing_steps(complaint: Complaint) -> tuple[HandlingStep, ...]:
    """Return the handling steps not yet recorded, in the order they are taken.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> c = Complaint(number="TS1", customer_number="C1",
        ...               received_at=datetime(2025, 10, 9, 9, 0, tzinfo=CHINA_TZ))
        >>> [s.value for s in missing_steps(c)]
        ['listen', 'share', 'probe', 'check', 'action', 'satisfy']
    """
    checked(complaint, Complaint, "complaint")
    done = {record.step for record in complaint.handling}
    return tuple(step for step in HandlingStep if step not in done)


def add_remedy(complaint: Complaint, remedy: Remedy) -> Complaint:
    """Return ``complaint`` with one more remedy: repair, apology or compensation.

    Raises:
        autocrm.errors.InvalidFormat: ``remedy`` is not a Remedy.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint, Remedy
        >>> c = Complaint(number="TS1", customer_number="C1",
        ...               received_at=datetime(2025, 10, 9, 9, 0, tzinfo=CHINA_TZ))
        >>> c = add_remedy(c, Remedy("apology"))
        >>> c = add_remedy(c, Remedy("compensation", amount="300"))
        >>> [r.kind.label for r in c.remedies], compensation_total(c)
        (['道歉', '补偿'], Decimal('300.00'))
    """
    checked(complaint, Complaint, "complaint")
    given: object = remedy
    if not isinstance(given, Remedy):
        msg = f"remedy: expected a Remedy, got {type(remedy).__name__}"
        raise InvalidFormat(msg, field="remedy", value=remedy)
    return attrs.evolve(complaint, remedies=(*complaint.remedies, remedy))


def compensation_total(complaint: Complaint) -> Decimal:
    """Return the money paid as compensation for ``complaint``, to the fen.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> compensation_total(Complaint(number="TS1", customer_number="C1",
        ...     received_at=datetime(2025, 10, 9, 9, 0, tzinfo=CHINA_TZ)))
        Decimal('0.00')
    """
    checked(complaint, Complaint, "complaint")
    return money_sum(
        r.amount
        for r in complaint.remedies
        if r.kind is RemedyKind.COMPENSATION and r.amount is not None
    )


def promise_callback(complaint: Complaint, promised_at: datetime) -> Complaint:
    """Return ``complaint`` with the call-back time promised to the customer.

    A new promise replaces the old one and clears an earlier call-back, since the
    customer now waits for the new call.

    Raises:
        autocrm.errors.InvalidFormat: ``promised_at`` is naive or not a datetime.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> c = Complaint(number="TS1", customer_number="C1",
        ...               received_at=datetime(2025, 10, 9, 9, 0, tzinfo=CHINA_TZ))
        >>> c = promise_callback(c, datetime(2025, 10, 9, 17, tzinfo=CHINA_TZ))
        >>> c.callback_promised_at.isoformat()
        '2025-10-09T17:00:00+08:00'
    """
    checked(complaint, Complaint, "complaint")
    require_aware(promised_at, "promised_at")
    return attrs.evolve(complaint, callback_promised_at=promised_at, callback_done_at=None)


def record_callback(complaint: Complaint, done_at: datetime) -> Complaint:
    """Return ``complaint`` with the promised call-back made at ``done_at``.

    Raises:
        autocrm.errors.InvalidFormat: ``done_at`` is naive or not a datetime.
        autocrm.errors.InvalidComponent: ``done_at`` is before the complaint was received.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> c = Complaint(number="TS1", customer_number="C1",
        ...               received_at=datetime(2025, 10, 9, 9, 0, tzinfo=CHINA_TZ),
        ...               callback_promised_at=datetime(2025, 10, 9, 17, tzinfo=CHINA_TZ))
        >>> callback_kept(record_callback(c, datetime(2025, 10, 9, 16, 30, tzinfo=CHINA_TZ)))
        True
    """
    checked(complaint, Complaint, "complaint")
    require_aware(done_at, "done_at")
    return attrs.evolve(complaint, callback_done_at=done_at)


def _usable_as_of(as_of: object) -> bool:
    if isinstance(as_of, datetime):
        return as_of.tzinfo is not None and as_of.utcoffset() is not None
    return isinstance(as_of, date)


def _moment_passed(deadline: datetime, as_of: date) -> bool:
    # A bare date means "during that day": only a promise from an earlier day has
    # surely passed. An aware datetime is compared exactly.
    if isinstance(as_of, datetime):
        return as_of > deadline
    return as_of > local_date(deadline)


def _happened_by(moment: datetime | None, as_of: date) -> bool:
    if moment is None:
        return False
    if isinstance(as_of, datetime):
        return moment <= as_of
    return local_date(moment) <= as_of


def is_overdue(
    complaint: Complaint,
    *,
    as_of: date,
    policy: ComplaintPolicy = _DEFAULT_POLICY,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
) -> bool:
    """Tell whether the closing deadline has passed with the complaint still not closed.

    Overdue on ``as_of`` = the local date of ``as_of`` is after the deadline
    ([`closing_deadline`][autocrm.rules.complaints.closing_deadline]) and the complaint was not
    closed by ``as_of``. A complaint closed late is no longer overdue once closed;
    [`closed_on_time`][autocrm.rules.complaints.closed_on_time] tells that it was late. Never
    raises: bad input gives ``False``.

    Args:
        complaint: The complaint.
        as_of: The business date, or an aware datetime.
        policy: Working days per level.
        calendar: The working-day calendar.

    Examples:
        >>> from datetime import date, datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> c = Complaint(number="TS1", customer_number="C1", level="II",
        ...               received_at=datetime(2025, 9, 30, 10, 0, tzinfo=CHINA_TZ))
        >>> is_overdue(c, as_of=date(2025, 10, 11)), is_overdue(c, as_of=date(2025, 10, 12))
        (False, True)
        >>> is_overdue(c, as_of="yesterday")
        False
    """
    try:
        if not _usable_as_of(as_of):
            return False
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        if as_date(as_of) <= deadline:
            return False
        closed = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        return not _happened_by(closed, as_of)
    except (AutocrmError, ValueError, TypeError, AttributeError, KeyError):
        return False


def closed_on_time(
    complaint: Complaint,
    *,
    policy: ComplaintPolicy = _DEFAULT_POLICY,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
) -> bool | None:
    """Tell whether ``complaint`` was closed by its deadline (what 时效关闭率 counts).

    Returns:
        ``True`` or ``False`` for a closed complaint, ``None`` while it is not
        closed (it does not count in the on-time closure rate yet).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> c = Complaint(number="TS1", customer_number="C1", level="II", status="closed",
        ...               received_at=datetime(2025, 9, 30, 10, 0, tzinfo=CHINA_TZ),
        ...               closed_at=datetime(2025, 10, 11, 17, 0, tzinfo=CHINA_TZ))
        >>> closed_on_time(c)
        True
    """
    policy = checked(policy, ComplaintPolicy, "policy")
    checked(complaint, Complaint, "complaint")
    if complaint.status is not ComplaintStatus.CLOSED or complaint.closed_at is None:
        return None
    deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
    return local_date(complaint.closed_at) <= deadline


def callback_overdue(complaint: Complaint, *, as_of: date) -> bool:
    """Tell whether a promised call-back time has passed without the call.

    With an aware datetime ``as_of`` the promised moment is compared exactly; with
    a date, a promise counts as missed from the day after the promised day. A
    call made after ``as_of`` does not count as made yet. Never raises: bad input
    gives ``False``.

    Examples:
        >>> from datetime import date, datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> c = Complaint(number="TS1", customer_number="C1",
        ...               received_at=datetime(2025, 10, 9, 9, 0, tzinfo=CHINA_TZ),
        ...               callback_promised_at=datetime(2025, 10, 9, 17, 0, tzinfo=CHINA_TZ))
        >>> callback_overdue(c, as_of=datetime(2025, 10, 9, 17, 30, tzinfo=CHINA_TZ))
        True
        >>> [callback_overdue(c, as_of=date(2025, 10, d)) for d in (9, 10)]
        [False, True]
    """
    try:
        promised = complaint.callback_promised_at
        if promised is None or not _usable_as_of(as_of):
            return False
        if _happened_by(complaint.callback_done_at, as_of):
            return False
        return _moment_passed(promised, as_of)
    except (AutocrmError, ValueError, TypeError, AttributeError):
        return False


def callback_kept(complaint: Complaint) -> bool | None:
    """Tell whether the promised call-back was made by the promised time.

    Returns:
        ``None`` when no call-back was promised or it was not made yet.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> c = Complaint(number="TS1", customer_number="C1",
        ...               received_at=datetime(2025, 10, 9, 9, 0, tzinfo=CHINA_TZ),
        ...               callback_promised_at=datetime(2025, 10, 9, 17, 0, tzinfo=CHINA_TZ),
        ...               callback_done_at=datetime(2025, 10, 10, 9, 0, tzinfo=CHINA_TZ))
        >>> callback_kept(c)
        False
    """
    checked(complaint, Complaint, "complaint")
    promised, done = complaint.callback_promised_at, complaint.callback_done_at
    if promised is None or done is None:
        return None
    return done <= promised
