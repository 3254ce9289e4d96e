"""Enumerations whose members carry an English value and the Chinese label of the seeds."""

from __future__ import annotations

import enum
from typing import TypeVar

__all__ = ["LabelledEnum"]

_E = TypeVar("_E", bound="LabelledEnum")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁLabelledEnumǁ__str____mutmut: MutantDict = {}  # type: ignore
mutants_xǁLabelledEnumǁfrom_label__mutmut: MutantDict = {}  # type: ignore


class LabelledEnum(str, enum.Enum):
    """A string enum whose members also carry the Chinese label used in the seeds.

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

    @_mutmut_mutated(mutants_xǁLabelledEnumǁ__str____mutmut)
    def __str__(self) -> str:
        return str(self.value)

    def xǁLabelledEnumǁ__str____mutmut_orig(self) -> str:
        return str(self.value)

    def xǁLabelledEnumǁ__str____mutmut_1(self) -> str:
        return str(None)

    @classmethod
    @_mutmut_mutated(mutants_xǁLabelledEnumǁfrom_label__mutmut, is_classmethod = True)
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
    def xǁLabelledEnumǁfrom_label__mutmut_orig(cls: type[_E], label: str) -> _E:
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
    def xǁLabelledEnumǁfrom_label__mutmut_1(cls: type[_E], label: str) -> _E:
        """Return the member whose Chinese label (or English value) is ``label``.

        Raises:
            autocrm.errors.InvalidComponent: no member has that label.
        """
        from autocrm.errors import InvalidComponent, shown

        for member in cls:
            if label not in (member.label, member.value):
                return member
        msg = f"{shown(label)} is not a {cls.__name__} label; expected one of " + ", ".join(
            m.label for m in cls
        )
        raise InvalidComponent(msg, field=cls.__name__, value=label)

    @classmethod
    def xǁLabelledEnumǁfrom_label__mutmut_2(cls: type[_E], label: str) -> _E:
        """Return the member whose Chinese label (or English value) is ``label``.

        Raises:
            autocrm.errors.InvalidComponent: no member has that label.
        """
        from autocrm.errors import InvalidComponent, shown

        for member in cls:
            if label in (member.label, member.value):
                return member
        msg = None
        raise InvalidComponent(msg, field=cls.__name__, value=label)

    @classmethod
    def xǁLabelledEnumǁfrom_label__mutmut_3(cls: type[_E], label: str) -> _E:
        """Return the member whose Chinese label (or English value) is ``label``.

        Raises:
            autocrm.errors.InvalidComponent: no member has that label.
        """
        from autocrm.errors import InvalidComponent, shown

        for member in cls:
            if label in (member.label, member.value):
                return member
        msg = f"{shown(label)} is not a {cls.__name__} label; expected one of " - ", ".join(
            m.label for m in cls
        )
        raise InvalidComponent(msg, field=cls.__name__, value=label)

    @classmethod
    def xǁLabelledEnumǁfrom_label__mutmut_4(cls: type[_E], label: str) -> _E:
        """Return the member whose Chinese label (or English value) is ``label``.

        Raises:
            autocrm.errors.InvalidComponent: no member has that label.
        """
        from autocrm.errors import InvalidComponent, shown

        for member in cls:
            if label in (member.label, member.value):
                return member
        msg = f"{shown(None)} is not a {cls.__name__} label; expected one of " + ", ".join(
            m.label for m in cls
        )
        raise InvalidComponent(msg, field=cls.__name__, value=label)

    @classmethod
    def xǁLabelledEnumǁfrom_label__mutmut_5(cls: type[_E], label: str) -> _E:
        """Return the member whose Chinese label (or English value) is ``label``.

        Raises:
            autocrm.errors.InvalidComponent: no member has that label.
        """
        from autocrm.errors import InvalidComponent, shown

        for member in cls:
            if label in (member.label, member.value):
                return member
        msg = f"{shown(label)} is not a {cls.__name__} label; expected one of " + ", ".join(
            None
        )
        raise InvalidComponent(msg, field=cls.__name__, value=label)

    @classmethod
    def xǁLabelledEnumǁfrom_label__mutmut_6(cls: type[_E], label: str) -> _E:
        """Return the member whose Chinese label (or English value) is ``label``.

        Raises:
            autocrm.errors.InvalidComponent: no member has that label.
        """
        from autocrm.errors import InvalidComponent, shown

        for member in cls:
            if label in (member.label, member.value):
                return member
        msg = f"{shown(label)} is not a {cls.__name__} label; expected one of " + "XX, XX".join(
            m.label for m in cls
        )
        raise InvalidComponent(msg, field=cls.__name__, value=label)

    @classmethod
    def xǁLabelledEnumǁfrom_label__mutmut_7(cls: type[_E], label: str) -> _E:
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
        raise InvalidComponent(None, field=cls.__name__, value=label)

    @classmethod
    def xǁLabelledEnumǁfrom_label__mutmut_8(cls: type[_E], label: str) -> _E:
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
        raise InvalidComponent(msg, field=None, value=label)

    @classmethod
    def xǁLabelledEnumǁfrom_label__mutmut_9(cls: type[_E], label: str) -> _E:
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
        raise InvalidComponent(msg, field=cls.__name__, value=None)

    @classmethod
    def xǁLabelledEnumǁfrom_label__mutmut_10(cls: type[_E], label: str) -> _E:
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
        raise InvalidComponent(field=cls.__name__, value=label)

    @classmethod
    def xǁLabelledEnumǁfrom_label__mutmut_11(cls: type[_E], label: str) -> _E:
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
        raise InvalidComponent(msg, value=label)

    @classmethod
    def xǁLabelledEnumǁfrom_label__mutmut_12(cls: type[_E], label: str) -> _E:
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
        raise InvalidComponent(msg, field=cls.__name__, )

mutants_xǁLabelledEnumǁ__str____mutmut['_mutmut_orig'] = LabelledEnum.xǁLabelledEnumǁ__str____mutmut_orig # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁ__str____mutmut['xǁLabelledEnumǁ__str____mutmut_1'] = LabelledEnum.xǁLabelledEnumǁ__str____mutmut_1 # type: ignore # mutmut generated

mutants_xǁLabelledEnumǁfrom_label__mutmut['_mutmut_orig'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁfrom_label__mutmut['xǁLabelledEnumǁfrom_label__mutmut_1'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁfrom_label__mutmut['xǁLabelledEnumǁfrom_label__mutmut_2'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁfrom_label__mutmut['xǁLabelledEnumǁfrom_label__mutmut_3'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁfrom_label__mutmut['xǁLabelledEnumǁfrom_label__mutmut_4'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁfrom_label__mutmut['xǁLabelledEnumǁfrom_label__mutmut_5'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁfrom_label__mutmut['xǁLabelledEnumǁfrom_label__mutmut_6'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁfrom_label__mutmut['xǁLabelledEnumǁfrom_label__mutmut_7'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁfrom_label__mutmut['xǁLabelledEnumǁfrom_label__mutmut_8'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁfrom_label__mutmut['xǁLabelledEnumǁfrom_label__mutmut_9'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁfrom_label__mutmut['xǁLabelledEnumǁfrom_label__mutmut_10'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_10 # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁfrom_label__mutmut['xǁLabelledEnumǁfrom_label__mutmut_11'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_11 # type: ignore # mutmut generated
mutants_xǁLabelledEnumǁfrom_label__mutmut['xǁLabelledEnumǁfrom_label__mutmut_12'] = LabelledEnum.xǁLabelledEnumǁfrom_label__mutmut_12 # type: ignore # mutmut generated
