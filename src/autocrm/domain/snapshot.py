"""A consistent, read-only view of a whole archive at one moment.

Rules and statistics that look across records (reminders, churn, duplicates)
take a [`Snapshot`][autocrm.domain.snapshot.Snapshot]; the archives produce one with ``snapshot()``
and ``autocrm.adapters.json`` writes and reads one as JSON Lines.

Examples:
    >>> from datetime import date
    >>> from autocrm.domain import Customer, Vehicle
    >>> snap = Snapshot(customers=[Customer(number="C1", name="张三")],
    ...                 vehicles=[Vehicle(vin="LFV2A21K3D3109826", customer_number="C1")])
    >>> [v.vin for v in snap.vehicles_of("C1")]
    ['LFV2A21K3D3109826']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

import attrs

from autocrm.domain import _fields as f
from autocrm.domain.appointment import Appointment
from autocrm.domain.audit import AuditEntry
from autocrm.domain.complaint import Complaint
from autocrm.domain.customer import Customer
from autocrm.domain.fleet import FleetAccount
from autocrm.domain.followup import FollowUp
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import WorkOrder

__all__ = ["Snapshot"]


#: The largest customer-number sequence: the stores keep it in a 64-bit integer.
_MAX_SEQUENCE = 2**63 - 1


def _appointments_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("appointments", value)


def _audit_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("audit", value)


def _complaints_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("complaints", value)


def _customers_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("customers", value)


def _fleet_accounts_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("fleet_accounts", value)


def _followups_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("followups", value)


def _readings_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("readings", value)


def _vehicles_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("vehicles", value)


def _work_orders_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("work_orders", value)


def _check_sequence(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    f.check_whole_number(value, attribute.name, maximum=_MAX_SEQUENCE)


def _group(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = defaultdict(list)
    for item in items:
        value = getattr(item, key)
        if value is not None:
            groups[value].append(item)
    return {k: tuple(v) for k, v in groups.items()}


@attrs.frozen
class Snapshot:
    """Every record of an archive, as tuples, with lookups by customer and vehicle.

    Examples:
        >>> Snapshot().customers
        ()
    """

    customers: tuple[Customer, ...] = attrs.field(default=(), converter=_customers_tuple)
    vehicles: tuple[Vehicle, ...] = attrs.field(default=(), converter=_vehicles_tuple)
    work_orders: tuple[WorkOrder, ...] = attrs.field(default=(), converter=_work_orders_tuple)
    readings: tuple[OdometerReading, ...] = attrs.field(default=(), converter=_readings_tuple)
    followups: tuple[FollowUp, ...] = attrs.field(default=(), converter=_followups_tuple)
    complaints: tuple[Complaint, ...] = attrs.field(default=(), converter=_complaints_tuple)
    appointments: tuple[Appointment, ...] = attrs.field(default=(), converter=_appointments_tuple)
    fleet_accounts: tuple[FleetAccount, ...] = attrs.field(
        default=(), converter=_fleet_accounts_tuple
    )
    audit: tuple[AuditEntry, ...] = attrs.field(default=(), converter=_audit_tuple)
    #: The last customer-number sequence issued, so that a restored archive never
    #: reuses the number of a deleted customer.
    customer_sequence: int = attrs.field(default=0, validator=_check_sequence)
    _index: dict[str, Mapping[str, tuple[object, ...]]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False, hash=False
    )

    def _lookup(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(self, name), key)
        return self._index[index_key].get(value, ())

    def customer(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("customers", "number", number)
        return found[0] if found else None  # type: ignore[return-value]

    def vehicle(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vehicles", "vin", vin)
        return found[0] if found else None  # type: ignore[return-value]

    def vehicles_of(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup("vehicles", "customer_number", customer_number)  # type: ignore[return-value]

    def work_orders_of(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup("work_orders", "customer_number", customer_number)  # type: ignore[return-value]

    def work_orders_for(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup("work_orders", "vin", vin)  # type: ignore[return-value]

    def readings_for(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup("readings", "vin", vin)  # type: ignore[return-value]

    def complaints_of(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup("complaints", "customer_number", customer_number)  # type: ignore[return-value]

    def followups_of(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup("followups", "customer_number", customer_number)  # type: ignore[return-value]

    def appointments_of(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup("appointments", "customer_number", customer_number)  # type: ignore[return-value]
