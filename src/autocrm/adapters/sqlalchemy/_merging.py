"""Merging two customers of the SQL archive and undoing it (``SqlArchive.merge`` / ``unmerge``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy._archive_checks import _check_who_when, _entity_spec
from autocrm.adapters.sqlalchemy._archive_core import _CHUNK, ArchiveCore
from autocrm.domain import AuditAction, AuditEntry, Customer
from autocrm.ports import require_customer_number
from autocrm.rules.merge_result import MOVED_TYPES, MergePlan, MergeResult, read_merge_entry
from autocrm.rules.merging import plan_merge
from autocrm.rules.unmerging import no_merge_to_undo, plan_unmerge


def merge(
    archive: ArchiveCore, survivor: str, duplicate: str, *, actor: str, at: datetime, reason: str
) -> MergeResult:
    """Merge the customer ``duplicate`` into ``survivor``; return what moved."""
    require_customer_number(survivor, "survivor")
    require_customer_number(duplicate, "duplicate")
    _check_who_when(actor, at)
    customers: cv.EntitySpec[Customer] = _entity_spec("customer")
    with archive._begin(write=True) as connection:
        kept = archive._get(connection, customers, survivor)
        gone = archive._get(connection, customers, duplicate)
        related: list[Any] = []
        for kind in MOVED_TYPES:
            spec: cv.EntitySpec[Any] = _entity_spec(kind)
            related += archive._load(connection, spec, spec.table.c.customer_number == duplicate)
        plan = plan_merge(kept, gone, related, actor=actor, at=at, reason=reason)
        _apply_merge(archive, connection, plan)
    return plan.result


def unmerge(
    archive: ArchiveCore, duplicate: str, *, actor: str, at: datetime, reason: str
) -> MergeResult:
    """Undo the merge of ``duplicate``: every record back exactly as before it."""
    require_customer_number(duplicate, "duplicate")
    _check_who_when(actor, at)
    customers: cv.EntitySpec[Customer] = _entity_spec("customer")
    audit = t.audit_entries
    with archive._begin(write=True) as connection:
        gone = archive._get(connection, customers, duplicate)
        row = None
        if gone.merged:
            row = (
                connection.execute(
                    sa.select(audit)
                    .where(
                        audit.c.entity == "customer",
                        audit.c.entity_id == duplicate,
                        audit.c.action == AuditAction.MERGE.value,
                    )
                    .order_by(audit.c.id.desc())
                    .limit(1)
                )
                .mappings()
                .first()
            )
        if row is None:
            raise no_merge_to_undo(gone)
        merge = read_merge_entry(cv.audit_to_domain(dict(row)))
        kept = archive._get(connection, customers, merge.survivor)
        keys: dict[str, list[str]] = {}
        for entity, key in merge.moved_keys():
            keys.setdefault(entity, []).append(key)
        moved: list[Any] = []
        later: list[tuple[int, AuditEntry]] = []
        involved = {"customer": [merge.survivor, merge.duplicate], **keys}
        for entity, wanted in involved.items():
            spec: cv.EntitySpec[Any] = _entity_spec(entity)
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                if entity != "customer":
                    column = spec.table.c[spec.key]  # type: ignore[index]
                    moved += archive._load(connection, spec, column.in_(chunk))
                later += [
                    (r["id"], cv.audit_to_domain(dict(r)))
                    for r in connection.execute(
                        sa.select(audit).where(
                            audit.c.id > row["id"],
                            audit.c.entity == entity,
                            audit.c.entity_id.in_(chunk),
                        )
                    ).mappings()
                ]
        later.sort(key=lambda item: item[0])
        plan = plan_unmerge(
            merge,
            kept,
            gone,
            moved,
            [entry for _, entry in later],
            actor=actor,
            at=at,
            reason=reason,
        )
        _apply_merge(archive, connection, plan)
    return plan.result


def _apply_merge(archive: ArchiveCore, connection: sa.Connection, plan: MergePlan) -> None:
    """Store every record of a merge or un-merge plan over the version read; audit it."""
    for before, after in plan.changes:
        # A moved record's children are keyed by its own key: most stay as they are.
        archive._write_version(connection, _entity_spec(type(after)), before, after, children=False)
    archive._audit(connection, [plan.entry])
