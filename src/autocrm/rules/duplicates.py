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
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping

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

    @classmethod
    def sharing(
        cls, reason: DuplicateReason, key: str, customer_numbers: Iterable[str]
    ) -> DuplicateGroup:
        """The group of an exact rule: these records share ``key`` (a VIN, an ID, a mobile).

        The builder [`find_duplicates`][autocrm.rules.duplicates.find_duplicates] and
        its SQL twin share: the numbers are sorted and the detail worded for the reason.

        Args:
            reason: Any reason but ``SIMILAR_NAME_SAME_PHONE`` (see
                [`near_same_names`][autocrm.rules.duplicates.DuplicateGroup.near_same_names]).
            key: The shared value.
            customer_numbers: The records' customer numbers (a number given twice counts once).

        Returns:
            The group.

        Examples:
            >>> group = DuplicateGroup.sharing(DuplicateReason.SAME_MOBILE, "+8613800138000",
            ...                                ["C000002", "C000001"])
            >>> group.customer_numbers
            ('C000001', 'C000002')
            >>> group.detail
            '2 customers share mobile +8613800138000: C000001, C000002'
        """
        members = tuple(sorted(set(customer_numbers)))
        listed = ", ".join(members)
        if reason is DuplicateReason.SAME_VIN:
            detail = f"VIN {key} is registered under {listed}"
        else:
            detail = f"{len(members)} customers share {_SHARED_WHAT[reason]} {key}: {listed}"
        return cls(reason=reason, key=key, customer_numbers=members, detail=detail)

    @classmethod
    def near_same_names(
        cls,
        key: str,
        names: Mapping[str, str],
        *,
        on_mobile: Collection[str],
        max_edits: int,
    ) -> tuple[DuplicateGroup, ...]:
        """The groups of near-same names among the records that share phone ``key``.

        Records whose names are near-same (see
        [`find_duplicates`][autocrm.rules.duplicates.find_duplicates]) are joined,
        through each other, into one group; a group all of whose records have ``key``
        as their mobile is left out (it is a ``SAME_MOBILE`` group already). The
        builder the rule and its SQL twin share.

        Args:
            key: The phone number the records share (mobile, phone or office phone).
            names: Each record's customer number and name.
            on_mobile: The numbers of the records whose mobile is ``key``.
            max_edits: ``ArchivePolicy.similar_name_max_edits``.

        Returns:
            The groups, their numbers sorted, in the order of their first number.

        Examples:
            >>> names = {"C000001": "北京某某物流有限公司", "C000002": "北京某某物流",
            ...          "C000003": "李娜"}
            >>> [g.customer_numbers for g in DuplicateGroup.near_same_names(
            ...     "+861065123456", names, on_mobile=(), max_edits=1)]
            [('C000001', 'C000002')]
        """
        members = sorted(names)
        if len(members) < 2:
            return ()
        # Union-find over near-same names among the records sharing this number.
        parent = {number: number for number in members}

        def root(number: str) -> str:
            while parent[number] != number:
                parent[number] = parent[parent[number]]
                number = parent[number]
            return number

        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                if _similar_names(names[first], names[second], max_edits):
                    parent[root(second)] = root(first)
        clusters: defaultdict[str, list[str]] = defaultdict(list)
        for number in members:
            clusters[root(number)].append(number)
        groups = []
        for cluster in clusters.values():
            if len(cluster) < 2 or all(n in on_mobile for n in cluster):
                continue  # a shared mobile is reported as SAME_MOBILE already
            listed = ", ".join(f"{n} {names[n]}" for n in cluster)
            groups.append(
                cls(
                    reason=DuplicateReason.SIMILAR_NAME_SAME_PHONE,
                    key=key,
                    customer_numbers=tuple(cluster),
                    detail=f"near-same names share phone {key}: {listed}",
                )
            )
        return tuple(groups)

    @staticmethod
    def in_report_order(groups: Iterable[DuplicateGroup]) -> tuple[DuplicateGroup, ...]:
        """The groups sorted by reason (in ``DuplicateReason`` order), key and numbers.

        Examples:
            >>> groups = [DuplicateGroup.sharing(reason, "+8613800138000", ["C2", "C1"])
            ...           for reason in (DuplicateReason.SAME_MOBILE, DuplicateReason.SAME_VIN)]
            >>> [g.reason.value for g in DuplicateGroup.in_report_order(groups)]
            ['same_vin', 'same_mobile']
        """
        return tuple(sorted(groups, key=lambda g: (_ORDER[g.reason], g.key, g.customer_numbers)))


#: What the detail of an exact group calls the shared value.
_SHARED_WHAT = {
    DuplicateReason.SAME_VIN: "VIN",
    DuplicateReason.SAME_RESIDENT_ID: "resident ID",
    DuplicateReason.SAME_USCC: "credit code",
    DuplicateReason.SAME_MOBILE: "mobile",
    DuplicateReason.SIMILAR_NAME_SAME_PHONE: "phone",
}
_ORDER = {reason: index for index, reason in enumerate(DuplicateReason)}


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
) -> Iterator[DuplicateGroup]:
    buckets: defaultdict[str, set[str]] = defaultdict(set)
    for number, customer in customers.items():
        key = key_of(customer)
        if key:
            buckets[key].add(number)
    for key, numbers in buckets.items():
        if len(numbers) > 1:
            yield DuplicateGroup.sharing(reason, key, numbers)


def _similar_name_groups(
    customers: Mapping[str, Customer], max_edits: int
) -> Iterator[DuplicateGroup]:
    buckets: defaultdict[str, set[str]] = defaultdict(set)
    for number, customer in customers.items():
        for value in (customer.mobile, customer.phone, customer.office_phone):
            if value:
                buckets[value].add(number)
    for key, numbers in buckets.items():
        if len(numbers) > 1:
            yield from DuplicateGroup.near_same_names(
                key,
                {n: customers[n].name for n in numbers},
                on_mobile={n for n in numbers if customers[n].mobile == key},
                max_edits=max_edits,
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
            groups.append(DuplicateGroup.sharing(DuplicateReason.SAME_VIN, vin, numbers))
    groups += _exact_groups(by_number, lambda c: c.resident_id, DuplicateReason.SAME_RESIDENT_ID)
    groups += _exact_groups(by_number, lambda c: c.uscc, DuplicateReason.SAME_USCC)
    groups += _exact_groups(by_number, lambda c: c.mobile, DuplicateReason.SAME_MOBILE)
    groups += _similar_name_groups(by_number, policy.similar_name_max_edits)
    return DuplicateGroup.in_report_order(groups)
