"""Reading TOML on every supported Python: tomllib (3.11+) or the tomli backport (3.10)."""

from __future__ import annotations

import sys
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 reads TOML with the tomli backport
    import tomli as tomllib

__all__ = ["TOMLDecodeError", "loads"]

TOMLDecodeError = tomllib.TOMLDecodeError


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_loads__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_loads__mutmut)
def loads(text: str) -> dict[str, Any]:
    """Parse TOML text.

    Examples:
        >>> loads("[churn]\\nlost_after_days = 540\\n")
        {'churn': {'lost_after_days': 540}}
    """
    data: dict[str, Any] = tomllib.loads(text)
    return data


def x_loads__mutmut_orig(text: str) -> dict[str, Any]:
    """Parse TOML text.

    Examples:
        >>> loads("[churn]\\nlost_after_days = 540\\n")
        {'churn': {'lost_after_days': 540}}
    """
    data: dict[str, Any] = tomllib.loads(text)
    return data


def x_loads__mutmut_1(text: str) -> dict[str, Any]:
    """Parse TOML text.

    Examples:
        >>> loads("[churn]\\nlost_after_days = 540\\n")
        {'churn': {'lost_after_days': 540}}
    """
    data: dict[str, Any] = None
    return data


def x_loads__mutmut_2(text: str) -> dict[str, Any]:
    """Parse TOML text.

    Examples:
        >>> loads("[churn]\\nlost_after_days = 540\\n")
        {'churn': {'lost_after_days': 540}}
    """
    data: dict[str, Any] = tomllib.loads(None)
    return data

mutants_x_loads__mutmut['_mutmut_orig'] = x_loads__mutmut_orig # type: ignore # mutmut generated
mutants_x_loads__mutmut['x_loads__mutmut_1'] = x_loads__mutmut_1 # type: ignore # mutmut generated
mutants_x_loads__mutmut['x_loads__mutmut_2'] = x_loads__mutmut_2 # type: ignore # mutmut generated
