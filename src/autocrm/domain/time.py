"""Time conventions: aware datetimes, China Standard Time for local dates.

Every ``datetime`` held by a domain object is timezone-aware. A shop works in
China Standard Time (UTC+8, no daylight saving), so the *local date* of an
instant, the one working-day rules count with, is taken in that zone whatever
zone the instant was written in.

Examples:
    >>> from datetime import datetime, timezone
    >>> local_date(datetime(2025, 9, 30, 17, 0, tzinfo=timezone.utc))
    datetime.date(2025, 10, 1)
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

__all__ = [
    "CALENDAR_DAYS",
    "CALENDAR_MONTHS",
    "CHINA_TZ",
    "as_date",
    "check_reach",
    "local_date",
    "require_aware",
]

#: China Standard Time. China has observed no daylight saving since 1991.
CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")
_CHINA_OFFSET = timedelta(hours=8)
#: Days from the first to the last date a ``date`` holds: no span of days is longer.
CALENDAR_DAYS = (date.max - date.min).days
#: Whole months from the first to the last date a ``date`` holds.
CALENDAR_MONTHS = (date.max.year - date.min.year) * 12 + date.max.month - date.min.month


def local_date(moment: datetime) -> date:
    """Return the calendar date of ``moment`` in China Standard Time.

    Raises:
        autocrm.errors.InvalidFormat: ``moment`` is not an aware datetime.
        autocrm.errors.InvalidComponent: ``moment`` lies at the edge of what Python can
            shift into China Standard Time (year 1 or 9999).

    Examples:
        >>> local_date(datetime(2026, 2, 16, 23, 30, tzinfo=CHINA_TZ))
        datetime.date(2026, 2, 16)
    """
    zone = moment.tzinfo if type(moment) is datetime else None
    if type(zone) is timezone and zone.utcoffset(None) == _CHINA_OFFSET:
        # Already at China Standard Time's offset (every time the shop records): its own
        # date, with no shift to work out. This is most of a batch rule's date work.
        return moment.date()
    from autocrm.errors import InvalidComponent

    aware = require_aware(moment, "moment")
    try:
        return aware.astimezone(CHINA_TZ).date()
    except OverflowError:
        msg = f"moment: {aware.isoformat()} cannot be expressed in China Standard Time"
        raise InvalidComponent(msg, field="moment", value=moment) from None


def as_date(value: object, field: str = "as_of") -> date:
    """Return ``value`` as a date: an aware datetime gives its local (CST) date.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is not a date, or is a naive datetime
            (its local date would be a guess); the error names ``field``.

    Examples:
        >>> as_date(datetime(2026, 1, 1, 1, 0, tzinfo=CHINA_TZ))
        datetime.date(2026, 1, 1)
        >>> as_date(date(2026, 1, 1))
        datetime.date(2026, 1, 1)
        >>> as_date("2026-01-01")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: as_of: expected a date or an aware datetime, got str
    """
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            from autocrm.errors import InvalidFormat

            msg = (
                f"{field}: datetime {value} has no time zone; "
                "pass a date or an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=value)
        return local_date(value)
    if not isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def require_aware(value: object, field: str) -> datetime:
    """Return ``value`` if it is an aware datetime, else raise naming ``field``.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is not a datetime or is naive.

    Examples:
        >>> require_aware(datetime(2026, 1, 1), "closed_at")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: closed_at: datetime 2026-01-01 00:00:00 has no time zone; ...
    """
    from autocrm.errors import InvalidFormat

    if not isinstance(value, datetime):
        msg = f"{field}: expected a timezone-aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    if value.tzinfo is None or value.utcoffset() is None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def _span(value: object, name: str, largest: int) -> int:
    from autocrm.errors import InvalidFormat, shown

    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= largest:
        msg = f"{name}: expected a whole number from 0 to {largest}, got {shown(value)}"
        raise InvalidFormat(msg, field=name, value=value)
    return value


def check_reach(
    day: object,
    *,
    days_back: int = 0,
    days_ahead: int = 0,
    months_back: int = 0,
    field: str = "as_of",
) -> date:
    """Return ``day`` as a date if the windows a rule opens around it stay in the calendar.

    A rule that looks ``days_back`` days (or ``months_back`` whole months, counted
    from the first of ``day``'s month) into the past and ``days_ahead`` days into the
    future of its day of question can only answer for a day far enough from the first
    and the last date a ``date`` holds (1 January of year 1, 31 December 9999). A
    policy passes its own spans, so the check refuses exactly the days its rules
    cannot count from.

    Args:
        day: The day of the question (a date or an aware datetime, see
            [`as_date`][autocrm.domain.time.as_date]).
        days_back: How many days before ``day`` the rule looks.
        days_ahead: How many days after ``day`` the rule looks.
        months_back: How many whole months before ``day``'s month the rule looks.
        field: The parameter's name, for the error.

    Returns:
        ``day`` as a date (an aware datetime gives its local date).

    Raises:
        autocrm.errors.InvalidFormat: ``day`` is not a date or an aware datetime, or a
            span is not a whole number from 0 to the calendar's length.
        autocrm.errors.InvalidComponent: a window around ``day`` leaves the calendar;
            the error names ``field``.

    Examples:
        >>> check_reach(date(2026, 3, 2), days_back=365, months_back=7)
        datetime.date(2026, 3, 2)
        >>> check_reach(date(1, 6, 1), days_back=365)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidComponent: as_of: 0001-06-01 is too close to the first date \
(0001-01-01) for a window of 365 days before it
    """
    from autocrm.errors import InvalidComponent, UnsupportedType

    given: object = field
    if not isinstance(given, str):
        msg = f"field: expected the parameter's name, got {type(given).__name__}"
        raise UnsupportedType(msg, field="field", value=field)
    value = as_date(day, field)
    back = _span(days_back, "days_back", CALENDAR_DAYS)
    ahead = _span(days_ahead, "days_ahead", CALENDAR_DAYS)
    months = _span(months_back, "months_back", CALENDAR_MONTHS)
    problem = None
    if (value - date.min).days < back:
        problem = f"too close to the first date ({date.min}) for a window of {back} days before it"
    elif (value.year - date.min.year) * 12 + value.month - date.min.month < months:
        problem = (
            f"too close to the first date ({date.min}) for a window of {months} whole "
            "months before its month"
        )
    elif (date.max - value).days < ahead:
        problem = f"too close to the last date ({date.max}) for a window of {ahead} days after it"
    if problem is not None:
        msg = f"{field}: {value} is {problem}"
        raise InvalidComponent(msg, field=field, value=day)
    return value
