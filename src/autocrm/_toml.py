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


def loads(text: str) -> dict[str, Any]:
    """Parse TOML text.

    Examples:
        >>> loads("[churn]\\nlost_after_days = 540\\n")
        {'churn': {'lost_after_days': 540}}
    """
    data: dict[str, Any] = tomllib.loads(text)
    return data
