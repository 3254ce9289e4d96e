"""Invariants of the estimate for years without a published holiday arrangement."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given
from hypothesis import strategies as st

from autocrm.rules.calendar import ChineseWorkdays
from autocrm.rules.statutory_holidays import Festival, statutory_holidays
from autocrm.rules.workdays import add_workdays, next_workday

# The years after chinesecalendar 1.11 that the lunar tables cover, all under the
# regulation as revised in 2024 (13 statutory days).
future_years = st.integers(min_value=2027, max_value=2099)
DAYS_PER_FESTIVAL = {
    Festival.NEW_YEAR: 1,
    Festival.SPRING_FESTIVAL: 4,
    Festival.QINGMING: 1,
    Festival.LABOUR_DAY: 2,
    Festival.DRAGON_BOAT: 1,
    Festival.MID_AUTUMN: 1,
    Festival.NATIONAL_DAY: 3,
}


@given(future_years)
@example(2031)  # Mid-Autumn on 1 October
@example(2028)  # Mid-Autumn on 3 October
@example(2039)  # Mid-Autumn on Sunday 2 October: owed twice, both made up
def test_an_estimated_year_has_exactly_the_statutory_days(year: int) -> None:
    check_estimated_year(year)


def test_every_year_2027_to_2099_has_exactly_the_statutory_days() -> None:
    for year in range(2027, 2100):
        check_estimated_year(year)


def check_estimated_year(year: int) -> None:
    """The invariants of one estimated year under the regulation as revised in 2024."""
    estimate = statutory_holidays(year)
    assert estimate.lunar_known
    festivals = [h.festival for h in estimate.holidays]
    assert {f: festivals.count(f) for f in Festival} == DAYS_PER_FESTIVAL
    assert all(h.day.year == year for h in estimate.holidays)
    # A statutory day on a weekend, or shared by two festivals, is made up on a
    # weekday; so exactly 13 weekdays are off, whatever the weekdays of the festivals.
    weekdays = {h.day for h in estimate.holidays if h.day.weekday() < 5}
    owed = len(estimate.holidays) - len(weekdays)
    assert len(estimate.substitutes) == owed
    assert sum(1 for day in estimate.days_off if day.weekday() < 5) == 13
    statutory = {h.day for h in estimate.holidays}
    for substitute in estimate.substitutes:
        assert substitute.day.weekday() < 5
        assert substitute.day.year == year
        assert substitute.day > substitute.replaces
        assert substitute.day not in statutory


@given(future_years)
def test_every_estimated_day_off_is_not_a_working_day_and_is_flagged(year: int) -> None:
    calendar = ChineseWorkdays()
    for day in statutory_holidays(year).days_off:
        assert not calendar.is_workday(day)
        assert calendar.is_estimated(day)
        assert calendar.holiday_name(day) is not None


@given(st.integers(min_value=date.min.year, max_value=date.max.year))
def test_the_estimate_never_raises_for_any_year(year: int) -> None:
    estimate = statutory_holidays(year)
    assert all(h.day.year == year for h in estimate.holidays)
    assert len(estimate.holidays) <= 13


@given(st.dates())
def test_the_calendar_answers_every_day(day: date) -> None:
    calendar = ChineseWorkdays()
    assert isinstance(calendar.is_workday(day), bool)
    assert isinstance(calendar.is_estimated(day), bool)
    assert calendar.holiday_name(day) is None or isinstance(calendar.holiday_name(day), str)
    if day < date(9999, 12, 1):
        found = next_workday(day)
        assert calendar.is_workday(found)
        assert add_workdays(day, 3) > day
