"""Resident identity card numbers (居民身份证号码, GB 11643-1999).

The number has 18 characters: a six-digit address code (province, prefecture,
county), the birth date as ``YYYYMMDD``, a three-digit sequence number (odd for
men, even for women) and a check character (ISO 7064 MOD 11-2, ``X`` standing
for 10).

SPEC section 1 asks for the check character, the birth date and the province
to be checked, and the county code not to be: county-level code tables change
over time, and python-stdnum's ``cn.ric.validate`` refuses numbers whose county
is missing from its table. This module therefore uses python-stdnum's pieces
(the check-character and birth-date calculations) but makes its own verdict.
Provinces include 71 (Taiwan) and 81, 82, 83, the codes on residence permits
for people from Hong Kong, Macao and Taiwan.

Examples:
    >>> validate("11010519491231002x")
    '11010519491231002X'
    >>> birth_date("11010519491231002X")
    datetime.date(1949, 12, 31)
    >>> mask("11010519491231002X")
    '1101**********002X'
"""

from __future__ import annotations

from datetime import date, datetime

from stdnum.cn import ric as _stdnum_ric

from autocrm.domain.identifiers._text import fold
from autocrm.errors import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
    shown,
)

__all__ = [
    "PROVINCE_CODES",
    "birth_date",
    "check_digit",
    "compact",
    "gender",
    "is_valid",
    "mask",
    "validate",
]

_FIELD = "resident_id"
_LENGTH = 18
_EARLIEST_BIRTH_YEAR = 1800

#: First two digits of the address code: the provincial-level divisions
#: (GB/T 2260), 71 Taiwan, and 81/82/83 for Hong Kong, Macao and Taiwan
#: residents' residence permits.
PROVINCE_CODES: frozenset[str] = frozenset(
    {
        *(str(code) for code in range(11, 16)),
        *(str(code) for code in range(21, 24)),
        *(str(code) for code in range(31, 38)),
        *(str(code) for code in range(41, 47)),
        *(str(code) for code in range(50, 55)),
        *(str(code) for code in range(61, 66)),
        "71",
        "81",
        "82",
        "83",
    }
)
_DIGITS = frozenset("0123456789")
_SEPARATORS = frozenset(" \t\n\r\u3000-")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_compact__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_compact__mutmut)
def compact(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(number, what="a resident ID number", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_orig(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(number, what="a resident ID number", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_1(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(None, what="a resident ID number", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_2(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(number, what=None, field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_3(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(number, what="a resident ID number", field=None, separators=_SEPARATORS)


def x_compact__mutmut_4(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(number, what="a resident ID number", field=_FIELD, separators=None)


def x_compact__mutmut_5(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(what="a resident ID number", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_6(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(number, field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_7(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(number, what="a resident ID number", separators=_SEPARATORS)


def x_compact__mutmut_8(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(number, what="a resident ID number", field=_FIELD, )


def x_compact__mutmut_9(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(number, what="XXa resident ID numberXX", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_10(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(number, what="a resident id number", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_11(number: object) -> str:
    """Return the number without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The number as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("110105 19491231 002x")
        '11010519491231002X'
    """
    return fold(number, what="A RESIDENT ID NUMBER", field=_FIELD, separators=_SEPARATORS)

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
mutants_x__check_shape__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_shape__mutmut)
def _check_shape(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_orig(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_1(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) == _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_2(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = None
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_3(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(None, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_4(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=None, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_5(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=None)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_6(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_7(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_8(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, )
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_9(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) and ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_10(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_11(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(None) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_12(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char not in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_13(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:+1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_14(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-2]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_15(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[+1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_16(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-2] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_17(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_18(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS & {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_19(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"XXXXX"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_20(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"x"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_21(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = None
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_22(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "XXa resident ID number is 17 digits followed by a digit or XXX"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_23(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident id number is 17 digits followed by a digit or x"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_24(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "A RESIDENT ID NUMBER IS 17 DIGITS FOLLOWED BY A DIGIT OR X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_25(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(None, field=_FIELD, value=original)


def x__check_shape__mutmut_26(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=None, value=original)


def x__check_shape__mutmut_27(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=None)


def x__check_shape__mutmut_28(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(field=_FIELD, value=original)


def x__check_shape__mutmut_29(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, value=original)


def x__check_shape__mutmut_30(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, )

mutants_x__check_shape__mutmut['_mutmut_orig'] = x__check_shape__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_1'] = x__check_shape__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_2'] = x__check_shape__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_3'] = x__check_shape__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_4'] = x__check_shape__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_5'] = x__check_shape__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_6'] = x__check_shape__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_7'] = x__check_shape__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_8'] = x__check_shape__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_9'] = x__check_shape__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_10'] = x__check_shape__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_11'] = x__check_shape__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_12'] = x__check_shape__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_13'] = x__check_shape__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_14'] = x__check_shape__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_15'] = x__check_shape__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_16'] = x__check_shape__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_17'] = x__check_shape__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_18'] = x__check_shape__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_19'] = x__check_shape__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_20'] = x__check_shape__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_21'] = x__check_shape__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_22'] = x__check_shape__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_23'] = x__check_shape__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_24'] = x__check_shape__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_25'] = x__check_shape__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_26'] = x__check_shape__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_27'] = x__check_shape__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_28'] = x__check_shape__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_29'] = x__check_shape__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_30'] = x__check_shape__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_digit__mutmut)
def check_digit(number: object) -> str:
    """Return the check character position 18 of this number should hold.

    Args:
        number: An 18-character number (its last character is ignored).

    Returns:
        ``'0'``-``'9'`` or ``'X'`` (ISO 7064 MOD 11-2).

    Raises:
        InvalidFormat: Not a string, or not 17 digits and a digit or ``X``.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("110105194912310020")
        'X'
    """
    ric = compact(number)
    _check_shape(ric, number)
    result: str = _stdnum_ric.calc_check_digit(ric)
    return result


def x_check_digit__mutmut_orig(number: object) -> str:
    """Return the check character position 18 of this number should hold.

    Args:
        number: An 18-character number (its last character is ignored).

    Returns:
        ``'0'``-``'9'`` or ``'X'`` (ISO 7064 MOD 11-2).

    Raises:
        InvalidFormat: Not a string, or not 17 digits and a digit or ``X``.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("110105194912310020")
        'X'
    """
    ric = compact(number)
    _check_shape(ric, number)
    result: str = _stdnum_ric.calc_check_digit(ric)
    return result


def x_check_digit__mutmut_1(number: object) -> str:
    """Return the check character position 18 of this number should hold.

    Args:
        number: An 18-character number (its last character is ignored).

    Returns:
        ``'0'``-``'9'`` or ``'X'`` (ISO 7064 MOD 11-2).

    Raises:
        InvalidFormat: Not a string, or not 17 digits and a digit or ``X``.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("110105194912310020")
        'X'
    """
    ric = None
    _check_shape(ric, number)
    result: str = _stdnum_ric.calc_check_digit(ric)
    return result


def x_check_digit__mutmut_2(number: object) -> str:
    """Return the check character position 18 of this number should hold.

    Args:
        number: An 18-character number (its last character is ignored).

    Returns:
        ``'0'``-``'9'`` or ``'X'`` (ISO 7064 MOD 11-2).

    Raises:
        InvalidFormat: Not a string, or not 17 digits and a digit or ``X``.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("110105194912310020")
        'X'
    """
    ric = compact(None)
    _check_shape(ric, number)
    result: str = _stdnum_ric.calc_check_digit(ric)
    return result


def x_check_digit__mutmut_3(number: object) -> str:
    """Return the check character position 18 of this number should hold.

    Args:
        number: An 18-character number (its last character is ignored).

    Returns:
        ``'0'``-``'9'`` or ``'X'`` (ISO 7064 MOD 11-2).

    Raises:
        InvalidFormat: Not a string, or not 17 digits and a digit or ``X``.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("110105194912310020")
        'X'
    """
    ric = compact(number)
    _check_shape(None, number)
    result: str = _stdnum_ric.calc_check_digit(ric)
    return result


def x_check_digit__mutmut_4(number: object) -> str:
    """Return the check character position 18 of this number should hold.

    Args:
        number: An 18-character number (its last character is ignored).

    Returns:
        ``'0'``-``'9'`` or ``'X'`` (ISO 7064 MOD 11-2).

    Raises:
        InvalidFormat: Not a string, or not 17 digits and a digit or ``X``.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("110105194912310020")
        'X'
    """
    ric = compact(number)
    _check_shape(ric, None)
    result: str = _stdnum_ric.calc_check_digit(ric)
    return result


def x_check_digit__mutmut_5(number: object) -> str:
    """Return the check character position 18 of this number should hold.

    Args:
        number: An 18-character number (its last character is ignored).

    Returns:
        ``'0'``-``'9'`` or ``'X'`` (ISO 7064 MOD 11-2).

    Raises:
        InvalidFormat: Not a string, or not 17 digits and a digit or ``X``.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("110105194912310020")
        'X'
    """
    ric = compact(number)
    _check_shape(number)
    result: str = _stdnum_ric.calc_check_digit(ric)
    return result


def x_check_digit__mutmut_6(number: object) -> str:
    """Return the check character position 18 of this number should hold.

    Args:
        number: An 18-character number (its last character is ignored).

    Returns:
        ``'0'``-``'9'`` or ``'X'`` (ISO 7064 MOD 11-2).

    Raises:
        InvalidFormat: Not a string, or not 17 digits and a digit or ``X``.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("110105194912310020")
        'X'
    """
    ric = compact(number)
    _check_shape(ric, )
    result: str = _stdnum_ric.calc_check_digit(ric)
    return result


def x_check_digit__mutmut_7(number: object) -> str:
    """Return the check character position 18 of this number should hold.

    Args:
        number: An 18-character number (its last character is ignored).

    Returns:
        ``'0'``-``'9'`` or ``'X'`` (ISO 7064 MOD 11-2).

    Raises:
        InvalidFormat: Not a string, or not 17 digits and a digit or ``X``.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("110105194912310020")
        'X'
    """
    ric = compact(number)
    _check_shape(ric, number)
    result: str = None
    return result


def x_check_digit__mutmut_8(number: object) -> str:
    """Return the check character position 18 of this number should hold.

    Args:
        number: An 18-character number (its last character is ignored).

    Returns:
        ``'0'``-``'9'`` or ``'X'`` (ISO 7064 MOD 11-2).

    Raises:
        InvalidFormat: Not a string, or not 17 digits and a digit or ``X``.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("110105194912310020")
        'X'
    """
    ric = compact(number)
    _check_shape(ric, number)
    result: str = _stdnum_ric.calc_check_digit(None)
    return result

mutants_x_check_digit__mutmut['_mutmut_orig'] = x_check_digit__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_1'] = x_check_digit__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_2'] = x_check_digit__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_3'] = x_check_digit__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_4'] = x_check_digit__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_5'] = x_check_digit__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_6'] = x_check_digit__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_7'] = x_check_digit__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_8'] = x_check_digit__mutmut_8 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__birth_date__mutmut)
def _birth_date(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_orig(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_1(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = None
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_2(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(None)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_3(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = ""
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_4(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None and born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_5(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is not None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_6(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year <= _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_7(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = None
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_8(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[7:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_9(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:15]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_10(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(None, field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_11(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=None, value=original)
    return born


def x__birth_date__mutmut_12(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=_FIELD, value=None)
    return born


def x__birth_date__mutmut_13(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(field=_FIELD, value=original)
    return born


def x__birth_date__mutmut_14(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, value=original)
    return born


def x__birth_date__mutmut_15(number: str, original: object) -> date:
    """Return the birth date of a compacted, well-formed number."""
    born: date | None
    try:
        born = _stdnum_ric.get_birth_date(number)
    except ValueError:  # stdnum's InvalidComponent (no such day), or a year ``date`` refuses
        born = None
    if born is None or born.year < _EARLIEST_BIRTH_YEAR:
        msg = f"birth date {number[6:14]} (YYYYMMDD) is not a real date"
        raise InvalidComponent(msg, field=_FIELD, )
    return born

mutants_x__birth_date__mutmut['_mutmut_orig'] = x__birth_date__mutmut_orig # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_1'] = x__birth_date__mutmut_1 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_2'] = x__birth_date__mutmut_2 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_3'] = x__birth_date__mutmut_3 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_4'] = x__birth_date__mutmut_4 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_5'] = x__birth_date__mutmut_5 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_6'] = x__birth_date__mutmut_6 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_7'] = x__birth_date__mutmut_7 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_8'] = x__birth_date__mutmut_8 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_9'] = x__birth_date__mutmut_9 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_10'] = x__birth_date__mutmut_10 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_11'] = x__birth_date__mutmut_11 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_12'] = x__birth_date__mutmut_12 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_13'] = x__birth_date__mutmut_13 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_14'] = x__birth_date__mutmut_14 # type: ignore # mutmut generated
mutants_x__birth_date__mutmut['x__birth_date__mutmut_15'] = x__birth_date__mutmut_15 # type: ignore # mutmut generated
mutants_x_validate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate__mutmut)
def validate(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_orig(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_1(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None or (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_2(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_3(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) and isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_4(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_5(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = None
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_6(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(None).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_7(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(None)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_8(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(None, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_9(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field=None, value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_10(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=None)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_11(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_12(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_13(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", )
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_14(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="XXas_ofXX", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_15(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="AS_OF", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_16(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = None
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_17(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(None)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_18(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = None
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_19(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(None)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_20(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[+1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_21(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-2] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_22(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] == expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_23(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = None
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_24(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[+1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_25(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-2]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_26(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(None, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_27(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=None, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_28(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=None)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_29(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_30(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_31(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, )
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_32(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:3] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_33(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_34(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = None
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_35(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:3]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_36(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(None, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_37(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=None, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_38(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=None)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_39(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_40(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_41(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, )
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_42(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = None
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_43(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(None, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_44(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, None)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_45(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_46(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, )
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_47(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None or born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_48(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_49(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born >= as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_50(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = None
        raise InvalidComponent(msg, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_51(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(None, field=_FIELD, value=number)
    return ric


def x_validate__mutmut_52(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=None, value=number)
    return ric


def x_validate__mutmut_53(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, value=None)
    return ric


def x_validate__mutmut_54(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(field=_FIELD, value=number)
    return ric


def x_validate__mutmut_55(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, value=number)
    return ric


def x_validate__mutmut_56(number: object, *, as_of: date | None = None) -> str:
    """Check a resident ID number and return it in normalised form.

    Args:
        number: The number to check.
        as_of: When given, a birth date after this day is refused. The clock
            is never read: pass the business date explicitly.

    Returns:
        The 18-character number, upper-cased (``x`` becomes ``X``).

    Raises:
        InvalidFormat: Not a string, or not 17 digits followed by a digit or ``X``.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.
        InvalidComponent: Unknown province code, a birth date that is not a
            real date, or one after ``as_of``.

    Examples:
        >>> validate("110105194912310021")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: resident ID check character is '1', expected 'X'
        >>> validate("11010520300101001X", as_of=date(2026, 3, 1))
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: birth date 2030-01-01 is after 2026-03-01
    """
    if as_of is not None and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
        msg = f"as_of: expected a date or None, got {type(as_of).__name__} {shown(as_of)}"
        raise InvalidFormat(msg, field="as_of", value=as_of)
    ric = compact(number)
    expected = check_digit(number)
    if ric[-1] != expected:
        msg = f"resident ID check character is {ric[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    if ric[:2] not in PROVINCE_CODES:
        msg = f"unknown province code {ric[:2]!r} in resident ID number"
        raise InvalidComponent(msg, field=_FIELD, value=number)
    born = _birth_date(ric, number)
    if as_of is not None and born > as_of:
        msg = f"birth date {born.isoformat()} is after {as_of.isoformat()}"
        raise InvalidComponent(msg, field=_FIELD, )
    return ric

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
mutants_x_validate__mutmut['x_validate__mutmut_12'] = x_validate__mutmut_12 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_13'] = x_validate__mutmut_13 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_14'] = x_validate__mutmut_14 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_15'] = x_validate__mutmut_15 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_16'] = x_validate__mutmut_16 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_17'] = x_validate__mutmut_17 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_18'] = x_validate__mutmut_18 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_19'] = x_validate__mutmut_19 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_20'] = x_validate__mutmut_20 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_21'] = x_validate__mutmut_21 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_22'] = x_validate__mutmut_22 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_23'] = x_validate__mutmut_23 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_24'] = x_validate__mutmut_24 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_25'] = x_validate__mutmut_25 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_26'] = x_validate__mutmut_26 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_27'] = x_validate__mutmut_27 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_28'] = x_validate__mutmut_28 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_29'] = x_validate__mutmut_29 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_30'] = x_validate__mutmut_30 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_31'] = x_validate__mutmut_31 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_32'] = x_validate__mutmut_32 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_33'] = x_validate__mutmut_33 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_34'] = x_validate__mutmut_34 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_35'] = x_validate__mutmut_35 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_36'] = x_validate__mutmut_36 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_37'] = x_validate__mutmut_37 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_38'] = x_validate__mutmut_38 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_39'] = x_validate__mutmut_39 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_40'] = x_validate__mutmut_40 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_41'] = x_validate__mutmut_41 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_42'] = x_validate__mutmut_42 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_43'] = x_validate__mutmut_43 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_44'] = x_validate__mutmut_44 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_45'] = x_validate__mutmut_45 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_46'] = x_validate__mutmut_46 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_47'] = x_validate__mutmut_47 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_48'] = x_validate__mutmut_48 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_49'] = x_validate__mutmut_49 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_50'] = x_validate__mutmut_50 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_51'] = x_validate__mutmut_51 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_52'] = x_validate__mutmut_52 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_53'] = x_validate__mutmut_53 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_54'] = x_validate__mutmut_54 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_55'] = x_validate__mutmut_55 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_56'] = x_validate__mutmut_56 # type: ignore # mutmut generated
mutants_x_is_valid__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_valid__mutmut)
def is_valid(number: object, *, as_of: date | None = None) -> bool:
    """Tell whether ``number`` is a valid resident ID number; never raises.

    Args:
        number: Anything.
        as_of: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("11010519491231002X"), is_valid("110105194913310023"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, as_of=as_of)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_orig(number: object, *, as_of: date | None = None) -> bool:
    """Tell whether ``number`` is a valid resident ID number; never raises.

    Args:
        number: Anything.
        as_of: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("11010519491231002X"), is_valid("110105194913310023"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, as_of=as_of)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_1(number: object, *, as_of: date | None = None) -> bool:
    """Tell whether ``number`` is a valid resident ID number; never raises.

    Args:
        number: Anything.
        as_of: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("11010519491231002X"), is_valid("110105194913310023"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(None, as_of=as_of)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_2(number: object, *, as_of: date | None = None) -> bool:
    """Tell whether ``number`` is a valid resident ID number; never raises.

    Args:
        number: Anything.
        as_of: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("11010519491231002X"), is_valid("110105194913310023"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, as_of=None)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_3(number: object, *, as_of: date | None = None) -> bool:
    """Tell whether ``number`` is a valid resident ID number; never raises.

    Args:
        number: Anything.
        as_of: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("11010519491231002X"), is_valid("110105194913310023"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(as_of=as_of)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_4(number: object, *, as_of: date | None = None) -> bool:
    """Tell whether ``number`` is a valid resident ID number; never raises.

    Args:
        number: Anything.
        as_of: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("11010519491231002X"), is_valid("110105194913310023"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, )
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_5(number: object, *, as_of: date | None = None) -> bool:
    """Tell whether ``number`` is a valid resident ID number; never raises.

    Args:
        number: Anything.
        as_of: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("11010519491231002X"), is_valid("110105194913310023"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, as_of=as_of)
    except ValidationError:
        return True
    return True


def x_is_valid__mutmut_6(number: object, *, as_of: date | None = None) -> bool:
    """Tell whether ``number`` is a valid resident ID number; never raises.

    Args:
        number: Anything.
        as_of: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("11010519491231002X"), is_valid("110105194913310023"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, as_of=as_of)
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
mutants_x_birth_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_birth_date__mutmut)
def birth_date(number: object) -> date:
    """Return the birth date written in a valid resident ID number.

    Args:
        number: A resident ID number.

    Returns:
        The birth date.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> birth_date("11010519491231002X").isoformat()
        '1949-12-31'
    """
    ric = validate(number)
    return _birth_date(ric, number)


def x_birth_date__mutmut_orig(number: object) -> date:
    """Return the birth date written in a valid resident ID number.

    Args:
        number: A resident ID number.

    Returns:
        The birth date.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> birth_date("11010519491231002X").isoformat()
        '1949-12-31'
    """
    ric = validate(number)
    return _birth_date(ric, number)


def x_birth_date__mutmut_1(number: object) -> date:
    """Return the birth date written in a valid resident ID number.

    Args:
        number: A resident ID number.

    Returns:
        The birth date.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> birth_date("11010519491231002X").isoformat()
        '1949-12-31'
    """
    ric = None
    return _birth_date(ric, number)


def x_birth_date__mutmut_2(number: object) -> date:
    """Return the birth date written in a valid resident ID number.

    Args:
        number: A resident ID number.

    Returns:
        The birth date.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> birth_date("11010519491231002X").isoformat()
        '1949-12-31'
    """
    ric = validate(None)
    return _birth_date(ric, number)


def x_birth_date__mutmut_3(number: object) -> date:
    """Return the birth date written in a valid resident ID number.

    Args:
        number: A resident ID number.

    Returns:
        The birth date.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> birth_date("11010519491231002X").isoformat()
        '1949-12-31'
    """
    ric = validate(number)
    return _birth_date(None, number)


def x_birth_date__mutmut_4(number: object) -> date:
    """Return the birth date written in a valid resident ID number.

    Args:
        number: A resident ID number.

    Returns:
        The birth date.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> birth_date("11010519491231002X").isoformat()
        '1949-12-31'
    """
    ric = validate(number)
    return _birth_date(ric, None)


def x_birth_date__mutmut_5(number: object) -> date:
    """Return the birth date written in a valid resident ID number.

    Args:
        number: A resident ID number.

    Returns:
        The birth date.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> birth_date("11010519491231002X").isoformat()
        '1949-12-31'
    """
    ric = validate(number)
    return _birth_date(number)


def x_birth_date__mutmut_6(number: object) -> date:
    """Return the birth date written in a valid resident ID number.

    Args:
        number: A resident ID number.

    Returns:
        The birth date.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> birth_date("11010519491231002X").isoformat()
        '1949-12-31'
    """
    ric = validate(number)
    return _birth_date(ric, )

mutants_x_birth_date__mutmut['_mutmut_orig'] = x_birth_date__mutmut_orig # type: ignore # mutmut generated
mutants_x_birth_date__mutmut['x_birth_date__mutmut_1'] = x_birth_date__mutmut_1 # type: ignore # mutmut generated
mutants_x_birth_date__mutmut['x_birth_date__mutmut_2'] = x_birth_date__mutmut_2 # type: ignore # mutmut generated
mutants_x_birth_date__mutmut['x_birth_date__mutmut_3'] = x_birth_date__mutmut_3 # type: ignore # mutmut generated
mutants_x_birth_date__mutmut['x_birth_date__mutmut_4'] = x_birth_date__mutmut_4 # type: ignore # mutmut generated
mutants_x_birth_date__mutmut['x_birth_date__mutmut_5'] = x_birth_date__mutmut_5 # type: ignore # mutmut generated
mutants_x_birth_date__mutmut['x_birth_date__mutmut_6'] = x_birth_date__mutmut_6 # type: ignore # mutmut generated
mutants_x_gender__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_gender__mutmut)
def gender(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "male" if int(ric[16]) % 2 else "female"


def x_gender__mutmut_orig(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "male" if int(ric[16]) % 2 else "female"


def x_gender__mutmut_1(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = None
    return "male" if int(ric[16]) % 2 else "female"


def x_gender__mutmut_2(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(None)
    return "male" if int(ric[16]) % 2 else "female"


def x_gender__mutmut_3(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "male" if (int(ric[16]) % 2) and False else "female"


def x_gender__mutmut_4(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "male" if (int(ric[16]) % 2) or True else "female"


def x_gender__mutmut_5(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "XXmaleXX" if int(ric[16]) % 2 else "female"


def x_gender__mutmut_6(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "MALE" if int(ric[16]) % 2 else "female"


def x_gender__mutmut_7(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "male" if int(ric[16]) / 2 else "female"


def x_gender__mutmut_8(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "male" if int(None) % 2 else "female"


def x_gender__mutmut_9(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "male" if int(ric[17]) % 2 else "female"


def x_gender__mutmut_10(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "male" if int(ric[16]) % 3 else "female"


def x_gender__mutmut_11(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "male" if int(ric[16]) % 2 else "XXfemaleXX"


def x_gender__mutmut_12(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "male" if int(ric[16]) % 2 else "FEMALE"

mutants_x_gender__mutmut['_mutmut_orig'] = x_gender__mutmut_orig # type: ignore # mutmut generated
mutants_x_gender__mutmut['x_gender__mutmut_1'] = x_gender__mutmut_1 # type: ignore # mutmut generated
mutants_x_gender__mutmut['x_gender__mutmut_2'] = x_gender__mutmut_2 # type: ignore # mutmut generated
mutants_x_gender__mutmut['x_gender__mutmut_3'] = x_gender__mutmut_3 # type: ignore # mutmut generated
mutants_x_gender__mutmut['x_gender__mutmut_4'] = x_gender__mutmut_4 # type: ignore # mutmut generated
mutants_x_gender__mutmut['x_gender__mutmut_5'] = x_gender__mutmut_5 # type: ignore # mutmut generated
mutants_x_gender__mutmut['x_gender__mutmut_6'] = x_gender__mutmut_6 # type: ignore # mutmut generated
mutants_x_gender__mutmut['x_gender__mutmut_7'] = x_gender__mutmut_7 # type: ignore # mutmut generated
mutants_x_gender__mutmut['x_gender__mutmut_8'] = x_gender__mutmut_8 # type: ignore # mutmut generated
mutants_x_gender__mutmut['x_gender__mutmut_9'] = x_gender__mutmut_9 # type: ignore # mutmut generated
mutants_x_gender__mutmut['x_gender__mutmut_10'] = x_gender__mutmut_10 # type: ignore # mutmut generated
mutants_x_gender__mutmut['x_gender__mutmut_11'] = x_gender__mutmut_11 # type: ignore # mutmut generated
mutants_x_gender__mutmut['x_gender__mutmut_12'] = x_gender__mutmut_12 # type: ignore # mutmut generated
mutants_x_mask__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mask__mutmut)
def mask(number: object) -> str:
    """Return a valid resident ID number with its middle ten characters hidden.

    The first four (province and prefecture) and the last four stay visible,
    so the number can be recognised but not reconstructed or dated.

    Args:
        number: A resident ID number.

    Returns:
        e.g. ``'1101**********002X'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("110105 19491231 002X")
        '1101**********002X'
    """
    ric = validate(number)
    return f"{ric[:4]}{'*' * 10}{ric[-4:]}"


def x_mask__mutmut_orig(number: object) -> str:
    """Return a valid resident ID number with its middle ten characters hidden.

    The first four (province and prefecture) and the last four stay visible,
    so the number can be recognised but not reconstructed or dated.

    Args:
        number: A resident ID number.

    Returns:
        e.g. ``'1101**********002X'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("110105 19491231 002X")
        '1101**********002X'
    """
    ric = validate(number)
    return f"{ric[:4]}{'*' * 10}{ric[-4:]}"


def x_mask__mutmut_1(number: object) -> str:
    """Return a valid resident ID number with its middle ten characters hidden.

    The first four (province and prefecture) and the last four stay visible,
    so the number can be recognised but not reconstructed or dated.

    Args:
        number: A resident ID number.

    Returns:
        e.g. ``'1101**********002X'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("110105 19491231 002X")
        '1101**********002X'
    """
    ric = None
    return f"{ric[:4]}{'*' * 10}{ric[-4:]}"


def x_mask__mutmut_2(number: object) -> str:
    """Return a valid resident ID number with its middle ten characters hidden.

    The first four (province and prefecture) and the last four stay visible,
    so the number can be recognised but not reconstructed or dated.

    Args:
        number: A resident ID number.

    Returns:
        e.g. ``'1101**********002X'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("110105 19491231 002X")
        '1101**********002X'
    """
    ric = validate(None)
    return f"{ric[:4]}{'*' * 10}{ric[-4:]}"


def x_mask__mutmut_3(number: object) -> str:
    """Return a valid resident ID number with its middle ten characters hidden.

    The first four (province and prefecture) and the last four stay visible,
    so the number can be recognised but not reconstructed or dated.

    Args:
        number: A resident ID number.

    Returns:
        e.g. ``'1101**********002X'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("110105 19491231 002X")
        '1101**********002X'
    """
    ric = validate(number)
    return f"{ric[:5]}{'*' * 10}{ric[-4:]}"


def x_mask__mutmut_4(number: object) -> str:
    """Return a valid resident ID number with its middle ten characters hidden.

    The first four (province and prefecture) and the last four stay visible,
    so the number can be recognised but not reconstructed or dated.

    Args:
        number: A resident ID number.

    Returns:
        e.g. ``'1101**********002X'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("110105 19491231 002X")
        '1101**********002X'
    """
    ric = validate(number)
    return f"{ric[:4]}{'*' / 10}{ric[-4:]}"


def x_mask__mutmut_5(number: object) -> str:
    """Return a valid resident ID number with its middle ten characters hidden.

    The first four (province and prefecture) and the last four stay visible,
    so the number can be recognised but not reconstructed or dated.

    Args:
        number: A resident ID number.

    Returns:
        e.g. ``'1101**********002X'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("110105 19491231 002X")
        '1101**********002X'
    """
    ric = validate(number)
    return f"{ric[:4]}{'XX*XX' * 10}{ric[-4:]}"


def x_mask__mutmut_6(number: object) -> str:
    """Return a valid resident ID number with its middle ten characters hidden.

    The first four (province and prefecture) and the last four stay visible,
    so the number can be recognised but not reconstructed or dated.

    Args:
        number: A resident ID number.

    Returns:
        e.g. ``'1101**********002X'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("110105 19491231 002X")
        '1101**********002X'
    """
    ric = validate(number)
    return f"{ric[:4]}{'*' * 11}{ric[-4:]}"


def x_mask__mutmut_7(number: object) -> str:
    """Return a valid resident ID number with its middle ten characters hidden.

    The first four (province and prefecture) and the last four stay visible,
    so the number can be recognised but not reconstructed or dated.

    Args:
        number: A resident ID number.

    Returns:
        e.g. ``'1101**********002X'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("110105 19491231 002X")
        '1101**********002X'
    """
    ric = validate(number)
    return f"{ric[:4]}{'*' * 10}{ric[+4:]}"


def x_mask__mutmut_8(number: object) -> str:
    """Return a valid resident ID number with its middle ten characters hidden.

    The first four (province and prefecture) and the last four stay visible,
    so the number can be recognised but not reconstructed or dated.

    Args:
        number: A resident ID number.

    Returns:
        e.g. ``'1101**********002X'``.

    Raises:
        ValidationError: The number is not valid (see :func:`validate`).

    Examples:
        >>> mask("110105 19491231 002X")
        '1101**********002X'
    """
    ric = validate(number)
    return f"{ric[:4]}{'*' * 10}{ric[-5:]}"

mutants_x_mask__mutmut['_mutmut_orig'] = x_mask__mutmut_orig # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_1'] = x_mask__mutmut_1 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_2'] = x_mask__mutmut_2 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_3'] = x_mask__mutmut_3 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_4'] = x_mask__mutmut_4 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_5'] = x_mask__mutmut_5 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_6'] = x_mask__mutmut_6 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_7'] = x_mask__mutmut_7 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_8'] = x_mask__mutmut_8 # type: ignore # mutmut generated
