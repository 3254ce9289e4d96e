"""Archive care: completeness, duplicates, review, redaction, anonymisation (SPEC §1, §2, §9).

Seed 000 lists the four groups of data a customer archive holds; seed 001 asks for a
quarterly review for truth and completeness, access by role (sales, after-sales and
customer service see different fields), and measures the archive completeness rate.
Duplicate customers (same VIN, same mobile) are one form of the information silos
seed 001 wants removed. Anonymisation answers a deletion request under China's
Personal Information Protection Law (PIPL) while keeping the record countable.
Seed 000 shows a work order in the middle of the screen with its follow-up and
complaint handling records below: :func:`work_order_record` gathers them.

Examples:
    >>> from autocrm.domain import Customer
    >>> c = Customer(number="C000001", name="王建国", mobile="13800138000",
    ...              resident_id="11010519491231002X")
    >>> view = redact(c, Role.CUSTOMER_SERVICE)
    >>> view["resident_id"], view["mobile"]
    ('1101**********002X', '+86 138****8000')
    >>> anonymise(c).name, anonymise(c).mobile
    ('匿名客户C000001', None)
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from autocrm.domain._enum import LabelledEnum
from autocrm.domain.complaint import Complaint
from autocrm.domain.customer import Contact, ContactKind, Customer, CustomerKind, Gender
from autocrm.domain.followup import FollowUp
from autocrm.domain.identifiers import phone as phone_id
from autocrm.domain.identifiers import ric as ric_id
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import as_date, local_date
from autocrm.domain.vehicle import Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import InvalidComponent, InvalidFormat, NotFound, shown
from autocrm.rules._visits import check_iterable, checked

__all__ = [
    "COMPLAINT_VISIBILITY",
    "PERSONAL_FIELDS",
    "VISIBILITY",
    "WORK_ORDER_VISIBILITY",
    "ArchivePolicy",
    "Completeness",
    "DataGroup",
    "DuplicateGroup",
    "DuplicateReason",
    "GroupCompleteness",
    "RedactedComplaint",
    "RedactedCustomer",
    "RedactedWorkOrder",
    "ReviewDue",
    "Role",
    "Visibility",
    "WorkOrderRecord",
    "anonymise",
    "completeness",
    "find_duplicates",
    "redact",
    "redact_complaint",
    "redact_work_order",
    "review_due",
    "reviews_due",
    "visibility",
    "work_order_record",
]


def _check_positive(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"{attribute.name}: expected a whole number >= 1, got {shown(value)}"
        raise InvalidComponent(msg, field=attribute.name, value=value)


def _check_non_negative(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise InvalidComponent(msg, field=attribute.name, value=value)


def _check_prefix(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        msg = f"{attribute.name}: expected a non-blank string, got {shown(value)}"
        raise InvalidFormat(msg, field=attribute.name, value=value)


@attrs.frozen(kw_only=True)
class ArchivePolicy:
    """The numbers of archive care (seed 001).

    Attributes:
        review_every_months: The archive is reviewed this often (quarterly by default).
        customer_number_prefix / customer_number_width: Format of new customer numbers.
        vin_check_digit: Whether VINs must carry a valid check digit.
        similar_name_max_edits: How many characters two names may differ by and
            still be "near-same" for :func:`find_duplicates` (names shorter than
            three characters must match exactly).
        anonymous_name_prefix: The pseudonym :func:`anonymise` gives, followed by
            the customer number.

    Examples:
        >>> ArchivePolicy().review_every_months
        3
    """

    review_every_months: int = attrs.field(default=3, validator=_check_positive)
    customer_number_prefix: str = "C"
    customer_number_width: int = 6
    vin_check_digit: bool = True
    similar_name_max_edits: int = attrs.field(default=1, validator=_check_non_negative)
    anonymous_name_prefix: str = attrs.field(default="匿名客户", validator=_check_prefix)


_DEFAULT_POLICY = ArchivePolicy()

# --------------------------------------------------------------------------- completeness


class DataGroup(LabelledEnum):
    """The four groups of archive data of seed 000.

    Examples:
        >>> from autocrm.rules.archive import DataGroup
        >>> DataGroup.VEHICLE_BASICS.value, DataGroup.VEHICLE_BASICS.label
        ('vehicle_basics', '车辆基本信息')
        >>> DataGroup.from_label('车辆基本信息') is DataGroup.VEHICLE_BASICS
        True
    """

    VEHICLE_BASICS = ("vehicle_basics", "车辆基本信息")
    VEHICLE_EXTENDED = ("vehicle_extended", "车辆扩展信息")
    OWNER_BASICS = ("owner_basics", "车主基本信息")
    OWNER_EXTENDED = ("owner_extended", "车主扩展信息")


# Field lists read like seed 000's. A company has no gender, birth date or resident ID:
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
    """How complete a customer's archive is, over seed 000's four data groups.

    Attributes:
        customer_number: The customer.
        groups: One :class:`GroupCompleteness` per data group, in seed order.
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
    """Score how complete a customer's archive is (seed 001's completeness rate).

    Counts the fields of seed 000's four data groups: vehicle basics and vehicle
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
    own = [v for v in vehicles if v.customer_number == customer.number]
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


# --------------------------------------------------------------------------- duplicates


class DuplicateReason(LabelledEnum):
    """Why customer records look like one customer (seed 001's information silos).

    Examples:
        >>> from autocrm.rules.archive import DuplicateReason
        >>> DuplicateReason.SAME_VIN.value, DuplicateReason.SAME_VIN.label
        ('same_vin', '同一车架号')
        >>> DuplicateReason.from_label('同一车架号') is DuplicateReason.SAME_VIN
        True
    """

    SAME_VIN = ("same_vin", "同一车架号")
    SAME_RESIDENT_ID = ("same_resident_id", "同一身份证号")
    SAME_USCC = ("same_uscc", "同一统一社会信用代码")
    SAME_MOBILE = ("same_mobile", "同一手机号")
    SIMILAR_NAME_SAME_PHONE = ("similar_name_same_phone", "姓名相近且电话相同")


@attrs.frozen(kw_only=True)
class DuplicateGroup:
    """Customer records that look like one customer.

    Attributes:
        reason: Which rule found them.
        key: The shared value (VIN, ID number, credit code or phone number).
        customer_numbers: The records' customer numbers, sorted, at least two.
        detail: The reason in words, with the evidence.

    Examples:
        >>> from autocrm.domain import Customer
        >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
        >>> b = Customer(number="C000002", name="王建囯", mobile="13800138000")
        >>> find_duplicates([a, b], [])[0].customer_numbers
        ('C000001', 'C000002')
    """

    reason: DuplicateReason
    key: str
    customer_numbers: tuple[str, ...]
    detail: str


_COMPANY_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "分公司", "公司")
_NAME_NOISE = frozenset(" \t\u3000·•.-_()（）[]【】,，")


def _normal_name(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(char for char in folded if char not in _NAME_NOISE)
    for suffix in _COMPANY_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _similar_names(a: str, b: str, max_edits: int) -> bool:
    x, y = _normal_name(a), _normal_name(b)
    if x == y:
        return True
    # Two-character names (most Chinese names) differing in one character are as
    # likely two people sharing a home phone as one typo: require an exact match.
    if min(len(x), len(y)) < 3:
        return False
    return _edit_distance(x, y, max_edits) <= max_edits


def _exact_groups(
    customers: Mapping[str, Customer],
    key_of: Callable[[Customer], str | None],
    reason: DuplicateReason,
    what: str,
) -> Iterator[DuplicateGroup]:
    buckets: defaultdict[str, set[str]] = defaultdict(set)
    for number, customer in customers.items():
        key = key_of(customer)
        if key:
            buckets[key].add(number)
    for key, numbers in buckets.items():
        if len(numbers) > 1:
            members = tuple(sorted(numbers))
            yield DuplicateGroup(
                reason=reason,
                key=key,
                customer_numbers=members,
                detail=f"{len(members)} customers share {what} {key}: {', '.join(members)}",
            )


def _similar_name_groups(
    customers: Mapping[str, Customer], max_edits: int
) -> Iterator[DuplicateGroup]:
    buckets: defaultdict[str, set[str]] = defaultdict(set)
    for number, customer in customers.items():
        for value in (customer.mobile, customer.phone, customer.office_phone):
            if value:
                buckets[value].add(number)
    for key, numbers in buckets.items():
        members = sorted(numbers)
        if len(members) < 2:
            continue
        # Union-find over near-same names among the records sharing this number.
        parent = {number: number for number in members}

        def root(number: str, parent: dict[str, str] = parent) -> str:
            while parent[number] != number:
                parent[number] = parent[parent[number]]
                number = parent[number]
            return number

        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                if _similar_names(customers[first].name, customers[second].name, max_edits):
                    parent[root(second)] = root(first)
        clusters: defaultdict[str, list[str]] = defaultdict(list)
        for number in members:
            clusters[root(number)].append(number)
        for cluster in clusters.values():
            if len(cluster) < 2 or all(customers[n].mobile == key for n in cluster):
                continue  # a shared mobile is reported as SAME_MOBILE already
            names = ", ".join(f"{n} {customers[n].name}" for n in cluster)
            yield DuplicateGroup(
                reason=DuplicateReason.SIMILAR_NAME_SAME_PHONE,
                key=key,
                customer_numbers=tuple(cluster),
                detail=f"near-same names share phone {key}: {names}",
            )


def find_duplicates(
    customers: Iterable[Customer],
    vehicles: Iterable[Vehicle],
    *,
    policy: ArchivePolicy = _DEFAULT_POLICY,
) -> tuple[DuplicateGroup, ...]:
    """Find customer records that look like one customer (seed 001).

    Rules, each giving its own groups: the same VIN on vehicles of two customers;
    the same resident ID; the same unified social credit code; the same mobile;
    near-same names (equal after dropping spaces, punctuation, width and company
    suffixes such as 有限公司, or up to ``policy.similar_name_max_edits``
    characters apart for names of three or more characters) sharing a mobile,
    phone or office phone. Records are told apart by their customer number; the
    same number given twice is one record (the last wins).

    Args:
        customers: The customers to compare.
        vehicles: Their vehicles (for the VIN rule).
        policy: ``similar_name_max_edits``.

    Returns:
        The groups sorted by reason (in :class:`DuplicateReason` order), key and
        customer numbers: the same input gives the same output in any order.

    Examples:
        >>> from autocrm.domain import Customer, Vehicle
        >>> a = Customer(number="C000001", name="北京某某物流有限公司", kind="company",
        ...              phone="010-65123456")
        >>> b = Customer(number="C000002", name="北京某某物流", kind="company",
        ...              office_phone="010 6512 3456")
        >>> cars = [Vehicle("LFV2A21K3D3109826", "C000001"),
        ...         Vehicle("LFV2A21K3D3109826", "C000003")]
        >>> for group in find_duplicates([a, b], cars):
        ...     print(group.reason.value, group.customer_numbers)
        same_vin ('C000001', 'C000003')
        similar_name_same_phone ('C000001', 'C000002')
    """
    policy = checked(policy, ArchivePolicy, "policy")
    check_iterable(customers, "customers")
    by_number = {customer.number: customer for customer in customers}
    groups: list[DuplicateGroup] = []
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for vehicle in vehicles:
        owners[vehicle.vin].add(vehicle.customer_number)
    for vin, numbers in owners.items():
        if len(numbers) > 1:
            members = tuple(sorted(numbers))
            groups.append(
                DuplicateGroup(
                    reason=DuplicateReason.SAME_VIN,
                    key=vin,
                    customer_numbers=members,
                    detail=f"VIN {vin} is registered under {', '.join(members)}",
                )
            )
    groups += _exact_groups(
        by_number, lambda c: c.resident_id, DuplicateReason.SAME_RESIDENT_ID, "resident ID"
    )
    groups += _exact_groups(by_number, lambda c: c.uscc, DuplicateReason.SAME_USCC, "credit code")
    groups += _exact_groups(by_number, lambda c: c.mobile, DuplicateReason.SAME_MOBILE, "mobile")
    groups += _similar_name_groups(by_number, policy.similar_name_max_edits)
    order = {reason: index for index, reason in enumerate(DuplicateReason)}
    return tuple(sorted(groups, key=lambda g: (order[g.reason], g.key, g.customer_numbers)))


# --------------------------------------------------------------------------- review


@attrs.frozen(kw_only=True)
class ReviewDue:
    """Whether a customer's archive is due for its periodic review (seed 001).

    Truthy when due.

    Attributes:
        customer_number: The customer.
        due: Whether the review is due on ``as_of``.
        due_on: The day it falls due; ``None`` when the record has neither a review
            nor a registration date (then it is due at once).
        basis: ``"reviewed_on"``, ``"registered_on"`` or ``None``: the date counted from.
        review_every_months: The policy value used.

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import Customer
        >>> bool(review_due(Customer(number="C1", name="张三"), as_of=date(2025, 10, 9)))
        True
    """

    customer_number: str
    due: bool
    due_on: date | None
    basis: str | None
    review_every_months: int

    def __bool__(self) -> bool:
        return self.due


def review_due(
    customer: Customer, *, as_of: date, policy: ArchivePolicy = _DEFAULT_POLICY
) -> ReviewDue:
    """Tell whether a customer's archive is due for review (quarterly by default).

    The review falls due ``review_every_months`` after the last review
    (``Customer.reviewed_on``), or after registration when it was never reviewed;
    a record with neither date is due at once. A due date on the 31st of a short
    month moves to the month's last day.

    Args:
        customer: The customer.
        as_of: The business date (an aware datetime counts as its local date).
        policy: ``review_every_months``.

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import Customer
        >>> c = Customer(number="C1", name="张三", registered_on=date(2025, 1, 10),
        ...              reviewed_on=date(2025, 7, 10))
        >>> r = review_due(c, as_of=date(2025, 10, 9))
        >>> r.due, r.due_on, r.basis
        (False, datetime.date(2025, 10, 10), 'reviewed_on')
        >>> review_due(c, as_of=date(2025, 10, 10)).due
        True
    """
    policy = checked(policy, ArchivePolicy, "policy")
    checked(customer, Customer, "customer")
    today = as_date(as_of)
    months = policy.review_every_months
    if customer.reviewed_on is not None:
        basis: str | None = "reviewed_on"
        last: date | None = customer.reviewed_on
    elif customer.registered_on is not None:
        basis, last = "registered_on", customer.registered_on
    else:
        basis, last = None, None
    due_on = None if last is None else last + relativedelta(months=months)
    return ReviewDue(
        customer_number=customer.number,
        due=due_on is None or today >= due_on,
        due_on=due_on,
        basis=basis,
        review_every_months=months,
    )


def reviews_due(
    customers: Iterable[Customer], *, as_of: date, policy: ArchivePolicy = _DEFAULT_POLICY
) -> tuple[ReviewDue, ...]:
    """Return the reviews due on ``as_of``, oldest due date first (undated records first).

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import Customer
        >>> cs = [Customer(number="C1", name="甲", reviewed_on=date(2025, 7, 1)),
        ...       Customer(number="C2", name="乙", reviewed_on=date(2025, 9, 1))]
        >>> [r.customer_number for r in reviews_due(cs, as_of=date(2025, 10, 9))]
        ['C1']
    """
    policy = checked(policy, ArchivePolicy, "policy")
    check_iterable(customers, "customers")
    due = [r for c in customers if (r := review_due(c, as_of=as_of, policy=policy)).due]
    return tuple(sorted(due, key=lambda r: (r.due_on or date.min, r.customer_number)))


# --------------------------------------------------------------------------- roles


class Role(LabelledEnum):
    """Who looks at the archive (seed 001: access by role).

    Examples:
        >>> from autocrm.rules.archive import Role
        >>> Role.SALES.value, Role.SALES.label
        ('sales', '销售')
        >>> Role.from_label('销售') is Role.SALES
        True
    """

    SALES = ("sales", "销售")
    AFTER_SALES = ("after_sales", "售后")
    CUSTOMER_SERVICE = ("customer_service", "客服")
    ADMIN = ("admin", "管理员")


class Visibility(LabelledEnum):
    """How a role sees a field.

    Examples:
        >>> from autocrm.rules.archive import Visibility
        >>> Visibility.FULL.value, Visibility.FULL.label
        ('full', '可见')
        >>> Visibility.from_label('可见') is Visibility.FULL
        True
    """

    FULL = ("full", "可见")
    MASKED = ("masked", "脱敏")
    HIDDEN = ("hidden", "不可见")


def _keep_ends(value: str, head: int, tail: int) -> str:
    def last(count: int) -> str:
        return value[len(value) - count :] if count > 0 else ""

    if len(value) - head - tail < 4:  # too short to show both ends: keep only the tail
        tail = max(0, min(tail, len(value) - 4))
        return "*" * (len(value) - tail) + last(tail)
    return value[:head] + "*" * (len(value) - head - tail) + last(tail)


def _mask_name(value: str) -> str:
    return value[:1] + "*" * max(1, len(value) - 1)


def _mask_resident_id(value: str) -> str:
    try:
        return ric_id.mask(value)
    except ValueError:
        return _keep_ends(value, 4, 4)


def _mask_phone(value: str) -> str:
    try:
        return phone_id.mask(value)
    except ValueError:
        return _keep_ends(value, 0, 4)


def _mask_email(value: str) -> str:
    local, at, domain = value.partition("@")
    return f"{local[:1]}***{at}{domain}" if at else _mask_name(value)


def _mask_digits(value: str) -> str:
    return _keep_ends(value.replace(" ", ""), 4, 4)


def _mask_birth_date(value: date) -> str:
    return f"{value.year:04d}-**-**"


_MASKERS: Mapping[str, Callable[[Any], object]] = MappingProxyType(
    {
        "name": _mask_name,
        "birth_date": _mask_birth_date,
        "resident_id": _mask_resident_id,
        "uscc": _mask_digits,
        "mobile": _mask_phone,
        "phone": _mask_phone,
        "office_phone": _mask_phone,
        "fax": _mask_phone,
        "email": _mask_email,
        "im_id": _mask_name,
        "bank_account": _mask_digits,
        "tax_number": _mask_digits,
    }
)

_F, _M, _H = Visibility.FULL, Visibility.MASKED, Visibility.HIDDEN
# One row per Customer field: (sales, after-sales, customer service); the
# administrator sees everything. Why: sales needs to reach and invoice buyers;
# after-sales calls the owner, fetches the car and settles the bill (bank), but
# has no use for the ID number or birthday; customer service calls (through the
# dialler, seeing masked numbers) and makes birthday care calls (seed 002), and
# sees ID number and bank account masked (DESIGN "Roles").
_ROWS: tuple[tuple[str, Visibility, Visibility, Visibility], ...] = (
    ("number", _F, _F, _F),
    ("kind", _F, _F, _F),
    ("name", _F, _F, _F),
    ("gender", _F, _F, _F),
    ("birth_date", _F, _H, _F),
    ("resident_id", _M, _H, _M),
    ("uscc", _F, _F, _F),
    ("mobile", _F, _F, _M),
    ("phone", _F, _F, _M),
    ("office_phone", _F, _F, _M),
    ("fax", _F, _F, _M),
    ("email", _F, _H, _M),
    ("im_id", _F, _H, _M),
    ("address", _F, _F, _H),
    ("home_address", _F, _F, _H),
    ("work_address", _F, _F, _H),
    ("occupation", _F, _H, _F),
    ("region", _F, _F, _F),
    ("bank", _H, _F, _F),
    ("bank_account", _H, _M, _M),
    ("tax_number", _F, _F, _H),
    ("contacts", _F, _F, _H),
    ("owner", _F, _F, _F),
    ("registered_on", _F, _F, _F),
    ("reviewed_on", _F, _F, _F),
    ("tags", _F, _F, _F),
    ("categories", _F, _F, _F),
    ("opt_outs", _F, _F, _F),
    ("anonymised", _F, _F, _F),
    ("merged_into", _F, _F, _F),
    ("version", _F, _F, _F),
)

#: Role -> Customer field -> :class:`Visibility`. A field missing from a role's row
#: (one added to Customer later) is hidden from every role but ADMIN.
VISIBILITY: Mapping[Role, Mapping[str, Visibility]] = MappingProxyType(
    {
        Role.SALES: MappingProxyType({row[0]: row[1] for row in _ROWS}),
        Role.AFTER_SALES: MappingProxyType({row[0]: row[2] for row in _ROWS}),
        Role.CUSTOMER_SERVICE: MappingProxyType({row[0]: row[3] for row in _ROWS}),
        Role.ADMIN: MappingProxyType({row[0]: _F for row in _ROWS}),
    }
)


def _as_role(role: object) -> Role:
    if isinstance(role, Role):
        return role
    if isinstance(role, str):
        for member in Role:
            if role in (member.value, member.label):
                return member
    allowed = ", ".join(member.value for member in Role)
    msg = f"role: {shown(role)} is not a Role ({allowed})"
    raise InvalidComponent(msg, field="role", value=role)


#: Strictness order of :class:`Visibility`: a field seen two ways is seen the stricter way.
_STRICTNESS: Mapping[Visibility, int] = MappingProxyType(
    {Visibility.FULL: 0, Visibility.MASKED: 1, Visibility.HIDDEN: 2}
)


def visibility(role: Role, field: str, *, kind: CustomerKind | None = None) -> Visibility:
    """Return how ``role`` sees the Customer field ``field``.

    A person's tax number is their resident ID (a company's is its credit code), so
    for ``kind=CustomerKind.PERSON`` the tax number is seen as the resident ID is
    whenever that is stricter than the tax number's own row: masked for sales,
    hidden from after-sales.

    Args:
        role: The viewer's role (a :class:`Role`, its value or its label).
        field: A Customer attribute name.
        kind: The kind of customer the field belongs to, if known.

    Raises:
        autocrm.errors.InvalidComponent: ``role`` is not a Role.

    Examples:
        >>> visibility(Role.CUSTOMER_SERVICE, "resident_id").label
        '脱敏'
        >>> visibility(Role.ADMIN, "some_future_field").value, visibility("销售", "x").value
        ('full', 'hidden')
        >>> visibility(Role.SALES, "tax_number").value
        'full'
        >>> visibility(Role.SALES, "tax_number", kind=CustomerKind.PERSON).value
        'masked'
    """
    who = _as_role(role)
    if who is Role.ADMIN:
        return Visibility.FULL
    seen = VISIBILITY[who].get(field, Visibility.HIDDEN)
    if field == "tax_number" and kind is CustomerKind.PERSON:
        as_id = VISIBILITY[who].get("resident_id", Visibility.HIDDEN)
        seen = max(seen, as_id, key=_STRICTNESS.__getitem__)
    return seen


class _RecordView:
    """Mapping-like access shared by the redacted views of customers, complaints and work orders."""

    number: str
    role: Role
    values: Mapping[str, object]
    hidden: frozenset[str]

    def __getitem__(self, field: str) -> object:
        if field in self.hidden:
            msg = f"{field} is hidden from the {self.role.value} role"
            raise KeyError(msg)
        return self.values[field]

    def __contains__(self, field: object) -> bool:
        return field in self.values

    def get(self, field: str, default: object = None) -> object:
        """Return the shown value of ``field``, or ``default`` if it is hidden."""
        return self.values.get(field, default)


@attrs.frozen(kw_only=True)
class RedactedCustomer(_RecordView):
    """What one role may see of a customer: a read-only view, not a Customer.

    Masked values (``'1101**********002X'``) are no longer valid identifiers, so
    the view is a mapping of field name to shown value rather than a Customer
    (which would refuse them). Hidden fields are absent.

    Attributes:
        number: The customer number.
        role: The role the view was made for.
        values: Field name -> value shown (full or masked).
        masked: Fields shown masked.
        hidden: Fields left out.

    Examples:
        >>> from autocrm.domain import Customer
        >>> view = redact(Customer(number="C1", name="张三", bank_account="6222020200112233445"),
        ...               Role.SALES)
        >>> "bank_account" in view, view.get("bank_account"), view["name"]
        (False, None, '张三')
    """

    number: str
    role: Role
    values: Mapping[str, object] = attrs.field(hash=False)
    masked: frozenset[str]
    hidden: frozenset[str]


#: The Customer field whose visibility a contact of each kind follows.
_CONTACT_FIELDS: Mapping[ContactKind, str] = MappingProxyType(
    {
        ContactKind.MOBILE: "mobile",
        ContactKind.PHONE: "phone",
        ContactKind.OFFICE_PHONE: "office_phone",
        ContactKind.FAX: "fax",
        ContactKind.EMAIL: "email",
        ContactKind.IM: "im_id",
        ContactKind.OTHER: "contacts",
    }
)


def _visible_contacts(contacts: tuple[Contact, ...], who: Role) -> tuple[Contact, ...]:
    # An e-mail kept among the other contacts is still an e-mail: a role that may not
    # see the customer's e-mail (or sees it only masked) does not get it from there.
    return tuple(c for c in contacts if visibility(who, _CONTACT_FIELDS[c.kind]) is Visibility.FULL)


def _masker(field: str, kind: CustomerKind) -> Callable[[Any], object]:
    if field == "tax_number" and kind is CustomerKind.PERSON:
        return _mask_resident_id  # a person's tax number is the resident ID: mask it as one
    return _MASKERS[field]


def redact(customer: Customer, role: Role) -> RedactedCustomer:
    """Return what ``role`` may see of ``customer`` (seed 001: access by role).

    Each field is shown in full, masked or hidden as :data:`VISIBILITY` says; a
    person's tax number, which is their resident ID, is shown no more than the
    resident ID is (see :func:`visibility`) and masked like it. Among the other
    contacts, a role sees only those whose kind it sees in full (after-sales gets no
    e-mail or IM contact); ``contacts`` is then listed in ``masked``.
    Masks keep just enough to recognise the value: resident ID ``1101**********002X``,
    phone ``+86 138****8000``, bank account ``6222***********3445``, name ``王**``,
    e-mail ``w***@example.com``, birth date ``1949-**-**``.

    Args:
        customer: The customer; not changed.
        role: The viewer's role (a :class:`Role`, its value or its label).

    Raises:
        autocrm.errors.InvalidComponent: ``role`` is not a Role.

    Examples:
        >>> from autocrm.domain import Customer
        >>> c = Customer(number="C000001", name="王建国", mobile="13800138000",
        ...              resident_id="11010519491231002X", bank_account="6222020200112233445")
        >>> cs = redact(c, Role.CUSTOMER_SERVICE)
        >>> cs["resident_id"], cs["mobile"], cs["bank_account"]
        ('1101**********002X', '+86 138****8000', '6222***********3445')
        >>> redact(c, "售后").get("resident_id") is None
        True
    """
    checked(customer, Customer, "customer")
    who = _as_role(role)
    values: dict[str, object] = {}
    masked: set[str] = set()
    hidden: set[str] = set()
    for attribute in attrs.fields(Customer):
        name = attribute.name
        value = getattr(customer, name)
        seen = visibility(who, name, kind=customer.kind)
        if seen is Visibility.MASKED and name not in _MASKERS:
            seen = Visibility.HIDDEN  # no way to mask it: never show it in full
        if seen is Visibility.HIDDEN:
            hidden.add(name)
        elif seen is Visibility.MASKED:
            masked.add(name)
            values[name] = None if value is None else _masker(name, customer.kind)(value)
        elif name == "contacts":
            shown = _visible_contacts(customer.contacts, who)
            if shown != customer.contacts:
                masked.add(name)
            values[name] = shown
        else:
            values[name] = value
    return RedactedCustomer(
        number=customer.number,
        role=who,
        values=MappingProxyType(values),
        masked=frozenset(masked),
        hidden=frozenset(hidden),
    )


# --------------------------------------------------------------------------- anonymise

#: The Customer fields that identify a person; :func:`anonymise` empties them
#: (``name`` becomes a pseudonym, ``birth_date`` keeps only its year).
PERSONAL_FIELDS: tuple[str, ...] = (
    "name",
    "birth_date",
    "resident_id",
    "uscc",
    "mobile",
    "phone",
    "office_phone",
    "fax",
    "email",
    "im_id",
    "address",
    "home_address",
    "work_address",
    "occupation",
    "bank",
    "bank_account",
    "tax_number",
    "contacts",
)


def anonymise(customer: Customer, *, policy: ArchivePolicy = _DEFAULT_POLICY) -> Customer:
    """Remove a customer's personal data, keeping the record usable for statistics (PIPL).

    Every field of :data:`PERSONAL_FIELDS` goes: the name becomes a pseudonym made
    of ``policy.anonymous_name_prefix`` and the customer number (so records and
    their work orders still join up); ID numbers, phone numbers, e-mail, IM id,
    addresses, occupation, bank data and other contacts become empty; the birth
    date keeps only its year (stored as 1 January of that year) so that age bands
    still count. Kept: number, kind, gender, region, responsible owner, dates of
    registration and review, tags, categories and opt-outs. ``anonymised`` is set.
    Applying it twice gives the same record.

    Birthday care must skip anonymised customers: their 1 January is not a birthday.

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import Customer
        >>> c = Customer(number="C000001", name="王建国", resident_id="11010519491231002X",
        ...              birth_date=date(1949, 12, 31), mobile="13800138000", region="北京")
        >>> a = anonymise(c)
        >>> a.name, a.resident_id, a.mobile, a.birth_date, a.region, a.anonymised
        ('匿名客户C000001', None, None, datetime.date(1949, 1, 1), '北京', True)
        >>> anonymise(a) == a
        True
    """
    policy = checked(policy, ArchivePolicy, "policy")
    checked(customer, Customer, "customer")
    empty: dict[str, Any] = dict.fromkeys(PERSONAL_FIELDS)
    empty["contacts"] = ()
    empty["name"] = f"{policy.anonymous_name_prefix}{customer.number}"
    empty["birth_date"] = (
        None if customer.birth_date is None else date(customer.birth_date.year, 1, 1)
    )
    empty["anonymised"] = True
    return attrs.evolve(customer, **empty)


# --------------------------------------------------------------------------- records by role

# Complaint fields by role: (sales, after-sales, customer service); the administrator
# sees everything. DESIGN "Roles": sales does not see complaint details. Sales may
# know that a customer has a complaint, how serious it is, where it stands and when
# (so as not to push a sale on an angry customer), but not what was said, who handled
# it, what was given nor how it ended: those serve after-sales, which fixes the
# problem, and customer service, which records it and feeds the result back (seed 000).
_COMPLAINT_ROWS: tuple[tuple[str, Visibility, Visibility, Visibility], ...] = (
    ("number", _F, _F, _F),
    ("customer_number", _F, _F, _F),
    ("received_at", _F, _F, _F),
    ("level", _F, _F, _F),
    ("status", _F, _F, _F),
    ("vin", _F, _F, _F),
    ("work_order_number", _F, _F, _F),
    ("cause", _H, _F, _F),
    ("topic", _H, _F, _F),
    ("description", _H, _F, _F),
    ("handler", _H, _F, _F),
    ("departments", _H, _F, _F),
    ("handling", _H, _F, _F),
    ("remedies", _H, _F, _F),
    ("callback_promised_at", _F, _F, _F),
    ("callback_done_at", _F, _F, _F),
    ("resolved_at", _F, _F, _F),
    ("closed_at", _F, _F, _F),
    ("satisfaction", _H, _F, _F),
    ("result", _H, _F, _F),
    ("version", _F, _F, _F),
)

# Work-order fields by role. Sales sees the visit history (dates, service types,
# mileage: what a trade-in or a new-car offer rests on) but not the charged lines,
# who paid them (insurance and warranty claims) or the workshop's notes; after-sales
# and customer service see everything (customer service analyses follow-up problems
# by job position, seed 004, so it needs the technician).
_WORK_ORDER_ROWS: tuple[tuple[str, Visibility, Visibility, Visibility], ...] = (
    ("number", _F, _F, _F),
    ("customer_number", _F, _F, _F),
    ("vin", _F, _F, _F),
    ("opened_at", _F, _F, _F),
    ("closed_at", _F, _F, _F),
    ("service_types", _F, _F, _F),
    ("mileage_km", _F, _F, _F),
    ("lines", _H, _F, _F),
    ("service_advisor", _F, _F, _F),
    ("technician", _H, _F, _F),
    ("appointment_number", _F, _F, _F),
    ("remarks", _H, _F, _F),
    ("version", _F, _F, _F),
)


def _table(
    rows: tuple[tuple[str, Visibility, Visibility, Visibility], ...],
) -> Mapping[Role, Mapping[str, Visibility]]:
    return MappingProxyType(
        {
            Role.SALES: MappingProxyType({row[0]: row[1] for row in rows}),
            Role.AFTER_SALES: MappingProxyType({row[0]: row[2] for row in rows}),
            Role.CUSTOMER_SERVICE: MappingProxyType({row[0]: row[3] for row in rows}),
            Role.ADMIN: MappingProxyType({row[0]: _F for row in rows}),
        }
    )


#: Role -> Complaint field -> :class:`Visibility` (only FULL or HIDDEN: nothing of a
#: complaint is masked). A field missing from the table is hidden from all but ADMIN.
COMPLAINT_VISIBILITY: Mapping[Role, Mapping[str, Visibility]] = _table(_COMPLAINT_ROWS)

#: Role -> WorkOrder field -> :class:`Visibility`, like :data:`COMPLAINT_VISIBILITY`.
WORK_ORDER_VISIBILITY: Mapping[Role, Mapping[str, Visibility]] = _table(_WORK_ORDER_ROWS)


@attrs.frozen(kw_only=True)
class RedactedComplaint(_RecordView):
    """What one role may see of a complaint: a read-only view (hidden fields absent).

    Attributes:
        number: The complaint number.
        role: The role the view was made for.
        values: Field name -> value shown.
        hidden: Fields left out.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> c = Complaint(number="TS2025001", customer_number="C000001", level="II",
        ...               received_at=datetime(2025, 9, 29, 10, tzinfo=CHINA_TZ),
        ...               description="保养后异响")
        >>> view = redact_complaint(c, Role.SALES)
        >>> view["level"].label, "description" in view, view.get("description")
        ('二级', False, None)
    """

    number: str
    role: Role
    values: Mapping[str, object] = attrs.field(hash=False)
    hidden: frozenset[str]


@attrs.frozen(kw_only=True)
class RedactedWorkOrder(_RecordView):
    """What one role may see of a work order: a read-only view (hidden fields absent).

    Attributes:
        number: The work-order number.
        role: The role the view was made for.
        values: Field name -> value shown.
        hidden: Fields left out.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, WorkOrder, WorkOrderLine
        >>> wo = WorkOrder(number="WO20251009001", customer_number="C000001",
        ...                vin="LFV2A21K3D3109826", service_types=["保养"], mileage_km=15_200,
        ...                opened_at=datetime(2025, 10, 9, 9, 30, tzinfo=CHINA_TZ),
        ...                lines=[WorkOrderLine("机油机滤更换", "420.00")])
        >>> view = redact_work_order(wo, "销售")
        >>> view["mileage_km"], "lines" in view
        (15200, False)
    """

    number: str
    role: Role
    values: Mapping[str, object] = attrs.field(hash=False)
    hidden: frozenset[str]


def _split(
    record: Complaint | WorkOrder, table: Mapping[Role, Mapping[str, Visibility]], who: Role
) -> tuple[Mapping[str, object], frozenset[str]]:
    values: dict[str, object] = {}
    hidden: set[str] = set()
    for attribute in attrs.fields(type(record)):
        name = attribute.name
        # MASKED is never used in these tables; anything not FULL is left out.
        if who is Role.ADMIN or table[who].get(name, Visibility.HIDDEN) is Visibility.FULL:
            values[name] = getattr(record, name)
        else:
            hidden.add(name)
    return MappingProxyType(values), frozenset(hidden)


def redact_complaint(complaint: Complaint, role: Role | str) -> RedactedComplaint:
    """Return what ``role`` may see of a complaint (DESIGN: sales sees no details).

    Sales sees the complaint's number, customer, vehicle, work order, level,
    status and dates (received, call-back promised and made, resolved, closed);
    its cause, topic, description, handler, departments, handling steps,
    remedies, satisfaction score and result are hidden. After-sales, customer
    service and the administrator see everything (:data:`COMPLAINT_VISIBILITY`).

    Args:
        complaint: The complaint; not changed.
        role: The viewer's role (a :class:`Role`, its value or its label).

    Raises:
        autocrm.errors.InvalidComponent: ``role`` is not a Role.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint, Remedy
        >>> c = Complaint(number="TS2025001", customer_number="C000001",
        ...               received_at=datetime(2025, 9, 29, 10, tzinfo=CHINA_TZ),
        ...               description="保养后异响", remedies=[Remedy("apology")])
        >>> sorted(redact_complaint(c, "sales").hidden)[:3]
        ['cause', 'departments', 'description']
        >>> redact_complaint(c, Role.CUSTOMER_SERVICE)["description"]
        '保养后异响'
    """
    checked(complaint, Complaint, "complaint")
    who = _as_role(role)
    values, hidden = _split(complaint, COMPLAINT_VISIBILITY, who)
    return RedactedComplaint(number=complaint.number, role=who, values=values, hidden=hidden)


def redact_work_order(work_order: WorkOrder, role: Role | str) -> RedactedWorkOrder:
    """Return what ``role`` may see of a work order.

    Sales sees the visit (dates, service types, mileage, service advisor,
    appointment) but not the charged lines and their payers, the technician or
    the remarks; the other roles see everything (:data:`WORK_ORDER_VISIBILITY`).

    Args:
        work_order: The work order; not changed.
        role: The viewer's role (a :class:`Role`, its value or its label).

    Raises:
        autocrm.errors.InvalidComponent: ``role`` is not a Role.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, WorkOrder
        >>> wo = WorkOrder(number="WO1", customer_number="C000001", vin="LFV2A21K3D3109826",
        ...                opened_at=datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ),
        ...                service_types=["小修"], technician="张师傅")
        >>> sorted(redact_work_order(wo, Role.SALES).hidden)
        ['lines', 'remarks', 'technician']
        >>> redact_work_order(wo, Role.AFTER_SALES)["technician"]
        '张师傅'
    """
    checked(work_order, WorkOrder, "work_order")
    who = _as_role(role)
    values, hidden = _split(work_order, WORK_ORDER_VISIBILITY, who)
    return RedactedWorkOrder(number=work_order.number, role=who, values=values, hidden=hidden)


# --------------------------------------------------------------------------- per work order


@attrs.frozen(kw_only=True)
class WorkOrderRecord:
    """A work order with the follow-up and complaint records that hang on it (seed 000).

    Seed 000's follow-up screen shows the work order in the middle and, below it,
    the handling records: follow-up calls, call-backs and complaint handling.

    Attributes:
        work_order: The work order.
        customer: Its customer, or None when the archive does not hold them.
        vehicle: Its vehicle, or None when the archive does not hold it.
        followups: Follow-ups of this work order, by due date then number.
        complaints: Complaints about this work order, by reception time then number.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Snapshot, WorkOrder
        >>> wo = WorkOrder(number="WO1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...                opened_at=datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ),
        ...                service_types=["小修"])
        >>> record = work_order_record(Snapshot(work_orders=[wo]), "WO1")
        >>> record.customer, record.followups, record.to_rows()
        (None, (), [])
    """

    work_order: WorkOrder
    customer: Customer | None
    vehicle: Vehicle | None
    followups: tuple[FollowUp, ...]
    complaints: tuple[Complaint, ...]

    def to_rows(self) -> list[dict[str, object]]:
        """The handling records below the work order: follow-ups, then complaints.

        Each row has ``kind`` (``followup`` or ``complaint``), ``number``, ``type``
        (the follow-up kind or the complaint level), ``status``, ``date`` (due date
        or reception date), ``attempts`` (calls made; None for complaints) and
        ``result`` (the last call's result or the complaint's result).
        """
        rows: list[dict[str, object]] = [
            {
                "kind": "followup",
                "number": item.number,
                "type": item.kind.value,
                "status": item.status.value,
                "date": item.due,
                "attempts": len(item.attempts),
                "result": item.attempts[-1].result if item.attempts else None,
            }
            for item in self.followups
        ]
        rows += [
            {
                "kind": "complaint",
                "number": item.number,
                "type": item.level.value,
                "status": item.status.value,
                "date": local_date(item.received_at),
                "attempts": None,
                "result": item.result,
            }
            for item in self.complaints
        ]
        return rows


def work_order_record(snapshot: Snapshot, work_order_number: str) -> WorkOrderRecord:
    """Gather a work order with its customer, vehicle, follow-ups and complaints (seed 000).

    Complaints are those whose ``work_order_number`` is the work order's number;
    follow-ups are those with that work-order number, and the call-backs of those
    complaints (follow-ups whose ``complaint_number`` is one of them), whichever
    customer they were filed under.

    Args:
        snapshot: The archive.
        work_order_number: The work order's number.

    Returns:
        The :class:`WorkOrderRecord`.

    Raises:
        autocrm.errors.NotFound: no work order has that number.

    Examples:
        >>> from datetime import date, datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint, Customer, FollowUp, Snapshot, WorkOrder
        >>> wo = WorkOrder(number="WO20251009001", customer_number="C000001",
        ...                vin="LFV2A21K3D3109826", service_types=["小修"],
        ...                opened_at=datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ))
        >>> call = FollowUp("F1", kind="3dc", customer_number="C000001",
        ...                 work_order_number="WO20251009001", earliest=date(2025, 10, 10),
        ...                 due=date(2025, 10, 10), latest=date(2025, 10, 13))
        >>> snap = Snapshot(customers=[Customer(number="C000001", name="王建国")],
        ...                 work_orders=[wo], followups=[call])
        >>> record = work_order_record(snap, "WO20251009001")
        >>> record.customer.name, [f.number for f in record.followups], record.complaints
        ('王建国', ['F1'], ())
        >>> work_order_record(snap, "WO404")
        Traceback (most recent call last):
        ...
        autocrm.errors.NotFound: work_order_number: no work order 'WO404' in the archive
    """
    checked(snapshot, Snapshot, "snapshot")
    work_order = next((w for w in snapshot.work_orders if w.number == work_order_number), None)
    if work_order is None:
        msg = f"work_order_number: no work order {shown(work_order_number)} in the archive"
        raise NotFound(msg)
    complaints = sorted(
        (item for item in snapshot.complaints if item.work_order_number == work_order_number),
        key=lambda item: (item.received_at, item.number),
    )
    complaint_numbers = {item.number for item in complaints}
    followups = sorted(
        (
            item
            for item in snapshot.followups
            if item.work_order_number == work_order_number
            or (item.complaint_number is not None and item.complaint_number in complaint_numbers)
        ),
        key=lambda item: (item.due, item.number),
    )
    return WorkOrderRecord(
        work_order=work_order,
        customer=snapshot.customer(work_order.customer_number),
        vehicle=snapshot.vehicle(work_order.vin),
        followups=tuple(followups),
        complaints=tuple(complaints),
    )
