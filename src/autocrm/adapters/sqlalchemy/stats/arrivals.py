"""Arrivals counted by the database: visits by arrival group and by service type.

Examples:
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> arrivals_by_type(archive).rows
    ()
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
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
    period_columns,
    period_of,
    reading,
)
from autocrm.domain.work_order import ServiceType
from autocrm.query import Filter
from autocrm.stats.arrivals import ARRIVAL_GROUPS, ArrivalCounts, ArrivalGroup, groups_in_precedence
from autocrm.stats.rates import Period, check_period

__all__ = ["arrivals_by_type"]


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
        >>> from autocrm.domain import CHINA_TZ, WorkOrder
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
    keys = period_columns(orders.c.opened_at, used)
    conditions = filtered(archive, "work_order", where, as_of)
    by_group: dict[PeriodKey, Counter[ArrivalGroup]] = defaultdict(Counter)
    by_type: dict[PeriodKey, Counter[ServiceType]] = defaultdict(Counter)
    with reading(archive) as connection:
        group_rows = counted(
            connection,
            [*keys, _arrival_group_column(groups)],
            source=orders,
            conditions=conditions,
        )
        type_rows = counted(
            connection,
            [*keys, types.c.service_type],
            source=orders.join(types, types.c.work_order_number == orders.c.number),
            conditions=conditions,
        )
    for raw, count in group_rows:
        by_group[period_of(used, raw[:-1])][ArrivalGroup.from_label(raw[-1])] += count
    for raw, count in type_rows:
        by_type[period_of(used, raw[:-1])][ServiceType.from_label(raw[-1])] += count
    return ArrivalCounts.from_counts(used, by_group, by_type, groups)
