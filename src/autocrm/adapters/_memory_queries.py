"""Query evaluation in the in-memory archive: which records a filter can select.

An equality on the key, ``customer_number`` or ``vin`` reads an index of the stores;
anything else scans the records in archive order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from autocrm.adapters._memory_stores import _READING, _MemoryStores
from autocrm.query.errors import TypeMismatch
from autocrm.query.expr import And, Compare, Filter, require_filter
from autocrm.query.fields import SCHEMA


def _candidates(stores: _MemoryStores, entity: str, where: Filter | None) -> Iterable[Any]:
    """The records a filter can select: from an index when it pins a key, else all."""
    if where is None:
        return stores._all(entity)
    conjuncts = where.items if isinstance(where, And) else (where,)
    key_attribute = SCHEMA[entity].key
    for node in conjuncts:
        if not (isinstance(node, Compare) and node.op == "==" and node.field.relation is None):
            continue
        attribute = node.field.path[0]
        if entity == _READING and attribute == "vin":
            return stores._readings_by_vin.get(node.value, [])
        if attribute == key_attribute:
            found = stores._records[entity].get(node.value)
            return [] if found is None else [found]
        if (entity, attribute) in stores._index:
            keys = stores._index[entity, attribute].get(node.value, {})
            positions = stores._position[entity]
            records = stores._records[entity]
            return [records[k] for k in sorted(keys, key=positions.__getitem__)]
    return stores._all(entity)


def _check_filter(entity: str, where: Filter | None) -> None:
    if where is not None and require_filter(where).entity != entity:
        msg = f"{where.entity}: a filter on {where.entity} cannot select {entity} records"
        raise TypeMismatch(msg, field=where.entity, value=where)
