"""Satisfaction by period and by staff: the mean rating, CSAT and NPS of each group.

A follow-up counts in the period of its completed call, a complaint in the period
it was closed; the ratings can be broken down by service advisor, technician, job
position or complaint handler.

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> satisfaction_by_period([], period=None).rows
    ()
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TypeAlias

import attrs

from autocrm.domain.complaint import Complaint
from autocrm.domain.followup import FollowUp
from autocrm.domain.labels import LabelledEnum
from autocrm.domain.time import local_date
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import InvalidFormat, shown
from autocrm.stats._checks import check_iterable, checked, records_of
from autocrm.stats._html import rows_to_html
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import (
    Period,
    Rate,
    _sorted_keys,
    check_period,
    period_key,
)
from autocrm.stats.satisfaction.ratings import (
    _DEFAULT_POLICY,
    NetPromoterScore,
    RatingSummary,
    _csat_from_histogram,
    _nps_from_histogram,
    _ratings,
    _summary_from_histogram,
    _threshold,
    rating_scale,
)

__all__ = ["Breakdown", "SatisfactionRow", "SatisfactionTable", "satisfaction_by_period"]


class Breakdown(LabelledEnum):
    """Who a rating is attributed to (the department analyses problems by job position).

    - SERVICE_ADVISOR / TECHNICIAN: the staff of the rated record's work order
      (looked up by ``work_order_number`` in the work orders passed in).
    - JOB_POSITION: the job positions of the problems raised in the call; a call
      raising problems about two positions counts in both, a call raising none
      falls in the group ``None``.
    - HANDLER: who made the follow-up call, or who handled the complaint.

    Examples:
        >>> Breakdown.HANDLER.value, Breakdown.HANDLER.label
        ('handler', '处理人')
        >>> Breakdown.from_label("服务顾问") is Breakdown.SERVICE_ADVISOR
        True
    """

    SERVICE_ADVISOR = ("service_advisor", "服务顾问")
    TECHNICIAN = ("technician", "维修技师")
    JOB_POSITION = ("job_position", "岗位")
    HANDLER = ("handler", "处理人")


# --------------------------------------------------------------------------- by period


@attrs.frozen
class SatisfactionRow:
    """Satisfaction of one period and one group.

    Attributes:
        period_start: First day of the period (None when not grouped by period).
        period: Label of the period (``2015-08``; ``all`` when not grouped).
        group: The advisor, technician, position or handler (None: unknown / none).
        ratings: Count and mean of the ratings.
        csat: Share of satisfied ratings.
        nps: Net Promoter Score on a 0–10 scale, else None.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> def handled(n, day, score, handler):
        ...     return Complaint(number=n, customer_number="C1", handler=handler,
        ...                      satisfaction=score,
        ...                      received_at=datetime(2025, 10, day, 9, tzinfo=CHINA_TZ))
        >>> table = satisfaction_by_period(
        ...     [handled("T1", 9, 5, "王经理"), handled("T2", 10, 3, "王经理"),
        ...      handled("T3", 20, 4, "李娜")], period=Period.MONTH, by="处理人")
        >>> row = table.row("2025-10", "王经理")
        >>> row.ratings.count, row.ratings.mean, f"{row.csat}", row.nps is None
        (2, 4.0, '50%', True)
    """

    period_start: date | None
    period: str
    group: str | None
    ratings: RatingSummary
    csat: Rate
    nps: NetPromoterScore | None = None

    @classmethod
    def from_histogram(
        cls,
        histogram: Mapping[int, int],
        *,
        scale: int,
        policy: StatsPolicy = _DEFAULT_POLICY,
        period_start: date | None = None,
        period: str = "all",
        group: str | None = None,
    ) -> SatisfactionRow:
        """Build the figures of ratings counted by value (rating -> how many).

        The in-memory functions count ratings in Python and the SQL adapter with
        ``GROUP BY``; both build mean rating, CSAT and (on a 0–10 scale) NPS here.

        Examples:
            >>> row = SatisfactionRow.from_histogram({5: 2, 4: 1, 2: 1}, scale=5)
            >>> row.ratings.rounded(2), f"{row.csat}", row.nps is None
            (Decimal('4.00'), '75%', True)
        """
        return cls(
            period_start=period_start,
            period=period,
            group=group,
            ratings=_summary_from_histogram(histogram, scale),
            csat=_csat_from_histogram(histogram, scale, policy),
            nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
        )

    def to_dict(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }


@attrs.frozen
class SatisfactionTable:
    """Satisfaction by period (and group), in time order.

    Attributes:
        period: The period used (None: one row for everything).
        breakdown: The breakdown used, if any.
        scale: Rating scale (5 or 10).
        satisfied_min_rating: The "satisfied" threshold used.
        rows: One row per period and group.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> def handled(n, day, score, handler):
        ...     return Complaint(number=n, customer_number="C1", handler=handler,
        ...                      satisfaction=score,
        ...                      received_at=datetime(2025, 10, day, 9, tzinfo=CHINA_TZ))
        >>> table = satisfaction_by_period(
        ...     [handled("T1", 9, 5, "王经理"), handled("T2", 10, 3, "王经理"),
        ...      handled("T3", 20, 4, "李娜")], period=Period.MONTH, by="处理人")
        >>> table.breakdown.label, table.scale, table.satisfied_min_rating
        ('处理人', 5, 4)
        >>> [(row.period, row.group, row.ratings.count) for row in table.rows]
        [('2025-10', '李娜', 1), ('2025-10', '王经理', 2)]
    """

    period: Period | None
    breakdown: Breakdown | None
    scale: int
    satisfied_min_rating: int
    rows: tuple[SatisfactionRow, ...]

    @classmethod
    def from_histograms(
        cls,
        period: Period | None,
        breakdown: Breakdown | None,
        scale: int,
        buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
        policy: StatsPolicy = _DEFAULT_POLICY,
    ) -> SatisfactionTable:
        """Build the table of ratings counted by period key, group and value.

        [`satisfaction_by_period`][autocrm.stats.satisfaction.satisfaction_by_period]
        counts in memory and the SQL adapter counts in the database; both build the
        result here. ``buckets`` maps a period key
        ([`period_key`][autocrm.stats.rates.period_key]) to groups, each group to how
        many ratings of each value it holds.

        Examples:
            >>> key = period_key(None, date(2025, 10, 9))
            >>> table = SatisfactionTable.from_histograms(
            ...     None, None, 5, {key: {None: {5: 1, 2: 1}}})
            >>> f"{table.rows[0].csat}"
            '50%'
        """
        return _satisfaction_from_histograms(period, breakdown, scale, buckets, policy)

    def row(self, period: str, group: str | None = None) -> SatisfactionRow | None:
        """The row of a period label and group, or None if there is no such row."""
        for row in self.rows:
            if row.period == period and row.group == group:
                return row
        return None

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """Rows of plain values (for pandas or printing)."""
        return [row.to_dict() for row in self.rows]


def _rated_on(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def _groups_of(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def satisfaction_by_period(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A [`SatisfactionTable`][autocrm.stats.satisfaction.SatisfactionTable] whose rows are in
        time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = rating_scale(scale, policy)
    orders = {order.number: order for order in records_of(work_orders, WorkOrder, "work_orders")}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_histograms(used_period, breakdown, used, buckets, policy)


_Buckets: TypeAlias = dict[tuple[date | None, str], dict[str | None, Counter[int]]]


def _satisfaction_from_histograms(
    period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The table of ratings counted by period key, group and value (``buckets``)."""
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow.from_histogram(
                    histogram,
                    scale=scale,
                    policy=policy,
                    period_start=key[0],
                    period=key[1],
                    group=group,
                )
            )
    return SatisfactionTable(
        period=period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )
