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


def _mainland_mobile_ranges() -> re.Pattern[str]:
    """The mainland mobile ranges as phonenumbers' own metadata states them.

    Taken from the metadata rather than written here, so that the fast path of
    [`validate`][autocrm.domain.identifiers.phone.validate] accepts exactly the ranges phonenumbers
    accepts, release after release (a metadata without them gives a pattern that matches nothing).
    """
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    mobile = None if metadata is None else metadata.mobile
    ranges = None if mobile is None else mobile.national_number_pattern
    return re.compile(ranges or "(?!)")


# A bare 11-digit mainland mobile (or one written with +86), the bulk of every import:
# decided with two regular expressions instead of a full parse. Any other shape, or a
# number outside the mobile ranges, takes the full path.
_MAINLAND_MOBILE_SHAPE = re.compile(r"(\+86)?(1[0-9]{10})")
_MAINLAND_MOBILE_RANGES = _mainland_mobile_ranges()


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
    accepted = _regions(regions)
    if type(number) is str and "CN" in accepted:
        shape = _MAINLAND_MOBILE_SHAPE.fullmatch(number)
        if (
            shape is not None
            and (shape[1] or accepted[0] == "CN")
            and _MAINLAND_MOBILE_RANGES.fullmatch(shape[2])
        ):
            return f"+86{shape[2]}"
    parsed = _parse(number, accepted)
    result: str = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return result


def is_valid(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid phone number; never raises.

    Args:
        number: Anything.
        regions: As for [`validate`][autocrm.domain.identifiers.phone.validate].

    Returns:
        ``True`` when [`validate`][autocrm.domain.identifiers.phone.validate] would accept it.

    Examples:
        >>> is_valid("13800138000"), is_valid("1380013800"), is_valid(13800138000)
        (True, False, False)
    """
    try:
        validate(number, regions=regions)
    except ValidationError:
        return False
    return True


def is_mobile(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> bool:
    """Tell whether ``number`` is a valid mobile number; never raises.

    Args:
        number: Anything.
        regions: As for [`validate`][autocrm.domain.identifiers.phone.validate].

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


def mask(number: object, *, regions: Collection[str] = _DEFAULT_REGIONS) -> str:
    """Return a valid phone number with its middle digits hidden.

    The country code, up to three leading and the last four digits of the
    national number stay visible; at least four digits are hidden.

    Args:
        number: A phone number.
        regions: As for [`validate`][autocrm.domain.identifiers.phone.validate].

    Returns:
        e.g. ``'+86 138****8000'``.

    Raises:
        ValidationError: The number is not valid (see
            [`validate`][autocrm.domain.identifiers.phone.validate]).

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
