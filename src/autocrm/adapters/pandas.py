"""pandas frames for notebooks (extra ``pandas``).

Every result of :mod:`autocrm.stats` (and many of :mod:`autocrm.rules`) has a
``to_rows()`` method giving plain dicts; :func:`to_frame` turns those, or any
iterable of domain objects, into a :class:`pandas.DataFrame`. Money stays
``Decimal`` (object dtype) so that sums remain exact; enums become their
English value, with a ``*_label`` column carrying the Chinese label. A redacted
view (:func:`autocrm.rules.archive.redact`) becomes a row of the fields its role
may see.

Examples:
    >>> from autocrm.domain import Customer
    >>> frame = to_frame([Customer(number="C1", name="张三", kind="个人")])
    >>> frame.loc[0, "kind"], frame.loc[0, "kind_label"]
    ('person', '个人')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import pandas as pd

from autocrm.domain._enum import LabelledEnum
from autocrm.errors import UnsupportedType
from autocrm.rules.archive import RedactedComplaint, RedactedCustomer, RedactedWorkOrder

__all__ = ["to_frame", "to_records"]


def _plain(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_plain(item) for item in value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return {k: _plain(v) for k, v in _record(value).items()}
    if isinstance(value, Mapping):
        return dict(value)
    return value


def _record(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        return {a.name: getattr(obj, a.name) for a in fields if a.init}
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def to_records(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
    """
    rows: list[dict[str, Any]] = []
    for item in items:
        row: dict[str, Any] = {}
        for key, value in _record(item).items():
            row[key] = _plain(value)
            if isinstance(value, LabelledEnum):
                row[f"{key}_label"] = value.label
        rows.append(row)
    return rows


def to_frame(rows: Iterable[object] | Any) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
    """
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        rows = to_rows()
    frame: pd.DataFrame = pd.DataFrame.from_records(to_records(rows))
    return frame
