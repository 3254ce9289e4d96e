"""Erasure of a customer's personal data (PIPL), the rules every archive shares.

``archive.anonymise(number, actor=..., at=..., reason=...)`` (memory and SQL) erases
a customer on request. The pieces here decide what it changes, so both archives
change exactly the same things:

* **The record**: :func:`autocrm.rules.archive.anonymise` (pseudonym for the name,
  birth year only, every other personal field empty; statistics still count it).
* **Personal values held elsewhere about that customer**: the plate of each of the
  customer's vehicles (a plate leads to its registered keeper) and the name of each
  of the customer's fleet accounts (a person's account carries the person's name)
  — :data:`ERASED_FIELDS`. VINs, work orders, readings and dates stay: they are
  about the car and the shop's work, and statistics need them.
* **The audit trail**: every earlier entry of the customer, of those vehicles and
  of those fleet accounts that names one of :data:`ERASED_FIELDS` keeps who, when,
  which record and which field, but its old and new values become the fixed
  marker :data:`ERASED` (an empty value stays empty). A marker, not a keyed hash:
  a hash of a mobile number or resident ID can be reversed by trying every
  candidate (there are only about 10^9 of either), and whoever holds the key could
  then tell the value again — which is what erasure must prevent.
* **One ANONYMISE entry** (:func:`erasure_entry`) records who erased, when and
  why (the reason in ``new``, with ``field`` :data:`ERASURE_REASON_FIELD`).

A second erasure of the same customer finds nothing to change and an ANONYMISE
entry already written, and writes nothing (:attr:`Erasure.needed`).

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

import attrs

from autocrm.domain.audit import AuditAction, AuditEntry
from autocrm.domain.customer import Customer
from autocrm.domain.fleet import FleetAccount
from autocrm.domain.vehicle import Vehicle
from autocrm.errors import InvalidFormat, shown
from autocrm.rules.archive import PERSONAL_FIELDS, ArchivePolicy, anonymise

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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__checked__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__checked__mutmut)
def _checked(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_orig(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_1(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_2(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = None
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_3(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(None, '__name__', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_4(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, None, 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_5(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', None)}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_6(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr('__name__', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_7(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_8(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', )}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_9(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, 'XX__name__XX', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_10(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__NAME__', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_11(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', 'XXrecordXX')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_12(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', 'RECORD')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_13(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', 'record')}, got {type(None).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=value)


def x__checked__mutmut_14(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(None, field=field, value=value)


def x__checked__mutmut_15(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=None, value=value)


def x__checked__mutmut_16(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, value=None)


def x__checked__mutmut_17(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(field=field, value=value)


def x__checked__mutmut_18(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, value=value)


def x__checked__mutmut_19(value: object, kind: type | tuple[type, ...], field: str) -> None:
    if not isinstance(value, kind):
        msg = (
            f"{field}: expected a {getattr(kind, '__name__', 'record')}, got {type(value).__name__}"
        )
        raise InvalidFormat(msg, field=field, )

mutants_x__checked__mutmut['_mutmut_orig'] = x__checked__mutmut_orig # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_1'] = x__checked__mutmut_1 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_2'] = x__checked__mutmut_2 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_3'] = x__checked__mutmut_3 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_4'] = x__checked__mutmut_4 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_5'] = x__checked__mutmut_5 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_6'] = x__checked__mutmut_6 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_7'] = x__checked__mutmut_7 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_8'] = x__checked__mutmut_8 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_9'] = x__checked__mutmut_9 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_10'] = x__checked__mutmut_10 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_11'] = x__checked__mutmut_11 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_12'] = x__checked__mutmut_12 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_13'] = x__checked__mutmut_13 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_14'] = x__checked__mutmut_14 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_15'] = x__checked__mutmut_15 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_16'] = x__checked__mutmut_16 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_17'] = x__checked__mutmut_17 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_18'] = x__checked__mutmut_18 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_19'] = x__checked__mutmut_19 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_scrub_entry__mutmut)
def scrub_entry(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_orig(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_1(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(None, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_2(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, None, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_3(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, None)
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_4(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_5(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_6(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, )
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_7(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "XXentryXX")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_8(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "ENTRY")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_9(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_10(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(None, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_11(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, None):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_12(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_13(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, ):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_14(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        None,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_15(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_16(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None,
    )


def x_scrub_entry__mutmut_17(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        old=None if entry.old is None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_18(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_19(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        )


def x_scrub_entry__mutmut_20(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if (entry.old is None) and False else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_21(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if (entry.old is None) or True else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_22(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is not None else ERASED,
        new=None if entry.new is None else ERASED,
    )


def x_scrub_entry__mutmut_23(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if (entry.new is None) and False else ERASED,
    )


def x_scrub_entry__mutmut_24(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if (entry.new is None) or True else ERASED,
    )


def x_scrub_entry__mutmut_25(entry: AuditEntry) -> AuditEntry:
    """Return ``entry`` with its values replaced by :data:`ERASED` if its field is personal.

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
    _checked(entry, AuditEntry, "entry")
    if entry.field not in ERASED_FIELDS.get(entry.entity, frozenset()):
        return entry
    return attrs.evolve(
        entry,
        old=None if entry.old is None else ERASED,
        new=None if entry.new is not None else ERASED,
    )

mutants_x_scrub_entry__mutmut['_mutmut_orig'] = x_scrub_entry__mutmut_orig # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_1'] = x_scrub_entry__mutmut_1 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_2'] = x_scrub_entry__mutmut_2 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_3'] = x_scrub_entry__mutmut_3 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_4'] = x_scrub_entry__mutmut_4 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_5'] = x_scrub_entry__mutmut_5 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_6'] = x_scrub_entry__mutmut_6 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_7'] = x_scrub_entry__mutmut_7 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_8'] = x_scrub_entry__mutmut_8 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_9'] = x_scrub_entry__mutmut_9 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_10'] = x_scrub_entry__mutmut_10 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_11'] = x_scrub_entry__mutmut_11 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_12'] = x_scrub_entry__mutmut_12 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_13'] = x_scrub_entry__mutmut_13 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_14'] = x_scrub_entry__mutmut_14 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_15'] = x_scrub_entry__mutmut_15 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_16'] = x_scrub_entry__mutmut_16 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_17'] = x_scrub_entry__mutmut_17 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_18'] = x_scrub_entry__mutmut_18 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_19'] = x_scrub_entry__mutmut_19 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_20'] = x_scrub_entry__mutmut_20 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_21'] = x_scrub_entry__mutmut_21 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_22'] = x_scrub_entry__mutmut_22 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_23'] = x_scrub_entry__mutmut_23 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_24'] = x_scrub_entry__mutmut_24 # type: ignore # mutmut generated
mutants_x_scrub_entry__mutmut['x_scrub_entry__mutmut_25'] = x_scrub_entry__mutmut_25 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_erasure_entry__mutmut)
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


def x_erasure_entry__mutmut_orig(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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


def x_erasure_entry__mutmut_1(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
    if not isinstance(reason, str) and not reason.strip():
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


def x_erasure_entry__mutmut_2(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
    if isinstance(reason, str) or not reason.strip():
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


def x_erasure_entry__mutmut_3(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
    if not isinstance(reason, str) or reason.strip():
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


def x_erasure_entry__mutmut_4(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        msg = None
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


def x_erasure_entry__mutmut_5(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        msg = f"reason: why the customer's data are erased is required, got {shown(None)}"
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


def x_erasure_entry__mutmut_6(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        raise InvalidFormat(None, field="reason", value=reason)
    return AuditEntry(
        at=at,
        actor=actor,
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_7(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        raise InvalidFormat(msg, field=None, value=reason)
    return AuditEntry(
        at=at,
        actor=actor,
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_8(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        raise InvalidFormat(msg, field="reason", value=None)
    return AuditEntry(
        at=at,
        actor=actor,
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_9(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        raise InvalidFormat(field="reason", value=reason)
    return AuditEntry(
        at=at,
        actor=actor,
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_10(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        raise InvalidFormat(msg, value=reason)
    return AuditEntry(
        at=at,
        actor=actor,
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_11(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        raise InvalidFormat(msg, field="reason", )
    return AuditEntry(
        at=at,
        actor=actor,
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_12(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        raise InvalidFormat(msg, field="XXreasonXX", value=reason)
    return AuditEntry(
        at=at,
        actor=actor,
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_13(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        raise InvalidFormat(msg, field="REASON", value=reason)
    return AuditEntry(
        at=at,
        actor=actor,
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_14(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        at=None,
        actor=actor,
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_15(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        actor=None,
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_16(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        entity=None,
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_17(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        entity_id=None,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_18(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        field=None,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_19(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        new=None,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_20(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        action=None,
    )


def x_erasure_entry__mutmut_21(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        actor=actor,
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_22(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        entity="customer",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_23(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_24(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_25(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_26(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_27(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        )


def x_erasure_entry__mutmut_28(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        entity="XXcustomerXX",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )


def x_erasure_entry__mutmut_29(number: str, *, actor: str, at: datetime, reason: str) -> AuditEntry:
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
        entity="CUSTOMER",
        entity_id=number,
        field=ERASURE_REASON_FIELD,
        new=reason,
        action=AuditAction.ANONYMISE,
    )

mutants_x_erasure_entry__mutmut['_mutmut_orig'] = x_erasure_entry__mutmut_orig # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_1'] = x_erasure_entry__mutmut_1 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_2'] = x_erasure_entry__mutmut_2 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_3'] = x_erasure_entry__mutmut_3 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_4'] = x_erasure_entry__mutmut_4 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_5'] = x_erasure_entry__mutmut_5 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_6'] = x_erasure_entry__mutmut_6 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_7'] = x_erasure_entry__mutmut_7 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_8'] = x_erasure_entry__mutmut_8 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_9'] = x_erasure_entry__mutmut_9 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_10'] = x_erasure_entry__mutmut_10 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_11'] = x_erasure_entry__mutmut_11 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_12'] = x_erasure_entry__mutmut_12 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_13'] = x_erasure_entry__mutmut_13 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_14'] = x_erasure_entry__mutmut_14 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_15'] = x_erasure_entry__mutmut_15 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_16'] = x_erasure_entry__mutmut_16 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_17'] = x_erasure_entry__mutmut_17 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_18'] = x_erasure_entry__mutmut_18 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_19'] = x_erasure_entry__mutmut_19 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_20'] = x_erasure_entry__mutmut_20 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_21'] = x_erasure_entry__mutmut_21 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_22'] = x_erasure_entry__mutmut_22 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_23'] = x_erasure_entry__mutmut_23 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_24'] = x_erasure_entry__mutmut_24 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_25'] = x_erasure_entry__mutmut_25 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_26'] = x_erasure_entry__mutmut_26 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_27'] = x_erasure_entry__mutmut_27 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_28'] = x_erasure_entry__mutmut_28 # type: ignore # mutmut generated
mutants_x_erasure_entry__mutmut['x_erasure_entry__mutmut_29'] = x_erasure_entry__mutmut_29 # type: ignore # mutmut generated


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
mutants_x__erase_record__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__erase_record__mutmut)
def _erase_record(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if record.plate is None else attrs.evolve(record, plate=None)
    if record.name == customer.name:
        return None
    return attrs.evolve(record, name=customer.name)


def x__erase_record__mutmut_orig(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if record.plate is None else attrs.evolve(record, plate=None)
    if record.name == customer.name:
        return None
    return attrs.evolve(record, name=customer.name)


def x__erase_record__mutmut_1(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if (record.plate is None) and False else attrs.evolve(record, plate=None)
    if record.name == customer.name:
        return None
    return attrs.evolve(record, name=customer.name)


def x__erase_record__mutmut_2(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if (record.plate is None) or True else attrs.evolve(record, plate=None)
    if record.name == customer.name:
        return None
    return attrs.evolve(record, name=customer.name)


def x__erase_record__mutmut_3(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if record.plate is not None else attrs.evolve(record, plate=None)
    if record.name == customer.name:
        return None
    return attrs.evolve(record, name=customer.name)


def x__erase_record__mutmut_4(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if record.plate is None else attrs.evolve(None, plate=None)
    if record.name == customer.name:
        return None
    return attrs.evolve(record, name=customer.name)


def x__erase_record__mutmut_5(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if record.plate is None else attrs.evolve(plate=None)
    if record.name == customer.name:
        return None
    return attrs.evolve(record, name=customer.name)


def x__erase_record__mutmut_6(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if record.plate is None else attrs.evolve(record, )
    if record.name == customer.name:
        return None
    return attrs.evolve(record, name=customer.name)


def x__erase_record__mutmut_7(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if record.plate is None else attrs.evolve(record, plate=None)
    if record.name != customer.name:
        return None
    return attrs.evolve(record, name=customer.name)


def x__erase_record__mutmut_8(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if record.plate is None else attrs.evolve(record, plate=None)
    if record.name == customer.name:
        return None
    return attrs.evolve(None, name=customer.name)


def x__erase_record__mutmut_9(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if record.plate is None else attrs.evolve(record, plate=None)
    if record.name == customer.name:
        return None
    return attrs.evolve(record, name=None)


def x__erase_record__mutmut_10(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if record.plate is None else attrs.evolve(record, plate=None)
    if record.name == customer.name:
        return None
    return attrs.evolve(name=customer.name)


def x__erase_record__mutmut_11(
    record: Vehicle | FleetAccount, customer: Customer
) -> Vehicle | FleetAccount | None:
    if isinstance(record, Vehicle):
        return None if record.plate is None else attrs.evolve(record, plate=None)
    if record.name == customer.name:
        return None
    return attrs.evolve(record, )

mutants_x__erase_record__mutmut['_mutmut_orig'] = x__erase_record__mutmut_orig # type: ignore # mutmut generated
mutants_x__erase_record__mutmut['x__erase_record__mutmut_1'] = x__erase_record__mutmut_1 # type: ignore # mutmut generated
mutants_x__erase_record__mutmut['x__erase_record__mutmut_2'] = x__erase_record__mutmut_2 # type: ignore # mutmut generated
mutants_x__erase_record__mutmut['x__erase_record__mutmut_3'] = x__erase_record__mutmut_3 # type: ignore # mutmut generated
mutants_x__erase_record__mutmut['x__erase_record__mutmut_4'] = x__erase_record__mutmut_4 # type: ignore # mutmut generated
mutants_x__erase_record__mutmut['x__erase_record__mutmut_5'] = x__erase_record__mutmut_5 # type: ignore # mutmut generated
mutants_x__erase_record__mutmut['x__erase_record__mutmut_6'] = x__erase_record__mutmut_6 # type: ignore # mutmut generated
mutants_x__erase_record__mutmut['x__erase_record__mutmut_7'] = x__erase_record__mutmut_7 # type: ignore # mutmut generated
mutants_x__erase_record__mutmut['x__erase_record__mutmut_8'] = x__erase_record__mutmut_8 # type: ignore # mutmut generated
mutants_x__erase_record__mutmut['x__erase_record__mutmut_9'] = x__erase_record__mutmut_9 # type: ignore # mutmut generated
mutants_x__erase_record__mutmut['x__erase_record__mutmut_10'] = x__erase_record__mutmut_10 # type: ignore # mutmut generated
mutants_x__erase_record__mutmut['x__erase_record__mutmut_11'] = x__erase_record__mutmut_11 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_plan_erasure__mutmut)
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_orig(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_1(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(None, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_2(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, None, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_3(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, None)
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_4(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_5(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_6(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, )
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_7(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "XXcustomerXX")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_8(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "CUSTOMER")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_9(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = None
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_10(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(None, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_11(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=None)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_12(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_13(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, )
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_14(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = None
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_15(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = None
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_16(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("XXcustomerXX", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_17(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("CUSTOMER", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_18(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(None, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_19(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, None, "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_20(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), None)
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_21(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked((Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_22(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_23(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), )
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_24(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "XXrelatedXX")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_25(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "RELATED")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_26(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number == customer.number:
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_27(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            break
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(("fleet_account", record.number))
        erased = _erase_record(record, anonymous)
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_28(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(None)
        else:
            owned.add(("fleet_account", record.number))
        erased = _erase_record(record, anonymous)
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_29(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("XXvehicleXX", record.vin))
        else:
            owned.add(("fleet_account", record.number))
        erased = _erase_record(record, anonymous)
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_30(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("VEHICLE", record.vin))
        else:
            owned.add(("fleet_account", record.number))
        erased = _erase_record(record, anonymous)
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_31(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(None)
        erased = _erase_record(record, anonymous)
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_32(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(("XXfleet_accountXX", record.number))
        erased = _erase_record(record, anonymous)
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_33(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(("FLEET_ACCOUNT", record.number))
        erased = _erase_record(record, anonymous)
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_34(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(("fleet_account", record.number))
        erased = None
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_35(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(("fleet_account", record.number))
        erased = _erase_record(None, anonymous)
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_36(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(("fleet_account", record.number))
        erased = _erase_record(record, None)
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_37(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(("fleet_account", record.number))
        erased = _erase_record(anonymous)
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_38(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(("fleet_account", record.number))
        erased = _erase_record(record, )
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_39(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(("fleet_account", record.number))
        erased = _erase_record(record, anonymous)
        if erased is None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_40(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(("fleet_account", record.number))
        erased = _erase_record(record, anonymous)
        if erased is not None:
            records.append(None)
    scrubbed: list[tuple[int, AuditEntry]] = []
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_41(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
        if record.customer_number != customer.number:
            continue
        if isinstance(record, Vehicle):
            owned.add(("vehicle", record.vin))
        else:
            owned.add(("fleet_account", record.number))
        erased = _erase_record(record, anonymous)
        if erased is not None:
            records.append(erased)
    scrubbed: list[tuple[int, AuditEntry]] = None
    erased_before = False
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_42(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    erased_before = None
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_43(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    erased_before = True
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_44(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(None):
        _checked(entry, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_45(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(None, AuditEntry, "trail")
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


def x_plan_erasure__mutmut_46(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, None, "trail")
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


def x_plan_erasure__mutmut_47(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, None)
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


def x_plan_erasure__mutmut_48(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(AuditEntry, "trail")
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


def x_plan_erasure__mutmut_49(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, "trail")
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


def x_plan_erasure__mutmut_50(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, )
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


def x_plan_erasure__mutmut_51(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "XXtrailXX")
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


def x_plan_erasure__mutmut_52(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "TRAIL")
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


def x_plan_erasure__mutmut_53(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) in owned:
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


def x_plan_erasure__mutmut_54(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            break
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


def x_plan_erasure__mutmut_55(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE or entry.entity == "customer":
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


def x_plan_erasure__mutmut_56(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is not AuditAction.ANONYMISE and entry.entity == "customer":
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


def x_plan_erasure__mutmut_57(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity != "customer":
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


def x_plan_erasure__mutmut_58(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity == "XXcustomerXX":
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


def x_plan_erasure__mutmut_59(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity == "CUSTOMER":
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


def x_plan_erasure__mutmut_60(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity == "customer":
            erased_before = None
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


def x_plan_erasure__mutmut_61(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity == "customer":
            erased_before = False
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


def x_plan_erasure__mutmut_62(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity == "customer":
            erased_before = True
            break
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


def x_plan_erasure__mutmut_63(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity == "customer":
            erased_before = True
            continue
        clean = None
        if clean != entry:
            scrubbed.append((position, clean))
    return Erasure(
        customer=anonymous,
        customer_changed=anonymous != customer,
        records=tuple(records),
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_64(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity == "customer":
            erased_before = True
            continue
        clean = scrub_entry(None)
        if clean != entry:
            scrubbed.append((position, clean))
    return Erasure(
        customer=anonymous,
        customer_changed=anonymous != customer,
        records=tuple(records),
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_65(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity == "customer":
            erased_before = True
            continue
        clean = scrub_entry(entry)
        if clean == entry:
            scrubbed.append((position, clean))
    return Erasure(
        customer=anonymous,
        customer_changed=anonymous != customer,
        records=tuple(records),
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_66(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity == "customer":
            erased_before = True
            continue
        clean = scrub_entry(entry)
        if clean != entry:
            scrubbed.append(None)
    return Erasure(
        customer=anonymous,
        customer_changed=anonymous != customer,
        records=tuple(records),
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_67(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity == "customer":
            erased_before = True
            continue
        clean = scrub_entry(entry)
        if clean != entry:
            scrubbed.append((position, clean))
    return Erasure(
        customer=None,
        customer_changed=anonymous != customer,
        records=tuple(records),
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_68(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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
        customer_changed=None,
        records=tuple(records),
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_69(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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
        records=None,
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_70(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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
        scrubbed=None,
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_71(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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
        erased_before=None,
    )


def x_plan_erasure__mutmut_72(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
        if (entry.entity, entry.entity_id) not in owned:
            continue
        if entry.action is AuditAction.ANONYMISE and entry.entity == "customer":
            erased_before = True
            continue
        clean = scrub_entry(entry)
        if clean != entry:
            scrubbed.append((position, clean))
    return Erasure(
        customer_changed=anonymous != customer,
        records=tuple(records),
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_73(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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
        records=tuple(records),
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_74(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_75(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_76(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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
        )


def x_plan_erasure__mutmut_77(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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
        customer_changed=anonymous == customer,
        records=tuple(records),
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_78(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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
        records=tuple(None),
        scrubbed=tuple(scrubbed),
        erased_before=erased_before,
    )


def x_plan_erasure__mutmut_79(
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
            positions in :attr:`Erasure.scrubbed` refer to this sequence.
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
    _checked(customer, Customer, "customer")
    anonymous = anonymise(customer, policy=policy)
    records: list[Vehicle | FleetAccount] = []
    owned: set[tuple[str, str]] = {("customer", customer.number)}
    for record in related:
        _checked(record, (Vehicle, FleetAccount), "related")
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
    for position, entry in enumerate(trail):
        _checked(entry, AuditEntry, "trail")
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
        scrubbed=tuple(None),
        erased_before=erased_before,
    )

mutants_x_plan_erasure__mutmut['_mutmut_orig'] = x_plan_erasure__mutmut_orig # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_1'] = x_plan_erasure__mutmut_1 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_2'] = x_plan_erasure__mutmut_2 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_3'] = x_plan_erasure__mutmut_3 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_4'] = x_plan_erasure__mutmut_4 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_5'] = x_plan_erasure__mutmut_5 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_6'] = x_plan_erasure__mutmut_6 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_7'] = x_plan_erasure__mutmut_7 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_8'] = x_plan_erasure__mutmut_8 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_9'] = x_plan_erasure__mutmut_9 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_10'] = x_plan_erasure__mutmut_10 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_11'] = x_plan_erasure__mutmut_11 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_12'] = x_plan_erasure__mutmut_12 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_13'] = x_plan_erasure__mutmut_13 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_14'] = x_plan_erasure__mutmut_14 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_15'] = x_plan_erasure__mutmut_15 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_16'] = x_plan_erasure__mutmut_16 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_17'] = x_plan_erasure__mutmut_17 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_18'] = x_plan_erasure__mutmut_18 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_19'] = x_plan_erasure__mutmut_19 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_20'] = x_plan_erasure__mutmut_20 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_21'] = x_plan_erasure__mutmut_21 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_22'] = x_plan_erasure__mutmut_22 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_23'] = x_plan_erasure__mutmut_23 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_24'] = x_plan_erasure__mutmut_24 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_25'] = x_plan_erasure__mutmut_25 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_26'] = x_plan_erasure__mutmut_26 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_27'] = x_plan_erasure__mutmut_27 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_28'] = x_plan_erasure__mutmut_28 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_29'] = x_plan_erasure__mutmut_29 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_30'] = x_plan_erasure__mutmut_30 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_31'] = x_plan_erasure__mutmut_31 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_32'] = x_plan_erasure__mutmut_32 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_33'] = x_plan_erasure__mutmut_33 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_34'] = x_plan_erasure__mutmut_34 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_35'] = x_plan_erasure__mutmut_35 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_36'] = x_plan_erasure__mutmut_36 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_37'] = x_plan_erasure__mutmut_37 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_38'] = x_plan_erasure__mutmut_38 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_39'] = x_plan_erasure__mutmut_39 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_40'] = x_plan_erasure__mutmut_40 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_41'] = x_plan_erasure__mutmut_41 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_42'] = x_plan_erasure__mutmut_42 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_43'] = x_plan_erasure__mutmut_43 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_44'] = x_plan_erasure__mutmut_44 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_45'] = x_plan_erasure__mutmut_45 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_46'] = x_plan_erasure__mutmut_46 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_47'] = x_plan_erasure__mutmut_47 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_48'] = x_plan_erasure__mutmut_48 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_49'] = x_plan_erasure__mutmut_49 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_50'] = x_plan_erasure__mutmut_50 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_51'] = x_plan_erasure__mutmut_51 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_52'] = x_plan_erasure__mutmut_52 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_53'] = x_plan_erasure__mutmut_53 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_54'] = x_plan_erasure__mutmut_54 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_55'] = x_plan_erasure__mutmut_55 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_56'] = x_plan_erasure__mutmut_56 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_57'] = x_plan_erasure__mutmut_57 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_58'] = x_plan_erasure__mutmut_58 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_59'] = x_plan_erasure__mutmut_59 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_60'] = x_plan_erasure__mutmut_60 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_61'] = x_plan_erasure__mutmut_61 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_62'] = x_plan_erasure__mutmut_62 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_63'] = x_plan_erasure__mutmut_63 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_64'] = x_plan_erasure__mutmut_64 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_65'] = x_plan_erasure__mutmut_65 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_66'] = x_plan_erasure__mutmut_66 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_67'] = x_plan_erasure__mutmut_67 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_68'] = x_plan_erasure__mutmut_68 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_69'] = x_plan_erasure__mutmut_69 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_70'] = x_plan_erasure__mutmut_70 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_71'] = x_plan_erasure__mutmut_71 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_72'] = x_plan_erasure__mutmut_72 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_73'] = x_plan_erasure__mutmut_73 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_74'] = x_plan_erasure__mutmut_74 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_75'] = x_plan_erasure__mutmut_75 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_76'] = x_plan_erasure__mutmut_76 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_77'] = x_plan_erasure__mutmut_77 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_78'] = x_plan_erasure__mutmut_78 # type: ignore # mutmut generated
mutants_x_plan_erasure__mutmut['x_plan_erasure__mutmut_79'] = x_plan_erasure__mutmut_79 # type: ignore # mutmut generated
