"""Enumerations whose members carry an English value and the Chinese label a shop uses.

Examples:
    >>> from autocrm.domain import ServiceType
    >>> ServiceType.from_label("保养").value
    'maintenance'
"""

from __future__ import annotations

import enum
from typing import TypeVar

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
