"""Planning an import: each file matched to its table, its header checked, the reading order.

Examples:
    >>> from autocrm.adapters.tables.mapping import mapping_from_dict
    >>> m = mapping_from_dict({"customers": {"files": ["客户*.csv"],
    ...     "columns": {"number": "客户编号", "name": "姓名"}}})
    >>> plan_import([], m)
    []
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import cast

import attrs

from autocrm.adapters.tables.mapping import (
    TABLE_ORDER,
    ImportMapping,
    MappingError,
    TableMapping,
    _checked_path,
)
from autocrm.adapters.tables.readers import TableSource, open_table
from autocrm.domain.checks import check_collection, expect
from autocrm.errors import shown

__all__ = ["plan_import"]


@attrs.frozen
class _Planned:
    table: TableMapping
    source: TableSource


def plan_import(paths: Iterable[str | Path], mapping: ImportMapping) -> list[tuple[str, Path]]:
    """Match each file to its table, check the headers, and return the reading order.

    Raises:
        MappingError: a file matches no table of the mapping, cannot be opened as a
            table, or lacks a column the mapping names (``field`` is the key path).

    Examples:
        >>> import os, tempfile
        >>> from autocrm.adapters.tables.mapping import mapping_from_dict
        >>> m = mapping_from_dict({"readings": {"files": ["km*.csv"],
        ...     "columns": {"vin": "VIN", "on": "日期", "km": "里程"}}})
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "km2025.csv")
        ...     _ = open(p, "w", encoding="utf-8").write("VIN,日期\\n")
        ...     plan_import([p], m)
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: readings.columns.km: km2025.csv has no ...
    """
    return [(p.table.name, p.source.path) for p in _plan(paths, mapping)]


def _plan(paths: Iterable[str | Path], mapping: ImportMapping) -> list[_Planned]:
    expect(mapping, ImportMapping, field="mapping")
    files = [
        _checked_path(given, f"paths[{index}]")
        for index, given in enumerate(cast("Iterable[object]", check_collection(paths, "paths")))
    ]
    planned: dict[str, list[_Planned]] = {name: [] for name in TABLE_ORDER}
    for path in files:
        table = mapping.table_for(path.name)
        if table is None:
            patterns = "; ".join(f"{t.name}: {', '.join(t.files)}" for t in mapping.tables.values())
            msg = f"{path.name}: matches no table of the mapping ({patterns})"
            raise MappingError(msg, field="files", value=str(path))
        source = open_table(path, encoding=table.encoding, sheet=table.sheet)
        header = set(source.columns)
        for field, column in (*table.columns.items(), *table.payer_amounts.items()):
            if column not in header:
                where = "payer_amounts" if field in table.payer_amounts else "columns"
                key = f"{table.name}.{where}.{field}"
                msg = (
                    f"{path.name} has no column {shown(column)}; it has {', '.join(source.columns)}"
                )
                raise MappingError(f"{key}: {msg}", field=key, value=column)
        planned[table.name].append(_Planned(table, source))
    return [item for name in TABLE_ORDER for item in planned[name]]
