"""Registering a year's working days from a TOML file.

The State Council publishes each year's holiday arrangement (放假安排), with its 调休
working days, usually in November of the year before. Until a ``chinesecalendar``
release has it, a dealership lists the year in a TOML file (see the "Working days"
guide page); [`ChineseWorkdays.from_toml`][autocrm.rules.calendar.ChineseWorkdays.from_toml]
reads it through [`registered_days`][autocrm.rules.calendar_registration.registered_days].

Examples:
    >>> holidays, workdays, years = registered_days('[years.2040]\\nholidays = ["2040-01-02"]')
    >>> sorted(holidays), years
    ([datetime.date(2040, 1, 2)], frozenset({2040}))
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from autocrm import _toml
from autocrm.errors import InvalidComponent, InvalidFormat, shown

__all__ = ["registered_days"]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def registered_days(text: str) -> tuple[frozenset[date], frozenset[date], frozenset[int]]:
    """Return the holidays, working days and years a TOML registration lists.

    Every ``[years.YYYY]`` table registers that year, with optional ``holidays`` and
    ``workdays`` arrays of ``"YYYY-MM-DD"`` strings (or TOML dates) inside that year.

    Args:
        text: The TOML document.

    Returns:
        The days off, the working days and the registered years.

    Raises:
        InvalidFormat: The TOML is malformed, a key is unknown, or a date is not
            ``YYYY-MM-DD``; ``field`` is the key path, e.g. ``"years.2040.holidays[1]"``.
        InvalidComponent: A date does not exist, lies outside its year's table, or is
            listed both as holiday and working day.

    Examples:
        >>> _, workdays, _ = registered_days('''
        ... [years.2040]
        ... holidays = ["2040-02-13"]
        ... workdays = ["2040-02-11"]
        ... ''')
        >>> workdays
        frozenset({datetime.date(2040, 2, 11)})
        >>> registered_days('[years.2040]\\nholidays = ["2041-01-01"]')
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidComponent: years.2040.holidays[0]: 2041-01-01 is not in 2040
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
    return frozenset(holidays), frozenset(workdays), frozenset(years)


def _parse_toml(text: str) -> dict[str, Any]:
    if not isinstance(text, str):
        msg = f"text: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="text", value=text)
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"text: not valid TOML: {exc}"
        raise InvalidFormat(msg, field="text", value=text) from exc
    except RecursionError:  # arrays or tables nested deeper than the parser's stack
        msg = "text: not valid TOML: nested too deeply"
        raise InvalidFormat(msg, field="text", value=text) from None


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
