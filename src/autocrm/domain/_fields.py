"""attrs field helpers shared by the domain classes: each names the field in its errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from autocrm.domain.money import to_money
from autocrm.domain.time import require_aware
from autocrm.errors import InvalidComponent, InvalidFormat, ValidationError

_T = TypeVar("_T")


def check_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a non-blank string."""
    if not isinstance(value, str) or not value.strip():
        msg = f"{attribute.name}: expected a non-blank string, got {value!r}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def check_optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a string."""
    if value is not None and not isinstance(value, str):
        msg = f"{attribute.name}: expected a string or None, got {type(value).__name__}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def check_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {value!r}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def check_optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a ``date``."""
    if value is not None:
        check_date(instance, attribute, value)


def check_datetime(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: an aware ``datetime``."""
    require_aware(value, attribute.name)


def check_optional_datetime(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an aware ``datetime``."""
    if value is not None:
        require_aware(value, attribute.name)


def check_non_negative_int(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: an ``int`` (not a bool) >= 0."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {value!r}"
        raise InvalidComponent(msg, field=attribute.name, value=value)


def check_optional_non_negative_int(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an ``int`` >= 0."""
    if value is not None:
        check_non_negative_int(instance, attribute, value)


def check_enum(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {value!r} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, field=attribute.name, value=value)

    return _check


def as_enum(enum_type: type[_T], value: object) -> _T:
    """Converter: accept a member, its value or its Chinese label; else leave for the validator."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:  # type: ignore[attr-defined]
            if value in (member.value, getattr(member, "label", None)):
                return member  # type: ignore[no-any-return]
    return value  # type: ignore[return-value]  # the validator names the problem


def optional_enum(enum_type: type[_T], value: object) -> _T | None:
    """Converter: like :func:`as_enum`, but ``None`` stays ``None``."""
    return None if value is None else as_enum(enum_type, value)


def identifier(validate: Callable[..., str], field_name: str, value: object) -> str:
    """Converter: normalise with an identifier module's ``validate``, naming the field."""
    try:
        return validate(value)
    except ValidationError as exc:
        exc.field = field_name
        raise


def optional_identifier(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like :func:`identifier`, but ``None`` (and '') stay ``None``."""
    if value is None or value == "":
        return None
    return identifier(validate, field_name, value)


def money(field_name: str, value: object) -> Decimal:
    """Converter: :func:`autocrm.domain.money.to_money` naming the field."""
    return to_money(value, field=field_name)


def optional_money(field_name: str, value: object) -> Decimal | None:
    """Converter: money or ``None``."""
    return None if value is None else to_money(value, field=field_name)


def frozen_set(value: Iterable[Any]) -> frozenset[Any]:
    """Converter: any iterable (but not a lone string) to a frozenset."""
    if isinstance(value, str):
        return frozenset([value])
    return frozenset(value)


def frozen_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Converter: any iterable to a tuple."""
    return tuple(value)


def frozen_mapping(value: Any) -> Mapping[str, str]:
    """Converter: a read-only copy of a string-to-string mapping."""
    items = dict(value)
    for key, item in items.items():
        if not isinstance(key, str) or not isinstance(item, str):
            msg = f"categories: keys and values must be strings, got {key!r}: {item!r}"
            raise InvalidFormat(msg, field="categories", value=value)
    return MappingProxyType(items)


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
