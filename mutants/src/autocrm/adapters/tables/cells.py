"""Turning one cell of an export into the value of a domain field, as the mapping says.

Every converter refuses what it cannot read with an
:class:`~autocrm.errors.InvalidFormat` naming the domain field; the domain
constructors then validate the values in full.

Examples:
    >>> from autocrm.adapters.tables.mapping import CODE_TYPES, FieldKind, TableMapping
    >>> table = TableMapping("work_order_lines", files=("x.csv",),
    ...                      columns={"amount": "金额"}, money_unit="fen")
    >>> read_cell(table, "amount", FieldKind.MONEY, "42050")
    Decimal('420.50')
    >>> read_cell(table, "amount", FieldKind.MONEY, 1.5)
    Traceback (most recent call last):
    ...
    autocrm.errors.InvalidFormat: amount: 1.5 fen is not a whole number of fen
"""

from __future__ import annotations

import enum
import functools
import math
from collections.abc import Callable
from datetime import date, datetime, time, tzinfo
from decimal import Decimal, InvalidOperation
from typing import Any

from autocrm.adapters.tables.mapping import CODE_TYPES, FieldKind, TableMapping
from autocrm.domain import FEN
from autocrm.errors import InvalidFormat, shown

__all__ = ["read_cell"]

_TRUE = frozenset({"1", "true", "t", "yes", "y", "是", "√", "有"})
_FALSE = frozenset({"0", "false", "f", "no", "n", "否", "×", "无"})
_DEFAULT_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_read_cell__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_read_cell__mutmut)
def read_cell(table: TableMapping, field: str, kind: FieldKind, value: Any) -> Any:
    """Return the value of ``field`` read from a (non-blank) cell.

    Raises:
        autocrm.errors.InvalidFormat: the cell cannot be read as the field's kind, or
            a coded value is not in the field's value map and it has no fallback.

    Examples:
        >>> from autocrm.adapters.tables.mapping import TableMapping
        >>> t = TableMapping("work_orders", files=("wo.csv",), columns={}, values={
        ...     "service_types": {"保养": "maintenance", "小修": "minor_repair"}})
        >>> sorted(m.value for m in read_cell(t, "service_types", FieldKind.CODES, "保养、小修"))
        ['maintenance', 'minor_repair']
        >>> read_cell(t, "opened_at", FieldKind.DATETIME, "2025-10-09 09:30").isoformat()
        '2025-10-09T09:30:00+08:00'
    """
    return _READERS[kind](table, field, value)


def x_read_cell__mutmut_orig(table: TableMapping, field: str, kind: FieldKind, value: Any) -> Any:
    """Return the value of ``field`` read from a (non-blank) cell.

    Raises:
        autocrm.errors.InvalidFormat: the cell cannot be read as the field's kind, or
            a coded value is not in the field's value map and it has no fallback.

    Examples:
        >>> from autocrm.adapters.tables.mapping import TableMapping
        >>> t = TableMapping("work_orders", files=("wo.csv",), columns={}, values={
        ...     "service_types": {"保养": "maintenance", "小修": "minor_repair"}})
        >>> sorted(m.value for m in read_cell(t, "service_types", FieldKind.CODES, "保养、小修"))
        ['maintenance', 'minor_repair']
        >>> read_cell(t, "opened_at", FieldKind.DATETIME, "2025-10-09 09:30").isoformat()
        '2025-10-09T09:30:00+08:00'
    """
    return _READERS[kind](table, field, value)


def x_read_cell__mutmut_1(table: TableMapping, field: str, kind: FieldKind, value: Any) -> Any:
    """Return the value of ``field`` read from a (non-blank) cell.

    Raises:
        autocrm.errors.InvalidFormat: the cell cannot be read as the field's kind, or
            a coded value is not in the field's value map and it has no fallback.

    Examples:
        >>> from autocrm.adapters.tables.mapping import TableMapping
        >>> t = TableMapping("work_orders", files=("wo.csv",), columns={}, values={
        ...     "service_types": {"保养": "maintenance", "小修": "minor_repair"}})
        >>> sorted(m.value for m in read_cell(t, "service_types", FieldKind.CODES, "保养、小修"))
        ['maintenance', 'minor_repair']
        >>> read_cell(t, "opened_at", FieldKind.DATETIME, "2025-10-09 09:30").isoformat()
        '2025-10-09T09:30:00+08:00'
    """
    return _READERS[kind](None, field, value)


def x_read_cell__mutmut_2(table: TableMapping, field: str, kind: FieldKind, value: Any) -> Any:
    """Return the value of ``field`` read from a (non-blank) cell.

    Raises:
        autocrm.errors.InvalidFormat: the cell cannot be read as the field's kind, or
            a coded value is not in the field's value map and it has no fallback.

    Examples:
        >>> from autocrm.adapters.tables.mapping import TableMapping
        >>> t = TableMapping("work_orders", files=("wo.csv",), columns={}, values={
        ...     "service_types": {"保养": "maintenance", "小修": "minor_repair"}})
        >>> sorted(m.value for m in read_cell(t, "service_types", FieldKind.CODES, "保养、小修"))
        ['maintenance', 'minor_repair']
        >>> read_cell(t, "opened_at", FieldKind.DATETIME, "2025-10-09 09:30").isoformat()
        '2025-10-09T09:30:00+08:00'
    """
    return _READERS[kind](table, None, value)


def x_read_cell__mutmut_3(table: TableMapping, field: str, kind: FieldKind, value: Any) -> Any:
    """Return the value of ``field`` read from a (non-blank) cell.

    Raises:
        autocrm.errors.InvalidFormat: the cell cannot be read as the field's kind, or
            a coded value is not in the field's value map and it has no fallback.

    Examples:
        >>> from autocrm.adapters.tables.mapping import TableMapping
        >>> t = TableMapping("work_orders", files=("wo.csv",), columns={}, values={
        ...     "service_types": {"保养": "maintenance", "小修": "minor_repair"}})
        >>> sorted(m.value for m in read_cell(t, "service_types", FieldKind.CODES, "保养、小修"))
        ['maintenance', 'minor_repair']
        >>> read_cell(t, "opened_at", FieldKind.DATETIME, "2025-10-09 09:30").isoformat()
        '2025-10-09T09:30:00+08:00'
    """
    return _READERS[kind](table, field, None)


def x_read_cell__mutmut_4(table: TableMapping, field: str, kind: FieldKind, value: Any) -> Any:
    """Return the value of ``field`` read from a (non-blank) cell.

    Raises:
        autocrm.errors.InvalidFormat: the cell cannot be read as the field's kind, or
            a coded value is not in the field's value map and it has no fallback.

    Examples:
        >>> from autocrm.adapters.tables.mapping import TableMapping
        >>> t = TableMapping("work_orders", files=("wo.csv",), columns={}, values={
        ...     "service_types": {"保养": "maintenance", "小修": "minor_repair"}})
        >>> sorted(m.value for m in read_cell(t, "service_types", FieldKind.CODES, "保养、小修"))
        ['maintenance', 'minor_repair']
        >>> read_cell(t, "opened_at", FieldKind.DATETIME, "2025-10-09 09:30").isoformat()
        '2025-10-09T09:30:00+08:00'
    """
    return _READERS[kind](field, value)


def x_read_cell__mutmut_5(table: TableMapping, field: str, kind: FieldKind, value: Any) -> Any:
    """Return the value of ``field`` read from a (non-blank) cell.

    Raises:
        autocrm.errors.InvalidFormat: the cell cannot be read as the field's kind, or
            a coded value is not in the field's value map and it has no fallback.

    Examples:
        >>> from autocrm.adapters.tables.mapping import TableMapping
        >>> t = TableMapping("work_orders", files=("wo.csv",), columns={}, values={
        ...     "service_types": {"保养": "maintenance", "小修": "minor_repair"}})
        >>> sorted(m.value for m in read_cell(t, "service_types", FieldKind.CODES, "保养、小修"))
        ['maintenance', 'minor_repair']
        >>> read_cell(t, "opened_at", FieldKind.DATETIME, "2025-10-09 09:30").isoformat()
        '2025-10-09T09:30:00+08:00'
    """
    return _READERS[kind](table, value)


def x_read_cell__mutmut_6(table: TableMapping, field: str, kind: FieldKind, value: Any) -> Any:
    """Return the value of ``field`` read from a (non-blank) cell.

    Raises:
        autocrm.errors.InvalidFormat: the cell cannot be read as the field's kind, or
            a coded value is not in the field's value map and it has no fallback.

    Examples:
        >>> from autocrm.adapters.tables.mapping import TableMapping
        >>> t = TableMapping("work_orders", files=("wo.csv",), columns={}, values={
        ...     "service_types": {"保养": "maintenance", "小修": "minor_repair"}})
        >>> sorted(m.value for m in read_cell(t, "service_types", FieldKind.CODES, "保养、小修"))
        ['maintenance', 'minor_repair']
        >>> read_cell(t, "opened_at", FieldKind.DATETIME, "2025-10-09 09:30").isoformat()
        '2025-10-09T09:30:00+08:00'
    """
    return _READERS[kind](table, field, )

mutants_x_read_cell__mutmut['_mutmut_orig'] = x_read_cell__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_cell__mutmut['x_read_cell__mutmut_1'] = x_read_cell__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_cell__mutmut['x_read_cell__mutmut_2'] = x_read_cell__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_cell__mutmut['x_read_cell__mutmut_3'] = x_read_cell__mutmut_3 # type: ignore # mutmut generated
mutants_x_read_cell__mutmut['x_read_cell__mutmut_4'] = x_read_cell__mutmut_4 # type: ignore # mutmut generated
mutants_x_read_cell__mutmut['x_read_cell__mutmut_5'] = x_read_cell__mutmut_5 # type: ignore # mutmut generated
mutants_x_read_cell__mutmut['x_read_cell__mutmut_6'] = x_read_cell__mutmut_6 # type: ignore # mutmut generated
mutants_x__fail__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__fail__mutmut)
def _fail(field: str, message: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"{field}: {message}", field=field, value=value)


def x__fail__mutmut_orig(field: str, message: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"{field}: {message}", field=field, value=value)


def x__fail__mutmut_1(field: str, message: str, value: object) -> InvalidFormat:
    return InvalidFormat(None, field=field, value=value)


def x__fail__mutmut_2(field: str, message: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"{field}: {message}", field=None, value=value)


def x__fail__mutmut_3(field: str, message: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"{field}: {message}", field=field, value=None)


def x__fail__mutmut_4(field: str, message: str, value: object) -> InvalidFormat:
    return InvalidFormat(field=field, value=value)


def x__fail__mutmut_5(field: str, message: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"{field}: {message}", value=value)


def x__fail__mutmut_6(field: str, message: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"{field}: {message}", field=field, )

mutants_x__fail__mutmut['_mutmut_orig'] = x__fail__mutmut_orig # type: ignore # mutmut generated
mutants_x__fail__mutmut['x__fail__mutmut_1'] = x__fail__mutmut_1 # type: ignore # mutmut generated
mutants_x__fail__mutmut['x__fail__mutmut_2'] = x__fail__mutmut_2 # type: ignore # mutmut generated
mutants_x__fail__mutmut['x__fail__mutmut_3'] = x__fail__mutmut_3 # type: ignore # mutmut generated
mutants_x__fail__mutmut['x__fail__mutmut_4'] = x__fail__mutmut_4 # type: ignore # mutmut generated
mutants_x__fail__mutmut['x__fail__mutmut_5'] = x__fail__mutmut_5 # type: ignore # mutmut generated
mutants_x__fail__mutmut['x__fail__mutmut_6'] = x__fail__mutmut_6 # type: ignore # mutmut generated
mutants_x__text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__text__mutmut)
def _text(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_orig(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_1(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if (value) and False else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_2(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if (value) or True else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_3(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "XX1XX" if value else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_4(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "XX0XX"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_5(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) or value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_6(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(None) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_7(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) and value.is_integer():
            return str(None)
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_8(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) and value.is_integer():
            return str(int(None))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_9(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(None)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_10(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=None)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_11(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep="XX XX")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def x__text__mutmut_12(table: TableMapping, field: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # Excel stores a phone number or an id typed as a number as a float.
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(None)

mutants_x__text__mutmut['_mutmut_orig'] = x__text__mutmut_orig # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_1'] = x__text__mutmut_1 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_2'] = x__text__mutmut_2 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_3'] = x__text__mutmut_3 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_4'] = x__text__mutmut_4 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_5'] = x__text__mutmut_5 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_6'] = x__text__mutmut_6 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_7'] = x__text__mutmut_7 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_8'] = x__text__mutmut_8 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_9'] = x__text__mutmut_9 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_10'] = x__text__mutmut_10 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_11'] = x__text__mutmut_11 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_12'] = x__text__mutmut_12 # type: ignore # mutmut generated
mutants_x__texts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__texts__mutmut)
def _texts(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, value)
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_orig(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, value)
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_1(table: TableMapping, field: str, value: Any) -> list[str]:
    text = None
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_2(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(None, field, value)
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_3(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, None, value)
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_4(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, None)
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_5(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(field, value)
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_6(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, value)
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_7(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, )
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_8(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, value)
    for separator in table.separators[2:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_9(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, value)
    for separator in table.separators[1:]:
        text = None
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_10(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, value)
    for separator in table.separators[1:]:
        text = text.replace(None, table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_11(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, value)
    for separator in table.separators[1:]:
        text = text.replace(separator, None)
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_12(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, value)
    for separator in table.separators[1:]:
        text = text.replace(table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_13(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, value)
    for separator in table.separators[1:]:
        text = text.replace(separator, )
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_14(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, value)
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[1])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


def x__texts__mutmut_15(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, value)
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(None) if part.strip()]


def x__texts__mutmut_16(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, value)
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(table.separators[1]) if part.strip()]

mutants_x__texts__mutmut['_mutmut_orig'] = x__texts__mutmut_orig # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_1'] = x__texts__mutmut_1 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_2'] = x__texts__mutmut_2 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_3'] = x__texts__mutmut_3 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_4'] = x__texts__mutmut_4 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_5'] = x__texts__mutmut_5 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_6'] = x__texts__mutmut_6 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_7'] = x__texts__mutmut_7 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_8'] = x__texts__mutmut_8 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_9'] = x__texts__mutmut_9 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_10'] = x__texts__mutmut_10 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_11'] = x__texts__mutmut_11 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_12'] = x__texts__mutmut_12 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_13'] = x__texts__mutmut_13 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_14'] = x__texts__mutmut_14 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_15'] = x__texts__mutmut_15 # type: ignore # mutmut generated
mutants_x__texts__mutmut['x__texts__mutmut_16'] = x__texts__mutmut_16 # type: ignore # mutmut generated


@functools.cache
def _members(kind: type[enum.Enum]) -> dict[str, enum.Enum]:
    """Code and Chinese label -> member, built once per enumeration."""
    found: dict[str, enum.Enum] = {}
    for member in kind:
        found.setdefault(str(getattr(member, "label", member.value)), member)
        found[str(member.value)] = member
    return found
mutants_x__member__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__member__mutmut)
def _member(table: TableMapping, field: str, code: str) -> Any:
    # The member itself, so that the domain's converter has nothing left to look up; an
    # unknown code goes on as text and the domain names the problem.
    return _members(CODE_TYPES[table.name, field]).get(code, code)


def x__member__mutmut_orig(table: TableMapping, field: str, code: str) -> Any:
    # The member itself, so that the domain's converter has nothing left to look up; an
    # unknown code goes on as text and the domain names the problem.
    return _members(CODE_TYPES[table.name, field]).get(code, code)


def x__member__mutmut_1(table: TableMapping, field: str, code: str) -> Any:
    # The member itself, so that the domain's converter has nothing left to look up; an
    # unknown code goes on as text and the domain names the problem.
    return _members(CODE_TYPES[table.name, field]).get(None, code)


def x__member__mutmut_2(table: TableMapping, field: str, code: str) -> Any:
    # The member itself, so that the domain's converter has nothing left to look up; an
    # unknown code goes on as text and the domain names the problem.
    return _members(CODE_TYPES[table.name, field]).get(code, None)


def x__member__mutmut_3(table: TableMapping, field: str, code: str) -> Any:
    # The member itself, so that the domain's converter has nothing left to look up; an
    # unknown code goes on as text and the domain names the problem.
    return _members(CODE_TYPES[table.name, field]).get(code)


def x__member__mutmut_4(table: TableMapping, field: str, code: str) -> Any:
    # The member itself, so that the domain's converter has nothing left to look up; an
    # unknown code goes on as text and the domain names the problem.
    return _members(CODE_TYPES[table.name, field]).get(code, )


def x__member__mutmut_5(table: TableMapping, field: str, code: str) -> Any:
    # The member itself, so that the domain's converter has nothing left to look up; an
    # unknown code goes on as text and the domain names the problem.
    return _members(None).get(code, code)

mutants_x__member__mutmut['_mutmut_orig'] = x__member__mutmut_orig # type: ignore # mutmut generated
mutants_x__member__mutmut['x__member__mutmut_1'] = x__member__mutmut_1 # type: ignore # mutmut generated
mutants_x__member__mutmut['x__member__mutmut_2'] = x__member__mutmut_2 # type: ignore # mutmut generated
mutants_x__member__mutmut['x__member__mutmut_3'] = x__member__mutmut_3 # type: ignore # mutmut generated
mutants_x__member__mutmut['x__member__mutmut_4'] = x__member__mutmut_4 # type: ignore # mutmut generated
mutants_x__member__mutmut['x__member__mutmut_5'] = x__member__mutmut_5 # type: ignore # mutmut generated
mutants_x__code__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__code__mutmut)
def _code(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_orig(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_1(table: TableMapping, field: str, value: Any) -> Any:
    text = None
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_2(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(None, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_3(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, None, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_4(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, None)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_5(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_6(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_7(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, )
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_8(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = None
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_9(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(None)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_10(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is not None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_11(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(None, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_12(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, None, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_13(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, None)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_14(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_15(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_16(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, )
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_17(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = None
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_18(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(None)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_19(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_20(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(None, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_21(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, None, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_22(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, None)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_23(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_24(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_25(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, )
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_26(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = None
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_27(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(None)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_28(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_29(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(None, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_30(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, None, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_31(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, None)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_32(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_33(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_34(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, )
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_35(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = None
    raise _fail(field, message, value)


def x__code__mutmut_36(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(None)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, value)


def x__code__mutmut_37(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "XXand there is no fallbackXX"
    )
    raise _fail(field, message, value)


def x__code__mutmut_38(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "AND THERE IS NO FALLBACK"
    )
    raise _fail(field, message, value)


def x__code__mutmut_39(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(None, message, value)


def x__code__mutmut_40(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, None, value)


def x__code__mutmut_41(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, None)


def x__code__mutmut_42(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(message, value)


def x__code__mutmut_43(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, value)


def x__code__mutmut_44(table: TableMapping, field: str, value: Any) -> Any:
    text = _text(table, field, value)
    mapped = table.values.get(field)
    if mapped is None:
        return _member(table, field, text)
    found = mapped.get(text)
    if found is not None:
        return _member(table, field, found)
    fallback = table.fallbacks.get(field)
    if fallback is not None:
        return _member(table, field, fallback)
    message = (
        f"{shown(text)} is not in the value map {table.name}.values.{field} "
        "and there is no fallback"
    )
    raise _fail(field, message, )

mutants_x__code__mutmut['_mutmut_orig'] = x__code__mutmut_orig # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_1'] = x__code__mutmut_1 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_2'] = x__code__mutmut_2 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_3'] = x__code__mutmut_3 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_4'] = x__code__mutmut_4 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_5'] = x__code__mutmut_5 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_6'] = x__code__mutmut_6 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_7'] = x__code__mutmut_7 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_8'] = x__code__mutmut_8 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_9'] = x__code__mutmut_9 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_10'] = x__code__mutmut_10 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_11'] = x__code__mutmut_11 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_12'] = x__code__mutmut_12 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_13'] = x__code__mutmut_13 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_14'] = x__code__mutmut_14 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_15'] = x__code__mutmut_15 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_16'] = x__code__mutmut_16 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_17'] = x__code__mutmut_17 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_18'] = x__code__mutmut_18 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_19'] = x__code__mutmut_19 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_20'] = x__code__mutmut_20 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_21'] = x__code__mutmut_21 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_22'] = x__code__mutmut_22 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_23'] = x__code__mutmut_23 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_24'] = x__code__mutmut_24 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_25'] = x__code__mutmut_25 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_26'] = x__code__mutmut_26 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_27'] = x__code__mutmut_27 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_28'] = x__code__mutmut_28 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_29'] = x__code__mutmut_29 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_30'] = x__code__mutmut_30 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_31'] = x__code__mutmut_31 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_32'] = x__code__mutmut_32 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_33'] = x__code__mutmut_33 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_34'] = x__code__mutmut_34 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_35'] = x__code__mutmut_35 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_36'] = x__code__mutmut_36 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_37'] = x__code__mutmut_37 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_38'] = x__code__mutmut_38 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_39'] = x__code__mutmut_39 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_40'] = x__code__mutmut_40 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_41'] = x__code__mutmut_41 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_42'] = x__code__mutmut_42 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_43'] = x__code__mutmut_43 # type: ignore # mutmut generated
mutants_x__code__mutmut['x__code__mutmut_44'] = x__code__mutmut_44 # type: ignore # mutmut generated
mutants_x__codes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__codes__mutmut)
def _codes(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, field, part) for part in _texts(table, field, value)]


def x__codes__mutmut_orig(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, field, part) for part in _texts(table, field, value)]


def x__codes__mutmut_1(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(None, field, part) for part in _texts(table, field, value)]


def x__codes__mutmut_2(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, None, part) for part in _texts(table, field, value)]


def x__codes__mutmut_3(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, field, None) for part in _texts(table, field, value)]


def x__codes__mutmut_4(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(field, part) for part in _texts(table, field, value)]


def x__codes__mutmut_5(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, part) for part in _texts(table, field, value)]


def x__codes__mutmut_6(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, field, ) for part in _texts(table, field, value)]


def x__codes__mutmut_7(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, field, part) for part in _texts(None, field, value)]


def x__codes__mutmut_8(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, field, part) for part in _texts(table, None, value)]


def x__codes__mutmut_9(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, field, part) for part in _texts(table, field, None)]


def x__codes__mutmut_10(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, field, part) for part in _texts(field, value)]


def x__codes__mutmut_11(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, field, part) for part in _texts(table, value)]


def x__codes__mutmut_12(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, field, part) for part in _texts(table, field, )]

mutants_x__codes__mutmut['_mutmut_orig'] = x__codes__mutmut_orig # type: ignore # mutmut generated
mutants_x__codes__mutmut['x__codes__mutmut_1'] = x__codes__mutmut_1 # type: ignore # mutmut generated
mutants_x__codes__mutmut['x__codes__mutmut_2'] = x__codes__mutmut_2 # type: ignore # mutmut generated
mutants_x__codes__mutmut['x__codes__mutmut_3'] = x__codes__mutmut_3 # type: ignore # mutmut generated
mutants_x__codes__mutmut['x__codes__mutmut_4'] = x__codes__mutmut_4 # type: ignore # mutmut generated
mutants_x__codes__mutmut['x__codes__mutmut_5'] = x__codes__mutmut_5 # type: ignore # mutmut generated
mutants_x__codes__mutmut['x__codes__mutmut_6'] = x__codes__mutmut_6 # type: ignore # mutmut generated
mutants_x__codes__mutmut['x__codes__mutmut_7'] = x__codes__mutmut_7 # type: ignore # mutmut generated
mutants_x__codes__mutmut['x__codes__mutmut_8'] = x__codes__mutmut_8 # type: ignore # mutmut generated
mutants_x__codes__mutmut['x__codes__mutmut_9'] = x__codes__mutmut_9 # type: ignore # mutmut generated
mutants_x__codes__mutmut['x__codes__mutmut_10'] = x__codes__mutmut_10 # type: ignore # mutmut generated
mutants_x__codes__mutmut['x__codes__mutmut_11'] = x__codes__mutmut_11 # type: ignore # mutmut generated
mutants_x__codes__mutmut['x__codes__mutmut_12'] = x__codes__mutmut_12 # type: ignore # mutmut generated
mutants_x__int__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__int__mutmut)
def _int(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_orig(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_1(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(None, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_2(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, None, value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_3(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", None)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_4(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_5(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_6(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", )
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_7(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(None)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_8(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) or value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_9(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) or math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_10(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(None) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_11(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(None)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_12(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = None
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_13(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(None)
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_14(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(None, ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_15(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", None))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_16(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_17(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_18(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace("XX,XX", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_19(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", "XXXX"))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_20(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = None
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_21(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal(None)
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_22(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("XXNaNXX")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_23(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("nan")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_24(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NAN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_25(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() or number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_26(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number != number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_27(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(None)
    raise _fail(field, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_28(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(None, f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_29(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, None, value)


def x__int__mutmut_30(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", None)


def x__int__mutmut_31(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(f"expected a whole number, got {shown(value)}", value)


def x__int__mutmut_32(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, value)


def x__int__mutmut_33(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(value)}", )


def x__int__mutmut_34(table: TableMapping, field: str, value: Any) -> int:
    if isinstance(value, bool):
        raise _fail(field, f"expected a whole number, got {shown(value)}", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    raise _fail(field, f"expected a whole number, got {shown(None)}", value)

mutants_x__int__mutmut['_mutmut_orig'] = x__int__mutmut_orig # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_1'] = x__int__mutmut_1 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_2'] = x__int__mutmut_2 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_3'] = x__int__mutmut_3 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_4'] = x__int__mutmut_4 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_5'] = x__int__mutmut_5 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_6'] = x__int__mutmut_6 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_7'] = x__int__mutmut_7 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_8'] = x__int__mutmut_8 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_9'] = x__int__mutmut_9 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_10'] = x__int__mutmut_10 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_11'] = x__int__mutmut_11 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_12'] = x__int__mutmut_12 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_13'] = x__int__mutmut_13 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_14'] = x__int__mutmut_14 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_15'] = x__int__mutmut_15 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_16'] = x__int__mutmut_16 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_17'] = x__int__mutmut_17 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_18'] = x__int__mutmut_18 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_19'] = x__int__mutmut_19 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_20'] = x__int__mutmut_20 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_21'] = x__int__mutmut_21 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_22'] = x__int__mutmut_22 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_23'] = x__int__mutmut_23 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_24'] = x__int__mutmut_24 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_25'] = x__int__mutmut_25 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_26'] = x__int__mutmut_26 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_27'] = x__int__mutmut_27 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_28'] = x__int__mutmut_28 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_29'] = x__int__mutmut_29 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_30'] = x__int__mutmut_30 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_31'] = x__int__mutmut_31 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_32'] = x__int__mutmut_32 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_33'] = x__int__mutmut_33 # type: ignore # mutmut generated
mutants_x__int__mutmut['x__int__mutmut_34'] = x__int__mutmut_34 # type: ignore # mutmut generated
mutants_x__bool__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__bool__mutmut)
def _bool(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_orig(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_1(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_2(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).upper()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_3(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(None, field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_4(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, None, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_5(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, None).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_6(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_7(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_8(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, ).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_9(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text not in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_10(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return False
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_11(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return True
    if text not in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_12(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return True
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_13(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(None, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_14(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, None, value)


def x__bool__mutmut_15(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", None)


def x__bool__mutmut_16(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


def x__bool__mutmut_17(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, value)


def x__bool__mutmut_18(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", )


def x__bool__mutmut_19(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(None)}", value)

mutants_x__bool__mutmut['_mutmut_orig'] = x__bool__mutmut_orig # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_1'] = x__bool__mutmut_1 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_2'] = x__bool__mutmut_2 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_3'] = x__bool__mutmut_3 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_4'] = x__bool__mutmut_4 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_5'] = x__bool__mutmut_5 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_6'] = x__bool__mutmut_6 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_7'] = x__bool__mutmut_7 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_8'] = x__bool__mutmut_8 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_9'] = x__bool__mutmut_9 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_10'] = x__bool__mutmut_10 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_11'] = x__bool__mutmut_11 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_12'] = x__bool__mutmut_12 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_13'] = x__bool__mutmut_13 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_14'] = x__bool__mutmut_14 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_15'] = x__bool__mutmut_15 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_16'] = x__bool__mutmut_16 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_17'] = x__bool__mutmut_17 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_18'] = x__bool__mutmut_18 # type: ignore # mutmut generated
mutants_x__bool__mutmut['x__bool__mutmut_19'] = x__bool__mutmut_19 # type: ignore # mutmut generated
mutants_x__money__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__money__mutmut)
def _money(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_orig(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_1(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(None, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_2(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, None, value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_3(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", None)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_4(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_5(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_6(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", )
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_7(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(None)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_8(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_9(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(None):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_10(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(None, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_11(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, None, value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_12(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", None)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_13(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_14(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_15(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", )
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_16(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(None)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_17(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = None
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_18(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(None)
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_19(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(None))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_20(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = None
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_21(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = None
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_22(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(None)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_23(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = None
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_24(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace(None, "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_25(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", None)
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_26(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_27(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", )
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_28(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace(None, "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_29(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", None).replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_30(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_31(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", ).replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_32(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(None, "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_33(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", None).replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_34(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace("").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_35(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", ).replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_36(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(None, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_37(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, None, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_38(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, None).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_39(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_40(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_41(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, ).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_42(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace("XX,XX", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_43(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "XXXX").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_44(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("XX¥XX", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_45(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "XXXX").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_46(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("XX￥XX", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_47(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "XXXX")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_48(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = None
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_49(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(None)
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_50(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(None, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_51(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, None, value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_52(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", None) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_53(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_54(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_55(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", ) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_56(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(None)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_57(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_58(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(None, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_59(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, None, value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_60(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", None)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_61(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_62(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_63(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", )
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_64(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(None)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_65(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit != "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_66(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "XXfenXX":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_67(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "FEN":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_68(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount == amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_69(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(None, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_70(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, None, value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_71(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", None)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_72(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_73(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_74(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", )
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_75(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(None)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_76(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = None
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_77(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(None)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_78(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(+2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_79(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-3)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_80(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount == amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_81(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(None):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_82(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(None, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_83(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, None, value)
    return amount.quantize(FEN)


def x__money__mutmut_84(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", None)
    return amount.quantize(FEN)


def x__money__mutmut_85(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_86(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, value)
    return amount.quantize(FEN)


def x__money__mutmut_87(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", )
    return amount.quantize(FEN)


def x__money__mutmut_88(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(None)} yuan has more than two decimals (fen)", value)
    return amount.quantize(FEN)


def x__money__mutmut_89(table: TableMapping, field: str, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, f"expected an amount, got {shown(value)}", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, f"{shown(value)} is not an amount", value)
        # The shortest text that reads back as the same float: 420.5, never 420.4999...
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        text = _text(table, field, value).replace(",", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text.strip())
        except InvalidOperation:
            raise _fail(field, f"{shown(value)} is not an amount", value) from None
        if not amount.is_finite():
            raise _fail(field, f"{shown(value)} is not an amount", value)
    if table.money_unit == "fen":
        if amount != amount.to_integral_value():
            raise _fail(field, f"{shown(value)} fen is not a whole number of fen", value)
        amount = amount.scaleb(-2)
    if amount != amount.quantize(FEN):
        raise _fail(field, f"{shown(value)} yuan has more than two decimals (fen)", value)
    return amount.quantize(None)

mutants_x__money__mutmut['_mutmut_orig'] = x__money__mutmut_orig # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_1'] = x__money__mutmut_1 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_2'] = x__money__mutmut_2 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_3'] = x__money__mutmut_3 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_4'] = x__money__mutmut_4 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_5'] = x__money__mutmut_5 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_6'] = x__money__mutmut_6 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_7'] = x__money__mutmut_7 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_8'] = x__money__mutmut_8 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_9'] = x__money__mutmut_9 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_10'] = x__money__mutmut_10 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_11'] = x__money__mutmut_11 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_12'] = x__money__mutmut_12 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_13'] = x__money__mutmut_13 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_14'] = x__money__mutmut_14 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_15'] = x__money__mutmut_15 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_16'] = x__money__mutmut_16 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_17'] = x__money__mutmut_17 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_18'] = x__money__mutmut_18 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_19'] = x__money__mutmut_19 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_20'] = x__money__mutmut_20 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_21'] = x__money__mutmut_21 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_22'] = x__money__mutmut_22 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_23'] = x__money__mutmut_23 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_24'] = x__money__mutmut_24 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_25'] = x__money__mutmut_25 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_26'] = x__money__mutmut_26 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_27'] = x__money__mutmut_27 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_28'] = x__money__mutmut_28 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_29'] = x__money__mutmut_29 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_30'] = x__money__mutmut_30 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_31'] = x__money__mutmut_31 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_32'] = x__money__mutmut_32 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_33'] = x__money__mutmut_33 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_34'] = x__money__mutmut_34 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_35'] = x__money__mutmut_35 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_36'] = x__money__mutmut_36 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_37'] = x__money__mutmut_37 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_38'] = x__money__mutmut_38 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_39'] = x__money__mutmut_39 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_40'] = x__money__mutmut_40 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_41'] = x__money__mutmut_41 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_42'] = x__money__mutmut_42 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_43'] = x__money__mutmut_43 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_44'] = x__money__mutmut_44 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_45'] = x__money__mutmut_45 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_46'] = x__money__mutmut_46 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_47'] = x__money__mutmut_47 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_48'] = x__money__mutmut_48 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_49'] = x__money__mutmut_49 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_50'] = x__money__mutmut_50 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_51'] = x__money__mutmut_51 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_52'] = x__money__mutmut_52 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_53'] = x__money__mutmut_53 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_54'] = x__money__mutmut_54 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_55'] = x__money__mutmut_55 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_56'] = x__money__mutmut_56 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_57'] = x__money__mutmut_57 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_58'] = x__money__mutmut_58 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_59'] = x__money__mutmut_59 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_60'] = x__money__mutmut_60 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_61'] = x__money__mutmut_61 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_62'] = x__money__mutmut_62 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_63'] = x__money__mutmut_63 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_64'] = x__money__mutmut_64 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_65'] = x__money__mutmut_65 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_66'] = x__money__mutmut_66 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_67'] = x__money__mutmut_67 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_68'] = x__money__mutmut_68 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_69'] = x__money__mutmut_69 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_70'] = x__money__mutmut_70 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_71'] = x__money__mutmut_71 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_72'] = x__money__mutmut_72 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_73'] = x__money__mutmut_73 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_74'] = x__money__mutmut_74 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_75'] = x__money__mutmut_75 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_76'] = x__money__mutmut_76 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_77'] = x__money__mutmut_77 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_78'] = x__money__mutmut_78 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_79'] = x__money__mutmut_79 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_80'] = x__money__mutmut_80 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_81'] = x__money__mutmut_81 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_82'] = x__money__mutmut_82 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_83'] = x__money__mutmut_83 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_84'] = x__money__mutmut_84 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_85'] = x__money__mutmut_85 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_86'] = x__money__mutmut_86 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_87'] = x__money__mutmut_87 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_88'] = x__money__mutmut_88 # type: ignore # mutmut generated
mutants_x__money__mutmut['x__money__mutmut_89'] = x__money__mutmut_89 # type: ignore # mutmut generated
mutants_x__date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__date__mutmut)
def _date(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_orig(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_1(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_2(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(None).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_3(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = None
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_4(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(None, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_5(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, None, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_6(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, None)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_7(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_8(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_9(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, )
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_10(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = None
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_11(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats != _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_12(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(None)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_13(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(None, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_14(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, None).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_15(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_16(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, ).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_17(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            break
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_18(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = None
    raise _fail(field, message, value)


def x__date__mutmut_19(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(None)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_20(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(None)}"
    raise _fail(field, message, value)


def x__date__mutmut_21(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {'XX, XX'.join(formats)}"
    raise _fail(field, message, value)


def x__date__mutmut_22(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(None, message, value)


def x__date__mutmut_23(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, None, value)


def x__date__mutmut_24(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, None)


def x__date__mutmut_25(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(message, value)


def x__date__mutmut_26(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, value)


def x__date__mutmut_27(table: TableMapping, field: str, value: Any) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(table.timezone).date()
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(table, field, value)
    formats = table.date_formats
    if formats == _DEFAULT_DATE_FORMATS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    for form in formats:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    message = f"{shown(text)} is not a date in the formats {', '.join(formats)}"
    raise _fail(field, message, )

mutants_x__date__mutmut['_mutmut_orig'] = x__date__mutmut_orig # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_1'] = x__date__mutmut_1 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_2'] = x__date__mutmut_2 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_3'] = x__date__mutmut_3 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_4'] = x__date__mutmut_4 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_5'] = x__date__mutmut_5 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_6'] = x__date__mutmut_6 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_7'] = x__date__mutmut_7 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_8'] = x__date__mutmut_8 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_9'] = x__date__mutmut_9 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_10'] = x__date__mutmut_10 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_11'] = x__date__mutmut_11 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_12'] = x__date__mutmut_12 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_13'] = x__date__mutmut_13 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_14'] = x__date__mutmut_14 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_15'] = x__date__mutmut_15 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_16'] = x__date__mutmut_16 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_17'] = x__date__mutmut_17 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_18'] = x__date__mutmut_18 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_19'] = x__date__mutmut_19 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_20'] = x__date__mutmut_20 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_21'] = x__date__mutmut_21 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_22'] = x__date__mutmut_22 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_23'] = x__date__mutmut_23 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_24'] = x__date__mutmut_24 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_25'] = x__date__mutmut_25 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_26'] = x__date__mutmut_26 # type: ignore # mutmut generated
mutants_x__date__mutmut['x__date__mutmut_27'] = x__date__mutmut_27 # type: ignore # mutmut generated
mutants_x__datetime__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__datetime__mutmut)
def _datetime(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_orig(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_1(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_2(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = None
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_3(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = None
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_4(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(None, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_5(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, None)
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_6(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_7(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, )
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_8(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = None
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_9(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(None, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_10(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, None, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_11(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, None)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_12(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_13(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_14(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, )
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_15(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = None
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_16(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(None, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_17(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, None, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_18(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, None)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_19(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_20(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_21(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, )
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_22(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if (moment.tzinfo is not None) and False else moment.replace(tzinfo=zone)


def x__datetime__mutmut_23(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if (moment.tzinfo is not None) or True else moment.replace(tzinfo=zone)


def x__datetime__mutmut_24(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is None else moment.replace(tzinfo=zone)


def x__datetime__mutmut_25(table: TableMapping, field: str, value: Any) -> datetime:
    zone: tzinfo = table.timezone
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = _text(table, field, value)
        moment = _parse_moment(table, field, text)
    # A timestamp written without a zone is the shop's local time (the mapping's zone).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=None)

mutants_x__datetime__mutmut['_mutmut_orig'] = x__datetime__mutmut_orig # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_1'] = x__datetime__mutmut_1 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_2'] = x__datetime__mutmut_2 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_3'] = x__datetime__mutmut_3 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_4'] = x__datetime__mutmut_4 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_5'] = x__datetime__mutmut_5 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_6'] = x__datetime__mutmut_6 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_7'] = x__datetime__mutmut_7 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_8'] = x__datetime__mutmut_8 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_9'] = x__datetime__mutmut_9 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_10'] = x__datetime__mutmut_10 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_11'] = x__datetime__mutmut_11 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_12'] = x__datetime__mutmut_12 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_13'] = x__datetime__mutmut_13 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_14'] = x__datetime__mutmut_14 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_15'] = x__datetime__mutmut_15 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_16'] = x__datetime__mutmut_16 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_17'] = x__datetime__mutmut_17 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_18'] = x__datetime__mutmut_18 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_19'] = x__datetime__mutmut_19 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_20'] = x__datetime__mutmut_20 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_21'] = x__datetime__mutmut_21 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_22'] = x__datetime__mutmut_22 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_23'] = x__datetime__mutmut_23 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_24'] = x__datetime__mutmut_24 # type: ignore # mutmut generated
mutants_x__datetime__mutmut['x__datetime__mutmut_25'] = x__datetime__mutmut_25 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parse_moment__mutmut)
def _parse_moment(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_orig(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_1(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" or text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_2(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 or text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_3(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) > 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_4(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 17 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_5(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[5] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_6(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] != "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_7(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "XX-XX" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_8(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[11] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_9(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] not in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_10(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in "XX TXX":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_11(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " t":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_12(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(None)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_13(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(None, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_14(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, None)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_15(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_16(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, )
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_17(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            break
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_18(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(None, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_19(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, None)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_20(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_21(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, )
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_22(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            break
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_23(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = None
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_24(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join(None)
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_25(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = "XX, XX".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_26(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(None, f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_27(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, None, text)


def x__parse_moment__mutmut_28(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", None)


def x__parse_moment__mutmut_29(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(f"{shown(text)} is not a date and time in the formats {formats}", text)


def x__parse_moment__mutmut_30(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, text)


def x__parse_moment__mutmut_31(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(text)} is not a date and time in the formats {formats}", )


def x__parse_moment__mutmut_32(table: TableMapping, field: str, text: str) -> datetime:
    try:
        if len(text) >= 16 and text[4] == "-" and text[10] in " T":
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    for form in table.datetime_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    for form in table.date_formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    formats = ", ".join((*table.datetime_formats, *table.date_formats))
    raise _fail(field, f"{shown(None)} is not a date and time in the formats {formats}", text)

mutants_x__parse_moment__mutmut['_mutmut_orig'] = x__parse_moment__mutmut_orig # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_1'] = x__parse_moment__mutmut_1 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_2'] = x__parse_moment__mutmut_2 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_3'] = x__parse_moment__mutmut_3 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_4'] = x__parse_moment__mutmut_4 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_5'] = x__parse_moment__mutmut_5 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_6'] = x__parse_moment__mutmut_6 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_7'] = x__parse_moment__mutmut_7 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_8'] = x__parse_moment__mutmut_8 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_9'] = x__parse_moment__mutmut_9 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_10'] = x__parse_moment__mutmut_10 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_11'] = x__parse_moment__mutmut_11 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_12'] = x__parse_moment__mutmut_12 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_13'] = x__parse_moment__mutmut_13 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_14'] = x__parse_moment__mutmut_14 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_15'] = x__parse_moment__mutmut_15 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_16'] = x__parse_moment__mutmut_16 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_17'] = x__parse_moment__mutmut_17 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_18'] = x__parse_moment__mutmut_18 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_19'] = x__parse_moment__mutmut_19 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_20'] = x__parse_moment__mutmut_20 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_21'] = x__parse_moment__mutmut_21 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_22'] = x__parse_moment__mutmut_22 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_23'] = x__parse_moment__mutmut_23 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_24'] = x__parse_moment__mutmut_24 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_25'] = x__parse_moment__mutmut_25 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_26'] = x__parse_moment__mutmut_26 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_27'] = x__parse_moment__mutmut_27 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_28'] = x__parse_moment__mutmut_28 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_29'] = x__parse_moment__mutmut_29 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_30'] = x__parse_moment__mutmut_30 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_31'] = x__parse_moment__mutmut_31 # type: ignore # mutmut generated
mutants_x__parse_moment__mutmut['x__parse_moment__mutmut_32'] = x__parse_moment__mutmut_32 # type: ignore # mutmut generated


_READERS: dict[FieldKind, Callable[[TableMapping, str, Any], Any]] = {
    FieldKind.TEXT: _text,
    FieldKind.TEXTS: _texts,
    FieldKind.CODE: _code,
    FieldKind.CODES: _codes,
    FieldKind.INT: _int,
    FieldKind.BOOL: _bool,
    FieldKind.MONEY: _money,
    FieldKind.DATE: _date,
    FieldKind.DATETIME: _datetime,
}
