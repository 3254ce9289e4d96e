"""The day a reminder list is drawn: its window, contact days, ranking and wording.

One method of [`ReminderDay`][autocrm.rules.reminder_day.ReminderDay] per reminder kind makes
that kind's reminder, for [`due_reminders`][autocrm.rules.reminders.due_reminders] and for its
SQL twin alike (see [reminders][sources-reminders]).

Examples:
    >>> from datetime import date
    >>> ReminderDay.of(as_of=date(2025, 2, 10)).end
    datetime.date(2025, 3, 12)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

import attrs
from dateutil.relativedelta import relativedelta

from autocrm.domain.customer import ContactPurpose
from autocrm.domain.time import as_date
from autocrm.errors import InvalidComponent, shown
from autocrm.rules._visits import (
    birth_date_from,
    checked,
    next_anniversary,
)
from autocrm.rules.calendar import DEFAULT_CALENDAR, WorkdayCalendar
from autocrm.rules.calendar_estimates import estimated_years
from autocrm.rules.campaigns import Campaign
from autocrm.rules.contact import ContactHistory
from autocrm.rules.mileage import DailyKm
from autocrm.rules.reminder_kinds import (
    LeftOffReminder,
    Reminder,
    ReminderKind,
    ReminderList,
)
from autocrm.rules.service_due import ServiceDue
from autocrm.rules.service_policy import ServicePolicy
from autocrm.rules.workdays import add_workdays, next_workday

__all__ = ["ReminderDay"]

#: Chinese names of the statutory holidays chinesecalendar names in English.
_HOLIDAY_LABELS = {
    "Spring Festival": "春节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "New Year's Day": "元旦",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
}


def _priority(due: date, today: date, policy: ServicePolicy) -> int:
    # A list ranks: overdue first, then what falls due this week, then later.
    if due < today:
        return 1
    if (due - today).days <= policy.soon_days:
        return 2
    return 3


def _birthday_rule(leap_day: str) -> str:
    # The rule of every birthday call under one policy.
    return f"owner's birthday care; 29 Feb -> ServicePolicy.leap_day_birthdays={leap_day!r}"


#: Whose opt-out keeps a customer off each kind of reminder: holiday care is
#: neither a service reminder nor a sales offer, so an opt-out of either keeps him off.
_PURPOSES: dict[ReminderKind, tuple[ContactPurpose, ...]] = dict.fromkeys(
    ReminderKind, (ContactPurpose.REMINDERS,)
) | {
    ReminderKind.HOLIDAY: (ContactPurpose.REMINDERS, ContactPurpose.MARKETING),
    ReminderKind.CAMPAIGN: (ContactPurpose.MARKETING,),
}


#: Days beyond the window a list may still read: the search for a contact day (up to a
#: year of days off), the end of next month's renewal list, the days of a holiday break.
_MARGIN_DAYS = 400


class _ContactDays:
    """A day's memo of the contact day and calendar flag of each due date it has met.

    Not part of the day's value (its equality and repr leave it out): the same answers,
    worked out once.
    """

    __slots__ = ("known",)

    def __init__(self) -> None:
        self.known: dict[tuple[date, bool], tuple[date, bool]] = {}


@attrs.frozen(kw_only=True)
class ReminderDay:
    """The day a reminder list is drawn: its window, contact days, ranking and wording.

    [`due_reminders_report`][autocrm.rules.reminders.due_reminders_report] builds its list through
    it, and so does its SQL twin
    ([`due_reminders_report`][autocrm.adapters.sqlalchemy.rules.reminders.due_reminders_report]),
    so that a
    reminder of each kind is made in one place.

    Attributes:
        as_of: The day of the list.
        horizon: Days looked ahead.
        policy: The service numbers.
        calendar: Working days for the contact day.

    Examples:
        >>> day = ReminderDay.of(as_of=date(2025, 2, 10))
        >>> day.end, day.birthday("C1", date(1980, 2, 29)).due_on
        (datetime.date(2025, 3, 12), datetime.date(2025, 2, 28))
    """

    as_of: date
    horizon: int
    policy: ServicePolicy
    calendar: WorkdayCalendar
    #: The contact day and calendar flag of each due date met so far (a list of
    #: thousands of reminders has a few dozen due dates): worked out once each.
    _contact_days: _ContactDays = attrs.field(
        init=False, factory=_ContactDays, eq=False, repr=False
    )

    @classmethod
    def of(
        cls,
        *,
        as_of: date | datetime,
        horizon: int | None = None,
        policy: ServicePolicy = ServicePolicy(),
        calendar: WorkdayCalendar = DEFAULT_CALENDAR,
    ) -> ReminderDay:
        """The day of a list, its horizon checked (default ``policy.horizon_days``).

        The window, the overdue days before it and the working days around both must
        lie inside the calendar (years 1 to 9999).

        Raises:
            autocrm.errors.InvalidComponent: a negative horizon (``horizon``), or an
                ``as_of`` so near the ends of the calendar that the window would
                leave it (``as_of``).
            autocrm.errors.InvalidFormat: a bad ``as_of`` or ``policy``.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10), horizon=7).end
            datetime.date(2025, 2, 17)
        """
        policy = checked(policy, ServicePolicy, "policy")
        today = as_date(as_of)
        days = policy.horizon_days if horizon is None else horizon
        if isinstance(days, bool) or not isinstance(days, int) or days < 0:
            msg = f"horizon: expected a whole number of days >= 0, got {shown(days)}"
            raise InvalidComponent(msg, field="horizon", value=days)
        room = date.max.toordinal() - date.min.toordinal() - 2 * _MARGIN_DAYS
        if days + policy.overdue_days > room:
            msg = (
                f"horizon: {shown(days)} days (with {shown(policy.overdue_days)} overdue days) "
                "overrun the calendar"
            )
            raise InvalidComponent(msg, field="horizon", value=days)
        first = today.toordinal() - policy.overdue_days - _MARGIN_DAYS
        last = today.toordinal() + days + _MARGIN_DAYS
        if first < date.min.toordinal() or last > date.max.toordinal():
            msg = (
                f"as_of: a list of {today.isoformat()} with a {days}-day horizon and "
                f"{policy.overdue_days} overdue days runs past the ends of the calendar"
            )
            raise InvalidComponent(msg, field="as_of", value=as_of)
        return cls(as_of=today, horizon=days, policy=policy, calendar=calendar)

    @property
    def end(self) -> date:
        """The last day of the window."""
        return self.as_of + timedelta(days=self.horizon)

    @property
    def oldest(self) -> date:
        """The oldest due date an overdue maintenance or inspection is still listed with."""
        return self.as_of - timedelta(days=self.policy.overdue_days)

    @property
    def renewal_until(self) -> date:
        """The last expiry day on the insurance renewal list: the end of next month.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 1, 31)).renewal_until
            datetime.date(2025, 2, 28)
        """
        return self.as_of.replace(day=1) + relativedelta(months=2) - timedelta(days=1)

    def contact_on(self, due: date, *, at_once: bool = False) -> date:
        """The working day to call: the first from ``as_of`` at once, else the last by ``due``.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 9, 26)).contact_on(date(2025, 10, 3))
            datetime.date(2025, 9, 30)
        """
        calendar = self.calendar
        first_contact = next_workday(self.as_of, calendar=calendar)
        if at_once:
            return first_contact
        on_or_before = due if calendar.is_workday(due) else add_workdays(due, -1, calendar=calendar)
        return max(first_contact, on_or_before)

    def reminder(
        self,
        kind: ReminderKind,
        customer_number: str,
        vin: str | None,
        due: date,
        reason: str,
        rule: str,
        *,
        at_once: bool = False,
        low_confidence: bool = False,
    ) -> Reminder:
        """A reminder due on ``due``, with its contact day, priority and calendar flag.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).reminder(
            ...     ReminderKind.BIRTHDAY, "C1", None, date(2025, 2, 12), "r", "r").priority
            2
        """
        return self._reminder(
            kind, customer_number, vin, due, reason, rule, self._contact_days.known,
            at_once=at_once, low_confidence=low_confidence,
        )  # fmt: skip

    def _reminder(
        self,
        kind: ReminderKind,
        customer_number: str,
        vin: str | None,
        due: date,
        reason: str,
        rule: str,
        contact_days: dict[tuple[date, bool], tuple[date, bool]],
        *,
        at_once: bool = False,
        low_confidence: bool = False,
    ) -> Reminder:
        """`reminder`, the contact day and calendar flag of each due date kept in
        ``contact_days`` (the day's: hundreds of birthdays share a few dozen due dates)."""
        key = (due, at_once)
        known = contact_days.get(key)
        if known is None:
            on = self.contact_on(due, at_once=at_once)
            estimated = bool(estimated_years(min(on, due), max(on, due), calendar=self.calendar))
            known = contact_days[key] = (on, estimated)
        on, estimated = known
        return Reminder(
            kind=kind, customer_number=customer_number, vin=vin, due_on=due,
            contact_on=on, reason=reason, rule=rule, low_confidence=low_confidence,
            estimated=estimated, priority=_priority(due, self.as_of, self.policy),
        )  # fmt: skip

    def held_by(self, history: ContactHistory, reminder: Reminder) -> LeftOffReminder | None:
        """The reminder kept off the list by contact pressure (with why), or None.

        Examples:
            >>> day = ReminderDay.of(as_of=date(2025, 2, 10))
            >>> day.held_by(ContactHistory.of([]), day.birthday("C1", date(1980, 2, 20))) is None
            True
        """
        for purpose in _PURPOSES[reminder.kind]:
            found = history.pressure(
                reminder.customer_number, as_of=self.as_of,
                cooldown_days=self.policy.contact_cooldown_days, purpose=purpose,
                vin=reminder.vin,
            )  # fmt: skip
            if found is not None:
                return LeftOffReminder(reminder=reminder, pressure=found)
        return None

    def birthday(
        self, customer_number: str, birth_date: date | None, resident_id: str | None = None
    ) -> Reminder | None:
        """The owner's birthday care call, if his birthday falls in the window.

        The birth date on record, or else the one in the resident ID (as early warning
        takes it).

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).birthday("C1", date(1980, 6, 1)) is None
            True
        """
        return self._birthday(customer_number, birth_date, resident_id, {})

    def birthdays(
        self, people: Iterable[tuple[str, date | None, str | None]]
    ) -> list[Reminder | None]:
        """The [`birthday`][autocrm.rules.reminder_day.ReminderDay.birthday] call of each of
        ``people`` (customer number, birth date, resident ID), in order.

        The contact day of each due date is worked out once for them all.

        Examples:
            >>> day = ReminderDay.of(as_of=date(2025, 2, 10))
            >>> [r and r.due_on for r in day.birthdays([("C1", date(1980, 2, 29), None),
            ...                                          ("C2", date(1980, 6, 1), None)])]
            [datetime.date(2025, 2, 28), None]
        """
        contact_days = self._contact_days.known
        as_of, end, leap_day = self.as_of, self.end, self.policy.leap_day_birthdays
        rule = _birthday_rule(leap_day)
        # Hundreds of birthdays share a few dozen month-days and due dates: the
        # anniversary of each month-day, and the contact day, flag, priority and the
        # start of the wording of each due date, are worked out once.
        anniversaries: dict[tuple[int, int], date] = {}
        dues: dict[date, tuple[date, bool, int, str]] = {}
        found: list[Reminder | None] = []
        for number, birth_date, resident_id in people:
            born = birth_date if birth_date is not None else birth_date_from(None, resident_id)
            if born is None:
                found.append(None)
                continue
            month_day = (born.month, born.day)
            birthday = anniversaries.get(month_day)
            if birthday is None:
                birthday = anniversaries[month_day] = next_anniversary(born, as_of, leap_day)
            if birthday > end:
                found.append(None)
                continue
            due = dues.get(birthday)
            if due is None:
                first = self._reminder(
                    ReminderKind.BIRTHDAY, number, None, birthday, "", rule, contact_days
                )
                due = dues[birthday] = (
                    first.contact_on, first.estimated, first.priority,
                    f"birthday on {birthday} (born ",
                )  # fmt: skip
            on, estimated, priority, reason = due
            reminder = Reminder(
                kind=ReminderKind.BIRTHDAY, customer_number=number, vin=None, due_on=birthday,
                contact_on=on, reason=f"{reason}{born})", rule=rule, estimated=estimated,
                priority=priority,
            )  # fmt: skip
            found.append(reminder)
        return found

    def _birthday(
        self,
        customer_number: str,
        birth_date: date | None,
        resident_id: str | None,
        contact_days: dict[tuple[date, bool], tuple[date, bool]],
    ) -> Reminder | None:
        born = birth_date_from(birth_date, resident_id)
        if born is None:
            return None
        birthday = next_anniversary(born, self.as_of, self.policy.leap_day_birthdays)
        if birthday > self.end:
            return None
        return self._reminder(
            ReminderKind.BIRTHDAY, customer_number, None, birthday,
            f"birthday on {birthday} (born {born})",
            _birthday_rule(self.policy.leap_day_birthdays), contact_days,
        )  # fmt: skip

    def insurance_renewal(
        self, customer_number: str, vin: str, expiry: date, insurer: str | None
    ) -> Reminder | None:
        """The renewal call for a policy expiring from ``as_of`` to the end of next month.

        The renewal list is prepared monthly for next month's expiries; a policy
        expiring later this month is still unrenewed and must not fall between two
        lists, so the list runs from ``as_of`` to ``renewal_until``.

        Examples:
            >>> day = ReminderDay.of(as_of=date(2025, 2, 10))
            >>> day.insurance_renewal("C1", "LFV2A21K3D3109826", date(2025, 3, 14), None).contact_on
            datetime.date(2025, 2, 10)
            >>> day.insurance_renewal("C1", "LFV2A21K3D3109826", date(2025, 2, 20), None).due_on
            datetime.date(2025, 2, 20)
        """
        if not self.as_of <= expiry <= self.renewal_until:
            return None
        return self.reminder(
            ReminderKind.INSURANCE_RENEWAL, customer_number, vin, expiry,
            f"insurance expires {expiry} (renewal list up to {self.renewal_until})"
            + (f", insurer {insurer}" if insurer else ""),
            "insurance renewal list: every policy expiring from as_of to the end of "
            "next month, prepared monthly",
            at_once=True,
        )  # fmt: skip

    def annual_inspection(self, customer_number: str, vin: str, due: date) -> Reminder | None:
        """The annual inspection (年检) call, also when overdue by up to ``overdue_days``.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).annual_inspection(
            ...     "C1", "LFV2A21K3D3109826", date(2025, 2, 1)).priority
            1
        """
        if not self.oldest <= due <= self.end:
            return None
        state = "overdue since" if due < self.as_of else "due on"
        return self.reminder(
            ReminderKind.ANNUAL_INSPECTION, customer_number, vin, due,
            f"annual inspection (年检) {state} {due}",
            f"annual inspection within {self.horizon} days, overdue up to "
            f"ServicePolicy.overdue_days={self.policy.overdue_days}",
        )  # fmt: skip

    def purchase_anniversary(
        self, customer_number: str, vin: str, purchased: date
    ) -> Reminder | None:
        """The vehicle's birthday: a purchase anniversary in the window.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).purchase_anniversary(
            ...     "C1", "LFV2A21K3D3109826", date(2020, 2, 29)).due_on
            datetime.date(2025, 2, 28)
        """
        anniversary = next_anniversary(purchased, self.as_of, self.policy.leap_day_birthdays)
        years = anniversary.year - purchased.year
        if years < 1 or anniversary > self.end:
            return None
        return self.reminder(
            ReminderKind.PURCHASE_ANNIVERSARY, customer_number, vin, anniversary,
            f"{years} year(s) since purchase on {purchased}",
            "the vehicle's birthday: purchase anniversary",
        )  # fmt: skip

    def maintenance(self, customer_number: str, due: ServiceDue) -> Reminder | None:
        """The maintenance call for a due date in the window, also overdue by ``overdue_days``.

        Examples:
            >>> from autocrm.rules.service_due import ServiceDueBasis
            >>> due = ServiceDue(vin="LFV2A21K3D3109826", due_on=date(2025, 2, 1),
            ...                  basis=ServiceDueBasis.TIME, rule="r")
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).maintenance("C1", due).reason
            'maintenance overdue since 2025-02-01 (按时间)'
        """
        if not self.oldest <= due.due_on <= self.end:
            return None
        state = "overdue since" if due.due_on < self.as_of else "due on"
        return self.reminder(
            ReminderKind.MAINTENANCE, customer_number, due.vin, due.due_on,
            f"{'first maintenance (首保)' if due.first_service else 'maintenance'} "
            f"{state} {due.due_on} ({due.basis.label})",
            due.rule, low_confidence=due.low_confidence,
        )  # fmt: skip

    def warranty_expiry(
        self,
        customer_number: str,
        vin: str,
        expires_on: date | None,
        *,
        warranty_km: int | None = None,
        daily: DailyKm | None = None,
        reached_on: date | None = None,
    ) -> Reminder | None:
        """The warranty-expiry call: by date, or by mileage when that is predicted first.

        ``daily`` is the vehicle's average (when it has a warranty mileage) and
        ``reached_on`` the day it is predicted to reach ``warranty_km``
        ([`DailyKm.day_reaching`][autocrm.rules.mileage.DailyKm.day_reaching]). A car
        already past its warranty mileage gets no call.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).warranty_expiry(
            ...     "C1", "LFV2A21K3D3109826", date(2025, 3, 1)).reason
            'manufacturer warranty ends 2025-03-01'
        """
        newest = None if daily is None else daily.newest
        if warranty_km is not None and newest is not None and newest.km >= warranty_km:
            return None  # already past the warranty mileage: nothing left to remind of
        days, today = self.horizon, self.as_of
        mileage_first = reached_on is not None and (expires_on is None or reached_on < expires_on)
        if daily is not None and newest is not None and reached_on is not None and mileage_first:
            if not today <= reached_on <= self.end:
                return None
            age = (today - newest.on).days
            low_confidence = age > self.policy.stale_reading_days
            evidence = (
                f"{warranty_km} km predicted about {reached_on} at {daily.km_per_day} "
                f"km/day ({daily.basis})"
                + (f"; newest reading {age} days old: low confidence" if low_confidence else "")
            )
            return self.reminder(
                ReminderKind.WARRANTY_EXPIRY, customer_number, vin, reached_on,
                f"manufacturer warranty ends at {warranty_km} km, about {reached_on}",
                f"warranty expiry by mileage within {days} days ("
                f"Vehicle.warranty_km={warranty_km}): {evidence}",
                low_confidence=low_confidence,
            )  # fmt: skip
        if expires_on is None or not today <= expires_on <= self.end:
            return None
        return self.reminder(
            ReminderKind.WARRANTY_EXPIRY, customer_number, vin, expires_on,
            f"manufacturer warranty ends {expires_on}",
            f"warranty expiry within {days} days",
        )  # fmt: skip

    def holiday_breaks(self) -> list[tuple[date, tuple[str, ...]]]:
        """First days off of the cared-for holiday breaks starting in the window, with names.

        A break is a run of days off; National Day and Mid-Autumn sharing one break (as
        in 2025) give one care call, naming both. A calendar without holiday names
        gives none.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 9, 26)).holiday_breaks()
            [(datetime.date(2025, 10, 1), ('National Day', 'Mid-autumn Festival'))]
        """
        calendar, policy = self.calendar, self.policy
        name_of = getattr(calendar, "holiday_name", None)
        if name_of is None or not policy.holiday_care:
            return []
        wanted = set(policy.holiday_care)
        breaks: list[tuple[date, tuple[str, ...]]] = []
        day = self.as_of
        while day <= self.end:
            before = day - timedelta(days=1)
            starts = (
                not calendar.is_workday(day)
                and name_of(day) is not None
                and (calendar.is_workday(before) or name_of(before) is None)
            )
            if not starts:
                day += timedelta(days=1)
                continue
            names: list[str] = []
            run = day
            while not calendar.is_workday(run) and name_of(run) is not None:
                name = str(name_of(run))
                if name not in names:
                    names.append(name)
                run += timedelta(days=1)
            cared = tuple(n for n in names if n in wanted)
            if cared:
                breaks.append((day, cared))
            day = run
        return breaks

    def holiday(self, customer_number: str, first_day: date, names: Sequence[str]) -> Reminder:
        """The holiday care call (节日关怀) for a break starting on ``first_day``.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 9, 26)).holiday(
            ...     "C1", date(2025, 10, 1), ["National Day"]).reason
            'holiday care: 国庆节 (National Day) from 2025-10-01'
        """
        labels = " / ".join(f"{_HOLIDAY_LABELS.get(n, n)} ({n})" for n in names)
        return self.reminder(
            ReminderKind.HOLIDAY, customer_number, None, first_day,
            f"holiday care: {labels} from {first_day}",
            "major-holiday care on the first day off; holidays "
            f"ServicePolicy.holiday_care={list(self.policy.holiday_care)}",
        )  # fmt: skip

    def campaign(self, customer_number: str, vin: str, campaign: Campaign) -> Reminder | None:
        """The invitation to ``campaign`` while it runs or from ``horizon`` days before it.

        Whether the vehicle is targeted is
        [`Campaign.targets`][autocrm.rules.campaigns.Campaign.targets].

        Examples:
            >>> c = Campaign(name="夏季空调免费检测", starts_on=date(2025, 6, 1),
            ...              ends_on=date(2025, 6, 30))
            >>> ReminderDay.of(as_of=date(2025, 5, 20)).campaign(
            ...     "C1", "LFV2A21K3D3109826", c).due_on
            datetime.date(2025, 6, 1)
        """
        today, days = self.as_of, self.horizon
        if not campaign.starts_on - timedelta(days=days) <= today <= campaign.ends_on:
            return None
        return self.reminder(
            ReminderKind.CAMPAIGN, customer_number, vin, max(campaign.starts_on, today),
            f"invitation to {campaign.name} ({campaign.starts_on} – {campaign.ends_on})",
            f"campaign invitation from {days} days before the start",
            at_once=True,
        )  # fmt: skip

    def sorted_out(self, found: Iterable[Reminder | None], history: ContactHistory) -> ReminderList:
        """The list of the reminders ``found`` (None skipped), those held back left off.

        Examples:
            >>> day = ReminderDay.of(as_of=date(2025, 2, 10))
            >>> len(day.sorted_out([day.birthday("C1", date(1980, 2, 20)), None],
            ...                    ContactHistory.of([])).reminders)
            1
        """
        reminders: list[Reminder] = []
        left_off: list[LeftOffReminder] = []
        for reminder in found:
            if reminder is None:
                continue
            held = self.held_by(history, reminder)
            if held is None:
                reminders.append(reminder)
            else:
                left_off.append(held)
        return self.report(reminders, left_off)

    def report(
        self, reminders: Iterable[Reminder], left_off: Iterable[LeftOffReminder]
    ) -> ReminderList:
        """The ranked list and the left-off reminders (by customer, then rank).

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).report([], []).reminders
            ()
        """
        today, policy = self.as_of, self.policy
        rule = (
            f"reminders due {today} – {self.end} (horizon {self.horizon} days); ranked "
            f"overdue (1), due within ServicePolicy.soon_days={policy.soon_days} (2), later "
            "(3), low-confidence last within a rank; contact pressure: opted out, "
            "already booked, or called in the last "
            f"ServicePolicy.contact_cooldown_days={policy.contact_cooldown_days} days left off"
        )
        return ReminderList(
            as_of=today,
            reminders=tuple(sorted(reminders, key=lambda r: r.sort_key)),
            left_off=tuple(
                sorted(left_off, key=lambda x: (x.reminder.customer_number, x.reminder.sort_key))
            ),
            rule=rule,
        )
