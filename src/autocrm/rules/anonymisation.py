"""Anonymisation: a deletion request answered while the record stays countable.

Under China's Personal Information Protection Law (PIPL) a customer may ask for their
personal data to be deleted; the record keeps what statistics need (see
[security][sources-security]).

Examples:
    >>> from autocrm.domain import Customer
    >>> anonymise(Customer(number="C000001", name="王建国", mobile="13800138000")).name
    '匿名客户C000001'
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from autocrm.domain.customer import Customer
from autocrm.rules._visits import checked
from autocrm.rules.archive import ArchivePolicy

__all__ = [
    "PERSONAL_FIELDS",
    "anonymise",
]

_DEFAULT_POLICY = ArchivePolicy()


#: The Customer fields that identify a person; [`anonymise`][autocrm.rules.anonymisation.anonymise]
#: empties them (``name`` becomes a pseudonym, ``birth_date`` keeps only its year).
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

    Every field of `PERSONAL_FIELDS` goes: the name becomes a pseudonym made
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
