"""Explicit conversion between domain objects and table rows.

The frozen, slotted domain classes cannot be mapped by the SQLAlchemy ORM (and
STYLE.md says not to try): each type has a ``from_domain`` that returns the row of
its main table plus the rows of its child tables, and a ``to_domain`` that builds
the object back, running the domain validators again.

Reading back, ``to_domain(row, children, trusted=True)`` builds the object without
running its validators again (see
[`trusted_builder`][autocrm.adapters.sqlalchemy.trusted_builders.trusted_builder]): the archive
does so for rows it wrote itself, which were validated on the way in.

Conventions: enums are stored by their English value; money as ``Numeric(14, 2)``
and read back as a Decimal to the fen; aware datetimes as UTC (see
`UTCDateTime`); sub-records no query
looks into (contacts, opt-outs, addresses, handling steps, remedies) as JSON written by
the cattrs converter of [`autocrm.adapters.json`][autocrm.adapters.json].

The conversion lives in topic modules, re-exported here:
`autocrm.adapters.sqlalchemy.rows` (the shape of the rows),
`autocrm.adapters.sqlalchemy.row_writers` (domain to rows),
`autocrm.adapters.sqlalchemy.row_readers` (rows to domain) and
`autocrm.adapters.sqlalchemy.trusted_builders`; this module holds how each type
is stored (`EntitySpec`, `SPECS`).

Examples:
    >>> from autocrm.domain import Customer
    >>> spec = SPECS[Customer]
    >>> rows = spec.from_domain(Customer(number="C000001", name="王建国", tags={"vip"}))
    >>> rows.main["name"], rows.children["customer_tags"]
    ('王建国', [{'customer_number': 'C000001', 'tag': 'vip'}])
    >>> spec.to_domain(rows.main, rows.children).tags
    frozenset({'vip'})
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.row_readers import (
    appointment_to_domain,
    audit_to_domain,
    complaint_to_domain,
    customer_to_domain,
    fleet_account_to_domain,
    followup_to_domain,
    reading_to_domain,
    vehicle_to_domain,
    work_order_to_domain,
)
from autocrm.adapters.sqlalchemy.row_writers import (
    appointment_from_domain,
    audit_from_domain,
    complaint_from_domain,
    customer_from_domain,
    fleet_account_from_domain,
    followup_from_domain,
    reading_from_domain,
    vehicle_from_domain,
    work_order_from_domain,
)
from autocrm.adapters.sqlalchemy.rows import Children, Row, Rows
from autocrm.adapters.sqlalchemy.trusted_builders import trusted_builder
from autocrm.domain import (
    Appointment,
    Complaint,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    Vehicle,
    WorkOrder,
)

__all__ = [
    "SPECS",
    "EntitySpec",
    "Rows",
    "appointment_from_domain",
    "appointment_to_domain",
    "audit_from_domain",
    "audit_to_domain",
    "complaint_from_domain",
    "complaint_to_domain",
    "customer_from_domain",
    "customer_to_domain",
    "fleet_account_from_domain",
    "fleet_account_to_domain",
    "followup_from_domain",
    "followup_to_domain",
    "reading_from_domain",
    "reading_to_domain",
    "spec_for",
    "trusted_builder",
    "vehicle_from_domain",
    "vehicle_to_domain",
    "work_order_from_domain",
    "work_order_to_domain",
]


_T = TypeVar("_T")


@attrs.frozen
class EntitySpec(Generic[_T]):
    """How one domain type is stored.

    Attributes:
        kind: The domain class.
        entity: The entity name written in the audit trail (``"customer"``...).
        table: The main table.
        key: The attribute (and column) that identifies a record, or None for
            odometer readings, which have no natural key (the row id serves).
        child_tables: Child tables with the column that refers to the key.
        from_domain: Object -> `Rows`.
        to_domain: Main row and child rows -> object.
        trusted_to_domain: The same, for rows the archive wrote itself: built without
            validating them again (``to_domain`` with ``trusted=True``).

    Examples:
        >>> spec = SPECS[WorkOrder]
        >>> spec.entity, spec.key, [table.name for table, _ in spec.child_tables]
        ('work_order', 'number', ['work_order_lines', 'work_order_service_types'])
    """

    kind: type[_T]
    entity: str
    table: sa.Table
    key: str | None
    child_tables: tuple[tuple[sa.Table, str], ...]
    from_domain: Callable[[_T], Rows]
    to_domain: Callable[[Row, Children], _T]
    trusted_to_domain: Callable[[Row, Children], _T] = attrs.field(
        default=attrs.Factory(
            lambda self: functools.partial(self.to_domain, trusted=True), takes_self=True
        )
    )


SPECS: Mapping[type[Any], EntitySpec[Any]] = {
    Customer: EntitySpec(
        Customer,
        "customer",
        t.customers,
        "number",
        ((t.customer_tags, "customer_number"),),
        customer_from_domain,
        customer_to_domain,
    ),
    Vehicle: EntitySpec(
        Vehicle,
        "vehicle",
        t.vehicles,
        "vin",
        ((t.vehicle_tags, "vin"),),
        vehicle_from_domain,
        vehicle_to_domain,
    ),
    OdometerReading: EntitySpec(
        OdometerReading,
        "reading",
        t.odometer_readings,
        None,
        (),
        reading_from_domain,
        reading_to_domain,
    ),
    WorkOrder: EntitySpec(
        WorkOrder,
        "work_order",
        t.work_orders,
        "number",
        (
            (t.work_order_lines, "work_order_number"),
            (t.work_order_service_types, "work_order_number"),
        ),
        work_order_from_domain,
        work_order_to_domain,
    ),
    FollowUp: EntitySpec(
        FollowUp,
        "followup",
        t.followups,
        "number",
        ((t.call_attempts, "followup_number"), (t.call_attempt_issues, "followup_number")),
        followup_from_domain,
        followup_to_domain,
    ),
    Complaint: EntitySpec(
        Complaint,
        "complaint",
        t.complaints,
        "number",
        ((t.complaint_departments, "complaint_number"),),
        complaint_from_domain,
        complaint_to_domain,
    ),
    Appointment: EntitySpec(
        Appointment,
        "appointment",
        t.appointments,
        "number",
        ((t.appointment_service_types, "appointment_number"),),
        appointment_from_domain,
        appointment_to_domain,
    ),
    FleetAccount: EntitySpec(
        FleetAccount,
        "fleet_account",
        t.fleet_accounts,
        "number",
        (),
        fleet_account_from_domain,
        fleet_account_to_domain,
    ),
}


def spec_for(kind: type[_T]) -> EntitySpec[_T]:
    """Return how ``kind`` is stored.

    Raises:
        TypeError: ``kind`` is not a type the archive keeps.

    Examples:
        >>> spec_for(Vehicle).table.name
        'vehicles'
    """
    try:
        return SPECS[kind]
    except KeyError:
        msg = f"the archive keeps no {getattr(kind, '__name__', kind)!r} records"
        raise TypeError(msg) from None
