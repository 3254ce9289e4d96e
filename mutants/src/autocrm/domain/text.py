"""Text fields: the length limits every store honours, and characters no store keeps.

Every text field of a domain record has a longest length, the same as the column
the SQL adapter stores it in, so that a value the domain accepts is never refused
by the database (PostgreSQL refuses an over-long value where SQLite would keep it):
a key such as a customer or work-order number has at most :data:`KEY_LENGTH`
characters, a name, a tag or a staff member at most :data:`NAME_LENGTH`, a work-order
line or a follow-up rule at most :data:`LONG_TEXT_LENGTH`. Free text (remarks, a
complaint's description, what a customer said) has no limit. No text holds the NUL
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

from autocrm.errors import InvalidFormat, InvalidLength, shown

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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_has_nul__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_has_nul__mutmut)
def has_nul(value: object) -> bool:
    """Tell whether ``value`` is a text holding the NUL character (False for anything else).

    Examples:
        >>> has_nul("王建国"), has_nul("王\\x00建国"), has_nul(None)
        (False, True, False)
    """
    return isinstance(value, str) and NUL in value


def x_has_nul__mutmut_orig(value: object) -> bool:
    """Tell whether ``value`` is a text holding the NUL character (False for anything else).

    Examples:
        >>> has_nul("王建国"), has_nul("王\\x00建国"), has_nul(None)
        (False, True, False)
    """
    return isinstance(value, str) and NUL in value


def x_has_nul__mutmut_1(value: object) -> bool:
    """Tell whether ``value`` is a text holding the NUL character (False for anything else).

    Examples:
        >>> has_nul("王建国"), has_nul("王\\x00建国"), has_nul(None)
        (False, True, False)
    """
    return isinstance(value, str) or NUL in value


def x_has_nul__mutmut_2(value: object) -> bool:
    """Tell whether ``value`` is a text holding the NUL character (False for anything else).

    Examples:
        >>> has_nul("王建国"), has_nul("王\\x00建国"), has_nul(None)
        (False, True, False)
    """
    return isinstance(value, str) and NUL not in value

mutants_x_has_nul__mutmut['_mutmut_orig'] = x_has_nul__mutmut_orig # type: ignore # mutmut generated
mutants_x_has_nul__mutmut['x_has_nul__mutmut_1'] = x_has_nul__mutmut_1 # type: ignore # mutmut generated
mutants_x_has_nul__mutmut['x_has_nul__mutmut_2'] = x_has_nul__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_text__mutmut)
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


def x_check_text__mutmut_orig(
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


def x_check_text__mutmut_1(
    value: object,
    *,
    field: str,
    max_length: int | None = None,
    allow_blank: bool = True,
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


def x_check_text__mutmut_2(
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
    if isinstance(value, str):
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


def x_check_text__mutmut_3(
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
    if not isinstance(value, str):
        msg = None
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


def x_check_text__mutmut_4(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(None).__name__} {shown(value)}"
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


def x_check_text__mutmut_5(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(None)}"
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


def x_check_text__mutmut_6(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(None, field=field, value=value)
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


def x_check_text__mutmut_7(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value)
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


def x_check_text__mutmut_8(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=None)
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


def x_check_text__mutmut_9(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(field=field, value=value)
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


def x_check_text__mutmut_10(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, value=value)
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


def x_check_text__mutmut_11(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, )
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


def x_check_text__mutmut_12(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank or not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_13(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_14(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_15(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_16(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(None)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_17(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(None, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_18(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_19(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=None)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_20(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_21(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_22(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, )
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_23(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(None):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_24(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_25(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(None, field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_26(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=None, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_27(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=None)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_28(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(field=field, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_29(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, value=value)
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_30(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, )
    if max_length is not None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_31(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None or len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_32(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is None and len(value) > max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_33(
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
    if not isinstance(value, str):
        msg = f"{field}: expected a string, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if not allow_blank and not value.strip():
        msg = f"{field}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if has_nul(value):
        msg = f"{field}: the NUL character (\\x00) is not allowed in text"
        raise InvalidFormat(msg, field=field, value=value)
    if max_length is not None and len(value) >= max_length:
        msg = f"{field}: at most {max_length} characters, got {len(value)}"
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_34(
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
        msg = None
        raise InvalidLength(msg, field=field, value=value)
    return value


def x_check_text__mutmut_35(
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
        raise InvalidLength(None, field=field, value=value)
    return value


def x_check_text__mutmut_36(
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
        raise InvalidLength(msg, field=None, value=value)
    return value


def x_check_text__mutmut_37(
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
        raise InvalidLength(msg, field=field, value=None)
    return value


def x_check_text__mutmut_38(
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
        raise InvalidLength(field=field, value=value)
    return value


def x_check_text__mutmut_39(
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
        raise InvalidLength(msg, value=value)
    return value


def x_check_text__mutmut_40(
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
        raise InvalidLength(msg, field=field, )
    return value

mutants_x_check_text__mutmut['_mutmut_orig'] = x_check_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_1'] = x_check_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_2'] = x_check_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_3'] = x_check_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_4'] = x_check_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_5'] = x_check_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_6'] = x_check_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_7'] = x_check_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_8'] = x_check_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_9'] = x_check_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_10'] = x_check_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_11'] = x_check_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_12'] = x_check_text__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_13'] = x_check_text__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_14'] = x_check_text__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_15'] = x_check_text__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_16'] = x_check_text__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_17'] = x_check_text__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_18'] = x_check_text__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_19'] = x_check_text__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_20'] = x_check_text__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_21'] = x_check_text__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_22'] = x_check_text__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_23'] = x_check_text__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_24'] = x_check_text__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_25'] = x_check_text__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_26'] = x_check_text__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_27'] = x_check_text__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_28'] = x_check_text__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_29'] = x_check_text__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_30'] = x_check_text__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_31'] = x_check_text__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_32'] = x_check_text__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_33'] = x_check_text__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_34'] = x_check_text__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_35'] = x_check_text__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_36'] = x_check_text__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_37'] = x_check_text__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_38'] = x_check_text__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_39'] = x_check_text__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_text__mutmut['x_check_text__mutmut_40'] = x_check_text__mutmut_40 # type: ignore # mutmut generated
