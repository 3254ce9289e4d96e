"""Counting in working days: the next working day, n working days on, days between.

Every due date in autocrm is counted this way on a
[`WorkdayCalendar`][autocrm.rules.calendar.WorkdayCalendar], by default
[`ChineseWorkdays`][autocrm.rules.calendar.ChineseWorkdays]: statutory holidays and 调休
working days as the State Council publishes them (see the "Working days" guide page).

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

from datetime import date, timedelta

from autocrm.domain.checks import expect
from autocrm.domain.time import as_date
from autocrm.errors import InvalidComponent, ValidationError, shown
from autocrm.rules.calendar import (
    DEFAULT_CALENDAR,
    WorkdayCalendar,
    _as_int,
    checked_calendar,
)

__all__ = ["add_workdays", "is_workday", "next_workday", "workdays_between"]

# A search for the next working day gives up after this many days: no real
# calendar has a year without working days, so hitting it means the calendar
# passed in is broken (for example every day registered as a holiday).
_SEARCH_LIMIT = 366

_ONE_DAY = timedelta(days=1)


def is_workday(day: date, *, calendar: WorkdayCalendar = DEFAULT_CALENDAR) -> bool:
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
        >>> from autocrm.rules.calendar import WeekendCalendar
        >>> is_workday(date(2024, 4, 28))  # Sunday worked for Labour Day
        True
        >>> is_workday(date(2024, 4, 28), calendar=WeekendCalendar()), is_workday(None)
        (False, False)
    """
    try:
        return bool(checked_calendar(calendar).is_workday(as_date(day, "day")))
    except ValidationError:
        return False


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
    calendar: WorkdayCalendar = DEFAULT_CALENDAR,
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
    calendar = checked_calendar(calendar)
    include_self = expect(include_self, bool, field="include_self")
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, 1, calendar)


#: The longest span the day-by-day counts walk: a century, so that a mistyped year or
#: count is refused instead of keeping the caller waiting.
_MAX_SPAN_DAYS = 36_525


def add_workdays(day: date, n: int, *, calendar: WorkdayCalendar = DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives [`next_workday`][autocrm.rules.workdays.next_workday] of ``day``. For
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
    calendar = checked_calendar(calendar)
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
    start: date, end: date, *, calendar: WorkdayCalendar = DEFAULT_CALENDAR
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
    calendar = checked_calendar(calendar)
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
