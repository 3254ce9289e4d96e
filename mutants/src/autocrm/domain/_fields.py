"""attrs field helpers shared by the domain classes: each names the field in its errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from autocrm.domain.money import to_money
from autocrm.domain.text import check_text
from autocrm.domain.time import require_aware
from autocrm.errors import InvalidComponent, InvalidFormat, ValidationError, shown

_T = TypeVar("_T")


#: The largest whole number a count, a mileage or a version may be: the SQL adapter keeps
#: them in 32-bit ``INTEGER`` columns, which PostgreSQL does not let overflow.
MAX_INTEGER = 2**31 - 1


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁTextValidatorǁ__call____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class TextValidator:
    """Validator: a string a store can keep (see :mod:`autocrm.domain.text`).

    ``max_length`` is the column's length (``None`` for free text); ``optional``
    accepts ``None``; ``allow_blank`` accepts an empty or all-blank string.
    """

    max_length: int | None
    optional: bool = False
    allow_blank: bool = False

    @_mutmut_mutated(mutants_xǁTextValidatorǁ__call____mutmut)
    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        check_text(
            value,
            field=attribute.name,
            max_length=self.max_length,
            allow_blank=self.allow_blank or self.optional,
        )

    def xǁTextValidatorǁ__call____mutmut_orig(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        check_text(
            value,
            field=attribute.name,
            max_length=self.max_length,
            allow_blank=self.allow_blank or self.optional,
        )

    def xǁTextValidatorǁ__call____mutmut_1(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None or self.optional:
            return
        check_text(
            value,
            field=attribute.name,
            max_length=self.max_length,
            allow_blank=self.allow_blank or self.optional,
        )

    def xǁTextValidatorǁ__call____mutmut_2(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and self.optional:
            return
        check_text(
            value,
            field=attribute.name,
            max_length=self.max_length,
            allow_blank=self.allow_blank or self.optional,
        )

    def xǁTextValidatorǁ__call____mutmut_3(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        check_text(
            None,
            field=attribute.name,
            max_length=self.max_length,
            allow_blank=self.allow_blank or self.optional,
        )

    def xǁTextValidatorǁ__call____mutmut_4(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        check_text(
            value,
            field=None,
            max_length=self.max_length,
            allow_blank=self.allow_blank or self.optional,
        )

    def xǁTextValidatorǁ__call____mutmut_5(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        check_text(
            value,
            field=attribute.name,
            max_length=None,
            allow_blank=self.allow_blank or self.optional,
        )

    def xǁTextValidatorǁ__call____mutmut_6(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        check_text(
            value,
            field=attribute.name,
            max_length=self.max_length,
            allow_blank=None,
        )

    def xǁTextValidatorǁ__call____mutmut_7(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        check_text(
            field=attribute.name,
            max_length=self.max_length,
            allow_blank=self.allow_blank or self.optional,
        )

    def xǁTextValidatorǁ__call____mutmut_8(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        check_text(
            value,
            max_length=self.max_length,
            allow_blank=self.allow_blank or self.optional,
        )

    def xǁTextValidatorǁ__call____mutmut_9(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        check_text(
            value,
            field=attribute.name,
            allow_blank=self.allow_blank or self.optional,
        )

    def xǁTextValidatorǁ__call____mutmut_10(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        check_text(
            value,
            field=attribute.name,
            max_length=self.max_length,
            )

    def xǁTextValidatorǁ__call____mutmut_11(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        check_text(
            value,
            field=attribute.name,
            max_length=self.max_length,
            allow_blank=self.allow_blank and self.optional,
        )

mutants_xǁTextValidatorǁ__call____mutmut['_mutmut_orig'] = TextValidator.xǁTextValidatorǁ__call____mutmut_orig # type: ignore # mutmut generated
mutants_xǁTextValidatorǁ__call____mutmut['xǁTextValidatorǁ__call____mutmut_1'] = TextValidator.xǁTextValidatorǁ__call____mutmut_1 # type: ignore # mutmut generated
mutants_xǁTextValidatorǁ__call____mutmut['xǁTextValidatorǁ__call____mutmut_2'] = TextValidator.xǁTextValidatorǁ__call____mutmut_2 # type: ignore # mutmut generated
mutants_xǁTextValidatorǁ__call____mutmut['xǁTextValidatorǁ__call____mutmut_3'] = TextValidator.xǁTextValidatorǁ__call____mutmut_3 # type: ignore # mutmut generated
mutants_xǁTextValidatorǁ__call____mutmut['xǁTextValidatorǁ__call____mutmut_4'] = TextValidator.xǁTextValidatorǁ__call____mutmut_4 # type: ignore # mutmut generated
mutants_xǁTextValidatorǁ__call____mutmut['xǁTextValidatorǁ__call____mutmut_5'] = TextValidator.xǁTextValidatorǁ__call____mutmut_5 # type: ignore # mutmut generated
mutants_xǁTextValidatorǁ__call____mutmut['xǁTextValidatorǁ__call____mutmut_6'] = TextValidator.xǁTextValidatorǁ__call____mutmut_6 # type: ignore # mutmut generated
mutants_xǁTextValidatorǁ__call____mutmut['xǁTextValidatorǁ__call____mutmut_7'] = TextValidator.xǁTextValidatorǁ__call____mutmut_7 # type: ignore # mutmut generated
mutants_xǁTextValidatorǁ__call____mutmut['xǁTextValidatorǁ__call____mutmut_8'] = TextValidator.xǁTextValidatorǁ__call____mutmut_8 # type: ignore # mutmut generated
mutants_xǁTextValidatorǁ__call____mutmut['xǁTextValidatorǁ__call____mutmut_9'] = TextValidator.xǁTextValidatorǁ__call____mutmut_9 # type: ignore # mutmut generated
mutants_xǁTextValidatorǁ__call____mutmut['xǁTextValidatorǁ__call____mutmut_10'] = TextValidator.xǁTextValidatorǁ__call____mutmut_10 # type: ignore # mutmut generated
mutants_xǁTextValidatorǁ__call____mutmut['xǁTextValidatorǁ__call____mutmut_11'] = TextValidator.xǁTextValidatorǁ__call____mutmut_11 # type: ignore # mutmut generated
mutants_x_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_text__mutmut)
def text(max_length: int | None, *, allow_blank: bool = False) -> TextValidator:
    """Validator: a non-blank string of at most ``max_length`` characters, without NUL."""
    return TextValidator(max_length, allow_blank=allow_blank)


def x_text__mutmut_orig(max_length: int | None, *, allow_blank: bool = False) -> TextValidator:
    """Validator: a non-blank string of at most ``max_length`` characters, without NUL."""
    return TextValidator(max_length, allow_blank=allow_blank)


def x_text__mutmut_1(max_length: int | None, *, allow_blank: bool = True) -> TextValidator:
    """Validator: a non-blank string of at most ``max_length`` characters, without NUL."""
    return TextValidator(max_length, allow_blank=allow_blank)


def x_text__mutmut_2(max_length: int | None, *, allow_blank: bool = False) -> TextValidator:
    """Validator: a non-blank string of at most ``max_length`` characters, without NUL."""
    return TextValidator(None, allow_blank=allow_blank)


def x_text__mutmut_3(max_length: int | None, *, allow_blank: bool = False) -> TextValidator:
    """Validator: a non-blank string of at most ``max_length`` characters, without NUL."""
    return TextValidator(max_length, allow_blank=None)


def x_text__mutmut_4(max_length: int | None, *, allow_blank: bool = False) -> TextValidator:
    """Validator: a non-blank string of at most ``max_length`` characters, without NUL."""
    return TextValidator(allow_blank=allow_blank)


def x_text__mutmut_5(max_length: int | None, *, allow_blank: bool = False) -> TextValidator:
    """Validator: a non-blank string of at most ``max_length`` characters, without NUL."""
    return TextValidator(max_length, )

mutants_x_text__mutmut['_mutmut_orig'] = x_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_1'] = x_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_2'] = x_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_3'] = x_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_4'] = x_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_5'] = x_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_optional_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_optional_text__mutmut)
def optional_text(max_length: int | None) -> TextValidator:
    """Validator: ``None`` or a string of at most ``max_length`` characters, without NUL."""
    return TextValidator(max_length, optional=True)


def x_optional_text__mutmut_orig(max_length: int | None) -> TextValidator:
    """Validator: ``None`` or a string of at most ``max_length`` characters, without NUL."""
    return TextValidator(max_length, optional=True)


def x_optional_text__mutmut_1(max_length: int | None) -> TextValidator:
    """Validator: ``None`` or a string of at most ``max_length`` characters, without NUL."""
    return TextValidator(None, optional=True)


def x_optional_text__mutmut_2(max_length: int | None) -> TextValidator:
    """Validator: ``None`` or a string of at most ``max_length`` characters, without NUL."""
    return TextValidator(max_length, optional=None)


def x_optional_text__mutmut_3(max_length: int | None) -> TextValidator:
    """Validator: ``None`` or a string of at most ``max_length`` characters, without NUL."""
    return TextValidator(optional=True)


def x_optional_text__mutmut_4(max_length: int | None) -> TextValidator:
    """Validator: ``None`` or a string of at most ``max_length`` characters, without NUL."""
    return TextValidator(max_length, )


def x_optional_text__mutmut_5(max_length: int | None) -> TextValidator:
    """Validator: ``None`` or a string of at most ``max_length`` characters, without NUL."""
    return TextValidator(max_length, optional=False)

mutants_x_optional_text__mutmut['_mutmut_orig'] = x_optional_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_optional_text__mutmut['x_optional_text__mutmut_1'] = x_optional_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_optional_text__mutmut['x_optional_text__mutmut_2'] = x_optional_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_optional_text__mutmut['x_optional_text__mutmut_3'] = x_optional_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_optional_text__mutmut['x_optional_text__mutmut_4'] = x_optional_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_optional_text__mutmut['x_optional_text__mutmut_5'] = x_optional_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_bool__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_bool__mutmut)
def check_bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if not isinstance(value, bool):
        msg = f"{attribute.name}: expected True or False, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_bool__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if not isinstance(value, bool):
        msg = f"{attribute.name}: expected True or False, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_bool__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if isinstance(value, bool):
        msg = f"{attribute.name}: expected True or False, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_bool__mutmut_2(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if not isinstance(value, bool):
        msg = None
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_bool__mutmut_3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if not isinstance(value, bool):
        msg = f"{attribute.name}: expected True or False, got {type(None).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_bool__mutmut_4(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if not isinstance(value, bool):
        msg = f"{attribute.name}: expected True or False, got {type(value).__name__} {shown(None)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_bool__mutmut_5(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if not isinstance(value, bool):
        msg = f"{attribute.name}: expected True or False, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(None, field=attribute.name, value=value)


def x_check_bool__mutmut_6(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if not isinstance(value, bool):
        msg = f"{attribute.name}: expected True or False, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value)


def x_check_bool__mutmut_7(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if not isinstance(value, bool):
        msg = f"{attribute.name}: expected True or False, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=None)


def x_check_bool__mutmut_8(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if not isinstance(value, bool):
        msg = f"{attribute.name}: expected True or False, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(field=attribute.name, value=value)


def x_check_bool__mutmut_9(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if not isinstance(value, bool):
        msg = f"{attribute.name}: expected True or False, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, value=value)


def x_check_bool__mutmut_10(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if not isinstance(value, bool):
        msg = f"{attribute.name}: expected True or False, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, )

mutants_x_check_bool__mutmut['_mutmut_orig'] = x_check_bool__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_bool__mutmut['x_check_bool__mutmut_1'] = x_check_bool__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_bool__mutmut['x_check_bool__mutmut_2'] = x_check_bool__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_bool__mutmut['x_check_bool__mutmut_3'] = x_check_bool__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_bool__mutmut['x_check_bool__mutmut_4'] = x_check_bool__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_bool__mutmut['x_check_bool__mutmut_5'] = x_check_bool__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_bool__mutmut['x_check_bool__mutmut_6'] = x_check_bool__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_bool__mutmut['x_check_bool__mutmut_7'] = x_check_bool__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_bool__mutmut['x_check_bool__mutmut_8'] = x_check_bool__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_bool__mutmut['x_check_bool__mutmut_9'] = x_check_bool__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_bool__mutmut['x_check_bool__mutmut_10'] = x_check_bool__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_date__mutmut)
def check_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_date__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_date__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) and isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_date__mutmut_2(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_date__mutmut_3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = None
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_date__mutmut_4(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(None).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_date__mutmut_5(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {shown(None)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def x_check_date__mutmut_6(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(None, field=attribute.name, value=value)


def x_check_date__mutmut_7(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value)


def x_check_date__mutmut_8(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=None)


def x_check_date__mutmut_9(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(field=attribute.name, value=value)


def x_check_date__mutmut_10(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, value=value)


def x_check_date__mutmut_11(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, )

mutants_x_check_date__mutmut['_mutmut_orig'] = x_check_date__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_date__mutmut['x_check_date__mutmut_1'] = x_check_date__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_date__mutmut['x_check_date__mutmut_2'] = x_check_date__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_date__mutmut['x_check_date__mutmut_3'] = x_check_date__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_date__mutmut['x_check_date__mutmut_4'] = x_check_date__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_date__mutmut['x_check_date__mutmut_5'] = x_check_date__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_date__mutmut['x_check_date__mutmut_6'] = x_check_date__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_date__mutmut['x_check_date__mutmut_7'] = x_check_date__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_date__mutmut['x_check_date__mutmut_8'] = x_check_date__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_date__mutmut['x_check_date__mutmut_9'] = x_check_date__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_date__mutmut['x_check_date__mutmut_10'] = x_check_date__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_date__mutmut['x_check_date__mutmut_11'] = x_check_date__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_optional_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_optional_date__mutmut)
def check_optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a ``date``."""
    if value is not None:
        check_date(instance, attribute, value)


def x_check_optional_date__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a ``date``."""
    if value is not None:
        check_date(instance, attribute, value)


def x_check_optional_date__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a ``date``."""
    if value is None:
        check_date(instance, attribute, value)


def x_check_optional_date__mutmut_2(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a ``date``."""
    if value is not None:
        check_date(None, attribute, value)


def x_check_optional_date__mutmut_3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a ``date``."""
    if value is not None:
        check_date(instance, None, value)


def x_check_optional_date__mutmut_4(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a ``date``."""
    if value is not None:
        check_date(instance, attribute, None)


def x_check_optional_date__mutmut_5(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a ``date``."""
    if value is not None:
        check_date(attribute, value)


def x_check_optional_date__mutmut_6(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a ``date``."""
    if value is not None:
        check_date(instance, value)


def x_check_optional_date__mutmut_7(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a ``date``."""
    if value is not None:
        check_date(instance, attribute, )

mutants_x_check_optional_date__mutmut['_mutmut_orig'] = x_check_optional_date__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_optional_date__mutmut['x_check_optional_date__mutmut_1'] = x_check_optional_date__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_optional_date__mutmut['x_check_optional_date__mutmut_2'] = x_check_optional_date__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_optional_date__mutmut['x_check_optional_date__mutmut_3'] = x_check_optional_date__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_optional_date__mutmut['x_check_optional_date__mutmut_4'] = x_check_optional_date__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_optional_date__mutmut['x_check_optional_date__mutmut_5'] = x_check_optional_date__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_optional_date__mutmut['x_check_optional_date__mutmut_6'] = x_check_optional_date__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_optional_date__mutmut['x_check_optional_date__mutmut_7'] = x_check_optional_date__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_datetime__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_datetime__mutmut)
def check_datetime(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: an aware ``datetime``."""
    require_aware(value, attribute.name)


def x_check_datetime__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: an aware ``datetime``."""
    require_aware(value, attribute.name)


def x_check_datetime__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: an aware ``datetime``."""
    require_aware(None, attribute.name)


def x_check_datetime__mutmut_2(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: an aware ``datetime``."""
    require_aware(value, None)


def x_check_datetime__mutmut_3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: an aware ``datetime``."""
    require_aware(attribute.name)


def x_check_datetime__mutmut_4(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: an aware ``datetime``."""
    require_aware(value, )

mutants_x_check_datetime__mutmut['_mutmut_orig'] = x_check_datetime__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_datetime__mutmut['x_check_datetime__mutmut_1'] = x_check_datetime__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_datetime__mutmut['x_check_datetime__mutmut_2'] = x_check_datetime__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_datetime__mutmut['x_check_datetime__mutmut_3'] = x_check_datetime__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_datetime__mutmut['x_check_datetime__mutmut_4'] = x_check_datetime__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_optional_datetime__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_optional_datetime__mutmut)
def check_optional_datetime(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an aware ``datetime``."""
    if value is not None:
        require_aware(value, attribute.name)


def x_check_optional_datetime__mutmut_orig(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an aware ``datetime``."""
    if value is not None:
        require_aware(value, attribute.name)


def x_check_optional_datetime__mutmut_1(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an aware ``datetime``."""
    if value is None:
        require_aware(value, attribute.name)


def x_check_optional_datetime__mutmut_2(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an aware ``datetime``."""
    if value is not None:
        require_aware(None, attribute.name)


def x_check_optional_datetime__mutmut_3(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an aware ``datetime``."""
    if value is not None:
        require_aware(value, None)


def x_check_optional_datetime__mutmut_4(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an aware ``datetime``."""
    if value is not None:
        require_aware(attribute.name)


def x_check_optional_datetime__mutmut_5(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an aware ``datetime``."""
    if value is not None:
        require_aware(value, )

mutants_x_check_optional_datetime__mutmut['_mutmut_orig'] = x_check_optional_datetime__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_optional_datetime__mutmut['x_check_optional_datetime__mutmut_1'] = x_check_optional_datetime__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_optional_datetime__mutmut['x_check_optional_datetime__mutmut_2'] = x_check_optional_datetime__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_optional_datetime__mutmut['x_check_optional_datetime__mutmut_3'] = x_check_optional_datetime__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_optional_datetime__mutmut['x_check_optional_datetime__mutmut_4'] = x_check_optional_datetime__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_optional_datetime__mutmut['x_check_optional_datetime__mutmut_5'] = x_check_optional_datetime__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_non_negative_int__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_non_negative_int__mutmut)
def check_non_negative_int(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: an ``int`` (not a bool) from 0 to :data:`MAX_INTEGER`."""
    check_whole_number(value, attribute.name, maximum=MAX_INTEGER)


def x_check_non_negative_int__mutmut_orig(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: an ``int`` (not a bool) from 0 to :data:`MAX_INTEGER`."""
    check_whole_number(value, attribute.name, maximum=MAX_INTEGER)


def x_check_non_negative_int__mutmut_1(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: an ``int`` (not a bool) from 0 to :data:`MAX_INTEGER`."""
    check_whole_number(None, attribute.name, maximum=MAX_INTEGER)


def x_check_non_negative_int__mutmut_2(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: an ``int`` (not a bool) from 0 to :data:`MAX_INTEGER`."""
    check_whole_number(value, None, maximum=MAX_INTEGER)


def x_check_non_negative_int__mutmut_3(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: an ``int`` (not a bool) from 0 to :data:`MAX_INTEGER`."""
    check_whole_number(value, attribute.name, maximum=None)


def x_check_non_negative_int__mutmut_4(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: an ``int`` (not a bool) from 0 to :data:`MAX_INTEGER`."""
    check_whole_number(attribute.name, maximum=MAX_INTEGER)


def x_check_non_negative_int__mutmut_5(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: an ``int`` (not a bool) from 0 to :data:`MAX_INTEGER`."""
    check_whole_number(value, maximum=MAX_INTEGER)


def x_check_non_negative_int__mutmut_6(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: an ``int`` (not a bool) from 0 to :data:`MAX_INTEGER`."""
    check_whole_number(value, attribute.name, )

mutants_x_check_non_negative_int__mutmut['_mutmut_orig'] = x_check_non_negative_int__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_non_negative_int__mutmut['x_check_non_negative_int__mutmut_1'] = x_check_non_negative_int__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_non_negative_int__mutmut['x_check_non_negative_int__mutmut_2'] = x_check_non_negative_int__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_non_negative_int__mutmut['x_check_non_negative_int__mutmut_3'] = x_check_non_negative_int__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_non_negative_int__mutmut['x_check_non_negative_int__mutmut_4'] = x_check_non_negative_int__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_non_negative_int__mutmut['x_check_non_negative_int__mutmut_5'] = x_check_non_negative_int__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_non_negative_int__mutmut['x_check_non_negative_int__mutmut_6'] = x_check_non_negative_int__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_whole_number__mutmut)
def check_whole_number(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=value)


def x_check_whole_number__mutmut_orig(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=value)


def x_check_whole_number__mutmut_1(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) and not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=value)


def x_check_whole_number__mutmut_2(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) and not isinstance(value, int) or not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=value)


def x_check_whole_number__mutmut_3(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or isinstance(value, int) or not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=value)


def x_check_whole_number__mutmut_4(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=value)


def x_check_whole_number__mutmut_5(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=value)


def x_check_whole_number__mutmut_6(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=value)


def x_check_whole_number__mutmut_7(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=value)


def x_check_whole_number__mutmut_8(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        msg = None
        raise InvalidComponent(msg, field=field, value=value)


def x_check_whole_number__mutmut_9(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(None)}"
        raise InvalidComponent(msg, field=field, value=value)


def x_check_whole_number__mutmut_10(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(None, field=field, value=value)


def x_check_whole_number__mutmut_11(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=None, value=value)


def x_check_whole_number__mutmut_12(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=None)


def x_check_whole_number__mutmut_13(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(field=field, value=value)


def x_check_whole_number__mutmut_14(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, value=value)


def x_check_whole_number__mutmut_15(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, )

mutants_x_check_whole_number__mutmut['_mutmut_orig'] = x_check_whole_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_1'] = x_check_whole_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_2'] = x_check_whole_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_3'] = x_check_whole_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_4'] = x_check_whole_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_5'] = x_check_whole_number__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_6'] = x_check_whole_number__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_7'] = x_check_whole_number__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_8'] = x_check_whole_number__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_9'] = x_check_whole_number__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_10'] = x_check_whole_number__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_11'] = x_check_whole_number__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_12'] = x_check_whole_number__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_13'] = x_check_whole_number__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_14'] = x_check_whole_number__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_whole_number__mutmut['x_check_whole_number__mutmut_15'] = x_check_whole_number__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_optional_non_negative_int__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_optional_non_negative_int__mutmut)
def check_optional_non_negative_int(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an ``int`` >= 0."""
    if value is not None:
        check_non_negative_int(instance, attribute, value)


def x_check_optional_non_negative_int__mutmut_orig(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an ``int`` >= 0."""
    if value is not None:
        check_non_negative_int(instance, attribute, value)


def x_check_optional_non_negative_int__mutmut_1(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an ``int`` >= 0."""
    if value is None:
        check_non_negative_int(instance, attribute, value)


def x_check_optional_non_negative_int__mutmut_2(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an ``int`` >= 0."""
    if value is not None:
        check_non_negative_int(None, attribute, value)


def x_check_optional_non_negative_int__mutmut_3(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an ``int`` >= 0."""
    if value is not None:
        check_non_negative_int(instance, None, value)


def x_check_optional_non_negative_int__mutmut_4(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an ``int`` >= 0."""
    if value is not None:
        check_non_negative_int(instance, attribute, None)


def x_check_optional_non_negative_int__mutmut_5(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an ``int`` >= 0."""
    if value is not None:
        check_non_negative_int(attribute, value)


def x_check_optional_non_negative_int__mutmut_6(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an ``int`` >= 0."""
    if value is not None:
        check_non_negative_int(instance, value)


def x_check_optional_non_negative_int__mutmut_7(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an ``int`` >= 0."""
    if value is not None:
        check_non_negative_int(instance, attribute, )

mutants_x_check_optional_non_negative_int__mutmut['_mutmut_orig'] = x_check_optional_non_negative_int__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_optional_non_negative_int__mutmut['x_check_optional_non_negative_int__mutmut_1'] = x_check_optional_non_negative_int__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_optional_non_negative_int__mutmut['x_check_optional_non_negative_int__mutmut_2'] = x_check_optional_non_negative_int__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_optional_non_negative_int__mutmut['x_check_optional_non_negative_int__mutmut_3'] = x_check_optional_non_negative_int__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_optional_non_negative_int__mutmut['x_check_optional_non_negative_int__mutmut_4'] = x_check_optional_non_negative_int__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_optional_non_negative_int__mutmut['x_check_optional_non_negative_int__mutmut_5'] = x_check_optional_non_negative_int__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_optional_non_negative_int__mutmut['x_check_optional_non_negative_int__mutmut_6'] = x_check_optional_non_negative_int__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_optional_non_negative_int__mutmut['x_check_optional_non_negative_int__mutmut_7'] = x_check_optional_non_negative_int__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_enum__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_enum__mutmut)
def check_enum(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, field=attribute.name, value=value)

    return _check


def x_check_enum__mutmut_orig(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, field=attribute.name, value=value)

    return _check


def x_check_enum__mutmut_1(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, field=attribute.name, value=value)

    return _check


def x_check_enum__mutmut_2(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = None
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, field=attribute.name, value=value)

    return _check


def x_check_enum__mutmut_3(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(None)
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, field=attribute.name, value=value)

    return _check


def x_check_enum__mutmut_4(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = "XX, XX".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, field=attribute.name, value=value)

    return _check


def x_check_enum__mutmut_5(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = None
            raise InvalidComponent(msg, field=attribute.name, value=value)

    return _check


def x_check_enum__mutmut_6(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {shown(None)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, field=attribute.name, value=value)

    return _check


def x_check_enum__mutmut_7(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(None, field=attribute.name, value=value)

    return _check


def x_check_enum__mutmut_8(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, field=None, value=value)

    return _check


def x_check_enum__mutmut_9(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, field=attribute.name, value=None)

    return _check


def x_check_enum__mutmut_10(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(field=attribute.name, value=value)

    return _check


def x_check_enum__mutmut_11(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, value=value)

    return _check


def x_check_enum__mutmut_12(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, field=attribute.name, )

    return _check

mutants_x_check_enum__mutmut['_mutmut_orig'] = x_check_enum__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_enum__mutmut['x_check_enum__mutmut_1'] = x_check_enum__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_enum__mutmut['x_check_enum__mutmut_2'] = x_check_enum__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_enum__mutmut['x_check_enum__mutmut_3'] = x_check_enum__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_enum__mutmut['x_check_enum__mutmut_4'] = x_check_enum__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_enum__mutmut['x_check_enum__mutmut_5'] = x_check_enum__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_enum__mutmut['x_check_enum__mutmut_6'] = x_check_enum__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_enum__mutmut['x_check_enum__mutmut_7'] = x_check_enum__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_enum__mutmut['x_check_enum__mutmut_8'] = x_check_enum__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_enum__mutmut['x_check_enum__mutmut_9'] = x_check_enum__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_enum__mutmut['x_check_enum__mutmut_10'] = x_check_enum__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_enum__mutmut['x_check_enum__mutmut_11'] = x_check_enum__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_enum__mutmut['x_check_enum__mutmut_12'] = x_check_enum__mutmut_12 # type: ignore # mutmut generated
mutants_x_as_enum__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_as_enum__mutmut)
def as_enum(enum_type: type[_T], value: object) -> _T:
    """Converter: accept a member, its value or its Chinese label; else leave for the validator."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:  # type: ignore[attr-defined]
            if value in (member.value, getattr(member, "label", None)):
                return member  # type: ignore[no-any-return]
    return value  # type: ignore[return-value]  # the validator names the problem


def x_as_enum__mutmut_orig(enum_type: type[_T], value: object) -> _T:
    """Converter: accept a member, its value or its Chinese label; else leave for the validator."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:  # type: ignore[attr-defined]
            if value in (member.value, getattr(member, "label", None)):
                return member  # type: ignore[no-any-return]
    return value  # type: ignore[return-value]  # the validator names the problem


def x_as_enum__mutmut_1(enum_type: type[_T], value: object) -> _T:
    """Converter: accept a member, its value or its Chinese label; else leave for the validator."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:  # type: ignore[attr-defined]
            if value not in (member.value, getattr(member, "label", None)):
                return member  # type: ignore[no-any-return]
    return value  # type: ignore[return-value]  # the validator names the problem


def x_as_enum__mutmut_2(enum_type: type[_T], value: object) -> _T:
    """Converter: accept a member, its value or its Chinese label; else leave for the validator."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:  # type: ignore[attr-defined]
            if value in (member.value, getattr(None, "label", None)):
                return member  # type: ignore[no-any-return]
    return value  # type: ignore[return-value]  # the validator names the problem


def x_as_enum__mutmut_3(enum_type: type[_T], value: object) -> _T:
    """Converter: accept a member, its value or its Chinese label; else leave for the validator."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:  # type: ignore[attr-defined]
            if value in (member.value, getattr(member, None, None)):
                return member  # type: ignore[no-any-return]
    return value  # type: ignore[return-value]  # the validator names the problem


def x_as_enum__mutmut_4(enum_type: type[_T], value: object) -> _T:
    """Converter: accept a member, its value or its Chinese label; else leave for the validator."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:  # type: ignore[attr-defined]
            if value in (member.value, getattr("label", None)):
                return member  # type: ignore[no-any-return]
    return value  # type: ignore[return-value]  # the validator names the problem


def x_as_enum__mutmut_5(enum_type: type[_T], value: object) -> _T:
    """Converter: accept a member, its value or its Chinese label; else leave for the validator."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:  # type: ignore[attr-defined]
            if value in (member.value, getattr(member, None)):
                return member  # type: ignore[no-any-return]
    return value  # type: ignore[return-value]  # the validator names the problem


def x_as_enum__mutmut_6(enum_type: type[_T], value: object) -> _T:
    """Converter: accept a member, its value or its Chinese label; else leave for the validator."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:  # type: ignore[attr-defined]
            if value in (member.value, getattr(member, "label", )):
                return member  # type: ignore[no-any-return]
    return value  # type: ignore[return-value]  # the validator names the problem


def x_as_enum__mutmut_7(enum_type: type[_T], value: object) -> _T:
    """Converter: accept a member, its value or its Chinese label; else leave for the validator."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:  # type: ignore[attr-defined]
            if value in (member.value, getattr(member, "XXlabelXX", None)):
                return member  # type: ignore[no-any-return]
    return value  # type: ignore[return-value]  # the validator names the problem


def x_as_enum__mutmut_8(enum_type: type[_T], value: object) -> _T:
    """Converter: accept a member, its value or its Chinese label; else leave for the validator."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:  # type: ignore[attr-defined]
            if value in (member.value, getattr(member, "LABEL", None)):
                return member  # type: ignore[no-any-return]
    return value  # type: ignore[return-value]  # the validator names the problem

mutants_x_as_enum__mutmut['_mutmut_orig'] = x_as_enum__mutmut_orig # type: ignore # mutmut generated
mutants_x_as_enum__mutmut['x_as_enum__mutmut_1'] = x_as_enum__mutmut_1 # type: ignore # mutmut generated
mutants_x_as_enum__mutmut['x_as_enum__mutmut_2'] = x_as_enum__mutmut_2 # type: ignore # mutmut generated
mutants_x_as_enum__mutmut['x_as_enum__mutmut_3'] = x_as_enum__mutmut_3 # type: ignore # mutmut generated
mutants_x_as_enum__mutmut['x_as_enum__mutmut_4'] = x_as_enum__mutmut_4 # type: ignore # mutmut generated
mutants_x_as_enum__mutmut['x_as_enum__mutmut_5'] = x_as_enum__mutmut_5 # type: ignore # mutmut generated
mutants_x_as_enum__mutmut['x_as_enum__mutmut_6'] = x_as_enum__mutmut_6 # type: ignore # mutmut generated
mutants_x_as_enum__mutmut['x_as_enum__mutmut_7'] = x_as_enum__mutmut_7 # type: ignore # mutmut generated
mutants_x_as_enum__mutmut['x_as_enum__mutmut_8'] = x_as_enum__mutmut_8 # type: ignore # mutmut generated
mutants_x_optional_enum__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_optional_enum__mutmut)
def optional_enum(enum_type: type[_T], value: object) -> _T | None:
    """Converter: like :func:`as_enum`, but ``None`` stays ``None``."""
    return None if value is None else as_enum(enum_type, value)


def x_optional_enum__mutmut_orig(enum_type: type[_T], value: object) -> _T | None:
    """Converter: like :func:`as_enum`, but ``None`` stays ``None``."""
    return None if value is None else as_enum(enum_type, value)


def x_optional_enum__mutmut_1(enum_type: type[_T], value: object) -> _T | None:
    """Converter: like :func:`as_enum`, but ``None`` stays ``None``."""
    return None if (value is None) and False else as_enum(enum_type, value)


def x_optional_enum__mutmut_2(enum_type: type[_T], value: object) -> _T | None:
    """Converter: like :func:`as_enum`, but ``None`` stays ``None``."""
    return None if (value is None) or True else as_enum(enum_type, value)


def x_optional_enum__mutmut_3(enum_type: type[_T], value: object) -> _T | None:
    """Converter: like :func:`as_enum`, but ``None`` stays ``None``."""
    return None if value is not None else as_enum(enum_type, value)


def x_optional_enum__mutmut_4(enum_type: type[_T], value: object) -> _T | None:
    """Converter: like :func:`as_enum`, but ``None`` stays ``None``."""
    return None if value is None else as_enum(None, value)


def x_optional_enum__mutmut_5(enum_type: type[_T], value: object) -> _T | None:
    """Converter: like :func:`as_enum`, but ``None`` stays ``None``."""
    return None if value is None else as_enum(enum_type, None)


def x_optional_enum__mutmut_6(enum_type: type[_T], value: object) -> _T | None:
    """Converter: like :func:`as_enum`, but ``None`` stays ``None``."""
    return None if value is None else as_enum(value)


def x_optional_enum__mutmut_7(enum_type: type[_T], value: object) -> _T | None:
    """Converter: like :func:`as_enum`, but ``None`` stays ``None``."""
    return None if value is None else as_enum(enum_type, )

mutants_x_optional_enum__mutmut['_mutmut_orig'] = x_optional_enum__mutmut_orig # type: ignore # mutmut generated
mutants_x_optional_enum__mutmut['x_optional_enum__mutmut_1'] = x_optional_enum__mutmut_1 # type: ignore # mutmut generated
mutants_x_optional_enum__mutmut['x_optional_enum__mutmut_2'] = x_optional_enum__mutmut_2 # type: ignore # mutmut generated
mutants_x_optional_enum__mutmut['x_optional_enum__mutmut_3'] = x_optional_enum__mutmut_3 # type: ignore # mutmut generated
mutants_x_optional_enum__mutmut['x_optional_enum__mutmut_4'] = x_optional_enum__mutmut_4 # type: ignore # mutmut generated
mutants_x_optional_enum__mutmut['x_optional_enum__mutmut_5'] = x_optional_enum__mutmut_5 # type: ignore # mutmut generated
mutants_x_optional_enum__mutmut['x_optional_enum__mutmut_6'] = x_optional_enum__mutmut_6 # type: ignore # mutmut generated
mutants_x_optional_enum__mutmut['x_optional_enum__mutmut_7'] = x_optional_enum__mutmut_7 # type: ignore # mutmut generated
mutants_x_identifier__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_identifier__mutmut)
def identifier(validate: Callable[..., str], field_name: str, value: object) -> str:
    """Converter: normalise with an identifier module's ``validate``, naming the field."""
    try:
        return validate(value)
    except ValidationError as exc:
        exc.field = field_name
        raise


def x_identifier__mutmut_orig(validate: Callable[..., str], field_name: str, value: object) -> str:
    """Converter: normalise with an identifier module's ``validate``, naming the field."""
    try:
        return validate(value)
    except ValidationError as exc:
        exc.field = field_name
        raise


def x_identifier__mutmut_1(validate: Callable[..., str], field_name: str, value: object) -> str:
    """Converter: normalise with an identifier module's ``validate``, naming the field."""
    try:
        return validate(None)
    except ValidationError as exc:
        exc.field = field_name
        raise


def x_identifier__mutmut_2(validate: Callable[..., str], field_name: str, value: object) -> str:
    """Converter: normalise with an identifier module's ``validate``, naming the field."""
    try:
        return validate(value)
    except ValidationError as exc:
        exc.field = None
        raise

mutants_x_identifier__mutmut['_mutmut_orig'] = x_identifier__mutmut_orig # type: ignore # mutmut generated
mutants_x_identifier__mutmut['x_identifier__mutmut_1'] = x_identifier__mutmut_1 # type: ignore # mutmut generated
mutants_x_identifier__mutmut['x_identifier__mutmut_2'] = x_identifier__mutmut_2 # type: ignore # mutmut generated
mutants_x_optional_identifier__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_optional_identifier__mutmut)
def optional_identifier(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is None or value == "":
        return None
    return identifier(validate, field_name, value)


def x_optional_identifier__mutmut_orig(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is None or value == "":
        return None
    return identifier(validate, field_name, value)


def x_optional_identifier__mutmut_1(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is None and value == "":
        return None
    return identifier(validate, field_name, value)


def x_optional_identifier__mutmut_2(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is not None or value == "":
        return None
    return identifier(validate, field_name, value)


def x_optional_identifier__mutmut_3(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is None or value != "":
        return None
    return identifier(validate, field_name, value)


def x_optional_identifier__mutmut_4(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is None or value == "XXXX":
        return None
    return identifier(validate, field_name, value)


def x_optional_identifier__mutmut_5(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is None or value == "":
        return None
    return identifier(None, field_name, value)


def x_optional_identifier__mutmut_6(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is None or value == "":
        return None
    return identifier(validate, None, value)


def x_optional_identifier__mutmut_7(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is None or value == "":
        return None
    return identifier(validate, field_name, None)


def x_optional_identifier__mutmut_8(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is None or value == "":
        return None
    return identifier(field_name, value)


def x_optional_identifier__mutmut_9(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is None or value == "":
        return None
    return identifier(validate, value)


def x_optional_identifier__mutmut_10(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is None or value == "":
        return None
    return identifier(validate, field_name, )

mutants_x_optional_identifier__mutmut['_mutmut_orig'] = x_optional_identifier__mutmut_orig # type: ignore # mutmut generated
mutants_x_optional_identifier__mutmut['x_optional_identifier__mutmut_1'] = x_optional_identifier__mutmut_1 # type: ignore # mutmut generated
mutants_x_optional_identifier__mutmut['x_optional_identifier__mutmut_2'] = x_optional_identifier__mutmut_2 # type: ignore # mutmut generated
mutants_x_optional_identifier__mutmut['x_optional_identifier__mutmut_3'] = x_optional_identifier__mutmut_3 # type: ignore # mutmut generated
mutants_x_optional_identifier__mutmut['x_optional_identifier__mutmut_4'] = x_optional_identifier__mutmut_4 # type: ignore # mutmut generated
mutants_x_optional_identifier__mutmut['x_optional_identifier__mutmut_5'] = x_optional_identifier__mutmut_5 # type: ignore # mutmut generated
mutants_x_optional_identifier__mutmut['x_optional_identifier__mutmut_6'] = x_optional_identifier__mutmut_6 # type: ignore # mutmut generated
mutants_x_optional_identifier__mutmut['x_optional_identifier__mutmut_7'] = x_optional_identifier__mutmut_7 # type: ignore # mutmut generated
mutants_x_optional_identifier__mutmut['x_optional_identifier__mutmut_8'] = x_optional_identifier__mutmut_8 # type: ignore # mutmut generated
mutants_x_optional_identifier__mutmut['x_optional_identifier__mutmut_9'] = x_optional_identifier__mutmut_9 # type: ignore # mutmut generated
mutants_x_optional_identifier__mutmut['x_optional_identifier__mutmut_10'] = x_optional_identifier__mutmut_10 # type: ignore # mutmut generated
mutants_x_money__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_money__mutmut)
def money(field_name: str, value: object) -> Decimal:
    """Converter: :func:`autocrm.domain.money.to_money` naming the field."""
    return to_money(value, field=field_name)


def x_money__mutmut_orig(field_name: str, value: object) -> Decimal:
    """Converter: :func:`autocrm.domain.money.to_money` naming the field."""
    return to_money(value, field=field_name)


def x_money__mutmut_1(field_name: str, value: object) -> Decimal:
    """Converter: :func:`autocrm.domain.money.to_money` naming the field."""
    return to_money(None, field=field_name)


def x_money__mutmut_2(field_name: str, value: object) -> Decimal:
    """Converter: :func:`autocrm.domain.money.to_money` naming the field."""
    return to_money(value, field=None)


def x_money__mutmut_3(field_name: str, value: object) -> Decimal:
    """Converter: :func:`autocrm.domain.money.to_money` naming the field."""
    return to_money(field=field_name)


def x_money__mutmut_4(field_name: str, value: object) -> Decimal:
    """Converter: :func:`autocrm.domain.money.to_money` naming the field."""
    return to_money(value, )

mutants_x_money__mutmut['_mutmut_orig'] = x_money__mutmut_orig # type: ignore # mutmut generated
mutants_x_money__mutmut['x_money__mutmut_1'] = x_money__mutmut_1 # type: ignore # mutmut generated
mutants_x_money__mutmut['x_money__mutmut_2'] = x_money__mutmut_2 # type: ignore # mutmut generated
mutants_x_money__mutmut['x_money__mutmut_3'] = x_money__mutmut_3 # type: ignore # mutmut generated
mutants_x_money__mutmut['x_money__mutmut_4'] = x_money__mutmut_4 # type: ignore # mutmut generated
mutants_x_optional_money__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_optional_money__mutmut)
def optional_money(field_name: str, value: object) -> Decimal | None:
    """Converter: money or ``None``."""
    return None if value is None else to_money(value, field=field_name)


def x_optional_money__mutmut_orig(field_name: str, value: object) -> Decimal | None:
    """Converter: money or ``None``."""
    return None if value is None else to_money(value, field=field_name)


def x_optional_money__mutmut_1(field_name: str, value: object) -> Decimal | None:
    """Converter: money or ``None``."""
    return None if (value is None) and False else to_money(value, field=field_name)


def x_optional_money__mutmut_2(field_name: str, value: object) -> Decimal | None:
    """Converter: money or ``None``."""
    return None if (value is None) or True else to_money(value, field=field_name)


def x_optional_money__mutmut_3(field_name: str, value: object) -> Decimal | None:
    """Converter: money or ``None``."""
    return None if value is not None else to_money(value, field=field_name)


def x_optional_money__mutmut_4(field_name: str, value: object) -> Decimal | None:
    """Converter: money or ``None``."""
    return None if value is None else to_money(None, field=field_name)


def x_optional_money__mutmut_5(field_name: str, value: object) -> Decimal | None:
    """Converter: money or ``None``."""
    return None if value is None else to_money(value, field=None)


def x_optional_money__mutmut_6(field_name: str, value: object) -> Decimal | None:
    """Converter: money or ``None``."""
    return None if value is None else to_money(field=field_name)


def x_optional_money__mutmut_7(field_name: str, value: object) -> Decimal | None:
    """Converter: money or ``None``."""
    return None if value is None else to_money(value, )

mutants_x_optional_money__mutmut['_mutmut_orig'] = x_optional_money__mutmut_orig # type: ignore # mutmut generated
mutants_x_optional_money__mutmut['x_optional_money__mutmut_1'] = x_optional_money__mutmut_1 # type: ignore # mutmut generated
mutants_x_optional_money__mutmut['x_optional_money__mutmut_2'] = x_optional_money__mutmut_2 # type: ignore # mutmut generated
mutants_x_optional_money__mutmut['x_optional_money__mutmut_3'] = x_optional_money__mutmut_3 # type: ignore # mutmut generated
mutants_x_optional_money__mutmut['x_optional_money__mutmut_4'] = x_optional_money__mutmut_4 # type: ignore # mutmut generated
mutants_x_optional_money__mutmut['x_optional_money__mutmut_5'] = x_optional_money__mutmut_5 # type: ignore # mutmut generated
mutants_x_optional_money__mutmut['x_optional_money__mutmut_6'] = x_optional_money__mutmut_6 # type: ignore # mutmut generated
mutants_x_optional_money__mutmut['x_optional_money__mutmut_7'] = x_optional_money__mutmut_7 # type: ignore # mutmut generated
mutants_x__iterable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__iterable__mutmut)
def _iterable(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__iterable__mutmut_orig(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__iterable__mutmut_1(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) and not isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__iterable__mutmut_2(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__iterable__mutmut_3(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__iterable__mutmut_4(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(None).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__iterable__mutmut_5(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(value).__name__} {shown(None)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def x__iterable__mutmut_6(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(None, field=field, value=value)
    return value


def x__iterable__mutmut_7(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value)
    return value


def x__iterable__mutmut_8(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=None)
    return value


def x__iterable__mutmut_9(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(field=field, value=value)
    return value


def x__iterable__mutmut_10(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, value=value)
    return value


def x__iterable__mutmut_11(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, )
    return value

mutants_x__iterable__mutmut['_mutmut_orig'] = x__iterable__mutmut_orig # type: ignore # mutmut generated
mutants_x__iterable__mutmut['x__iterable__mutmut_1'] = x__iterable__mutmut_1 # type: ignore # mutmut generated
mutants_x__iterable__mutmut['x__iterable__mutmut_2'] = x__iterable__mutmut_2 # type: ignore # mutmut generated
mutants_x__iterable__mutmut['x__iterable__mutmut_3'] = x__iterable__mutmut_3 # type: ignore # mutmut generated
mutants_x__iterable__mutmut['x__iterable__mutmut_4'] = x__iterable__mutmut_4 # type: ignore # mutmut generated
mutants_x__iterable__mutmut['x__iterable__mutmut_5'] = x__iterable__mutmut_5 # type: ignore # mutmut generated
mutants_x__iterable__mutmut['x__iterable__mutmut_6'] = x__iterable__mutmut_6 # type: ignore # mutmut generated
mutants_x__iterable__mutmut['x__iterable__mutmut_7'] = x__iterable__mutmut_7 # type: ignore # mutmut generated
mutants_x__iterable__mutmut['x__iterable__mutmut_8'] = x__iterable__mutmut_8 # type: ignore # mutmut generated
mutants_x__iterable__mutmut['x__iterable__mutmut_9'] = x__iterable__mutmut_9 # type: ignore # mutmut generated
mutants_x__iterable__mutmut['x__iterable__mutmut_10'] = x__iterable__mutmut_10 # type: ignore # mutmut generated
mutants_x__iterable__mutmut['x__iterable__mutmut_11'] = x__iterable__mutmut_11 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_frozen_set__mutmut)
def frozen_set(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_orig(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_1(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset(None)
    try:
        return frozenset(_iterable(field, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_2(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(None)
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_3(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(None, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_4(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, None, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_5(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what=None))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_6(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_7(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_8(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, ))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_9(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what="XXa collectionXX"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_10(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what="A COLLECTION"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_11(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = None
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_12(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(None)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def x_frozen_set__mutmut_13(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(None, field=field, value=value) from None


def x_frozen_set__mutmut_14(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=None, value=value) from None


def x_frozen_set__mutmut_15(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=None) from None


def x_frozen_set__mutmut_16(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(field=field, value=value) from None


def x_frozen_set__mutmut_17(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, value=value) from None


def x_frozen_set__mutmut_18(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    if isinstance(value, str):
        return frozenset([value])
    try:
        return frozenset(_iterable(field, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, ) from None

mutants_x_frozen_set__mutmut['_mutmut_orig'] = x_frozen_set__mutmut_orig # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_1'] = x_frozen_set__mutmut_1 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_2'] = x_frozen_set__mutmut_2 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_3'] = x_frozen_set__mutmut_3 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_4'] = x_frozen_set__mutmut_4 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_5'] = x_frozen_set__mutmut_5 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_6'] = x_frozen_set__mutmut_6 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_7'] = x_frozen_set__mutmut_7 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_8'] = x_frozen_set__mutmut_8 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_9'] = x_frozen_set__mutmut_9 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_10'] = x_frozen_set__mutmut_10 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_11'] = x_frozen_set__mutmut_11 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_12'] = x_frozen_set__mutmut_12 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_13'] = x_frozen_set__mutmut_13 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_14'] = x_frozen_set__mutmut_14 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_15'] = x_frozen_set__mutmut_15 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_16'] = x_frozen_set__mutmut_16 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_17'] = x_frozen_set__mutmut_17 # type: ignore # mutmut generated
mutants_x_frozen_set__mutmut['x_frozen_set__mutmut_18'] = x_frozen_set__mutmut_18 # type: ignore # mutmut generated
mutants_x_frozen_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_frozen_tuple__mutmut)
def frozen_tuple(field: str, value: object) -> tuple[Any, ...]:
    """Converter: a sequence or other collection (not a string) to a tuple.

    Anything else (None, a number, a string, a mapping) is refused naming ``field``.
    """
    return tuple(_iterable(field, value, what="a collection"))


def x_frozen_tuple__mutmut_orig(field: str, value: object) -> tuple[Any, ...]:
    """Converter: a sequence or other collection (not a string) to a tuple.

    Anything else (None, a number, a string, a mapping) is refused naming ``field``.
    """
    return tuple(_iterable(field, value, what="a collection"))


def x_frozen_tuple__mutmut_1(field: str, value: object) -> tuple[Any, ...]:
    """Converter: a sequence or other collection (not a string) to a tuple.

    Anything else (None, a number, a string, a mapping) is refused naming ``field``.
    """
    return tuple(None)


def x_frozen_tuple__mutmut_2(field: str, value: object) -> tuple[Any, ...]:
    """Converter: a sequence or other collection (not a string) to a tuple.

    Anything else (None, a number, a string, a mapping) is refused naming ``field``.
    """
    return tuple(_iterable(None, value, what="a collection"))


def x_frozen_tuple__mutmut_3(field: str, value: object) -> tuple[Any, ...]:
    """Converter: a sequence or other collection (not a string) to a tuple.

    Anything else (None, a number, a string, a mapping) is refused naming ``field``.
    """
    return tuple(_iterable(field, None, what="a collection"))


def x_frozen_tuple__mutmut_4(field: str, value: object) -> tuple[Any, ...]:
    """Converter: a sequence or other collection (not a string) to a tuple.

    Anything else (None, a number, a string, a mapping) is refused naming ``field``.
    """
    return tuple(_iterable(field, value, what=None))


def x_frozen_tuple__mutmut_5(field: str, value: object) -> tuple[Any, ...]:
    """Converter: a sequence or other collection (not a string) to a tuple.

    Anything else (None, a number, a string, a mapping) is refused naming ``field``.
    """
    return tuple(_iterable(value, what="a collection"))


def x_frozen_tuple__mutmut_6(field: str, value: object) -> tuple[Any, ...]:
    """Converter: a sequence or other collection (not a string) to a tuple.

    Anything else (None, a number, a string, a mapping) is refused naming ``field``.
    """
    return tuple(_iterable(field, what="a collection"))


def x_frozen_tuple__mutmut_7(field: str, value: object) -> tuple[Any, ...]:
    """Converter: a sequence or other collection (not a string) to a tuple.

    Anything else (None, a number, a string, a mapping) is refused naming ``field``.
    """
    return tuple(_iterable(field, value, ))


def x_frozen_tuple__mutmut_8(field: str, value: object) -> tuple[Any, ...]:
    """Converter: a sequence or other collection (not a string) to a tuple.

    Anything else (None, a number, a string, a mapping) is refused naming ``field``.
    """
    return tuple(_iterable(field, value, what="XXa collectionXX"))


def x_frozen_tuple__mutmut_9(field: str, value: object) -> tuple[Any, ...]:
    """Converter: a sequence or other collection (not a string) to a tuple.

    Anything else (None, a number, a string, a mapping) is refused naming ``field``.
    """
    return tuple(_iterable(field, value, what="A COLLECTION"))

mutants_x_frozen_tuple__mutmut['_mutmut_orig'] = x_frozen_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x_frozen_tuple__mutmut['x_frozen_tuple__mutmut_1'] = x_frozen_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x_frozen_tuple__mutmut['x_frozen_tuple__mutmut_2'] = x_frozen_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x_frozen_tuple__mutmut['x_frozen_tuple__mutmut_3'] = x_frozen_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x_frozen_tuple__mutmut['x_frozen_tuple__mutmut_4'] = x_frozen_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x_frozen_tuple__mutmut['x_frozen_tuple__mutmut_5'] = x_frozen_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x_frozen_tuple__mutmut['x_frozen_tuple__mutmut_6'] = x_frozen_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x_frozen_tuple__mutmut['x_frozen_tuple__mutmut_7'] = x_frozen_tuple__mutmut_7 # type: ignore # mutmut generated
mutants_x_frozen_tuple__mutmut['x_frozen_tuple__mutmut_8'] = x_frozen_tuple__mutmut_8 # type: ignore # mutmut generated
mutants_x_frozen_tuple__mutmut['x_frozen_tuple__mutmut_9'] = x_frozen_tuple__mutmut_9 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_frozen_mapping__mutmut)
def frozen_mapping(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_orig(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_1(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_2(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = None
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_3(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(None).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_4(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(None, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_5(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=None, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_6(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=None)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_7(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_8(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_9(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, )
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_10(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = None
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_11(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(None)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_12(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(None, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_13(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=None, allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_14(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=None)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_15(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_16(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_17(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", )
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_18(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=False)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_19(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(None, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_20(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=None, allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_21(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=None)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_22(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_23(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_24(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", )
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_25(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(None)}]", allow_blank=True)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_26(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=False)
    return MappingProxyType(items)


def x_frozen_mapping__mutmut_27(field: str, value: object) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping, refused naming ``field``.

    Keys and values are texts without NUL (a store keeps them as JSON).
    """
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping of text to text, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    items = dict(value)
    for key, item in items.items():
        check_text(key, field=f"{field} key", allow_blank=True)
        check_text(item, field=f"{field}[{shown(key)}]", allow_blank=True)
    return MappingProxyType(None)

mutants_x_frozen_mapping__mutmut['_mutmut_orig'] = x_frozen_mapping__mutmut_orig # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_1'] = x_frozen_mapping__mutmut_1 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_2'] = x_frozen_mapping__mutmut_2 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_3'] = x_frozen_mapping__mutmut_3 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_4'] = x_frozen_mapping__mutmut_4 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_5'] = x_frozen_mapping__mutmut_5 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_6'] = x_frozen_mapping__mutmut_6 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_7'] = x_frozen_mapping__mutmut_7 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_8'] = x_frozen_mapping__mutmut_8 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_9'] = x_frozen_mapping__mutmut_9 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_10'] = x_frozen_mapping__mutmut_10 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_11'] = x_frozen_mapping__mutmut_11 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_12'] = x_frozen_mapping__mutmut_12 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_13'] = x_frozen_mapping__mutmut_13 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_14'] = x_frozen_mapping__mutmut_14 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_15'] = x_frozen_mapping__mutmut_15 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_16'] = x_frozen_mapping__mutmut_16 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_17'] = x_frozen_mapping__mutmut_17 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_18'] = x_frozen_mapping__mutmut_18 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_19'] = x_frozen_mapping__mutmut_19 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_20'] = x_frozen_mapping__mutmut_20 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_21'] = x_frozen_mapping__mutmut_21 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_22'] = x_frozen_mapping__mutmut_22 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_23'] = x_frozen_mapping__mutmut_23 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_24'] = x_frozen_mapping__mutmut_24 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_25'] = x_frozen_mapping__mutmut_25 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_26'] = x_frozen_mapping__mutmut_26 # type: ignore # mutmut generated
mutants_x_frozen_mapping__mutmut['x_frozen_mapping__mutmut_27'] = x_frozen_mapping__mutmut_27 # type: ignore # mutmut generated
mutants_xǁTextMembersValidatorǁ__call____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class TextMembersValidator:
    """Validator: every member of a collection is a text of at most ``max_length``, without NUL."""

    max_length: int | None

    @_mutmut_mutated(mutants_xǁTextMembersValidatorǁ__call____mutmut)
    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            check_text(
                item,
                field=f"{attribute.name}[{index}]",
                max_length=self.max_length,
                allow_blank=True,
            )

    def xǁTextMembersValidatorǁ__call____mutmut_orig(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            check_text(
                item,
                field=f"{attribute.name}[{index}]",
                max_length=self.max_length,
                allow_blank=True,
            )

    def xǁTextMembersValidatorǁ__call____mutmut_1(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(None):
            check_text(
                item,
                field=f"{attribute.name}[{index}]",
                max_length=self.max_length,
                allow_blank=True,
            )

    def xǁTextMembersValidatorǁ__call____mutmut_2(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            check_text(
                None,
                field=f"{attribute.name}[{index}]",
                max_length=self.max_length,
                allow_blank=True,
            )

    def xǁTextMembersValidatorǁ__call____mutmut_3(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            check_text(
                item,
                field=None,
                max_length=self.max_length,
                allow_blank=True,
            )

    def xǁTextMembersValidatorǁ__call____mutmut_4(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            check_text(
                item,
                field=f"{attribute.name}[{index}]",
                max_length=None,
                allow_blank=True,
            )

    def xǁTextMembersValidatorǁ__call____mutmut_5(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            check_text(
                item,
                field=f"{attribute.name}[{index}]",
                max_length=self.max_length,
                allow_blank=None,
            )

    def xǁTextMembersValidatorǁ__call____mutmut_6(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            check_text(
                field=f"{attribute.name}[{index}]",
                max_length=self.max_length,
                allow_blank=True,
            )

    def xǁTextMembersValidatorǁ__call____mutmut_7(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            check_text(
                item,
                max_length=self.max_length,
                allow_blank=True,
            )

    def xǁTextMembersValidatorǁ__call____mutmut_8(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            check_text(
                item,
                field=f"{attribute.name}[{index}]",
                allow_blank=True,
            )

    def xǁTextMembersValidatorǁ__call____mutmut_9(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            check_text(
                item,
                field=f"{attribute.name}[{index}]",
                max_length=self.max_length,
                )

    def xǁTextMembersValidatorǁ__call____mutmut_10(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            check_text(
                item,
                field=f"{attribute.name}[{index}]",
                max_length=self.max_length,
                allow_blank=False,
            )

mutants_xǁTextMembersValidatorǁ__call____mutmut['_mutmut_orig'] = TextMembersValidator.xǁTextMembersValidatorǁ__call____mutmut_orig # type: ignore # mutmut generated
mutants_xǁTextMembersValidatorǁ__call____mutmut['xǁTextMembersValidatorǁ__call____mutmut_1'] = TextMembersValidator.xǁTextMembersValidatorǁ__call____mutmut_1 # type: ignore # mutmut generated
mutants_xǁTextMembersValidatorǁ__call____mutmut['xǁTextMembersValidatorǁ__call____mutmut_2'] = TextMembersValidator.xǁTextMembersValidatorǁ__call____mutmut_2 # type: ignore # mutmut generated
mutants_xǁTextMembersValidatorǁ__call____mutmut['xǁTextMembersValidatorǁ__call____mutmut_3'] = TextMembersValidator.xǁTextMembersValidatorǁ__call____mutmut_3 # type: ignore # mutmut generated
mutants_xǁTextMembersValidatorǁ__call____mutmut['xǁTextMembersValidatorǁ__call____mutmut_4'] = TextMembersValidator.xǁTextMembersValidatorǁ__call____mutmut_4 # type: ignore # mutmut generated
mutants_xǁTextMembersValidatorǁ__call____mutmut['xǁTextMembersValidatorǁ__call____mutmut_5'] = TextMembersValidator.xǁTextMembersValidatorǁ__call____mutmut_5 # type: ignore # mutmut generated
mutants_xǁTextMembersValidatorǁ__call____mutmut['xǁTextMembersValidatorǁ__call____mutmut_6'] = TextMembersValidator.xǁTextMembersValidatorǁ__call____mutmut_6 # type: ignore # mutmut generated
mutants_xǁTextMembersValidatorǁ__call____mutmut['xǁTextMembersValidatorǁ__call____mutmut_7'] = TextMembersValidator.xǁTextMembersValidatorǁ__call____mutmut_7 # type: ignore # mutmut generated
mutants_xǁTextMembersValidatorǁ__call____mutmut['xǁTextMembersValidatorǁ__call____mutmut_8'] = TextMembersValidator.xǁTextMembersValidatorǁ__call____mutmut_8 # type: ignore # mutmut generated
mutants_xǁTextMembersValidatorǁ__call____mutmut['xǁTextMembersValidatorǁ__call____mutmut_9'] = TextMembersValidator.xǁTextMembersValidatorǁ__call____mutmut_9 # type: ignore # mutmut generated
mutants_xǁTextMembersValidatorǁ__call____mutmut['xǁTextMembersValidatorǁ__call____mutmut_10'] = TextMembersValidator.xǁTextMembersValidatorǁ__call____mutmut_10 # type: ignore # mutmut generated
mutants_x_text_members__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_text_members__mutmut)
def text_members(max_length: int | None) -> TextMembersValidator:
    """Validator: every member of a collection is a text of at most ``max_length``."""
    return TextMembersValidator(max_length)


def x_text_members__mutmut_orig(max_length: int | None) -> TextMembersValidator:
    """Validator: every member of a collection is a text of at most ``max_length``."""
    return TextMembersValidator(max_length)


def x_text_members__mutmut_1(max_length: int | None) -> TextMembersValidator:
    """Validator: every member of a collection is a text of at most ``max_length``."""
    return TextMembersValidator(None)

mutants_x_text_members__mutmut['_mutmut_orig'] = x_text_members__mutmut_orig # type: ignore # mutmut generated
mutants_x_text_members__mutmut['x_text_members__mutmut_1'] = x_text_members__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_members__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_members__mutmut)
def check_members(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, item_type):
                msg = (
                    f"{attribute.name}[{index}]: expected {item_type.__name__}, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(msg, field=f"{attribute.name}[{index}]", value=item)

    return _check


def x_check_members__mutmut_orig(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, item_type):
                msg = (
                    f"{attribute.name}[{index}]: expected {item_type.__name__}, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(msg, field=f"{attribute.name}[{index}]", value=item)

    return _check


def x_check_members__mutmut_1(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(None):
            if not isinstance(item, item_type):
                msg = (
                    f"{attribute.name}[{index}]: expected {item_type.__name__}, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(msg, field=f"{attribute.name}[{index}]", value=item)

    return _check


def x_check_members__mutmut_2(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if isinstance(item, item_type):
                msg = (
                    f"{attribute.name}[{index}]: expected {item_type.__name__}, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(msg, field=f"{attribute.name}[{index}]", value=item)

    return _check


def x_check_members__mutmut_3(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, item_type):
                msg = None
                raise InvalidFormat(msg, field=f"{attribute.name}[{index}]", value=item)

    return _check


def x_check_members__mutmut_4(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, item_type):
                msg = (
                    f"{attribute.name}[{index}]: expected {item_type.__name__}, "
                    f"got {type(None).__name__}"
                )
                raise InvalidFormat(msg, field=f"{attribute.name}[{index}]", value=item)

    return _check


def x_check_members__mutmut_5(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, item_type):
                msg = (
                    f"{attribute.name}[{index}]: expected {item_type.__name__}, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(None, field=f"{attribute.name}[{index}]", value=item)

    return _check


def x_check_members__mutmut_6(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, item_type):
                msg = (
                    f"{attribute.name}[{index}]: expected {item_type.__name__}, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(msg, field=None, value=item)

    return _check


def x_check_members__mutmut_7(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, item_type):
                msg = (
                    f"{attribute.name}[{index}]: expected {item_type.__name__}, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(msg, field=f"{attribute.name}[{index}]", value=None)

    return _check


def x_check_members__mutmut_8(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, item_type):
                msg = (
                    f"{attribute.name}[{index}]: expected {item_type.__name__}, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(field=f"{attribute.name}[{index}]", value=item)

    return _check


def x_check_members__mutmut_9(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, item_type):
                msg = (
                    f"{attribute.name}[{index}]: expected {item_type.__name__}, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(msg, value=item)

    return _check


def x_check_members__mutmut_10(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, item_type):
                msg = (
                    f"{attribute.name}[{index}]: expected {item_type.__name__}, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(msg, field=f"{attribute.name}[{index}]", )

    return _check

mutants_x_check_members__mutmut['_mutmut_orig'] = x_check_members__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_members__mutmut['x_check_members__mutmut_1'] = x_check_members__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_members__mutmut['x_check_members__mutmut_2'] = x_check_members__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_members__mutmut['x_check_members__mutmut_3'] = x_check_members__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_members__mutmut['x_check_members__mutmut_4'] = x_check_members__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_members__mutmut['x_check_members__mutmut_5'] = x_check_members__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_members__mutmut['x_check_members__mutmut_6'] = x_check_members__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_members__mutmut['x_check_members__mutmut_7'] = x_check_members__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_members__mutmut['x_check_members__mutmut_8'] = x_check_members__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_members__mutmut['x_check_members__mutmut_9'] = x_check_members__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_members__mutmut['x_check_members__mutmut_10'] = x_check_members__mutmut_10 # type: ignore # mutmut generated
