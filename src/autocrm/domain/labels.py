"""Enumerations whose members carry an English value and the Chinese label a shop uses.

Examples:
    >>> from autocrm.domain import ServiceType
    >>> ServiceType.from_label("保养").value
    'maintenance'
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from autocrm.errors import ValidationError

__all__ = ["LabelledEnum"]

_E = TypeVar("_E", bound="LabelledEnum")


class LabelledEnum(str, enum.Enum):
    """A string enum whose members also carry the Chinese label a shop uses.

    The value is a stable English code (what is stored and serialised); ``label``
    is the Chinese term a shop uses on screen and in reports.

    Examples:
        >>> from autocrm.domain import ServiceType
        >>> ServiceType.FIRST_MAINTENANCE.value, ServiceType.FIRST_MAINTENANCE.label
        ('first_maintenance', '首保')
        >>> ServiceType.from_label("首保") is ServiceType.FIRST_MAINTENANCE
        True
    """

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_label(cls: type[_E], label: str) -> _E:
        """Return the member whose Chinese label (or English value) is ``label``.

        Raises:
            autocrm.errors.InvalidComponent: no member has that label.
        """
        from autocrm.errors import InvalidComponent, shown

        for member in cls:
            if label in (member.label, member.value):
                return member
        msg = f"{shown(label)} is not a {cls.__name__} label; expected one of " + ", ".join(
            m.label for m in cls
        )
        raise InvalidComponent(msg, field=cls.__name__, value=label)

    @classmethod
    def member(
        cls: type[_E],
        value: object,
        *,
        field: str,
        error: type[ValidationError] | None = None,
        list_values: bool = False,
    ) -> _E:
        """Return ``value`` if it is a member, else the member it is the label or value of.

        Args:
            value: A member, its English value or its Chinese label.
            field: The parameter or policy key, for the error.
            error: The error raised (a PolicyError for a policy); InvalidComponent by default.
            list_values: The message lists the members' values.

        Raises:
            autocrm.errors.InvalidComponent: (or ``error``) no member is meant; names ``field``.

        Examples:
            >>> from autocrm.domain import ServiceType
            >>> ServiceType.member("保养", field="service_types").value
            'maintenance'
            >>> ServiceType.member("洗车", field="service_types")
            Traceback (most recent call last):
            ...
            autocrm.errors.InvalidComponent: service_types: '洗车' is not a ServiceType value
            >>> from autocrm.domain import ComplaintLevel
            >>> ComplaintLevel.member("IV", field="level", list_values=True)
            Traceback (most recent call last):
            ...
            autocrm.errors.InvalidComponent: level: 'IV' is not a ComplaintLevel (I, II, III)
        """
        from autocrm.errors import InvalidComponent, shown

        if isinstance(value, cls):
            return value
        for member in cls:
            if isinstance(value, str) and value in (member.label, member.value):
                return member
        if list_values:
            allowed = ", ".join(member.value for member in cls)
            msg = f"{field}: {shown(value)} is not a {cls.__name__} ({allowed})"
        else:
            msg = f"{field}: {shown(value)} is not a {cls.__name__} value"
        raise (error or InvalidComponent)(msg, field=field, value=value)
