"""Contact pressure: who must not be put on another call list today.

One rule, shared by every call list (follow-ups, reminders, early warning, win-back;
see [contact pressure][sources-expectations-contact-pressure] and
[opt-outs][sources-expectations-opt-outs]):

* a customer who opted out of the list's purpose (marketing, reminders, follow-ups),
  for all vehicles or the vehicle concerned, for every channel or for a phone channel
  (a call list is a phone list), never appears, and the opt-out's reason is reported;
* an anonymised customer (PIPL erasure) is never contacted;
* a customer merged into another (a MERGED duplicate record, ``merged_into`` set) is
  never contacted: the survivor is the one to call, under his own number;
* a customer already booked (an appointment still BOOKED whose slot is on or after
  ``as_of``) is not called again: the shop will see him at the appointment;
* a customer contacted in the last ``cooldown_days`` days (*default* 7, held by each
  list's policy) is not called again. A contact is a follow-up call on or before
  ``as_of``, completed or attempted, except a call to a wrong number (it did not
  reach the customer). Calls about the same work order (or the same follow-up) as
  the item being listed do not count: a minor-repair callback is not held back by
  the 3DC call of the same visit.

The checks run in that order; the first that applies is the answer.

Examples:
    >>> from datetime import date, datetime
    >>> from autocrm.domain import CHINA_TZ, Appointment, Customer
    >>> booked = Appointment(number="YY1", customer_number="C1", kind="proactive",
    ...                      booked_at=datetime(2025, 10, 8, 9, tzinfo=CHINA_TZ),
    ...                      slot=datetime(2025, 10, 20, 9, tzinfo=CHINA_TZ))
    >>> p = contact_pressure("C1", [Customer(number="C1", name="王建国"), booked],
    ...                      as_of=date(2025, 10, 10), cooldown_days=7, purpose="reminders")
    >>> p.kind.value, p.on
    ('booked', datetime.date(2025, 10, 20))
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, datetime

import attrs

from autocrm.domain.appointment import Appointment, AppointmentStatus
from autocrm.domain.checks import expect_items
from autocrm.domain.customer import ContactKind, ContactPurpose, Customer
from autocrm.domain.followup import CallOutcome, FollowUp
from autocrm.domain.labels import LabelledEnum
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import CALENDAR_DAYS, as_date, local_date
from autocrm.errors import InvalidComponent, InvalidFormat, UnsupportedType, shown
from autocrm.rules._visits import checked

__all__ = [
    "CALL_KINDS",
    "ContactHistory",
    "ContactPressure",
    "LeftOff",
    "PressureKind",
    "PressureWording",
    "contact_pressure",
]

#: The channels of a call list: an opt-out limited to one of them applies to calls.
CALL_KINDS: frozenset[ContactKind] = frozenset(
    {ContactKind.MOBILE, ContactKind.PHONE, ContactKind.OFFICE_PHONE}
)


class PressureKind(LabelledEnum):
    """Why a customer is kept off a call list.

    Examples:
        >>> from autocrm.rules.contact import PressureKind
        >>> PressureKind.OPTED_OUT.value, PressureKind.OPTED_OUT.label
        ('opted_out', '已拒绝联系')
        >>> PressureKind.from_label('已拒绝联系') is PressureKind.OPTED_OUT
        True
    """

    OPTED_OUT = ("opted_out", "已拒绝联系")
    ANONYMISED = ("anonymised", "已匿名化")
    MERGED = ("merged", "已合并")
    BOOKED = ("booked", "已预约")
    CONTACTED = ("contacted", "近期已联系")


@attrs.frozen(kw_only=True)
class ContactPressure:
    """Why a customer must not be called now.

    Attributes:
        customer_number: The customer.
        kind: Opted out, anonymised, merged into another customer, already booked
            or recently contacted.
        on: The appointment's slot date (booked) or the last contact's date
            (contacted); None otherwise.
        reason: In plain words, with the opt-out's own reason.
        rule: The rule and the numbers used.
        evidence: The record that decided: an appointment or follow-up number, or the
            opt-out's purpose.

    Examples:
        >>> ContactPressure(customer_number="C1", kind=PressureKind.BOOKED,
        ...                 reason="r", rule="r").kind.label
        '已预约'
    """

    customer_number: str
    kind: PressureKind
    on: date | None = None
    reason: str
    rule: str
    evidence: str | None = None

    @classmethod
    def booked(
        cls, customer_number: str, appointment_number: str, slot_on: date
    ) -> ContactPressure:
        """The pressure of a booking still to come: the appointment and its slot's day.

        What [`ContactHistory.pressure`][autocrm.rules.contact.ContactHistory.pressure] gives
        for a customer's earliest booking; a SQL list that found that booking itself words
        it here too.

        Args:
            customer_number: The customer held back.
            appointment_number: The booking's number, kept as the evidence.
            slot_on: The day of the booking's slot (a date, not a moment).

        Returns:
            The ``BOOKED`` pressure, worded as the pure rule words it.

        Raises:
            autocrm.errors.InvalidFormat: an argument of the wrong type.

        Examples:
            >>> ContactPressure.booked("C1", "YY1", date(2025, 10, 20)).reason
            'already booked: appointment YY1 on 2025-10-20'
        """
        checked(customer_number, str, "customer_number")
        checked(appointment_number, str, "appointment_number")
        checked(slot_on, date, "slot_on")
        if isinstance(slot_on, datetime):
            msg = f"slot_on: expected a date without a time, got {shown(slot_on)}"
            raise InvalidFormat(msg, field="slot_on", value=slot_on)
        return cls._booked(customer_number, appointment_number, slot_on)

    @classmethod
    def _booked(
        cls, customer_number: str, appointment_number: str, slot_on: date
    ) -> ContactPressure:
        return cls(
            customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
            reason=f"already booked: appointment {appointment_number} on {slot_on}",
            rule="contact pressure: a customer already booked is not put on another call list",
            evidence=appointment_number,
        )  # fmt: skip

    @classmethod
    def contacted(
        cls,
        customer_number: str,
        *,
        on: date,
        outcome: CallOutcome,
        followup_number: str,
        cooldown_days: int,
    ) -> ContactPressure:
        """The pressure of a recent call: its day, outcome and follow-up, and the cooldown.

        What [`ContactHistory.pressure`][autocrm.rules.contact.ContactHistory.pressure] gives
        for a customer's latest call inside the cooldown.

        Args:
            customer_number: The customer held back.
            on: The day of the call (a date, not a moment).
            outcome: How the call went.
            followup_number: The follow-up the call was made for.
            cooldown_days: The cooldown the call falls in, in days.

        Returns:
            The ``CONTACTED`` pressure, worded as the pure rule words it.

        Raises:
            autocrm.errors.InvalidFormat: an argument of the wrong type.
            autocrm.errors.InvalidComponent: ``cooldown_days`` below 1 or beyond the calendar.

        Examples:
            >>> ContactPressure.contacted("C1", on=date(2025, 11, 4), outcome=CallOutcome.COMPLETED,
            ...                           followup_number="WO1-3DC", cooldown_days=7).reason
            'contacted on 2025-11-04 (回访成功, follow-up WO1-3DC), within 7 days'
        """
        checked(customer_number, str, "customer_number")
        checked(on, date, "on")
        checked(outcome, CallOutcome, "outcome")
        checked(followup_number, str, "followup_number")
        if isinstance(on, datetime):
            msg = f"on: expected a date without a time, got {shown(on)}"
            raise InvalidFormat(msg, field="on", value=on)
        _check_cooldown(cooldown_days, lowest=1)
        return cls._contacted(customer_number, on, outcome, followup_number, cooldown_days)

    @classmethod
    def _contacted(
        cls,
        customer_number: str,
        on: date,
        outcome: CallOutcome,
        followup_number: str,
        cooldown_days: int,
    ) -> ContactPressure:
        return cls(
            customer_number=customer_number, kind=PressureKind.CONTACTED, on=on,
            reason=(
                f"contacted on {on} ({outcome.label}, follow-up "
                f"{followup_number}), within {cooldown_days} days"
            ),
            rule=(
                f"contact pressure: contacted in the last {cooldown_days} days (cooldown); "
                "calls about the same work order do not count"
            ),
            evidence=followup_number,
        )  # fmt: skip


def _check_cooldown(value: object, *, lowest: int) -> None:
    """Refuse a cooldown that is no whole number of days from ``lowest`` to a year's."""
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"cooldown_days: expected a whole number of days, got {shown(value)}"
        raise InvalidFormat(msg, field="cooldown_days", value=value)
    if not lowest <= value <= CALENDAR_DAYS:
        msg = f"cooldown_days: expected {lowest} to {CALENDAR_DAYS} days, got {shown(value)}"
        raise InvalidComponent(msg, field="cooldown_days", value=value)


def _cooldown(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    """The cooldown of a wording: a whole number of days in the calendar, 0 for none."""
    _check_cooldown(value, lowest=0)


@attrs.frozen
class PressureWording:
    """Words the booked and contacted pressures of one call list, its cooldown checked once.

    For a list that found its customers' first booking still to come and last call
    inside the cooldown itself (a SQL list reads them from its own tables): the
    pressures read as [`ContactPressure.booked`][autocrm.rules.contact.ContactPressure.booked]
    and [`ContactPressure.contacted`][autocrm.rules.contact.ContactPressure.contacted] word
    them, but the list's one shared number, the cooldown, is checked once, when the
    wording is made, and each pressure's values (taken from the list's own records)
    are not checked again for each of its customers.

    Attributes:
        cooldown_days: The list's cooldown in days; 0 when it is off (no call holds a
            customer back, so none is worded).

    Examples:
        >>> wording = PressureWording(7)
        >>> wording.booked("C1", "YY1", date(2025, 10, 20)).reason
        'already booked: appointment YY1 on 2025-10-20'
        >>> wording.contacted("C1", on=date(2025, 11, 4), outcome=CallOutcome.COMPLETED,
        ...                   followup_number="WO1-3DC").reason
        'contacted on 2025-11-04 (回访成功, follow-up WO1-3DC), within 7 days'
        >>> PressureWording("7")
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: cooldown_days: expected a whole number of days, got '7'
    """

    cooldown_days: int = attrs.field(validator=_cooldown)

    def booked(
        self, customer_number: str, appointment_number: str, slot_on: date
    ) -> ContactPressure:
        """The ``BOOKED`` pressure of the booking ``appointment_number`` with a slot on ``slot_on``.

        Examples:
            >>> PressureWording(0).booked("C1", "YY1", date(2025, 10, 20)).evidence
            'YY1'
        """
        if (
            type(customer_number) is str
            and type(appointment_number) is str
            and (type(slot_on) is date)
        ):
            return ContactPressure._booked(customer_number, appointment_number, slot_on)
        # Anything but the exact types goes through the checked builder, which refuses it.
        return ContactPressure.booked(customer_number, appointment_number, slot_on)

    def contacted(
        self, customer_number: str, *, on: date, outcome: CallOutcome, followup_number: str
    ) -> ContactPressure:
        """The ``CONTACTED`` pressure of a call on ``on`` for the follow-up ``followup_number``.

        Raises:
            autocrm.errors.InvalidComponent: the wording's cooldown is off (0 days).

        Examples:
            >>> PressureWording(7).contacted("C1", on=date(2025, 11, 4),
            ...     outcome=CallOutcome.NO_ANSWER, followup_number="WO1-3DC").on
            datetime.date(2025, 11, 4)
        """
        if not self.cooldown_days:
            msg = "cooldown_days: a call holds nobody back when the cooldown is off (0 days)"
            raise InvalidComponent(msg, field="cooldown_days", value=self.cooldown_days)
        if (
            type(customer_number) is str
            and type(on) is date
            and type(outcome) is CallOutcome
            and type(followup_number) is str
        ):
            return ContactPressure._contacted(
                customer_number, on, outcome, followup_number, self.cooldown_days
            )
        # Anything but the exact types goes through the checked builder, which refuses it.
        return ContactPressure.contacted(
            customer_number,
            on=on,
            outcome=outcome,
            followup_number=followup_number,
            cooldown_days=self.cooldown_days,
        )


@attrs.frozen(kw_only=True)
class LeftOff:
    """An item a call list would have held, and why it was left off.

    Attributes:
        customer_number: The customer.
        subject: What would have been listed (a follow-up number, a reminder kind and
            vehicle, a churn segment).
        pressure: Why it was left off.

    Examples:
        >>> p = ContactPressure(customer_number="C1", kind=PressureKind.OPTED_OUT,
        ...                     reason="opted out", rule="r")
        >>> LeftOff(customer_number="C1", subject="WO1-3DC", pressure=p).pressure.reason
        'opted out'
    """

    customer_number: str
    subject: str
    pressure: ContactPressure

    @property
    def reason(self) -> str:
        """The pressure's reason."""
        return self.pressure.reason


@attrs.frozen
class _Call:
    on: date
    followup: str
    work_order: str | None
    outcome: CallOutcome


@attrs.frozen
class ContactHistory:
    """The records contact pressure looks at, indexed by customer, built once per list.

    Build it with [`of`][autocrm.rules.contact.ContactHistory.of] from a
    [`Snapshot`][autocrm.domain.snapshot.Snapshot] or from any mix of customers, follow-ups and
    appointments; then ask [`pressure`][autocrm.rules.contact.ContactHistory.pressure] per item.

    Examples:
        >>> from autocrm.domain import Customer, OptOut
        >>> history = ContactHistory.of([Customer(number="C1", name="王建国",
        ...     opt_outs=[OptOut("reminders", reason="不需要提醒")])])
        >>> history.pressure("C1", as_of=date(2025, 1, 2), cooldown_days=7,
        ...                  purpose=ContactPurpose.REMINDERS).reason
        'opted out of 提醒 calls: 不需要提醒'
    """

    customers: Mapping[str, Customer]
    calls: Mapping[str, tuple[_Call, ...]]
    bookings: Mapping[str, tuple[Appointment, ...]]

    @classmethod
    def of(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind, or ``customers`` /
                ``appointments`` that are no collection.
            autocrm.errors.UnsupportedType: an extra customer or appointment of another kind.

        Examples:
            >>> ContactHistory.of([]).customers
            {}
        """
        people: dict[str, Customer] = {}
        calls: dict[str, list[_Call]] = defaultdict(list)
        booked: dict[str, list[Appointment]] = defaultdict(list)
        items: Iterable[object]
        given: object = records
        if isinstance(records, Snapshot):
            items = (*records.customers, *records.followups, *records.appointments)
        elif isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
            msg = (
                "records: expected a Snapshot or customers, follow-ups and appointments, "
                f"got {type(given).__name__}"
            )
            raise InvalidFormat(msg, field="records", value=given)
        else:
            items = records
        extra_customers = (
            () if customers is None else expect_items(customers, Customer, field="customers")
        )
        extra_bookings = expect_items(appointments, Appointment, field="appointments")
        for item in (*tuple(items), *extra_customers, *extra_bookings):
            if isinstance(item, Customer):
                people[item.number] = item
            elif isinstance(item, FollowUp):
                for attempt in item.attempts:
                    calls[item.customer_number].append(
                        _Call(local_date(attempt.at), item.number, item.work_order_number,
                              attempt.outcome)
                    )  # fmt: skip
            elif isinstance(item, Appointment):
                if item.status is AppointmentStatus.BOOKED:
                    booked[item.customer_number].append(item)
            else:
                msg = (
                    "records: expected customers, follow-ups and appointments, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(msg, field="records", value=item)
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    def customer(self, number: str) -> Customer | None:
        """The customer with that number, if given."""
        return self.customers.get(number)

    def pressure(
        self,
        customer_number: str,
        *,
        as_of: date | datetime,
        cooldown_days: int,
        purpose: ContactPurpose | str,
        vin: str | None = None,
        work_order_number: str | None = None,
        followup_number: str | None = None,
        kinds: Iterable[ContactKind] = CALL_KINDS,
    ) -> ContactPressure | None:
        """Return why ``customer_number`` must not be called, or None if he may be.

        See the module for the rules. ``vin`` is the vehicle the call is about (a
        per-vehicle opt-out applies only to it); ``work_order_number`` /
        ``followup_number`` name the item being listed, whose own calls do not count
        as recent contact. A customer not among the records has no opt-out to honour.

        Examples:
            >>> ContactHistory.of([]).pressure("C9", as_of=date(2025, 1, 2), cooldown_days=7,
            ...                             purpose="follow_ups") is None
            True
        """
        today = as_date(as_of)
        if isinstance(cooldown_days, bool) or not isinstance(cooldown_days, int):
            msg = f"cooldown_days: expected a whole number of days, got {shown(cooldown_days)}"
            raise UnsupportedType(msg, field="cooldown_days", value=cooldown_days)
        if not 0 <= cooldown_days <= CALENDAR_DAYS:
            msg = f"cooldown_days: expected 0 to {CALENDAR_DAYS} days, got {shown(cooldown_days)}"
            raise InvalidComponent(msg, field="cooldown_days", value=cooldown_days)
        wanted = (
            ContactPurpose.from_label(purpose)
            if isinstance(purpose, str) and not isinstance(purpose, ContactPurpose)
            else purpose
        )
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="contact pressure: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None and customer.merged_into is not None:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.MERGED,
                reason=f"merged into {customer.merged_into}: call the survivor instead",
                rule="a merged duplicate record is not contacted; its survivor is",
                evidence=customer.merged_into,
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope += [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.OPTED_OUT,
                    reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="contact pressure: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            return ContactPressure._booked(customer_number, first.number, as_date(first.slot))
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure._contacted(
                    customer_number, last.on, last.outcome, last.followup, cooldown_days
                )
        return None


def contact_pressure(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None.

    For one question. A list asks for many customers: build a
    [`ContactHistory`][autocrm.rules.contact.ContactHistory] once and call its
    [`pressure`][autocrm.rules.contact.ContactHistory.pressure].

    Args:
        customer_number: The customer.
        snapshot_or_records: A snapshot, or customers, follow-ups and appointments.
        as_of: The day of the list (a date or an aware datetime).
        cooldown_days: Days a contact keeps the customer off (the list's policy,
            *default* 7; 0 turns the cooldown off).
        purpose: The purpose of the call list (marketing, reminders, follow-ups).
        vin: The vehicle the call is about, if any.
        work_order_number: The work order the call is about; its own calls do not count.

    Returns:
        The first pressure that applies (anonymised, merged, opted out, booked,
        contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.
        autocrm.errors.ValidationError: ``cooldown_days`` is not a whole number of days (0 or more).

    Examples:
        >>> from autocrm.domain import CHINA_TZ, CallAttempt, FollowUp
        >>> called = FollowUp(number="WO1-3DC", kind="3dc", customer_number="C1",
        ...     work_order_number="WO1", earliest=date(2025, 11, 4), due=date(2025, 11, 6),
        ...     latest=date(2025, 11, 6), status="completed",
        ...     attempts=[CallAttempt(datetime(2025, 11, 4, 10, tzinfo=CHINA_TZ), "completed")])
        >>> contact_pressure("C1", [called], as_of=date(2025, 11, 6), cooldown_days=7,
        ...                  purpose="follow_ups").reason
        'contacted on 2025-11-04 (回访成功, follow-up WO1-3DC), within 7 days'
        >>> contact_pressure("C1", [called], as_of=date(2025, 11, 6), cooldown_days=7,
        ...                  purpose="follow_ups", work_order_number="WO1") is None
        True
    """
    checked(customer_number, str, "customer_number")
    return ContactHistory.of(snapshot_or_records).pressure(
        customer_number,
        as_of=as_of,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )
