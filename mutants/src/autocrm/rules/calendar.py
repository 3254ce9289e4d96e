"""Working days: statutory holidays, adjusted working days (调休) and weekends.

Every due date in autocrm (follow-up windows, complaint closing deadlines,
retries) is counted in *working days* of a :class:`WorkdayCalendar`. The default
calendar, :class:`ChineseWorkdays`, follows the State Council's annual holiday
notice as published in the ``chinesecalendar`` package for the years it covers
(2004–2026 in version 1.11). For a year it does not cover, it estimates from the
statutory holidays the national regulation fixes
(:func:`autocrm.rules.statutory_holidays.statutory_holidays`: lunar dates computed,
weekend days made up, but no 调休 swaps known) and reports the answer as
*estimated*, unless the user registered that year's arrangement (constructor
arguments or a TOML file, see the "Working days" guide page).

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
from autocrm.domain.time import local_date
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x__as_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_date__mutmut)
def _as_date(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_orig(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_1(day: object, field: str = "XXdayXX") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_2(day: object, field: str = "DAY") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_3(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None and day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_4(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is not None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_5(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is not None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_6(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = None
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_7(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "XX(for shop time use autocrm.domain.CHINA_TZ)XX"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_8(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.china_tz)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_9(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(FOR SHOP TIME USE AUTOCRM.DOMAIN.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_10(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(None, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_11(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=None, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_12(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=None)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_13(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_14(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_15(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, )
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_16(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(None)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_17(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = None
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_18(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(None).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_19(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(None)}"
    raise InvalidFormat(msg, field=field, value=day)


def x__as_date__mutmut_20(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(None, field=field, value=day)


def x__as_date__mutmut_21(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=None, value=day)


def x__as_date__mutmut_22(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, value=None)


def x__as_date__mutmut_23(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(field=field, value=day)


def x__as_date__mutmut_24(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, value=day)


def x__as_date__mutmut_25(day: object, field: str = "day") -> date:
    # datetime is a subclass of date; comparing or hashing a datetime against
    # dates would silently never match, so reduce it to its calendar day — the day
    # in China Standard Time, where the shop works (as autocrm.domain.time.as_date).
    if isinstance(day, datetime):
        if day.tzinfo is None or day.utcoffset() is None:
            msg = (
                f"datetime {day} has no time zone; pass a date or an aware datetime "
                "(for shop time use autocrm.domain.CHINA_TZ)"
            )
            raise InvalidFormat(msg, field=field, value=day)
        return local_date(day)
    if isinstance(day, date):
        return day
    msg = f"expected a date, got {type(day).__name__}: {shown(day)}"
    raise InvalidFormat(msg, field=field, )

mutants_x__as_date__mutmut['_mutmut_orig'] = x__as_date__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_1'] = x__as_date__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_2'] = x__as_date__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_3'] = x__as_date__mutmut_3 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_4'] = x__as_date__mutmut_4 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_5'] = x__as_date__mutmut_5 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_6'] = x__as_date__mutmut_6 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_7'] = x__as_date__mutmut_7 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_8'] = x__as_date__mutmut_8 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_9'] = x__as_date__mutmut_9 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_10'] = x__as_date__mutmut_10 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_11'] = x__as_date__mutmut_11 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_12'] = x__as_date__mutmut_12 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_13'] = x__as_date__mutmut_13 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_14'] = x__as_date__mutmut_14 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_15'] = x__as_date__mutmut_15 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_16'] = x__as_date__mutmut_16 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_17'] = x__as_date__mutmut_17 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_18'] = x__as_date__mutmut_18 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_19'] = x__as_date__mutmut_19 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_20'] = x__as_date__mutmut_20 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_21'] = x__as_date__mutmut_21 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_22'] = x__as_date__mutmut_22 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_23'] = x__as_date__mutmut_23 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_24'] = x__as_date__mutmut_24 # type: ignore # mutmut generated
mutants_x__as_date__mutmut['x__as_date__mutmut_25'] = x__as_date__mutmut_25 # type: ignore # mutmut generated
mutants_x__as_int__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_int__mutmut)
def _as_int(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an int, got {type(value).__name__}: {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__as_int__mutmut_orig(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an int, got {type(value).__name__}: {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__as_int__mutmut_1(value: object, field: str) -> int:
    if isinstance(value, bool) and not isinstance(value, int):
        msg = f"expected an int, got {type(value).__name__}: {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__as_int__mutmut_2(value: object, field: str) -> int:
    if isinstance(value, bool) or isinstance(value, int):
        msg = f"expected an int, got {type(value).__name__}: {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__as_int__mutmut_3(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__as_int__mutmut_4(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an int, got {type(None).__name__}: {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__as_int__mutmut_5(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an int, got {type(value).__name__}: {shown(None)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__as_int__mutmut_6(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an int, got {type(value).__name__}: {shown(value)}"
        raise InvalidFormat(None, field=field, value=value)
    return value


def x__as_int__mutmut_7(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an int, got {type(value).__name__}: {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value)
    return value


def x__as_int__mutmut_8(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an int, got {type(value).__name__}: {shown(value)}"
        raise InvalidFormat(msg, field=field, value=None)
    return value


def x__as_int__mutmut_9(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an int, got {type(value).__name__}: {shown(value)}"
        raise InvalidFormat(field=field, value=value)
    return value


def x__as_int__mutmut_10(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an int, got {type(value).__name__}: {shown(value)}"
        raise InvalidFormat(msg, value=value)
    return value


def x__as_int__mutmut_11(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an int, got {type(value).__name__}: {shown(value)}"
        raise InvalidFormat(msg, field=field, )
    return value

mutants_x__as_int__mutmut['_mutmut_orig'] = x__as_int__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_1'] = x__as_int__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_2'] = x__as_int__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_3'] = x__as_int__mutmut_3 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_4'] = x__as_int__mutmut_4 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_5'] = x__as_int__mutmut_5 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_6'] = x__as_int__mutmut_6 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_7'] = x__as_int__mutmut_7 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_8'] = x__as_int__mutmut_8 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_9'] = x__as_int__mutmut_9 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_10'] = x__as_int__mutmut_10 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_11'] = x__as_int__mutmut_11 # type: ignore # mutmut generated
mutants_x__is_weekday__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__is_weekday__mutmut)
def _is_weekday(day: date) -> bool:
    return day.weekday() < 5  # Monday=0 ... Friday=4


def x__is_weekday__mutmut_orig(day: date) -> bool:
    return day.weekday() < 5  # Monday=0 ... Friday=4


def x__is_weekday__mutmut_1(day: date) -> bool:
    return day.weekday() <= 5  # Monday=0 ... Friday=4


def x__is_weekday__mutmut_2(day: date) -> bool:
    return day.weekday() < 6  # Monday=0 ... Friday=4

mutants_x__is_weekday__mutmut['_mutmut_orig'] = x__is_weekday__mutmut_orig # type: ignore # mutmut generated
mutants_x__is_weekday__mutmut['x__is_weekday__mutmut_1'] = x__is_weekday__mutmut_1 # type: ignore # mutmut generated
mutants_x__is_weekday__mutmut['x__is_weekday__mutmut_2'] = x__is_weekday__mutmut_2 # type: ignore # mutmut generated


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
mutants_xǁWeekendCalendarǁis_workday__mutmut: MutantDict = {}  # type: ignore
mutants_xǁWeekendCalendarǁis_estimated__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁWeekendCalendarǁis_workday__mutmut)
    def is_workday(self, day: date) -> bool:
        """Return whether ``day`` falls on Monday to Friday.

        Examples:
            >>> from datetime import date
            >>> WeekendCalendar().is_workday(date(2025, 9, 28))  # a Sunday
            False
        """
        return _is_weekday(_as_date(day))

    def xǁWeekendCalendarǁis_workday__mutmut_orig(self, day: date) -> bool:
        """Return whether ``day`` falls on Monday to Friday.

        Examples:
            >>> from datetime import date
            >>> WeekendCalendar().is_workday(date(2025, 9, 28))  # a Sunday
            False
        """
        return _is_weekday(_as_date(day))

    def xǁWeekendCalendarǁis_workday__mutmut_1(self, day: date) -> bool:
        """Return whether ``day`` falls on Monday to Friday.

        Examples:
            >>> from datetime import date
            >>> WeekendCalendar().is_workday(date(2025, 9, 28))  # a Sunday
            False
        """
        return _is_weekday(None)

    def xǁWeekendCalendarǁis_workday__mutmut_2(self, day: date) -> bool:
        """Return whether ``day`` falls on Monday to Friday.

        Examples:
            >>> from datetime import date
            >>> WeekendCalendar().is_workday(date(2025, 9, 28))  # a Sunday
            False
        """
        return _is_weekday(_as_date(None))

    @_mutmut_mutated(mutants_xǁWeekendCalendarǁis_estimated__mutmut)
    def is_estimated(self, day: date) -> bool:
        """Return ``False``: a weekend calendar is exact by definition.

        Examples:
            >>> from datetime import date
            >>> WeekendCalendar().is_estimated(date(2025, 1, 1))
            False
        """
        _as_date(day)
        return False

    def xǁWeekendCalendarǁis_estimated__mutmut_orig(self, day: date) -> bool:
        """Return ``False``: a weekend calendar is exact by definition.

        Examples:
            >>> from datetime import date
            >>> WeekendCalendar().is_estimated(date(2025, 1, 1))
            False
        """
        _as_date(day)
        return False

    def xǁWeekendCalendarǁis_estimated__mutmut_1(self, day: date) -> bool:
        """Return ``False``: a weekend calendar is exact by definition.

        Examples:
            >>> from datetime import date
            >>> WeekendCalendar().is_estimated(date(2025, 1, 1))
            False
        """
        _as_date(None)
        return False

    def xǁWeekendCalendarǁis_estimated__mutmut_2(self, day: date) -> bool:
        """Return ``False``: a weekend calendar is exact by definition.

        Examples:
            >>> from datetime import date
            >>> WeekendCalendar().is_estimated(date(2025, 1, 1))
            False
        """
        _as_date(day)
        return True

mutants_xǁWeekendCalendarǁis_workday__mutmut['_mutmut_orig'] = WeekendCalendar.xǁWeekendCalendarǁis_workday__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWeekendCalendarǁis_workday__mutmut['xǁWeekendCalendarǁis_workday__mutmut_1'] = WeekendCalendar.xǁWeekendCalendarǁis_workday__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWeekendCalendarǁis_workday__mutmut['xǁWeekendCalendarǁis_workday__mutmut_2'] = WeekendCalendar.xǁWeekendCalendarǁis_workday__mutmut_2 # type: ignore # mutmut generated

mutants_xǁWeekendCalendarǁis_estimated__mutmut['_mutmut_orig'] = WeekendCalendar.xǁWeekendCalendarǁis_estimated__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWeekendCalendarǁis_estimated__mutmut['xǁWeekendCalendarǁis_estimated__mutmut_1'] = WeekendCalendar.xǁWeekendCalendarǁis_estimated__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWeekendCalendarǁis_estimated__mutmut['xǁWeekendCalendarǁis_estimated__mutmut_2'] = WeekendCalendar.xǁWeekendCalendarǁis_estimated__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_dates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_dates__mutmut)
def _to_dates(values: Iterable[date]) -> frozenset[date]:
    return frozenset(_as_date(value, "extra dates") for value in values)


def x__to_dates__mutmut_orig(values: Iterable[date]) -> frozenset[date]:
    return frozenset(_as_date(value, "extra dates") for value in values)


def x__to_dates__mutmut_1(values: Iterable[date]) -> frozenset[date]:
    return frozenset(None)


def x__to_dates__mutmut_2(values: Iterable[date]) -> frozenset[date]:
    return frozenset(_as_date(None, "extra dates") for value in values)


def x__to_dates__mutmut_3(values: Iterable[date]) -> frozenset[date]:
    return frozenset(_as_date(value, None) for value in values)


def x__to_dates__mutmut_4(values: Iterable[date]) -> frozenset[date]:
    return frozenset(_as_date("extra dates") for value in values)


def x__to_dates__mutmut_5(values: Iterable[date]) -> frozenset[date]:
    return frozenset(_as_date(value, ) for value in values)


def x__to_dates__mutmut_6(values: Iterable[date]) -> frozenset[date]:
    return frozenset(_as_date(value, "XXextra datesXX") for value in values)


def x__to_dates__mutmut_7(values: Iterable[date]) -> frozenset[date]:
    return frozenset(_as_date(value, "EXTRA DATES") for value in values)

mutants_x__to_dates__mutmut['_mutmut_orig'] = x__to_dates__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_dates__mutmut['x__to_dates__mutmut_1'] = x__to_dates__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_dates__mutmut['x__to_dates__mutmut_2'] = x__to_dates__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_dates__mutmut['x__to_dates__mutmut_3'] = x__to_dates__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_dates__mutmut['x__to_dates__mutmut_4'] = x__to_dates__mutmut_4 # type: ignore # mutmut generated
mutants_x__to_dates__mutmut['x__to_dates__mutmut_5'] = x__to_dates__mutmut_5 # type: ignore # mutmut generated
mutants_x__to_dates__mutmut['x__to_dates__mutmut_6'] = x__to_dates__mutmut_6 # type: ignore # mutmut generated
mutants_x__to_dates__mutmut['x__to_dates__mutmut_7'] = x__to_dates__mutmut_7 # type: ignore # mutmut generated
mutants_x__to_years__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_years__mutmut)
def _to_years(values: Iterable[int]) -> frozenset[int]:
    return frozenset(_as_int(value, "registered_years") for value in values)


def x__to_years__mutmut_orig(values: Iterable[int]) -> frozenset[int]:
    return frozenset(_as_int(value, "registered_years") for value in values)


def x__to_years__mutmut_1(values: Iterable[int]) -> frozenset[int]:
    return frozenset(None)


def x__to_years__mutmut_2(values: Iterable[int]) -> frozenset[int]:
    return frozenset(_as_int(None, "registered_years") for value in values)


def x__to_years__mutmut_3(values: Iterable[int]) -> frozenset[int]:
    return frozenset(_as_int(value, None) for value in values)


def x__to_years__mutmut_4(values: Iterable[int]) -> frozenset[int]:
    return frozenset(_as_int("registered_years") for value in values)


def x__to_years__mutmut_5(values: Iterable[int]) -> frozenset[int]:
    return frozenset(_as_int(value, ) for value in values)


def x__to_years__mutmut_6(values: Iterable[int]) -> frozenset[int]:
    return frozenset(_as_int(value, "XXregistered_yearsXX") for value in values)


def x__to_years__mutmut_7(values: Iterable[int]) -> frozenset[int]:
    return frozenset(_as_int(value, "REGISTERED_YEARS") for value in values)

mutants_x__to_years__mutmut['_mutmut_orig'] = x__to_years__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_years__mutmut['x__to_years__mutmut_1'] = x__to_years__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_years__mutmut['x__to_years__mutmut_2'] = x__to_years__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_years__mutmut['x__to_years__mutmut_3'] = x__to_years__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_years__mutmut['x__to_years__mutmut_4'] = x__to_years__mutmut_4 # type: ignore # mutmut generated
mutants_x__to_years__mutmut['x__to_years__mutmut_5'] = x__to_years__mutmut_5 # type: ignore # mutmut generated
mutants_x__to_years__mutmut['x__to_years__mutmut_6'] = x__to_years__mutmut_6 # type: ignore # mutmut generated
mutants_x__to_years__mutmut['x__to_years__mutmut_7'] = x__to_years__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁChineseWorkdaysǁcovers__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChineseWorkdaysǁis_workday__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChineseWorkdaysǁis_estimated__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChineseWorkdaysǁholiday_name__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChineseWorkdaysǁfrom_toml__mutmut: MutantDict = {}  # type: ignore


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
    4. Any other year: an estimate, and :meth:`is_estimated` is ``True``.
       Monday–Friday are working days except the statutory holidays of the
       regulation in force and the weekdays that make up for those falling on a
       weekend (:func:`~autocrm.rules.statutory_holidays.statutory_holidays`).
       The year's 调休 is not known: the bridge days it buys count as working
       days and no weekend day is worked. From 2025 on that is 13 weekdays off.

    A year's official arrangement is usually published in November of the year
    before; register it (:meth:`from_toml`) until a chinesecalendar release has it.

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

    @_mutmut_mutated(mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, field="extra_workdays", value=first)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_orig(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, field="extra_workdays", value=first)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_1(self) -> None:
        both = None
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, field="extra_workdays", value=first)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_2(self) -> None:
        both = self.extra_holidays | self.extra_workdays
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, field="extra_workdays", value=first)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_3(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = None
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, field="extra_workdays", value=first)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_4(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(None)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, field="extra_workdays", value=first)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_5(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(both)
            msg = None
            raise InvalidComponent(msg, field="extra_workdays", value=first)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_6(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(None, field="extra_workdays", value=first)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_7(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, field=None, value=first)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_8(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, field="extra_workdays", value=None)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_9(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(field="extra_workdays", value=first)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_10(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, value=first)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_11(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, field="extra_workdays", )

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_12(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, field="XXextra_workdaysXX", value=first)

    def xǁChineseWorkdaysǁ__attrs_post_init____mutmut_13(self) -> None:
        both = self.extra_holidays & self.extra_workdays
        if both:
            first = min(both)
            msg = f"{first.isoformat()} is listed both as a holiday and as a working day"
            raise InvalidComponent(msg, field="EXTRA_WORKDAYS", value=first)

    @_mutmut_mutated(mutants_xǁChineseWorkdaysǁcovers__mutmut)
    def covers(self, year: int) -> bool:
        """Return whether ``year`` is known exactly (official data or registered).

        Examples:
            >>> ChineseWorkdays().covers(2025), ChineseWorkdays().covers(2040)
            (True, False)
            >>> ChineseWorkdays(registered_years=[2040]).covers(2040)
            True
        """
        return year in self.registered_years or _official_data_covers(year)

    def xǁChineseWorkdaysǁcovers__mutmut_orig(self, year: int) -> bool:
        """Return whether ``year`` is known exactly (official data or registered).

        Examples:
            >>> ChineseWorkdays().covers(2025), ChineseWorkdays().covers(2040)
            (True, False)
            >>> ChineseWorkdays(registered_years=[2040]).covers(2040)
            True
        """
        return year in self.registered_years or _official_data_covers(year)

    def xǁChineseWorkdaysǁcovers__mutmut_1(self, year: int) -> bool:
        """Return whether ``year`` is known exactly (official data or registered).

        Examples:
            >>> ChineseWorkdays().covers(2025), ChineseWorkdays().covers(2040)
            (True, False)
            >>> ChineseWorkdays(registered_years=[2040]).covers(2040)
            True
        """
        return year in self.registered_years and _official_data_covers(year)

    def xǁChineseWorkdaysǁcovers__mutmut_2(self, year: int) -> bool:
        """Return whether ``year`` is known exactly (official data or registered).

        Examples:
            >>> ChineseWorkdays().covers(2025), ChineseWorkdays().covers(2040)
            (True, False)
            >>> ChineseWorkdays(registered_years=[2040]).covers(2040)
            True
        """
        return year not in self.registered_years or _official_data_covers(year)

    def xǁChineseWorkdaysǁcovers__mutmut_3(self, year: int) -> bool:
        """Return whether ``year`` is known exactly (official data or registered).

        Examples:
            >>> ChineseWorkdays().covers(2025), ChineseWorkdays().covers(2040)
            (True, False)
            >>> ChineseWorkdays(registered_years=[2040]).covers(2040)
            True
        """
        return year in self.registered_years or _official_data_covers(None)

    @_mutmut_mutated(mutants_xǁChineseWorkdaysǁis_workday__mutmut)
    def is_workday(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
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

    def xǁChineseWorkdaysǁis_workday__mutmut_orig(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
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

    def xǁChineseWorkdaysǁis_workday__mutmut_1(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = None
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

    def xǁChineseWorkdaysǁis_workday__mutmut_2(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(None)
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

    def xǁChineseWorkdaysǁis_workday__mutmut_3(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
        if day not in self.extra_holidays:
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

    def xǁChineseWorkdaysǁis_workday__mutmut_4(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
        if day in self.extra_holidays:
            return True
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

    def xǁChineseWorkdaysǁis_workday__mutmut_5(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
        if day in self.extra_holidays:
            return False
        if day not in self.extra_workdays:
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

    def xǁChineseWorkdaysǁis_workday__mutmut_6(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
        if day in self.extra_holidays:
            return False
        if day in self.extra_workdays:
            return False
        if day.year in self.registered_years:
            return _is_weekday(day)
        if _official_data_covers(day.year):
            # chinesecalendar.is_workday rescans its whole table on every call; its
            # published day lists answer the same question at once.
            if day in chinese_calendar.workdays:
                return True
            return _is_weekday(day) and day not in chinese_calendar.holidays
        return _is_weekday(day) and day not in _estimated_days_off(day.year)

    def xǁChineseWorkdaysǁis_workday__mutmut_7(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
        if day in self.extra_holidays:
            return False
        if day in self.extra_workdays:
            return True
        if day.year not in self.registered_years:
            return _is_weekday(day)
        if _official_data_covers(day.year):
            # chinesecalendar.is_workday rescans its whole table on every call; its
            # published day lists answer the same question at once.
            if day in chinese_calendar.workdays:
                return True
            return _is_weekday(day) and day not in chinese_calendar.holidays
        return _is_weekday(day) and day not in _estimated_days_off(day.year)

    def xǁChineseWorkdaysǁis_workday__mutmut_8(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
        if day in self.extra_holidays:
            return False
        if day in self.extra_workdays:
            return True
        if day.year in self.registered_years:
            return _is_weekday(None)
        if _official_data_covers(day.year):
            # chinesecalendar.is_workday rescans its whole table on every call; its
            # published day lists answer the same question at once.
            if day in chinese_calendar.workdays:
                return True
            return _is_weekday(day) and day not in chinese_calendar.holidays
        return _is_weekday(day) and day not in _estimated_days_off(day.year)

    def xǁChineseWorkdaysǁis_workday__mutmut_9(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
        if day in self.extra_holidays:
            return False
        if day in self.extra_workdays:
            return True
        if day.year in self.registered_years:
            return _is_weekday(day)
        if _official_data_covers(None):
            # chinesecalendar.is_workday rescans its whole table on every call; its
            # published day lists answer the same question at once.
            if day in chinese_calendar.workdays:
                return True
            return _is_weekday(day) and day not in chinese_calendar.holidays
        return _is_weekday(day) and day not in _estimated_days_off(day.year)

    def xǁChineseWorkdaysǁis_workday__mutmut_10(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
        if day in self.extra_holidays:
            return False
        if day in self.extra_workdays:
            return True
        if day.year in self.registered_years:
            return _is_weekday(day)
        if _official_data_covers(day.year):
            # chinesecalendar.is_workday rescans its whole table on every call; its
            # published day lists answer the same question at once.
            if day not in chinese_calendar.workdays:
                return True
            return _is_weekday(day) and day not in chinese_calendar.holidays
        return _is_weekday(day) and day not in _estimated_days_off(day.year)

    def xǁChineseWorkdaysǁis_workday__mutmut_11(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
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
                return False
            return _is_weekday(day) and day not in chinese_calendar.holidays
        return _is_weekday(day) and day not in _estimated_days_off(day.year)

    def xǁChineseWorkdaysǁis_workday__mutmut_12(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
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
            return _is_weekday(day) or day not in chinese_calendar.holidays
        return _is_weekday(day) and day not in _estimated_days_off(day.year)

    def xǁChineseWorkdaysǁis_workday__mutmut_13(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
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
            return _is_weekday(None) and day not in chinese_calendar.holidays
        return _is_weekday(day) and day not in _estimated_days_off(day.year)

    def xǁChineseWorkdaysǁis_workday__mutmut_14(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
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
            return _is_weekday(day) and day in chinese_calendar.holidays
        return _is_weekday(day) and day not in _estimated_days_off(day.year)

    def xǁChineseWorkdaysǁis_workday__mutmut_15(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
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
        return _is_weekday(day) or day not in _estimated_days_off(day.year)

    def xǁChineseWorkdaysǁis_workday__mutmut_16(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
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
        return _is_weekday(None) and day not in _estimated_days_off(day.year)

    def xǁChineseWorkdaysǁis_workday__mutmut_17(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
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
        return _is_weekday(day) and day in _estimated_days_off(day.year)

    def xǁChineseWorkdaysǁis_workday__mutmut_18(self, day: date) -> bool:
        """Return whether ``day`` is a working day.

        Examples:
            >>> from datetime import date
            >>> ChineseWorkdays().is_workday(date(2026, 2, 14))  # 调休 Saturday
            True
        """
        day = _as_date(day)
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
        return _is_weekday(day) and day not in _estimated_days_off(None)

    @_mutmut_mutated(mutants_xǁChineseWorkdaysǁis_estimated__mutmut)
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return False
        return not self.covers(day.year)

    def xǁChineseWorkdaysǁis_estimated__mutmut_orig(self, day: date) -> bool:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return False
        return not self.covers(day.year)

    def xǁChineseWorkdaysǁis_estimated__mutmut_1(self, day: date) -> bool:
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
        day = None
        if day in self.extra_holidays or day in self.extra_workdays:
            return False
        return not self.covers(day.year)

    def xǁChineseWorkdaysǁis_estimated__mutmut_2(self, day: date) -> bool:
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
        day = _as_date(None)
        if day in self.extra_holidays or day in self.extra_workdays:
            return False
        return not self.covers(day.year)

    def xǁChineseWorkdaysǁis_estimated__mutmut_3(self, day: date) -> bool:
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
        day = _as_date(day)
        if day in self.extra_holidays and day in self.extra_workdays:
            return False
        return not self.covers(day.year)

    def xǁChineseWorkdaysǁis_estimated__mutmut_4(self, day: date) -> bool:
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
        day = _as_date(day)
        if day not in self.extra_holidays or day in self.extra_workdays:
            return False
        return not self.covers(day.year)

    def xǁChineseWorkdaysǁis_estimated__mutmut_5(self, day: date) -> bool:
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
        day = _as_date(day)
        if day in self.extra_holidays or day not in self.extra_workdays:
            return False
        return not self.covers(day.year)

    def xǁChineseWorkdaysǁis_estimated__mutmut_6(self, day: date) -> bool:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return True
        return not self.covers(day.year)

    def xǁChineseWorkdaysǁis_estimated__mutmut_7(self, day: date) -> bool:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return False
        return self.covers(day.year)

    def xǁChineseWorkdaysǁis_estimated__mutmut_8(self, day: date) -> bool:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return False
        return not self.covers(None)

    @_mutmut_mutated(mutants_xǁChineseWorkdaysǁholiday_name__mutmut)
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_orig(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_1(self, day: date) -> str | None:
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
        day = None
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_2(self, day: date) -> str | None:
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
        day = _as_date(None)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_3(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays and day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_4(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day not in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_5(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day not in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_6(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year not in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_7(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_8(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(None):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_9(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = None
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_10(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(None)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_11(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(None).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_12(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if (festival is None) and False else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_13(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if (festival is None) or True else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_14(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is not None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_15(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = None
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_16(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(None)
        return None if name is None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_17(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if (name is None) and False else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_18(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if (name is None) or True else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_19(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is not None else str(name)

    def xǁChineseWorkdaysǁholiday_name__mutmut_20(self, day: date) -> str | None:
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
        day = _as_date(day)
        if day in self.extra_holidays or day in self.extra_workdays:
            return None
        if day.year in self.registered_years:
            return None
        if not _official_data_covers(day.year):
            festival = statutory_holidays(day.year).festival_on(day)
            return None if festival is None else _FESTIVAL_NAMES[festival]
        _, name = chinese_calendar.get_holiday_detail(day)
        return None if name is None else str(None)

    @classmethod
    @_mutmut_mutated(mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut, is_classmethod = True)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_orig(cls, text: str) -> ChineseWorkdays:
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_1(cls, text: str) -> ChineseWorkdays:
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
        document = None
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_2(cls, text: str) -> ChineseWorkdays:
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
        document = _parse_toml(None)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_3(cls, text: str) -> ChineseWorkdays:
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
        holidays: set[date] = None
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_4(cls, text: str) -> ChineseWorkdays:
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
        workdays: set[date] = None
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_5(cls, text: str) -> ChineseWorkdays:
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
        years: set[int] = None
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_6(cls, text: str) -> ChineseWorkdays:
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
            if key == "years":
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_7(cls, text: str) -> ChineseWorkdays:
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
            if key != "XXyearsXX":
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_8(cls, text: str) -> ChineseWorkdays:
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
            if key != "YEARS":
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_9(cls, text: str) -> ChineseWorkdays:
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
                msg = None
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_10(cls, text: str) -> ChineseWorkdays:
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
                msg = f"unknown key {shown(None)}; expected only [years.YYYY] tables"
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_11(cls, text: str) -> ChineseWorkdays:
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
                raise InvalidFormat(None, field=key, value=value)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_12(cls, text: str) -> ChineseWorkdays:
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
                raise InvalidFormat(msg, field=None, value=value)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_13(cls, text: str) -> ChineseWorkdays:
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
                raise InvalidFormat(msg, field=key, value=None)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_14(cls, text: str) -> ChineseWorkdays:
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
                raise InvalidFormat(field=key, value=value)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_15(cls, text: str) -> ChineseWorkdays:
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
                raise InvalidFormat(msg, value=value)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_16(cls, text: str) -> ChineseWorkdays:
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
                raise InvalidFormat(msg, field=key, )
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_17(cls, text: str) -> ChineseWorkdays:
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
        year_tables = None
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_18(cls, text: str) -> ChineseWorkdays:
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
        year_tables = document.get(None, {})
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_19(cls, text: str) -> ChineseWorkdays:
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
        year_tables = document.get("years", None)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_20(cls, text: str) -> ChineseWorkdays:
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
        year_tables = document.get({})
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_21(cls, text: str) -> ChineseWorkdays:
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
        year_tables = document.get("years", )
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_22(cls, text: str) -> ChineseWorkdays:
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
        year_tables = document.get("XXyearsXX", {})
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_23(cls, text: str) -> ChineseWorkdays:
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
        year_tables = document.get("YEARS", {})
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_24(cls, text: str) -> ChineseWorkdays:
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
        if isinstance(year_tables, Mapping):
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_25(cls, text: str) -> ChineseWorkdays:
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
            msg = None
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_26(cls, text: str) -> ChineseWorkdays:
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
            msg = "XX'years' must be a table of [years.YYYY] tablesXX"
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_27(cls, text: str) -> ChineseWorkdays:
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
            msg = "'years' must be a table of [years.yyyy] tables"
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_28(cls, text: str) -> ChineseWorkdays:
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
            msg = "'YEARS' MUST BE A TABLE OF [YEARS.YYYY] TABLES"
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_29(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidFormat(None, field="years", value=year_tables)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_30(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidFormat(msg, field=None, value=year_tables)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_31(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidFormat(msg, field="years", value=None)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_32(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidFormat(field="years", value=year_tables)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_33(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidFormat(msg, value=year_tables)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_34(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidFormat(msg, field="years", )
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_35(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidFormat(msg, field="XXyearsXX", value=year_tables)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_36(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidFormat(msg, field="YEARS", value=year_tables)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_37(cls, text: str) -> ChineseWorkdays:
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
            path = None
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_38(cls, text: str) -> ChineseWorkdays:
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
            year = None
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_39(cls, text: str) -> ChineseWorkdays:
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
            year = _parse_year(None, path)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_40(cls, text: str) -> ChineseWorkdays:
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
            year = _parse_year(year_key, None)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_41(cls, text: str) -> ChineseWorkdays:
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
            year = _parse_year(path)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_42(cls, text: str) -> ChineseWorkdays:
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
            year = _parse_year(year_key, )
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_43(cls, text: str) -> ChineseWorkdays:
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
            if isinstance(table, Mapping):
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_44(cls, text: str) -> ChineseWorkdays:
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
                msg = None
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_45(cls, text: str) -> ChineseWorkdays:
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
                raise InvalidFormat(None, field=path, value=table)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_46(cls, text: str) -> ChineseWorkdays:
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
                raise InvalidFormat(msg, field=None, value=table)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_47(cls, text: str) -> ChineseWorkdays:
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
                raise InvalidFormat(msg, field=path, value=None)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_48(cls, text: str) -> ChineseWorkdays:
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
                raise InvalidFormat(field=path, value=table)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_49(cls, text: str) -> ChineseWorkdays:
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
                raise InvalidFormat(msg, value=table)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_50(cls, text: str) -> ChineseWorkdays:
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
                raise InvalidFormat(msg, field=path, )
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_51(cls, text: str) -> ChineseWorkdays:
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
                if key in ("holidays", "workdays"):
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_52(cls, text: str) -> ChineseWorkdays:
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
                if key not in ("XXholidaysXX", "workdays"):
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_53(cls, text: str) -> ChineseWorkdays:
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
                if key not in ("HOLIDAYS", "workdays"):
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_54(cls, text: str) -> ChineseWorkdays:
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
                if key not in ("holidays", "XXworkdaysXX"):
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_55(cls, text: str) -> ChineseWorkdays:
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
                if key not in ("holidays", "WORKDAYS"):
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_56(cls, text: str) -> ChineseWorkdays:
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
                    msg = None
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_57(cls, text: str) -> ChineseWorkdays:
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
                    raise InvalidFormat(None, field=f"{path}.{key}", value=value)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_58(cls, text: str) -> ChineseWorkdays:
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
                    raise InvalidFormat(msg, field=None, value=value)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_59(cls, text: str) -> ChineseWorkdays:
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
                    raise InvalidFormat(msg, field=f"{path}.{key}", value=None)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_60(cls, text: str) -> ChineseWorkdays:
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
                    raise InvalidFormat(field=f"{path}.{key}", value=value)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_61(cls, text: str) -> ChineseWorkdays:
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
                    raise InvalidFormat(msg, value=value)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_62(cls, text: str) -> ChineseWorkdays:
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
                    raise InvalidFormat(msg, field=f"{path}.{key}", )
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_63(cls, text: str) -> ChineseWorkdays:
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
            years.add(None)
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
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_64(cls, text: str) -> ChineseWorkdays:
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
            holidays = _parse_days(table.get("holidays", []), year, f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_65(cls, text: str) -> ChineseWorkdays:
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
            holidays &= _parse_days(table.get("holidays", []), year, f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_66(cls, text: str) -> ChineseWorkdays:
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
            holidays |= _parse_days(None, year, f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_67(cls, text: str) -> ChineseWorkdays:
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
            holidays |= _parse_days(table.get("holidays", []), None, f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_68(cls, text: str) -> ChineseWorkdays:
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
            holidays |= _parse_days(table.get("holidays", []), year, None)
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_69(cls, text: str) -> ChineseWorkdays:
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
            holidays |= _parse_days(year, f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_70(cls, text: str) -> ChineseWorkdays:
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
            holidays |= _parse_days(table.get("holidays", []), f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_71(cls, text: str) -> ChineseWorkdays:
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
            holidays |= _parse_days(table.get("holidays", []), year, )
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_72(cls, text: str) -> ChineseWorkdays:
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
            holidays |= _parse_days(table.get(None, []), year, f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_73(cls, text: str) -> ChineseWorkdays:
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
            holidays |= _parse_days(table.get("holidays", None), year, f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_74(cls, text: str) -> ChineseWorkdays:
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
            holidays |= _parse_days(table.get([]), year, f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_75(cls, text: str) -> ChineseWorkdays:
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
            holidays |= _parse_days(table.get("holidays", ), year, f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_76(cls, text: str) -> ChineseWorkdays:
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
            holidays |= _parse_days(table.get("XXholidaysXX", []), year, f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_77(cls, text: str) -> ChineseWorkdays:
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
            holidays |= _parse_days(table.get("HOLIDAYS", []), year, f"{path}.holidays")
            workdays |= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_78(cls, text: str) -> ChineseWorkdays:
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
            workdays = _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_79(cls, text: str) -> ChineseWorkdays:
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
            workdays &= _parse_days(table.get("workdays", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_80(cls, text: str) -> ChineseWorkdays:
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
            workdays |= _parse_days(None, year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_81(cls, text: str) -> ChineseWorkdays:
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
            workdays |= _parse_days(table.get("workdays", []), None, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_82(cls, text: str) -> ChineseWorkdays:
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
            workdays |= _parse_days(table.get("workdays", []), year, None)
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_83(cls, text: str) -> ChineseWorkdays:
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
            workdays |= _parse_days(year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_84(cls, text: str) -> ChineseWorkdays:
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
            workdays |= _parse_days(table.get("workdays", []), f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_85(cls, text: str) -> ChineseWorkdays:
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
            workdays |= _parse_days(table.get("workdays", []), year, )
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_86(cls, text: str) -> ChineseWorkdays:
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
            workdays |= _parse_days(table.get(None, []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_87(cls, text: str) -> ChineseWorkdays:
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
            workdays |= _parse_days(table.get("workdays", None), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_88(cls, text: str) -> ChineseWorkdays:
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
            workdays |= _parse_days(table.get([]), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_89(cls, text: str) -> ChineseWorkdays:
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
            workdays |= _parse_days(table.get("workdays", ), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_90(cls, text: str) -> ChineseWorkdays:
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
            workdays |= _parse_days(table.get("XXworkdaysXX", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_91(cls, text: str) -> ChineseWorkdays:
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
            workdays |= _parse_days(table.get("WORKDAYS", []), year, f"{path}.workdays")
        both = holidays & workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_92(cls, text: str) -> ChineseWorkdays:
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
        both = None
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_93(cls, text: str) -> ChineseWorkdays:
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
        both = holidays | workdays
        if both:
            first = min(both)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_94(cls, text: str) -> ChineseWorkdays:
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
            first = None
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_95(cls, text: str) -> ChineseWorkdays:
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
            first = min(None)
            field = f"years.{first.year}.workdays"
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_96(cls, text: str) -> ChineseWorkdays:
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
            field = None
            msg = f"{field}: {first.isoformat()} is also listed as a holiday"
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_97(cls, text: str) -> ChineseWorkdays:
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
            msg = None
            raise InvalidComponent(msg, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_98(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidComponent(None, field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_99(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidComponent(msg, field=None, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_100(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidComponent(msg, field=field, value=None)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_101(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidComponent(field=field, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_102(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidComponent(msg, value=first)
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_103(cls, text: str) -> ChineseWorkdays:
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
            raise InvalidComponent(msg, field=field, )
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_104(cls, text: str) -> ChineseWorkdays:
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
        return cls(extra_holidays=None, extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_105(cls, text: str) -> ChineseWorkdays:
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
        return cls(extra_holidays=holidays, extra_workdays=None, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_106(cls, text: str) -> ChineseWorkdays:
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
        return cls(extra_holidays=holidays, extra_workdays=workdays, registered_years=None)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_107(cls, text: str) -> ChineseWorkdays:
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
        return cls(extra_workdays=workdays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_108(cls, text: str) -> ChineseWorkdays:
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
        return cls(extra_holidays=holidays, registered_years=years)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml_text__mutmut_109(cls, text: str) -> ChineseWorkdays:
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
        return cls(extra_holidays=holidays, extra_workdays=workdays, )

    @classmethod
    @_mutmut_mutated(mutants_xǁChineseWorkdaysǁfrom_toml__mutmut, is_classmethod = True)
    def from_toml(cls, path: str | PathLike[str]) -> ChineseWorkdays:
        """Build a calendar from a UTF-8 TOML file; see :meth:`from_toml_text`.

        Args:
            path: The file to read.

        Returns:
            The calendar.

        Raises:
            OSError: The file cannot be read.
            InvalidFormat: See :meth:`from_toml_text`.
            InvalidComponent: See :meth:`from_toml_text`.

        Examples:
            >>> import pathlib, tempfile
            >>> with tempfile.TemporaryDirectory() as folder:
            ...     file = pathlib.Path(folder, "holidays.toml")
            ...     _ = file.write_text('[years.2040]\\nholidays = ["2040-01-02"]\\n')
            ...     ChineseWorkdays.from_toml(file).extra_holidays
            frozenset({datetime.date(2040, 1, 2)})
        """
        return cls.from_toml_text(Path(path).read_text(encoding="utf-8"))

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml__mutmut_orig(cls, path: str | PathLike[str]) -> ChineseWorkdays:
        """Build a calendar from a UTF-8 TOML file; see :meth:`from_toml_text`.

        Args:
            path: The file to read.

        Returns:
            The calendar.

        Raises:
            OSError: The file cannot be read.
            InvalidFormat: See :meth:`from_toml_text`.
            InvalidComponent: See :meth:`from_toml_text`.

        Examples:
            >>> import pathlib, tempfile
            >>> with tempfile.TemporaryDirectory() as folder:
            ...     file = pathlib.Path(folder, "holidays.toml")
            ...     _ = file.write_text('[years.2040]\\nholidays = ["2040-01-02"]\\n')
            ...     ChineseWorkdays.from_toml(file).extra_holidays
            frozenset({datetime.date(2040, 1, 2)})
        """
        return cls.from_toml_text(Path(path).read_text(encoding="utf-8"))

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml__mutmut_1(cls, path: str | PathLike[str]) -> ChineseWorkdays:
        """Build a calendar from a UTF-8 TOML file; see :meth:`from_toml_text`.

        Args:
            path: The file to read.

        Returns:
            The calendar.

        Raises:
            OSError: The file cannot be read.
            InvalidFormat: See :meth:`from_toml_text`.
            InvalidComponent: See :meth:`from_toml_text`.

        Examples:
            >>> import pathlib, tempfile
            >>> with tempfile.TemporaryDirectory() as folder:
            ...     file = pathlib.Path(folder, "holidays.toml")
            ...     _ = file.write_text('[years.2040]\\nholidays = ["2040-01-02"]\\n')
            ...     ChineseWorkdays.from_toml(file).extra_holidays
            frozenset({datetime.date(2040, 1, 2)})
        """
        return cls.from_toml_text(None)

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml__mutmut_2(cls, path: str | PathLike[str]) -> ChineseWorkdays:
        """Build a calendar from a UTF-8 TOML file; see :meth:`from_toml_text`.

        Args:
            path: The file to read.

        Returns:
            The calendar.

        Raises:
            OSError: The file cannot be read.
            InvalidFormat: See :meth:`from_toml_text`.
            InvalidComponent: See :meth:`from_toml_text`.

        Examples:
            >>> import pathlib, tempfile
            >>> with tempfile.TemporaryDirectory() as folder:
            ...     file = pathlib.Path(folder, "holidays.toml")
            ...     _ = file.write_text('[years.2040]\\nholidays = ["2040-01-02"]\\n')
            ...     ChineseWorkdays.from_toml(file).extra_holidays
            frozenset({datetime.date(2040, 1, 2)})
        """
        return cls.from_toml_text(Path(path).read_text(encoding=None))

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml__mutmut_3(cls, path: str | PathLike[str]) -> ChineseWorkdays:
        """Build a calendar from a UTF-8 TOML file; see :meth:`from_toml_text`.

        Args:
            path: The file to read.

        Returns:
            The calendar.

        Raises:
            OSError: The file cannot be read.
            InvalidFormat: See :meth:`from_toml_text`.
            InvalidComponent: See :meth:`from_toml_text`.

        Examples:
            >>> import pathlib, tempfile
            >>> with tempfile.TemporaryDirectory() as folder:
            ...     file = pathlib.Path(folder, "holidays.toml")
            ...     _ = file.write_text('[years.2040]\\nholidays = ["2040-01-02"]\\n')
            ...     ChineseWorkdays.from_toml(file).extra_holidays
            frozenset({datetime.date(2040, 1, 2)})
        """
        return cls.from_toml_text(Path(None).read_text(encoding="utf-8"))

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml__mutmut_4(cls, path: str | PathLike[str]) -> ChineseWorkdays:
        """Build a calendar from a UTF-8 TOML file; see :meth:`from_toml_text`.

        Args:
            path: The file to read.

        Returns:
            The calendar.

        Raises:
            OSError: The file cannot be read.
            InvalidFormat: See :meth:`from_toml_text`.
            InvalidComponent: See :meth:`from_toml_text`.

        Examples:
            >>> import pathlib, tempfile
            >>> with tempfile.TemporaryDirectory() as folder:
            ...     file = pathlib.Path(folder, "holidays.toml")
            ...     _ = file.write_text('[years.2040]\\nholidays = ["2040-01-02"]\\n')
            ...     ChineseWorkdays.from_toml(file).extra_holidays
            frozenset({datetime.date(2040, 1, 2)})
        """
        return cls.from_toml_text(Path(path).read_text(encoding="XXutf-8XX"))

    @classmethod
    def xǁChineseWorkdaysǁfrom_toml__mutmut_5(cls, path: str | PathLike[str]) -> ChineseWorkdays:
        """Build a calendar from a UTF-8 TOML file; see :meth:`from_toml_text`.

        Args:
            path: The file to read.

        Returns:
            The calendar.

        Raises:
            OSError: The file cannot be read.
            InvalidFormat: See :meth:`from_toml_text`.
            InvalidComponent: See :meth:`from_toml_text`.

        Examples:
            >>> import pathlib, tempfile
            >>> with tempfile.TemporaryDirectory() as folder:
            ...     file = pathlib.Path(folder, "holidays.toml")
            ...     _ = file.write_text('[years.2040]\\nholidays = ["2040-01-02"]\\n')
            ...     ChineseWorkdays.from_toml(file).extra_holidays
            frozenset({datetime.date(2040, 1, 2)})
        """
        return cls.from_toml_text(Path(path).read_text(encoding="UTF-8"))

mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['_mutmut_orig'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_1'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_2'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_3'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_4'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_5'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_6'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_7'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_8'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_9'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_10'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_11'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_12'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁ__attrs_post_init____mutmut['xǁChineseWorkdaysǁ__attrs_post_init____mutmut_13'] = ChineseWorkdays.xǁChineseWorkdaysǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated

mutants_xǁChineseWorkdaysǁcovers__mutmut['_mutmut_orig'] = ChineseWorkdays.xǁChineseWorkdaysǁcovers__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁcovers__mutmut['xǁChineseWorkdaysǁcovers__mutmut_1'] = ChineseWorkdays.xǁChineseWorkdaysǁcovers__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁcovers__mutmut['xǁChineseWorkdaysǁcovers__mutmut_2'] = ChineseWorkdays.xǁChineseWorkdaysǁcovers__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁcovers__mutmut['xǁChineseWorkdaysǁcovers__mutmut_3'] = ChineseWorkdays.xǁChineseWorkdaysǁcovers__mutmut_3 # type: ignore # mutmut generated

mutants_xǁChineseWorkdaysǁis_workday__mutmut['_mutmut_orig'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_1'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_2'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_3'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_4'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_5'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_6'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_7'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_8'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_9'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_10'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_11'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_12'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_13'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_14'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_15'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_16'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_17'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_workday__mutmut['xǁChineseWorkdaysǁis_workday__mutmut_18'] = ChineseWorkdays.xǁChineseWorkdaysǁis_workday__mutmut_18 # type: ignore # mutmut generated

mutants_xǁChineseWorkdaysǁis_estimated__mutmut['_mutmut_orig'] = ChineseWorkdays.xǁChineseWorkdaysǁis_estimated__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_estimated__mutmut['xǁChineseWorkdaysǁis_estimated__mutmut_1'] = ChineseWorkdays.xǁChineseWorkdaysǁis_estimated__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_estimated__mutmut['xǁChineseWorkdaysǁis_estimated__mutmut_2'] = ChineseWorkdays.xǁChineseWorkdaysǁis_estimated__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_estimated__mutmut['xǁChineseWorkdaysǁis_estimated__mutmut_3'] = ChineseWorkdays.xǁChineseWorkdaysǁis_estimated__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_estimated__mutmut['xǁChineseWorkdaysǁis_estimated__mutmut_4'] = ChineseWorkdays.xǁChineseWorkdaysǁis_estimated__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_estimated__mutmut['xǁChineseWorkdaysǁis_estimated__mutmut_5'] = ChineseWorkdays.xǁChineseWorkdaysǁis_estimated__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_estimated__mutmut['xǁChineseWorkdaysǁis_estimated__mutmut_6'] = ChineseWorkdays.xǁChineseWorkdaysǁis_estimated__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_estimated__mutmut['xǁChineseWorkdaysǁis_estimated__mutmut_7'] = ChineseWorkdays.xǁChineseWorkdaysǁis_estimated__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁis_estimated__mutmut['xǁChineseWorkdaysǁis_estimated__mutmut_8'] = ChineseWorkdays.xǁChineseWorkdaysǁis_estimated__mutmut_8 # type: ignore # mutmut generated

mutants_xǁChineseWorkdaysǁholiday_name__mutmut['_mutmut_orig'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_1'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_2'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_3'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_4'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_5'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_6'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_7'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_8'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_9'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_10'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_11'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_12'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_13'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_14'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_15'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_16'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_17'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_18'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_19'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁholiday_name__mutmut['xǁChineseWorkdaysǁholiday_name__mutmut_20'] = ChineseWorkdays.xǁChineseWorkdaysǁholiday_name__mutmut_20 # type: ignore # mutmut generated

mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['_mutmut_orig'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_1'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_2'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_3'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_4'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_5'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_6'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_7'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_8'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_9'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_10'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_11'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_12'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_13'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_14'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_15'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_16'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_17'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_18'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_19'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_20'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_21'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_22'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_23'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_24'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_25'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_26'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_27'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_27 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_28'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_28 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_29'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_29 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_30'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_30 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_31'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_31 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_32'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_32 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_33'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_33 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_34'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_34 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_35'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_35 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_36'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_36 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_37'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_37 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_38'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_38 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_39'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_39 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_40'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_40 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_41'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_41 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_42'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_42 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_43'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_43 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_44'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_44 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_45'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_45 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_46'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_46 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_47'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_47 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_48'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_48 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_49'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_49 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_50'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_50 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_51'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_51 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_52'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_52 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_53'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_53 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_54'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_54 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_55'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_55 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_56'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_56 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_57'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_57 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_58'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_58 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_59'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_59 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_60'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_60 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_61'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_61 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_62'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_62 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_63'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_63 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_64'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_64 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_65'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_65 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_66'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_66 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_67'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_67 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_68'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_68 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_69'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_69 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_70'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_70 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_71'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_71 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_72'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_72 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_73'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_73 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_74'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_74 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_75'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_75 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_76'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_76 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_77'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_77 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_78'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_78 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_79'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_79 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_80'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_80 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_81'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_81 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_82'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_82 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_83'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_83 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_84'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_84 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_85'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_85 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_86'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_86 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_87'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_87 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_88'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_88 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_89'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_89 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_90'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_90 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_91'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_91 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_92'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_92 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_93'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_93 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_94'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_94 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_95'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_95 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_96'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_96 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_97'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_97 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_98'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_98 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_99'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_99 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_100'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_100 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_101'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_101 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_102'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_102 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_103'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_103 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_104'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_104 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_105'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_105 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_106'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_106 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_107'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_107 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_108'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_108 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml_text__mutmut['xǁChineseWorkdaysǁfrom_toml_text__mutmut_109'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml_text__mutmut_109 # type: ignore # mutmut generated

mutants_xǁChineseWorkdaysǁfrom_toml__mutmut['_mutmut_orig'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml__mutmut['xǁChineseWorkdaysǁfrom_toml__mutmut_1'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml__mutmut['xǁChineseWorkdaysǁfrom_toml__mutmut_2'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml__mutmut['xǁChineseWorkdaysǁfrom_toml__mutmut_3'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml__mutmut['xǁChineseWorkdaysǁfrom_toml__mutmut_4'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChineseWorkdaysǁfrom_toml__mutmut['xǁChineseWorkdaysǁfrom_toml__mutmut_5'] = ChineseWorkdays.xǁChineseWorkdaysǁfrom_toml__mutmut_5 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parse_toml__mutmut)
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


def x__parse_toml__mutmut_orig(text: str) -> dict[str, Any]:
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


def x__parse_toml__mutmut_1(text: str) -> dict[str, Any]:
    if isinstance(text, str):
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


def x__parse_toml__mutmut_2(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = None  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_3(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(None).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_4(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(None, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_5(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field=None, value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_6(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=None)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_7(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_8(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_9(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", )
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_10(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="XXtextXX", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_11(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="TEXT", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_12(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(None)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_13(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = None
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_14(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(None, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_15(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=None) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_16(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_17(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_18(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, ) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_19(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = None
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_20(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "XXnot valid TOML: nested too deeplyXX"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_21(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "not valid toml: nested too deeply"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_22(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"not valid TOML: {exc}"
        raise InvalidFormat(msg, field=None, value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "NOT VALID TOML: NESTED TOO DEEPLY"
        raise InvalidFormat(msg, field=None, value=text) from None


def x__parse_toml__mutmut_23(text: str) -> dict[str, Any]:
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
        raise InvalidFormat(None, field=None, value=text) from None


def x__parse_toml__mutmut_24(text: str) -> dict[str, Any]:
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
        raise InvalidFormat(msg, field=None, value=None) from None


def x__parse_toml__mutmut_25(text: str) -> dict[str, Any]:
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
        raise InvalidFormat(field=None, value=text) from None


def x__parse_toml__mutmut_26(text: str) -> dict[str, Any]:
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
        raise InvalidFormat(msg, value=text) from None


def x__parse_toml__mutmut_27(text: str) -> dict[str, Any]:
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
        raise InvalidFormat(msg, field=None, ) from None

mutants_x__parse_toml__mutmut['_mutmut_orig'] = x__parse_toml__mutmut_orig # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_1'] = x__parse_toml__mutmut_1 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_2'] = x__parse_toml__mutmut_2 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_3'] = x__parse_toml__mutmut_3 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_4'] = x__parse_toml__mutmut_4 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_5'] = x__parse_toml__mutmut_5 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_6'] = x__parse_toml__mutmut_6 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_7'] = x__parse_toml__mutmut_7 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_8'] = x__parse_toml__mutmut_8 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_9'] = x__parse_toml__mutmut_9 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_10'] = x__parse_toml__mutmut_10 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_11'] = x__parse_toml__mutmut_11 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_12'] = x__parse_toml__mutmut_12 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_13'] = x__parse_toml__mutmut_13 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_14'] = x__parse_toml__mutmut_14 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_15'] = x__parse_toml__mutmut_15 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_16'] = x__parse_toml__mutmut_16 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_17'] = x__parse_toml__mutmut_17 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_18'] = x__parse_toml__mutmut_18 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_19'] = x__parse_toml__mutmut_19 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_20'] = x__parse_toml__mutmut_20 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_21'] = x__parse_toml__mutmut_21 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_22'] = x__parse_toml__mutmut_22 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_23'] = x__parse_toml__mutmut_23 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_24'] = x__parse_toml__mutmut_24 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_25'] = x__parse_toml__mutmut_25 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_26'] = x__parse_toml__mutmut_26 # type: ignore # mutmut generated
mutants_x__parse_toml__mutmut['x__parse_toml__mutmut_27'] = x__parse_toml__mutmut_27 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parse_year__mutmut)
def _parse_year(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_orig(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_1(key: str, path: str) -> int:
    if re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_2(key: str, path: str) -> int:
    if not re.fullmatch(None, key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_3(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", None):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_4(key: str, path: str) -> int:
    if not re.fullmatch(key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_5(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", ):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_6(key: str, path: str) -> int:
    if not re.fullmatch(r"XX\d{4}XX", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_7(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = None
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_8(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(None, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_9(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=None, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_10(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=None)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_11(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_12(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_13(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, )
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_14(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = None
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_15(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(None)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_16(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year <= date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_17(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = None
        raise InvalidComponent(msg, field=path, value=key)
    return year


def x__parse_year__mutmut_18(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(None, field=path, value=key)
    return year


def x__parse_year__mutmut_19(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=None, value=key)
    return year


def x__parse_year__mutmut_20(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, value=None)
    return year


def x__parse_year__mutmut_21(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(field=path, value=key)
    return year


def x__parse_year__mutmut_22(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, value=key)
    return year


def x__parse_year__mutmut_23(key: str, path: str) -> int:
    if not re.fullmatch(r"\d{4}", key):
        msg = f"{path}: the table name must be a four-digit year"
        raise InvalidFormat(msg, field=path, value=key)
    year = int(key)
    if year < date.min.year:
        msg = f"{path}: year {year} is out of range"
        raise InvalidComponent(msg, field=path, )
    return year

mutants_x__parse_year__mutmut['_mutmut_orig'] = x__parse_year__mutmut_orig # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_1'] = x__parse_year__mutmut_1 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_2'] = x__parse_year__mutmut_2 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_3'] = x__parse_year__mutmut_3 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_4'] = x__parse_year__mutmut_4 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_5'] = x__parse_year__mutmut_5 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_6'] = x__parse_year__mutmut_6 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_7'] = x__parse_year__mutmut_7 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_8'] = x__parse_year__mutmut_8 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_9'] = x__parse_year__mutmut_9 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_10'] = x__parse_year__mutmut_10 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_11'] = x__parse_year__mutmut_11 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_12'] = x__parse_year__mutmut_12 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_13'] = x__parse_year__mutmut_13 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_14'] = x__parse_year__mutmut_14 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_15'] = x__parse_year__mutmut_15 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_16'] = x__parse_year__mutmut_16 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_17'] = x__parse_year__mutmut_17 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_18'] = x__parse_year__mutmut_18 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_19'] = x__parse_year__mutmut_19 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_20'] = x__parse_year__mutmut_20 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_21'] = x__parse_year__mutmut_21 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_22'] = x__parse_year__mutmut_22 # type: ignore # mutmut generated
mutants_x__parse_year__mutmut['x__parse_year__mutmut_23'] = x__parse_year__mutmut_23 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parse_days__mutmut)
def _parse_days(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_orig(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_1(values: object, year: int, path: str) -> set[date]:
    if isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_2(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = None
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_3(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(None, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_4(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=None, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_5(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=None)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_6(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_7(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_8(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, )
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_9(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = None
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_10(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(None):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_11(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = None
        days.add(_parse_day(value, year, field))
    return days


def x__parse_days__mutmut_12(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(None)
    return days


def x__parse_days__mutmut_13(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(None, year, field))
    return days


def x__parse_days__mutmut_14(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, None, field))
    return days


def x__parse_days__mutmut_15(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, None))
    return days


def x__parse_days__mutmut_16(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(year, field))
    return days


def x__parse_days__mutmut_17(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, field))
    return days


def x__parse_days__mutmut_18(values: object, year: int, path: str) -> set[date]:
    if not isinstance(values, list):
        msg = f"{path} must be an array of dates"
        raise InvalidFormat(msg, field=path, value=values)
    days: set[date] = set()
    for index, value in enumerate(values):
        field = f"{path}[{index}]"
        days.add(_parse_day(value, year, ))
    return days

mutants_x__parse_days__mutmut['_mutmut_orig'] = x__parse_days__mutmut_orig # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_1'] = x__parse_days__mutmut_1 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_2'] = x__parse_days__mutmut_2 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_3'] = x__parse_days__mutmut_3 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_4'] = x__parse_days__mutmut_4 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_5'] = x__parse_days__mutmut_5 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_6'] = x__parse_days__mutmut_6 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_7'] = x__parse_days__mutmut_7 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_8'] = x__parse_days__mutmut_8 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_9'] = x__parse_days__mutmut_9 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_10'] = x__parse_days__mutmut_10 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_11'] = x__parse_days__mutmut_11 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_12'] = x__parse_days__mutmut_12 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_13'] = x__parse_days__mutmut_13 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_14'] = x__parse_days__mutmut_14 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_15'] = x__parse_days__mutmut_15 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_16'] = x__parse_days__mutmut_16 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_17'] = x__parse_days__mutmut_17 # type: ignore # mutmut generated
mutants_x__parse_days__mutmut['x__parse_days__mutmut_18'] = x__parse_days__mutmut_18 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parse_day__mutmut)
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


def x__parse_day__mutmut_orig(value: object, year: int, field: str) -> date:
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


def x__parse_day__mutmut_1(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) and not isinstance(value, (str, date)):
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


def x__parse_day__mutmut_2(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or isinstance(value, (str, date)):
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


def x__parse_day__mutmut_3(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = None
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


def x__parse_day__mutmut_4(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(None)}"
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


def x__parse_day__mutmut_5(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(None, field=field, value=value)
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


def x__parse_day__mutmut_6(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value)
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


def x__parse_day__mutmut_7(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=None)
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


def x__parse_day__mutmut_8(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(field=field, value=value)
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


def x__parse_day__mutmut_9(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, value=value)
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


def x__parse_day__mutmut_10(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, )
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


def x__parse_day__mutmut_11(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if _ISO_DATE.fullmatch(value):
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


def x__parse_day__mutmut_12(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(None):
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


def x__parse_day__mutmut_13(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            msg = None
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


def x__parse_day__mutmut_14(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            msg = f"{field}: expected a date like '{year}-01-01', got {shown(None)}"
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


def x__parse_day__mutmut_15(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
            raise InvalidFormat(None, field=field, value=value)
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


def x__parse_day__mutmut_16(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
            raise InvalidFormat(msg, field=None, value=value)
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


def x__parse_day__mutmut_17(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
            raise InvalidFormat(msg, field=field, value=None)
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


def x__parse_day__mutmut_18(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
            raise InvalidFormat(field=field, value=value)
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


def x__parse_day__mutmut_19(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
            raise InvalidFormat(msg, value=value)
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


def x__parse_day__mutmut_20(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
            raise InvalidFormat(msg, field=field, )
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


def x__parse_day__mutmut_21(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
            raise InvalidFormat(msg, field=field, value=value)
        try:
            day = None
        except ValueError as exc:
            msg = f"{field}: {shown(value)} is not a calendar date ({exc})"
            raise InvalidComponent(msg, field=field, value=value) from exc
    else:
        day = value
    if day.year != year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_22(value: object, year: int, field: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, (str, date)):
        msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            msg = f"{field}: expected a date like '{year}-01-01', got {shown(value)}"
            raise InvalidFormat(msg, field=field, value=value)
        try:
            day = date.fromisoformat(None)
        except ValueError as exc:
            msg = f"{field}: {shown(value)} is not a calendar date ({exc})"
            raise InvalidComponent(msg, field=field, value=value) from exc
    else:
        day = value
    if day.year != year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_23(value: object, year: int, field: str) -> date:
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
            msg = None
            raise InvalidComponent(msg, field=field, value=value) from exc
    else:
        day = value
    if day.year != year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_24(value: object, year: int, field: str) -> date:
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
            msg = f"{field}: {shown(None)} is not a calendar date ({exc})"
            raise InvalidComponent(msg, field=field, value=value) from exc
    else:
        day = value
    if day.year != year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_25(value: object, year: int, field: str) -> date:
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
            raise InvalidComponent(None, field=field, value=value) from exc
    else:
        day = value
    if day.year != year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_26(value: object, year: int, field: str) -> date:
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
            raise InvalidComponent(msg, field=None, value=value) from exc
    else:
        day = value
    if day.year != year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_27(value: object, year: int, field: str) -> date:
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
            raise InvalidComponent(msg, field=field, value=None) from exc
    else:
        day = value
    if day.year != year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_28(value: object, year: int, field: str) -> date:
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
            raise InvalidComponent(field=field, value=value) from exc
    else:
        day = value
    if day.year != year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_29(value: object, year: int, field: str) -> date:
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
            raise InvalidComponent(msg, value=value) from exc
    else:
        day = value
    if day.year != year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_30(value: object, year: int, field: str) -> date:
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
            raise InvalidComponent(msg, field=field, ) from exc
    else:
        day = value
    if day.year != year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_31(value: object, year: int, field: str) -> date:
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
        day = None
    if day.year != year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_32(value: object, year: int, field: str) -> date:
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
    if day.year == year:
        msg = f"{field}: {day.isoformat()} is not in {year}"
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_33(value: object, year: int, field: str) -> date:
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
        msg = None
        raise InvalidComponent(msg, field=field, value=value)
    return day


def x__parse_day__mutmut_34(value: object, year: int, field: str) -> date:
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
        raise InvalidComponent(None, field=field, value=value)
    return day


def x__parse_day__mutmut_35(value: object, year: int, field: str) -> date:
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
        raise InvalidComponent(msg, field=None, value=value)
    return day


def x__parse_day__mutmut_36(value: object, year: int, field: str) -> date:
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
        raise InvalidComponent(msg, field=field, value=None)
    return day


def x__parse_day__mutmut_37(value: object, year: int, field: str) -> date:
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
        raise InvalidComponent(field=field, value=value)
    return day


def x__parse_day__mutmut_38(value: object, year: int, field: str) -> date:
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
        raise InvalidComponent(msg, value=value)
    return day


def x__parse_day__mutmut_39(value: object, year: int, field: str) -> date:
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
        raise InvalidComponent(msg, field=field, )
    return day

mutants_x__parse_day__mutmut['_mutmut_orig'] = x__parse_day__mutmut_orig # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_1'] = x__parse_day__mutmut_1 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_2'] = x__parse_day__mutmut_2 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_3'] = x__parse_day__mutmut_3 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_4'] = x__parse_day__mutmut_4 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_5'] = x__parse_day__mutmut_5 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_6'] = x__parse_day__mutmut_6 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_7'] = x__parse_day__mutmut_7 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_8'] = x__parse_day__mutmut_8 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_9'] = x__parse_day__mutmut_9 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_10'] = x__parse_day__mutmut_10 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_11'] = x__parse_day__mutmut_11 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_12'] = x__parse_day__mutmut_12 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_13'] = x__parse_day__mutmut_13 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_14'] = x__parse_day__mutmut_14 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_15'] = x__parse_day__mutmut_15 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_16'] = x__parse_day__mutmut_16 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_17'] = x__parse_day__mutmut_17 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_18'] = x__parse_day__mutmut_18 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_19'] = x__parse_day__mutmut_19 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_20'] = x__parse_day__mutmut_20 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_21'] = x__parse_day__mutmut_21 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_22'] = x__parse_day__mutmut_22 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_23'] = x__parse_day__mutmut_23 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_24'] = x__parse_day__mutmut_24 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_25'] = x__parse_day__mutmut_25 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_26'] = x__parse_day__mutmut_26 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_27'] = x__parse_day__mutmut_27 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_28'] = x__parse_day__mutmut_28 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_29'] = x__parse_day__mutmut_29 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_30'] = x__parse_day__mutmut_30 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_31'] = x__parse_day__mutmut_31 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_32'] = x__parse_day__mutmut_32 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_33'] = x__parse_day__mutmut_33 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_34'] = x__parse_day__mutmut_34 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_35'] = x__parse_day__mutmut_35 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_36'] = x__parse_day__mutmut_36 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_37'] = x__parse_day__mutmut_37 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_38'] = x__parse_day__mutmut_38 # type: ignore # mutmut generated
mutants_x__parse_day__mutmut['x__parse_day__mutmut_39'] = x__parse_day__mutmut_39 # type: ignore # mutmut generated


_DEFAULT_CALENDAR = ChineseWorkdays()
mutants_x_is_workday__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_workday__mutmut)
def is_workday(day: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether ``day`` is a working day.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
        return bool(_checked_calendar(calendar).is_workday(_as_date(day)))
    except ValidationError:
        return False


def x_is_workday__mutmut_orig(day: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether ``day`` is a working day.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
        return bool(_checked_calendar(calendar).is_workday(_as_date(day)))
    except ValidationError:
        return False


def x_is_workday__mutmut_1(day: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether ``day`` is a working day.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
        return bool(None)
    except ValidationError:
        return False


def x_is_workday__mutmut_2(day: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether ``day`` is a working day.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
        return bool(_checked_calendar(calendar).is_workday(None))
    except ValidationError:
        return False


def x_is_workday__mutmut_3(day: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether ``day`` is a working day.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
        return bool(_checked_calendar(None).is_workday(_as_date(day)))
    except ValidationError:
        return False


def x_is_workday__mutmut_4(day: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether ``day`` is a working day.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
        return bool(_checked_calendar(calendar).is_workday(_as_date(None)))
    except ValidationError:
        return False


def x_is_workday__mutmut_5(day: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether ``day`` is a working day.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
        return bool(_checked_calendar(calendar).is_workday(_as_date(day)))
    except ValidationError:
        return True

mutants_x_is_workday__mutmut['_mutmut_orig'] = x_is_workday__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_workday__mutmut['x_is_workday__mutmut_1'] = x_is_workday__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_workday__mutmut['x_is_workday__mutmut_2'] = x_is_workday__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_workday__mutmut['x_is_workday__mutmut_3'] = x_is_workday__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_workday__mutmut['x_is_workday__mutmut_4'] = x_is_workday__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_workday__mutmut['x_is_workday__mutmut_5'] = x_is_workday__mutmut_5 # type: ignore # mutmut generated
mutants_x__checked_calendar__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__checked_calendar__mutmut)
def _checked_calendar(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(msg, field="calendar", value=calendar)
    return calendar


def x__checked_calendar__mutmut_orig(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(msg, field="calendar", value=calendar)
    return calendar


def x__checked_calendar__mutmut_1(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(msg, field="calendar", value=calendar)
    return calendar


def x__checked_calendar__mutmut_2(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = None
        raise InvalidFormat(msg, field="calendar", value=calendar)
    return calendar


def x__checked_calendar__mutmut_3(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(None).__name__}"
        raise InvalidFormat(msg, field="calendar", value=calendar)
    return calendar


def x__checked_calendar__mutmut_4(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(None, field="calendar", value=calendar)
    return calendar


def x__checked_calendar__mutmut_5(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(msg, field=None, value=calendar)
    return calendar


def x__checked_calendar__mutmut_6(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(msg, field="calendar", value=None)
    return calendar


def x__checked_calendar__mutmut_7(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(field="calendar", value=calendar)
    return calendar


def x__checked_calendar__mutmut_8(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(msg, value=calendar)
    return calendar


def x__checked_calendar__mutmut_9(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(msg, field="calendar", )
    return calendar


def x__checked_calendar__mutmut_10(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(msg, field="XXcalendarXX", value=calendar)
    return calendar


def x__checked_calendar__mutmut_11(calendar: object) -> WorkdayCalendar:
    """``calendar`` if it answers ``is_workday``, else InvalidFormat naming ``calendar``."""
    if not isinstance(calendar, WorkdayCalendar):
        msg = f"calendar: expected a WorkdayCalendar, got {type(calendar).__name__}"
        raise InvalidFormat(msg, field="CALENDAR", value=calendar)
    return calendar

mutants_x__checked_calendar__mutmut['_mutmut_orig'] = x__checked_calendar__mutmut_orig # type: ignore # mutmut generated
mutants_x__checked_calendar__mutmut['x__checked_calendar__mutmut_1'] = x__checked_calendar__mutmut_1 # type: ignore # mutmut generated
mutants_x__checked_calendar__mutmut['x__checked_calendar__mutmut_2'] = x__checked_calendar__mutmut_2 # type: ignore # mutmut generated
mutants_x__checked_calendar__mutmut['x__checked_calendar__mutmut_3'] = x__checked_calendar__mutmut_3 # type: ignore # mutmut generated
mutants_x__checked_calendar__mutmut['x__checked_calendar__mutmut_4'] = x__checked_calendar__mutmut_4 # type: ignore # mutmut generated
mutants_x__checked_calendar__mutmut['x__checked_calendar__mutmut_5'] = x__checked_calendar__mutmut_5 # type: ignore # mutmut generated
mutants_x__checked_calendar__mutmut['x__checked_calendar__mutmut_6'] = x__checked_calendar__mutmut_6 # type: ignore # mutmut generated
mutants_x__checked_calendar__mutmut['x__checked_calendar__mutmut_7'] = x__checked_calendar__mutmut_7 # type: ignore # mutmut generated
mutants_x__checked_calendar__mutmut['x__checked_calendar__mutmut_8'] = x__checked_calendar__mutmut_8 # type: ignore # mutmut generated
mutants_x__checked_calendar__mutmut['x__checked_calendar__mutmut_9'] = x__checked_calendar__mutmut_9 # type: ignore # mutmut generated
mutants_x__checked_calendar__mutmut['x__checked_calendar__mutmut_10'] = x__checked_calendar__mutmut_10 # type: ignore # mutmut generated
mutants_x__checked_calendar__mutmut['x__checked_calendar__mutmut_11'] = x__checked_calendar__mutmut_11 # type: ignore # mutmut generated
mutants_x__step__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__step__mutmut)
def _step(day: date, direction: int) -> date:
    try:
        return day + direction * _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(msg, field="day", value=day) from None


def x__step__mutmut_orig(day: date, direction: int) -> date:
    try:
        return day + direction * _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(msg, field="day", value=day) from None


def x__step__mutmut_1(day: date, direction: int) -> date:
    try:
        return day - direction * _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(msg, field="day", value=day) from None


def x__step__mutmut_2(day: date, direction: int) -> date:
    try:
        return day + direction / _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(msg, field="day", value=day) from None


def x__step__mutmut_3(day: date, direction: int) -> date:
    try:
        return day + direction * _ONE_DAY
    except OverflowError:
        msg = None
        raise ValidationError(msg, field="day", value=day) from None


def x__step__mutmut_4(day: date, direction: int) -> date:
    try:
        return day + direction * _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(None, field="day", value=day) from None


def x__step__mutmut_5(day: date, direction: int) -> date:
    try:
        return day + direction * _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(msg, field=None, value=day) from None


def x__step__mutmut_6(day: date, direction: int) -> date:
    try:
        return day + direction * _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(msg, field="day", value=None) from None


def x__step__mutmut_7(day: date, direction: int) -> date:
    try:
        return day + direction * _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(field="day", value=day) from None


def x__step__mutmut_8(day: date, direction: int) -> date:
    try:
        return day + direction * _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(msg, value=day) from None


def x__step__mutmut_9(day: date, direction: int) -> date:
    try:
        return day + direction * _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(msg, field="day", ) from None


def x__step__mutmut_10(day: date, direction: int) -> date:
    try:
        return day + direction * _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(msg, field="XXdayXX", value=day) from None


def x__step__mutmut_11(day: date, direction: int) -> date:
    try:
        return day + direction * _ONE_DAY
    except OverflowError:
        msg = f"no working day found before the calendar ends at {day.isoformat()}"
        raise ValidationError(msg, field="DAY", value=day) from None

mutants_x__step__mutmut['_mutmut_orig'] = x__step__mutmut_orig # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_1'] = x__step__mutmut_1 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_2'] = x__step__mutmut_2 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_3'] = x__step__mutmut_3 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_4'] = x__step__mutmut_4 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_5'] = x__step__mutmut_5 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_6'] = x__step__mutmut_6 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_7'] = x__step__mutmut_7 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_8'] = x__step__mutmut_8 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_9'] = x__step__mutmut_9 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_10'] = x__step__mutmut_10 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_11'] = x__step__mutmut_11 # type: ignore # mutmut generated
mutants_x__search__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__search__mutmut)
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


def x__search__mutmut_orig(day: date, direction: int, calendar: WorkdayCalendar) -> date:
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


def x__search__mutmut_1(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = None
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction > 0 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_2(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(None):
        day = _step(day, direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction > 0 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_3(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = None
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction > 0 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_4(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(None, direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction > 0 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_5(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, None)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction > 0 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_6(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction > 0 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_7(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, )
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction > 0 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_8(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, direction)
        if calendar.is_workday(None):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction > 0 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_9(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, direction)
        if calendar.is_workday(day):
            return day
    msg = None
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_10(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if (direction > 0) and False else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_11(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if (direction > 0) or True else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_12(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'XXafterXX' if direction > 0 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_13(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'AFTER' if direction > 0 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_14(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction >= 0 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_15(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction > 1 else 'before'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_16(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction > 0 else 'XXbeforeXX'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_17(day: date, direction: int, calendar: WorkdayCalendar) -> date:
    """Return the first working day strictly after (or before) ``day``."""
    start = day
    for _ in range(_SEARCH_LIMIT):
        day = _step(day, direction)
        if calendar.is_workday(day):
            return day
    msg = (
        f"the calendar has no working day within {_SEARCH_LIMIT} days "
        f"{'after' if direction > 0 else 'BEFORE'} {start.isoformat()}"
    )
    raise ValidationError(msg, field="calendar", value=calendar)


def x__search__mutmut_18(day: date, direction: int, calendar: WorkdayCalendar) -> date:
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
    raise ValidationError(None, field="calendar", value=calendar)


def x__search__mutmut_19(day: date, direction: int, calendar: WorkdayCalendar) -> date:
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
    raise ValidationError(msg, field=None, value=calendar)


def x__search__mutmut_20(day: date, direction: int, calendar: WorkdayCalendar) -> date:
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
    raise ValidationError(msg, field="calendar", value=None)


def x__search__mutmut_21(day: date, direction: int, calendar: WorkdayCalendar) -> date:
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
    raise ValidationError(field="calendar", value=calendar)


def x__search__mutmut_22(day: date, direction: int, calendar: WorkdayCalendar) -> date:
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
    raise ValidationError(msg, value=calendar)


def x__search__mutmut_23(day: date, direction: int, calendar: WorkdayCalendar) -> date:
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
    raise ValidationError(msg, field="calendar", )


def x__search__mutmut_24(day: date, direction: int, calendar: WorkdayCalendar) -> date:
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
    raise ValidationError(msg, field="XXcalendarXX", value=calendar)


def x__search__mutmut_25(day: date, direction: int, calendar: WorkdayCalendar) -> date:
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
    raise ValidationError(msg, field="CALENDAR", value=calendar)

mutants_x__search__mutmut['_mutmut_orig'] = x__search__mutmut_orig # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_1'] = x__search__mutmut_1 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_2'] = x__search__mutmut_2 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_3'] = x__search__mutmut_3 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_4'] = x__search__mutmut_4 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_5'] = x__search__mutmut_5 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_6'] = x__search__mutmut_6 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_7'] = x__search__mutmut_7 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_8'] = x__search__mutmut_8 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_9'] = x__search__mutmut_9 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_10'] = x__search__mutmut_10 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_11'] = x__search__mutmut_11 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_12'] = x__search__mutmut_12 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_13'] = x__search__mutmut_13 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_14'] = x__search__mutmut_14 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_15'] = x__search__mutmut_15 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_16'] = x__search__mutmut_16 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_17'] = x__search__mutmut_17 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_18'] = x__search__mutmut_18 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_19'] = x__search__mutmut_19 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_20'] = x__search__mutmut_20 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_21'] = x__search__mutmut_21 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_22'] = x__search__mutmut_22 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_23'] = x__search__mutmut_23 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_24'] = x__search__mutmut_24 # type: ignore # mutmut generated
mutants_x__search__mutmut['x__search__mutmut_25'] = x__search__mutmut_25 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_next_workday__mutmut)
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, 1, calendar)


def x_next_workday__mutmut_orig(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, 1, calendar)


def x_next_workday__mutmut_1(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = False,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, 1, calendar)


def x_next_workday__mutmut_2(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = None
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, 1, calendar)


def x_next_workday__mutmut_3(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(None)
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, 1, calendar)


def x_next_workday__mutmut_4(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = None
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, 1, calendar)


def x_next_workday__mutmut_5(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(None)
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, 1, calendar)


def x_next_workday__mutmut_6(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(calendar)
    if include_self or calendar.is_workday(day):
        return day
    return _search(day, 1, calendar)


def x_next_workday__mutmut_7(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(None):
        return day
    return _search(day, 1, calendar)


def x_next_workday__mutmut_8(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(None, 1, calendar)


def x_next_workday__mutmut_9(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, None, calendar)


def x_next_workday__mutmut_10(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, 1, None)


def x_next_workday__mutmut_11(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(1, calendar)


def x_next_workday__mutmut_12(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, calendar)


def x_next_workday__mutmut_13(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, 1, )


def x_next_workday__mutmut_14(
    day: date,
    *,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    include_self: bool = True,
) -> date:
    """Return ``day`` if it is a working day, else the next working day.

    This is how a due date that falls on a holiday or weekend moves.

    Args:
        day: The day; a ``datetime`` counts as its calendar day.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.
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
    day = _as_date(day)
    calendar = _checked_calendar(calendar)
    if include_self and calendar.is_workday(day):
        return day
    return _search(day, 2, calendar)

mutants_x_next_workday__mutmut['_mutmut_orig'] = x_next_workday__mutmut_orig # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_1'] = x_next_workday__mutmut_1 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_2'] = x_next_workday__mutmut_2 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_3'] = x_next_workday__mutmut_3 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_4'] = x_next_workday__mutmut_4 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_5'] = x_next_workday__mutmut_5 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_6'] = x_next_workday__mutmut_6 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_7'] = x_next_workday__mutmut_7 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_8'] = x_next_workday__mutmut_8 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_9'] = x_next_workday__mutmut_9 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_10'] = x_next_workday__mutmut_10 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_11'] = x_next_workday__mutmut_11 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_12'] = x_next_workday__mutmut_12 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_13'] = x_next_workday__mutmut_13 # type: ignore # mutmut generated
mutants_x_next_workday__mutmut['x_next_workday__mutmut_14'] = x_next_workday__mutmut_14 # type: ignore # mutmut generated


#: The longest span the day-by-day counts walk: a century, so that a mistyped year or
#: count is refused instead of keeping the caller waiting.
_MAX_SPAN_DAYS = 36_525
mutants_x_add_workdays__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_add_workdays__mutmut)
def add_workdays(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
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


def x_add_workdays__mutmut_orig(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
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


def x_add_workdays__mutmut_1(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = None
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


def x_add_workdays__mutmut_2(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(None)
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


def x_add_workdays__mutmut_3(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = None
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


def x_add_workdays__mutmut_4(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(None, "n")
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


def x_add_workdays__mutmut_5(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, None)
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


def x_add_workdays__mutmut_6(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int("n")
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


def x_add_workdays__mutmut_7(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, )
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


def x_add_workdays__mutmut_8(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "XXnXX")
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


def x_add_workdays__mutmut_9(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "N")
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


def x_add_workdays__mutmut_10(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = None
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_11(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(None)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_12(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n != 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_13(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 1:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_14(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(None, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_15(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=None)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_16(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_17(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, )
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_18(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(None) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_19(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) >= _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_20(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = None
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_21(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(None)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_22(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(None, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_23(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field=None, value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_24(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=None)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_25(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_26(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_27(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", )
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_28(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="XXnXX", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_29(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="N", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_30(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = None
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_31(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if (n > 0) and False else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_32(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if (n > 0) or True else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_33(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 2 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_34(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n >= 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_35(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 1 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_36(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else +1
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_37(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -2
    for _ in range(abs(n)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_38(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(None):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_39(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(None)):
        day = _search(day, direction, calendar)
    return day


def x_add_workdays__mutmut_40(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = None
    return day


def x_add_workdays__mutmut_41(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(None, direction, calendar)
    return day


def x_add_workdays__mutmut_42(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, None, calendar)
    return day


def x_add_workdays__mutmut_43(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, None)
    return day


def x_add_workdays__mutmut_44(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(direction, calendar)
    return day


def x_add_workdays__mutmut_45(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, calendar)
    return day


def x_add_workdays__mutmut_46(day: date, n: int, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> date:
    """Return the ``n``-th working day after ``day`` (before it when ``n`` < 0).

    ``day`` itself is never counted: one working day after Tuesday 30 September
    2025 is Thursday 9 October, the first working day after the National Day
    week. ``n == 0`` gives :func:`next_workday` of ``day``. For ``n >= 1``,
    ``workdays_between(day, add_workdays(day, n)) == n``.

    Args:
        day: The day to count from; a ``datetime`` counts as its calendar day.
        n: How many working days; negative counts backwards.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    day = _as_date(day)
    n = _as_int(n, "n")
    calendar = _checked_calendar(calendar)
    if n == 0:
        return next_workday(day, calendar=calendar)
    if abs(n) > _MAX_SPAN_DAYS:
        msg = f"n: at most {_MAX_SPAN_DAYS} working days are counted, got {shown(n)}"
        raise InvalidComponent(msg, field="n", value=n)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _search(day, direction, )
    return day

mutants_x_add_workdays__mutmut['_mutmut_orig'] = x_add_workdays__mutmut_orig # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_1'] = x_add_workdays__mutmut_1 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_2'] = x_add_workdays__mutmut_2 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_3'] = x_add_workdays__mutmut_3 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_4'] = x_add_workdays__mutmut_4 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_5'] = x_add_workdays__mutmut_5 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_6'] = x_add_workdays__mutmut_6 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_7'] = x_add_workdays__mutmut_7 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_8'] = x_add_workdays__mutmut_8 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_9'] = x_add_workdays__mutmut_9 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_10'] = x_add_workdays__mutmut_10 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_11'] = x_add_workdays__mutmut_11 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_12'] = x_add_workdays__mutmut_12 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_13'] = x_add_workdays__mutmut_13 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_14'] = x_add_workdays__mutmut_14 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_15'] = x_add_workdays__mutmut_15 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_16'] = x_add_workdays__mutmut_16 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_17'] = x_add_workdays__mutmut_17 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_18'] = x_add_workdays__mutmut_18 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_19'] = x_add_workdays__mutmut_19 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_20'] = x_add_workdays__mutmut_20 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_21'] = x_add_workdays__mutmut_21 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_22'] = x_add_workdays__mutmut_22 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_23'] = x_add_workdays__mutmut_23 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_24'] = x_add_workdays__mutmut_24 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_25'] = x_add_workdays__mutmut_25 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_26'] = x_add_workdays__mutmut_26 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_27'] = x_add_workdays__mutmut_27 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_28'] = x_add_workdays__mutmut_28 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_29'] = x_add_workdays__mutmut_29 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_30'] = x_add_workdays__mutmut_30 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_31'] = x_add_workdays__mutmut_31 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_32'] = x_add_workdays__mutmut_32 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_33'] = x_add_workdays__mutmut_33 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_34'] = x_add_workdays__mutmut_34 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_35'] = x_add_workdays__mutmut_35 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_36'] = x_add_workdays__mutmut_36 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_37'] = x_add_workdays__mutmut_37 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_38'] = x_add_workdays__mutmut_38 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_39'] = x_add_workdays__mutmut_39 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_40'] = x_add_workdays__mutmut_40 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_41'] = x_add_workdays__mutmut_41 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_42'] = x_add_workdays__mutmut_42 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_43'] = x_add_workdays__mutmut_43 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_44'] = x_add_workdays__mutmut_44 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_45'] = x_add_workdays__mutmut_45 # type: ignore # mutmut generated
mutants_x_add_workdays__mutmut['x_add_workdays__mutmut_46'] = x_add_workdays__mutmut_46 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_workdays_between__mutmut)
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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


def x_workdays_between__mutmut_orig(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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


def x_workdays_between__mutmut_1(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = None
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


def x_workdays_between__mutmut_2(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(None, "start"), _as_date(end, "end")
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


def x_workdays_between__mutmut_3(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, None), _as_date(end, "end")
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


def x_workdays_between__mutmut_4(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date("start"), _as_date(end, "end")
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


def x_workdays_between__mutmut_5(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, ), _as_date(end, "end")
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


def x_workdays_between__mutmut_6(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "XXstartXX"), _as_date(end, "end")
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


def x_workdays_between__mutmut_7(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "START"), _as_date(end, "end")
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


def x_workdays_between__mutmut_8(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(None, "end")
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


def x_workdays_between__mutmut_9(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, None)
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


def x_workdays_between__mutmut_10(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date("end")
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


def x_workdays_between__mutmut_11(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, )
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


def x_workdays_between__mutmut_12(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "XXendXX")
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


def x_workdays_between__mutmut_13(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "END")
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


def x_workdays_between__mutmut_14(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = None
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


def x_workdays_between__mutmut_15(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(None)
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


def x_workdays_between__mutmut_16(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs(None) > _MAX_SPAN_DAYS:
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


def x_workdays_between__mutmut_17(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end + start).days) > _MAX_SPAN_DAYS:
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


def x_workdays_between__mutmut_18(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) >= _MAX_SPAN_DAYS:
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


def x_workdays_between__mutmut_19(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = None
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


def x_workdays_between__mutmut_20(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(None, field="end", value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_21(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field=None, value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_22(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=None)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_23(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(field="end", value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_24(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_25(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", )
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_26(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="XXendXX", value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_27(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="END", value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_28(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end <= start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_29(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return +workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_30(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(None, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_31(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(end, None, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_32(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(end, start, calendar=None)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_33(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_34(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(end, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_35(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(end, start, )
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_36(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = None
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_37(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 1
    day = start
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_38(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = None
    while day < end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_39(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day <= end:
        day += _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_40(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day = _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_41(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    calendar = _checked_calendar(calendar)
    if abs((end - start).days) > _MAX_SPAN_DAYS:
        msg = f"end: at most {_MAX_SPAN_DAYS} days (a century) after start are counted"
        raise InvalidComponent(msg, field="end", value=end)
    if end < start:
        return -workdays_between(end, start, calendar=calendar)
    count = 0
    day = start
    while day < end:
        day -= _ONE_DAY
        if calendar.is_workday(day):
            count += 1
    return count


def x_workdays_between__mutmut_42(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
        if calendar.is_workday(None):
            count += 1
    return count


def x_workdays_between__mutmut_43(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            count = 1
    return count


def x_workdays_between__mutmut_44(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            count -= 1
    return count


def x_workdays_between__mutmut_45(
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            count += 2
    return count

mutants_x_workdays_between__mutmut['_mutmut_orig'] = x_workdays_between__mutmut_orig # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_1'] = x_workdays_between__mutmut_1 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_2'] = x_workdays_between__mutmut_2 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_3'] = x_workdays_between__mutmut_3 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_4'] = x_workdays_between__mutmut_4 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_5'] = x_workdays_between__mutmut_5 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_6'] = x_workdays_between__mutmut_6 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_7'] = x_workdays_between__mutmut_7 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_8'] = x_workdays_between__mutmut_8 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_9'] = x_workdays_between__mutmut_9 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_10'] = x_workdays_between__mutmut_10 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_11'] = x_workdays_between__mutmut_11 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_12'] = x_workdays_between__mutmut_12 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_13'] = x_workdays_between__mutmut_13 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_14'] = x_workdays_between__mutmut_14 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_15'] = x_workdays_between__mutmut_15 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_16'] = x_workdays_between__mutmut_16 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_17'] = x_workdays_between__mutmut_17 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_18'] = x_workdays_between__mutmut_18 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_19'] = x_workdays_between__mutmut_19 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_20'] = x_workdays_between__mutmut_20 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_21'] = x_workdays_between__mutmut_21 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_22'] = x_workdays_between__mutmut_22 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_23'] = x_workdays_between__mutmut_23 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_24'] = x_workdays_between__mutmut_24 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_25'] = x_workdays_between__mutmut_25 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_26'] = x_workdays_between__mutmut_26 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_27'] = x_workdays_between__mutmut_27 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_28'] = x_workdays_between__mutmut_28 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_29'] = x_workdays_between__mutmut_29 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_30'] = x_workdays_between__mutmut_30 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_31'] = x_workdays_between__mutmut_31 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_32'] = x_workdays_between__mutmut_32 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_33'] = x_workdays_between__mutmut_33 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_34'] = x_workdays_between__mutmut_34 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_35'] = x_workdays_between__mutmut_35 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_36'] = x_workdays_between__mutmut_36 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_37'] = x_workdays_between__mutmut_37 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_38'] = x_workdays_between__mutmut_38 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_39'] = x_workdays_between__mutmut_39 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_40'] = x_workdays_between__mutmut_40 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_41'] = x_workdays_between__mutmut_41 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_42'] = x_workdays_between__mutmut_42 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_43'] = x_workdays_between__mutmut_43 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_44'] = x_workdays_between__mutmut_44 # type: ignore # mutmut generated
mutants_x_workdays_between__mutmut['x_workdays_between__mutmut_45'] = x_workdays_between__mutmut_45 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_estimated_years__mutmut)
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
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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


def x_estimated_years__mutmut_orig(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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


def x_estimated_years__mutmut_1(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    calendar = None
    start, end = _as_date(start, "start"), _as_date(end, "end")
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


def x_estimated_years__mutmut_2(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    calendar = _checked_calendar(None)
    start, end = _as_date(start, "start"), _as_date(end, "end")
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


def x_estimated_years__mutmut_3(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = None
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


def x_estimated_years__mutmut_4(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(None, "start"), _as_date(end, "end")
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


def x_estimated_years__mutmut_5(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, None), _as_date(end, "end")
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


def x_estimated_years__mutmut_6(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date("start"), _as_date(end, "end")
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


def x_estimated_years__mutmut_7(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, ), _as_date(end, "end")
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


def x_estimated_years__mutmut_8(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "XXstartXX"), _as_date(end, "end")
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


def x_estimated_years__mutmut_9(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "START"), _as_date(end, "end")
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


def x_estimated_years__mutmut_10(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(None, "end")
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


def x_estimated_years__mutmut_11(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, None)
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


def x_estimated_years__mutmut_12(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date("end")
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


def x_estimated_years__mutmut_13(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, )
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


def x_estimated_years__mutmut_14(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "XXendXX")
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


def x_estimated_years__mutmut_15(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "END")
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


def x_estimated_years__mutmut_16(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end <= start:
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


def x_estimated_years__mutmut_17(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = None
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


def x_estimated_years__mutmut_18(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(None, field="end", value=end)
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


def x_estimated_years__mutmut_19(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field=None, value=end)
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


def x_estimated_years__mutmut_20(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field="end", value=None)
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


def x_estimated_years__mutmut_21(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(field="end", value=end)
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


def x_estimated_years__mutmut_22(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, value=end)
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


def x_estimated_years__mutmut_23(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field="end", )
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


def x_estimated_years__mutmut_24(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field="XXendXX", value=end)
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


def x_estimated_years__mutmut_25(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field="END", value=end)
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


def x_estimated_years__mutmut_26(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field="end", value=end)
    years: list[int] = None
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


def x_estimated_years__mutmut_27(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field="end", value=end)
    years: list[int] = []
    day = None
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


def x_estimated_years__mutmut_28(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field="end", value=end)
    years: list[int] = []
    day = start
    while day < end:
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


def x_estimated_years__mutmut_29(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field="end", value=end)
    years: list[int] = []
    day = start
    while day <= end:
        if calendar.is_estimated(None):
            years.append(day.year)
            if day.year == date.max.year:
                break
            day = date(day.year + 1, 1, 1)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_30(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field="end", value=end)
    years: list[int] = []
    day = start
    while day <= end:
        if calendar.is_estimated(day):
            years.append(None)
            if day.year == date.max.year:
                break
            day = date(day.year + 1, 1, 1)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_31(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field="end", value=end)
    years: list[int] = []
    day = start
    while day <= end:
        if calendar.is_estimated(day):
            years.append(day.year)
            if day.year != date.max.year:
                break
            day = date(day.year + 1, 1, 1)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_32(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
    if end < start:
        msg = f"end {end.isoformat()} is before start {start.isoformat()}"
        raise InvalidComponent(msg, field="end", value=end)
    years: list[int] = []
    day = start
    while day <= end:
        if calendar.is_estimated(day):
            years.append(day.year)
            if day.year == date.max.year:
                return
            day = date(day.year + 1, 1, 1)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_33(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            day = None  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_34(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            day = date(None, 1, 1)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_35(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            day = date(day.year + 1, None, 1)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_36(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            day = date(day.year + 1, 1, None)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_37(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            day = date(1, 1)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_38(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            day = date(day.year + 1, 1)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_39(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            day = date(day.year + 1, 1, )  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_40(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            day = date(day.year - 1, 1, 1)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_41(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            day = date(day.year + 2, 1, 1)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_42(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            day = date(day.year + 1, 2, 1)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_43(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            day = date(day.year + 1, 1, 2)  # one estimated day is enough for its year
            continue
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_44(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            break
        if day == date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_45(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
        if day != date.max:
            break
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_46(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
            return
        day += _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_47(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
        day = _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_48(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
        day -= _ONE_DAY
    return tuple(years)


def x_estimated_years__mutmut_49(
    start: date, end: date, *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
) -> tuple[int, ...]:
    """Return the years in which the calendar estimates a day from ``start`` to ``end``.

    Both ends are included; an empty tuple means every day of the range rests on
    an official or registered arrangement. Use it to warn that a window, deadline
    or report period rests on an estimated year, and which year to register.

    Args:
        start: The first day; a ``datetime`` counts as its calendar day.
        end: The last day, not before ``start``.
        calendar: Defaults to :class:`ChineseWorkdays` without extras.

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
    start, end = _as_date(start, "start"), _as_date(end, "end")
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
    return tuple(None)

mutants_x_estimated_years__mutmut['_mutmut_orig'] = x_estimated_years__mutmut_orig # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_1'] = x_estimated_years__mutmut_1 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_2'] = x_estimated_years__mutmut_2 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_3'] = x_estimated_years__mutmut_3 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_4'] = x_estimated_years__mutmut_4 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_5'] = x_estimated_years__mutmut_5 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_6'] = x_estimated_years__mutmut_6 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_7'] = x_estimated_years__mutmut_7 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_8'] = x_estimated_years__mutmut_8 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_9'] = x_estimated_years__mutmut_9 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_10'] = x_estimated_years__mutmut_10 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_11'] = x_estimated_years__mutmut_11 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_12'] = x_estimated_years__mutmut_12 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_13'] = x_estimated_years__mutmut_13 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_14'] = x_estimated_years__mutmut_14 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_15'] = x_estimated_years__mutmut_15 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_16'] = x_estimated_years__mutmut_16 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_17'] = x_estimated_years__mutmut_17 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_18'] = x_estimated_years__mutmut_18 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_19'] = x_estimated_years__mutmut_19 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_20'] = x_estimated_years__mutmut_20 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_21'] = x_estimated_years__mutmut_21 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_22'] = x_estimated_years__mutmut_22 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_23'] = x_estimated_years__mutmut_23 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_24'] = x_estimated_years__mutmut_24 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_25'] = x_estimated_years__mutmut_25 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_26'] = x_estimated_years__mutmut_26 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_27'] = x_estimated_years__mutmut_27 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_28'] = x_estimated_years__mutmut_28 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_29'] = x_estimated_years__mutmut_29 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_30'] = x_estimated_years__mutmut_30 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_31'] = x_estimated_years__mutmut_31 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_32'] = x_estimated_years__mutmut_32 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_33'] = x_estimated_years__mutmut_33 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_34'] = x_estimated_years__mutmut_34 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_35'] = x_estimated_years__mutmut_35 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_36'] = x_estimated_years__mutmut_36 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_37'] = x_estimated_years__mutmut_37 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_38'] = x_estimated_years__mutmut_38 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_39'] = x_estimated_years__mutmut_39 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_40'] = x_estimated_years__mutmut_40 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_41'] = x_estimated_years__mutmut_41 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_42'] = x_estimated_years__mutmut_42 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_43'] = x_estimated_years__mutmut_43 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_44'] = x_estimated_years__mutmut_44 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_45'] = x_estimated_years__mutmut_45 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_46'] = x_estimated_years__mutmut_46 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_47'] = x_estimated_years__mutmut_47 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_48'] = x_estimated_years__mutmut_48 # type: ignore # mutmut generated
mutants_x_estimated_years__mutmut['x_estimated_years__mutmut_49'] = x_estimated_years__mutmut_49 # type: ignore # mutmut generated
mutants_x_any_estimated__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_any_estimated__mutmut)
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
    return any(calendar.is_estimated(_as_date(day)) for day in days)


def x_any_estimated__mutmut_orig(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
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
    return any(calendar.is_estimated(_as_date(day)) for day in days)


def x_any_estimated__mutmut_1(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether the calendar's answer for any of ``days`` is an estimate.

    Use it to flag a schedule built over a year without official holiday data.

    Examples:
        >>> from datetime import date
        >>> any_estimated([date(2026, 12, 30), date(2040, 1, 4)])
        True
        >>> any_estimated([date(2026, 12, 30)])
        False
    """
    check_iterable(None, "days")
    calendar = _checked_calendar(calendar)
    return any(calendar.is_estimated(_as_date(day)) for day in days)


def x_any_estimated__mutmut_2(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether the calendar's answer for any of ``days`` is an estimate.

    Use it to flag a schedule built over a year without official holiday data.

    Examples:
        >>> from datetime import date
        >>> any_estimated([date(2026, 12, 30), date(2040, 1, 4)])
        True
        >>> any_estimated([date(2026, 12, 30)])
        False
    """
    check_iterable(days, None)
    calendar = _checked_calendar(calendar)
    return any(calendar.is_estimated(_as_date(day)) for day in days)


def x_any_estimated__mutmut_3(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether the calendar's answer for any of ``days`` is an estimate.

    Use it to flag a schedule built over a year without official holiday data.

    Examples:
        >>> from datetime import date
        >>> any_estimated([date(2026, 12, 30), date(2040, 1, 4)])
        True
        >>> any_estimated([date(2026, 12, 30)])
        False
    """
    check_iterable("days")
    calendar = _checked_calendar(calendar)
    return any(calendar.is_estimated(_as_date(day)) for day in days)


def x_any_estimated__mutmut_4(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether the calendar's answer for any of ``days`` is an estimate.

    Use it to flag a schedule built over a year without official holiday data.

    Examples:
        >>> from datetime import date
        >>> any_estimated([date(2026, 12, 30), date(2040, 1, 4)])
        True
        >>> any_estimated([date(2026, 12, 30)])
        False
    """
    check_iterable(days, )
    calendar = _checked_calendar(calendar)
    return any(calendar.is_estimated(_as_date(day)) for day in days)


def x_any_estimated__mutmut_5(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether the calendar's answer for any of ``days`` is an estimate.

    Use it to flag a schedule built over a year without official holiday data.

    Examples:
        >>> from datetime import date
        >>> any_estimated([date(2026, 12, 30), date(2040, 1, 4)])
        True
        >>> any_estimated([date(2026, 12, 30)])
        False
    """
    check_iterable(days, "XXdaysXX")
    calendar = _checked_calendar(calendar)
    return any(calendar.is_estimated(_as_date(day)) for day in days)


def x_any_estimated__mutmut_6(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
    """Return whether the calendar's answer for any of ``days`` is an estimate.

    Use it to flag a schedule built over a year without official holiday data.

    Examples:
        >>> from datetime import date
        >>> any_estimated([date(2026, 12, 30), date(2040, 1, 4)])
        True
        >>> any_estimated([date(2026, 12, 30)])
        False
    """
    check_iterable(days, "DAYS")
    calendar = _checked_calendar(calendar)
    return any(calendar.is_estimated(_as_date(day)) for day in days)


def x_any_estimated__mutmut_7(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
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
    calendar = None
    return any(calendar.is_estimated(_as_date(day)) for day in days)


def x_any_estimated__mutmut_8(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
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
    calendar = _checked_calendar(None)
    return any(calendar.is_estimated(_as_date(day)) for day in days)


def x_any_estimated__mutmut_9(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
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
    return any(None)


def x_any_estimated__mutmut_10(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
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
    return any(calendar.is_estimated(None) for day in days)


def x_any_estimated__mutmut_11(days: Iterable[date], *, calendar: WorkdayCalendar = _DEFAULT_CALENDAR) -> bool:
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
    return any(calendar.is_estimated(_as_date(None)) for day in days)

mutants_x_any_estimated__mutmut['_mutmut_orig'] = x_any_estimated__mutmut_orig # type: ignore # mutmut generated
mutants_x_any_estimated__mutmut['x_any_estimated__mutmut_1'] = x_any_estimated__mutmut_1 # type: ignore # mutmut generated
mutants_x_any_estimated__mutmut['x_any_estimated__mutmut_2'] = x_any_estimated__mutmut_2 # type: ignore # mutmut generated
mutants_x_any_estimated__mutmut['x_any_estimated__mutmut_3'] = x_any_estimated__mutmut_3 # type: ignore # mutmut generated
mutants_x_any_estimated__mutmut['x_any_estimated__mutmut_4'] = x_any_estimated__mutmut_4 # type: ignore # mutmut generated
mutants_x_any_estimated__mutmut['x_any_estimated__mutmut_5'] = x_any_estimated__mutmut_5 # type: ignore # mutmut generated
mutants_x_any_estimated__mutmut['x_any_estimated__mutmut_6'] = x_any_estimated__mutmut_6 # type: ignore # mutmut generated
mutants_x_any_estimated__mutmut['x_any_estimated__mutmut_7'] = x_any_estimated__mutmut_7 # type: ignore # mutmut generated
mutants_x_any_estimated__mutmut['x_any_estimated__mutmut_8'] = x_any_estimated__mutmut_8 # type: ignore # mutmut generated
mutants_x_any_estimated__mutmut['x_any_estimated__mutmut_9'] = x_any_estimated__mutmut_9 # type: ignore # mutmut generated
mutants_x_any_estimated__mutmut['x_any_estimated__mutmut_10'] = x_any_estimated__mutmut_10 # type: ignore # mutmut generated
mutants_x_any_estimated__mutmut['x_any_estimated__mutmut_11'] = x_any_estimated__mutmut_11 # type: ignore # mutmut generated
