"""The audit trail's rules shared by every archive: how a change is written down.

Every archive (in memory, SQL) writes the same entries for the same changes, so an
audit trail reads alike wherever it was kept (who, when, which field, old → new; see
[the archive rules][sources-archive-process]):

* ``add`` records one CREATE entry (``field``/``old``/``new`` None);
* ``update`` records one UPDATE entry per changed field
  ([`changed_fields`][autocrm.rules.audit_trail.changed_fields]), the values written as text
  by [`audit_text`][autocrm.rules.audit_trail.audit_text]; ``version`` is not audited;
* ``delete`` records one DELETE entry that keeps the record's last version
  ([`deletion_entry`][autocrm.rules.audit_trail.deletion_entry]), so a record added again
  under the same key continues from it and a copy read before the deletion is stale.

Examples:
    >>> from autocrm.domain import Customer
    >>> changed_fields(Customer(number="C000001", name="王建国"),
    ...                Customer(number="C000001", name="王建国", mobile="13800138000"))
    [('mobile', None, '+8613800138000')]
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from autocrm.domain.audit import AuditAction, AuditEntry
from autocrm.domain.checks import expect, with_article
from autocrm.errors import UnsupportedType, ValidationError, shown

__all__ = [
    "DELETED_VERSION_FIELD",
    "audit_text",
    "changed_fields",
    "deleted_version",
    "deletion_entry",
]

T = TypeVar("T")


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
    try:
        plain = _plain(value)
        if plain is None or isinstance(plain, str):
            return plain
        if isinstance(plain, bool):
            return "true" if plain else "false"
        if isinstance(plain, int):
            return str(plain)
        return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError) as exc:
        msg = f"value: cannot be written to the audit trail ({exc}): {shown(value)}"
        raise UnsupportedType(msg, field="value", value=value) from exc


def changed_fields(old: T, new: T) -> list[tuple[str, str | None, str | None]]:
    """Return ``(field, old text, new text)`` for each attribute that differs, in class order.

    ``version`` is left out: the archive maintains it.

    Examples:
        >>> from autocrm.domain import Customer
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = attrs.evolve(a, mobile="13900139000", version=4)
        >>> changed_fields(a, b)
        [('mobile', '+8613800138000', '+8613900139000')]
    """
    if not attrs.has(type(new)):
        msg = f"new: expected a record, got {type(new).__name__}"
        raise UnsupportedType(msg, field="new", value=new)
    if type(old) is not type(new):
        msg = f"old: expected {with_article(type(new).__name__)} like new, got {type(old).__name__}"
        raise UnsupportedType(msg, field="old", value=old)
    changes = []
    record_type: Any = type(new)
    for attribute in attrs.fields(record_type):
        if attribute.name == "version" or not attribute.init:
            continue
        before, after = getattr(old, attribute.name), getattr(new, attribute.name)
        if before != after:
            changes.append((attribute.name, audit_text(before), audit_text(after)))
    return changes


#: The field of the DELETE audit entry that keeps the deleted record's last version.
DELETED_VERSION_FIELD = "version"


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
    if version is not None and not 0 <= expect(version, int, field="version") <= 2**63 - 1:
        msg = f"version: expected a whole number from 0 to 2**63 - 1, got {shown(version)}"
        raise ValidationError(msg, field="version", value=version)
    return AuditEntry(
        at=at,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=None if version is None else DELETED_VERSION_FIELD,
        old=None if version is None else str(version),
        action=AuditAction.DELETE,
    )


def deleted_version(entry: AuditEntry) -> int | None:
    """The version a DELETE audit entry kept, or None for any other entry.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> deleted_version(AuditEntry(at=datetime(2026, 1, 5, tzinfo=CHINA_TZ), actor="x",
        ...                            entity="customer", entity_id="C1", action="create"))
    """
    expect(entry, AuditEntry, field="entry")
    if (
        entry.action is AuditAction.DELETE
        and entry.field == DELETED_VERSION_FIELD
        and entry.old is not None
        and entry.old.isdigit()
    ):
        return int(entry.old)
    return None
