"""The working-day table counts working days in SQL as the pure calendar does, on every engine.

A [`WorkdayTable`][autocrm.adapters.sqlalchemy.workdays.WorkdayTable] built for random
days (holiday weeks, 调休 weekends, estimated years, days far apart) is joined twice in
one query on SQLite, PostgreSQL (when its URL is set) and DuckDB, and the day it finds
``n`` working days after each day must be ``add_workdays`` of it.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine
from tests.integration.conftest import writing_examples

from autocrm.adapters.sqlalchemy.workdays import (
    WorkdayRow,
    WorkdayTable,
    day_number,
    from_day_number,
    row_of_day,
    workday_numbered,
    workdays_after,
)
from autocrm.errors import InvalidComponent, InvalidFormat, ValidationError
from autocrm.rules.calendar import ChineseWorkdays, WeekendCalendar
from autocrm.rules.workdays import add_workdays

sa = pytest.importorskip("sqlalchemy")

#: Days around holiday weeks, 调休 weekends and an estimated year.
NEAR = (
    date(2025, 9, 26),  # before National Day; 28 September is a worked Sunday
    date(2025, 9, 30),
    date(2026, 2, 13),  # before the Spring Festival; 14 February is a worked Saturday
    date(2024, 12, 31),
    date(2027, 9, 30),  # estimated year
    date(2003, 12, 31),  # estimated year before the official data
)

DAYS = st.one_of(
    st.builds(
        lambda base, shift: base + timedelta(days=shift),
        st.sampled_from(NEAR),
        st.integers(min_value=-10, max_value=10),
    ),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
)

CALENDARS = st.sampled_from(
    (
        ChineseWorkdays(),
        WeekendCalendar(),
        ChineseWorkdays(extra_holidays=[date(2027, 10, 8)], extra_workdays=[date(2025, 10, 4)]),
    )
)


def _counted(
    engine: Engine, table: WorkdayTable, days: list[date], n: int
) -> dict[date, date | None]:
    """The day ``n`` working days after each of ``days``, found by the database."""
    workdays = table.cte()
    start, target = workdays.alias("start"), workdays.alias("target")
    asked = sa.values(sa.column("on", sa.Date), name="asked").data([(d,) for d in days]).cte()
    query = sa.select(asked.c.on, target.c.day_number).select_from(
        asked.join(start, row_of_day(start, day_number(asked.c.on))).outerjoin(
            target, workday_numbered(target, workdays_after(start, n))
        )
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    found: dict[date, date | None] = {}
    for on, number in rows:
        day = on if isinstance(on, date) else date.fromisoformat(on)
        found[day] = None if number is None else from_day_number(int(number))
    return found


@writing_examples()
@given(
    days=st.lists(DAYS, min_size=1, max_size=8),
    after=st.integers(min_value=0, max_value=8),
    before=st.integers(min_value=0, max_value=3),
    data=st.data(),
    calendar=CALENDARS,
)
def test_the_table_counts_as_add_workdays(
    engine: Engine,
    days: list[date],
    after: int,
    before: int,
    data: st.DataObject,
    calendar: ChineseWorkdays | WeekendCalendar,
) -> None:
    table = WorkdayTable.covering(days, calendar=calendar, after=after, before=before)
    n = data.draw(st.integers(min_value=-before, max_value=after), label="n")
    found = _counted(engine, table, sorted(set(days)), n)
    assert found == {d: add_workdays(d, n, calendar=calendar) for d in days}
    for d in days:
        assert table.add_workdays(d, n) == add_workdays(d, n, calendar=calendar)


def test_a_complaint_day_before_national_day_counts_past_the_holiday_week(
    engine: Engine,
) -> None:
    day = date(2025, 9, 30)
    table = WorkdayTable.covering([day], calendar=ChineseWorkdays(), after=3)
    assert _counted(engine, table, [day], 1) == {day: date(2025, 10, 9)}
    assert _counted(engine, table, [day], 3) == {day: date(2025, 10, 11)}  # a worked Saturday
    assert _counted(engine, table, [day], 0) == {day: day}


def test_a_holiday_counts_zero_days_to_the_next_working_day(engine: Engine) -> None:
    day = date(2025, 10, 1)
    table = WorkdayTable.covering([day], calendar=ChineseWorkdays())
    assert _counted(engine, table, [day], 0) == {day: date(2025, 10, 9)}


def test_an_empty_table_joins_nothing(engine: Engine) -> None:
    table = WorkdayTable.covering([], calendar=ChineseWorkdays(), after=3)
    assert table.rows == ()
    assert _counted(engine, table, [date(2025, 9, 30)], 1) == {}


def test_days_far_apart_get_separate_stretches() -> None:
    table = WorkdayTable.covering(
        [date(1990, 5, 2), date(2025, 9, 30)], calendar=ChineseWorkdays(), after=1
    )
    assert len(table.rows) < 30
    assert table.add_workdays(date(1990, 5, 2), 1) == add_workdays(date(1990, 5, 2), 1)
    assert table.add_workdays(date(2025, 9, 30), 1) == date(2025, 10, 9)
    ordinals = [row.ordinal for row in table.rows if row.is_workday]
    assert len(ordinals) == len(set(ordinals))


def test_estimated_days_are_flagged() -> None:
    table = WorkdayTable.covering([date(2026, 12, 31)], calendar=ChineseWorkdays(), after=1)
    assert [(row.day, row.estimated) for row in table.rows] == [
        (date(2026, 12, 31), False),
        (date(2027, 1, 1), True),
        (date(2027, 1, 2), True),
        (date(2027, 1, 3), True),
        (date(2027, 1, 4), True),
    ]
    assert table.rows[-1] == WorkdayRow(
        date(2027, 1, 4), is_workday=True, ordinal=2, estimated=True
    )


class _NoWorkdays:
    def is_workday(self, day: date) -> bool:
        return False

    def is_estimated(self, day: date) -> bool:
        return False


def test_a_calendar_without_working_days_is_refused_as_add_workdays_refuses() -> None:
    with pytest.raises(ValidationError, match="no working day within 366 days"):
        WorkdayTable.covering([date(2025, 1, 1)], calendar=_NoWorkdays(), after=1)


def test_bad_arguments_are_refused_by_name() -> None:
    with pytest.raises(InvalidFormat, match="calendar"):
        WorkdayTable.covering([date(2025, 1, 1)], calendar="weekends")  # type: ignore[arg-type]
    with pytest.raises(InvalidComponent, match="after"):
        WorkdayTable.covering([date(2025, 1, 1)], calendar=WeekendCalendar(), after=-1)
    with pytest.raises(InvalidFormat, match="days"):
        WorkdayTable.covering(["2025-01-01"], calendar=WeekendCalendar())  # type: ignore[list-item]
    with pytest.raises(InvalidComponent, match="number"):
        from_day_number(10**9)


def test_the_last_day_of_the_calendar_is_refused_as_add_workdays_refuses() -> None:
    with pytest.raises(ValidationError) as pure:
        add_workdays(date.max, 1, calendar=WeekendCalendar())
    with pytest.raises(ValidationError) as table:
        WorkdayTable.covering([date.max], calendar=WeekendCalendar(), after=1)
    assert str(table.value) == str(pure.value)
