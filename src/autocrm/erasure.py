"""Erasure of a customer's personal data (PIPL), the rules every archive shares.

``archive.anonymise(number, actor=..., at=..., reason=...)`` (memory and SQL) erases
a customer on request. The pieces here decide what it changes, so both archives
change exactly the same things:

* **The record**: [`autocrm.rules.anonymisation.anonymise`][autocrm.rules.anonymisation.anonymise]
  (pseudonym for the name, birth year only, every other personal field empty; statistics still count
  it).
* **Personal values held elsewhere about that customer**: the plate of each of the
  customer's vehicles (a plate leads to its registered keeper) and the name of each
  of the customer's fleet accounts (a person's account carries the person's name)
  — [`ERASED_FIELDS`][autocrm.erasure]. VINs, work orders, readings and dates stay: they are
  about the car and the shop's work, and statistics need them.
* **The audit trail**: every earlier entry of the customer, of those vehicles and
  of those fleet accounts that names one of [`ERASED_FIELDS`][autocrm.erasure] keeps who, when,
  which record and which field, but its old and new values become the fixed
  marker [`ERASED`][autocrm.erasure] (an empty value stays empty). A marker, not a keyed hash:
  a hash of a mobile number or resident ID can be reversed by trying every
  candidate (there are only about 10^9 of either), and whoever holds the key could
  then tell the value again — which is what erasure must prevent.
* **One ANONYMISE entry** ([`erasure_entry`][autocrm.erasure.erasure_entry]) records who erased,
  when and why (the reason in ``new``, with ``field`` [`ERASURE_REASON_FIELD`][autocrm.erasure]).

A second erasure of the same customer finds nothing to change and an ANONYMISE
entry already written, and writes nothing ([`Erasure.needed`][autocrm.erasure.Erasure.needed]).

Examples:
    >>> from datetime import date
    >>> from autocrm.domain import Customer, Vehicle
    >>> c = Customer(number="C000001", name="王建国", mobile="13800138000", version=2)
    >>> car = Vehicle("LFV2A21K3D3109826", "C000001", plate="京A12345", version=1)
    >>> plan = plan_erasure(c, [car], [])
    >>> plan.customer.name, plan.customer.mobile, plan.records[0].plate, plan.needed
    ('匿名客户C000001', None, None, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from types import MappingProxyType
from typing import cast

import attrs

from autocrm.domain.audit import AuditAction, AuditEntry
from autocrm.domain.checks import expect, expect_items
from autocrm.domain.customer import Customer
from autocrm.domain.fleet import FleetAccount
from autocrm.domain.vehicle import Vehicle
from autocrm.errors import InvalidFormat, shown
from autocrm.rules.anonymisation import PERSONAL_FIELDS, anonymise
from autocrm.rules.archive import ArchivePolicy

__all__ = [
    "ERASED",
    "ERASED_FIELDS",
    "ERASURE_REASON_FIELD",
    "Erasure",
    "erasure_entry",
    "plan_erasure",
    "scrub_entry",
]

#: What an erased value becomes in the audit trail.
ERASED = "[erased]"

#: The ``field`` of the ANONYMISE audit entry; its ``new`` holds the reason given.
ERASURE_REASON_FIELD = "reason"

#: Entity -> the fields erasure empties and whose audit values it scrubs.
ERASED_FIELDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "customer": frozenset(PERSONAL_FIELDS),
        "vehicle": frozenset({"plate"}),
        "fleet_account": frozenset({"name"}),
    }
)

_DEFAULT_POLICY = ArchivePolicy()


def scrub_entry(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by [`ERASED`][autocrm.erasure] if its field is
    personal.

    Who, when, which record, which field and the action stay; None stays None.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = AuditEntry(at=datetime(2025, 10, 9, 10, tzinfo=CHINA_TZ), actor="客服-李娜",
        ...                entity="customer", entity_id="C000001", field="mobile",
        ...                old=None, new="+8613800138000")
        >>> s = scrub_entry(e)
        >>> s.old, s.new, s.field, s.actor
        (None, '[erased]', 'mobile', '客服-李娜')
        >>> scrub_entry(attrs.evolve(e, field="tags", new='["vip"]')).new
        '["vip"]'
    """
    expect(entry, AuditEntry, field="entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def erasure_entry(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
    """Return the one ANONYMISE audit entry of an erasure, with its reason.

    Raises:
        autocrm.errors.InvalidFormat: ``reason`` is not a non-blank string.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = erasure_entry("C000001", actor="客服-李娜", reason="客户依法要求删除个人信息",
        ...                   at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ))
        >>> e.action.value, e.field, e.new
        ('anonymise', 'reason', '客户依法要求删除个人信息')
    """
    if not isinstance(reason, str) or not reason.strip():
        msg = f"reason: why the customer's data are erased is required, got {shown(reason)}"
        raise InvalidFormat(msg, field="reason", value=reason)
    return AuditEntry(
        at=at,
        actor=actor,
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


@attrs.frozen(kw_only=True)
class Erasure:
    """What erasing one customer changes (versions as read: the archive raises them).

    Attributes:
        customer: The customer as it must be stored (anonymised).
        customer_changed: Whether that differs from the stored record.
        records: The customer's vehicles and fleet accounts that change, erased.
        scrubbed: ``(position, entry)`` for each audit entry of the trail given
            whose values must be replaced, with its scrubbed form.
        erased_before: The trail already holds an ANONYMISE entry of the customer.

    Examples:
        >>> from autocrm.domain import Customer
        >>> plan = plan_erasure(Customer(number="C1", name="张三"), [], [])
        >>> plan.customer_changed, plan.records, plan.scrubbed, plan.erased_before
        (True, (), (), False)
    """

    customer: Customer
    customer_changed: bool
    records: tuple[Vehicle | FleetAccount, ...]
    scrubbed: tuple[tuple[int, AuditEntry], ...]
    erased_before: bool

    @property
    def needed(self) -> bool:
        """False when the customer was erased before and nothing is left to erase.

        Examples:
            >>> from autocrm.domain import Customer
            >>> plan_erasure(Customer(number="C1", name="张三"), [], []).needed
            True
        """
        changes = self.customer_changed or self.records or self.scrubbed
        return bool(changes) or not self.erased_before


def _erase_record(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if record.plate is None else attrs.evolve(record, plate=None)
    if record.name == customer.name:
        return None
    return attrs.evolve(record, name=customer.name)


def plan_erasure(
    customer: Customer,
    related: Iterable[Vehicle | FleetAccount],
    trail: Sequence[AuditEntry],
    *,
    policy: ArchivePolicy = _DEFAULT_POLICY,
) -> Erasure:
    """Work out what erasing ``customer`` changes (see the module description).

    Args:
        customer: The stored customer.
        related: The customer's vehicles and fleet accounts (others are ignored).
        trail: Audit entries, at least those of the customer and of ``related``;
            positions in [`Erasure.scrubbed`][autocrm.erasure.Erasure] refer to this sequence.
        policy: The archive policy (the pseudonym's prefix).

    Raises:
        autocrm.errors.ValidationError: an argument of the wrong type.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> c = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> e = AuditEntry(at=datetime(2025, 10, 9, tzinfo=CHINA_TZ), actor="a",
        ...                entity="customer", entity_id="C000001", field="mobile",
        ...                new="+8613800138000")
        >>> [(i, s.new) for i, s in plan_erasure(c, [], [e]).scrubbed]
        [(0, '[erased]')]
    """
    expect(customer, Customer, field="customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    owned_records = expect_items(related, (Vehicle, FleetAccount), field="related")
    for record in cast("tuple[Vehicle | FleetAccount, ...]", owned_records):
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(("fleet_account", record.number))
        erased = _erase_record(record, anonymous)
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(expect_items(trail, AuditEntry, field="trail")):
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity == "customer":
            erased_before = True
            continue
        clean = scrub_entry(entry)
        if clean != entry:
            scrubbed.append((position, clean))
    return Erasure(
        customer=anonymous,
        customer_changed=anonymous != customer,
        records=tuple(records),
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )
