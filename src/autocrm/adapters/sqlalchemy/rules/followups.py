"""The SQL twin of the follow-up call list.

[`followup_worklist`][autocrm.rules.followup_worklists.followup_worklist], found in SQL.

The database selects the follow-ups the list may hold on the day: still pending, their
window open (``earliest`` on or before the day), and, after a failed call, their next
attempt due (an anti-join on the failed calls). Only those are read, with the few
records contact pressure needs (the customers among them that are opted out,
anonymised or merged, the appointments still booked, the follow-ups called within the
cooldown), and the list is ranked by the pure layer's
[`FollowUpWorklist.of`][autocrm.rules.followup_worklists.FollowUpWorklist.of], so the rule is
written once. See [`autocrm.adapters.sqlalchemy.rules`][autocrm.adapters.sqlalchemy.rules].

Examples:
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> followup_worklist(SqlArchive.from_url("sqlite://"), as_of=date(2025, 10, 10))
    ()
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import (
    checked_archive,
    contact_history,
    may_be_held,
)
from autocrm.domain import Appointment, Customer, FollowUp
from autocrm.domain.followup import CallOutcome, FollowUpStatus
from autocrm.domain.time import as_date
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.rules.followup_policy import FollowUpPolicy
from autocrm.rules.followup_worklists import FollowUpWorklist, WorklistEntry

__all__ = ["followup_worklist", "followup_worklist_report"]

_DEFAULT_POLICY = FollowUpPolicy()


def _listed(day: date) -> ColumnElement[bool]:
    """The follow-up may be on the list of ``day``: pending, open, its next attempt due."""
    followups, attempts = t.followups, t.call_attempts
    failed = sa.exists().where(
        attempts.c.followup_number == followups.c.number,
        attempts.c.outcome != CallOutcome.COMPLETED.value,
    )
    next_on = sa.func.coalesce(followups.c.next_attempt_on, followups.c.due)
    return sa.and_(
        followups.c.status == FollowUpStatus.PENDING.value,
        followups.c.earliest <= day,
        sa.or_(~failed, next_on <= day),
    )


def pending_followups(
    archive: SqlArchive, connection: sa.Connection, *, latest_on_or_before: date
) -> list[FollowUp]:
    """The pending follow-ups whose window ended on or before a day, in archive order.

    The candidates of the worklist's expiry
    ([`is_stale`][autocrm.rules.worklist_policy.is_stale]): the caller decides which are stale.

    Examples:
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> with archive._begin() as connection:
        ...     pending_followups(archive, connection, latest_on_or_before=date(2025, 10, 1))
        []
    """
    followups = t.followups
    return archive._load(
        connection,
        cv.spec_for(FollowUp),
        sa.and_(
            followups.c.status == FollowUpStatus.PENDING.value,
            followups.c.latest <= latest_on_or_before,
        ),
    )


def pending_latest_days(connection: sa.Connection) -> list[date]:
    """The distinct last days of the windows of the pending follow-ups, earliest first."""
    followups = t.followups
    query = (
        sa.select(followups.c.latest)
        .where(followups.c.status == FollowUpStatus.PENDING.value)
        .distinct()
        .order_by(followups.c.latest)
    )
    return [as_date(on) for on in connection.scalars(query)]


def worklist_in(
    archive: SqlArchive,
    connection: sa.Connection,
    *,
    as_of: date,
    policy: FollowUpPolicy,
    expired: Collection[str] = (),
    customers: Iterable[Customer] | None = None,
    appointments: Iterable[Appointment] = (),
) -> FollowUpWorklist:
    """The follow-up list of ``as_of`` read on ``connection``, the ``expired`` numbers left out.

    ``customers`` replaces the archive's customers (as the pure rule's ``customers=``);
    ``appointments`` are added to the archive's bookings.
    """
    followups, customers_table = t.followups, t.customers
    items = [
        fu
        for fu in archive._load(connection, cv.spec_for(FollowUp), _listed(as_of))
        if fu.number not in expired
    ]
    given = () if customers is None else tuple(customers)
    if customers is None:
        held = list(
            connection.scalars(
                sa.select(customers_table.c.number)
                .where(
                    customers_table.c.number.in_(
                        sa.select(followups.c.customer_number).where(_listed(as_of))
                    ),
                    may_be_held(customers_table),
                )
                .order_by(customers_table.c.id)
            )
        )
        known = connection.scalar(sa.select(customers_table.c.id).limit(1)) is not None
    else:
        held, known = [], bool(given)
    history = contact_history(
        archive, connection, as_of, policy.contact_cooldown_days, held,
        extra=(*given, *appointments),
    )  # fmt: skip
    return FollowUpWorklist.of(
        items, history, as_of=as_of, policy=policy, opt_outs_checked=bool(known)
    )


def checked_day(as_of: date | datetime, *, days_back: int, rule: str) -> date:
    """``as_of`` as a date the database can look ``days_back`` days before and one day after.

    Its first instant and that of the following day are written as times in UTC: a
    day on the edge of the calendar (9999-12-31, or within ``days_back`` days of
    0001-01-01) is refused naming ``as_of`` instead of failing in the database.

    Examples:
        >>> checked_day(date.max, days_back=7, rule="the follow-up list")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidComponent: as_of: 9999-12-31 is too close to the end of the calendar for the follow-up list (the database counts from 0001-01-09 to 9999-12-30)
    """  # noqa: E501
    day = as_date(as_of)
    lowest = date.min + timedelta(days=days_back + 1)
    highest = date.max - timedelta(days=1)
    if not lowest <= day <= highest:
        msg = (
            f"as_of: {day} is too close to the end of the calendar for {rule} "
            f"(the database counts from {lowest} to {highest})"
        )
        raise InvalidComponent(msg, field="as_of", value=as_of)
    return day


def _checked_policy(policy: object) -> FollowUpPolicy:
    if not isinstance(policy, FollowUpPolicy):
        msg = f"policy: expected a FollowUpPolicy, got {type(policy).__name__}"
        raise InvalidFormat(msg, field="policy", value=policy)
    return policy


def _given_customers(
    customers: Iterable[Customer] | Mapping[str, Customer] | None,
) -> tuple[Customer, ...] | None:
    if customers is None:
        return None
    given: object = customers
    if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
        msg = f"customers: expected customers, got {type(given).__name__}"
        raise InvalidFormat(msg, field="customers", value=given)
    found: tuple[object, ...] = (
        tuple(customers.values()) if isinstance(customers, Mapping) else tuple(customers)
    )
    for index, item in enumerate(found):
        if not isinstance(item, Customer):
            msg = f"customers[{index}]: expected a Customer, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"customers[{index}]", value=item)
    return tuple(item for item in found if isinstance(item, Customer))


def _given_appointments(appointments: Iterable[Appointment]) -> tuple[Appointment, ...]:
    given: object = appointments
    if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
        msg = f"appointments: expected appointments, got {type(given).__name__}"
        raise InvalidFormat(msg, field="appointments", value=given)
    found: tuple[object, ...] = tuple(appointments)
    for index, item in enumerate(found):
        if not isinstance(item, Appointment):
            msg = f"appointments[{index}]: expected an Appointment, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"appointments[{index}]", value=item)
    return tuple(item for item in found if isinstance(item, Appointment))


def followup_worklist_report(
    archive: SqlArchive,
    *,
    as_of: date | datetime,
    customers: Iterable[Customer] | Mapping[str, Customer] | None = None,
    appointments: Iterable[Appointment] = (),
    policy: FollowUpPolicy = _DEFAULT_POLICY,
) -> FollowUpWorklist:
    """The follow-up list of
    [`followup_worklist_report`][autocrm.rules.followup_worklists.followup_worklist_report],
    found in SQL.

    Args:
        archive: The SQL archive.
        as_of: The day of the list (an aware datetime counts as its China date).
        customers: Customers to check opt-outs against instead of the archive's.
        appointments: Appointments to check bookings against, added to the archive's.
        policy: The follow-up numbers.

    Returns:
        The [`FollowUpWorklist`][autocrm.rules.followup_worklists.FollowUpWorklist] the pure
        rule gives on the archive's snapshot.

    Raises:
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive, a bad ``as_of``,
            ``policy``, ``customers`` or ``appointments``.
        autocrm.errors.InvalidComponent: ``as_of`` on the edge of the calendar.

    Examples:
        >>> from autocrm.domain import CHINA_TZ, OptOut
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> _ = archive.add(Customer(number="C1", name="王建国", opt_outs=[
        ...     OptOut("follow_ups", reason="客户要求不再回访")]), actor="a", at=at)
        >>> _ = archive.add(FollowUp(number="WO1-3DC", kind="3dc", customer_number="C1",
        ...                          earliest=date(2025, 10, 9), due=date(2025, 10, 10),
        ...                          latest=date(2025, 10, 10)), actor="a", at=at)
        >>> report = followup_worklist_report(archive, as_of=date(2025, 10, 10))
        >>> report.entries, [(x.subject, x.reason) for x in report.left_off]
        ((), [('WO1-3DC', 'opted out of 回访 calls: 客户要求不再回访')])
    """
    archive = checked_archive(archive)
    policy = _checked_policy(policy)
    day = checked_day(as_of, days_back=policy.contact_cooldown_days, rule="the follow-up list")
    people = _given_customers(customers)
    booked = _given_appointments(appointments)
    with archive._begin() as connection:
        return worklist_in(
            archive, connection, as_of=day, policy=policy, customers=people, appointments=booked
        )


def followup_worklist(
    archive: SqlArchive,
    *,
    as_of: date | datetime,
    customers: Iterable[Customer] | Mapping[str, Customer] | None = None,
    appointments: Iterable[Appointment] = (),
    policy: FollowUpPolicy = _DEFAULT_POLICY,
) -> tuple[WorklistEntry, ...]:
    """The follow-ups to call of [`followup_worklist`][autocrm.rules.followup_worklists.followup_worklist],
    found in SQL.

    See [`followup_worklist_report`][autocrm.adapters.sqlalchemy.rules.followups.followup_worklist_report],
    which also says who was left off and why.

    Args:
        archive: The SQL archive.
        as_of: The day of the list.
        customers: Customers to check opt-outs against instead of the archive's.
        appointments: Appointments to check bookings against, added to the archive's.
        policy: The follow-up numbers.

    Returns:
        The entries, ranked.

    Raises:
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive, or a bad argument.

    Examples:
        >>> from autocrm.domain import CHINA_TZ
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> for number, latest in (("A", date(2025, 10, 10)), ("B", date(2025, 10, 24))):
        ...     _ = archive.add(FollowUp(number=number, kind="3dc", customer_number="C1",
        ...                              earliest=date(2025, 10, 9), due=latest,
        ...                              latest=latest), actor="a", at=at)
        >>> [(e.followup.number, e.priority) for e in
        ...  followup_worklist(archive, as_of=date(2025, 10, 10))]
        [('A', 2), ('B', 4)]
    """  # noqa: E501
    return followup_worklist_report(
        archive, as_of=as_of, customers=customers, appointments=appointments, policy=policy
    ).entries
