"""SQL twin of [`find_duplicates`][autocrm.rules.duplicates.find_duplicates]: customer
records that look like one customer ([archive care][sources-archive]).

The database finds the candidates: for each identifier (resident ID, unified social
credit code, mobile) the values two or more live customers share (``GROUP BY ...
HAVING count(*) > 1``), and for the near-same-name rule the phone numbers (mobile,
phone or office phone) two or more customers share, at least one of them not as his
mobile. Only those customers come back — number, name and the shared value — and the
groups are made by the pure layer's builders
([`DuplicateGroup.sharing`][autocrm.rules.duplicates.DuplicateGroup.sharing],
[`DuplicateGroup.near_same_names`][autocrm.rules.duplicates.DuplicateGroup.near_same_names]),
so the rule and its twin word and sort them the same.

A customer merged into another (``merged_into`` set) is left out, as the rule leaves
him out. On an archive that stores personal fields encrypted, the values are grouped
by their look-up hashes (one hash per value for every phone column, so a mobile and an
office phone still match) and the shared value is read back decrypted.

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
from collections.abc import Iterator

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

#: The exact rules on a customer's own fields: the reason and the column.
_EXACT = (
    (DuplicateReason.SAME_RESIDENT_ID, "resident_id"),
    (DuplicateReason.SAME_USCC, "uscc"),
    (DuplicateReason.SAME_MOBILE, "mobile"),
)
#: The phone columns the near-same-name rule compares.
_PHONES = ("mobile", "phone", "office_phone")


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


def _live() -> ColumnElement[bool]:
    """The customer is no duplicate merged into another."""
    return t.customers.c.merged_into.is_(None)


def _exact_groups(
    connection: sa.Connection, reason: DuplicateReason, column: str, *, encrypted: bool
) -> Iterator[DuplicateGroup]:
    """The groups of live customers sharing a value of ``column``."""
    customers = t.customers
    key = _key(column, encrypted=encrypted)
    shared = (
        sa.select(key)
        .where(_live(), customers.c[column].is_not(None))
        .group_by(key)
        .having(sa.func.count() > 1)
    )
    query = sa.select(key.label("key"), customers.c[column].label("value"), customers.c.number)
    query = query.where(_live(), key.in_(shared))
    found: defaultdict[str, list[str]] = defaultdict(list)
    values: dict[str, str] = {}
    for row in connection.execute(query):
        found[row.key].append(row.number)
        values[row.key] = row.value
    for hashed, numbers in found.items():
        yield DuplicateGroup.sharing(reason, values[hashed], numbers)


def _phone_slots(column: str) -> list[ColumnElement[str | None]]:
    """One column per phone column, ``column``'s value in its own and NULL in the others.

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
        for name in _PHONES
    ]


def _near_same_names(
    connection: sa.Connection, max_edits: int, *, encrypted: bool
) -> Iterator[DuplicateGroup]:
    """The groups of near-same names among live customers sharing a phone number.

    A number only customers' mobiles share gives no such group (it is a SAME_MOBILE
    group), so the database returns only the numbers shared by two or more customers,
    at least one of them not having it as his mobile.
    """
    customers = t.customers
    mobile = _key("mobile", encrypted=encrypted)
    phones = sa.union_all(
        *(
            sa.select(
                customers.c.number.label("number"),
                customers.c.name.label("name"),
                _key(column, encrypted=encrypted).label("key"),
                mobile.label("mobile"),
                *_phone_slots(column),
            ).where(_live(), customers.c[column].is_not(None))
            for column in _PHONES
        )
    ).subquery("phones")
    not_on_mobile = sa.case(
        (sa.or_(phones.c.mobile.is_(None), phones.c.mobile != phones.c.key), phones.c.number),
        else_=sa.null(),
    )
    shared = (
        sa.select(phones.c.key)
        .group_by(phones.c.key)
        .having(
            sa.func.count(sa.distinct(phones.c.number)) > 1,
            sa.func.count(sa.distinct(not_on_mobile)) > 0,
        )
        .subquery("shared")
    )
    query = sa.select(phones).join_from(phones, shared, shared.c.key == phones.c.key)
    names: defaultdict[str, dict[str, str]] = defaultdict(dict)
    on_mobile: defaultdict[str, set[str]] = defaultdict(set)
    plain: dict[str, str] = {}
    for row in connection.execute(query).mappings():
        key = row["key"]
        names[key][row["number"]] = row["name"]
        if row["mobile"] == key:
            on_mobile[key].add(row["number"])
        plain[key] = next(row[f"stored_{name}"] for name in _PHONES if row[f"stored_{name}"])
    for key, members in names.items():
        yield from DuplicateGroup.near_same_names(
            plain[key], members, on_mobile=on_mobile[key], max_edits=max_edits
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
    encrypted = archive.encrypted
    groups: list[DuplicateGroup] = []
    with archive._begin() as connection:
        for reason, column in _EXACT:
            groups.extend(_exact_groups(connection, reason, column, encrypted=encrypted))
        groups.extend(
            _near_same_names(connection, policy.similar_name_max_edits, encrypted=encrypted)
        )
    return DuplicateGroup.in_report_order(groups)
