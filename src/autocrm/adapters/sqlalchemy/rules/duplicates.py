"""SQL twin of [`find_duplicates`][autocrm.rules.duplicates.find_duplicates]: customer
records that look like one customer ([archive care][sources-archive]).

The database finds the candidates in one query: every live customer's resident ID and
credit code, and each of his phone numbers (mobile, phone, office phone), are put
together in one ``UNION ALL`` and grouped by rule and value; only the values two or
more customers share come back, with the customers' numbers and names. Python then
makes the groups with the pure layer's builders
([`DuplicateGroup.sharing`][autocrm.rules.duplicates.DuplicateGroup.sharing],
[`DuplicateGroup.near_same_names`][autocrm.rules.duplicates.DuplicateGroup.near_same_names]),
so the rule and its twin word and sort them the same: a phone number shared as the
mobile of two or more customers is a ``SAME_MOBILE`` group, and the near-same names
among all the customers sharing a number are compared as the rule compares them.

A customer merged into another (``merged_into`` set) is left out, as the rule leaves
him out. On an archive that stores personal fields encrypted, the values are grouped
by their look-up hashes (every phone column hashes a number the same way, so a mobile
and an office phone still match) and the shared value is read back decrypted.

The archive keeps one vehicle per VIN (the VIN is the vehicles table's unique key), so
the rule's "same VIN under two customers" cannot occur in it and is not asked.

Examples:
    >>> from datetime import datetime
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> from autocrm.domain import CHINA_TZ, Customer
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> at = datetime(2025, 6, 1, 9, tzinfo=CHINA_TZ)
    >>> for number in ("C000001", "C000002"):
    ...     _ = archive.add(Customer(number=number, name="王建国", mobile="13800138000"),
    ...                     actor="客服-李娜", at=at)
    >>> [(g.reason.value, g.customer_numbers) for g in find_duplicates(archive)]
    [('same_mobile', ('C000001', 'C000002'))]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.encryption import hash_column_name
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import checked_archive
from autocrm.domain.checks import expect
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.duplicates import DuplicateGroup, DuplicateReason

__all__ = ["find_duplicates"]

_DEFAULT_POLICY = ArchivePolicy()

#: The candidates' rules and the columns each compares. A number shared as two
#: customers' mobiles is found among the shared phones.
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (DuplicateReason.SAME_RESIDENT_ID.value, ("resident_id",)),
    (DuplicateReason.SAME_USCC.value, ("uscc",)),
    ("phone", ("mobile", "phone", "office_phone")),
)
_COLUMNS = tuple(column for _, columns in _RULES for column in columns)


def _key(column: str, *, encrypted: bool) -> ColumnElement[str]:
    """What equal values of ``column`` have equal: the value, or its look-up hash.

    An encrypted value is ciphertext that differs each time it is written; its hash
    column holds the keyed hash of the plain value. A value written before encryption
    was switched on has no hash and is compared as it is.
    """
    customers = t.customers
    value = customers.c[column]
    if not encrypted or hash_column_name(column) not in customers.c:
        return value
    return sa.func.coalesce(customers.c[hash_column_name(column)], sa.cast(value, sa.String))


def _slots(column: str) -> list[ColumnElement[Any]]:
    """One column per compared column: ``column``'s value in its own, NULL in the others.

    Each keeps its column's type, so a value is read back decrypted under its own
    field whichever branch of the ``UNION ALL`` it comes from.
    """
    customers = t.customers
    return [
        (
            customers.c[name]
            if name == column
            else sa.type_coerce(sa.null(), customers.c[name].type)
        ).label(f"stored_{name}")
        for name in _COLUMNS
    ]


def _candidates(*, encrypted: bool) -> sa.Select[Any]:
    """The live customers whose value under a rule another live customer shares."""
    customers = t.customers
    mobile = _key("mobile", encrypted=encrypted)
    values = sa.union_all(
        *(
            sa.select(
                sa.literal(rule).label("rule"),
                _key(column, encrypted=encrypted).label("key"),
                customers.c.number.label("number"),
                customers.c.name.label("name"),
                mobile.label("mobile"),
                *_slots(column),
            ).where(customers.c.merged_into.is_(None), customers.c[column].is_not(None))
            for rule, columns in _RULES
            for column in columns
        )
    ).cte("candidate_values")
    shared = (
        sa.select(values.c.rule, values.c.key)
        .group_by(values.c.rule, values.c.key)
        .having(sa.func.count(sa.distinct(values.c.number)) > 1)
        .subquery("shared")
    )
    return sa.select(values).join_from(
        values, shared, sa.and_(shared.c.rule == values.c.rule, shared.c.key == values.c.key)
    )


def _groups(
    rule: str,
    plain: str,
    names: Mapping[str, str],
    on_mobile: set[str],
    max_edits: int,
) -> Iterator[DuplicateGroup]:
    """The groups of one shared value, by the pure layer's builders."""
    if rule != "phone":
        reason = next(reason for reason in DuplicateReason if reason.value == rule)
        yield DuplicateGroup.sharing(reason, plain, names)
        return
    if len(on_mobile) > 1:
        yield DuplicateGroup.sharing(DuplicateReason.SAME_MOBILE, plain, on_mobile)
    if len(on_mobile) < len(names):
        yield from DuplicateGroup.near_same_names(
            plain, names, on_mobile=on_mobile, max_edits=max_edits
        )


def find_duplicates(
    archive: SqlArchive, *, policy: ArchivePolicy = _DEFAULT_POLICY
) -> tuple[DuplicateGroup, ...]:
    """The duplicate groups of
    [`autocrm.rules.duplicates.find_duplicates`][autocrm.rules.duplicates.find_duplicates]
    over the archive's customers and vehicles, found in SQL.

    Args:
        archive: The SQL archive.
        policy: ``similar_name_max_edits``.

    Returns:
        The groups the rule gives on the archive's customers and vehicles, in its order.

    Raises:
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive.
        autocrm.errors.UnsupportedType: ``policy`` is not an ArchivePolicy.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 6, 1, 9, tzinfo=CHINA_TZ)
        >>> _ = archive.add(Customer(number="C000001", name="北京某某物流有限公司",
        ...                          kind="company", phone="010-65123456"), actor="a", at=at)
        >>> _ = archive.add(Customer(number="C000002", name="北京某某物流", kind="company",
        ...                          office_phone="010 6512 3456"), actor="a", at=at)
        >>> [(g.reason.label, g.key, g.customer_numbers) for g in find_duplicates(archive)]
        [('姓名相近且电话相同', '+861065123456', ('C000001', 'C000002'))]
    """
    archive = checked_archive(archive)
    policy = expect(policy, ArchivePolicy, field="policy")
    names: defaultdict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    on_mobile: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    plain: dict[tuple[str, str], str] = {}
    with archive._begin() as connection:
        rows = connection.execute(_candidates(encrypted=archive.encrypted)).mappings().all()
    for row in rows:
        shared = (row["rule"], row["key"])
        names[shared][row["number"]] = row["name"]
        if row["mobile"] == row["key"]:
            on_mobile[shared].add(row["number"])
        plain[shared] = next(row[f"stored_{c}"] for c in _COLUMNS if row[f"stored_{c}"])
    groups = [
        group
        for shared, members in names.items()
        for group in _groups(
            shared[0], plain[shared], members, on_mobile[shared], policy.similar_name_max_edits
        )
    ]
    return DuplicateGroup.in_report_order(groups)
