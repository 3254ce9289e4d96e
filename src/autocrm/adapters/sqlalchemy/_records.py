"""One record at a time: add, update, delete and read back one record, find and count.

The bodies of [`SqlArchive`][autocrm.adapters.sqlalchemy.repository.SqlArchive]'s
``add``, ``update``, ``delete``, ``get``, ``find``, ``count``, ``aggregate`` and
``audit_trail`` (their docstrings are the class's).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TypeVar

import attrs
import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy._archive_checks import (
    _check_who_when,
    _entity_spec,
    _exists,
    _not_found,
    _stale,
    _writing,
)
from autocrm.adapters.sqlalchemy._archive_core import ArchiveCore
from autocrm.adapters.sqlalchemy.store_errors import Failure
from autocrm.domain import AuditAction, AuditEntry, Customer
from autocrm.domain.checks import expect
from autocrm.errors import UnsupportedType
from autocrm.ports import AlreadyExists, customer_sequence, entity_id, require_key
from autocrm.rules.audit_trail import DELETED_VERSION_FIELD, changed_fields, deletion_entry
from autocrm.rules.merging import follow_merges

_T = TypeVar("_T")


def add(archive: ArchiveCore, obj: _T, *, actor: str, at: datetime) -> _T:
    """Store a new record and audit its creation; return it as stored (version 1)."""
    _check_who_when(actor, at)
    spec = _entity_spec(type(obj))
    sequence = customer_sequence(obj.number, archive._policy) if isinstance(obj, Customer) else None
    with archive._begin(write=True, failure=_writing(spec, obj)) as connection:
        if isinstance(obj, Customer):
            if not obj.number.strip():
                obj = attrs.evolve(obj, number=archive._next_customer_number(connection))
            else:
                _check_never_issued(connection, obj.number)
                if sequence is not None:
                    archive._raise_sequence(connection, sequence)
        key = None if spec.key is None else getattr(obj, spec.key)
        if hasattr(obj, "version"):
            # A record added again under a deleted key continues from its last version.
            last = 0 if key is None else _deleted_version(connection, spec, key)
            obj = attrs.evolve(obj, version=last + 1)  # type: ignore[misc]
        if key is not None and _stored(connection, spec, key):
            raise _exists(spec, key)
        archive._insert(connection, spec, obj)
        archive._audit(
            connection,
            [
                AuditEntry(
                    at=at,
                    actor=actor,
                    entity=spec.entity,
                    entity_id=entity_id(obj),
                    action=AuditAction.CREATE,
                )
            ],
        )
    return obj


def _check_never_issued(connection: sa.Connection, number: str) -> None:
    """Refuse the number of a deleted customer: customer numbers are never reused."""
    audit = t.audit_entries
    issued = connection.execute(
        sa.select(sa.literal(1)).where(audit.c.entity == "customer", audit.c.entity_id == number)
    ).first()
    present = connection.execute(
        sa.select(sa.literal(1)).where(t.customers.c.number == number)
    ).first()
    if issued is not None and present is None:
        msg = (
            f"number: customer number {number} was issued before and deleted; "
            "customer numbers are never reused"
        )
        raise AlreadyExists(msg, entity="customer", entity_id=number)


def _stored(connection: sa.Connection, spec: cv.EntitySpec[Any], key: str) -> bool:
    column = spec.table.c[spec.key]  # type: ignore[index]
    return connection.execute(sa.select(sa.literal(1)).where(column == key)).first() is not None


def update(archive: ArchiveCore, obj: _T, *, actor: str, at: datetime) -> _T:
    """Replace a stored record by ``obj`` if nobody changed it since it was read."""
    spec = _entity_spec(type(obj))
    if spec.key is None:
        msg = f"{spec.entity} records are append only; add a new one"
        raise UnsupportedType(msg, field="obj", value=obj)
    _check_who_when(actor, at)
    key: str = getattr(obj, spec.key)
    expected: int = getattr(obj, "version")  # noqa: B009
    with archive._begin(write=True, failure=_writing(spec, obj)) as connection:
        old = archive._get(connection, spec, key)
        if old.version != expected:
            raise _stale(spec, key, expected, old.version)
        changes = changed_fields(old, obj)
        if not changes:
            return old  # type: ignore[no-any-return]
        new = attrs.evolve(obj, version=expected + 1)  # type: ignore[misc]
        archive._write_version(connection, spec, old, new)
        archive._audit(
            connection,
            [
                AuditEntry(
                    at=at,
                    actor=actor,
                    entity=spec.entity,
                    entity_id=key,
                    field=name,
                    old=before,
                    new=after,
                    action=AuditAction.UPDATE,
                )
                for name, before, after in changes
            ],
        )
    return new


def delete(
    archive: ArchiveCore, kind: type[Any] | str, key: str, *, actor: str, at: datetime
) -> None:
    """Remove a record and audit the deletion."""
    spec = _entity_spec(kind)
    if spec.key is None:
        msg = f"{spec.entity} records are append only; they are not deleted"
        raise UnsupportedType(msg, field="kind", value=kind)
    require_key(key)
    _check_who_when(actor, at)
    with archive._begin(write=True, failure=Failure(entity=spec.entity, key=key)) as connection:
        version: int | None = None
        if "version" in spec.table.c:
            version = connection.execute(
                sa.select(spec.table.c.version).where(spec.table.c[spec.key] == key)
            ).scalar_one_or_none()
        result = connection.execute(spec.table.delete().where(spec.table.c[spec.key] == key))
        if result.rowcount == 0:
            raise _not_found(spec, key)
        for table, ref in spec.child_tables:
            connection.execute(table.delete().where(table.c[ref] == key))
        entry = deletion_entry(spec.entity, key, version, actor=actor, at=at)
        archive._audit(connection, [entry])


def _deleted_version(connection: sa.Connection, spec: Any, key: str) -> int:
    audit = t.audit_entries
    old = connection.execute(
        sa.select(audit.c.old)
        .where(
            audit.c.entity == spec.entity,
            audit.c.entity_id == key,
            audit.c.action == AuditAction.DELETE.value,
            audit.c.field == DELETED_VERSION_FIELD,
        )
        .order_by(audit.c.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return int(old) if old is not None and str(old).isdigit() else 0


def get(archive: ArchiveCore, kind: type[_T] | str, key: str) -> _T:
    """Return the record of ``kind`` with that key."""
    spec = _entity_spec(kind)
    require_key(key)
    with archive._begin() as connection:
        found = archive._get(connection, spec, key)
        if isinstance(found, Customer) and found.merged:
            return follow_merges(  # type: ignore[return-value]
                found,
                lambda number: next(
                    iter(archive._load(connection, spec, spec.table.c.number == number)), None
                ),
            )
        return found  # type: ignore[no-any-return]


def find(
    archive: ArchiveCore,
    kind: type[_T] | str,
    where: Any = None,
    *,
    as_of: date | datetime | None = None,
) -> list[_T]:
    """Return the records of ``kind`` matching the filter, in the order they were added."""
    from autocrm.adapters.sqlalchemy.query import compile_where

    spec = _entity_spec(kind)
    condition = (
        None
        if where is None
        else compile_where(spec.entity, where, as_of=as_of, encrypted=archive._has_cipher())
    )
    with archive._begin() as connection:
        return archive._load(connection, spec, condition)


def count(
    archive: ArchiveCore,
    kind: type[Any] | str,
    where: Any = None,
    *,
    as_of: date | datetime | None = None,
) -> int:
    """Return how many records of ``kind`` match the filter (a SQL COUNT)."""
    from autocrm.adapters.sqlalchemy.query import compile_where

    spec = _entity_spec(kind)
    query = sa.select(sa.func.count()).select_from(spec.table)
    if where is not None:
        query = query.where(
            compile_where(spec.entity, where, as_of=as_of, encrypted=archive._has_cipher())
        )
    with archive._begin() as connection:
        return int(connection.execute(query).scalar_one())


def aggregate(
    archive: ArchiveCore,
    kind: type[Any] | str,
    *,
    where: Any = None,
    group_by: Sequence[Any] = (),
    measures: Any = (),
    as_of: date | datetime | None = None,
) -> Any:
    """Compute measures (count, count distinct, sum of money) per group, in SQL."""
    from autocrm.adapters.sqlalchemy.query import run_aggregate

    spec = _entity_spec(kind)
    with archive._begin() as connection:
        return run_aggregate(
            connection,
            spec.entity,
            where=where,
            group_by=group_by,
            measures=measures,
            as_of=as_of,
            encrypted=archive._has_cipher(),
        )


def audit_trail(
    archive: ArchiveCore, entity: type[Any] | str | None = None, entity_id: str | None = None
) -> list[AuditEntry]:
    """Return the audit entries, oldest first, of one entity kind and/or record."""
    query = sa.select(t.audit_entries)
    if entity is not None:
        name = entity if isinstance(entity, str) else _entity_spec(entity).entity
        query = query.where(t.audit_entries.c.entity == name)
    if entity_id is not None:
        expect(entity_id, str, field="entity_id")
        query = query.where(t.audit_entries.c.entity_id == entity_id)
    with archive._begin() as connection:
        rows = connection.execute(query.order_by(t.audit_entries.c.id)).mappings()
        return [cv.audit_to_domain(dict(r)) for r in rows]
