"""The checks every layer shares: an argument's kind, a collection, a whole number in a range.

One home for them, so that each refusal reads the same and names the field: a rule
refuses ``None`` where it wants a list of records, a policy refuses ``"7"`` or
``True`` where it wants a number of days, and a public function refuses an argument
of the wrong kind by name instead of failing deep inside with an ``AttributeError``.
Dates have theirs in
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
from typing import Any, TypeVar, cast

import attrs

from autocrm.errors import (
    InvalidFormat,
    InvalidPolicyValue,
    UnsupportedType,
    ValidationError,
    shown,
)

__all__ = [
    "check_collection",
    "checked",
    "expect",
    "expect_callable",
    "expect_items",
    "whole_number",
    "with_article",
]

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


def with_article(name: str) -> str:
    """``name`` after its indefinite article, for a refusal: "an int", "a Decimal".

    ``an`` before a vowel letter, ``a`` before anything else. This goes by the letter,
    not the sound: right for the names the library's checks print, wrong for one
    such as "UUID" (it gives "an UUID").

    Args:
        name: What is expected, as the message names it (a type's name).

    Returns:
        The name with ``a`` or ``an`` before it.

    Raises:
        autocrm.errors.UnsupportedType: ``name`` is not a string.

    Examples:
        >>> with_article("int"), with_article("OdometerReading"), with_article("Decimal")
        ('an int', 'an OdometerReading', 'a Decimal')
    """
    given: object = name
    if not isinstance(given, str):
        msg = f"name: expected a str, got {type(given).__name__} {shown(given)}"
        raise UnsupportedType(msg, field="name", value=given)
    article = "an" if name[:1].lower() in ("a", "e", "i", "o", "u") else "a"
    return f"{article} {name}"


def _kinds(kind: object, field: object) -> tuple[type[Any], ...]:
    """The classes of ``kind``, after checking the check's own arguments."""
    if not isinstance(field, str):
        msg = f"field: expected the parameter's name, got {shown(field)}"
        raise UnsupportedType(msg, field="field", value=field)
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not kinds or not all(isinstance(k, type) for k in kinds):
        msg = f"kind: expected a class or a tuple of classes, got {shown(kind)}"
        raise UnsupportedType(msg, field="kind", value=kind)
    return kinds


def _names(kind: type[Any] | tuple[type[Any], ...]) -> str:
    return " or ".join(k.__name__ for k in _kinds(kind, "kind"))


def expect(value: object, kind: type[_T] | tuple[type[_T], ...], *, field: str) -> _T:
    """Return ``value`` if it is a ``kind``; else refuse it naming ``field``.

    ``bool`` is not accepted where ``int`` is asked for (``True`` is no count).

    Raises:
        autocrm.errors.UnsupportedType: ``value`` is not a ``kind``.

    Examples:
        >>> expect(3, int, field="attempts")
        3
        >>> expect(True, int, field="attempts")
        Traceback (most recent call last):
        ...
        autocrm.errors.UnsupportedType: attempts: expected an int, got bool True
    """
    kinds = _kinds(kind, field)
    refused_bool = isinstance(value, bool) and bool not in kinds and int in kinds
    if refused_bool or not isinstance(value, kinds):
        msg = (
            f"{field}: expected {with_article(_names(kind))}, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise UnsupportedType(msg, field=field, value=value)
    return cast(_T, value)


def expect_items(
    values: object, kind: type[_T] | tuple[type[_T], ...], *, field: str
) -> tuple[_T, ...]:
    """Return the items of the collection ``values``, each checked to be a ``kind``.

    What is no collection is refused as [`check_collection`][autocrm.domain.checks.check_collection]
    refuses it; an item of the wrong kind is refused naming its index (``field[2]``).

    Raises:
        autocrm.errors.InvalidFormat: ``values`` is no collection.
        autocrm.errors.UnsupportedType: an item is not a ``kind``.

    Examples:
        >>> expect_items(("a", "b"), str, field="tags")
        ('a', 'b')
        >>> expect_items("ab", str, field="tags")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: tags: expected a collection, got str
    """
    _kinds(kind, field)
    items: tuple[Any, ...] = tuple(cast("Iterable[Any]", check_collection(values, field)))
    for index, item in enumerate(items):
        expect(item, kind, field=f"{field}[{index}]")
    return items


def expect_callable(value: object, *, field: str) -> Callable[..., Any]:
    """Return ``value`` if it can be called; else refuse it naming ``field``.

    Examples:
        >>> expect_callable(len, field="work") is len
        True
        >>> expect_callable("len", field="work")
        Traceback (most recent call last):
        ...
        autocrm.errors.UnsupportedType: work: expected a function, got str 'len'
    """
    _kinds(object, field)
    if not callable(value):
        msg = f"{field}: expected a function, got {type(value).__name__} {shown(value)}"
        raise UnsupportedType(msg, field=field, value=value)
    return value


def checked(value: object, kind: type[_T], field: str) -> _T:
    """Return ``value`` if it is a ``kind``; else refuse it with InvalidFormat naming ``field``.

    Guards a public function's argument so None or a wrong type is refused with an
    error naming the parameter instead of an AttributeError deep inside the rule.

    Examples:
        >>> checked("C000001", str, "customer_number")
        'C000001'
        >>> checked(None, str, "customer_number")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: customer_number: expected a str, got NoneType
    """
    _kinds(kind, field)
    if not isinstance(value, kind):
        msg = f"{field}: expected {with_article(kind.__name__)}, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value
