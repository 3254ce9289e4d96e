"""Working days: statutory holidays, adjusted working days (调休) and weekends.

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
file, see the "Working days" guide page).

Examples:
    >>> from datetime import date
    >>> next_workday(date(2025, 10, 1))  # National Day week
    datetime.date(2025, 10, 9)
    >>> add_workdays(date(2025, 9, 30), 1)
    datetime.date(2025, 10, 9)
    >>> next_workday(date(2027, 10, 1))  # estimated: 1-3 October and two made-up days
    datetime.date(2027, 10, 6)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from os import PathLike
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import attrs
import chinese_calendar

from autocrm import _toml
from autocrm.domain.time import as_date
from autocrm.errors import InvalidComponent, InvalidFormat, ValidationError, shown
from autocrm.rules._visits import check_iterable
from autocrm.rules.statutory_holidays import Festival, statutory_holidays

__all__ = [
    "ChineseWorkdays",
    "WeekendCalendar",
    "WorkdayCalendar",
    "add_workdays",
    "any_estimated",
    "estimated_years",
    "is_workday",
    "next_workday",
    "workdays_between",
]

# A search for the next working day gives up after this many days: no real
# calendar has a year without working days, so hitting it means the calendar
# passed in is broken (for example every day registered as a holiday).
_SEARCH_LIMIT = 366

_ONE_DAY = timedelta(days=1)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


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


def _to_dates(values: Iterable[date]) -> frozenset[date]:
    return frozenset(as_date(value, "extra dates") for value in values)


def _to_years(values: Iterable[int]) -> frozenset[int]:
    return frozenset(_as_int(value, "registered_years") for value in values)


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

    extra_holidays: frozenset[date] = attrs.field(factory=frozenset, converter=_to_dates)
    extra_workdays: frozenset[date] = attrs.field(factory=frozenset, converter=_to_dates)
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
        document = _parse_toml(text)
        holidays: set[date] = set()
        workdays: set[date] = set()
        years: set[int] = set()
        for key, value in document.items():
            if key != "years":
                msg = f"unknown key {shown(key)}; expected only [years.YYYY] tables"
                raise InvalidFormat(msg, field=key, value=value)
        year_tables = document.get("years", {})
        if not isinstance(year_tables, Mapping):
            msg = "'years' must be a table of [years.YYYY] tables"
            raise InvalidFormat(msg, field="years", value=year_tables)
        for year_key, table in year_tables.items():
            path = f"years.{year_key}"
            year = _parse_year(year_key, path)
            if not isinstance(table, Mapping):
                msg = f"{path} must be a table with 'holidays' and/or 'workdays'"
                raise InvalidFormat(msg, field=path, value=table)
            for key, value in table.items():
                if key not in ("holidays", "workdays"):
                    msg = f"{path}.{key}: unknown key; expected 'holidays' or 'workdays'"
                    raise InvalidFormat(msg, field=f"{path}.{key}", value=value)
            years.add(year)
            holidays |= _parse_days(table.get("holidays", []), year, f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
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
        return cls.from_toml_text(Path(path).read_text(encoding="utf-8"))


def _parse_toml(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def _parse_year(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def _parse_days(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def _parse_day(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
            raise InvalidFormat(msg, field=field, value=value)
        try:
            day = date.fromisoformat(value)
        except ValueError as exc:
            msg = f"{field}: {shown(value)} is not a calendar date ({exc})"
            raise InvalidComponent(msg, field=field, value=value) from exc
    else:
        day = value
    if day.year != year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


_DEFAULT_CALENDAR = ChineseWorkdays()


def is_workday(day: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether ``day`` is a working day.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to [`ChineseWorkdays`][autocrm.rules.calendar.ChineseWorkdays] without
            extras.

    Returns:
        Whether it is a working day; False for anything that is not a day (or with
        something that is not a calendar): a predicate never raises.

    Examples:
        >>> from datetime import date
        >>> is_workday(date(2024, 4, 28))  # Sunday worked for Labour Day
        True
        >>> is_workday(date(2024, 4, 28), calendar=WeekendCalendar()), is_workday(None)
        (False, False)
    """
    try:
        return bool(_checked_calendar(calendar).is_workday(as_date(day, "day")))
    except ValidationError:
        return False


def _checked_calendar(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(msg, field="calendar", value=calendar)
    return calendar


def _step(day: date, direction: int) -> date:
    try:
        return day + direction * _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(msg, field="day", value=day) from None


def _search(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction > 0 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def next_workday(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to [`ChineseWorkdays`][autocrm.rules.calendar.ChineseWorkdays] without
            extras.
        include_self: With ``False``, always return a day strictly after ``day``.

    Returns:
        The working day.

    Raises:
        ValidationError: The calendar has no working day within 366 days.

    Examples:
        >>> from datetime import date
        >>> next_workday(date(2025, 10, 1))
        datetime.date(2025, 10, 9)
        >>> next_workday(date(2025, 10, 9)), next_workday(date(2025, 10, 9), include_self=False)
        (datetime.date(2025, 10, 9), datetime.date(2025, 10, 10))
    """
    day = as_date(day, "day")
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, 1, calendar)


#: The longest span the day-by-day counts walk: a century, so that a mistyped year or
#: count is refused instead of keeping the caller waiting.
_MAX_SPAN_DAYS = 36_525


def add_workdays(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives [`next_workday`][autocrm.rules.calendar.next_workday] of ``day``. For
    ``n >= 1``, ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to [`ChineseWorkdays`][autocrm.rules.calendar.ChineseWorkdays] without
            extras.

    Returns:
        A working day.

    Raises:
        ValidationError: The calendar has no working day within 366 days.

    Examples:
        >>> from datetime import date
        >>> add_workdays(date(2025, 9, 30), 1)
        datetime.date(2025, 10, 9)
        >>> add_workdays(date(2025, 10, 9), -1)
        datetime.date(2025, 9, 30)
        >>> add_workdays(date(2025, 10, 4), 0)
        datetime.date(2025, 10, 9)
    """
    day = as_date(day, "day")
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def workdays_between(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> int:
    """Count the working days after ``start`` up to and including ``end``.

    The interval is half-open, ``(start, end]``, so consecutive intervals add
    up and ``workdays_between(d, add_workdays(d, n)) == n`` for ``n >= 1``.
    When ``end`` is before ``start`` the result is minus the count over
    ``(end, start]``; equal days give 0.

    Args:
        start: Excluded from the count.
        end: Included in the count.
        calendar: Defaults to [`ChineseWorkdays`][autocrm.rules.calendar.ChineseWorkdays] without
            extras.

    Returns:
        The signed number of working days.

    Examples:
        >>> from datetime import date
        >>> workdays_between(date(2025, 9, 30), date(2025, 10, 9))
        1
        >>> workdays_between(date(2025, 10, 9), date(2025, 9, 30))
        -1
        >>> workdays_between(date(2025, 10, 13), date(2025, 10, 17))  # Mon -> Fri
        4
    """
    start, end = as_date(start, "start"), as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def estimated_years(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to [`ChineseWorkdays`][autocrm.rules.calendar.ChineseWorkdays] without
            extras.

    Returns:
        The years, in order.

    Raises:
        InvalidFormat: ``start`` or ``end`` is not a date.
        InvalidComponent: ``end`` is before ``start``.

    Examples:
        >>> from datetime import date
        >>> estimated_years(date(2026, 12, 1), date(2027, 1, 31))
        (2027,)
        >>> estimated_years(date(2026, 1, 1), date(2026, 12, 31))
        ()
    """
    calendar = _checked_calendar(calendar)
    start, end = as_date(start, "start"), as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field="end", value=end)
    years: list[int] = []
    day = start
    while day <= end:
        if calendar.is_estimated(day):
            years.append(day.year)
            if day.year == date.max.year:
                break
            day = date(day.year + 1, 1, 1)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def any_estimated(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether the calendar's answer for any of ``days`` is an estimate.

    Use it to flag a schedule built over a year without official holiday data.

    Examples:
        >>> from datetime import date
        >>> any_estimated([date(2026, 12, 30), date(2040, 1, 4)])
        True
        >>> any_estimated([date(2026, 12, 30)])
        False
    """
    check_iterable(days, "days")
    calendar = _checked_calendar(calendar)
    return any(calendar.is_estimated(as_date(day, "day")) for day in days)
