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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_local_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_local_date__mutmut)
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


def x_local_date__mutmut_orig(moment: datetime) -> date:
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


def x_local_date__mutmut_1(moment: datetime) -> date:
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

    aware = None
    try:
        return aware.astimezone(CHINA_TZ).date()
    except OverflowError:
        msg = f"moment: {aware.isoformat()} cannot be expressed in China Standard Time"
        raise InvalidComponent(msg, field="moment", value=moment) from None


def x_local_date__mutmut_2(moment: datetime) -> date:
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

    aware = require_aware(None, "moment")
    try:
        return aware.astimezone(CHINA_TZ).date()
    except OverflowError:
        msg = f"moment: {aware.isoformat()} cannot be expressed in China Standard Time"
        raise InvalidComponent(msg, field="moment", value=moment) from None


def x_local_date__mutmut_3(moment: datetime) -> date:
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

    aware = require_aware(moment, None)
    try:
        return aware.astimezone(CHINA_TZ).date()
    except OverflowError:
        msg = f"moment: {aware.isoformat()} cannot be expressed in China Standard Time"
        raise InvalidComponent(msg, field="moment", value=moment) from None


def x_local_date__mutmut_4(moment: datetime) -> date:
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

    aware = require_aware("moment")
    try:
        return aware.astimezone(CHINA_TZ).date()
    except OverflowError:
        msg = f"moment: {aware.isoformat()} cannot be expressed in China Standard Time"
        raise InvalidComponent(msg, field="moment", value=moment) from None


def x_local_date__mutmut_5(moment: datetime) -> date:
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

    aware = require_aware(moment, )
    try:
        return aware.astimezone(CHINA_TZ).date()
    except OverflowError:
        msg = f"moment: {aware.isoformat()} cannot be expressed in China Standard Time"
        raise InvalidComponent(msg, field="moment", value=moment) from None


def x_local_date__mutmut_6(moment: datetime) -> date:
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

    aware = require_aware(moment, "XXmomentXX")
    try:
        return aware.astimezone(CHINA_TZ).date()
    except OverflowError:
        msg = f"moment: {aware.isoformat()} cannot be expressed in China Standard Time"
        raise InvalidComponent(msg, field="moment", value=moment) from None


def x_local_date__mutmut_7(moment: datetime) -> date:
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

    aware = require_aware(moment, "MOMENT")
    try:
        return aware.astimezone(CHINA_TZ).date()
    except OverflowError:
        msg = f"moment: {aware.isoformat()} cannot be expressed in China Standard Time"
        raise InvalidComponent(msg, field="moment", value=moment) from None


def x_local_date__mutmut_8(moment: datetime) -> date:
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
        return aware.astimezone(None).date()
    except OverflowError:
        msg = f"moment: {aware.isoformat()} cannot be expressed in China Standard Time"
        raise InvalidComponent(msg, field="moment", value=moment) from None


def x_local_date__mutmut_9(moment: datetime) -> date:
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
        msg = None
        raise InvalidComponent(msg, field="moment", value=moment) from None


def x_local_date__mutmut_10(moment: datetime) -> date:
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
        raise InvalidComponent(None, field="moment", value=moment) from None


def x_local_date__mutmut_11(moment: datetime) -> date:
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
        raise InvalidComponent(msg, field=None, value=moment) from None


def x_local_date__mutmut_12(moment: datetime) -> date:
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
        raise InvalidComponent(msg, field="moment", value=None) from None


def x_local_date__mutmut_13(moment: datetime) -> date:
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
        raise InvalidComponent(field="moment", value=moment) from None


def x_local_date__mutmut_14(moment: datetime) -> date:
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
        raise InvalidComponent(msg, value=moment) from None


def x_local_date__mutmut_15(moment: datetime) -> date:
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
        raise InvalidComponent(msg, field="moment", ) from None


def x_local_date__mutmut_16(moment: datetime) -> date:
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
        raise InvalidComponent(msg, field="XXmomentXX", value=moment) from None


def x_local_date__mutmut_17(moment: datetime) -> date:
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
        raise InvalidComponent(msg, field="MOMENT", value=moment) from None

mutants_x_local_date__mutmut['_mutmut_orig'] = x_local_date__mutmut_orig # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_1'] = x_local_date__mutmut_1 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_2'] = x_local_date__mutmut_2 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_3'] = x_local_date__mutmut_3 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_4'] = x_local_date__mutmut_4 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_5'] = x_local_date__mutmut_5 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_6'] = x_local_date__mutmut_6 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_7'] = x_local_date__mutmut_7 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_8'] = x_local_date__mutmut_8 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_9'] = x_local_date__mutmut_9 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_10'] = x_local_date__mutmut_10 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_11'] = x_local_date__mutmut_11 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_12'] = x_local_date__mutmut_12 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_13'] = x_local_date__mutmut_13 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_14'] = x_local_date__mutmut_14 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_15'] = x_local_date__mutmut_15 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_16'] = x_local_date__mutmut_16 # type: ignore # mutmut generated
mutants_x_local_date__mutmut['x_local_date__mutmut_17'] = x_local_date__mutmut_17 # type: ignore # mutmut generated
mutants_x_as_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_as_date__mutmut)
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


def x_as_date__mutmut_orig(value: object, field: str = "as_of") -> date:
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


def x_as_date__mutmut_1(value: object, field: str = "XXas_ofXX") -> date:
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


def x_as_date__mutmut_2(value: object, field: str = "AS_OF") -> date:
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


def x_as_date__mutmut_3(value: object, field: str = "as_of") -> date:
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
        if value.tzinfo is None and value.utcoffset() is None:
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


def x_as_date__mutmut_4(value: object, field: str = "as_of") -> date:
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
        if value.tzinfo is not None or value.utcoffset() is None:
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


def x_as_date__mutmut_5(value: object, field: str = "as_of") -> date:
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
        if value.tzinfo is None or value.utcoffset() is not None:
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


def x_as_date__mutmut_6(value: object, field: str = "as_of") -> date:
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

            msg = None
            raise InvalidFormat(msg, field=field, value=value)
        return local_date(value)
    if not isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_7(value: object, field: str = "as_of") -> date:
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
                "XXpass a date or an aware datetime (for shop time use autocrm.domain.CHINA_TZ)XX"
            )
            raise InvalidFormat(msg, field=field, value=value)
        return local_date(value)
    if not isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_8(value: object, field: str = "as_of") -> date:
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
                "pass a date or an aware datetime (for shop time use autocrm.domain.china_tz)"
            )
            raise InvalidFormat(msg, field=field, value=value)
        return local_date(value)
    if not isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_9(value: object, field: str = "as_of") -> date:
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
                "PASS A DATE OR AN AWARE DATETIME (FOR SHOP TIME USE AUTOCRM.DOMAIN.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=value)
        return local_date(value)
    if not isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_10(value: object, field: str = "as_of") -> date:
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
            raise InvalidFormat(None, field=field, value=value)
        return local_date(value)
    if not isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_11(value: object, field: str = "as_of") -> date:
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
            raise InvalidFormat(msg, field=None, value=value)
        return local_date(value)
    if not isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_12(value: object, field: str = "as_of") -> date:
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
            raise InvalidFormat(msg, field=field, value=None)
        return local_date(value)
    if not isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_13(value: object, field: str = "as_of") -> date:
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
            raise InvalidFormat(field=field, value=value)
        return local_date(value)
    if not isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_14(value: object, field: str = "as_of") -> date:
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
            raise InvalidFormat(msg, value=value)
        return local_date(value)
    if not isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_15(value: object, field: str = "as_of") -> date:
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
            raise InvalidFormat(msg, field=field, )
        return local_date(value)
    if not isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_16(value: object, field: str = "as_of") -> date:
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
        return local_date(None)
    if not isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_17(value: object, field: str = "as_of") -> date:
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
    if isinstance(value, date):
        from autocrm.errors import InvalidFormat

        msg = f"{field}: expected a date or an aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_18(value: object, field: str = "as_of") -> date:
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

        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_19(value: object, field: str = "as_of") -> date:
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

        msg = f"{field}: expected a date or an aware datetime, got {type(None).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_as_date__mutmut_20(value: object, field: str = "as_of") -> date:
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
        raise InvalidFormat(None, field=field, value=value)
    return value


def x_as_date__mutmut_21(value: object, field: str = "as_of") -> date:
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
        raise InvalidFormat(msg, field=None, value=value)
    return value


def x_as_date__mutmut_22(value: object, field: str = "as_of") -> date:
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
        raise InvalidFormat(msg, field=field, value=None)
    return value


def x_as_date__mutmut_23(value: object, field: str = "as_of") -> date:
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
        raise InvalidFormat(field=field, value=value)
    return value


def x_as_date__mutmut_24(value: object, field: str = "as_of") -> date:
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
        raise InvalidFormat(msg, value=value)
    return value


def x_as_date__mutmut_25(value: object, field: str = "as_of") -> date:
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
        raise InvalidFormat(msg, field=field, )
    return value

mutants_x_as_date__mutmut['_mutmut_orig'] = x_as_date__mutmut_orig # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_1'] = x_as_date__mutmut_1 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_2'] = x_as_date__mutmut_2 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_3'] = x_as_date__mutmut_3 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_4'] = x_as_date__mutmut_4 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_5'] = x_as_date__mutmut_5 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_6'] = x_as_date__mutmut_6 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_7'] = x_as_date__mutmut_7 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_8'] = x_as_date__mutmut_8 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_9'] = x_as_date__mutmut_9 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_10'] = x_as_date__mutmut_10 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_11'] = x_as_date__mutmut_11 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_12'] = x_as_date__mutmut_12 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_13'] = x_as_date__mutmut_13 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_14'] = x_as_date__mutmut_14 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_15'] = x_as_date__mutmut_15 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_16'] = x_as_date__mutmut_16 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_17'] = x_as_date__mutmut_17 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_18'] = x_as_date__mutmut_18 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_19'] = x_as_date__mutmut_19 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_20'] = x_as_date__mutmut_20 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_21'] = x_as_date__mutmut_21 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_22'] = x_as_date__mutmut_22 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_23'] = x_as_date__mutmut_23 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_24'] = x_as_date__mutmut_24 # type: ignore # mutmut generated
mutants_x_as_date__mutmut['x_as_date__mutmut_25'] = x_as_date__mutmut_25 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_aware__mutmut)
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


def x_require_aware__mutmut_orig(value: object, field: str) -> datetime:
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


def x_require_aware__mutmut_1(value: object, field: str) -> datetime:
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

    if isinstance(value, datetime):
        msg = f"{field}: expected a timezone-aware datetime, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    if value.tzinfo is None or value.utcoffset() is None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_2(value: object, field: str) -> datetime:
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
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    if value.tzinfo is None or value.utcoffset() is None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_3(value: object, field: str) -> datetime:
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
        msg = f"{field}: expected a timezone-aware datetime, got {type(None).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    if value.tzinfo is None or value.utcoffset() is None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_4(value: object, field: str) -> datetime:
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
        raise InvalidFormat(None, field=field, value=value)
    if value.tzinfo is None or value.utcoffset() is None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_5(value: object, field: str) -> datetime:
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
        raise InvalidFormat(msg, field=None, value=value)
    if value.tzinfo is None or value.utcoffset() is None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_6(value: object, field: str) -> datetime:
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
        raise InvalidFormat(msg, field=field, value=None)
    if value.tzinfo is None or value.utcoffset() is None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_7(value: object, field: str) -> datetime:
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
        raise InvalidFormat(field=field, value=value)
    if value.tzinfo is None or value.utcoffset() is None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_8(value: object, field: str) -> datetime:
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
        raise InvalidFormat(msg, value=value)
    if value.tzinfo is None or value.utcoffset() is None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_9(value: object, field: str) -> datetime:
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
        raise InvalidFormat(msg, field=field, )
    if value.tzinfo is None or value.utcoffset() is None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_10(value: object, field: str) -> datetime:
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
    if value.tzinfo is None and value.utcoffset() is None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_11(value: object, field: str) -> datetime:
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
    if value.tzinfo is not None or value.utcoffset() is None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_12(value: object, field: str) -> datetime:
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
    if value.tzinfo is None or value.utcoffset() is not None:
        msg = (
            f"{field}: datetime {value} has no time zone; "
            "pass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_13(value: object, field: str) -> datetime:
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
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_14(value: object, field: str) -> datetime:
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
            "XXpass an aware datetime (for shop time use autocrm.domain.CHINA_TZ)XX"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_15(value: object, field: str) -> datetime:
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
            "pass an aware datetime (for shop time use autocrm.domain.china_tz)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_16(value: object, field: str) -> datetime:
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
            "PASS AN AWARE DATETIME (FOR SHOP TIME USE AUTOCRM.DOMAIN.CHINA_TZ)"
        )
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_require_aware__mutmut_17(value: object, field: str) -> datetime:
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
        raise InvalidFormat(None, field=field, value=value)
    return value


def x_require_aware__mutmut_18(value: object, field: str) -> datetime:
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
        raise InvalidFormat(msg, field=None, value=value)
    return value


def x_require_aware__mutmut_19(value: object, field: str) -> datetime:
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
        raise InvalidFormat(msg, field=field, value=None)
    return value


def x_require_aware__mutmut_20(value: object, field: str) -> datetime:
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
        raise InvalidFormat(field=field, value=value)
    return value


def x_require_aware__mutmut_21(value: object, field: str) -> datetime:
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
        raise InvalidFormat(msg, value=value)
    return value


def x_require_aware__mutmut_22(value: object, field: str) -> datetime:
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
        raise InvalidFormat(msg, field=field, )
    return value

mutants_x_require_aware__mutmut['_mutmut_orig'] = x_require_aware__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_1'] = x_require_aware__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_2'] = x_require_aware__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_3'] = x_require_aware__mutmut_3 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_4'] = x_require_aware__mutmut_4 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_5'] = x_require_aware__mutmut_5 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_6'] = x_require_aware__mutmut_6 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_7'] = x_require_aware__mutmut_7 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_8'] = x_require_aware__mutmut_8 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_9'] = x_require_aware__mutmut_9 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_10'] = x_require_aware__mutmut_10 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_11'] = x_require_aware__mutmut_11 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_12'] = x_require_aware__mutmut_12 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_13'] = x_require_aware__mutmut_13 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_14'] = x_require_aware__mutmut_14 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_15'] = x_require_aware__mutmut_15 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_16'] = x_require_aware__mutmut_16 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_17'] = x_require_aware__mutmut_17 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_18'] = x_require_aware__mutmut_18 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_19'] = x_require_aware__mutmut_19 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_20'] = x_require_aware__mutmut_20 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_21'] = x_require_aware__mutmut_21 # type: ignore # mutmut generated
mutants_x_require_aware__mutmut['x_require_aware__mutmut_22'] = x_require_aware__mutmut_22 # type: ignore # mutmut generated
