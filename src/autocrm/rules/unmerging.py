"""Undoing a merge: every record back as it was, or a refusal that says what changed.

[`plan_unmerge`][autocrm.rules.unmerging.plan_unmerge] works out what an archive's
``unmerge`` writes from the merge's [`MergeResult`][autocrm.rules.merge_result.MergeResult]
(read from its MERGE audit entry);
[`no_merge_to_undo`][autocrm.rules.unmerging.no_merge_to_undo] is the refusal when there is
no such entry. The rules are on [`autocrm.rules.merging`][autocrm.rules.merging] (*Undo*).

Examples:
    >>> from autocrm.domain import Customer
    >>> no_merge_to_undo(Customer(number="C000002", name="王建国")).field
    'duplicate'
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import attrs

from autocrm.domain.audit import AuditEntry
from autocrm.domain.customer import Customer
from autocrm.errors import (
    UnmergeRefused,
)
from autocrm.rules.merge_result import (
    _ENTITY,
    _KEY,
    MOVED_TYPES,
    MergePlan,
    MergeResult,
    Moved,
    Record,
    _checked,
    _items,
    _require_actor,
    _require_customer,
    _require_reason,
    merge_entry,
)

__all__ = ["no_merge_to_undo", "plan_unmerge"]


def _describe(entry: AuditEntry) -> str:
    what = f"{entry.action.value} of {entry.field}" if entry.field else entry.action.value
    return (
        f"{entry.entity} {entry.entity_id} changed after the merge ({what} by {entry.actor} "
        f"at {entry.at.isoformat()})"
    )


def _refuse(merge: MergeResult, why: str, changes: Iterable[AuditEntry] = ()) -> UnmergeRefused:
    msg = (
        f"duplicate: the merge of {merge.duplicate} into {merge.survivor} cannot be undone: "
        f"{why}; a merge is undone only while nothing it touched has changed"
    )
    return UnmergeRefused(msg, field="duplicate", value=merge.duplicate, changes=changes)


def no_merge_to_undo(duplicate: Customer) -> UnmergeRefused:
    """The refusal of an un-merge that finds no MERGE audit entry of ``duplicate``.

    What a merge moved is known only from its MERGE entry. A customer that is not
    merged has nothing to undo; one that is merged but whose archive holds no MERGE
    entry for it (an archive restored from a backup without its audit trail, or
    built by an import or bulk load, which write records as they are) cannot be
    un-merged: the error says what is missing and what to do instead.

    Examples:
        >>> gone = Customer(number="C000002", name="王建国", merged_into="C000001")
        >>> print(no_merge_to_undo(gone))  # doctest: +NORMALIZE_WHITESPACE
        duplicate: customer C000002 is merged into C000001, but the archive holds no MERGE
        audit entry for it (restored or imported without the audit trail of the merge), so
        what the merge moved is not known and it cannot be undone; restore a backup that
        includes the audit trail, or move the records back with update and clear merged_into
        >>> print(no_merge_to_undo(Customer(number="C000003", name="李娜")))
        duplicate: customer C000003 is not merged into another customer
    """
    duplicate = _require_customer(duplicate, "duplicate")
    if duplicate.merged_into is None:
        msg = f"duplicate: customer {duplicate.number} is not merged into another customer"
    else:
        msg = (
            f"duplicate: customer {duplicate.number} is merged into {duplicate.merged_into}, "
            "but the archive holds no MERGE audit entry for it (restored or imported without "
            "the audit trail of the merge), so what the merge moved is not known and it "
            "cannot be undone; restore a backup that includes the audit trail, or move the "
            "records back with update and clear merged_into"
        )
    return UnmergeRefused(msg, field="duplicate", value=duplicate.number)


def _restored(record: Any, merge: MergeResult, **changes: Any) -> Any:
    if record.version < 1:
        kind = type(record)
        name = _ENTITY.get(kind, "customer")
        key = getattr(record, _KEY.get(kind, "number"))
        raise _refuse(merge, f"{name} {key} has no version from before the merge")
    return attrs.evolve(record, version=record.version - 1, **changes)


def plan_unmerge(
    merge: MergeResult,
    survivor: Customer,
    duplicate: Customer,
    moved: Iterable[Moved],
    later: Iterable[AuditEntry],
    *,
    actor: str,
    at: datetime,
    reason: str,
) -> MergePlan:
    """Work out what undoing a merge writes: every record back as it was before it.

    Args:
        merge: What the merge moved (read from its entry by
            [`read_merge_entry`][autocrm.rules.merge_result.read_merge_entry]).
        survivor: The survivor as stored now.
        duplicate: The MERGED duplicate as stored now.
        moved: The records the merge moved, as stored now (looked up by
            [`MergeResult.moved_keys`][autocrm.rules.merge_result.MergeResult.moved_keys]).
        later: The audit entries written after the MERGE entry (at least those of
            the survivor, the duplicate and the moved records).
        actor: Who undoes the merge.
        at: When (an aware datetime).
        reason: Why; written in the UNMERGE entry.

    Raises:
        autocrm.errors.UnmergeRefused: the duplicate is not merged into that
            survivor, a later audit entry changed one of the records, the survivor
            is no longer at the version the merge left, or a moved record is gone;
            ``changes`` holds the later entries found.
        autocrm.errors.InvalidFormat: ``actor`` or ``reason`` blank, ``at`` naive.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> at = datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ)
        >>> s = Customer(number="C000001", name="王建国", version=1)
        >>> d = Customer(number="C000002", name="王建国", tags={"vip"}, version=1)
        >>> from autocrm.rules.merging import plan_merge
        >>> merged = plan_merge(s, d, [], actor="客服-李娜", at=at, reason="同一车主")
        >>> s2, d2 = (after for _, after in merged.changes)
        >>> back = plan_unmerge(merged.result, s2, d2, [], [], actor="客服-李娜", at=at,
        ...                     reason="不是同一人")
        >>> [after for _, after in back.changes] == [s, d], back.entry.action.value
        (True, 'unmerge')
    """
    merge = _checked(merge, MergeResult, "merge")
    survivor = _require_customer(survivor, "survivor")
    duplicate = _require_customer(duplicate, "duplicate")
    reason = _require_reason(reason)
    _require_actor(actor, at)
    if duplicate.number != merge.duplicate or duplicate.merged_into != merge.survivor:
        raise _refuse(
            merge, f"customer {duplicate.number} is now merged into {duplicate.merged_into}"
        )
    if survivor.number != merge.survivor:
        raise _refuse(merge, f"customer {survivor.number} is not the survivor")
    involved = {("customer", merge.survivor), ("customer", merge.duplicate), *merge.moved_keys()}
    entries = [_checked(e, AuditEntry, "later") for e in _items(later, "later")]
    changed = [e for e in entries if (e.entity, e.entity_id) in involved]
    if changed:
        more = f" (and {len(changed) - 1} more)" if len(changed) > 1 else ""
        raise _refuse(merge, f"{_describe(changed[0])}{more}", changed)
    if survivor.version != merge.survivor_version:
        raise _refuse(
            merge,
            f"customer {survivor.number} is at version {survivor.version}, the merge left "
            f"version {merge.survivor_version} (another merge into it since?)",
        )
    records: list[Moved] = [_checked(r, MOVED_TYPES, "moved") for r in _items(moved, "moved")]
    stored = {(_ENTITY[type(r)], getattr(r, _KEY[type(r)])): r for r in records}
    changes: list[tuple[Record, Record]] = []
    kept_contacts = len(survivor.contacts) - merge.contacts
    kept_opt_outs = len(survivor.opt_outs) - merge.opt_outs
    if merge.tags or merge.contacts or merge.opt_outs:
        if kept_contacts < 0 or kept_opt_outs < 0 or not set(merge.tags) <= survivor.tags:
            raise _refuse(merge, f"customer {survivor.number} lacks what the merge gave it")
        restored = _restored(
            survivor,
            merge,
            tags=survivor.tags - set(merge.tags),
            contacts=survivor.contacts[:kept_contacts],
            opt_outs=survivor.opt_outs[:kept_opt_outs],
        )
        changes.append((survivor, restored))
    changes.append((duplicate, _restored(duplicate, merge, merged_into=None)))
    for key in merge.moved_keys():
        record = stored.get(key)
        if record is None or record.customer_number != merge.survivor:
            raise _refuse(merge, f"{key[0]} {key[1]} no longer belongs to {merge.survivor}")
        changes.append((record, _restored(record, merge, customer_number=merge.duplicate)))
    result = attrs.evolve(merge, reason=reason, undone=True)
    return MergePlan(
        changes=tuple(changes), entry=merge_entry(result, actor=actor, at=at), result=result
    )
