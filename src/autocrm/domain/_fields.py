"""attrs field helpers shared by the domain classes: each names the field in its errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timezone
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import attrs

from autocrm.domain.money import to_money
from autocrm.domain.text import check_text
from autocrm.domain.time import require_aware
from autocrm.errors import InvalidComponent, InvalidFormat, ValidationError, shown

_T = TypeVar("_T")


#: The largest whole number a count, a mileage or a version may be: the SQL adapter keeps
#: them in 32-bit ``INTEGER`` columns, which PostgreSQL does not let overflow.
MAX_INTEGER = 2**31 - 1

# Time zones whose utcoffset() never returns None, whatever the datetime.
_FIXED_OR_IANA = (timezone, ZoneInfo)


@attrs.frozen
class TextValidator:
    """Validator: a string a store can keep (see [`autocrm.domain.text`][autocrm.domain.text]).

    ``max_length`` is the column's length (``None`` for free text); ``optional``
    accepts ``None``; ``allow_blank`` accepts an empty or all-blank string.
    """

    max_length: int | None
    optional: bool = False
    allow_blank: bool = False

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is str:
            limit = self.max_length
            if (
                (limit is None or len(value) <= limit)
                and "\x00" not in value
                and (self.allow_blank or self.optional or (value and not value.isspace()))
            ):
                return  # the common case, decided without a call; check_text explains a refusal
        elif value is None and self.optional:
            return
        check_text(
            value,
            field=attribute.name,
            max_length=self.max_length,
            allow_blank=self.allow_blank or self.optional,
        )


def text(max_length: int | None, *, allow_blank: bool = False) -> TextValidator:
    """Validator: a non-blank string of at most ``max_length`` characters, without NUL."""
    return TextValidator(max_length, allow_blank=allow_blank)


def optional_text(max_length: int | None) -> TextValidator:
    """Validator: ``None`` or a string of at most ``max_length`` characters, without NUL."""
    return TextValidator(max_length, optional=True)


def check_bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``, nothing else (not 0, 1, "yes" or None)."""
    if not isinstance(value, bool):
        msg = f"{attribute.name}: expected True or False, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def check_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``date`` that is not a ``datetime``."""
    if type(value) is date:
        return
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{attribute.name}: expected a date, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


def check_optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``None`` or a ``date``."""
    if value is not None and type(value) is not date:
        check_date(instance, attribute, value)


def check_datetime(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: an aware ``datetime``."""
    if type(value) is datetime and type(value.tzinfo) in _FIXED_OR_IANA:
        return  # these zones always give an offset: aware without asking
    require_aware(value, attribute.name)


def check_optional_datetime(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an aware ``datetime``."""
    if value is None or (type(value) is datetime and type(value.tzinfo) in _FIXED_OR_IANA):
        return
    require_aware(value, attribute.name)


def check_non_negative_int(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: an ``int`` (not a bool) from 0 to `MAX_INTEGER`."""
    if type(value) is int and 0 <= value <= MAX_INTEGER:
        return
    check_whole_number(value, attribute.name, maximum=MAX_INTEGER)


def check_whole_number(value: object, field: str, *, maximum: int) -> None:
    """Raise naming ``field`` unless ``value`` is an ``int`` (not a bool) from 0 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        msg = f"{field}: expected a whole number from 0 to {maximum}, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=value)


def check_optional_non_negative_int(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validator: ``None`` or an ``int`` >= 0."""
    if value is None or (type(value) is int and 0 <= value <= MAX_INTEGER):
        return
    check_whole_number(value, attribute.name, maximum=MAX_INTEGER)


def check_enum(enum_type: type[Any]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: a member of ``enum_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not enum_type and not isinstance(value, enum_type):
            allowed = ", ".join(m.value for m in enum_type)
            msg = f"{attribute.name}: {shown(value)} is not a {enum_type.__name__} ({allowed})"
            raise InvalidComponent(msg, field=attribute.name, value=value)

    return _check


def enum_lookup(enum_type: type[_T]) -> Mapping[str, _T]:
    """Return the read-only map of every value and Chinese label of ``enum_type`` to its member.

    Built once per enumeration. Where a text is the value or label of two members,
    the first member in definition order wins, as a scan of the members would.
    """
    found = _ENUM_LOOKUPS.get(enum_type)
    if found is None:
        table: dict[str, Any] = {}
        for member in enum_type:  # type: ignore[attr-defined]
            for text in (member.value, getattr(member, "label", None)):
                if isinstance(text, str):
                    table.setdefault(str(text), member)
        found = _ENUM_LOOKUPS.setdefault(enum_type, MappingProxyType(table))
    return found


_ENUM_LOOKUPS: dict[type[Any], Mapping[str, Any]] = {}


def as_enum(enum_type: type[_T], value: object) -> _T:
    """Converter: accept a member, its value or its Chinese label; else leave for the validator."""
    if type(value) is str:
        table = _ENUM_LOOKUPS.get(enum_type) or enum_lookup(enum_type)
        found: _T = table.get(value, value)  # not a member: the validator names the problem
        return found
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):  # a member of another enumeration: its text decides
        member = enum_lookup(enum_type).get(str.__str__(value))
        if member is not None:
            return member
    return value  # type: ignore[return-value]  # the validator names the problem


def optional_enum(enum_type: type[_T], value: object) -> _T | None:
    """Converter: like `as_enum`, but ``None`` stays ``None``."""
    return None if value is None else as_enum(enum_type, value)


def identifier(validate: Callable[..., str], field_name: str, value: object) -> str:
    """Converter: normalise with an identifier module's ``validate``, naming the field."""
    try:
        return validate(value)
    except ValidationError as exc:
        exc.field = field_name
        raise


def optional_identifier(validate: Callable[..., str], field_name: str, value: object) -> str | None:
    """Converter: like `identifier`, but ``None`` (and '') stay ``None``."""
    if value is None or value == "":
        return None
    return identifier(validate, field_name, value)


def money(field_name: str, value: object) -> Decimal:
    """Converter: [`autocrm.domain.money.to_money`][autocrm.domain.money.to_money] naming the
    field."""
    return to_money(value, field=field_name)


def optional_money(field_name: str, value: object) -> Decimal | None:
    """Converter: money or ``None``."""
    return None if value is None else to_money(value, field=field_name)


def _iterable(field: str, value: object, *, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        msg = f"{field}: expected {what}, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def frozen_set(field: str, value: object) -> frozenset[Any]:
    """Converter: a collection (a lone string counts as one item) to a frozenset.

    Anything else (None, a number, a mapping, unhashable members) is refused naming ``field``.
    """
    try:
        if isinstance(value, (list, tuple, frozenset, set)):  # the common case, no ABC check
            return frozenset(value)
        if isinstance(value, str):
            return frozenset([value])
        return frozenset(_iterable(field, value, what="a collection"))
    except TypeError:  # an unhashable member: a list or a dict in a set
        msg = f"{field}: every member must be a single value, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value) from None


def frozen_tuple(field: str, value: object) -> tuple[Any, ...]:
    """Converter: a sequence or other collection (not a string) to a tuple.

    Anything else (None, a number, a string, a mapping) is refused naming ``field``.
    """
    if isinstance(value, (tuple, list)):  # the common case, no ABC check
        return tuple(value)
    return tuple(_iterable(field, value, what="a collection"))


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


@attrs.frozen
class TextMembersValidator:
    """Validator: every member of a collection is a text of at most ``max_length``, without NUL."""

    max_length: int | None

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            check_text(
                item,
                field=f"{attribute.name}[{index}]",
                max_length=self.max_length,
                allow_blank=True,
            )


def text_members(max_length: int | None) -> TextMembersValidator:
    """Validator: every member of a collection is a text of at most ``max_length``."""
    return TextMembersValidator(max_length)


def check_members(
    item_type: type[Any],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator factory: every member of a collection is an ``item_type``."""

    def _check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for item in value:
            if type(item) is not item_type:
                break
        else:
            return  # every member is exactly an item_type: the common case
        for index, item in enumerate(value):
            if not isinstance(item, item_type):
                msg = (
                    f"{attribute.name}[{index}]: expected {item_type.__name__}, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(msg, field=f"{attribute.name}[{index}]", value=item)

    return _check
