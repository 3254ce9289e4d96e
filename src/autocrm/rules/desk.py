"""The desk's day: one ranked worklist of customers to call, one task per customer.

The customer-service desk works from one list, not from six.
[`daily_worklist`][autocrm.rules.desk.daily_worklist]
gathers every reason to call a customer on a day and folds them into one task per
customer:

* complaint call-backs the shop promised, and complaints whose closing deadline has
  come ([`complaints`][autocrm.rules.complaints]);
* follow-up calls in their window or overdue
  ([`followup_worklist`][autocrm.rules.followup_worklists.followup_worklist]);
* confirmations of the appointments of the next working day, made the working day
  before;
* reminders whose contact day has come: maintenance, insurance renewal, warranty
  expiry, annual inspection, birthday, purchase anniversary, campaigns (and holiday
  care, off by default) ([`due_reminders`][autocrm.rules.reminders.due_reminders]);
* customers drifting away ([`early_warning`][autocrm.rules.churn_warning.early_warning]),
  ranked by their churn risk, and lost customers to win back
  ([`lost_customers`][autocrm.rules.lost.lost_customers]).

The rules:

* **one priority scale**: ``WorklistPolicy.scale`` orders the kinds of reason (by
  default overdue complaint call-backs first, then complaint deadlines, follow-ups,
  appointment confirmations, maintenance, the other reminders, early warning, win-back);
  within a kind each reason carries an ``urgency`` (smaller first, documented per kind on
  [`ReasonKind`][autocrm.rules.worklist_policy.ReasonKind]). A task ranks by its most
  urgent reason, ties by customer number: a total order, the same every time;
* **contact pressure as on every call list**: opted-out and anonymised customers,
  customers already booked and customers called in the last days are left off, each in
  ``left_off`` with the reason ([`contact`][autocrm.rules.contact]); a complaint call-back
  and an appointment confirmation are owed to the customer, so only an opt-out (or
  erasure) keeps them off;
* **stale calls expire**: a follow-up not reached within
  ``WorklistPolicy.expire_after_workdays`` working days after its window closed is
  EXPIRED — counted in ``expired``, not listed (a CSI call is worth nothing weeks late);
* **assignment**: to the customer's responsible owner (归属责任人, ``Customer.owner``)
  when that agent is on the desk, otherwise round robin; each agent takes at most a
  daily capacity, and what does not fit moves to the next working day (``Task.on``).

The same snapshot, ``as_of``, policies and agents give the same list, byte for byte
through [`dumps`][autocrm.adapters.json.dumps].

The list is made in two halves: gathering the reasons from the rules, source by source
([`DayReasons`][autocrm.rules.day_reasons.DayReasons]), then folding, ranking and assigning them
([`Worklist.of`][autocrm.rules.worklist.Worklist.of]). The SQL twin
([`autocrm.adapters.sqlalchemy.rules.desk`][autocrm.adapters.sqlalchemy.rules.desk]) finds the
records of each source in the database and builds its reasons with the same
[`DayReasons`][autocrm.rules.day_reasons.DayReasons] builders, so each reason is defined once.

Examples:
    >>> from datetime import date, datetime
    >>> from autocrm.domain import CHINA_TZ, Customer, FollowUp, Snapshot
    >>> wang = Customer(number="C000001", name="王建国", mobile="13800138000",
    ...                 birth_date=date(1980, 10, 10), owner="李娜")
    >>> call = FollowUp(number="WO1-3DC", kind="3dc", customer_number="C000001",
    ...                 earliest=date(2025, 10, 9), due=date(2025, 10, 10),
    ...                 latest=date(2025, 10, 10))
    >>> day = daily_worklist(Snapshot(customers=[wang], followups=[call]),
    ...                      as_of=date(2025, 10, 10))
    >>> task = day.tasks[0]
    >>> task.customer_number, task.agent, task.on, [r.kind.value for r in task.reasons]
    ('C000001', '李娜', datetime.date(2025, 10, 10), ['follow_up', 'birthday'])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

import attrs

from autocrm.domain.checks import expect_items
from autocrm.domain.followup import FollowUp, FollowUpStatus
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import as_date
from autocrm.rules._moved import moved
from autocrm.rules._visits import checked
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.campaigns import Campaign
from autocrm.rules.churn_warning import early_warning
from autocrm.rules.contact import ContactHistory
from autocrm.rules.day_reasons import DayReasons
from autocrm.rules.desk_policies import _places
from autocrm.rules.followup_worklists import followup_worklist_report
from autocrm.rules.lost import lost_customers_report
from autocrm.rules.reminders import due_reminders_report
from autocrm.rules.worklist import Worklist
from autocrm.rules.worklist_policy import ReasonKind, is_stale

if TYPE_CHECKING:
    from autocrm.rules.desk_policies import RulePolicies

__all__ = ["daily_worklist"]

_MOVED = {"RulePolicies": "autocrm.rules.desk_policies"}

_DEFAULT_CALENDAR = ChineseWorkdays()


def __getattr__(name: str) -> object:
    return moved(__name__, name, _MOVED)


def daily_worklist(
    snapshot: Snapshot,
    *,
    as_of: date,
    policies: RulePolicies | None = None,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    agents: Sequence[str] | Mapping[str, int] | None = None,
    campaigns: Iterable[Campaign] = (),
) -> Worklist:
    """Return the desk's ranked worklist of ``as_of``: one task per customer.

    See the module for what is gathered and the rules. The reasons are those of
    ``as_of``; the list is worked from the first working day on or after ``as_of``
    (``first_day``), and every task's ``on`` is a working day.

    Reminders are listed from their contact day (``Reminder.contact_on``) on; an
    appointment is confirmed on the working day before its slot's day; a complaint's
    closing deadline is listed from its day on; a promised call-back from its day on.

    Assignment (``WorklistPolicy.assign_by``): the
    agents are ``agents`` (names,
    or names with their own daily capacity), or else every responsible owner of a
    customer on the list. Tasks are taken in rank order; each goes to its agent's
    first working day with room, from ``first_day`` on.

    Args:
        snapshot: The archive.
        as_of: The day of the list.
        policies: Every rule's numbers (default ``Policies()``); ``policies.worklist``
            holds the scale, the expiry, the capacity and the assignment.
        calendar: Working days.
        agents: The agents on the desk, or a name -> daily capacity mapping.
        campaigns: Campaigns to invite to (as
            [`due_reminders`][autocrm.rules.reminders.due_reminders]).

    Returns:
        The worklist.

    Raises:
        autocrm.errors.InvalidFormat: ``snapshot`` is not a Snapshot, or a bad ``as_of``.
        autocrm.errors.InvalidComponent: a bad ``agents`` argument.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint, Customer, Snapshot
        >>> li = Customer(number="C000002", name="李娜", mobile="13800138000", owner="王强")
        >>> ts = Complaint(number="TS1", customer_number="C000002", level="II",
        ...                received_at=datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ),
        ...                callback_promised_at=datetime(2025, 10, 9, 17, tzinfo=CHINA_TZ))
        >>> day = daily_worklist(Snapshot(customers=[li], complaints=[ts]),
        ...                      as_of=date(2025, 10, 10))
        >>> [(t.customer_number, t.agent, t.reasons[0].kind.value, t.reasons[0].days_overdue)
        ...  for t in day.tasks]
        [('C000002', '王强', 'complaint_callback', 1)]
    """
    checked(snapshot, Snapshot, "snapshot")
    today = as_date(as_of)
    invited = expect_items(campaigns, Campaign, field="campaigns")
    rules = DayReasons.policies_of(policies)
    policy = rules.worklist
    # Stale follow-ups leave the list as EXPIRED; their calls still count as contacts.
    expired: list[FollowUp] = []
    followups: list[FollowUp] = []
    for fu in snapshot.followups:
        if is_stale(fu, as_of=today, policy=policy, calendar=calendar):
            fu = attrs.evolve(fu, status=FollowUpStatus.EXPIRED)
            expired.append(fu)
        followups.append(fu)
    shop = attrs.evolve(snapshot, followups=followups) if expired else snapshot
    history = ContactHistory.of(shop)
    place = _places(rules)
    found = DayReasons.of_complaints(
        shop.complaints, history, as_of=today, policies=rules, calendar=calendar
    )
    if ReasonKind.FOLLOW_UP in place:
        report = followup_worklist_report(shop, as_of=today, policy=rules.followups)
        found += DayReasons.of_followups(report, policies=rules)
    found += DayReasons.of_confirmations(
        shop.appointments, history, as_of=today, policies=rules, calendar=calendar
    )
    kinds = DayReasons.reminder_kinds(rules)
    if kinds:
        reminders = due_reminders_report(
            shop, as_of=today, policy=DayReasons.reminder_policy(rules), calendar=calendar,
            campaigns=invited, kinds=kinds,
        )  # fmt: skip
        found += DayReasons.of_reminders(
            reminders, shop, as_of=today, policies=rules, calendar=calendar
        )
    if ReasonKind.EARLY_WARNING in place:
        warning = early_warning(shop, as_of=today, policy=rules.churn, service_policy=rules.service)
        found += DayReasons.of_early_warning(warning, shop, as_of=today, policies=rules)
    if ReasonKind.WIN_BACK in place and policy.win_back_segments:
        lost = lost_customers_report(
            shop, as_of=today, policy=rules.churn, segments=policy.win_back_segments
        )
        found += DayReasons.of_win_back(lost, policies=rules)
    return found.worklist(
        as_of=today,
        customers={number: shop.customer(number) for number, _ in found.reasons},
        expired=expired, policies=rules, calendar=calendar, agents=agents,
    )  # fmt: skip
