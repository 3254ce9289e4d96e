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
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any, ParamSpec, TypeVar

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

__all__ = [
    "FORMAT",
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
_FORMAT_VERSION = 1

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


_P = ParamSpec("_P")
_R = TypeVar("_R")

# What Python's parsers raise on input of the wrong shape: a list where an object was
# expected (AttributeError, TypeError), nesting deeper than the interpreter's stack
# (RecursionError), bytes that are not UTF-8 (UnicodeDecodeError, a ValueError), a number
# too large for an int or a date (OverflowError, ValueError).
_MALFORMED = (AttributeError, TypeError, KeyError, RecursionError, OverflowError, ValueError)


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


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f"money must be written as a decimal string, got {value!r}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{value!r} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def _structure_date(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {value!r}"
        raise InvalidFormat(msg, field="date", value=value)
    return date.fromisoformat(value)


def _structure_datetime(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {value!r}"
        raise InvalidFormat(msg, field="datetime", value=value)
    return datetime.fromisoformat(value)


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
    return converter


_CONVERTER = make_converter()


def dumps(obj: object) -> str:
    """Return ``obj`` (any domain value) as a JSON string.

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> dumps(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        '{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480, "source": null}'
    """
    return json.dumps(_CONVERTER.unstructure(obj), ensure_ascii=False)


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


def _records(snapshot: Snapshot) -> Iterator[dict[str, Any]]:
    yield {
        "format": FORMAT,
        "version": _FORMAT_VERSION,
        "customer_sequence": snapshot.customer_sequence,
    }
    for name, (_, field) in RECORD_TYPES.items():
        for item in getattr(snapshot, field):
            yield {"type": name, "data": _CONVERTER.unstructure(item)}


def export_jsonl(snapshot: Snapshot, target: str | Path | IO[str]) -> int:
    """Write a whole archive as JSON Lines: a header line, then one record a line.

    Args:
        snapshot: The archive to back up (``archive.snapshot()``).
        target: A path or a text stream.

    Returns:
        The number of records written (the header not counted).

    Examples:
        >>> import io
        >>> from autocrm.domain import Customer
        >>> buffer = io.StringIO()
        >>> export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
        1
        >>> import_jsonl(io.StringIO(buffer.getvalue())).customers[0].name
        '张三'
    """
    if isinstance(target, (str, Path)):
        with Path(target).open("w", encoding="utf-8") as stream:
            return export_jsonl(snapshot, stream)
    count = -1
    for count, record in enumerate(_records(snapshot)):  # noqa: B007
        target.write(json.dumps(record, ensure_ascii=False, sort_keys=True))
        target.write("\n")
    return count


@_refusing_malformed("source")
def import_jsonl(source: str | Path | IO[str] | Iterable[str]) -> Snapshot:
    """Read an archive written by :func:`export_jsonl`.

    Blank lines are skipped; the first line must be the ``autocrm-archive`` header.

    Args:
        source: A path, a text stream or any iterable of lines.

    Returns:
        The archive as a :class:`~autocrm.domain.Snapshot`, records in file order.

    Raises:
        autocrm.errors.ValidationError: a line is not JSON, names an unknown record
            type or holds a refused value; the message gives the line number.

    Examples:
        >>> lines = [
        ...     '{"customer_sequence": 7, "format": "autocrm-archive", "version": 1}',
        ...     '{"type": "reading", "data": {"vin": "LFV2A21K3D3109826", '
        ...     '"on": "2025-06-01", "km": 12480}}',
        ... ]
        >>> archive = import_jsonl(lines)
        >>> archive.customer_sequence, archive.readings[0].km
        (7, 12480)
        >>> try:
        ...     import_jsonl([lines[0], '{"type": "invoice", "data": {}}'])
        ... except InvalidFormat as exc:
        ...     str(exc), exc.field
        ("line 2: unknown record type 'invoice'", 'line 2')
    """
    if isinstance(source, (str, Path)):
        with Path(source).open(encoding="utf-8") as stream:
            return import_jsonl(stream)
    fields: dict[str, list[Any]] = {field: [] for _, field in RECORD_TYPES.values()}
    sequence = 0
    lines = source if not isinstance(source, io.TextIOBase) else iter(source)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            msg = f"line {number}: not valid JSON: {exc}"
            raise InvalidFormat(msg, field=f"line {number}", value=line) from None
        if number == 1:
            if record.get("format") != FORMAT:
                msg = f"line 1: not an {FORMAT} backup (no header)"
                raise InvalidFormat(msg, field="line 1", value=line)
            sequence = int(record.get("customer_sequence", 0))
            continue
        kind = RECORD_TYPES.get(record.get("type"))
        if kind is None:
            msg = f"line {number}: unknown record type {record.get('type')!r}"
            raise InvalidFormat(msg, field=f"line {number}", value=line)
        try:
            fields[kind[1]].append(_structure(record.get("data"), kind[0]))
        except ValidationError as exc:
            msg = f"line {number}: {exc}"
            raise type(exc)(msg, field=exc.field, value=exc.value) from exc
    return Snapshot(customer_sequence=sequence, **fields)
