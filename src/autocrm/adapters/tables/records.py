"""Rows to records: one builder a table, each checking what the row refers to.

Each table's builder turns the values read from one row into a domain record through the
domain constructors, and checks that the customer, vehicle, work order or complaint the
row refers to is among the imported rows (or, appending, in the archive); a row that
fails is refused with the field at fault.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from autocrm.adapters.tables.cells import read_cell
from autocrm.adapters.tables.keys import KeysOfOneKind, ReadKeys
from autocrm.adapters.tables.mapping import FIELDS, TableMapping
from autocrm.adapters.tables.trusted import build_trusted, final_builder
from autocrm.adapters.tables.waiting import WaitingLines
from autocrm.domain import (
    Address,
    Appointment,
    CallAttempt,
    Complaint,
    Customer,
    FollowUp,
    LineKind,
    OdometerReading,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.domain.identifiers import vin as vin_id
from autocrm.errors import NotFound, ValidationError, shown
from autocrm.ports import Repository

__all__: list[str] = []

_T = TypeVar("_T")


class _Refused(Exception):
    """A row is refused: which field and why (internal to one row's handling)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = problem


#: The fields that name a key of another table, and that table.
_REFERENCES = {
    "customer_number": "customers",
    "vin": "vehicles",
    "work_order_number": "work_orders",
    "complaint_number": "complaints",
}


def _compact(vin: Any) -> Any:
    """A VIN as a Vehicle keeps a valid one (anything else as it is: only a look-up)."""
    if type(vin) is not str:
        return vin
    try:
        return vin_id.compact(vin)
    except ValidationError:
        return vin


def _without_default(kind: type[Any]) -> tuple[str, ...]:
    found = _WITHOUT_DEFAULT.get(kind)
    if found is None:
        found = tuple(field.name for field in attrs.fields(kind) if field.default is attrs.NOTHING)
        _WITHOUT_DEFAULT[kind] = found
    return found


_WITHOUT_DEFAULT: dict[type[Any], tuple[str, ...]] = {}


def _construct(kind: type[_T], values: dict[str, Any]) -> _T:
    """``kind(**values)``; a field without default whose cell was blank is given as None,
    so that the constructor refuses it naming the field (not a TypeError)."""
    for name in _without_default(kind):
        if name not in values:
            values[name] = None
    return kind(**values)


class _Run:
    """The state of one import: the keys read so far, lines waiting for their orders."""

    def __init__(self, archive: Repository | None = None) -> None:
        # Appending: a key not among the imported rows may be one the archive holds.
        self.archive = archive
        # The keys read so far: in memory up to a limit, then in a temporary file.
        self.keys = ReadKeys()
        self.customers = self.keys.kind("customers")
        self.vehicles = self.keys.kind("vehicles")  # VIN -> its owner's customer number
        self.work_orders = self.keys.kind("work_orders")
        self.complaints = self.keys.kind("complaints")
        self.followups = self.keys.kind("followups")
        self.appointments = self.keys.kind("appointments")
        self.lines = WaitingLines()
        self.bad_lines: dict[str, tuple[str, int]] = {}
        # Vehicles found in the archive (appending): known, but not imported twice.
        self.stored_vins = self.keys.kind("stored_vins")

    def prefetch(self, table: str, columns: Mapping[str, Sequence[Any]]) -> None:
        """Bring from the temporary file the keys a batch's rows name (see ``ReadKeys``)."""
        for field, values in columns.items():
            kind = _REFERENCES.get(field) or (table if field == "number" else None)
            if kind is None:
                continue
            if table == "vehicles" and field == "vin":  # compared as the Vehicle keeps it
                values = [_compact(vin) for vin in values]
            keys = getattr(self, kind)
            keys.prefetch(values)
            if kind == "vehicles":
                self.stored_vins.prefetch(values)

    def close(self) -> None:
        """Forget the keys and the waiting lines, and remove their temporary files."""
        self.lines.close()
        self.keys.close()

    def customer(self, values: dict[str, Any], *, required: bool = True) -> None:
        """Check the row's customer, taking it from its vehicle when the row has none."""
        number = values.get("customer_number")
        if number is None and values.get("vin") in self.vehicles:
            values["customer_number"] = number = self.vehicles.get(values["vin"])
        if number is None:
            if required:
                raise _Refused("customer_number", "no customer number, and no known vehicle")
            return
        if not self.has_customer(number):
            raise _Refused(
                "customer_number", f"customer {shown(number)} {self.missing('customers')}"
            )

    def vehicle(self, values: dict[str, Any], *, required: bool) -> None:
        vin = values.get("vin")
        if vin is None:
            if required:
                raise _Refused("vin", "no VIN")
            return
        if vin not in self.vehicles and not self.stored_vehicle(vin):
            raise _Refused("vin", f"vehicle {shown(vin)} {self.missing('vehicles')}")

    def missing(self, table: str) -> str:
        if self.archive is None:
            return f"is not among the imported {table}"
        return f"is neither among the imported {table} nor in the archive"

    def has_customer(self, number: str) -> bool:
        if number in self.customers:
            return True
        return self.archive is not None and self._stored(Customer, number, self.customers)

    def has_work_order(self, number: str) -> bool:
        if number in self.work_orders:
            return True
        return self.archive is not None and self._stored(WorkOrder, number, set())

    def has_complaint(self, number: str) -> bool:
        if number in self.complaints:
            return True
        return self.archive is not None and self._stored(Complaint, number, set())

    def stored_vehicle(self, vin: str) -> bool:
        """Whether the archive holds the vehicle; if so remember its owner, as for a row."""
        if self.archive is None:
            return False
        try:
            vehicle = self.archive.get(Vehicle, vin)
        except NotFound:
            return False
        self.vehicles.add(vin, vehicle.customer_number)
        self.stored_vins.add(vin)
        return True

    def _stored(self, kind: type[Any], key: str, cache: KeysOfOneKind | set[str]) -> bool:
        assert self.archive is not None
        try:
            self.archive.get(kind, key)
        except NotFound:
            return False
        cache.add(key)
        return True

    def unique(self, keys: KeysOfOneKind, field: str, key: str) -> None:
        if key in keys:
            raise _Refused(field, f"{shown(key)} appears twice in the import")
        keys.add(key)


def _build_customer(
    run: _Run, table: TableMapping, values: dict[str, Any], trusted: bool = False
) -> Customer:
    address = values.pop("address", None)
    postcode = values.pop("postcode", None)
    if address is not None:
        values["address"] = Address(address, postcode=postcode)
    elif postcode is not None:
        raise _Refused("postcode", "a postcode without an address")
    customer = _construct(Customer, {**values, "version": 1})
    run.unique(run.customers, "number", customer.number)
    return customer


def _build_vehicle(
    run: _Run, table: TableMapping, values: dict[str, Any], trusted: bool = False
) -> Vehicle:
    vehicle = _construct(Vehicle, {**values, "version": 1})
    if not run.has_customer(vehicle.customer_number):
        problem = f"customer {shown(vehicle.customer_number)} {run.missing('customers')}"
        raise _Refused("customer_number", problem)
    if vehicle.vin in run.vehicles and vehicle.vin not in run.stored_vins:
        raise _Refused("vin", f"{shown(vehicle.vin)} appears twice in the import")
    run.vehicles.add(vehicle.vin, vehicle.customer_number)
    return vehicle


def _build_reading(
    run: _Run, table: TableMapping, values: dict[str, Any], trusted: bool = False
) -> OdometerReading:
    run.vehicle(values, required=True)
    return _construct(OdometerReading, values)


def _build_line(
    run: _Run, table: TableMapping, values: dict[str, Any], trusted: bool = False
) -> WorkOrderLine:
    if "work_order_number" not in values:
        raise _Refused("work_order_number", "no work order number")
    fields = {k: v for k, v in values.items() if k != "work_order_number"}
    line = build_trusted(WorkOrderLine, fields) if trusted else None
    return _construct(WorkOrderLine, fields) if line is None else line


def _payer_lines(table: TableMapping, row: dict[str, Any]) -> list[WorkOrderLine]:
    lines = []
    for payer, column in table.payer_amounts.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            amount = read_cell(table, "amount", FIELDS["work_order_lines"]["amount"], cell)
        except ValidationError as exc:
            raise _Refused(payer, f"{column}: {exc}") from None
        if amount:
            lines.append(WorkOrderLine(column, amount, payer=payer, kind=LineKind.OTHER))
    return lines


def _build_work_order(
    run: _Run, table: TableMapping, values: dict[str, Any], trusted: bool = False
) -> WorkOrder:
    run.vehicle(values, required=True)
    run.customer(values)
    number = values.get("number")  # blank: the constructor refuses it, naming the field
    lines = [] if number is None else run.lines.pop(number)
    bad = None if number is None else run.bad_lines.get(number)
    if bad is not None:
        raise _Refused("lines", f"a line of this work order was refused ({bad[0]} row {bad[1]})")
    values["lines"] = values.pop("_payer_lines", []) + lines
    values["version"] = 1
    order = None
    if trusted:  # the types the constructor's converters would give, then the fields set
        values["lines"] = tuple(values["lines"])
        values["service_types"] = frozenset(values["service_types"])
        order = _build_order(values)
    if order is None:
        order = _construct(WorkOrder, values)
    run.unique(run.work_orders, "number", order.number)
    return order


_build_order = final_builder(WorkOrder)


def _check_optional_refs(run: _Run, values: dict[str, Any]) -> None:
    run.vehicle(values, required=False)
    run.customer(values)
    number = values.get("work_order_number")
    if number is not None and not run.has_work_order(number):
        problem = f"work order {shown(number)} {run.missing('work orders')}"
        raise _Refused("work_order_number", problem)


def _build_complaint(
    run: _Run, table: TableMapping, values: dict[str, Any], trusted: bool = False
) -> Complaint:
    _check_optional_refs(run, values)
    complaint = _construct(Complaint, {**values, "version": 1})
    run.unique(run.complaints, "number", complaint.number)
    return complaint


_ATTEMPT_FIELDS = ("called_at", "outcome", "called_by", "rating", "opinion")


def _build_followup(
    run: _Run, table: TableMapping, values: dict[str, Any], trusted: bool = False
) -> FollowUp:
    _check_optional_refs(run, values)
    complaint = values.get("complaint_number")
    if complaint is not None and not run.has_complaint(complaint):
        problem = f"complaint {shown(complaint)} {run.missing('complaints')}"
        raise _Refused("complaint_number", problem)
    call = {name: values.pop(name) for name in _ATTEMPT_FIELDS if name in values}
    if call:
        if "called_at" not in call or "outcome" not in call:
            missing = "called_at" if "called_at" not in call else "outcome"
            raise _Refused(missing, "a call needs both its time and its outcome")
        values["attempts"] = [
            CallAttempt(
                call["called_at"],
                call["outcome"],
                by=call.get("called_by"),
                rating=call.get("rating"),
                opinion=call.get("opinion"),
            )
        ]
    values.setdefault("earliest", values["due"])
    values.setdefault("latest", values["due"])
    followup = _construct(FollowUp, {**values, "version": 1})
    run.unique(run.followups, "number", followup.number)
    return followup


def _build_appointment(
    run: _Run, table: TableMapping, values: dict[str, Any], trusted: bool = False
) -> Appointment:
    _check_optional_refs(run, values)
    appointment = _construct(Appointment, {**values, "version": 1})
    run.unique(run.appointments, "number", appointment.number)
    return appointment


_Builder = Callable[[_Run, TableMapping, dict[str, Any], bool], Any]
_BUILDERS: Mapping[str, _Builder] = {
    "customers": _build_customer,
    "vehicles": _build_vehicle,
    "readings": _build_reading,
    "work_order_lines": _build_line,
    "work_orders": _build_work_order,
    "complaints": _build_complaint,
    "followups": _build_followup,
    "appointments": _build_appointment,
}
