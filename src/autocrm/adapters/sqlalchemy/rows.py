"""The rows a domain object is stored as, and the JSON its sub-records are kept in.

A record is stored as the row of its main table and the rows of its child tables
(`Rows`); sub-records no query looks into (contacts, opt-outs, addresses, handling
steps, remedies) are kept as JSON written by the cattrs converter of
[`autocrm.adapters.json`][autocrm.adapters.json].

Examples:
    >>> rows = Rows({"number": "F1"}, {})
    >>> rows.main, rows.children
    ({'number': 'F1'}, {})
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from autocrm.adapters.json import make_converter

__all__ = ["Rows"]

_JSON = make_converter()
Row = Mapping[str, Any]
Children = Mapping[str, Sequence[Row]]


@attrs.frozen
class Rows:
    """The rows one domain object is stored as: its main row and its child rows.

    Attributes:
        main: Column name -> value for the entity table.
        children: Child table name -> the rows of that table.

    Examples:
        >>> rows = Rows({"number": "F1"}, {})
        >>> rows.main["number"], rows.children
        ('F1', {})
    """

    main: dict[str, Any]
    children: dict[str, list[dict[str, Any]]]


def _dump(value: object) -> Any:
    return _JSON.unstructure(value)


def _load(value: Any, kind: Any) -> Any:
    return _JSON.structure(value, kind)


def _by_key(rows: Iterable[Any], key: Any) -> dict[Any, list[Any]]:
    """Child rows grouped by the key of the record they belong to: ``row[key]``, a
    column name of a row mapping or a position in a driver's tuple."""
    grouped: dict[Any, list[Any]] = {}
    for row in rows:
        value = row[key]
        found = grouped.get(value)
        if found is None:
            grouped[value] = [row]
        else:
            found.append(row)
    return grouped
