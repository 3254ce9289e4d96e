"""The periodic review of a customer's archive, for truth and completeness.

[Archive care][sources-archive] asks for a review of every record every quarter
(the period is [`ArchivePolicy.review_every_months`][autocrm.rules.archive.ArchivePolicy]).

Examples:
    >>> from datetime import date
    >>> from autocrm.domain import Customer
    >>> review_due(Customer(number="C1", name="张三", reviewed_on=date(2025, 9, 1)),
    ...            as_of=date(2025, 10, 9)).due_on
    datetime.date(2025, 12, 1)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs
from dateutil.relativedelta import relativedelta

from autocrm.domain.customer import Customer
from autocrm.domain.time import as_date
from autocrm.rules._visits import check_iterable, checked
from autocrm.rules.archive import ArchivePolicy

__all__ = [
    "ReviewDue",
    "review_due",
    "reviews_due",
]

_DEFAULT_POLICY = ArchivePolicy()


@attrs.frozen(kw_only=True)
class ReviewDue:
    """Whether a customer's archive is due for its periodic review ([review][sources-archive]).

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
