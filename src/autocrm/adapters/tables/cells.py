"""Turning one cell of an export into the value of a domain field, as the mapping says.

Every converter refuses what it cannot read with an
[`InvalidFormat`][autocrm.errors.InvalidFormat] naming the domain field; the domain
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


def _fail(field: str, message: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"{field}: {message}", field=field, value=value)


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


def _texts(table: TableMapping, field: str, value: Any) -> list[str]:
    text = _text(table, field, value)
    for separator in table.separators[1:]:
        text = text.replace(separator, table.separators[0])
    return [part.strip() for part in text.split(table.separators[0]) if part.strip()]


@functools.cache
def _members(kind: type[enum.Enum]) -> dict[str, enum.Enum]:
    """Code and Chinese label -> member, built once per enumeration."""
    found: dict[str, enum.Enum] = {}
    for member in kind:
        found.setdefault(str(getattr(member, "label", member.value)), member)
        found[str(member.value)] = member
    return found


def _member(table: TableMapping, field: str, code: str) -> Any:
    # The member itself, so that the domain's converter has nothing left to look up; an
    # unknown code goes on as text and the domain names the problem.
    return _members(CODE_TYPES[table.name, field]).get(code, code)


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


def _codes(table: TableMapping, field: str, value: Any) -> list[Any]:
    return [_code(table, field, part) for part in _texts(table, field, value)]


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


def _bool(table: TableMapping, field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(table, field, value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(field, f"expected yes or no (是/否, 1/0, true/false), got {shown(value)}", value)


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


def _cell_reader(table: TableMapping, field: str, kind: FieldKind) -> Callable[[Any], Any]:
    """``read_cell`` for one field of one table, looked up once: cell -> value.

    A text cell that is already text is taken as it is; a coded cell is looked up in
    one dictionary from the cell's text to the member (value map, then codes and
    labels); the other kinds call their reader directly.
    """
    if kind is FieldKind.TEXT:

        def read_text(value: Any) -> Any:
            return value if type(value) is str else _text(table, field, value)

        return read_text
    if kind is FieldKind.CODE:
        members = _members(CODE_TYPES[table.name, field])
        mapped = table.values.get(field)
        direct: dict[str, Any] = (
            dict(members)
            if mapped is None
            else {text: members.get(code, code) for text, code in mapped.items()}
        )

        def read_code(value: Any) -> Any:
            found = direct.get(value) if type(value) is str else None
            return found if found is not None else _code(table, field, value)

        return read_code
    return functools.partial(_READERS[kind], table, field)
