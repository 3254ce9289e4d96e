"""Contact pressure: who must not be put on another call list today (SPEC §9b).

One rule, shared by every call list (follow-ups, reminders, early warning, win-back):

* a customer who opted out of the list's purpose (marketing, reminders, follow-ups),
  for all vehicles or the vehicle concerned, for every channel or for a phone channel
  (a call list is a phone list), never appears, and the opt-out's reason is reported;
* an anonymised customer (PIPL erasure) is never contacted;
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

from autocrm.domain._enum import LabelledEnum
from autocrm.domain.appointment import Appointment, AppointmentStatus
from autocrm.domain.customer import ContactKind, ContactPurpose, Customer
from autocrm.domain.followup import CallOutcome, FollowUp
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import as_date, local_date
from autocrm.errors import InvalidFormat
from autocrm.rules._visits import checked

__all__ = [
    "CALL_KINDS",
    "ContactHistory",
    "ContactPressure",
    "LeftOff",
    "PressureKind",
    "contact_pressure",
]

#: The channels of a call list: an opt-out limited to one of them applies to calls.
CALL_KINDS: frozenset[ContactKind] = frozenset(
    {ContactKind.MOBILE, ContactKind.PHONE, ContactKind.OFFICE_PHONE}
)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
    BOOKED = ("booked", "已预约")
    CONTACTED = ("contacted", "近期已联系")


@attrs.frozen(kw_only=True)
class ContactPressure:
    """Why a customer must not be called now.

    Attributes:
        customer_number: The customer.
        kind: Opted out, anonymised, already booked or recently contacted.
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
mutants_xǁContactHistoryǁof__mutmut: MutantDict = {}  # type: ignore
mutants_xǁContactHistoryǁcustomer__mutmut: MutantDict = {}  # type: ignore
mutants_xǁContactHistoryǁpressure__mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class ContactHistory:
    """The records contact pressure looks at, indexed by customer, built once per list.

    Build it with :meth:`of` from a :class:`~autocrm.domain.Snapshot` or from any mix
    of customers, follow-ups and appointments; then ask :meth:`pressure` per item.

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
    @_mutmut_mutated(mutants_xǁContactHistoryǁof__mutmut, is_classmethod = True)
    def of(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_orig(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_1(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

        Examples:
            >>> ContactHistory.of([]).customers
            {}
        """
        people: dict[str, Customer] = None
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
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_2(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

        Examples:
            >>> ContactHistory.of([]).customers
            {}
        """
        people: dict[str, Customer] = {}
        calls: dict[str, list[_Call]] = None
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
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_3(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

        Examples:
            >>> ContactHistory.of([]).customers
            {}
        """
        people: dict[str, Customer] = {}
        calls: dict[str, list[_Call]] = defaultdict(None)
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
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_4(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

        Examples:
            >>> ContactHistory.of([]).customers
            {}
        """
        people: dict[str, Customer] = {}
        calls: dict[str, list[_Call]] = defaultdict(list)
        booked: dict[str, list[Appointment]] = None
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
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_5(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

        Examples:
            >>> ContactHistory.of([]).customers
            {}
        """
        people: dict[str, Customer] = {}
        calls: dict[str, list[_Call]] = defaultdict(list)
        booked: dict[str, list[Appointment]] = defaultdict(None)
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
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_6(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

        Examples:
            >>> ContactHistory.of([]).customers
            {}
        """
        people: dict[str, Customer] = {}
        calls: dict[str, list[_Call]] = defaultdict(list)
        booked: dict[str, list[Appointment]] = defaultdict(list)
        items: Iterable[object]
        given: object = None
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
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_7(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
            items = None
        elif isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
            msg = (
                "records: expected a Snapshot or customers, follow-ups and appointments, "
                f"got {type(given).__name__}"
            )
            raise InvalidFormat(msg, field="records", value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_8(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        elif isinstance(given, (str, bytes)) and not isinstance(given, Iterable):
            msg = (
                "records: expected a Snapshot or customers, follow-ups and appointments, "
                f"got {type(given).__name__}"
            )
            raise InvalidFormat(msg, field="records", value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_9(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        elif isinstance(given, (str, bytes)) or isinstance(given, Iterable):
            msg = (
                "records: expected a Snapshot or customers, follow-ups and appointments, "
                f"got {type(given).__name__}"
            )
            raise InvalidFormat(msg, field="records", value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_10(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
            msg = None
            raise InvalidFormat(msg, field="records", value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_11(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
                "XXrecords: expected a Snapshot or customers, follow-ups and appointments, XX"
                f"got {type(given).__name__}"
            )
            raise InvalidFormat(msg, field="records", value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_12(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
                "records: expected a snapshot or customers, follow-ups and appointments, "
                f"got {type(given).__name__}"
            )
            raise InvalidFormat(msg, field="records", value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_13(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
                "RECORDS: EXPECTED A SNAPSHOT OR CUSTOMERS, FOLLOW-UPS AND APPOINTMENTS, "
                f"got {type(given).__name__}"
            )
            raise InvalidFormat(msg, field="records", value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_14(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
                f"got {type(None).__name__}"
            )
            raise InvalidFormat(msg, field="records", value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_15(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
            raise InvalidFormat(None, field="records", value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_16(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
            raise InvalidFormat(msg, field=None, value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_17(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
            raise InvalidFormat(msg, field="records", value=None)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_18(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
            raise InvalidFormat(field="records", value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_19(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
            raise InvalidFormat(msg, value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_20(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
            raise InvalidFormat(msg, field="records", )
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_21(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
            raise InvalidFormat(msg, field="XXrecordsXX", value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_22(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
            raise InvalidFormat(msg, field="RECORDS", value=given)
        else:
            items = records
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_23(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
            items = None
        for item in (*tuple(items), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_24(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(None), *(customers or ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_25(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers and ()), *appointments):
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_26(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
            if isinstance(item, Customer):
                people[item.number] = None
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_27(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
            if isinstance(item, Customer):
                people[item.number] = item
            elif isinstance(item, FollowUp):
                for attempt in item.attempts:
                    calls[item.customer_number].append(
                        None
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_28(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
            if isinstance(item, Customer):
                people[item.number] = item
            elif isinstance(item, FollowUp):
                for attempt in item.attempts:
                    calls[item.customer_number].append(
                        _Call(None, item.number, item.work_order_number,
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_29(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
            if isinstance(item, Customer):
                people[item.number] = item
            elif isinstance(item, FollowUp):
                for attempt in item.attempts:
                    calls[item.customer_number].append(
                        _Call(local_date(attempt.at), None, item.work_order_number,
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_30(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
            if isinstance(item, Customer):
                people[item.number] = item
            elif isinstance(item, FollowUp):
                for attempt in item.attempts:
                    calls[item.customer_number].append(
                        _Call(local_date(attempt.at), item.number, None,
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_31(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
            if isinstance(item, Customer):
                people[item.number] = item
            elif isinstance(item, FollowUp):
                for attempt in item.attempts:
                    calls[item.customer_number].append(
                        _Call(local_date(attempt.at), item.number, item.work_order_number,
                              None)
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_32(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
            if isinstance(item, Customer):
                people[item.number] = item
            elif isinstance(item, FollowUp):
                for attempt in item.attempts:
                    calls[item.customer_number].append(
                        _Call(item.number, item.work_order_number,
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_33(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
            if isinstance(item, Customer):
                people[item.number] = item
            elif isinstance(item, FollowUp):
                for attempt in item.attempts:
                    calls[item.customer_number].append(
                        _Call(local_date(attempt.at), item.work_order_number,
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_34(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
            if isinstance(item, Customer):
                people[item.number] = item
            elif isinstance(item, FollowUp):
                for attempt in item.attempts:
                    calls[item.customer_number].append(
                        _Call(local_date(attempt.at), item.number, attempt.outcome)
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_35(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
            if isinstance(item, Customer):
                people[item.number] = item
            elif isinstance(item, FollowUp):
                for attempt in item.attempts:
                    calls[item.customer_number].append(
                        _Call(local_date(attempt.at), item.number, item.work_order_number,
                              )
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_36(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
            if isinstance(item, Customer):
                people[item.number] = item
            elif isinstance(item, FollowUp):
                for attempt in item.attempts:
                    calls[item.customer_number].append(
                        _Call(local_date(None), item.number, item.work_order_number,
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_37(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
            if isinstance(item, Customer):
                people[item.number] = item
            elif isinstance(item, FollowUp):
                for attempt in item.attempts:
                    calls[item.customer_number].append(
                        _Call(local_date(attempt.at), item.number, item.work_order_number,
                              attempt.outcome)
                    )  # fmt: skip
            elif isinstance(item, Appointment):
                if item.status is not AppointmentStatus.BOOKED:
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_38(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                    booked[item.customer_number].append(None)
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

    @classmethod
    def xǁContactHistoryǁof__mutmut_39(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                msg = None
                raise InvalidFormat(msg, field="records", value=item)
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_40(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                    "XXrecords: expected customers, follow-ups and appointments, XX"
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(msg, field="records", value=item)
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_41(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                    "RECORDS: EXPECTED CUSTOMERS, FOLLOW-UPS AND APPOINTMENTS, "
                    f"got {type(item).__name__}"
                )
                raise InvalidFormat(msg, field="records", value=item)
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_42(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                    f"got {type(None).__name__}"
                )
                raise InvalidFormat(msg, field="records", value=item)
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_43(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                raise InvalidFormat(None, field="records", value=item)
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_44(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                raise InvalidFormat(msg, field=None, value=item)
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_45(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                raise InvalidFormat(msg, field="records", value=None)
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_46(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                raise InvalidFormat(field="records", value=item)
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_47(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                raise InvalidFormat(msg, value=item)
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_48(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                raise InvalidFormat(msg, field="records", )
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_49(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                raise InvalidFormat(msg, field="XXrecordsXX", value=item)
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_50(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
                raise InvalidFormat(msg, field="RECORDS", value=item)
        return cls(
            customers=people,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_51(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
            customers=None,
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_52(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
            calls=None,
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_53(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
            bookings=None,
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_54(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
            calls={k: tuple(v) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_55(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_56(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
            )

    @classmethod
    def xǁContactHistoryǁof__mutmut_57(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
            calls={k: tuple(None) for k, v in calls.items()},
            bookings={k: tuple(v) for k, v in booked.items()},
        )

    @classmethod
    def xǁContactHistoryǁof__mutmut_58(
        cls,
        records: Snapshot | Iterable[Customer | FollowUp | Appointment],
        *,
        customers: Iterable[Customer] | None = None,
        appointments: Iterable[Appointment] = (),
    ) -> ContactHistory:
        """Index ``records`` (plus extra ``customers`` and ``appointments``).

        Raises:
            autocrm.errors.InvalidFormat: records of another kind.

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
        for item in (*tuple(items), *(customers or ()), *appointments):
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
            bookings={k: tuple(None) for k, v in booked.items()},
        )

    @_mutmut_mutated(mutants_xǁContactHistoryǁcustomer__mutmut)
    def customer(self, number: str) -> Customer | None:
        """The customer with that number, if given."""
        return self.customers.get(number)

    def xǁContactHistoryǁcustomer__mutmut_orig(self, number: str) -> Customer | None:
        """The customer with that number, if given."""
        return self.customers.get(number)

    def xǁContactHistoryǁcustomer__mutmut_1(self, number: str) -> Customer | None:
        """The customer with that number, if given."""
        return self.customers.get(None)

    @_mutmut_mutated(mutants_xǁContactHistoryǁpressure__mutmut)
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_orig(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_1(
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
        today = None
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_2(
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
        today = as_date(None)
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_3(
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
        wanted = None
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_4(
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
        wanted = ContactPurpose.from_label(purpose) if (isinstance(purpose, str)) and False else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_5(
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
        wanted = ContactPurpose.from_label(purpose) if (isinstance(purpose, str)) or True else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_6(
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
        wanted = ContactPurpose.from_label(None) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_7(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = None
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_8(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(None)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_9(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None or customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_10(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_11(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=None, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_12(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=None,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_13(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason=None,
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_14(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule=None,
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_15(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_16(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_17(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_18(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_19(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="XXanonymised on request (PIPL): never contactedXX",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_20(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (pipl): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_21(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="ANONYMISED ON REQUEST (PIPL): NEVER CONTACTED",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_22(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="XXSPEC §9: an anonymised customer is not contactedXX",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_23(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="spec §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_24(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: AN ANONYMISED CUSTOMER IS NOT CONTACTED",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_25(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is None:
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_26(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = None
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_27(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(None, vin=vin, kind=frozenset(kinds))
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_28(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=None, kind=frozenset(kinds))
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_29(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=None)
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_30(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(vin=vin, kind=frozenset(kinds))
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_31(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, kind=frozenset(kinds))
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_32(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, )
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_33(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(None))
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_34(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope += [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.OPTED_OUT,
                    reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_35(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = None
                scope += [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.OPTED_OUT,
                    reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_36(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if (opt_out.vin) and False else []
                scope += [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.OPTED_OUT,
                    reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_37(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if (opt_out.vin) or True else []
                scope += [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.OPTED_OUT,
                    reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_38(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope = [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.OPTED_OUT,
                    reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_39(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope -= [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.OPTED_OUT,
                    reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_40(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope += [opt_out.kind.label] if (opt_out.kind) and False else []
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.OPTED_OUT,
                    reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_41(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope += [opt_out.kind.label] if (opt_out.kind) or True else []
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.OPTED_OUT,
                    reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_42(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope += [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=None, kind=PressureKind.OPTED_OUT,
                    reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_43(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope += [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=customer_number, kind=None,
                    reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_44(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope += [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.OPTED_OUT,
                    reason=None,
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_45(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule=None,
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_46(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=None,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_47(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope += [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    kind=PressureKind.OPTED_OUT,
                    reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_48(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope += [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=customer_number, reason=(
                        f"opted out of {wanted.label} calls"
                        + (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_49(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope += [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.OPTED_OUT,
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_50(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_51(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_52(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                        + (f" ({', '.join(scope)})" if scope else "") - f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_53(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
            )  # fmt: skip
        if customer is not None:
            opt_out = customer.opt_out_for(wanted, vin=vin, kind=frozenset(kinds))
            if opt_out is not None:
                scope = [f"vehicle {opt_out.vin}"] if opt_out.vin else []
                scope += [opt_out.kind.label] if opt_out.kind else []
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.OPTED_OUT,
                    reason=(
                        f"opted out of {wanted.label} calls" - (f" ({', '.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_54(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                        + (f" ({', '.join(scope)})" if (scope) and False else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_55(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                        + (f" ({', '.join(scope)})" if (scope) or True else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_56(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                        + (f" ({', '.join(None)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_57(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                        + (f" ({'XX, XX'.join(scope)})" if scope else "")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_58(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                        + (f" ({', '.join(scope)})" if scope else "XXXX")
                        + f": {opt_out.reason}"
                    ),
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_59(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="XXSPEC §9b: opted-out contacts never appear on a listXX",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_60(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="spec §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_61(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9B: OPTED-OUT CONTACTS NEVER APPEAR ON A LIST",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_62(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = None
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_63(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(None, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_64(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, None) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_65(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_66(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_67(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(None) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_68(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) > today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_69(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = None
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_70(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(None, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_71(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=None)
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_72(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_73(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, )
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_74(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: None)
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_75(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = None
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_76(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(None)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_77(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=None, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_78(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=None, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_79(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=None,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_80(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=None,
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_81(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule=None,
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_82(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=None,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_83(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_84(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_85(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_86(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_87(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_88(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_89(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="XXSPEC §9b: a customer already booked is not put on another call listXX",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_90(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="spec §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_91(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9B: A CUSTOMER ALREADY BOOKED IS NOT PUT ON ANOTHER CALL LIST",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_92(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days >= 0:
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_93(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 1:
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_94(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = None
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_95(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(None, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_96(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, None)
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_97(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_98(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, )
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_99(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days < cooldown_days
                and call.followup != followup_number or (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_100(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days < cooldown_days or call.followup != followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_101(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today or (today - call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_102(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER or call.on <= today
                and (today - call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_103(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_104(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on < today
                and (today - call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_105(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today + call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_106(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days <= cooldown_days
                and call.followup != followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_107(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days < cooldown_days
                and call.followup == followup_number
                and (work_order_number is None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_108(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is None and call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_109(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is not None or call.work_order != work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_110(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
        if cooldown_days > 0:
            recent = [
                call
                for call in self.calls.get(customer_number, ())
                if call.outcome is not CallOutcome.WRONG_NUMBER
                and call.on <= today
                and (today - call.on).days < cooldown_days
                and call.followup != followup_number
                and (work_order_number is None or call.work_order == work_order_number)
            ]
            if recent:
                last = max(recent, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_111(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                last = None
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_112(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                last = max(None, key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_113(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                last = max(recent, key=None)
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_114(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                last = max(key=lambda c: (c.on, c.followup))
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_115(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                last = max(recent, )
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_116(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                last = max(recent, key=lambda c: None)
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_117(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=None, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_118(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=None, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_119(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=None,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_120(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=None,
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_121(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=None,
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_122(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=None,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_123(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_124(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_125(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_126(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_127(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_128(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "calls about the same work order do not count"
                    ),
                    )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_129(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "XXcalls about the same work order do not countXX"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

    def xǁContactHistoryǁpressure__mutmut_130(
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
        wanted = ContactPurpose.from_label(purpose) if isinstance(purpose, str) else purpose
        customer = self.customers.get(customer_number)
        if customer is not None and customer.anonymised:
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.ANONYMISED,
                reason="anonymised on request (PIPL): never contacted",
                rule="SPEC §9: an anonymised customer is not contacted",
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
                    rule="SPEC §9b: opted-out contacts never appear on a list",
                    evidence=wanted.value,
                )  # fmt: skip
        slots = [a for a in self.bookings.get(customer_number, ()) if as_date(a.slot) >= today]
        if slots:
            first = min(slots, key=lambda a: (a.slot, a.number))
            slot_on = as_date(first.slot)
            return ContactPressure(
                customer_number=customer_number, kind=PressureKind.BOOKED, on=slot_on,
                reason=f"already booked: appointment {first.number} on {slot_on}",
                rule="SPEC §9b: a customer already booked is not put on another call list",
                evidence=first.number,
            )  # fmt: skip
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
                return ContactPressure(
                    customer_number=customer_number, kind=PressureKind.CONTACTED, on=last.on,
                    reason=(
                        f"contacted on {last.on} ({last.outcome.label}, follow-up "
                        f"{last.followup}), within {cooldown_days} days"
                    ),
                    rule=(
                        f"SPEC §9b: contacted in the last {cooldown_days} days (cooldown); "
                        "CALLS ABOUT THE SAME WORK ORDER DO NOT COUNT"
                    ),
                    evidence=last.followup,
                )  # fmt: skip
        return None

mutants_xǁContactHistoryǁof__mutmut['_mutmut_orig'] = ContactHistory.xǁContactHistoryǁof__mutmut_orig # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_1'] = ContactHistory.xǁContactHistoryǁof__mutmut_1 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_2'] = ContactHistory.xǁContactHistoryǁof__mutmut_2 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_3'] = ContactHistory.xǁContactHistoryǁof__mutmut_3 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_4'] = ContactHistory.xǁContactHistoryǁof__mutmut_4 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_5'] = ContactHistory.xǁContactHistoryǁof__mutmut_5 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_6'] = ContactHistory.xǁContactHistoryǁof__mutmut_6 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_7'] = ContactHistory.xǁContactHistoryǁof__mutmut_7 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_8'] = ContactHistory.xǁContactHistoryǁof__mutmut_8 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_9'] = ContactHistory.xǁContactHistoryǁof__mutmut_9 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_10'] = ContactHistory.xǁContactHistoryǁof__mutmut_10 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_11'] = ContactHistory.xǁContactHistoryǁof__mutmut_11 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_12'] = ContactHistory.xǁContactHistoryǁof__mutmut_12 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_13'] = ContactHistory.xǁContactHistoryǁof__mutmut_13 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_14'] = ContactHistory.xǁContactHistoryǁof__mutmut_14 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_15'] = ContactHistory.xǁContactHistoryǁof__mutmut_15 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_16'] = ContactHistory.xǁContactHistoryǁof__mutmut_16 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_17'] = ContactHistory.xǁContactHistoryǁof__mutmut_17 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_18'] = ContactHistory.xǁContactHistoryǁof__mutmut_18 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_19'] = ContactHistory.xǁContactHistoryǁof__mutmut_19 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_20'] = ContactHistory.xǁContactHistoryǁof__mutmut_20 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_21'] = ContactHistory.xǁContactHistoryǁof__mutmut_21 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_22'] = ContactHistory.xǁContactHistoryǁof__mutmut_22 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_23'] = ContactHistory.xǁContactHistoryǁof__mutmut_23 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_24'] = ContactHistory.xǁContactHistoryǁof__mutmut_24 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_25'] = ContactHistory.xǁContactHistoryǁof__mutmut_25 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_26'] = ContactHistory.xǁContactHistoryǁof__mutmut_26 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_27'] = ContactHistory.xǁContactHistoryǁof__mutmut_27 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_28'] = ContactHistory.xǁContactHistoryǁof__mutmut_28 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_29'] = ContactHistory.xǁContactHistoryǁof__mutmut_29 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_30'] = ContactHistory.xǁContactHistoryǁof__mutmut_30 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_31'] = ContactHistory.xǁContactHistoryǁof__mutmut_31 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_32'] = ContactHistory.xǁContactHistoryǁof__mutmut_32 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_33'] = ContactHistory.xǁContactHistoryǁof__mutmut_33 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_34'] = ContactHistory.xǁContactHistoryǁof__mutmut_34 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_35'] = ContactHistory.xǁContactHistoryǁof__mutmut_35 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_36'] = ContactHistory.xǁContactHistoryǁof__mutmut_36 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_37'] = ContactHistory.xǁContactHistoryǁof__mutmut_37 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_38'] = ContactHistory.xǁContactHistoryǁof__mutmut_38 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_39'] = ContactHistory.xǁContactHistoryǁof__mutmut_39 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_40'] = ContactHistory.xǁContactHistoryǁof__mutmut_40 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_41'] = ContactHistory.xǁContactHistoryǁof__mutmut_41 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_42'] = ContactHistory.xǁContactHistoryǁof__mutmut_42 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_43'] = ContactHistory.xǁContactHistoryǁof__mutmut_43 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_44'] = ContactHistory.xǁContactHistoryǁof__mutmut_44 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_45'] = ContactHistory.xǁContactHistoryǁof__mutmut_45 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_46'] = ContactHistory.xǁContactHistoryǁof__mutmut_46 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_47'] = ContactHistory.xǁContactHistoryǁof__mutmut_47 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_48'] = ContactHistory.xǁContactHistoryǁof__mutmut_48 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_49'] = ContactHistory.xǁContactHistoryǁof__mutmut_49 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_50'] = ContactHistory.xǁContactHistoryǁof__mutmut_50 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_51'] = ContactHistory.xǁContactHistoryǁof__mutmut_51 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_52'] = ContactHistory.xǁContactHistoryǁof__mutmut_52 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_53'] = ContactHistory.xǁContactHistoryǁof__mutmut_53 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_54'] = ContactHistory.xǁContactHistoryǁof__mutmut_54 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_55'] = ContactHistory.xǁContactHistoryǁof__mutmut_55 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_56'] = ContactHistory.xǁContactHistoryǁof__mutmut_56 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_57'] = ContactHistory.xǁContactHistoryǁof__mutmut_57 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁof__mutmut['xǁContactHistoryǁof__mutmut_58'] = ContactHistory.xǁContactHistoryǁof__mutmut_58 # type: ignore # mutmut generated

mutants_xǁContactHistoryǁcustomer__mutmut['_mutmut_orig'] = ContactHistory.xǁContactHistoryǁcustomer__mutmut_orig # type: ignore # mutmut generated
mutants_xǁContactHistoryǁcustomer__mutmut['xǁContactHistoryǁcustomer__mutmut_1'] = ContactHistory.xǁContactHistoryǁcustomer__mutmut_1 # type: ignore # mutmut generated

mutants_xǁContactHistoryǁpressure__mutmut['_mutmut_orig'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_orig # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_1'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_1 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_2'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_2 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_3'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_3 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_4'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_4 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_5'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_5 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_6'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_6 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_7'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_7 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_8'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_8 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_9'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_9 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_10'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_10 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_11'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_11 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_12'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_12 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_13'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_13 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_14'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_14 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_15'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_15 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_16'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_16 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_17'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_17 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_18'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_18 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_19'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_19 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_20'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_20 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_21'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_21 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_22'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_22 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_23'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_23 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_24'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_24 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_25'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_25 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_26'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_26 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_27'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_27 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_28'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_28 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_29'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_29 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_30'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_30 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_31'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_31 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_32'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_32 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_33'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_33 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_34'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_34 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_35'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_35 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_36'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_36 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_37'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_37 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_38'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_38 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_39'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_39 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_40'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_40 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_41'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_41 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_42'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_42 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_43'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_43 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_44'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_44 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_45'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_45 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_46'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_46 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_47'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_47 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_48'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_48 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_49'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_49 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_50'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_50 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_51'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_51 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_52'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_52 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_53'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_53 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_54'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_54 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_55'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_55 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_56'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_56 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_57'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_57 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_58'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_58 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_59'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_59 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_60'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_60 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_61'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_61 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_62'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_62 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_63'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_63 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_64'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_64 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_65'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_65 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_66'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_66 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_67'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_67 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_68'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_68 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_69'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_69 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_70'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_70 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_71'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_71 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_72'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_72 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_73'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_73 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_74'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_74 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_75'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_75 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_76'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_76 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_77'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_77 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_78'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_78 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_79'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_79 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_80'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_80 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_81'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_81 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_82'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_82 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_83'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_83 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_84'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_84 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_85'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_85 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_86'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_86 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_87'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_87 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_88'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_88 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_89'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_89 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_90'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_90 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_91'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_91 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_92'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_92 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_93'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_93 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_94'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_94 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_95'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_95 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_96'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_96 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_97'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_97 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_98'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_98 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_99'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_99 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_100'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_100 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_101'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_101 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_102'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_102 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_103'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_103 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_104'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_104 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_105'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_105 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_106'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_106 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_107'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_107 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_108'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_108 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_109'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_109 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_110'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_110 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_111'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_111 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_112'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_112 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_113'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_113 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_114'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_114 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_115'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_115 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_116'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_116 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_117'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_117 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_118'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_118 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_119'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_119 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_120'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_120 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_121'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_121 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_122'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_122 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_123'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_123 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_124'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_124 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_125'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_125 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_126'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_126 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_127'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_127 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_128'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_128 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_129'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_129 # type: ignore # mutmut generated
mutants_xǁContactHistoryǁpressure__mutmut['xǁContactHistoryǁpressure__mutmut_130'] = ContactHistory.xǁContactHistoryǁpressure__mutmut_130 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_contact_pressure__mutmut)
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
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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


def x_contact_pressure__mutmut_orig(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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


def x_contact_pressure__mutmut_1(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
    checked(None, str, "customer_number")
    return ContactHistory.of(snapshot_or_records).pressure(
        customer_number,
        as_of=as_of,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_2(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
    checked(customer_number, None, "customer_number")
    return ContactHistory.of(snapshot_or_records).pressure(
        customer_number,
        as_of=as_of,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_3(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
    checked(customer_number, str, None)
    return ContactHistory.of(snapshot_or_records).pressure(
        customer_number,
        as_of=as_of,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_4(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
    checked(str, "customer_number")
    return ContactHistory.of(snapshot_or_records).pressure(
        customer_number,
        as_of=as_of,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_5(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
    checked(customer_number, "customer_number")
    return ContactHistory.of(snapshot_or_records).pressure(
        customer_number,
        as_of=as_of,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_6(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
    checked(customer_number, str, )
    return ContactHistory.of(snapshot_or_records).pressure(
        customer_number,
        as_of=as_of,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_7(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
    checked(customer_number, str, "XXcustomer_numberXX")
    return ContactHistory.of(snapshot_or_records).pressure(
        customer_number,
        as_of=as_of,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_8(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
    checked(customer_number, str, "CUSTOMER_NUMBER")
    return ContactHistory.of(snapshot_or_records).pressure(
        customer_number,
        as_of=as_of,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_9(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
        None,
        as_of=as_of,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_10(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
        as_of=None,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_11(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
        cooldown_days=None,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_12(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
        purpose=None,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_13(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
        vin=None,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_14(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
        work_order_number=None,
    )


def x_contact_pressure__mutmut_15(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
        as_of=as_of,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_16(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_17(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_18(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
        vin=vin,
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_19(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
        work_order_number=work_order_number,
    )


def x_contact_pressure__mutmut_20(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
        )


def x_contact_pressure__mutmut_21(
    customer_number: str,
    snapshot_or_records: Snapshot | Iterable[Customer | FollowUp | Appointment],
    *,
    as_of: date | datetime,
    cooldown_days: int,
    purpose: ContactPurpose | str,
    vin: str | None = None,
    work_order_number: str | None = None,
) -> ContactPressure | None:
    """Return why a customer must not be put on a call list now, or None (SPEC §9b).

    For one question. A list asks for many customers: build a :class:`ContactHistory`
    once and call its :meth:`~ContactHistory.pressure`.

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
        The first pressure that applies (opt-out/anonymised, booked, contacted) or None.

    Raises:
        autocrm.errors.InvalidFormat: a bad ``as_of`` or records of another kind.

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
    return ContactHistory.of(None).pressure(
        customer_number,
        as_of=as_of,
        cooldown_days=cooldown_days,
        purpose=purpose,
        vin=vin,
        work_order_number=work_order_number,
    )

mutants_x_contact_pressure__mutmut['_mutmut_orig'] = x_contact_pressure__mutmut_orig # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_1'] = x_contact_pressure__mutmut_1 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_2'] = x_contact_pressure__mutmut_2 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_3'] = x_contact_pressure__mutmut_3 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_4'] = x_contact_pressure__mutmut_4 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_5'] = x_contact_pressure__mutmut_5 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_6'] = x_contact_pressure__mutmut_6 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_7'] = x_contact_pressure__mutmut_7 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_8'] = x_contact_pressure__mutmut_8 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_9'] = x_contact_pressure__mutmut_9 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_10'] = x_contact_pressure__mutmut_10 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_11'] = x_contact_pressure__mutmut_11 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_12'] = x_contact_pressure__mutmut_12 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_13'] = x_contact_pressure__mutmut_13 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_14'] = x_contact_pressure__mutmut_14 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_15'] = x_contact_pressure__mutmut_15 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_16'] = x_contact_pressure__mutmut_16 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_17'] = x_contact_pressure__mutmut_17 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_18'] = x_contact_pressure__mutmut_18 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_19'] = x_contact_pressure__mutmut_19 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_20'] = x_contact_pressure__mutmut_20 # type: ignore # mutmut generated
mutants_x_contact_pressure__mutmut['x_contact_pressure__mutmut_21'] = x_contact_pressure__mutmut_21 # type: ignore # mutmut generated
