"""Merging duplicate customers, and undoing a merge: the rule every archive shares.

A shop that finds one customer archived twice (the same VIN, the same mobile, see
[`find_duplicates`][autocrm.rules.duplicates.find_duplicates]) merges the duplicate
into the survivor with ``archive.merge(survivor, duplicate, actor=..., at=...,
reason=...)``; ``archive.unmerge(duplicate, ...)`` undoes it. Both archives (in
memory and SQL) only load records and store what the plans here return, so the rule
is written once:

* **What moves.** Every record of the duplicate that names it as its customer —
  vehicles (their odometer readings and vehicle tags follow the VIN), work orders,
  follow-ups, complaints, appointments and fleet accounts
  ([`MOVED_TYPES`][autocrm.rules.merge_result.MOVED_TYPES]) — now names the survivor.
* **What the survivor gains.** The duplicate's tags; the duplicate's contacts and
  its mobile, phones, fax, e-mail and IM id that the survivor does not already hold,
  appended to the survivor's contacts; the duplicate's opt-outs, united with the
  survivor's so that the stricter one wins
  ([`combine_opt_outs`][autocrm.rules.merging.combine_opt_outs]). The survivor's
  own fields (name, identifiers, addresses, categories...) stay as they are.
* **The duplicate** stays as a MERGED record: its own data unchanged and
  ``merged_into`` naming the survivor. Looking its number up gives the survivor.
* **Refused** ([`MergeRefused`][autocrm.errors.MergeRefused], nothing written): a
  customer merged into itself, a survivor or duplicate already merged, an erased
  (anonymised) customer, a person merged with a company.
* **One MERGE audit entry** on the duplicate (field ``merged_into``) whose ``new``
  lists, as JSON, the survivor, the reason and what moved
  ([`merge_entry`][autocrm.rules.merge_result.merge_entry]). It holds customer and record
  numbers, VINs, tags and counts, never a personal value, so an erasure has nothing to
  scrub in it. Every record that changes gets a new version.
* **Undo.** While nothing the merge touched has changed since (no later audit entry
  on the duplicate or on a moved record, and the survivor still at the version the
  merge left), ``unmerge`` puts every record back exactly as it was, versions
  included, and writes one UNMERGE entry (the MERGE entry stays: the trail keeps
  both). Otherwise [`UnmergeRefused`][autocrm.errors.UnmergeRefused] says what changed.

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain import CHINA_TZ, Customer, Vehicle
    >>> at = datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ)
    >>> survivor = Customer(number="C000001", name="王建国", mobile="13800138000", version=1)
    >>> duplicate = Customer(number="C000002", name="王建国", mobile="13900139000", version=1)
    >>> car = Vehicle("LFV2A21K3D3109826", "C000002", version=1)
    >>> plan = plan_merge(survivor, duplicate, [car], actor="客服-李娜", at=at, reason="同一车主")
    >>> plan.result.summary()
    'C000002 merged into C000001: 1 vehicle; the survivor gained 1 contact'
    >>> [(type(after).__name__, after.version) for _, after in plan.changes]
    [('Customer', 2), ('Customer', 2), ('Vehicle', 2)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import attrs

from autocrm.domain.customer import Contact, ContactKind, Customer, OptOut
from autocrm.errors import (
    InvalidFormat,
    MergeRefused,
    NotFound,
    ValidationError,
    shown,
)
from autocrm.rules import merge_result
from autocrm.rules._moved import moved
from autocrm.rules.merge_result import (
    _COLLECTION,
    _KEY,
    Moved,
    Record,
    _checked,
    _items,
    _require_actor,
    _require_customer,
    _require_reason,
)

__all__ = [
    "combine_opt_outs",
    "follow_merges",
    "plan_merge",
]

_MOVED = {
    "MERGE_FIELD": "autocrm.rules.merge_result",
    "MOVED_TYPES": "autocrm.rules.merge_result",
    "MergePlan": "autocrm.rules.merge_result",
    "MergeResult": "autocrm.rules.merge_result",
    "merge_entry": "autocrm.rules.merge_result",
    "read_merge_entry": "autocrm.rules.merge_result",
    "no_merge_to_undo": "autocrm.rules.unmerging",
    "plan_unmerge": "autocrm.rules.unmerging",
}


def __getattr__(name: str) -> object:
    return moved(__name__, name, _MOVED)


#: The duplicate's own channels, copied to the survivor's contacts when new to it.
_CHANNELS: tuple[tuple[str, ContactKind], ...] = (
    ("mobile", ContactKind.MOBILE),
    ("phone", ContactKind.PHONE),
    ("office_phone", ContactKind.OFFICE_PHONE),
    ("fax", ContactKind.FAX),
    ("email", ContactKind.EMAIL),
    ("im_id", ContactKind.IM),
)

#: How a contact copied from one of the duplicate's own fields is labelled.
_COPIED_LABEL = "合并自{number}"


def follow_merges(customer: Customer, lookup: Callable[[str], Customer | None]) -> Customer:
    """Return the customer a MERGED record resolves to (itself when not merged).

    A survivor may itself have been merged later; the links are followed to the
    end. ``lookup`` reads a stored customer by number (None when there is none).

    Raises:
        autocrm.errors.NotFound: a customer on the way is not in the archive, or
            the links go round in a loop (only imported data can hold one).

    Examples:
        >>> stored = {"C000001": Customer(number="C000001", name="王建国"),
        ...           "C000002": Customer(number="C000002", name="王建国",
        ...                               merged_into="C000001")}
        >>> follow_merges(stored["C000002"], stored.get).number
        'C000001'
    """
    customer = _require_customer(customer, "customer")
    read: object = lookup
    if not callable(read):
        msg = f"lookup: expected a function from a number to a customer, got {shown(lookup)}"
        raise InvalidFormat(msg, field="lookup", value=lookup)
    seen = [customer.number]
    while customer.merged_into is not None:
        target = customer.merged_into
        if target in seen:
            msg = f"customer {seen[0]}: its merges go round in a loop ({' -> '.join(seen)})"
            raise NotFound(msg)
        try:
            found: object = read(target)
        except (TypeError, ValueError, LookupError) as exc:
            msg = f"lookup: failed for {shown(target)}: {type(exc).__name__}: {shown(str(exc))}"
            raise InvalidFormat(msg, field="lookup", value=lookup) from exc
        if found is not None and not isinstance(found, Customer):
            msg = f"lookup: gave {type(found).__name__} for {shown(target)}, not a Customer"
            raise InvalidFormat(msg, field="lookup", value=found)
        if found is None:
            msg = (
                f"customer {shown(seen[0])} was merged into {shown(target)}, which is not in "
                "the archive"
            )
            raise NotFound(msg)
        seen.append(target)
        customer = found
    return customer


def _covers(broader: OptOut, narrower: OptOut) -> bool:
    """Whether every contact ``narrower`` forbids is forbidden by ``broader`` too."""
    return (
        broader.purpose is narrower.purpose
        and (broader.vin is None or broader.vin == narrower.vin)
        and (broader.kind is None or broader.kind is narrower.kind)
    )


def combine_opt_outs(
    survivor_opt_outs: Iterable[OptOut], duplicate_opt_outs: Iterable[OptOut]
) -> tuple[OptOut, ...]:
    """Return the survivor's opt-outs followed by those of the duplicate it lacks.

    An opt-out of the duplicate is added unless one of the survivor's (or one added
    before it) already forbids all it forbids: the same purpose, for every vehicle
    or the same one, on every channel or the same one. So the survivor is opted out
    of whatever either customer was opted out of — the stricter answer wins — and
    where both said the same, the survivor's reason stays.

    Raises:
        autocrm.errors.InvalidFormat: an item is not an OptOut.

    Examples:
        >>> mine = [OptOut("marketing", reason="不要短信", kind="mobile")]
        >>> theirs = [OptOut("marketing", reason="不要任何营销"),
        ...           OptOut("marketing", reason="不要短信营销", kind="mobile")]
        >>> [(o.reason, o.kind) for o in combine_opt_outs(mine, theirs)]
        [('不要短信', <ContactKind.MOBILE: 'mobile'>), ('不要任何营销', None)]
    """
    combined: list[OptOut] = []
    for field, items in (
        ("survivor_opt_outs", survivor_opt_outs),
        ("duplicate_opt_outs", duplicate_opt_outs),
    ):
        for item in _items(items, field):
            opt_out = _checked(item, OptOut, field)
            if field == "survivor_opt_outs" or not any(_covers(held, opt_out) for held in combined):
                combined.append(opt_out)
    return tuple(combined)


def _held_values(customer: Customer) -> set[str]:
    values = {c.value for c in customer.contacts}
    values |= {v for name, _ in _CHANNELS if (v := getattr(customer, name)) is not None}
    return values


def _copied(kind: ContactKind, value: str, label: str) -> Contact:
    try:
        return Contact(kind, value, label=label)
    except ValidationError:
        # The record's e-mail field takes any text, a Contact of kind EMAIL does not:
        # the value is kept as an OTHER contact rather than lost.
        return Contact(ContactKind.OTHER, value, label=label)


def _gained_contacts(survivor: Customer, duplicate: Customer) -> tuple[Contact, ...]:
    held = _held_values(survivor)
    gained: list[Contact] = []
    label = _COPIED_LABEL.format(number=duplicate.number)
    candidates = [
        _copied(kind, value, label)
        for name, kind in _CHANNELS
        if (value := getattr(duplicate, name)) is not None
    ]
    candidates += [attrs.evolve(c, primary=False) for c in duplicate.contacts]
    for contact in candidates:
        if contact.value not in held:
            held.add(contact.value)
            gained.append(contact)
    return tuple(gained)


def _check_mergeable(survivor: Customer, duplicate: Customer) -> None:
    if survivor.number == duplicate.number:
        msg = f"duplicate: customer {duplicate.number} cannot be merged into itself"
        raise MergeRefused(msg, field="duplicate", value=duplicate.number)
    for field, customer in (("duplicate", duplicate), ("survivor", survivor)):
        if customer.merged_into is not None:
            hint = (
                "undo that merge first (unmerge)"
                if field == "duplicate"
                else f"merge into {customer.merged_into} instead"
            )
            msg = (
                f"{field}: customer {customer.number} was already merged into "
                f"{customer.merged_into}; {hint}"
            )
            raise MergeRefused(msg, field=field, value=customer.number)
        if customer.anonymised:
            msg = (
                f"{field}: customer {customer.number} was erased on request (PIPL); an erased "
                "customer is not merged"
            )
            raise MergeRefused(msg, field=field, value=customer.number)
    if survivor.kind is not duplicate.kind:
        msg = (
            f"duplicate: customer {duplicate.number} is a {duplicate.kind.value} "
            f"({duplicate.kind.label}) and {survivor.number} a {survivor.kind.value} "
            f"({survivor.kind.label}); only customers of one kind are merged"
        )
        raise MergeRefused(msg, field="duplicate", value=duplicate.number)


def plan_merge(
    survivor: Customer,
    duplicate: Customer,
    related: Iterable[Moved],
    *,
    actor: str,
    at: datetime,
    reason: str,
) -> merge_result.MergePlan:
    """Work out what merging ``duplicate`` into ``survivor`` writes (see the module).

    Args:
        survivor: The stored customer that keeps the records.
        duplicate: The stored customer merged into it.
        related: The duplicate's records of
            [`MOVED_TYPES`][autocrm.rules.merge_result.MOVED_TYPES], in archive order
            (records of other customers are left out).
        actor: Who merges.
        at: When (an aware datetime).
        reason: Why; written in the audit entry.

    Raises:
        autocrm.errors.MergeRefused: the same customer, one already merged or
            erased, or customers of different kinds; ``field`` names which.
        autocrm.errors.InvalidFormat: ``actor`` or ``reason`` blank, ``at`` naive,
            an argument of the wrong type.

    Examples:
        >>> from autocrm.domain import CHINA_TZ, OptOut
        >>> at = datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ)
        >>> s = Customer(number="C000001", name="王建国", version=1)
        >>> d = Customer(number="C000002", name="王建国", tags={"vip"}, version=1,
        ...              opt_outs=[OptOut("marketing", reason="不要营销")])
        >>> plan = plan_merge(s, d, [], actor="客服-李娜", at=at, reason="同一车主")
        >>> kept = plan.changes[0][1]
        >>> sorted(kept.tags), kept.opted_out(OptOut("marketing", reason="x").purpose)
        (['vip'], True)
        >>> try:
        ...     plan_merge(s, attrs.evolve(d, kind="company"), [], actor="客服-李娜", at=at,
        ...                reason="同一车主")
        ... except MergeRefused as exc:
        ...     exc.field, str(exc)[:57]
        ('duplicate', 'duplicate: customer C000002 is a company (单位) and C000001')
    """
    survivor = _require_customer(survivor, "survivor")
    duplicate = _require_customer(duplicate, "duplicate")
    reason = _require_reason(reason)
    _require_actor(actor, at)
    _check_mergeable(survivor, duplicate)
    moved: dict[type[Any], list[Moved]] = {kind: [] for kind in merge_result.MOVED_TYPES}
    for record in _items(related, "related"):
        if type(record) not in _COLLECTION:
            msg = (
                f"related: expected a record of {merge_result.MOVED_TYPES}, "
                f"got {type(record).__name__}"
            )
            raise InvalidFormat(msg, field="related", value=record)
        if record.customer_number == duplicate.number:
            moved[type(record)].append(record)
    contacts = _gained_contacts(survivor, duplicate)
    opt_outs = combine_opt_outs(survivor.opt_outs, duplicate.opt_outs)
    tags = sorted(duplicate.tags - survivor.tags)
    gained = attrs.evolve(
        survivor,
        tags=survivor.tags | duplicate.tags,
        contacts=(*survivor.contacts, *contacts),
        opt_outs=opt_outs,
    )
    changes: list[tuple[Record, Record]] = []
    survivor_version = survivor.version
    if gained != survivor:
        survivor_version += 1
        changes.append((survivor, attrs.evolve(gained, version=survivor_version)))
    changes.append(
        (
            duplicate,
            attrs.evolve(duplicate, merged_into=survivor.number, version=duplicate.version + 1),
        )
    )
    for records in moved.values():
        changes.extend(
            (r, attrs.evolve(r, customer_number=survivor.number, version=r.version + 1))
            for r in records
        )
    keys: dict[str, Any] = {
        _COLLECTION[kind]: tuple(getattr(r, _KEY[kind]) for r in records)
        for kind, records in moved.items()
    }
    result = merge_result.MergeResult(
        survivor=survivor.number,
        duplicate=duplicate.number,
        reason=reason,
        **keys,
        tags=tuple(tags),
        contacts=len(contacts),
        opt_outs=len(opt_outs) - len(survivor.opt_outs),
        survivor_version=survivor_version,
    )
    return merge_result.MergePlan(
        changes=tuple(changes),
        entry=merge_result.merge_entry(result, actor=actor, at=at),
        result=result,
    )
