"""SQL twin of [`reviews_due`][autocrm.rules.review.reviews_due]: the archives due for review.

A customer's review falls due a number of months after his last review, or after his
registration when he was never reviewed. Adding months never goes back, so the
reviews due on a day are those counted from a date on or before one cut-off,
[`ReviewDue.cutoff`][autocrm.rules.review.ReviewDue.cutoff] (which knows that a due
date on the 31st of a short month moves to its last day); the database keeps those
customers, and those with neither date, and returns only their number and two
dates. [`ReviewDue.from_dates`][autocrm.rules.review.ReviewDue.from_dates] makes each
result and [`ReviewDue.listed`][autocrm.rules.review.ReviewDue.listed] puts them in
order, as the pure rule does.

Examples:
    >>> from datetime import date
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> reviews_due(SqlArchive.from_url("sqlite://"), as_of=date(2025, 10, 9))
    ()
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.local_time import date_from_sql
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import checked_archive
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.review import ReviewDue
from autocrm.rules.review import reviews_due as pure_reviews_due

__all__ = ["reviews_due"]

_DEFAULT_POLICY = ArchivePolicy()


def reviews_due(
    archive: SqlArchive, *, as_of: date, policy: ArchivePolicy = _DEFAULT_POLICY
) -> tuple[ReviewDue, ...]:
    """The reviews due of [`reviews_due`][autocrm.rules.review.reviews_due], found in SQL.

    Args:
        archive: The SQL archive.
        as_of: The business date (an aware datetime counts as its local date).
        policy: ``review_every_months``.

    Returns:
        The reviews due, oldest due date first, as the pure rule gives them on the
        archive's customers.

    Raises:
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive, or a bad
            ``as_of`` or ``policy``.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Customer
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> for number, reviewed in [("C000001", date(2025, 7, 1)), ("C000002", date(2025, 9, 1))]:
        ...     _ = archive.add(Customer(number=number, name="王建国", reviewed_on=reviewed),
        ...                     actor="客服-李娜", at=at)
        >>> [(r.customer_number, r.due_on.isoformat())
        ...  for r in reviews_due(archive, as_of=date(2025, 10, 9))]
        [('C000001', '2025-10-01')]
    """
    archive = checked_archive(archive)
    # The pure rule refuses a bad day or policy as it would on any archive.
    pure_reviews_due((), as_of=as_of, policy=policy)
    cutoff = ReviewDue.cutoff(as_of=as_of, policy=policy)
    customers = t.customers
    last = sa.func.coalesce(customers.c.reviewed_on, customers.c.registered_on)
    due = last.is_(None) if cutoff is None else sa.or_(last.is_(None), last <= cutoff)
    query = sa.select(customers.c.number, customers.c.reviewed_on, customers.c.registered_on).where(
        due, customers.c.anonymised.is_(False), customers.c.merged_into.is_(None)
    )
    with archive.reading() as connection:
        rows = connection.execute(query).all()
    return ReviewDue.listed(
        ReviewDue.from_dates(
            number,
            reviewed_on=None if reviewed is None else date_from_sql(reviewed),
            registered_on=None if registered is None else date_from_sql(registered),
            as_of=as_of,
            policy=policy,
        )
        for number, reviewed, registered in rows
    )
