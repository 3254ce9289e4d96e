"""The on-time closure rate (时效关闭率) of complaints, by level and overall.

A complaint is closed in time when it is closed by its closing deadline, the N-th
working day after the day it was received (N by level: I = 1, II = 3, III = 7 by
default; see [complaints][sources-complaints]). The department aims at 95 %.

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> on_time_closure([], as_of=date(2015, 8, 31)).overall.rate.value is None
    True
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

import attrs

from autocrm.domain.complaint import Complaint, ComplaintLevel, ComplaintStatus
from autocrm.domain.time import CHINA_TZ, as_date, local_date
from autocrm.errors import InvalidFormat
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.complaints import ComplaintPolicy, closing_deadline
from autocrm.stats._checks import check_iterable, checked, records_of
from autocrm.stats._html import rows_to_html
from autocrm.stats.complaints.counts import LEVELS
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Rate

__all__ = [
    "ClosureRow",
    "ClosureTally",
    "OnTimeClosure",
    "closing_deadline_on",
    "closure_outcome",
    "on_time_closure",
]

_DEFAULT_STATS_POLICY = StatsPolicy()
_DEFAULT_COMPLAINT_POLICY = ComplaintPolicy()
_DEFAULT_CALENDAR = ChineseWorkdays()


@attrs.frozen
class ClosureRow:
    """On-time closure of one level (or of all levels when ``level`` is None).

    Attributes:
        level: The level, None for the overall row.
        deadline_workdays: The policy's closing deadline of the level (None overall).
        rate: Closed on time over complaints that count (closed, or open past the deadline).
        closed_late: Numbers of complaints closed after their deadline.
        open_overdue: Numbers of complaints still open after their deadline.
        pending: Complaints still open within their deadline (they do not count yet).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> received = datetime(2015, 3, 2, 9, tzinfo=CHINA_TZ)
        >>> late = Complaint(number="T1", customer_number="C1", level="II", status="closed",
        ...                  received_at=received,
        ...                  closed_at=datetime(2015, 3, 20, 17, tzinfo=CHINA_TZ))
        >>> still_open = Complaint(number="T2", customer_number="C1", level="II",
        ...                        received_at=received)
        >>> row = on_time_closure([late, still_open], as_of=date(2015, 3, 31)).levels[1]
        >>> row.level.label, row.deadline_workdays, row.closed_late, row.open_overdue
        ('二级', 3, ('T1',), ('T2',))
        >>> f"{row.rate}", row.rate.denominator
        ('0%', 2)
    """

    level: ComplaintLevel | None
    deadline_workdays: int | None
    rate: Rate
    closed_late: tuple[str, ...] = ()
    open_overdue: tuple[str, ...] = ()
    pending: int = 0

    def to_dict(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "complaints": self.rate.denominator,
            "on_time": self.rate.numerator,
            "closed_late": len(self.closed_late),
            "open_overdue": len(self.open_overdue),
            "pending": self.pending,
            "rate": self.rate.value,
            "percent": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }


@attrs.frozen
class OnTimeClosure:
    """The on-time closure rate (时效关闭率) by level and overall.

    Attributes:
        as_of: The date the complaints were looked at.
        levels: One row per level, I, II, III.
        target: The target share (the department aims at 0.95).
        rule: How the rate is counted.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> on_time = Complaint(number="T1", customer_number="C1", status="closed",
        ...                     received_at=datetime(2015, 3, 2, 9, tzinfo=CHINA_TZ),
        ...                     closed_at=datetime(2015, 3, 2, 17, tzinfo=CHINA_TZ))
        >>> fresh = Complaint(number="T2", customer_number="C1", level="III",
        ...                   received_at=datetime(2015, 3, 30, 9, tzinfo=CHINA_TZ))
        >>> result = on_time_closure([on_time, fresh], as_of=date(2015, 3, 31))
        >>> f"{result.rate('I')}", f"{result.rate()}", result.overall.pending
        ('100%', '100%', 1)
        >>> result.rate("III").value is None
        True
    """

    as_of: date
    levels: tuple[ClosureRow, ...]
    target: float
    rule: str = (
        "on time = closed (status CLOSED, closed by as_of) on or before the closing "
        "deadline; complaints open past their deadline count as late; complaints open "
        "within their deadline are left out"
    )

    @property
    def overall(self) -> ClosureRow:
        """All levels together: the sums of the levels' counts."""
        return ClosureRow(
            level=None,
            deadline_workdays=None,
            rate=Rate.combine(*(row.rate for row in self.levels)),
            closed_late=tuple(n for row in self.levels for n in row.closed_late),
            open_overdue=tuple(n for row in self.levels for n in row.open_overdue),
            pending=sum(row.pending for row in self.levels),
        )

    def rate(self, level: ComplaintLevel | str | None = None) -> Rate:
        """The rate of one level, or the overall rate when ``level`` is None."""
        if level is None:
            return self.overall.rate
        wanted = ComplaintLevel.from_label(level) if isinstance(level, str) else level
        return next(row.rate for row in self.levels if row.level is wanted)

    @property
    def meets_target(self) -> bool | None:
        """Whether the overall rate reaches the target; None when nothing counts yet."""
        return self.overall.rate.meets(self.target)

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per level, then the total."""
        return [row.to_dict(self.target) for row in (*self.levels, self.overall)]


def on_time_closure(
    complaints: Iterable[Complaint],
    *,
    as_of: date,
    policy: ComplaintPolicy = _DEFAULT_COMPLAINT_POLICY,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    stats_policy: StatsPolicy = _DEFAULT_STATS_POLICY,
) -> OnTimeClosure:
    """Return the on-time closure rate by level and overall, against the target.

    A complaint is closed on time when its status is CLOSED and the local date
    of ``closed_at`` is on or before its closing deadline
    ([`autocrm.rules.complaints.closing_deadline`][autocrm.rules.complaints.closing_deadline]). A
    complaint still open
    (or closed after ``as_of``) whose deadline has passed on ``as_of`` counts as
    late; one still within its deadline is *pending* and left out, so that the
    rate does not change with the day it is computed on for settled complaints.

    Args:
        complaints: The complaints of the period.
        as_of: The business date (an aware datetime counts as its local date).
        policy: Closing deadlines in working days by level.
        calendar: The working-day calendar.
        stats_policy: The target (``on_time_closure_target``) and confidence.

    Returns:
        An [`OnTimeClosure`][autocrm.stats.complaints.closure.OnTimeClosure]; a level without
        countable complaints has
        rate value None.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> def c(n, level, closed_day):
        ...     return Complaint(number=n, customer_number="C1", level=level, status="closed",
        ...                      received_at=datetime(2015, 3, 2, 9, tzinfo=CHINA_TZ),
        ...                      closed_at=datetime(2015, 3, closed_day, 17, tzinfo=CHINA_TZ))
        >>> result = on_time_closure([c("T1", "I", 2), c("T2", "I", 3), c("T3", "I", 20),
        ...                           c("T4", "III", 11)], as_of=date(2015, 8, 31))
        >>> f"{result.rate('I')}", f"{result.rate('III')}", f"{result.rate()}"
        ('67%', '100%', '75%')
        >>> result.overall.closed_late, result.meets_target
        (('T3',), False)
    """
    policy = checked(policy, ComplaintPolicy, "policy")
    stats_policy = checked(stats_policy, StatsPolicy, "stats_policy")
    check_iterable(complaints, "complaints")
    day = as_date(as_of, "as_of")
    tally = ClosureTally()
    for complaint in records_of(complaints, Complaint, "complaints"):
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def closing_deadline_on(
    level: ComplaintLevel,
    received_on: date,
    *,
    policy: ComplaintPolicy = _DEFAULT_COMPLAINT_POLICY,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
) -> date:
    """Return the closing deadline of a complaint of ``level`` received on ``received_on``.

    The deadline depends on nothing else, so the SQL adapter asks it once per level
    and date received instead of once per complaint. It is
    [`closing_deadline`][autocrm.rules.complaints.closing_deadline] itself, asked for
    a complaint of that level received at noon of that day.

    Examples:
        >>> closing_deadline_on(ComplaintLevel.I, date(2025, 9, 30))  # after the holiday week
        datetime.date(2025, 10, 9)
    """
    candidate: object = level
    if not isinstance(candidate, ComplaintLevel):
        msg = f"level: expected a ComplaintLevel, got {type(candidate).__name__}"
        raise InvalidFormat(msg, field="level", value=candidate)
    received_at = datetime.combine(as_date(received_on, "received_on"), time(12), tzinfo=CHINA_TZ)
    probe = Complaint(
        number="deadline", customer_number="deadline", level=level, received_at=received_at
    )
    return closing_deadline(probe, policy=policy, calendar=calendar)


def closure_outcome(closed_on: date | None, deadline: date, as_of: date) -> str:
    """Return how one complaint counts on ``as_of``: on time, late, overdue or pending.

    Args:
        closed_on: The local closing date of a CLOSED complaint, else None.
        deadline: Its closing deadline.
        as_of: The business date.

    Examples:
        >>> closure_outcome(date(2015, 3, 3), date(2015, 3, 3), date(2015, 3, 31))
        'on_time'
        >>> closure_outcome(None, date(2015, 3, 3), date(2015, 3, 3))
        'pending'
    """
    if closed_on is not None:
        closed_on = _checked_date(closed_on, "closed_on")
    deadline, as_of = _checked_date(deadline, "deadline"), _checked_date(as_of, "as_of")
    if closed_on is not None and closed_on <= as_of:
        return "on_time" if closed_on <= deadline else "late"
    return "overdue" if as_of > deadline else "pending"


def _checked_date(value: object, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        msg = f"{field}: expected a date, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


@attrs.define
class ClosureTally:
    """Complaints counted by level and outcome, and the result they give.

    [`on_time_closure`][autocrm.stats.complaints.closure.on_time_closure] counts one
    complaint at a time; the SQL adapter adds whole groups the database counted.

    Examples:
        >>> tally = ClosureTally()
        >>> tally.add(ComplaintLevel.I, "on_time", count=3)
        >>> tally.add(ComplaintLevel.I, "late", numbers=("T9",))
        >>> result = tally.result(date(2015, 3, 31), policy=ComplaintPolicy(),
        ...                       stats_policy=StatsPolicy())
        >>> f"{result.rate('I')}", result.overall.closed_late
        ('75%', ('T9',))
    """

    on_time: Counter[ComplaintLevel] = attrs.field(factory=Counter)
    counted: Counter[ComplaintLevel] = attrs.field(factory=Counter)
    pending: Counter[ComplaintLevel] = attrs.field(factory=Counter)
    late: dict[ComplaintLevel, list[str]] = attrs.field(factory=lambda: defaultdict(list))
    overdue: dict[ComplaintLevel, list[str]] = attrs.field(factory=lambda: defaultdict(list))

    def add(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome == "on_time":
            self.on_time[level] += count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def result(
        self, as_of: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """Return the on-time closure rates of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
                deadline_workdays=policy.workdays_for(level),
                rate=Rate(
                    self.on_time[level], self.counted[level], confidence=stats_policy.confidence
                ),
                closed_late=tuple(self.late[level]),
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in LEVELS
        )
        return OnTimeClosure(as_of=as_of, levels=rows, target=stats_policy.on_time_closure_target)
