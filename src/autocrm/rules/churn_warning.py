"""Early warning: customers drifting away, caught before they are lost.

Over the last seven months, who came in the first five but not in the last two?
Of those, whose birthday is near and whose car is due for maintenance? Those are the
customers to call first (see [early warning][sources-lost-customers]).

Examples:
    >>> from datetime import date
    >>> from autocrm.domain import Snapshot
    >>> early_warning(Snapshot(), as_of=date(2025, 10, 9)).entries
    ()
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

import attrs

from autocrm.domain.snapshot import Snapshot
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import AutocrmError
from autocrm.rules._visits import (
    birth_date_from,
    checked,
    customer_records,
    next_anniversary,
    visit_dates,
)
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.contact import ContactHistory, LeftOff, PressureKind
from autocrm.rules.service_due import next_service_due
from autocrm.rules.service_policy import ServicePolicy

__all__ = [
    "EarlyWarning",
    "WarningEntry",
    "early_warning",
]


def _service_due_on(
    vehicle: Vehicle,
    work_orders: Sequence[WorkOrder],
    readings: Sequence[OdometerReading],
    day: date,
    service_policy: ServicePolicy,
) -> date | None:
    try:
        return next_service_due(
            vehicle, tuple(work_orders), tuple(readings), as_of=day, policy=service_policy
        ).due_on
    except AutocrmError:
        # Nothing to count from (no purchase date, no maintenance) or a refused
        # backwards reading: the entry simply has no due date.
        return None


@attrs.frozen
class WarningEntry:
    """One customer on the early-warning call list, with what makes the call timely.

    Attributes:
        customer_number / name: The customer.
        last_visit_on: His last visit (in the active months).
        active_visits: Visits in the active months of the window.
        birthday_on / days_to_birthday: His next birthday, if known.
        birthday_within_days: True when the birthday is within the policy's
            ``birthday_within_days``.
        service_due_on / service_due_vin / days_to_service_due: The earliest
            maintenance due among his cars (negative days: overdue).
        service_due_within_days: True when the maintenance is due (or overdue)
            within the policy's ``service_due_within_days``.
        priority: 2 with both flags, 1 with one, 0 with none.
        reason: Why he is on the list.

    Examples:
        >>> from autocrm.domain import Snapshot
        >>> early_warning(Snapshot(), as_of=date(2026, 3, 2)).entries
        ()
    """

    customer_number: str
    name: str
    last_visit_on: date
    active_visits: int
    birthday_on: date | None
    days_to_birthday: int | None
    birthday_within_days: bool
    service_due_on: date | None
    service_due_vin: str | None
    days_to_service_due: int | None
    service_due_within_days: bool
    priority: int
    reason: str

    @property
    def sort_key(self) -> tuple[int, int, date, str]:
        """Call-list order: higher priority, then the nearest occasion, then longest away."""
        near = [
            d
            for d, soon in (
                (self.days_to_birthday, self.birthday_within_days),
                (self.days_to_service_due, self.service_due_within_days),
            )
            if soon and d is not None
        ]
        return (-self.priority, min(near, default=10**9), self.last_visit_on, self.customer_number)

    @classmethod
    def from_facts(
        cls,
        customer_number: str,
        *,
        name: str,
        last_visit_on: date,
        active_visits: int,
        birth_date: date | None,
        resident_id: str | None = None,
        service_due: tuple[date, str] | None,
        as_of: date,
        policy: ChurnPolicy,
        service_policy: ServicePolicy,
    ) -> WarningEntry:
        """The entry [`early_warning`][autocrm.rules.churn_warning.early_warning] makes of these
        facts of a qualifying customer.

        Args:
            customer_number: The customer.
            name: His name.
            last_visit_on: His last visit in the active months.
            active_visits: His distinct visit days in the active months.
            birth_date: His birth date on record, if any.
            resident_id: His resident ID, whose birth date counts when none is on record.
            service_due: The earliest maintenance due date among his cars, with the VIN
                (`earliest_service_due`), or None.
            as_of: The day of the question.
            policy: The "near" distances.
            service_policy: How a 29 February birthday falls in a common year.

        Examples:
            >>> e = WarningEntry.from_facts("C1", name="王建国", last_visit_on=date(2025, 9, 15),
            ...     active_visits=1, birth_date=date(1980, 3, 20), service_due=None,
            ...     as_of=date(2026, 3, 2), policy=ChurnPolicy(), service_policy=ServicePolicy())
            >>> e.days_to_birthday, e.priority, e.reason
            (18, 1, 'last visit 2025-09-15, none since; birthday 2026-03-20 in 18 days')
        """
        day = as_of
        leap_day = service_policy.leap_day_birthdays
        born = birth_date_from(birth_date, resident_id)
        birthday = None if born is None else next_anniversary(born, day, leap_day)
        to_birthday = None if birthday is None else (birthday - day).days
        birthday_soon = to_birthday is not None and to_birthday <= policy.birthday_within_days
        due_on, due_vin = (None, None) if service_due is None else service_due
        to_due = None if due_on is None else (due_on - day).days
        due_soon = to_due is not None and to_due <= policy.service_due_within_days
        reasons = [f"last visit {last_visit_on}, none since"]
        if birthday_soon:
            reasons.append(f"birthday {birthday} in {to_birthday} days")
        if due_soon:
            when = f"in {to_due} days" if to_due is not None and to_due >= 0 else "overdue"
            reasons.append(f"maintenance of {due_vin} due {due_on} ({when})")
        return cls(
            customer_number=customer_number,
            name=name,
            last_visit_on=last_visit_on,
            active_visits=active_visits,
            birthday_on=birthday,
            days_to_birthday=to_birthday,
            birthday_within_days=birthday_soon,
            service_due_on=due_on,
            service_due_vin=due_vin,
            days_to_service_due=to_due,
            service_due_within_days=due_soon,
            priority=int(birthday_soon) + int(due_soon),
            reason="; ".join(reasons),
        )

    @staticmethod
    def earliest_service_due(
        vehicles: Iterable[tuple[Vehicle, Sequence[WorkOrder], Sequence[OdometerReading]]],
        *,
        as_of: date,
        service_policy: ServicePolicy,
    ) -> tuple[date, str] | None:
        """The earliest next maintenance among a customer's cars, and which car; or None.

        Each car is given with its work orders and odometer readings
        ([`next_service_due`][autocrm.rules.service_due.next_service_due]); a car with nothing to
        count from, or with a refused backwards reading, has no due date. On a tie
        the first car given wins.

        Examples:
            >>> from autocrm.domain import Vehicle
            >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
            ...               next_maintenance_on=date(2026, 3, 20))
            >>> WarningEntry.earliest_service_due([(car, (), ())], as_of=date(2026, 3, 2),
            ...                                   service_policy=ServicePolicy())
            (datetime.date(2026, 3, 20), 'LFV2A21K3D3109826')
        """
        found: tuple[date, str] | None = None
        for vehicle, work_orders, readings in vehicles:
            due = _service_due_on(vehicle, work_orders, readings, as_of, service_policy)
            if due is not None and (found is None or due < found[0]):
                found = (due, vehicle.vin)
        return found


@attrs.frozen
class EarlyWarning:
    """The early-warning call list and the window it was drawn over.

    Attributes:
        as_of: The day of the question.
        active_from / active_until: The first ``warning_active_months`` whole
            months (inclusive dates): a visit is expected here.
        quiet_from / quiet_until: The last months of the window: no visit here.
        entries: The customers to call, sorted by
            [`WarningEntry.sort_key`][autocrm.rules.churn_warning.WarningEntry.sort_key].
        opted_out: Customers who qualified but refused contact (left off the list).
        rule: The rule and the policy values used.
        left_off: Every customer who qualified but was left off, with the reason
            (contact pressure): opted out, anonymised, already booked, or recently called.

    Examples:
        >>> from autocrm.domain import Snapshot
        >>> result = early_warning(Snapshot(), as_of=date(2026, 3, 2))
        >>> result.quiet_from, result.quiet_until
        (datetime.date(2026, 1, 1), datetime.date(2026, 2, 28))
    """

    as_of: date
    active_from: date
    active_until: date
    quiet_from: date
    quiet_until: date
    entries: tuple[WarningEntry, ...]
    opted_out: tuple[str, ...]
    rule: str
    left_off: tuple[LeftOff, ...] = ()

    @classmethod
    def of(
        cls,
        entries: Iterable[WarningEntry],
        left_off: Iterable[LeftOff],
        *,
        as_of: date,
        policy: ChurnPolicy,
    ) -> EarlyWarning:
        """The call list of these entries (sorted) and left-off customers, with its window.

        Examples:
            >>> EarlyWarning.of([], [], as_of=date(2026, 3, 2), policy=ChurnPolicy()).active_until
            datetime.date(2025, 12, 31)
        """
        start, quiet, month_start = policy.warning_window(as_of)
        held = tuple(left_off)
        rule = (
            f"early warning: a visit in the {policy.warning_active_months} whole months "
            f"{start}–{quiet - timedelta(days=1)}, none from {quiet} to {as_of}; "
            f"birthday within {policy.birthday_within_days} days, service due within "
            f"{policy.service_due_within_days} days; opted out of {policy.warning_opt_out.label}, "
            "already booked, or called in the last ChurnPolicy.contact_cooldown_days="
            f"{policy.contact_cooldown_days} days left off (contact pressure)"
        )
        return cls(
            as_of=as_of,
            active_from=start,
            active_until=quiet - timedelta(days=1),
            quiet_from=quiet,
            quiet_until=month_start - timedelta(days=1),
            entries=tuple(sorted(entries, key=lambda e: e.sort_key)),
            opted_out=tuple(
                x.customer_number for x in held if x.pressure.kind is PressureKind.OPTED_OUT
            ),
            rule=rule,
            left_off=held,
        )

    @staticmethod
    def left_off_by(
        history: ContactHistory, customer_number: str, *, as_of: date, policy: ChurnPolicy
    ) -> LeftOff | None:
        """Why a qualifying customer is kept off the early-warning list, or None (contact pressure).

        Examples:
            >>> EarlyWarning.left_off_by(ContactHistory.of([]), "C1", as_of=date(2026, 3, 2),
            ...                          policy=ChurnPolicy()) is None
            True
        """
        pressure = history.pressure(
            customer_number, as_of=as_of, cooldown_days=policy.contact_cooldown_days,
            purpose=policy.warning_opt_out,
        )  # fmt: skip
        if pressure is None:
            return None
        return LeftOff(customer_number=customer_number, subject="early_warning", pressure=pressure)


def early_warning(
    snapshot: Snapshot,
    *,
    as_of: date,
    policy: ChurnPolicy = ChurnPolicy(),
    service_policy: ServicePolicy = ServicePolicy(),
) -> EarlyWarning:
    """Return the customers drifting away: the early warning, as one call list.

    Of the last ``warning_months`` (7) whole months before the month of ``as_of``,
    a customer qualifies with a visit in the first ``warning_active_months`` (5) and
    none in the last two. A customer who has come back since (a visit in the current
    month, up to ``as_of``) is not drifting and is left off.
    [Contact pressure][sources-expectations]: customers who opted out of
    ``policy.warning_opt_out`` (marketing, by default), anonymised records, customers
    already booked (a BOOKED appointment from ``as_of`` on) and customers called in the
    last ``policy.contact_cooldown_days`` days are left off too, each in ``left_off``
    with the reason. Each entry says whether the birthday and the next maintenance fall
    within
    ``birthday_within_days`` / ``service_due_within_days``, so that the list can be
    sorted: both first, then one, then the nearest occasion.

    Args:
        snapshot: The archive.
        as_of: The day of the question (its month is not part of the window).
        policy: Window lengths and "near" distances.
        service_policy: Maintenance intervals, for the due date.

    Raises:
        autocrm.errors.InvalidFormat: a naive or non-date ``as_of``.
        autocrm.errors.InvalidComponent: ``as_of`` so near the first or last date of the
            calendar that a window of the churn policy leaves it
            ([`ChurnPolicy.check_as_of`][autocrm.rules.churn.ChurnPolicy.check_as_of]).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Customer, Snapshot, WorkOrder
        >>> wang = Customer(number="C1", name="王建国", birth_date=date(1980, 3, 20))
        >>> visit = WorkOrder("WO1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...                   opened_at=datetime(2025, 9, 15, 10, tzinfo=CHINA_TZ),
        ...                   service_types=["保养"])
        >>> result = early_warning(Snapshot(customers=[wang], work_orders=[visit]),
        ...                        as_of=date(2026, 3, 2))
        >>> result.active_from, result.quiet_until
        (datetime.date(2025, 8, 1), datetime.date(2026, 2, 28))
        >>> entry = result.entries[0]
        >>> entry.customer_number, entry.days_to_birthday, entry.birthday_within_days
        ('C1', 18, True)
    """
    policy = checked(policy, ChurnPolicy, "policy")
    service_policy = checked(service_policy, ServicePolicy, "service_policy")
    checked(snapshot, Snapshot, "snapshot")
    day = policy.check_as_of(as_of)
    start, quiet, _ = policy.warning_window(day)
    entries: list[WarningEntry] = []
    left_off: list[LeftOff] = []
    history = ContactHistory.of(snapshot)
    for customer in snapshot.customers:
        vehicles, work_orders = customer_records(snapshot, customer)
        dates = visit_dates(customer, vehicles, work_orders, day)
        active = [d for d in dates if start <= d < quiet]
        if not active or any(d >= quiet for d in dates):
            continue
        held = EarlyWarning.left_off_by(history, customer.number, as_of=day, policy=policy)
        if held is not None:
            left_off.append(held)
            continue
        due = WarningEntry.earliest_service_due(
            [
                (v, [wo for wo in work_orders if wo.vin == v.vin], snapshot.readings_for(v.vin))
                for v in vehicles
            ],
            as_of=day,
            service_policy=service_policy,
        )
        entries.append(
            WarningEntry.from_facts(
                customer.number,
                name=customer.name,
                last_visit_on=active[-1],
                active_visits=len(set(active)),
                birth_date=customer.birth_date,
                resident_id=customer.resident_id,
                service_due=due,
                as_of=day,
                policy=policy,
                service_policy=service_policy,
            )
        )
    return EarlyWarning.of(entries, left_off, as_of=day, policy=policy)
