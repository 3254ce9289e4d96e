"""Resident identity card numbers (居民身份证号码, GB 11643-1999).

The number has 18 characters: a six-digit address code (province, prefecture,
county), the birth date as ``YYYYMMDD``, a three-digit sequence number (odd for
men, even for women) and a check character (ISO 7064 MOD 11-2, ``X`` standing
for 10).

The check character, the birth date and the province are checked, and the
county code is not (see [identifiers][sources-archive-identifiers]): county-level code tables change
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


def _check_shape(ric: str, original: object) -> None:
    """Refuse a compacted number whose length or characters are wrong."""
    if len(ric) != _LENGTH:
        msg = f"a resident ID number has {_LENGTH} characters, got {len(ric)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    if not all(char in _DIGITS for char in ric[:-1]) or ric[-1] not in _DIGITS | {"X"}:
        msg = "a resident ID number is 17 digits followed by a digit or X"
        raise InvalidFormat(msg, field=_FIELD, value=original)


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


def is_valid(number: object, *, as_of: date | None = None) -> bool:
    """Tell whether ``number`` is a valid resident ID number; never raises.

    Args:
        number: Anything.
        as_of: As for [`validate`][autocrm.domain.identifiers.ric.validate].

    Returns:
        ``True`` when [`validate`][autocrm.domain.identifiers.ric.validate] would accept it.

    Examples:
        >>> is_valid("11010519491231002X"), is_valid("110105194913310023"), is_valid(None)
        (True, False, False)
    """
    try:
        validate(number, as_of=as_of)
    except ValidationError:
        return False
    return True


def birth_date(number: object) -> date:
    """Return the birth date written in a valid resident ID number.

    Args:
        number: A resident ID number.

    Returns:
        The birth date.

    Raises:
        ValidationError: The number is not valid (see
            [`validate`][autocrm.domain.identifiers.ric.validate]).

    Examples:
        >>> birth_date("11010519491231002X").isoformat()
        '1949-12-31'
    """
    ric = validate(number)
    return _birth_date(ric, number)


def gender(number: object) -> str:
    """Return the gender encoded in a valid resident ID number.

    GB 11643 gives men odd and women even sequence numbers (the 17th digit).

    Args:
        number: A resident ID number.

    Returns:
        ``'male'`` or ``'female'``.

    Raises:
        ValidationError: The number is not valid (see
            [`validate`][autocrm.domain.identifiers.ric.validate]).

    Examples:
        >>> gender("11010519491231002X")
        'female'
    """
    ric = validate(number)
    return "male" if int(ric[16]) % 2 else "female"


def mask(number: object) -> str:
    """Return a valid resident ID number with its middle ten characters hidden.

    The first four (province and prefecture) and the last four stay visible,
    so the number can be recognised but not reconstructed or dated.

    Args:
        number: A resident ID number.

    Returns:
        e.g. ``'1101**********002X'``.

    Raises:
        ValidationError: The number is not valid (see
            [`validate`][autocrm.domain.identifiers.ric.validate]).

    Examples:
        >>> mask("110105 19491231 002X")
        '1101**********002X'
    """
    ric = validate(number)
    return f"{ric[:4]}{'*' * 10}{ric[-4:]}"
