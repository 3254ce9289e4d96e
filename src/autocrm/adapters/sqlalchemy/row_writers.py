"""Domain objects to table rows: the ``*_from_domain`` half of the conversion.

Each stored type has a ``*_from_domain`` function returning the row of its main table
and the rows of its child tables (a `Rows`). Enumerations are stored by their English
value, money as ``Numeric(14, 2)``, aware datetimes as UTC; sub-records no query looks
into are written as JSON.

Examples:
    >>> from autocrm.domain import Customer
    >>> rows = customer_from_domain(Customer(number="C000001", name="王建国", tags={"vip"}))
    >>> rows.main["name"], rows.children["customer_tags"]
    ('王建国', [{'customer_number': 'C000001', 'tag': 'vip'}])
"""

from __future__ import annotations

import enum
import operator
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.encryption import HASHED_FIELDS, hash_column_name
from autocrm.adapters.sqlalchemy.rows import Rows, _dump
from autocrm.domain import (
    Appointment,
    AuditEntry,
    Complaint,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    Vehicle,
    WorkOrder,
)

__all__ = [
    "appointment_from_domain",
    "audit_from_domain",
    "complaint_from_domain",
    "customer_from_domain",
    "fleet_account_from_domain",
    "followup_from_domain",
    "reading_from_domain",
    "vehicle_from_domain",
    "work_order_from_domain",
]


def _value(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _scalars(obj: object, table: sa.Table) -> dict[str, Any]:
    """The row of ``table`` from the attributes of ``obj`` named like its columns."""
    plan = _SHARED_NAMES.get((type(obj), table))
    if plan is None:
        plan = _shared_names(type(obj), table)
    names, read, coded = plan
    values = read(obj)
    row = dict(zip(names, values if len(names) > 1 else (values,), strict=True))
    for name in coded:  # only the fields that may hold an enumeration member
        row[name] = _value(row[name])
    return row


#: (domain class, table) -> the columns named like one of the class's fields, in table
#: order; a getter of those attributes; the fields among them that may hold a member.
_SHARED_NAMES: dict[
    tuple[type[Any], sa.Table], tuple[tuple[str, ...], Callable[[Any], Any], tuple[str, ...]]
] = {}


def _shared_names(
    kind: type[Any], table: sa.Table
) -> tuple[tuple[str, ...], Callable[[Any], Any], tuple[str, ...]]:
    """Compute (once per class and table) which columns hold one of the class's fields."""
    fields = {a.name for a in attrs.fields(kind)}
    names = tuple(c.name for c in table.columns if c.name in fields)
    try:
        hints = typing.get_type_hints(kind)
    except (NameError, TypeError):  # pragma: no cover - every stored class resolves
        hints = {}
    coded = tuple(name for name in names if _may_hold_member(hints.get(name, Any)))
    plan = (names, operator.attrgetter(*names), coded)
    return _SHARED_NAMES.setdefault((kind, table), plan)


_PLAIN = (str, int, bool, Decimal, date, datetime, type(None))


def _may_hold_member(hint: Any) -> bool:
    """False when a field's type says it holds plain values only (no enumeration member)."""
    args = typing.get_args(hint)
    if args and typing.get_origin(hint) in (typing.Union, types.UnionType):
        return any(_may_hold_member(arg) for arg in args)
    plain = isinstance(hint, type) and issubclass(hint, _PLAIN)
    return not plain or issubclass(hint, enum.Enum)


def customer_from_domain(customer: Customer) -> Rows:
    """Return the rows of a customer (tags in ``customer_tags``).

    Examples:
        >>> rows = customer_from_domain(Customer(number="C000001", name="王建国", tags={"vip"}))
        >>> rows.main["name"], rows.children["customer_tags"]
        ('王建国', [{'customer_number': 'C000001', 'tag': 'vip'}])
    """
    main = _scalars(customer, t.customers)
    for name in ("address", "home_address", "work_address"):
        value = getattr(customer, name)
        main[name] = None if value is None else _dump(value)
    main["contacts"] = _dump(list(customer.contacts))
    main["opt_outs"] = _dump(list(customer.opt_outs))
    main["categories"] = dict(customer.categories)
    for name in HASHED_FIELDS:  # the plain value: the column type hashes it (or stores NULL)
        main[hash_column_name(name)] = getattr(customer, name)
    tags = [{"customer_number": customer.number, "tag": tag} for tag in sorted(customer.tags)]
    return Rows(main, {"customer_tags": tags})


def vehicle_from_domain(vehicle: Vehicle) -> Rows:
    """Return the rows of a vehicle (tags in ``vehicle_tags``).

    Examples:
        >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001", plate="京A12345")
        >>> rows = vehicle_from_domain(car)
        >>> rows.main["plate"], rows.children
        ('京A12345', {'vehicle_tags': []})
    """
    tags = [{"vin": vehicle.vin, "tag": tag} for tag in sorted(vehicle.tags)]
    return Rows(_scalars(vehicle, t.vehicles), {"vehicle_tags": tags})


def reading_from_domain(reading: OdometerReading) -> Rows:
    """Return the row of an odometer reading.

    Examples:
        >>> from datetime import date
        >>> reading_from_domain(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480)).main
        {'vin': 'LFV2A21K3D3109826', 'on': datetime.date(2025, 6, 1), 'km': 12480, 'source': None}
    """
    return Rows(_scalars(reading, t.odometer_readings), {})


def work_order_from_domain(order: WorkOrder) -> Rows:
    """Return the rows of a work order: lines and service types in child tables.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, WorkOrderLine
        >>> order = WorkOrder(number="WO20251009", customer_number="C000001",
        ...                   vin="LFV2A21K3D3109826", service_types=["maintenance"],
        ...                   opened_at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ),
        ...                   lines=[WorkOrderLine("工时", "88")])
        >>> rows = work_order_from_domain(order)
        >>> [(r["description"], r["amount"]) for r in rows.children["work_order_lines"]]
        [('工时', Decimal('88.00'))]
    """
    lines = [
        {
            "work_order_number": order.number,
            "position": position,
            "description": line.description,
            "amount": line.amount,
            "payer": line.payer.value,
            "kind": line.kind.value,
        }
        for position, line in enumerate(order.lines)
    ]
    types = [
        {"work_order_number": order.number, "service_type": st}
        for st in sorted(s.value for s in order.service_types)
    ]
    return Rows(
        _scalars(order, t.work_orders),
        {"work_order_lines": lines, "work_order_service_types": types},
    )


def followup_from_domain(followup: FollowUp) -> Rows:
    """Return the rows of a follow-up: each call attempt a row of ``call_attempts``.

    Examples:
        >>> from datetime import date
        >>> followup = FollowUp(number="FU20251012", kind="3dc", customer_number="C000001",
        ...                     earliest=date(2025, 10, 12), due=date(2025, 10, 12),
        ...                     latest=date(2025, 10, 14))
        >>> rows = followup_from_domain(followup)
        >>> rows.main["kind"], rows.children
        ('3dc', {'call_attempts': [], 'call_attempt_issues': []})
    """
    attempts = [
        {
            "followup_number": followup.number,
            "position": position,
            "at": a.at,
            "outcome": a.outcome.value,
            "by": a.by,
            "rating": a.rating,
            "opinion": a.opinion,
            "handling": a.handling,
            "result": a.result,
        }
        for position, a in enumerate(followup.attempts)
    ]
    # The problems raised are rows of their own so the database can count them.
    issues = [
        {
            "followup_number": followup.number,
            "attempt_position": attempt_position,
            "position": position,
            "category": issue.category.value,
            "job_position": issue.position.value,
            "description": issue.description,
        }
        for attempt_position, a in enumerate(followup.attempts)
        for position, issue in enumerate(a.issues)
    ]
    return Rows(
        _scalars(followup, t.followups),
        {"call_attempts": attempts, "call_attempt_issues": issues},
    )


def complaint_from_domain(complaint: Complaint) -> Rows:
    """Return the rows of a complaint.

    Departments go to a child table; handling records and remedies are stored as JSON.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> complaint = Complaint(number="TS2025001", customer_number="C000001", level="II",
        ...                       received_at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ),
        ...                       departments=["售后"])
        >>> rows = complaint_from_domain(complaint)
        >>> rows.main["handling"], rows.children["complaint_departments"][0]["department"]
        ([], '售后')
    """
    main = _scalars(complaint, t.complaints)
    main["handling"] = _dump(list(complaint.handling))
    main["remedies"] = _dump(list(complaint.remedies))
    departments = [
        {"complaint_number": complaint.number, "position": position, "department": name}
        for position, name in enumerate(complaint.departments)
    ]
    return Rows(main, {"complaint_departments": departments})


def appointment_from_domain(appointment: Appointment) -> Rows:
    """Return the rows of an appointment (service types in a child table).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> appointment = Appointment(
        ...     number="YY20251010", customer_number="C000001", kind="proactive",
        ...     booked_at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ),
        ...     slot=datetime(2025, 10, 11, 9, 0, tzinfo=CHINA_TZ), service_types=["maintenance"])
        >>> appointment_from_domain(appointment).children["appointment_service_types"]
        [{'appointment_number': 'YY20251010', 'service_type': 'maintenance'}]
    """
    types = [
        {"appointment_number": appointment.number, "service_type": st}
        for st in sorted(s.value for s in appointment.service_types)
    ]
    return Rows(_scalars(appointment, t.appointments), {"appointment_service_types": types})


def fleet_account_from_domain(account: FleetAccount) -> Rows:
    """Return the row of a fleet account.

    Examples:
        >>> account = FleetAccount("F1", customer_number="C000001", name="某某银行", vehicles=120)
        >>> rows = fleet_account_from_domain(account)
        >>> rows.main["vehicles"], rows.children
        (120, {})
    """
    return Rows(_scalars(account, t.fleet_accounts), {})


def audit_from_domain(entry: AuditEntry) -> dict[str, Any]:
    """Return the row of an audit entry.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain.time import CHINA_TZ
        >>> audit_from_domain(AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="a",
        ...                   entity="customer", entity_id="C1", action="create"))["action"]
        'create'
    """
    return _scalars(entry, t.audit_entries)
