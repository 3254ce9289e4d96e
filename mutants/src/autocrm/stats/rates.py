"""Rates with a Wilson interval, per-thousand figures and reporting periods (provisional API).

The statistics of seeds 003 and 004 are shares (on-time closure rate, appointment
success rate, renewal rate, the share of big-customer vehicles served) and a
per-thousand rate (complaints per thousand vehicles). A :class:`Rate` keeps the
counts it was computed from, so rates of two periods combine exactly (sum the
numerators and the denominators), and carries a Wilson score interval so that a
rate over a handful of cases is not read as precisely as one over thousands.

Percentages are rounded half up to whole per cent, the way seed 004 prints them
(5 of 8 level-III complaints closed in time is 62.5 %, printed 63 %).

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> rate = Rate(3823, 3990)
    >>> f"{rate}", rate.format_percent(1)
    ('96%', '95.8%')
    >>> round(rate.low, 4), round(rate.high, 4)
    (0.9515, 0.9639)
    >>> Rate(0, 0).value is None
    True
    >>> Period.QUARTER.label_of(date(2015, 8, 31))
    '2015-Q3'
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from statistics import NormalDist
from typing import Any

import attrs

from autocrm.domain._enum import LabelledEnum
from autocrm.domain.time import as_date
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.stats._html import rows_to_html

__all__ = [
    "Period",
    "Rate",
    "per_thousand",
    "round_half_up",
    "wilson_interval",
]

_PERCENT_SPEC = re.compile(r"(?:\.(\d))?%")

#: What a rate prints when its denominator is zero (there is nothing to measure).
_NOT_AVAILABLE = "n/a"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__as_fraction__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- rounding


@_mutmut_mutated(mutants_x__as_fraction__mutmut)
def _as_fraction(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_orig(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_1(value: object, field: str) -> Fraction:
    if isinstance(value, bool) and not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_2(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_3(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_4(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(None).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_5(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(None)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_6(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(None, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_7(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=None, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_8(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=None)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_9(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_10(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_11(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, )
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_12(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(None)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_13(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = None
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_14(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(None)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_15(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(None, field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_16(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=None, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_17(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=None) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_18(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(field=field, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_19(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, value=value) from None


# --------------------------------------------------------------------------- rounding


def x__as_fraction__mutmut_20(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, ) from None

mutants_x__as_fraction__mutmut['_mutmut_orig'] = x__as_fraction__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_1'] = x__as_fraction__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_2'] = x__as_fraction__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_3'] = x__as_fraction__mutmut_3 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_4'] = x__as_fraction__mutmut_4 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_5'] = x__as_fraction__mutmut_5 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_6'] = x__as_fraction__mutmut_6 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_7'] = x__as_fraction__mutmut_7 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_8'] = x__as_fraction__mutmut_8 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_9'] = x__as_fraction__mutmut_9 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_10'] = x__as_fraction__mutmut_10 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_11'] = x__as_fraction__mutmut_11 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_12'] = x__as_fraction__mutmut_12 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_13'] = x__as_fraction__mutmut_13 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_14'] = x__as_fraction__mutmut_14 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_15'] = x__as_fraction__mutmut_15 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_16'] = x__as_fraction__mutmut_16 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_17'] = x__as_fraction__mutmut_17 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_18'] = x__as_fraction__mutmut_18 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_19'] = x__as_fraction__mutmut_19 # type: ignore # mutmut generated
mutants_x__as_fraction__mutmut['x__as_fraction__mutmut_20'] = x__as_fraction__mutmut_20 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_round_half_up__mutmut)
def round_half_up(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_orig(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_1(value: int | Fraction | Decimal | str, digits: int = 1) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_2(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(None)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_3(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = None
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_4(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") / 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_5(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(None, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_6(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, None) * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_7(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction("value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_8(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, ) * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_9(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "XXvalueXX") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_10(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "VALUE") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_11(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10 * digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_12(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 11**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_13(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = None
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_14(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(None)
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_15(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) - Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_16(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(None) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_17(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(None, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_18(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, None))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_19(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_20(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, ))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_21(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(2, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_22(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 3))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_23(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(None)


def x_round_half_up__mutmut_24(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(None).scaleb(-digits)


def x_round_half_up__mutmut_25(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if (scaled < 0) and False else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_26(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if (scaled < 0) or True else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_27(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(+magnitude if scaled < 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_28(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled <= 0 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_29(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 1 else magnitude).scaleb(-digits)


def x_round_half_up__mutmut_30(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (seed 004 prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(+digits)

mutants_x_round_half_up__mutmut['_mutmut_orig'] = x_round_half_up__mutmut_orig # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_1'] = x_round_half_up__mutmut_1 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_2'] = x_round_half_up__mutmut_2 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_3'] = x_round_half_up__mutmut_3 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_4'] = x_round_half_up__mutmut_4 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_5'] = x_round_half_up__mutmut_5 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_6'] = x_round_half_up__mutmut_6 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_7'] = x_round_half_up__mutmut_7 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_8'] = x_round_half_up__mutmut_8 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_9'] = x_round_half_up__mutmut_9 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_10'] = x_round_half_up__mutmut_10 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_11'] = x_round_half_up__mutmut_11 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_12'] = x_round_half_up__mutmut_12 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_13'] = x_round_half_up__mutmut_13 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_14'] = x_round_half_up__mutmut_14 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_15'] = x_round_half_up__mutmut_15 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_16'] = x_round_half_up__mutmut_16 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_17'] = x_round_half_up__mutmut_17 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_18'] = x_round_half_up__mutmut_18 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_19'] = x_round_half_up__mutmut_19 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_20'] = x_round_half_up__mutmut_20 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_21'] = x_round_half_up__mutmut_21 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_22'] = x_round_half_up__mutmut_22 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_23'] = x_round_half_up__mutmut_23 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_24'] = x_round_half_up__mutmut_24 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_25'] = x_round_half_up__mutmut_25 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_26'] = x_round_half_up__mutmut_26 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_27'] = x_round_half_up__mutmut_27 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_28'] = x_round_half_up__mutmut_28 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_29'] = x_round_half_up__mutmut_29 # type: ignore # mutmut generated
mutants_x_round_half_up__mutmut['x_round_half_up__mutmut_30'] = x_round_half_up__mutmut_30 # type: ignore # mutmut generated


#: The most decimals a rate is rounded to: more is never shown, and a huge count of
#: digits would make the exact arithmetic run for ever.
_MAX_DIGITS = 28
mutants_x__check_digits__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_digits__mutmut)
def _check_digits(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="digits", value=digits)


def x__check_digits__mutmut_orig(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="digits", value=digits)


def x__check_digits__mutmut_1(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) and not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="digits", value=digits)


def x__check_digits__mutmut_2(digits: object) -> None:
    if isinstance(digits, bool) and not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="digits", value=digits)


def x__check_digits__mutmut_3(digits: object) -> None:
    if isinstance(digits, bool) or isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="digits", value=digits)


def x__check_digits__mutmut_4(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="digits", value=digits)


def x__check_digits__mutmut_5(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 1 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="digits", value=digits)


def x__check_digits__mutmut_6(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 < digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="digits", value=digits)


def x__check_digits__mutmut_7(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits < _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="digits", value=digits)


def x__check_digits__mutmut_8(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = None
        raise InvalidComponent(msg, field="digits", value=digits)


def x__check_digits__mutmut_9(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(None)}"
        raise InvalidComponent(msg, field="digits", value=digits)


def x__check_digits__mutmut_10(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(None, field="digits", value=digits)


def x__check_digits__mutmut_11(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field=None, value=digits)


def x__check_digits__mutmut_12(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="digits", value=None)


def x__check_digits__mutmut_13(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(field="digits", value=digits)


def x__check_digits__mutmut_14(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, value=digits)


def x__check_digits__mutmut_15(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="digits", )


def x__check_digits__mutmut_16(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="XXdigitsXX", value=digits)


def x__check_digits__mutmut_17(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="DIGITS", value=digits)

mutants_x__check_digits__mutmut['_mutmut_orig'] = x__check_digits__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_1'] = x__check_digits__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_2'] = x__check_digits__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_3'] = x__check_digits__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_4'] = x__check_digits__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_5'] = x__check_digits__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_6'] = x__check_digits__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_7'] = x__check_digits__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_8'] = x__check_digits__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_9'] = x__check_digits__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_10'] = x__check_digits__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_11'] = x__check_digits__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_12'] = x__check_digits__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_13'] = x__check_digits__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_14'] = x__check_digits__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_15'] = x__check_digits__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_16'] = x__check_digits__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_digits__mutmut['x__check_digits__mutmut_17'] = x__check_digits__mutmut_17 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_per_thousand__mutmut)
def per_thousand(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_orig(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_1(count: int, base: int, *, digits: int = 2) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_2(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(None, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_3(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, None)
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_4(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count("count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_5(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, )
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_6(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "XXcountXX")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_7(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "COUNT")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_8(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(None, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_9(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, None)
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_10(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count("base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_11(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, )
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_12(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "XXbaseXX")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_13(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "BASE")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_14(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base != 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_15(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 1:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


def x_per_thousand__mutmut_16(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(None, digits)


def x_per_thousand__mutmut_17(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), None)


def x_per_thousand__mutmut_18(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(digits)


def x_per_thousand__mutmut_19(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), )


def x_per_thousand__mutmut_20(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(None, base), digits)


def x_per_thousand__mutmut_21(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, None), digits)


def x_per_thousand__mutmut_22(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(base), digits)


def x_per_thousand__mutmut_23(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, ), digits)


def x_per_thousand__mutmut_24(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count / 1000, base), digits)


def x_per_thousand__mutmut_25(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    Seed 004's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (seed 004 shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1001, base), digits)

mutants_x_per_thousand__mutmut['_mutmut_orig'] = x_per_thousand__mutmut_orig # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_1'] = x_per_thousand__mutmut_1 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_2'] = x_per_thousand__mutmut_2 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_3'] = x_per_thousand__mutmut_3 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_4'] = x_per_thousand__mutmut_4 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_5'] = x_per_thousand__mutmut_5 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_6'] = x_per_thousand__mutmut_6 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_7'] = x_per_thousand__mutmut_7 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_8'] = x_per_thousand__mutmut_8 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_9'] = x_per_thousand__mutmut_9 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_10'] = x_per_thousand__mutmut_10 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_11'] = x_per_thousand__mutmut_11 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_12'] = x_per_thousand__mutmut_12 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_13'] = x_per_thousand__mutmut_13 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_14'] = x_per_thousand__mutmut_14 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_15'] = x_per_thousand__mutmut_15 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_16'] = x_per_thousand__mutmut_16 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_17'] = x_per_thousand__mutmut_17 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_18'] = x_per_thousand__mutmut_18 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_19'] = x_per_thousand__mutmut_19 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_20'] = x_per_thousand__mutmut_20 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_21'] = x_per_thousand__mutmut_21 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_22'] = x_per_thousand__mutmut_22 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_23'] = x_per_thousand__mutmut_23 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_24'] = x_per_thousand__mutmut_24 # type: ignore # mutmut generated
mutants_x_per_thousand__mutmut['x_per_thousand__mutmut_25'] = x_per_thousand__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_count__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- Wilson


@_mutmut_mutated(mutants_x__check_count__mutmut)
def _check_count(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_orig(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_1(value: object, field: str) -> None:
    if isinstance(value, bool) and not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_2(value: object, field: str) -> None:
    if isinstance(value, bool) or isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_3(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_4(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(None).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_5(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(None)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_6(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(None, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_7(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_8(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=None)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_9(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_10(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_11(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, )
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_12(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value <= 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_13(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 1:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_14(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = None
        raise InvalidComponent(msg, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_15(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(None, field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_16(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=None, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_17(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, value=None)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_18(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(field=field, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_19(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, value=value)


# --------------------------------------------------------------------------- Wilson


def x__check_count__mutmut_20(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {value}"
        raise InvalidComponent(msg, field=field, )

mutants_x__check_count__mutmut['_mutmut_orig'] = x__check_count__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_1'] = x__check_count__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_2'] = x__check_count__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_3'] = x__check_count__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_4'] = x__check_count__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_5'] = x__check_count__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_6'] = x__check_count__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_7'] = x__check_count__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_8'] = x__check_count__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_9'] = x__check_count__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_10'] = x__check_count__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_11'] = x__check_count__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_12'] = x__check_count__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_13'] = x__check_count__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_14'] = x__check_count__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_15'] = x__check_count__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_16'] = x__check_count__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_17'] = x__check_count__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_18'] = x__check_count__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_19'] = x__check_count__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_20'] = x__check_count__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_confidence_value__mutmut)
def _check_confidence_value(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_orig(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_1(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value) and not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_2(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float)) and not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_3(value: object) -> None:
    if (
        isinstance(value, bool) and not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_4(value: object) -> None:
    if (
        isinstance(value, bool)
        or isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_5(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_6(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(None)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_7(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_8(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 1 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_9(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 <= value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_10(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value <= 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_11(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 2
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_12(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = None
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_13(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(None)}"
        raise InvalidComponent(msg, field="confidence", value=value)


def x__check_confidence_value__mutmut_14(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(None, field="confidence", value=value)


def x__check_confidence_value__mutmut_15(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field=None, value=value)


def x__check_confidence_value__mutmut_16(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=None)


def x__check_confidence_value__mutmut_17(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(field="confidence", value=value)


def x__check_confidence_value__mutmut_18(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, value=value)


def x__check_confidence_value__mutmut_19(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", )


def x__check_confidence_value__mutmut_20(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="XXconfidenceXX", value=value)


def x__check_confidence_value__mutmut_21(value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 < value < 1
    ):
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="CONFIDENCE", value=value)

mutants_x__check_confidence_value__mutmut['_mutmut_orig'] = x__check_confidence_value__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_1'] = x__check_confidence_value__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_2'] = x__check_confidence_value__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_3'] = x__check_confidence_value__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_4'] = x__check_confidence_value__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_5'] = x__check_confidence_value__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_6'] = x__check_confidence_value__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_7'] = x__check_confidence_value__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_8'] = x__check_confidence_value__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_9'] = x__check_confidence_value__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_10'] = x__check_confidence_value__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_11'] = x__check_confidence_value__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_12'] = x__check_confidence_value__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_13'] = x__check_confidence_value__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_14'] = x__check_confidence_value__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_15'] = x__check_confidence_value__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_16'] = x__check_confidence_value__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_17'] = x__check_confidence_value__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_18'] = x__check_confidence_value__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_19'] = x__check_confidence_value__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_20'] = x__check_confidence_value__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_confidence_value__mutmut['x__check_confidence_value__mutmut_21'] = x__check_confidence_value__mutmut_21 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_wilson_interval__mutmut)
def wilson_interval(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_orig(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_1(
    successes: int, trials: int, *, confidence: float = 1.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_2(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(None, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_3(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, None)
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_4(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count("successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_5(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, )
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_6(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "XXsuccessesXX")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_7(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "SUCCESSES")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_8(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(None, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_9(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, None)
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_10(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count("trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_11(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, )
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_12(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "XXtrialsXX")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_13(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "TRIALS")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_14(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(None)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_15(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials != 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_16(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 1:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_17(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = None
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_18(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "XXtrials: a Wilson interval needs at least one trial, got 0XX"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_19(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_20(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "TRIALS: A WILSON INTERVAL NEEDS AT LEAST ONE TRIAL, GOT 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_21(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(None, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_22(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field=None, value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_23(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=None)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_24(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_25(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_26(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", )
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_27(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="XXtrialsXX", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_28(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="TRIALS", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_29(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes >= trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_30(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = None
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_31(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(None, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_32(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field=None, value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_33(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=None)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_34(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_35(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_36(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", )
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_37(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="XXsuccessesXX", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_38(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="SUCCESSES", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_39(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = None
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_40(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(None)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_41(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 + (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_42(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(2 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_43(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) * 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_44(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 + confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_45(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (2 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_46(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 3)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_47(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = None
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_48(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = None
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_49(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes * n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_50(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = None
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_51(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z / z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_52(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = None
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_53(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 - z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_54(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 2 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_55(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 * n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_56(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = None
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_57(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) * denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_58(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p - z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_59(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 * (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_60(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 / n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_61(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (3 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_62(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = None
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_63(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) * denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_64(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z / math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_65(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(None) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_66(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n - z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_67(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) * n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_68(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p / (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_69(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 + p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_70(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (2 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_71(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 * (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_72(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n / n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_73(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 / n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_74(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (5 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_75(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = None
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_76(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(None, p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_77(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), None)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_78(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_79(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), )
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_80(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(None, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_81(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, None), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_82(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_83(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, ), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_84(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre + half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_85(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 1.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_86(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = None
    return low, high


def x_wilson_interval__mutmut_87(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(None, p)
    return low, high


def x_wilson_interval__mutmut_88(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), None)
    return low, high


def x_wilson_interval__mutmut_89(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(p)
    return low, high


def x_wilson_interval__mutmut_90(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), )
    return low, high


def x_wilson_interval__mutmut_91(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(None, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_92(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, None), p)
    return low, high


def x_wilson_interval__mutmut_93(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(1.0), p)
    return low, high


def x_wilson_interval__mutmut_94(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, ), p)
    return low, high


def x_wilson_interval__mutmut_95(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre - half_width, 1.0), p)
    return low, high


def x_wilson_interval__mutmut_96(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in seed 004).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {successes} is more than the {trials} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n = trials
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 2.0), p)
    return low, high

mutants_x_wilson_interval__mutmut['_mutmut_orig'] = x_wilson_interval__mutmut_orig # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_1'] = x_wilson_interval__mutmut_1 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_2'] = x_wilson_interval__mutmut_2 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_3'] = x_wilson_interval__mutmut_3 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_4'] = x_wilson_interval__mutmut_4 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_5'] = x_wilson_interval__mutmut_5 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_6'] = x_wilson_interval__mutmut_6 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_7'] = x_wilson_interval__mutmut_7 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_8'] = x_wilson_interval__mutmut_8 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_9'] = x_wilson_interval__mutmut_9 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_10'] = x_wilson_interval__mutmut_10 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_11'] = x_wilson_interval__mutmut_11 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_12'] = x_wilson_interval__mutmut_12 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_13'] = x_wilson_interval__mutmut_13 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_14'] = x_wilson_interval__mutmut_14 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_15'] = x_wilson_interval__mutmut_15 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_16'] = x_wilson_interval__mutmut_16 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_17'] = x_wilson_interval__mutmut_17 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_18'] = x_wilson_interval__mutmut_18 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_19'] = x_wilson_interval__mutmut_19 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_20'] = x_wilson_interval__mutmut_20 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_21'] = x_wilson_interval__mutmut_21 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_22'] = x_wilson_interval__mutmut_22 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_23'] = x_wilson_interval__mutmut_23 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_24'] = x_wilson_interval__mutmut_24 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_25'] = x_wilson_interval__mutmut_25 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_26'] = x_wilson_interval__mutmut_26 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_27'] = x_wilson_interval__mutmut_27 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_28'] = x_wilson_interval__mutmut_28 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_29'] = x_wilson_interval__mutmut_29 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_30'] = x_wilson_interval__mutmut_30 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_31'] = x_wilson_interval__mutmut_31 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_32'] = x_wilson_interval__mutmut_32 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_33'] = x_wilson_interval__mutmut_33 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_34'] = x_wilson_interval__mutmut_34 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_35'] = x_wilson_interval__mutmut_35 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_36'] = x_wilson_interval__mutmut_36 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_37'] = x_wilson_interval__mutmut_37 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_38'] = x_wilson_interval__mutmut_38 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_39'] = x_wilson_interval__mutmut_39 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_40'] = x_wilson_interval__mutmut_40 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_41'] = x_wilson_interval__mutmut_41 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_42'] = x_wilson_interval__mutmut_42 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_43'] = x_wilson_interval__mutmut_43 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_44'] = x_wilson_interval__mutmut_44 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_45'] = x_wilson_interval__mutmut_45 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_46'] = x_wilson_interval__mutmut_46 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_47'] = x_wilson_interval__mutmut_47 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_48'] = x_wilson_interval__mutmut_48 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_49'] = x_wilson_interval__mutmut_49 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_50'] = x_wilson_interval__mutmut_50 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_51'] = x_wilson_interval__mutmut_51 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_52'] = x_wilson_interval__mutmut_52 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_53'] = x_wilson_interval__mutmut_53 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_54'] = x_wilson_interval__mutmut_54 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_55'] = x_wilson_interval__mutmut_55 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_56'] = x_wilson_interval__mutmut_56 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_57'] = x_wilson_interval__mutmut_57 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_58'] = x_wilson_interval__mutmut_58 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_59'] = x_wilson_interval__mutmut_59 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_60'] = x_wilson_interval__mutmut_60 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_61'] = x_wilson_interval__mutmut_61 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_62'] = x_wilson_interval__mutmut_62 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_63'] = x_wilson_interval__mutmut_63 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_64'] = x_wilson_interval__mutmut_64 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_65'] = x_wilson_interval__mutmut_65 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_66'] = x_wilson_interval__mutmut_66 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_67'] = x_wilson_interval__mutmut_67 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_68'] = x_wilson_interval__mutmut_68 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_69'] = x_wilson_interval__mutmut_69 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_70'] = x_wilson_interval__mutmut_70 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_71'] = x_wilson_interval__mutmut_71 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_72'] = x_wilson_interval__mutmut_72 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_73'] = x_wilson_interval__mutmut_73 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_74'] = x_wilson_interval__mutmut_74 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_75'] = x_wilson_interval__mutmut_75 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_76'] = x_wilson_interval__mutmut_76 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_77'] = x_wilson_interval__mutmut_77 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_78'] = x_wilson_interval__mutmut_78 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_79'] = x_wilson_interval__mutmut_79 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_80'] = x_wilson_interval__mutmut_80 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_81'] = x_wilson_interval__mutmut_81 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_82'] = x_wilson_interval__mutmut_82 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_83'] = x_wilson_interval__mutmut_83 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_84'] = x_wilson_interval__mutmut_84 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_85'] = x_wilson_interval__mutmut_85 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_86'] = x_wilson_interval__mutmut_86 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_87'] = x_wilson_interval__mutmut_87 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_88'] = x_wilson_interval__mutmut_88 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_89'] = x_wilson_interval__mutmut_89 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_90'] = x_wilson_interval__mutmut_90 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_91'] = x_wilson_interval__mutmut_91 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_92'] = x_wilson_interval__mutmut_92 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_93'] = x_wilson_interval__mutmut_93 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_94'] = x_wilson_interval__mutmut_94 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_95'] = x_wilson_interval__mutmut_95 # type: ignore # mutmut generated
mutants_x_wilson_interval__mutmut['x_wilson_interval__mutmut_96'] = x_wilson_interval__mutmut_96 # type: ignore # mutmut generated
mutants_x__to_count__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- Rate


@_mutmut_mutated(mutants_x__to_count__mutmut)
def _to_count(value: object) -> object:
    # Databases return SUM(...) of integers as a Decimal (PostgreSQL NUMERIC);
    # an integral Decimal is a whole count and is taken as an int, anything
    # else is left for the validator to refuse.
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    return value


# --------------------------------------------------------------------------- Rate


def x__to_count__mutmut_orig(value: object) -> object:
    # Databases return SUM(...) of integers as a Decimal (PostgreSQL NUMERIC);
    # an integral Decimal is a whole count and is taken as an int, anything
    # else is left for the validator to refuse.
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    return value


# --------------------------------------------------------------------------- Rate


def x__to_count__mutmut_1(value: object) -> object:
    # Databases return SUM(...) of integers as a Decimal (PostgreSQL NUMERIC);
    # an integral Decimal is a whole count and is taken as an int, anything
    # else is left for the validator to refuse.
    if isinstance(value, Decimal) and value.is_finite() or value == value.to_integral_value():
        return int(value)
    return value


# --------------------------------------------------------------------------- Rate


def x__to_count__mutmut_2(value: object) -> object:
    # Databases return SUM(...) of integers as a Decimal (PostgreSQL NUMERIC);
    # an integral Decimal is a whole count and is taken as an int, anything
    # else is left for the validator to refuse.
    if isinstance(value, Decimal) or value.is_finite() and value == value.to_integral_value():
        return int(value)
    return value


# --------------------------------------------------------------------------- Rate


def x__to_count__mutmut_3(value: object) -> object:
    # Databases return SUM(...) of integers as a Decimal (PostgreSQL NUMERIC);
    # an integral Decimal is a whole count and is taken as an int, anything
    # else is left for the validator to refuse.
    if isinstance(value, Decimal) and value.is_finite() and value != value.to_integral_value():
        return int(value)
    return value


# --------------------------------------------------------------------------- Rate


def x__to_count__mutmut_4(value: object) -> object:
    # Databases return SUM(...) of integers as a Decimal (PostgreSQL NUMERIC);
    # an integral Decimal is a whole count and is taken as an int, anything
    # else is left for the validator to refuse.
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(None)
    return value

mutants_x__to_count__mutmut['_mutmut_orig'] = x__to_count__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_count__mutmut['x__to_count__mutmut_1'] = x__to_count__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_count__mutmut['x__to_count__mutmut_2'] = x__to_count__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_count__mutmut['x__to_count__mutmut_3'] = x__to_count__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_count__mutmut['x__to_count__mutmut_4'] = x__to_count__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_count_field__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_count_field__mutmut)
def _check_count_field(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_count(value, attribute.name)


def x__check_count_field__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_count(value, attribute.name)


def x__check_count_field__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_count(None, attribute.name)


def x__check_count_field__mutmut_2(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_count(value, None)


def x__check_count_field__mutmut_3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_count(attribute.name)


def x__check_count_field__mutmut_4(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_count(value, )

mutants_x__check_count_field__mutmut['_mutmut_orig'] = x__check_count_field__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_count_field__mutmut['x__check_count_field__mutmut_1'] = x__check_count_field__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_count_field__mutmut['x__check_count_field__mutmut_2'] = x__check_count_field__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_count_field__mutmut['x__check_count_field__mutmut_3'] = x__check_count_field__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_count_field__mutmut['x__check_count_field__mutmut_4'] = x__check_count_field__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_confidence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_confidence__mutmut)
def _check_confidence(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_confidence_value(value)


def x__check_confidence__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_confidence_value(value)


def x__check_confidence__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_confidence_value(None)

mutants_x__check_confidence__mutmut['_mutmut_orig'] = x__check_confidence__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_confidence__mutmut['x__check_confidence__mutmut_1'] = x__check_confidence__mutmut_1 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__target_fraction__mutmut)
def _target_fraction(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_orig(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_1(target: object, field: str = "XXtargetXX") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_2(target: object, field: str = "TARGET") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_3(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_4(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(None):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_5(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = None
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_6(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(None)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_7(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(None, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_8(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=None, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_9(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=None)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_10(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_11(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_12(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, )
        return Fraction(repr(target))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_13(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(None)
    return _as_fraction(target, field)


def x__target_fraction__mutmut_14(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(None))
    return _as_fraction(target, field)


def x__target_fraction__mutmut_15(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(None, field)


def x__target_fraction__mutmut_16(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, None)


def x__target_fraction__mutmut_17(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(field)


def x__target_fraction__mutmut_18(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, )

mutants_x__target_fraction__mutmut['_mutmut_orig'] = x__target_fraction__mutmut_orig # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_1'] = x__target_fraction__mutmut_1 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_2'] = x__target_fraction__mutmut_2 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_3'] = x__target_fraction__mutmut_3 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_4'] = x__target_fraction__mutmut_4 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_5'] = x__target_fraction__mutmut_5 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_6'] = x__target_fraction__mutmut_6 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_7'] = x__target_fraction__mutmut_7 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_8'] = x__target_fraction__mutmut_8 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_9'] = x__target_fraction__mutmut_9 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_10'] = x__target_fraction__mutmut_10 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_11'] = x__target_fraction__mutmut_11 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_12'] = x__target_fraction__mutmut_12 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_13'] = x__target_fraction__mutmut_13 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_14'] = x__target_fraction__mutmut_14 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_15'] = x__target_fraction__mutmut_15 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_16'] = x__target_fraction__mutmut_16 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_17'] = x__target_fraction__mutmut_17 # type: ignore # mutmut generated
mutants_x__target_fraction__mutmut['x__target_fraction__mutmut_18'] = x__target_fraction__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRateǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRateǁpercent__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRateǁper_thousand__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRateǁformat_percent__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRateǁmeets__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRateǁcombine__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRateǁ__add____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRateǁ__radd____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRateǁ__format____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRateǁto_dict__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRateǁ_repr_html___mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class Rate:
    """A share: ``numerator`` out of ``denominator``, with its Wilson interval.

    Attributes:
        numerator: Cases that count, 0 or more (an integral ``Decimal``, as
            databases return sums, is accepted as a whole number).
        denominator: All cases, at least ``numerator``; 0 means "nothing to
            measure": :attr:`value`, :attr:`low` and :attr:`high` are then None
            (never an error and never 0).
        confidence: Confidence level of :attr:`low` / :attr:`high` (keyword only).

    Raises:
        autocrm.errors.InvalidFormat: a count is not a whole number.
        autocrm.errors.InvalidComponent: a negative count, a numerator above the
            denominator, or a confidence outside (0, 1).

    Examples:
        >>> on_time = Rate(5, 8)
        >>> on_time.value, f"{on_time}", on_time.format_percent(1)
        (0.625, '63%', '62.5%')
        >>> (Rate(5, 8) + Rate(4, 5)).format_percent()
        '69%'
        >>> Rate(0, 0).value, Rate(0, 0).low, f"{Rate(0, 0)}"
        (None, None, 'n/a')
        >>> Rate(9, 8)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidComponent: numerator: 9 is more than the denominator 8
    """

    numerator: int = attrs.field(converter=_to_count, validator=_check_count_field)
    denominator: int = attrs.field(converter=_to_count, validator=_check_count_field)
    confidence: float = attrs.field(default=0.95, kw_only=True, validator=_check_confidence)

    @_mutmut_mutated(mutants_xǁRateǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        if self.numerator > self.denominator:
            msg = f"numerator: {self.numerator} is more than the denominator {self.denominator}"
            raise InvalidComponent(msg, field="numerator", value=self.numerator)

    def xǁRateǁ__attrs_post_init____mutmut_orig(self) -> None:
        if self.numerator > self.denominator:
            msg = f"numerator: {self.numerator} is more than the denominator {self.denominator}"
            raise InvalidComponent(msg, field="numerator", value=self.numerator)

    def xǁRateǁ__attrs_post_init____mutmut_1(self) -> None:
        if self.numerator >= self.denominator:
            msg = f"numerator: {self.numerator} is more than the denominator {self.denominator}"
            raise InvalidComponent(msg, field="numerator", value=self.numerator)

    def xǁRateǁ__attrs_post_init____mutmut_2(self) -> None:
        if self.numerator > self.denominator:
            msg = None
            raise InvalidComponent(msg, field="numerator", value=self.numerator)

    def xǁRateǁ__attrs_post_init____mutmut_3(self) -> None:
        if self.numerator > self.denominator:
            msg = f"numerator: {self.numerator} is more than the denominator {self.denominator}"
            raise InvalidComponent(None, field="numerator", value=self.numerator)

    def xǁRateǁ__attrs_post_init____mutmut_4(self) -> None:
        if self.numerator > self.denominator:
            msg = f"numerator: {self.numerator} is more than the denominator {self.denominator}"
            raise InvalidComponent(msg, field=None, value=self.numerator)

    def xǁRateǁ__attrs_post_init____mutmut_5(self) -> None:
        if self.numerator > self.denominator:
            msg = f"numerator: {self.numerator} is more than the denominator {self.denominator}"
            raise InvalidComponent(msg, field="numerator", value=None)

    def xǁRateǁ__attrs_post_init____mutmut_6(self) -> None:
        if self.numerator > self.denominator:
            msg = f"numerator: {self.numerator} is more than the denominator {self.denominator}"
            raise InvalidComponent(field="numerator", value=self.numerator)

    def xǁRateǁ__attrs_post_init____mutmut_7(self) -> None:
        if self.numerator > self.denominator:
            msg = f"numerator: {self.numerator} is more than the denominator {self.denominator}"
            raise InvalidComponent(msg, value=self.numerator)

    def xǁRateǁ__attrs_post_init____mutmut_8(self) -> None:
        if self.numerator > self.denominator:
            msg = f"numerator: {self.numerator} is more than the denominator {self.denominator}"
            raise InvalidComponent(msg, field="numerator", )

    def xǁRateǁ__attrs_post_init____mutmut_9(self) -> None:
        if self.numerator > self.denominator:
            msg = f"numerator: {self.numerator} is more than the denominator {self.denominator}"
            raise InvalidComponent(msg, field="XXnumeratorXX", value=self.numerator)

    def xǁRateǁ__attrs_post_init____mutmut_10(self) -> None:
        if self.numerator > self.denominator:
            msg = f"numerator: {self.numerator} is more than the denominator {self.denominator}"
            raise InvalidComponent(msg, field="NUMERATOR", value=self.numerator)

    # -- values

    @property
    def exact(self) -> Fraction | None:
        """The rate as an exact fraction, or None when the denominator is 0."""
        return None if self.denominator == 0 else Fraction(self.numerator, self.denominator)

    @property
    def value(self) -> float | None:
        """The rate between 0 and 1, or None when the denominator is 0."""
        return None if self.denominator == 0 else self.numerator / self.denominator

    @property
    def interval(self) -> tuple[float, float] | None:
        """``(low, high)`` Wilson interval, or None when the denominator is 0."""
        if self.denominator == 0:
            return None
        return wilson_interval(self.numerator, self.denominator, confidence=self.confidence)

    @property
    def low(self) -> float | None:
        """Lower bound of the Wilson interval, or None when the denominator is 0."""
        interval = self.interval
        return None if interval is None else interval[0]

    @property
    def high(self) -> float | None:
        """Upper bound of the Wilson interval, or None when the denominator is 0."""
        interval = self.interval
        return None if interval is None else interval[1]

    @_mutmut_mutated(mutants_xǁRateǁpercent__mutmut)
    def percent(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if exact is None else round_half_up(exact * 100, digits)

    def xǁRateǁpercent__mutmut_orig(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if exact is None else round_half_up(exact * 100, digits)

    def xǁRateǁpercent__mutmut_1(self, digits: int = 1) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if exact is None else round_half_up(exact * 100, digits)

    def xǁRateǁpercent__mutmut_2(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = None
        return None if exact is None else round_half_up(exact * 100, digits)

    def xǁRateǁpercent__mutmut_3(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if (exact is None) and False else round_half_up(exact * 100, digits)

    def xǁRateǁpercent__mutmut_4(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if (exact is None) or True else round_half_up(exact * 100, digits)

    def xǁRateǁpercent__mutmut_5(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if exact is not None else round_half_up(exact * 100, digits)

    def xǁRateǁpercent__mutmut_6(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if exact is None else round_half_up(None, digits)

    def xǁRateǁpercent__mutmut_7(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if exact is None else round_half_up(exact * 100, None)

    def xǁRateǁpercent__mutmut_8(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if exact is None else round_half_up(digits)

    def xǁRateǁpercent__mutmut_9(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if exact is None else round_half_up(exact * 100, )

    def xǁRateǁpercent__mutmut_10(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if exact is None else round_half_up(exact / 100, digits)

    def xǁRateǁpercent__mutmut_11(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if exact is None else round_half_up(exact * 101, digits)

    @_mutmut_mutated(mutants_xǁRateǁper_thousand__mutmut)
    def per_thousand(self, digits: int = 1) -> Decimal | None:
        """The rate per thousand, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(205, 205_000).per_thousand()
            Decimal('1.0')
        """
        return per_thousand(self.numerator, self.denominator, digits=digits)

    def xǁRateǁper_thousand__mutmut_orig(self, digits: int = 1) -> Decimal | None:
        """The rate per thousand, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(205, 205_000).per_thousand()
            Decimal('1.0')
        """
        return per_thousand(self.numerator, self.denominator, digits=digits)

    def xǁRateǁper_thousand__mutmut_1(self, digits: int = 2) -> Decimal | None:
        """The rate per thousand, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(205, 205_000).per_thousand()
            Decimal('1.0')
        """
        return per_thousand(self.numerator, self.denominator, digits=digits)

    def xǁRateǁper_thousand__mutmut_2(self, digits: int = 1) -> Decimal | None:
        """The rate per thousand, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(205, 205_000).per_thousand()
            Decimal('1.0')
        """
        return per_thousand(None, self.denominator, digits=digits)

    def xǁRateǁper_thousand__mutmut_3(self, digits: int = 1) -> Decimal | None:
        """The rate per thousand, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(205, 205_000).per_thousand()
            Decimal('1.0')
        """
        return per_thousand(self.numerator, None, digits=digits)

    def xǁRateǁper_thousand__mutmut_4(self, digits: int = 1) -> Decimal | None:
        """The rate per thousand, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(205, 205_000).per_thousand()
            Decimal('1.0')
        """
        return per_thousand(self.numerator, self.denominator, digits=None)

    def xǁRateǁper_thousand__mutmut_5(self, digits: int = 1) -> Decimal | None:
        """The rate per thousand, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(205, 205_000).per_thousand()
            Decimal('1.0')
        """
        return per_thousand(self.denominator, digits=digits)

    def xǁRateǁper_thousand__mutmut_6(self, digits: int = 1) -> Decimal | None:
        """The rate per thousand, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(205, 205_000).per_thousand()
            Decimal('1.0')
        """
        return per_thousand(self.numerator, digits=digits)

    def xǁRateǁper_thousand__mutmut_7(self, digits: int = 1) -> Decimal | None:
        """The rate per thousand, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(205, 205_000).per_thousand()
            Decimal('1.0')
        """
        return per_thousand(self.numerator, self.denominator, )

    @_mutmut_mutated(mutants_xǁRateǁformat_percent__mutmut)
    def format_percent(self, digits: int = 0) -> str:
        """The rate as text in per cent, e.g. ``'96%'``; ``'n/a'`` when the denominator is 0.

        Examples:
            >>> Rate(7408, 8881).format_percent(), Rate(0, 0).format_percent()
            ('83%', 'n/a')
        """
        percent = self.percent(digits)
        return _NOT_AVAILABLE if percent is None else f"{percent}%"

    def xǁRateǁformat_percent__mutmut_orig(self, digits: int = 0) -> str:
        """The rate as text in per cent, e.g. ``'96%'``; ``'n/a'`` when the denominator is 0.

        Examples:
            >>> Rate(7408, 8881).format_percent(), Rate(0, 0).format_percent()
            ('83%', 'n/a')
        """
        percent = self.percent(digits)
        return _NOT_AVAILABLE if percent is None else f"{percent}%"

    def xǁRateǁformat_percent__mutmut_1(self, digits: int = 1) -> str:
        """The rate as text in per cent, e.g. ``'96%'``; ``'n/a'`` when the denominator is 0.

        Examples:
            >>> Rate(7408, 8881).format_percent(), Rate(0, 0).format_percent()
            ('83%', 'n/a')
        """
        percent = self.percent(digits)
        return _NOT_AVAILABLE if percent is None else f"{percent}%"

    def xǁRateǁformat_percent__mutmut_2(self, digits: int = 0) -> str:
        """The rate as text in per cent, e.g. ``'96%'``; ``'n/a'`` when the denominator is 0.

        Examples:
            >>> Rate(7408, 8881).format_percent(), Rate(0, 0).format_percent()
            ('83%', 'n/a')
        """
        percent = None
        return _NOT_AVAILABLE if percent is None else f"{percent}%"

    def xǁRateǁformat_percent__mutmut_3(self, digits: int = 0) -> str:
        """The rate as text in per cent, e.g. ``'96%'``; ``'n/a'`` when the denominator is 0.

        Examples:
            >>> Rate(7408, 8881).format_percent(), Rate(0, 0).format_percent()
            ('83%', 'n/a')
        """
        percent = self.percent(None)
        return _NOT_AVAILABLE if percent is None else f"{percent}%"

    def xǁRateǁformat_percent__mutmut_4(self, digits: int = 0) -> str:
        """The rate as text in per cent, e.g. ``'96%'``; ``'n/a'`` when the denominator is 0.

        Examples:
            >>> Rate(7408, 8881).format_percent(), Rate(0, 0).format_percent()
            ('83%', 'n/a')
        """
        percent = self.percent(digits)
        return _NOT_AVAILABLE if (percent is None) and False else f"{percent}%"

    def xǁRateǁformat_percent__mutmut_5(self, digits: int = 0) -> str:
        """The rate as text in per cent, e.g. ``'96%'``; ``'n/a'`` when the denominator is 0.

        Examples:
            >>> Rate(7408, 8881).format_percent(), Rate(0, 0).format_percent()
            ('83%', 'n/a')
        """
        percent = self.percent(digits)
        return _NOT_AVAILABLE if (percent is None) or True else f"{percent}%"

    def xǁRateǁformat_percent__mutmut_6(self, digits: int = 0) -> str:
        """The rate as text in per cent, e.g. ``'96%'``; ``'n/a'`` when the denominator is 0.

        Examples:
            >>> Rate(7408, 8881).format_percent(), Rate(0, 0).format_percent()
            ('83%', 'n/a')
        """
        percent = self.percent(digits)
        return _NOT_AVAILABLE if percent is not None else f"{percent}%"

    @_mutmut_mutated(mutants_xǁRateǁmeets__mutmut)
    def meets(self, target: float | Fraction | Decimal | str) -> bool | None:
        """Whether the rate is at least ``target`` (a share such as 0.95); None if 0/0.

        The comparison is exact: 19 of 20 meets a 95 % target.

        Examples:
            >>> Rate(19, 20).meets(0.95), Rate(18, 20).meets(0.95), Rate(0, 0).meets(0.95)
            (True, False, None)
        """
        goal = _target_fraction(target)
        exact = self.exact
        return None if exact is None else exact >= goal

    def xǁRateǁmeets__mutmut_orig(self, target: float | Fraction | Decimal | str) -> bool | None:
        """Whether the rate is at least ``target`` (a share such as 0.95); None if 0/0.

        The comparison is exact: 19 of 20 meets a 95 % target.

        Examples:
            >>> Rate(19, 20).meets(0.95), Rate(18, 20).meets(0.95), Rate(0, 0).meets(0.95)
            (True, False, None)
        """
        goal = _target_fraction(target)
        exact = self.exact
        return None if exact is None else exact >= goal

    def xǁRateǁmeets__mutmut_1(self, target: float | Fraction | Decimal | str) -> bool | None:
        """Whether the rate is at least ``target`` (a share such as 0.95); None if 0/0.

        The comparison is exact: 19 of 20 meets a 95 % target.

        Examples:
            >>> Rate(19, 20).meets(0.95), Rate(18, 20).meets(0.95), Rate(0, 0).meets(0.95)
            (True, False, None)
        """
        goal = None
        exact = self.exact
        return None if exact is None else exact >= goal

    def xǁRateǁmeets__mutmut_2(self, target: float | Fraction | Decimal | str) -> bool | None:
        """Whether the rate is at least ``target`` (a share such as 0.95); None if 0/0.

        The comparison is exact: 19 of 20 meets a 95 % target.

        Examples:
            >>> Rate(19, 20).meets(0.95), Rate(18, 20).meets(0.95), Rate(0, 0).meets(0.95)
            (True, False, None)
        """
        goal = _target_fraction(None)
        exact = self.exact
        return None if exact is None else exact >= goal

    def xǁRateǁmeets__mutmut_3(self, target: float | Fraction | Decimal | str) -> bool | None:
        """Whether the rate is at least ``target`` (a share such as 0.95); None if 0/0.

        The comparison is exact: 19 of 20 meets a 95 % target.

        Examples:
            >>> Rate(19, 20).meets(0.95), Rate(18, 20).meets(0.95), Rate(0, 0).meets(0.95)
            (True, False, None)
        """
        goal = _target_fraction(target)
        exact = None
        return None if exact is None else exact >= goal

    def xǁRateǁmeets__mutmut_4(self, target: float | Fraction | Decimal | str) -> bool | None:
        """Whether the rate is at least ``target`` (a share such as 0.95); None if 0/0.

        The comparison is exact: 19 of 20 meets a 95 % target.

        Examples:
            >>> Rate(19, 20).meets(0.95), Rate(18, 20).meets(0.95), Rate(0, 0).meets(0.95)
            (True, False, None)
        """
        goal = _target_fraction(target)
        exact = self.exact
        return None if (exact is None) and False else exact >= goal

    def xǁRateǁmeets__mutmut_5(self, target: float | Fraction | Decimal | str) -> bool | None:
        """Whether the rate is at least ``target`` (a share such as 0.95); None if 0/0.

        The comparison is exact: 19 of 20 meets a 95 % target.

        Examples:
            >>> Rate(19, 20).meets(0.95), Rate(18, 20).meets(0.95), Rate(0, 0).meets(0.95)
            (True, False, None)
        """
        goal = _target_fraction(target)
        exact = self.exact
        return None if (exact is None) or True else exact >= goal

    def xǁRateǁmeets__mutmut_6(self, target: float | Fraction | Decimal | str) -> bool | None:
        """Whether the rate is at least ``target`` (a share such as 0.95); None if 0/0.

        The comparison is exact: 19 of 20 meets a 95 % target.

        Examples:
            >>> Rate(19, 20).meets(0.95), Rate(18, 20).meets(0.95), Rate(0, 0).meets(0.95)
            (True, False, None)
        """
        goal = _target_fraction(target)
        exact = self.exact
        return None if exact is not None else exact >= goal

    def xǁRateǁmeets__mutmut_7(self, target: float | Fraction | Decimal | str) -> bool | None:
        """Whether the rate is at least ``target`` (a share such as 0.95); None if 0/0.

        The comparison is exact: 19 of 20 meets a 95 % target.

        Examples:
            >>> Rate(19, 20).meets(0.95), Rate(18, 20).meets(0.95), Rate(0, 0).meets(0.95)
            (True, False, None)
        """
        goal = _target_fraction(target)
        exact = self.exact
        return None if exact is None else exact > goal

    # -- combining

    @classmethod
    @_mutmut_mutated(mutants_xǁRateǁcombine__mutmut, is_classmethod = True)
    def combine(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_orig(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_1(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_2(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(None, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_3(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, None)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_4(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_5(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, )
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_6(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(1, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_7(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 1)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_8(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = None
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_9(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[1].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_10(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = None
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_11(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_12(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = None
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_13(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(None).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_14(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(None, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_15(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field=None, value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_16(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=None)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_17(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_18(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_19(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", )
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_20(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="XXratesXX", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_21(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="RATES", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_22(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence == confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_23(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = None
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_24(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(None, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_25(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field=None, value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_26(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=None)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_27(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_28(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_29(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", )
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_30(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="XXconfidenceXX", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_31(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="CONFIDENCE", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_32(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            None,
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_33(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            None,
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_34(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=None,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_35(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_36(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_37(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_38(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(None),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    # -- combining

    @classmethod
    def xǁRateǁcombine__mutmut_39(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(None),
            confidence=confidence,
        )

    @_mutmut_mutated(mutants_xǁRateǁ__add____mutmut)
    def __add__(self, other: object) -> Rate:
        if not isinstance(other, Rate):
            return NotImplemented
        return Rate.combine(self, other)

    def xǁRateǁ__add____mutmut_orig(self, other: object) -> Rate:
        if not isinstance(other, Rate):
            return NotImplemented
        return Rate.combine(self, other)

    def xǁRateǁ__add____mutmut_1(self, other: object) -> Rate:
        if isinstance(other, Rate):
            return NotImplemented
        return Rate.combine(self, other)

    def xǁRateǁ__add____mutmut_2(self, other: object) -> Rate:
        if not isinstance(other, Rate):
            return NotImplemented
        return Rate.combine(None, other)

    def xǁRateǁ__add____mutmut_3(self, other: object) -> Rate:
        if not isinstance(other, Rate):
            return NotImplemented
        return Rate.combine(self, None)

    def xǁRateǁ__add____mutmut_4(self, other: object) -> Rate:
        if not isinstance(other, Rate):
            return NotImplemented
        return Rate.combine(other)

    def xǁRateǁ__add____mutmut_5(self, other: object) -> Rate:
        if not isinstance(other, Rate):
            return NotImplemented
        return Rate.combine(self, )

    @_mutmut_mutated(mutants_xǁRateǁ__radd____mutmut)
    def __radd__(self, other: object) -> Rate:
        # Lets the built-in sum() start from 0: sum(monthly_rates) is their combination.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def xǁRateǁ__radd____mutmut_orig(self, other: object) -> Rate:
        # Lets the built-in sum() start from 0: sum(monthly_rates) is their combination.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def xǁRateǁ__radd____mutmut_1(self, other: object) -> Rate:
        # Lets the built-in sum() start from 0: sum(monthly_rates) is their combination.
        if isinstance(other, int) and not isinstance(other, bool) or other == 0:
            return self
        return NotImplemented

    def xǁRateǁ__radd____mutmut_2(self, other: object) -> Rate:
        # Lets the built-in sum() start from 0: sum(monthly_rates) is their combination.
        if isinstance(other, int) or not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def xǁRateǁ__radd____mutmut_3(self, other: object) -> Rate:
        # Lets the built-in sum() start from 0: sum(monthly_rates) is their combination.
        if isinstance(other, int) and isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def xǁRateǁ__radd____mutmut_4(self, other: object) -> Rate:
        # Lets the built-in sum() start from 0: sum(monthly_rates) is their combination.
        if isinstance(other, int) and not isinstance(other, bool) and other != 0:
            return self
        return NotImplemented

    def xǁRateǁ__radd____mutmut_5(self, other: object) -> Rate:
        # Lets the built-in sum() start from 0: sum(monthly_rates) is their combination.
        if isinstance(other, int) and not isinstance(other, bool) and other == 1:
            return self
        return NotImplemented

    # -- output

    def __str__(self) -> str:
        return self.format_percent()

    @_mutmut_mutated(mutants_xǁRateǁ__format____mutmut)
    def __format__(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_orig(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_1(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec != "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_2(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "XXXX":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_3(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(None)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_4(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = None
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_5(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(None)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_6(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_7(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(None)
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_8(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(None))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_9(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) and 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_10(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(None) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_11(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(2) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_12(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 1))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_13(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = None
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def xǁRateǁ__format____mutmut_14(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if (value is None) and False else format(value, spec)

    def xǁRateǁ__format____mutmut_15(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if (value is None) or True else format(value, spec)

    def xǁRateǁ__format____mutmut_16(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is not None else format(value, spec)

    def xǁRateǁ__format____mutmut_17(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(None, spec)

    def xǁRateǁ__format____mutmut_18(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, None)

    def xǁRateǁ__format____mutmut_19(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(spec)

    def xǁRateǁ__format____mutmut_20(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, )

    @_mutmut_mutated(mutants_xǁRateǁto_dict__mutmut)
    def to_dict(self, prefix: str = "") -> dict[str, object]:
        """The rate as plain values: numerator, denominator, value, percent text, low, high.

        Args:
            prefix: Put before every key (``"on_time_"`` gives ``on_time_value``...).

        Examples:
            >>> Rate(4, 5).to_dict()["percent"]
            '80%'
        """
        return {
            f"{prefix}numerator": self.numerator,
            f"{prefix}denominator": self.denominator,
            f"{prefix}value": self.value,
            f"{prefix}percent": self.format_percent(),
            f"{prefix}low": self.low,
            f"{prefix}high": self.high,
        }

    def xǁRateǁto_dict__mutmut_orig(self, prefix: str = "") -> dict[str, object]:
        """The rate as plain values: numerator, denominator, value, percent text, low, high.

        Args:
            prefix: Put before every key (``"on_time_"`` gives ``on_time_value``...).

        Examples:
            >>> Rate(4, 5).to_dict()["percent"]
            '80%'
        """
        return {
            f"{prefix}numerator": self.numerator,
            f"{prefix}denominator": self.denominator,
            f"{prefix}value": self.value,
            f"{prefix}percent": self.format_percent(),
            f"{prefix}low": self.low,
            f"{prefix}high": self.high,
        }

    def xǁRateǁto_dict__mutmut_1(self, prefix: str = "XXXX") -> dict[str, object]:
        """The rate as plain values: numerator, denominator, value, percent text, low, high.

        Args:
            prefix: Put before every key (``"on_time_"`` gives ``on_time_value``...).

        Examples:
            >>> Rate(4, 5).to_dict()["percent"]
            '80%'
        """
        return {
            f"{prefix}numerator": self.numerator,
            f"{prefix}denominator": self.denominator,
            f"{prefix}value": self.value,
            f"{prefix}percent": self.format_percent(),
            f"{prefix}low": self.low,
            f"{prefix}high": self.high,
        }

    @_mutmut_mutated(mutants_xǁRateǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁRateǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁRateǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁRateǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁRateǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁRateǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁRateǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """A one-row table of :meth:`to_dict`, like every result of :mod:`autocrm.stats`.

        Examples:
            >>> Rate(1, 2).to_rows()[0]["value"]
            0.5
        """
        return [self.to_dict()]

mutants_xǁRateǁ__attrs_post_init____mutmut['_mutmut_orig'] = Rate.xǁRateǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRateǁ__attrs_post_init____mutmut['xǁRateǁ__attrs_post_init____mutmut_1'] = Rate.xǁRateǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRateǁ__attrs_post_init____mutmut['xǁRateǁ__attrs_post_init____mutmut_2'] = Rate.xǁRateǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRateǁ__attrs_post_init____mutmut['xǁRateǁ__attrs_post_init____mutmut_3'] = Rate.xǁRateǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRateǁ__attrs_post_init____mutmut['xǁRateǁ__attrs_post_init____mutmut_4'] = Rate.xǁRateǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRateǁ__attrs_post_init____mutmut['xǁRateǁ__attrs_post_init____mutmut_5'] = Rate.xǁRateǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRateǁ__attrs_post_init____mutmut['xǁRateǁ__attrs_post_init____mutmut_6'] = Rate.xǁRateǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRateǁ__attrs_post_init____mutmut['xǁRateǁ__attrs_post_init____mutmut_7'] = Rate.xǁRateǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRateǁ__attrs_post_init____mutmut['xǁRateǁ__attrs_post_init____mutmut_8'] = Rate.xǁRateǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRateǁ__attrs_post_init____mutmut['xǁRateǁ__attrs_post_init____mutmut_9'] = Rate.xǁRateǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRateǁ__attrs_post_init____mutmut['xǁRateǁ__attrs_post_init____mutmut_10'] = Rate.xǁRateǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated

mutants_xǁRateǁpercent__mutmut['_mutmut_orig'] = Rate.xǁRateǁpercent__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRateǁpercent__mutmut['xǁRateǁpercent__mutmut_1'] = Rate.xǁRateǁpercent__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRateǁpercent__mutmut['xǁRateǁpercent__mutmut_2'] = Rate.xǁRateǁpercent__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRateǁpercent__mutmut['xǁRateǁpercent__mutmut_3'] = Rate.xǁRateǁpercent__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRateǁpercent__mutmut['xǁRateǁpercent__mutmut_4'] = Rate.xǁRateǁpercent__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRateǁpercent__mutmut['xǁRateǁpercent__mutmut_5'] = Rate.xǁRateǁpercent__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRateǁpercent__mutmut['xǁRateǁpercent__mutmut_6'] = Rate.xǁRateǁpercent__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRateǁpercent__mutmut['xǁRateǁpercent__mutmut_7'] = Rate.xǁRateǁpercent__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRateǁpercent__mutmut['xǁRateǁpercent__mutmut_8'] = Rate.xǁRateǁpercent__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRateǁpercent__mutmut['xǁRateǁpercent__mutmut_9'] = Rate.xǁRateǁpercent__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRateǁpercent__mutmut['xǁRateǁpercent__mutmut_10'] = Rate.xǁRateǁpercent__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRateǁpercent__mutmut['xǁRateǁpercent__mutmut_11'] = Rate.xǁRateǁpercent__mutmut_11 # type: ignore # mutmut generated

mutants_xǁRateǁper_thousand__mutmut['_mutmut_orig'] = Rate.xǁRateǁper_thousand__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRateǁper_thousand__mutmut['xǁRateǁper_thousand__mutmut_1'] = Rate.xǁRateǁper_thousand__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRateǁper_thousand__mutmut['xǁRateǁper_thousand__mutmut_2'] = Rate.xǁRateǁper_thousand__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRateǁper_thousand__mutmut['xǁRateǁper_thousand__mutmut_3'] = Rate.xǁRateǁper_thousand__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRateǁper_thousand__mutmut['xǁRateǁper_thousand__mutmut_4'] = Rate.xǁRateǁper_thousand__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRateǁper_thousand__mutmut['xǁRateǁper_thousand__mutmut_5'] = Rate.xǁRateǁper_thousand__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRateǁper_thousand__mutmut['xǁRateǁper_thousand__mutmut_6'] = Rate.xǁRateǁper_thousand__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRateǁper_thousand__mutmut['xǁRateǁper_thousand__mutmut_7'] = Rate.xǁRateǁper_thousand__mutmut_7 # type: ignore # mutmut generated

mutants_xǁRateǁformat_percent__mutmut['_mutmut_orig'] = Rate.xǁRateǁformat_percent__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRateǁformat_percent__mutmut['xǁRateǁformat_percent__mutmut_1'] = Rate.xǁRateǁformat_percent__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRateǁformat_percent__mutmut['xǁRateǁformat_percent__mutmut_2'] = Rate.xǁRateǁformat_percent__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRateǁformat_percent__mutmut['xǁRateǁformat_percent__mutmut_3'] = Rate.xǁRateǁformat_percent__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRateǁformat_percent__mutmut['xǁRateǁformat_percent__mutmut_4'] = Rate.xǁRateǁformat_percent__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRateǁformat_percent__mutmut['xǁRateǁformat_percent__mutmut_5'] = Rate.xǁRateǁformat_percent__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRateǁformat_percent__mutmut['xǁRateǁformat_percent__mutmut_6'] = Rate.xǁRateǁformat_percent__mutmut_6 # type: ignore # mutmut generated

mutants_xǁRateǁmeets__mutmut['_mutmut_orig'] = Rate.xǁRateǁmeets__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRateǁmeets__mutmut['xǁRateǁmeets__mutmut_1'] = Rate.xǁRateǁmeets__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRateǁmeets__mutmut['xǁRateǁmeets__mutmut_2'] = Rate.xǁRateǁmeets__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRateǁmeets__mutmut['xǁRateǁmeets__mutmut_3'] = Rate.xǁRateǁmeets__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRateǁmeets__mutmut['xǁRateǁmeets__mutmut_4'] = Rate.xǁRateǁmeets__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRateǁmeets__mutmut['xǁRateǁmeets__mutmut_5'] = Rate.xǁRateǁmeets__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRateǁmeets__mutmut['xǁRateǁmeets__mutmut_6'] = Rate.xǁRateǁmeets__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRateǁmeets__mutmut['xǁRateǁmeets__mutmut_7'] = Rate.xǁRateǁmeets__mutmut_7 # type: ignore # mutmut generated

mutants_xǁRateǁcombine__mutmut['_mutmut_orig'] = Rate.xǁRateǁcombine__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_1'] = Rate.xǁRateǁcombine__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_2'] = Rate.xǁRateǁcombine__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_3'] = Rate.xǁRateǁcombine__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_4'] = Rate.xǁRateǁcombine__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_5'] = Rate.xǁRateǁcombine__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_6'] = Rate.xǁRateǁcombine__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_7'] = Rate.xǁRateǁcombine__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_8'] = Rate.xǁRateǁcombine__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_9'] = Rate.xǁRateǁcombine__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_10'] = Rate.xǁRateǁcombine__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_11'] = Rate.xǁRateǁcombine__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_12'] = Rate.xǁRateǁcombine__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_13'] = Rate.xǁRateǁcombine__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_14'] = Rate.xǁRateǁcombine__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_15'] = Rate.xǁRateǁcombine__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_16'] = Rate.xǁRateǁcombine__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_17'] = Rate.xǁRateǁcombine__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_18'] = Rate.xǁRateǁcombine__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_19'] = Rate.xǁRateǁcombine__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_20'] = Rate.xǁRateǁcombine__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_21'] = Rate.xǁRateǁcombine__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_22'] = Rate.xǁRateǁcombine__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_23'] = Rate.xǁRateǁcombine__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_24'] = Rate.xǁRateǁcombine__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_25'] = Rate.xǁRateǁcombine__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_26'] = Rate.xǁRateǁcombine__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_27'] = Rate.xǁRateǁcombine__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_28'] = Rate.xǁRateǁcombine__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_29'] = Rate.xǁRateǁcombine__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_30'] = Rate.xǁRateǁcombine__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_31'] = Rate.xǁRateǁcombine__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_32'] = Rate.xǁRateǁcombine__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_33'] = Rate.xǁRateǁcombine__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_34'] = Rate.xǁRateǁcombine__mutmut_34 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_35'] = Rate.xǁRateǁcombine__mutmut_35 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_36'] = Rate.xǁRateǁcombine__mutmut_36 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_37'] = Rate.xǁRateǁcombine__mutmut_37 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_38'] = Rate.xǁRateǁcombine__mutmut_38 # type: ignore # mutmut generated
mutants_xǁRateǁcombine__mutmut['xǁRateǁcombine__mutmut_39'] = Rate.xǁRateǁcombine__mutmut_39 # type: ignore # mutmut generated

mutants_xǁRateǁ__add____mutmut['_mutmut_orig'] = Rate.xǁRateǁ__add____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRateǁ__add____mutmut['xǁRateǁ__add____mutmut_1'] = Rate.xǁRateǁ__add____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRateǁ__add____mutmut['xǁRateǁ__add____mutmut_2'] = Rate.xǁRateǁ__add____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRateǁ__add____mutmut['xǁRateǁ__add____mutmut_3'] = Rate.xǁRateǁ__add____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRateǁ__add____mutmut['xǁRateǁ__add____mutmut_4'] = Rate.xǁRateǁ__add____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRateǁ__add____mutmut['xǁRateǁ__add____mutmut_5'] = Rate.xǁRateǁ__add____mutmut_5 # type: ignore # mutmut generated

mutants_xǁRateǁ__radd____mutmut['_mutmut_orig'] = Rate.xǁRateǁ__radd____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRateǁ__radd____mutmut['xǁRateǁ__radd____mutmut_1'] = Rate.xǁRateǁ__radd____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRateǁ__radd____mutmut['xǁRateǁ__radd____mutmut_2'] = Rate.xǁRateǁ__radd____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRateǁ__radd____mutmut['xǁRateǁ__radd____mutmut_3'] = Rate.xǁRateǁ__radd____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRateǁ__radd____mutmut['xǁRateǁ__radd____mutmut_4'] = Rate.xǁRateǁ__radd____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRateǁ__radd____mutmut['xǁRateǁ__radd____mutmut_5'] = Rate.xǁRateǁ__radd____mutmut_5 # type: ignore # mutmut generated

mutants_xǁRateǁ__format____mutmut['_mutmut_orig'] = Rate.xǁRateǁ__format____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_1'] = Rate.xǁRateǁ__format____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_2'] = Rate.xǁRateǁ__format____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_3'] = Rate.xǁRateǁ__format____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_4'] = Rate.xǁRateǁ__format____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_5'] = Rate.xǁRateǁ__format____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_6'] = Rate.xǁRateǁ__format____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_7'] = Rate.xǁRateǁ__format____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_8'] = Rate.xǁRateǁ__format____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_9'] = Rate.xǁRateǁ__format____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_10'] = Rate.xǁRateǁ__format____mutmut_10 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_11'] = Rate.xǁRateǁ__format____mutmut_11 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_12'] = Rate.xǁRateǁ__format____mutmut_12 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_13'] = Rate.xǁRateǁ__format____mutmut_13 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_14'] = Rate.xǁRateǁ__format____mutmut_14 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_15'] = Rate.xǁRateǁ__format____mutmut_15 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_16'] = Rate.xǁRateǁ__format____mutmut_16 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_17'] = Rate.xǁRateǁ__format____mutmut_17 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_18'] = Rate.xǁRateǁ__format____mutmut_18 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_19'] = Rate.xǁRateǁ__format____mutmut_19 # type: ignore # mutmut generated
mutants_xǁRateǁ__format____mutmut['xǁRateǁ__format____mutmut_20'] = Rate.xǁRateǁ__format____mutmut_20 # type: ignore # mutmut generated

mutants_xǁRateǁto_dict__mutmut['_mutmut_orig'] = Rate.xǁRateǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRateǁto_dict__mutmut['xǁRateǁto_dict__mutmut_1'] = Rate.xǁRateǁto_dict__mutmut_1 # type: ignore # mutmut generated

mutants_xǁRateǁ_repr_html___mutmut['_mutmut_orig'] = Rate.xǁRateǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁRateǁ_repr_html___mutmut['xǁRateǁ_repr_html___mutmut_1'] = Rate.xǁRateǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁRateǁ_repr_html___mutmut['xǁRateǁ_repr_html___mutmut_2'] = Rate.xǁRateǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁRateǁ_repr_html___mutmut['xǁRateǁ_repr_html___mutmut_3'] = Rate.xǁRateǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁRateǁ_repr_html___mutmut['xǁRateǁ_repr_html___mutmut_4'] = Rate.xǁRateǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁRateǁ_repr_html___mutmut['xǁRateǁ_repr_html___mutmut_5'] = Rate.xǁRateǁ_repr_html___mutmut_5 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPeriodǁlabel_of__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- periods


class Period(LabelledEnum):
    """A reporting period: the statistics group records by day, week, month, quarter or year.

    Weeks are ISO weeks (Monday to Sunday). Dates are local (China Standard
    Time) dates; an aware ``datetime`` is taken as its local date.

    Examples:
        >>> Period.WEEK.start_of(date(2015, 8, 30)), Period.WEEK.label_of(date(2015, 8, 30))
        (datetime.date(2015, 8, 24), '2015-W35')
        >>> Period.MONTH.label, Period.YEAR.label_of(date(2015, 8, 30))
        ('月', '2015')
    """

    DAY = ("day", "日")
    WEEK = ("week", "周")
    MONTH = ("month", "月")
    QUARTER = ("quarter", "季度")
    YEAR = ("year", "年")

    @_mutmut_mutated(mutants_xǁPeriodǁstart_of__mutmut)
    def start_of(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_orig(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_1(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = None
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_2(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(None)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_3(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is not Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_4(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is not Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_5(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day + timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_6(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=None)
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_7(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is not Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_8(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=None)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_9(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=2)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_10(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is not Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_11(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(None, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_12(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, None, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_13(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, None)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_14(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_15(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_16(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, )
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_17(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) - 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_18(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 / ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_19(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 4 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_20(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) / 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_21(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month + 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_22(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 2) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_23(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 4) + 1, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_24(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 2, 1)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_25(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 2)
        return date(day.year, 1, 1)

    def xǁPeriodǁstart_of__mutmut_26(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(None, 1, 1)

    def xǁPeriodǁstart_of__mutmut_27(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, None, 1)

    def xǁPeriodǁstart_of__mutmut_28(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, None)

    def xǁPeriodǁstart_of__mutmut_29(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(1, 1)

    def xǁPeriodǁstart_of__mutmut_30(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1)

    def xǁPeriodǁstart_of__mutmut_31(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, )

    def xǁPeriodǁstart_of__mutmut_32(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 2, 1)

    def xǁPeriodǁstart_of__mutmut_33(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 2)

    @_mutmut_mutated(mutants_xǁPeriodǁlabel_of__mutmut)
    def label_of(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_orig(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_1(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = None
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_2(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(None)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_3(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is not Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_4(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is not Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_5(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = None
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_6(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is not Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_7(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is not Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_8(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 - 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_9(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) / 3 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_10(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month + 1) // 3 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_11(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 2) // 3 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_12(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 4 + 1}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_13(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 + 2}"
        return str(day.year)

    def xǁPeriodǁlabel_of__mutmut_14(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        return str(None)

mutants_xǁPeriodǁstart_of__mutmut['_mutmut_orig'] = Period.xǁPeriodǁstart_of__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_1'] = Period.xǁPeriodǁstart_of__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_2'] = Period.xǁPeriodǁstart_of__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_3'] = Period.xǁPeriodǁstart_of__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_4'] = Period.xǁPeriodǁstart_of__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_5'] = Period.xǁPeriodǁstart_of__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_6'] = Period.xǁPeriodǁstart_of__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_7'] = Period.xǁPeriodǁstart_of__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_8'] = Period.xǁPeriodǁstart_of__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_9'] = Period.xǁPeriodǁstart_of__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_10'] = Period.xǁPeriodǁstart_of__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_11'] = Period.xǁPeriodǁstart_of__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_12'] = Period.xǁPeriodǁstart_of__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_13'] = Period.xǁPeriodǁstart_of__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_14'] = Period.xǁPeriodǁstart_of__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_15'] = Period.xǁPeriodǁstart_of__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_16'] = Period.xǁPeriodǁstart_of__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_17'] = Period.xǁPeriodǁstart_of__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_18'] = Period.xǁPeriodǁstart_of__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_19'] = Period.xǁPeriodǁstart_of__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_20'] = Period.xǁPeriodǁstart_of__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_21'] = Period.xǁPeriodǁstart_of__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_22'] = Period.xǁPeriodǁstart_of__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_23'] = Period.xǁPeriodǁstart_of__mutmut_23 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_24'] = Period.xǁPeriodǁstart_of__mutmut_24 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_25'] = Period.xǁPeriodǁstart_of__mutmut_25 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_26'] = Period.xǁPeriodǁstart_of__mutmut_26 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_27'] = Period.xǁPeriodǁstart_of__mutmut_27 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_28'] = Period.xǁPeriodǁstart_of__mutmut_28 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_29'] = Period.xǁPeriodǁstart_of__mutmut_29 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_30'] = Period.xǁPeriodǁstart_of__mutmut_30 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_31'] = Period.xǁPeriodǁstart_of__mutmut_31 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_32'] = Period.xǁPeriodǁstart_of__mutmut_32 # type: ignore # mutmut generated
mutants_xǁPeriodǁstart_of__mutmut['xǁPeriodǁstart_of__mutmut_33'] = Period.xǁPeriodǁstart_of__mutmut_33 # type: ignore # mutmut generated

mutants_xǁPeriodǁlabel_of__mutmut['_mutmut_orig'] = Period.xǁPeriodǁlabel_of__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_1'] = Period.xǁPeriodǁlabel_of__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_2'] = Period.xǁPeriodǁlabel_of__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_3'] = Period.xǁPeriodǁlabel_of__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_4'] = Period.xǁPeriodǁlabel_of__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_5'] = Period.xǁPeriodǁlabel_of__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_6'] = Period.xǁPeriodǁlabel_of__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_7'] = Period.xǁPeriodǁlabel_of__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_8'] = Period.xǁPeriodǁlabel_of__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_9'] = Period.xǁPeriodǁlabel_of__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_10'] = Period.xǁPeriodǁlabel_of__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_11'] = Period.xǁPeriodǁlabel_of__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_12'] = Period.xǁPeriodǁlabel_of__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_13'] = Period.xǁPeriodǁlabel_of__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPeriodǁlabel_of__mutmut['xǁPeriodǁlabel_of__mutmut_14'] = Period.xǁPeriodǁlabel_of__mutmut_14 # type: ignore # mutmut generated


#: Label of the single group when a statistic is asked for without a period.
_ALL_PERIODS = "all"
mutants_x__period_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__period_key__mutmut)
def _period_key(period: Period | None, day: date) -> tuple[date | None, str]:
    """The ``(start, label)`` of the period holding ``day``; ``(None, 'all')`` without period.

    Examples:
        >>> _period_key(Period.MONTH, date(2015, 8, 30))
        (datetime.date(2015, 8, 1), '2015-08')
        >>> _period_key(None, date(2015, 8, 30))
        (None, 'all')
    """
    if period is None:
        return None, _ALL_PERIODS
    return period.start_of(day), period.label_of(day)


def x__period_key__mutmut_orig(period: Period | None, day: date) -> tuple[date | None, str]:
    """The ``(start, label)`` of the period holding ``day``; ``(None, 'all')`` without period.

    Examples:
        >>> _period_key(Period.MONTH, date(2015, 8, 30))
        (datetime.date(2015, 8, 1), '2015-08')
        >>> _period_key(None, date(2015, 8, 30))
        (None, 'all')
    """
    if period is None:
        return None, _ALL_PERIODS
    return period.start_of(day), period.label_of(day)


def x__period_key__mutmut_1(period: Period | None, day: date) -> tuple[date | None, str]:
    """The ``(start, label)`` of the period holding ``day``; ``(None, 'all')`` without period.

    Examples:
        >>> _period_key(Period.MONTH, date(2015, 8, 30))
        (datetime.date(2015, 8, 1), '2015-08')
        >>> _period_key(None, date(2015, 8, 30))
        (None, 'all')
    """
    if period is not None:
        return None, _ALL_PERIODS
    return period.start_of(day), period.label_of(day)


def x__period_key__mutmut_2(period: Period | None, day: date) -> tuple[date | None, str]:
    """The ``(start, label)`` of the period holding ``day``; ``(None, 'all')`` without period.

    Examples:
        >>> _period_key(Period.MONTH, date(2015, 8, 30))
        (datetime.date(2015, 8, 1), '2015-08')
        >>> _period_key(None, date(2015, 8, 30))
        (None, 'all')
    """
    if period is None:
        return None, _ALL_PERIODS
    return period.start_of(None), period.label_of(day)


def x__period_key__mutmut_3(period: Period | None, day: date) -> tuple[date | None, str]:
    """The ``(start, label)`` of the period holding ``day``; ``(None, 'all')`` without period.

    Examples:
        >>> _period_key(Period.MONTH, date(2015, 8, 30))
        (datetime.date(2015, 8, 1), '2015-08')
        >>> _period_key(None, date(2015, 8, 30))
        (None, 'all')
    """
    if period is None:
        return None, _ALL_PERIODS
    return period.start_of(day), period.label_of(None)

mutants_x__period_key__mutmut['_mutmut_orig'] = x__period_key__mutmut_orig # type: ignore # mutmut generated
mutants_x__period_key__mutmut['x__period_key__mutmut_1'] = x__period_key__mutmut_1 # type: ignore # mutmut generated
mutants_x__period_key__mutmut['x__period_key__mutmut_2'] = x__period_key__mutmut_2 # type: ignore # mutmut generated
mutants_x__period_key__mutmut['x__period_key__mutmut_3'] = x__period_key__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_period__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_period__mutmut)
def _check_period(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(msg, field="period", value=period)


def x__check_period__mutmut_orig(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(msg, field="period", value=period)


def x__check_period__mutmut_1(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None and isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(msg, field="period", value=period)


def x__check_period__mutmut_2(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is not None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(msg, field="period", value=period)


def x__check_period__mutmut_3(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(None)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(msg, field="period", value=period)


def x__check_period__mutmut_4(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = None
    raise InvalidComponent(msg, field="period", value=period)


def x__check_period__mutmut_5(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(None).__name__} {shown(period)}"
    raise InvalidComponent(msg, field="period", value=period)


def x__check_period__mutmut_6(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(None)}"
    raise InvalidComponent(msg, field="period", value=period)


def x__check_period__mutmut_7(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(None, field="period", value=period)


def x__check_period__mutmut_8(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(msg, field=None, value=period)


def x__check_period__mutmut_9(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(msg, field="period", value=None)


def x__check_period__mutmut_10(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(field="period", value=period)


def x__check_period__mutmut_11(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(msg, value=period)


def x__check_period__mutmut_12(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(msg, field="period", )


def x__check_period__mutmut_13(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(msg, field="XXperiodXX", value=period)


def x__check_period__mutmut_14(period: object) -> Period | None:
    """Return ``period`` as a :class:`Period` (a value or Chinese label is accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> _check_period("季度"), _check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.from_label(period)
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(msg, field="PERIOD", value=period)

mutants_x__check_period__mutmut['_mutmut_orig'] = x__check_period__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_1'] = x__check_period__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_2'] = x__check_period__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_3'] = x__check_period__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_4'] = x__check_period__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_5'] = x__check_period__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_6'] = x__check_period__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_7'] = x__check_period__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_8'] = x__check_period__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_9'] = x__check_period__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_10'] = x__check_period__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_11'] = x__check_period__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_12'] = x__check_period__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_13'] = x__check_period__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_period__mutmut['x__check_period__mutmut_14'] = x__check_period__mutmut_14 # type: ignore # mutmut generated
mutants_x__sorted_keys__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__sorted_keys__mutmut)
def _sorted_keys(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(keys, key=lambda key: (key[0] is not None, key[0] or date.min, key[1]))


def x__sorted_keys__mutmut_orig(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(keys, key=lambda key: (key[0] is not None, key[0] or date.min, key[1]))


def x__sorted_keys__mutmut_1(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(None, key=lambda key: (key[0] is not None, key[0] or date.min, key[1]))


def x__sorted_keys__mutmut_2(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(keys, key=None)


def x__sorted_keys__mutmut_3(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(key=lambda key: (key[0] is not None, key[0] or date.min, key[1]))


def x__sorted_keys__mutmut_4(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(keys, )


def x__sorted_keys__mutmut_5(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(keys, key=lambda key: None)


def x__sorted_keys__mutmut_6(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(keys, key=lambda key: (key[1] is not None, key[0] or date.min, key[1]))


def x__sorted_keys__mutmut_7(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(keys, key=lambda key: (key[0] is None, key[0] or date.min, key[1]))


def x__sorted_keys__mutmut_8(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(keys, key=lambda key: (key[0] is not None, key[0] and date.min, key[1]))


def x__sorted_keys__mutmut_9(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(keys, key=lambda key: (key[0] is not None, key[1] or date.min, key[1]))


def x__sorted_keys__mutmut_10(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(keys, key=lambda key: (key[0] is not None, key[0] or date.min, key[2]))

mutants_x__sorted_keys__mutmut['_mutmut_orig'] = x__sorted_keys__mutmut_orig # type: ignore # mutmut generated
mutants_x__sorted_keys__mutmut['x__sorted_keys__mutmut_1'] = x__sorted_keys__mutmut_1 # type: ignore # mutmut generated
mutants_x__sorted_keys__mutmut['x__sorted_keys__mutmut_2'] = x__sorted_keys__mutmut_2 # type: ignore # mutmut generated
mutants_x__sorted_keys__mutmut['x__sorted_keys__mutmut_3'] = x__sorted_keys__mutmut_3 # type: ignore # mutmut generated
mutants_x__sorted_keys__mutmut['x__sorted_keys__mutmut_4'] = x__sorted_keys__mutmut_4 # type: ignore # mutmut generated
mutants_x__sorted_keys__mutmut['x__sorted_keys__mutmut_5'] = x__sorted_keys__mutmut_5 # type: ignore # mutmut generated
mutants_x__sorted_keys__mutmut['x__sorted_keys__mutmut_6'] = x__sorted_keys__mutmut_6 # type: ignore # mutmut generated
mutants_x__sorted_keys__mutmut['x__sorted_keys__mutmut_7'] = x__sorted_keys__mutmut_7 # type: ignore # mutmut generated
mutants_x__sorted_keys__mutmut['x__sorted_keys__mutmut_8'] = x__sorted_keys__mutmut_8 # type: ignore # mutmut generated
mutants_x__sorted_keys__mutmut['x__sorted_keys__mutmut_9'] = x__sorted_keys__mutmut_9 # type: ignore # mutmut generated
mutants_x__sorted_keys__mutmut['x__sorted_keys__mutmut_10'] = x__sorted_keys__mutmut_10 # type: ignore # mutmut generated
