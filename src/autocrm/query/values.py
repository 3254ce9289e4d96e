"""Values in a filter: each is checked against its field's type and normalised.

An enum field accepts the member, its code or its Chinese label and stores the member;
money accepts ``Decimal``, ``int`` or a decimal string and stores a ``Decimal`` to the
fen; a datetime field wants an aware ``datetime``; a date field a ``date``; whole
numbers fit in 64 bits; text holds no NUL character. The filter nodes
(`autocrm.query.filters`) call these checks when they are built.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from autocrm.domain.checks import check_collection
from autocrm.domain.money import to_money
from autocrm.domain.text import has_nul
from autocrm.errors import ValidationError, shown
from autocrm.query.errors import TypeMismatch
from autocrm.query.fields import ValueType
from autocrm.query.paths import Field, _shown

__all__: list[str] = []


def _as_tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(check_collection(values, "values"))


def _problem(fld: Field, message: str, value: object) -> TypeMismatch:
    return TypeMismatch(f"{fld.name}: {message}", field=fld.name, value=value)


#: Whole numbers a query compares with fit in 64 bits, as every engine's integers do.
_INTEGER_RANGE = range(-(2**63), 2**63)


def _coerce(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            if has_nul(value):
                raise _problem(fld, "the NUL character (\\x00) is not allowed in text", value)
            return value
        raise _problem(fld, f"expected a str, got {_shown(value)}", value)
    if kind is ValueType.INTEGER:
        if isinstance(value, int) and not isinstance(value, bool):
            if value not in _INTEGER_RANGE:
                raise _problem(fld, f"{_shown(value)} is outside the 64-bit range", value)
            return value
        raise _problem(fld, f"expected an int, got {_shown(value)}", value)
    if kind is ValueType.BOOLEAN:
        if isinstance(value, bool):
            return value
        raise _problem(fld, f"expected a bool, got {_shown(value)}", value)
    if kind is ValueType.DATE:
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        raise _problem(fld, f"expected a date, got {_shown(value)}", value)
    if kind is ValueType.DATETIME:
        if isinstance(value, datetime) and value.utcoffset() is not None:
            return value
        if isinstance(value, datetime):
            msg = f"datetime {value} has no time zone; use an aware datetime (CHINA_TZ)"
            raise _problem(fld, msg, value)
        raise _problem(fld, f"expected an aware datetime, got {_shown(value)}", value)
    if kind is ValueType.MONEY:
        if isinstance(value, (Decimal, int, str)) and not isinstance(value, bool):
            try:
                return to_money(value, field=fld.name)
            except ValidationError as exc:
                raise _problem(fld, str(exc).split(": ", 1)[-1], value) from None
        raise _problem(fld, f"expected money (Decimal, int or str), got {_shown(value)}", value)
    enum_type = fld.enum
    assert enum_type is not None  # ENUM and ENUM_SET fields always name their enum
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:
            if value in (member.value, getattr(member, "label", None)):
                return member
    allowed = ", ".join(str(m.value) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)
