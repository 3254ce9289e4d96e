"""JSON for every domain type, and JSON Lines backups of a whole archive.

The converter is built by :func:`make_converter` (no mutable global is shared
with users: each call gives a fresh one; this module keeps a private instance
for :func:`dumps` and :func:`loads`). Money is written as a decimal string,
dates and datetimes in ISO 8601, enums by their English value, sets as sorted
lists, so that the same archive always gives the same bytes.

Examples:
    >>> from autocrm.domain import Customer
    >>> text = dumps(Customer(number="C000001", name="王建国", mobile="13800138000"))
    >>> loads(text, Customer).mobile
    '+8613800138000'
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any, ParamSpec, TypeGuard, TypeVar

import attrs
import cattrs
from cattrs.preconf.json import make_converter as _make_json_converter

from autocrm.domain import (
    Appointment,
    AuditEntry,
    Complaint,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.domain._enum import LabelledEnum
from autocrm.errors import (
    AutocrmError,
    InvalidFormat,
    ValidationError,
    _first_validation_error,
    shown,
)
from autocrm.rules.archive import RedactedComplaint, RedactedCustomer, RedactedWorkOrder

__all__ = [
    "FORMAT",
    "MANIFEST",
    "RECORD_TYPES",
    "dumps",
    "export_jsonl",
    "import_jsonl",
    "loads",
    "make_converter",
]

_T = TypeVar("_T")

#: The name written in the first line of a JSON Lines backup.
FORMAT = "autocrm-archive"
#: The ``type`` of a backup's last line, the manifest.
MANIFEST = "manifest"
# Version 2 added the manifest; version-1 backups are read only on request.
_FORMAT_VERSION = 2
_READABLE_VERSIONS = (1, 2)

#: Record type names used in JSON Lines backups, with the Snapshot field each fills.
RECORD_TYPES: Mapping[str, tuple[type[Any], str]] = MappingProxyType(
    {
        "customer": (Customer, "customers"),
        "vehicle": (Vehicle, "vehicles"),
        "reading": (OdometerReading, "readings"),
        "work_order": (WorkOrder, "work_orders"),
        "followup": (FollowUp, "followups"),
        "complaint": (Complaint, "complaints"),
        "appointment": (Appointment, "appointments"),
        "fleet_account": (FleetAccount, "fleet_accounts"),
        "audit": (AuditEntry, "audit"),
    }
)
_KIND_ORDER = {name: position for position, name in enumerate(RECORD_TYPES)}


_P = ParamSpec("_P")
_R = TypeVar("_R")

# What Python's parsers raise on input of the wrong shape: a list where an object was
# expected (AttributeError, TypeError), nesting deeper than the interpreter's stack
# (RecursionError), bytes that are not UTF-8 (UnicodeDecodeError, a ValueError), a number
# too large for an int or a date (OverflowError, ValueError).
_MALFORMED = (AttributeError, TypeError, KeyError, RecursionError, OverflowError, ValueError)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


def _refusing_malformed(field: str) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Decorator: a reader's errors on malformed input become an InvalidFormat naming ``field``.

    The domain's own errors (which name their field) and OSError (a file that cannot be
    opened) pass unchanged.
    """

    def decorate(read: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.wraps(read)
        def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            try:
                return read(*args, **kwargs)
            except AutocrmError:
                raise
            except _MALFORMED as exc:
                msg = f"{field}: malformed input ({type(exc).__name__}: {shown(str(exc))})"
                raise InvalidFormat(msg, field=field, value=None) from exc

        return wrapper

    return decorate
mutants_x__structure_decimal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__structure_decimal__mutmut)
def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_orig(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_1(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = None
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_2(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(None)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_3(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(None, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_4(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_5(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=None)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_6(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_7(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_8(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", )
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_9(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="XXamountXX", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_10(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="AMOUNT", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_11(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(None)
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_12(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(None))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_13(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = None
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_14(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(None)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def x__structure_decimal__mutmut_15(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(None, field="amount", value=value) from None


def x__structure_decimal__mutmut_16(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field=None, value=value) from None


def x__structure_decimal__mutmut_17(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=None) from None


def x__structure_decimal__mutmut_18(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(field="amount", value=value) from None


def x__structure_decimal__mutmut_19(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, value=value) from None


def x__structure_decimal__mutmut_20(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", ) from None


def x__structure_decimal__mutmut_21(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="XXamountXX", value=value) from None


def x__structure_decimal__mutmut_22(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="AMOUNT", value=value) from None

mutants_x__structure_decimal__mutmut['_mutmut_orig'] = x__structure_decimal__mutmut_orig # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_1'] = x__structure_decimal__mutmut_1 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_2'] = x__structure_decimal__mutmut_2 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_3'] = x__structure_decimal__mutmut_3 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_4'] = x__structure_decimal__mutmut_4 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_5'] = x__structure_decimal__mutmut_5 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_6'] = x__structure_decimal__mutmut_6 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_7'] = x__structure_decimal__mutmut_7 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_8'] = x__structure_decimal__mutmut_8 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_9'] = x__structure_decimal__mutmut_9 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_10'] = x__structure_decimal__mutmut_10 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_11'] = x__structure_decimal__mutmut_11 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_12'] = x__structure_decimal__mutmut_12 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_13'] = x__structure_decimal__mutmut_13 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_14'] = x__structure_decimal__mutmut_14 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_15'] = x__structure_decimal__mutmut_15 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_16'] = x__structure_decimal__mutmut_16 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_17'] = x__structure_decimal__mutmut_17 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_18'] = x__structure_decimal__mutmut_18 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_19'] = x__structure_decimal__mutmut_19 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_20'] = x__structure_decimal__mutmut_20 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_21'] = x__structure_decimal__mutmut_21 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_22'] = x__structure_decimal__mutmut_22 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__structure_date__mutmut)
def _structure_date(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field="date", value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_orig(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field="date", value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_1(value: object, _: type) -> date:
    if isinstance(value, date) or not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field="date", value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_2(value: object, _: type) -> date:
    if isinstance(value, date) and isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field="date", value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_3(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field="date", value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_4(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = None
        raise InvalidFormat(msg, field="date", value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_5(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(None)}"
        raise InvalidFormat(msg, field="date", value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_6(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(None, field="date", value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_7(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_8(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field="date", value=None)
    return date.fromisoformat(value)


def x__structure_date__mutmut_9(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(field="date", value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_10(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_11(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field="date", )
    return date.fromisoformat(value)


def x__structure_date__mutmut_12(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field="XXdateXX", value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_13(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field="DATE", value=value)
    return date.fromisoformat(value)


def x__structure_date__mutmut_14(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field="date", value=value)
    return date.fromisoformat(None)

mutants_x__structure_date__mutmut['_mutmut_orig'] = x__structure_date__mutmut_orig # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_1'] = x__structure_date__mutmut_1 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_2'] = x__structure_date__mutmut_2 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_3'] = x__structure_date__mutmut_3 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_4'] = x__structure_date__mutmut_4 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_5'] = x__structure_date__mutmut_5 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_6'] = x__structure_date__mutmut_6 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_7'] = x__structure_date__mutmut_7 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_8'] = x__structure_date__mutmut_8 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_9'] = x__structure_date__mutmut_9 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_10'] = x__structure_date__mutmut_10 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_11'] = x__structure_date__mutmut_11 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_12'] = x__structure_date__mutmut_12 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_13'] = x__structure_date__mutmut_13 # type: ignore # mutmut generated
mutants_x__structure_date__mutmut['x__structure_date__mutmut_14'] = x__structure_date__mutmut_14 # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__structure_datetime__mutmut)
def _structure_datetime(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(msg, field="datetime", value=value)
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_orig(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(msg, field="datetime", value=value)
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_1(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(msg, field="datetime", value=value)
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_2(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = None
        raise InvalidFormat(msg, field="datetime", value=value)
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_3(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(None)}"
        raise InvalidFormat(msg, field="datetime", value=value)
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_4(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(None, field="datetime", value=value)
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_5(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value)
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_6(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(msg, field="datetime", value=None)
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_7(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(field="datetime", value=value)
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_8(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(msg, value=value)
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_9(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(msg, field="datetime", )
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_10(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(msg, field="XXdatetimeXX", value=value)
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_11(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(msg, field="DATETIME", value=value)
    return datetime.fromisoformat(value)


def x__structure_datetime__mutmut_12(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
        raise InvalidFormat(msg, field="datetime", value=value)
    return datetime.fromisoformat(None)

mutants_x__structure_datetime__mutmut['_mutmut_orig'] = x__structure_datetime__mutmut_orig # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut['x__structure_datetime__mutmut_1'] = x__structure_datetime__mutmut_1 # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut['x__structure_datetime__mutmut_2'] = x__structure_datetime__mutmut_2 # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut['x__structure_datetime__mutmut_3'] = x__structure_datetime__mutmut_3 # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut['x__structure_datetime__mutmut_4'] = x__structure_datetime__mutmut_4 # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut['x__structure_datetime__mutmut_5'] = x__structure_datetime__mutmut_5 # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut['x__structure_datetime__mutmut_6'] = x__structure_datetime__mutmut_6 # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut['x__structure_datetime__mutmut_7'] = x__structure_datetime__mutmut_7 # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut['x__structure_datetime__mutmut_8'] = x__structure_datetime__mutmut_8 # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut['x__structure_datetime__mutmut_9'] = x__structure_datetime__mutmut_9 # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut['x__structure_datetime__mutmut_10'] = x__structure_datetime__mutmut_10 # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut['x__structure_datetime__mutmut_11'] = x__structure_datetime__mutmut_11 # type: ignore # mutmut generated
mutants_x__structure_datetime__mutmut['x__structure_datetime__mutmut_12'] = x__structure_datetime__mutmut_12 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_make_converter__mutmut)
def make_converter() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_orig() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_1() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = None
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_2() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(None, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_3() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, None)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_4() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_5() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, )
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_6() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(None, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_7() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, None)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_8() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(_structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_9() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, )
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_10() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(None, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_11() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, None)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_12() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_13() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, )
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_14() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(None, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_15() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, None)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_16() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(_structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_17() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, )
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_18() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(None, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_19() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, None)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_20() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_21() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, )
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_22() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(None, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_23() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, None)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_24() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(_structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_25() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, )

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_26() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = None
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_27() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(None) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_28() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(None, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_29() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=None)

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_30() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_31() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, )

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_32() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: None)

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_33() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(None, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_34() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=None))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_35() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_36() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, ))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_37() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=False))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_38() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        None, _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_39() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), None
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_40() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_41() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_42() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: None, _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_43() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(None, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_44() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, None, t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_45() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", None) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_46() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr("__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_47() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_48() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", ) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_49() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "XX__origin__XX", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_50() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__ORIGIN__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_51() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) not in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_52() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(None, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_53() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, None)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_54() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_55() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, )
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_56() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(None, lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_57() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, None)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_58() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(lambda member: member.value)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_59() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, )
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_60() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: None)
    _register_redacted_views(converter)
    return converter


def x_make_converter__mutmut_61() -> cattrs.Converter:
    """Return a new cattrs converter for the domain types.

    Examples:
        >>> from autocrm.domain import WorkOrderLine
        >>> make_converter().unstructure(WorkOrderLine("工时", "88"))
        {'description': '工时', 'amount': '88.00', 'payer': 'self', 'kind': 'labour'}
    """
    converter = _make_json_converter()
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)

    def _unstructure_set(value: frozenset[Any]) -> list[Any]:
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) in (frozenset, set), _unstructure_set
    )
    converter.register_unstructure_hook(MappingProxyType, dict)
    # Our enums are str subclasses; without this hook the JSON converter would pass them on
    # as they are, which json.dumps writes correctly but a plain-data consumer would not expect.
    converter.register_unstructure_hook(LabelledEnum, lambda member: member.value)
    _register_redacted_views(None)
    return converter

mutants_x_make_converter__mutmut['_mutmut_orig'] = x_make_converter__mutmut_orig # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_1'] = x_make_converter__mutmut_1 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_2'] = x_make_converter__mutmut_2 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_3'] = x_make_converter__mutmut_3 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_4'] = x_make_converter__mutmut_4 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_5'] = x_make_converter__mutmut_5 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_6'] = x_make_converter__mutmut_6 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_7'] = x_make_converter__mutmut_7 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_8'] = x_make_converter__mutmut_8 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_9'] = x_make_converter__mutmut_9 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_10'] = x_make_converter__mutmut_10 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_11'] = x_make_converter__mutmut_11 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_12'] = x_make_converter__mutmut_12 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_13'] = x_make_converter__mutmut_13 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_14'] = x_make_converter__mutmut_14 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_15'] = x_make_converter__mutmut_15 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_16'] = x_make_converter__mutmut_16 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_17'] = x_make_converter__mutmut_17 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_18'] = x_make_converter__mutmut_18 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_19'] = x_make_converter__mutmut_19 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_20'] = x_make_converter__mutmut_20 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_21'] = x_make_converter__mutmut_21 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_22'] = x_make_converter__mutmut_22 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_23'] = x_make_converter__mutmut_23 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_24'] = x_make_converter__mutmut_24 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_25'] = x_make_converter__mutmut_25 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_26'] = x_make_converter__mutmut_26 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_27'] = x_make_converter__mutmut_27 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_28'] = x_make_converter__mutmut_28 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_29'] = x_make_converter__mutmut_29 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_30'] = x_make_converter__mutmut_30 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_31'] = x_make_converter__mutmut_31 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_32'] = x_make_converter__mutmut_32 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_33'] = x_make_converter__mutmut_33 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_34'] = x_make_converter__mutmut_34 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_35'] = x_make_converter__mutmut_35 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_36'] = x_make_converter__mutmut_36 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_37'] = x_make_converter__mutmut_37 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_38'] = x_make_converter__mutmut_38 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_39'] = x_make_converter__mutmut_39 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_40'] = x_make_converter__mutmut_40 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_41'] = x_make_converter__mutmut_41 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_42'] = x_make_converter__mutmut_42 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_43'] = x_make_converter__mutmut_43 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_44'] = x_make_converter__mutmut_44 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_45'] = x_make_converter__mutmut_45 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_46'] = x_make_converter__mutmut_46 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_47'] = x_make_converter__mutmut_47 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_48'] = x_make_converter__mutmut_48 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_49'] = x_make_converter__mutmut_49 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_50'] = x_make_converter__mutmut_50 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_51'] = x_make_converter__mutmut_51 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_52'] = x_make_converter__mutmut_52 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_53'] = x_make_converter__mutmut_53 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_54'] = x_make_converter__mutmut_54 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_55'] = x_make_converter__mutmut_55 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_56'] = x_make_converter__mutmut_56 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_57'] = x_make_converter__mutmut_57 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_58'] = x_make_converter__mutmut_58 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_59'] = x_make_converter__mutmut_59 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_60'] = x_make_converter__mutmut_60 # type: ignore # mutmut generated
mutants_x_make_converter__mutmut['x_make_converter__mutmut_61'] = x_make_converter__mutmut_61 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__register_redacted_views__mutmut)
def _register_redacted_views(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_orig(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_1(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = None
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_2(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(None):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_3(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(None)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_4(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = None
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_5(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(None, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_6(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, None)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_7(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_8(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, )
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_9(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name != "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_10(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "XXvaluesXX":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_11(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "VALUES":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_12(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = None
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_13(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["XXvaluesXX"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_14(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["VALUES"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_15(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(None) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_16(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = None
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_17(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(None)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, unstructure_view)


def x__register_redacted_views__mutmut_18(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(None, unstructure_view)


def x__register_redacted_views__mutmut_19(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, None)


def x__register_redacted_views__mutmut_20(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(unstructure_view)


def x__register_redacted_views__mutmut_21(converter: cattrs.Converter) -> None:
    """Write a redacted view as its attributes, each shown value by its own type.

    A view's ``values`` are typed ``object`` (an Address, a date, a masked string...),
    which cattrs would pass on untouched; each value is unstructured as what it is.
    """

    def unstructure_view(view: RedactedCustomer | RedactedComplaint | RedactedWorkOrder) -> Any:
        data: dict[str, Any] = {}
        for attribute in attrs.fields(type(view)):
            value = getattr(view, attribute.name)
            if attribute.name == "values":
                data["values"] = {
                    name: converter.unstructure(shown) for name, shown in value.items()
                }
            else:
                data[attribute.name] = converter.unstructure(value)
        return data

    for view_type in (RedactedCustomer, RedactedComplaint, RedactedWorkOrder):
        converter.register_unstructure_hook(view_type, )

mutants_x__register_redacted_views__mutmut['_mutmut_orig'] = x__register_redacted_views__mutmut_orig # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_1'] = x__register_redacted_views__mutmut_1 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_2'] = x__register_redacted_views__mutmut_2 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_3'] = x__register_redacted_views__mutmut_3 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_4'] = x__register_redacted_views__mutmut_4 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_5'] = x__register_redacted_views__mutmut_5 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_6'] = x__register_redacted_views__mutmut_6 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_7'] = x__register_redacted_views__mutmut_7 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_8'] = x__register_redacted_views__mutmut_8 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_9'] = x__register_redacted_views__mutmut_9 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_10'] = x__register_redacted_views__mutmut_10 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_11'] = x__register_redacted_views__mutmut_11 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_12'] = x__register_redacted_views__mutmut_12 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_13'] = x__register_redacted_views__mutmut_13 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_14'] = x__register_redacted_views__mutmut_14 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_15'] = x__register_redacted_views__mutmut_15 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_16'] = x__register_redacted_views__mutmut_16 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_17'] = x__register_redacted_views__mutmut_17 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_18'] = x__register_redacted_views__mutmut_18 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_19'] = x__register_redacted_views__mutmut_19 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_20'] = x__register_redacted_views__mutmut_20 # type: ignore # mutmut generated
mutants_x__register_redacted_views__mutmut['x__register_redacted_views__mutmut_21'] = x__register_redacted_views__mutmut_21 # type: ignore # mutmut generated


_CONVERTER = make_converter()
mutants_x_dumps__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_dumps__mutmut)
def dumps(obj: object) -> str:
    """Return ``obj`` (any domain value) as a JSON string.

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> dumps(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        '{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480, "source": null}'
    """
    return json.dumps(_CONVERTER.unstructure(obj), ensure_ascii=False)


def x_dumps__mutmut_orig(obj: object) -> str:
    """Return ``obj`` (any domain value) as a JSON string.

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> dumps(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        '{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480, "source": null}'
    """
    return json.dumps(_CONVERTER.unstructure(obj), ensure_ascii=False)


def x_dumps__mutmut_1(obj: object) -> str:
    """Return ``obj`` (any domain value) as a JSON string.

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> dumps(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        '{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480, "source": null}'
    """
    return json.dumps(None, ensure_ascii=False)


def x_dumps__mutmut_2(obj: object) -> str:
    """Return ``obj`` (any domain value) as a JSON string.

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> dumps(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        '{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480, "source": null}'
    """
    return json.dumps(_CONVERTER.unstructure(obj), ensure_ascii=None)


def x_dumps__mutmut_3(obj: object) -> str:
    """Return ``obj`` (any domain value) as a JSON string.

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> dumps(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        '{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480, "source": null}'
    """
    return json.dumps(ensure_ascii=False)


def x_dumps__mutmut_4(obj: object) -> str:
    """Return ``obj`` (any domain value) as a JSON string.

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> dumps(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        '{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480, "source": null}'
    """
    return json.dumps(_CONVERTER.unstructure(obj), )


def x_dumps__mutmut_5(obj: object) -> str:
    """Return ``obj`` (any domain value) as a JSON string.

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> dumps(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        '{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480, "source": null}'
    """
    return json.dumps(_CONVERTER.unstructure(None), ensure_ascii=False)


def x_dumps__mutmut_6(obj: object) -> str:
    """Return ``obj`` (any domain value) as a JSON string.

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> dumps(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        '{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480, "source": null}'
    """
    return json.dumps(_CONVERTER.unstructure(obj), ensure_ascii=True)

mutants_x_dumps__mutmut['_mutmut_orig'] = x_dumps__mutmut_orig # type: ignore # mutmut generated
mutants_x_dumps__mutmut['x_dumps__mutmut_1'] = x_dumps__mutmut_1 # type: ignore # mutmut generated
mutants_x_dumps__mutmut['x_dumps__mutmut_2'] = x_dumps__mutmut_2 # type: ignore # mutmut generated
mutants_x_dumps__mutmut['x_dumps__mutmut_3'] = x_dumps__mutmut_3 # type: ignore # mutmut generated
mutants_x_dumps__mutmut['x_dumps__mutmut_4'] = x_dumps__mutmut_4 # type: ignore # mutmut generated
mutants_x_dumps__mutmut['x_dumps__mutmut_5'] = x_dumps__mutmut_5 # type: ignore # mutmut generated
mutants_x_dumps__mutmut['x_dumps__mutmut_6'] = x_dumps__mutmut_6 # type: ignore # mutmut generated


@_refusing_malformed("text")
def loads(text: str | bytes, kind: type[_T]) -> _T:
    """Read a ``kind`` from JSON written by :func:`dumps`.

    Raises:
        autocrm.errors.ValidationError: the JSON is malformed or a value is refused
            (the error names the field).

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> loads('{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480}',
        ...       OdometerReading).km
        12480
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc}"
        raise InvalidFormat(msg, field=kind.__name__, value=text) from None
    return _structure(data, kind)
mutants_x__structure__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__structure__mutmut)
def _structure(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_orig(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_1(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(None, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_2(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, None)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_3(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_4(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, )
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_5(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = None
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_6(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(None)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_7(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_8(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = None
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_9(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(None, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_10(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=None)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_11(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_12(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, )
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_13(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = None
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_14(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(None)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_15(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "XX; XX".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc


def x__structure__mutmut_16(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(None, field=kind.__name__, value=data) from exc


def x__structure__mutmut_17(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=None, value=data) from exc


def x__structure__mutmut_18(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=None) from exc


def x__structure__mutmut_19(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(field=kind.__name__, value=data) from exc


def x__structure__mutmut_20(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, value=data) from exc


def x__structure__mutmut_21(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.BaseValidationError as exc:
        inner = _first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, ) from exc

mutants_x__structure__mutmut['_mutmut_orig'] = x__structure__mutmut_orig # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_1'] = x__structure__mutmut_1 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_2'] = x__structure__mutmut_2 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_3'] = x__structure__mutmut_3 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_4'] = x__structure__mutmut_4 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_5'] = x__structure__mutmut_5 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_6'] = x__structure__mutmut_6 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_7'] = x__structure__mutmut_7 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_8'] = x__structure__mutmut_8 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_9'] = x__structure__mutmut_9 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_10'] = x__structure__mutmut_10 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_11'] = x__structure__mutmut_11 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_12'] = x__structure__mutmut_12 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_13'] = x__structure__mutmut_13 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_14'] = x__structure__mutmut_14 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_15'] = x__structure__mutmut_15 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_16'] = x__structure__mutmut_16 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_17'] = x__structure__mutmut_17 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_18'] = x__structure__mutmut_18 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_19'] = x__structure__mutmut_19 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_20'] = x__structure__mutmut_20 # type: ignore # mutmut generated
mutants_x__structure__mutmut['x__structure__mutmut_21'] = x__structure__mutmut_21 # type: ignore # mutmut generated
mutants_x__line__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__line__mutmut)
def _line(record: Mapping[str, Any]) -> str:
    """One backup line: sorted keys, real characters: one archive, one byte sequence."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def x__line__mutmut_orig(record: Mapping[str, Any]) -> str:
    """One backup line: sorted keys, real characters: one archive, one byte sequence."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def x__line__mutmut_1(record: Mapping[str, Any]) -> str:
    """One backup line: sorted keys, real characters: one archive, one byte sequence."""
    return json.dumps(None, ensure_ascii=False, sort_keys=True)


def x__line__mutmut_2(record: Mapping[str, Any]) -> str:
    """One backup line: sorted keys, real characters: one archive, one byte sequence."""
    return json.dumps(record, ensure_ascii=None, sort_keys=True)


def x__line__mutmut_3(record: Mapping[str, Any]) -> str:
    """One backup line: sorted keys, real characters: one archive, one byte sequence."""
    return json.dumps(record, ensure_ascii=False, sort_keys=None)


def x__line__mutmut_4(record: Mapping[str, Any]) -> str:
    """One backup line: sorted keys, real characters: one archive, one byte sequence."""
    return json.dumps(ensure_ascii=False, sort_keys=True)


def x__line__mutmut_5(record: Mapping[str, Any]) -> str:
    """One backup line: sorted keys, real characters: one archive, one byte sequence."""
    return json.dumps(record, sort_keys=True)


def x__line__mutmut_6(record: Mapping[str, Any]) -> str:
    """One backup line: sorted keys, real characters: one archive, one byte sequence."""
    return json.dumps(record, ensure_ascii=False, )


def x__line__mutmut_7(record: Mapping[str, Any]) -> str:
    """One backup line: sorted keys, real characters: one archive, one byte sequence."""
    return json.dumps(record, ensure_ascii=True, sort_keys=True)


def x__line__mutmut_8(record: Mapping[str, Any]) -> str:
    """One backup line: sorted keys, real characters: one archive, one byte sequence."""
    return json.dumps(record, ensure_ascii=False, sort_keys=False)

mutants_x__line__mutmut['_mutmut_orig'] = x__line__mutmut_orig # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_1'] = x__line__mutmut_1 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_2'] = x__line__mutmut_2 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_3'] = x__line__mutmut_3 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_4'] = x__line__mutmut_4 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_5'] = x__line__mutmut_5 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_6'] = x__line__mutmut_6 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_7'] = x__line__mutmut_7 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_8'] = x__line__mutmut_8 # type: ignore # mutmut generated
mutants_x__sha256__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__sha256__mutmut)
def _sha256(line: str) -> str:
    return hashlib.sha256(f"{line}\n".encode()).hexdigest()


def x__sha256__mutmut_orig(line: str) -> str:
    return hashlib.sha256(f"{line}\n".encode()).hexdigest()


def x__sha256__mutmut_1(line: str) -> str:
    return hashlib.sha256(None).hexdigest()

mutants_x__sha256__mutmut['_mutmut_orig'] = x__sha256__mutmut_orig # type: ignore # mutmut generated
mutants_x__sha256__mutmut['x__sha256__mutmut_1'] = x__sha256__mutmut_1 # type: ignore # mutmut generated
mutants_x__manifest__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__manifest__mutmut)
def _manifest(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_orig(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_1(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = None
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_2(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"XXcountXX": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_3(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"COUNT": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_4(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "XXsha256XX": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_5(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "SHA256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_6(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        None
    )


def x__manifest__mutmut_7(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "XXtypeXX": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_8(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "TYPE": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_9(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "XXformatXX": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_10(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "FORMAT": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_11(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "XXversionXX": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_12(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "VERSION": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_13(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "XXheader_sha256XX": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_14(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "HEADER_SHA256": _sha256(header_line),
            "records": records,
        }
    )


def x__manifest__mutmut_15(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(None),
            "records": records,
        }
    )


def x__manifest__mutmut_16(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "XXrecordsXX": records,
        }
    )


def x__manifest__mutmut_17(header_line: str, counts: Mapping[str, int], digests: Mapping[str, Any]) -> str:
    records = {
        name: {"count": counts[name], "sha256": digests[name].hexdigest()} for name in RECORD_TYPES
    }
    return _line(
        {
            "type": MANIFEST,
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "header_sha256": _sha256(header_line),
            "RECORDS": records,
        }
    )

mutants_x__manifest__mutmut['_mutmut_orig'] = x__manifest__mutmut_orig # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_1'] = x__manifest__mutmut_1 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_2'] = x__manifest__mutmut_2 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_3'] = x__manifest__mutmut_3 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_4'] = x__manifest__mutmut_4 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_5'] = x__manifest__mutmut_5 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_6'] = x__manifest__mutmut_6 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_7'] = x__manifest__mutmut_7 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_8'] = x__manifest__mutmut_8 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_9'] = x__manifest__mutmut_9 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_10'] = x__manifest__mutmut_10 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_11'] = x__manifest__mutmut_11 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_12'] = x__manifest__mutmut_12 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_13'] = x__manifest__mutmut_13 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_14'] = x__manifest__mutmut_14 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_15'] = x__manifest__mutmut_15 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_16'] = x__manifest__mutmut_16 # type: ignore # mutmut generated
mutants_x__manifest__mutmut['x__manifest__mutmut_17'] = x__manifest__mutmut_17 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_export_jsonl__mutmut)
def export_jsonl(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_orig(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_1(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(None, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_2(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, None)
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_3(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_4(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, )
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_5(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(None))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_6(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = None
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_7(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        None
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_8(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "XXformatXX": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_9(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "FORMAT": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_10(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "XXversionXX": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_11(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "VERSION": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_12(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "XXcustomer_sequenceXX": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_13(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "CUSTOMER_SEQUENCE": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_14(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(None)
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_15(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = None
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_16(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(None, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_17(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, None)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_18(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_19(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, )
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_20(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 1)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_21(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = None
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_22(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(None, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_23(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, None):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_24(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_25(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, ):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_26(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = None
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_27(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line(None)}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_28(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'XXtypeXX': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_29(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'TYPE': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_30(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'XXdataXX': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_31(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'DATA': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_32(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(None)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_33(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(None)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_34(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(None)
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_35(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] = 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_36(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] -= 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_37(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 2
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_38(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(None)
    return sum(counts.values())


def x_export_jsonl__mutmut_39(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(None, counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_40(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, None, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_41(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, None)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_42(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(counts, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_43(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, digests)}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_44(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, )}\n")
    return sum(counts.values())


def x_export_jsonl__mutmut_45(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header, one record a line, then a manifest.

    The header names the format, its version and the customer-number sequence. The
    records follow kind by kind in the order of :data:`RECORD_TYPES`. The last line
    is the manifest: for every record kind the number of its lines and the SHA-256
    of those lines (UTF-8, each ending with a line feed), and the SHA-256 of the
    header, so that :func:`import_jsonl` can tell a complete, unaltered backup from a
    truncated, reordered or edited one. Lines are written as they are made (nothing
    is held back but the running digests). Written to a path, the backup appears
    under its name only when complete: a failure leaves any earlier file as it was.
    The new file is readable and writable by its owner only, since a backup holds
    personal data.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (header and manifest not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> lines = buffer.getvalue().splitlines()
        >>> len(lines), json.loads(lines[-1])["records"]["customer"]["count"]
        (3, 1)
        >>> import_jsonl(lines).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        return _export_to_path(snapshot, Path(target))
    header = _line(
        {
            "format": FORMAT,
            "version": _FORMAT_VERSION,
            "customer_sequence": snapshot.customer_sequence,
        }
    )
    target.write(f"{header}\n")
    counts = dict.fromkeys(RECORD_TYPES, 0)
    digests = {name: hashlib.sha256() for name in RECORD_TYPES}
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            line = f"{_line({'type': name, 'data': _CONVERTER.unstructure(item)})}\n"
            target.write(line)
            digests[name].update(line.encode())
            counts[name] += 1
    target.write(f"{_manifest(header, counts, digests)}\n")
    return sum(None)

mutants_x_export_jsonl__mutmut['_mutmut_orig'] = x_export_jsonl__mutmut_orig # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_1'] = x_export_jsonl__mutmut_1 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_2'] = x_export_jsonl__mutmut_2 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_3'] = x_export_jsonl__mutmut_3 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_4'] = x_export_jsonl__mutmut_4 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_5'] = x_export_jsonl__mutmut_5 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_6'] = x_export_jsonl__mutmut_6 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_7'] = x_export_jsonl__mutmut_7 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_8'] = x_export_jsonl__mutmut_8 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_9'] = x_export_jsonl__mutmut_9 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_10'] = x_export_jsonl__mutmut_10 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_11'] = x_export_jsonl__mutmut_11 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_12'] = x_export_jsonl__mutmut_12 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_13'] = x_export_jsonl__mutmut_13 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_14'] = x_export_jsonl__mutmut_14 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_15'] = x_export_jsonl__mutmut_15 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_16'] = x_export_jsonl__mutmut_16 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_17'] = x_export_jsonl__mutmut_17 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_18'] = x_export_jsonl__mutmut_18 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_19'] = x_export_jsonl__mutmut_19 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_20'] = x_export_jsonl__mutmut_20 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_21'] = x_export_jsonl__mutmut_21 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_22'] = x_export_jsonl__mutmut_22 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_23'] = x_export_jsonl__mutmut_23 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_24'] = x_export_jsonl__mutmut_24 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_25'] = x_export_jsonl__mutmut_25 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_26'] = x_export_jsonl__mutmut_26 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_27'] = x_export_jsonl__mutmut_27 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_28'] = x_export_jsonl__mutmut_28 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_29'] = x_export_jsonl__mutmut_29 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_30'] = x_export_jsonl__mutmut_30 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_31'] = x_export_jsonl__mutmut_31 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_32'] = x_export_jsonl__mutmut_32 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_33'] = x_export_jsonl__mutmut_33 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_34'] = x_export_jsonl__mutmut_34 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_35'] = x_export_jsonl__mutmut_35 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_36'] = x_export_jsonl__mutmut_36 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_37'] = x_export_jsonl__mutmut_37 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_38'] = x_export_jsonl__mutmut_38 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_39'] = x_export_jsonl__mutmut_39 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_40'] = x_export_jsonl__mutmut_40 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_41'] = x_export_jsonl__mutmut_41 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_42'] = x_export_jsonl__mutmut_42 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_43'] = x_export_jsonl__mutmut_43 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_44'] = x_export_jsonl__mutmut_44 # type: ignore # mutmut generated
mutants_x_export_jsonl__mutmut['x_export_jsonl__mutmut_45'] = x_export_jsonl__mutmut_45 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__export_to_path__mutmut)
def _export_to_path(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_orig(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_1(snapshot: Snapshot, path: Path) -> int:
    handle, partial = None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_2(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=None, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_3(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=None, suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_4(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=None)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_5(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_6(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_7(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_8(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix="XX.partXX")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_9(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".PART")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_10(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(None, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_11(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, None, encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_12(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding=None, newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_13(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline=None) as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_14(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen("w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_15(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_16(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_17(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", ) as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_18(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "XXwXX", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_19(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "W", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_20(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="XXutf-8XX", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_21(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="UTF-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_22(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="XX\nXX") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_23(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = None
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_24(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(None, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_25(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, None)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_26(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_27(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, )
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_28(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(None, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_29(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, None)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_30(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_31(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, )
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_32(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=None)
        raise
    return written


def x__export_to_path__mutmut_33(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(None).unlink(missing_ok=True)
        raise
    return written


def x__export_to_path__mutmut_34(snapshot: Snapshot, path: Path) -> int:
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            written = export_jsonl(snapshot, stream)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=False)
        raise
    return written

mutants_x__export_to_path__mutmut['_mutmut_orig'] = x__export_to_path__mutmut_orig # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_1'] = x__export_to_path__mutmut_1 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_2'] = x__export_to_path__mutmut_2 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_3'] = x__export_to_path__mutmut_3 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_4'] = x__export_to_path__mutmut_4 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_5'] = x__export_to_path__mutmut_5 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_6'] = x__export_to_path__mutmut_6 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_7'] = x__export_to_path__mutmut_7 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_8'] = x__export_to_path__mutmut_8 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_9'] = x__export_to_path__mutmut_9 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_10'] = x__export_to_path__mutmut_10 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_11'] = x__export_to_path__mutmut_11 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_12'] = x__export_to_path__mutmut_12 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_13'] = x__export_to_path__mutmut_13 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_14'] = x__export_to_path__mutmut_14 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_15'] = x__export_to_path__mutmut_15 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_16'] = x__export_to_path__mutmut_16 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_17'] = x__export_to_path__mutmut_17 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_18'] = x__export_to_path__mutmut_18 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_19'] = x__export_to_path__mutmut_19 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_20'] = x__export_to_path__mutmut_20 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_21'] = x__export_to_path__mutmut_21 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_22'] = x__export_to_path__mutmut_22 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_23'] = x__export_to_path__mutmut_23 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_24'] = x__export_to_path__mutmut_24 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_25'] = x__export_to_path__mutmut_25 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_26'] = x__export_to_path__mutmut_26 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_27'] = x__export_to_path__mutmut_27 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_28'] = x__export_to_path__mutmut_28 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_29'] = x__export_to_path__mutmut_29 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_30'] = x__export_to_path__mutmut_30 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_31'] = x__export_to_path__mutmut_31 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_32'] = x__export_to_path__mutmut_32 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_33'] = x__export_to_path__mutmut_33 # type: ignore # mutmut generated
mutants_x__export_to_path__mutmut['x__export_to_path__mutmut_34'] = x__export_to_path__mutmut_34 # type: ignore # mutmut generated


@_refusing_malformed("source")
def import_jsonl(
    source: str | Path | IO[str] | Iterable[str], *, require_manifest: bool = True
) -> Snapshot:
    """Read an archive written by :func:`export_jsonl`, refusing a damaged backup.

    The first line must be the ``autocrm-archive`` header and the last the manifest.
    Every record kind must come in the order the exporter writes them, and its count
    and SHA-256 must match the manifest; otherwise the backup is refused with an
    :class:`~autocrm.errors.InvalidFormat` that names the line or the record kind and
    what was expected and found. Nothing is returned for a refused backup, so a
    restore that starts from this function writes nothing.

    Backups of format version 1 (written before manifests existed) carry nothing to
    check a truncation against; they are refused unless ``require_manifest=False``,
    and then read as before (the header must still be the first line). A version-2
    backup is always checked against its manifest.

    Args:
        source: A path, a text stream or any iterable of lines.
        require_manifest: Refuse a version-1 backup, which has no manifest.

    Returns:
        The archive as a :class:`~autocrm.domain.Snapshot`, records in file order.

    Raises:
        autocrm.errors.InvalidFormat: the backup is empty, lacks its header or its
            manifest, is out of order, does not match its manifest, or a line is not
            JSON or names an unknown record type; the message says which.
        autocrm.errors.ValidationError: a record holds a refused value; the message
            gives the line number.

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> _ = export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")],
        ...                           customer_sequence=7), buffer)
        >>> lines = buffer.getvalue().splitlines()
        >>> import_jsonl(lines).customer_sequence
        7
        >>> try:
        ...     import_jsonl([lines[0], lines[2]])  # the customer line is missing
        ... except InvalidFormat as exc:
        ...     str(exc).split(":")[0], exc.field
        ('customer records', 'customer')
        >>> try:
        ...     import_jsonl(["", *lines])
        ... except InvalidFormat as exc:
        ...     str(exc)
        'line 1: blank; a backup starts with its autocrm-archive header'
    """
    if isinstance(source, (str, Path)):
        with Path(source).open(encoding="utf-8") as stream:
            return import_jsonl(stream, require_manifest=require_manifest)
    reading = _Reading(require_manifest=require_manifest)
    number = 0
    try:
        for number, raw in enumerate(source, start=1):
            reading.feed(number, raw)
    except UnicodeDecodeError as exc:
        msg = f"line {number + 1}: not UTF-8 text: {exc.reason}"
        raise InvalidFormat(msg, field=f"line {number + 1}", value=None) from None
    return reading.finish(last_line=number)
mutants_x__refuse__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__refuse__mutmut)
def _refuse(number: int, problem: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"line {number}: {problem}", field=f"line {number}", value=value)


def x__refuse__mutmut_orig(number: int, problem: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"line {number}: {problem}", field=f"line {number}", value=value)


def x__refuse__mutmut_1(number: int, problem: str, value: object) -> InvalidFormat:
    return InvalidFormat(None, field=f"line {number}", value=value)


def x__refuse__mutmut_2(number: int, problem: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"line {number}: {problem}", field=None, value=value)


def x__refuse__mutmut_3(number: int, problem: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"line {number}: {problem}", field=f"line {number}", value=None)


def x__refuse__mutmut_4(number: int, problem: str, value: object) -> InvalidFormat:
    return InvalidFormat(field=f"line {number}", value=value)


def x__refuse__mutmut_5(number: int, problem: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"line {number}: {problem}", value=value)


def x__refuse__mutmut_6(number: int, problem: str, value: object) -> InvalidFormat:
    return InvalidFormat(f"line {number}: {problem}", field=f"line {number}", )

mutants_x__refuse__mutmut['_mutmut_orig'] = x__refuse__mutmut_orig # type: ignore # mutmut generated
mutants_x__refuse__mutmut['x__refuse__mutmut_1'] = x__refuse__mutmut_1 # type: ignore # mutmut generated
mutants_x__refuse__mutmut['x__refuse__mutmut_2'] = x__refuse__mutmut_2 # type: ignore # mutmut generated
mutants_x__refuse__mutmut['x__refuse__mutmut_3'] = x__refuse__mutmut_3 # type: ignore # mutmut generated
mutants_x__refuse__mutmut['x__refuse__mutmut_4'] = x__refuse__mutmut_4 # type: ignore # mutmut generated
mutants_x__refuse__mutmut['x__refuse__mutmut_5'] = x__refuse__mutmut_5 # type: ignore # mutmut generated
mutants_x__refuse__mutmut['x__refuse__mutmut_6'] = x__refuse__mutmut_6 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__strip_line_end__mutmut)
def _strip_line_end(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, raw)
    line = raw.removesuffix("\n")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_orig(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, raw)
    line = raw.removesuffix("\n")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_1(number: int, raw: object) -> str:
    if isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, raw)
    line = raw.removesuffix("\n")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_2(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = None
        raise _refuse(number, msg, raw)
    line = raw.removesuffix("\n")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_3(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(None).__name__}"
        raise _refuse(number, msg, raw)
    line = raw.removesuffix("\n")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_4(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(None, msg, raw)
    line = raw.removesuffix("\n")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_5(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, None, raw)
    line = raw.removesuffix("\n")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_6(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, None)
    line = raw.removesuffix("\n")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_7(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(msg, raw)
    line = raw.removesuffix("\n")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_8(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, raw)
    line = raw.removesuffix("\n")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_9(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, )
    line = raw.removesuffix("\n")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_10(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, raw)
    line = None
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_11(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, raw)
    line = raw.removesuffix(None)
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_12(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, raw)
    line = raw.removeprefix("\n")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_13(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, raw)
    line = raw.removesuffix("XX\nXX")
    return line.removesuffix("\r")


def x__strip_line_end__mutmut_14(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, raw)
    line = raw.removesuffix("\n")
    return line.removesuffix(None)


def x__strip_line_end__mutmut_15(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, raw)
    line = raw.removesuffix("\n")
    return line.removeprefix("\r")


def x__strip_line_end__mutmut_16(number: int, raw: object) -> str:
    if not isinstance(raw, str):
        msg = f"expected a line of text, got {type(raw).__name__}"
        raise _refuse(number, msg, raw)
    line = raw.removesuffix("\n")
    return line.removesuffix("XX\rXX")

mutants_x__strip_line_end__mutmut['_mutmut_orig'] = x__strip_line_end__mutmut_orig # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_1'] = x__strip_line_end__mutmut_1 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_2'] = x__strip_line_end__mutmut_2 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_3'] = x__strip_line_end__mutmut_3 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_4'] = x__strip_line_end__mutmut_4 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_5'] = x__strip_line_end__mutmut_5 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_6'] = x__strip_line_end__mutmut_6 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_7'] = x__strip_line_end__mutmut_7 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_8'] = x__strip_line_end__mutmut_8 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_9'] = x__strip_line_end__mutmut_9 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_10'] = x__strip_line_end__mutmut_10 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_11'] = x__strip_line_end__mutmut_11 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_12'] = x__strip_line_end__mutmut_12 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_13'] = x__strip_line_end__mutmut_13 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_14'] = x__strip_line_end__mutmut_14 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_15'] = x__strip_line_end__mutmut_15 # type: ignore # mutmut generated
mutants_x__strip_line_end__mutmut['x__strip_line_end__mutmut_16'] = x__strip_line_end__mutmut_16 # type: ignore # mutmut generated
mutants_x__parse__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parse__mutmut)
def _parse(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_orig(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_1(number: int, line: str) -> dict[str, Any]:
    try:
        record = None
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_2(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(None)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_3(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = None
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_4(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(None, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_5(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, None, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_6(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, None) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_7(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_8(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_9(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, ) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_10(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_11(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = None
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_12(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(None).__name__}"
        raise _refuse(number, msg, line)
    return record


def x__parse__mutmut_13(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(None, msg, line)
    return record


def x__parse__mutmut_14(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, None, line)
    return record


def x__parse__mutmut_15(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, None)
    return record


def x__parse__mutmut_16(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(msg, line)
    return record


def x__parse__mutmut_17(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, line)
    return record


def x__parse__mutmut_18(number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"not valid JSON: {exc}"
        raise _refuse(number, msg, line) from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _refuse(number, msg, )
    return record

mutants_x__parse__mutmut['_mutmut_orig'] = x__parse__mutmut_orig # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_1'] = x__parse__mutmut_1 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_2'] = x__parse__mutmut_2 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_3'] = x__parse__mutmut_3 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_4'] = x__parse__mutmut_4 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_5'] = x__parse__mutmut_5 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_6'] = x__parse__mutmut_6 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_7'] = x__parse__mutmut_7 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_8'] = x__parse__mutmut_8 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_9'] = x__parse__mutmut_9 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_10'] = x__parse__mutmut_10 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_11'] = x__parse__mutmut_11 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_12'] = x__parse__mutmut_12 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_13'] = x__parse__mutmut_13 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_14'] = x__parse__mutmut_14 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_15'] = x__parse__mutmut_15 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_16'] = x__parse__mutmut_16 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_17'] = x__parse__mutmut_17 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_18'] = x__parse__mutmut_18 # type: ignore # mutmut generated
mutants_x__whole_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__whole_number__mutmut)
def _whole_number(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def x__whole_number__mutmut_orig(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def x__whole_number__mutmut_1(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) or value >= 0


def x__whole_number__mutmut_2(value: object) -> TypeGuard[int]:
    return isinstance(value, int) or not isinstance(value, bool) and value >= 0


def x__whole_number__mutmut_3(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and isinstance(value, bool) and value >= 0


def x__whole_number__mutmut_4(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def x__whole_number__mutmut_5(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1

mutants_x__whole_number__mutmut['_mutmut_orig'] = x__whole_number__mutmut_orig # type: ignore # mutmut generated
mutants_x__whole_number__mutmut['x__whole_number__mutmut_1'] = x__whole_number__mutmut_1 # type: ignore # mutmut generated
mutants_x__whole_number__mutmut['x__whole_number__mutmut_2'] = x__whole_number__mutmut_2 # type: ignore # mutmut generated
mutants_x__whole_number__mutmut['x__whole_number__mutmut_3'] = x__whole_number__mutmut_3 # type: ignore # mutmut generated
mutants_x__whole_number__mutmut['x__whole_number__mutmut_4'] = x__whole_number__mutmut_4 # type: ignore # mutmut generated
mutants_x__whole_number__mutmut['x__whole_number__mutmut_5'] = x__whole_number__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Readingǁfeed__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Readingǁread_header__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Readingǁread_record__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Readingǁread_manifest__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Readingǁfinish__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Readingǁcheck_manifest__mutmut: MutantDict = {}  # type: ignore


class _Reading:
    """The state of one backup being read: header, digests so far, records waiting."""

    @_mutmut_mutated(mutants_xǁ_Readingǁ__init____mutmut)
    def __init__(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_orig(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_1(self, *, require_manifest: bool) -> None:
        self.require_manifest = None
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_2(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = None
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_3(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 1
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_4(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = None
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_5(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 1
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_6(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = None
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_7(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = "XXXX"
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_8(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = None
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_9(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(None, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_10(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, None)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_11(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_12(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, )
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_13(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 1)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_14(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = None
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_15(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = None
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_16(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 1
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_17(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = None
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_18(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = ""
        self.manifest_at = 0

    def xǁ_Readingǁ__init____mutmut_19(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = None

    def xǁ_Readingǁ__init____mutmut_20(self, *, require_manifest: bool) -> None:
        self.require_manifest = require_manifest
        self.version = 0
        self.sequence = 0
        self.header_line = ""
        self.counts = dict.fromkeys(RECORD_TYPES, 0)
        self.digests = {name: hashlib.sha256() for name in RECORD_TYPES}
        self.last_kind = 0
        self.waiting: list[tuple[int, str, object]] = []
        self.manifest: dict[str, Any] | None = None
        self.manifest_at = 1

    @_mutmut_mutated(mutants_xǁ_Readingǁfeed__mutmut)
    def feed(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_orig(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_1(self, number: int, raw: object) -> None:
        line = None
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_2(self, number: int, raw: object) -> None:
        line = _strip_line_end(None, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_3(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, None)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_4(self, number: int, raw: object) -> None:
        line = _strip_line_end(raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_5(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, )
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_6(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number != 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_7(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 2:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_8(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(None)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_9(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_10(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = None
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_11(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(None, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_12(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, None, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_13(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, None)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_14(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_15(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_16(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, )
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_17(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_18(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version <= _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_19(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(None, "blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_20(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, None, line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_21(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", None)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_22(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse("blank line inside the backup", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_23(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_24(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", )
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_25(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "XXblank line inside the backupXX", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_26(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "BLANK LINE INSIDE THE BACKUP", line)
        else:
            self.read_record(number, line)

    def xǁ_Readingǁfeed__mutmut_27(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(None, line)

    def xǁ_Readingǁfeed__mutmut_28(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, None)

    def xǁ_Readingǁfeed__mutmut_29(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(line)

    def xǁ_Readingǁfeed__mutmut_30(self, number: int, raw: object) -> None:
        line = _strip_line_end(number, raw)
        if number == 1:
            self.read_header(line)
        elif self.manifest is not None:
            if line.strip():
                msg = f"content after the manifest (line {self.manifest_at})"
                raise _refuse(number, msg, line)
        elif not line.strip():
            if self.version < _FORMAT_VERSION:
                return  # version-1 backups were read with blank lines skipped
            raise _refuse(number, "blank line inside the backup", line)
        else:
            self.read_record(number, )

    @_mutmut_mutated(mutants_xǁ_Readingǁread_header__mutmut)
    def read_header(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_orig(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_1(self, line: str) -> None:
        if line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_2(self, line: str) -> None:
        if not line.strip():
            msg = None
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_3(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(None, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_4(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, None, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_5(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, None)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_6(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_7(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_8(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, )
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_9(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(2, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_10(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = None
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_11(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(None, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_12(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, None)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_13(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_14(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, )
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_15(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(2, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_16(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = None
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_17(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get(None) != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_18(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("XXformatXX") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_19(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("FORMAT") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_20(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") == FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_21(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(None, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_22(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, None, line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_23(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", None)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_24(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_25(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_26(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", )
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_27(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(2, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_28(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = None
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_29(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get(None)
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_30(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("XXversionXX")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_31(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("VERSION")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_32(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int and version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_33(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(None) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_34(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_35(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_36(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = None
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_37(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(None)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_38(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(None, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_39(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, None, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_40(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, None)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_41(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_42(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_43(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, )
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_44(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(2, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_45(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION or self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_46(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version <= _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_47(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = None
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_48(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "XXcannot be detected; read it with require_manifest=False XX"
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_49(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=false "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_50(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "CANNOT BE DETECTED; READ IT WITH REQUIRE_MANIFEST=FALSE "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_51(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "XX(autocrm import --no-manifest) only if you trust the fileXX"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_52(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(AUTOCRM IMPORT --NO-MANIFEST) ONLY IF YOU TRUST THE FILE"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_53(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(None, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_54(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, None, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_55(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, None)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_56(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_57(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_58(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, )
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_59(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(2, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_60(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = None
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_61(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get(None, 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_62(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_63(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get(0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_64(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", )
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_65(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("XXcustomer_sequenceXX", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_66(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("CUSTOMER_SEQUENCE", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_67(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if (version < _FORMAT_VERSION) and False else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_68(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if (version < _FORMAT_VERSION) or True else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_69(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 1 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_70(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version <= _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_71(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_72(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(None):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_73(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = None
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_74(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(None)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_75(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(None, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_76(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, None, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_77(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, None)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_78(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_79(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_80(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, )
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_81(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(2, msg, line)
        self.version, self.sequence, self.header_line = version, sequence, line

    def xǁ_Readingǁread_header__mutmut_82(self, line: str) -> None:
        if not line.strip():
            msg = f"blank; a backup starts with its {FORMAT} header"
            raise _refuse(1, msg, line)
        try:
            header = _parse(1, line)
        except InvalidFormat:
            header = {}
        if header.get("format") != FORMAT:
            raise _refuse(1, f"not an {FORMAT} backup (no header)", line)
        version = header.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            msg = f"backup format version {shown(version)} is not one this autocrm reads (1 or 2)"
            raise _refuse(1, msg, line)
        if version < _FORMAT_VERSION and self.require_manifest:
            msg = (
                f"a version-{version} backup carries no manifest, so a truncation or an edit "
                "cannot be detected; read it with require_manifest=False "
                "(autocrm import --no-manifest) only if you trust the file"
            )
            raise _refuse(1, msg, line)
        sequence = header.get("customer_sequence", 0 if version < _FORMAT_VERSION else None)
        if not _whole_number(sequence):
            msg = f"customer_sequence must be a whole number >= 0, got {shown(sequence)}"
            raise _refuse(1, msg, line)
        self.version, self.sequence, self.header_line = None

    @_mutmut_mutated(mutants_xǁ_Readingǁread_record__mutmut)
    def read_record(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_orig(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_1(self, number: int, line: str) -> None:
        record = None
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_2(self, number: int, line: str) -> None:
        record = _parse(None, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_3(self, number: int, line: str) -> None:
        record = _parse(number, None)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_4(self, number: int, line: str) -> None:
        record = _parse(line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_5(self, number: int, line: str) -> None:
        record = _parse(number, )
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_6(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = None
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_7(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get(None)
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_8(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("XXtypeXX")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_9(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("TYPE")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_10(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST or self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_11(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name != MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_12(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version > _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_13(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(None, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_14(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, None, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_15(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, None)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_16(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_17(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_18(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, )
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_19(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) and name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_20(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_21(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_22(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(None, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_23(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, None, line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_24(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", None)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_25(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_26(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_27(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", )
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_28(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(None)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_29(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = None
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_30(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position <= self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_31(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = None
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_32(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(None)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_33(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = None
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_34(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(None, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_35(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, None, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_36(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, None)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_37(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_38(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_39(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, )
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_40(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = None
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_41(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] = 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_42(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] -= 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_43(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 2
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_44(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(None)
        self.waiting.append((number, name, record.get("data")))

    def xǁ_Readingǁread_record__mutmut_45(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append(None)

    def xǁ_Readingǁread_record__mutmut_46(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get(None)))

    def xǁ_Readingǁread_record__mutmut_47(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("XXdataXX")))

    def xǁ_Readingǁread_record__mutmut_48(self, number: int, line: str) -> None:
        record = _parse(number, line)
        name = record.get("type")
        if name == MANIFEST and self.version >= _FORMAT_VERSION:
            self.read_manifest(number, line, record)
            return
        if not isinstance(name, str) or name not in RECORD_TYPES:
            raise _refuse(number, f"unknown record type {shown(name)}", line)
        position = _KIND_ORDER[name]
        if position < self.last_kind:
            before = list(RECORD_TYPES)[self.last_kind]
            msg = f"a {name} record after the {before} records: the backup is out of order"
            raise _refuse(number, msg, line)
        self.last_kind = position
        self.counts[name] += 1
        self.digests[name].update(f"{line}\n".encode())
        self.waiting.append((number, name, record.get("DATA")))

    @_mutmut_mutated(mutants_xǁ_Readingǁread_manifest__mutmut)
    def read_manifest(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_orig(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_1(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(None) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_2(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) == line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_3(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(None, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_4(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, None, line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_5(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", None)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_6(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse("the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_7(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_8(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", )
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_9(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "XXthe manifest line is not as autocrm writes itXX", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_10(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "THE MANIFEST LINE IS NOT AS AUTOCRM WRITES IT", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_11(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = None
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_12(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get(None)
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_13(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("XXrecordsXX")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_14(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("RECORDS")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_15(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = None
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_16(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES) or all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_17(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict) or set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_18(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str) or isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_19(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version or isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_20(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT or record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_21(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"} or record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_22(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(None) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_23(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) != {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_24(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"XXtypeXX", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_25(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"TYPE", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_26(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "XXformatXX", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_27(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "FORMAT", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_28(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "XXversionXX", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_29(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "VERSION", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_30(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "XXheader_sha256XX", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_31(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "HEADER_SHA256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_32(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "XXrecordsXX"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_33(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "RECORDS"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_34(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get(None) == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_35(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("XXformatXX") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_36(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("FORMAT") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_37(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") != FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_38(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get(None) == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_39(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("XXversionXX") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_40(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("VERSION") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_41(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") != self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_42(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(None) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_43(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) != set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_44(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(None)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_45(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                None
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_46(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"]) or isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_47(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"} or _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_48(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict) or set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_49(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(None) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_50(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) != {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_51(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"XXcountXX", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_52(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"COUNT", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_53(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "XXsha256XX"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_54(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "SHA256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_55(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(None)
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_56(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["XXcountXX"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_57(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["COUNT"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_58(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_59(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = None
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_60(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "XXmalformed manifest (it must list count and sha256 for every record kind)XX"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_61(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "MALFORMED MANIFEST (IT MUST LIST COUNT AND SHA256 FOR EVERY RECORD KIND)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_62(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(None, msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_63(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, None, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_64(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, None)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_65(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(msg, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_66(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, line)
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_67(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, )
        self.manifest, self.manifest_at = record, number

    def xǁ_Readingǁread_manifest__mutmut_68(self, number: int, line: str, record: dict[str, Any]) -> None:
        if _line(record) != line:
            raise _refuse(number, "the manifest line is not as autocrm writes it", line)
        records = record.get("records")
        well_formed = (
            set(record) == {"type", "format", "version", "header_sha256", "records"}
            and record.get("format") == FORMAT
            and record.get("version") == self.version
            and isinstance(record.get("header_sha256"), str)
            and isinstance(records, dict)
            and set(records) == set(RECORD_TYPES)
            and all(
                isinstance(entry, dict)
                and set(entry) == {"count", "sha256"}
                and _whole_number(entry["count"])
                and isinstance(entry["sha256"], str)
                for entry in records.values()
            )
        )
        if not well_formed:
            msg = "malformed manifest (it must list count and sha256 for every record kind)"
            raise _refuse(number, msg, line)
        self.manifest, self.manifest_at = None

    @_mutmut_mutated(mutants_xǁ_Readingǁfinish__mutmut)
    def finish(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_orig(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_1(self, *, last_line: int) -> Snapshot:
        if last_line != 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_2(self, *, last_line: int) -> Snapshot:
        if last_line == 1:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_3(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = None
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_4(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(None, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_5(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field=None, value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_6(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value=None)
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_7(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_8(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_9(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", )
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_10(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="XXline 1XX", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_11(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="LINE 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_12(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="XXXX")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_13(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version > _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_14(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(None)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_15(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = None
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_16(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = None
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_17(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(None)
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_18(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(None, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_19(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, None))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_20(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_21(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, ))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_22(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = None
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_23(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(None, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_24(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=None, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_25(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=None) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_26(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_27(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_28(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, ) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_29(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(None)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, **fields)

    def xǁ_Readingǁfinish__mutmut_30(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=None, **fields)

    def xǁ_Readingǁfinish__mutmut_31(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(**fields)

    def xǁ_Readingǁfinish__mutmut_32(self, *, last_line: int) -> Snapshot:
        if last_line == 0:
            msg = f"the backup is empty: no {FORMAT} header"
            raise InvalidFormat(msg, field="line 1", value="")
        if self.version >= _FORMAT_VERSION:
            self.check_manifest(last_line)
        fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
        for number, name, data in self.waiting:
            kind, field = RECORD_TYPES[name]
            try:
                fields[field].append(_structure(data, kind))
            except ValidationError as exc:
                msg = f"line {number}: {exc}"
                raise type(exc)(msg, field=exc.field, value=exc.value) from exc
        return Snapshot(customer_sequence=self.sequence, )

    @_mutmut_mutated(mutants_xǁ_Readingǁcheck_manifest__mutmut)
    def check_manifest(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_orig(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_1(self, last_line: int) -> None:
        if self.manifest is not None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_2(self, last_line: int) -> None:
        if self.manifest is None:
            msg = None
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_3(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "XXit is truncated (or not written by autocrm)XX"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_4(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "IT IS TRUNCATED (OR NOT WRITTEN BY AUTOCRM)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_5(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(None, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_6(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field=None, value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_7(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=None)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_8(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_9(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_10(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", )
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_11(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="XXmanifestXX", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_12(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="MANIFEST", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_13(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["XXheader_sha256XX"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_14(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["HEADER_SHA256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_15(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] == _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_16(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(None):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_17(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = None
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_18(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "XXline 1: the header is not the one the manifest was written with (altered)XX"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_19(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "LINE 1: THE HEADER IS NOT THE ONE THE MANIFEST WAS WRITTEN WITH (ALTERED)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_20(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(None, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_21(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field=None, value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_22(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=None)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_23(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_24(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_25(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", )
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_26(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="XXline 1XX", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_27(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="LINE 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_28(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = None
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_29(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["XXrecordsXX"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_30(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["RECORDS"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_31(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = None
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_32(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["XXcountXX"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_33(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["COUNT"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_34(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] == count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_35(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = None
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_36(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['XXcountXX']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_37(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['COUNT']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_38(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(None, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_39(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=None, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_40(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=None)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_41(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_42(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_43(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, )
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_44(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["XXsha256XX"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_45(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["SHA256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_46(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] == digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_47(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = None
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_48(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:17]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_49(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['XXsha256XX'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_50(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['SHA256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_51(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:17]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_52(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "XX(a record was altered or the records reordered)XX"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_53(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(A RECORD WAS ALTERED OR THE RECORDS REORDERED)"
                )
                raise InvalidFormat(msg, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_54(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(None, field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_55(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=None, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_56(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, value=None)

    def xǁ_Readingǁcheck_manifest__mutmut_57(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(field=name, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_58(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, value=digest)

    def xǁ_Readingǁcheck_manifest__mutmut_59(self, last_line: int) -> None:
        if self.manifest is None:
            msg = (
                f"the backup ends at line {last_line} without its manifest: "
                "it is truncated (or not written by autocrm)"
            )
            raise InvalidFormat(msg, field="manifest", value=last_line)
        if self.manifest["header_sha256"] != _sha256(self.header_line):
            msg = "line 1: the header is not the one the manifest was written with (altered)"
            raise InvalidFormat(msg, field="line 1", value=self.header_line)
        for name in RECORD_TYPES:
            expected = self.manifest["records"][name]
            count, digest = self.counts[name], self.digests[name].hexdigest()
            if expected["count"] != count:
                msg = (
                    f"{name} records: the manifest lists {expected['count']}, "
                    f"the backup holds {count} (lines lost or added)"
                )
                raise InvalidFormat(msg, field=name, value=count)
            if expected["sha256"] != digest:
                msg = (
                    f"{name} records: {count} as the manifest lists, but their SHA-256 is "
                    f"{digest[:16]}… where the manifest has {expected['sha256'][:16]}… "
                    "(a record was altered or the records reordered)"
                )
                raise InvalidFormat(msg, field=name, )

mutants_xǁ_Readingǁ__init____mutmut['_mutmut_orig'] = _Reading.xǁ_Readingǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_1'] = _Reading.xǁ_Readingǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_2'] = _Reading.xǁ_Readingǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_3'] = _Reading.xǁ_Readingǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_4'] = _Reading.xǁ_Readingǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_5'] = _Reading.xǁ_Readingǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_6'] = _Reading.xǁ_Readingǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_7'] = _Reading.xǁ_Readingǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_8'] = _Reading.xǁ_Readingǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_9'] = _Reading.xǁ_Readingǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_10'] = _Reading.xǁ_Readingǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_11'] = _Reading.xǁ_Readingǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_12'] = _Reading.xǁ_Readingǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_13'] = _Reading.xǁ_Readingǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_14'] = _Reading.xǁ_Readingǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_15'] = _Reading.xǁ_Readingǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_16'] = _Reading.xǁ_Readingǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_17'] = _Reading.xǁ_Readingǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_18'] = _Reading.xǁ_Readingǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_19'] = _Reading.xǁ_Readingǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Readingǁ__init____mutmut['xǁ_Readingǁ__init____mutmut_20'] = _Reading.xǁ_Readingǁ__init____mutmut_20 # type: ignore # mutmut generated

mutants_xǁ_Readingǁfeed__mutmut['_mutmut_orig'] = _Reading.xǁ_Readingǁfeed__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_1'] = _Reading.xǁ_Readingǁfeed__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_2'] = _Reading.xǁ_Readingǁfeed__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_3'] = _Reading.xǁ_Readingǁfeed__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_4'] = _Reading.xǁ_Readingǁfeed__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_5'] = _Reading.xǁ_Readingǁfeed__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_6'] = _Reading.xǁ_Readingǁfeed__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_7'] = _Reading.xǁ_Readingǁfeed__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_8'] = _Reading.xǁ_Readingǁfeed__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_9'] = _Reading.xǁ_Readingǁfeed__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_10'] = _Reading.xǁ_Readingǁfeed__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_11'] = _Reading.xǁ_Readingǁfeed__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_12'] = _Reading.xǁ_Readingǁfeed__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_13'] = _Reading.xǁ_Readingǁfeed__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_14'] = _Reading.xǁ_Readingǁfeed__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_15'] = _Reading.xǁ_Readingǁfeed__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_16'] = _Reading.xǁ_Readingǁfeed__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_17'] = _Reading.xǁ_Readingǁfeed__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_18'] = _Reading.xǁ_Readingǁfeed__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_19'] = _Reading.xǁ_Readingǁfeed__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_20'] = _Reading.xǁ_Readingǁfeed__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_21'] = _Reading.xǁ_Readingǁfeed__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_22'] = _Reading.xǁ_Readingǁfeed__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_23'] = _Reading.xǁ_Readingǁfeed__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_24'] = _Reading.xǁ_Readingǁfeed__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_25'] = _Reading.xǁ_Readingǁfeed__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_26'] = _Reading.xǁ_Readingǁfeed__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_27'] = _Reading.xǁ_Readingǁfeed__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_28'] = _Reading.xǁ_Readingǁfeed__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_29'] = _Reading.xǁ_Readingǁfeed__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfeed__mutmut['xǁ_Readingǁfeed__mutmut_30'] = _Reading.xǁ_Readingǁfeed__mutmut_30 # type: ignore # mutmut generated

mutants_xǁ_Readingǁread_header__mutmut['_mutmut_orig'] = _Reading.xǁ_Readingǁread_header__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_1'] = _Reading.xǁ_Readingǁread_header__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_2'] = _Reading.xǁ_Readingǁread_header__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_3'] = _Reading.xǁ_Readingǁread_header__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_4'] = _Reading.xǁ_Readingǁread_header__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_5'] = _Reading.xǁ_Readingǁread_header__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_6'] = _Reading.xǁ_Readingǁread_header__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_7'] = _Reading.xǁ_Readingǁread_header__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_8'] = _Reading.xǁ_Readingǁread_header__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_9'] = _Reading.xǁ_Readingǁread_header__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_10'] = _Reading.xǁ_Readingǁread_header__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_11'] = _Reading.xǁ_Readingǁread_header__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_12'] = _Reading.xǁ_Readingǁread_header__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_13'] = _Reading.xǁ_Readingǁread_header__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_14'] = _Reading.xǁ_Readingǁread_header__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_15'] = _Reading.xǁ_Readingǁread_header__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_16'] = _Reading.xǁ_Readingǁread_header__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_17'] = _Reading.xǁ_Readingǁread_header__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_18'] = _Reading.xǁ_Readingǁread_header__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_19'] = _Reading.xǁ_Readingǁread_header__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_20'] = _Reading.xǁ_Readingǁread_header__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_21'] = _Reading.xǁ_Readingǁread_header__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_22'] = _Reading.xǁ_Readingǁread_header__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_23'] = _Reading.xǁ_Readingǁread_header__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_24'] = _Reading.xǁ_Readingǁread_header__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_25'] = _Reading.xǁ_Readingǁread_header__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_26'] = _Reading.xǁ_Readingǁread_header__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_27'] = _Reading.xǁ_Readingǁread_header__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_28'] = _Reading.xǁ_Readingǁread_header__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_29'] = _Reading.xǁ_Readingǁread_header__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_30'] = _Reading.xǁ_Readingǁread_header__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_31'] = _Reading.xǁ_Readingǁread_header__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_32'] = _Reading.xǁ_Readingǁread_header__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_33'] = _Reading.xǁ_Readingǁread_header__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_34'] = _Reading.xǁ_Readingǁread_header__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_35'] = _Reading.xǁ_Readingǁread_header__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_36'] = _Reading.xǁ_Readingǁread_header__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_37'] = _Reading.xǁ_Readingǁread_header__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_38'] = _Reading.xǁ_Readingǁread_header__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_39'] = _Reading.xǁ_Readingǁread_header__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_40'] = _Reading.xǁ_Readingǁread_header__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_41'] = _Reading.xǁ_Readingǁread_header__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_42'] = _Reading.xǁ_Readingǁread_header__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_43'] = _Reading.xǁ_Readingǁread_header__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_44'] = _Reading.xǁ_Readingǁread_header__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_45'] = _Reading.xǁ_Readingǁread_header__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_46'] = _Reading.xǁ_Readingǁread_header__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_47'] = _Reading.xǁ_Readingǁread_header__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_48'] = _Reading.xǁ_Readingǁread_header__mutmut_48 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_49'] = _Reading.xǁ_Readingǁread_header__mutmut_49 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_50'] = _Reading.xǁ_Readingǁread_header__mutmut_50 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_51'] = _Reading.xǁ_Readingǁread_header__mutmut_51 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_52'] = _Reading.xǁ_Readingǁread_header__mutmut_52 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_53'] = _Reading.xǁ_Readingǁread_header__mutmut_53 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_54'] = _Reading.xǁ_Readingǁread_header__mutmut_54 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_55'] = _Reading.xǁ_Readingǁread_header__mutmut_55 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_56'] = _Reading.xǁ_Readingǁread_header__mutmut_56 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_57'] = _Reading.xǁ_Readingǁread_header__mutmut_57 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_58'] = _Reading.xǁ_Readingǁread_header__mutmut_58 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_59'] = _Reading.xǁ_Readingǁread_header__mutmut_59 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_60'] = _Reading.xǁ_Readingǁread_header__mutmut_60 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_61'] = _Reading.xǁ_Readingǁread_header__mutmut_61 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_62'] = _Reading.xǁ_Readingǁread_header__mutmut_62 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_63'] = _Reading.xǁ_Readingǁread_header__mutmut_63 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_64'] = _Reading.xǁ_Readingǁread_header__mutmut_64 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_65'] = _Reading.xǁ_Readingǁread_header__mutmut_65 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_66'] = _Reading.xǁ_Readingǁread_header__mutmut_66 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_67'] = _Reading.xǁ_Readingǁread_header__mutmut_67 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_68'] = _Reading.xǁ_Readingǁread_header__mutmut_68 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_69'] = _Reading.xǁ_Readingǁread_header__mutmut_69 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_70'] = _Reading.xǁ_Readingǁread_header__mutmut_70 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_71'] = _Reading.xǁ_Readingǁread_header__mutmut_71 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_72'] = _Reading.xǁ_Readingǁread_header__mutmut_72 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_73'] = _Reading.xǁ_Readingǁread_header__mutmut_73 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_74'] = _Reading.xǁ_Readingǁread_header__mutmut_74 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_75'] = _Reading.xǁ_Readingǁread_header__mutmut_75 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_76'] = _Reading.xǁ_Readingǁread_header__mutmut_76 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_77'] = _Reading.xǁ_Readingǁread_header__mutmut_77 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_78'] = _Reading.xǁ_Readingǁread_header__mutmut_78 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_79'] = _Reading.xǁ_Readingǁread_header__mutmut_79 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_80'] = _Reading.xǁ_Readingǁread_header__mutmut_80 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_81'] = _Reading.xǁ_Readingǁread_header__mutmut_81 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_header__mutmut['xǁ_Readingǁread_header__mutmut_82'] = _Reading.xǁ_Readingǁread_header__mutmut_82 # type: ignore # mutmut generated

mutants_xǁ_Readingǁread_record__mutmut['_mutmut_orig'] = _Reading.xǁ_Readingǁread_record__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_1'] = _Reading.xǁ_Readingǁread_record__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_2'] = _Reading.xǁ_Readingǁread_record__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_3'] = _Reading.xǁ_Readingǁread_record__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_4'] = _Reading.xǁ_Readingǁread_record__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_5'] = _Reading.xǁ_Readingǁread_record__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_6'] = _Reading.xǁ_Readingǁread_record__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_7'] = _Reading.xǁ_Readingǁread_record__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_8'] = _Reading.xǁ_Readingǁread_record__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_9'] = _Reading.xǁ_Readingǁread_record__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_10'] = _Reading.xǁ_Readingǁread_record__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_11'] = _Reading.xǁ_Readingǁread_record__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_12'] = _Reading.xǁ_Readingǁread_record__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_13'] = _Reading.xǁ_Readingǁread_record__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_14'] = _Reading.xǁ_Readingǁread_record__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_15'] = _Reading.xǁ_Readingǁread_record__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_16'] = _Reading.xǁ_Readingǁread_record__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_17'] = _Reading.xǁ_Readingǁread_record__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_18'] = _Reading.xǁ_Readingǁread_record__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_19'] = _Reading.xǁ_Readingǁread_record__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_20'] = _Reading.xǁ_Readingǁread_record__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_21'] = _Reading.xǁ_Readingǁread_record__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_22'] = _Reading.xǁ_Readingǁread_record__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_23'] = _Reading.xǁ_Readingǁread_record__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_24'] = _Reading.xǁ_Readingǁread_record__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_25'] = _Reading.xǁ_Readingǁread_record__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_26'] = _Reading.xǁ_Readingǁread_record__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_27'] = _Reading.xǁ_Readingǁread_record__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_28'] = _Reading.xǁ_Readingǁread_record__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_29'] = _Reading.xǁ_Readingǁread_record__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_30'] = _Reading.xǁ_Readingǁread_record__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_31'] = _Reading.xǁ_Readingǁread_record__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_32'] = _Reading.xǁ_Readingǁread_record__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_33'] = _Reading.xǁ_Readingǁread_record__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_34'] = _Reading.xǁ_Readingǁread_record__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_35'] = _Reading.xǁ_Readingǁread_record__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_36'] = _Reading.xǁ_Readingǁread_record__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_37'] = _Reading.xǁ_Readingǁread_record__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_38'] = _Reading.xǁ_Readingǁread_record__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_39'] = _Reading.xǁ_Readingǁread_record__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_40'] = _Reading.xǁ_Readingǁread_record__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_41'] = _Reading.xǁ_Readingǁread_record__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_42'] = _Reading.xǁ_Readingǁread_record__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_43'] = _Reading.xǁ_Readingǁread_record__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_44'] = _Reading.xǁ_Readingǁread_record__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_45'] = _Reading.xǁ_Readingǁread_record__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_46'] = _Reading.xǁ_Readingǁread_record__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_47'] = _Reading.xǁ_Readingǁread_record__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_record__mutmut['xǁ_Readingǁread_record__mutmut_48'] = _Reading.xǁ_Readingǁread_record__mutmut_48 # type: ignore # mutmut generated

mutants_xǁ_Readingǁread_manifest__mutmut['_mutmut_orig'] = _Reading.xǁ_Readingǁread_manifest__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_1'] = _Reading.xǁ_Readingǁread_manifest__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_2'] = _Reading.xǁ_Readingǁread_manifest__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_3'] = _Reading.xǁ_Readingǁread_manifest__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_4'] = _Reading.xǁ_Readingǁread_manifest__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_5'] = _Reading.xǁ_Readingǁread_manifest__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_6'] = _Reading.xǁ_Readingǁread_manifest__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_7'] = _Reading.xǁ_Readingǁread_manifest__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_8'] = _Reading.xǁ_Readingǁread_manifest__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_9'] = _Reading.xǁ_Readingǁread_manifest__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_10'] = _Reading.xǁ_Readingǁread_manifest__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_11'] = _Reading.xǁ_Readingǁread_manifest__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_12'] = _Reading.xǁ_Readingǁread_manifest__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_13'] = _Reading.xǁ_Readingǁread_manifest__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_14'] = _Reading.xǁ_Readingǁread_manifest__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_15'] = _Reading.xǁ_Readingǁread_manifest__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_16'] = _Reading.xǁ_Readingǁread_manifest__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_17'] = _Reading.xǁ_Readingǁread_manifest__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_18'] = _Reading.xǁ_Readingǁread_manifest__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_19'] = _Reading.xǁ_Readingǁread_manifest__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_20'] = _Reading.xǁ_Readingǁread_manifest__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_21'] = _Reading.xǁ_Readingǁread_manifest__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_22'] = _Reading.xǁ_Readingǁread_manifest__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_23'] = _Reading.xǁ_Readingǁread_manifest__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_24'] = _Reading.xǁ_Readingǁread_manifest__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_25'] = _Reading.xǁ_Readingǁread_manifest__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_26'] = _Reading.xǁ_Readingǁread_manifest__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_27'] = _Reading.xǁ_Readingǁread_manifest__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_28'] = _Reading.xǁ_Readingǁread_manifest__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_29'] = _Reading.xǁ_Readingǁread_manifest__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_30'] = _Reading.xǁ_Readingǁread_manifest__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_31'] = _Reading.xǁ_Readingǁread_manifest__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_32'] = _Reading.xǁ_Readingǁread_manifest__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_33'] = _Reading.xǁ_Readingǁread_manifest__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_34'] = _Reading.xǁ_Readingǁread_manifest__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_35'] = _Reading.xǁ_Readingǁread_manifest__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_36'] = _Reading.xǁ_Readingǁread_manifest__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_37'] = _Reading.xǁ_Readingǁread_manifest__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_38'] = _Reading.xǁ_Readingǁread_manifest__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_39'] = _Reading.xǁ_Readingǁread_manifest__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_40'] = _Reading.xǁ_Readingǁread_manifest__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_41'] = _Reading.xǁ_Readingǁread_manifest__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_42'] = _Reading.xǁ_Readingǁread_manifest__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_43'] = _Reading.xǁ_Readingǁread_manifest__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_44'] = _Reading.xǁ_Readingǁread_manifest__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_45'] = _Reading.xǁ_Readingǁread_manifest__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_46'] = _Reading.xǁ_Readingǁread_manifest__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_47'] = _Reading.xǁ_Readingǁread_manifest__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_48'] = _Reading.xǁ_Readingǁread_manifest__mutmut_48 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_49'] = _Reading.xǁ_Readingǁread_manifest__mutmut_49 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_50'] = _Reading.xǁ_Readingǁread_manifest__mutmut_50 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_51'] = _Reading.xǁ_Readingǁread_manifest__mutmut_51 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_52'] = _Reading.xǁ_Readingǁread_manifest__mutmut_52 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_53'] = _Reading.xǁ_Readingǁread_manifest__mutmut_53 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_54'] = _Reading.xǁ_Readingǁread_manifest__mutmut_54 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_55'] = _Reading.xǁ_Readingǁread_manifest__mutmut_55 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_56'] = _Reading.xǁ_Readingǁread_manifest__mutmut_56 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_57'] = _Reading.xǁ_Readingǁread_manifest__mutmut_57 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_58'] = _Reading.xǁ_Readingǁread_manifest__mutmut_58 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_59'] = _Reading.xǁ_Readingǁread_manifest__mutmut_59 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_60'] = _Reading.xǁ_Readingǁread_manifest__mutmut_60 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_61'] = _Reading.xǁ_Readingǁread_manifest__mutmut_61 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_62'] = _Reading.xǁ_Readingǁread_manifest__mutmut_62 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_63'] = _Reading.xǁ_Readingǁread_manifest__mutmut_63 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_64'] = _Reading.xǁ_Readingǁread_manifest__mutmut_64 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_65'] = _Reading.xǁ_Readingǁread_manifest__mutmut_65 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_66'] = _Reading.xǁ_Readingǁread_manifest__mutmut_66 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_67'] = _Reading.xǁ_Readingǁread_manifest__mutmut_67 # type: ignore # mutmut generated
mutants_xǁ_Readingǁread_manifest__mutmut['xǁ_Readingǁread_manifest__mutmut_68'] = _Reading.xǁ_Readingǁread_manifest__mutmut_68 # type: ignore # mutmut generated

mutants_xǁ_Readingǁfinish__mutmut['_mutmut_orig'] = _Reading.xǁ_Readingǁfinish__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_1'] = _Reading.xǁ_Readingǁfinish__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_2'] = _Reading.xǁ_Readingǁfinish__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_3'] = _Reading.xǁ_Readingǁfinish__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_4'] = _Reading.xǁ_Readingǁfinish__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_5'] = _Reading.xǁ_Readingǁfinish__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_6'] = _Reading.xǁ_Readingǁfinish__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_7'] = _Reading.xǁ_Readingǁfinish__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_8'] = _Reading.xǁ_Readingǁfinish__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_9'] = _Reading.xǁ_Readingǁfinish__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_10'] = _Reading.xǁ_Readingǁfinish__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_11'] = _Reading.xǁ_Readingǁfinish__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_12'] = _Reading.xǁ_Readingǁfinish__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_13'] = _Reading.xǁ_Readingǁfinish__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_14'] = _Reading.xǁ_Readingǁfinish__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_15'] = _Reading.xǁ_Readingǁfinish__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_16'] = _Reading.xǁ_Readingǁfinish__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_17'] = _Reading.xǁ_Readingǁfinish__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_18'] = _Reading.xǁ_Readingǁfinish__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_19'] = _Reading.xǁ_Readingǁfinish__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_20'] = _Reading.xǁ_Readingǁfinish__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_21'] = _Reading.xǁ_Readingǁfinish__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_22'] = _Reading.xǁ_Readingǁfinish__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_23'] = _Reading.xǁ_Readingǁfinish__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_24'] = _Reading.xǁ_Readingǁfinish__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_25'] = _Reading.xǁ_Readingǁfinish__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_26'] = _Reading.xǁ_Readingǁfinish__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_27'] = _Reading.xǁ_Readingǁfinish__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_28'] = _Reading.xǁ_Readingǁfinish__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_29'] = _Reading.xǁ_Readingǁfinish__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_30'] = _Reading.xǁ_Readingǁfinish__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_31'] = _Reading.xǁ_Readingǁfinish__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Readingǁfinish__mutmut['xǁ_Readingǁfinish__mutmut_32'] = _Reading.xǁ_Readingǁfinish__mutmut_32 # type: ignore # mutmut generated

mutants_xǁ_Readingǁcheck_manifest__mutmut['_mutmut_orig'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_1'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_2'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_3'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_4'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_5'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_6'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_7'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_8'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_9'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_10'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_11'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_12'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_13'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_14'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_15'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_16'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_17'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_18'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_19'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_20'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_21'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_22'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_23'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_24'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_25'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_26'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_27'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_28'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_29'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_30'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_31'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_32'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_33'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_34'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_35'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_36'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_37'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_38'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_39'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_40'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_41'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_42'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_43'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_44'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_45'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_46'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_47'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_48'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_48 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_49'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_49 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_50'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_50 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_51'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_51 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_52'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_52 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_53'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_53 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_54'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_54 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_55'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_55 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_56'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_56 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_57'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_57 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_58'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_58 # type: ignore # mutmut generated
mutants_xǁ_Readingǁcheck_manifest__mutmut['xǁ_Readingǁcheck_manifest__mutmut_59'] = _Reading.xǁ_Readingǁcheck_manifest__mutmut_59 # type: ignore # mutmut generated
