"""Customer records that look like one customer (same VIN, same ID, same mobile, near-same name).

Duplicate records are one form of the information silos that
[archive care][sources-archive] asks to remove: the same buyer registered twice by
two desks, a company under two spellings of its name.

Examples:
    >>> from autocrm.domain import Customer
    >>> a = Customer(number="C000001", name="王建国", mobile="13800138000")
    >>> b = Customer(number="C000002", name="王建国", mobile="13800138000")
    >>> [group.reason.value for group in find_duplicates([a, b], [])]
    ['same_mobile']
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping

import attrs

from autocrm.domain.customer import Customer
from autocrm.domain.labels import LabelledEnum
from autocrm.domain.vehicle import Vehicle
from autocrm.rules._visits import checked, checked_items
from autocrm.rules.archive import ArchivePolicy

__all__ = [
    "DuplicateGroup",
    "DuplicateReason",
    "find_duplicates",
]

_DEFAULT_POLICY = ArchivePolicy()


class DuplicateReason(LabelledEnum):
    """Why customer records look like one customer ([information silos][sources-archive]).

    Examples:
        >>> from autocrm.rules.duplicates import DuplicateReason
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
    """Find customer records that look like one customer ([archive care][sources-archive]).

    Rules, each giving its own groups: the same VIN on vehicles of two customers;
    the same resident ID; the same unified social credit code; the same mobile;
    near-same names (equal after dropping spaces, punctuation, width and company
    suffixes such as 有限公司, or up to ``policy.similar_name_max_edits``
    characters apart for names of three or more characters) sharing a mobile,
    phone or office phone. Records are told apart by their customer number; the
    same number given twice is one record (the last wins). A customer already merged
    into another (``merged_into`` set) is resolved: he is left out, and so are the
    vehicles still filed under his number.

    Args:
        customers: The customers to compare.
        vehicles: Their vehicles (for the VIN rule).
        policy: ``similar_name_max_edits``.

    Returns:
        The groups sorted by reason (in
        [`DuplicateReason`][autocrm.rules.duplicates.DuplicateReason] order), key and
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
        >>> import attrs
        >>> find_duplicates([a, attrs.evolve(b, merged_into="C000001")], [])
        ()
    """
    policy = checked(policy, ArchivePolicy, "policy")
    people = checked_items(customers, Customer, "customers")
    cars = checked_items(vehicles, Vehicle, "vehicles")
    latest = {customer.number: customer for customer in people}
    merged = {number for number, customer in latest.items() if customer.merged}
    by_number = {number: c for number, c in latest.items() if number not in merged}
    groups: list[DuplicateGroup] = []
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for vehicle in cars:
        if vehicle.customer_number not in merged:
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
