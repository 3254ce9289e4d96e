"""Ports: what an archive (in memory, SQL) must offer, and the rules every archive shares.

:class:`Repository` is the interface :class:`autocrm.adapters.memory.MemoryArchive`
and ``autocrm.adapters.sqlalchemy.SqlArchive`` both implement, exactly. Rules and
statistics depend on this Protocol, never on an adapter (cosmicpython's
repository pattern); tests use the in-memory archive as the fake.

The shared rules live here too, so both archives give the same answers:

* **Keys.** Customer.number, Vehicle.vin, WorkOrder.number, FollowUp.number,
  Complaint.number, Appointment.number, FleetAccount.number
  (:data:`KEY_ATTRIBUTE`); an OdometerReading has no key (append only; its audit
  id is ``"<vin>@<date>"``, :func:`entity_id`).
* **Customer numbers** (seed 001: a unique archive number per customer): a customer
  added with a blank number gets ``prefix + zero-padded sequence`` from
  :class:`autocrm.rules.archive.ArchivePolicy` (``C000001``, ``C000002``...). A
  number is never reused, even after the customer is deleted. A customer added with
  a number keeps it, and a number of the archive's own form moves the sequence past
  it; a number once issued and then deleted cannot be added again. A snapshot
  carries the last sequence value issued (``Snapshot.customer_sequence``);
  ``restore`` continues after the highest of that value and the numbers of the
  archive's form among the customers and the audit trail (every number ever issued
  has a CREATE entry), see :func:`next_customer_sequence`.
* **Versions** (optimistic locking): ``add`` stores version 1; ``update`` needs the
  version read (``obj.version`` equal to the stored one, else
  :class:`autocrm.errors.ConcurrentUpdate` and nothing is written) and stores
  version + 1. An update that changes nothing writes nothing and returns the stored
  record.
* **Audit trail** (seed 001: who, when, which field, old → new): ``add`` records one
  CREATE entry (``field``/``old``/``new`` None), ``update`` one UPDATE entry per
  changed field (:func:`changed_fields`, values as text by :func:`audit_text`;
  ``version`` is not audited), ``delete`` one DELETE entry.
* **Order.** ``find`` and ``snapshot`` list records in archive order, the order they
  were added (an update keeps the place; a record deleted and added again goes last).
* References are not checked: a vehicle's ``customer_number`` need not exist
  (imports arrive in any order).

Examples:
    >>> from autocrm.rules.archive import ArchivePolicy
    >>> customer_number(7, ArchivePolicy())
    'C000007'
    >>> customer_sequence("C000007", ArchivePolicy()), customer_sequence("VIP-7", ArchivePolicy())
    (7, None)
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from decimal import Decimal
from types import TracebackType
from typing import Any, Protocol, TypeVar

import attrs

from autocrm.domain.appointment import Appointment
from autocrm.domain.audit import AuditAction, AuditEntry
from autocrm.domain.complaint import Complaint
from autocrm.domain.customer import Customer
from autocrm.domain.fleet import FleetAccount
from autocrm.domain.followup import FollowUp
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import (
    AlreadyExists,
    ArchiveNotEmpty,
    InvalidFormat,
    UnsupportedType,
    ValidationError,
)
from autocrm.query.aggregate import AggregateResult, GroupKey, Measure
from autocrm.query.expr import FieldRef, Filter
from autocrm.query.fields import entity_name
from autocrm.rules.archive import ArchivePolicy

__all__ = [
    "DELETED_VERSION_FIELD",
    "KEY_ATTRIBUTE",
    "MAX_CUSTOMER_SEQUENCE",
    "RECORD_TYPES",
    "AlreadyExists",
    "ArchiveNotEmpty",
    "Repository",
    "UnitOfWork",
    "audit_text",
    "changed_fields",
    "customer_number",
    "customer_sequence",
    "deleted_version",
    "deletion_entry",
    "entity_id",
    "next_customer_sequence",
    "require_key",
    "require_snapshot",
]

T = TypeVar("T")

#: The record types an archive stores.
RECORD_TYPES: tuple[type, ...] = (
    Customer,
    Vehicle,
    OdometerReading,
    WorkOrder,
    FollowUp,
    Complaint,
    Appointment,
    FleetAccount,
)

#: The key attribute of each record type (OdometerReading: None, append only).
KEY_ATTRIBUTE: Mapping[type, str | None] = {
    Customer: "number",
    Vehicle: "vin",
    OdometerReading: None,
    WorkOrder: "number",
    FollowUp: "number",
    Complaint: "number",
    Appointment: "number",
    FleetAccount: "number",
}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class UnitOfWork(Protocol):
    """A transaction: ``with archive.unit_of_work() as uow: ...``.

    Entering yields the repository to write through. When the block ends normally
    every write made in it is committed together; when it raises, none is (the
    archive, its audit trail and its customer-number sequence are as before) and the
    exception propagates. A unit of work opened inside another joins it as a
    savepoint: its failure undoes only its own writes. So does each operation: one
    that raises inside the block (and is caught there) writes nothing, and the
    block commits every write that did not raise. A block never ends normally
    having stored less than that: if the store fails in a way it cannot undo one
    operation alone (a lost database connection), the block raises
    :class:`autocrm.errors.StoreError` at its end and stores nothing.

    A store without savepoints (DuckDB) refuses a unit of work inside another with
    :class:`autocrm.errors.NotSupported`, and there any write the database itself
    refuses is such a failure; writes the archive refuses before any SQL (a stale
    version, a duplicate key it sees, a bad value) still write nothing alone.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ
        >>> archive = MemoryArchive()
        >>> at = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> uow: UnitOfWork = archive.unit_of_work()
        >>> with uow as repo:
        ...     _ = repo.add(Customer(name="王建国"), actor="客服-李娜", at=at)
        ...     _ = repo.add(Customer(name="李娜"), actor="客服-李娜", at=at)
        >>> try:
        ...     with archive.unit_of_work() as repo:
        ...         repo.delete(Customer, "C000001", actor="客服-李娜", at=at)
        ...         raise RuntimeError("power cut")
        ... except RuntimeError:
        ...     pass
        >>> [c.name for c in archive.snapshot().customers]
        ['王建国', '李娜']
    """

    def __enter__(self) -> Repository:
        """Begin; return the repository to use inside the block."""

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
        /,
    ) -> bool | None:
        """Commit, or roll back if the block raised (the exception is not swallowed)."""


class Repository(Protocol):
    """The archive interface: MemoryArchive and SqlArchive implement exactly this.

    Record types are those of :data:`RECORD_TYPES`; ``kind`` is the class
    (``Customer``), ``key`` the value of its :data:`KEY_ATTRIBUTE`. ``actor`` is a
    non-blank staff id or name and ``at`` an aware datetime; a bad one raises
    :class:`autocrm.errors.InvalidFormat` naming ``actor`` or ``at``. Constructors:
    ``MemoryArchive(*, policy=ArchivePolicy())``, ``SqlArchive(engine, *, policy=...)``.

    Examples:
        >>> from autocrm.adapters.memory import MemoryArchive
        >>> from autocrm.domain import CHINA_TZ
        >>> repo: Repository = MemoryArchive()
        >>> at = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
        >>> stored = repo.add(Customer(name="王建国", mobile="13800138000"),
        ...                   actor="客服-李娜", at=at)
        >>> stored.number, stored.version
        ('C000001', 1)
        >>> moved = repo.update(attrs.evolve(stored, mobile="13900139000"),
        ...                     actor="客服-李娜", at=at)
        >>> moved.version, repo.get(Customer, "C000001").mobile
        (2, '+8613900139000')
        >>> [(e.action.label, e.field) for e in repo.audit_trail("customer", "C000001")]
        [('新建', None), ('修改', 'mobile')]
    """

    def add(self, obj: T, *, actor: str, at: datetime) -> T:
        """Store a new record and return it as stored (version 1; a customer numbered).

        A Customer with a blank number gets the next number of the policy's form
        (never reused); one with a number keeps it. Records one CREATE AuditEntry.

        Raises:
            autocrm.errors.AlreadyExists: a record with that key exists.
        """

    def update(self, obj: T, *, actor: str, at: datetime) -> T:
        """Replace the stored record with the same key; return it with version + 1.

        ``obj.version`` must equal the stored version (optimistic locking). One UPDATE
        AuditEntry per changed field (old -> new as text); no change: nothing written.

        Raises:
            autocrm.errors.NotFound: no record with that key.
            autocrm.errors.ConcurrentUpdate: ``obj.version`` is stale; nothing written.
            TypeError: odometer readings are append only.
        """

    def get(self, kind: type[T], key: str) -> T:
        """Return the record of that kind and key.

        Raises:
            autocrm.errors.NotFound: no such record.
            TypeError: odometer readings have no key.
        """

    def find(
        self,
        kind: type[T],
        where: Filter | None = None,
        *,
        as_of: date | datetime | None = None,
    ) -> list[T]:
        """Return the records of that kind the filter selects (all if None), archive order.

        Raises:
            autocrm.query.TypeMismatch: the filter is about another entity.
            autocrm.query.MissingAsOf: the filter has a relative window and no ``as_of``.
        """

    def count(
        self,
        kind: type,
        where: Filter | None = None,
        *,
        as_of: date | datetime | None = None,
    ) -> int:
        """Return how many records of that kind the filter selects."""

    def aggregate(
        self,
        kind: type,
        *,
        where: Filter | None = None,
        group_by: Sequence[GroupKey | FieldRef] = (),
        measures: Mapping[str, Measure] | None = None,
        as_of: date | datetime | None = None,
    ) -> AggregateResult:
        """Aggregate records of that kind, as :func:`autocrm.query.aggregate` does.

        The result equals what ``autocrm.query.aggregate`` gives over ``snapshot()``.
        """

    def delete(self, kind: type, key: str, *, actor: str, at: datetime) -> None:
        """Remove the record; record one DELETE AuditEntry. Its key may be added again
        later, but a deleted customer's number is never assigned again.

        Raises:
            autocrm.errors.NotFound: no such record.
            TypeError: odometer readings are append only.
        """

    def anonymise(self, number: str, *, actor: str, at: datetime, reason: str) -> Customer:
        """Erase the customer's personal data (PIPL) from the record and the audit trail.

        One unit of work, the same in every archive (:mod:`autocrm.erasure`): the
        record anonymised, its vehicles' plates and fleet accounts' names removed,
        the values of earlier audit entries on those fields replaced by ``[erased]``,
        one ANONYMISE entry with the reason. A second call writes nothing.

        Raises:
            autocrm.errors.NotFound: no such customer.
            autocrm.errors.InvalidFormat: ``actor`` or ``reason`` blank, ``at`` naive.
        """

    def audit_trail(
        self, entity: str | None = None, entity_id: str | None = None
    ) -> list[AuditEntry]:
        """Return the audit entries, oldest first, optionally of one entity / one record.

        ``entity`` is the short name (``"customer"``, ``"work_order"``...).
        """

    def snapshot(self) -> Snapshot:
        """Return every record and the whole audit trail (a backup), archive order."""

    def restore(self, snapshot: Snapshot) -> None:
        """Load a snapshot into an empty archive: ``restore(s); snapshot() == s``.

        Versions, the audit trail and the customer-number sequence come back as they
        were; no audit entry is added.

        Raises:
            autocrm.errors.ArchiveNotEmpty: the archive holds records or audit entries.
            autocrm.errors.AlreadyExists: the snapshot repeats a key.
        """

    def unit_of_work(self) -> AbstractContextManager[Repository]:
        """Return a :class:`UnitOfWork`: writes inside commit together or not at all."""
mutants_x_require_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_key__mutmut)
def require_key(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if not isinstance(key, str):
        msg = f"key: a record's key is a string, got {type(key).__name__}"
        raise InvalidFormat(msg, field="key", value=key)
    return key


def x_require_key__mutmut_orig(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if not isinstance(key, str):
        msg = f"key: a record's key is a string, got {type(key).__name__}"
        raise InvalidFormat(msg, field="key", value=key)
    return key


def x_require_key__mutmut_1(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if isinstance(key, str):
        msg = f"key: a record's key is a string, got {type(key).__name__}"
        raise InvalidFormat(msg, field="key", value=key)
    return key


def x_require_key__mutmut_2(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if not isinstance(key, str):
        msg = None
        raise InvalidFormat(msg, field="key", value=key)
    return key


def x_require_key__mutmut_3(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if not isinstance(key, str):
        msg = f"key: a record's key is a string, got {type(None).__name__}"
        raise InvalidFormat(msg, field="key", value=key)
    return key


def x_require_key__mutmut_4(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if not isinstance(key, str):
        msg = f"key: a record's key is a string, got {type(key).__name__}"
        raise InvalidFormat(None, field="key", value=key)
    return key


def x_require_key__mutmut_5(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if not isinstance(key, str):
        msg = f"key: a record's key is a string, got {type(key).__name__}"
        raise InvalidFormat(msg, field=None, value=key)
    return key


def x_require_key__mutmut_6(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if not isinstance(key, str):
        msg = f"key: a record's key is a string, got {type(key).__name__}"
        raise InvalidFormat(msg, field="key", value=None)
    return key


def x_require_key__mutmut_7(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if not isinstance(key, str):
        msg = f"key: a record's key is a string, got {type(key).__name__}"
        raise InvalidFormat(field="key", value=key)
    return key


def x_require_key__mutmut_8(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if not isinstance(key, str):
        msg = f"key: a record's key is a string, got {type(key).__name__}"
        raise InvalidFormat(msg, value=key)
    return key


def x_require_key__mutmut_9(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if not isinstance(key, str):
        msg = f"key: a record's key is a string, got {type(key).__name__}"
        raise InvalidFormat(msg, field="key", )
    return key


def x_require_key__mutmut_10(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if not isinstance(key, str):
        msg = f"key: a record's key is a string, got {type(key).__name__}"
        raise InvalidFormat(msg, field="XXkeyXX", value=key)
    return key


def x_require_key__mutmut_11(key: object) -> str:
    """Return ``key`` if it can be a record's key (a string), else raise naming ``key``.

    Examples:
        >>> require_key("C000001")
        'C000001'
        >>> require_key(10**20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: key: a record's key is a string, got int
    """
    if not isinstance(key, str):
        msg = f"key: a record's key is a string, got {type(key).__name__}"
        raise InvalidFormat(msg, field="KEY", value=key)
    return key

mutants_x_require_key__mutmut['_mutmut_orig'] = x_require_key__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_key__mutmut['x_require_key__mutmut_1'] = x_require_key__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_key__mutmut['x_require_key__mutmut_2'] = x_require_key__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_key__mutmut['x_require_key__mutmut_3'] = x_require_key__mutmut_3 # type: ignore # mutmut generated
mutants_x_require_key__mutmut['x_require_key__mutmut_4'] = x_require_key__mutmut_4 # type: ignore # mutmut generated
mutants_x_require_key__mutmut['x_require_key__mutmut_5'] = x_require_key__mutmut_5 # type: ignore # mutmut generated
mutants_x_require_key__mutmut['x_require_key__mutmut_6'] = x_require_key__mutmut_6 # type: ignore # mutmut generated
mutants_x_require_key__mutmut['x_require_key__mutmut_7'] = x_require_key__mutmut_7 # type: ignore # mutmut generated
mutants_x_require_key__mutmut['x_require_key__mutmut_8'] = x_require_key__mutmut_8 # type: ignore # mutmut generated
mutants_x_require_key__mutmut['x_require_key__mutmut_9'] = x_require_key__mutmut_9 # type: ignore # mutmut generated
mutants_x_require_key__mutmut['x_require_key__mutmut_10'] = x_require_key__mutmut_10 # type: ignore # mutmut generated
mutants_x_require_key__mutmut['x_require_key__mutmut_11'] = x_require_key__mutmut_11 # type: ignore # mutmut generated
mutants_x_require_snapshot__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_snapshot__mutmut)
def require_snapshot(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if not isinstance(snapshot, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(snapshot).__name__}"
        raise InvalidFormat(msg, field="snapshot", value=snapshot)
    return snapshot


def x_require_snapshot__mutmut_orig(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if not isinstance(snapshot, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(snapshot).__name__}"
        raise InvalidFormat(msg, field="snapshot", value=snapshot)
    return snapshot


def x_require_snapshot__mutmut_1(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if isinstance(snapshot, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(snapshot).__name__}"
        raise InvalidFormat(msg, field="snapshot", value=snapshot)
    return snapshot


def x_require_snapshot__mutmut_2(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if not isinstance(snapshot, Snapshot):
        msg = None
        raise InvalidFormat(msg, field="snapshot", value=snapshot)
    return snapshot


def x_require_snapshot__mutmut_3(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if not isinstance(snapshot, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(None).__name__}"
        raise InvalidFormat(msg, field="snapshot", value=snapshot)
    return snapshot


def x_require_snapshot__mutmut_4(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if not isinstance(snapshot, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(snapshot).__name__}"
        raise InvalidFormat(None, field="snapshot", value=snapshot)
    return snapshot


def x_require_snapshot__mutmut_5(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if not isinstance(snapshot, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(snapshot).__name__}"
        raise InvalidFormat(msg, field=None, value=snapshot)
    return snapshot


def x_require_snapshot__mutmut_6(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if not isinstance(snapshot, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(snapshot).__name__}"
        raise InvalidFormat(msg, field="snapshot", value=None)
    return snapshot


def x_require_snapshot__mutmut_7(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if not isinstance(snapshot, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(snapshot).__name__}"
        raise InvalidFormat(field="snapshot", value=snapshot)
    return snapshot


def x_require_snapshot__mutmut_8(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if not isinstance(snapshot, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(snapshot).__name__}"
        raise InvalidFormat(msg, value=snapshot)
    return snapshot


def x_require_snapshot__mutmut_9(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if not isinstance(snapshot, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(snapshot).__name__}"
        raise InvalidFormat(msg, field="snapshot", )
    return snapshot


def x_require_snapshot__mutmut_10(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if not isinstance(snapshot, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(snapshot).__name__}"
        raise InvalidFormat(msg, field="XXsnapshotXX", value=snapshot)
    return snapshot


def x_require_snapshot__mutmut_11(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a :class:`~autocrm.domain.Snapshot`, else raise naming it.

    Examples:
        >>> require_snapshot([])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: snapshot: expected a Snapshot, got list
    """
    if not isinstance(snapshot, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(snapshot).__name__}"
        raise InvalidFormat(msg, field="SNAPSHOT", value=snapshot)
    return snapshot

mutants_x_require_snapshot__mutmut['_mutmut_orig'] = x_require_snapshot__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_snapshot__mutmut['x_require_snapshot__mutmut_1'] = x_require_snapshot__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_snapshot__mutmut['x_require_snapshot__mutmut_2'] = x_require_snapshot__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_snapshot__mutmut['x_require_snapshot__mutmut_3'] = x_require_snapshot__mutmut_3 # type: ignore # mutmut generated
mutants_x_require_snapshot__mutmut['x_require_snapshot__mutmut_4'] = x_require_snapshot__mutmut_4 # type: ignore # mutmut generated
mutants_x_require_snapshot__mutmut['x_require_snapshot__mutmut_5'] = x_require_snapshot__mutmut_5 # type: ignore # mutmut generated
mutants_x_require_snapshot__mutmut['x_require_snapshot__mutmut_6'] = x_require_snapshot__mutmut_6 # type: ignore # mutmut generated
mutants_x_require_snapshot__mutmut['x_require_snapshot__mutmut_7'] = x_require_snapshot__mutmut_7 # type: ignore # mutmut generated
mutants_x_require_snapshot__mutmut['x_require_snapshot__mutmut_8'] = x_require_snapshot__mutmut_8 # type: ignore # mutmut generated
mutants_x_require_snapshot__mutmut['x_require_snapshot__mutmut_9'] = x_require_snapshot__mutmut_9 # type: ignore # mutmut generated
mutants_x_require_snapshot__mutmut['x_require_snapshot__mutmut_10'] = x_require_snapshot__mutmut_10 # type: ignore # mutmut generated
mutants_x_require_snapshot__mutmut['x_require_snapshot__mutmut_11'] = x_require_snapshot__mutmut_11 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_entity_id__mutmut)
def entity_id(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_orig(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_1(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = None
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_2(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(None)
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_3(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(None))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_4(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is not None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_5(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = None
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_6(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(None).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_7(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(None, field="obj", value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_8(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field=None, value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_9(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=None)
    return str(getattr(obj, key))


def x_entity_id__mutmut_10(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(field="obj", value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_11(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_12(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", )
    return str(getattr(obj, key))


def x_entity_id__mutmut_13(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="XXobjXX", value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_14(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="OBJ", value=obj)
    return str(getattr(obj, key))


def x_entity_id__mutmut_15(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(None)


def x_entity_id__mutmut_16(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(getattr(None, key))


def x_entity_id__mutmut_17(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(getattr(obj, None))


def x_entity_id__mutmut_18(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(getattr(key))


def x_entity_id__mutmut_19(obj: object) -> str:
    """Return the id an audit entry names a record by: its key, or ``vin@date`` for a reading.

    Examples:
        >>> entity_id(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480))
        'LFV2A21K3D3109826@2025-06-01'
    """
    if isinstance(obj, OdometerReading):
        return f"{obj.vin}@{obj.on.isoformat()}"
    key = KEY_ATTRIBUTE.get(type(obj))
    if key is None:
        msg = f"{type(obj).__name__} is not a record type of the archive"
        raise UnsupportedType(msg, field="obj", value=obj)
    return str(getattr(obj, ))

mutants_x_entity_id__mutmut['_mutmut_orig'] = x_entity_id__mutmut_orig # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_1'] = x_entity_id__mutmut_1 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_2'] = x_entity_id__mutmut_2 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_3'] = x_entity_id__mutmut_3 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_4'] = x_entity_id__mutmut_4 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_5'] = x_entity_id__mutmut_5 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_6'] = x_entity_id__mutmut_6 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_7'] = x_entity_id__mutmut_7 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_8'] = x_entity_id__mutmut_8 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_9'] = x_entity_id__mutmut_9 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_10'] = x_entity_id__mutmut_10 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_11'] = x_entity_id__mutmut_11 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_12'] = x_entity_id__mutmut_12 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_13'] = x_entity_id__mutmut_13 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_14'] = x_entity_id__mutmut_14 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_15'] = x_entity_id__mutmut_15 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_16'] = x_entity_id__mutmut_16 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_17'] = x_entity_id__mutmut_17 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_18'] = x_entity_id__mutmut_18 # type: ignore # mutmut generated
mutants_x_entity_id__mutmut['x_entity_id__mutmut_19'] = x_entity_id__mutmut_19 # type: ignore # mutmut generated
mutants_x__plain__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__plain__mutmut)
def _plain(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_orig(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_1(value: Any) -> Any:
    if value is None and (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_2(value: Any) -> Any:
    if value is not None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_3(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) or not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_4(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_5(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(None)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_6(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(None, key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_7(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=None)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_8(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_9(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), )
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_10(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(None) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_11(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: None)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_12(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(None, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_13(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=None))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_14(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_15(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, ))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_16(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=False))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_17(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(None): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_18(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(None) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_19(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(None) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_20(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(None):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_21(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(None)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_22(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(None) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_23(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(None, a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_24(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, None)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_25(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(a.name)) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_26(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, )) for a in attrs.fields(type(value))}
    return str(value)


def x__plain__mutmut_27(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(None)}
    return str(value)


def x__plain__mutmut_28(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(None))}
    return str(value)


def x__plain__mutmut_29(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(None)

mutants_x__plain__mutmut['_mutmut_orig'] = x__plain__mutmut_orig # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_1'] = x__plain__mutmut_1 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_2'] = x__plain__mutmut_2 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_3'] = x__plain__mutmut_3 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_4'] = x__plain__mutmut_4 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_5'] = x__plain__mutmut_5 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_6'] = x__plain__mutmut_6 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_7'] = x__plain__mutmut_7 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_8'] = x__plain__mutmut_8 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_9'] = x__plain__mutmut_9 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_10'] = x__plain__mutmut_10 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_11'] = x__plain__mutmut_11 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_12'] = x__plain__mutmut_12 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_13'] = x__plain__mutmut_13 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_14'] = x__plain__mutmut_14 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_15'] = x__plain__mutmut_15 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_16'] = x__plain__mutmut_16 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_17'] = x__plain__mutmut_17 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_18'] = x__plain__mutmut_18 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_19'] = x__plain__mutmut_19 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_20'] = x__plain__mutmut_20 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_21'] = x__plain__mutmut_21 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_22'] = x__plain__mutmut_22 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_23'] = x__plain__mutmut_23 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_24'] = x__plain__mutmut_24 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_25'] = x__plain__mutmut_25 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_26'] = x__plain__mutmut_26 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_27'] = x__plain__mutmut_27 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_28'] = x__plain__mutmut_28 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_29'] = x__plain__mutmut_29 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_audit_text__mutmut)
def audit_text(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_orig(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_1(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = None
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_2(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(None)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_3(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None and isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_4(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is not None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_5(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if (plain) and False else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_6(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if (plain) or True else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_7(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "XXtrueXX" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_8(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "TRUE" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_9(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "XXfalseXX"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_10(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "FALSE"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_11(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(None)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_12(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(None, ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_13(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=None, separators=(",", ":"))


def x_audit_text__mutmut_14(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=None)


def x_audit_text__mutmut_15(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(ensure_ascii=False, separators=(",", ":"))


def x_audit_text__mutmut_16(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, separators=(",", ":"))


def x_audit_text__mutmut_17(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, )


def x_audit_text__mutmut_18(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=True, separators=(",", ":"))


def x_audit_text__mutmut_19(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=("XX,XX", ":"))


def x_audit_text__mutmut_20(value: object) -> str | None:
    """Return a field value as the audit trail writes it (the same in every archive).

    None stays None; text as is; an enum its code; a bool ``true``/``false``; numbers,
    money, dates and datetimes in their ISO/decimal form; sets, sequences, mappings
    and nested records as compact JSON (sets sorted).

    Examples:
        >>> from autocrm.domain import Address, Gender
        >>> audit_text(Gender.FEMALE), audit_text(True), audit_text(date(2025, 1, 2))
        ('female', 'true', '2025-01-02')
        >>> audit_text(frozenset({"vip", "fleet"}))
        '["fleet","vip"]'
        >>> audit_text(Address("北京市朝阳区", postcode="100022"))
        '{"text":"北京市朝阳区","postcode":"100022"}'
    """
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    return json.dumps(plain, ensure_ascii=False, separators=(",", "XX:XX"))

mutants_x_audit_text__mutmut['_mutmut_orig'] = x_audit_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_1'] = x_audit_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_2'] = x_audit_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_3'] = x_audit_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_4'] = x_audit_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_5'] = x_audit_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_6'] = x_audit_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_7'] = x_audit_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_8'] = x_audit_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_9'] = x_audit_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_10'] = x_audit_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_11'] = x_audit_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_12'] = x_audit_text__mutmut_12 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_13'] = x_audit_text__mutmut_13 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_14'] = x_audit_text__mutmut_14 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_15'] = x_audit_text__mutmut_15 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_16'] = x_audit_text__mutmut_16 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_17'] = x_audit_text__mutmut_17 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_18'] = x_audit_text__mutmut_18 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_19'] = x_audit_text__mutmut_19 # type: ignore # mutmut generated
mutants_x_audit_text__mutmut['x_audit_text__mutmut_20'] = x_audit_text__mutmut_20 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_changed_fields__mutmut)
def changed_fields(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_orig(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_1(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = None
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_2(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = None
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_3(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(None)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_4(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(None):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_5(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" and not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_6(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name != "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_7(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "XXversionXX" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_8(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "VERSION" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_9(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_10(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            break
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_11(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = None
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_12(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(None, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_13(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, None), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_14(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_15(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, ), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_16(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(None, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_17(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, None)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_18(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_19(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, )
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_20(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before == after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


def x_changed_fields__mutmut_21(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append(None)
    return changes


def x_changed_fields__mutmut_22(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(None), audit_text(after)))
    return changes


def x_changed_fields__mutmut_23(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(None)))
    return changes

mutants_x_changed_fields__mutmut['_mutmut_orig'] = x_changed_fields__mutmut_orig # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_1'] = x_changed_fields__mutmut_1 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_2'] = x_changed_fields__mutmut_2 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_3'] = x_changed_fields__mutmut_3 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_4'] = x_changed_fields__mutmut_4 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_5'] = x_changed_fields__mutmut_5 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_6'] = x_changed_fields__mutmut_6 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_7'] = x_changed_fields__mutmut_7 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_8'] = x_changed_fields__mutmut_8 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_9'] = x_changed_fields__mutmut_9 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_10'] = x_changed_fields__mutmut_10 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_11'] = x_changed_fields__mutmut_11 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_12'] = x_changed_fields__mutmut_12 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_13'] = x_changed_fields__mutmut_13 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_14'] = x_changed_fields__mutmut_14 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_15'] = x_changed_fields__mutmut_15 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_16'] = x_changed_fields__mutmut_16 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_17'] = x_changed_fields__mutmut_17 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_18'] = x_changed_fields__mutmut_18 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_19'] = x_changed_fields__mutmut_19 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_20'] = x_changed_fields__mutmut_20 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_21'] = x_changed_fields__mutmut_21 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_22'] = x_changed_fields__mutmut_22 # type: ignore # mutmut generated
mutants_x_changed_fields__mutmut['x_changed_fields__mutmut_23'] = x_changed_fields__mutmut_23 # type: ignore # mutmut generated


#: The field of the DELETE audit entry that keeps the deleted record's last version.
DELETED_VERSION_FIELD = "version"
mutants_x_deletion_entry__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_deletion_entry__mutmut)
def deletion_entry(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_orig(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_1(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=None,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_2(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=None,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_3(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=None,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_4(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=None,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_5(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_6(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None,
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_7(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=None,
    )


def x_deletion_entry__mutmut_8(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_9(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_10(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_11(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_12(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_13(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_14(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        )


def x_deletion_entry__mutmut_15(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if (version is None) and False else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_16(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if (version is None) or True else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_17(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is not None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_18(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if (version is None) and False else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_19(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if (version is None) or True else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_20(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is not None else str(version),
        action=AuditAction.DELETE,
    )


def x_deletion_entry__mutmut_21(
    entity: str, entity_id: str, version: int | None, *, actor: str, at: datetime
) -> AuditEntry:
    """The audit entry of a deletion; it keeps the record's last version.

    A record added again under the same key continues from that version, so a copy
    read before the deletion is stale and its ``update`` raises ``ConcurrentUpdate``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = deletion_entry("vehicle", "LFV2A21K3D3109826", 3, actor="x",
        ...                    at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.old, deleted_version(e)
        ('delete', 'version', '3', 3)
    """
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(None),
        action=AuditAction.DELETE,
    )

mutants_x_deletion_entry__mutmut['_mutmut_orig'] = x_deletion_entry__mutmut_orig # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_1'] = x_deletion_entry__mutmut_1 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_2'] = x_deletion_entry__mutmut_2 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_3'] = x_deletion_entry__mutmut_3 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_4'] = x_deletion_entry__mutmut_4 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_5'] = x_deletion_entry__mutmut_5 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_6'] = x_deletion_entry__mutmut_6 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_7'] = x_deletion_entry__mutmut_7 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_8'] = x_deletion_entry__mutmut_8 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_9'] = x_deletion_entry__mutmut_9 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_10'] = x_deletion_entry__mutmut_10 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_11'] = x_deletion_entry__mutmut_11 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_12'] = x_deletion_entry__mutmut_12 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_13'] = x_deletion_entry__mutmut_13 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_14'] = x_deletion_entry__mutmut_14 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_15'] = x_deletion_entry__mutmut_15 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_16'] = x_deletion_entry__mutmut_16 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_17'] = x_deletion_entry__mutmut_17 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_18'] = x_deletion_entry__mutmut_18 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_19'] = x_deletion_entry__mutmut_19 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_20'] = x_deletion_entry__mutmut_20 # type: ignore # mutmut generated
mutants_x_deletion_entry__mutmut['x_deletion_entry__mutmut_21'] = x_deletion_entry__mutmut_21 # type: ignore # mutmut generated
mutants_x_deleted_version__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_deleted_version__mutmut)
def deleted_version(entry: AuditEntry) -> int | None:
    """The version a DELETE audit entry kept, or None for any other entry.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> deleted_version(AuditEntry(at=datetime(2026, 1, 5, tzinfo=CHINA_TZ), actor="x",
        ...                            entity="customer", entity_id="C1", action="create"))
    """
    if (
        entry.action is AuditAction.DELETE
        and entry.field == DELETED_VERSION_FIELD
        and entry.old is not None
        and entry.old.isdigit()
    ):
        return int(entry.old)
    return None


def x_deleted_version__mutmut_orig(entry: AuditEntry) -> int | None:
    """The version a DELETE audit entry kept, or None for any other entry.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> deleted_version(AuditEntry(at=datetime(2026, 1, 5, tzinfo=CHINA_TZ), actor="x",
        ...                            entity="customer", entity_id="C1", action="create"))
    """
    if (
        entry.action is AuditAction.DELETE
        and entry.field == DELETED_VERSION_FIELD
        and entry.old is not None
        and entry.old.isdigit()
    ):
        return int(entry.old)
    return None


def x_deleted_version__mutmut_1(entry: AuditEntry) -> int | None:
    """The version a DELETE audit entry kept, or None for any other entry.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> deleted_version(AuditEntry(at=datetime(2026, 1, 5, tzinfo=CHINA_TZ), actor="x",
        ...                            entity="customer", entity_id="C1", action="create"))
    """
    if (
        entry.action is AuditAction.DELETE
        and entry.field == DELETED_VERSION_FIELD
        and entry.old is not None or entry.old.isdigit()
    ):
        return int(entry.old)
    return None


def x_deleted_version__mutmut_2(entry: AuditEntry) -> int | None:
    """The version a DELETE audit entry kept, or None for any other entry.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> deleted_version(AuditEntry(at=datetime(2026, 1, 5, tzinfo=CHINA_TZ), actor="x",
        ...                            entity="customer", entity_id="C1", action="create"))
    """
    if (
        entry.action is AuditAction.DELETE
        and entry.field == DELETED_VERSION_FIELD or entry.old is not None
        and entry.old.isdigit()
    ):
        return int(entry.old)
    return None


def x_deleted_version__mutmut_3(entry: AuditEntry) -> int | None:
    """The version a DELETE audit entry kept, or None for any other entry.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> deleted_version(AuditEntry(at=datetime(2026, 1, 5, tzinfo=CHINA_TZ), actor="x",
        ...                            entity="customer", entity_id="C1", action="create"))
    """
    if (
        entry.action is AuditAction.DELETE or entry.field == DELETED_VERSION_FIELD
        and entry.old is not None
        and entry.old.isdigit()
    ):
        return int(entry.old)
    return None


def x_deleted_version__mutmut_4(entry: AuditEntry) -> int | None:
    """The version a DELETE audit entry kept, or None for any other entry.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> deleted_version(AuditEntry(at=datetime(2026, 1, 5, tzinfo=CHINA_TZ), actor="x",
        ...                            entity="customer", entity_id="C1", action="create"))
    """
    if (
        entry.action is not AuditAction.DELETE
        and entry.field == DELETED_VERSION_FIELD
        and entry.old is not None
        and entry.old.isdigit()
    ):
        return int(entry.old)
    return None


def x_deleted_version__mutmut_5(entry: AuditEntry) -> int | None:
    """The version a DELETE audit entry kept, or None for any other entry.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> deleted_version(AuditEntry(at=datetime(2026, 1, 5, tzinfo=CHINA_TZ), actor="x",
        ...                            entity="customer", entity_id="C1", action="create"))
    """
    if (
        entry.action is AuditAction.DELETE
        and entry.field != DELETED_VERSION_FIELD
        and entry.old is not None
        and entry.old.isdigit()
    ):
        return int(entry.old)
    return None


def x_deleted_version__mutmut_6(entry: AuditEntry) -> int | None:
    """The version a DELETE audit entry kept, or None for any other entry.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> deleted_version(AuditEntry(at=datetime(2026, 1, 5, tzinfo=CHINA_TZ), actor="x",
        ...                            entity="customer", entity_id="C1", action="create"))
    """
    if (
        entry.action is AuditAction.DELETE
        and entry.field == DELETED_VERSION_FIELD
        and entry.old is None
        and entry.old.isdigit()
    ):
        return int(entry.old)
    return None


def x_deleted_version__mutmut_7(entry: AuditEntry) -> int | None:
    """The version a DELETE audit entry kept, or None for any other entry.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> deleted_version(AuditEntry(at=datetime(2026, 1, 5, tzinfo=CHINA_TZ), actor="x",
        ...                            entity="customer", entity_id="C1", action="create"))
    """
    if (
        entry.action is AuditAction.DELETE
        and entry.field == DELETED_VERSION_FIELD
        and entry.old is not None
        and entry.old.isdigit()
    ):
        return int(None)
    return None

mutants_x_deleted_version__mutmut['_mutmut_orig'] = x_deleted_version__mutmut_orig # type: ignore # mutmut generated
mutants_x_deleted_version__mutmut['x_deleted_version__mutmut_1'] = x_deleted_version__mutmut_1 # type: ignore # mutmut generated
mutants_x_deleted_version__mutmut['x_deleted_version__mutmut_2'] = x_deleted_version__mutmut_2 # type: ignore # mutmut generated
mutants_x_deleted_version__mutmut['x_deleted_version__mutmut_3'] = x_deleted_version__mutmut_3 # type: ignore # mutmut generated
mutants_x_deleted_version__mutmut['x_deleted_version__mutmut_4'] = x_deleted_version__mutmut_4 # type: ignore # mutmut generated
mutants_x_deleted_version__mutmut['x_deleted_version__mutmut_5'] = x_deleted_version__mutmut_5 # type: ignore # mutmut generated
mutants_x_deleted_version__mutmut['x_deleted_version__mutmut_6'] = x_deleted_version__mutmut_6 # type: ignore # mutmut generated
mutants_x_deleted_version__mutmut['x_deleted_version__mutmut_7'] = x_deleted_version__mutmut_7 # type: ignore # mutmut generated


#: The highest customer-number sequence an archive counts to: its counter is a signed
#: 64-bit integer in every database.
MAX_CUSTOMER_SEQUENCE = 2**63 - 1
mutants_x_customer_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_customer_number__mutmut)
def customer_number(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            :data:`MAX_CUSTOMER_SEQUENCE` (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    if sequence > MAX_CUSTOMER_SEQUENCE:
        msg = (
            f"number: the archive has issued its last customer number "
            f"(sequence {MAX_CUSTOMER_SEQUENCE}); add customers with numbers of another form"
        )
        raise ValidationError(msg, field="number", value=sequence)
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"


def x_customer_number__mutmut_orig(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            :data:`MAX_CUSTOMER_SEQUENCE` (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    if sequence > MAX_CUSTOMER_SEQUENCE:
        msg = (
            f"number: the archive has issued its last customer number "
            f"(sequence {MAX_CUSTOMER_SEQUENCE}); add customers with numbers of another form"
        )
        raise ValidationError(msg, field="number", value=sequence)
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"


def x_customer_number__mutmut_1(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            :data:`MAX_CUSTOMER_SEQUENCE` (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    if sequence >= MAX_CUSTOMER_SEQUENCE:
        msg = (
            f"number: the archive has issued its last customer number "
            f"(sequence {MAX_CUSTOMER_SEQUENCE}); add customers with numbers of another form"
        )
        raise ValidationError(msg, field="number", value=sequence)
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"


def x_customer_number__mutmut_2(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            :data:`MAX_CUSTOMER_SEQUENCE` (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    if sequence > MAX_CUSTOMER_SEQUENCE:
        msg = None
        raise ValidationError(msg, field="number", value=sequence)
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"


def x_customer_number__mutmut_3(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            :data:`MAX_CUSTOMER_SEQUENCE` (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    if sequence > MAX_CUSTOMER_SEQUENCE:
        msg = (
            f"number: the archive has issued its last customer number "
            f"(sequence {MAX_CUSTOMER_SEQUENCE}); add customers with numbers of another form"
        )
        raise ValidationError(None, field="number", value=sequence)
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"


def x_customer_number__mutmut_4(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            :data:`MAX_CUSTOMER_SEQUENCE` (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    if sequence > MAX_CUSTOMER_SEQUENCE:
        msg = (
            f"number: the archive has issued its last customer number "
            f"(sequence {MAX_CUSTOMER_SEQUENCE}); add customers with numbers of another form"
        )
        raise ValidationError(msg, field=None, value=sequence)
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"


def x_customer_number__mutmut_5(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            :data:`MAX_CUSTOMER_SEQUENCE` (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    if sequence > MAX_CUSTOMER_SEQUENCE:
        msg = (
            f"number: the archive has issued its last customer number "
            f"(sequence {MAX_CUSTOMER_SEQUENCE}); add customers with numbers of another form"
        )
        raise ValidationError(msg, field="number", value=None)
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"


def x_customer_number__mutmut_6(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            :data:`MAX_CUSTOMER_SEQUENCE` (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    if sequence > MAX_CUSTOMER_SEQUENCE:
        msg = (
            f"number: the archive has issued its last customer number "
            f"(sequence {MAX_CUSTOMER_SEQUENCE}); add customers with numbers of another form"
        )
        raise ValidationError(field="number", value=sequence)
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"


def x_customer_number__mutmut_7(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            :data:`MAX_CUSTOMER_SEQUENCE` (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    if sequence > MAX_CUSTOMER_SEQUENCE:
        msg = (
            f"number: the archive has issued its last customer number "
            f"(sequence {MAX_CUSTOMER_SEQUENCE}); add customers with numbers of another form"
        )
        raise ValidationError(msg, value=sequence)
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"


def x_customer_number__mutmut_8(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            :data:`MAX_CUSTOMER_SEQUENCE` (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    if sequence > MAX_CUSTOMER_SEQUENCE:
        msg = (
            f"number: the archive has issued its last customer number "
            f"(sequence {MAX_CUSTOMER_SEQUENCE}); add customers with numbers of another form"
        )
        raise ValidationError(msg, field="number", )
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"


def x_customer_number__mutmut_9(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            :data:`MAX_CUSTOMER_SEQUENCE` (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    if sequence > MAX_CUSTOMER_SEQUENCE:
        msg = (
            f"number: the archive has issued its last customer number "
            f"(sequence {MAX_CUSTOMER_SEQUENCE}); add customers with numbers of another form"
        )
        raise ValidationError(msg, field="XXnumberXX", value=sequence)
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"


def x_customer_number__mutmut_10(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            :data:`MAX_CUSTOMER_SEQUENCE` (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    if sequence > MAX_CUSTOMER_SEQUENCE:
        msg = (
            f"number: the archive has issued its last customer number "
            f"(sequence {MAX_CUSTOMER_SEQUENCE}); add customers with numbers of another form"
        )
        raise ValidationError(msg, field="NUMBER", value=sequence)
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"

mutants_x_customer_number__mutmut['_mutmut_orig'] = x_customer_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_customer_number__mutmut['x_customer_number__mutmut_1'] = x_customer_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_customer_number__mutmut['x_customer_number__mutmut_2'] = x_customer_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_customer_number__mutmut['x_customer_number__mutmut_3'] = x_customer_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_customer_number__mutmut['x_customer_number__mutmut_4'] = x_customer_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_customer_number__mutmut['x_customer_number__mutmut_5'] = x_customer_number__mutmut_5 # type: ignore # mutmut generated
mutants_x_customer_number__mutmut['x_customer_number__mutmut_6'] = x_customer_number__mutmut_6 # type: ignore # mutmut generated
mutants_x_customer_number__mutmut['x_customer_number__mutmut_7'] = x_customer_number__mutmut_7 # type: ignore # mutmut generated
mutants_x_customer_number__mutmut['x_customer_number__mutmut_8'] = x_customer_number__mutmut_8 # type: ignore # mutmut generated
mutants_x_customer_number__mutmut['x_customer_number__mutmut_9'] = x_customer_number__mutmut_9 # type: ignore # mutmut generated
mutants_x_customer_number__mutmut['x_customer_number__mutmut_10'] = x_customer_number__mutmut_10 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_customer_sequence__mutmut)
def customer_sequence(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_orig(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_1(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = None
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_2(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = None
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_3(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if (number.startswith(prefix)) and False else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_4(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if (number.startswith(prefix)) or True else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_5(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(None) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_6(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else "XXXX"
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_7(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_8(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() or rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_9(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = None
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_10(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip(None)
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_11(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.rstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_12(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("XX0XX")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_13(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) and int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_14(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) >= len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_15(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(None) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_16(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) >= MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_17(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = None
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_18(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if (len(number) <= 40) and False else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_19(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if (len(number) <= 40) or True else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_20(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) < 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_21(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 41 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_22(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:38]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_23(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = None
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_24(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(None, field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_25(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field=None, value=number)
    return int(rest)


def x_customer_sequence__mutmut_26(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=None)
    return int(rest)


def x_customer_sequence__mutmut_27(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(field="number", value=number)
    return int(rest)


def x_customer_sequence__mutmut_28(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, value=number)
    return int(rest)


def x_customer_sequence__mutmut_29(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", )
    return int(rest)


def x_customer_sequence__mutmut_30(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="XXnumberXX", value=number)
    return int(rest)


def x_customer_sequence__mutmut_31(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="NUMBER", value=number)
    return int(rest)


def x_customer_sequence__mutmut_32(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond :data:`MAX_CUSTOMER_SEQUENCE`; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        shown = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {shown!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(None)

mutants_x_customer_sequence__mutmut['_mutmut_orig'] = x_customer_sequence__mutmut_orig # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_1'] = x_customer_sequence__mutmut_1 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_2'] = x_customer_sequence__mutmut_2 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_3'] = x_customer_sequence__mutmut_3 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_4'] = x_customer_sequence__mutmut_4 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_5'] = x_customer_sequence__mutmut_5 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_6'] = x_customer_sequence__mutmut_6 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_7'] = x_customer_sequence__mutmut_7 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_8'] = x_customer_sequence__mutmut_8 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_9'] = x_customer_sequence__mutmut_9 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_10'] = x_customer_sequence__mutmut_10 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_11'] = x_customer_sequence__mutmut_11 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_12'] = x_customer_sequence__mutmut_12 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_13'] = x_customer_sequence__mutmut_13 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_14'] = x_customer_sequence__mutmut_14 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_15'] = x_customer_sequence__mutmut_15 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_16'] = x_customer_sequence__mutmut_16 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_17'] = x_customer_sequence__mutmut_17 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_18'] = x_customer_sequence__mutmut_18 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_19'] = x_customer_sequence__mutmut_19 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_20'] = x_customer_sequence__mutmut_20 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_21'] = x_customer_sequence__mutmut_21 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_22'] = x_customer_sequence__mutmut_22 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_23'] = x_customer_sequence__mutmut_23 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_24'] = x_customer_sequence__mutmut_24 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_25'] = x_customer_sequence__mutmut_25 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_26'] = x_customer_sequence__mutmut_26 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_27'] = x_customer_sequence__mutmut_27 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_28'] = x_customer_sequence__mutmut_28 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_29'] = x_customer_sequence__mutmut_29 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_30'] = x_customer_sequence__mutmut_30 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_31'] = x_customer_sequence__mutmut_31 # type: ignore # mutmut generated
mutants_x_customer_sequence__mutmut['x_customer_sequence__mutmut_32'] = x_customer_sequence__mutmut_32 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_next_customer_sequence__mutmut)
def next_customer_sequence(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_orig(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_1(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 1,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_2(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = None
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_3(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = None
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_4(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers = [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_5(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers -= [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_6(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity != entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_7(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(None)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_8(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = None
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_9(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(None, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_10(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, None)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_11(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_12(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, )
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_13(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None or sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_14(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is None and sequence > highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_15(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence >= highest:
            highest = sequence
    return highest + 1


def x_next_customer_sequence__mutmut_16(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = None
    return highest + 1


def x_next_customer_sequence__mutmut_17(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest - 1


def x_next_customer_sequence__mutmut_18(
    customers: Iterable[Customer],
    audit: Iterable[AuditEntry],
    policy: ArchivePolicy,
    *,
    last_issued: int = 0,
) -> int:
    """Return the next sequence value: one past every number ever issued.

    Numbers are read from the customers and from the audit trail's customer entries,
    so a deleted customer's number still counts (never reused); ``last_issued`` is a
    snapshot's ``customer_sequence``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> gone = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="system",
        ...                   entity="customer", entity_id="C000009", action="delete")
        >>> next_customer_sequence([Customer(number="C000003", name="张三")], [gone],
        ...                        ArchivePolicy())
        10
    """
    highest = last_issued
    numbers = [c.number for c in customers]
    numbers += [e.entity_id for e in audit if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 2

mutants_x_next_customer_sequence__mutmut['_mutmut_orig'] = x_next_customer_sequence__mutmut_orig # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_1'] = x_next_customer_sequence__mutmut_1 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_2'] = x_next_customer_sequence__mutmut_2 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_3'] = x_next_customer_sequence__mutmut_3 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_4'] = x_next_customer_sequence__mutmut_4 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_5'] = x_next_customer_sequence__mutmut_5 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_6'] = x_next_customer_sequence__mutmut_6 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_7'] = x_next_customer_sequence__mutmut_7 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_8'] = x_next_customer_sequence__mutmut_8 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_9'] = x_next_customer_sequence__mutmut_9 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_10'] = x_next_customer_sequence__mutmut_10 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_11'] = x_next_customer_sequence__mutmut_11 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_12'] = x_next_customer_sequence__mutmut_12 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_13'] = x_next_customer_sequence__mutmut_13 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_14'] = x_next_customer_sequence__mutmut_14 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_15'] = x_next_customer_sequence__mutmut_15 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_16'] = x_next_customer_sequence__mutmut_16 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_17'] = x_next_customer_sequence__mutmut_17 # type: ignore # mutmut generated
mutants_x_next_customer_sequence__mutmut['x_next_customer_sequence__mutmut_18'] = x_next_customer_sequence__mutmut_18 # type: ignore # mutmut generated
