"""Ports: what an archive (in memory, SQL) must offer, its keys and its customer numbers.

[`Repository`][autocrm.ports.Repository] is the interface
[`autocrm.adapters.memory.MemoryArchive`][autocrm.adapters.memory.MemoryArchive] and
``autocrm.adapters.sqlalchemy.SqlArchive`` both implement, exactly. Rules and statistics depend on
this Protocol, never on an adapter (cosmicpython's repository pattern); tests use the in-memory
archive as the fake.

The rules every archive shares, so both give the same answers, are here (keys and
customer numbers) or in the pure layer (how the audit trail writes a change,
[`autocrm.rules.audit_trail`][autocrm.rules.audit_trail]):

* **Keys.** Customer.number, Vehicle.vin, WorkOrder.number, FollowUp.number,
  Complaint.number, Appointment.number, FleetAccount.number
  ([`KEY_ATTRIBUTE`][autocrm.ports]); an OdometerReading has no key (append only; its audit
  id is ``"<vin>@<date>"``, [`entity_id`][autocrm.ports.entity_id]).
* **Customer numbers** (a unique archive number per customer; see
  [the archive rules][sources-archive-process]): a customer
  added with a blank number gets ``prefix + zero-padded sequence`` from
  [`autocrm.rules.archive.ArchivePolicy`][autocrm.rules.archive.ArchivePolicy] (``C000001``,
  ``C000002``...). A number is never reused, even after the customer is deleted. A customer added
  with a number keeps it, and a number of the archive's own form moves the sequence past
  it; a number once issued and then deleted cannot be added again. A snapshot
  carries the last sequence value issued (``Snapshot.customer_sequence``);
  ``restore`` continues after the highest of that value and the numbers of the
  archive's form among the customers and the audit trail (every number ever issued
  has a CREATE entry), see [`next_customer_sequence`][autocrm.ports.next_customer_sequence].
* **Versions** (optimistic locking): ``add`` stores version 1; ``update`` needs the
  version read (``obj.version`` equal to the stored one, else
  [`autocrm.errors.ConcurrentUpdate`][autocrm.errors.ConcurrentUpdate] and nothing is written) and
  stores version + 1. An update that changes nothing writes nothing and returns the stored
  record.
* **Audit trail** (who, when, which field, old → new): one CREATE entry per ``add``,
  one UPDATE entry per changed field, one DELETE entry per ``delete``, written alike by
  every archive through [`autocrm.rules.audit_trail`][autocrm.rules.audit_trail].
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

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from types import TracebackType
from typing import Protocol, TypeVar

from autocrm.deprecations import moved
from autocrm.domain.appointment import Appointment
from autocrm.domain.audit import AuditEntry
from autocrm.domain.checks import expect, expect_items
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
    shown,
)
from autocrm.query.aggregate import AggregateResult, GroupKey, Measure
from autocrm.query.expr import FieldRef, Filter
from autocrm.query.fields import entity_name
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.merge_result import MergeResult

__all__ = [
    "KEY_ATTRIBUTE",
    "MAX_CUSTOMER_SEQUENCE",
    "RECORD_TYPES",
    "AlreadyExists",
    "ArchiveNotEmpty",
    "Repository",
    "UnitOfWork",
    "customer_number",
    "customer_sequence",
    "entity_id",
    "next_customer_sequence",
    "require_customer_number",
    "require_key",
    "require_snapshot",
]

T = TypeVar("T")

#: Public names that moved to a topic module (old imports warn; see autocrm.deprecations).
_MOVED = {
    "DELETED_VERSION_FIELD": "autocrm.rules.audit_trail",
    "audit_text": "autocrm.rules.audit_trail",
    "changed_fields": "autocrm.rules.audit_trail",
    "deleted_version": "autocrm.rules.audit_trail",
    "deletion_entry": "autocrm.rules.audit_trail",
}


def __getattr__(name: str) -> object:
    return moved(__name__, name, _MOVED)


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
    [`autocrm.errors.StoreError`][autocrm.errors.StoreError] at its end and stores nothing.

    A store without savepoints (DuckDB) refuses a unit of work inside another with
    [`autocrm.errors.NotSupported`][autocrm.errors.NotSupported], and there any write the database
    itself refuses is such a failure; writes the archive refuses before any SQL (a stale
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

    Record types are those of [`RECORD_TYPES`][autocrm.ports]; ``kind`` is the class
    (``Customer``), ``key`` the value of its [`KEY_ATTRIBUTE`][autocrm.ports]. ``actor`` is a
    non-blank staff id or name and ``at`` an aware datetime; a bad one raises
    [`autocrm.errors.InvalidFormat`][autocrm.errors.InvalidFormat] naming ``actor`` or ``at``.
    Constructors: ``MemoryArchive(*, policy=ArchivePolicy())``,
    ``SqlArchive(engine, *, policy=...)``.

    Examples:
        >>> import attrs
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

        The number of a MERGED customer gives the customer it was merged into (the
        survivor); ``find`` lists the MERGED record itself.

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
        """Aggregate records of that kind, as [`autocrm.query.aggregate`][autocrm.query] does.

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

        One unit of work, the same in every archive ([`autocrm.erasure`][autocrm.erasure]): the
        record anonymised, its vehicles' plates and fleet accounts' names removed,
        the values of earlier audit entries on those fields replaced by ``[erased]``,
        one ANONYMISE entry with the reason. A second call writes nothing.

        Raises:
            autocrm.errors.NotFound: no such customer.
            autocrm.errors.InvalidFormat: ``actor`` or ``reason`` blank, ``at`` naive.
        """

    def merge(
        self, survivor: str, duplicate: str, *, actor: str, at: datetime, reason: str
    ) -> MergeResult:
        """Merge the customer ``duplicate`` into ``survivor``; return what moved.

        One unit of work, the same in every archive
        ([`autocrm.rules.merging`][autocrm.rules.merging]): the duplicate's vehicles,
        work orders, follow-ups, complaints, appointments and fleet accounts move to
        the survivor, which gains the duplicate's tags, contacts and opt-outs (the
        stricter wins); the duplicate stays as a MERGED record (``merged_into``) whose
        number ``get`` resolves to the survivor; one MERGE audit entry lists what moved.

        Raises:
            autocrm.errors.NotFound: either customer is not in the archive.
            autocrm.errors.MergeRefused: the same customer, one already merged or
                erased, or a person and a company; nothing written.
            autocrm.errors.InvalidFormat: ``actor`` or ``reason`` blank, ``at`` naive.
        """

    def unmerge(self, duplicate: str, *, actor: str, at: datetime, reason: str) -> MergeResult:
        """Undo the merge of ``duplicate``: every record back exactly as before it.

        Writes one UNMERGE audit entry (the MERGE entry stays in the trail).

        Raises:
            autocrm.errors.NotFound: no such customer.
            autocrm.errors.UnmergeRefused: the customer is not merged, or something
                the merge touched changed since; nothing written.
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
        """Return a [`UnitOfWork`][autocrm.ports.UnitOfWork]: writes inside commit together or not
        at all."""


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


def require_customer_number(value: object, field: str) -> str:
    """Return ``value`` if it can be a customer number (a non-blank string), else raise.

    Raises:
        autocrm.errors.InvalidFormat: not a non-blank string; ``field`` names it.

    Examples:
        >>> require_customer_number("C000001", "survivor")
        'C000001'
        >>> require_customer_number(7, "duplicate")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: duplicate: expected a customer number, got 7
    """
    if not isinstance(value, str) or not value.strip():
        msg = f"{field}: expected a customer number, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def require_snapshot(snapshot: object) -> Snapshot:
    """Return ``snapshot`` if it is a [`Snapshot`][autocrm.domain.snapshot.Snapshot], else raise
    naming it.

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


#: The highest customer-number sequence an archive counts to: its counter is a signed
#: 64-bit integer in every database.
MAX_CUSTOMER_SEQUENCE = 2**63 - 1


def customer_number(sequence: int, policy: ArchivePolicy) -> str:
    """Return the customer number of a sequence value: prefix + zero-padded sequence.

    Raises:
        autocrm.errors.ValidationError: the sequence is beyond
            [`MAX_CUSTOMER_SEQUENCE`][autocrm.ports] (the archive has run out of numbers);
            ``field`` is ``number``.

    Examples:
        >>> customer_number(42, ArchivePolicy(customer_number_prefix="BJ", customer_number_width=8))
        'BJ00000042'
    """
    expect(sequence, int, field="sequence")
    expect(policy, ArchivePolicy, field="policy")
    if sequence < 0:
        msg = f"sequence: expected a whole number of at least 0, got {shown(sequence)}"
        raise ValidationError(msg, field="sequence", value=sequence)
    if sequence > MAX_CUSTOMER_SEQUENCE:
        msg = (
            f"number: the archive has issued its last customer number "
            f"(sequence {MAX_CUSTOMER_SEQUENCE}); add customers with numbers of another form"
        )
        raise ValidationError(msg, field="number", value=sequence)
    return f"{policy.customer_number_prefix}{sequence:0{policy.customer_number_width}d}"


def customer_sequence(number: str, policy: ArchivePolicy) -> int | None:
    """Return the sequence value of a number of the archive's form, else None.

    Every archive calls it before it stores a customer's number, so a number whose
    sequence its counter cannot hold is refused the same way everywhere, before
    anything is written.

    Raises:
        autocrm.errors.ValidationError: the number is of the archive's form but its
            sequence is beyond [`MAX_CUSTOMER_SEQUENCE`][autocrm.ports]; ``field`` is ``number``.

    Examples:
        >>> customer_sequence("C0012345", ArchivePolicy())
        12345
        >>> try:
        ...     customer_sequence("C" + "9" * 64, ArchivePolicy())
        ... except ValidationError as exc:
        ...     exc.field
        'number'
    """
    expect(number, str, field="number")
    expect(policy, ArchivePolicy, field="policy")
    prefix = policy.customer_number_prefix
    rest = number[len(prefix) :] if number.startswith(prefix) else ""
    if not (rest.isascii() and rest.isdigit()):
        return None
    significant = rest.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow or refused outright.
    if len(significant) > len(str(MAX_CUSTOMER_SEQUENCE)) or int(rest) > MAX_CUSTOMER_SEQUENCE:
        cut = number if len(number) <= 40 else f"{number[:37]}..."
        msg = (
            f"number: customer number {cut!r} has a sequence beyond the archive's counter "
            f"(at most {MAX_CUSTOMER_SEQUENCE}); use a shorter number"
        )
        raise ValidationError(msg, field="number", value=number)
    return int(rest)


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
    expect(policy, ArchivePolicy, field="policy")
    highest = expect(last_issued, int, field="last_issued")
    numbers = [c.number for c in expect_items(customers, Customer, field="customers")]
    entries = expect_items(audit, AuditEntry, field="audit")
    numbers += [e.entity_id for e in entries if e.entity == entity_name(Customer)]
    for number in numbers:
        sequence = customer_sequence(number, policy)
        if sequence is not None and sequence > highest:
            highest = sequence
    return highest + 1
