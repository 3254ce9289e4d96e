"""What a merge moved, what it writes, and its audit entry.

The record of a merge that [`plan_merge`][autocrm.rules.merging.plan_merge] makes and
[`plan_unmerge`][autocrm.rules.unmerging.plan_unmerge] reads back:
[`MergeResult`][autocrm.rules.merge_result.MergeResult] (what moved, by key and count),
[`MergePlan`][autocrm.rules.merge_result.MergePlan] (every changed record and one audit
entry), the record types that move
([`MOVED_TYPES`][autocrm.rules.merge_result.MOVED_TYPES]) and the MERGE audit entry written
and read by [`merge_entry`][autocrm.rules.merge_result.merge_entry] and
[`read_merge_entry`][autocrm.rules.merge_result.read_merge_entry]. The rules of merging are
on [`autocrm.rules.merging`][autocrm.rules.merging].

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain import CHINA_TZ
    >>> result = MergeResult(survivor="C000001", duplicate="C000002", reason="同一车主",
    ...                      vehicles=("LFV2A21K3D3109826",))
    >>> entry = merge_entry(result, actor="客服-李娜",
    ...                     at=datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ))
    >>> entry.field, read_merge_entry(entry).vehicles
    ('merged_into', ('LFV2A21K3D3109826',))
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any, TypeAlias, TypeVar

import attrs

from autocrm.domain.appointment import Appointment
from autocrm.domain.audit import AuditAction, AuditEntry
from autocrm.domain.checks import with_article
from autocrm.domain.complaint import Complaint
from autocrm.domain.customer import Customer
from autocrm.domain.fleet import FleetAccount
from autocrm.domain.followup import FollowUp
from autocrm.domain.time import require_aware
from autocrm.domain.vehicle import Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import (
    InvalidFormat,
    UnmergeRefused,
    shown,
)

__all__ = [
    "MERGE_FIELD",
    "MOVED_TYPES",
    "MergePlan",
    "MergeResult",
    "merge_entry",
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


def _require_reason(reason: object) -> str:
    if not isinstance(reason, str) or not reason.strip():
        msg = f"reason: why the customers are merged or parted is required, got {shown(reason)}"
        raise InvalidFormat(msg, field="reason", value=reason)
    return reason


def _checked(value: object, kind: type[_T] | tuple[type[Any], ...], field: str) -> _T:
    if not isinstance(value, kind):
        wanted = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        msg = f"{field}: expected {with_article(wanted)}, got {type(value).__name__}"
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
            [`MOVED_TYPES`][autocrm.rules.merge_result.MOVED_TYPES]. The new form carries
            its new version; an archive writes it only over the version read.
        entry: The MERGE or UNMERGE audit entry.
        result: What moved, as the archive returns it.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> from autocrm.rules.merging import plan_merge
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
            [`merge_entry`][autocrm.rules.merge_result.merge_entry] writes.

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
