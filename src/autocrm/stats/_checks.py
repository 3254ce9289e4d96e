"""Argument checks shared by the statistics (private to `autocrm.stats`).

The statistics refuse None, a number or a string where a collection of records is
expected with an error naming the parameter, exactly as the rules do: they use the
same checks as [`autocrm.rules`][autocrm.rules], kept in one place so the wording
cannot drift.

Examples:
    >>> try:
    ...     check_iterable(None, "complaints")
    ... except ValueError as exc:
    ...     str(exc)
    'complaints: expected a collection, got NoneType'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from autocrm.domain.checks import check_collection as check_iterable
from autocrm.domain.checks import checked
from autocrm.errors import InvalidFormat, shown

__all__ = ["check_iterable", "checked", "records_of"]


def records_of(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    """Return ``items`` as a list, every one of them a ``kind``, else InvalidFormat.

    Examples:
        >>> records_of([], int, "counts")
        []
        >>> try:
        ...     records_of(["a"], int, "counts")
        ... except ValueError as exc:
        ...     str(exc)
        'counts: expected int objects, got str'
    """
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        msg = f"{field}: expected an iterable of {kind.__name__} objects, got {shown(items)}"
        raise InvalidFormat(msg, field=field, value=items)
    values = list(items)
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(msg, field=field, value=value)
    return values
