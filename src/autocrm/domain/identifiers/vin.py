"""VIN (Vehicle Identification Number, 车辆识别代号).

A VIN has 17 characters: digits and the letters A-Z except ``I``, ``O`` and
``Q`` (too easily read as ``1`` and ``0``). ISO 3779 defines the layout: the
world manufacturer identifier (WMI, positions 1-3), the vehicle descriptor
(positions 4-9) and the vehicle indicator (positions 10-17, position 10 being
the model-year code).

Position 9 is a check character (GB 16735 in China, 49 CFR 565 in North
America): each character is transliterated to a number, weighted, summed and
taken modulo 11, a remainder of 10 being written ``X``. Europe does not require
it, so an imported European VIN may fail the check; autocrm keeps the
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


def _calc_check_digit(number: str) -> str:
    """Compute the check character of a well-formed 17-character VIN."""
    total = sum(
        _TRANSLITERATION[char] * weight for char, weight in zip(number, _WEIGHTS, strict=True)
    )
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


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


def is_valid(number: object, *, check_digit: bool = True) -> bool:
    """Tell whether ``number`` is a valid VIN; never raises.

    Args:
        number: Anything.
        check_digit: As for [`validate`][autocrm.domain.identifiers.vin.validate].

    Returns:
        ``True`` when [`validate`][autocrm.domain.identifiers.vin.validate] would accept it.

    Examples:
        >>> is_valid("1HGCM82633A004352"), is_valid("1HGCM82633A0043"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, check_digit=check_digit)
    except ValidationError:
        return False
    return True


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
