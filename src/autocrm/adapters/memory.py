"""MemoryArchive: the in-memory archive (also the fake the tests use).

It implements [`autocrm.ports.Repository`][autocrm.ports.Repository] exactly like the SQL archive:
keys, never-reused customer numbers, optimistic versions, one audit entry per changed
field, units of work that commit all or nothing, and snapshot / restore.

Records live in dicts by key, in archive order, with indexes by customer number
and by VIN; a filter is compiled once and run in one pass (a 100 000-customer
dealership group with a million work orders is a scan of a million records, not
a join). An equality on the key, ``customer_number`` or ``vin`` reads the index.

Writes are serialised by a lock; a unit of work holds it, so it is isolated from
other threads' writes. Reads take no lock.

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain import CHINA_TZ, Customer
    >>> from autocrm.query import F
    >>> archive = MemoryArchive()
    >>> at = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
    >>> c = archive.add(Customer(name="王建国", mobile="13800138000"), actor="客服-李娜", at=at)
    >>> c.number, c.version
    ('C000001', 1)
    >>> c = archive.update(attrs.evolve(c, mobile="13900139000"), actor="客服-李娜", at=at)
    >>> [(e.action.value, e.field, e.old, e.new) for e in archive.audit_trail("customer", c.number)]
    [('create', None, None, None), ('update', 'mobile', '+8613800138000', '+8613900139000')]
    >>> archive.count(Customer, F.customer.mobile == "+8613900139000")
    1
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, TypeVar

import attrs

from autocrm.adapters._memory_merging import _merge, _unmerge
from autocrm.adapters._memory_queries import _candidates, _check_filter
from autocrm.adapters._memory_stores import _CUSTOMER, _READING, _MemoryStores
from autocrm.domain.audit import AuditAction, AuditEntry
from autocrm.domain.customer import Customer
from autocrm.domain.fleet import FleetAccount
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import require_aware
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.erasure import erasure_entry, plan_erasure
from autocrm.errors import ConcurrentUpdate, InvalidFormat, UnsupportedType, shown
from autocrm.ports import (
    KEY_ATTRIBUTE,
    RECORD_TYPES,
    AlreadyExists,
    ArchiveNotEmpty,
    customer_number,
    customer_sequence,
    entity_id,
    require_customer_number,
    require_snapshot,
)
from autocrm.query.aggregate import AggregateResult, GroupKey, Measure
from autocrm.query.aggregate import aggregate as run_aggregate
from autocrm.query.evaluate import compile_filter
from autocrm.query.expr import F, FieldRef, Filter
from autocrm.query.fields import entity_name
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.audit_trail import changed_fields, deletion_entry
from autocrm.rules.merge_result import MergeResult
from autocrm.rules.merging import follow_merges

__all__ = ["MemoryArchive"]

T = TypeVar("T")


_DEFAULT_POLICY = ArchivePolicy()


def _entity_of(kind: type) -> str:
    if not isinstance(kind, type) or kind not in KEY_ATTRIBUTE:
        known = ", ".join(t.__name__ for t in RECORD_TYPES)
        name = getattr(kind, "__name__", None) or shown(kind)
        msg = f"{name} is not a record type of the archive ({known})"
        raise UnsupportedType(msg, field="kind", value=kind)
    return entity_name(kind)


def _check_writer(actor: object, at: datetime) -> None:
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: who made the change is required (a staff id or name), got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    require_aware(at, "at")


class MemoryArchive(_MemoryStores):
    """The in-memory archive; see [`autocrm.ports.Repository`][autocrm.ports.Repository] for the
    contract.

    Args:
        policy: Customer-number form (prefix and width) and other archive numbers.

    Examples:
        >>> from autocrm.rules.archive import ArchivePolicy
        >>> archive = MemoryArchive(policy=ArchivePolicy(customer_number_prefix="BJ"))
        >>> archive.policy.customer_number_prefix
        'BJ'
    """

    def __init__(self, *, policy: ArchivePolicy = _DEFAULT_POLICY) -> None:
        super().__init__(policy)

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def unit_of_work(self) -> Iterator[MemoryArchive]:
        """Writes inside the block commit together, or none does if the block raises.

        A unit of work inside another is a savepoint: its failure undoes its own writes.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ, Customer
            >>> archive = MemoryArchive()
            >>> at = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
            >>> try:
            ...     with archive.unit_of_work() as uow:
            ...         _ = uow.add(Customer(name="王建国"), actor="system", at=at)
            ...         raise RuntimeError("power cut")
            ... except RuntimeError:
            ...     pass
            >>> archive.snapshot().customers, archive.audit_trail()
            ((), [])
        """
        with self._lock:
            outer = self._undo is None
            if self._undo is None:
                self._undo = []
            mark = len(self._undo)
            try:
                yield self
            except BaseException:
                self._rollback_to(mark)
                raise
            finally:
                if outer:
                    self._undo = None

    # -- writes -------------------------------------------------------------------------

    def add(self, obj: T, *, actor: str, at: datetime) -> T:
        """Store a new record; return it as stored (version 1, a customer numbered).

        Raises:
            autocrm.ports.AlreadyExists: the key is taken (or the customer number was
                issued before: numbers are never reused).
            autocrm.errors.InvalidFormat: ``actor`` blank or ``at`` naive.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ, Vehicle
            >>> archive = MemoryArchive()
            >>> at = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
            >>> archive.add(Vehicle("LFV2A21K3D3109826", "C000001"), actor="system", at=at).version
            1
        """
        entity = _entity_of(type(obj))
        _check_writer(actor, at)
        with self.unit_of_work():
            if isinstance(obj, OdometerReading):
                self._append_reading(obj)
                self._audit_entry(AuditAction.CREATE, entity, entity_id(obj), actor, at)
                return obj
            record: Any = obj
            if isinstance(record, Customer):
                customer_sequence(record.number, self.policy)  # refuses one beyond the counter
                if not record.number.strip():
                    # Every issued number of this form is below the sequence: never reused.
                    number = customer_number(self._next_sequence, self.policy)
                    record = attrs.evolve(record, number=number)
                elif record.number in self._issued and record.number not in self._records[entity]:
                    msg = (
                        f"number: customer number {record.number} was issued before and "
                        "deleted; customer numbers are never reused"
                    )
                    raise AlreadyExists(msg, entity=entity, entity_id=record.number)
            key = entity_id(record)
            if key in self._records[entity]:
                msg = f"{entity} {key} is already in the archive; use update()"
                raise AlreadyExists(msg, entity=entity, entity_id=key)
            if isinstance(record, Customer):
                self._issue(key)
            stored = attrs.evolve(record, version=self._deleted_versions.get((entity, key), 0) + 1)
            self._insert(entity, key, stored)
            self._audit_entry(AuditAction.CREATE, entity, key, actor, at)
            return stored  # type: ignore[no-any-return]

    def update(self, obj: T, *, actor: str, at: datetime) -> T:
        """Replace a stored record; ``obj.version`` must be the stored version.

        Raises:
            autocrm.errors.NotFound: no record with that key.
            autocrm.errors.ConcurrentUpdate: the version is stale; nothing written.
            TypeError: odometer readings are append only.
        """
        entity = _entity_of(type(obj))
        if entity == _READING:
            msg = "odometer readings are append only: add a new reading"
            raise UnsupportedType(msg, field="obj", value=obj)
        _check_writer(actor, at)
        record: Any = obj
        key = entity_id(record)
        with self.unit_of_work():
            stored = self._stored(entity, key)
            if record.version != stored.version:
                msg = (
                    f"{entity} {key} was changed by someone else: you read version "
                    f"{record.version}, the archive holds version {stored.version}; "
                    "read it again and redo the change"
                )
                raise ConcurrentUpdate(
                    msg,
                    entity=entity,
                    entity_id=key,
                    expected=record.version,
                    actual=stored.version,
                )
            changes = changed_fields(stored, record)
            if not changes:
                return stored  # type: ignore[no-any-return]
            new = attrs.evolve(record, version=stored.version + 1)
            self._replace(entity, key, new)
            for name, old_text, new_text in changes:
                self._audit_entry(
                    AuditAction.UPDATE, entity, key, actor, at, name, old_text, new_text
                )
            return new  # type: ignore[no-any-return]

    def delete(self, kind: type, key: str, *, actor: str, at: datetime) -> None:
        """Remove a record; a deleted customer's number is never issued again.

        Raises:
            autocrm.errors.NotFound: no such record.
            TypeError: odometer readings are append only.
        """
        entity = _entity_of(kind)
        if entity == _READING:
            msg = "odometer readings are append only and cannot be deleted"
            raise UnsupportedType(msg, field="kind", value=kind)
        _check_writer(actor, at)
        with self.unit_of_work():
            stored = self._stored(entity, key)
            self._remove(entity, key)
            self._append_audit(
                deletion_entry(entity, key, getattr(stored, "version", None), actor=actor, at=at)
            )

    def anonymise(self, number: str, *, actor: str, at: datetime, reason: str) -> Customer:
        """Erase a customer's personal data (PIPL), here and in the audit trail.

        One unit of work: the record is anonymised, the plates of the customer's
        vehicles and the names of its fleet accounts go, the values of every earlier
        audit entry of those records on those fields become ``[erased]``, and one
        ANONYMISE entry records who, when and why (see [`autocrm.erasure`][autocrm.erasure]).
        Changed records get a new version. Erasing an erased customer writes nothing.

        Returns:
            The anonymised customer as stored.

        Raises:
            autocrm.errors.NotFound: no customer with that number.
            autocrm.errors.InvalidFormat: ``actor`` or ``reason`` blank, ``at`` naive.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ, Customer
            >>> archive = MemoryArchive()
            >>> at = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)
            >>> c = archive.add(Customer(name="王建国"), actor="客服-李娜", at=at)
            >>> c = archive.update(attrs.evolve(c, mobile="13800138000"), actor="客服-李娜", at=at)
            >>> archive.anonymise(c.number, actor="客服-李娜", at=at, reason="客户要求删除").name
            '匿名客户C000001'
            >>> [(e.action.value, e.field, e.new) for e in archive.audit_trail("customer")][1:]
            [('update', 'mobile', '[erased]'), ('anonymise', 'reason', '客户要求删除')]
        """
        _check_writer(actor, at)
        entry = erasure_entry(number, actor=actor, at=at, reason=reason)
        with self.unit_of_work():
            stored: Customer = self._stored(_CUSTOMER, number)
            related: list[Vehicle | FleetAccount] = [
                *self.find(Vehicle, F.vehicle.customer_number == number),
                *self.find(FleetAccount, F.fleet_account.customer_number == number),
            ]
            owned = {(_CUSTOMER, number)}
            owned |= {(entity_name(type(r)), entity_id(r)) for r in related}
            positions = [i for i, e in enumerate(self._audit) if (e.entity, e.entity_id) in owned]
            plan = plan_erasure(
                stored, related, [self._audit[i] for i in positions], policy=self.policy
            )
            if not plan.needed:
                return stored
            result = stored
            if plan.customer_changed:
                result = attrs.evolve(plan.customer, version=stored.version + 1)
                self._replace(_CUSTOMER, number, result)
            for record in plan.records:
                name, key = entity_name(type(record)), entity_id(record)
                self._replace(name, key, attrs.evolve(record, version=record.version + 1))
            for position, clean in plan.scrubbed:
                self._replace_audit(positions[position], clean)
            self._append_audit(entry)
            return result

    def merge(
        self, survivor: str, duplicate: str, *, actor: str, at: datetime, reason: str
    ) -> MergeResult:
        """Merge the customer ``duplicate`` into ``survivor``; return what moved.

        One unit of work (see [`autocrm.rules.merging`][autocrm.rules.merging]): the
        duplicate's records move to the survivor, which gains its tags, contacts and
        opt-outs; the duplicate stays as a MERGED record; one MERGE audit entry lists
        what moved.
        The whole plan is made before anything is written.

        Raises:
            autocrm.errors.NotFound: either customer is not in the archive.
            autocrm.errors.MergeRefused: the same customer, one already merged or
                erased, or a person and a company; nothing written.
            autocrm.errors.InvalidFormat: ``actor`` or ``reason`` blank, ``at`` naive.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ, Customer, Vehicle
            >>> archive = MemoryArchive()
            >>> at = datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ)
            >>> s = archive.add(Customer(name="王建国", mobile="13800138000"), actor="a", at=at)
            >>> d = archive.add(Customer(name="王建国"), actor="a", at=at)
            >>> _ = archive.add(Vehicle("LFV2A21K3D3109826", d.number), actor="a", at=at)
            >>> archive.merge(s.number, d.number, actor="客服-李娜", at=at,
            ...               reason="同一车主").summary()
            'C000002 merged into C000001: 1 vehicle'
            >>> archive.get(Customer, "C000002").number
            'C000001'
        """
        require_customer_number(survivor, "survivor")
        require_customer_number(duplicate, "duplicate")
        _check_writer(actor, at)
        with self.unit_of_work():
            return _merge(self, survivor, duplicate, actor=actor, at=at, reason=reason)

    def unmerge(self, duplicate: str, *, actor: str, at: datetime, reason: str) -> MergeResult:
        """Undo the merge of ``duplicate``: every record back exactly as before it.

        Possible while nothing the merge touched has changed since; writes one
        UNMERGE audit entry (the MERGE entry stays).

        Raises:
            autocrm.errors.NotFound: no such customer.
            autocrm.errors.UnmergeRefused: not merged, or changed since; nothing written.
            autocrm.errors.InvalidFormat: ``actor`` or ``reason`` blank, ``at`` naive.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ, Customer
            >>> archive = MemoryArchive()
            >>> at = datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ)
            >>> for name in ("王建国", "王建国"):
            ...     _ = archive.add(Customer(name=name), actor="a", at=at)
            >>> before = archive.snapshot()
            >>> _ = archive.merge("C000001", "C000002", actor="a", at=at, reason="同一车主")
            >>> archive.unmerge("C000002", actor="a", at=at, reason="不是同一人").undone
            True
            >>> archive.snapshot().customers == before.customers
            True
        """
        require_customer_number(duplicate, "duplicate")
        _check_writer(actor, at)
        with self.unit_of_work():
            return _unmerge(self, duplicate, actor=actor, at=at, reason=reason)

    # -- reads --------------------------------------------------------------------------

    def get(self, kind: type[T], key: str) -> T:
        """Return the record of that kind and key.

        The number of a MERGED customer gives the customer it was merged into.

        Raises:
            autocrm.errors.NotFound: no such record.
            TypeError: odometer readings have no key.
        """
        entity = _entity_of(kind)
        if entity == _READING:
            msg = "odometer readings have no key: use find(OdometerReading, F.reading.vin == ...)"
            raise UnsupportedType(msg, field="kind", value=kind)
        found = self._stored(entity, key)
        if entity == _CUSTOMER and found.merged:
            return follow_merges(found, self._records[_CUSTOMER].get)  # type: ignore[return-value]
        return found  # type: ignore[no-any-return]

    def find(
        self,
        kind: type[T],
        where: Filter | None = None,
        *,
        as_of: date | datetime | None = None,
    ) -> list[T]:
        """Return the records of that kind the filter selects, in archive order.

        Examples:
            >>> from datetime import datetime
            >>> from autocrm.domain import CHINA_TZ, Vehicle
            >>> from autocrm.query import F
            >>> archive = MemoryArchive()
            >>> at = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
            >>> _ = archive.add(Vehicle("LFV2A21K3D3109826", "C1", insurer="PICC"),
            ...                 actor="system", at=at)
            >>> [v.vin for v in archive.find(Vehicle, F.vehicle.insurer == "PICC")]
            ['LFV2A21K3D3109826']
        """
        entity = _entity_of(kind)
        _check_filter(entity, where)
        candidates = _candidates(self, entity, where)
        if where is None:
            return list(candidates)
        predicate = compile_filter(where, as_of=as_of, lookup=self._lookup)
        return [record for record in candidates if predicate(record)]

    def count(
        self,
        kind: type,
        where: Filter | None = None,
        *,
        as_of: date | datetime | None = None,
    ) -> int:
        """Return how many records of that kind the filter selects."""
        entity = _entity_of(kind)
        _check_filter(entity, where)
        candidates = _candidates(self, entity, where)
        if where is None:
            return sum(1 for _ in candidates)
        predicate = compile_filter(where, as_of=as_of, lookup=self._lookup)
        return sum(1 for record in candidates if predicate(record))

    def aggregate(
        self,
        kind: type,
        *,
        where: Filter | None = None,
        group_by: Sequence[GroupKey | FieldRef] = (),
        measures: Mapping[str, Measure] | None = None,
        as_of: date | datetime | None = None,
    ) -> AggregateResult:
        """Aggregate records of that kind (see [`autocrm.query.aggregate`][autocrm.query])."""
        entity = _entity_of(kind)
        _check_filter(entity, where)
        return run_aggregate(
            entity,
            _candidates(self, entity, where),
            where=where,
            group_by=group_by,
            measures=measures,
            as_of=as_of,
            lookup=self._lookup,
        )

    def audit_trail(
        self, entity: str | None = None, entity_id: str | None = None
    ) -> list[AuditEntry]:
        """Return the audit entries, oldest first, optionally of one entity / one record."""
        return [
            e
            for e in self._audit
            if (entity is None or e.entity == entity)
            and (entity_id is None or e.entity_id == entity_id)
        ]

    # -- backup -------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """Return every record and the audit trail, in archive order (a backup).

        Examples:
            >>> MemoryArchive().snapshot() == Snapshot()
            True
        """
        records = self._records
        return Snapshot(
            customers=tuple(records["customer"].values()),
            vehicles=tuple(records["vehicle"].values()),
            work_orders=tuple(records["work_order"].values()),
            readings=tuple(self._readings),
            followups=tuple(records["followup"].values()),
            complaints=tuple(records["complaint"].values()),
            appointments=tuple(records["appointment"].values()),
            fleet_accounts=tuple(records["fleet_account"].values()),
            audit=tuple(self._audit),
            customer_sequence=self._next_sequence - 1,
        )

    def restore(self, snapshot: Snapshot) -> None:
        """Load a snapshot into this empty archive; ``snapshot()`` then equals it.

        Raises:
            autocrm.ports.ArchiveNotEmpty: the archive holds records or audit entries.
            autocrm.ports.AlreadyExists: the snapshot repeats a key.
        """
        require_snapshot(snapshot)
        if self._audit or self._readings or any(self._records.values()):
            msg = "restore needs an empty archive; create a new MemoryArchive"
            raise ArchiveNotEmpty(msg)
        self._load(snapshot)
