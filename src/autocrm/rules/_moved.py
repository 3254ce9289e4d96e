"""Deprecation shims of the rules: [`autocrm.deprecations.moved`][autocrm.deprecations.moved].

Kept so that every rules module reaches the one shared helper by the same short import.

Examples:
    >>> from autocrm import deprecations
    >>> moved is deprecations.moved
    True
"""

from __future__ import annotations

from autocrm.deprecations import moved

__all__ = ["moved"]
