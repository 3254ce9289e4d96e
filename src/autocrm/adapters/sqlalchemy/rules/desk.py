"""SQL twin of [`daily_worklist`][autocrm.rules.desk.daily_worklist]: the desk's day, found in SQL.

The worklist is composed from the other twins and a few narrow queries; every source
of reasons is built into reasons by the pure layer's
[`DayReasons`][autocrm.rules.day_reasons.DayReasons] builders and the day's list by
[`DayReasons.worklist`][autocrm.rules.day_reasons.DayReasons.worklist], so the two lists are equal
(``==``, and byte for byte through [`dumps`][autocrm.adapters.json.dumps]):

* stale follow-ups: the distinct last days of the pending follow-ups' windows come
  back, the calendar says which of those days are past
  ``WorklistPolicy.expire_after_workdays`` working days, and only the follow-ups of
  those days are read (to be returned as EXPIRED);
* follow-ups: [`followup_worklist_report`][autocrm.adapters.sqlalchemy.rules.followups.followup_worklist_report]'s
  query, the expired ones left out;
* complaints: those not closed (a call-back promised or a deadline come is decided
  on them by the calendar);
* appointment confirmations: the appointments still booked with a slot on the days
  [`confirmation_days`][autocrm.rules.day_reasons.DayReasons.confirmation_days] names;
* reminders: [`due_reminders_report`][autocrm.adapters.sqlalchemy.rules.reminders.due_reminders_report]
  with the kinds on the worklist's scale only, and the work orders of the customers
  with a maintenance reminder (their value ranks them);
* early warning and win-back: [`early_warning`][autocrm.adapters.sqlalchemy.rules.churn.early_warning]
  and [`lost_customers_report`][autocrm.adapters.sqlalchemy.rules.churn.lost_customers_report],
  and the records of the customers on the early-warning list (their churn risk ranks them).

Each source is read in a transaction of its own, unless the call runs inside the
archive's ``unit_of_work()`` (then everything is read in that one transaction).

Examples:
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> daily_worklist(SqlArchive.from_url("sqlite://"), as_of=date(2025, 10, 1)).first_day
    datetime.date(2025, 10, 9)
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

import attrs
import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.key_lists import CHUNK
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import (
    booked_from,
    checked_archive,
    contact_history,
    load_in,
    may_be_held,
    start_of,
)
from autocrm.adapters.sqlalchemy.rules.churn import early_warning, lost_customers_report
from autocrm.adapters.sqlalchemy.rules.followups import (
    checked_day,
    pending_followups,
    pending_latest_days,
    worklist_in,
)
from autocrm.adapters.sqlalchemy.rules.reminders import due_reminders_report
from autocrm.domain import (
    Appointment,
    Complaint,
    Customer,
    FollowUp,
    OdometerReading,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.domain.checks import expect_items
from autocrm.domain.complaint import ComplaintStatus
from autocrm.domain.followup import FollowUpStatus
from autocrm.errors import InvalidComponent
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.campaigns import Campaign
from autocrm.rules.churn_warning import EarlyWarning
from autocrm.rules.day_reasons import DayReasons
from autocrm.rules.desk_policies import RulePolicies
from autocrm.rules.reminder_kinds import ReminderKind
from autocrm.rules.worklist import Worklist
from autocrm.rules.worklist_policy import ReasonKind, WorklistPolicy

__all__ = ["daily_worklist"]

_DEFAULT_CALENDAR = ChineseWorkdays()


def _is_stale_day(
    latest: date, *, as_of: date, policy: WorklistPolicy, calendar: WorkdayCalendar
) -> bool:
    """A pending follow-up whose window ended on ``latest`` is stale on ``as_of``.

    As [`is_stale`][autocrm.rules.worklist_policy.is_stale] answers: a day the calendar cannot
    count past (the end of the calendar's years) leaves the follow-up pending.
    """
    try:
        return as_of > policy.stale_after(latest, calendar=calendar)
    except Exception:  # is_stale's answer for a day it cannot count from
        return False


def _expired(
    archive: SqlArchive,
    connection: sa.Connection,
    *,
    as_of: date,
    policy: WorklistPolicy,
    calendar: WorkdayCalendar,
) -> list[FollowUp]:
    """The pending follow-ups gone stale on ``as_of``, as they are now: EXPIRED."""
    stale = {
        latest
        for latest in pending_latest_days(connection)
        if _is_stale_day(latest, as_of=as_of, policy=policy, calendar=calendar)
    }
    if not stale:
        return []
    return [
        attrs.evolve(fu, status=FollowUpStatus.EXPIRED)
        for fu in pending_followups(archive, connection, latest_on_or_before=max(stale))
        if fu.latest in stale
    ]


def _held(connection: sa.Connection, numbers: Iterable[str]) -> list[str]:
    """Those of ``numbers`` that are opted out, anonymised or merged into another."""
    customers = t.customers
    wanted = sorted(set(numbers))
    held: list[str] = []
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        held.extend(
            connection.scalars(
                sa.select(customers.c.number).where(
                    customers.c.number.in_(chunk), may_be_held(customers)
                )
            )
        )
    return held


def _owed_calls(
    archive: SqlArchive,
    connection: sa.Connection,
    *,
    as_of: date,
    rules: RulePolicies,
    calendar: WorkdayCalendar,
) -> tuple[DayReasons, DayReasons]:
    """Complaint call-backs and deadlines; appointment confirmations."""
    complaints = archive._load(
        connection,
        cv.spec_for(Complaint),
        t.complaints.c.status != ComplaintStatus.CLOSED.value,
    )
    first, last = DayReasons.confirmation_days(as_of=as_of, calendar=calendar)
    appointments = t.appointments
    booked = archive._load(
        connection,
        cv.spec_for(Appointment),
        sa.and_(
            booked_from(first),
            appointments.c.slot < start_of(last + timedelta(days=1)),
        ),
    )
    held = _held(connection, [c.customer_number for c in complaints] + [
        a.customer_number for a in booked
    ])  # fmt: skip
    history = contact_history(archive, connection, as_of, 0, held)
    found = DayReasons.of_complaints(
        complaints, history, as_of=as_of, policies=rules, calendar=calendar
    )
    return found, DayReasons.of_confirmations(
        booked, history, as_of=as_of, policies=rules, calendar=calendar
    )


def _work_orders_of(
    connection: sa.Connection, archive: SqlArchive, numbers: Sequence[str], vins: Sequence[str]
) -> list[WorkOrder]:
    """The work orders under one of ``numbers`` or for one of ``vins``, in archive order."""
    orders = t.work_orders
    ids: dict[str, int] = {}
    found: dict[str, WorkOrder] = {}
    # The statement carries two lists of keys: half a chunk each.
    step = CHUNK // 2
    for start in range(0, max(len(numbers), len(vins)), step):
        # Two indexed look-ups, not one OR the database would answer by a full scan.
        wanted = sa.union(
            sa.select(orders.c.number).where(
                orders.c.customer_number.in_(list(numbers[start : start + step]))
            ),
            sa.select(orders.c.number).where(orders.c.vin.in_(list(vins[start : start + step]))),
        )
        where = orders.c.number.in_(wanted)
        query = sa.select(orders.c.number, orders.c.id).where(where)
        ids.update((row.number, row.id) for row in connection.execute(query))
        for order in archive._load(connection, cv.spec_for(WorkOrder), where):
            found.setdefault(order.number, order)
    return sorted(found.values(), key=lambda order: ids[order.number])


def _records_of(archive: SqlArchive, connection: sa.Connection, numbers: Sequence[str]) -> Snapshot:
    """The customers' records a churn risk is counted from, in archive order."""
    people = load_in(archive, connection, Customer, "number", numbers)
    cars = load_in(archive, connection, Vehicle, "customer_number", numbers)
    vins = [car.vin for car in cars]
    return Snapshot(
        customers=people,
        vehicles=cars,
        work_orders=_work_orders_of(connection, archive, numbers, vins),
        complaints=load_in(archive, connection, Complaint, "customer_number", numbers),
        readings=load_in(archive, connection, OdometerReading, "vin", vins),
    )


def daily_worklist(
    archive: SqlArchive,
    *,
    as_of: date,
    policies: RulePolicies | None = None,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    agents: Sequence[str] | Mapping[str, int] | None = None,
    campaigns: Iterable[Campaign] = (),
) -> Worklist:
    """The desk's worklist of [`daily_worklist`][autocrm.rules.desk.daily_worklist], found in SQL.

    Args:
        archive: The SQL archive.
        as_of: The day of the list.
        policies: Every rule's numbers (default ``Policies()``).
        calendar: Working days.
        agents: The agents on the desk, or a name -> daily capacity mapping.
        campaigns: Campaigns to invite to.

    Returns:
        The [`Worklist`][autocrm.rules.worklist.Worklist] the pure rule gives on the
        archive's snapshot.

    Raises:
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive, a bad ``as_of``
            or ``policies``.
        autocrm.errors.InvalidComponent: a bad ``agents`` argument; ``as_of`` so near the
            ends of the calendar that the rules' windows leave it.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> _ = archive.add(Customer(number="C000002", name="李娜", owner="王强"),
        ...                 actor="a", at=at)
        >>> _ = archive.add(Complaint(number="TS1", customer_number="C000002", level="II",
        ...                           received_at=at,
        ...                           callback_promised_at=datetime(2025, 10, 9, 17,
        ...                                                         tzinfo=CHINA_TZ)),
        ...                 actor="a", at=at)
        >>> day = daily_worklist(archive, as_of=date(2025, 10, 10))
        >>> [(t.customer_number, t.agent, t.reasons[0].kind.value) for t in day.tasks]
        [('C000002', '王强', 'complaint_callback')]
    """
    archive = checked_archive(archive)
    rules = DayReasons.policies_of(policies)
    # The rules look back up to the defected customers' days and the early-warning
    # months, and forward over the reminders' horizon and the next working days.
    back = max(rules.churn.defected_after_days, 31 * rules.churn.warning_months) + 366
    today = checked_day(as_of, days_back=back, rule="the worklist")
    policy = rules.worklist
    try:
        DayReasons.confirmation_days(as_of=today, calendar=calendar)
        fits = date.max - today > timedelta(days=rules.service.horizon_days + 62)
    except OverflowError:
        fits = False
    if not fits:
        msg = f"as_of: {today} is too close to the end of the calendar for the worklist"
        raise InvalidComponent(msg, field="as_of", value=as_of)
    scale = set(policy.scale)
    campaigns = expect_items(campaigns, Campaign, field="campaigns")
    with archive._begin() as connection:
        expired = _expired(archive, connection, as_of=today, policy=policy, calendar=calendar)
        complaints, confirmations = _owed_calls(
            archive, connection, as_of=today, rules=rules, calendar=calendar
        )
        found: DayReasons = complaints
        if ReasonKind.FOLLOW_UP in scale:
            report = worklist_in(
                archive, connection, as_of=today, policy=rules.followups,
                expired={fu.number for fu in expired},
            )  # fmt: skip
            found += DayReasons.of_followups(report, policies=rules)
        found += confirmations
    kinds = DayReasons.reminder_kinds(rules)
    if kinds:
        reminders = due_reminders_report(
            archive, as_of=today, policy=DayReasons.reminder_policy(rules), calendar=calendar,
            campaigns=campaigns, kinds=kinds,
        )  # fmt: skip
        valued = sorted(
            {r.customer_number for r in reminders.reminders if r.kind is ReminderKind.MAINTENANCE}
        )
        with archive._begin() as connection:
            orders = load_in(archive, connection, WorkOrder, "customer_number", valued)
        found += DayReasons.of_reminders(
            reminders, Snapshot(work_orders=orders), as_of=today, policies=rules,
            calendar=calendar,
        )  # fmt: skip
    if ReasonKind.EARLY_WARNING in scale:
        warning: EarlyWarning = early_warning(
            archive, as_of=today, policy=rules.churn, service_policy=rules.service
        )
        with archive._begin() as connection:
            records = _records_of(archive, connection, [e.customer_number for e in warning.entries])
        found += DayReasons.of_early_warning(warning, records, as_of=today, policies=rules)
    if ReasonKind.WIN_BACK in scale and policy.win_back_segments:
        lost = lost_customers_report(
            archive, as_of=today, policy=rules.churn, segments=policy.win_back_segments
        )
        found += DayReasons.of_win_back(lost, policies=rules)
    numbers = sorted({number for number, _ in found.reasons})
    with archive._begin() as connection:
        people = {c.number: c for c in load_in(archive, connection, Customer, "number", numbers)}
    return found.worklist(
        as_of=today,
        customers={number: people.get(number) for number in numbers},
        expired=expired, policies=rules, calendar=calendar, agents=agents,
    )  # fmt: skip
