"""The working-day calendar inside a SQL query: "N working days after a date" as a join.

Deadlines and windows counted in working days (a complaint's closing deadline, a
follow-up's call window) depend on the
[`WorkdayCalendar`][autocrm.rules.calendar.WorkdayCalendar] in use: statutory holidays,
the adjusted working days (调休), the user's registered years, or any other calendar an
application passes in. A [`WorkdayTable`][autocrm.adapters.sqlalchemy.workdays.WorkdayTable]
is that calendar written out as rows, one per day, for the days a query needs:

| column | meaning |
|---|---|
| ``day_number`` | the day as days since 1970-01-01 (see ``day_number``) |
| ``is_workday`` | 1 on a working day, 0 on a weekend or holiday |
| ``ordinal`` | the working days counted up to and including the day |
| ``estimated`` | 1 when the calendar only estimates the day (no official arrangement) |

A date column is joined on ``day_number`` through
[`day_number`][autocrm.adapters.sqlalchemy.workdays.day_number].

Every working day has its own ``ordinal``, so the ``n``-th working day after a day
is the working day whose ordinal is the day's plus ``n``: two joins on equalities,
which every engine runs as hash joins (PostgreSQL, DuckDB) or through an automatic
index (SQLite). [`workdays_after`][autocrm.adapters.sqlalchemy.workdays.workdays_after]
writes the ordinal of that day, with
[`add_workdays`][autocrm.rules.workdays.add_workdays]'s meaning (the day itself is
not counted; zero is the day itself or the next working day; negative counts back).

How to join it so that every engine looks rows up instead of scanning: join the
records' day with [`row_of_day`][autocrm.adapters.sqlalchemy.workdays.row_of_day] and
the day counted to with
[`workday_numbered`][autocrm.adapters.sqlalchemy.workdays.workday_numbered], records
first and with outer joins (every record finds its rows, and SQLite keeps the order
of outer joins, so the records drive and the table gets an automatic index); on
SQLite, compute the records' day number once in a ``MATERIALIZED`` CTE, since it
cannot index an expression over a stored instant. The complaint twins
([`autocrm.adapters.sqlalchemy.rules.complaints`][autocrm.adapters.sqlalchemy.rules.complaints])
do so.

Why a table built per query and not a table stored in the database:

* the calendar is a Python object passed to each call, not a fact of the archive:
  two calls may use two calendars (the official one, one with a shop's registered
  year, a Monday-to-Friday one in a test), and a new ``chinesecalendar`` release
  changes past estimates. A stored copy would need a key per calendar, a rule for
  when it is stale and a refresh, and could silently answer with the old calendar;
  rows built from the calendar of the call are always that calendar;
* the twins are questions: building the table in the query writes nothing, so they
  run on a read-only connection or replica and inside an application's transaction,
  need no migration on SQLite, PostgreSQL and DuckDB, and leave nothing behind;
* the rows are few: only the days the records fall on and the span after them that
  the deadlines reach (a few thousand for ten years of complaints), sent as integer
  literals in one ``WITH ... AS (VALUES ...)`` (no bound parameters, so no parameter
  limit), which costs the engines milliseconds. The calendar is asked once per day.

Days far apart get separate stretches of rows (ordinals of two stretches never meet),
so one stray date in 1990 does not write out thirty years.

Examples:
    >>> from datetime import date
    >>> from autocrm.rules.calendar import ChineseWorkdays
    >>> table = WorkdayTable.covering([date(2025, 9, 30)], calendar=ChineseWorkdays(), after=1)
    >>> [(row.day.isoformat(), row.is_workday) for row in table.rows][:2]
    [('2025-09-30', True), ('2025-10-01', False)]
    >>> table.add_workdays(date(2025, 9, 30), 1)  # after the National Day week
    datetime.date(2025, 10, 9)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import attrs
import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import Values

from autocrm.domain.checks import check_collection
from autocrm.domain.time import as_date
from autocrm.errors import InvalidComponent, InvalidFormat, ValidationError, shown
from autocrm.rules.calendar import WorkdayCalendar
from autocrm.rules.workdays import add_workdays

__all__ = [
    "WorkdayRow",
    "WorkdayTable",
    "day_number",
    "from_day_number",
    "row_of_day",
    "workday_numbered",
    "workdays_after",
]

#: Day 0 of the day numbers.
_EPOCH = date(1970, 1, 1)
_ONE_DAY = timedelta(days=1)

#: The columns of the table, in order.
_COLUMNS = ("day_number", "is_workday", "ordinal", "estimated")

#: The longest run of days off a calendar may have, as the pure counting allows.
_SEARCH_LIMIT = 366

#: The most working days counted, as the pure counting allows (a century of days).
_MAX_COUNT = 36_525

#: A row that no day or ordinal matches, so that an empty table is still valid SQL.
_NOWHERE = -(10**9)


class _DayNumber(sa.sql.functions.FunctionElement[int]):
    """Days from 1970-01-01 to a date, as an integer, on every engine."""

    type = sa.Integer()
    inherit_cache = True
    name = "autocrm_workday_number"


@compiles(_DayNumber, "sqlite")
def _day_number_sqlite(element: _DayNumber, compiler: SQLCompiler, **kw: Any) -> str:
    # julianday() of a date is half a day off midnight: 1970-01-01 is 2440587.5.
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) - 2440587.5 AS INTEGER)"


@compiles(_DayNumber)
def _day_number_default(element: _DayNumber, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(CAST({compiler.process(element.clauses, **kw)} AS DATE) - DATE '1970-01-01')"


def day_number(column: ColumnElement[Any]) -> ColumnElement[int]:
    """The days from 1970-01-01 to a date column, as an integer SQL expression.

    What the ``day_number`` column of a
    [`WorkdayTable`][autocrm.adapters.sqlalchemy.workdays.WorkdayTable] is joined on; give it a
    date (for a stored instant, its local date:
    [`LocalDate`][autocrm.adapters.sqlalchemy.local_time.LocalDate]).

    Examples:
        >>> from sqlalchemy.dialects import sqlite
        >>> print(day_number(sa.column("on", sa.Date)).compile(dialect=sqlite.dialect()))
        CAST(julianday("on") - 2440587.5 AS INTEGER)
    """
    return _DayNumber(column)


def from_day_number(number: int) -> date:
    """The date of a day number (days since 1970-01-01), as the database returns it.

    Examples:
        >>> from_day_number(20361)
        datetime.date(2025, 9, 30)
    """
    if isinstance(number, bool) or not isinstance(number, int):
        msg = f"number: expected a whole number of days, got {shown(number)}"
        raise InvalidFormat(msg, field="number", value=number)
    try:
        return _EPOCH + timedelta(days=number)
    except (OverflowError, ValueError):
        msg = f"number: day {shown(number)} is outside the calendar's dates"
        raise InvalidComponent(msg, field="number", value=number) from None


def _number_of(day: date) -> int:
    return (day - _EPOCH).days


@attrs.frozen
class WorkdayRow:
    """One day of a [`WorkdayTable`][autocrm.adapters.sqlalchemy.workdays.WorkdayTable].

    Attributes:
        day: The day.
        is_workday: Whether the calendar makes it a working day.
        ordinal: Working days counted up to and including ``day`` (from the start of its
            stretch of rows; only differences within a stretch mean anything).
        estimated: Whether the calendar only estimates the day.

    Examples:
        >>> WorkdayRow(date(2025, 10, 9), is_workday=True, ordinal=2, estimated=False).day
        datetime.date(2025, 10, 9)
    """

    day: date
    is_workday: bool
    ordinal: int
    estimated: bool


def _checked_calendar(calendar: object) -> WorkdayCalendar:
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(msg, field="calendar", value=calendar)
    return calendar


def _checked_count(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_COUNT:
        msg = f"{field}: expected a whole number of working days 0-{_MAX_COUNT}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=value)
    return value


@attrs.frozen
class WorkdayTable:
    """A working-day calendar written out for the days a query needs.

    Build it with [`covering`][autocrm.adapters.sqlalchemy.workdays.WorkdayTable.covering],
    put it in a query with
    [`cte`][autocrm.adapters.sqlalchemy.workdays.WorkdayTable.cte] and join it with
    [`workdays_after`][autocrm.adapters.sqlalchemy.workdays.workdays_after] and
    [`workday_numbered`][autocrm.adapters.sqlalchemy.workdays.workday_numbered].

    Attributes:
        rows: The days, in order; the stretches of consecutive days are disjoint.

    Examples:
        >>> from autocrm.rules.calendar import WeekendCalendar
        >>> table = WorkdayTable.covering([date(2025, 10, 3)], calendar=WeekendCalendar(),
        ...                               after=1)
        >>> [(r.day.day, r.is_workday, r.ordinal) for r in table.rows]
        [(3, True, 1), (4, False, 1), (5, False, 1), (6, True, 2)]
    """

    rows: tuple[WorkdayRow, ...]

    @classmethod
    def covering(
        cls,
        days: Iterable[date],
        *,
        calendar: WorkdayCalendar,
        after: int = 0,
        before: int = 0,
    ) -> WorkdayTable:
        """The rows that counts of ``-before`` to ``after`` working days from ``days`` need.

        For each day ``d`` the table holds every day from
        ``add_workdays(d, -before)`` to ``add_workdays(d, after)``
        ([`add_workdays`][autocrm.rules.workdays.add_workdays]), one stretch for days
        close together.

        Args:
            days: The days counted from (duplicates and order do not matter).
            calendar: The working-day calendar.
            after: The most working days counted forwards.
            before: The most working days counted backwards.

        Returns:
            The table.

        Raises:
            autocrm.errors.InvalidFormat: ``calendar`` is not a WorkdayCalendar or a day
                is not a date.
            autocrm.errors.InvalidComponent: ``after`` or ``before`` is not a whole
                number >= 0.
            autocrm.errors.ValidationError: as ``add_workdays`` refuses: the calendar
                has no working day within 366 days, or the count runs off the dates.

        Examples:
            >>> from autocrm.rules.calendar import ChineseWorkdays
            >>> table = WorkdayTable.covering([date(2025, 10, 9)], before=1,
            ...                               calendar=ChineseWorkdays())
            >>> table.rows[0].day, table.rows[-1].day, len(table.rows)
            (datetime.date(2025, 9, 30), datetime.date(2025, 10, 9), 10)
        """
        calendar = _checked_calendar(calendar)
        after = _checked_count(after, "after")
        before = _checked_count(before, "before")
        wanted = sorted({as_date(day, "days") for day in check_collection(days, "days")})
        rows: list[WorkdayRow] = []
        base = 0
        index = 0
        while index < len(wanted):
            first = wanted[index]
            # The pure count decides where a stretch starts and ends, with its errors.
            start = add_workdays(first, -before, calendar=calendar) if before else first
            stretch, index = _stretch(wanted, index, start, after, before, calendar)
            rows.extend(attrs.evolve(row, ordinal=row.ordinal + base) for row in stretch)
            # The next stretch's ordinals start clear of this one's.
            base = rows[-1].ordinal + after + before + 2
        return cls(rows=tuple(rows))

    def cte(self, name: str = "workdays") -> sa.CTE:
        """The rows as a ``WITH name(day_number, is_workday, ordinal, estimated) AS (VALUES ...)``.

        Integer literals, no bound parameters; an empty table is one row no day
        matches. Alias it (``.alias("received")``) once per join.

        Examples:
            >>> from sqlalchemy.dialects import sqlite
            >>> print(sa.select(WorkdayTable(rows=()).cte()).compile(dialect=sqlite.dialect()))
            WITH workdays(day_number, is_workday, ordinal, estimated) AS
            (VALUES (-1000000000, 0, -1000000000, 0))
             SELECT workdays.day_number, workdays.is_workday, workdays.ordinal, workdays.estimated
            FROM workdays
        """
        data = [
            (_number_of(row.day), int(row.is_workday), row.ordinal, int(row.estimated))
            for row in self.rows
        ] or [(_NOWHERE, 0, _NOWHERE, 0)]
        return _IntegerRows(data, name=name).cte(name)

    def add_workdays(self, day: date, n: int) -> date:
        """The ``n``-th working day after ``day`` read from the rows, as the SQL joins read it.

        Raises:
            autocrm.errors.InvalidComponent: the table does not cover that count.

        Examples:
            >>> from autocrm.rules.calendar import WeekendCalendar
            >>> table = WorkdayTable.covering([date(2025, 10, 4)], calendar=WeekendCalendar())
            >>> table.add_workdays(date(2025, 10, 4), 0)
            datetime.date(2025, 10, 6)
        """
        by_day = {row.day: row for row in self.rows}
        start = by_day.get(as_date(day, "day"))
        if start is not None:
            target = start.ordinal + n + (1 - int(start.is_workday) if n <= 0 else 0)
            for row in self.rows:
                if row.is_workday and row.ordinal == target:
                    return row.day
        msg = f"n: the table does not cover {n} working days from {day}"
        raise InvalidComponent(msg, field="n", value=n)


class _IntegerRows(Values):
    """The table's rows as ``VALUES (...), ...`` of integers, written out in one go.

    SQLAlchemy would render (and put in its statement cache key) every one of the
    thousands of numbers as a literal of its own; they are plain integers, so they
    are joined into the SQL text directly. Only the form ``.cte(name)`` is used.
    """

    inherit_cache = False

    def __init__(self, rows: list[tuple[int, int, int, int]], *, name: str) -> None:
        super().__init__(*(sa.column(column, sa.Integer) for column in _COLUMNS), name=name)
        self.integer_rows = rows


@compiles(_IntegerRows)
def _integer_rows(element: _IntegerRows, compiler: SQLCompiler, **kw: Any) -> str:
    rows = ", ".join("(%d, %d, %d, %d)" % row for row in element.integer_rows)  # noqa: UP031
    return f"VALUES {rows}"


def _stretch(
    wanted: list[date],
    index: int,
    start: date,
    after: int,
    before: int,
    calendar: WorkdayCalendar,
) -> tuple[list[WorkdayRow], int]:
    """The rows of one stretch from ``start``, and the index of the first day it does not hold.

    The stretch takes ``wanted[index]`` and every later wanted day it reaches (with
    the days ``before`` it) while it is being written, and ends on the working day
    ``after`` working days past the last of them.
    """
    rows: list[WorkdayRow] = []
    ordinal = 0
    need: int | None = None  # the ordinal the stretch must reach
    off_run = 0
    day = start
    while True:
        works = bool(calendar.is_workday(day))
        ordinal += works
        rows.append(WorkdayRow(day, works, ordinal, bool(calendar.is_estimated(day))))
        off_run = 0 if works else off_run + 1
        while index < len(wanted) and wanted[index] == day:
            reach = ordinal + after if after else ordinal + 1 - works
            need = reach if need is None else max(need, reach)
            index += 1
        done = need is not None and works and ordinal >= need
        if done and (index == len(wanted) or not _reaches(day, wanted[index], before, calendar)):
            return rows, index
        if off_run >= _SEARCH_LIMIT or day == date.max:
            # The pure count refuses this calendar or date: let it say why.
            add_workdays(wanted[index - 1], after, calendar=calendar)
            msg = f"the calendar has no working day within {_SEARCH_LIMIT} days after {day}"
            raise ValidationError(msg, field="calendar", value=calendar)
        day += _ONE_DAY


def _reaches(last: date, following: date, before: int, calendar: WorkdayCalendar) -> bool:
    """Whether the stretch ending on ``last`` should go on to take ``following``."""
    if following <= last + _ONE_DAY:
        return True
    if before == 0:
        return False
    return add_workdays(following, -before, calendar=calendar) <= last + _ONE_DAY


def row_of_day(row: sa.FromClause, number: ColumnElement[int]) -> ColumnElement[bool]:
    """The join condition: ``row`` (a table alias) is the day numbered ``number``.

    ``number`` is a [`day_number`][autocrm.adapters.sqlalchemy.workdays.day_number] of a
    date column, or a column holding one. It is compared as ``number + 0``: on SQLite a
    column with INTEGER affinity (a materialised day number) would lend it to the
    table's side and keep the engine from indexing the table for the join.

    Examples:
        >>> received = WorkdayTable(rows=()).cte().alias("received")
        >>> print(row_of_day(received, sa.column("received_on", sa.Integer)))
        received.day_number = received_on + :received_on_1
    """
    return row.c.day_number == number + 0


def workdays_after(start: sa.FromClause, n: int | ColumnElement[int]) -> ColumnElement[int]:
    """The ordinal of the ``n``-th working day after the day of ``start``, a table alias.

    [`add_workdays`][autocrm.rules.workdays.add_workdays] in ordinals: the day itself
    is not counted; ``n == 0`` is the day if it is a working day, else the next one;
    a negative ``n`` counts backwards. Join a second alias of the table on it with
    [`workday_numbered`][autocrm.adapters.sqlalchemy.workdays.workday_numbered]; ``n`` may
    be a SQL expression (a number of days by level).

    Examples:
        >>> table = WorkdayTable(rows=()).cte()
        >>> received = table.alias("received")
        >>> print(workdays_after(received, 3))
        received.ordinal + :ordinal_1
        >>> print(workdays_after(received, 0))
        (received.ordinal + :ordinal_1) - received.is_workday
    """
    if isinstance(n, bool):
        msg = f"n: expected a number of working days, got {shown(n)}"
        raise InvalidFormat(msg, field="n", value=n)
    if isinstance(n, int):
        if n > 0:
            return start.c.ordinal + n
        return start.c.ordinal + (n + 1) - start.c.is_workday
    return sa.case(
        (n > 0, start.c.ordinal + n),
        else_=start.c.ordinal + n + 1 - start.c.is_workday,
    )


def workday_numbered(day: sa.FromClause, ordinal: ColumnElement[int]) -> ColumnElement[bool]:
    """The join condition: ``day`` (a table alias) is the working day numbered ``ordinal``.

    Examples:
        >>> table = WorkdayTable(rows=()).cte()
        >>> received, deadline = table.alias("received"), table.alias("deadline")
        >>> print(workday_numbered(deadline, workdays_after(received, 1)))
        deadline.ordinal = received.ordinal + :ordinal_1 AND deadline.is_workday = :is_workday_1
    """
    return sa.and_(day.c.ordinal == ordinal, day.c.is_workday == 1)
