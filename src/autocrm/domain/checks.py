"""The checks every layer shares: a collection argument, a whole number in a range.

One home for them, so that each refusal reads the same and names the field: a rule
refuses ``None`` where it wants a list of records, and a policy refuses ``"7"`` or
``True`` where it wants a number of days. Dates have theirs in
[`autocrm.domain.time.as_date`][autocrm.domain.time.as_date].

Examples:
    >>> check_collection([1, 2], "work_orders")
    [1, 2]
    >>> check_collection(None, "work_orders")
    Traceback (most recent call last):
    ...
    autocrm.errors.InvalidFormat: work_orders: expected a collection, got NoneType
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from autocrm.errors import InvalidFormat, InvalidPolicyValue, ValidationError, shown

__all__ = ["check_collection", "whole_number"]

_T = TypeVar("_T")
#: The largest bound a whole-number check takes (no policy counts further).
_LARGEST = 2**63


def check_collection(values: _T, field: str) -> _T:
    """Return ``values`` if it is a collection; refuse None, a string or a lone value.

    A string is iterable but never a collection of records, so it is refused too.

    Args:
        values: What was passed.
        field: The parameter's name, for the error.

    Returns:
        ``values`` unchanged (an iterator is not consumed).

    Raises:
        autocrm.errors.InvalidFormat: ``values`` is not a collection; names ``field``.

    Examples:
        >>> check_collection(("TS1",), "complaints")
        ('TS1',)
        >>> check_collection("TS1", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = f"{field}: expected a collection, got {type(values).__name__}"
        raise InvalidFormat(msg, field=field, value=values)
    return values


def whole_number(
    minimum: int,
    maximum: int | None = None,
    *,
    error: type[ValidationError] = InvalidPolicyValue,
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) from ``minimum`` to ``maximum``.

    Args:
        minimum: The smallest value allowed.
        maximum: The largest value allowed (``None``: no upper bound).
        error: The error raised; by default
            [`InvalidPolicyValue`][autocrm.errors.InvalidPolicyValue], as policies use it.

    Returns:
        The validator; its error names the attribute and the value.

    Examples:
        >>> @attrs.frozen
        ... class Window:
        ...     days: int = attrs.field(validator=whole_number(0, 90))
        >>> Window(30).days
        30
        >>> Window(True)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidPolicyValue: days: expected a whole number from 0 to 90, got True
    """
    for name, bound in (("minimum", minimum), ("maximum", maximum)):
        if (
            isinstance(bound, bool)
            or not isinstance(bound, int | None)
            or (bound is None and name == "minimum")
            or (bound is not None and abs(bound) > _LARGEST)
        ):
            msg = f"{name}: expected a whole number, got {shown(bound)}"
            raise InvalidFormat(msg, field=name, value=bound)
    given: object = error
    if not (isinstance(given, type) and issubclass(given, ValidationError)):
        msg = f"error: expected a ValidationError class, got {shown(given)}"
        raise InvalidFormat(msg, field="error", value=given)
    wanted = f">= {minimum}" if maximum is None else f"from {minimum} to {maximum}"

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or value < minimum
            or (maximum is not None and value > maximum)
        ):
            msg = f"{attribute.name}: expected a whole number {wanted}, got {shown(value)}"
            raise error(msg, field=attribute.name, value=value)

    return check
