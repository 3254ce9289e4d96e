"""Complaint statistics counted by the database: counts, per thousand, on-time closure.

The results of [`autocrm.stats.complaints`][autocrm.stats.complaints] for the
complaints a filter selects, counted with ``GROUP BY`` (see
[`autocrm.adapters.sqlalchemy.stats`][autocrm.adapters.sqlalchemy.stats]).

Examples:
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> complaint_counts(archive).rows
    ()
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.stats._grouping import (
    PeriodKey,
    counted,
    filtered,
    period_columns,
    period_of,
    reading,
)
from autocrm.domain import Complaint, Vehicle, WorkOrder
from autocrm.domain.checks import expect
from autocrm.domain.complaint import ComplaintLevel
from autocrm.domain.time import as_date
from autocrm.query import F, Filter, count_distinct
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.complaints import ComplaintPolicy
from autocrm.stats.complaints import (
    ComplaintCounts,
    OnTimeClosure,
    PerThousand,
)
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Period, check_period

__all__ = ["complaint_counts", "complaints_per_thousand", "on_time_closure"]

_DEFAULT_POLICY = StatsPolicy()
_DEFAULT_COMPLAINT_POLICY = ComplaintPolicy()
_DEFAULT_CALENDAR = ChineseWorkdays()


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
    expect(policy, StatsPolicy, field="policy")
    complaint_count = expect(archive, SqlArchive, field="archive").count(
        Complaint, complaints, as_of=as_of
    )
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
    keys = [*period_columns(table.c.received_at, used), table.c.level]
    counters: dict[PeriodKey, Counter[ComplaintLevel]] = defaultdict(Counter)
    with reading(archive) as connection:
        rows = counted(
            connection, keys, source=table, conditions=filtered(archive, "complaint", where, as_of)
        )
    for raw, count in rows:
        counters[period_of(used, raw[:-1])][ComplaintLevel.from_label(raw[-1])] += count
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

    The query of the SQL twin
    [`on_time_closure`][autocrm.adapters.sqlalchemy.rules.complaints.on_time_closure] on the
    complaints ``where`` selects: the database joins each complaint to its closing
    deadline
    ([`autocrm.rules.complaints.closing_deadline`][autocrm.rules.complaints.closing_deadline]:
    the N-th working day after the local date received) through a table of working
    days, counts those closed by it in groups, and returns the others one by one, so
    that the result lists the complaints closed late or open past their deadline by
    number, as
    [`autocrm.stats.on_time_closure`][autocrm.stats.complaints.closure.on_time_closure] does.

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
        >>> received = datetime(2015, 3, 2, 9, tzinfo=CHINA_TZ)
        >>> for n, level, closed in [("T1", "I", 2), ("T2", "I", 20), ("T3", "III", 11)]:
        ...     _ = archive.add(Complaint(
        ...         number=n, customer_number="C1", level=level, status="closed",
        ...         received_at=received, closed_at=received.replace(day=closed, hour=17),
        ...     ), actor="客服-李娜", at=received)
        >>> level_i = on_time_closure(archive, where=F.complaint.level == "I",
        ...                           as_of=date(2015, 8, 31))
        >>> f"{level_i.rate()}", level_i.overall.closed_late, level_i.meets_target
        ('50%', ('T2',), False)
    """
    # Imported here: the twins' package imports this package's helpers when it loads.
    from autocrm.adapters.sqlalchemy.rules.complaints import _on_time_closure

    expect(stats_policy, StatsPolicy, field="stats_policy")
    as_date(as_of, "as_of")
    archive = expect(archive, SqlArchive, field="archive")
    return _on_time_closure(
        archive,
        filtered(archive, "complaint", where, as_of),
        as_of=as_of,
        policy=policy,
        calendar=calendar,
        stats_policy=stats_policy,
    )
