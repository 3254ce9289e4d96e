"""SQL twins of the complaint views: the overdue list and the on-time closure rate.

A complaint's closing deadline is the N-th working day after the local date it was
received (N by level). The database finds it through a
[`WorkdayTable`][autocrm.adapters.sqlalchemy.workdays.WorkdayTable] of the calendar in
use: the received day is joined to its row, and the deadline is the working day whose
ordinal is that row's plus the level's N (a ``CASE`` over the levels of the policy,
[`ComplaintPolicy.workdays_for`][autocrm.rules.complaints.ComplaintPolicy.workdays_for]).
The table holds only the days complaints were received on and the working days after
them the deadlines reach.

* [`overdue_complaints`][autocrm.adapters.sqlalchemy.rules.complaints.overdue_complaints]:
  the database keeps the complaints past their deadline and not closed by the day;
  only those are read, and the pure
  [`overdue_complaints`][autocrm.rules.overdue_complaints.overdue_complaints] makes the
  list of them;
* [`on_time_closure`][autocrm.adapters.sqlalchemy.rules.complaints.on_time_closure]: the
  complaints closed by their deadline are counted by (level, deadline, day closed), and
  only the others (closed late, or not closed) come back one by one, in the archive's
  order; each group and row is classified by the pure
  [`closure_outcome`][autocrm.stats.complaints.closure.closure_outcome] and counted by
  [`ClosureTally`][autocrm.stats.complaints.closure.ClosureTally].

Examples:
    >>> from datetime import date
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> overdue_complaints(archive, as_of=date(2025, 10, 13))
    ()
    >>> on_time_closure(archive, as_of=date(2025, 10, 13)).overall.rate.denominator
    0
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.local_time import LocalDate
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import checked_archive, load_in, start_of
from autocrm.adapters.sqlalchemy.workdays import (
    WorkdayTable,
    day_number,
    from_day_number,
    row_of_day,
    workday_numbered,
    workdays_after,
)
from autocrm.domain import Complaint
from autocrm.domain.complaint import ComplaintLevel, ComplaintStatus
from autocrm.domain.time import as_date
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.complaints import ComplaintPolicy
from autocrm.rules.overdue_complaints import OverdueComplaint
from autocrm.rules.overdue_complaints import overdue_complaints as pure_overdue_complaints
from autocrm.stats.complaints.closure import ClosureTally, OnTimeClosure, closure_outcome
from autocrm.stats.complaints.closure import on_time_closure as pure_on_time_closure
from autocrm.stats.policy import StatsPolicy

__all__ = ["on_time_closure", "overdue_complaints"]

_DEFAULT_POLICY = ComplaintPolicy()
_LEVELS = tuple(ComplaintLevel)
_DEFAULT_CALENDAR = ChineseWorkdays()
_DEFAULT_STATS_POLICY = StatsPolicy()


class _Deadlines(NamedTuple):
    """The complaints joined to their closing deadline."""

    joined: sa.FromClause
    #: The complaints' columns the twins read, the received day and the level's N.
    asked: sa.CTE
    #: The deadline, a day number.
    deadline: ColumnElement[int]


def _deadlines(
    connection: sa.Connection,
    policy: ComplaintPolicy,
    calendar: WorkdayCalendar,
    conditions: Sequence[ColumnElement[bool]] = (),
) -> _Deadlines:
    """The complaints ``conditions`` select, joined to their closing deadline (a day number).

    One query reads the distinct days complaints were received on, the table is
    written for them, and the complaints are joined to it twice: the received day,
    then the working day the level's N after it. The complaints' received day and N
    are worked out once per complaint first (SQLite is told to materialise them, so
    that it joins on plain columns instead of an expression it cannot index).
    ``conditions`` are on the complaints table (a compiled filter); none selects all.
    """
    complaints = t.complaints
    received = day_number(LocalDate(complaints.c.received_at))
    days = [
        from_day_number(int(number))
        for (number,) in connection.execute(sa.select(received).where(*conditions).distinct())
    ]
    most = max(policy.workdays_for(level) for level in _LEVELS)
    workdays = WorkdayTable.covering(days, calendar=calendar, after=most).cte("workdays")
    start, deadline = workdays.alias("received_day"), workdays.alias("deadline_day")
    level_workdays = sa.case(
        *(
            (complaints.c.level == level.value, policy.workdays_for(level))
            for level in ComplaintLevel
        )
    )
    asked = (
        sa.select(
            complaints.c.id,
            complaints.c.number,
            complaints.c.level,
            complaints.c.status,
            complaints.c.closed_at,
            received.label("received_on"),
            level_workdays.label("workdays"),
        )
        .where(*conditions)
        .cte("asked")
        .prefix_with("MATERIALIZED", dialect="sqlite")
    )
    # Every complaint has both rows; outer joins keep SQLite from scanning the table
    # first (it does not reorder them), the complaint drives and the rows are looked up.
    joined = asked.outerjoin(start, row_of_day(start, asked.c.received_on)).outerjoin(
        deadline, workday_numbered(deadline, workdays_after(start, asked.c.workdays))
    )
    return _Deadlines(joined, asked, deadline.c.day_number)


def _day_number_of(day: date) -> ColumnElement[int]:
    """``day`` as a day number, to compare with the table's ``day_number``."""
    return sa.literal((day - date(1970, 1, 1)).days, sa.Integer)


def _is_closed(asked: sa.CTE) -> ColumnElement[bool]:
    """The complaint is CLOSED with its closing time (what the pure rules count as closed)."""
    return sa.and_(asked.c.status == ComplaintStatus.CLOSED.value, asked.c.closed_at.is_not(None))


def _closed_by(asked: sa.CTE, as_of: date) -> ColumnElement[bool]:
    """The complaint is closed and was closed by ``as_of`` (a day, or an aware moment)."""
    closed = _is_closed(asked)
    if isinstance(as_of, datetime):
        return sa.and_(closed, asked.c.closed_at <= as_of)
    if as_of == date.max:
        return closed
    return sa.and_(closed, asked.c.closed_at < start_of(as_of + timedelta(days=1)))


def overdue_complaints(
    archive: SqlArchive,
    *,
    as_of: date,
    policy: ComplaintPolicy = _DEFAULT_POLICY,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
) -> tuple[OverdueComplaint, ...]:
    """The overdue-complaint list of
    [`overdue_complaints`][autocrm.rules.overdue_complaints.overdue_complaints], found in SQL.

    The database joins every complaint to its closing deadline through the working-day
    table and keeps those whose deadline is before the day and that were not closed by
    ``as_of``; only they are read and listed by the pure rule.

    Args:
        archive: The SQL archive.
        as_of: The business date, or an aware datetime.
        policy: Closing deadlines in working days by level.
        calendar: The working-day calendar.

    Returns:
        The list the pure rule gives on the archive's complaints.

    Raises:
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive, or a bad
            ``as_of``, ``policy`` or ``calendar``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 9, 30, 10, tzinfo=CHINA_TZ)
        >>> _ = archive.add(Complaint(number="TS2025001", customer_number="C000001",
        ...                           level="II", received_at=at), actor="客服-李娜", at=at)
        >>> [(e.complaint.number, e.deadline.isoformat(), e.days_overdue)
        ...  for e in overdue_complaints(archive, as_of=date(2025, 10, 13))]
        [('TS2025001', '2025-10-11', 2)]
    """
    archive = checked_archive(archive)
    # The pure rule refuses a bad day, policy or calendar as it would on any archive.
    pure_overdue_complaints((), as_of=as_of, policy=policy, calendar=calendar)
    day = as_date(as_of, "as_of")
    with archive._begin() as connection:
        joined, asked, deadline = _deadlines(connection, policy, calendar)
        query = (
            sa.select(asked.c.number)
            .select_from(joined)
            .where(deadline < _day_number_of(day), sa.not_(_closed_by(asked, as_of)))
            .order_by(asked.c.id)
        )
        numbers = [number for (number,) in connection.execute(query)]
        found = load_in(archive, connection, Complaint, "number", numbers)
    return pure_overdue_complaints(found, as_of=as_of, policy=policy, calendar=calendar)


def on_time_closure(
    archive: SqlArchive,
    *,
    as_of: date,
    policy: ComplaintPolicy = _DEFAULT_POLICY,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    stats_policy: StatsPolicy = _DEFAULT_STATS_POLICY,
) -> OnTimeClosure:
    """The on-time closure rate of
    [`on_time_closure`][autocrm.stats.complaints.closure.on_time_closure], found in SQL.

    The complaints closed on or before their deadline are counted by the database in
    groups of (level, deadline, day closed); the others — closed after the deadline,
    or not closed — are read one by one in the archive's order, as the late and
    overdue ones are listed by number. Deadlines come from the working-day table.

    Args:
        archive: The SQL archive.
        as_of: The business date (an aware datetime counts as its local date).
        policy: Closing deadlines in working days by level.
        calendar: The working-day calendar.
        stats_policy: The target and the confidence of the intervals.

    Returns:
        The [`OnTimeClosure`][autocrm.stats.complaints.closure.OnTimeClosure] the pure
        function gives on the archive's complaints.

    Raises:
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive, or a bad
            ``as_of``, ``policy``, ``calendar`` or ``stats_policy``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> def c(n, level, closed_day):
        ...     return Complaint(number=n, customer_number="C1", level=level, status="closed",
        ...                      received_at=datetime(2015, 3, 2, 9, tzinfo=CHINA_TZ),
        ...                      closed_at=datetime(2015, 3, closed_day, 17, tzinfo=CHINA_TZ))
        >>> for complaint in [c("T1", "I", 2), c("T2", "I", 3), c("T3", "I", 20)]:
        ...     _ = archive.add(complaint, actor="客服-李娜", at=complaint.received_at)
        >>> result = on_time_closure(archive, as_of=date(2015, 8, 31))
        >>> f"{result.rate('I')}", result.overall.closed_late
        ('67%', ('T3',))
    """
    return _on_time_closure(
        checked_archive(archive),
        (),
        as_of=as_of,
        policy=policy,
        calendar=calendar,
        stats_policy=stats_policy,
    )


def _on_time_closure(
    archive: SqlArchive,
    conditions: Sequence[ColumnElement[bool]],
    *,
    as_of: date,
    policy: ComplaintPolicy,
    calendar: WorkdayCalendar,
    stats_policy: StatsPolicy,
) -> OnTimeClosure:
    """The on-time closure rate of the complaints ``conditions`` select (none: all).

    The one query of the rate: ``on_time_closure`` here passes no condition, the
    statistic ``autocrm.adapters.sqlalchemy.stats.on_time_closure`` the compiled
    condition of its ``where`` (a period's complaints). ``archive`` is already checked.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of``, ``policy``, ``calendar`` or
            ``stats_policy``.

    Examples:
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> only_iii = [t.complaints.c.level == "III"]
        >>> _on_time_closure(archive, only_iii, as_of=date(2025, 10, 13),
        ...                  policy=ComplaintPolicy(), calendar=ChineseWorkdays(),
        ...                  stats_policy=StatsPolicy()).overall.rate.denominator
        0
    """
    pure_on_time_closure(
        (), as_of=as_of, policy=policy, calendar=calendar, stats_policy=stats_policy
    )
    day = as_date(as_of, "as_of")
    tally = ClosureTally()
    with archive._begin() as connection:
        joined, asked, deadline = _deadlines(connection, policy, calendar, conditions)
        closed = sa.case(
            (_is_closed(asked), day_number(LocalDate(asked.c.closed_at))), else_=sa.null()
        )
        in_time = sa.and_(closed.is_not(None), closed <= deadline)
        grouped = (
            sa.select(asked.c.level, deadline, closed, sa.func.count())
            .select_from(joined)
            .where(in_time)
            .group_by(asked.c.level, deadline, closed)
        )
        for level, deadline_number, closed_number, count in connection.execute(grouped):
            outcome = closure_outcome(_day(closed_number), _day(deadline_number), day)
            tally.add(ComplaintLevel.from_label(level), outcome, count=int(count))
        rest = (
            sa.select(asked.c.number, asked.c.level, deadline, closed)
            .select_from(joined)
            .where(sa.not_(in_time))
            .order_by(asked.c.id)
        )
        for number, level, deadline_number, closed_number in connection.execute(rest):
            closed_on = None if closed_number is None else _day(closed_number)
            outcome = closure_outcome(closed_on, _day(deadline_number), day)
            tally.add(ComplaintLevel.from_label(level), outcome, numbers=(number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def _day(number: Any) -> date:
    return from_day_number(int(number))
