"""China Standard Time in SQL: the local date, month and year of a stored instant.

The archive stores every instant as UTC; the shop's business day is the local date
in China Standard Time (`autocrm.domain.CHINA_TZ`, UTC+8 all year, no daylight
saving). The pure layer takes that date with `autocrm.domain.time.local_date`; the
SQL adapter takes it with the column expressions of this module, whose offset is
read from ``CHINA_TZ`` itself, so the two cannot drift apart. Each dialect gets the
spelling it understands: ``date(x, '+8 hours')`` on SQLite,
``(x AT TIME ZONE 'UTC' + INTERVAL '8 hours')`` on PostgreSQL and DuckDB (the UTC
wall time whatever the session's zone).

Examples:
    >>> from autocrm.adapters.sqlalchemy import tables as t
    >>> print(sa.select(LocalDate(t.complaints.c.received_at)).compile(
    ...     dialect=sa.dialects.sqlite.dialect()))
    SELECT date(complaints.received_at, '+8 hours') AS autocrm_local_date_1
    FROM complaints
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

from autocrm.domain.time import CHINA_TZ

__all__ = ["LOCAL_OFFSET_HOURS", "LocalDate", "LocalPeriod", "date_from_sql", "local_wall_time"]

_OFFSET = CHINA_TZ.utcoffset(None)
assert _OFFSET is not None  # a fixed-offset zone
#: Hours China Standard Time runs ahead of UTC, read from the domain's time zone.
LOCAL_OFFSET_HOURS: int = int(_OFFSET.total_seconds()) // 3600


def local_wall_time(column: str, dialect: str) -> str:
    """Return SQL text of the local (China Standard Time) wall time of a UTC instant.

    Args:
        column: The compiled SQL of the stored instant.
        dialect: The dialect's name (``sqlite``, ``postgresql``, ``duckdb``, other).

    Returns:
        The SQL text; on SQLite a ``datetime()`` call, elsewhere an interval sum.

    Examples:
        >>> local_wall_time("t.at", "sqlite")
        "datetime(t.at, '+8 hours')"
        >>> local_wall_time("t.at", "postgresql")
        "((t.at) AT TIME ZONE 'UTC' + INTERVAL '8 hours')"
    """
    hours = LOCAL_OFFSET_HOURS
    if dialect == "sqlite":
        # SQLite keeps the naive UTC wall time.
        return f"datetime({column}, '+{hours} hours')"
    if dialect in ("postgresql", "duckdb"):
        # The UTC wall time whatever the session's zone (a bare cast would take the
        # session's), then the local offset.
        return f"(({column}) AT TIME ZONE 'UTC' + INTERVAL '{hours} hours')"
    return f"(({column}) + INTERVAL '{hours}' HOUR)"


class LocalDate(sa.sql.functions.FunctionElement[date]):
    """The local date (China Standard Time) of an instant stored as UTC, as a SQL column.

    Examples:
        >>> from autocrm.adapters.sqlalchemy import tables as t
        >>> print(LocalDate(t.complaints.c.received_at).compile(
        ...     dialect=sa.dialects.postgresql.dialect()))
        CAST(((complaints.received_at) AT TIME ZONE 'UTC' + INTERVAL '8 hours') AS DATE)
    """

    type = sa.Date()
    inherit_cache = True
    name = "autocrm_local_date"


@compiles(LocalDate, "sqlite")
def _local_date_sqlite(element: LocalDate, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"date({column}, '+{LOCAL_OFFSET_HOURS} hours')"


@compiles(LocalDate)
def _local_date_default(element: LocalDate, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"CAST({local_wall_time(column, compiler.dialect.name)} AS DATE)"


class LocalPeriod(sa.sql.functions.FunctionElement[str]):
    """``"YYYY-MM"`` or ``"YYYY"`` of a date, or of an instant in China Standard Time.

    Args:
        column: A date column, or an instant column (``instant=True``).
        unit: ``"month"`` or ``"year"``.
        instant: Whether the column holds a UTC instant (taken in local time).

    Examples:
        >>> from autocrm.adapters.sqlalchemy import tables as t
        >>> print(LocalPeriod(t.complaints.c.received_at, unit="month", instant=True).compile(
        ...     dialect=sa.dialects.sqlite.dialect()))
        strftime('%Y-%m', datetime(complaints.received_at, '+8 hours'))
    """

    type = sa.String()
    inherit_cache = True
    name = "autocrm_local_period"
    # ``unit`` and ``instant`` change the SQL, so they must be part of the cache key:
    # without them a month grouping would reuse a cached year grouping's statement.
    _traverse_internals = [  # noqa: RUF012 - SQLAlchemy reads this class attribute
        *sa.sql.functions.FunctionElement._traverse_internals,
        ("unit", InternalTraversal.dp_string),
        ("instant", InternalTraversal.dp_boolean),
    ]

    def __init__(self, column: ColumnElement[Any], *, unit: str, instant: bool) -> None:
        super().__init__(column)
        self.unit = unit
        self.instant = instant


def _period_column(element: LocalPeriod, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return local_wall_time(column, compiler.dialect.name) if element.instant else column


@compiles(LocalPeriod, "sqlite")
@compiles(LocalPeriod, "duckdb")
def _period_strftime(element: LocalPeriod, compiler: SQLCompiler, **kw: Any) -> str:
    pattern = "'%Y-%m'" if element.unit == "month" else "'%Y'"
    column = _period_column(element, compiler, **kw)
    if compiler.dialect.name == "sqlite":
        return f"strftime({pattern}, {column})"
    return f"strftime({column}, {pattern})"


@compiles(LocalPeriod, "postgresql")
def _period_postgresql(element: LocalPeriod, compiler: SQLCompiler, **kw: Any) -> str:
    pattern = "'YYYY-MM'" if element.unit == "month" else "'YYYY'"
    return f"to_char({_period_column(element, compiler, **kw)}, {pattern})"


@compiles(LocalPeriod)
def _period_default(element: LocalPeriod, compiler: SQLCompiler, **kw: Any) -> str:
    column = _period_column(element, compiler, **kw)
    year = f"CAST(EXTRACT(YEAR FROM {column}) AS INTEGER)"
    if element.unit == "year":
        return f"CAST({year} AS VARCHAR(4))"
    month = f"CAST(EXTRACT(MONTH FROM {column}) AS INTEGER)"
    return (
        f"(CAST({year} AS VARCHAR(4)) || '-' || "
        f"CASE WHEN {month} < 10 THEN '0' ELSE '' END || CAST({month} AS VARCHAR(2)))"
    )


def date_from_sql(raw: object) -> date:
    """Return a date from a value a database gave back: a date, a datetime or ISO text.

    SQLite returns the local dates and period keys of this module as text
    (``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` keys, read as their first day);
    PostgreSQL and DuckDB return dates.

    Examples:
        >>> date_from_sql("2025-10"), date_from_sql("2025-10-09")
        (datetime.date(2025, 10, 1), datetime.date(2025, 10, 9))
        >>> date_from_sql(datetime(2025, 10, 9, 23, 59))
        datetime.date(2025, 10, 9)
    """
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = str(raw)
    if len(text) == 4:  # a year key
        return date(int(text), 1, 1)
    if len(text) == 7:  # a month key
        return date(int(text[:4]), int(text[5:7]), 1)
    return date.fromisoformat(text[:10])
