"""Every number of the rules in one bundle, loadable from TOML or JSON.

``Policies()`` gives the defaults of the seed documents; a shop overrides what
it wants in a file::

    [followups]
    max_attempts = 4

    [complaints]
    level_iii_workdays = 5

Examples:
    >>> p = Policies()
    >>> p.appointments.min_lead_hours, p.complaints.level_ii_workdays
    (24, 3)
    >>> policies_from_dict({"followups": {"max_attempts": 4}}).followups.max_attempts
    4
    >>> policies_from_dict({"followups": {"max_atempts": 4}})
    Traceback (most recent call last):
    ...
    autocrm.errors.PolicyError: followups.max_atempts: unknown key
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from os import PathLike
from pathlib import Path
from typing import Any

import attrs
import cattrs

from autocrm import _toml
from autocrm.errors import PolicyError, _first_validation_error, shown
from autocrm.rules.appointments import AppointmentPolicy
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.complaints import ComplaintPolicy
from autocrm.rules.fleet import FleetPolicy
from autocrm.rules.followups import FollowUpPolicy
from autocrm.rules.loyalty import LoyaltyPolicy
from autocrm.rules.membership import MembershipPolicy
from autocrm.rules.reminders import ServicePolicy
from autocrm.rules.worklist import WorklistPolicy
from autocrm.stats.policy import StatsPolicy

__all__ = [
    "AppointmentPolicy",
    "ArchivePolicy",
    "ChurnPolicy",
    "ComplaintPolicy",
    "FleetPolicy",
    "FollowUpPolicy",
    "LoyaltyPolicy",
    "MembershipPolicy",
    "Policies",
    "ServicePolicy",
    "StatsPolicy",
    "WorklistPolicy",
    "load_policies",
    "policies_from_dict",
    "policies_to_dict",
]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@attrs.frozen(kw_only=True)
class Policies:
    """All rule policies of a shop; each part defaults to the seeds' numbers.

    Examples:
        >>> Policies(followups=FollowUpPolicy(max_attempts=5)).followups.max_attempts
        5
    """

    followups: FollowUpPolicy = attrs.field(factory=FollowUpPolicy)
    service: ServicePolicy = attrs.field(factory=ServicePolicy)
    appointments: AppointmentPolicy = attrs.field(factory=AppointmentPolicy)
    loyalty: LoyaltyPolicy = attrs.field(factory=LoyaltyPolicy)
    membership: MembershipPolicy = attrs.field(factory=MembershipPolicy)
    churn: ChurnPolicy = attrs.field(factory=ChurnPolicy)
    complaints: ComplaintPolicy = attrs.field(factory=ComplaintPolicy)
    fleet: FleetPolicy = attrs.field(factory=FleetPolicy)
    archive: ArchivePolicy = attrs.field(factory=ArchivePolicy)
    stats: StatsPolicy = attrs.field(factory=StatsPolicy)
    worklist: WorklistPolicy = attrs.field(factory=WorklistPolicy)
mutants_x__structure_decimal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__structure_decimal__mutmut)
def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f'{shown(value)} is a float; write decimals as strings, e.g. "0.10"'
        raise ValueError(msg)
    try:
        return Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError):
        msg = f"{shown(value)} is not a decimal number"
        raise ValueError(msg) from None


def x__structure_decimal__mutmut_orig(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f'{shown(value)} is a float; write decimals as strings, e.g. "0.10"'
        raise ValueError(msg)
    try:
        return Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError):
        msg = f"{shown(value)} is not a decimal number"
        raise ValueError(msg) from None


def x__structure_decimal__mutmut_1(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = None
        raise ValueError(msg)
    try:
        return Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError):
        msg = f"{shown(value)} is not a decimal number"
        raise ValueError(msg) from None


def x__structure_decimal__mutmut_2(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f'{shown(None)} is a float; write decimals as strings, e.g. "0.10"'
        raise ValueError(msg)
    try:
        return Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError):
        msg = f"{shown(value)} is not a decimal number"
        raise ValueError(msg) from None


def x__structure_decimal__mutmut_3(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f'{shown(value)} is a float; write decimals as strings, e.g. "0.10"'
        raise ValueError(None)
    try:
        return Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError):
        msg = f"{shown(value)} is not a decimal number"
        raise ValueError(msg) from None


def x__structure_decimal__mutmut_4(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f'{shown(value)} is a float; write decimals as strings, e.g. "0.10"'
        raise ValueError(msg)
    try:
        return Decimal(None)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError):
        msg = f"{shown(value)} is not a decimal number"
        raise ValueError(msg) from None


def x__structure_decimal__mutmut_5(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f'{shown(value)} is a float; write decimals as strings, e.g. "0.10"'
        raise ValueError(msg)
    try:
        return Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError):
        msg = None
        raise ValueError(msg) from None


def x__structure_decimal__mutmut_6(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f'{shown(value)} is a float; write decimals as strings, e.g. "0.10"'
        raise ValueError(msg)
    try:
        return Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError):
        msg = f"{shown(None)} is not a decimal number"
        raise ValueError(msg) from None


def x__structure_decimal__mutmut_7(value: object, _: type) -> Decimal:
    if isinstance(value, (bool, float)):
        msg = f'{shown(value)} is a float; write decimals as strings, e.g. "0.10"'
        raise ValueError(msg)
    try:
        return Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError):
        msg = f"{shown(value)} is not a decimal number"
        raise ValueError(None) from None

mutants_x__structure_decimal__mutmut['_mutmut_orig'] = x__structure_decimal__mutmut_orig # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_1'] = x__structure_decimal__mutmut_1 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_2'] = x__structure_decimal__mutmut_2 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_3'] = x__structure_decimal__mutmut_3 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_4'] = x__structure_decimal__mutmut_4 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_5'] = x__structure_decimal__mutmut_5 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_6'] = x__structure_decimal__mutmut_6 # type: ignore # mutmut generated
mutants_x__structure_decimal__mutmut['x__structure_decimal__mutmut_7'] = x__structure_decimal__mutmut_7 # type: ignore # mutmut generated
mutants_x__structure_int__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__structure_int__mutmut)
def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected a whole number, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_int__mutmut_orig(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected a whole number, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_int__mutmut_1(value: object, _: type) -> int:
    if isinstance(value, bool) and not isinstance(value, int):
        msg = f"expected a whole number, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_int__mutmut_2(value: object, _: type) -> int:
    if isinstance(value, bool) or isinstance(value, int):
        msg = f"expected a whole number, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_int__mutmut_3(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = None
        raise ValueError(msg)
    return value


def x__structure_int__mutmut_4(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected a whole number, got {type(None).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_int__mutmut_5(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected a whole number, got {type(value).__name__} {shown(None)}"
        raise ValueError(msg)
    return value


def x__structure_int__mutmut_6(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected a whole number, got {type(value).__name__} {shown(value)}"
        raise ValueError(None)
    return value

mutants_x__structure_int__mutmut['_mutmut_orig'] = x__structure_int__mutmut_orig # type: ignore # mutmut generated
mutants_x__structure_int__mutmut['x__structure_int__mutmut_1'] = x__structure_int__mutmut_1 # type: ignore # mutmut generated
mutants_x__structure_int__mutmut['x__structure_int__mutmut_2'] = x__structure_int__mutmut_2 # type: ignore # mutmut generated
mutants_x__structure_int__mutmut['x__structure_int__mutmut_3'] = x__structure_int__mutmut_3 # type: ignore # mutmut generated
mutants_x__structure_int__mutmut['x__structure_int__mutmut_4'] = x__structure_int__mutmut_4 # type: ignore # mutmut generated
mutants_x__structure_int__mutmut['x__structure_int__mutmut_5'] = x__structure_int__mutmut_5 # type: ignore # mutmut generated
mutants_x__structure_int__mutmut['x__structure_int__mutmut_6'] = x__structure_int__mutmut_6 # type: ignore # mutmut generated
mutants_x__structure_float__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__structure_float__mutmut)
def _structure_float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"expected a number, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return float(value)


def x__structure_float__mutmut_orig(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"expected a number, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return float(value)


def x__structure_float__mutmut_1(value: object, _: type) -> float:
    if isinstance(value, bool) and not isinstance(value, (int, float)):
        msg = f"expected a number, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return float(value)


def x__structure_float__mutmut_2(value: object, _: type) -> float:
    if isinstance(value, bool) or isinstance(value, (int, float)):
        msg = f"expected a number, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return float(value)


def x__structure_float__mutmut_3(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = None
        raise ValueError(msg)
    return float(value)


def x__structure_float__mutmut_4(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"expected a number, got {type(None).__name__} {shown(value)}"
        raise ValueError(msg)
    return float(value)


def x__structure_float__mutmut_5(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"expected a number, got {type(value).__name__} {shown(None)}"
        raise ValueError(msg)
    return float(value)


def x__structure_float__mutmut_6(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"expected a number, got {type(value).__name__} {shown(value)}"
        raise ValueError(None)
    return float(value)


def x__structure_float__mutmut_7(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"expected a number, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return float(None)

mutants_x__structure_float__mutmut['_mutmut_orig'] = x__structure_float__mutmut_orig # type: ignore # mutmut generated
mutants_x__structure_float__mutmut['x__structure_float__mutmut_1'] = x__structure_float__mutmut_1 # type: ignore # mutmut generated
mutants_x__structure_float__mutmut['x__structure_float__mutmut_2'] = x__structure_float__mutmut_2 # type: ignore # mutmut generated
mutants_x__structure_float__mutmut['x__structure_float__mutmut_3'] = x__structure_float__mutmut_3 # type: ignore # mutmut generated
mutants_x__structure_float__mutmut['x__structure_float__mutmut_4'] = x__structure_float__mutmut_4 # type: ignore # mutmut generated
mutants_x__structure_float__mutmut['x__structure_float__mutmut_5'] = x__structure_float__mutmut_5 # type: ignore # mutmut generated
mutants_x__structure_float__mutmut['x__structure_float__mutmut_6'] = x__structure_float__mutmut_6 # type: ignore # mutmut generated
mutants_x__structure_float__mutmut['x__structure_float__mutmut_7'] = x__structure_float__mutmut_7 # type: ignore # mutmut generated
mutants_x__structure_str__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__structure_str__mutmut)
def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_str__mutmut_orig(value: object, _: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_str__mutmut_1(value: object, _: type) -> str:
    if isinstance(value, str):
        msg = f"expected a string, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_str__mutmut_2(value: object, _: type) -> str:
    if not isinstance(value, str):
        msg = None
        raise ValueError(msg)
    return value


def x__structure_str__mutmut_3(value: object, _: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {type(None).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_str__mutmut_4(value: object, _: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {type(value).__name__} {shown(None)}"
        raise ValueError(msg)
    return value


def x__structure_str__mutmut_5(value: object, _: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {type(value).__name__} {shown(value)}"
        raise ValueError(None)
    return value

mutants_x__structure_str__mutmut['_mutmut_orig'] = x__structure_str__mutmut_orig # type: ignore # mutmut generated
mutants_x__structure_str__mutmut['x__structure_str__mutmut_1'] = x__structure_str__mutmut_1 # type: ignore # mutmut generated
mutants_x__structure_str__mutmut['x__structure_str__mutmut_2'] = x__structure_str__mutmut_2 # type: ignore # mutmut generated
mutants_x__structure_str__mutmut['x__structure_str__mutmut_3'] = x__structure_str__mutmut_3 # type: ignore # mutmut generated
mutants_x__structure_str__mutmut['x__structure_str__mutmut_4'] = x__structure_str__mutmut_4 # type: ignore # mutmut generated
mutants_x__structure_str__mutmut['x__structure_str__mutmut_5'] = x__structure_str__mutmut_5 # type: ignore # mutmut generated
mutants_x__structure_bool__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__structure_bool__mutmut)
def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        msg = f"expected true or false, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_bool__mutmut_orig(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        msg = f"expected true or false, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_bool__mutmut_1(value: object, _: type) -> bool:
    if isinstance(value, bool):
        msg = f"expected true or false, got {type(value).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_bool__mutmut_2(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        msg = None
        raise ValueError(msg)
    return value


def x__structure_bool__mutmut_3(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        msg = f"expected true or false, got {type(None).__name__} {shown(value)}"
        raise ValueError(msg)
    return value


def x__structure_bool__mutmut_4(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        msg = f"expected true or false, got {type(value).__name__} {shown(None)}"
        raise ValueError(msg)
    return value


def x__structure_bool__mutmut_5(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        msg = f"expected true or false, got {type(value).__name__} {shown(value)}"
        raise ValueError(None)
    return value

mutants_x__structure_bool__mutmut['_mutmut_orig'] = x__structure_bool__mutmut_orig # type: ignore # mutmut generated
mutants_x__structure_bool__mutmut['x__structure_bool__mutmut_1'] = x__structure_bool__mutmut_1 # type: ignore # mutmut generated
mutants_x__structure_bool__mutmut['x__structure_bool__mutmut_2'] = x__structure_bool__mutmut_2 # type: ignore # mutmut generated
mutants_x__structure_bool__mutmut['x__structure_bool__mutmut_3'] = x__structure_bool__mutmut_3 # type: ignore # mutmut generated
mutants_x__structure_bool__mutmut['x__structure_bool__mutmut_4'] = x__structure_bool__mutmut_4 # type: ignore # mutmut generated
mutants_x__structure_bool__mutmut['x__structure_bool__mutmut_5'] = x__structure_bool__mutmut_5 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__make_converter__mutmut)
def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_orig() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_1() -> cattrs.Converter:
    converter = None
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_2() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=None)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_3() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=False)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_4() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(None, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_5() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, None)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_6() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(_structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_7() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, )
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_8() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(None, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_9() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, None)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_10() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(_structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_11() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, )
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_12() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(None, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_13() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, None)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_14() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(_structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_15() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, )
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_16() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(None, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_17() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, None)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_18() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(_structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_19() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, )
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_20() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(None, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_21() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, None)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_22() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(_structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_23() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, )
    converter.register_unstructure_hook(Decimal, str)
    return converter


def x__make_converter__mutmut_24() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(None, str)
    return converter


def x__make_converter__mutmut_25() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, None)
    return converter


def x__make_converter__mutmut_26() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(str)
    return converter


def x__make_converter__mutmut_27() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, )
    return converter

mutants_x__make_converter__mutmut['_mutmut_orig'] = x__make_converter__mutmut_orig # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_1'] = x__make_converter__mutmut_1 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_2'] = x__make_converter__mutmut_2 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_3'] = x__make_converter__mutmut_3 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_4'] = x__make_converter__mutmut_4 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_5'] = x__make_converter__mutmut_5 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_6'] = x__make_converter__mutmut_6 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_7'] = x__make_converter__mutmut_7 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_8'] = x__make_converter__mutmut_8 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_9'] = x__make_converter__mutmut_9 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_10'] = x__make_converter__mutmut_10 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_11'] = x__make_converter__mutmut_11 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_12'] = x__make_converter__mutmut_12 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_13'] = x__make_converter__mutmut_13 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_14'] = x__make_converter__mutmut_14 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_15'] = x__make_converter__mutmut_15 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_16'] = x__make_converter__mutmut_16 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_17'] = x__make_converter__mutmut_17 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_18'] = x__make_converter__mutmut_18 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_19'] = x__make_converter__mutmut_19 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_20'] = x__make_converter__mutmut_20 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_21'] = x__make_converter__mutmut_21 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_22'] = x__make_converter__mutmut_22 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_23'] = x__make_converter__mutmut_23 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_24'] = x__make_converter__mutmut_24 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_25'] = x__make_converter__mutmut_25 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_26'] = x__make_converter__mutmut_26 # type: ignore # mutmut generated
mutants_x__make_converter__mutmut['x__make_converter__mutmut_27'] = x__make_converter__mutmut_27 # type: ignore # mutmut generated


_CONVERTER = _make_converter()
_PATH = re.compile(r"^(?P<message>.*?)\s*@\s*\$(?P<path>.*)$")
_EXTRA = re.compile(r"^extra fields found \((?P<keys>.*)\)$")
mutants_x__format_exception__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__format_exception__mutmut)
def _format_exception(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__name__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_orig(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__name__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_1(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "XXrequired key missingXX"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__name__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_2(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "REQUIRED KEY MISSING"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__name__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_3(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(None)})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__name__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_4(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({'XX, XX'.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__name__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_5(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(None))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__name__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_6(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) or str(exc):
        return str(exc)
    name = getattr(type_, "__name__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_7(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(None):
        return str(exc)
    name = getattr(type_, "__name__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_8(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(None)
    name = getattr(type_, "__name__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_9(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = None
    return f"expected {name}"


def x__format_exception__mutmut_10(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(None, "__name__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_11(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, None, repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_12(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__name__", None)
    return f"expected {name}"


def x__format_exception__mutmut_13(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr("__name__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_14(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_15(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__name__", )
    return f"expected {name}"


def x__format_exception__mutmut_16(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "XX__name__XX", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_17(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__NAME__", repr(type_))
    return f"expected {name}"


def x__format_exception__mutmut_18(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__name__", repr(None))
    return f"expected {name}"

mutants_x__format_exception__mutmut['_mutmut_orig'] = x__format_exception__mutmut_orig # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_1'] = x__format_exception__mutmut_1 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_2'] = x__format_exception__mutmut_2 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_3'] = x__format_exception__mutmut_3 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_4'] = x__format_exception__mutmut_4 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_5'] = x__format_exception__mutmut_5 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_6'] = x__format_exception__mutmut_6 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_7'] = x__format_exception__mutmut_7 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_8'] = x__format_exception__mutmut_8 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_9'] = x__format_exception__mutmut_9 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_10'] = x__format_exception__mutmut_10 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_11'] = x__format_exception__mutmut_11 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_12'] = x__format_exception__mutmut_12 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_13'] = x__format_exception__mutmut_13 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_14'] = x__format_exception__mutmut_14 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_15'] = x__format_exception__mutmut_15 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_16'] = x__format_exception__mutmut_16 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_17'] = x__format_exception__mutmut_17 # type: ignore # mutmut generated
mutants_x__format_exception__mutmut['x__format_exception__mutmut_18'] = x__format_exception__mutmut_18 # type: ignore # mutmut generated
mutants_x__key_path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__key_path__mutmut)
def _key_path(path: str) -> str:
    # cattrs writes $.followups.minor_repair_days[0]; users write followups.minor_repair_days[0]
    return path.lstrip(".")


def x__key_path__mutmut_orig(path: str) -> str:
    # cattrs writes $.followups.minor_repair_days[0]; users write followups.minor_repair_days[0]
    return path.lstrip(".")


def x__key_path__mutmut_1(path: str) -> str:
    # cattrs writes $.followups.minor_repair_days[0]; users write followups.minor_repair_days[0]
    return path.lstrip(None)


def x__key_path__mutmut_2(path: str) -> str:
    # cattrs writes $.followups.minor_repair_days[0]; users write followups.minor_repair_days[0]
    return path.rstrip(".")


def x__key_path__mutmut_3(path: str) -> str:
    # cattrs writes $.followups.minor_repair_days[0]; users write followups.minor_repair_days[0]
    return path.lstrip("XX.XX")

mutants_x__key_path__mutmut['_mutmut_orig'] = x__key_path__mutmut_orig # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_1'] = x__key_path__mutmut_1 # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_2'] = x__key_path__mutmut_2 # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_3'] = x__key_path__mutmut_3 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_policies_from_dict__mutmut)
def policies_from_dict(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_orig(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_1(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_2(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = None  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_3(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(None).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_4(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(None, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_5(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field=None, value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_6(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=None)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_7(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_8(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_9(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", )
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_10(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="XXXX", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_11(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(None, Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_12(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), None)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_13(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_14(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), )
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_15(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(None), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_16(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = None
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_17(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if (isinstance(exc, cattrs.BaseValidationError)) and False
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_18(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if (isinstance(exc, cattrs.BaseValidationError)) or True
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_19(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(None, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_20(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path=None, format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_21(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=None)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_22(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_23(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_24(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", )
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_25(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="XX$XX", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_26(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = None
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_27(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if (messages) and False else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_28(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if (messages) or True else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_29(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[1] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_30(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(None)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_31(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = None
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_32(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(None)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_33(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = None
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_34(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if (found) and False else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_35(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if (found) or True else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_36(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["XXmessageXX"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_37(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["MESSAGE"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_38(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(None)) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_39(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["XXpathXX"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_40(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["PATH"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_41(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "XXXX")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_42(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = None
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_43(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(None)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_44(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = None
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_45(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(None)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_46(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field or message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_47(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None or inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_48(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_49(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(None):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_50(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = None
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_51(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if (path) and False else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_52(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if (path) or True else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_53(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = None
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_54(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) - 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_55(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 3 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_56(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = None
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_57(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(None)[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_58(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["XXkeysXX"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_59(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["KEYS"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_60(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split("XX,XX")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_61(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[1].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_62(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = None
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_63(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if (path) and False else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_64(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if (path) or True else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_65(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = None
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_66(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "XXunknown keyXX"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_67(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "UNKNOWN KEY"
        raise PolicyError(f"{path}: {message}", field=path, value=data) from exc


def x_policies_from_dict__mutmut_68(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(None, field=path, value=data) from exc


def x_policies_from_dict__mutmut_69(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=None, value=data) from exc


def x_policies_from_dict__mutmut_70(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, value=None) from exc


def x_policies_from_dict__mutmut_71(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(field=path, value=data) from exc


def x_policies_from_dict__mutmut_72(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", value=data) from exc


def x_policies_from_dict__mutmut_73(data: Mapping[str, Any]) -> Policies:
    """Build :class:`Policies` from nested mappings, refusing unknown keys and wrong types.

    Args:
        data: Sections named like the fields of :class:`Policies`; missing keys
            keep their defaults.

    Raises:
        autocrm.errors.PolicyError: an unknown key or a value of the wrong type;
            ``field`` is the dotted key path.

    Examples:
        >>> policies_from_dict({"appointments": {"grace_minutes": "15"}})
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: appointments.grace_minutes: expected a whole number, ...
    """
    if not isinstance(data, Mapping):
        msg = f"policies: expected a table of sections, got {type(data).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="", value=data)
    try:
        return _CONVERTER.structure(dict(data), Policies)
    except (cattrs.BaseValidationError, ValueError, TypeError, OverflowError) as exc:
        messages = (
            cattrs.transform_error(exc, path="$", format_exception=_format_exception)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ $"]
        )
        first = messages[0] if messages else str(exc)
        found = _PATH.match(first)
        message, path = (found["message"], _key_path(found["path"])) if found else (first, "")
        extra = _EXTRA.match(message)
        inner = _first_validation_error(exc)
        if inner is not None and inner.field and message.startswith(f"{inner.field}: "):
            # A policy class's own validator named its field: extend the key path with it.
            path = f"{path}.{inner.field}" if path else inner.field
            message = message[len(inner.field) + 2 :]
        if extra:
            key = extra["keys"].split(",")[0].strip()
            path = f"{path}.{key}" if path else key
            message = "unknown key"
        raise PolicyError(f"{path}: {message}", field=path, ) from exc

mutants_x_policies_from_dict__mutmut['_mutmut_orig'] = x_policies_from_dict__mutmut_orig # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_1'] = x_policies_from_dict__mutmut_1 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_2'] = x_policies_from_dict__mutmut_2 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_3'] = x_policies_from_dict__mutmut_3 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_4'] = x_policies_from_dict__mutmut_4 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_5'] = x_policies_from_dict__mutmut_5 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_6'] = x_policies_from_dict__mutmut_6 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_7'] = x_policies_from_dict__mutmut_7 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_8'] = x_policies_from_dict__mutmut_8 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_9'] = x_policies_from_dict__mutmut_9 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_10'] = x_policies_from_dict__mutmut_10 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_11'] = x_policies_from_dict__mutmut_11 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_12'] = x_policies_from_dict__mutmut_12 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_13'] = x_policies_from_dict__mutmut_13 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_14'] = x_policies_from_dict__mutmut_14 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_15'] = x_policies_from_dict__mutmut_15 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_16'] = x_policies_from_dict__mutmut_16 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_17'] = x_policies_from_dict__mutmut_17 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_18'] = x_policies_from_dict__mutmut_18 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_19'] = x_policies_from_dict__mutmut_19 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_20'] = x_policies_from_dict__mutmut_20 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_21'] = x_policies_from_dict__mutmut_21 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_22'] = x_policies_from_dict__mutmut_22 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_23'] = x_policies_from_dict__mutmut_23 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_24'] = x_policies_from_dict__mutmut_24 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_25'] = x_policies_from_dict__mutmut_25 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_26'] = x_policies_from_dict__mutmut_26 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_27'] = x_policies_from_dict__mutmut_27 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_28'] = x_policies_from_dict__mutmut_28 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_29'] = x_policies_from_dict__mutmut_29 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_30'] = x_policies_from_dict__mutmut_30 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_31'] = x_policies_from_dict__mutmut_31 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_32'] = x_policies_from_dict__mutmut_32 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_33'] = x_policies_from_dict__mutmut_33 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_34'] = x_policies_from_dict__mutmut_34 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_35'] = x_policies_from_dict__mutmut_35 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_36'] = x_policies_from_dict__mutmut_36 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_37'] = x_policies_from_dict__mutmut_37 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_38'] = x_policies_from_dict__mutmut_38 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_39'] = x_policies_from_dict__mutmut_39 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_40'] = x_policies_from_dict__mutmut_40 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_41'] = x_policies_from_dict__mutmut_41 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_42'] = x_policies_from_dict__mutmut_42 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_43'] = x_policies_from_dict__mutmut_43 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_44'] = x_policies_from_dict__mutmut_44 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_45'] = x_policies_from_dict__mutmut_45 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_46'] = x_policies_from_dict__mutmut_46 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_47'] = x_policies_from_dict__mutmut_47 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_48'] = x_policies_from_dict__mutmut_48 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_49'] = x_policies_from_dict__mutmut_49 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_50'] = x_policies_from_dict__mutmut_50 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_51'] = x_policies_from_dict__mutmut_51 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_52'] = x_policies_from_dict__mutmut_52 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_53'] = x_policies_from_dict__mutmut_53 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_54'] = x_policies_from_dict__mutmut_54 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_55'] = x_policies_from_dict__mutmut_55 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_56'] = x_policies_from_dict__mutmut_56 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_57'] = x_policies_from_dict__mutmut_57 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_58'] = x_policies_from_dict__mutmut_58 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_59'] = x_policies_from_dict__mutmut_59 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_60'] = x_policies_from_dict__mutmut_60 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_61'] = x_policies_from_dict__mutmut_61 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_62'] = x_policies_from_dict__mutmut_62 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_63'] = x_policies_from_dict__mutmut_63 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_64'] = x_policies_from_dict__mutmut_64 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_65'] = x_policies_from_dict__mutmut_65 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_66'] = x_policies_from_dict__mutmut_66 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_67'] = x_policies_from_dict__mutmut_67 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_68'] = x_policies_from_dict__mutmut_68 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_69'] = x_policies_from_dict__mutmut_69 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_70'] = x_policies_from_dict__mutmut_70 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_71'] = x_policies_from_dict__mutmut_71 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_72'] = x_policies_from_dict__mutmut_72 # type: ignore # mutmut generated
mutants_x_policies_from_dict__mutmut['x_policies_from_dict__mutmut_73'] = x_policies_from_dict__mutmut_73 # type: ignore # mutmut generated
mutants_x_policies_to_dict__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_policies_to_dict__mutmut)
def policies_to_dict(policies: Policies) -> dict[str, Any]:
    """Return ``policies`` as nested plain data (the inverse of :func:`policies_from_dict`).

    Examples:
        >>> policies_to_dict(Policies())["churn"]["lost_after_days"]
        365
    """
    result: dict[str, Any] = _CONVERTER.unstructure(policies)
    return result


def x_policies_to_dict__mutmut_orig(policies: Policies) -> dict[str, Any]:
    """Return ``policies`` as nested plain data (the inverse of :func:`policies_from_dict`).

    Examples:
        >>> policies_to_dict(Policies())["churn"]["lost_after_days"]
        365
    """
    result: dict[str, Any] = _CONVERTER.unstructure(policies)
    return result


def x_policies_to_dict__mutmut_1(policies: Policies) -> dict[str, Any]:
    """Return ``policies`` as nested plain data (the inverse of :func:`policies_from_dict`).

    Examples:
        >>> policies_to_dict(Policies())["churn"]["lost_after_days"]
        365
    """
    result: dict[str, Any] = None
    return result


def x_policies_to_dict__mutmut_2(policies: Policies) -> dict[str, Any]:
    """Return ``policies`` as nested plain data (the inverse of :func:`policies_from_dict`).

    Examples:
        >>> policies_to_dict(Policies())["churn"]["lost_after_days"]
        365
    """
    result: dict[str, Any] = _CONVERTER.unstructure(None)
    return result

mutants_x_policies_to_dict__mutmut['_mutmut_orig'] = x_policies_to_dict__mutmut_orig # type: ignore # mutmut generated
mutants_x_policies_to_dict__mutmut['x_policies_to_dict__mutmut_1'] = x_policies_to_dict__mutmut_1 # type: ignore # mutmut generated
mutants_x_policies_to_dict__mutmut['x_policies_to_dict__mutmut_2'] = x_policies_to_dict__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_policies__mutmut)
def load_policies(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_orig(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_1(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_2(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = None  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_3(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(None).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_4(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(None, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_5(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field=None, value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_6(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=None)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_7(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_8(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_9(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", )
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_10(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="XXpathXX", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_11(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="PATH", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_12(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = None
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_13(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(None)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_14(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = None
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_15(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.upper()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_16(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = None
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_17(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode(None)
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_18(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("XXutf-8XX")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_19(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("UTF-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_20(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix != ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_21(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == "XX.jsonXX":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_22(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".JSON":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_23(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = None
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_24(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(None)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_25(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix != ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_26(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == "XX.tomlXX":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_27(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".TOML":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_28(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = None
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_29(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(None)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_30(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = None
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_31(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(None, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_32(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field=None, value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_33(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=None)
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_34(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_35(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_36(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", )
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_37(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="XXXX", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_38(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(None))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_39(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = None
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_40(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').lower()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_41(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip(None).upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_42(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.rstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_43(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('XX.XX').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_44(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(None)}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_45(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(None))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_46(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(None, field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_47(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field=None, value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_48(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=None) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_49(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(field="", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_50(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_51(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", ) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_52(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="XXXX", value=str(file)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_53(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(None)) from exc
    return policies_from_dict(data)


def x_load_policies__mutmut_54(path: str | Path) -> Policies:
    """Read :class:`Policies` from a ``.toml`` or ``.json`` file.

    Args:
        path: The file; its suffix says the format.

    Raises:
        autocrm.errors.PolicyError: the file is not valid TOML/JSON, has an unknown
            key or a value of the wrong type (``field`` is the key path).
        OSError: the file cannot be read.

    Examples:
        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "shop.toml")
        ...     _ = open(p, "w", encoding="utf-8").write("[churn]\\nlost_after_days = 540\\n")
        ...     load_policies(p).churn.lost_after_days
        540
    """
    if not isinstance(path, (str, PathLike)):
        msg = f"path: expected a file path, got {type(path).__name__}"  # type: ignore[unreachable]
        raise PolicyError(msg, field="path", value=path)
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        text = file.read_bytes().decode("utf-8")
        if suffix == ".json":
            data = json.loads(text)
        elif suffix == ".toml":
            data = _toml.loads(text)
        else:
            msg = f"{file.name}: policies are read from .toml or .json files"
            raise PolicyError(msg, field="", value=str(file))
    except (ValueError, RecursionError) as exc:
        # ValueError: malformed JSON or TOML, bytes that are not UTF-8, a NUL in the path;
        # RecursionError: arrays nested deeper than the parser's stack.
        if isinstance(exc, PolicyError):
            raise
        msg = f"{file.name}: not valid {suffix.lstrip('.').upper()}: {shown(str(exc))}"
        raise PolicyError(msg, field="", value=str(file)) from exc
    return policies_from_dict(None)

mutants_x_load_policies__mutmut['_mutmut_orig'] = x_load_policies__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_1'] = x_load_policies__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_2'] = x_load_policies__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_3'] = x_load_policies__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_4'] = x_load_policies__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_5'] = x_load_policies__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_6'] = x_load_policies__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_7'] = x_load_policies__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_8'] = x_load_policies__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_9'] = x_load_policies__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_10'] = x_load_policies__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_11'] = x_load_policies__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_12'] = x_load_policies__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_13'] = x_load_policies__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_14'] = x_load_policies__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_15'] = x_load_policies__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_16'] = x_load_policies__mutmut_16 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_17'] = x_load_policies__mutmut_17 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_18'] = x_load_policies__mutmut_18 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_19'] = x_load_policies__mutmut_19 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_20'] = x_load_policies__mutmut_20 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_21'] = x_load_policies__mutmut_21 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_22'] = x_load_policies__mutmut_22 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_23'] = x_load_policies__mutmut_23 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_24'] = x_load_policies__mutmut_24 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_25'] = x_load_policies__mutmut_25 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_26'] = x_load_policies__mutmut_26 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_27'] = x_load_policies__mutmut_27 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_28'] = x_load_policies__mutmut_28 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_29'] = x_load_policies__mutmut_29 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_30'] = x_load_policies__mutmut_30 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_31'] = x_load_policies__mutmut_31 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_32'] = x_load_policies__mutmut_32 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_33'] = x_load_policies__mutmut_33 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_34'] = x_load_policies__mutmut_34 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_35'] = x_load_policies__mutmut_35 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_36'] = x_load_policies__mutmut_36 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_37'] = x_load_policies__mutmut_37 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_38'] = x_load_policies__mutmut_38 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_39'] = x_load_policies__mutmut_39 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_40'] = x_load_policies__mutmut_40 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_41'] = x_load_policies__mutmut_41 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_42'] = x_load_policies__mutmut_42 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_43'] = x_load_policies__mutmut_43 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_44'] = x_load_policies__mutmut_44 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_45'] = x_load_policies__mutmut_45 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_46'] = x_load_policies__mutmut_46 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_47'] = x_load_policies__mutmut_47 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_48'] = x_load_policies__mutmut_48 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_49'] = x_load_policies__mutmut_49 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_50'] = x_load_policies__mutmut_50 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_51'] = x_load_policies__mutmut_51 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_52'] = x_load_policies__mutmut_52 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_53'] = x_load_policies__mutmut_53 # type: ignore # mutmut generated
mutants_x_load_policies__mutmut['x_load_policies__mutmut_54'] = x_load_policies__mutmut_54 # type: ignore # mutmut generated
