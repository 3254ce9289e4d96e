"""Evidence shared by the customer rules: visits, odometer points, argument checks (private).

:mod:`autocrm.rules.churn`, :mod:`autocrm.rules.loyalty`,
:mod:`autocrm.rules.reminders` and :mod:`autocrm.rules.membership` read a customer's
history the same way; this module holds that one reading so the rules cannot drift
apart. Nothing here is public API: the public rules document what counts (see the
:mod:`autocrm.rules.churn` module docstring for what counts as a visit).

Examples:
    >>> from datetime import date
    >>> next_anniversary(date(1980, 2, 29), date(2025, 1, 10), "feb28")
    datetime.date(2025, 2, 28)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

import attrs

from autocrm.domain.customer import Customer
from autocrm.domain.identifiers import ric
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import InvalidComponent, InvalidFormat, ValidationError, shown

_T = TypeVar("_T")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_at_least__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_at_least__mutmut)
def at_least(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(value)}"
            raise error(msg, field=attribute.name, value=value)

    return _check


def x_at_least__mutmut_orig(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(value)}"
            raise error(msg, field=attribute.name, value=value)

    return _check


def x_at_least__mutmut_1(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) and value < minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(value)}"
            raise error(msg, field=attribute.name, value=value)

    return _check


def x_at_least__mutmut_2(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) and not isinstance(value, int) or value < minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(value)}"
            raise error(msg, field=attribute.name, value=value)

    return _check


def x_at_least__mutmut_3(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or isinstance(value, int) or value < minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(value)}"
            raise error(msg, field=attribute.name, value=value)

    return _check


def x_at_least__mutmut_4(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value <= minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(value)}"
            raise error(msg, field=attribute.name, value=value)

    return _check


def x_at_least__mutmut_5(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            msg = None
            raise error(msg, field=attribute.name, value=value)

    return _check


def x_at_least__mutmut_6(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(None)}"
            raise error(msg, field=attribute.name, value=value)

    return _check


def x_at_least__mutmut_7(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(value)}"
            raise error(None, field=attribute.name, value=value)

    return _check


def x_at_least__mutmut_8(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(value)}"
            raise error(msg, field=None, value=value)

    return _check


def x_at_least__mutmut_9(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(value)}"
            raise error(msg, field=attribute.name, value=None)

    return _check


def x_at_least__mutmut_10(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(value)}"
            raise error(field=attribute.name, value=value)

    return _check


def x_at_least__mutmut_11(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(value)}"
            raise error(msg, value=value)

    return _check


def x_at_least__mutmut_12(
    minimum: int, error: type[ValidationError] = InvalidComponent
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator: a whole number (not a bool) of at least ``minimum``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            msg = f"{attribute.name}: expected a whole number >= {minimum}, got {shown(value)}"
            raise error(msg, field=attribute.name, )

    return _check

mutants_x_at_least__mutmut['_mutmut_orig'] = x_at_least__mutmut_orig # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_1'] = x_at_least__mutmut_1 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_2'] = x_at_least__mutmut_2 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_3'] = x_at_least__mutmut_3 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_4'] = x_at_least__mutmut_4 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_5'] = x_at_least__mutmut_5 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_6'] = x_at_least__mutmut_6 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_7'] = x_at_least__mutmut_7 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_8'] = x_at_least__mutmut_8 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_9'] = x_at_least__mutmut_9 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_10'] = x_at_least__mutmut_10 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_11'] = x_at_least__mutmut_11 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_12'] = x_at_least__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_customer__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_customer__mutmut)
def check_customer(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(value).__name__}"
        raise InvalidFormat(msg, field="customer", value=value)
    return value


def x_check_customer__mutmut_orig(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(value).__name__}"
        raise InvalidFormat(msg, field="customer", value=value)
    return value


def x_check_customer__mutmut_1(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(value).__name__}"
        raise InvalidFormat(msg, field="customer", value=value)
    return value


def x_check_customer__mutmut_2(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = None
        raise InvalidFormat(msg, field="customer", value=value)
    return value


def x_check_customer__mutmut_3(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(None).__name__}"
        raise InvalidFormat(msg, field="customer", value=value)
    return value


def x_check_customer__mutmut_4(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(value).__name__}"
        raise InvalidFormat(None, field="customer", value=value)
    return value


def x_check_customer__mutmut_5(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(value).__name__}"
        raise InvalidFormat(msg, field=None, value=value)
    return value


def x_check_customer__mutmut_6(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(value).__name__}"
        raise InvalidFormat(msg, field="customer", value=None)
    return value


def x_check_customer__mutmut_7(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(value).__name__}"
        raise InvalidFormat(field="customer", value=value)
    return value


def x_check_customer__mutmut_8(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(value).__name__}"
        raise InvalidFormat(msg, value=value)
    return value


def x_check_customer__mutmut_9(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(value).__name__}"
        raise InvalidFormat(msg, field="customer", )
    return value


def x_check_customer__mutmut_10(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(value).__name__}"
        raise InvalidFormat(msg, field="XXcustomerXX", value=value)
    return value


def x_check_customer__mutmut_11(value: object) -> Customer:
    """``value`` if it is a Customer, else InvalidFormat naming ``customer``."""
    if not isinstance(value, Customer):
        msg = f"customer: expected a Customer, got {type(value).__name__}"
        raise InvalidFormat(msg, field="CUSTOMER", value=value)
    return value

mutants_x_check_customer__mutmut['_mutmut_orig'] = x_check_customer__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_customer__mutmut['x_check_customer__mutmut_1'] = x_check_customer__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_customer__mutmut['x_check_customer__mutmut_2'] = x_check_customer__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_customer__mutmut['x_check_customer__mutmut_3'] = x_check_customer__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_customer__mutmut['x_check_customer__mutmut_4'] = x_check_customer__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_customer__mutmut['x_check_customer__mutmut_5'] = x_check_customer__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_customer__mutmut['x_check_customer__mutmut_6'] = x_check_customer__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_customer__mutmut['x_check_customer__mutmut_7'] = x_check_customer__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_customer__mutmut['x_check_customer__mutmut_8'] = x_check_customer__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_customer__mutmut['x_check_customer__mutmut_9'] = x_check_customer__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_customer__mutmut['x_check_customer__mutmut_10'] = x_check_customer__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_customer__mutmut['x_check_customer__mutmut_11'] = x_check_customer__mutmut_11 # type: ignore # mutmut generated
mutants_x_checked__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_checked__mutmut)
def checked(value: object, kind: type[_T], field: str) -> _T:
    """``value`` if it is a ``kind``, else InvalidFormat naming ``field`` (DESIGN principle 5).

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
    if not isinstance(value, kind):
        msg = f"{field}: expected a {kind.__name__}, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_checked__mutmut_orig(value: object, kind: type[_T], field: str) -> _T:
    """``value`` if it is a ``kind``, else InvalidFormat naming ``field`` (DESIGN principle 5).

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
    if not isinstance(value, kind):
        msg = f"{field}: expected a {kind.__name__}, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_checked__mutmut_1(value: object, kind: type[_T], field: str) -> _T:
    """``value`` if it is a ``kind``, else InvalidFormat naming ``field`` (DESIGN principle 5).

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
    if isinstance(value, kind):
        msg = f"{field}: expected a {kind.__name__}, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_checked__mutmut_2(value: object, kind: type[_T], field: str) -> _T:
    """``value`` if it is a ``kind``, else InvalidFormat naming ``field`` (DESIGN principle 5).

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
    if not isinstance(value, kind):
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_checked__mutmut_3(value: object, kind: type[_T], field: str) -> _T:
    """``value`` if it is a ``kind``, else InvalidFormat naming ``field`` (DESIGN principle 5).

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
    if not isinstance(value, kind):
        msg = f"{field}: expected a {kind.__name__}, got {type(None).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x_checked__mutmut_4(value: object, kind: type[_T], field: str) -> _T:
    """``value`` if it is a ``kind``, else InvalidFormat naming ``field`` (DESIGN principle 5).

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
    if not isinstance(value, kind):
        msg = f"{field}: expected a {kind.__name__}, got {type(value).__name__}"
        raise InvalidFormat(None, field=field, value=value)
    return value


def x_checked__mutmut_5(value: object, kind: type[_T], field: str) -> _T:
    """``value`` if it is a ``kind``, else InvalidFormat naming ``field`` (DESIGN principle 5).

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
    if not isinstance(value, kind):
        msg = f"{field}: expected a {kind.__name__}, got {type(value).__name__}"
        raise InvalidFormat(msg, field=None, value=value)
    return value


def x_checked__mutmut_6(value: object, kind: type[_T], field: str) -> _T:
    """``value`` if it is a ``kind``, else InvalidFormat naming ``field`` (DESIGN principle 5).

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
    if not isinstance(value, kind):
        msg = f"{field}: expected a {kind.__name__}, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=None)
    return value


def x_checked__mutmut_7(value: object, kind: type[_T], field: str) -> _T:
    """``value`` if it is a ``kind``, else InvalidFormat naming ``field`` (DESIGN principle 5).

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
    if not isinstance(value, kind):
        msg = f"{field}: expected a {kind.__name__}, got {type(value).__name__}"
        raise InvalidFormat(field=field, value=value)
    return value


def x_checked__mutmut_8(value: object, kind: type[_T], field: str) -> _T:
    """``value`` if it is a ``kind``, else InvalidFormat naming ``field`` (DESIGN principle 5).

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
    if not isinstance(value, kind):
        msg = f"{field}: expected a {kind.__name__}, got {type(value).__name__}"
        raise InvalidFormat(msg, value=value)
    return value


def x_checked__mutmut_9(value: object, kind: type[_T], field: str) -> _T:
    """``value`` if it is a ``kind``, else InvalidFormat naming ``field`` (DESIGN principle 5).

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
    if not isinstance(value, kind):
        msg = f"{field}: expected a {kind.__name__}, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, )
    return value

mutants_x_checked__mutmut['_mutmut_orig'] = x_checked__mutmut_orig # type: ignore # mutmut generated
mutants_x_checked__mutmut['x_checked__mutmut_1'] = x_checked__mutmut_1 # type: ignore # mutmut generated
mutants_x_checked__mutmut['x_checked__mutmut_2'] = x_checked__mutmut_2 # type: ignore # mutmut generated
mutants_x_checked__mutmut['x_checked__mutmut_3'] = x_checked__mutmut_3 # type: ignore # mutmut generated
mutants_x_checked__mutmut['x_checked__mutmut_4'] = x_checked__mutmut_4 # type: ignore # mutmut generated
mutants_x_checked__mutmut['x_checked__mutmut_5'] = x_checked__mutmut_5 # type: ignore # mutmut generated
mutants_x_checked__mutmut['x_checked__mutmut_6'] = x_checked__mutmut_6 # type: ignore # mutmut generated
mutants_x_checked__mutmut['x_checked__mutmut_7'] = x_checked__mutmut_7 # type: ignore # mutmut generated
mutants_x_checked__mutmut['x_checked__mutmut_8'] = x_checked__mutmut_8 # type: ignore # mutmut generated
mutants_x_checked__mutmut['x_checked__mutmut_9'] = x_checked__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_iterable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_iterable__mutmut)
def check_iterable(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = f"{field}: expected a collection, got {type(values).__name__}"
        raise InvalidFormat(msg, field=field, value=values)


def x_check_iterable__mutmut_orig(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = f"{field}: expected a collection, got {type(values).__name__}"
        raise InvalidFormat(msg, field=field, value=values)


def x_check_iterable__mutmut_1(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) and not isinstance(values, Iterable):
        msg = f"{field}: expected a collection, got {type(values).__name__}"
        raise InvalidFormat(msg, field=field, value=values)


def x_check_iterable__mutmut_2(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) or isinstance(values, Iterable):
        msg = f"{field}: expected a collection, got {type(values).__name__}"
        raise InvalidFormat(msg, field=field, value=values)


def x_check_iterable__mutmut_3(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = None
        raise InvalidFormat(msg, field=field, value=values)


def x_check_iterable__mutmut_4(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = f"{field}: expected a collection, got {type(None).__name__}"
        raise InvalidFormat(msg, field=field, value=values)


def x_check_iterable__mutmut_5(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = f"{field}: expected a collection, got {type(values).__name__}"
        raise InvalidFormat(None, field=field, value=values)


def x_check_iterable__mutmut_6(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = f"{field}: expected a collection, got {type(values).__name__}"
        raise InvalidFormat(msg, field=None, value=values)


def x_check_iterable__mutmut_7(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = f"{field}: expected a collection, got {type(values).__name__}"
        raise InvalidFormat(msg, field=field, value=None)


def x_check_iterable__mutmut_8(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = f"{field}: expected a collection, got {type(values).__name__}"
        raise InvalidFormat(field=field, value=values)


def x_check_iterable__mutmut_9(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = f"{field}: expected a collection, got {type(values).__name__}"
        raise InvalidFormat(msg, value=values)


def x_check_iterable__mutmut_10(values: object, field: str) -> None:
    """Refuse None, a string or any non-iterable where a collection is expected.

    A string is iterable but is never a collection of records, so it is refused too.

    Examples:
        >>> check_iterable([], "complaints")
        >>> check_iterable("x", "complaints")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: complaints: expected a collection, got str
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = f"{field}: expected a collection, got {type(values).__name__}"
        raise InvalidFormat(msg, field=field, )

mutants_x_check_iterable__mutmut['_mutmut_orig'] = x_check_iterable__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_iterable__mutmut['x_check_iterable__mutmut_1'] = x_check_iterable__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_iterable__mutmut['x_check_iterable__mutmut_2'] = x_check_iterable__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_iterable__mutmut['x_check_iterable__mutmut_3'] = x_check_iterable__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_iterable__mutmut['x_check_iterable__mutmut_4'] = x_check_iterable__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_iterable__mutmut['x_check_iterable__mutmut_5'] = x_check_iterable__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_iterable__mutmut['x_check_iterable__mutmut_6'] = x_check_iterable__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_iterable__mutmut['x_check_iterable__mutmut_7'] = x_check_iterable__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_iterable__mutmut['x_check_iterable__mutmut_8'] = x_check_iterable__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_iterable__mutmut['x_check_iterable__mutmut_9'] = x_check_iterable__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_iterable__mutmut['x_check_iterable__mutmut_10'] = x_check_iterable__mutmut_10 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_checked_items__mutmut)
def checked_items(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_orig(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_1(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(None, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_2(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, None)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_3(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_4(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, )
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_5(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = None
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_6(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(None):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_7(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_8(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = None
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_9(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(None).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_10(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(None, field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_11(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=None, value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_12(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=None)
        result.append(item)
    return result


def x_checked_items__mutmut_13(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(field=f"{field}[{index}]", value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_14(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, value=item)
        result.append(item)
    return result


def x_checked_items__mutmut_15(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", )
        result.append(item)
    return result


def x_checked_items__mutmut_16(items: Iterable[object], kind: type[Any], field: str) -> list[Any]:
    """The items as a list, each checked to be a ``kind`` (the error names its index).

    A value that is not a collection at all (None, a number, a string) is refused
    naming ``field``.
    """
    check_iterable(items, field)
    result: list[Any] = []
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            msg = f"{field}[{index}]: expected a {kind.__name__}, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"{field}[{index}]", value=item)
        result.append(None)
    return result

mutants_x_checked_items__mutmut['_mutmut_orig'] = x_checked_items__mutmut_orig # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_1'] = x_checked_items__mutmut_1 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_2'] = x_checked_items__mutmut_2 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_3'] = x_checked_items__mutmut_3 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_4'] = x_checked_items__mutmut_4 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_5'] = x_checked_items__mutmut_5 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_6'] = x_checked_items__mutmut_6 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_7'] = x_checked_items__mutmut_7 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_8'] = x_checked_items__mutmut_8 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_9'] = x_checked_items__mutmut_9 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_10'] = x_checked_items__mutmut_10 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_11'] = x_checked_items__mutmut_11 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_12'] = x_checked_items__mutmut_12 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_13'] = x_checked_items__mutmut_13 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_14'] = x_checked_items__mutmut_14 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_15'] = x_checked_items__mutmut_15 # type: ignore # mutmut generated
mutants_x_checked_items__mutmut['x_checked_items__mutmut_16'] = x_checked_items__mutmut_16 # type: ignore # mutmut generated
mutants_x_own_work_orders__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_own_work_orders__mutmut)
def own_work_orders(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[WorkOrder]:
    """The customer's work orders opened on or before ``day``.

    A work order is the customer's when it carries his number or is for one of his
    vehicles (a company car may be brought in under the driver's name).
    """
    vins = {vehicle.vin for vehicle in vehicles}
    return [
        wo
        for wo in work_orders
        if (wo.customer_number == customer.number or wo.vin in vins) and wo.visit_date <= day
    ]


def x_own_work_orders__mutmut_orig(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[WorkOrder]:
    """The customer's work orders opened on or before ``day``.

    A work order is the customer's when it carries his number or is for one of his
    vehicles (a company car may be brought in under the driver's name).
    """
    vins = {vehicle.vin for vehicle in vehicles}
    return [
        wo
        for wo in work_orders
        if (wo.customer_number == customer.number or wo.vin in vins) and wo.visit_date <= day
    ]


def x_own_work_orders__mutmut_1(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[WorkOrder]:
    """The customer's work orders opened on or before ``day``.

    A work order is the customer's when it carries his number or is for one of his
    vehicles (a company car may be brought in under the driver's name).
    """
    vins = None
    return [
        wo
        for wo in work_orders
        if (wo.customer_number == customer.number or wo.vin in vins) and wo.visit_date <= day
    ]


def x_own_work_orders__mutmut_2(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[WorkOrder]:
    """The customer's work orders opened on or before ``day``.

    A work order is the customer's when it carries his number or is for one of his
    vehicles (a company car may be brought in under the driver's name).
    """
    vins = {vehicle.vin for vehicle in vehicles}
    return [
        wo
        for wo in work_orders
        if (wo.customer_number == customer.number or wo.vin in vins) or wo.visit_date <= day
    ]


def x_own_work_orders__mutmut_3(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[WorkOrder]:
    """The customer's work orders opened on or before ``day``.

    A work order is the customer's when it carries his number or is for one of his
    vehicles (a company car may be brought in under the driver's name).
    """
    vins = {vehicle.vin for vehicle in vehicles}
    return [
        wo
        for wo in work_orders
        if (wo.customer_number == customer.number and wo.vin in vins) and wo.visit_date <= day
    ]


def x_own_work_orders__mutmut_4(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[WorkOrder]:
    """The customer's work orders opened on or before ``day``.

    A work order is the customer's when it carries his number or is for one of his
    vehicles (a company car may be brought in under the driver's name).
    """
    vins = {vehicle.vin for vehicle in vehicles}
    return [
        wo
        for wo in work_orders
        if (wo.customer_number != customer.number or wo.vin in vins) and wo.visit_date <= day
    ]


def x_own_work_orders__mutmut_5(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[WorkOrder]:
    """The customer's work orders opened on or before ``day``.

    A work order is the customer's when it carries his number or is for one of his
    vehicles (a company car may be brought in under the driver's name).
    """
    vins = {vehicle.vin for vehicle in vehicles}
    return [
        wo
        for wo in work_orders
        if (wo.customer_number == customer.number or wo.vin not in vins) and wo.visit_date <= day
    ]


def x_own_work_orders__mutmut_6(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[WorkOrder]:
    """The customer's work orders opened on or before ``day``.

    A work order is the customer's when it carries his number or is for one of his
    vehicles (a company car may be brought in under the driver's name).
    """
    vins = {vehicle.vin for vehicle in vehicles}
    return [
        wo
        for wo in work_orders
        if (wo.customer_number == customer.number or wo.vin in vins) and wo.visit_date < day
    ]

mutants_x_own_work_orders__mutmut['_mutmut_orig'] = x_own_work_orders__mutmut_orig # type: ignore # mutmut generated
mutants_x_own_work_orders__mutmut['x_own_work_orders__mutmut_1'] = x_own_work_orders__mutmut_1 # type: ignore # mutmut generated
mutants_x_own_work_orders__mutmut['x_own_work_orders__mutmut_2'] = x_own_work_orders__mutmut_2 # type: ignore # mutmut generated
mutants_x_own_work_orders__mutmut['x_own_work_orders__mutmut_3'] = x_own_work_orders__mutmut_3 # type: ignore # mutmut generated
mutants_x_own_work_orders__mutmut['x_own_work_orders__mutmut_4'] = x_own_work_orders__mutmut_4 # type: ignore # mutmut generated
mutants_x_own_work_orders__mutmut['x_own_work_orders__mutmut_5'] = x_own_work_orders__mutmut_5 # type: ignore # mutmut generated
mutants_x_own_work_orders__mutmut['x_own_work_orders__mutmut_6'] = x_own_work_orders__mutmut_6 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_visit_dates__mutmut)
def visit_dates(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, work_orders, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_orig(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, work_orders, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_1(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = None
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_2(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(None, vehicles, work_orders, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_3(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, None, work_orders, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_4(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, None, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_5(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, work_orders, None)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_6(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(vehicles, work_orders, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_7(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, work_orders, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_8(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_9(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, work_orders, )]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_10(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, work_orders, day)]
    for vehicle in vehicles:
        recorded = None
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_11(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, work_orders, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(None)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_12(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, work_orders, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(None)
    return sorted(dates)


def x_visit_dates__mutmut_13(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, work_orders, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None or d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_14(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, work_orders, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is None and d <= day)
    return sorted(dates)


def x_visit_dates__mutmut_15(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, work_orders, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d < day)
    return sorted(dates)


def x_visit_dates__mutmut_16(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> list[date]:
    """Every visit of the customer on or before ``day``, oldest first.

    A visit is a work order of his (its local opening date) or a date the archive
    keeps on one of his vehicles that records a visit: ``last_business_on``,
    ``first_maintenance_on``, ``first_visit_on``, and ``purchased_on`` when the shop
    sold the car.
    """
    dates = [wo.visit_date for wo in own_work_orders(customer, vehicles, work_orders, day)]
    for vehicle in vehicles:
        recorded = [vehicle.last_business_on, vehicle.first_maintenance_on, vehicle.first_visit_on]
        if vehicle.is_new_car_sale:
            recorded.append(vehicle.purchased_on)
        dates.extend(d for d in recorded if d is not None and d <= day)
    return sorted(None)

mutants_x_visit_dates__mutmut['_mutmut_orig'] = x_visit_dates__mutmut_orig # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_1'] = x_visit_dates__mutmut_1 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_2'] = x_visit_dates__mutmut_2 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_3'] = x_visit_dates__mutmut_3 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_4'] = x_visit_dates__mutmut_4 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_5'] = x_visit_dates__mutmut_5 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_6'] = x_visit_dates__mutmut_6 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_7'] = x_visit_dates__mutmut_7 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_8'] = x_visit_dates__mutmut_8 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_9'] = x_visit_dates__mutmut_9 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_10'] = x_visit_dates__mutmut_10 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_11'] = x_visit_dates__mutmut_11 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_12'] = x_visit_dates__mutmut_12 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_13'] = x_visit_dates__mutmut_13 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_14'] = x_visit_dates__mutmut_14 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_15'] = x_visit_dates__mutmut_15 # type: ignore # mutmut generated
mutants_x_visit_dates__mutmut['x_visit_dates__mutmut_16'] = x_visit_dates__mutmut_16 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_last_visit__mutmut)
def last_visit(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(customer, vehicles, work_orders, day)
    return dates[-1] if dates else None


def x_last_visit__mutmut_orig(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(customer, vehicles, work_orders, day)
    return dates[-1] if dates else None


def x_last_visit__mutmut_1(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = None
    return dates[-1] if dates else None


def x_last_visit__mutmut_2(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(None, vehicles, work_orders, day)
    return dates[-1] if dates else None


def x_last_visit__mutmut_3(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(customer, None, work_orders, day)
    return dates[-1] if dates else None


def x_last_visit__mutmut_4(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(customer, vehicles, None, day)
    return dates[-1] if dates else None


def x_last_visit__mutmut_5(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(customer, vehicles, work_orders, None)
    return dates[-1] if dates else None


def x_last_visit__mutmut_6(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(vehicles, work_orders, day)
    return dates[-1] if dates else None


def x_last_visit__mutmut_7(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(customer, work_orders, day)
    return dates[-1] if dates else None


def x_last_visit__mutmut_8(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(customer, vehicles, day)
    return dates[-1] if dates else None


def x_last_visit__mutmut_9(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(customer, vehicles, work_orders, )
    return dates[-1] if dates else None


def x_last_visit__mutmut_10(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(customer, vehicles, work_orders, day)
    return dates[-1] if (dates) and False else None


def x_last_visit__mutmut_11(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(customer, vehicles, work_orders, day)
    return dates[-1] if (dates) or True else None


def x_last_visit__mutmut_12(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(customer, vehicles, work_orders, day)
    return dates[+1] if dates else None


def x_last_visit__mutmut_13(
    customer: Customer, vehicles: Sequence[Vehicle], work_orders: Iterable[WorkOrder], day: date
) -> date | None:
    """The customer's last visit on or before ``day`` (see :func:`visit_dates`), or None."""
    dates = visit_dates(customer, vehicles, work_orders, day)
    return dates[-2] if dates else None

mutants_x_last_visit__mutmut['_mutmut_orig'] = x_last_visit__mutmut_orig # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_1'] = x_last_visit__mutmut_1 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_2'] = x_last_visit__mutmut_2 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_3'] = x_last_visit__mutmut_3 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_4'] = x_last_visit__mutmut_4 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_5'] = x_last_visit__mutmut_5 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_6'] = x_last_visit__mutmut_6 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_7'] = x_last_visit__mutmut_7 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_8'] = x_last_visit__mutmut_8 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_9'] = x_last_visit__mutmut_9 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_10'] = x_last_visit__mutmut_10 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_11'] = x_last_visit__mutmut_11 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_12'] = x_last_visit__mutmut_12 # type: ignore # mutmut generated
mutants_x_last_visit__mutmut['x_last_visit__mutmut_13'] = x_last_visit__mutmut_13 # type: ignore # mutmut generated
mutants_x_maintenance_visits__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_maintenance_visits__mutmut)
def maintenance_visits(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    """The vehicle's maintenance work orders (首保 or 保养) up to ``day``, oldest first.

    Sorted by visit date, then work-order number.
    """
    return sorted(
        (wo for wo in work_orders if wo.vin == vin and wo.is_maintenance and wo.visit_date <= day),
        key=lambda wo: (wo.visit_date, wo.number),
    )


def x_maintenance_visits__mutmut_orig(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    """The vehicle's maintenance work orders (首保 or 保养) up to ``day``, oldest first.

    Sorted by visit date, then work-order number.
    """
    return sorted(
        (wo for wo in work_orders if wo.vin == vin and wo.is_maintenance and wo.visit_date <= day),
        key=lambda wo: (wo.visit_date, wo.number),
    )


def x_maintenance_visits__mutmut_1(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    """The vehicle's maintenance work orders (首保 or 保养) up to ``day``, oldest first.

    Sorted by visit date, then work-order number.
    """
    return sorted(
        None,
        key=lambda wo: (wo.visit_date, wo.number),
    )


def x_maintenance_visits__mutmut_2(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    """The vehicle's maintenance work orders (首保 or 保养) up to ``day``, oldest first.

    Sorted by visit date, then work-order number.
    """
    return sorted(
        (wo for wo in work_orders if wo.vin == vin and wo.is_maintenance and wo.visit_date <= day),
        key=None,
    )


def x_maintenance_visits__mutmut_3(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    """The vehicle's maintenance work orders (首保 or 保养) up to ``day``, oldest first.

    Sorted by visit date, then work-order number.
    """
    return sorted(
        key=lambda wo: (wo.visit_date, wo.number),
    )


def x_maintenance_visits__mutmut_4(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    """The vehicle's maintenance work orders (首保 or 保养) up to ``day``, oldest first.

    Sorted by visit date, then work-order number.
    """
    return sorted(
        (wo for wo in work_orders if wo.vin == vin and wo.is_maintenance and wo.visit_date <= day),
        )


def x_maintenance_visits__mutmut_5(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    """The vehicle's maintenance work orders (首保 or 保养) up to ``day``, oldest first.

    Sorted by visit date, then work-order number.
    """
    return sorted(
        (wo for wo in work_orders if wo.vin == vin and wo.is_maintenance or wo.visit_date <= day),
        key=lambda wo: (wo.visit_date, wo.number),
    )


def x_maintenance_visits__mutmut_6(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    """The vehicle's maintenance work orders (首保 or 保养) up to ``day``, oldest first.

    Sorted by visit date, then work-order number.
    """
    return sorted(
        (wo for wo in work_orders if wo.vin == vin or wo.is_maintenance and wo.visit_date <= day),
        key=lambda wo: (wo.visit_date, wo.number),
    )


def x_maintenance_visits__mutmut_7(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    """The vehicle's maintenance work orders (首保 or 保养) up to ``day``, oldest first.

    Sorted by visit date, then work-order number.
    """
    return sorted(
        (wo for wo in work_orders if wo.vin != vin and wo.is_maintenance and wo.visit_date <= day),
        key=lambda wo: (wo.visit_date, wo.number),
    )


def x_maintenance_visits__mutmut_8(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    """The vehicle's maintenance work orders (首保 or 保养) up to ``day``, oldest first.

    Sorted by visit date, then work-order number.
    """
    return sorted(
        (wo for wo in work_orders if wo.vin == vin and wo.is_maintenance and wo.visit_date < day),
        key=lambda wo: (wo.visit_date, wo.number),
    )


def x_maintenance_visits__mutmut_9(work_orders: Iterable[WorkOrder], vin: str, day: date) -> list[WorkOrder]:
    """The vehicle's maintenance work orders (首保 or 保养) up to ``day``, oldest first.

    Sorted by visit date, then work-order number.
    """
    return sorted(
        (wo for wo in work_orders if wo.vin == vin and wo.is_maintenance and wo.visit_date <= day),
        key=lambda wo: None,
    )

mutants_x_maintenance_visits__mutmut['_mutmut_orig'] = x_maintenance_visits__mutmut_orig # type: ignore # mutmut generated
mutants_x_maintenance_visits__mutmut['x_maintenance_visits__mutmut_1'] = x_maintenance_visits__mutmut_1 # type: ignore # mutmut generated
mutants_x_maintenance_visits__mutmut['x_maintenance_visits__mutmut_2'] = x_maintenance_visits__mutmut_2 # type: ignore # mutmut generated
mutants_x_maintenance_visits__mutmut['x_maintenance_visits__mutmut_3'] = x_maintenance_visits__mutmut_3 # type: ignore # mutmut generated
mutants_x_maintenance_visits__mutmut['x_maintenance_visits__mutmut_4'] = x_maintenance_visits__mutmut_4 # type: ignore # mutmut generated
mutants_x_maintenance_visits__mutmut['x_maintenance_visits__mutmut_5'] = x_maintenance_visits__mutmut_5 # type: ignore # mutmut generated
mutants_x_maintenance_visits__mutmut['x_maintenance_visits__mutmut_6'] = x_maintenance_visits__mutmut_6 # type: ignore # mutmut generated
mutants_x_maintenance_visits__mutmut['x_maintenance_visits__mutmut_7'] = x_maintenance_visits__mutmut_7 # type: ignore # mutmut generated
mutants_x_maintenance_visits__mutmut['x_maintenance_visits__mutmut_8'] = x_maintenance_visits__mutmut_8 # type: ignore # mutmut generated
mutants_x_maintenance_visits__mutmut['x_maintenance_visits__mutmut_9'] = x_maintenance_visits__mutmut_9 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_odometer_points__mutmut)
def odometer_points(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_orig(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_1(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = None
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_2(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin or r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_3(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin != vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_4(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on < day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_5(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        None
    )
    return points


def x_odometer_points__mutmut_6(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(None, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_7(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, None, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_8(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, None, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_9(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=None)
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_10(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_11(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_12(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_13(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, )
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_14(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None or wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_15(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin or wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_16(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin != vehicle.vin and wo.mileage_km is not None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_17(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is None and wo.visit_date <= day
    )
    return points


def x_odometer_points__mutmut_18(
    vehicle: Vehicle,
    work_orders: Iterable[WorkOrder],
    readings: Iterable[OdometerReading],
    day: date,
) -> list[OdometerReading]:
    """The odometer evidence of a vehicle up to ``day``.

    Its readings plus the mileage written on each of its work orders (as a reading
    whose source names the work order): what the km-per-day estimate of
    :func:`autocrm.rules.reminders.estimate_daily_km` is fed with by every rule.
    """
    points = [r for r in readings if r.vin == vehicle.vin and r.on <= day]
    points.extend(
        OdometerReading(vehicle.vin, wo.visit_date, wo.mileage_km, source=f"work order {wo.number}")
        for wo in work_orders
        if wo.vin == vehicle.vin and wo.mileage_km is not None and wo.visit_date < day
    )
    return points

mutants_x_odometer_points__mutmut['_mutmut_orig'] = x_odometer_points__mutmut_orig # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_1'] = x_odometer_points__mutmut_1 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_2'] = x_odometer_points__mutmut_2 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_3'] = x_odometer_points__mutmut_3 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_4'] = x_odometer_points__mutmut_4 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_5'] = x_odometer_points__mutmut_5 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_6'] = x_odometer_points__mutmut_6 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_7'] = x_odometer_points__mutmut_7 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_8'] = x_odometer_points__mutmut_8 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_9'] = x_odometer_points__mutmut_9 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_10'] = x_odometer_points__mutmut_10 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_11'] = x_odometer_points__mutmut_11 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_12'] = x_odometer_points__mutmut_12 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_13'] = x_odometer_points__mutmut_13 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_14'] = x_odometer_points__mutmut_14 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_15'] = x_odometer_points__mutmut_15 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_16'] = x_odometer_points__mutmut_16 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_17'] = x_odometer_points__mutmut_17 # type: ignore # mutmut generated
mutants_x_odometer_points__mutmut['x_odometer_points__mutmut_18'] = x_odometer_points__mutmut_18 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_next_anniversary__mutmut)
def next_anniversary(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_orig(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_1(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year - 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_2(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 2):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_3(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = None
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_4(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=None)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_5(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = None
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_6(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if (leap_day == "mar1") and False else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_7(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if (leap_day == "mar1") or True else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_8(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(None, 3, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_9(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, None, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_10(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, None) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_11(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(3, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_12(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_13(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, ) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_14(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 4, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_15(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 2) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_16(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day != "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_17(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "XXmar1XX" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_18(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "MAR1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_19(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(None, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_20(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, None, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_21(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, None)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_22(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_23(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_24(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, )
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_25(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 3, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_26(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, 29)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_27(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate > day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_28(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = None  # pragma: no cover - unreachable
    raise AssertionError(msg)  # pragma: no cover


def x_next_anniversary__mutmut_29(original: date, day: date, leap_day: str) -> date:
    """The first anniversary of ``original`` on or after ``day``.

    SPEC §3: a 29 February date falls on 28 February (``leap_day="feb28"``) or on
    1 March (``"mar1"``) in common years.
    """
    for year in (day.year, day.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:  # 29 February in a common year
            candidate = date(year, 3, 1) if leap_day == "mar1" else date(year, 2, 28)
        if candidate >= day:
            return candidate
    msg = f"no anniversary of {original} after {day}"  # pragma: no cover - unreachable
    raise AssertionError(None)  # pragma: no cover

mutants_x_next_anniversary__mutmut['_mutmut_orig'] = x_next_anniversary__mutmut_orig # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_1'] = x_next_anniversary__mutmut_1 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_2'] = x_next_anniversary__mutmut_2 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_3'] = x_next_anniversary__mutmut_3 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_4'] = x_next_anniversary__mutmut_4 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_5'] = x_next_anniversary__mutmut_5 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_6'] = x_next_anniversary__mutmut_6 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_7'] = x_next_anniversary__mutmut_7 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_8'] = x_next_anniversary__mutmut_8 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_9'] = x_next_anniversary__mutmut_9 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_10'] = x_next_anniversary__mutmut_10 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_11'] = x_next_anniversary__mutmut_11 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_12'] = x_next_anniversary__mutmut_12 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_13'] = x_next_anniversary__mutmut_13 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_14'] = x_next_anniversary__mutmut_14 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_15'] = x_next_anniversary__mutmut_15 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_16'] = x_next_anniversary__mutmut_16 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_17'] = x_next_anniversary__mutmut_17 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_18'] = x_next_anniversary__mutmut_18 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_19'] = x_next_anniversary__mutmut_19 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_20'] = x_next_anniversary__mutmut_20 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_21'] = x_next_anniversary__mutmut_21 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_22'] = x_next_anniversary__mutmut_22 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_23'] = x_next_anniversary__mutmut_23 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_24'] = x_next_anniversary__mutmut_24 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_25'] = x_next_anniversary__mutmut_25 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_26'] = x_next_anniversary__mutmut_26 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_27'] = x_next_anniversary__mutmut_27 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_28'] = x_next_anniversary__mutmut_28 # type: ignore # mutmut generated
mutants_x_next_anniversary__mutmut['x_next_anniversary__mutmut_29'] = x_next_anniversary__mutmut_29 # type: ignore # mutmut generated
mutants_x_birth_date_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_birth_date_of__mutmut)
def birth_date_of(customer: Customer) -> date | None:
    """The customer's birth date, or the one in his resident ID when none is recorded."""
    return birth_date_from(customer.birth_date, customer.resident_id)


def x_birth_date_of__mutmut_orig(customer: Customer) -> date | None:
    """The customer's birth date, or the one in his resident ID when none is recorded."""
    return birth_date_from(customer.birth_date, customer.resident_id)


def x_birth_date_of__mutmut_1(customer: Customer) -> date | None:
    """The customer's birth date, or the one in his resident ID when none is recorded."""
    return birth_date_from(None, customer.resident_id)


def x_birth_date_of__mutmut_2(customer: Customer) -> date | None:
    """The customer's birth date, or the one in his resident ID when none is recorded."""
    return birth_date_from(customer.birth_date, None)


def x_birth_date_of__mutmut_3(customer: Customer) -> date | None:
    """The customer's birth date, or the one in his resident ID when none is recorded."""
    return birth_date_from(customer.resident_id)


def x_birth_date_of__mutmut_4(customer: Customer) -> date | None:
    """The customer's birth date, or the one in his resident ID when none is recorded."""
    return birth_date_from(customer.birth_date, )

mutants_x_birth_date_of__mutmut['_mutmut_orig'] = x_birth_date_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_birth_date_of__mutmut['x_birth_date_of__mutmut_1'] = x_birth_date_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_birth_date_of__mutmut['x_birth_date_of__mutmut_2'] = x_birth_date_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_birth_date_of__mutmut['x_birth_date_of__mutmut_3'] = x_birth_date_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_birth_date_of__mutmut['x_birth_date_of__mutmut_4'] = x_birth_date_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_birth_date_from__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_birth_date_from__mutmut)
def birth_date_from(birth_date: date | None, resident_id: str | None) -> date | None:
    """A birth date on record, else the one in a resident ID (None if neither gives one)."""
    if birth_date is not None:
        return birth_date
    if resident_id is not None:
        try:
            return ric.birth_date(resident_id)
        except ValueError:
            return None
    return None


def x_birth_date_from__mutmut_orig(birth_date: date | None, resident_id: str | None) -> date | None:
    """A birth date on record, else the one in a resident ID (None if neither gives one)."""
    if birth_date is not None:
        return birth_date
    if resident_id is not None:
        try:
            return ric.birth_date(resident_id)
        except ValueError:
            return None
    return None


def x_birth_date_from__mutmut_1(birth_date: date | None, resident_id: str | None) -> date | None:
    """A birth date on record, else the one in a resident ID (None if neither gives one)."""
    if birth_date is None:
        return birth_date
    if resident_id is not None:
        try:
            return ric.birth_date(resident_id)
        except ValueError:
            return None
    return None


def x_birth_date_from__mutmut_2(birth_date: date | None, resident_id: str | None) -> date | None:
    """A birth date on record, else the one in a resident ID (None if neither gives one)."""
    if birth_date is not None:
        return birth_date
    if resident_id is None:
        try:
            return ric.birth_date(resident_id)
        except ValueError:
            return None
    return None


def x_birth_date_from__mutmut_3(birth_date: date | None, resident_id: str | None) -> date | None:
    """A birth date on record, else the one in a resident ID (None if neither gives one)."""
    if birth_date is not None:
        return birth_date
    if resident_id is not None:
        try:
            return ric.birth_date(None)
        except ValueError:
            return None
    return None

mutants_x_birth_date_from__mutmut['_mutmut_orig'] = x_birth_date_from__mutmut_orig # type: ignore # mutmut generated
mutants_x_birth_date_from__mutmut['x_birth_date_from__mutmut_1'] = x_birth_date_from__mutmut_1 # type: ignore # mutmut generated
mutants_x_birth_date_from__mutmut['x_birth_date_from__mutmut_2'] = x_birth_date_from__mutmut_2 # type: ignore # mutmut generated
mutants_x_birth_date_from__mutmut['x_birth_date_from__mutmut_3'] = x_birth_date_from__mutmut_3 # type: ignore # mutmut generated
