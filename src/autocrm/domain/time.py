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

__all__ = ["CHINA_TZ", "as_date", "local_date", "require_aware"]

#: China Standard Time. China has observed no daylight saving since 1991.
CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")


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
