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
# The exponent of an amount to the fen (an infinity's or a NaN's is a letter: never equal).
_FEN_EXPONENT = FEN.as_tuple().exponent
#: The decimal context of every money computation: 34 significant digits (IEEE decimal128)
#: and ROUND_HALF_UP, whatever context the caller has set (a notebook's ``getcontext()``
#: must not change an amount).
MONEY_CONTEXT = Context(prec=34, rounding=ROUND_HALF_UP)
# An integer of 34 digits or more cannot be kept to the fen in MONEY_CONTEXT.
_MAX_INTEGER_AMOUNT = 10**32


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


def is_money(value: object) -> bool:
    """Return True if ``value`` is a finite Decimal already rounded to the fen.

    Examples:
        >>> is_money(Decimal("1.20")), is_money(Decimal("1.2")), is_money(1.2)
        (True, False, False)
    """
    return isinstance(value, Decimal) and value.as_tuple().exponent == _FEN_EXPONENT


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
    # Bad input is refused with an error naming the argument, never a bare TypeError.
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
