"""Telephone numbers: mainland mobile and fixed-line numbers (and, on request, others).

Numbers are parsed and checked with ``phonenumbers`` (Google's libphonenumber
metadata), which knows which prefixes are assigned, and are stored in E.164
form (``'+8613800138000'``). A number without a country code is read as a
number of the first of the accepted ``regions`` (mainland China by default),
so ``'138 0013 8000'``, ``'+86 138-0013-8000'``, ``'010-12345678'`` and
``'(0755) 8888 8888'`` are all accepted.

Only digits, an optional leading ``+`` and the usual separators (spaces,
hyphens, dots, parentheses, slashes) are allowed: ``phonenumbers`` would read
letters as a keypad spelling, and extensions cannot be stored in E.164.

Examples:
    >>> validate("138 0013 8000")
    '+8613800138000'
    >>> validate("+852 6123 4567", regions=("CN", "HK", "MO"))
    '+85261234567'
    >>> mask("13800138000")
    '+86 138****8000'
"""

from __future__ import annotations

import re
from collections.abc import Collection

import phonenumbers

from autocrm.domain.identifiers._text import fold
from autocrm.errors import (
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
    shown,
)

__all__ = ["compact", "is_mobile", "is_valid", "mask", "validate"]

_FIELD = "phone"
_DEFAULT_REGIONS: tuple[str, ...] = ("CN",)
# E.164 allows 15 digits; an international prefix (00) and a national trunk
# prefix fit well within this. Checked before parsing so that very long input
# never reaches phonenumbers.
_MAX_LENGTH = 20
_SEPARATORS = frozenset(" \t\n\r\u3000-./()")
_SHAPE = re.compile(r"\+?[0-9]+")
_MOBILE_TYPES = frozenset(
    {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_compact__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_compact__mutmut)
def compact(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, what="a phone number", field=_FIELD, separators=_SEPARATORS, upper=False)


def x_compact__mutmut_orig(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, what="a phone number", field=_FIELD, separators=_SEPARATORS, upper=False)


def x_compact__mutmut_1(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(None, what="a phone number", field=_FIELD, separators=_SEPARATORS, upper=False)


def x_compact__mutmut_2(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, what=None, field=_FIELD, separators=_SEPARATORS, upper=False)


def x_compact__mutmut_3(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, what="a phone number", field=None, separators=_SEPARATORS, upper=False)


def x_compact__mutmut_4(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, what="a phone number", field=_FIELD, separators=None, upper=False)


def x_compact__mutmut_5(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, what="a phone number", field=_FIELD, separators=_SEPARATORS, upper=None)


def x_compact__mutmut_6(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(what="a phone number", field=_FIELD, separators=_SEPARATORS, upper=False)


def x_compact__mutmut_7(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, field=_FIELD, separators=_SEPARATORS, upper=False)


def x_compact__mutmut_8(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, what="a phone number", separators=_SEPARATORS, upper=False)


def x_compact__mutmut_9(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, what="a phone number", field=_FIELD, upper=False)


def x_compact__mutmut_10(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, what="a phone number", field=_FIELD, separators=_SEPARATORS, )


def x_compact__mutmut_11(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, what="XXa phone numberXX", field=_FIELD, separators=_SEPARATORS, upper=False)


def x_compact__mutmut_12(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, what="A PHONE NUMBER", field=_FIELD, separators=_SEPARATORS, upper=False)


def x_compact__mutmut_13(number: object) -> str:
    """Return the number without separators, full-width forms folded.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("（0755）8888-8888")
        '075588888888'
    """
    return fold(number, what="a phone number", field=_FIELD, separators=_SEPARATORS, upper=True)

mutants_x_compact__mutmut['_mutmut_orig'] = x_compact__mutmut_orig # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_1'] = x_compact__mutmut_1 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_2'] = x_compact__mutmut_2 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_3'] = x_compact__mutmut_3 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_4'] = x_compact__mutmut_4 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_5'] = x_compact__mutmut_5 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_6'] = x_compact__mutmut_6 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_7'] = x_compact__mutmut_7 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_8'] = x_compact__mutmut_8 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_9'] = x_compact__mutmut_9 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_10'] = x_compact__mutmut_10 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_11'] = x_compact__mutmut_11 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_12'] = x_compact__mutmut_12 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_13'] = x_compact__mutmut_13 # type: ignore # mutmut generated
mutants_x__regions__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__regions__mutmut)
def _regions(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_orig(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_1(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) and not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_2(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_3(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = None
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_4(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(None)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_5(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(None, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_6(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field=None, value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_7(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=None)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_8(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_9(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_10(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", )
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_11(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="XXregionsXX", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_12(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="REGIONS", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_13(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions and not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_14(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_15(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_16(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(None):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_17(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = None
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_18(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(None)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_19(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(None, field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_20(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field=None, value=regions)
    return tuple(regions)


def x__regions__mutmut_21(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=None)
    return tuple(regions)


def x__regions__mutmut_22(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(field="regions", value=regions)
    return tuple(regions)


def x__regions__mutmut_23(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, value=regions)
    return tuple(regions)


def x__regions__mutmut_24(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", )
    return tuple(regions)


def x__regions__mutmut_25(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="XXregionsXX", value=regions)
    return tuple(regions)


def x__regions__mutmut_26(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="REGIONS", value=regions)
    return tuple(regions)


def x__regions__mutmut_27(regions: object) -> tuple[str, ...]:
    """Return the accepted regions as a tuple, or raise naming ``regions``."""
    if isinstance(regions, (str, bytes)) or not isinstance(regions, Collection):
        msg = (
            f"regions: expected a collection of region codes such as ('CN',), got {shown(regions)}"
        )
        raise InvalidFormat(msg, field="regions", value=regions)
    if not regions or not all(isinstance(code, str) for code in regions):
        msg = f"regions: expected one or more region codes such as 'CN', got {shown(regions)}"
        raise InvalidFormat(msg, field="regions", value=regions)
    return tuple(None)

mutants_x__regions__mutmut['_mutmut_orig'] = x__regions__mutmut_orig # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_1'] = x__regions__mutmut_1 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_2'] = x__regions__mutmut_2 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_3'] = x__regions__mutmut_3 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_4'] = x__regions__mutmut_4 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_5'] = x__regions__mutmut_5 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_6'] = x__regions__mutmut_6 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_7'] = x__regions__mutmut_7 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_8'] = x__regions__mutmut_8 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_9'] = x__regions__mutmut_9 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_10'] = x__regions__mutmut_10 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_11'] = x__regions__mutmut_11 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_12'] = x__regions__mutmut_12 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_13'] = x__regions__mutmut_13 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_14'] = x__regions__mutmut_14 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_15'] = x__regions__mutmut_15 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_16'] = x__regions__mutmut_16 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_17'] = x__regions__mutmut_17 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_18'] = x__regions__mutmut_18 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_19'] = x__regions__mutmut_19 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_20'] = x__regions__mutmut_20 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_21'] = x__regions__mutmut_21 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_22'] = x__regions__mutmut_22 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_23'] = x__regions__mutmut_23 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_24'] = x__regions__mutmut_24 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_25'] = x__regions__mutmut_25 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_26'] = x__regions__mutmut_26 # type: ignore # mutmut generated
mutants_x__regions__mutmut['x__regions__mutmut_27'] = x__regions__mutmut_27 # type: ignore # mutmut generated
mutants_x__parse__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parse__mutmut)
def _parse(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_orig(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_1(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = None
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_2(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(None)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_3(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_4(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = None
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_5(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "XXa phone number cannot be emptyXX"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_6(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "A PHONE NUMBER CANNOT BE EMPTY"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_7(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(None, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_8(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=None, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_9(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=None)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_10(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_11(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_12(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, )
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_13(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) >= _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_14(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = None
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_15(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(None, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_16(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=None, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_17(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=None)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_18(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_19(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_20(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, )
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_21(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_22(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(None):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_23(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = None
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_24(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "XXa phone number holds only digits, an optional leading '+' and separatorsXX"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_25(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "A PHONE NUMBER HOLDS ONLY DIGITS, AN OPTIONAL LEADING '+' AND SEPARATORS"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_26(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(None, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_27(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=None, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_28(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=None)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_29(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_30(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_31(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, )
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_32(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = None
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_33(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(None, _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_34(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), None)
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_35(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(_DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_36(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), )
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_37(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(None), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_38(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[1])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_39(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = None
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_40(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(None, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_41(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_42(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_43(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, )
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_44(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = None
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_45(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(None, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_46(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=None, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_47(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=None) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_48(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_49(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_50(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, ) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_51(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = None
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_52(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(None)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_53(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason not in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_54(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = None
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_55(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "XXa phone number of this length does not exist in its numbering planXX"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_56(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "A PHONE NUMBER OF THIS LENGTH DOES NOT EXIST IN ITS NUMBERING PLAN"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_57(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(None, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_58(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=None, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_59(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=None)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_60(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_61(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_62(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, )
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_63(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_64(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(None):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_65(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = None
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_66(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "XXnot an assigned phone number range (unknown area code or prefix)XX"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_67(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "NOT AN ASSIGNED PHONE NUMBER RANGE (UNKNOWN AREA CODE OR PREFIX)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_68(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(None, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_69(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=None, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_70(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=None)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_71(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_72(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_73(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, )
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_74(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = None
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_75(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(None)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_76(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_77(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = None
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_78(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(None)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_79(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = "XX, XX".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_80(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = None
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_81(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(None, field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_82(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=None, value=number)
    return parsed


def x__parse__mutmut_83(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, value=None)
    return parsed


def x__parse__mutmut_84(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(field=_FIELD, value=number)
    return parsed


def x__parse__mutmut_85(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, value=number)
    return parsed


def x__parse__mutmut_86(number: object, regions: Collection[str]) -> phonenumbers.PhoneNumber:
    """Parse and check a number; return the phonenumbers object."""
    text = compact(number)
    if not text:
        msg = "a phone number cannot be empty"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if len(text) > _MAX_LENGTH:
        msg = f"a phone number has at most {_MAX_LENGTH} digits, got {len(text)} characters"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not _SHAPE.fullmatch(text):
        msg = "a phone number holds only digits, an optional leading '+' and separators"
        raise InvalidFormat(msg, field=_FIELD, value=number)
    default_region = next(iter(regions), _DEFAULT_REGIONS[0])
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        msg = f"not a phone number: {exc}"
        raise InvalidFormat(msg, field=_FIELD, value=number) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    ):
        msg = "a phone number of this length does not exist in its numbering plan"
        raise InvalidLength(msg, field=_FIELD, value=number)
    if not phonenumbers.is_valid_number(parsed):
        msg = "not an assigned phone number range (unknown area code or prefix)"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    region = phonenumbers.region_code_for_number(parsed)
    if region not in regions:
        accepted = ", ".join(regions)
        msg = f"phone numbers from {region} are not accepted (accepted: {accepted})"
        raise InvalidComponent(msg, field=_FIELD, )
    return parsed

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
mutants_x__parse__mutmut['x__parse__mutmut_19'] = x__parse__mutmut_19 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_20'] = x__parse__mutmut_20 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_21'] = x__parse__mutmut_21 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_22'] = x__parse__mutmut_22 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_23'] = x__parse__mutmut_23 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_24'] = x__parse__mutmut_24 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_25'] = x__parse__mutmut_25 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_26'] = x__parse__mutmut_26 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_27'] = x__parse__mutmut_27 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_28'] = x__parse__mutmut_28 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_29'] = x__parse__mutmut_29 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_30'] = x__parse__mutmut_30 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_31'] = x__parse__mutmut_31 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_32'] = x__parse__mutmut_32 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_33'] = x__parse__mutmut_33 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_34'] = x__parse__mutmut_34 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_35'] = x__parse__mutmut_35 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_36'] = x__parse__mutmut_36 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_37'] = x__parse__mutmut_37 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_38'] = x__parse__mutmut_38 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_39'] = x__parse__mutmut_39 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_40'] = x__parse__mutmut_40 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_41'] = x__parse__mutmut_41 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_42'] = x__parse__mutmut_42 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_43'] = x__parse__mutmut_43 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_44'] = x__parse__mutmut_44 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_45'] = x__parse__mutmut_45 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_46'] = x__parse__mutmut_46 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_47'] = x__parse__mutmut_47 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_48'] = x__parse__mutmut_48 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_49'] = x__parse__mutmut_49 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_50'] = x__parse__mutmut_50 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_51'] = x__parse__mutmut_51 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_52'] = x__parse__mutmut_52 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_53'] = x__parse__mutmut_53 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_54'] = x__parse__mutmut_54 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_55'] = x__parse__mutmut_55 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_56'] = x__parse__mutmut_56 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_57'] = x__parse__mutmut_57 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_58'] = x__parse__mutmut_58 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_59'] = x__parse__mutmut_59 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_60'] = x__parse__mutmut_60 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_61'] = x__parse__mutmut_61 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_62'] = x__parse__mutmut_62 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_63'] = x__parse__mutmut_63 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_64'] = x__parse__mutmut_64 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_65'] = x__parse__mutmut_65 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_66'] = x__parse__mutmut_66 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_67'] = x__parse__mutmut_67 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_68'] = x__parse__mutmut_68 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_69'] = x__parse__mutmut_69 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_70'] = x__parse__mutmut_70 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_71'] = x__parse__mutmut_71 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_72'] = x__parse__mutmut_72 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_73'] = x__parse__mutmut_73 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_74'] = x__parse__mutmut_74 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_75'] = x__parse__mutmut_75 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_76'] = x__parse__mutmut_76 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_77'] = x__parse__mutmut_77 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_78'] = x__parse__mutmut_78 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_79'] = x__parse__mutmut_79 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_80'] = x__parse__mutmut_80 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_81'] = x__parse__mutmut_81 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_82'] = x__parse__mutmut_82 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_83'] = x__parse__mutmut_83 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_84'] = x__parse__mutmut_84 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_85'] = x__parse__mutmut_85 # type: ignore # mutmut generated
mutants_x__parse__mutmut['x__parse__mutmut_86'] = x__parse__mutmut_86 # type: ignore # mutmut generated
mutants_x_validate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate__mutmut)
def validate(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = _parse(number, _regions(regions))
    result: str = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return result


def x_validate__mutmut_orig(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = _parse(number, _regions(regions))
    result: str = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return result


def x_validate__mutmut_1(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = None
    result: str = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return result


def x_validate__mutmut_2(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = _parse(None, _regions(regions))
    result: str = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return result


def x_validate__mutmut_3(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = _parse(number, None)
    result: str = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return result


def x_validate__mutmut_4(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = _parse(_regions(regions))
    result: str = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return result


def x_validate__mutmut_5(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = _parse(number, )
    result: str = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return result


def x_validate__mutmut_6(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = _parse(number, _regions(None))
    result: str = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return result


def x_validate__mutmut_7(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = _parse(number, _regions(regions))
    result: str = None
    return result


def x_validate__mutmut_8(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = _parse(number, _regions(regions))
    result: str = phonenumbers.format_number(None, phonenumbers.PhoneNumberFormat.E164)
    return result


def x_validate__mutmut_9(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = _parse(number, _regions(regions))
    result: str = phonenumbers.format_number(parsed, None)
    return result


def x_validate__mutmut_10(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = _parse(number, _regions(regions))
    result: str = phonenumbers.format_number(phonenumbers.PhoneNumberFormat.E164)
    return result


def x_validate__mutmut_11(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Check a phone number and return it in E.164 form.

    Args:
        number: The number as typed; without a country code it is read as a
            number of ``regions[0]``.
        regions: ISO 3166 codes of the regions whose numbers are accepted,
            e.g. ``("CN", "HK", "MO")``. Mainland China only by default.

    Returns:
        The number in E.164 form, e.g. ``'+8613800138000'``.

    Raises:
        InvalidFormat: Not a string, characters other than digits, ``+`` and
            separators, or not parseable.
        InvalidLength: Empty, too long, or a length the numbering plan lacks.
        InvalidComponent: Not an assigned range, or from another region.

    Examples:
        >>> validate("010-12345678")
        '+861012345678'
        >>> validate("+852 6123 4567")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: phone numbers from HK are not accepted (accepted: CN)
    """
    parsed = _parse(number, _regions(regions))
    result: str = phonenumbers.format_number(parsed, )
    return result

mutants_x_validate__mutmut['_mutmut_orig'] = x_validate__mutmut_orig # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_1'] = x_validate__mutmut_1 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_2'] = x_validate__mutmut_2 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_3'] = x_validate__mutmut_3 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_4'] = x_validate__mutmut_4 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_5'] = x_validate__mutmut_5 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_6'] = x_validate__mutmut_6 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_7'] = x_validate__mutmut_7 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_8'] = x_validate__mutmut_8 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_9'] = x_validate__mutmut_9 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_10'] = x_validate__mutmut_10 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_11'] = x_validate__mutmut_11 # type: ignore # mutmut generated
mutants_x_is_valid__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_valid__mutmut)
def is_valid(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid phone number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("13800138000"), is_valid("1380013800"), is_valid(13800138000)
        (True, False, False)
    """
    try:
        validate(number, regions=regions)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_orig(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid phone number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("13800138000"), is_valid("1380013800"), is_valid(13800138000)
        (True, False, False)
    """
    try:
        validate(number, regions=regions)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_1(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid phone number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("13800138000"), is_valid("1380013800"), is_valid(13800138000)
        (True, False, False)
    """
    try:
        validate(None, regions=regions)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_2(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid phone number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("13800138000"), is_valid("1380013800"), is_valid(13800138000)
        (True, False, False)
    """
    try:
        validate(number, regions=None)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_3(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid phone number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("13800138000"), is_valid("1380013800"), is_valid(13800138000)
        (True, False, False)
    """
    try:
        validate(regions=regions)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_4(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid phone number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("13800138000"), is_valid("1380013800"), is_valid(13800138000)
        (True, False, False)
    """
    try:
        validate(number, )
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_5(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid phone number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("13800138000"), is_valid("1380013800"), is_valid(13800138000)
        (True, False, False)
    """
    try:
        validate(number, regions=regions)
    except ValidationError:
        return True
    return True


def x_is_valid__mutmut_6(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid phone number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("13800138000"), is_valid("1380013800"), is_valid(13800138000)
        (True, False, False)
    """
    try:
        validate(number, regions=regions)
    except ValidationError:
        return False
    return False

mutants_x_is_valid__mutmut['_mutmut_orig'] = x_is_valid__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_valid__mutmut['x_is_valid__mutmut_1'] = x_is_valid__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_valid__mutmut['x_is_valid__mutmut_2'] = x_is_valid__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_valid__mutmut['x_is_valid__mutmut_3'] = x_is_valid__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_valid__mutmut['x_is_valid__mutmut_4'] = x_is_valid__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_valid__mutmut['x_is_valid__mutmut_5'] = x_is_valid__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_valid__mutmut['x_is_valid__mutmut_6'] = x_is_valid__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_mobile__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_mobile__mutmut)
def is_mobile(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid mobile number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` for a valid mobile number, ``False`` for a fixed line or
        anything invalid.

    Examples:
        >>> is_mobile("138 0013 8000"), is_mobile("010-12345678"), is_mobile(None)
        (True, False, False)
    """
    try:
        parsed = _parse(number, _regions(regions))
    except ValidationError:
        return False
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


def x_is_mobile__mutmut_orig(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid mobile number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` for a valid mobile number, ``False`` for a fixed line or
        anything invalid.

    Examples:
        >>> is_mobile("138 0013 8000"), is_mobile("010-12345678"), is_mobile(None)
        (True, False, False)
    """
    try:
        parsed = _parse(number, _regions(regions))
    except ValidationError:
        return False
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


def x_is_mobile__mutmut_1(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid mobile number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` for a valid mobile number, ``False`` for a fixed line or
        anything invalid.

    Examples:
        >>> is_mobile("138 0013 8000"), is_mobile("010-12345678"), is_mobile(None)
        (True, False, False)
    """
    try:
        parsed = None
    except ValidationError:
        return False
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


def x_is_mobile__mutmut_2(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid mobile number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` for a valid mobile number, ``False`` for a fixed line or
        anything invalid.

    Examples:
        >>> is_mobile("138 0013 8000"), is_mobile("010-12345678"), is_mobile(None)
        (True, False, False)
    """
    try:
        parsed = _parse(None, _regions(regions))
    except ValidationError:
        return False
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


def x_is_mobile__mutmut_3(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid mobile number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` for a valid mobile number, ``False`` for a fixed line or
        anything invalid.

    Examples:
        >>> is_mobile("138 0013 8000"), is_mobile("010-12345678"), is_mobile(None)
        (True, False, False)
    """
    try:
        parsed = _parse(number, None)
    except ValidationError:
        return False
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


def x_is_mobile__mutmut_4(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid mobile number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` for a valid mobile number, ``False`` for a fixed line or
        anything invalid.

    Examples:
        >>> is_mobile("138 0013 8000"), is_mobile("010-12345678"), is_mobile(None)
        (True, False, False)
    """
    try:
        parsed = _parse(_regions(regions))
    except ValidationError:
        return False
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


def x_is_mobile__mutmut_5(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid mobile number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` for a valid mobile number, ``False`` for a fixed line or
        anything invalid.

    Examples:
        >>> is_mobile("138 0013 8000"), is_mobile("010-12345678"), is_mobile(None)
        (True, False, False)
    """
    try:
        parsed = _parse(number, )
    except ValidationError:
        return False
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


def x_is_mobile__mutmut_6(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid mobile number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` for a valid mobile number, ``False`` for a fixed line or
        anything invalid.

    Examples:
        >>> is_mobile("138 0013 8000"), is_mobile("010-12345678"), is_mobile(None)
        (True, False, False)
    """
    try:
        parsed = _parse(number, _regions(None))
    except ValidationError:
        return False
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


def x_is_mobile__mutmut_7(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid mobile number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` for a valid mobile number, ``False`` for a fixed line or
        anything invalid.

    Examples:
        >>> is_mobile("138 0013 8000"), is_mobile("010-12345678"), is_mobile(None)
        (True, False, False)
    """
    try:
        parsed = _parse(number, _regions(regions))
    except ValidationError:
        return True
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


def x_is_mobile__mutmut_8(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid mobile number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` for a valid mobile number, ``False`` for a fixed line or
        anything invalid.

    Examples:
        >>> is_mobile("138 0013 8000"), is_mobile("010-12345678"), is_mobile(None)
        (True, False, False)
    """
    try:
        parsed = _parse(number, _regions(regions))
    except ValidationError:
        return False
    return phonenumbers.number_type(None) in _MOBILE_TYPES


def x_is_mobile__mutmut_9(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid mobile number; never raises.

    Args:
        number: Anything.
        regions: As for :func:`validate`.

    Returns:
        ``True`` for a valid mobile number, ``False`` for a fixed line or
        anything invalid.

    Examples:
        >>> is_mobile("138 0013 8000"), is_mobile("010-12345678"), is_mobile(None)
        (True, False, False)
    """
    try:
        parsed = _parse(number, _regions(regions))
    except ValidationError:
        return False
    return phonenumbers.number_type(parsed) not in _MOBILE_TYPES

mutants_x_is_mobile__mutmut['_mutmut_orig'] = x_is_mobile__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_mobile__mutmut['x_is_mobile__mutmut_1'] = x_is_mobile__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_mobile__mutmut['x_is_mobile__mutmut_2'] = x_is_mobile__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_mobile__mutmut['x_is_mobile__mutmut_3'] = x_is_mobile__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_mobile__mutmut['x_is_mobile__mutmut_4'] = x_is_mobile__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_mobile__mutmut['x_is_mobile__mutmut_5'] = x_is_mobile__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_mobile__mutmut['x_is_mobile__mutmut_6'] = x_is_mobile__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_mobile__mutmut['x_is_mobile__mutmut_7'] = x_is_mobile__mutmut_7 # type: ignore # mutmut generated
mutants_x_is_mobile__mutmut['x_is_mobile__mutmut_8'] = x_is_mobile__mutmut_8 # type: ignore # mutmut generated
mutants_x_is_mobile__mutmut['x_is_mobile__mutmut_9'] = x_is_mobile__mutmut_9 # type: ignore # mutmut generated
mutants_x_mask__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mask__mutmut)
def mask(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_orig(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_1(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = None
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_2(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(None, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_3(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, None)
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_4(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(_regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_5(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, )
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_6(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(None))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_7(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = None
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_8(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(None)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_9(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = None
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_10(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 5
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_11(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = None
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_12(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(None, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_13(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, None)
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_14(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_15(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, )
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_16(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(1, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_17(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(None, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_18(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, None))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_19(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_20(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, ))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_21(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(4, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_22(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail + 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_23(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) + tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_24(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 5))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_25(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = None
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_26(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" / (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_27(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "XX*XX" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_28(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head + tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_29(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) + head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[-tail:]}"


def x_mask__mutmut_30(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for :func:`validate`.

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("+86 138-0013-8000")
        '+86 138****8000'
        >>> mask("010-12345678")
        '+86 10****5678'
    """
    parsed = _parse(number, _regions(regions))
    national = phonenumbers.national_significant_number(parsed)
    tail = 4
    head = max(0, min(3, len(national) - tail - 4))
    hidden = "*" * (len(national) - head - tail)
    return f"+{parsed.country_code} {national[:head]}{hidden}{national[+tail:]}"

mutants_x_mask__mutmut['_mutmut_orig'] = x_mask__mutmut_orig # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_1'] = x_mask__mutmut_1 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_2'] = x_mask__mutmut_2 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_3'] = x_mask__mutmut_3 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_4'] = x_mask__mutmut_4 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_5'] = x_mask__mutmut_5 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_6'] = x_mask__mutmut_6 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_7'] = x_mask__mutmut_7 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_8'] = x_mask__mutmut_8 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_9'] = x_mask__mutmut_9 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_10'] = x_mask__mutmut_10 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_11'] = x_mask__mutmut_11 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_12'] = x_mask__mutmut_12 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_13'] = x_mask__mutmut_13 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_14'] = x_mask__mutmut_14 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_15'] = x_mask__mutmut_15 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_16'] = x_mask__mutmut_16 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_17'] = x_mask__mutmut_17 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_18'] = x_mask__mutmut_18 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_19'] = x_mask__mutmut_19 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_20'] = x_mask__mutmut_20 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_21'] = x_mask__mutmut_21 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_22'] = x_mask__mutmut_22 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_23'] = x_mask__mutmut_23 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_24'] = x_mask__mutmut_24 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_25'] = x_mask__mutmut_25 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_26'] = x_mask__mutmut_26 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_27'] = x_mask__mutmut_27 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_28'] = x_mask__mutmut_28 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_29'] = x_mask__mutmut_29 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_30'] = x_mask__mutmut_30 # type: ignore # mutmut generated
