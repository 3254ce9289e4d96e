"""How complete a customer's archive is, over the four groups of archive data.

A customer archive holds four groups of data: vehicle basics, vehicle extended data,
owner basics and owner extended data. The department measures how many of those
fields are filled (the archive completeness rate, see
[archive care][sources-archive]); [`completeness`][autocrm.rules.archive_completeness.completeness]
scores one customer.

Examples:
    >>> from autocrm.domain import Customer
    >>> completeness(Customer(number="C1", name="张三"), []).group(DataGroup.OWNER_BASICS).filled
    1
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from autocrm.domain.customer import Customer, CustomerKind, Gender
from autocrm.domain.labels import LabelledEnum
from autocrm.domain.vehicle import Vehicle
from autocrm.errors import InvalidComponent, shown
from autocrm.rules._visits import checked, checked_items

__all__ = [
    "Completeness",
    "DataGroup",
    "GroupCompleteness",
    "completeness",
]


class DataGroup(LabelledEnum):
    """The four groups of data a customer archive holds (see [archive care][sources-archive]).

    Examples:
        >>> from autocrm.rules.archive_completeness import DataGroup
        >>> DataGroup.VEHICLE_BASICS.value, DataGroup.VEHICLE_BASICS.label
        ('vehicle_basics', '车辆基本信息')
        >>> DataGroup.from_label('车辆基本信息') is DataGroup.VEHICLE_BASICS
        True
    """

    VEHICLE_BASICS = ("vehicle_basics", "车辆基本信息")
    VEHICLE_EXTENDED = ("vehicle_extended", "车辆扩展信息")
    OWNER_BASICS = ("owner_basics", "车主基本信息")
    OWNER_EXTENDED = ("owner_extended", "车主扩展信息")


# Field lists read like the source's groups. A company has no gender, birth date or resident ID:
# its unified social credit code stands in for the ID and serves as its tax number.
_VEHICLE_FIELDS: Mapping[DataGroup, tuple[str, ...]] = MappingProxyType(
    {
        DataGroup.VEHICLE_BASICS: (
            "plate", "vin", "engine_number", "chassis_number", "key_number",
            "manufactured_on", "first_maintenance_on", "model", "model_class",
        ),
        DataGroup.VEHICLE_EXTENDED: (
            "purchased_on", "registered_on", "insurer", "insurer_contact",
            "insurance_renewal_on", "next_maintenance_on", "last_business_on",
            "annual_inspection_on", "road_fee_on",
        ),
    }
)  # fmt: skip
_PERSON_FIELDS: Mapping[DataGroup, tuple[str, ...]] = MappingProxyType(
    {
        DataGroup.OWNER_BASICS: (
            "name", "gender", "birth_date", "resident_id", "address", "postcode",
            "phone", "mobile",
        ),
        DataGroup.OWNER_EXTENDED: (
            "email", "im_id", "contacts", "bank", "bank_account", "region", "category",
        ),
    }
)  # fmt: skip
_COMPANY_FIELDS: Mapping[DataGroup, tuple[str, ...]] = MappingProxyType(
    {
        DataGroup.OWNER_BASICS: ("name", "uscc", "address", "postcode", "phone", "mobile"),
        DataGroup.OWNER_EXTENDED: (
            "email", "im_id", "contacts", "bank", "bank_account", "tax_number", "region",
            "category",
        ),
    }
)  # fmt: skip


@attrs.frozen(kw_only=True)
class GroupCompleteness:
    """How complete one data group is.

    Attributes:
        group: The data group.
        filled / total: Fields filled and fields counted (per vehicle for vehicle groups).
        missing: The empty fields; vehicle fields read ``vehicle[VIN].field``, or
            ``vehicle.field`` when the customer has no vehicle.
        score: ``filled / total``, 0 to 1.

    Examples:
        >>> GroupCompleteness(group=DataGroup.OWNER_BASICS, filled=4, total=8,
        ...                   missing=("gender", "birth_date", "address", "postcode")).score
        0.5
    """

    group: DataGroup
    filled: int
    total: int
    missing: tuple[str, ...]

    @property
    def score(self) -> float:
        """Share of the fields filled, 0 to 1 (1 when nothing is counted)."""
        return self.filled / self.total if self.total else 1.0


@attrs.frozen(kw_only=True)
class Completeness:
    """How complete a customer's archive is, over the four data groups.

    Attributes:
        customer_number: The customer.
        groups: One [`GroupCompleteness`][autocrm.rules.archive_completeness.GroupCompleteness]
            per data group, in the order of DataGroup.
        filled / total: Over all groups.
        score: ``filled / total``, 0 to 1: every field weighs the same.

    Examples:
        >>> from autocrm.domain import Customer
        >>> result = completeness(Customer(number="C1", name="张三"), [])
        >>> result.group(DataGroup.OWNER_BASICS).missing[:3]
        ('gender', 'birth_date', 'resident_id')
    """

    customer_number: str
    groups: tuple[GroupCompleteness, ...]
    filled: int
    total: int
    score: float

    def group(self, group: DataGroup) -> GroupCompleteness:
        """Return the result of one data group."""
        for item in self.groups:
            if item.group is group:
                return item
        msg = f"group: {shown(group)} is not a DataGroup"  # pragma: no cover - all groups present
        raise InvalidComponent(msg, field="group", value=group)  # pragma: no cover

    @property
    def missing(self) -> tuple[str, ...]:
        """All missing fields, group by group."""
        return tuple(name for item in self.groups for name in item.missing)


def _filled(value: object) -> bool:
    if value is None or value is Gender.UNKNOWN:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (tuple, list, frozenset, set, Mapping)):
        return bool(value)
    return True


def _customer_value(customer: Customer, name: str) -> object:
    if name == "postcode":
        return None if customer.address is None else customer.address.postcode
    if name == "category":
        return customer.categories or customer.tags
    if name == "tax_number":
        return customer.tax_number or customer.uscc
    return getattr(customer, name)


def completeness(customer: Customer, vehicles: Iterable[Vehicle]) -> Completeness:
    """Score how complete a customer's archive is ([completeness rate][sources-archive]).

    Counts the fields of the four data groups: vehicle basics and vehicle
    extended data for each of the customer's vehicles, owner basics and owner
    extended data for the customer (a company is not asked for gender, birth
    date or resident ID, and its credit code counts as its tax number; a person is
    not asked for a tax number). A customer without a vehicle misses every vehicle
    field once. Gender UNKNOWN counts as missing; "category" is filled by any
    category or tag. Dates of things yet to happen (first maintenance, say) count
    as missing too: the score measures the record, not the customer.

    Args:
        customer: The customer.
        vehicles: Vehicles; those of other customers are ignored, so the whole
            vehicle list may be passed.

    Returns:
        The score with the missing fields per group.

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import Customer, Vehicle
        >>> c = Customer(number="C000001", name="王建国", mobile="13800138000",
        ...              resident_id="11010519491231002X", gender="female",
        ...              birth_date=date(1949, 12, 31))
        >>> car = Vehicle("LFV2A21K3D3109826", "C000001", plate="京A12345", model="速腾")
        >>> result = completeness(c, [car])
        >>> result.filled, result.total, round(result.score, 2)
        (8, 33, 0.24)
        >>> result.group(DataGroup.OWNER_BASICS).missing
        ('address', 'postcode', 'phone')
    """
    checked(customer, Customer, "customer")
    cars = checked_items(vehicles, Vehicle, "vehicles")
    own = [v for v in cars if v.customer_number == customer.number]
    groups: list[GroupCompleteness] = []
    for group, names in _VEHICLE_FIELDS.items():
        missing: list[str] = []
        total = 0
        if not own:
            missing = [f"vehicle.{name}" for name in names]
            total = len(names)
        for vehicle in own:
            total += len(names)
            missing += [
                f"vehicle[{vehicle.vin}].{name}"
                for name in names
                if not _filled(getattr(vehicle, name))
            ]
        groups.append(
            GroupCompleteness(
                group=group, filled=total - len(missing), total=total, missing=tuple(missing)
            )
        )
    owner_fields = _COMPANY_FIELDS if customer.kind is CustomerKind.COMPANY else _PERSON_FIELDS
    for group, names in owner_fields.items():
        absent = tuple(name for name in names if not _filled(_customer_value(customer, name)))
        groups.append(
            GroupCompleteness(
                group=group, filled=len(names) - len(absent), total=len(names), missing=absent
            )
        )
    filled = sum(g.filled for g in groups)
    total = sum(g.total for g in groups)
    return Completeness(
        customer_number=customer.number,
        groups=tuple(groups),
        filled=filled,
        total=total,
        score=filled / total if total else 1.0,
    )
