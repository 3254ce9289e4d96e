"""Named cases for autocrm.rules.calendar, pinned to the State Council notices."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from autocrm.domain import CHINA_TZ
from autocrm.errors import InvalidComponent, InvalidFormat, ValidationError
from autocrm.rules.calendar import ChineseWorkdays, WeekendCalendar, WorkdayCalendar
from autocrm.rules.calendar_estimates import any_estimated
from autocrm.rules.workdays import add_workdays, is_workday, next_workday, workdays_between

# chinesecalendar 1.11 covers 2004-2026; a newer release may add 2027, so the
# "no official data" cases use a year far enough out to stay uncovered.
UNCOVERED = 2040


def days(start: date, end: date) -> list[date]:
    """Every day from start to end inclusive."""
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


# National Day 2025 (国办发明电〔2024〕12号): 1-8 October off,
# Sunday 28 September and Saturday 11 October worked.


def test_national_day_2025_is_eight_days_off() -> None:
    assert [is_workday(d) for d in days(date(2025, 10, 1), date(2025, 10, 8))] == [False] * 8
    assert is_workday(date(2025, 9, 30))
    assert is_workday(date(2025, 10, 9))


def test_national_day_2025_adjusted_weekend_days_are_worked() -> None:
    assert is_workday(date(2025, 9, 28))  # Sunday
    assert is_workday(date(2025, 10, 11))  # Saturday
    assert not is_workday(date(2025, 9, 27))  # the Saturday before stays off
    assert not is_workday(date(2025, 10, 12))  # Sunday


def test_national_day_2025_holiday_name() -> None:
    calendar = ChineseWorkdays()
    assert calendar.holiday_name(date(2025, 10, 1)) == "National Day"
    assert calendar.holiday_name(date(2025, 9, 28)) == "National Day"  # 调休 day
    assert calendar.holiday_name(date(2025, 10, 14)) is None


# Spring Festival 2026 (国办发明电〔2025〕7号): 15-23 February off,
# Saturday 14 February and Saturday 28 February worked.


def test_spring_festival_2026_is_nine_days_off() -> None:
    assert [is_workday(d) for d in days(date(2026, 2, 15), date(2026, 2, 23))] == [False] * 9
    assert is_workday(date(2026, 2, 13))
    assert is_workday(date(2026, 2, 24))


def test_spring_festival_2026_adjusted_saturdays_are_worked() -> None:
    assert is_workday(date(2026, 2, 14))
    assert is_workday(date(2026, 2, 28))
    assert not is_workday(date(2026, 3, 1))  # Sunday


# Labour Day 2024 (国办发明电〔2023〕7号): 1-5 May off,
# Sunday 28 April and Saturday 11 May worked.


def test_labour_day_2024_is_five_days_off() -> None:
    assert [is_workday(d) for d in days(date(2024, 5, 1), date(2024, 5, 5))] == [False] * 5
    assert is_workday(date(2024, 4, 30))
    assert is_workday(date(2024, 5, 6))


def test_labour_day_2024_adjusted_weekend_days_are_worked() -> None:
    assert is_workday(date(2024, 4, 28))
    assert is_workday(date(2024, 5, 11))


def test_next_workday_skips_national_day() -> None:
    assert next_workday(date(2025, 10, 1)) == date(2025, 10, 9)


def test_next_workday_returns_a_working_day_itself() -> None:
    assert next_workday(date(2025, 9, 28)) == date(2025, 9, 28)
    assert next_workday(date(2025, 9, 28), include_self=False) == date(2025, 9, 29)


def test_next_workday_takes_an_aware_datetime_on_its_china_day() -> None:
    assert next_workday(datetime(2025, 10, 1, 23, 59, tzinfo=CHINA_TZ)) == date(2025, 10, 9)
    assert type(next_workday(datetime(2025, 10, 9, 8, 0, tzinfo=CHINA_TZ))) is date
    # 17:00 UTC on 30 September is 01:00 on 1 October in China: a holiday.
    late_utc = datetime(2025, 9, 30, 17, 0, tzinfo=timezone.utc)
    assert not is_workday(late_utc)
    assert next_workday(late_utc) == date(2025, 10, 9)


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(InvalidFormat, match="no time zone"):
        next_workday(datetime(2025, 10, 1, 23, 59))


def test_add_one_workday_before_national_day_lands_after_it() -> None:
    assert add_workdays(date(2025, 9, 30), 1) == date(2025, 10, 9)


def test_add_workdays_counts_adjusted_saturday() -> None:
    # Thu 9 Oct -> Fri 10 Oct -> Sat 11 Oct (worked) -> Mon 13 Oct
    assert add_workdays(date(2025, 10, 9), 2) == date(2025, 10, 11)
    assert add_workdays(date(2025, 10, 9), 3) == date(2025, 10, 13)


def test_add_zero_workdays_is_next_workday() -> None:
    assert add_workdays(date(2025, 10, 4), 0) == date(2025, 10, 9)
    assert add_workdays(date(2025, 10, 9), 0) == date(2025, 10, 9)


def test_add_negative_workdays_goes_back_over_the_holiday() -> None:
    assert add_workdays(date(2025, 10, 9), -1) == date(2025, 9, 30)
    assert add_workdays(date(2025, 10, 5), -2) == date(2025, 9, 29)


def test_add_workdays_rejects_a_non_integer_count() -> None:
    with pytest.raises(InvalidFormat):
        add_workdays(date(2025, 10, 9), 1.5)  # type: ignore[arg-type]


def test_workdays_between_is_half_open() -> None:
    assert workdays_between(date(2025, 9, 30), date(2025, 10, 9)) == 1
    assert workdays_between(date(2025, 9, 29), date(2025, 9, 30)) == 1
    assert workdays_between(date(2025, 9, 30), date(2025, 9, 30)) == 0
    # 9 Oct..13 Oct: Fri 10, Sat 11 (worked), Mon 13
    assert workdays_between(date(2025, 10, 9), date(2025, 10, 13)) == 3


def test_workdays_between_is_negative_backwards() -> None:
    assert workdays_between(date(2025, 10, 13), date(2025, 10, 9)) == -3


def test_weekend_calendar_is_monday_to_friday() -> None:
    calendar = WeekendCalendar()
    assert [calendar.is_workday(d) for d in days(date(2025, 9, 29), date(2025, 10, 5))] == [
        True,
        True,
        True,
        True,
        True,
        False,
        False,
    ]
    assert not calendar.is_estimated(date(UNCOVERED, 1, 1))
    assert next_workday(date(2025, 10, 1), calendar=calendar) == date(2025, 10, 1)
    assert add_workdays(date(2025, 10, 3), 1, calendar=calendar) == date(2025, 10, 6)
    assert isinstance(calendar, WorkdayCalendar)
    assert isinstance(ChineseWorkdays(), WorkdayCalendar)


def test_uncovered_year_is_estimated_from_the_statutory_holidays() -> None:
    calendar = ChineseWorkdays()
    # 1 January 2040 is a Sunday: New Year's Day is made up on Monday 2 January.
    week = days(date(UNCOVERED, 1, 1), date(UNCOVERED, 1, 7))
    assert [calendar.is_workday(d) for d in week] == [False, False, True, True, True, True, False]
    assert calendar.holiday_name(date(UNCOVERED, 1, 2)) == "New Year's Day"
    assert all(calendar.is_estimated(d) for d in week)
    assert not calendar.covers(UNCOVERED)
    assert calendar.covers(2026)
    assert not calendar.is_estimated(date(2026, 12, 31))
    assert calendar.is_estimated(date(2003, 12, 31))
    assert any_estimated([date(2026, 12, 31), date(UNCOVERED, 1, 2)])
    assert not any_estimated([date(2026, 12, 31)])


def test_extra_holidays_register_an_uncovered_year() -> None:
    calendar = ChineseWorkdays(
        extra_holidays=[date(UNCOVERED, 1, 2), date(UNCOVERED, 2, 13)],
        extra_workdays=[date(UNCOVERED, 2, 11)],  # a Saturday
    )
    assert calendar.registered_years == frozenset({UNCOVERED})
    assert not calendar.is_workday(date(UNCOVERED, 1, 2))
    assert not calendar.is_workday(date(UNCOVERED, 2, 13))
    assert calendar.is_workday(date(UNCOVERED, 2, 11))
    assert calendar.is_workday(date(UNCOVERED, 1, 3))
    assert not calendar.is_estimated(date(UNCOVERED, 7, 1))
    assert calendar.is_estimated(date(UNCOVERED + 1, 7, 1))
    assert next_workday(date(UNCOVERED, 1, 2), calendar=calendar) == date(UNCOVERED, 1, 3)


def test_extra_dates_in_covered_years_do_not_register_them() -> None:
    calendar = ChineseWorkdays(extra_holidays=[date(2025, 10, 10)])
    assert calendar.registered_years == frozenset()
    assert not calendar.is_workday(date(2025, 10, 10))
    assert not calendar.is_workday(date(2025, 10, 1))  # chinesecalendar still applies
    assert calendar.is_workday(date(2025, 10, 11))


def test_explicitly_empty_registration_keeps_a_year_estimated() -> None:
    calendar = ChineseWorkdays(extra_holidays=[date(UNCOVERED, 1, 2)], registered_years=())
    assert calendar.is_estimated(date(UNCOVERED, 3, 1))
    assert not calendar.is_estimated(date(UNCOVERED, 1, 2))  # listed explicitly
    assert not calendar.is_workday(date(UNCOVERED, 1, 2))


def test_registering_a_covered_year_replaces_official_data() -> None:
    calendar = ChineseWorkdays(registered_years=[2025])
    assert calendar.is_workday(date(2025, 10, 1))  # a Wednesday, weekends only
    assert not calendar.is_workday(date(2025, 9, 28))
    assert calendar.holiday_name(date(2025, 10, 1)) is None


def test_extra_workday_overrides_a_statutory_holiday() -> None:
    calendar = ChineseWorkdays(extra_workdays=[date(2025, 10, 3)])
    assert calendar.is_workday(date(2025, 10, 3))
    assert not calendar.is_workday(date(2025, 10, 2))
    assert next_workday(date(2025, 10, 1), calendar=calendar) == date(2025, 10, 3)
    assert calendar.holiday_name(date(2025, 10, 3)) is None


def test_extra_holiday_overrides_an_adjusted_working_day() -> None:
    calendar = ChineseWorkdays(extra_holidays=[date(2025, 10, 11)])
    assert not calendar.is_workday(date(2025, 10, 11))
    assert add_workdays(date(2025, 10, 10), 1, calendar=calendar) == date(2025, 10, 13)


def test_same_day_as_holiday_and_workday_is_refused() -> None:
    with pytest.raises(InvalidComponent) as caught:
        ChineseWorkdays(extra_holidays=[date(2025, 10, 3)], extra_workdays=[date(2025, 10, 3)])
    assert caught.value.value == date(2025, 10, 3)


def test_extra_dates_must_be_dates() -> None:
    with pytest.raises(InvalidFormat):
        ChineseWorkdays(extra_holidays=["2025-10-03"])  # type: ignore[list-item]


def test_extra_datetimes_count_as_their_day() -> None:
    calendar = ChineseWorkdays(extra_holidays=[datetime(2025, 10, 10, 9, 30, tzinfo=CHINA_TZ)])
    assert calendar.extra_holidays == frozenset({date(2025, 10, 10)})
    assert not calendar.is_workday(date(2025, 10, 10))


class NeverWorks:
    """A broken user calendar: no day is ever a working day."""

    def is_workday(self, day: date) -> bool:
        return False

    def is_estimated(self, day: date) -> bool:
        return False


def test_calendar_without_working_days_raises_instead_of_looping() -> None:
    with pytest.raises(ValidationError) as caught:
        next_workday(date(2025, 1, 1), calendar=NeverWorks())
    assert caught.value.field == "calendar"
    with pytest.raises(ValidationError):
        add_workdays(date(2025, 1, 1), -1, calendar=NeverWorks())
    with pytest.raises(ValidationError):
        add_workdays(date(2025, 1, 1), 0, calendar=NeverWorks())


def test_a_year_registered_without_working_days_raises() -> None:
    no_workdays = ChineseWorkdays(
        extra_holidays=days(date(UNCOVERED, 1, 1), date(UNCOVERED + 1, 12, 31)),
    )
    assert no_workdays.registered_years == frozenset({UNCOVERED, UNCOVERED + 1})
    with pytest.raises(ValidationError):
        next_workday(date(UNCOVERED, 6, 1), calendar=no_workdays)
    # the search reaches a working day 366 days on, but no further
    # (1 January 2042 is New Year's Day, estimated; Thursday 2 January is worked)
    assert next_workday(date(UNCOVERED + 1, 1, 1), calendar=no_workdays) == date(
        UNCOVERED + 2, 1, 2
    )


def test_next_workday_at_the_end_of_time_raises_validation_error() -> None:
    assert date.max.weekday() == 4  # 9999-12-31 is a Friday
    assert next_workday(date.max, calendar=WeekendCalendar()) == date.max
    with pytest.raises(ValidationError):
        next_workday(date.max, calendar=WeekendCalendar(), include_self=False)


TOML_2040 = """
[years.2040]
holidays = ["2040-01-01", "2040-02-13", "2040-02-14"]
workdays = ["2040-02-11"]
"""


def test_from_toml_text_registers_the_year() -> None:
    calendar = ChineseWorkdays.from_toml_text(TOML_2040)
    assert calendar.registered_years == frozenset({2040})
    assert calendar.extra_holidays == frozenset(
        {date(2040, 1, 1), date(2040, 2, 13), date(2040, 2, 14)}
    )
    assert calendar.extra_workdays == frozenset({date(2040, 2, 11)})
    assert not calendar.is_workday(date(2040, 2, 13))
    assert calendar.is_workday(date(2040, 2, 11))
    assert not calendar.is_estimated(date(2040, 8, 1))
    assert next_workday(date(2040, 2, 13), calendar=calendar) == date(2040, 2, 15)


def test_from_toml_text_year_with_no_holidays_is_registered() -> None:
    calendar = ChineseWorkdays.from_toml_text("[years.2041]\n")
    assert calendar.registered_years == frozenset({2041})
    assert not calendar.is_estimated(date(2041, 1, 1))


def test_from_toml_text_accepts_toml_dates() -> None:
    calendar = ChineseWorkdays.from_toml_text("[years.2040]\nholidays = [2040-01-02]\n")
    assert calendar.extra_holidays == frozenset({date(2040, 1, 2)})


def test_from_toml_reads_a_file(tmp_path: Path) -> None:
    file = tmp_path / "holidays.toml"
    file.write_text(TOML_2040, encoding="utf-8")
    assert ChineseWorkdays.from_toml(file) == ChineseWorkdays.from_toml_text(TOML_2040)


@pytest.mark.parametrize(
    ("text", "error", "field"),
    [
        (
            '[years.2040]\nholidays = ["2040-01-01", "2040/02/05"]\n',
            InvalidFormat,
            "years.2040.holidays[1]",
        ),
        ('[years.2040]\nholidays = ["2040-02-30"]\n', InvalidComponent, "years.2040.holidays[0]"),
        (
            '[years.2040]\nworkdays = ["2040-01-01", "2041-01-05"]\n',
            InvalidComponent,
            "years.2040.workdays[1]",
        ),
        ("[years.2040]\nworkdays = [20400105]\n", InvalidFormat, "years.2040.workdays[0]"),
        ('[years.2040]\nholidays = "2040-01-01"\n', InvalidFormat, "years.2040.holidays"),
        ('[years.2040]\nholiday = ["2040-01-01"]\n', InvalidFormat, "years.2040.holiday"),
        ('[years.next]\nholidays = ["2040-01-01"]\n', InvalidFormat, "years.next"),
        ("[holidays]\n", InvalidFormat, "holidays"),
        ("years = 2040\n", InvalidFormat, "years"),
        (
            '[years.2040]\nholidays = ["2040-01-02"]\nworkdays = ["2040-01-02"]\n',
            InvalidComponent,
            "years.2040.workdays",
        ),
        ("[years.2040\n", InvalidFormat, "text"),
    ],
)
def test_bad_toml_names_the_key_path(
    text: str, error: type[ValidationError], field: str | None
) -> None:
    with pytest.raises(error) as caught:
        ChineseWorkdays.from_toml_text(text)
    assert caught.value.field == field
    assert field is None or field in str(caught.value)
