"""Deprecation shims for public names that moved to another module.

A module whose names moved keeps a table ``{name: new module}`` and a module-level
``__getattr__`` that calls [`moved`][autocrm.rules._moved.moved]: the old import keeps
working and warns with a `DeprecationWarning` naming the new place.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Mapping

__all__ = ["moved"]

#: When the shims were introduced; they stay for about a year.
DEPRECATED_SINCE = "2026-12"


def moved(module: str, name: str, table: Mapping[str, str]) -> object:
    """Return ``name`` from its new module, warning that ``module`` no longer holds it.

    Args:
        module: The old module's dotted name (the caller's ``__name__``).
        name: The attribute asked for.
        table: Moved names and the dotted name of the module that now holds each.

    Returns:
        The object from its new module.

    Raises:
        AttributeError: ``name`` was never in ``module``.

    Examples:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     value = moved("autocrm.rules.archive", "DataGroup",
        ...                   {"DataGroup": "autocrm.rules.archive_completeness"})
        >>> value.__name__, caught[0].category.__name__
        ('DataGroup', 'DeprecationWarning')
        >>> str(caught[0].message)[:60]
        'autocrm.rules.archive.DataGroup moved to autocrm.rules.archi'
    """
    new = table.get(name)
    if new is None:
        msg = f"module {module!r} has no attribute {name!r}"
        raise AttributeError(msg)
    warnings.warn(
        f"{module}.{name} moved to {new}.{name} (deprecated since {DEPRECATED_SINCE}); "
        f"import it from {new}",
        DeprecationWarning,
        stacklevel=3,
    )
    return getattr(importlib.import_module(new), name)
