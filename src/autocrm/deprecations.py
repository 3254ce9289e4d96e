"""Deprecation shims: public names that moved to another module keep importing from the old one.

A module whose names moved keeps a table ``{name: new module}`` and a module-level
``__getattr__`` that calls [`moved`][autocrm.deprecations.moved] (or is made by
[`moved_names`][autocrm.deprecations.moved_names]): the old import keeps working for
about a year and warns with a `DeprecationWarning` naming the new place.

Examples:
    >>> import warnings
    >>> get = moved_names("autocrm.stats.old", {"Rate": "autocrm.stats.rates"})
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     get("Rate").__name__, caught[0].category.__name__
    ('Rate', 'DeprecationWarning')
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Mapping

from autocrm.errors import UnsupportedType, shown

__all__ = ["DEPRECATED_SINCE", "moved", "moved_names"]

#: When the shims were introduced; they stay for about a year.
DEPRECATED_SINCE = "2026-12"


def _check(module: object, table: object) -> None:
    if not isinstance(module, str):
        msg = f"module: expected the old module's dotted name, got {shown(module)}"
        raise UnsupportedType(msg, field="module", value=module)
    if not isinstance(table, Mapping):
        msg = f"table: expected a mapping of name -> new module, got {shown(table)}"
        raise UnsupportedType(msg, field="table", value=table)


def moved(module: str, name: str, table: Mapping[str, str]) -> object:
    """Return ``name`` from its new module, warning that ``module`` no longer holds it.

    Args:
        module: The old module's dotted name (the caller's ``__name__``).
        name: The attribute asked for.
        table: Moved names and the dotted name of the module that now holds each.

    Returns:
        The object from its new module.

    Raises:
        AttributeError: ``name`` was never in ``module`` (what a module's
            ``__getattr__`` must raise for an unknown name).
        autocrm.errors.UnsupportedType: ``module`` is not a name or ``table`` not a mapping.

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
    _check(module, table)
    new = table.get(name) if isinstance(name, str) else None
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


def moved_names(module: str, table: Mapping[str, str]) -> Callable[[str], object]:
    """Return a module ``__getattr__`` giving each moved name from its new module, with a warning.

    Args:
        module: The old module's dotted name.
        table: Moved names and the dotted name of the module that now holds each.

    Returns:
        The function to assign to the old module's ``__getattr__``; it calls
        [`moved`][autocrm.deprecations.moved].

    Raises:
        autocrm.errors.UnsupportedType: ``module`` is not a name or ``table`` not a mapping.

    Examples:
        >>> get = moved_names("autocrm.stats.old", {})
        >>> get("nothing")
        Traceback (most recent call last):
        ...
        AttributeError: module 'autocrm.stats.old' has no attribute 'nothing'
    """
    _check(module, table)

    def __getattr__(name: str) -> object:
        return moved(module, name, table)

    return __getattr__
