"""The reasons to call customers on one day, one builder per source of reasons.

The first half of the desk's day ([`daily_worklist`][autocrm.rules.desk.daily_worklist]):
[`DayReasons`][autocrm.rules.day_reasons.DayReasons] turns each source's records or rule
result (complaints, follow-ups, appointments to confirm, reminders, early warning,
win-back) into reasons on the worklist's one scale, with what contact pressure kept off.
The pure rule feeds the builders from a snapshot; the SQL twin
([`autocrm.adapters.sqlalchemy.rules.desk`][autocrm.adapters.sqlalchemy.rules.desk]) feeds
them what the database found, so each reason is defined once.
[`RulePolicies`][autocrm.rules.desk_policies.RulePolicies] (in
[`desk_policies`][autocrm.rules.desk_policies]) names the policies they read.

Examples:
    >>> from datetime import date
    >>> found = DayReasons.of_complaints([], ContactHistory.of([]), as_of=date(2025, 10, 10))
    >>> found.reasons, found.left_off
    ((), ())
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from autocrm.domain.appointment import Appointment, AppointmentStatus
from autocrm.domain.complaint import Complaint, ComplaintStatus
from autocrm.domain.customer import ContactPurpose, Customer
from autocrm.domain.followup import FollowUp
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import CHINA_TZ, as_date, local_date
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.rules._moved import moved
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.churn_segments import ChurnSegment
from autocrm.rules.churn_warning import EarlyWarning
from autocrm.rules.complaints import closing_deadline
from autocrm.rules.contact import ContactHistory, LeftOff, PressureKind
from autocrm.rules.desk_policies import (
    _checked_policies,
    _DefaultPolicies,
    _places,
)
from autocrm.rules.followup_worklists import FollowUpWorklist
from autocrm.rules.lost import LostCustomers
from autocrm.rules.membership import cumulative_spend
from autocrm.rules.reminder_kinds import ReminderKind, ReminderList
from autocrm.rules.risk import churn_risk
from autocrm.rules.service_policy import ServicePolicy
from autocrm.rules.workdays import add_workdays, next_workday
from autocrm.rules.worklist import TaskReason, Worklist
from autocrm.rules.worklist_policy import ReasonKind

if TYPE_CHECKING:
    from autocrm.rules.desk_policies import RulePolicies

__all__ = ["DayReasons"]

_MOVED = {"RulePolicies": "autocrm.rules.desk_policies"}


def __getattr__(name: str) -> object:
    return moved(__name__, name, _MOVED)


_DEFAULT_CALENDAR = ChineseWorkdays()


def _money_key(value: Decimal) -> int:
    return int(value * 100)


def _left_off_owed(pressure_kind: PressureKind) -> bool:
    # A call owed to the customer (a promised call-back, a booking to confirm) is kept
    # off only by an opt-out, an erasure or a merge (the survivor holds the call now),
    # not by a booking or a recent call.
    return pressure_kind in (PressureKind.OPTED_OUT, PressureKind.ANONYMISED, PressureKind.MERGED)


_REMINDER_KINDS = {kind: ReasonKind.from_label(kind.value) for kind in ReminderKind}

#: Win-back order: the recently lost are the easiest to win back.
_SEGMENT_ORDER = {
    ChurnSegment.RECENTLY_LOST: 0,
    ChurnSegment.FIRST_SERVICE_LOST: 1,
    ChurnSegment.DEFECTED: 2,
}


@attrs.frozen(kw_only=True)
class DayReasons:
    """Reasons to call customers on one day, with what contact pressure kept off.

    The first half of [`daily_worklist`][autocrm.rules.desk.daily_worklist]: one builder per
    source of reasons turns that source's records or rule result into reasons on the
    worklist's scale. [`daily_worklist`][autocrm.rules.desk.daily_worklist] feeds them from a
    snapshot; the SQL twin feeds them what the database found. Parts are joined with
    ``+`` and made into the day's list by
    [`worklist`][autocrm.rules.day_reasons.DayReasons.worklist].

    Attributes:
        reasons: ``(customer number, reason)`` pairs, in the order they were found.
        left_off: What a reason would have listed and contact pressure kept off.

    Examples:
        >>> from autocrm.domain import Complaint, CHINA_TZ
        >>> from datetime import datetime
        >>> ts = Complaint(number="TS1", customer_number="C000002", level="II",
        ...                received_at=datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ),
        ...                callback_promised_at=datetime(2025, 10, 9, 17, tzinfo=CHINA_TZ))
        >>> found = DayReasons.of_complaints([ts], ContactHistory.of([]), as_of=date(2025, 10, 10))
        >>> [(number, r.kind.value, r.days_overdue) for number, r in found.reasons]
        [('C000002', 'complaint_callback', 1)]
    """

    reasons: tuple[tuple[str, TaskReason], ...] = ()
    left_off: tuple[LeftOff, ...] = ()

    def __add__(self, other: DayReasons) -> DayReasons:
        return DayReasons(
            reasons=(*self.reasons, *other.reasons), left_off=(*self.left_off, *other.left_off)
        )

    @staticmethod
    def policies_of(policies: object) -> RulePolicies:
        """The policies a worklist reads: ``policies``, or every default when None.

        Raises:
            autocrm.errors.InvalidFormat: ``policies`` lacks a part the worklist reads.

        Examples:
            >>> DayReasons.policies_of(None).worklist.daily_capacity
            40
        """
        return _DefaultPolicies() if policies is None else _checked_policies(policies)

    @staticmethod
    def reminder_kinds(policies: RulePolicies | None = None) -> frozenset[ReminderKind]:
        """The kinds of reminder the worklist's scale puts on the list.

        Examples:
            >>> ReminderKind.HOLIDAY in DayReasons.reminder_kinds()
            False
        """
        rules = DayReasons.policies_of(policies)
        scale = rules.worklist.scale
        return frozenset(k for k, reason in _REMINDER_KINDS.items() if reason in scale)

    @staticmethod
    def reminder_policy(policies: RulePolicies | None = None) -> ServicePolicy:
        """The service policy the reminders are found with (no holiday care off the scale).

        Examples:
            >>> DayReasons.reminder_policy().holiday_care
            ()
        """
        rules = DayReasons.policies_of(policies)
        service = rules.service
        if ReminderKind.HOLIDAY not in DayReasons.reminder_kinds(rules):
            service = attrs.evolve(service, holiday_care=())
        return service

    @staticmethod
    def confirmation_days(
        *, as_of: date, calendar: WorkdayCalendar = _DEFAULT_CALENDAR
    ) -> tuple[date, date]:
        """The first and last slot day whose appointments may be confirmed on ``as_of``'s list.

        The working day before the slot's day is the list's first working day (or
        already past): the days after it up to the next working day.

        Raises:
            autocrm.errors.InvalidComponent: ``as_of`` so near the end of the calendar
                that the next working day is past it.

        Examples:
            >>> DayReasons.confirmation_days(as_of=date(2025, 9, 30))
            (datetime.date(2025, 10, 1), datetime.date(2025, 10, 9))
        """
        day = as_date(as_of)
        try:
            first_day = next_workday(day, calendar=calendar)
            return first_day + timedelta(days=1), add_workdays(first_day, 1, calendar=calendar)
        except OverflowError:
            msg = f"as_of: {day} is too close to the end of the calendar to confirm bookings"
            raise InvalidComponent(msg, field="as_of", value=as_of) from None

    @classmethod
    def of_complaints(
        cls,
        complaints: Iterable[Complaint],
        history: ContactHistory,
        *,
        as_of: date,
        policies: RulePolicies | None = None,
        calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    ) -> DayReasons:
        """Promised call-backs due and closing deadlines come, of the complaints not closed.

        ``history`` holds at least the complaints' customers that are opted out,
        anonymised or merged (nothing else keeps these calls off).

        Examples:
            >>> DayReasons.of_complaints([], ContactHistory.of([]), as_of=date(2025, 10, 10))
            DayReasons(reasons=(), left_off=())
        """
        rules = DayReasons.policies_of(policies)
        place = _places(rules)
        today = as_date(as_of)
        first_day = next_workday(today, calendar=calendar)
        found: list[tuple[str, TaskReason]] = []
        left_off: list[LeftOff] = []
        for complaint in complaints:
            if complaint.status is ComplaintStatus.CLOSED:
                continue
            items: list[tuple[ReasonKind, date, str, str]] = []
            promised = complaint.callback_promised_at
            done = complaint.callback_done_at
            if (
                ReasonKind.COMPLAINT_CALLBACK in place
                and promised is not None
                and local_date(promised) <= today
                and (done is None or local_date(done) > today)
            ):
                on = local_date(promised)
                items.append(
                    (
                        ReasonKind.COMPLAINT_CALLBACK, on,
                        f"call-back promised for {promised.isoformat(timespec='minutes')} "
                        f"on complaint {complaint.number} (level {complaint.level.value})",
                        "a promised call-back time is kept (seed 002); overdue from the day after",
                    )
                )  # fmt: skip
            deadline = closing_deadline(complaint, policy=rules.complaints, calendar=calendar)
            if ReasonKind.COMPLAINT_DEADLINE in place and deadline <= first_day:
                workdays = rules.complaints.workdays_for(complaint.level)
                items.append(
                    (
                        ReasonKind.COMPLAINT_DEADLINE, deadline,
                        f"complaint {complaint.number} (level {complaint.level.value}, "
                        f"{complaint.status.label}) must be closed by {deadline}",
                        f"closing deadline: {workdays} working day(s) after receipt for level "
                        f"{complaint.level.value} (ComplaintPolicy)",
                    )
                )  # fmt: skip
            if not items:
                continue
            pressure = history.pressure(
                complaint.customer_number, as_of=today, cooldown_days=0,
                purpose=ContactPurpose.FOLLOW_UPS, vin=complaint.vin,
            )  # fmt: skip
            for kind, due, reason, rule in items:
                if pressure is not None and _left_off_owed(pressure.kind):
                    left_off.append(
                        LeftOff(customer_number=complaint.customer_number,
                                subject=f"{kind.value} {complaint.number}", pressure=pressure)
                    )  # fmt: skip
                    continue
                overdue = max(0, (today - due).days)
                found.append((complaint.customer_number, TaskReason(
                    kind=kind, rank=place[kind],
                    urgency=(-overdue, -complaint.level.severity),
                    purpose=ContactPurpose.FOLLOW_UPS,
                    subject=complaint.number, vin=complaint.vin, due_on=due, days_overdue=overdue,
                    reason=reason + (f", {overdue} day(s) overdue" if overdue else ""),
                    rule=rule, evidence=complaint,
                )))  # fmt: skip
        return cls(reasons=tuple(found), left_off=tuple(left_off))

    @classmethod
    def of_followups(
        cls, report: FollowUpWorklist, *, policies: RulePolicies | None = None
    ) -> DayReasons:
        """The follow-up calls of the day's follow-up list (stale ones already expired).

        Examples:
            >>> from autocrm.rules.followup_worklists import followup_worklist_report
            >>> report = followup_worklist_report([], as_of=date(2025, 10, 10))
            >>> DayReasons.of_followups(report).reasons
            ()
        """
        place = _places(DayReasons.policies_of(policies))
        if ReasonKind.FOLLOW_UP not in place:
            return cls()
        found = tuple(
            (entry.followup.customer_number, TaskReason(
                kind=ReasonKind.FOLLOW_UP, rank=place[ReasonKind.FOLLOW_UP],
                urgency=(entry.priority, -entry.days_overdue), purpose=ContactPurpose.FOLLOW_UPS,
                subject=entry.followup.number, vin=entry.followup.vin,
                due_on=entry.followup.latest, days_overdue=entry.days_overdue,
                reason=entry.reason, rule=entry.rule, evidence=entry,
            ))
            for entry in report.entries
        )  # fmt: skip
        return cls(reasons=found, left_off=report.left_off)

    @classmethod
    def of_confirmations(
        cls,
        appointments: Iterable[Appointment],
        history: ContactHistory,
        *,
        as_of: date,
        policies: RulePolicies | None = None,
        calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    ) -> DayReasons:
        """Confirmations of the booked appointments, the working day before their slot's day.

        ``history`` holds at least the appointments' customers that are opted out,
        anonymised or merged.

        Examples:
            >>> DayReasons.of_confirmations([], ContactHistory.of([]), as_of=date(2025, 10, 10))
            DayReasons(reasons=(), left_off=())
        """
        place = _places(DayReasons.policies_of(policies))
        if ReasonKind.APPOINTMENT_CONFIRMATION not in place:
            return cls()
        today = as_date(as_of)
        first_day = next_workday(today, calendar=calendar)
        found: list[tuple[str, TaskReason]] = []
        left_off: list[LeftOff] = []
        for appointment in appointments:
            if appointment.status is not AppointmentStatus.BOOKED:
                continue
            slot_day = local_date(appointment.slot)
            # Confirmed on the working day before the slot's day (or the first working day
            # of the list, when that day fell on a weekend or holiday already past).
            if (
                not first_day < slot_day
                or add_workdays(slot_day, -1, calendar=calendar) > first_day
            ):
                continue
            pressure = history.pressure(
                appointment.customer_number, as_of=today, cooldown_days=0,
                purpose=ContactPurpose.REMINDERS, vin=appointment.vin,
            )  # fmt: skip
            if pressure is not None and _left_off_owed(pressure.kind):
                left_off.append(
                    LeftOff(customer_number=appointment.customer_number,
                            subject=f"appointment_confirmation {appointment.number}",
                            pressure=pressure)
                )  # fmt: skip
                continue
            slot = appointment.slot.astimezone(CHINA_TZ)
            found.append((appointment.customer_number, TaskReason(
                kind=ReasonKind.APPOINTMENT_CONFIRMATION,
                rank=place[ReasonKind.APPOINTMENT_CONFIRMATION],
                urgency=(slot_day.toordinal(), slot.hour * 60 + slot.minute),
                purpose=ContactPurpose.REMINDERS, subject=appointment.number, vin=appointment.vin,
                due_on=slot_day,
                reason=(
                    f"confirm {appointment.kind.label} {appointment.number} for "
                    f"{slot_day} {slot:%H:%M}"
                ),
                rule="an appointment is confirmed on the working day before its slot's day",
                evidence=appointment,
            )))  # fmt: skip
        return cls(reasons=tuple(found), left_off=tuple(left_off))

    @classmethod
    def of_reminders(
        cls,
        report: ReminderList,
        records: Snapshot,
        *,
        as_of: date,
        policies: RulePolicies | None = None,
        calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    ) -> DayReasons:
        """The reminders whose contact day has come, of the kinds on the scale.

        ``records`` holds at least the work orders under the number of each customer
        with a maintenance reminder: his value (cumulative own spend) ranks him.

        Examples:
            >>> from autocrm.rules.reminder_day import ReminderDay
            >>> report = ReminderDay.of(as_of=date(2025, 10, 10)).report([], [])
            >>> DayReasons.of_reminders(report, Snapshot(), as_of=date(2025, 10, 10)).reasons
            ()
        """
        rules = DayReasons.policies_of(policies)
        place = _places(rules)
        wanted = DayReasons.reminder_kinds(rules)
        today = as_date(as_of)
        first_day = next_workday(today, calendar=calendar)
        values: dict[str, Decimal] = {}

        def value_of(number: str) -> Decimal:
            if number not in values:
                orders: tuple[WorkOrder, ...] = records.work_orders_of(number)
                values[number] = cumulative_spend(orders, payers=rules.membership.spend_payers)
            return values[number]

        found: list[tuple[str, TaskReason]] = []
        for reminder in report.reminders:
            if reminder.kind not in wanted or reminder.contact_on > first_day:
                continue
            overdue = max(0, (today - reminder.due_on).days)
            if reminder.kind is ReminderKind.MAINTENANCE:
                urgency: tuple[int, ...] = (
                    -overdue,
                    -_money_key(value_of(reminder.customer_number)),
                )
            else:
                urgency = (reminder.priority, reminder.due_on.toordinal())
            kind = _REMINDER_KINDS[reminder.kind]
            found.append((reminder.customer_number, TaskReason(
                kind=kind, rank=place[kind], urgency=urgency,
                purpose=(
                    ContactPurpose.MARKETING
                    if reminder.kind is ReminderKind.CAMPAIGN
                    else ContactPurpose.REMINDERS
                ),
                subject=reminder.kind.value, vin=reminder.vin, due_on=reminder.due_on,
                days_overdue=overdue, reason=reminder.reason, rule=reminder.rule,
                evidence=reminder,
            )))  # fmt: skip
        left_off = tuple(
            left.as_left_off()
            for left in report.left_off
            if left.reminder.kind in wanted and left.reminder.contact_on <= first_day
        )
        return cls(reasons=tuple(found), left_off=left_off)

    @classmethod
    def of_early_warning(
        cls,
        warning: EarlyWarning,
        records: Snapshot,
        *,
        as_of: date,
        policies: RulePolicies | None = None,
    ) -> DayReasons:
        """The customers drifting away, ranked by their churn risk.

        ``records`` holds at least each listed customer, his vehicles, his work orders
        (under his number or for his vehicles), his complaints and his vehicles' odometer
        readings, in archive order: his churn risk is counted from them.

        Examples:
            >>> from autocrm.rules.churn_warning import early_warning
            >>> warning = early_warning(Snapshot(), as_of=date(2025, 10, 10))
            >>> DayReasons.of_early_warning(warning, Snapshot(), as_of=date(2025, 10, 10))
            DayReasons(reasons=(), left_off=())
        """
        rules = DayReasons.policies_of(policies)
        place = _places(rules)
        if ReasonKind.EARLY_WARNING not in place:
            return cls()
        today = as_date(as_of)
        found: list[tuple[str, TaskReason]] = []
        for entry in warning.entries:
            customer = records.customer(entry.customer_number)
            if customer is None:
                msg = f"records: customer {entry.customer_number} of the early warning is missing"
                raise InvalidFormat(msg, field="records", value=entry.customer_number)
            vehicles = records.vehicles_of(customer.number)
            orders = {wo.number: wo for wo in records.work_orders_of(customer.number)}
            for vehicle in vehicles:
                orders.update({wo.number: wo for wo in records.work_orders_for(vehicle.vin)})
            risk = churn_risk(
                customer, vehicles, tuple(orders.values()), records.complaints_of(customer.number),
                as_of=today,
                readings=[r for v in vehicles for r in records.readings_for(v.vin)],
                policy=rules.churn, loyalty_policy=rules.loyalty, service_policy=rules.service,
            )  # fmt: skip
            found.append((customer.number, TaskReason(
                kind=ReasonKind.EARLY_WARNING, rank=place[ReasonKind.EARLY_WARNING],
                urgency=(-int(risk.score * 10), -entry.priority),
                purpose=rules.churn.warning_opt_out, subject="early_warning",
                reason=f"{entry.reason}; churn risk {risk.score} ({risk.level.label})",
                rule=warning.rule + "; ranked by churn risk: " + risk.formula,
                evidence=entry, risk=risk,
            )))  # fmt: skip
        return cls(reasons=tuple(found), left_off=warning.left_off)

    @classmethod
    def of_win_back(
        cls, report: LostCustomers, *, policies: RulePolicies | None = None
    ) -> DayReasons:
        """The lost customers to win back (of ``WorklistPolicy.win_back_segments``).

        Examples:
            >>> from autocrm.rules.lost import lost_customers_report
            >>> report = lost_customers_report(Snapshot(), as_of=date(2025, 10, 10))
            >>> DayReasons.of_win_back(report)
            DayReasons(reasons=(), left_off=())
        """
        rules = DayReasons.policies_of(policies)
        place = _places(rules)
        if ReasonKind.WIN_BACK not in place or not rules.worklist.win_back_segments:
            return cls()
        found: list[tuple[str, TaskReason]] = []
        for entry in report.entries:
            days = entry.days_since_visit
            found.append((entry.customer_number, TaskReason(
                kind=ReasonKind.WIN_BACK, rank=place[ReasonKind.WIN_BACK],
                urgency=(_SEGMENT_ORDER[entry.segment], 10**6 if days is None else days),
                purpose=rules.churn.win_back_opt_out, subject=entry.segment.value,
                due_on=entry.last_visit_on, reason=f"{entry.segment.label}: {entry.reason}",
                rule=report.rule, evidence=entry,
            )))  # fmt: skip
        return cls(reasons=tuple(found), left_off=report.left_off)

    def worklist(
        self,
        *,
        as_of: date,
        customers: Mapping[str, Customer | None],
        expired: Iterable[FollowUp] = (),
        policies: RulePolicies | None = None,
        calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
        agents: Sequence[str] | Mapping[str, int] | None = None,
    ) -> Worklist:
        """The day's worklist of these reasons: folded, ranked and assigned.

        Args:
            as_of: The day of the list.
            customers: The customers of the reasons by number (None: not in the archive).
            expired: The follow-ups that went stale.
            policies: Every rule's numbers (the worklist's are used here).
            calendar: Working days.
            agents: The agents on the desk, or a name -> daily capacity mapping.

        Raises:
            autocrm.errors.InvalidComponent: a bad ``agents`` argument.

        Examples:
            >>> DayReasons().worklist(as_of=date(2025, 10, 10), customers={}).tasks
            ()
        """
        rules = DayReasons.policies_of(policies)
        return Worklist.of(
            self.reasons, as_of=as_of, customers=customers, left_off=self.left_off,
            expired=expired, policy=rules.worklist, calendar=calendar, agents=agents,
        )  # fmt: skip
