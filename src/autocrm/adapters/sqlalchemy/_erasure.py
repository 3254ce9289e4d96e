"""Erasure of a customer's personal data in the SQL archive (``SqlArchive.anonymise``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs
import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy._archive_checks import _check_who_when, _entity_spec
from autocrm.adapters.sqlalchemy._archive_core import ArchiveCore
from autocrm.domain import Customer, FleetAccount, Vehicle
from autocrm.erasure import erasure_entry, plan_erasure


def anonymise(
    archive: ArchiveCore, number: str, *, actor: str, at: datetime, reason: str
) -> Customer:
    """Erase a customer's personal data (PIPL), here and in the audit trail."""
    _check_who_when(actor, at)
    entry = erasure_entry(number, actor=actor, at=at, reason=reason)
    customers: cv.EntitySpec[Customer] = _entity_spec("customer")
    vehicles: cv.EntitySpec[Vehicle] = _entity_spec("vehicle")
    fleets: cv.EntitySpec[FleetAccount] = _entity_spec("fleet_account")
    audit = t.audit_entries
    with archive._begin(write=True) as connection:
        stored: Customer = archive._get(connection, customers, number)
        related = [
            *archive._load(connection, vehicles, vehicles.table.c.customer_number == number),
            *archive._load(connection, fleets, fleets.table.c.customer_number == number),
        ]
        owners = [
            sa.and_(audit.c.entity == "customer", audit.c.entity_id == number),
            *(
                sa.and_(audit.c.entity == spec.entity, audit.c.entity_id.in_(keys))
                for spec, keys in (
                    (vehicles, [r.vin for r in related if isinstance(r, Vehicle)]),
                    (fleets, [r.number for r in related if isinstance(r, FleetAccount)]),
                )
                if keys
            ),
        ]
        rows = connection.execute(
            sa.select(audit).where(sa.or_(*owners)).order_by(audit.c.id)
        ).mappings()
        ids, trail = [], []
        for row in rows:
            ids.append(row["id"])
            trail.append(cv.audit_to_domain(dict(row)))
        plan = plan_erasure(stored, related, trail, policy=archive._policy)
        if not plan.needed:
            return stored
        result = stored
        if plan.customer_changed:
            result = _rewrite(archive, connection, customers, plan.customer)
        for record in plan.records:
            _rewrite(archive, connection, _entity_spec(type(record)), record)
        for position, clean in plan.scrubbed:
            connection.execute(
                audit.update()
                .where(audit.c.id == ids[position])
                .values(old=clean.old, new=clean.new)
            )
        archive._audit(connection, [entry])
    return result


def _rewrite(
    archive: ArchiveCore, connection: sa.Connection, spec: cv.EntitySpec[Any], record: Any
) -> Any:
    """Store ``record`` (as read, same version) with version + 1; no audit entry."""
    new = attrs.evolve(record, version=record.version + 1)
    archive._write_version(connection, spec, record, new)
    return new
