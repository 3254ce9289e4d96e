"""Table rows to domain objects: the ``*_to_domain`` half of the conversion.

Each stored type has a ``*_to_domain`` function building the object back from its
main row and child rows, through its validating constructor, or, with
``trusted=True`` for rows the archive wrote itself, through a
[`trusted_builder`][autocrm.adapters.sqlalchemy.trusted_builders.trusted_builder].
Money is read back as a Decimal to the fen.

Examples:
    >>> from datetime import date
    >>> row = {"vin": "LFV2A21K3D3109826", "on": date(2025, 6, 1), "km": 12480, "source": None}
    >>> reading_to_domain(row, {}, trusted=True).km
    12480
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.encryption import HASHED_FIELDS, hash_column_name
from autocrm.adapters.sqlalchemy.rows import Children, Row, _load
from autocrm.adapters.sqlalchemy.trusted_builders import _build, _money, _reader
from autocrm.domain import (
    Address,
    Appointment,
    AuditEntry,
    CallAttempt,
    Complaint,
    Contact,
    Customer,
    FleetAccount,
    FollowUp,
    HandlingRecord,
    OdometerReading,
    OptOut,
    Remedy,
    ReportedIssue,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)

__all__ = [
    "appointment_to_domain",
    "audit_to_domain",
    "complaint_to_domain",
    "customer_to_domain",
    "fleet_account_to_domain",
    "followup_to_domain",
    "reading_to_domain",
    "vehicle_to_domain",
    "work_order_to_domain",
]


def _fields(row: Row, table: sa.Table, *, skip: Sequence[str] = ()) -> dict[str, Any]:
    names = _READ_NAMES.get((table, tuple(skip)))
    if names is None:
        names = _READ_NAMES.setdefault(
            (table, tuple(skip)),
            tuple(c.name for c in table.columns if c.name not in ("id", *skip)),
        )
    return {name: row[name] for name in names if name in row}


#: (table, columns skipped) -> the columns a record is read from, computed once.
_READ_NAMES: dict[tuple[sa.Table, tuple[str, ...]], tuple[str, ...]] = {}

#: Child rows in the order they were written.
_POSITION = operator.itemgetter("position")


def _in_order(rows: Sequence[Row]) -> Sequence[Row]:
    """Child rows by their position (a lone row, the common case, as it is)."""
    return rows if len(rows) < 2 else sorted(rows, key=_POSITION)


def customer_to_domain(row: Row, children: Children, *, trusted: bool = False) -> Customer:
    """Build a customer back from its rows.

    Examples:
        >>> from autocrm.adapters.sqlalchemy.row_writers import customer_from_domain
        >>> customer = Customer(number="C000001", name="王建国", tags={"vip"})
        >>> rows = customer_from_domain(customer)
        >>> customer_to_domain(rows.main, rows.children) == customer
        True
    """
    if trusted:
        parts = {
            name: None if row[name] is None else _load(row[name], Address)
            for name in ("address", "home_address", "work_address")
        }
        parts["contacts"] = _load(row["contacts"], tuple[Contact, ...])
        parts["opt_outs"] = _load(row["opt_outs"], tuple[OptOut, ...])
        parts["tags"] = [r["tag"] for r in children.get("customer_tags", ())]
        return _reader(Customer, *parts)(row, parts)
    values = _fields(
        row,
        t.customers,
        skip=(
            "address",
            "home_address",
            "work_address",
            "contacts",
            "opt_outs",
            *(hash_column_name(name) for name in HASHED_FIELDS),
        ),
    )
    for name in ("address", "home_address", "work_address"):
        values[name] = None if row[name] is None else _load(row[name], Address)
    values["contacts"] = _load(row["contacts"], tuple[Contact, ...])
    values["opt_outs"] = _load(row["opt_outs"], tuple[OptOut, ...])
    values["categories"] = dict(row["categories"])
    values["tags"] = frozenset(r["tag"] for r in children.get("customer_tags", ()))
    return _build(Customer, values, trusted=trusted)


def vehicle_to_domain(row: Row, children: Children, *, trusted: bool = False) -> Vehicle:
    """Build a vehicle back from its rows.

    Examples:
        >>> from autocrm.adapters.sqlalchemy.row_writers import vehicle_from_domain
        >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001", plate="京A12345")
        >>> rows = vehicle_from_domain(car)
        >>> vehicle_to_domain(rows.main, rows.children) == car
        True
    """
    if trusted:
        parts = {"tags": [r["tag"] for r in children.get("vehicle_tags", ())]}
        return _reader(Vehicle, "tags")(row, parts)
    values = _fields(row, t.vehicles)
    values["tags"] = frozenset(r["tag"] for r in children.get("vehicle_tags", ()))
    return _build(Vehicle, values, trusted=trusted)


def reading_to_domain(row: Row, children: Children, *, trusted: bool = False) -> OdometerReading:
    """Build an odometer reading back from its row.

    Examples:
        >>> from datetime import date
        >>> row = {"vin": "LFV2A21K3D3109826", "on": date(2025, 6, 1), "km": 12480, "source": None}
        >>> reading_to_domain(row, {}).km
        12480
    """
    if trusted:
        return _reader(OdometerReading)(row, row)
    values = {"vin": row["vin"], "on": row["on"], "km": row["km"], "source": row["source"]}
    return _build(OdometerReading, values, trusted=trusted)


def work_order_to_domain(row: Row, children: Children, *, trusted: bool = False) -> WorkOrder:
    """Build a work order back from its rows.

    Examples:
        >>> from autocrm.adapters.sqlalchemy.row_writers import work_order_from_domain
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> order = WorkOrder(number="WO20251009", customer_number="C000001",
        ...                   vin="LFV2A21K3D3109826", service_types=["maintenance"],
        ...                   opened_at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ),
        ...                   lines=[WorkOrderLine("工时", "88")])
        >>> rows = work_order_from_domain(order)
        >>> work_order_to_domain(rows.main, rows.children) == order
        True
    """
    lines = _in_order(children.get("work_order_lines", ()))
    if trusted:
        line = _reader(WorkOrderLine)
        parts = {
            "lines": tuple([line(r, r) for r in lines]),
            "service_types": [
                r["service_type"] for r in children.get("work_order_service_types", ())
            ],
        }
        return _reader(WorkOrder, "lines", "service_types")(row, parts)
    values = _fields(row, t.work_orders)
    values["lines"] = tuple(
        _build(
            WorkOrderLine,
            {
                "description": r["description"],
                "amount": _money(r["amount"]),
                "payer": r["payer"],
                "kind": r["kind"],
            },
            trusted=trusted,
        )
        for r in lines
    )
    values["service_types"] = [
        r["service_type"] for r in children.get("work_order_service_types", ())
    ]
    return _build(WorkOrder, values, trusted=trusted)


def followup_to_domain(row: Row, children: Children, *, trusted: bool = False) -> FollowUp:
    """Build a follow-up back from its rows.

    Examples:
        >>> from autocrm.adapters.sqlalchemy.row_writers import followup_from_domain
        >>> from datetime import date
        >>> followup = FollowUp(number="FU20251012", kind="3dc", customer_number="C000001",
        ...                     earliest=date(2025, 10, 12), due=date(2025, 10, 12),
        ...                     latest=date(2025, 10, 14))
        >>> rows = followup_from_domain(followup)
        >>> followup_to_domain(rows.main, rows.children) == followup
        True
    """
    values = {} if trusted else _fields(row, t.followups)
    values["attempts"] = _attempts(
        children.get("call_attempts", ()), children.get("call_attempt_issues", ()), trusted=trusted
    )
    if trusted:
        return _reader(FollowUp, "attempts")(row, values)
    return _build(FollowUp, values, trusted=trusted)


def _attempts(
    attempt_rows: Sequence[Row], issue_rows: Sequence[Row], *, trusted: bool
) -> tuple[CallAttempt, ...]:
    """A follow-up's call attempts from their rows and the rows of the issues raised."""
    attempts = sorted(attempt_rows, key=_POSITION)
    issues: dict[int, list[Row]] = {}
    for r in sorted(issue_rows, key=_POSITION):
        issues.setdefault(r["attempt_position"], []).append(r)
    return tuple(
        _build(
            CallAttempt,
            {
                "at": r["at"],
                "outcome": r["outcome"],
                "by": r["by"],
                "rating": r["rating"],
                "opinion": r["opinion"],
                "issues": tuple(
                    _build(
                        ReportedIssue,
                        {
                            "category": i["category"],
                            "position": i["job_position"],
                            "description": i["description"],
                        },
                        trusted=trusted,
                    )
                    for i in issues.get(r["position"], ())
                ),
                "handling": r["handling"],
                "result": r["result"],
            },
            trusted=trusted,
        )
        for r in attempts
    )


def complaint_to_domain(row: Row, children: Children, *, trusted: bool = False) -> Complaint:
    """Build a complaint back from its rows.

    Examples:
        >>> from autocrm.adapters.sqlalchemy.row_writers import complaint_from_domain
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> complaint = Complaint(number="TS2025001", customer_number="C000001", level="II",
        ...                       received_at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ),
        ...                       departments=["售后"])
        >>> rows = complaint_from_domain(complaint)
        >>> complaint_to_domain(rows.main, rows.children) == complaint
        True
    """
    values = {} if trusted else _fields(row, t.complaints)
    departments = sorted(children.get("complaint_departments", ()), key=_POSITION)
    values["departments"] = tuple(r["department"] for r in departments)
    values["handling"] = _load(row["handling"], tuple[HandlingRecord, ...])
    values["remedies"] = _load(row["remedies"], tuple[Remedy, ...])
    if trusted:
        return _reader(Complaint, "departments", "handling", "remedies")(row, values)
    return _build(Complaint, values, trusted=trusted)


def appointment_to_domain(row: Row, children: Children, *, trusted: bool = False) -> Appointment:
    """Build an appointment back from its rows.

    Examples:
        >>> from autocrm.adapters.sqlalchemy.row_writers import appointment_from_domain
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> appointment = Appointment(
        ...     number="YY20251010", customer_number="C000001", kind="proactive",
        ...     booked_at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ),
        ...     slot=datetime(2025, 10, 11, 9, 0, tzinfo=CHINA_TZ), service_types=["maintenance"])
        >>> rows = appointment_from_domain(appointment)
        >>> appointment_to_domain(rows.main, rows.children) == appointment
        True
    """
    values = {} if trusted else _fields(row, t.appointments)
    values["service_types"] = [
        r["service_type"] for r in children.get("appointment_service_types", ())
    ]
    if trusted:
        return _reader(Appointment, "service_types")(row, values)
    return _build(Appointment, values, trusted=trusted)


def fleet_account_to_domain(row: Row, children: Children, *, trusted: bool = False) -> FleetAccount:
    """Build a fleet account back from its row.

    Examples:
        >>> from autocrm.adapters.sqlalchemy.row_writers import fleet_account_from_domain
        >>> account = FleetAccount("F1", customer_number="C000001", name="某某银行", vehicles=120)
        >>> fleet_account_to_domain(fleet_account_from_domain(account).main, {}) == account
        True
    """
    if trusted:
        return _reader(FleetAccount)(row, row)
    return _build(FleetAccount, _fields(row, t.fleet_accounts), trusted=False)


def audit_to_domain(row: Row, *, trusted: bool = False) -> AuditEntry:
    """Build an audit entry back from its row.

    Examples:
        >>> from autocrm.adapters.sqlalchemy.row_writers import audit_from_domain
        >>> from datetime import datetime
        >>> from autocrm.domain.time import CHINA_TZ
        >>> entry = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="客服-李娜",
        ...                    entity="customer", entity_id="C000001", action="create")
        >>> audit_to_domain(audit_from_domain(entry)) == entry
        True
    """
    if trusted:
        return _reader(AuditEntry)(row, row)
    return _build(AuditEntry, _fields(row, t.audit_entries), trusted=False)
