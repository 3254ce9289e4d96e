"""A consistent, read-only view of a whole archive at one moment.

Rules and statistics that look across records (reminders, churn, duplicates)
take a :class:`Snapshot`; the archives produce one with ``snapshot()`` and
``autocrm.adapters.json`` writes and reads one as JSON Lines.

Examples:
    >>> from datetime import date
    >>> from autocrm.domain import Customer, Vehicle
    >>> snap = Snapshot(customers=[Customer(number="C1", name="张三")],
    ...                 vehicles=[Vehicle(vin="LFV2A21K3D3109826", customer_number="C1")])
    >>> [v.vin for v in snap.vehicles_of("C1")]
    ['LFV2A21K3D3109826']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

import attrs

from autocrm.domain import _fields as f
from autocrm.domain.appointment import Appointment
from autocrm.domain.audit import AuditEntry
from autocrm.domain.complaint import Complaint
from autocrm.domain.customer import Customer
from autocrm.domain.fleet import FleetAccount
from autocrm.domain.followup import FollowUp
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import WorkOrder

__all__ = ["Snapshot"]


#: The largest customer-number sequence: the stores keep it in a 64-bit integer.
_MAX_SEQUENCE = 2**63 - 1


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__appointments_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__appointments_tuple__mutmut)
def _appointments_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("appointments", value)


def x__appointments_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("appointments", value)


def x__appointments_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__appointments_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("appointments", None)


def x__appointments_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__appointments_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("appointments", )


def x__appointments_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXappointmentsXX", value)


def x__appointments_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("APPOINTMENTS", value)

mutants_x__appointments_tuple__mutmut['_mutmut_orig'] = x__appointments_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__appointments_tuple__mutmut['x__appointments_tuple__mutmut_1'] = x__appointments_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__appointments_tuple__mutmut['x__appointments_tuple__mutmut_2'] = x__appointments_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__appointments_tuple__mutmut['x__appointments_tuple__mutmut_3'] = x__appointments_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__appointments_tuple__mutmut['x__appointments_tuple__mutmut_4'] = x__appointments_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__appointments_tuple__mutmut['x__appointments_tuple__mutmut_5'] = x__appointments_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__appointments_tuple__mutmut['x__appointments_tuple__mutmut_6'] = x__appointments_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__audit_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__audit_tuple__mutmut)
def _audit_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("audit", value)


def x__audit_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("audit", value)


def x__audit_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__audit_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("audit", None)


def x__audit_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__audit_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("audit", )


def x__audit_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXauditXX", value)


def x__audit_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("AUDIT", value)

mutants_x__audit_tuple__mutmut['_mutmut_orig'] = x__audit_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__audit_tuple__mutmut['x__audit_tuple__mutmut_1'] = x__audit_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__audit_tuple__mutmut['x__audit_tuple__mutmut_2'] = x__audit_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__audit_tuple__mutmut['x__audit_tuple__mutmut_3'] = x__audit_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__audit_tuple__mutmut['x__audit_tuple__mutmut_4'] = x__audit_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__audit_tuple__mutmut['x__audit_tuple__mutmut_5'] = x__audit_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__audit_tuple__mutmut['x__audit_tuple__mutmut_6'] = x__audit_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__complaints_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__complaints_tuple__mutmut)
def _complaints_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("complaints", value)


def x__complaints_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("complaints", value)


def x__complaints_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__complaints_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("complaints", None)


def x__complaints_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__complaints_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("complaints", )


def x__complaints_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXcomplaintsXX", value)


def x__complaints_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("COMPLAINTS", value)

mutants_x__complaints_tuple__mutmut['_mutmut_orig'] = x__complaints_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__complaints_tuple__mutmut['x__complaints_tuple__mutmut_1'] = x__complaints_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__complaints_tuple__mutmut['x__complaints_tuple__mutmut_2'] = x__complaints_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__complaints_tuple__mutmut['x__complaints_tuple__mutmut_3'] = x__complaints_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__complaints_tuple__mutmut['x__complaints_tuple__mutmut_4'] = x__complaints_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__complaints_tuple__mutmut['x__complaints_tuple__mutmut_5'] = x__complaints_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__complaints_tuple__mutmut['x__complaints_tuple__mutmut_6'] = x__complaints_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__customers_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__customers_tuple__mutmut)
def _customers_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("customers", value)


def x__customers_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("customers", value)


def x__customers_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__customers_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("customers", None)


def x__customers_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__customers_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("customers", )


def x__customers_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXcustomersXX", value)


def x__customers_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("CUSTOMERS", value)

mutants_x__customers_tuple__mutmut['_mutmut_orig'] = x__customers_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__customers_tuple__mutmut['x__customers_tuple__mutmut_1'] = x__customers_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__customers_tuple__mutmut['x__customers_tuple__mutmut_2'] = x__customers_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__customers_tuple__mutmut['x__customers_tuple__mutmut_3'] = x__customers_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__customers_tuple__mutmut['x__customers_tuple__mutmut_4'] = x__customers_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__customers_tuple__mutmut['x__customers_tuple__mutmut_5'] = x__customers_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__customers_tuple__mutmut['x__customers_tuple__mutmut_6'] = x__customers_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__fleet_accounts_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__fleet_accounts_tuple__mutmut)
def _fleet_accounts_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("fleet_accounts", value)


def x__fleet_accounts_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("fleet_accounts", value)


def x__fleet_accounts_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__fleet_accounts_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("fleet_accounts", None)


def x__fleet_accounts_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__fleet_accounts_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("fleet_accounts", )


def x__fleet_accounts_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXfleet_accountsXX", value)


def x__fleet_accounts_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("FLEET_ACCOUNTS", value)

mutants_x__fleet_accounts_tuple__mutmut['_mutmut_orig'] = x__fleet_accounts_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__fleet_accounts_tuple__mutmut['x__fleet_accounts_tuple__mutmut_1'] = x__fleet_accounts_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__fleet_accounts_tuple__mutmut['x__fleet_accounts_tuple__mutmut_2'] = x__fleet_accounts_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__fleet_accounts_tuple__mutmut['x__fleet_accounts_tuple__mutmut_3'] = x__fleet_accounts_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__fleet_accounts_tuple__mutmut['x__fleet_accounts_tuple__mutmut_4'] = x__fleet_accounts_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__fleet_accounts_tuple__mutmut['x__fleet_accounts_tuple__mutmut_5'] = x__fleet_accounts_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__fleet_accounts_tuple__mutmut['x__fleet_accounts_tuple__mutmut_6'] = x__fleet_accounts_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__followups_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__followups_tuple__mutmut)
def _followups_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("followups", value)


def x__followups_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("followups", value)


def x__followups_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__followups_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("followups", None)


def x__followups_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__followups_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("followups", )


def x__followups_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXfollowupsXX", value)


def x__followups_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("FOLLOWUPS", value)

mutants_x__followups_tuple__mutmut['_mutmut_orig'] = x__followups_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__followups_tuple__mutmut['x__followups_tuple__mutmut_1'] = x__followups_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__followups_tuple__mutmut['x__followups_tuple__mutmut_2'] = x__followups_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__followups_tuple__mutmut['x__followups_tuple__mutmut_3'] = x__followups_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__followups_tuple__mutmut['x__followups_tuple__mutmut_4'] = x__followups_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__followups_tuple__mutmut['x__followups_tuple__mutmut_5'] = x__followups_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__followups_tuple__mutmut['x__followups_tuple__mutmut_6'] = x__followups_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__readings_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__readings_tuple__mutmut)
def _readings_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("readings", value)


def x__readings_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("readings", value)


def x__readings_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__readings_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("readings", None)


def x__readings_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__readings_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("readings", )


def x__readings_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXreadingsXX", value)


def x__readings_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("READINGS", value)

mutants_x__readings_tuple__mutmut['_mutmut_orig'] = x__readings_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__readings_tuple__mutmut['x__readings_tuple__mutmut_1'] = x__readings_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__readings_tuple__mutmut['x__readings_tuple__mutmut_2'] = x__readings_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__readings_tuple__mutmut['x__readings_tuple__mutmut_3'] = x__readings_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__readings_tuple__mutmut['x__readings_tuple__mutmut_4'] = x__readings_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__readings_tuple__mutmut['x__readings_tuple__mutmut_5'] = x__readings_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__readings_tuple__mutmut['x__readings_tuple__mutmut_6'] = x__readings_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__vehicles_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__vehicles_tuple__mutmut)
def _vehicles_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("vehicles", value)


def x__vehicles_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("vehicles", value)


def x__vehicles_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__vehicles_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("vehicles", None)


def x__vehicles_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__vehicles_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("vehicles", )


def x__vehicles_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXvehiclesXX", value)


def x__vehicles_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("VEHICLES", value)

mutants_x__vehicles_tuple__mutmut['_mutmut_orig'] = x__vehicles_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__vehicles_tuple__mutmut['x__vehicles_tuple__mutmut_1'] = x__vehicles_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__vehicles_tuple__mutmut['x__vehicles_tuple__mutmut_2'] = x__vehicles_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__vehicles_tuple__mutmut['x__vehicles_tuple__mutmut_3'] = x__vehicles_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__vehicles_tuple__mutmut['x__vehicles_tuple__mutmut_4'] = x__vehicles_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__vehicles_tuple__mutmut['x__vehicles_tuple__mutmut_5'] = x__vehicles_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__vehicles_tuple__mutmut['x__vehicles_tuple__mutmut_6'] = x__vehicles_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__work_orders_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__work_orders_tuple__mutmut)
def _work_orders_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("work_orders", value)


def x__work_orders_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("work_orders", value)


def x__work_orders_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__work_orders_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("work_orders", None)


def x__work_orders_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__work_orders_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("work_orders", )


def x__work_orders_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXwork_ordersXX", value)


def x__work_orders_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("WORK_ORDERS", value)

mutants_x__work_orders_tuple__mutmut['_mutmut_orig'] = x__work_orders_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__work_orders_tuple__mutmut['x__work_orders_tuple__mutmut_1'] = x__work_orders_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__work_orders_tuple__mutmut['x__work_orders_tuple__mutmut_2'] = x__work_orders_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__work_orders_tuple__mutmut['x__work_orders_tuple__mutmut_3'] = x__work_orders_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__work_orders_tuple__mutmut['x__work_orders_tuple__mutmut_4'] = x__work_orders_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__work_orders_tuple__mutmut['x__work_orders_tuple__mutmut_5'] = x__work_orders_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__work_orders_tuple__mutmut['x__work_orders_tuple__mutmut_6'] = x__work_orders_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_sequence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_sequence__mutmut)
def _check_sequence(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    f.check_whole_number(value, attribute.name, maximum=_MAX_SEQUENCE)


def x__check_sequence__mutmut_orig(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    f.check_whole_number(value, attribute.name, maximum=_MAX_SEQUENCE)


def x__check_sequence__mutmut_1(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    f.check_whole_number(None, attribute.name, maximum=_MAX_SEQUENCE)


def x__check_sequence__mutmut_2(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    f.check_whole_number(value, None, maximum=_MAX_SEQUENCE)


def x__check_sequence__mutmut_3(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    f.check_whole_number(value, attribute.name, maximum=None)


def x__check_sequence__mutmut_4(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    f.check_whole_number(attribute.name, maximum=_MAX_SEQUENCE)


def x__check_sequence__mutmut_5(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    f.check_whole_number(value, maximum=_MAX_SEQUENCE)


def x__check_sequence__mutmut_6(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    f.check_whole_number(value, attribute.name, )

mutants_x__check_sequence__mutmut['_mutmut_orig'] = x__check_sequence__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_sequence__mutmut['x__check_sequence__mutmut_1'] = x__check_sequence__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_sequence__mutmut['x__check_sequence__mutmut_2'] = x__check_sequence__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_sequence__mutmut['x__check_sequence__mutmut_3'] = x__check_sequence__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_sequence__mutmut['x__check_sequence__mutmut_4'] = x__check_sequence__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_sequence__mutmut['x__check_sequence__mutmut_5'] = x__check_sequence__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_sequence__mutmut['x__check_sequence__mutmut_6'] = x__check_sequence__mutmut_6 # type: ignore # mutmut generated
mutants_x__group__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__group__mutmut)
def _group(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = defaultdict(list)
    for item in items:
        value = getattr(item, key)
        if value is not None:
            groups[value].append(item)
    return {k: tuple(v) for k, v in groups.items()}


def x__group__mutmut_orig(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = defaultdict(list)
    for item in items:
        value = getattr(item, key)
        if value is not None:
            groups[value].append(item)
    return {k: tuple(v) for k, v in groups.items()}


def x__group__mutmut_1(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = None
    for item in items:
        value = getattr(item, key)
        if value is not None:
            groups[value].append(item)
    return {k: tuple(v) for k, v in groups.items()}


def x__group__mutmut_2(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = defaultdict(None)
    for item in items:
        value = getattr(item, key)
        if value is not None:
            groups[value].append(item)
    return {k: tuple(v) for k, v in groups.items()}


def x__group__mutmut_3(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = defaultdict(list)
    for item in items:
        value = None
        if value is not None:
            groups[value].append(item)
    return {k: tuple(v) for k, v in groups.items()}


def x__group__mutmut_4(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = defaultdict(list)
    for item in items:
        value = getattr(None, key)
        if value is not None:
            groups[value].append(item)
    return {k: tuple(v) for k, v in groups.items()}


def x__group__mutmut_5(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = defaultdict(list)
    for item in items:
        value = getattr(item, None)
        if value is not None:
            groups[value].append(item)
    return {k: tuple(v) for k, v in groups.items()}


def x__group__mutmut_6(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = defaultdict(list)
    for item in items:
        value = getattr(key)
        if value is not None:
            groups[value].append(item)
    return {k: tuple(v) for k, v in groups.items()}


def x__group__mutmut_7(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = defaultdict(list)
    for item in items:
        value = getattr(item, )
        if value is not None:
            groups[value].append(item)
    return {k: tuple(v) for k, v in groups.items()}


def x__group__mutmut_8(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = defaultdict(list)
    for item in items:
        value = getattr(item, key)
        if value is None:
            groups[value].append(item)
    return {k: tuple(v) for k, v in groups.items()}


def x__group__mutmut_9(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = defaultdict(list)
    for item in items:
        value = getattr(item, key)
        if value is not None:
            groups[value].append(None)
    return {k: tuple(v) for k, v in groups.items()}


def x__group__mutmut_10(items: tuple[object, ...], key: str) -> Mapping[str, tuple[object, ...]]:
    groups: dict[str, list[object]] = defaultdict(list)
    for item in items:
        value = getattr(item, key)
        if value is not None:
            groups[value].append(item)
    return {k: tuple(None) for k, v in groups.items()}

mutants_x__group__mutmut['_mutmut_orig'] = x__group__mutmut_orig # type: ignore # mutmut generated
mutants_x__group__mutmut['x__group__mutmut_1'] = x__group__mutmut_1 # type: ignore # mutmut generated
mutants_x__group__mutmut['x__group__mutmut_2'] = x__group__mutmut_2 # type: ignore # mutmut generated
mutants_x__group__mutmut['x__group__mutmut_3'] = x__group__mutmut_3 # type: ignore # mutmut generated
mutants_x__group__mutmut['x__group__mutmut_4'] = x__group__mutmut_4 # type: ignore # mutmut generated
mutants_x__group__mutmut['x__group__mutmut_5'] = x__group__mutmut_5 # type: ignore # mutmut generated
mutants_x__group__mutmut['x__group__mutmut_6'] = x__group__mutmut_6 # type: ignore # mutmut generated
mutants_x__group__mutmut['x__group__mutmut_7'] = x__group__mutmut_7 # type: ignore # mutmut generated
mutants_x__group__mutmut['x__group__mutmut_8'] = x__group__mutmut_8 # type: ignore # mutmut generated
mutants_x__group__mutmut['x__group__mutmut_9'] = x__group__mutmut_9 # type: ignore # mutmut generated
mutants_x__group__mutmut['x__group__mutmut_10'] = x__group__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSnapshotǁcustomer__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSnapshotǁvehicle__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSnapshotǁvehicles_of__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSnapshotǁwork_orders_of__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSnapshotǁwork_orders_for__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSnapshotǁreadings_for__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSnapshotǁcomplaints_of__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSnapshotǁfollowups_of__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSnapshotǁappointments_of__mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class Snapshot:
    """Every record of an archive, as tuples, with lookups by customer and vehicle.

    Examples:
        >>> Snapshot().customers
        ()
    """

    customers: tuple[Customer, ...] = attrs.field(default=(), converter=_customers_tuple)
    vehicles: tuple[Vehicle, ...] = attrs.field(default=(), converter=_vehicles_tuple)
    work_orders: tuple[WorkOrder, ...] = attrs.field(default=(), converter=_work_orders_tuple)
    readings: tuple[OdometerReading, ...] = attrs.field(default=(), converter=_readings_tuple)
    followups: tuple[FollowUp, ...] = attrs.field(default=(), converter=_followups_tuple)
    complaints: tuple[Complaint, ...] = attrs.field(default=(), converter=_complaints_tuple)
    appointments: tuple[Appointment, ...] = attrs.field(default=(), converter=_appointments_tuple)
    fleet_accounts: tuple[FleetAccount, ...] = attrs.field(
        default=(), converter=_fleet_accounts_tuple
    )
    audit: tuple[AuditEntry, ...] = attrs.field(default=(), converter=_audit_tuple)
    #: The last customer-number sequence issued, so that a restored archive never
    #: reuses the number of a deleted customer.
    customer_sequence: int = attrs.field(default=0, validator=_check_sequence)
    _index: dict[str, Mapping[str, tuple[object, ...]]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False, hash=False
    )

    @_mutmut_mutated(mutants_xǁSnapshotǁ_lookup__mutmut)
    def _lookup(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(self, name), key)
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_orig(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(self, name), key)
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_1(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = None
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(self, name), key)
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_2(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key in self._index:
            self._index[index_key] = _group(getattr(self, name), key)
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_3(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = None
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_4(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(None, key)
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_5(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(self, name), None)
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_6(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(key)
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_7(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(self, name), )
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_8(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(None, name), key)
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_9(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(self, None), key)
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_10(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(name), key)
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_11(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(self, ), key)
        return self._index[index_key].get(value, ())

    def xǁSnapshotǁ_lookup__mutmut_12(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(self, name), key)
        return self._index[index_key].get(None, ())

    def xǁSnapshotǁ_lookup__mutmut_13(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(self, name), key)
        return self._index[index_key].get(value, None)

    def xǁSnapshotǁ_lookup__mutmut_14(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(self, name), key)
        return self._index[index_key].get(())

    def xǁSnapshotǁ_lookup__mutmut_15(self, name: str, key: str, value: str) -> tuple[object, ...]:
        index_key = f"{name}.{key}"
        if index_key not in self._index:
            self._index[index_key] = _group(getattr(self, name), key)
        return self._index[index_key].get(value, )

    @_mutmut_mutated(mutants_xǁSnapshotǁcustomer__mutmut)
    def customer(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("customers", "number", number)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_orig(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("customers", "number", number)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_1(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = None
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_2(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup(None, "number", number)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_3(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("customers", None, number)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_4(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("customers", "number", None)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_5(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("number", number)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_6(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("customers", number)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_7(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("customers", "number", )
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_8(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("XXcustomersXX", "number", number)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_9(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("CUSTOMERS", "number", number)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_10(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("customers", "XXnumberXX", number)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_11(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("customers", "NUMBER", number)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_12(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("customers", "number", number)
        return found[0] if (found) and False else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_13(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("customers", "number", number)
        return found[0] if (found) or True else None  # type: ignore[return-value]

    def xǁSnapshotǁcustomer__mutmut_14(self, number: str) -> Customer | None:
        """The customer with that number, or None."""
        found = self._lookup("customers", "number", number)
        return found[1] if found else None  # type: ignore[return-value]

    @_mutmut_mutated(mutants_xǁSnapshotǁvehicle__mutmut)
    def vehicle(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vehicles", "vin", vin)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_orig(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vehicles", "vin", vin)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_1(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = None
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_2(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup(None, "vin", vin)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_3(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vehicles", None, vin)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_4(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vehicles", "vin", None)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_5(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vin", vin)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_6(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vehicles", vin)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_7(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vehicles", "vin", )
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_8(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("XXvehiclesXX", "vin", vin)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_9(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("VEHICLES", "vin", vin)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_10(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vehicles", "XXvinXX", vin)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_11(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vehicles", "VIN", vin)
        return found[0] if found else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_12(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vehicles", "vin", vin)
        return found[0] if (found) and False else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_13(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vehicles", "vin", vin)
        return found[0] if (found) or True else None  # type: ignore[return-value]

    def xǁSnapshotǁvehicle__mutmut_14(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""
        found = self._lookup("vehicles", "vin", vin)
        return found[1] if found else None  # type: ignore[return-value]

    @_mutmut_mutated(mutants_xǁSnapshotǁvehicles_of__mutmut)
    def vehicles_of(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup("vehicles", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁvehicles_of__mutmut_orig(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup("vehicles", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁvehicles_of__mutmut_1(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup(None, "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁvehicles_of__mutmut_2(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup("vehicles", None, customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁvehicles_of__mutmut_3(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup("vehicles", "customer_number", None)  # type: ignore[return-value]

    def xǁSnapshotǁvehicles_of__mutmut_4(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup("customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁvehicles_of__mutmut_5(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup("vehicles", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁvehicles_of__mutmut_6(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup("vehicles", "customer_number", )  # type: ignore[return-value]

    def xǁSnapshotǁvehicles_of__mutmut_7(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup("XXvehiclesXX", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁvehicles_of__mutmut_8(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup("VEHICLES", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁvehicles_of__mutmut_9(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup("vehicles", "XXcustomer_numberXX", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁvehicles_of__mutmut_10(self, customer_number: str) -> tuple[Vehicle, ...]:
        """The customer's vehicles."""
        return self._lookup("vehicles", "CUSTOMER_NUMBER", customer_number)  # type: ignore[return-value]

    @_mutmut_mutated(mutants_xǁSnapshotǁwork_orders_of__mutmut)
    def work_orders_of(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup("work_orders", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_of__mutmut_orig(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup("work_orders", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_of__mutmut_1(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup(None, "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_of__mutmut_2(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup("work_orders", None, customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_of__mutmut_3(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup("work_orders", "customer_number", None)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_of__mutmut_4(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup("customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_of__mutmut_5(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup("work_orders", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_of__mutmut_6(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup("work_orders", "customer_number", )  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_of__mutmut_7(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup("XXwork_ordersXX", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_of__mutmut_8(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup("WORK_ORDERS", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_of__mutmut_9(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup("work_orders", "XXcustomer_numberXX", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_of__mutmut_10(self, customer_number: str) -> tuple[WorkOrder, ...]:
        """The customer's work orders, in archive order."""
        return self._lookup("work_orders", "CUSTOMER_NUMBER", customer_number)  # type: ignore[return-value]

    @_mutmut_mutated(mutants_xǁSnapshotǁwork_orders_for__mutmut)
    def work_orders_for(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup("work_orders", "vin", vin)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_for__mutmut_orig(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup("work_orders", "vin", vin)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_for__mutmut_1(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup(None, "vin", vin)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_for__mutmut_2(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup("work_orders", None, vin)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_for__mutmut_3(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup("work_orders", "vin", None)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_for__mutmut_4(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup("vin", vin)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_for__mutmut_5(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup("work_orders", vin)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_for__mutmut_6(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup("work_orders", "vin", )  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_for__mutmut_7(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup("XXwork_ordersXX", "vin", vin)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_for__mutmut_8(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup("WORK_ORDERS", "vin", vin)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_for__mutmut_9(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup("work_orders", "XXvinXX", vin)  # type: ignore[return-value]

    def xǁSnapshotǁwork_orders_for__mutmut_10(self, vin: str) -> tuple[WorkOrder, ...]:
        """The vehicle's work orders, in archive order."""
        return self._lookup("work_orders", "VIN", vin)  # type: ignore[return-value]

    @_mutmut_mutated(mutants_xǁSnapshotǁreadings_for__mutmut)
    def readings_for(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup("readings", "vin", vin)  # type: ignore[return-value]

    def xǁSnapshotǁreadings_for__mutmut_orig(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup("readings", "vin", vin)  # type: ignore[return-value]

    def xǁSnapshotǁreadings_for__mutmut_1(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup(None, "vin", vin)  # type: ignore[return-value]

    def xǁSnapshotǁreadings_for__mutmut_2(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup("readings", None, vin)  # type: ignore[return-value]

    def xǁSnapshotǁreadings_for__mutmut_3(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup("readings", "vin", None)  # type: ignore[return-value]

    def xǁSnapshotǁreadings_for__mutmut_4(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup("vin", vin)  # type: ignore[return-value]

    def xǁSnapshotǁreadings_for__mutmut_5(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup("readings", vin)  # type: ignore[return-value]

    def xǁSnapshotǁreadings_for__mutmut_6(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup("readings", "vin", )  # type: ignore[return-value]

    def xǁSnapshotǁreadings_for__mutmut_7(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup("XXreadingsXX", "vin", vin)  # type: ignore[return-value]

    def xǁSnapshotǁreadings_for__mutmut_8(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup("READINGS", "vin", vin)  # type: ignore[return-value]

    def xǁSnapshotǁreadings_for__mutmut_9(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup("readings", "XXvinXX", vin)  # type: ignore[return-value]

    def xǁSnapshotǁreadings_for__mutmut_10(self, vin: str) -> tuple[OdometerReading, ...]:
        """The vehicle's odometer readings, in archive order."""
        return self._lookup("readings", "VIN", vin)  # type: ignore[return-value]

    @_mutmut_mutated(mutants_xǁSnapshotǁcomplaints_of__mutmut)
    def complaints_of(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup("complaints", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁcomplaints_of__mutmut_orig(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup("complaints", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁcomplaints_of__mutmut_1(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup(None, "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁcomplaints_of__mutmut_2(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup("complaints", None, customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁcomplaints_of__mutmut_3(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup("complaints", "customer_number", None)  # type: ignore[return-value]

    def xǁSnapshotǁcomplaints_of__mutmut_4(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup("customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁcomplaints_of__mutmut_5(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup("complaints", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁcomplaints_of__mutmut_6(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup("complaints", "customer_number", )  # type: ignore[return-value]

    def xǁSnapshotǁcomplaints_of__mutmut_7(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup("XXcomplaintsXX", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁcomplaints_of__mutmut_8(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup("COMPLAINTS", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁcomplaints_of__mutmut_9(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup("complaints", "XXcustomer_numberXX", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁcomplaints_of__mutmut_10(self, customer_number: str) -> tuple[Complaint, ...]:
        """The customer's complaints."""
        return self._lookup("complaints", "CUSTOMER_NUMBER", customer_number)  # type: ignore[return-value]

    @_mutmut_mutated(mutants_xǁSnapshotǁfollowups_of__mutmut)
    def followups_of(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup("followups", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁfollowups_of__mutmut_orig(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup("followups", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁfollowups_of__mutmut_1(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup(None, "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁfollowups_of__mutmut_2(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup("followups", None, customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁfollowups_of__mutmut_3(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup("followups", "customer_number", None)  # type: ignore[return-value]

    def xǁSnapshotǁfollowups_of__mutmut_4(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup("customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁfollowups_of__mutmut_5(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup("followups", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁfollowups_of__mutmut_6(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup("followups", "customer_number", )  # type: ignore[return-value]

    def xǁSnapshotǁfollowups_of__mutmut_7(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup("XXfollowupsXX", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁfollowups_of__mutmut_8(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup("FOLLOWUPS", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁfollowups_of__mutmut_9(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup("followups", "XXcustomer_numberXX", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁfollowups_of__mutmut_10(self, customer_number: str) -> tuple[FollowUp, ...]:
        """The customer's follow-ups."""
        return self._lookup("followups", "CUSTOMER_NUMBER", customer_number)  # type: ignore[return-value]

    @_mutmut_mutated(mutants_xǁSnapshotǁappointments_of__mutmut)
    def appointments_of(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup("appointments", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁappointments_of__mutmut_orig(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup("appointments", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁappointments_of__mutmut_1(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup(None, "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁappointments_of__mutmut_2(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup("appointments", None, customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁappointments_of__mutmut_3(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup("appointments", "customer_number", None)  # type: ignore[return-value]

    def xǁSnapshotǁappointments_of__mutmut_4(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup("customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁappointments_of__mutmut_5(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup("appointments", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁappointments_of__mutmut_6(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup("appointments", "customer_number", )  # type: ignore[return-value]

    def xǁSnapshotǁappointments_of__mutmut_7(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup("XXappointmentsXX", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁappointments_of__mutmut_8(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup("APPOINTMENTS", "customer_number", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁappointments_of__mutmut_9(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup("appointments", "XXcustomer_numberXX", customer_number)  # type: ignore[return-value]

    def xǁSnapshotǁappointments_of__mutmut_10(self, customer_number: str) -> tuple[Appointment, ...]:
        """The customer's appointments."""
        return self._lookup("appointments", "CUSTOMER_NUMBER", customer_number)  # type: ignore[return-value]

mutants_xǁSnapshotǁ_lookup__mutmut['_mutmut_orig'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_1'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_2'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_3'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_4'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_5'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_6'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_7'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_8'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_9'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_10'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_11'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_12'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_13'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_14'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSnapshotǁ_lookup__mutmut['xǁSnapshotǁ_lookup__mutmut_15'] = Snapshot.xǁSnapshotǁ_lookup__mutmut_15 # type: ignore # mutmut generated

mutants_xǁSnapshotǁcustomer__mutmut['_mutmut_orig'] = Snapshot.xǁSnapshotǁcustomer__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_1'] = Snapshot.xǁSnapshotǁcustomer__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_2'] = Snapshot.xǁSnapshotǁcustomer__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_3'] = Snapshot.xǁSnapshotǁcustomer__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_4'] = Snapshot.xǁSnapshotǁcustomer__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_5'] = Snapshot.xǁSnapshotǁcustomer__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_6'] = Snapshot.xǁSnapshotǁcustomer__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_7'] = Snapshot.xǁSnapshotǁcustomer__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_8'] = Snapshot.xǁSnapshotǁcustomer__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_9'] = Snapshot.xǁSnapshotǁcustomer__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_10'] = Snapshot.xǁSnapshotǁcustomer__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_11'] = Snapshot.xǁSnapshotǁcustomer__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_12'] = Snapshot.xǁSnapshotǁcustomer__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_13'] = Snapshot.xǁSnapshotǁcustomer__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcustomer__mutmut['xǁSnapshotǁcustomer__mutmut_14'] = Snapshot.xǁSnapshotǁcustomer__mutmut_14 # type: ignore # mutmut generated

mutants_xǁSnapshotǁvehicle__mutmut['_mutmut_orig'] = Snapshot.xǁSnapshotǁvehicle__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_1'] = Snapshot.xǁSnapshotǁvehicle__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_2'] = Snapshot.xǁSnapshotǁvehicle__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_3'] = Snapshot.xǁSnapshotǁvehicle__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_4'] = Snapshot.xǁSnapshotǁvehicle__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_5'] = Snapshot.xǁSnapshotǁvehicle__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_6'] = Snapshot.xǁSnapshotǁvehicle__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_7'] = Snapshot.xǁSnapshotǁvehicle__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_8'] = Snapshot.xǁSnapshotǁvehicle__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_9'] = Snapshot.xǁSnapshotǁvehicle__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_10'] = Snapshot.xǁSnapshotǁvehicle__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_11'] = Snapshot.xǁSnapshotǁvehicle__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_12'] = Snapshot.xǁSnapshotǁvehicle__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_13'] = Snapshot.xǁSnapshotǁvehicle__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicle__mutmut['xǁSnapshotǁvehicle__mutmut_14'] = Snapshot.xǁSnapshotǁvehicle__mutmut_14 # type: ignore # mutmut generated

mutants_xǁSnapshotǁvehicles_of__mutmut['_mutmut_orig'] = Snapshot.xǁSnapshotǁvehicles_of__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicles_of__mutmut['xǁSnapshotǁvehicles_of__mutmut_1'] = Snapshot.xǁSnapshotǁvehicles_of__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicles_of__mutmut['xǁSnapshotǁvehicles_of__mutmut_2'] = Snapshot.xǁSnapshotǁvehicles_of__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicles_of__mutmut['xǁSnapshotǁvehicles_of__mutmut_3'] = Snapshot.xǁSnapshotǁvehicles_of__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicles_of__mutmut['xǁSnapshotǁvehicles_of__mutmut_4'] = Snapshot.xǁSnapshotǁvehicles_of__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicles_of__mutmut['xǁSnapshotǁvehicles_of__mutmut_5'] = Snapshot.xǁSnapshotǁvehicles_of__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicles_of__mutmut['xǁSnapshotǁvehicles_of__mutmut_6'] = Snapshot.xǁSnapshotǁvehicles_of__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicles_of__mutmut['xǁSnapshotǁvehicles_of__mutmut_7'] = Snapshot.xǁSnapshotǁvehicles_of__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicles_of__mutmut['xǁSnapshotǁvehicles_of__mutmut_8'] = Snapshot.xǁSnapshotǁvehicles_of__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicles_of__mutmut['xǁSnapshotǁvehicles_of__mutmut_9'] = Snapshot.xǁSnapshotǁvehicles_of__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSnapshotǁvehicles_of__mutmut['xǁSnapshotǁvehicles_of__mutmut_10'] = Snapshot.xǁSnapshotǁvehicles_of__mutmut_10 # type: ignore # mutmut generated

mutants_xǁSnapshotǁwork_orders_of__mutmut['_mutmut_orig'] = Snapshot.xǁSnapshotǁwork_orders_of__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_of__mutmut['xǁSnapshotǁwork_orders_of__mutmut_1'] = Snapshot.xǁSnapshotǁwork_orders_of__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_of__mutmut['xǁSnapshotǁwork_orders_of__mutmut_2'] = Snapshot.xǁSnapshotǁwork_orders_of__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_of__mutmut['xǁSnapshotǁwork_orders_of__mutmut_3'] = Snapshot.xǁSnapshotǁwork_orders_of__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_of__mutmut['xǁSnapshotǁwork_orders_of__mutmut_4'] = Snapshot.xǁSnapshotǁwork_orders_of__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_of__mutmut['xǁSnapshotǁwork_orders_of__mutmut_5'] = Snapshot.xǁSnapshotǁwork_orders_of__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_of__mutmut['xǁSnapshotǁwork_orders_of__mutmut_6'] = Snapshot.xǁSnapshotǁwork_orders_of__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_of__mutmut['xǁSnapshotǁwork_orders_of__mutmut_7'] = Snapshot.xǁSnapshotǁwork_orders_of__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_of__mutmut['xǁSnapshotǁwork_orders_of__mutmut_8'] = Snapshot.xǁSnapshotǁwork_orders_of__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_of__mutmut['xǁSnapshotǁwork_orders_of__mutmut_9'] = Snapshot.xǁSnapshotǁwork_orders_of__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_of__mutmut['xǁSnapshotǁwork_orders_of__mutmut_10'] = Snapshot.xǁSnapshotǁwork_orders_of__mutmut_10 # type: ignore # mutmut generated

mutants_xǁSnapshotǁwork_orders_for__mutmut['_mutmut_orig'] = Snapshot.xǁSnapshotǁwork_orders_for__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_for__mutmut['xǁSnapshotǁwork_orders_for__mutmut_1'] = Snapshot.xǁSnapshotǁwork_orders_for__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_for__mutmut['xǁSnapshotǁwork_orders_for__mutmut_2'] = Snapshot.xǁSnapshotǁwork_orders_for__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_for__mutmut['xǁSnapshotǁwork_orders_for__mutmut_3'] = Snapshot.xǁSnapshotǁwork_orders_for__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_for__mutmut['xǁSnapshotǁwork_orders_for__mutmut_4'] = Snapshot.xǁSnapshotǁwork_orders_for__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_for__mutmut['xǁSnapshotǁwork_orders_for__mutmut_5'] = Snapshot.xǁSnapshotǁwork_orders_for__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_for__mutmut['xǁSnapshotǁwork_orders_for__mutmut_6'] = Snapshot.xǁSnapshotǁwork_orders_for__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_for__mutmut['xǁSnapshotǁwork_orders_for__mutmut_7'] = Snapshot.xǁSnapshotǁwork_orders_for__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_for__mutmut['xǁSnapshotǁwork_orders_for__mutmut_8'] = Snapshot.xǁSnapshotǁwork_orders_for__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_for__mutmut['xǁSnapshotǁwork_orders_for__mutmut_9'] = Snapshot.xǁSnapshotǁwork_orders_for__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSnapshotǁwork_orders_for__mutmut['xǁSnapshotǁwork_orders_for__mutmut_10'] = Snapshot.xǁSnapshotǁwork_orders_for__mutmut_10 # type: ignore # mutmut generated

mutants_xǁSnapshotǁreadings_for__mutmut['_mutmut_orig'] = Snapshot.xǁSnapshotǁreadings_for__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSnapshotǁreadings_for__mutmut['xǁSnapshotǁreadings_for__mutmut_1'] = Snapshot.xǁSnapshotǁreadings_for__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSnapshotǁreadings_for__mutmut['xǁSnapshotǁreadings_for__mutmut_2'] = Snapshot.xǁSnapshotǁreadings_for__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSnapshotǁreadings_for__mutmut['xǁSnapshotǁreadings_for__mutmut_3'] = Snapshot.xǁSnapshotǁreadings_for__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSnapshotǁreadings_for__mutmut['xǁSnapshotǁreadings_for__mutmut_4'] = Snapshot.xǁSnapshotǁreadings_for__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSnapshotǁreadings_for__mutmut['xǁSnapshotǁreadings_for__mutmut_5'] = Snapshot.xǁSnapshotǁreadings_for__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSnapshotǁreadings_for__mutmut['xǁSnapshotǁreadings_for__mutmut_6'] = Snapshot.xǁSnapshotǁreadings_for__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSnapshotǁreadings_for__mutmut['xǁSnapshotǁreadings_for__mutmut_7'] = Snapshot.xǁSnapshotǁreadings_for__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSnapshotǁreadings_for__mutmut['xǁSnapshotǁreadings_for__mutmut_8'] = Snapshot.xǁSnapshotǁreadings_for__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSnapshotǁreadings_for__mutmut['xǁSnapshotǁreadings_for__mutmut_9'] = Snapshot.xǁSnapshotǁreadings_for__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSnapshotǁreadings_for__mutmut['xǁSnapshotǁreadings_for__mutmut_10'] = Snapshot.xǁSnapshotǁreadings_for__mutmut_10 # type: ignore # mutmut generated

mutants_xǁSnapshotǁcomplaints_of__mutmut['_mutmut_orig'] = Snapshot.xǁSnapshotǁcomplaints_of__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSnapshotǁcomplaints_of__mutmut['xǁSnapshotǁcomplaints_of__mutmut_1'] = Snapshot.xǁSnapshotǁcomplaints_of__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcomplaints_of__mutmut['xǁSnapshotǁcomplaints_of__mutmut_2'] = Snapshot.xǁSnapshotǁcomplaints_of__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcomplaints_of__mutmut['xǁSnapshotǁcomplaints_of__mutmut_3'] = Snapshot.xǁSnapshotǁcomplaints_of__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcomplaints_of__mutmut['xǁSnapshotǁcomplaints_of__mutmut_4'] = Snapshot.xǁSnapshotǁcomplaints_of__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcomplaints_of__mutmut['xǁSnapshotǁcomplaints_of__mutmut_5'] = Snapshot.xǁSnapshotǁcomplaints_of__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcomplaints_of__mutmut['xǁSnapshotǁcomplaints_of__mutmut_6'] = Snapshot.xǁSnapshotǁcomplaints_of__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcomplaints_of__mutmut['xǁSnapshotǁcomplaints_of__mutmut_7'] = Snapshot.xǁSnapshotǁcomplaints_of__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcomplaints_of__mutmut['xǁSnapshotǁcomplaints_of__mutmut_8'] = Snapshot.xǁSnapshotǁcomplaints_of__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcomplaints_of__mutmut['xǁSnapshotǁcomplaints_of__mutmut_9'] = Snapshot.xǁSnapshotǁcomplaints_of__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSnapshotǁcomplaints_of__mutmut['xǁSnapshotǁcomplaints_of__mutmut_10'] = Snapshot.xǁSnapshotǁcomplaints_of__mutmut_10 # type: ignore # mutmut generated

mutants_xǁSnapshotǁfollowups_of__mutmut['_mutmut_orig'] = Snapshot.xǁSnapshotǁfollowups_of__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSnapshotǁfollowups_of__mutmut['xǁSnapshotǁfollowups_of__mutmut_1'] = Snapshot.xǁSnapshotǁfollowups_of__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSnapshotǁfollowups_of__mutmut['xǁSnapshotǁfollowups_of__mutmut_2'] = Snapshot.xǁSnapshotǁfollowups_of__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSnapshotǁfollowups_of__mutmut['xǁSnapshotǁfollowups_of__mutmut_3'] = Snapshot.xǁSnapshotǁfollowups_of__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSnapshotǁfollowups_of__mutmut['xǁSnapshotǁfollowups_of__mutmut_4'] = Snapshot.xǁSnapshotǁfollowups_of__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSnapshotǁfollowups_of__mutmut['xǁSnapshotǁfollowups_of__mutmut_5'] = Snapshot.xǁSnapshotǁfollowups_of__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSnapshotǁfollowups_of__mutmut['xǁSnapshotǁfollowups_of__mutmut_6'] = Snapshot.xǁSnapshotǁfollowups_of__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSnapshotǁfollowups_of__mutmut['xǁSnapshotǁfollowups_of__mutmut_7'] = Snapshot.xǁSnapshotǁfollowups_of__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSnapshotǁfollowups_of__mutmut['xǁSnapshotǁfollowups_of__mutmut_8'] = Snapshot.xǁSnapshotǁfollowups_of__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSnapshotǁfollowups_of__mutmut['xǁSnapshotǁfollowups_of__mutmut_9'] = Snapshot.xǁSnapshotǁfollowups_of__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSnapshotǁfollowups_of__mutmut['xǁSnapshotǁfollowups_of__mutmut_10'] = Snapshot.xǁSnapshotǁfollowups_of__mutmut_10 # type: ignore # mutmut generated

mutants_xǁSnapshotǁappointments_of__mutmut['_mutmut_orig'] = Snapshot.xǁSnapshotǁappointments_of__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSnapshotǁappointments_of__mutmut['xǁSnapshotǁappointments_of__mutmut_1'] = Snapshot.xǁSnapshotǁappointments_of__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSnapshotǁappointments_of__mutmut['xǁSnapshotǁappointments_of__mutmut_2'] = Snapshot.xǁSnapshotǁappointments_of__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSnapshotǁappointments_of__mutmut['xǁSnapshotǁappointments_of__mutmut_3'] = Snapshot.xǁSnapshotǁappointments_of__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSnapshotǁappointments_of__mutmut['xǁSnapshotǁappointments_of__mutmut_4'] = Snapshot.xǁSnapshotǁappointments_of__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSnapshotǁappointments_of__mutmut['xǁSnapshotǁappointments_of__mutmut_5'] = Snapshot.xǁSnapshotǁappointments_of__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSnapshotǁappointments_of__mutmut['xǁSnapshotǁappointments_of__mutmut_6'] = Snapshot.xǁSnapshotǁappointments_of__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSnapshotǁappointments_of__mutmut['xǁSnapshotǁappointments_of__mutmut_7'] = Snapshot.xǁSnapshotǁappointments_of__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSnapshotǁappointments_of__mutmut['xǁSnapshotǁappointments_of__mutmut_8'] = Snapshot.xǁSnapshotǁappointments_of__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSnapshotǁappointments_of__mutmut['xǁSnapshotǁappointments_of__mutmut_9'] = Snapshot.xǁSnapshotǁappointments_of__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSnapshotǁappointments_of__mutmut['xǁSnapshotǁappointments_of__mutmut_10'] = Snapshot.xǁSnapshotǁappointments_of__mutmut_10 # type: ignore # mutmut generated
