"""The stores under the in-memory archive: records in archive order, indexes, undo log.

Records live in dicts by key, in archive order, with indexes by customer number and
by VIN (`_INDEXED`); every low-level change logs its undo step, so a unit of work of
[`MemoryArchive`][autocrm.adapters.memory.MemoryArchive] rolls back all it wrote.
A snapshot is loaded into fresh stores swapped in at the end.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from autocrm.domain.audit import AuditAction, AuditEntry
from autocrm.domain.customer import Customer
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.errors import NotFound, shown
from autocrm.ports import AlreadyExists, customer_sequence, next_customer_sequence, require_key
from autocrm.query.fields import SCHEMA
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.audit_trail import deleted_version

_CUSTOMER = "customer"
_READING = "reading"
#: Entities indexed by the attribute named (the desk's questions start from a customer or a VIN).
_INDEXED: Mapping[str, tuple[str, ...]] = {
    "vehicle": ("customer_number",),
    "work_order": ("customer_number", "vin"),
    "followup": ("customer_number", "vin"),
    "complaint": ("customer_number", "vin"),
    "appointment": ("customer_number", "vin"),
    "fleet_account": ("customer_number",),
}


class _Lookup:
    """Related records for paths such as ``work_order.vehicle.insurer``."""

    __slots__ = ("_customers", "_vehicles")

    def __init__(self, customers: dict[str, Any], vehicles: dict[str, Any]) -> None:
        self._customers = customers
        self._vehicles = vehicles

    def customer(self, number: str) -> Customer | None:
        return self._customers.get(number)

    def vehicle(self, vin: str) -> Vehicle | None:
        return self._vehicles.get(vin)


class _MemoryStores:
    """The stores of one in-memory archive and the logged changes made to them."""

    def __init__(self, policy: ArchivePolicy) -> None:
        self.policy = policy
        self._undo: list[Callable[[], None]] | None = None
        self._lock = threading.RLock()
        self._reset()

    def _reset(self) -> None:
        """Empty every store (a new archive; also the undo of a restore)."""
        self._records: dict[str, dict[str, Any]] = {
            name: {} for name, schema in SCHEMA.items() if schema.key is not None
        }
        self._position: dict[str, dict[str, int]] = {name: {} for name in self._records}
        self._index: dict[tuple[str, str], dict[str, dict[str, None]]] = {
            (name, attribute): {}
            for name, attributes in _INDEXED.items()
            for attribute in attributes
        }
        self._readings: list[OdometerReading] = []
        self._readings_by_vin: dict[str, list[OdometerReading]] = {}
        self._audit: list[AuditEntry] = []
        self._issued: set[str] = set()
        # Last version of each deleted record, so a record added again continues from it.
        self._deleted_versions: dict[tuple[str, str], int] = {}
        self._next_sequence = 1
        self._clock = 0
        self._lookup = _Lookup(self._records["customer"], self._records["vehicle"])

    def _log(self, undo: Callable[[], None]) -> None:
        if self._undo is not None:
            self._undo.append(undo)

    def _index_add(self, entity: str, key: str, obj: Any) -> None:
        for attribute in _INDEXED.get(entity, ()):
            value = getattr(obj, attribute)
            if value is not None:
                self._index[entity, attribute].setdefault(value, {})[key] = None

    def _index_remove(self, entity: str, key: str, obj: Any) -> None:
        for attribute in _INDEXED.get(entity, ()):
            value = getattr(obj, attribute)
            if value is not None:
                keys = self._index[entity, attribute].get(value, {})
                keys.pop(key, None)
                if not keys:
                    self._index[entity, attribute].pop(value, None)

    def _insert(self, entity: str, key: str, obj: Any, position: int | None = None) -> None:
        records = self._records[entity]
        positions = self._position[entity]
        # Only a rolled-back delete comes with its old position, possibly before others.
        out_of_order = position is not None and any(p > position for p in positions.values())
        if position is None:
            self._clock += 1
            position = self._clock
        records[key] = obj
        positions[key] = position
        if out_of_order:  # a rolled-back delete goes back to its place in archive order
            order = sorted(records, key=positions.__getitem__)
            items = [(k, records[k]) for k in order]
            records.clear()
            records.update(items)
            ranks = [(k, positions[k]) for k in order]
            positions.clear()
            positions.update(ranks)
        self._index_add(entity, key, obj)
        self._log(lambda: self._remove(entity, key))

    def _remove(self, entity: str, key: str) -> None:
        obj = self._records[entity].pop(key)
        position = self._position[entity].pop(key)
        self._index_remove(entity, key, obj)
        self._log(lambda: self._insert(entity, key, obj, position))

    def _replace(self, entity: str, key: str, obj: Any) -> None:
        old = self._records[entity][key]
        self._index_remove(entity, key, old)
        self._records[entity][key] = obj
        self._index_add(entity, key, obj)
        self._log(lambda: self._replace(entity, key, old))

    def _append_reading(self, reading: OdometerReading) -> None:
        self._readings.append(reading)
        self._readings_by_vin.setdefault(reading.vin, []).append(reading)

        def undo() -> None:
            self._readings.pop()
            same_vin = self._readings_by_vin[reading.vin]
            same_vin.pop()
            if not same_vin:
                del self._readings_by_vin[reading.vin]

        self._log(undo)

    def _append_audit(self, entry: AuditEntry) -> None:
        self._audit.append(entry)
        self._log(self._pop_audit)
        version = deleted_version(entry)
        if version is not None:
            key = (entry.entity, entry.entity_id)
            previous = self._deleted_versions.get(key)
            self._deleted_versions[key] = version

            def undo() -> None:
                if previous is None:
                    self._deleted_versions.pop(key, None)
                else:
                    self._deleted_versions[key] = previous

            self._log(undo)

    def _pop_audit(self) -> None:
        self._audit.pop()

    def _issue(self, number: str) -> None:
        previous = self._next_sequence
        fresh = number not in self._issued
        self._issued.add(number)
        sequence = customer_sequence(number, self.policy)
        if sequence is not None and sequence >= self._next_sequence:
            self._next_sequence = sequence + 1

        def undo() -> None:
            self._next_sequence = previous
            if fresh:
                self._issued.discard(number)

        self._log(undo)

    def _rollback_to(self, mark: int) -> None:
        assert self._undo is not None
        undo, self._undo = self._undo, None  # undo steps must not log themselves
        try:
            while len(undo) > mark:
                undo.pop()()
        finally:
            self._undo = undo

    def _audit_entry(
        self,
        action: AuditAction,
        entity: str,
        record_id: str,
        actor: str,
        at: datetime,
        field: str | None = None,
        old: str | None = None,
        new: str | None = None,
    ) -> None:
        entry = AuditEntry(
            at=at,
            actor=actor,
            entity=entity,
            entity_id=record_id,
            field=field,
            old=old,
            new=new,
            action=action,
        )
        self._append_audit(entry)

    def _stored(self, entity: str, key: str) -> Any:
        require_key(key)
        try:
            return self._records[entity][key]
        except KeyError:
            msg = f"{entity} {shown(key)} is not in the archive"
            raise NotFound(msg) from None

    def _replace_audit(self, position: int, entry: AuditEntry) -> None:
        old = self._audit[position]
        self._audit[position] = entry
        self._log(lambda: self._replace_audit(position, old))

    def _all(self, entity: str) -> Iterable[Any]:
        if entity == _READING:
            return self._readings
        return self._records[entity].values()

    def _load(self, snapshot: Snapshot) -> None:
        """Swap in stores loaded from ``snapshot`` (checked, into an empty archive)."""
        # Load into fresh stores and swap them in at the end: all or nothing, and no undo
        # log for a million records.
        records: dict[str, dict[str, Any]] = {name: {} for name in self._records}
        positions: dict[str, dict[str, int]] = {name: {} for name in self._records}
        index: dict[tuple[str, str], dict[str, dict[str, None]]] = {k: {} for k in self._index}
        clock = self._clock
        for name, schema in SCHEMA.items():
            if schema.key is None:
                continue
            store, ranks, key_attribute = records[name], positions[name], schema.key
            indexes = [(a, index[name, a]) for a in _INDEXED.get(name, ())]
            for record in getattr(snapshot, schema.collection):
                key = getattr(record, key_attribute)
                if key in store:
                    msg = f"{name} {key} appears twice in the snapshot"
                    raise AlreadyExists(msg, entity=name, entity_id=key)
                store[key] = record
                clock += 1
                ranks[key] = clock
                for attribute, by_value in indexes:
                    value = getattr(record, attribute)
                    if value is not None:
                        by_value.setdefault(value, {})[key] = None
        readings_by_vin: dict[str, list[OdometerReading]] = {}
        for reading in snapshot.readings:
            readings_by_vin.setdefault(reading.vin, []).append(reading)
        issued = {c.number for c in snapshot.customers}
        issued |= {e.entity_id for e in snapshot.audit if e.entity == _CUSTOMER}
        sequence = next_customer_sequence(
            snapshot.customers,
            snapshot.audit,
            self.policy,
            last_issued=snapshot.customer_sequence,
        )
        with self._lock:
            self._records, self._position, self._index = records, positions, index
            self._readings = list(snapshot.readings)
            self._readings_by_vin = readings_by_vin
            self._audit = list(snapshot.audit)
            self._deleted_versions = {
                (e.entity, e.entity_id): v
                for e in snapshot.audit
                if (v := deleted_version(e)) is not None
            }
            self._issued = issued
            self._next_sequence = sequence
            self._clock = clock
            self._lookup = _Lookup(records["customer"], records["vehicle"])
            self._log(self._reset)  # inside a unit of work: its rollback empties the archive
