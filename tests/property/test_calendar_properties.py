"""Invariants of autocrm.rules.calendar."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
from hypothesis import given
from hypothesis import strategies as st

from autocrm.rules.calendar import ChineseWorkdays, WeekendCalendar, WorkdayCalendar
from autocrm.rules.statutory_holidays import statutory_holidays
from autocrm.rules.workdays import add_workdays, is_workday, next_workday, workdays_between

OFFICIAL_FIRST = date(2004, 1, 1)
OFFICIAL_LAST = date(2026, 12, 31)

official_days = st.dates(min_value=OFFICIAL_FIRST, max_value=OFFICIAL_LAST)
# Well inside date's range, across covered and uncovered years.
any_days = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))
# Short enough that counting day by day stays fast; spans the 2026/2027 edge.
near_days = st.dates(min_value=date(2022, 1, 1), max_value=date(2031, 12, 31))
calendars = st.sampled_from([ChineseWorkdays(), WeekendCalendar()])
counts = st.integers(min_value=1, max_value=60)


@given(official_days)
def test_agrees_with_chinesecalendar_on_covered_days(day: date) -> None:
    calendar = ChineseWorkdays()
    assert calendar.is_workday(day) == chinese_calendar.is_workday(day)
    assert not calendar.is_estimated(day)


def test_agrees_with_chinesecalendar_on_every_covered_day() -> None:
    calendar = ChineseWorkdays()
    day = OFFICIAL_FIRST
    checked = 0
    while day <= OFFICIAL_LAST:
        assert calendar.is_workday(day) == chinese_calendar.is_workday(day), day
        assert not calendar.is_estimated(day), day
        day += timedelta(days=1)
        checked += 1
    assert checked == 8401


@given(any_days)
def test_estimated_exactly_when_chinesecalendar_lacks_the_year(day: date) -> None:
    covered = OFFICIAL_FIRST.year <= day.year <= OFFICIAL_LAST.year
    calendar = ChineseWorkdays()
    assert calendar.is_estimated(day) == (not covered)
    if not covered:
        days_off = statutory_holidays(day.year).days_off
        assert calendar.is_workday(day) == (day.weekday() < 5 and day not in days_off)


@given(any_days, calendars, st.booleans())
def test_next_workday_is_a_workday_not_before_the_day(
    day: date, calendar: WorkdayCalendar, include_self: bool
) -> None:
    result = next_workday(day, calendar=calendar, include_self=include_self)
    assert result >= day if include_self else result > day
    assert is_workday(result, calendar=calendar)
    # no working day is skipped on the way
    skipped = range(0 if include_self else 1, (result - day).days)
    assert not any(is_workday(day + timedelta(days=k), calendar=calendar) for k in skipped)
    if include_self and is_workday(day, calendar=calendar):
        assert result == day


@given(any_days, any_days, calendars)
def test_next_workday_is_monotone(first: date, second: date, calendar: WorkdayCalendar) -> None:
    early, late = sorted((first, second))
    assert next_workday(early, calendar=calendar) <= next_workday(late, calendar=calendar)


@given(any_days, counts, calendars)
def test_add_workdays_forward_counts_back(day: date, n: int, calendar: WorkdayCalendar) -> None:
    result = add_workdays(day, n, calendar=calendar)
    assert result > day
    assert is_workday(result, calendar=calendar)
    assert workdays_between(day, result, calendar=calendar) == n
    assert workdays_between(result, day, calendar=calendar) == -n


@given(any_days, counts, calendars)
def test_add_workdays_backward_counts_back(day: date, n: int, calendar: WorkdayCalendar) -> None:
    result = add_workdays(day, -n, calendar=calendar)
    assert result < day
    assert is_workday(result, calendar=calendar)
    # n working days in [result, day)
    one = timedelta(days=1)
    assert workdays_between(result - one, day - one, calendar=calendar) == n


@given(any_days, counts, counts, calendars)
def test_add_workdays_composes(day: date, m: int, n: int, calendar: WorkdayCalendar) -> None:
    stepwise = add_workdays(add_workdays(day, m, calendar=calendar), n, calendar=calendar)
    assert stepwise == add_workdays(day, m + n, calendar=calendar)


@given(near_days, near_days, near_days, calendars)
def test_workdays_between_adds_up(a: date, b: date, c: date, calendar: WorkdayCalendar) -> None:
    total = workdays_between(a, c, calendar=calendar)
    assert total == workdays_between(a, b, calendar=calendar) + workdays_between(
        b, c, calendar=calendar
    )


@given(official_days, st.frozensets(official_days, max_size=20))
def test_extra_holidays_override_official_data(day: date, extra: frozenset[date]) -> None:
    calendar = ChineseWorkdays(extra_holidays=extra)
    expected = False if day in extra else chinese_calendar.is_workday(day)
    assert calendar.is_workday(day) == expected
