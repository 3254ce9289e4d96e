"""Money: ``Decimal`` yuan rounded to the fen with ROUND_HALF_UP; floats are refused.

Examples:
    >>> to_money("199.995")
    Decimal('200.00')
    >>> to_money(1980)
    Decimal('1980.00')
    >>> to_money(0.1)
    Traceback (most recent call last):
    ...
    autocrm.errors.InvalidFormat: amount: float 0.1 is not accepted for money; ...
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext

from autocrm.errors import InvalidFormat, shown

__all__ = ["FEN", "MONEY_CONTEXT", "ZERO", "is_money", "money_sum", "to_money"]

#: One fen (分), the smallest unit money is kept to.
FEN = Decimal("0.01")
#: Zero yuan, to the fen.
ZERO = Decimal("0.00")
#: The decimal context of every money computation: 34 significant digits (IEEE decimal128)
#: and ROUND_HALF_UP, whatever context the caller has set (a notebook's ``getcontext()``
#: must not change an amount).
MONEY_CONTEXT = Context(prec=34, rounding=ROUND_HALF_UP)
# An integer of 34 digits or more cannot be kept to the fen in MONEY_CONTEXT.
_MAX_INTEGER_AMOUNT = 10**32


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_to_money__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_to_money__mutmut)
def to_money(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_orig(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_1(value: object, *, field: str = "XXamountXX") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_2(value: object, *, field: str = "AMOUNT") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_3(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_4(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(None).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_5(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(None)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_6(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(None)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_7(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(None, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_8(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=None, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_9(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=None)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_10(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_11(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_12(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, )
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_13(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = None
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_14(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(None) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_15(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) > _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_16(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = None
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_17(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(None)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_18(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(None, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_19(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=None, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_20(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=None)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_21(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_22(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_23(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, )
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_24(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = None
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_25(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(None)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_26(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = None
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_27(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(None)
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_28(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = None
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_29(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(None)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_30(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(None, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_31(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=None, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_32(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=None) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_33(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_34(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_35(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, ) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_36(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_37(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(None).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_38(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(None, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_39(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=None, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_40(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=None)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_41(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_42(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_43(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, )
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_44(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_45(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_46(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(None)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_47(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(None, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_48(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=None, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_49(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=None)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_50(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_51(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_52(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, )
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_53(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(None, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_54(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=None, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_55(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=None)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_56(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_57(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_58(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, )
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_59(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = None
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_60(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(None)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_to_money__mutmut_61(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(None, field=field, value=value) from None


def x_to_money__mutmut_62(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=None, value=value) from None


def x_to_money__mutmut_63(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, value=None) from None


def x_to_money__mutmut_64(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(field=field, value=value) from None


def x_to_money__mutmut_65(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, value=value) from None


def x_to_money__mutmut_66(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as a Decimal amount of yuan rounded to the fen (ROUND_HALF_UP).

    Args:
        value: A ``Decimal``, an ``int`` or a decimal string (``"1,280.50"`` is not
            accepted: no thousands separators).
        field: Name of the field, used in the error message.

    Returns:
        The amount, quantised to 0.01.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float, a bool, not a number,
            or not finite.

    Examples:
        >>> to_money(Decimal("12.345")), to_money("-0.005")
        (Decimal('12.35'), Decimal('-0.01'))
    """
    if isinstance(value, (bool, float)):
        msg = (
            f"{field}: {type(value).__name__} {shown(value)} is not accepted for money; "
            f"pass a Decimal, an int or a decimal string such as '{shown(value)}'"
        )
        raise InvalidFormat(msg, field=field, value=value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        if abs(value) >= _MAX_INTEGER_AMOUNT:
            msg = f"{field}: {shown(value)} is too large an amount"
            raise InvalidFormat(msg, field=field, value=value)
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except (InvalidOperation, ValueError):  # ValueError: more digits than Python converts
            msg = f"{field}: {shown(value)} is not a decimal amount"
            raise InvalidFormat(msg, field=field, value=value) from None
    else:
        msg = f"{field}: {type(value).__name__} is not accepted for money"
        raise InvalidFormat(msg, field=field, value=value)
    if not amount.is_finite():
        msg = f"{field}: {shown(value)} is not a finite amount"
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=MONEY_CONTEXT)
    except InvalidOperation:
        msg = f"{field}: {shown(value)} is too large an amount"
        raise InvalidFormat(msg, field=field, ) from None

mutants_x_to_money__mutmut['_mutmut_orig'] = x_to_money__mutmut_orig # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_1'] = x_to_money__mutmut_1 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_2'] = x_to_money__mutmut_2 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_3'] = x_to_money__mutmut_3 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_4'] = x_to_money__mutmut_4 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_5'] = x_to_money__mutmut_5 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_6'] = x_to_money__mutmut_6 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_7'] = x_to_money__mutmut_7 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_8'] = x_to_money__mutmut_8 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_9'] = x_to_money__mutmut_9 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_10'] = x_to_money__mutmut_10 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_11'] = x_to_money__mutmut_11 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_12'] = x_to_money__mutmut_12 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_13'] = x_to_money__mutmut_13 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_14'] = x_to_money__mutmut_14 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_15'] = x_to_money__mutmut_15 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_16'] = x_to_money__mutmut_16 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_17'] = x_to_money__mutmut_17 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_18'] = x_to_money__mutmut_18 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_19'] = x_to_money__mutmut_19 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_20'] = x_to_money__mutmut_20 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_21'] = x_to_money__mutmut_21 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_22'] = x_to_money__mutmut_22 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_23'] = x_to_money__mutmut_23 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_24'] = x_to_money__mutmut_24 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_25'] = x_to_money__mutmut_25 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_26'] = x_to_money__mutmut_26 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_27'] = x_to_money__mutmut_27 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_28'] = x_to_money__mutmut_28 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_29'] = x_to_money__mutmut_29 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_30'] = x_to_money__mutmut_30 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_31'] = x_to_money__mutmut_31 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_32'] = x_to_money__mutmut_32 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_33'] = x_to_money__mutmut_33 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_34'] = x_to_money__mutmut_34 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_35'] = x_to_money__mutmut_35 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_36'] = x_to_money__mutmut_36 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_37'] = x_to_money__mutmut_37 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_38'] = x_to_money__mutmut_38 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_39'] = x_to_money__mutmut_39 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_40'] = x_to_money__mutmut_40 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_41'] = x_to_money__mutmut_41 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_42'] = x_to_money__mutmut_42 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_43'] = x_to_money__mutmut_43 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_44'] = x_to_money__mutmut_44 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_45'] = x_to_money__mutmut_45 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_46'] = x_to_money__mutmut_46 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_47'] = x_to_money__mutmut_47 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_48'] = x_to_money__mutmut_48 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_49'] = x_to_money__mutmut_49 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_50'] = x_to_money__mutmut_50 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_51'] = x_to_money__mutmut_51 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_52'] = x_to_money__mutmut_52 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_53'] = x_to_money__mutmut_53 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_54'] = x_to_money__mutmut_54 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_55'] = x_to_money__mutmut_55 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_56'] = x_to_money__mutmut_56 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_57'] = x_to_money__mutmut_57 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_58'] = x_to_money__mutmut_58 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_59'] = x_to_money__mutmut_59 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_60'] = x_to_money__mutmut_60 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_61'] = x_to_money__mutmut_61 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_62'] = x_to_money__mutmut_62 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_63'] = x_to_money__mutmut_63 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_64'] = x_to_money__mutmut_64 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_65'] = x_to_money__mutmut_65 # type: ignore # mutmut generated
mutants_x_to_money__mutmut['x_to_money__mutmut_66'] = x_to_money__mutmut_66 # type: ignore # mutmut generated
mutants_x_is_money__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_money__mutmut)
def is_money(value: object) -> bool:
    """Return True if ``value`` is a finite Decimal already rounded to the fen.

    Examples:
        >>> is_money(Decimal("1.20")), is_money(Decimal("1.2")), is_money(1.2)
        (True, False, False)
    """
    return (
        isinstance(value, Decimal)
        and value.is_finite()
        and value.as_tuple().exponent == FEN.as_tuple().exponent
    )


def x_is_money__mutmut_orig(value: object) -> bool:
    """Return True if ``value`` is a finite Decimal already rounded to the fen.

    Examples:
        >>> is_money(Decimal("1.20")), is_money(Decimal("1.2")), is_money(1.2)
        (True, False, False)
    """
    return (
        isinstance(value, Decimal)
        and value.is_finite()
        and value.as_tuple().exponent == FEN.as_tuple().exponent
    )


def x_is_money__mutmut_1(value: object) -> bool:
    """Return True if ``value`` is a finite Decimal already rounded to the fen.

    Examples:
        >>> is_money(Decimal("1.20")), is_money(Decimal("1.2")), is_money(1.2)
        (True, False, False)
    """
    return (
        isinstance(value, Decimal)
        and value.is_finite() or value.as_tuple().exponent == FEN.as_tuple().exponent
    )


def x_is_money__mutmut_2(value: object) -> bool:
    """Return True if ``value`` is a finite Decimal already rounded to the fen.

    Examples:
        >>> is_money(Decimal("1.20")), is_money(Decimal("1.2")), is_money(1.2)
        (True, False, False)
    """
    return (
        isinstance(value, Decimal) or value.is_finite()
        and value.as_tuple().exponent == FEN.as_tuple().exponent
    )


def x_is_money__mutmut_3(value: object) -> bool:
    """Return True if ``value`` is a finite Decimal already rounded to the fen.

    Examples:
        >>> is_money(Decimal("1.20")), is_money(Decimal("1.2")), is_money(1.2)
        (True, False, False)
    """
    return (
        isinstance(value, Decimal)
        and value.is_finite()
        and value.as_tuple().exponent != FEN.as_tuple().exponent
    )

mutants_x_is_money__mutmut['_mutmut_orig'] = x_is_money__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_money__mutmut['x_is_money__mutmut_1'] = x_is_money__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_money__mutmut['x_is_money__mutmut_2'] = x_is_money__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_money__mutmut['x_is_money__mutmut_3'] = x_is_money__mutmut_3 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_money_sum__mutmut)
def money_sum(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_orig(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_1(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = None
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_2(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) and not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_3(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_4(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = None
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_5(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(None).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_6(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(None, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_7(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field=None, value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_8(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=None)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_9(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_10(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_11(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", )
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_12(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="XXamountsXX", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_13(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="AMOUNTS", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_14(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = None
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_15(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(None):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_16(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(None):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_17(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total = amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_18(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total -= amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_19(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = None
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_20(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(None).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_21(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(None, field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_22(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=None, value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_23(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=None) from None
    return to_money(total)


def x_money_sum__mutmut_24(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(field=f"amounts[{index}]", value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_25(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, value=amount) from None
    return to_money(total)


def x_money_sum__mutmut_26(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", ) from None
    return to_money(total)


def x_money_sum__mutmut_27(amounts: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of money amounts, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``amounts`` is not a collection (None, a number,
            a string) or holds something that is not an amount; the error names it.

    Examples:
        >>> money_sum([Decimal("0.10"), Decimal("0.20")])
        Decimal('0.30')
        >>> money_sum(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: amounts: expected a collection of amounts, got NoneType
    """
    # DESIGN principle 5: refuse a wrong argument naming it, not with a TypeError.
    given: object = amounts
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = f"amounts: expected a collection of amounts, got {type(given).__name__}"
        raise InvalidFormat(msg, field="amounts", value=given)
    total = ZERO
    with localcontext(MONEY_CONTEXT):
        for index, amount in enumerate(amounts):
            try:
                total += amount
            except TypeError:
                msg = f"amounts[{index}]: expected an amount, got {type(amount).__name__}"
                raise InvalidFormat(msg, field=f"amounts[{index}]", value=amount) from None
    return to_money(None)

mutants_x_money_sum__mutmut['_mutmut_orig'] = x_money_sum__mutmut_orig # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_1'] = x_money_sum__mutmut_1 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_2'] = x_money_sum__mutmut_2 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_3'] = x_money_sum__mutmut_3 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_4'] = x_money_sum__mutmut_4 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_5'] = x_money_sum__mutmut_5 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_6'] = x_money_sum__mutmut_6 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_7'] = x_money_sum__mutmut_7 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_8'] = x_money_sum__mutmut_8 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_9'] = x_money_sum__mutmut_9 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_10'] = x_money_sum__mutmut_10 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_11'] = x_money_sum__mutmut_11 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_12'] = x_money_sum__mutmut_12 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_13'] = x_money_sum__mutmut_13 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_14'] = x_money_sum__mutmut_14 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_15'] = x_money_sum__mutmut_15 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_16'] = x_money_sum__mutmut_16 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_17'] = x_money_sum__mutmut_17 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_18'] = x_money_sum__mutmut_18 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_19'] = x_money_sum__mutmut_19 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_20'] = x_money_sum__mutmut_20 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_21'] = x_money_sum__mutmut_21 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_22'] = x_money_sum__mutmut_22 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_23'] = x_money_sum__mutmut_23 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_24'] = x_money_sum__mutmut_24 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_25'] = x_money_sum__mutmut_25 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_26'] = x_money_sum__mutmut_26 # type: ignore # mutmut generated
mutants_x_money_sum__mutmut['x_money_sum__mutmut_27'] = x_money_sum__mutmut_27 # type: ignore # mutmut generated
