"""VIN (Vehicle Identification Number, 车辆识别代号).

A VIN has 17 characters: digits and the letters A-Z except ``I``, ``O`` and
``Q`` (too easily read as ``1`` and ``0``). ISO 3779 defines the layout: the
world manufacturer identifier (WMI, positions 1-3), the vehicle descriptor
(positions 4-9) and the vehicle indicator (positions 10-17, position 10 being
the model-year code).

Position 9 is a check character (GB 16735 in China, 49 CFR 565 in North
America): each character is transliterated to a number, weighted, summed and
taken modulo 11, a remainder of 10 being written ``X``. Europe does not require
it, so an imported European VIN may fail the check; SPEC section 1 keeps the
check on by default and lets a caller switch it off with
``validate(vin, check_digit=False)``.

Examples:
    >>> validate("1hgcm82633a004352")
    '1HGCM82633A004352'
    >>> is_valid("LSVAU2180N2183294")
    False
    >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
    'WVWZZZ1JZ3W386752'
"""

from __future__ import annotations

from autocrm.domain.identifiers._text import fold
from autocrm.errors import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError

__all__ = ["check_digit", "compact", "is_valid", "model_year_code", "validate", "wmi"]

_FIELD = "vin"
_LENGTH = 17
_CHECK_POSITION = 8  # zero-based index of the 9th character

# ISO 3779 / GB 16735 transliteration: digits stand for themselves; letters are
# numbered A-H 1-8, J-N 1-5, P 7, R 9, S-Z 2-9 (I, O and Q are never used).
_TRANSLITERATION: dict[str, int] = {
    **{str(digit): digit for digit in range(10)},
    **{letter: value for value, letter in enumerate("ABCDEFGH", start=1)},
    **{letter: value for value, letter in enumerate("JKLMN", start=1)},
    "P": 7,
    "R": 9,
    **{letter: value for value, letter in enumerate("STUVWXYZ", start=2)},
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_FORBIDDEN = frozenset("IOQ")
_SEPARATORS = frozenset(" -\t\n\r")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_compact__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_compact__mutmut)
def compact(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(number, what="a VIN", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_orig(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(number, what="a VIN", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_1(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(None, what="a VIN", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_2(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(number, what=None, field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_3(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(number, what="a VIN", field=None, separators=_SEPARATORS)


def x_compact__mutmut_4(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(number, what="a VIN", field=_FIELD, separators=None)


def x_compact__mutmut_5(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(what="a VIN", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_6(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(number, field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_7(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(number, what="a VIN", separators=_SEPARATORS)


def x_compact__mutmut_8(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(number, what="a VIN", field=_FIELD, )


def x_compact__mutmut_9(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(number, what="XXa VINXX", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_10(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(number, what="a vin", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_11(number: object) -> str:
    """Return the VIN without separators and in upper case.

    Full-width characters are folded to ASCII (NFKC); spaces and hyphens are
    removed. Nothing else is checked.

    Args:
        number: The VIN as typed.

    Returns:
        The normalised string.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact(" lsvau 2180-n2183294 ")
        'LSVAU2180N2183294'
    """
    return fold(number, what="A VIN", field=_FIELD, separators=_SEPARATORS)

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
def _check_shape(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_orig(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_1(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) == _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_2(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = None
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_3(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(None, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_4(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=None, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_5(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=None)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_6(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_7(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_8(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, )
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_9(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(None, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_10(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=None):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_11(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_12(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, ):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_13(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=2):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_14(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char not in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_15(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = None
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_16(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(None, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_17(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=None, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_18(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=None)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_19(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_20(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_21(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, )
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_22(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_23(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = None
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_shape__mutmut_24(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(None, field=_FIELD, value=original)


def x__check_shape__mutmut_25(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=None, value=original)


def x__check_shape__mutmut_26(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=None)


def x__check_shape__mutmut_27(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(field=_FIELD, value=original)


def x__check_shape__mutmut_28(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
            raise InvalidFormat(msg, value=original)


def x__check_shape__mutmut_29(number: str, original: object) -> None:
    """Refuse a compacted VIN whose length or characters are wrong."""
    if len(number) != _LENGTH:
        msg = f"a VIN has {_LENGTH} characters, got {len(number)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    for position, char in enumerate(number, start=1):
        if char in _FORBIDDEN:
            msg = f"letter {char!r} (position {position}) is never used in a VIN"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _TRANSLITERATION:
            msg = f"character {char!r} (position {position}) is not allowed in a VIN"
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
mutants_x__calc_check_digit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__calc_check_digit__mutmut)
def _calc_check_digit(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_orig(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_1(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = None
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_2(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        None
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_3(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] / weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_4(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(None, _WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_5(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, None, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_6(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=None)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_7(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(_WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_8(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_9(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, )
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_10(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=False)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_11(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = None
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_12(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total / 11
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_13(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total % 12
    return "X" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_14(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if (remainder == 10) and False else str(remainder)


def x__calc_check_digit__mutmut_15(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if (remainder == 10) or True else str(remainder)


def x__calc_check_digit__mutmut_16(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "XXXXX" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_17(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "x" if remainder == 10 else str(remainder)


def x__calc_check_digit__mutmut_18(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if remainder != 10 else str(remainder)


def x__calc_check_digit__mutmut_19(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 11 else str(remainder)


def x__calc_check_digit__mutmut_20(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(None)

mutants_x__calc_check_digit__mutmut['_mutmut_orig'] = x__calc_check_digit__mutmut_orig # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_1'] = x__calc_check_digit__mutmut_1 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_2'] = x__calc_check_digit__mutmut_2 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_3'] = x__calc_check_digit__mutmut_3 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_4'] = x__calc_check_digit__mutmut_4 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_5'] = x__calc_check_digit__mutmut_5 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_6'] = x__calc_check_digit__mutmut_6 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_7'] = x__calc_check_digit__mutmut_7 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_8'] = x__calc_check_digit__mutmut_8 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_9'] = x__calc_check_digit__mutmut_9 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_10'] = x__calc_check_digit__mutmut_10 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_11'] = x__calc_check_digit__mutmut_11 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_12'] = x__calc_check_digit__mutmut_12 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_13'] = x__calc_check_digit__mutmut_13 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_14'] = x__calc_check_digit__mutmut_14 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_15'] = x__calc_check_digit__mutmut_15 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_16'] = x__calc_check_digit__mutmut_16 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_17'] = x__calc_check_digit__mutmut_17 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_18'] = x__calc_check_digit__mutmut_18 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_19'] = x__calc_check_digit__mutmut_19 # type: ignore # mutmut generated
mutants_x__calc_check_digit__mutmut['x__calc_check_digit__mutmut_20'] = x__calc_check_digit__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_digit__mutmut)
def check_digit(vin: object) -> str:
    """Return the check character position 9 of this VIN should hold.

    Whatever is at position 9 is ignored.

    Args:
        vin: A 17-character VIN.

    Returns:
        ``'0'``-``'9'`` or ``'X'``.

    Raises:
        InvalidFormat: Not a string, or a character a VIN cannot hold.
        InvalidLength: Not 17 characters once compacted.

    Examples:
        >>> check_digit("LSVAU2180N2183294")
        'X'
    """
    number = compact(vin)
    _check_shape(number, vin)
    return _calc_check_digit(number)


def x_check_digit__mutmut_orig(vin: object) -> str:
    """Return the check character position 9 of this VIN should hold.

    Whatever is at position 9 is ignored.

    Args:
        vin: A 17-character VIN.

    Returns:
        ``'0'``-``'9'`` or ``'X'``.

    Raises:
        InvalidFormat: Not a string, or a character a VIN cannot hold.
        InvalidLength: Not 17 characters once compacted.

    Examples:
        >>> check_digit("LSVAU2180N2183294")
        'X'
    """
    number = compact(vin)
    _check_shape(number, vin)
    return _calc_check_digit(number)


def x_check_digit__mutmut_1(vin: object) -> str:
    """Return the check character position 9 of this VIN should hold.

    Whatever is at position 9 is ignored.

    Args:
        vin: A 17-character VIN.

    Returns:
        ``'0'``-``'9'`` or ``'X'``.

    Raises:
        InvalidFormat: Not a string, or a character a VIN cannot hold.
        InvalidLength: Not 17 characters once compacted.

    Examples:
        >>> check_digit("LSVAU2180N2183294")
        'X'
    """
    number = None
    _check_shape(number, vin)
    return _calc_check_digit(number)


def x_check_digit__mutmut_2(vin: object) -> str:
    """Return the check character position 9 of this VIN should hold.

    Whatever is at position 9 is ignored.

    Args:
        vin: A 17-character VIN.

    Returns:
        ``'0'``-``'9'`` or ``'X'``.

    Raises:
        InvalidFormat: Not a string, or a character a VIN cannot hold.
        InvalidLength: Not 17 characters once compacted.

    Examples:
        >>> check_digit("LSVAU2180N2183294")
        'X'
    """
    number = compact(None)
    _check_shape(number, vin)
    return _calc_check_digit(number)


def x_check_digit__mutmut_3(vin: object) -> str:
    """Return the check character position 9 of this VIN should hold.

    Whatever is at position 9 is ignored.

    Args:
        vin: A 17-character VIN.

    Returns:
        ``'0'``-``'9'`` or ``'X'``.

    Raises:
        InvalidFormat: Not a string, or a character a VIN cannot hold.
        InvalidLength: Not 17 characters once compacted.

    Examples:
        >>> check_digit("LSVAU2180N2183294")
        'X'
    """
    number = compact(vin)
    _check_shape(None, vin)
    return _calc_check_digit(number)


def x_check_digit__mutmut_4(vin: object) -> str:
    """Return the check character position 9 of this VIN should hold.

    Whatever is at position 9 is ignored.

    Args:
        vin: A 17-character VIN.

    Returns:
        ``'0'``-``'9'`` or ``'X'``.

    Raises:
        InvalidFormat: Not a string, or a character a VIN cannot hold.
        InvalidLength: Not 17 characters once compacted.

    Examples:
        >>> check_digit("LSVAU2180N2183294")
        'X'
    """
    number = compact(vin)
    _check_shape(number, None)
    return _calc_check_digit(number)


def x_check_digit__mutmut_5(vin: object) -> str:
    """Return the check character position 9 of this VIN should hold.

    Whatever is at position 9 is ignored.

    Args:
        vin: A 17-character VIN.

    Returns:
        ``'0'``-``'9'`` or ``'X'``.

    Raises:
        InvalidFormat: Not a string, or a character a VIN cannot hold.
        InvalidLength: Not 17 characters once compacted.

    Examples:
        >>> check_digit("LSVAU2180N2183294")
        'X'
    """
    number = compact(vin)
    _check_shape(vin)
    return _calc_check_digit(number)


def x_check_digit__mutmut_6(vin: object) -> str:
    """Return the check character position 9 of this VIN should hold.

    Whatever is at position 9 is ignored.

    Args:
        vin: A 17-character VIN.

    Returns:
        ``'0'``-``'9'`` or ``'X'``.

    Raises:
        InvalidFormat: Not a string, or a character a VIN cannot hold.
        InvalidLength: Not 17 characters once compacted.

    Examples:
        >>> check_digit("LSVAU2180N2183294")
        'X'
    """
    number = compact(vin)
    _check_shape(number, )
    return _calc_check_digit(number)


def x_check_digit__mutmut_7(vin: object) -> str:
    """Return the check character position 9 of this VIN should hold.

    Whatever is at position 9 is ignored.

    Args:
        vin: A 17-character VIN.

    Returns:
        ``'0'``-``'9'`` or ``'X'``.

    Raises:
        InvalidFormat: Not a string, or a character a VIN cannot hold.
        InvalidLength: Not 17 characters once compacted.

    Examples:
        >>> check_digit("LSVAU2180N2183294")
        'X'
    """
    number = compact(vin)
    _check_shape(number, vin)
    return _calc_check_digit(None)

mutants_x_check_digit__mutmut['_mutmut_orig'] = x_check_digit__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_1'] = x_check_digit__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_2'] = x_check_digit__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_3'] = x_check_digit__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_4'] = x_check_digit__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_5'] = x_check_digit__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_6'] = x_check_digit__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_digit__mutmut['x_check_digit__mutmut_7'] = x_check_digit__mutmut_7 # type: ignore # mutmut generated
mutants_x_validate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate__mutmut)
def validate(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_orig(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_1(number: object, *, check_digit: bool = False) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_2(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_3(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = None  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_4(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(None).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_5(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(None, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_6(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field=None, value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_7(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=None)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_8(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_9(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_10(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", )
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_11(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="XXcheck_digitXX", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_12(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="CHECK_DIGIT", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_13(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = None
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_14(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(None)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_15(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(None, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_16(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, None)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_17(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_18(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, )
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_19(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = None
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_20(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(None)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_21(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = None
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_22(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual == expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_23(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = None
            raise InvalidChecksum(msg, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_24(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(None, field=_FIELD, value=number)
    return vin


def x_validate__mutmut_25(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=None, value=number)
    return vin


def x_validate__mutmut_26(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, value=None)
    return vin


def x_validate__mutmut_27(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(field=_FIELD, value=number)
    return vin


def x_validate__mutmut_28(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, value=number)
    return vin


def x_validate__mutmut_29(number: object, *, check_digit: bool = True) -> str:
    """Check a VIN and return it in normalised form.

    Args:
        number: The VIN to check.
        check_digit: Verify the check character at position 9. Leave it on
            (the default) except for a VIN the shop knows was issued where the
            check is optional (an imported European car).

    Returns:
        The VIN, compacted and upper-cased.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``/``Q`` or another
            character a VIN cannot hold.
        InvalidLength: Not 17 characters.
        InvalidChecksum: Position 9 is not the computed check character.

    Examples:
        >>> validate("1HGCM82633A004352")
        '1HGCM82633A004352'
        >>> validate("WVWZZZ1JZ3W386752")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidChecksum: VIN check character (position 9) is 'Z', expected '9'
        >>> validate("WVWZZZ1JZ3W386752", check_digit=False)
        'WVWZZZ1JZ3W386752'
    """
    if not isinstance(check_digit, bool):
        msg = f"check_digit: expected True or False, got {type(check_digit).__name__}"  # type: ignore[unreachable]
        raise InvalidFormat(msg, field="check_digit", value=check_digit)
    vin = compact(number)
    _check_shape(vin, number)
    if check_digit:
        expected = _calc_check_digit(vin)
        actual = vin[_CHECK_POSITION]
        if actual != expected:
            msg = f"VIN check character (position 9) is {actual!r}, expected {expected!r}"
            raise InvalidChecksum(msg, field=_FIELD, )
    return vin

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
mutants_x_is_valid__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_valid__mutmut)
def is_valid(number: object, *, check_digit: bool = True) -> bool:
    """Tell whether ``number`` is a valid VIN; never raises.

    Args:
        number: Anything.
        check_digit: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("1HGCM82633A004352"), is_valid("1HGCM82633A0043"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, check_digit=check_digit)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_orig(number: object, *, check_digit: bool = True) -> bool:
    """Tell whether ``number`` is a valid VIN; never raises.

    Args:
        number: Anything.
        check_digit: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("1HGCM82633A004352"), is_valid("1HGCM82633A0043"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, check_digit=check_digit)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_1(number: object, *, check_digit: bool = False) -> bool:
    """Tell whether ``number`` is a valid VIN; never raises.

    Args:
        number: Anything.
        check_digit: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("1HGCM82633A004352"), is_valid("1HGCM82633A0043"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, check_digit=check_digit)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_2(number: object, *, check_digit: bool = True) -> bool:
    """Tell whether ``number`` is a valid VIN; never raises.

    Args:
        number: Anything.
        check_digit: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("1HGCM82633A004352"), is_valid("1HGCM82633A0043"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(None, check_digit=check_digit)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_3(number: object, *, check_digit: bool = True) -> bool:
    """Tell whether ``number`` is a valid VIN; never raises.

    Args:
        number: Anything.
        check_digit: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("1HGCM82633A004352"), is_valid("1HGCM82633A0043"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, check_digit=None)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_4(number: object, *, check_digit: bool = True) -> bool:
    """Tell whether ``number`` is a valid VIN; never raises.

    Args:
        number: Anything.
        check_digit: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("1HGCM82633A004352"), is_valid("1HGCM82633A0043"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(check_digit=check_digit)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_5(number: object, *, check_digit: bool = True) -> bool:
    """Tell whether ``number`` is a valid VIN; never raises.

    Args:
        number: Anything.
        check_digit: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("1HGCM82633A004352"), is_valid("1HGCM82633A0043"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, )
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_6(number: object, *, check_digit: bool = True) -> bool:
    """Tell whether ``number`` is a valid VIN; never raises.

    Args:
        number: Anything.
        check_digit: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("1HGCM82633A004352"), is_valid("1HGCM82633A0043"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, check_digit=check_digit)
    except ValidationError:
        return True
    return True


def x_is_valid__mutmut_7(number: object, *, check_digit: bool = True) -> bool:
    """Tell whether ``number`` is a valid VIN; never raises.

    Args:
        number: Anything.
        check_digit: As for :func:`validate`.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("1HGCM82633A004352"), is_valid("1HGCM82633A0043"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, check_digit=check_digit)
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
mutants_x_is_valid__mutmut['x_is_valid__mutmut_7'] = x_is_valid__mutmut_7 # type: ignore # mutmut generated
mutants_x_wmi__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_wmi__mutmut)
def wmi(vin: object) -> str:
    """Return the world manufacturer identifier (positions 1-3).

    The check character is not verified, so this works on imported VINs too.

    Args:
        vin: A VIN.

    Returns:
        Three characters, e.g. ``'LSV'`` (SAIC Volkswagen).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> wmi("LSVAU2180N2183294")
        'LSV'
    """
    return validate(vin, check_digit=False)[:3]


def x_wmi__mutmut_orig(vin: object) -> str:
    """Return the world manufacturer identifier (positions 1-3).

    The check character is not verified, so this works on imported VINs too.

    Args:
        vin: A VIN.

    Returns:
        Three characters, e.g. ``'LSV'`` (SAIC Volkswagen).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> wmi("LSVAU2180N2183294")
        'LSV'
    """
    return validate(vin, check_digit=False)[:3]


def x_wmi__mutmut_1(vin: object) -> str:
    """Return the world manufacturer identifier (positions 1-3).

    The check character is not verified, so this works on imported VINs too.

    Args:
        vin: A VIN.

    Returns:
        Three characters, e.g. ``'LSV'`` (SAIC Volkswagen).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> wmi("LSVAU2180N2183294")
        'LSV'
    """
    return validate(None, check_digit=False)[:3]


def x_wmi__mutmut_2(vin: object) -> str:
    """Return the world manufacturer identifier (positions 1-3).

    The check character is not verified, so this works on imported VINs too.

    Args:
        vin: A VIN.

    Returns:
        Three characters, e.g. ``'LSV'`` (SAIC Volkswagen).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> wmi("LSVAU2180N2183294")
        'LSV'
    """
    return validate(vin, check_digit=None)[:3]


def x_wmi__mutmut_3(vin: object) -> str:
    """Return the world manufacturer identifier (positions 1-3).

    The check character is not verified, so this works on imported VINs too.

    Args:
        vin: A VIN.

    Returns:
        Three characters, e.g. ``'LSV'`` (SAIC Volkswagen).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> wmi("LSVAU2180N2183294")
        'LSV'
    """
    return validate(check_digit=False)[:3]


def x_wmi__mutmut_4(vin: object) -> str:
    """Return the world manufacturer identifier (positions 1-3).

    The check character is not verified, so this works on imported VINs too.

    Args:
        vin: A VIN.

    Returns:
        Three characters, e.g. ``'LSV'`` (SAIC Volkswagen).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> wmi("LSVAU2180N2183294")
        'LSV'
    """
    return validate(vin, )[:3]


def x_wmi__mutmut_5(vin: object) -> str:
    """Return the world manufacturer identifier (positions 1-3).

    The check character is not verified, so this works on imported VINs too.

    Args:
        vin: A VIN.

    Returns:
        Three characters, e.g. ``'LSV'`` (SAIC Volkswagen).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> wmi("LSVAU2180N2183294")
        'LSV'
    """
    return validate(vin, check_digit=True)[:3]


def x_wmi__mutmut_6(vin: object) -> str:
    """Return the world manufacturer identifier (positions 1-3).

    The check character is not verified, so this works on imported VINs too.

    Args:
        vin: A VIN.

    Returns:
        Three characters, e.g. ``'LSV'`` (SAIC Volkswagen).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> wmi("LSVAU2180N2183294")
        'LSV'
    """
    return validate(vin, check_digit=False)[:4]

mutants_x_wmi__mutmut['_mutmut_orig'] = x_wmi__mutmut_orig # type: ignore # mutmut generated
mutants_x_wmi__mutmut['x_wmi__mutmut_1'] = x_wmi__mutmut_1 # type: ignore # mutmut generated
mutants_x_wmi__mutmut['x_wmi__mutmut_2'] = x_wmi__mutmut_2 # type: ignore # mutmut generated
mutants_x_wmi__mutmut['x_wmi__mutmut_3'] = x_wmi__mutmut_3 # type: ignore # mutmut generated
mutants_x_wmi__mutmut['x_wmi__mutmut_4'] = x_wmi__mutmut_4 # type: ignore # mutmut generated
mutants_x_wmi__mutmut['x_wmi__mutmut_5'] = x_wmi__mutmut_5 # type: ignore # mutmut generated
mutants_x_wmi__mutmut['x_wmi__mutmut_6'] = x_wmi__mutmut_6 # type: ignore # mutmut generated
mutants_x_model_year_code__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_model_year_code__mutmut)
def model_year_code(vin: object) -> str:
    """Return the model-year code (position 10).

    The code repeats every 30 years, so it does not give the year alone.

    Args:
        vin: A VIN.

    Returns:
        One character, e.g. ``'3'`` (2003 or 2033).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> model_year_code("1HGCM82633A004352")
        '3'
    """
    return validate(vin, check_digit=False)[9]


def x_model_year_code__mutmut_orig(vin: object) -> str:
    """Return the model-year code (position 10).

    The code repeats every 30 years, so it does not give the year alone.

    Args:
        vin: A VIN.

    Returns:
        One character, e.g. ``'3'`` (2003 or 2033).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> model_year_code("1HGCM82633A004352")
        '3'
    """
    return validate(vin, check_digit=False)[9]


def x_model_year_code__mutmut_1(vin: object) -> str:
    """Return the model-year code (position 10).

    The code repeats every 30 years, so it does not give the year alone.

    Args:
        vin: A VIN.

    Returns:
        One character, e.g. ``'3'`` (2003 or 2033).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> model_year_code("1HGCM82633A004352")
        '3'
    """
    return validate(None, check_digit=False)[9]


def x_model_year_code__mutmut_2(vin: object) -> str:
    """Return the model-year code (position 10).

    The code repeats every 30 years, so it does not give the year alone.

    Args:
        vin: A VIN.

    Returns:
        One character, e.g. ``'3'`` (2003 or 2033).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> model_year_code("1HGCM82633A004352")
        '3'
    """
    return validate(vin, check_digit=None)[9]


def x_model_year_code__mutmut_3(vin: object) -> str:
    """Return the model-year code (position 10).

    The code repeats every 30 years, so it does not give the year alone.

    Args:
        vin: A VIN.

    Returns:
        One character, e.g. ``'3'`` (2003 or 2033).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> model_year_code("1HGCM82633A004352")
        '3'
    """
    return validate(check_digit=False)[9]


def x_model_year_code__mutmut_4(vin: object) -> str:
    """Return the model-year code (position 10).

    The code repeats every 30 years, so it does not give the year alone.

    Args:
        vin: A VIN.

    Returns:
        One character, e.g. ``'3'`` (2003 or 2033).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> model_year_code("1HGCM82633A004352")
        '3'
    """
    return validate(vin, )[9]


def x_model_year_code__mutmut_5(vin: object) -> str:
    """Return the model-year code (position 10).

    The code repeats every 30 years, so it does not give the year alone.

    Args:
        vin: A VIN.

    Returns:
        One character, e.g. ``'3'`` (2003 or 2033).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> model_year_code("1HGCM82633A004352")
        '3'
    """
    return validate(vin, check_digit=True)[9]


def x_model_year_code__mutmut_6(vin: object) -> str:
    """Return the model-year code (position 10).

    The code repeats every 30 years, so it does not give the year alone.

    Args:
        vin: A VIN.

    Returns:
        One character, e.g. ``'3'`` (2003 or 2033).

    Raises:
        InvalidFormat: Not a well-formed VIN.
        InvalidLength: Not 17 characters.

    Examples:
        >>> model_year_code("1HGCM82633A004352")
        '3'
    """
    return validate(vin, check_digit=False)[10]

mutants_x_model_year_code__mutmut['_mutmut_orig'] = x_model_year_code__mutmut_orig # type: ignore # mutmut generated
mutants_x_model_year_code__mutmut['x_model_year_code__mutmut_1'] = x_model_year_code__mutmut_1 # type: ignore # mutmut generated
mutants_x_model_year_code__mutmut['x_model_year_code__mutmut_2'] = x_model_year_code__mutmut_2 # type: ignore # mutmut generated
mutants_x_model_year_code__mutmut['x_model_year_code__mutmut_3'] = x_model_year_code__mutmut_3 # type: ignore # mutmut generated
mutants_x_model_year_code__mutmut['x_model_year_code__mutmut_4'] = x_model_year_code__mutmut_4 # type: ignore # mutmut generated
mutants_x_model_year_code__mutmut['x_model_year_code__mutmut_5'] = x_model_year_code__mutmut_5 # type: ignore # mutmut generated
mutants_x_model_year_code__mutmut['x_model_year_code__mutmut_6'] = x_model_year_code__mutmut_6 # type: ignore # mutmut generated
