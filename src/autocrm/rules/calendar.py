"""Working-day calendars: statutory holidays, adjusted working days (调休) and weekends.

Every due date in autocrm (follow-up windows, complaint closing deadlines,
retries) is counted in *working days* of a
[`WorkdayCalendar`][autocrm.rules.calendar.WorkdayCalendar]. The default calendar,
[`ChineseWorkdays`][autocrm.rules.calendar.ChineseWorkdays], follows the State Council's annual
holiday notice as published in the ``chinesecalendar`` package for the years it covers (2004–2026 in
version 1.11). For a year it does not cover, it estimates from the statutory holidays the national
regulation fixes
([`autocrm.rules.statutory_holidays.statutory_holidays`][autocrm.rules.statutory_holidays.statutory_holidays]:
lunar dates computed, weekend days made up, but no 调休 swaps known) and reports the answer as
*estimated*, unless the user registered that year's arrangement (constructor arguments or a TOML
file, see the "Working days" guide page and
[`autocrm.rules.calendar_registration`][autocrm.rules.calendar_registration]).

Counting with a calendar lives in [`autocrm.rules.workdays`][autocrm.rules.workdays]; which
years of a range are estimates, in
[`autocrm.rules.calendar_estimates`][autocrm.rules.calendar_estimates]. The names that used to
live here still import from it, with a `DeprecationWarning` naming their new module.

Examples:
    >>> from datetime import date
    >>> ChineseWorkdays().is_workday(date(2025, 10, 1))  # National Day week
    False
    >>> ChineseWorkdays().is_estimated(date(2027, 10, 1))  # no published notice yet
    True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date
from os import PathLike
from pathlib import Path
from typing import Protocol, runtime_checkable

import attrs
import chinese_calendar

from autocrm.domain.checks import check_collection, checked
from autocrm.domain.time import as_date
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.rules._moved import moved
from autocrm.rules.calendar_registration import registered_days
from autocrm.rules.statutory_holidays import Festival, statutory_holidays

__all__ = [
    "ChineseWorkdays",
    "WeekendCalendar",
    "WorkdayCalendar",
]

_MOVED = {
    "add_workdays": "autocrm.rules.workdays",
    "is_workday": "autocrm.rules.workdays",
    "next_workday": "autocrm.rules.workdays",
    "workdays_between": "autocrm.rules.workdays",
    "any_estimated": "autocrm.rules.calendar_estimates",
    "estimated_years": "autocrm.rules.calendar_estimates",
}


def __getattr__(name: str) -> object:
    return moved(__name__, name, _MOVED)


@runtime_checkable
class WorkdayCalendar(Protocol):
    """What the rules need to know about a calendar.

    Examples:
        >>> isinstance(WeekendCalendar(), WorkdayCalendar)
        True
    """

    def is_workday(self, day: date) -> bool:
        """Return whether ``day`` is a working day."""
        ...

    def is_estimated(self, day: date) -> bool:
        """Return whether the answer for ``day`` is an estimate.

        True when no official or user-registered data covers the day's year.
        """
        ...


def _as_int(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an int, got {type(value).__name__}: {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def _is_weekday(day: date) -> bool:
    return day.weekday() < 5  # Monday=0 ... Friday=4


# chinesecalendar's English names, so that an estimated day is named like an official one.
_FESTIVAL_NAMES = {
    Festival.NEW_YEAR: "New Year's Day",
    Festival.SPRING_FESTIVAL: "Spring Festival",
    Festival.QINGMING: "Tomb-sweeping Day",
    Festival.LABOUR_DAY: "Labour Day",
    Festival.DRAGON_BOAT: "Dragon Boat Festival",
    Festival.MID_AUTUMN: "Mid-autumn Festival",
    Festival.NATIONAL_DAY: "National Day",
}


@functools.cache
def _official_data_covers(year: int) -> bool:
    """Return whether the installed chinesecalendar has the notice for ``year``."""
    if not date.min.year <= year <= date.max.year:
        return False
    try:
        chinese_calendar.is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


@functools.lru_cache(maxsize=512)
def _estimated_days_off(year: int) -> frozenset[date]:
    return statutory_holidays(year).days_off


@attrs.frozen
class WeekendCalendar:
    """Monday to Friday are working days; no holidays; never estimated.

    Examples:
        >>> from datetime import date
        >>> calendar = WeekendCalendar()
        >>> calendar.is_workday(date(2025, 10, 1)), calendar.is_workday(date(2025, 10, 4))
        (True, False)
        >>> calendar.is_estimated(date(2099, 1, 1))
        False
    """

    def is_workday(self, day: date) -> bool:
        """Return whether ``day`` falls on Monday to Friday.

        Examples:
            >>> from datetime import date
            >>> WeekendCalendar().is_workday(date(2025, 9, 28))  # a Sunday
            False
        """
        return _is_weekday(as_date(day, "day"))

    def is_estimated(self, day: date) -> bool:
        """Return ``False``: a weekend calendar is exact by definition.

        Examples:
            >>> from datetime import date
            >>> WeekendCalendar().is_estimated(date(2025, 1, 1))
            False
        """
        as_date(day, "day")
        return False


def _to_holidays(values: Iterable[date]) -> frozenset[date]:
    return frozenset(
        as_date(value, "extra_holidays") for value in check_collection(values, "extra_holidays")
    )


def _to_workdays(values: Iterable[date]) -> frozenset[date]:
    return frozenset(
        as_date(value, "extra_workdays") for value in check_collection(values, "extra_workdays")
    )


def _to_years(values: Iterable[int]) -> frozenset[int]:
    return frozenset(
        _as_int(value, "registered_years") for value in check_collection(values, "registered_years")
    )


@attrs.frozen
class ChineseWorkdays:
    """Mainland China's working days: statutory holidays and adjusted working days.

    How a day is decided, first rule that applies wins:

    1. ``extra_holidays`` / ``extra_workdays``: the user's own entries, which
       override everything else for that day.
    2. A year in ``registered_years``: the user has listed that year in full,
       so weekends plus the user's entries decide (chinesecalendar is ignored
       for it). Not estimated.
    3. A year chinesecalendar covers: its holidays and 调休 working days.
    4. Any other year: an estimate, and
       [`is_estimated`][autocrm.rules.calendar.ChineseWorkdays.is_estimated] is ``True``.
       Monday–Friday are working days except the statutory holidays of the regulation in force and
       the weekdays that make up for those falling on a weekend
       ([`statutory_holidays`][autocrm.rules.statutory_holidays.statutory_holidays]). The year's
       调休 is not known: the bridge days it buys count as working days and no weekend day is
       worked. From 2025 on that is 13 weekdays off.

    A year's official arrangement is usually published in November of the year
    before; register it ([`from_toml`][autocrm.rules.calendar.ChineseWorkdays.from_toml]) until a
    chinesecalendar release has it.

    Attributes:
        extra_holidays: Days off in addition to (or instead of) the official ones.
        extra_workdays: Working days in addition to the official ones (e.g. a
            registered 调休 Saturday, or a holiday the dealership stays open).
        registered_years: Years the user has registered in full. By default,
            every year that holds one of the extra dates and that chinesecalendar
            does not cover: listing a year's holidays registers it. Pass ``()``
            to keep such years estimated.

    Raises:
        InvalidFormat: An entry is not a date.
        InvalidComponent: A day is listed both as holiday and as working day.

    Examples:
        >>> from datetime import date
        >>> calendar = ChineseWorkdays()
        >>> calendar.is_workday(date(2025, 10, 1)), calendar.is_workday(date(2025, 9, 28))
        (False, True)
        >>> calendar.is_estimated(date(2040, 3, 1))
        True
        >>> calendar.is_workday(date(2027, 2, 8)), calendar.is_estimated(date(2027, 2, 8))
        (False, True)
        >>> registered = ChineseWorkdays(extra_holidays=[date(2040, 1, 2)])
        >>> registered.registered_years
        frozenset({2040})
        >>> registered.is_workday(date(2040, 1, 2)), registered.is_estimated(date(2040, 3, 1))
        (False, False)
    """

    extra_holidays: frozenset[date] = attrs.field(factory=frozenset, converter=_to_holidays)
    extra_workdays: frozenset[date] = attrs.field(factory=frozenset, converter=_to_workdays)
    registered_years: frozenset[int] = attrs.field(converter=_to_years)

    @registered_years.default
    def _registered_by_extra_dates(self) -> frozenset[int]:
        days = self.extra_holidays | self.extra_workdays
        return frozenset(day.year for day in days if not _official_data_covers(day.year))

    def __attrs_post_init__(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, field="extra_workdays", value=first)

    def covers(self, year: int) -> bool:
        """Return whether ``year`` is known exactly (official data or registered).

        Examples:
            >>> ChineseWorkdays().covers(2025), ChineseWorkdays().covers(2040)
            (True, False)
            >>> ChineseWorkdays(registered_years=[2040]).covers(2040)
            True
        """
        return year in self.registered_years or _official_data_covers(year)

    def is_workday(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = as_date(day, "day")
        if day in self.extra_holidays:
            return False
        if day in self.extra_workdays:
            return True
        if day.year in self.registered_years:
            return _is_weekday(day)
        if _official_data_covers(day.year):
            # chinesecalendar.is_workday rescans its whole table on every call; its
            # published day lists answer the same question at once.
            if day in chinese_calendar.workdays:
                return True
            return _is_weekday(day) and day not in chinese_calendar.holidays
        return _is_weekday(day) and day not in _estimated_days_off(day.year)

    def is_estimated(self, day: date) -> bool:
        """Return whether the answer for ``day`` is an estimate from the statutory holidays.

        A day the user listed explicitly is never estimated, nor is a day of a
        registered year or a year chinesecalendar covers.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_estimated(date(2026, 12, 31))
            False
            >>> ChineseWorkdays().is_estimated(date(2003, 12, 31))
            True
        """
        day = as_date(day, "day")
        if day in self.extra_holidays or day in self.extra_workdays:
            return False
        return not self.covers(day.year)

    def holiday_name(self, day: date) -> str | None:
        """Return the statutory holiday ``day`` belongs to.

        Names are chinesecalendar's English ones (``"National Day"``,
        ``"Spring Festival"``...). In a year chinesecalendar covers, an adjusted
        working day (调休) carries the name of the holiday it makes up for; in an
        estimated year, a statutory day and a weekday off that makes up for one on
        a weekend carry the festival's name. ``None`` for ordinary days, for days
        the user listed, and for registered years.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().holiday_name(date(2025, 10, 1))
            'National Day'
            >>> ChineseWorkdays().holiday_name(date(2025, 10, 13)) is None
            True
            >>> ChineseWorkdays().holiday_name(date(2027, 10, 5))  # estimated
            'National Day'
        """
        day = as_date(day, "day")
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    @classmethod
    def from_toml_text(cls, text: str) -> ChineseWorkdays:
        """Build a calendar from TOML text listing whole years.

        Every ``[years.YYYY]`` table registers that year (see
        ``registered_years``), with optional ``holidays`` and ``workdays``
        arrays of ``"YYYY-MM-DD"`` strings (or TOML dates) inside that year.

        Args:
            text: The TOML document.

        Returns:
            The calendar.

        Raises:
            InvalidFormat: The TOML is malformed, a key is unknown, or a date
                is not ``YYYY-MM-DD``; ``field`` is the key path, e.g.
                ``"years.2040.holidays[1]"``.
            InvalidComponent: A date does not exist, lies outside its year's
                table, or is listed both as holiday and working day.

        Examples:
            >>> from datetime import date
            >>> calendar = ChineseWorkdays.from_toml_text('''
            ... [years.2040]
            ... holidays = ["2040-01-01", "2040-02-13"]
            ... workdays = ["2040-02-11"]
            ... ''')
            >>> calendar.is_workday(date(2040, 2, 13)), calendar.is_workday(date(2040, 2, 11))
            (False, True)
            >>> calendar.is_estimated(date(2040, 6, 1))
            False
        """
        holidays, workdays, years = registered_days(text)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def from_toml(cls, path: str | PathLike[str]) -> ChineseWorkdays:
        """Build a calendar from a UTF-8 TOML file; see
        [`from_toml_text`][autocrm.rules.calendar.ChineseWorkdays.from_toml_text].

        Args:
            path: The file to read.

        Returns:
            The calendar.

        Raises:
            OSError: The file cannot be read.
            InvalidFormat: See
                [`from_toml_text`][autocrm.rules.calendar.ChineseWorkdays.from_toml_text].
            InvalidComponent: See
                [`from_toml_text`][autocrm.rules.calendar.ChineseWorkdays.from_toml_text].

        Examples:
            >>> import pathlib, tempfile
            >>> with tempfile.TemporaryDirectory() as folder:
            ...     file = pathlib.Path(folder, "holidays.toml")
            ...     _ = file.write_text('[years.2040]\\nholidays = ["2040-01-02"]\\n')
            ...     ChineseWorkdays.from_toml(file).extra_holidays
            frozenset({datetime.date(2040, 1, 2)})
        """
        given: object = path
        if not isinstance(given, (str, PathLike)):
            msg = f"path: expected a file path, got {type(given).__name__}"
            raise InvalidFormat(msg, field="path", value=given)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            msg = f"path: {shown(path)} is not UTF-8 text ({exc.reason})"
            raise InvalidFormat(msg, field="path", value=path) from None
        except ValueError as exc:  # a NUL character in the path
            msg = f"path: {shown(path)} is no file path ({exc})"
            raise InvalidFormat(msg, field="path", value=path) from None
        return cls.from_toml_text(text)


def checked_calendar(calendar: object) -> WorkdayCalendar:
    """Return ``calendar`` if it answers ``is_workday`` and ``is_estimated``.

    Args:
        calendar: The calendar a rule was given.

    Returns:
        The calendar.

    Raises:
        InvalidFormat: ``calendar`` is not a
            [`WorkdayCalendar`][autocrm.rules.calendar.WorkdayCalendar], naming ``calendar``.

    Examples:
        >>> checked_calendar(WeekendCalendar())
        WeekendCalendar()
        >>> checked_calendar("weekends")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: calendar: expected a WorkdayCalendar, got str
    """
    return checked(calendar, WorkdayCalendar, "calendar")  # type: ignore[type-abstract]


#: The calendar every rule uses unless given another: ChineseWorkdays without extras.
DEFAULT_CALENDAR = ChineseWorkdays()
