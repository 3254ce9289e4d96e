"""Text fields: the length limits every store honours, and characters no store keeps.

Every text field of a domain record has a longest length, the same as the column
the SQL adapter stores it in, so that a value the domain accepts is never refused
by the database (PostgreSQL refuses an over-long value where SQLite would keep it):
a key such as a customer or work-order number has at most [`KEY_LENGTH`][autocrm.domain.text]
characters, a name, a tag or a staff member at most [`NAME_LENGTH`][autocrm.domain.text], a
work-order line or a follow-up rule at most [`LONG_TEXT_LENGTH`][autocrm.domain.text]. Free text
(remarks, a complaint's description, what a customer said) has no limit. No text holds the NUL
character: PostgreSQL cannot store it in a text column, and it is never typed.

Examples:
    >>> check_text("王建国", field="name", max_length=NAME_LENGTH)
    '王建国'
    >>> check_text("王" * 201, field="name", max_length=NAME_LENGTH)
    Traceback (most recent call last):
    ...
    autocrm.errors.InvalidLength: name: at most 200 characters, got 201
"""

from __future__ import annotations

from autocrm.errors import InvalidFormat, InvalidLength, UnsupportedType, shown

__all__ = [
    "ACCOUNT_LENGTH",
    "EMAIL_LENGTH",
    "ENTITY_LENGTH",
    "KEY_LENGTH",
    "LONG_TEXT_LENGTH",
    "NAME_LENGTH",
    "NUL",
    "SHORT_TEXT_LENGTH",
    "check_text",
    "has_nul",
]

#: Record keys and references to them: customer, work-order, follow-up numbers, VINs.
KEY_LENGTH = 64
#: Short codes and labels: colour, use, engine number, channel, audit field name.
SHORT_TEXT_LENGTH = 64
#: Names, tags, staff, insurers, departments, regions, banks.
NAME_LENGTH = 200
#: Work-order line descriptions, follow-up rules, appointment offers.
LONG_TEXT_LENGTH = 400
#: E-mail addresses (the longest path a mail server accepts).
EMAIL_LENGTH = 254
#: Bank account and tax numbers, as typed (with spaces).
ACCOUNT_LENGTH = 40
#: The kind of record an audit entry is about (``customer``, ``work_order``...).
ENTITY_LENGTH = 32
#: The character no text field may hold.
NUL = "\x00"


def has_nul(value: object) -> bool:
    """Tell whether ``value`` is a text holding the NUL character (False for anything else).

    Examples:
        >>> has_nul("王建国"), has_nul("王\\x00建国"), has_nul(None)
        (False, True, False)
    """
    return isinstance(value, str) and NUL in value


def check_text(
    value: object,
    *,
    field: str,
    max_length: int | None = None,
    allow_blank: bool = False,
) -> str:
    """Return ``value`` if it is a text a store can keep, else raise naming ``field``.

    Args:
        value: The value to check.
        field: Name of the field, used in the error.
        max_length: The longest text allowed, in characters; ``None`` for no limit.
        allow_blank: Whether an empty or all-blank text is accepted.

    Returns:
        ``value``, unchanged.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is not a string, is blank (unless
            ``allow_blank``) or holds a NUL character.
        autocrm.errors.InvalidLength: ``value`` is longer than ``max_length``.

    Examples:
        >>> check_text("C000001", field="number", max_length=KEY_LENGTH)
        'C000001'
        >>> check_text("保养\\x00", field="remarks")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: remarks: the NUL character (\\x00) is not allowed in text
    """
    if not isinstance(allow_blank, bool):
        msg = f"allow_blank: expected True or False, got {shown(allow_blank)}"  # type: ignore[unreachable]
        raise UnsupportedType(msg, field="allow_blank", value=allow_blank)
    if max_length is not None and (
        isinstance(max_length, bool) or not isinstance(max_length, int) or max_length < 0
    ):
        msg = f"max_length: expected None or a whole number of at least 0, got {shown(max_length)}"
        raise UnsupportedType(msg, field="max_length", value=max_length)
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value
