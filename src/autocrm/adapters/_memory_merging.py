"""Merging and unmerging customers in the in-memory archive.

The plans come from [`autocrm.rules.merging`][autocrm.rules.merging]; here they are
applied to the stores of [`MemoryArchive`][autocrm.adapters.memory.MemoryArchive],
inside the unit of work its ``merge`` and ``unmerge`` open.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

from autocrm.adapters._memory_stores import _CUSTOMER, _MemoryStores
from autocrm.domain.audit import AuditAction
from autocrm.domain.customer import Customer
from autocrm.ports import entity_id
from autocrm.query.fields import entity_name
from autocrm.rules.merge_result import MOVED_TYPES, MergePlan, MergeResult, read_merge_entry
from autocrm.rules.merging import plan_merge
from autocrm.rules.unmerging import no_merge_to_undo, plan_unmerge


def _merge(
    stores: _MemoryStores, survivor: str, duplicate: str, *, actor: str, at: datetime, reason: str
) -> MergeResult:
    """Merge ``duplicate`` into ``survivor`` (see ``MemoryArchive.merge``)."""
    kept: Customer = stores._stored(_CUSTOMER, survivor)
    gone: Customer = stores._stored(_CUSTOMER, duplicate)
    plan = plan_merge(kept, gone, _owned(stores, duplicate), actor=actor, at=at, reason=reason)
    _apply(stores, plan)
    return plan.result


def _unmerge(
    stores: _MemoryStores, duplicate: str, *, actor: str, at: datetime, reason: str
) -> MergeResult:
    """Undo the merge of ``duplicate`` (see ``MemoryArchive.unmerge``)."""
    gone: Customer = stores._stored(_CUSTOMER, duplicate)
    position = _last_merge(stores, duplicate) if gone.merged else None
    if position is None:
        raise no_merge_to_undo(gone)
    merge = read_merge_entry(stores._audit[position])
    kept: Customer = stores._stored(_CUSTOMER, merge.survivor)
    moved = [
        found
        for name, key in merge.moved_keys()
        if (found := stores._records[name].get(key)) is not None
    ]
    later = itertools.islice(stores._audit, position + 1, None)
    plan = plan_unmerge(merge, kept, gone, moved, later, actor=actor, at=at, reason=reason)
    _apply(stores, plan)
    return plan.result


def _owned(stores: _MemoryStores, number: str) -> list[Any]:
    """The records of the types that move in a merge that name the customer, in order."""
    records: list[Any] = []
    for kind in MOVED_TYPES:
        entity = entity_name(kind)
        keys = stores._index[entity, "customer_number"].get(number, {})
        positions = stores._position[entity]
        store = stores._records[entity]
        records += [store[k] for k in sorted(keys, key=positions.__getitem__)]
    return records


def _apply(stores: _MemoryStores, plan: MergePlan) -> None:
    for _, after in plan.changes:
        stores._replace(entity_name(type(after)), entity_id(after), after)
    stores._append_audit(plan.entry)


def _last_merge(stores: _MemoryStores, number: str) -> int | None:
    """The position of the customer's latest MERGE audit entry, or None."""
    for position in range(len(stores._audit) - 1, -1, -1):
        entry = stores._audit[position]
        if (
            entry.action is AuditAction.MERGE
            and entry.entity == _CUSTOMER
            and entry.entity_id == number
        ):
            return position
    return None
