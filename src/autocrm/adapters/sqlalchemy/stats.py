"""Statistics computed inside the database (push-down), with the results of autocrm.stats.

These functions give the same result objects as ``autocrm.stats`` (same types,
equal values) for the records a filter selects, but the database does the counting:
each statistic is one or two ``SELECT ... GROUP BY`` with ``COUNT(*)`` whose result
is a small table (a few rows per period, level, kind, status or rating), and only
that table comes back to Python, where the result object is built by the same code
the in-memory function uses. No record is loaded, except the numbers of complaints
closed late or still open past their deadline, which the on-time closure result
lists by name.

Local dates and periods are taken in China Standard Time (UTC+8 all year) by the
database. Filters of [`autocrm.query`][autocrm.query] (``where``) select the records: a period
(``within_last(F.complaint.received_at, months=12)``, ``between``), a set of
customers or vehicles (paths across relations are joins).

Examples:
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> complaints_per_thousand(archive).value is None  # no vehicles yet
    True
    >>> complaint_counts(archive).rows
    ()
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.local_time import LocalDate, LocalPeriod, date_from_sql
from autocrm.adapters.sqlalchemy.query import compile_where
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.domain import Complaint, FollowUp, Vehicle, WorkOrder
from autocrm.domain.appointment import AppointmentKind, AppointmentStatus
from autocrm.domain.complaint import ComplaintLevel, ComplaintStatus
from autocrm.domain.fleet import FleetClass
from autocrm.domain.followup import CallOutcome, IssueCategory, JobPosition
from autocrm.domain.time import as_date
from autocrm.domain.work_order import ServiceType
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.query import F, Filter, count_distinct
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.complaints import ComplaintPolicy
from autocrm.stats.appointments import AppointmentRates
from autocrm.stats.arrivals import (
    ARRIVAL_GROUPS,
    ArrivalCounts,
    ArrivalGroup,
    groups_in_precedence,
)
from autocrm.stats.complaints import (
    ClosureTally,
    ComplaintCounts,
    OnTimeClosure,
    PerThousand,
    closing_deadline_on,
    closure_outcome,
)
from autocrm.stats.fleet import (
    AccountCount,
    FleetServiceTable,
    FleetTable,
)
from autocrm.stats.issues import IssueBreakdown
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Period, Rate, check_period, period_key
from autocrm.stats.satisfaction import (
    Breakdown,
    NetPromoterScore,
    RatingSummary,
    SatisfactionRow,
    SatisfactionTable,
    rating_bounds,
    rating_scale,
)

__all__ = [
    "appointment_rates",
    "arrivals_by_type",
    "complaint_counts",
    "complaints_per_thousand",
    "csat",
    "fleet_table",
    "issue_breakdown",
    "mean_rating",
    "nps",
    "on_time_closure",
    "satisfaction_by_period",
    "service_table",
]

_DEFAULT_POLICY = StatsPolicy()
_DEFAULT_COMPLAINT_POLICY = ComplaintPolicy()
_DEFAULT_CALENDAR = ChineseWorkdays()

#: Late or overdue (level, received date) groups looked up per query (bounds its size).
_GROUPS_PER_QUERY = 200

_PeriodKey = tuple[date | None, str]


# --------------------------------------------------------------------------- SQL helpers


class _LocalYear(LocalPeriod):
    """``"YYYY"`` of an instant in China Standard Time (the year key of ``run_aggregate``).

    A class per unit: SQLAlchemy caches compiled SQL by class and arguments, not by
    the ``unit`` attribute of
    [`LocalPeriod`][autocrm.adapters.sqlalchemy.local_time.LocalPeriod], so a month
    and a year key of the same column must be different classes to compile
    differently.
    """

    inherit_cache = True

    def __init__(self, column: ColumnElement[Any]) -> None:
        super().__init__(column, unit="year", instant=True)


class _LocalMonth(LocalPeriod):
    """``"YYYY-MM"`` of an instant in China Standard Time (the month key of ``run_aggregate``)."""

    inherit_cache = True

    def __init__(self, column: ColumnElement[Any]) -> None:
        super().__init__(column, unit="month", instant=True)


def _period_columns(instant: ColumnElement[Any], period: Period | None) -> list[Any]:
    """The SQL key of the period holding an instant: none, a year, a month or a day.

    Years and months are the grouping of
    [`run_aggregate`][autocrm.adapters.sqlalchemy.query.run_aggregate];
    a quarter is grouped by month and a week or day by local date, then mapped to
    the period in Python (``_period_of``), so every period of
    [`Period`][autocrm.stats.rates.Period] gets the labels of the in-memory functions.
    """
    if period is None:
        return []
    if period is Period.YEAR:
        return [_LocalYear(instant)]
    if period in (Period.MONTH, Period.QUARTER):
        return [_LocalMonth(instant)]
    return [LocalDate(instant)]


#: Kept for the rule twins of autocrm.adapters.sqlalchemy.rules until they import the
#: public names of autocrm.adapters.sqlalchemy.local_time.
_LocalDate = LocalDate
_as_date = date_from_sql


def _period_of(period: Period | None, raw: Sequence[Any]) -> _PeriodKey:
    """The ``(start, label)`` of the period whose SQL key is ``raw`` (empty: no period)."""
    if period is None:
        return period_key(None, date.min)
    return period_key(period, date_from_sql(raw[0]))


def _counts(
    connection: sa.Connection,
    keys: Sequence[Any],
    *,
    source: sa.FromClause,
    conditions: Iterable[ColumnElement[bool]],
) -> list[tuple[tuple[Any, ...], int]]:
    """``SELECT keys, COUNT(*) ... GROUP BY keys``: the small table a statistic is built from.

    The keys are computed in a subquery and grouped by name outside, so that keys
    with bound parameters (``CASE``, ``IN``) group correctly on PostgreSQL too.
    """
    rows = _grouped(connection, keys, source=source, conditions=conditions)
    return [(raw, count) for raw, count, _ in rows]


def _grouped(
    connection: sa.Connection,
    keys: Sequence[Any],
    *,
    source: sa.FromClause,
    conditions: Iterable[ColumnElement[bool]],
    sums: Sequence[Any] = (),
) -> list[tuple[tuple[Any, ...], int, tuple[int, ...]]]:
    """``SELECT keys, COUNT(*), SUM(...) ... GROUP BY keys``: keys, count and sums per group."""
    columns = [key.label(f"k{i}") for i, key in enumerate(keys)] or [sa.literal(1).label("one")]
    columns += [value.label(f"s{i}") for i, value in enumerate(sums)]
    sub = sa.select(*columns).select_from(source).where(*conditions).subquery("counted")
    grouped = [sub.c[f"k{i}"] for i in range(len(keys))]
    summed = [sa.func.sum(sub.c[f"s{i}"]) for i in range(len(sums))]
    query = sa.select(*grouped, sa.func.count(), *summed).select_from(sub)
    if grouped:
        query = query.group_by(*grouped)
    width = len(keys)
    return [
        (tuple(row[:width]), int(row[width]), tuple(int(v or 0) for v in row[width + 1 :]))
        for row in connection.execute(query)
    ]


def _filtered(
    archive: SqlArchive, entity: str, where: Filter | None, as_of: date | datetime | None
) -> list[ColumnElement[bool]]:
    """The condition of ``where`` on the entity's table (none without a filter).

    On an encrypted archive an exact test of the mobile or the resident ID compares
    the look-up hash column, as every other query of the archive does.
    """
    if where is None:
        return []
    return [compile_where(entity, where, as_of=as_of, encrypted=archive.encrypted)]


# --------------------------------------------------------------------------- complaints


def complaints_per_thousand(
    archive: SqlArchive,
    *,
    complaints: Filter | None = None,
    served: Filter | None = None,
    car_parc: int | None = None,
    as_of: date | datetime | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> PerThousand:
    """Complaints per thousand vehicles (千台投诉率), counted by the database.

    The denominator (a parameter: the car parc) is, in this order of precedence: the
    number given as ``car_parc``; the distinct vehicles of the work orders selected
    by ``served`` (vehicles served in the period); else every vehicle of the archive.

    Args:
        archive: The SQL archive.
        complaints: A complaint filter selecting the period's complaints (all if None).
        served: A work-order filter: the denominator is their distinct vehicles.
        car_parc: A given number of vehicles instead.
        as_of: Anchors relative windows (``within_last``) in the filters.
        policy: Decimals and target, as in
            [`autocrm.stats.complaints_per_thousand`][autocrm.stats.complaints.counts.complaints_per_thousand].

    Returns:
        The [`autocrm.stats.complaints.PerThousand`][autocrm.stats.complaints.counts.PerThousand]
        the in-memory function gives.

    Examples:
        >>> from autocrm.query import within_last
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> r = complaints_per_thousand(
        ...     archive, complaints=within_last(F.complaint.received_at, months=1),
        ...     car_parc=63_000, as_of=date(2013, 6, 30))
        >>> r.complaints, r.basis, str(r.value)
        (0, 'given', '0.0')
    """
    complaint_count = archive.count(Complaint, complaints, as_of=as_of)
    if car_parc is not None:
        parc, basis = car_parc, "given"
    elif served is not None:
        result = archive.aggregate(
            WorkOrder,
            where=served,
            measures={"vehicles": count_distinct(F.work_order.vin)},
            as_of=as_of,
        )
        parc, basis = int(result.values_for()["vehicles"]), "distinct vehicles served"
    else:
        parc, basis = archive.count(Vehicle), "vehicles in the archive"
    return PerThousand.of(complaint_count, car_parc=parc, basis=basis, policy=policy)


def complaint_counts(
    archive: SqlArchive,
    *,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
    period: Period | None = Period.YEAR,
) -> ComplaintCounts:
    """Complaints by level and by the period they were received in, counted by the database.

    One ``GROUP BY`` (period of the local date received, level); the result is
    [`autocrm.stats.complaint_counts`][autocrm.stats.complaints.counts.complaint_counts] of the
    selected complaints.

    Args:
        archive: The SQL archive.
        where: A complaint filter (all complaints if None).
        as_of: Anchors relative windows in ``where``.
        period: Day, week, month, quarter or year (default); None for one row.

    Returns:
        A [`ComplaintCounts`][autocrm.stats.complaints.counts.ComplaintCounts].

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2014, 5, 1, 9, tzinfo=CHINA_TZ)
        >>> for n, level in [("T1", "I"), ("T2", "III"), ("T3", "I")]:
        ...     _ = archive.add(Complaint(number=n, customer_number="C1", level=level,
        ...                               received_at=at), actor="客服-李娜", at=at)
        >>> [(r.period, r.level_i, r.level_iii) for r in complaint_counts(archive).rows]
        [('2014', 2, 1)]
        >>> complaint_counts(archive, where=F.complaint.level == "III", period=None).total.total
        1
    """
    used = check_period(period)
    table = t.complaints
    keys = [*_period_columns(table.c.received_at, used), table.c.level]
    counters: dict[_PeriodKey, Counter[ComplaintLevel]] = defaultdict(Counter)
    with archive.reading() as connection:
        rows = _counts(
            connection, keys, source=table, conditions=_filtered(archive, "complaint", where, as_of)
        )
    for raw, count in rows:
        counters[_period_of(used, raw[:-1])][ComplaintLevel.from_label(raw[-1])] += count
    return ComplaintCounts.from_counts(used, counters)


def on_time_closure(
    archive: SqlArchive,
    *,
    where: Filter | None = None,
    as_of: date | datetime,
    policy: ComplaintPolicy = _DEFAULT_COMPLAINT_POLICY,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    stats_policy: StatsPolicy = _DEFAULT_POLICY,
) -> OnTimeClosure:
    """The on-time closure rate (时效关闭率) by level and overall, counted by the database.

    Working-day deadlines need the holiday calendar, which SQL does not have. So
    the database counts complaints by (level, local date received, local date
    closed when CLOSED, else NULL), a small table; the closing deadline
    ([`autocrm.rules.complaints.closing_deadline`][autocrm.rules.complaints.closing_deadline]: the
    N-th working day after
    the local date received) is computed once per level and date received, and
    each group is classified as
    [`autocrm.stats.on_time_closure`][autocrm.stats.complaints.closure.on_time_closure] classifies a
    complaint. The numbers of the complaints closed late or open past their
    deadline, which the result lists, are then read in one more query.

    Args:
        archive: The SQL archive.
        where: A complaint filter (the period's complaints; all if None).
        as_of: The business date (an aware datetime counts as its local date);
            also anchors relative windows in ``where``.
        policy: Closing deadlines in working days by level.
        calendar: The working-day calendar.
        stats_policy: The target and the confidence of the intervals.

    Returns:
        The [`OnTimeClosure`][autocrm.stats.complaints.closure.OnTimeClosure] the in-memory
        function gives.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> def c(n, level, closed_day):
        ...     return Complaint(number=n, customer_number="C1", level=level, status="closed",
        ...                      received_at=datetime(2015, 3, 2, 9, tzinfo=CHINA_TZ),
        ...                      closed_at=datetime(2015, 3, closed_day, 17, tzinfo=CHINA_TZ))
        >>> for complaint in [c("T1", "I", 2), c("T2", "I", 3), c("T3", "I", 20),
        ...                   c("T4", "III", 11)]:
        ...     _ = archive.add(complaint, actor="客服-李娜", at=complaint.received_at)
        >>> result = on_time_closure(archive, as_of=date(2015, 8, 31))
        >>> f"{result.rate('I')}", f"{result.rate('III')}", f"{result.rate()}"
        ('67%', '100%', '75%')
        >>> result.overall.closed_late, result.meets_target
        (('T3',), False)
    """
    day = as_date(as_of, "as_of")
    table = t.complaints
    received = LocalDate(table.c.received_at)
    closed = sa.case(
        (
            sa.and_(table.c.status == ComplaintStatus.CLOSED.value, table.c.closed_at.is_not(None)),
            LocalDate(table.c.closed_at),
        ),
        else_=sa.null(),
    )
    conditions = _filtered(archive, "complaint", where, as_of)
    deadlines: dict[tuple[ComplaintLevel, date], date] = {}

    def deadline_of(level: ComplaintLevel, received_on: date) -> date:
        if (level, received_on) not in deadlines:
            deadlines[level, received_on] = closing_deadline_on(
                level, received_on, policy=policy, calendar=calendar
            )
        return deadlines[level, received_on]

    tally = ClosureTally()
    named: set[tuple[ComplaintLevel, date]] = set()
    with archive.reading() as connection:
        rows = _counts(
            connection,
            [table.c.level, received, closed],
            source=table,
            conditions=conditions,
        )
        for (level_value, received_raw, closed_raw), count in rows:
            level, received_on = ComplaintLevel.from_label(level_value), date_from_sql(received_raw)
            closed_on = None if closed_raw is None else date_from_sql(closed_raw)
            outcome = closure_outcome(closed_on, deadline_of(level, received_on), day)
            if outcome in ("on_time", "pending"):
                tally.add(level, outcome, count=count)
            else:
                named.add((level, received_on))
        # Late and overdue complaints are listed by number, in the archive's order.
        late: list[tuple[int, str, ComplaintLevel, str]] = []
        groups = sorted(named, key=lambda g: (g[1], g[0].severity))
        for start in range(0, len(groups), _GROUPS_PER_QUERY):
            chosen = [
                sa.and_(
                    table.c.level == level.value,
                    received == received_on,
                    sa.or_(closed.is_(None), closed > deadline_of(level, received_on)),
                )
                for level, received_on in groups[start : start + _GROUPS_PER_QUERY]
            ]
            query = sa.select(table.c.id, table.c.number, table.c.level, received, closed).where(
                sa.or_(*chosen), *conditions
            )
            for row_id, number, level_value, received_raw, closed_raw in connection.execute(query):
                level = ComplaintLevel.from_label(level_value)
                closed_on = None if closed_raw is None else date_from_sql(closed_raw)
                deadline = deadline_of(level, date_from_sql(received_raw))
                late.append((row_id, number, level, closure_outcome(closed_on, deadline, day)))
    for _, number, level, outcome in sorted(late, key=lambda item: item[0]):
        tally.add(level, outcome, numbers=(number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


# --------------------------------------------------------------------------- operations


def _arrival_group_column(groups: Mapping[ServiceType, ArrivalGroup]) -> ColumnElement[Any]:
    """The arrival group of each work order, by ``ARRIVAL_PRECEDENCE``, as a SQL CASE."""
    orders, types = t.work_orders, t.work_order_service_types
    whens: list[tuple[ColumnElement[bool], str]] = []
    for group, kinds in groups_in_precedence(groups):
        members = sorted(kind.value for kind in kinds)
        if members:
            carries = sa.exists().where(
                types.c.work_order_number == orders.c.number, types.c.service_type.in_(members)
            )
            whens.append((carries, group.value))
    if not whens:
        return sa.literal(ArrivalGroup.OTHER.value, sa.String)
    return sa.case(*whens, else_=sa.literal(ArrivalGroup.OTHER.value, sa.String))


def arrivals_by_type(
    archive: SqlArchive,
    *,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
    period: Period | None = None,
    groups: Mapping[ServiceType, ArrivalGroup] = ARRIVAL_GROUPS,
) -> ArrivalCounts:
    """Arrivals (进厂台次) by arrival group and by service type, counted by the database.

    Two ``GROUP BY``: work orders by (period opened, arrival group), the group
    being a ``CASE`` over the service types in ``ARRIVAL_PRECEDENCE``; and
    work-order service types by (period opened, service type).

    Args:
        archive: The SQL archive.
        where: A work-order filter (all work orders if None).
        as_of: Anchors relative windows in ``where``.
        period: Day, week, month, quarter or year; None (default) for one row.
        groups: The service type → group mapping, if a shop groups differently.

    Returns:
        The [`ArrivalCounts`][autocrm.stats.arrivals.ArrivalCounts] the in-memory function gives.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> for n, types in [("W1", ["首保"]), ("W2", ["保养", "小修"]), ("W3", ["钣喷", "保养"])]:
        ...     _ = archive.add(WorkOrder(number=n, customer_number="C1", vin="LFV2A21K3D3109826",
        ...                               opened_at=at, service_types=types), actor="a", at=at)
        >>> row = arrivals_by_type(archive, period=Period.MONTH).rows[0]
        >>> row.period, row.visits, row.group("事故车"), row.group("定期保养")
        ('2025-10', 3, 1, 1)
        >>> row.service_type("保养")
        2
    """
    used = check_period(period)
    orders, types = t.work_orders, t.work_order_service_types
    keys = _period_columns(orders.c.opened_at, used)
    conditions = _filtered(archive, "work_order", where, as_of)
    by_group: dict[_PeriodKey, Counter[ArrivalGroup]] = defaultdict(Counter)
    by_type: dict[_PeriodKey, Counter[ServiceType]] = defaultdict(Counter)
    with archive.reading() as connection:
        group_rows = _counts(
            connection,
            [*keys, _arrival_group_column(groups)],
            source=orders,
            conditions=conditions,
        )
        type_rows = _counts(
            connection,
            [*keys, types.c.service_type],
            source=orders.join(types, types.c.work_order_number == orders.c.number),
            conditions=conditions,
        )
    for raw, count in group_rows:
        by_group[_period_of(used, raw[:-1])][ArrivalGroup.from_label(raw[-1])] += count
    for raw, count in type_rows:
        by_type[_period_of(used, raw[:-1])][ServiceType.from_label(raw[-1])] += count
    return ArrivalCounts.from_counts(used, by_group, by_type, groups)


def appointment_rates(
    archive: SqlArchive,
    *,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
    period: Period | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> AppointmentRates:
    """Appointment success and on-time rates, counted by the database.

    One ``GROUP BY`` (period of the slot's local date, kind, status); the rows
    are built as [`autocrm.stats.appointment_rates`][autocrm.stats.appointments.appointment_rates]
    builds them.

    Args:
        archive: The SQL archive.
        where: An appointment filter (all appointments if None).
        as_of: Anchors relative windows in ``where``.
        period: Day, week, month, quarter or year; None (default) for one span.
        policy: Confidence of the intervals.

    Returns:
        The [`AppointmentRates`][autocrm.stats.appointments.AppointmentRates] the in-memory
        function gives.

    Examples:
        >>> from datetime import timedelta
        >>> from autocrm.domain import CHINA_TZ, Appointment
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> slot = datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ)
        >>> for n, status in [("Y1", "arrived_on_time"), ("Y2", "no_show"), ("Y3", "booked")]:
        ...     _ = archive.add(Appointment(number=n, customer_number="C1", kind="passive",
        ...                                 booked_at=slot - timedelta(days=2), slot=slot,
        ...                                 status=status, arrived_at=slot if "arrived" in status
        ...                                 else None), actor="a", at=slot)
        >>> overall = appointment_rates(archive).row()
        >>> f"{overall.success}", f"{overall.on_time}", overall.pending
        ('50%', '100%', 1)
    """
    used = check_period(period)
    table = t.appointments
    keys = [*_period_columns(table.c.slot, used), table.c.kind, table.c.status]
    buckets: dict[_PeriodKey, Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    with archive.reading() as connection:
        rows = _counts(
            connection,
            keys,
            source=table,
            conditions=_filtered(archive, "appointment", where, as_of),
        )
    for raw, count in rows:
        kind, status = AppointmentKind.from_label(raw[-2]), AppointmentStatus.from_label(raw[-1])
        buckets[_period_of(used, raw[:-2])][kind, status] += count
    return AppointmentRates.from_counts(used, buckets, confidence=policy.confidence)


# --------------------------------------------------------------------------- satisfaction


def _first_completed(attempts: sa.FromClause) -> ColumnElement[bool]:
    """The call attempt is its follow-up's first completed one (``FollowUp.completed_attempt``)."""
    earlier = attempts.alias("earlier")
    return sa.and_(
        attempts.c.outcome == CallOutcome.COMPLETED.value,
        ~sa.exists().where(
            earlier.c.followup_number == attempts.c.followup_number,
            earlier.c.outcome == CallOutcome.COMPLETED.value,
            earlier.c.position < attempts.c.position,
        ),
    )


def _rating_source(
    of: type[FollowUp] | type[Complaint],
) -> tuple[str, sa.FromClause, ColumnElement[Any], list[ColumnElement[bool]]]:
    """Entity, FROM clause, rating column and conditions of the rated records."""
    if of is Complaint:
        table = t.complaints
        return "complaint", table, table.c.satisfaction, [table.c.satisfaction.is_not(None)]
    if of is not FollowUp:
        msg = f"of: ratings are read from FollowUp or Complaint records, got {shown(of)}"
        raise InvalidFormat(msg, field="of", value=of)
    followups, attempts = t.followups, t.call_attempts
    # FollowUp.rating: the rating of the first completed call (by position), if any.
    rated = [_first_completed(attempts), attempts.c.rating.is_not(None)]
    source = followups.join(attempts, attempts.c.followup_number == followups.c.number)
    return "followup", source, attempts.c.rating, rated


def _refuse_off_scale(
    connection: sa.Connection,
    of: type[FollowUp] | type[Complaint],
    ratings: Iterable[int],
    scale: int,
    *,
    source: sa.FromClause,
    rating: ColumnElement[Any],
    conditions: Sequence[ColumnElement[bool]],
) -> None:
    """Raise as the in-memory functions do if a counted rating is outside the scale."""
    lowest, _ = rating_bounds(scale)
    wrong = sorted({value for value in ratings if not lowest <= value <= scale})
    if not wrong:
        return
    # The in-memory function names the first record (archive order) off the scale.
    table = t.complaints if of is Complaint else t.followups
    query = (
        sa.select(table.c.number, rating)
        .select_from(source)
        .where(*conditions, rating.in_(wrong))
        .order_by(table.c.id)
        .limit(1)
    )
    number, value = connection.execute(query).one()
    msg = f"rating: {value} of {of.__name__} {number} is outside the {lowest}–{scale} scale"
    raise InvalidComponent(msg, field="rating", value=value)


def _rating_histogram(
    archive: SqlArchive,
    of: type[FollowUp] | type[Complaint],
    where: Filter | None,
    as_of: date | datetime | None,
    scale: int,
) -> Counter[int]:
    """How many records of each rating (``GROUP BY rating``), checked against the scale."""
    entity, source, rating, conditions = _rating_source(of)
    conditions = [*conditions, *_filtered(archive, entity, where, as_of)]
    with archive.reading() as connection:
        rows = _counts(connection, [rating], source=source, conditions=conditions)
        histogram: Counter[int] = Counter({int(raw[0]): count for raw, count in rows})
        _refuse_off_scale(
            connection, of, histogram, scale, source=source, rating=rating, conditions=conditions
        )
    return histogram


def mean_rating(
    archive: SqlArchive,
    *,
    of: type[FollowUp] | type[Complaint] = FollowUp,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> RatingSummary:
    """The mean rating of follow-up calls or complaint handling, counted by the database.

    Repair satisfaction is the rating of each follow-up's completed
    call (``of=FollowUp``, the default: the first completed call attempt, in the
    call-attempts table); complaint-handling satisfaction is each complaint's
    ``satisfaction`` (``of=Complaint``). Unrated records are skipped. The database
    counts records per rating (``GROUP BY rating``, at most eleven rows).

    Args:
        archive: The SQL archive.
        of: ``FollowUp`` or ``Complaint``.
        where: A filter on the follow-ups or complaints (all if None).
        as_of: Anchors relative windows in ``where``.
        scale: 5 (ratings 1–5) or 10 (ratings 0–10); defaults to the policy's scale.
        policy: Gives the default scale.

    Returns:
        The [`RatingSummary`][autocrm.stats.satisfaction.RatingSummary] of
        [`autocrm.stats.mean_rating`][autocrm.stats.satisfaction.mean_rating].

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> for n, score in [("T1", 5), ("T2", 4), ("T3", None)]:
        ...     _ = archive.add(Complaint(number=n, customer_number="C1", received_at=at,
        ...                               satisfaction=score), actor="a", at=at)
        >>> summary = mean_rating(archive, of=Complaint)
        >>> summary.count, summary.rounded(2)
        (2, Decimal('4.50'))
    """
    used = rating_scale(scale, policy)
    histogram = _rating_histogram(archive, of, where, as_of, used)
    return SatisfactionRow.from_histogram(histogram, scale=used, policy=policy).ratings


def csat(
    archive: SqlArchive,
    *,
    of: type[FollowUp] | type[Complaint] = FollowUp,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> Rate:
    """The share of satisfied ratings (at or above the policy's threshold), counted by the database.

    Args:
        archive: The SQL archive.
        of: ``FollowUp`` (repair satisfaction) or ``Complaint`` (complaint handling).
        where: A filter on the follow-ups or complaints (all if None).
        as_of: Anchors relative windows in ``where``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: The thresholds and the confidence of the interval.

    Returns:
        The [`Rate`][autocrm.stats.rates.Rate] of
        [`autocrm.stats.csat`][autocrm.stats.satisfaction.csat].

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> for n, score in [("T1", 5), ("T2", 4), ("T3", 2), ("T4", 3)]:
        ...     _ = archive.add(Complaint(number=n, customer_number="C1", received_at=at,
        ...                               satisfaction=score), actor="a", at=at)
        >>> csat(archive, of=Complaint).format_percent()
        '50%'
    """
    used = rating_scale(scale, policy)
    histogram = _rating_histogram(archive, of, where, as_of, used)
    return SatisfactionRow.from_histogram(histogram, scale=used, policy=policy).csat


def nps(
    archive: SqlArchive,
    *,
    of: type[FollowUp] | type[Complaint] = FollowUp,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> NetPromoterScore:
    """The Net Promoter Score of 0–10 ratings, counted by the database.

    Args:
        archive: The SQL archive.
        of: ``FollowUp`` or ``Complaint``.
        where: A filter on the follow-ups or complaints (all if None).
        as_of: Anchors relative windows in ``where``.
        scale: Must be 10 (the default is the policy's scale, which must then be 10).
        policy: Promoter and detractor cut-offs.

    Returns:
        The [`NetPromoterScore`][autocrm.stats.satisfaction.NetPromoterScore] of
        [`autocrm.stats.nps`][autocrm.stats.satisfaction.nps].

    Raises:
        autocrm.errors.InvalidComponent: the scale is not 10, or a rating is outside 0–10.

    Examples:
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> nps(archive, scale=10).score is None
        True
    """
    used = rating_scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    histogram = _rating_histogram(archive, of, where, as_of, used)
    score = SatisfactionRow.from_histogram(histogram, scale=used, policy=policy).nps
    assert score is not None  # the scale is 10
    return score


def _attribution(
    of: type[FollowUp] | type[Complaint], by: Breakdown | None, source: sa.FromClause
) -> tuple[sa.FromClause, ColumnElement[Any] | None]:
    """The FROM clause joined to what a rating is attributed to, and the group column.

    As [`autocrm.stats.satisfaction_by_period`][autocrm.stats.satisfaction.satisfaction_by_period]
    attributes it: the advisor or
    technician of the record's work order (NULL without one); the distinct job
    positions of the problems raised in the completed call (NULL if none, and
    always NULL for a complaint); the caller of the follow-up or the handler of the
    complaint.
    """
    if by is None:
        return source, None
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        # An alias: a filter's own subqueries on work orders must not correlate with it.
        order = t.work_orders.alias("rated_order")
        record = t.complaints if of is Complaint else t.followups
        joined = source.outerjoin(order, order.c.number == record.c.work_order_number)
        column = "service_advisor" if by is Breakdown.SERVICE_ADVISOR else "technician"
        return joined, order.c[column]
    if by is Breakdown.JOB_POSITION:
        if of is Complaint:
            return source, sa.null()
        issues, attempts = t.call_attempt_issues, t.call_attempts
        # One row per distinct position, so a call with two problems of one position
        # counts once in that position's group.
        positions = (
            sa.select(issues.c.followup_number, issues.c.attempt_position, issues.c.job_position)
            .distinct()
            .subquery("positions")
        )
        joined = source.outerjoin(
            positions,
            sa.and_(
                positions.c.followup_number == attempts.c.followup_number,
                positions.c.attempt_position == attempts.c.position,
            ),
        )
        return joined, positions.c.job_position
    if of is Complaint:
        return source, t.complaints.c.handler
    return source, t.call_attempts.c.by


def satisfaction_by_period(
    archive: SqlArchive,
    *,
    of: type[FollowUp] | type[Complaint] = FollowUp,
    period: Period | None,
    by: Breakdown | str | None = None,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Mean rating, CSAT (and NPS on 0–10) by period and group, counted by the database.

    The rows of
    [`satisfaction_by_period`][autocrm.stats.satisfaction.satisfaction_by_period]
    for the selected follow-ups (repair satisfaction) or complaints (complaint handling), with the
    advisor and technician looked up in the archive's work orders. One ``GROUP BY``
    (period, group, rating): a follow-up counts in the period of the local date
    of its completed call, a complaint in that of its closing (else resolution,
    else receipt); the group is the work order's service advisor or technician
    (a join), a job position of the problems raised in the call, or the caller /
    complaint handler. Unrated records are skipped.

    Args:
        archive: The SQL archive.
        of: ``FollowUp`` (the default) or ``Complaint``.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        where: A filter on the follow-ups or complaints (all if None).
        as_of: Anchors relative windows in ``where``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        The [`SatisfactionTable`][autocrm.stats.satisfaction.SatisfactionTable] of the in-memory
        function.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> for n, day, score, handler in [("T1", 9, 5, "王经理"), ("T2", 10, 3, "王经理"),
        ...                                ("T3", 20, 4, "李娜")]:
        ...     _ = archive.add(Complaint(number=n, customer_number="C1", handler=handler,
        ...                               satisfaction=score, received_at=at.replace(day=day)),
        ...                     actor="a", at=at)
        >>> table = satisfaction_by_period(archive, of=Complaint, period=Period.MONTH,
        ...                                by="处理人")
        >>> [(row.period, row.group, row.ratings.count, f"{row.csat}") for row in table.rows]
        [('2025-10', '李娜', 1, '100%'), ('2025-10', '王经理', 2, '50%')]
    """
    used_period = check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = rating_scale(scale, policy)
    entity, source, rating, conditions = _rating_source(of)
    conditions = [*conditions, *_filtered(archive, entity, where, as_of)]
    if of is Complaint:
        table = t.complaints
        # Complaint handling is rated when settled: closed, else resolved, else received.
        instant: ColumnElement[Any] = sa.func.coalesce(
            table.c.closed_at, table.c.resolved_at, table.c.received_at
        )
    else:
        instant = t.call_attempts.c.at
    joined, group = _attribution(of, breakdown, source)
    keys = [*_period_columns(instant, used_period), *([] if group is None else [group]), rating]
    buckets: dict[_PeriodKey, dict[str | None, Counter[int]]] = defaultdict(
        lambda: defaultdict(Counter)
    )
    with archive.reading() as connection:
        rows = _counts(connection, keys, source=joined, conditions=conditions)
        _refuse_off_scale(
            connection,
            of,
            (int(raw[-1]) for raw, _ in rows),
            used,
            source=source,
            rating=rating,
            conditions=conditions,
        )
    width = 0 if used_period is None else 1
    for raw, count in rows:
        name = None if group is None else raw[width]
        buckets[_period_of(used_period, raw[:width])][name][int(raw[-1])] += count
    return SatisfactionTable.from_histograms(used_period, breakdown, used, buckets, policy)


# --------------------------------------------------------------------------- issues


def issue_breakdown(
    archive: SqlArchive,
    *,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
) -> IssueBreakdown:
    """Problems raised in follow-up calls by category and job position, counted by the database.

    Two ``GROUP BY`` over the completed call of each selected follow-up (its first
    completed attempt): calls by whether they raised a problem, and the problems
    (rows of ``call_attempt_issues``) by category and job position. The result is
    [`autocrm.stats.issue_breakdown`][autocrm.stats.issues.issue_breakdown] of the selected
    follow-ups.

    Args:
        archive: The SQL archive.
        where: A follow-up filter (all follow-ups if None).
        as_of: Anchors relative windows in ``where``.

    Returns:
        An [`IssueBreakdown`][autocrm.stats.issues.IssueBreakdown].

    Examples:
        >>> from autocrm.domain import CHINA_TZ, CallAttempt, ReportedIssue
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 13, 10, tzinfo=CHINA_TZ)
        >>> for n, issues in [("F1", [ReportedIssue("服务态度", "service_advisor")]),
        ...                   ("F2", [ReportedIssue("服务态度", "service_advisor"),
        ...                           ReportedIssue("维修技术", "technician")]),
        ...                   ("F3", [])]:
        ...     _ = archive.add(FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                              earliest=at.date(), due=at.date(), latest=at.date(),
        ...                              attempts=[CallAttempt(at, "completed", issues=issues)]),
        ...                     actor="a", at=at)
        >>> result = issue_breakdown(archive)
        >>> result.total, f"{result.call_rate}", f"{result.share('服务态度')}"
        (3, '67%', '67%')
    """
    followups, attempts, issues = t.followups, t.call_attempts, t.call_attempt_issues
    calls = followups.join(attempts, attempts.c.followup_number == followups.c.number)
    of_the_call = sa.and_(
        issues.c.followup_number == attempts.c.followup_number,
        issues.c.attempt_position == attempts.c.position,
    )
    conditions = [_first_completed(attempts), *_filtered(archive, "followup", where, as_of)]
    with archive.reading() as connection:
        by_call = _counts(
            connection,
            [sa.case((sa.exists().where(of_the_call), 1), else_=0)],
            source=calls,
            conditions=conditions,
        )
        by_cell = _counts(
            connection,
            [issues.c.category, issues.c.job_position],
            source=calls.join(issues, of_the_call),
            conditions=conditions,
        )
    cells: Counter[tuple[IssueCategory, JobPosition]] = Counter()
    for (category, position), count in by_cell:
        cells[IssueCategory.from_label(category), JobPosition.from_label(position)] += count
    with_issues = sum(count for (raised,), count in by_call if int(raised))
    return IssueBreakdown.from_counts(sum(count for _, count in by_call), with_issues, cells)


# --------------------------------------------------------------------------- fleet


def fleet_table(
    archive: SqlArchive,
    *,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> FleetTable:
    """The door-to-door service table of big customers, summed by the database.

    One ``GROUP BY fleet_class`` with the accounts, ``SUM(vehicles)`` and
    ``SUM(vehicles_served)``; accounts without a class are counted as unclassified.

    Args:
        archive: The SQL archive.
        where: A fleet-account filter (all accounts if None).
        as_of: Anchors relative windows in ``where``.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        The [`FleetTable`][autocrm.stats.fleet.FleetTable] of
        [`autocrm.stats.fleet_table`][autocrm.stats.fleet.fleet_table].

    Examples:
        >>> from autocrm.domain import CHINA_TZ, FleetAccount
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> for n, cls, vehicles, served in [("F1", "A", 40, 38), ("F2", None, 5, 0)]:
        ...     _ = archive.add(FleetAccount(n, customer_number="C1", name="某某银行",
        ...                                  vehicles=vehicles, vehicles_served=served,
        ...                                  fleet_class=cls), actor="a", at=at)
        >>> table = fleet_table(archive)
        >>> table.row("A").served, f"{table.total.share}", table.unclassified
        (38, '95%', 1)
    """
    accounts = t.fleet_accounts
    counts: dict[FleetClass, tuple[int, int, int]] = {}
    unclassified = 0
    with archive.reading() as connection:
        rows = _grouped(
            connection,
            [accounts.c.fleet_class],
            source=accounts,
            conditions=_filtered(archive, "fleet_account", where, as_of),
            sums=[accounts.c.vehicles, accounts.c.vehicles_served],
        )
    for (fleet_class,), count, (vehicles, served) in rows:
        if fleet_class is None:
            unclassified += count
        else:
            counts[FleetClass.from_label(fleet_class)] = (count, vehicles, served)
    return FleetTable.from_counts(counts, unclassified, policy)


def service_table(
    archive: SqlArchive,
    *,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
) -> FleetServiceTable:
    """The table of agreements, site visits and site service, counted by the database.

    One ``GROUP BY`` (class, agreement signed, site visited, site serviced) with
    the accounts and ``SUM(vehicles)``: at most 24 rows, added up into the columns.

    Args:
        archive: The SQL archive.
        where: A fleet-account filter (all accounts if None).
        as_of: Anchors relative windows in ``where``.

    Returns:
        The [`FleetServiceTable`][autocrm.stats.fleet.FleetServiceTable] of
        [`autocrm.stats.service_table`][autocrm.stats.fleet.service_table].

    Examples:
        >>> from autocrm.domain import CHINA_TZ, FleetAccount
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> for n, vehicles, signed in [("F1", 40, True), ("F2", 12, False)]:
        ...     _ = archive.add(FleetAccount(n, customer_number="C1", name="某某银行",
        ...                                  vehicles=vehicles, fleet_class="A",
        ...                                  agreement_signed=signed, site_visited=True),
        ...                     actor="a", at=at)
        >>> table = service_table(archive)
        >>> str(table.row("A").classified), str(table.total.agreement_signed)
        ('2 / 52', '1 / 40')
    """
    accounts = t.fleet_accounts
    groups: dict[tuple[FleetClass, bool, bool, bool], AccountCount] = {}
    unclassified = 0
    with archive.reading() as connection:
        rows = _grouped(
            connection,
            [
                accounts.c.fleet_class,
                accounts.c.agreement_signed,
                accounts.c.site_visited,
                accounts.c.site_serviced,
            ],
            source=accounts,
            conditions=_filtered(archive, "fleet_account", where, as_of),
            sums=[accounts.c.vehicles],
        )
    for (fleet_class, signed, visited, serviced), count, (vehicles,) in rows:
        if fleet_class is None:
            unclassified += count
            continue
        key = (FleetClass.from_label(fleet_class), bool(signed), bool(visited), bool(serviced))
        groups[key] = groups.get(key, AccountCount()) + AccountCount(count, vehicles)
    return FleetServiceTable.from_counts(groups, unclassified)
