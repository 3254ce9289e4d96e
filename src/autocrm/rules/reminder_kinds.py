"""The kinds of reminder and the records a reminder list is made of.

Maintenance, insurance renewal, warranty expiry, annual inspection, the owner's
birthday, the purchase anniversary, holiday care and campaign invitations (see
[reminders][sources-reminders]); a [`ReminderList`][autocrm.rules.reminder_kinds.ReminderList]
holds the ranked reminders of a day and those contact pressure left off.

Examples:
    >>> ReminderKind.from_label("续保提醒").value
    'insurance_renewal'
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from autocrm.domain.labels import LabelledEnum
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.rules.contact import ContactPressure, LeftOff

__all__ = ["PREDICTED_KINDS", "LeftOffReminder", "Reminder", "ReminderKind", "ReminderList"]


class ReminderKind(LabelledEnum):
    """What a reminder is about (see [reminders][sources-reminders]).

    Examples:
        >>> from autocrm.rules.reminder_kinds import ReminderKind
        >>> ReminderKind.MAINTENANCE.value, ReminderKind.MAINTENANCE.label
        ('maintenance', '保养提醒')
        >>> ReminderKind.from_label('保养提醒') is ReminderKind.MAINTENANCE
        True
    """

    MAINTENANCE = ("maintenance", "保养提醒")
    INSURANCE_RENEWAL = ("insurance_renewal", "续保提醒")
    WARRANTY_EXPIRY = ("warranty_expiry", "保修到期提醒")
    ANNUAL_INSPECTION = ("annual_inspection", "年检提醒")
    BIRTHDAY = ("birthday", "生日关怀")
    PURCHASE_ANNIVERSARY = ("purchase_anniversary", "购车纪念日")
    HOLIDAY = ("holiday", "节日关怀")
    CAMPAIGN = ("campaign", "活动邀约")

    @classmethod
    def chosen(cls, kinds: Iterable[ReminderKind | str] | None) -> frozenset[ReminderKind]:
        """The kinds a ``kinds=`` argument asks for: members, values or labels; None is all.

        Raises:
            autocrm.errors.InvalidComponent: a name that is not a reminder kind.
            autocrm.errors.InvalidFormat: ``kinds`` is not a collection (a bare string).

        Examples:
            >>> sorted(k.value for k in ReminderKind.chosen(["生日关怀", "holiday"]))
            ['birthday', 'holiday']
            >>> len(ReminderKind.chosen(None))
            8
        """
        if kinds is None:
            return frozenset(cls)
        given: object = kinds
        if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
            msg = f"kinds: expected a collection of reminder kinds, got {type(given).__name__}"
            raise InvalidFormat(msg, field="kinds", value=given)
        found: set[ReminderKind] = set()
        for kind in kinds:
            if isinstance(kind, ReminderKind):
                found.add(kind)
                continue
            try:
                found.add(cls.from_label(str(kind)))
            except InvalidComponent:
                allowed = ", ".join(k.value for k in cls)
                msg = f"kinds: {kind!r} is not a reminder kind ({allowed})"
                raise InvalidComponent(msg, field="kinds", value=kind) from None
        return frozenset(found)


@attrs.frozen(kw_only=True)
class Reminder:
    """A reason to contact a customer, with its date.

    Attributes:
        kind: What the reminder is about.
        customer_number: Whom to contact.
        vin: The vehicle, or None for a birthday.
        due_on: The date of the event: maintenance due, insurance expiry, birthday...
        contact_on: The working day to make the contact: insurance renewals and campaign
            invitations at once (the first working day from ``as_of``); other reminders
            on the last working day on or before ``due_on``, never before that first day.
        reason: Why, in plain words.
        rule: The rule with the policy values used.
        low_confidence: For a maintenance reminder (or a warranty ending by mileage),
            the mileage prediction is stale.
        estimated: A day from ``contact_on`` to ``due_on`` lies in a year the calendar
            only estimates (no published holiday arrangement; see ``estimated_years``).
        priority: 1 = overdue, 2 = due within ``ServicePolicy.soon_days`` (today or
            this week), 3 = later. Lower is more urgent (a list ranks).

    Examples:
        >>> Reminder(kind=ReminderKind.BIRTHDAY, customer_number="C1", vin=None,
        ...          due_on=date(2025, 6, 1), contact_on=date(2025, 5, 30), reason="r",
        ...          rule="r").kind.label
        '生日关怀'
    """

    kind: ReminderKind
    customer_number: str
    vin: str | None
    due_on: date
    contact_on: date
    reason: str
    rule: str
    low_confidence: bool = False
    estimated: bool = False
    priority: int = 3

    @property
    def sort_key(self) -> tuple[int, bool, date, date, str, str, str]:
        """List order: priority, confident before low-confidence, due date, contact day."""
        return (
            self.priority, self.low_confidence, self.due_on, self.contact_on,
            self.kind.value, self.customer_number, self.vin or "",
        )  # fmt: skip


@attrs.frozen(kw_only=True)
class ReminderList:
    """The reminders of one day and who was left off and why.

    Attributes:
        as_of: The day of the list.
        reminders: The reminders, ranked (see
            [`due_reminders`][autocrm.rules.reminders.due_reminders]).
        left_off: Reminders contact pressure kept off: opted out,
            anonymised, already booked, or called in the last N days; each keeps the
            reminder it would have been.
        rule: The rules and the policy values used.

    Examples:
        >>> from autocrm.domain import Snapshot
        >>> from autocrm.rules.reminders import due_reminders_report
        >>> due_reminders_report(Snapshot(), as_of=date(2025, 2, 10)).left_off
        ()
    """

    as_of: date
    reminders: tuple[Reminder, ...]
    left_off: tuple[LeftOffReminder, ...]
    rule: str


@attrs.frozen(kw_only=True)
class LeftOffReminder:
    """A reminder kept off the list by contact pressure, with the reason.

    Examples:
        >>> from autocrm.rules.contact import ContactPressure, PressureKind
        >>> r = Reminder(kind=ReminderKind.BIRTHDAY, customer_number="C1", vin=None,
        ...              due_on=date(2025, 6, 1), contact_on=date(2025, 5, 30),
        ...              reason="r", rule="r")
        >>> p = ContactPressure(customer_number="C1", kind=PressureKind.BOOKED,
        ...                     reason="already booked", rule="r")
        >>> LeftOffReminder(reminder=r, pressure=p).reason
        'already booked'
    """

    reminder: Reminder
    pressure: ContactPressure

    @property
    def reason(self) -> str:
        """Why the reminder was left off."""
        return self.pressure.reason

    def as_left_off(self) -> LeftOff:
        """The generic [`LeftOff`][autocrm.rules.contact.LeftOff] record."""
        subject = f"{self.reminder.kind.value}" + (
            f" {self.reminder.vin}" if self.reminder.vin else ""
        )
        return LeftOff(
            customer_number=self.reminder.customer_number, subject=subject,
            pressure=self.pressure,
        )  # fmt: skip


#: The kinds whose date may rest on a mileage prediction (and so on clean odometer data).
PREDICTED_KINDS: frozenset[ReminderKind] = frozenset(
    {ReminderKind.MAINTENANCE, ReminderKind.WARRANTY_EXPIRY}
)
