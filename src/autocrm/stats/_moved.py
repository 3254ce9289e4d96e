"""Deprecation shims for public names that moved to another statistics module.

A module whose names moved keeps them reachable for about a year: its module-level
``__getattr__`` (made by ``moved_names``) gives the
name from its new home and warns with a DeprecationWarning naming that home.

Examples:
    >>> import warnings
    >>> get = moved_names("autocrm.stats.old", {"Rate": "autocrm.stats.rates"})
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     get("Rate").__name__, caught[0].category.__name__
    ('Rate', 'DeprecationWarning')
    >>> str(caught[0].message).split(";")[0]
    'autocrm.stats.old.Rate moved to autocrm.stats.rates.Rate in autocrm 0.2 (December 2026)'

"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Mapping

__all__ = ["moved_names"]


def moved_names(module: str, moved: Mapping[str, str]) -> Callable[[str], object]:
    """Return a module ``__getattr__`` giving each moved name from its new module, with a warning.

    Args:
        module: The old module's name.
        moved: Old name -> the module it now lives in (under the same name).

    Examples:
        >>> get = moved_names("autocrm.stats.old", {})
        >>> get("nothing")
        Traceback (most recent call last):
        ...
        AttributeError: module 'autocrm.stats.old' has no attribute 'nothing'
    """

    def __getattr__(name: str) -> object:
        if name not in moved:
            msg = f"module {module!r} has no attribute {name!r}"
            raise AttributeError(msg)
        new = moved[name]
        warnings.warn(
            f"{module}.{name} moved to {new}.{name} in autocrm 0.2 (December 2026); "
            "import it from there, the old place goes in 2028",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(importlib.import_module(new), name)

    return __getattr__
