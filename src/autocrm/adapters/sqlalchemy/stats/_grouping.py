"""What every statistic counted by the database shares: period keys, grouped counts, filters.

Private to [`autocrm.adapters.sqlalchemy.stats`][autocrm.adapters.sqlalchemy.stats].

Examples:
    >>> period_columns(sa.column("received_at"), None)
    []
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy.local_time import LocalDate, LocalPeriod, date_from_sql
from autocrm.adapters.sqlalchemy.query import compile_where
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.domain.checks import expect
from autocrm.domain.followup import CallOutcome
from autocrm.query import Filter
from autocrm.stats.rates import Period, period_key

#: A period's ``(start, label)``, as [`period_key`][autocrm.stats.rates.period_key] gives it.
PeriodKey = tuple[date | None, str]


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


def reading(archive: object) -> AbstractContextManager[sa.Connection]:
    """``archive.reading()``, after refusing what is no SQL archive by name."""
    return expect(archive, SqlArchive, field="archive").reading()


def period_columns(instant: ColumnElement[Any], period: Period | None) -> list[Any]:
    """The SQL key of the period holding an instant: none, a year, a month or a day.

    Years and months are the grouping of
    [`run_aggregate`][autocrm.adapters.sqlalchemy.query.run_aggregate];
    a quarter is grouped by month and a week or day by local date, then mapped to
    the period in Python (``period_of``), so every period of
    [`Period`][autocrm.stats.rates.Period] gets the labels of the in-memory functions.
    """
    if period is None:
        return []
    if period is Period.YEAR:
        return [_LocalYear(instant)]
    if period in (Period.MONTH, Period.QUARTER):
        return [_LocalMonth(instant)]
    return [LocalDate(instant)]


def period_of(period: Period | None, raw: Sequence[Any]) -> PeriodKey:
    """The ``(start, label)`` of the period whose SQL key is ``raw`` (empty: no period)."""
    if period is None:
        return period_key(None, date.min)
    return period_key(period, date_from_sql(raw[0]))


def counted(
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
    rows = grouped(connection, keys, source=source, conditions=conditions)
    return [(raw, count) for raw, count, _ in rows]


def grouped(
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


def filtered(
    archive: SqlArchive, entity: str, where: Filter | None, as_of: date | datetime | None
) -> list[ColumnElement[bool]]:
    """The condition of ``where`` on the entity's table (none without a filter).

    On an encrypted archive an exact test of the mobile or the resident ID compares
    the look-up hash column, as every other query of the archive does.
    """
    if where is None:
        return []
    return [compile_where(entity, where, as_of=as_of, encrypted=archive.encrypted)]


def first_completed(attempts: sa.FromClause) -> ColumnElement[bool]:
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
