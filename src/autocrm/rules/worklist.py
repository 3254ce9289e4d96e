"""The desk's worklist: reasons folded into one task per customer, ranked and assigned.

[`daily_worklist`][autocrm.rules.desk.daily_worklist] gathers every reason to call a
customer on a day; [`Worklist.of`][autocrm.rules.worklist.Worklist.of] folds the reasons
into one [`Task`][autocrm.rules.worklist.Task] per customer, ranks them on the scale of
[`WorklistPolicy`][autocrm.rules.worklist_policy.WorklistPolicy] and assigns them to the
agents (a SQL twin gathering the reasons in the database calls it too). The kinds of
reason, the scale and the expiry of stale calls are in
[`autocrm.rules.worklist_policy`][autocrm.rules.worklist_policy].

Examples:
    >>> from datetime import date
    >>> Worklist.of([], as_of=date(2025, 10, 10), customers={}).tasks
    ()
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

import attrs

from autocrm.domain.appointment import Appointment
from autocrm.domain.complaint import Complaint
from autocrm.domain.customer import ContactPurpose, Customer
from autocrm.domain.followup import FollowUp
from autocrm.domain.time import as_date
from autocrm.errors import InvalidComponent, shown
from autocrm.rules import worklist_policy
from autocrm.rules._moved import moved
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.churn_segments import SegmentAssessment
from autocrm.rules.churn_warning import WarningEntry
from autocrm.rules.contact import LeftOff
from autocrm.rules.followup_worklists import WorklistEntry
from autocrm.rules.reminder_kinds import Reminder
from autocrm.rules.risk import ChurnRisk
from autocrm.rules.workdays import add_workdays, next_workday

__all__ = [
    "Task",
    "TaskReason",
    "Worklist",
]

_MOVED = {
    "DEFAULT_SCALE": "autocrm.rules.worklist_policy",
    "ReasonKind": "autocrm.rules.worklist_policy",
    "WorklistPolicy": "autocrm.rules.worklist_policy",
    "is_stale": "autocrm.rules.worklist_policy",
    "RulePolicies": "autocrm.rules.desk_policies",
    "daily_worklist": "autocrm.rules.desk",
}


def __getattr__(name: str) -> object:
    return moved(__name__, name, _MOVED)


_DEFAULT_CALENDAR = ChineseWorkdays()


#: What a reason rests on: the record or the result of the rule that produced it.
Evidence = WorklistEntry | Reminder | WarningEntry | SegmentAssessment | Complaint | Appointment


@attrs.frozen(kw_only=True)
class TaskReason:
    """One reason to call a customer, with its place on the scale and its evidence.

    Attributes:
        kind: What the call is about.
        rank: The kind's place on ``WorklistPolicy.scale`` (1 = most urgent).
        urgency: The order within the kind, smaller first (see
            [`ReasonKind`][autocrm.rules.worklist_policy.ReasonKind]).
        purpose: The contact purpose whose opt-out keeps this reason off the list.
        subject: The record concerned: a follow-up, complaint or appointment number,
            a reminder kind and vehicle, ``early_warning`` or a churn segment.
        vin: The vehicle concerned, if any.
        due_on: The deadline or the date of the event, if any.
        days_overdue: Days past ``due_on`` on ``as_of`` (0 if not past).
        reason: Why, in plain words.
        rule: The rule and the policy values used.
        evidence: The record or rule result behind the reason (a follow-up list
            entry, a reminder, an early-warning entry, a churn segment, a complaint,
            an appointment).
        risk: For early warning, the customer's churn risk with its components.

    Examples:
        >>> from autocrm.rules.worklist_policy import ReasonKind
        >>> TaskReason(kind=ReasonKind.BIRTHDAY, rank=9, urgency=(3, 739000), subject="birthday",
        ...            purpose=ContactPurpose.REMINDERS, reason="birthday on 2025-10-10",
        ...            rule="r").kind.label
        '生日关怀'
    """

    kind: worklist_policy.ReasonKind
    rank: int
    urgency: tuple[int, ...]
    purpose: ContactPurpose
    subject: str
    vin: str | None = None
    due_on: date | None = None
    days_overdue: int = 0
    reason: str
    rule: str
    evidence: Evidence | None = None
    risk: ChurnRisk | None = None

    @property
    def sort_key(self) -> tuple[int, tuple[int, ...], str, str]:
        """Order of reasons: the scale, the urgency, then the subject and vehicle."""
        return (self.rank, self.urgency, self.subject, self.vin or "")


@attrs.frozen(kw_only=True)
class Task:
    """One customer to call on one day, with every reason folded in.

    Attributes:
        position: The task's place in the day's ranking (1 = call first).
        customer_number / name: The customer (name None if not in the archive).
        on: The working day the task is planned for: the list's first working day,
            or a later one when the agent's capacity was full.
        agent: Who calls (None when no agent is known).
        moved: True when capacity moved the task past the list's first working day.
        reasons: Every reason, most urgent first; the first decides the rank.

    Examples:
        >>> from autocrm.rules.worklist_policy import ReasonKind
        >>> r = TaskReason(kind=ReasonKind.FOLLOW_UP, rank=3, urgency=(2, 0), subject="WO1-3DC",
        ...                purpose=ContactPurpose.FOLLOW_UPS, reason="r", rule="r")
        >>> Task(position=1, customer_number="C000001", name="王建国", on=date(2025, 10, 10),
        ...      agent="李娜", reasons=(r,)).rank
        3
    """

    position: int
    customer_number: str
    name: str | None
    on: date
    agent: str | None
    moved: bool = False
    reasons: tuple[TaskReason, ...]

    @property
    def rank(self) -> int:
        """The place on the scale of the most urgent reason."""
        return self.reasons[0].rank

    @property
    def kinds(self) -> tuple[worklist_policy.ReasonKind, ...]:
        """The kinds of the reasons, most urgent first."""
        return tuple(r.kind for r in self.reasons)

    def to_dict(self) -> dict[str, object]:
        """One flat row: position, day, agent, customer, the reasons in words.

        Examples:
            >>> from autocrm.rules.worklist_policy import ReasonKind
            >>> r = TaskReason(kind=ReasonKind.BIRTHDAY, rank=9, urgency=(3,), subject="birthday",
            ...                purpose=ContactPurpose.REMINDERS, reason="birthday 2025-10-10",
            ...                rule="r")
            >>> Task(position=1, customer_number="C1", name=None, on=date(2025, 10, 10),
            ...      agent=None, reasons=(r,)).to_dict()["reasons"]
            'birthday'
        """
        return {
            "position": self.position,
            "on": self.on,
            "agent": self.agent,
            "moved": self.moved,
            "customer_number": self.customer_number,
            "name": self.name,
            "rank": self.rank,
            "reasons": ", ".join(r.kind.value for r in self.reasons),
            "labels": "、".join(r.kind.label for r in self.reasons),
            "why": "; ".join(r.reason for r in self.reasons),
        }


@attrs.frozen(kw_only=True)
class Worklist:
    """The desk's worklist of one day: the tasks, who was left off, what expired.

    Attributes:
        as_of: The day the rules were applied.
        first_day: The first working day on or after ``as_of``: the day of the list.
        tasks: One task per customer, ranked (``position`` 1 first).
        left_off: What a reason would have listed and contact pressure kept off,
            with why, by customer and subject.
        expired: The follow-ups that went stale, as they are now (status EXPIRED);
            counted, not listed. Store them to close them in the archive.
        agents: The agents the tasks were shared among, with their daily capacity.
        rule: The scale and the policy values used.

    Examples:
        >>> from autocrm.domain import Snapshot
        >>> from autocrm.rules.desk import daily_worklist
        >>> daily_worklist(Snapshot(), as_of=date(2025, 10, 1)).first_day
        datetime.date(2025, 10, 9)
    """

    as_of: date
    first_day: date
    tasks: tuple[Task, ...]
    left_off: tuple[LeftOff, ...]
    expired: tuple[FollowUp, ...]
    agents: tuple[tuple[str, int], ...]
    rule: str

    @classmethod
    def of(
        cls,
        reasons: Iterable[tuple[str, TaskReason]],
        *,
        as_of: date,
        customers: Mapping[str, Customer | None],
        left_off: Iterable[LeftOff] = (),
        expired: Iterable[FollowUp] = (),
        policy: worklist_policy.WorklistPolicy = worklist_policy.WorklistPolicy(),
        calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
        agents: Sequence[str] | Mapping[str, int] | None = None,
    ) -> Worklist:
        """Fold reasons into ranked, assigned tasks: the second half of
        [`daily_worklist`][autocrm.rules.desk.daily_worklist].

        [`daily_worklist`][autocrm.rules.desk.daily_worklist] gathers the reasons from the rules in
        Python; a SQL twin
        gathers the same reasons in the database and builds the list here, so that the
        folding, the ranking and the assignment are defined once.

        Args:
            reasons: ``(customer number, reason)`` pairs, in any order; each reason's
                ``rank`` is its kind's place on ``policy.scale``
                (``WorklistPolicy.rank_of``).
            as_of: The day of the list.
            customers: The customers of the reasons by number (for the responsible
                owner and the name; None for one not in the archive).
            left_off: What contact pressure kept off.
            expired: The follow-ups that went stale.
            policy: Capacity and assignment.
            calendar: Working days.
            agents: The agents, or a name -> daily capacity mapping.

        Raises:
            autocrm.errors.InvalidComponent: a bad ``agents`` argument.

        Examples:
            >>> from autocrm.rules.worklist_policy import ReasonKind
            >>> r = TaskReason(kind=ReasonKind.BIRTHDAY, rank=9, urgency=(3,),
            ...                subject="birthday", purpose=ContactPurpose.REMINDERS,
            ...                reason="birthday on 2025-10-12", rule="r")
            >>> day = Worklist.of([("C000001", r)], as_of=date(2025, 10, 11),
            ...                   customers={"C000001": None}, agents=["李娜"])
            >>> [(t.customer_number, t.agent, t.on) for t in day.tasks]
            [('C000001', '李娜', datetime.date(2025, 10, 11))]
        """
        today = as_date(as_of)
        first_day = next_workday(today, calendar=calendar)
        grouped: dict[str, list[TaskReason]] = {}
        for number, reason in reasons:
            grouped.setdefault(number, []).append(reason)
        ranked = sorted(
            (
                (sorted(found, key=lambda r: r.sort_key), number)
                for number, found in grouped.items()
            ),
            key=lambda item: (item[0][0].rank, item[0][0].urgency, item[1]),
        )
        owners = {number: _owner(customers.get(number)) for _, number in ranked}
        desk = _agents(agents, owners.values(), policy.daily_capacity)
        tasks = _assign(ranked, customers, owners, desk, policy, first_day, calendar)
        scale = ", ".join(kind.value for kind in policy.scale)
        rule = (
            f"one task per customer, ranked by WorklistPolicy.scale=[{scale}], then urgency "
            "within the kind, then customer number; follow-ups pending beyond "
            f"WorklistPolicy.expire_after_workdays={policy.expire_after_workdays} working "
            f"days after their window expire; assigned by {policy.assign_by!r} with "
            f"WorklistPolicy.daily_capacity={policy.daily_capacity} per agent, the rest on "
            "the next working day; contact pressure as on every call list"
        )
        return cls(
            as_of=today,
            first_day=first_day,
            tasks=tasks,
            left_off=tuple(sorted(left_off, key=lambda x: (x.customer_number, x.subject))),
            expired=tuple(sorted(expired, key=lambda fu: fu.number)),
            agents=desk,
            rule=rule,
        )

    @property
    def expired_count(self) -> int:
        """How many follow-ups expired."""
        return len(self.expired)

    def for_agent(self, agent: str) -> tuple[Task, ...]:
        """The tasks of one agent, in rank order.

        Examples:
            >>> from autocrm.domain import Snapshot
            >>> from autocrm.rules.desk import daily_worklist
            >>> daily_worklist(Snapshot(), as_of=date(2025, 10, 9)).for_agent("李娜")
            ()
        """
        return tuple(t for t in self.tasks if t.agent == agent)

    def to_rows(self) -> list[dict[str, object]]:
        """One flat dict per task (for ``to_frame``, CSV and tables).

        Examples:
            >>> from autocrm.domain import Snapshot
            >>> from autocrm.rules.desk import daily_worklist
            >>> daily_worklist(Snapshot(), as_of=date(2025, 10, 9)).to_rows()
            []
        """
        return [task.to_dict() for task in self.tasks]


def _agents(
    agents: Sequence[str] | Mapping[str, int] | None,
    owners: Iterable[str | None],
    capacity: int,
) -> tuple[tuple[str, int], ...]:
    if agents is None:
        return tuple((name, capacity) for name in sorted({o for o in owners if o}))
    given: object = agents
    if isinstance(given, str) or not isinstance(given, Iterable):
        msg = f"agents: expected agent names or a name -> capacity mapping, got {shown(given)}"
        raise InvalidComponent(msg, field="agents", value=given)
    pairs = list(agents.items()) if isinstance(agents, Mapping) else [(a, capacity) for a in agents]
    seen: dict[str, int] = {}
    for name, cap in pairs:
        if not isinstance(name, str) or not name.strip():
            msg = f"agents: an agent is named by a non-empty string, got {shown(name)}"
            raise InvalidComponent(msg, field="agents", value=name)
        if isinstance(cap, bool) or not isinstance(cap, int) or cap < 1:
            msg = (
                f"agents: the daily capacity of {shown(name)} must be a whole number >= 1, "
                f"got {shown(cap)}"
            )
            raise InvalidComponent(msg, field="agents", value=cap)
        if name in seen:
            msg = f"agents: {name} is named twice"
            raise InvalidComponent(msg, field="agents", value=name)
        seen[name] = cap
    return tuple(seen.items())


def _owner(customer: Customer | None) -> str | None:
    return None if customer is None else customer.owner


def _assign(
    ranked: list[tuple[list[TaskReason], str]],
    customers: Mapping[str, Customer | None],
    owners: Mapping[str, str | None],
    desk: tuple[tuple[str, int], ...],
    policy: worklist_policy.WorklistPolicy,
    first_day: date,
    calendar: WorkdayCalendar,
) -> tuple[Task, ...]:
    capacity = dict(desk)
    names = [name for name, _ in desk]
    load: dict[tuple[str, date], int] = {}
    days = [first_day]
    turn = 0

    def day_at(index: int) -> date:
        while len(days) <= index:
            days.append(add_workdays(days[-1], 1, calendar=calendar))
        return days[index]

    tasks: list[Task] = []
    for position, (reasons, number) in enumerate(ranked, start=1):
        owner = owners[number]
        agent: str | None = None
        on = first_day
        if names and policy.assign_by == "owner" and owner in capacity:
            agent, index = owner, 0
            while load.get((owner, day_at(index)), 0) >= capacity[owner]:
                index += 1
            on = day_at(index)
        elif names:
            index = 0
            while agent is None:
                on = day_at(index)
                for step in range(len(names)):
                    name = names[(turn + step) % len(names)]
                    if load.get((name, on), 0) < capacity[name]:
                        agent, turn = name, (turn + step + 1) % len(names)
                        break
                index += 1
        if agent is not None:
            load[(agent, on)] = load.get((agent, on), 0) + 1
        customer = customers.get(number)
        tasks.append(
            Task(
                position=position,
                customer_number=number,
                name=None if customer is None else customer.name,
                on=on,
                agent=agent,
                moved=on != first_day,
                reasons=tuple(reasons),
            )
        )
    return tuple(tasks)
