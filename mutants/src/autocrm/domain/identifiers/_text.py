"""The normalisation every identifier module's ``compact`` shares."""

from __future__ import annotations

import unicodedata
from collections.abc import Container

from autocrm.errors import InvalidFormat


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_fold__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fold__mutmut)
def fold(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_orig(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_1(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = False
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_2(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_3(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = None
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_4(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(None).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_5(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(None, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_6(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=None, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_7(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=None)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_8(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_9(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_10(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, )
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_11(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() or number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_12(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if (upper) and False else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_13(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if (upper) or True else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_14(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.lower() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_15(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = None
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_16(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize(None, number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_17(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", None)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_18(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize(number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_19(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", )
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_20(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("XXNFKCXX", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_21(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("nfkc", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_22(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = None
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_23(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(None)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_24(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "XXXX".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_25(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char in separators)
    return cleaned.upper() if upper else cleaned


def x_fold__mutmut_26(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if (upper) and False else cleaned


def x_fold__mutmut_27(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if (upper) or True else cleaned


def x_fold__mutmut_28(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.lower() if upper else cleaned

mutants_x_fold__mutmut['_mutmut_orig'] = x_fold__mutmut_orig # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_1'] = x_fold__mutmut_1 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_2'] = x_fold__mutmut_2 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_3'] = x_fold__mutmut_3 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_4'] = x_fold__mutmut_4 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_5'] = x_fold__mutmut_5 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_6'] = x_fold__mutmut_6 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_7'] = x_fold__mutmut_7 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_8'] = x_fold__mutmut_8 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_9'] = x_fold__mutmut_9 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_10'] = x_fold__mutmut_10 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_11'] = x_fold__mutmut_11 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_12'] = x_fold__mutmut_12 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_13'] = x_fold__mutmut_13 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_14'] = x_fold__mutmut_14 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_15'] = x_fold__mutmut_15 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_16'] = x_fold__mutmut_16 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_17'] = x_fold__mutmut_17 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_18'] = x_fold__mutmut_18 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_19'] = x_fold__mutmut_19 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_20'] = x_fold__mutmut_20 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_21'] = x_fold__mutmut_21 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_22'] = x_fold__mutmut_22 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_23'] = x_fold__mutmut_23 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_24'] = x_fold__mutmut_24 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_25'] = x_fold__mutmut_25 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_26'] = x_fold__mutmut_26 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_27'] = x_fold__mutmut_27 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_28'] = x_fold__mutmut_28 # type: ignore # mutmut generated
