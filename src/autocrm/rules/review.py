"""The periodic review of a customer's archive, for truth and completeness.

[Archive care][sources-archive] asks for a review of every record every quarter
(the period is [`ArchivePolicy.review_every_months`][autocrm.rules.archive.ArchivePolicy]).

Examples:
    >>> from datetime import date, timedelta
    >>> from autocrm.domain import Customer
    >>> review_due(Customer(number="C1", name="张三", reviewed_on=date(2025, 9, 1)),
    ...            as_of=date(2025, 10, 9)).due_on
    datetime.date(2025, 12, 1)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

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

    @classmethod
    def from_dates(
        cls,
        customer_number: str,
        *,
        reviewed_on: date | None,
        registered_on: date | None,
        as_of: date,
        policy: ArchivePolicy = _DEFAULT_POLICY,
    ) -> ReviewDue:
        """The review of one customer from the two dates it is counted from.

        What [`review_due`][autocrm.rules.review.review_due] decides, given the
        customer's number, ``reviewed_on`` and ``registered_on`` instead of the record
        (the SQL twin reads only those).

        Examples:
            >>> r = ReviewDue.from_dates("C1", reviewed_on=None, registered_on=date(2025, 5, 31),
            ...                          as_of=date(2025, 8, 31))
            >>> r.due, r.due_on, r.basis
            (True, datetime.date(2025, 8, 31), 'registered_on')
        """
        policy = checked(policy, ArchivePolicy, "policy")
        today = as_date(as_of)
        months = policy.review_every_months
        if reviewed_on is not None:
            basis: str | None = "reviewed_on"
            last: date | None = as_date(reviewed_on, "reviewed_on")
        elif registered_on is not None:
            basis, last = "registered_on", as_date(registered_on, "registered_on")
        else:
            basis, last = None, None
        due_on = None if last is None else last + relativedelta(months=months)
        return cls(
            customer_number=customer_number,
            due=due_on is None or today >= due_on,
            due_on=due_on,
            basis=basis,
            review_every_months=months,
        )

    @classmethod
    def cutoff(cls, *, as_of: date, policy: ArchivePolicy = _DEFAULT_POLICY) -> date | None:
        """Return the latest review (or registration) date whose next review is due on ``as_of``.

        A record last reviewed (or, never reviewed, registered) on or before this day is
        due; one after it is not. It is not simply ``as_of`` minus the months: a due date
        on the 31st of a short month moves to the month's last day, so on 28 February a
        review of 29, 30 or 31 November (three months) is due as well. ``None`` when no date
        is early enough (``as_of`` within the months after the first day of the calendar).

        Examples:
            >>> ReviewDue.cutoff(as_of=date(2025, 2, 28))
            datetime.date(2024, 11, 30)
            >>> ReviewDue.cutoff(as_of=date(2025, 3, 1))
            datetime.date(2024, 12, 1)
        """
        policy = checked(policy, ArchivePolicy, "policy")
        today = as_date(as_of)
        months = relativedelta(months=policy.review_every_months)
        try:
            cutoff = today - months
        except (OverflowError, ValueError):
            return None
        # Adding the months never goes back, so the last date due is found by stepping on.
        while cutoff < date.max:
            following = cutoff + timedelta(days=1)
            try:
                if following + months > today:
                    break
            except (OverflowError, ValueError):
                break
            cutoff = following
        return cutoff

    @classmethod
    def listed(cls, reviews: Iterable[ReviewDue]) -> tuple[ReviewDue, ...]:
        """The due ones of ``reviews``, oldest due date first (undated records first).

        Examples:
            >>> day = date(2025, 10, 9)
            >>> found = ReviewDue.listed([
            ...     ReviewDue.from_dates("C2", reviewed_on=date(2025, 6, 1), registered_on=None,
            ...                          as_of=day),
            ...     ReviewDue.from_dates("C1", reviewed_on=None, registered_on=None, as_of=day)])
            >>> [r.customer_number for r in found]
            ['C1', 'C2']
        """
        due = [review for review in reviews if review.due]
        return tuple(sorted(due, key=lambda r: (r.due_on or date.min, r.customer_number)))


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
    return ReviewDue.from_dates(
        customer.number,
        reviewed_on=customer.reviewed_on,
        registered_on=customer.registered_on,
        as_of=as_of,
        policy=policy,
    )


def reviews_due(
    customers: Iterable[Customer], *, as_of: date, policy: ArchivePolicy = _DEFAULT_POLICY
) -> tuple[ReviewDue, ...]:
    """Return the reviews due on ``as_of``, oldest due date first (undated records first).

    Anonymised records (their personal data erased on request) and MERGED duplicates
    (their archive is the survivor's) have nothing to review and are left out.

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
    return ReviewDue.listed(
        review_due(c, as_of=as_of, policy=policy)
        for c in customers
        # (anything but a Customer goes on to review_due, which refuses it by name)
        if not (isinstance(c, Customer) and (c.anonymised or c.merged))
    )
