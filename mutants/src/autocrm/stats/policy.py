"""Targets and conventions of the statistics (seeds 003, 004)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from autocrm.errors import PolicyError, shown

__all__ = ["StatsPolicy"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__number__mutmut)
def _number(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)
    return float(value)


def x__number__mutmut_orig(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)
    return float(value)


def x__number__mutmut_1(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) and not isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)
    return float(value)


def x__number__mutmut_2(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)
    return float(value)


def x__number__mutmut_3(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = None
        raise PolicyError(msg, field=attribute.name, value=value)
    return float(value)


def x__number__mutmut_4(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(None)}"
        raise PolicyError(msg, field=attribute.name, value=value)
    return float(value)


def x__number__mutmut_5(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(value)}"
        raise PolicyError(None, field=attribute.name, value=value)
    return float(value)


def x__number__mutmut_6(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(value)}"
        raise PolicyError(msg, field=None, value=value)
    return float(value)


def x__number__mutmut_7(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=None)
    return float(value)


def x__number__mutmut_8(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(value)}"
        raise PolicyError(field=attribute.name, value=value)
    return float(value)


def x__number__mutmut_9(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(value)}"
        raise PolicyError(msg, value=value)
    return float(value)


def x__number__mutmut_10(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, )
    return float(value)


def x__number__mutmut_11(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)
    return float(None)

mutants_x__number__mutmut['_mutmut_orig'] = x__number__mutmut_orig # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_1'] = x__number__mutmut_1 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_2'] = x__number__mutmut_2 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_3'] = x__number__mutmut_3 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_4'] = x__number__mutmut_4 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_5'] = x__number__mutmut_5 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_6'] = x__number__mutmut_6 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_7'] = x__number__mutmut_7 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_8'] = x__number__mutmut_8 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_9'] = x__number__mutmut_9 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_10'] = x__number__mutmut_10 # type: ignore # mutmut generated
mutants_x__number__mutmut['x__number__mutmut_11'] = x__number__mutmut_11 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__open_unit__mutmut)
def _open_unit(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if 0 < _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_2(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 1 < _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_4(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(None, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_5(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, None) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_6(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_7(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, ) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_8(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) <= 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_9(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) < 2:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_10(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) < 1:
        msg = None
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_11(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(None)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def x__open_unit__mutmut_12(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(None, field=attribute.name, value=value)


def x__open_unit__mutmut_13(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=None, value=value)


def x__open_unit__mutmut_14(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=None)


def x__open_unit__mutmut_15(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(field=attribute.name, value=value)


def x__open_unit__mutmut_16(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, value=value)


def x__open_unit__mutmut_17(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, )

mutants_x__open_unit__mutmut['_mutmut_orig'] = x__open_unit__mutmut_orig # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_1'] = x__open_unit__mutmut_1 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_2'] = x__open_unit__mutmut_2 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_3'] = x__open_unit__mutmut_3 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_4'] = x__open_unit__mutmut_4 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_5'] = x__open_unit__mutmut_5 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_6'] = x__open_unit__mutmut_6 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_7'] = x__open_unit__mutmut_7 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_8'] = x__open_unit__mutmut_8 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_9'] = x__open_unit__mutmut_9 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_10'] = x__open_unit__mutmut_10 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_11'] = x__open_unit__mutmut_11 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_12'] = x__open_unit__mutmut_12 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_13'] = x__open_unit__mutmut_13 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_14'] = x__open_unit__mutmut_14 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_15'] = x__open_unit__mutmut_15 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_16'] = x__open_unit__mutmut_16 # type: ignore # mutmut generated
mutants_x__open_unit__mutmut['x__open_unit__mutmut_17'] = x__open_unit__mutmut_17 # type: ignore # mutmut generated
mutants_x__share__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__share__mutmut)
def _share(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if 0 <= _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_2(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 1 <= _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_4(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(None, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_5(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, None) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_6(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_7(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, ) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_8(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) < 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_9(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) <= 2:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_10(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) <= 1:
        msg = None
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_11(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(None)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__share__mutmut_12(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(None, field=attribute.name, value=value)


def x__share__mutmut_13(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=None, value=value)


def x__share__mutmut_14(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=None)


def x__share__mutmut_15(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(field=attribute.name, value=value)


def x__share__mutmut_16(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, value=value)


def x__share__mutmut_17(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, )

mutants_x__share__mutmut['_mutmut_orig'] = x__share__mutmut_orig # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_1'] = x__share__mutmut_1 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_2'] = x__share__mutmut_2 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_3'] = x__share__mutmut_3 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_4'] = x__share__mutmut_4 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_5'] = x__share__mutmut_5 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_6'] = x__share__mutmut_6 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_7'] = x__share__mutmut_7 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_8'] = x__share__mutmut_8 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_9'] = x__share__mutmut_9 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_10'] = x__share__mutmut_10 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_11'] = x__share__mutmut_11 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_12'] = x__share__mutmut_12 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_13'] = x__share__mutmut_13 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_14'] = x__share__mutmut_14 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_15'] = x__share__mutmut_15 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_16'] = x__share__mutmut_16 # type: ignore # mutmut generated
mutants_x__share__mutmut['x__share__mutmut_17'] = x__share__mutmut_17 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__non_negative__mutmut)
def _non_negative(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__non_negative__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__non_negative__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(None, value) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__non_negative__mutmut_2(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, None) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__non_negative__mutmut_3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(value) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__non_negative__mutmut_4(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, ) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__non_negative__mutmut_5(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) <= 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__non_negative__mutmut_6(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) < 1:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__non_negative__mutmut_7(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) < 0:
        msg = None
        raise PolicyError(msg, field=attribute.name, value=value)


def x__non_negative__mutmut_8(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(None)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__non_negative__mutmut_9(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(None, field=attribute.name, value=value)


def x__non_negative__mutmut_10(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=None, value=value)


def x__non_negative__mutmut_11(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=None)


def x__non_negative__mutmut_12(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(field=attribute.name, value=value)


def x__non_negative__mutmut_13(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, value=value)


def x__non_negative__mutmut_14(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, )

mutants_x__non_negative__mutmut['_mutmut_orig'] = x__non_negative__mutmut_orig # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_1'] = x__non_negative__mutmut_1 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_2'] = x__non_negative__mutmut_2 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_3'] = x__non_negative__mutmut_3 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_4'] = x__non_negative__mutmut_4 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_5'] = x__non_negative__mutmut_5 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_6'] = x__non_negative__mutmut_6 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_7'] = x__non_negative__mutmut_7 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_8'] = x__non_negative__mutmut_8 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_9'] = x__non_negative__mutmut_9 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_10'] = x__non_negative__mutmut_10 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_11'] = x__non_negative__mutmut_11 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_12'] = x__non_negative__mutmut_12 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_13'] = x__non_negative__mutmut_13 # type: ignore # mutmut generated
mutants_x__non_negative__mutmut['x__non_negative__mutmut_14'] = x__non_negative__mutmut_14 # type: ignore # mutmut generated
mutants_x__scale__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__scale__mutmut)
def _scale(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 10) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__scale__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 10) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__scale__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 10) and isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__scale__mutmut_2(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value in (5, 10) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__scale__mutmut_3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (6, 10) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__scale__mutmut_4(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 11) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__scale__mutmut_5(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 10) or isinstance(value, bool):
        msg = None
        raise PolicyError(msg, field=attribute.name, value=value)


def x__scale__mutmut_6(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 10) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(None)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__scale__mutmut_7(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 10) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(None, field=attribute.name, value=value)


def x__scale__mutmut_8(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 10) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, field=None, value=value)


def x__scale__mutmut_9(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 10) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=None)


def x__scale__mutmut_10(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 10) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(field=attribute.name, value=value)


def x__scale__mutmut_11(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 10) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, value=value)


def x__scale__mutmut_12(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (5, 10) or isinstance(value, bool):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, )

mutants_x__scale__mutmut['_mutmut_orig'] = x__scale__mutmut_orig # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_1'] = x__scale__mutmut_1 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_2'] = x__scale__mutmut_2 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_3'] = x__scale__mutmut_3 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_4'] = x__scale__mutmut_4 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_5'] = x__scale__mutmut_5 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_6'] = x__scale__mutmut_6 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_7'] = x__scale__mutmut_7 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_8'] = x__scale__mutmut_8 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_9'] = x__scale__mutmut_9 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_10'] = x__scale__mutmut_10 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_11'] = x__scale__mutmut_11 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_12'] = x__scale__mutmut_12 # type: ignore # mutmut generated
mutants_x__whole__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__whole__mutmut)
def _whole(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, field=attribute.name, value=value)

    return check


def x__whole__mutmut_orig(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, field=attribute.name, value=value)

    return check


def x__whole__mutmut_1(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) and not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, field=attribute.name, value=value)

    return check


def x__whole__mutmut_2(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) and not isinstance(value, int) or not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, field=attribute.name, value=value)

    return check


def x__whole__mutmut_3(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or isinstance(value, int) or not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, field=attribute.name, value=value)

    return check


def x__whole__mutmut_4(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, field=attribute.name, value=value)

    return check


def x__whole__mutmut_5(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low < value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, field=attribute.name, value=value)

    return check


def x__whole__mutmut_6(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value < high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, field=attribute.name, value=value)

    return check


def x__whole__mutmut_7(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            msg = None
            raise PolicyError(msg, field=attribute.name, value=value)

    return check


def x__whole__mutmut_8(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(None)}"
            )
            raise PolicyError(msg, field=attribute.name, value=value)

    return check


def x__whole__mutmut_9(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(None, field=attribute.name, value=value)

    return check


def x__whole__mutmut_10(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, field=None, value=value)

    return check


def x__whole__mutmut_11(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, field=attribute.name, value=None)

    return check


def x__whole__mutmut_12(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(field=attribute.name, value=value)

    return check


def x__whole__mutmut_13(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, value=value)

    return check


def x__whole__mutmut_14(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, field=attribute.name, )

    return check

mutants_x__whole__mutmut['_mutmut_orig'] = x__whole__mutmut_orig # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_1'] = x__whole__mutmut_1 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_2'] = x__whole__mutmut_2 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_3'] = x__whole__mutmut_3 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_4'] = x__whole__mutmut_4 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_5'] = x__whole__mutmut_5 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_6'] = x__whole__mutmut_6 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_7'] = x__whole__mutmut_7 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_8'] = x__whole__mutmut_8 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_9'] = x__whole__mutmut_9 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_10'] = x__whole__mutmut_10 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_11'] = x__whole__mutmut_11 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_12'] = x__whole__mutmut_12 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_13'] = x__whole__mutmut_13 # type: ignore # mutmut generated
mutants_x__whole__mutmut['x__whole__mutmut_14'] = x__whole__mutmut_14 # type: ignore # mutmut generated
mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen(kw_only=True)
class StatsPolicy:
    """Targets and conventions used by :mod:`autocrm.stats`.

    Attributes:
        confidence: Confidence level of the Wilson intervals.
        satisfied_min_rating: Least rating counted as satisfied (on a 1–5 scale).
        on_time_closure_target: Seed 004's target for complaints closed in time.
        per_thousand_target: Seed 004's target of complaints per thousand vehicles.
        renewal_floor: Seed 003's floor for the monthly insurance renewal rate.
        rating_scale: The shop's rating scale: 5 (ratings 1–5) or 10 (ratings 0–10).
        satisfied_min_rating_of_ten: Least rating counted as satisfied on a 0–10 scale.
        nps_promoter_min: Least 0–10 rating of a promoter (Net Promoter Score: 9).
        nps_detractor_max: Greatest 0–10 rating of a detractor (Net Promoter Score: 6).
        percent_digits: Decimals of printed percentages (seed 004 prints whole per cent).
        per_thousand_digits: Decimals of the per-thousand rate (seed 004 prints one).
        complete_archive_min_score: Least completeness score (0 to 1) of an archive
            counted as complete by the archive completeness rate (seed 001; 1.0:
            every field of seed 000's four groups filled).
        work_order_archive_days: Days after closing within which a work order must
            reach the archive to count as updated in time (seed 002 archives work
            orders daily; *default* 1: the closing day or the next).
        renewal_window_days_before / renewal_window_days_after: An insurance renewal
            work order (续保) this many days before or after the expiry date counts
            as renewing that policy (*default* 90 and 30).

    Examples:
        >>> StatsPolicy().on_time_closure_target
        0.95
    """

    confidence: float = attrs.field(default=0.95, validator=_open_unit)
    satisfied_min_rating: int = attrs.field(default=4, validator=_whole(1, 5))
    on_time_closure_target: float = attrs.field(default=0.95, validator=_share)
    per_thousand_target: float = attrs.field(default=2.0, validator=_non_negative)
    renewal_floor: float = attrs.field(default=0.20, validator=_share)
    rating_scale: int = attrs.field(default=5, validator=_scale)
    satisfied_min_rating_of_ten: int = attrs.field(default=8, validator=_whole(0, 10))
    nps_promoter_min: int = attrs.field(default=9, validator=_whole(0, 10))
    nps_detractor_max: int = attrs.field(default=6, validator=_whole(0, 10))
    percent_digits: int = attrs.field(default=0, validator=_whole(0, 6))
    per_thousand_digits: int = attrs.field(default=1, validator=_whole(0, 6))
    complete_archive_min_score: float = attrs.field(default=1.0, validator=_share)
    work_order_archive_days: int = attrs.field(default=1, validator=_whole(0, 366))
    renewal_window_days_before: int = attrs.field(default=90, validator=_whole(0, 366))
    renewal_window_days_after: int = attrs.field(default=30, validator=_whole(0, 366))

    @_mutmut_mutated(mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        if self.nps_detractor_max >= self.nps_promoter_min:
            msg = (
                f"nps_detractor_max: {self.nps_detractor_max} must be below "
                f"nps_promoter_min {self.nps_promoter_min}"
            )
            raise PolicyError(msg, field="nps_detractor_max", value=self.nps_detractor_max)

    def xǁStatsPolicyǁ__attrs_post_init____mutmut_orig(self) -> None:
        if self.nps_detractor_max >= self.nps_promoter_min:
            msg = (
                f"nps_detractor_max: {self.nps_detractor_max} must be below "
                f"nps_promoter_min {self.nps_promoter_min}"
            )
            raise PolicyError(msg, field="nps_detractor_max", value=self.nps_detractor_max)

    def xǁStatsPolicyǁ__attrs_post_init____mutmut_1(self) -> None:
        if self.nps_detractor_max > self.nps_promoter_min:
            msg = (
                f"nps_detractor_max: {self.nps_detractor_max} must be below "
                f"nps_promoter_min {self.nps_promoter_min}"
            )
            raise PolicyError(msg, field="nps_detractor_max", value=self.nps_detractor_max)

    def xǁStatsPolicyǁ__attrs_post_init____mutmut_2(self) -> None:
        if self.nps_detractor_max >= self.nps_promoter_min:
            msg = None
            raise PolicyError(msg, field="nps_detractor_max", value=self.nps_detractor_max)

    def xǁStatsPolicyǁ__attrs_post_init____mutmut_3(self) -> None:
        if self.nps_detractor_max >= self.nps_promoter_min:
            msg = (
                f"nps_detractor_max: {self.nps_detractor_max} must be below "
                f"nps_promoter_min {self.nps_promoter_min}"
            )
            raise PolicyError(None, field="nps_detractor_max", value=self.nps_detractor_max)

    def xǁStatsPolicyǁ__attrs_post_init____mutmut_4(self) -> None:
        if self.nps_detractor_max >= self.nps_promoter_min:
            msg = (
                f"nps_detractor_max: {self.nps_detractor_max} must be below "
                f"nps_promoter_min {self.nps_promoter_min}"
            )
            raise PolicyError(msg, field=None, value=self.nps_detractor_max)

    def xǁStatsPolicyǁ__attrs_post_init____mutmut_5(self) -> None:
        if self.nps_detractor_max >= self.nps_promoter_min:
            msg = (
                f"nps_detractor_max: {self.nps_detractor_max} must be below "
                f"nps_promoter_min {self.nps_promoter_min}"
            )
            raise PolicyError(msg, field="nps_detractor_max", value=None)

    def xǁStatsPolicyǁ__attrs_post_init____mutmut_6(self) -> None:
        if self.nps_detractor_max >= self.nps_promoter_min:
            msg = (
                f"nps_detractor_max: {self.nps_detractor_max} must be below "
                f"nps_promoter_min {self.nps_promoter_min}"
            )
            raise PolicyError(field="nps_detractor_max", value=self.nps_detractor_max)

    def xǁStatsPolicyǁ__attrs_post_init____mutmut_7(self) -> None:
        if self.nps_detractor_max >= self.nps_promoter_min:
            msg = (
                f"nps_detractor_max: {self.nps_detractor_max} must be below "
                f"nps_promoter_min {self.nps_promoter_min}"
            )
            raise PolicyError(msg, value=self.nps_detractor_max)

    def xǁStatsPolicyǁ__attrs_post_init____mutmut_8(self) -> None:
        if self.nps_detractor_max >= self.nps_promoter_min:
            msg = (
                f"nps_detractor_max: {self.nps_detractor_max} must be below "
                f"nps_promoter_min {self.nps_promoter_min}"
            )
            raise PolicyError(msg, field="nps_detractor_max", )

    def xǁStatsPolicyǁ__attrs_post_init____mutmut_9(self) -> None:
        if self.nps_detractor_max >= self.nps_promoter_min:
            msg = (
                f"nps_detractor_max: {self.nps_detractor_max} must be below "
                f"nps_promoter_min {self.nps_promoter_min}"
            )
            raise PolicyError(msg, field="XXnps_detractor_maxXX", value=self.nps_detractor_max)

    def xǁStatsPolicyǁ__attrs_post_init____mutmut_10(self) -> None:
        if self.nps_detractor_max >= self.nps_promoter_min:
            msg = (
                f"nps_detractor_max: {self.nps_detractor_max} must be below "
                f"nps_promoter_min {self.nps_promoter_min}"
            )
            raise PolicyError(msg, field="NPS_DETRACTOR_MAX", value=self.nps_detractor_max)

mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut['_mutmut_orig'] = StatsPolicy.xǁStatsPolicyǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut['xǁStatsPolicyǁ__attrs_post_init____mutmut_1'] = StatsPolicy.xǁStatsPolicyǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut['xǁStatsPolicyǁ__attrs_post_init____mutmut_2'] = StatsPolicy.xǁStatsPolicyǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut['xǁStatsPolicyǁ__attrs_post_init____mutmut_3'] = StatsPolicy.xǁStatsPolicyǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut['xǁStatsPolicyǁ__attrs_post_init____mutmut_4'] = StatsPolicy.xǁStatsPolicyǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut['xǁStatsPolicyǁ__attrs_post_init____mutmut_5'] = StatsPolicy.xǁStatsPolicyǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut['xǁStatsPolicyǁ__attrs_post_init____mutmut_6'] = StatsPolicy.xǁStatsPolicyǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut['xǁStatsPolicyǁ__attrs_post_init____mutmut_7'] = StatsPolicy.xǁStatsPolicyǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut['xǁStatsPolicyǁ__attrs_post_init____mutmut_8'] = StatsPolicy.xǁStatsPolicyǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut['xǁStatsPolicyǁ__attrs_post_init____mutmut_9'] = StatsPolicy.xǁStatsPolicyǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁStatsPolicyǁ__attrs_post_init____mutmut['xǁStatsPolicyǁ__attrs_post_init____mutmut_10'] = StatsPolicy.xǁStatsPolicyǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
