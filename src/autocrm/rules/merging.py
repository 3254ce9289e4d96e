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
  ([`MOVED_TYPES`][autocrm.rules.merging.MOVED_TYPES]) — now names the survivor.
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
  ([`merge_entry`][autocrm.rules.merging.merge_entry]). It holds customer and record
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

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any, TypeAlias, TypeVar

import attrs

from autocrm.domain.appointment import Appointment
from autocrm.domain.audit import AuditAction, AuditEntry
from autocrm.domain.complaint import Complaint
from autocrm.domain.customer import Contact, ContactKind, Customer, OptOut
from autocrm.domain.fleet import FleetAccount
from autocrm.domain.followup import FollowUp
from autocrm.domain.time import require_aware
from autocrm.domain.vehicle import Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import (
    InvalidFormat,
    MergeRefused,
    NotFound,
    UnmergeRefused,
    ValidationError,
    shown,
)

__all__ = [
    "MERGE_FIELD",
    "MOVED_TYPES",
    "MergePlan",
    "MergeResult",
    "combine_opt_outs",
    "follow_merges",
    "merge_entry",
    "no_merge_to_undo",
    "plan_merge",
    "plan_unmerge",
    "read_merge_entry",
]

_T = TypeVar("_T")

MERGE_FIELD = "merged_into"
"""The ``field`` of the MERGE and UNMERGE audit entries (the duplicate's attribute)."""

#: A record that moves from the duplicate to the survivor.
Moved: TypeAlias = Vehicle | WorkOrder | FollowUp | Complaint | Appointment | FleetAccount

#: The record types that move, each with the name of its list in a result and its key.
_MOVES: tuple[tuple[type[Any], str, str, str], ...] = (
    (Vehicle, "vehicles", "vehicle", "vin"),
    (WorkOrder, "work_orders", "work_order", "number"),
    (FollowUp, "followups", "followup", "number"),
    (Complaint, "complaints", "complaint", "number"),
    (Appointment, "appointments", "appointment", "number"),
    (FleetAccount, "fleet_accounts", "fleet_account", "number"),
)

MOVED_TYPES: tuple[type[Any], ...] = tuple(kind for kind, *_ in _MOVES)
"""The record types whose records move to the survivor (each has ``customer_number``)."""

_COLLECTION: Mapping[type[Any], str] = MappingProxyType({k: c for k, c, _, _ in _MOVES})
_ENTITY: Mapping[type[Any], str] = MappingProxyType({k: e for k, _, e, _ in _MOVES})
_KEY: Mapping[type[Any], str] = MappingProxyType({k: a for k, _, _, a in _MOVES})

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


def _require_reason(reason: object) -> str:
    if not isinstance(reason, str) or not reason.strip():
        msg = f"reason: why the customers are merged or parted is required, got {shown(reason)}"
        raise InvalidFormat(msg, field="reason", value=reason)
    return reason


def _checked(value: object, kind: type[_T] | tuple[type[Any], ...], field: str) -> _T:
    if not isinstance(value, kind):
        wanted = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        msg = f"{field}: expected a {wanted}, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def _require_customer(value: object, field: str) -> Customer:
    return _checked(value, Customer, field)


def _items(value: object, field: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        msg = f"{field}: expected a collection of records, got {type(value).__name__}"
        raise InvalidFormat(msg, field=field, value=value)
    return value


def _require_actor(actor: object, at: object) -> None:
    if not isinstance(actor, str) or not actor.strip():
        msg = f"actor: who merges is required (a staff id or name), got {shown(actor)}"
        raise InvalidFormat(msg, field="actor", value=actor)
    require_aware(at, "at")


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


@attrs.frozen(kw_only=True)
class MergeResult:
    """What a merge moved (or, with ``undone``, what an un-merge moved back).

    Attributes:
        survivor: The number of the customer that keeps the records.
        duplicate: The number of the customer merged into it (now MERGED).
        reason: Why (the merge's reason, or the un-merge's).
        vehicles: VINs of the vehicles moved, in archive order.
        work_orders / followups / complaints / appointments / fleet_accounts:
            Numbers of the records moved, in archive order.
        tags: Tags the survivor gained (sorted).
        contacts: How many contacts were appended to the survivor's.
        opt_outs: How many opt-outs were appended to the survivor's.
        survivor_version: The survivor's version right after the merge.
        undone: True for the result of an un-merge.

    Examples:
        >>> r = MergeResult(survivor="C000001", duplicate="C000002", reason="同一车主",
        ...                 work_orders=("WO2025100901",), tags=("vip",))
        >>> r.summary()
        'C000002 merged into C000001: 1 work order; the survivor gained 1 tag'
        >>> r.moved_keys()
        (('work_order', 'WO2025100901'),)
    """

    survivor: str
    duplicate: str
    reason: str
    vehicles: tuple[str, ...] = ()
    work_orders: tuple[str, ...] = ()
    followups: tuple[str, ...] = ()
    complaints: tuple[str, ...] = ()
    appointments: tuple[str, ...] = ()
    fleet_accounts: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    contacts: int = 0
    opt_outs: int = 0
    survivor_version: int = 0
    undone: bool = False

    def moved_keys(self) -> tuple[tuple[str, str], ...]:
        """Return ``(entity, key)`` of every record moved, in the order of the moved types.

        Examples:
            >>> MergeResult(survivor="C1", duplicate="C2", reason="x",
            ...             vehicles=("LFV2A21K3D3109826",)).moved_keys()
            (('vehicle', 'LFV2A21K3D3109826'),)
        """
        return tuple(
            (entity, key)
            for _, collection, entity, _ in _MOVES
            for key in getattr(self, collection)
        )

    def summary(self) -> str:
        """Return one line saying what moved, for a person to read.

        Examples:
            >>> MergeResult(survivor="C1", duplicate="C2", reason="x").summary()
            'C2 merged into C1: no records moved'
            >>> MergeResult(survivor="C1", duplicate="C2", reason="x", opt_outs=2,
            ...             undone=True).summary()
            'C2 parted from C1 again: no records moved; the survivor gave back 2 opt-outs'
        """
        names = (
            ("vehicles", "vehicle", "vehicles"),
            ("work_orders", "work order", "work orders"),
            ("followups", "follow-up", "follow-ups"),
            ("complaints", "complaint", "complaints"),
            ("appointments", "appointment", "appointments"),
            ("fleet_accounts", "fleet account", "fleet accounts"),
        )
        moved = [
            _plural(len(getattr(self, name)), one, many)
            for name, one, many in names
            if getattr(self, name)
        ]
        gained = [
            _plural(count, one, many)
            for count, one, many in (
                (len(self.tags), "tag", "tags"),
                (self.contacts, "contact", "contacts"),
                (self.opt_outs, "opt-out", "opt-outs"),
            )
            if count
        ]
        head = (
            f"{self.duplicate} parted from {self.survivor} again"
            if self.undone
            else f"{self.duplicate} merged into {self.survivor}"
        )
        text = f"{head}: {', '.join(moved) if moved else 'no records moved'}"
        if gained:
            text += f"; the survivor {'gave back' if self.undone else 'gained'} {', '.join(gained)}"
        return text


Record: TypeAlias = Customer | Moved


@attrs.frozen(kw_only=True)
class MergePlan:
    """What a merge or an un-merge writes: every changed record, and one audit entry.

    Attributes:
        changes: ``(as stored, as it must be stored)`` for each record that changes —
            the survivor (when it gains something), the duplicate, then the moved
            records in the order of
            [`MOVED_TYPES`][autocrm.rules.merging.MOVED_TYPES]. The new form carries
            its new version; an archive writes it only over the version read.
        entry: The MERGE or UNMERGE audit entry.
        result: What moved, as the archive returns it.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> plan = plan_merge(Customer(number="C1", name="张三", version=3),
        ...                   Customer(number="C2", name="张三", version=1), [],
        ...                   actor="客服-李娜", at=datetime(2026, 3, 2, tzinfo=CHINA_TZ),
        ...                   reason="重复建档")
        >>> [(after.number, after.version, after.merged_into) for _, after in plan.changes]
        [('C2', 2, 'C1')]
        >>> plan.entry.action.value, plan.result.survivor_version
        ('merge', 3)
    """

    changes: tuple[tuple[Record, Record], ...]
    entry: AuditEntry
    result: MergeResult


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


def _entry_text(result: MergeResult) -> str:
    data: dict[str, Any] = {"survivor": result.survivor, "reason": result.reason}
    for _, collection, _, _ in _MOVES:
        data[collection] = list(getattr(result, collection))
    data["tags"] = list(result.tags)
    data["contacts"] = result.contacts
    data["opt_outs"] = result.opt_outs
    data["survivor_version"] = result.survivor_version
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def merge_entry(result: MergeResult, *, actor: str, at: datetime) -> AuditEntry:
    """Return the audit entry of a merge (or, for an ``undone`` result, of its undoing).

    A MERGE entry on the duplicate, field ``merged_into``, ``new`` the result as
    compact JSON; an UNMERGE entry carries the same JSON in ``old``.

    Raises:
        autocrm.errors.InvalidFormat: ``actor`` blank or ``at`` naive.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> e = merge_entry(MergeResult(survivor="C000001", duplicate="C000002",
        ...                             reason="同一车主", vehicles=("LFV2A21K3D3109826",)),
        ...                 actor="客服-李娜", at=datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ))
        >>> e.action.value, e.entity_id, e.field, e.new[:49]
        ('merge', 'C000002', 'merged_into', '{"survivor":"C000001","reason":"同一车主","vehicles":')
    """
    result = _checked(result, MergeResult, "result")
    _require_actor(actor, at)
    text = _entry_text(result)
    return AuditEntry(
        at=at,
        actor=actor,
        entity="customer",
        entity_id=result.duplicate,
        field=MERGE_FIELD,
        old=text if result.undone else None,
        new=None if result.undone else text,
        action=AuditAction.UNMERGE if result.undone else AuditAction.MERGE,
    )


def _unreadable(entry: AuditEntry, why: str) -> UnmergeRefused:
    msg = (
        f"duplicate: the MERGE audit entry of customer {entry.entity_id} cannot be read ({why}); "
        "the merge cannot be undone automatically"
    )
    return UnmergeRefused(msg, field="duplicate", value=entry.entity_id)


def read_merge_entry(entry: AuditEntry) -> MergeResult:
    """Return what a MERGE audit entry says was moved.

    Raises:
        autocrm.errors.UnmergeRefused: not a MERGE entry, or its text is not what
            [`merge_entry`][autocrm.rules.merging.merge_entry] writes.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> result = MergeResult(survivor="C000001", duplicate="C000002", reason="同一车主",
        ...                      tags=("vip",), contacts=1)
        >>> entry = merge_entry(result, actor="客服-李娜",
        ...                     at=datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ))
        >>> read_merge_entry(entry) == result
        True
    """
    entry = _checked(entry, AuditEntry, "entry")
    if entry.action is not AuditAction.MERGE or entry.entity != "customer" or entry.new is None:
        raise _unreadable(entry, f"a {entry.action.value} entry, not a merge")
    try:
        data = json.loads(entry.new)
        lists: dict[str, Any] = {
            name: tuple(data[name])
            for name in (*(collection for _, collection, _, _ in _MOVES), "tags")
        }
        numbers = {name: data[name] for name in ("contacts", "opt_outs", "survivor_version")}
        result = MergeResult(
            survivor=data["survivor"], duplicate=entry.entity_id, reason=data["reason"], **lists
        )
    except (ValueError, TypeError, KeyError) as exc:
        raise _unreadable(entry, f"{type(exc).__name__}: {exc}") from exc
    texts = [result.survivor, result.reason, *(k for _, k in result.moved_keys()), *result.tags]
    counts = list(numbers.values())
    if not all(isinstance(text, str) for text in texts) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts
    ):
        raise _unreadable(entry, "a value of the wrong type")
    return attrs.evolve(result, **numbers)


def plan_merge(
    survivor: Customer,
    duplicate: Customer,
    related: Iterable[Moved],
    *,
    actor: str,
    at: datetime,
    reason: str,
) -> MergePlan:
    """Work out what merging ``duplicate`` into ``survivor`` writes (see the module).

    Args:
        survivor: The stored customer that keeps the records.
        duplicate: The stored customer merged into it.
        related: The duplicate's records of
            [`MOVED_TYPES`][autocrm.rules.merging.MOVED_TYPES], in archive order
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
    moved: dict[type[Any], list[Moved]] = {kind: [] for kind in MOVED_TYPES}
    for record in _items(related, "related"):
        if type(record) not in _COLLECTION:
            msg = f"related: expected a record of {MOVED_TYPES}, got {type(record).__name__}"
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
    result = MergeResult(
        survivor=survivor.number,
        duplicate=duplicate.number,
        reason=reason,
        **keys,
        tags=tuple(tags),
        contacts=len(contacts),
        opt_outs=len(opt_outs) - len(survivor.opt_outs),
        survivor_version=survivor_version,
    )
    return MergePlan(
        changes=tuple(changes), entry=merge_entry(result, actor=actor, at=at), result=result
    )


def _describe(entry: AuditEntry) -> str:
    what = f"{entry.action.value} of {entry.field}" if entry.field else entry.action.value
    return (
        f"{entry.entity} {entry.entity_id} changed after the merge ({what} by {entry.actor} "
        f"at {entry.at.isoformat()})"
    )


def _refuse(merge: MergeResult, why: str, changes: Iterable[AuditEntry] = ()) -> UnmergeRefused:
    msg = (
        f"duplicate: the merge of {merge.duplicate} into {merge.survivor} cannot be undone: "
        f"{why}; a merge is undone only while nothing it touched has changed"
    )
    return UnmergeRefused(msg, field="duplicate", value=merge.duplicate, changes=changes)


def no_merge_to_undo(duplicate: Customer) -> UnmergeRefused:
    """The refusal of an un-merge that finds no MERGE audit entry of ``duplicate``.

    What a merge moved is known only from its MERGE entry. A customer that is not
    merged has nothing to undo; one that is merged but whose archive holds no MERGE
    entry for it (an archive restored from a backup without its audit trail, or
    built by an import or bulk load, which write records as they are) cannot be
    un-merged: the error says what is missing and what to do instead.

    Examples:
        >>> gone = Customer(number="C000002", name="王建国", merged_into="C000001")
        >>> print(no_merge_to_undo(gone))  # doctest: +NORMALIZE_WHITESPACE
        duplicate: customer C000002 is merged into C000001, but the archive holds no MERGE
        audit entry for it (restored or imported without the audit trail of the merge), so
        what the merge moved is not known and it cannot be undone; restore a backup that
        includes the audit trail, or move the records back with update and clear merged_into
        >>> print(no_merge_to_undo(Customer(number="C000003", name="李娜")))
        duplicate: customer C000003 is not merged into another customer
    """
    duplicate = _require_customer(duplicate, "duplicate")
    if duplicate.merged_into is None:
        msg = f"duplicate: customer {duplicate.number} is not merged into another customer"
    else:
        msg = (
            f"duplicate: customer {duplicate.number} is merged into {duplicate.merged_into}, "
            "but the archive holds no MERGE audit entry for it (restored or imported without "
            "the audit trail of the merge), so what the merge moved is not known and it "
            "cannot be undone; restore a backup that includes the audit trail, or move the "
            "records back with update and clear merged_into"
        )
    return UnmergeRefused(msg, field="duplicate", value=duplicate.number)


def _restored(record: Any, merge: MergeResult, **changes: Any) -> Any:
    if record.version < 1:
        kind = type(record)
        name = _ENTITY.get(kind, "customer")
        key = getattr(record, _KEY.get(kind, "number"))
        raise _refuse(merge, f"{name} {key} has no version from before the merge")
    return attrs.evolve(record, version=record.version - 1, **changes)


def plan_unmerge(
    merge: MergeResult,
    survivor: Customer,
    duplicate: Customer,
    moved: Iterable[Moved],
    later: Iterable[AuditEntry],
    *,
    actor: str,
    at: datetime,
    reason: str,
) -> MergePlan:
    """Work out what undoing a merge writes: every record back as it was before it.

    Args:
        merge: What the merge moved (read from its entry by
            [`read_merge_entry`][autocrm.rules.merging.read_merge_entry]).
        survivor: The survivor as stored now.
        duplicate: The MERGED duplicate as stored now.
        moved: The records the merge moved, as stored now (looked up by
            [`MergeResult.moved_keys`][autocrm.rules.merging.MergeResult.moved_keys]).
        later: The audit entries written after the MERGE entry (at least those of
            the survivor, the duplicate and the moved records).
        actor: Who undoes the merge.
        at: When (an aware datetime).
        reason: Why; written in the UNMERGE entry.

    Raises:
        autocrm.errors.UnmergeRefused: the duplicate is not merged into that
            survivor, a later audit entry changed one of the records, the survivor
            is no longer at the version the merge left, or a moved record is gone;
            ``changes`` holds the later entries found.
        autocrm.errors.InvalidFormat: ``actor`` or ``reason`` blank, ``at`` naive.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> at = datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ)
        >>> s = Customer(number="C000001", name="王建国", version=1)
        >>> d = Customer(number="C000002", name="王建国", tags={"vip"}, version=1)
        >>> merged = plan_merge(s, d, [], actor="客服-李娜", at=at, reason="同一车主")
        >>> s2, d2 = (after for _, after in merged.changes)
        >>> back = plan_unmerge(merged.result, s2, d2, [], [], actor="客服-李娜", at=at,
        ...                     reason="不是同一人")
        >>> [after for _, after in back.changes] == [s, d], back.entry.action.value
        (True, 'unmerge')
    """
    merge = _checked(merge, MergeResult, "merge")
    survivor = _require_customer(survivor, "survivor")
    duplicate = _require_customer(duplicate, "duplicate")
    reason = _require_reason(reason)
    _require_actor(actor, at)
    if duplicate.number != merge.duplicate or duplicate.merged_into != merge.survivor:
        raise _refuse(
            merge, f"customer {duplicate.number} is now merged into {duplicate.merged_into}"
        )
    if survivor.number != merge.survivor:
        raise _refuse(merge, f"customer {survivor.number} is not the survivor")
    involved = {("customer", merge.survivor), ("customer", merge.duplicate), *merge.moved_keys()}
    entries = [_checked(e, AuditEntry, "later") for e in _items(later, "later")]
    changed = [e for e in entries if (e.entity, e.entity_id) in involved]
    if changed:
        more = f" (and {len(changed) - 1} more)" if len(changed) > 1 else ""
        raise _refuse(merge, f"{_describe(changed[0])}{more}", changed)
    if survivor.version != merge.survivor_version:
        raise _refuse(
            merge,
            f"customer {survivor.number} is at version {survivor.version}, the merge left "
            f"version {merge.survivor_version} (another merge into it since?)",
        )
    records: list[Moved] = [_checked(r, MOVED_TYPES, "moved") for r in _items(moved, "moved")]
    stored = {(_ENTITY[type(r)], getattr(r, _KEY[type(r)])): r for r in records}
    changes: list[tuple[Record, Record]] = []
    kept_contacts = len(survivor.contacts) - merge.contacts
    kept_opt_outs = len(survivor.opt_outs) - merge.opt_outs
    if merge.tags or merge.contacts or merge.opt_outs:
        if kept_contacts < 0 or kept_opt_outs < 0 or not set(merge.tags) <= survivor.tags:
            raise _refuse(merge, f"customer {survivor.number} lacks what the merge gave it")
        restored = _restored(
            survivor,
            merge,
            tags=survivor.tags - set(merge.tags),
            contacts=survivor.contacts[:kept_contacts],
            opt_outs=survivor.opt_outs[:kept_opt_outs],
        )
        changes.append((survivor, restored))
    changes.append((duplicate, _restored(duplicate, merge, merged_into=None)))
    for key in merge.moved_keys():
        record = stored.get(key)
        if record is None or record.customer_number != merge.survivor:
            raise _refuse(merge, f"{key[0]} {key[1]} no longer belongs to {merge.survivor}")
        changes.append((record, _restored(record, merge, customer_number=merge.duplicate)))
    result = attrs.evolve(merge, reason=reason, undone=True)
    return MergePlan(
        changes=tuple(changes), entry=merge_entry(result, actor=actor, at=at), result=result
    )
