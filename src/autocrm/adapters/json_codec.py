"""JSON for every domain type: the cattrs converter, ``dumps`` and ``loads``.

The converter is built by [`make_converter`][autocrm.adapters.json_codec.make_converter] (no
mutable global is shared with users: each call gives a fresh one; this module keeps a private
instance for [`dumps`][autocrm.adapters.json_codec.dumps] and
[`loads`][autocrm.adapters.json_codec.loads]). Money is written as a decimal string, dates and
datetimes in ISO 8601, enums by their English value, sets as sorted lists, so that the same
archive always gives the same bytes.

Examples:
    >>> from autocrm.domain import Customer
    >>> text = dumps(Customer(number="C000001", name="王建国", mobile="13800138000"))
    >>> loads(text, Customer).mobile
    '+8613800138000'
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any, ParamSpec, TypeVar, cast

import attrs
import cattrs
from cattrs.preconf.json import make_converter as _make_json_converter

from autocrm.domain.labels import LabelledEnum
from autocrm.errors import (
    AutocrmError,
    InvalidFormat,
    UnsupportedType,
    first_validation_error,
    shown,
)
from autocrm.rules.access import RedactedComplaint, RedactedCustomer, RedactedWorkOrder

__all__ = ["dumps", "loads", "make_converter"]

_T = TypeVar("_T")

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
        msg = f"money must be written as a decimal string, got {shown(value)}"
        raise InvalidFormat(msg, field="amount", value=value)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        msg = f"{shown(value)} is not a decimal amount"
        raise InvalidFormat(msg, field="amount", value=value) from None


def _structure_date(value: object, _: type) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {shown(value)}"
        raise InvalidFormat(msg, field="date", value=value)
    return date.fromisoformat(value)


def _structure_datetime(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO datetime string, got {shown(value)}"
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
        if len(items) < 2:  # the common case (one service type, one tag): nothing to sort
            return items
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


_CONVERTER = make_converter()


def dumps(obj: object) -> str:
    """Return ``obj`` (any domain value) as a JSON string.

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> dumps(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        '{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480, "source": null}'
    """
    try:
        return json.dumps(_CONVERTER.unstructure(obj), ensure_ascii=False)
    except (TypeError, ValueError, RecursionError) as exc:
        msg = f"obj: cannot be written as JSON ({type(exc).__name__}: {exc}): {shown(obj)}"
        raise UnsupportedType(msg, field="obj", value=obj) from exc


@_refusing_malformed("text")
def loads(text: str | bytes, kind: type[_T]) -> _T:
    """Read a ``kind`` from JSON written by [`dumps`][autocrm.adapters.json_codec.dumps].

    Raises:
        autocrm.errors.ValidationError: the JSON is malformed or a value is refused
            (the error names the field).

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> loads('{"vin": "LFV2A21K3D3109826", "on": "2025-06-01", "km": 12480}',
        ...       OdometerReading).km
        12480
    """
    if not (isinstance(kind, type) and attrs.has(cast(Any, kind))):
        msg = f"kind: expected a record class such as Customer, got {shown(kind)}"
        raise UnsupportedType(msg, field="kind", value=kind)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc}"
        raise InvalidFormat(msg, field=kind.__name__, value=text) from None
    return _structure(data, kind)


def _structure(data: object, kind: type[_T]) -> _T:
    try:
        return _CONVERTER.structure(data, kind)
    except cattrs.errors.StructureHandlerNotFoundError as exc:
        msg = f"kind: autocrm cannot read a {kind.__name__} from JSON"
        raise UnsupportedType(msg, field="kind", value=kind) from exc
    except cattrs.BaseValidationError as exc:
        inner = first_validation_error(exc)
        if inner is not None:
            raise inner from exc
        messages = cattrs.transform_error(exc, path=kind.__name__)
        msg = "; ".join(messages)
        raise InvalidFormat(msg, field=kind.__name__, value=data) from exc
