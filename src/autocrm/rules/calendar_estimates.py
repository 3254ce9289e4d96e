"""Which days of a range rest on an estimated year (no published holiday arrangement).

[`ChineseWorkdays`][autocrm.rules.calendar.ChineseWorkdays] estimates a year the
``chinesecalendar`` package does not cover and the user has not registered; a window,
deadline or report period over such a year should say so, and which year to register.

Examples:
    >>> from datetime import date
    >>> estimated_years(date(2026, 12, 1), date(2027, 1, 31))
    (2027,)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from autocrm.domain.checks import check_collection
from autocrm.domain.time import as_date
from autocrm.errors import InvalidComponent
from autocrm.rules.calendar import DEFAULT_CALENDAR, WorkdayCalendar, checked_calendar

__all__ = ["any_estimated", "estimated_years"]

_ONE_DAY = timedelta(days=1)


def estimated_years(
    start: date, end: date, *, calendar: WorkdayCalendar = DEFAULT_CALENDAR
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
    calendar = checked_calendar(calendar)
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


def any_estimated(days: Iterable[date], *, calendar: WorkdayCalendar = DEFAULT_CALENDAR) -> bool:
    """Return whether the calendar's answer for any of ``days`` is an estimate.

    Use it to flag a schedule built over a year without official holiday data.

    Examples:
        >>> from datetime import date
        >>> any_estimated([date(2026, 12, 30), date(2040, 1, 4)])
        True
        >>> any_estimated([date(2026, 12, 30)])
        False
    """
    check_collection(days, "days")
    calendar = checked_calendar(calendar)
    return any(calendar.is_estimated(as_date(day, "day")) for day in days)
