"""Unified social credit codes (统一社会信用代码, GB 32100-2015).

Every registered organisation in China (company, public institution, social
organisation, individual business...) has one. It is the company's tax number,
so the archive stores it for corporate customers. Its 18 characters are
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


def is_valid(number: object) -> bool:
    """Tell whether ``number`` is a valid unified social credit code; never raises.

    Args:
        number: Anything.

    Returns:
        ``True`` when [`validate`][autocrm.domain.identifiers.uscc.validate] would accept it.

    Examples:
        >>> is_valid("91110000802100433B"), is_valid("9111000080210043"), is_valid(b"x")
        (True, False, False)
    """
    try:
        validate(number)
    except ValidationError:
        return False
    return True
