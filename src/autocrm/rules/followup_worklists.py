"""The follow-up worklist: the calls due on a day, and who contact pressure left off.

See [follow-up calls][sources-followups] and [contact
pressure][sources-expectations-contact-pressure]: a customer who opted out, is already
booked, or was called in the last days about another visit is left off, and the report
says why.

Examples:
    >>> from datetime import date
    >>> followup_worklist([], as_of=date(2025, 10, 9))
    ()
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

import attrs

from autocrm.domain.appointment import Appointment
from autocrm.domain.checks import expect_items
from autocrm.domain.customer import ContactPurpose, Customer
from autocrm.domain.followup import (
    FollowUp,
    FollowUpStatus,
)
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import as_date
from autocrm.errors import InvalidFormat
from autocrm.rules._visits import check_iterable, checked
from autocrm.rules.contact import ContactHistory, LeftOff
from autocrm.rules.followup_policy import FollowUpPolicy

__all__ = ["FollowUpWorklist", "WorklistEntry", "followup_worklist", "followup_worklist_report"]


@attrs.frozen(kw_only=True)
class WorklistEntry:
    """One line of the follow-up call list: the follow-up, its rank and the reason.

    Attributes:
        followup: The follow-up to call.
        priority: 1 = overdue, 2 = last day of the window, 3 = a retry due,
            4 = window open. Lower is more urgent.
        reason: Why it is on the list, in plain words.
        days_overdue: Calendar days past the window's last day (0 if not overdue).
        days_left: Calendar days until the window's last day (0 if today or overdue).
        rule: The rule and policy values that produced the entry.

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import FollowUp
        >>> fu = FollowUp(number="F1", kind="3dc", customer_number="C1",
        ...               earliest=date(2025, 10, 9), due=date(2025, 10, 9),
        ...               latest=date(2025, 10, 9))
        >>> followup_worklist([fu], as_of=date(2025, 10, 10))[0].priority
        1
    """

    followup: FollowUp
    priority: int
    reason: str
    days_overdue: int
    days_left: int
    rule: str


@attrs.frozen(kw_only=True)
class FollowUpWorklist:
    """The follow-up call list of one day, and who was left off and why.

    Attributes:
        as_of: The day of the list.
        entries: The follow-ups to call, ranked (see
            [`followup_worklist`][autocrm.rules.followup_worklists.followup_worklist]).
        left_off: Follow-ups due today that contact pressure kept off,
            each with its reason: opted out, anonymised, already booked, contacted.
        opt_outs_checked: False when no customers were given: no opt-out could be
            honoured.
        rule: The rules and the policy values used.

    Examples:
        >>> from datetime import date
        >>> followup_worklist_report([], as_of=date(2025, 10, 10)).entries
        ()
    """

    as_of: date
    entries: tuple[WorklistEntry, ...]
    left_off: tuple[LeftOff, ...]
    opt_outs_checked: bool
    rule: str

    @classmethod
    def of(
        cls,
        followups: Iterable[FollowUp],
        history: ContactHistory,
        *,
        as_of: date,
        policy: FollowUpPolicy = FollowUpPolicy(),
        opt_outs_checked: bool = True,
    ) -> FollowUpWorklist:
        """Rank the follow-ups due on ``as_of``, those held back by contact pressure left off.

        The list of
        [`followup_worklist_report`][autocrm.rules.followup_worklists.followup_worklist_report]
        from the follow-ups it may list and the records of contact pressure; a SQL twin
        finds those in the database and builds the list here, so the rule is written once.
        A follow-up that is not pending, not yet open or waiting for its next attempt is
        skipped.

        Args:
            followups: Follow-ups of any status.
            history: The records contact pressure looks at.
            as_of: The day of the list.
            policy: The follow-up numbers.
            opt_outs_checked: Whether the customers were known (the opt-outs could be
                honoured); said in ``rule``.

        Examples:
            >>> from datetime import date
            >>> fu = FollowUp(number="WO1-3DC", kind="3dc", customer_number="C1",
            ...               earliest=date(2025, 10, 9), due=date(2025, 10, 10),
            ...               latest=date(2025, 10, 10))
            >>> day = FollowUpWorklist.of([fu], ContactHistory.of([]), as_of=date(2025, 10, 10))
            >>> [(e.followup.number, e.priority) for e in day.entries]
            [('WO1-3DC', 2)]
        """
        today = as_date(as_of)
        cooldown = policy.contact_cooldown_days
        entries: list[WorklistEntry] = []
        left_off: list[LeftOff] = []
        for fu in followups:
            if fu.status is not FollowUpStatus.PENDING or today < fu.earliest:
                continue
            failed = sum(1 for a in fu.attempts if a.outcome.is_failure)
            next_on = fu.next_attempt_on if fu.next_attempt_on is not None else fu.due
            if failed and today < next_on:
                continue
            # Contact pressure; the follow-up's own work order's calls do not count
            # (a minor-repair callback is not held back by the 3DC call of the same visit).
            pressure = history.pressure(
                fu.customer_number, as_of=today, cooldown_days=cooldown,
                purpose=ContactPurpose.FOLLOW_UPS, vin=fu.vin,
                work_order_number=fu.work_order_number, followup_number=fu.number,
            )  # fmt: skip
            if pressure is not None:
                left_off.append(
                    LeftOff(
                        customer_number=fu.customer_number, subject=fu.number, pressure=pressure
                    )
                )
                continue
            overdue = max(0, (today - fu.latest).days)
            left = max(0, (fu.latest - today).days)
            if overdue:
                priority = 1
                reason = (
                    f"overdue by {overdue} day(s): the {fu.kind.label} window ended {fu.latest}"
                )
            elif left == 0:
                priority = 2
                reason = f"last day of the {fu.kind.label} window ({fu.latest})"
            elif failed:
                priority = 3
                reason = (
                    f"retry: attempt {failed + 1} of {policy.max_attempts} after "
                    f"{fu.attempts[-1].outcome.label}; window ends {fu.latest}"
                )
            else:
                priority = 4
                reason = f"{fu.kind.label} window open {fu.earliest} – {fu.latest}"
            if failed and priority < 3:
                reason += f"; attempt {failed + 1} of {policy.max_attempts}"
            entries.append(
                WorklistEntry(
                    followup=fu,
                    priority=priority,
                    reason=reason,
                    days_overdue=overdue,
                    days_left=left,
                    rule=(
                        f"{fu.rule or fu.kind.value}; listed from earliest/next attempt, "
                        f"cooldown FollowUpPolicy.contact_cooldown_days={cooldown}"
                    ),
                )
            )
        entries.sort(
            key=lambda e: (e.priority, -e.days_overdue, e.followup.latest, e.followup.number)
        )
        left_off.sort(key=lambda x: (x.customer_number, x.subject))
        opt_outs_read = opt_outs_checked
        rule = (
            "pending follow-ups from their earliest (or next attempt) day, overdue first; "
            "contact pressure: opted out of follow-ups"
            + ("" if opt_outs_read else " (not checked: no customers given)")
            + f", already booked, or called in the last {cooldown} days about another work "
            f"order (FollowUpPolicy.contact_cooldown_days={cooldown}) left off"
        )
        return cls(
            as_of=today, entries=tuple(entries), left_off=tuple(left_off),
            opt_outs_checked=opt_outs_read, rule=rule,
        )  # fmt: skip


def _customer_list(
    customers: Iterable[Customer] | Mapping[str, Customer] | None,
) -> tuple[Customer, ...]:
    if customers is None:
        return ()
    if isinstance(customers, Mapping):
        return expect_items(tuple(customers.values()), Customer, field="customers")
    return expect_items(customers, Customer, field="customers")


def followup_worklist_report(
    followups_or_snapshot: Snapshot | Iterable[FollowUp],
    *,
    as_of: date | datetime,
    customers: Iterable[Customer] | Mapping[str, Customer] | None = None,
    appointments: Iterable[Appointment] = (),
    policy: FollowUpPolicy = FollowUpPolicy(),
) -> FollowUpWorklist:
    """Return the follow-up worklist of ``as_of`` with who was left off and why.

    Same rules as [`followup_worklist`][autocrm.rules.followup_worklists.followup_worklist],
    which returns only the entries.

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import Customer, FollowUp, OptOut, Snapshot
        >>> fu = FollowUp(number="WO1-3DC", kind="3dc", customer_number="C1",
        ...               earliest=date(2025, 10, 9), due=date(2025, 10, 10),
        ...               latest=date(2025, 10, 10))
        >>> wang = Customer(number="C1", name="王建国",
        ...                 opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
        >>> report = followup_worklist_report(Snapshot(customers=[wang], followups=[fu]),
        ...                                   as_of=date(2025, 10, 10))
        >>> report.entries, [(x.subject, x.reason) for x in report.left_off]
        ((), [('WO1-3DC', 'opted out of 回访 calls: 客户要求不再回访')])
    """
    policy = checked(policy, FollowUpPolicy, "policy")
    if not isinstance(followups_or_snapshot, Snapshot):
        check_iterable(followups_or_snapshot, "followups_or_snapshot")
    today = as_date(as_of)
    if isinstance(followups_or_snapshot, Snapshot):
        snapshot = followups_or_snapshot
        items: Sequence[FollowUp] = snapshot.followups
        people = _customer_list(customers) if customers is not None else snapshot.customers
        booked = (
            *snapshot.appointments,
            *expect_items(appointments, Appointment, field="appointments"),
        )
    else:
        items = tuple(followups_or_snapshot)
        people = _customer_list(customers)
        booked = expect_items(appointments, Appointment, field="appointments")
    checked_items: Sequence[object] = items
    for index, item in enumerate(checked_items):
        if not isinstance(item, FollowUp):
            msg = f"followups[{index}]: expected a FollowUp, got {type(item).__name__}"
            raise InvalidFormat(msg, field=f"followups[{index}]", value=item)
    history = ContactHistory.of(items, customers=people, appointments=booked)
    return FollowUpWorklist.of(
        items, history, as_of=today, policy=policy, opt_outs_checked=bool(people)
    )


def followup_worklist(
    followups_or_snapshot: Snapshot | Iterable[FollowUp],
    *,
    as_of: date | datetime,
    customers: Iterable[Customer] | Mapping[str, Customer] | None = None,
    appointments: Iterable[Appointment] = (),
    policy: FollowUpPolicy = FollowUpPolicy(),
) -> tuple[WorklistEntry, ...]:
    """Return the follow-ups to call on ``as_of``, most urgent first.

    A pending follow-up is on the list from its ``earliest`` day on; after a failed
    call, from its ``next_attempt_on`` day on. It stays on the list, as overdue, after
    its window closes. Ranking: overdue (longest overdue first), then the window's last
    day, then retries, then open windows (earliest deadline first); ties by number.

    [Contact pressure][sources-expectations-contact-pressure]
    ([`autocrm.rules.contact`][autocrm.rules.contact]) leaves off a
    follow-up whose customer

    * opted out of follow-up calls (for all vehicles or the follow-up's vehicle, for
      every channel or a phone channel), or was anonymised — **only checkable when the
      customers are known**: pass a [`Snapshot`][autocrm.domain.snapshot.Snapshot], or
      ``customers=``. Without them no opt-out can be honoured;
    * is already booked (an appointment BOOKED with its slot on or after ``as_of``,
      from the snapshot or ``appointments=``);
    * was called (completed or attempted, wrong numbers aside) in the last
      ``contact_cooldown_days`` days about another work order. Calls about the same
      work order do not count: the minor-repair callback of a visit stays on the list
      after its 3DC call, and so does the 7DC after the sale 3D call.

    [`followup_worklist_report`][autocrm.rules.followup_worklists.followup_worklist_report]
    also returns who was left off and why.

    Args:
        followups_or_snapshot: Follow-ups of any status (only pending ones can be
            listed), or a snapshot (its follow-ups, customers and appointments).
        as_of: The day of the list (an aware datetime counts as its China date).
        customers: Customers (or a number -> Customer mapping) to check opt-outs against;
            with a snapshot, replaces its customers. A follow-up whose customer is not
            among them is kept.
        appointments: Appointments to check bookings against (added to a snapshot's).
        policy: The follow-up numbers.

    Returns:
        The entries, ranked.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of``, or an item that is not a FollowUp.

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import FollowUp
        >>> a = FollowUp(number="A", kind="3dc", customer_number="C1",
        ...              earliest=date(2025, 10, 9), due=date(2025, 10, 10),
        ...              latest=date(2025, 10, 10))
        >>> b = FollowUp(number="B", kind="major_repair", customer_number="C2",
        ...              earliest=date(2025, 10, 9), due=date(2025, 10, 24),
        ...              latest=date(2025, 10, 24))
        >>> [(e.followup.number, e.priority) for e in
        ...  followup_worklist([b, a], as_of=date(2025, 10, 10))]
        [('A', 2), ('B', 4)]
    """
    policy = checked(policy, FollowUpPolicy, "policy")
    if not isinstance(followups_or_snapshot, Snapshot):
        check_iterable(followups_or_snapshot, "followups_or_snapshot")
    return followup_worklist_report(
        followups_or_snapshot, as_of=as_of, customers=customers, appointments=appointments,
        policy=policy,
    ).entries  # fmt: skip
