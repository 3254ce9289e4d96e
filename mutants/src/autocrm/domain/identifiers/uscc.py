"""Unified social credit codes (统一社会信用代码, GB 32100-2015).

Every registered organisation in China (company, public institution, social
organisation, individual business...) has one. It is the company's tax number,
so SPEC section 1 stores it for corporate customers. Its 18 characters are
drawn from the digits and the letters except ``I``, ``O``, ``S``, ``V`` and
``Z``:

* position 1, the registering authority (``9`` market regulation, ``1``
  institutional staffing, ``5`` civil affairs, ``N`` agriculture, ``Y``
  others...), and position 2, the kind of organisation;
* positions 3-8, the administrative-division code of the registering office;
* positions 9-17, the organisation code;
* position 18, a check character (weights ``3**i mod 31``).

python-stdnum's ``cn.uscc`` computes the check character used here. Its
``validate`` insists that the first two characters are digits, which would
refuse real codes from authorities with letter codes (``N2...`` rural
collective economic organisations, ``Y1...``), so the shape is checked here.

Examples:
    >>> validate("91110000600037341l")
    '91110000600037341L'
    >>> is_valid("91110000600037341A")
    False
"""

from __future__ import annotations

from stdnum.cn import uscc as _stdnum_uscc

from autocrm.domain.identifiers._text import fold
from autocrm.errors import (
    InvalidChecksum,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

__all__ = ["check_digit", "compact", "is_valid", "validate"]

_FIELD = "uscc"
_LENGTH = 18
# GB 32100 code alphabet: digits and upper-case letters without I, O, S, V, Z.
_ALPHABET = frozenset("0123456789ABCDEFGHJKLMNPQRTUWXY")
_DIGITS = frozenset("0123456789")
_SEPARATORS = frozenset(" \t\n\r\u3000-")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_compact__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_compact__mutmut)
def compact(number: object) -> str:
    """Return the code without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The code as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("9 1 110000 600037341l")
        '91110000600037341L'
    """
    return fold(number, what="a unified social credit code", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_orig(number: object) -> str:
    """Return the code without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The code as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("9 1 110000 600037341l")
        '91110000600037341L'
    """
    return fold(number, what="a unified social credit code", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_1(number: object) -> str:
    """Return the code without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The code as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("9 1 110000 600037341l")
        '91110000600037341L'
    """
    return fold(None, what="a unified social credit code", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_2(number: object) -> str:
    """Return the code without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The code as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("9 1 110000 600037341l")
        '91110000600037341L'
    """
    return fold(number, what=None, field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_3(number: object) -> str:
    """Return the code without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The code as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("9 1 110000 600037341l")
        '91110000600037341L'
    """
    return fold(number, what="a unified social credit code", field=None, separators=_SEPARATORS)


def x_compact__mutmut_4(number: object) -> str:
    """Return the code without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The code as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("9 1 110000 600037341l")
        '91110000600037341L'
    """
    return fold(number, what="a unified social credit code", field=_FIELD, separators=None)


def x_compact__mutmut_5(number: object) -> str:
    """Return the code without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The code as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("9 1 110000 600037341l")
        '91110000600037341L'
    """
    return fold(what="a unified social credit code", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_6(number: object) -> str:
    """Return the code without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The code as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("9 1 110000 600037341l")
        '91110000600037341L'
    """
    return fold(number, field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_7(number: object) -> str:
    """Return the code without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The code as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("9 1 110000 600037341l")
        '91110000600037341L'
    """
    return fold(number, what="a unified social credit code", separators=_SEPARATORS)


def x_compact__mutmut_8(number: object) -> str:
    """Return the code without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The code as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("9 1 110000 600037341l")
        '91110000600037341L'
    """
    return fold(number, what="a unified social credit code", field=_FIELD, )


def x_compact__mutmut_9(number: object) -> str:
    """Return the code without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The code as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("9 1 110000 600037341l")
        '91110000600037341L'
    """
    return fold(number, what="XXa unified social credit codeXX", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_10(number: object) -> str:
    """Return the code without spaces or hyphens, full-width forms folded, upper-cased.

    Args:
        number: The code as typed.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("9 1 110000 600037341l")
        '91110000600037341L'
    """
    return fold(number, what="A UNIFIED SOCIAL CREDIT CODE", field=_FIELD, separators=_SEPARATORS)

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
mutants_x__check_shape__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_shape__mutmut)
def _check_shape(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_orig(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_1(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) == _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_2(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = None
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_3(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(None, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_4(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=None, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_5(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=None)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_6(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_7(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_8(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, )
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_9(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(None, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_10(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=None):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_11(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_12(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, ):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_13(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=2):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_14(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_15(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = None
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_16(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "XXsocial credit codesXX"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_17(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "SOCIAL CREDIT CODES"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_18(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(None, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_19(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=None, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_20(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=None)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_21(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_22(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_23(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, )
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_24(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_25(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(None):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_26(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char not in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_27(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[3:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_28(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:9]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_29(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = None
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_30(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[3:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_31(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:9]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_32(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(None, field=_FIELD, value=original)


def x__check_shape__mutmut_33(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=None, value=original)


def x__check_shape__mutmut_34(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, field=_FIELD, value=None)


def x__check_shape__mutmut_35(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(field=_FIELD, value=original)


def x__check_shape__mutmut_36(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
        raise InvalidFormat(msg, value=original)


def x__check_shape__mutmut_37(code: str, original: object) -> None:
    """Refuse a compacted code whose length or characters are wrong."""
    if len(code) != _LENGTH:
        msg = f"a unified social credit code has {_LENGTH} characters, got {len(code)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(code, start=1):
        if char not in _ALPHABET:
            msg = (
                f"character {char!r} (position {position}) is not used in unified "
                "social credit codes"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in code[2:8]):
        msg = f"positions 3-8 must be an administrative-division code, got {code[2:8]!r}"
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
mutants_x__check_shape__mutmut['x__check_shape__mutmut_31'] = x__check_shape__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_32'] = x__check_shape__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_33'] = x__check_shape__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_34'] = x__check_shape__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_35'] = x__check_shape__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_36'] = x__check_shape__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_shape__mutmut['x__check_shape__mutmut_37'] = x__check_shape__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_digit__mutmut)
def check_digit(number: object) -> str:
    """Return the check character position 18 of this code should hold.

    Args:
        number: An 18-character code (its last character is ignored).

    Returns:
        One character of the code alphabet.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("911100006000373410")
        'L'
    """
    code = compact(number)
    _check_shape(code, number)
    result: str = _stdnum_uscc.calc_check_digit(code)
    return result


def x_check_digit__mutmut_orig(number: object) -> str:
    """Return the check character position 18 of this code should hold.

    Args:
        number: An 18-character code (its last character is ignored).

    Returns:
        One character of the code alphabet.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("911100006000373410")
        'L'
    """
    code = compact(number)
    _check_shape(code, number)
    result: str = _stdnum_uscc.calc_check_digit(code)
    return result


def x_check_digit__mutmut_1(number: object) -> str:
    """Return the check character position 18 of this code should hold.

    Args:
        number: An 18-character code (its last character is ignored).

    Returns:
        One character of the code alphabet.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("911100006000373410")
        'L'
    """
    code = None
    _check_shape(code, number)
    result: str = _stdnum_uscc.calc_check_digit(code)
    return result


def x_check_digit__mutmut_2(number: object) -> str:
    """Return the check character position 18 of this code should hold.

    Args:
        number: An 18-character code (its last character is ignored).

    Returns:
        One character of the code alphabet.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("911100006000373410")
        'L'
    """
    code = compact(None)
    _check_shape(code, number)
    result: str = _stdnum_uscc.calc_check_digit(code)
    return result


def x_check_digit__mutmut_3(number: object) -> str:
    """Return the check character position 18 of this code should hold.

    Args:
        number: An 18-character code (its last character is ignored).

    Returns:
        One character of the code alphabet.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("911100006000373410")
        'L'
    """
    code = compact(number)
    _check_shape(None, number)
    result: str = _stdnum_uscc.calc_check_digit(code)
    return result


def x_check_digit__mutmut_4(number: object) -> str:
    """Return the check character position 18 of this code should hold.

    Args:
        number: An 18-character code (its last character is ignored).

    Returns:
        One character of the code alphabet.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("911100006000373410")
        'L'
    """
    code = compact(number)
    _check_shape(code, None)
    result: str = _stdnum_uscc.calc_check_digit(code)
    return result


def x_check_digit__mutmut_5(number: object) -> str:
    """Return the check character position 18 of this code should hold.

    Args:
        number: An 18-character code (its last character is ignored).

    Returns:
        One character of the code alphabet.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("911100006000373410")
        'L'
    """
    code = compact(number)
    _check_shape(number)
    result: str = _stdnum_uscc.calc_check_digit(code)
    return result


def x_check_digit__mutmut_6(number: object) -> str:
    """Return the check character position 18 of this code should hold.

    Args:
        number: An 18-character code (its last character is ignored).

    Returns:
        One character of the code alphabet.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("911100006000373410")
        'L'
    """
    code = compact(number)
    _check_shape(code, )
    result: str = _stdnum_uscc.calc_check_digit(code)
    return result


def x_check_digit__mutmut_7(number: object) -> str:
    """Return the check character position 18 of this code should hold.

    Args:
        number: An 18-character code (its last character is ignored).

    Returns:
        One character of the code alphabet.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("911100006000373410")
        'L'
    """
    code = compact(number)
    _check_shape(code, number)
    result: str = None
    return result


def x_check_digit__mutmut_8(number: object) -> str:
    """Return the check character position 18 of this code should hold.

    Args:
        number: An 18-character code (its last character is ignored).

    Returns:
        One character of the code alphabet.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet.
        InvalidLength: Not 18 characters.

    Examples:
        >>> check_digit("911100006000373410")
        'L'
    """
    code = compact(number)
    _check_shape(code, number)
    result: str = _stdnum_uscc.calc_check_digit(None)
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
mutants_x_validate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate__mutmut)
def validate(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    return code


def x_validate__mutmut_orig(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    return code


def x_validate__mutmut_1(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = None
    code = compact(number)
    if code[-1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    return code


def x_validate__mutmut_2(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(None)
    code = compact(number)
    if code[-1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    return code


def x_validate__mutmut_3(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = None
    if code[-1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    return code


def x_validate__mutmut_4(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(None)
    if code[-1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    return code


def x_validate__mutmut_5(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[+1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    return code


def x_validate__mutmut_6(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-2] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    return code


def x_validate__mutmut_7(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-1] == expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    return code


def x_validate__mutmut_8(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-1] != expected:
        msg = None
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    return code


def x_validate__mutmut_9(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-1] != expected:
        msg = f"USCC check character is {code[+1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    return code


def x_validate__mutmut_10(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-1] != expected:
        msg = f"USCC check character is {code[-2]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=number)
    return code


def x_validate__mutmut_11(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(None, field=_FIELD, value=number)
    return code


def x_validate__mutmut_12(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=None, value=number)
    return code


def x_validate__mutmut_13(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, value=None)
    return code


def x_validate__mutmut_14(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(field=_FIELD, value=number)
    return code


def x_validate__mutmut_15(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, value=number)
    return code


def x_validate__mutmut_16(number: object) -> str:
    """Check a unified social credit code and return it in normalised form.

    Args:
        number: The code to check.

    Returns:
        The 18-character code, upper-cased.

    Raises:
        InvalidFormat: Not a string, or a character outside the code alphabet,
            or positions 3-8 not digits.
        InvalidLength: Not 18 characters.
        InvalidChecksum: The check character does not match.

    Examples:
        >>> validate("91110000600037341A")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: USCC check character is 'A', expected 'L'
    """
    expected = check_digit(number)
    code = compact(number)
    if code[-1] != expected:
        msg = f"USCC check character is {code[-1]!r}, expected {expected!r}"
        raise InvalidChecksum(msg, field=_FIELD, )
    return code

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
mutants_x_is_valid__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_valid__mutmut)
def is_valid(number: object) -> bool:
    """Tell whether ``number`` is a valid unified social credit code; never raises.

    Args:
        number: Anything.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("91110000802100433B"), is_valid("9111000080210043"), is_valid(b"x")
        (True, False, False)
    """
    try:
        validate(number)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_orig(number: object) -> bool:
    """Tell whether ``number`` is a valid unified social credit code; never raises.

    Args:
        number: Anything.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("91110000802100433B"), is_valid("9111000080210043"), is_valid(b"x")
        (True, False, False)
    """
    try:
        validate(number)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_1(number: object) -> bool:
    """Tell whether ``number`` is a valid unified social credit code; never raises.

    Args:
        number: Anything.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("91110000802100433B"), is_valid("9111000080210043"), is_valid(b"x")
        (True, False, False)
    """
    try:
        validate(None)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_2(number: object) -> bool:
    """Tell whether ``number`` is a valid unified social credit code; never raises.

    Args:
        number: Anything.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("91110000802100433B"), is_valid("9111000080210043"), is_valid(b"x")
        (True, False, False)
    """
    try:
        validate(number)
    except ValidationError:
        return True
    return True


def x_is_valid__mutmut_3(number: object) -> bool:
    """Tell whether ``number`` is a valid unified social credit code; never raises.

    Args:
        number: Anything.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("91110000802100433B"), is_valid("9111000080210043"), is_valid(b"x")
        (True, False, False)
    """
    try:
        validate(number)
    except ValidationError:
        return False
    return False

mutants_x_is_valid__mutmut['_mutmut_orig'] = x_is_valid__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_valid__mutmut['x_is_valid__mutmut_1'] = x_is_valid__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_valid__mutmut['x_is_valid__mutmut_2'] = x_is_valid__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_valid__mutmut['x_is_valid__mutmut_3'] = x_is_valid__mutmut_3 # type: ignore # mutmut generated
