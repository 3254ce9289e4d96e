"""Checking the arguments of public functions, so a wrong one is refused by name.

A public entry point of autocrm refuses a value it cannot use with an
[`autocrm.errors`][autocrm.errors] error naming the parameter, never with an
``AttributeError`` or ``TypeError`` from deep inside. These are the checks every
package shares (they depend on nothing but the errors).

Examples:
    >>> expect("C000001", str, field="number")
    'C000001'
    >>> expect(None, str, field="number")
    Traceback (most recent call last):
    ...
    autocrm.errors.UnsupportedType: number: expected a str, got NoneType None
    >>> expect_items([1, 2], int, field="sizes")
    (1, 2)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, cast

from autocrm.errors import UnsupportedType, shown

__all__ = ["expect", "expect_callable", "expect_collection", "expect_items"]

_T = TypeVar("_T")


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
        autocrm.errors.UnsupportedType: attempts: expected a int, got bool True
    """
    kinds = _kinds(kind, field)
    refused_bool = isinstance(value, bool) and bool not in kinds and int in kinds
    if refused_bool or not isinstance(value, kinds):
        msg = f"{field}: expected a {_names(kind)}, got {type(value).__name__} {shown(value)}"
        raise UnsupportedType(msg, field=field, value=value)
    return cast(_T, value)


def expect_collection(values: object, *, field: str, of: str = "records") -> Iterable[Any]:
    """Return ``values`` if it is a collection; else refuse it naming ``field``.

    A string, bytes, a mapping or a non-iterable is refused: none of them is a
    collection of records (a string iterates over its characters). The items are
    not looked at, and the collection is not consumed.

    Raises:
        autocrm.errors.UnsupportedType: ``values`` is no collection.

    Examples:
        >>> expect_collection([], field="customers")
        []
        >>> expect_collection(None, field="visits")
        Traceback (most recent call last):
        ...
        autocrm.errors.UnsupportedType: visits: expected a collection of records, got NoneType None
    """
    _kinds(object, field)
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        msg = f"{field}: expected a collection of {of}, got {type(values).__name__} {shown(values)}"
        raise UnsupportedType(msg, field=field, value=values)
    return values


def expect_items(
    values: object, kind: type[_T] | tuple[type[_T], ...], *, field: str
) -> tuple[_T, ...]:
    """Return the items of the collection ``values``, each checked to be a ``kind``.

    A string, bytes, a mapping or a non-iterable is no collection of records and is
    refused; an item of the wrong kind is refused naming its index (``field[2]``).

    Raises:
        autocrm.errors.UnsupportedType: ``values`` is no collection, or an item is
            not a ``kind``.

    Examples:
        >>> expect_items(("a", "b"), str, field="tags")
        ('a', 'b')
        >>> expect_items("ab", str, field="tags")
        Traceback (most recent call last):
        ...
        autocrm.errors.UnsupportedType: tags: expected a collection of str, got str 'ab'
    """
    items = tuple(expect_collection(values, field=field, of=_names(kind)))
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
