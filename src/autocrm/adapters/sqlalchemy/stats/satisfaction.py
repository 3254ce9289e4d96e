"""Satisfaction counted by the database: mean rating, CSAT, NPS, by period and staff.

Examples:
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> mean_rating(archive).count
    0
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.stats._grouping import (
    PeriodKey,
    counted,
    filtered,
    first_completed,
    period_columns,
    period_of,
    reading,
)
from autocrm.domain import Complaint, FollowUp
from autocrm.domain.checks import expect
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.query import Filter
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Period, Rate, check_period
from autocrm.stats.satisfaction import (
    Breakdown,
    NetPromoterScore,
    RatingSummary,
    SatisfactionRow,
    SatisfactionTable,
    rating_bounds,
    rating_scale,
)

__all__ = ["csat", "mean_rating", "nps", "satisfaction_by_period"]

_DEFAULT_POLICY = StatsPolicy()


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
    rated = [first_completed(attempts), attempts.c.rating.is_not(None)]
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


def _rated(
    archive: SqlArchive,
    of: type[FollowUp] | type[Complaint],
    where: Filter | None,
    as_of: date | datetime | None,
    scale: int | None,
    policy: StatsPolicy,
) -> SatisfactionRow:
    """The ratings on ``scale`` (None: the policy's), counted by the database, summed up."""
    expect(policy, StatsPolicy, field="policy")
    used = rating_scale(scale, policy)
    histogram = _rating_histogram(archive, of, where, as_of, used)
    return SatisfactionRow.from_histogram(histogram, scale=used, policy=policy)


def _rating_histogram(
    archive: SqlArchive,
    of: type[FollowUp] | type[Complaint],
    where: Filter | None,
    as_of: date | datetime | None,
    scale: int,
) -> Counter[int]:
    """How many records of each rating (``GROUP BY rating``), checked against the scale."""
    entity, source, rating, conditions = _rating_source(of)
    conditions = [*conditions, *filtered(archive, entity, where, as_of)]
    with reading(archive) as connection:
        rows = counted(connection, [rating], source=source, conditions=conditions)
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
    return _rated(archive, of, where, as_of, scale, policy).ratings


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
    return _rated(archive, of, where, as_of, scale, policy).csat


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
    expect(policy, StatsPolicy, field="policy")
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
    expect(policy, StatsPolicy, field="policy")
    used_period = check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = rating_scale(scale, policy)
    entity, source, rating, conditions = _rating_source(of)
    conditions = [*conditions, *filtered(archive, entity, where, as_of)]
    if of is Complaint:
        table = t.complaints
        # Complaint handling is rated when settled: closed, else resolved, else received.
        instant: ColumnElement[Any] = sa.func.coalesce(
            table.c.closed_at, table.c.resolved_at, table.c.received_at
        )
    else:
        instant = t.call_attempts.c.at
    joined, group = _attribution(of, breakdown, source)
    keys = [*period_columns(instant, used_period), *([] if group is None else [group]), rating]
    buckets: dict[PeriodKey, dict[str | None, Counter[int]]] = defaultdict(
        lambda: defaultdict(Counter)
    )
    with reading(archive) as connection:
        rows = counted(connection, keys, source=joined, conditions=conditions)
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
        buckets[period_of(used_period, raw[:width])][name][int(raw[-1])] += count
    return SatisfactionTable.from_histograms(used_period, breakdown, used, buckets, policy)
