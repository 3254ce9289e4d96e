"""Invariants of autocrm.rules.contact (SPEC §9b) over the call lists built from a snapshot.

The four call lists (follow-up worklist, due reminders, early warning, win-back list)
share one contact-pressure rule. Over random archives whose dates sit around
``as_of``, with random opt-outs, follow-up calls and appointments:

* a customer opted out of a list's purpose (for all vehicles or the vehicle listed,
  for every channel or a phone channel) never appears on it;
* every left-off item names its reason, and the reason is true of the archive;
* the listed items and the left-off ones partition the candidates: what the list
  would hold with no contact pressure at all, nobody both listed and left off;
* a call within ``cooldown_days`` before ``as_of`` keeps a customer off; an older
  one (or a later one, or a wrong number) does not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from datetime import date, datetime, time, timedelta

import attrs
from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    AppointmentStatus,
    CallAttempt,
    CallOutcome,
    ContactKind,
    ContactPurpose,
    Customer,
    FollowUp,
    OptOut,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.churn_warning import early_warning
from autocrm.rules.contact import CALL_KINDS, ContactHistory, LeftOff, PressureKind
from autocrm.rules.followup_policy import FollowUpPolicy
from autocrm.rules.followup_worklists import followup_worklist_report
from autocrm.rules.lost import lost_customers_report
from autocrm.rules.reminder_kinds import ReminderKind
from autocrm.rules.reminders import due_reminders_report
from autocrm.rules.service_policy import ServicePolicy
from autocrm.testing.strategies import (
    appointments,
    call_attempts,
    customers,
    followups,
    vehicles,
    work_orders,
)

as_of_days = st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 6, 30))
cooldowns = st.integers(min_value=0, max_value=20)
# Visits spread over the last 2½ years, with extra weight on the early-warning
# window (about 2 to 7 months before ``as_of``) so that every list gets candidates.
days_back = st.one_of(st.integers(0, 900), st.integers(60, 240))


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=CHINA_TZ)


def without_records(customer: Customer) -> Customer:
    """The customer as if he had never opted out (the pressure-free baseline)."""
    return attrs.evolve(customer, opt_outs=())


@st.composite
def opt_outs(draw: st.DrawFn, vins: list[str]) -> list[OptOut]:
    return draw(
        st.lists(
            st.builds(
                OptOut,
                st.sampled_from(ContactPurpose),
                reason=st.sampled_from(("客户要求不再联系", "勿扰", "已换车")),
                vin=st.one_of(st.none(), st.sampled_from(vins)) if vins else st.none(),
                kind=st.one_of(st.none(), st.sampled_from(ContactKind)),
            ),
            max_size=3,
        )
    )


@st.composite
def scenes(draw: st.DrawFn) -> tuple[Snapshot, date]:
    """A small archive whose visits, calls and bookings lie around ``as_of``."""
    as_of = draw(as_of_days)
    people: list[Customer] = []
    cars: list[Vehicle] = []
    orders: list[WorkOrder] = []
    calls: list[FollowUp] = []
    bookings: list[Appointment] = []
    for index in range(draw(st.integers(1, 4))):
        number = f"C{index + 1:06d}"
        person = draw(customers(number=number))
        # Some customers stay away for a year or more: the win-back list's candidates.
        away = draw(st.one_of(st.just(0), st.integers(300, 1200)))
        own: list[Vehicle] = []
        for car in draw(st.lists(vehicles(customer_number=number), max_size=2)):
            if car.vin in {c.vin for c in cars}:
                continue
            last_business = draw(st.one_of(st.none(), days_back))
            car = attrs.evolve(
                car,
                last_business_on=None
                if last_business is None
                else as_of - timedelta(days=away + last_business),
            )
            own.append(car)
            for _ in range(draw(st.integers(0, 3))):
                opened = at(as_of - timedelta(days=away + draw(days_back)), 9)
                order = draw(
                    work_orders(
                        number=f"WO{len(orders) + 1:08d}", customer_number=number, vin=car.vin
                    )
                )
                orders.append(
                    attrs.evolve(
                        order,
                        opened_at=opened,
                        closed_at=opened + timedelta(hours=3) if order.closed_at else None,
                    )
                )
        cars.extend(own)
        people.append(attrs.evolve(person, opt_outs=draw(opt_outs([c.vin for c in own]))))
        mine = [wo.number for wo in orders if wo.customer_number == number]
        for _ in range(draw(st.integers(0, 2))):
            fu = draw(followups(customer_number=number))
            earliest = as_of + timedelta(days=draw(st.integers(-20, 5)))
            latest = earliest + timedelta(days=draw(st.integers(0, 10)))
            called = [
                draw(call_attempts(at=at(as_of - timedelta(days=back))))
                for back in sorted(draw(st.lists(st.integers(-3, 25), max_size=2)), reverse=True)
            ]
            calls.append(
                attrs.evolve(
                    fu,
                    number=f"FU{len(calls) + 1:08d}",
                    work_order_number=draw(st.one_of(st.none(), st.sampled_from(mine)))
                    if mine
                    else None,
                    vin=draw(st.one_of(st.none(), st.sampled_from([c.vin for c in own])))
                    if own
                    else None,
                    earliest=earliest,
                    due=earliest,
                    latest=latest,
                    next_attempt_on=None,
                    attempts=called,
                )
            )
        if draw(st.booleans()):
            booking = draw(appointments(customer_number=number))
            slot = at(as_of + timedelta(days=draw(st.integers(-5, 20))), 14)
            bookings.append(
                attrs.evolve(
                    booking,
                    number=f"YY{len(bookings) + 1:08d}",
                    booked_at=slot - timedelta(days=2),
                    slot=slot,
                    arrived_at=None if booking.arrived_at is None else slot,
                )
            )
    snapshot = Snapshot(
        customers=people,
        vehicles=cars,
        work_orders=orders,
        followups=calls,
        appointments=bookings,
        customer_sequence=len(people),
    )
    return snapshot, as_of


def pressure_free(snapshot: Snapshot) -> Snapshot:
    """The same archive without opt-outs and bookings (cooldowns are set to 0 apart)."""
    return attrs.evolve(
        snapshot,
        customers=[without_records(c) for c in snapshot.customers],
        appointments=(),
    )


def blocking_opt_outs(
    snapshot: Snapshot, customer_number: str, purposes: Collection[ContactPurpose], vin: str | None
) -> list[OptOut]:
    """The opt-outs that must keep the customer off a call list of ``purposes`` about ``vin``."""
    customer = snapshot.customer(customer_number)
    return [
        opt_out
        for opt_out in (() if customer is None else customer.opt_outs)
        if opt_out.purpose in purposes
        and (opt_out.kind is None or opt_out.kind in CALL_KINDS)
        and (opt_out.vin is None or opt_out.vin == vin)
    ]


def reminder_purposes(kind: ReminderKind) -> set[ContactPurpose]:
    # Holiday care is held back by an opt-out of reminders or of marketing (SPEC §9b).
    if kind is ReminderKind.HOLIDAY:
        return {ContactPurpose.REMINDERS, ContactPurpose.MARKETING}
    return {ContactPurpose.REMINDERS}


def check_reasons(
    snapshot: Snapshot,
    left_off: tuple[LeftOff, ...],
    as_of: date,
    cooldown: int,
    purposes_of: dict[int, set[ContactPurpose]],
    vins_of: dict[int, str | None],
) -> None:
    """Every left-off item names a reason that is true of the archive."""
    for index, item in enumerate(left_off):
        pressure = item.pressure
        assert item.reason == pressure.reason
        assert pressure.reason.strip()
        assert pressure.rule.strip()
        assert pressure.rule.startswith("contact pressure: ")
        assert pressure.customer_number == item.customer_number
        assert item.subject.strip()
        if pressure.kind is PressureKind.OPTED_OUT:
            applying = blocking_opt_outs(
                snapshot, item.customer_number, purposes_of[index], vins_of[index]
            )
            # The first opt-out that applies is reported (holiday care: reminders first).
            assert any(o.reason in pressure.reason for o in applying)
            assert pressure.evidence in {p.value for p in purposes_of[index]}
        elif pressure.kind is PressureKind.BOOKED:
            assert pressure.on is not None
            assert pressure.on >= as_of
            assert any(
                a.number == pressure.evidence
                and a.customer_number == item.customer_number
                and a.status is AppointmentStatus.BOOKED
                and a.slot.astimezone(CHINA_TZ).date() == pressure.on
                for a in snapshot.appointments
            )
        elif pressure.kind is PressureKind.CONTACTED:
            assert pressure.on is not None
            assert 0 <= (as_of - pressure.on).days < cooldown
            assert any(fu.number == pressure.evidence for fu in snapshot.followups)
        else:
            customer = snapshot.customer(item.customer_number)
            assert customer is not None
            assert customer.anonymised


def assert_partition(listed: list[object], left: list[object], candidates: list[object]) -> None:
    assert Counter(listed) + Counter(left) == Counter(candidates)
    assert not set(listed) & set(left)


# --- follow-up worklist -------------------------------------------------------------


@given(scenes(), cooldowns)
def test_followup_worklist_honours_contact_pressure(
    scene: tuple[Snapshot, date], cooldown: int
) -> None:
    snapshot, as_of = scene
    policy = FollowUpPolicy(contact_cooldown_days=cooldown)
    report = followup_worklist_report(snapshot, as_of=as_of, policy=policy)
    purpose = {ContactPurpose.FOLLOW_UPS}
    for entry in report.entries:
        fu = entry.followup
        assert not blocking_opt_outs(snapshot, fu.customer_number, purpose, fu.vin)
    by_number = {fu.number: fu for fu in snapshot.followups}
    check_reasons(
        snapshot,
        report.left_off,
        as_of,
        cooldown,
        dict.fromkeys(range(len(report.left_off)), purpose),
        {i: by_number[x.subject].vin for i, x in enumerate(report.left_off)},
    )
    baseline = followup_worklist_report(
        pressure_free(snapshot), as_of=as_of, policy=FollowUpPolicy(contact_cooldown_days=0)
    )
    assert_partition(
        [e.followup.number for e in report.entries],
        [x.subject for x in report.left_off],
        [e.followup.number for e in baseline.entries],
    )


# --- due reminders ------------------------------------------------------------------


@given(scenes(), cooldowns)
def test_due_reminders_honour_contact_pressure(scene: tuple[Snapshot, date], cooldown: int) -> None:
    snapshot, as_of = scene
    # Random work-order mileage may go backwards; "ignore" keeps every list computable.
    policy = ServicePolicy(backwards_readings="ignore", contact_cooldown_days=cooldown)
    report = due_reminders_report(snapshot, as_of=as_of, policy=policy)
    for reminder in report.reminders:
        purposes = reminder_purposes(reminder.kind)
        assert not blocking_opt_outs(snapshot, reminder.customer_number, purposes, reminder.vin)
    generic = tuple(x.as_left_off() for x in report.left_off)
    check_reasons(
        snapshot,
        generic,
        as_of,
        cooldown,
        {i: reminder_purposes(x.reminder.kind) for i, x in enumerate(report.left_off)},
        {i: x.reminder.vin for i, x in enumerate(report.left_off)},
    )
    baseline = due_reminders_report(
        pressure_free(snapshot),
        as_of=as_of,
        policy=attrs.evolve(policy, contact_cooldown_days=0),
    )
    assert_partition(
        list(report.reminders),
        [x.reminder for x in report.left_off],
        list(baseline.reminders),
    )


# --- early warning ------------------------------------------------------------------


@given(scenes(), cooldowns)
def test_early_warning_honours_contact_pressure(
    scene: tuple[Snapshot, date], cooldown: int
) -> None:
    snapshot, as_of = scene
    policy = ChurnPolicy(contact_cooldown_days=cooldown)
    service = ServicePolicy(backwards_readings="ignore")
    result = early_warning(snapshot, as_of=as_of, policy=policy, service_policy=service)
    purpose = {policy.warning_opt_out}
    for entry in result.entries:
        assert not blocking_opt_outs(snapshot, entry.customer_number, purpose, None)
    check_reasons(
        snapshot,
        result.left_off,
        as_of,
        cooldown,
        dict.fromkeys(range(len(result.left_off)), purpose),
        dict.fromkeys(range(len(result.left_off))),
    )
    opted_out = [
        x.customer_number for x in result.left_off if x.pressure.kind is PressureKind.OPTED_OUT
    ]
    assert list(result.opted_out) == opted_out
    baseline = early_warning(
        pressure_free(snapshot),
        as_of=as_of,
        policy=ChurnPolicy(contact_cooldown_days=0),
        service_policy=service,
    )
    assert_partition(
        [e.customer_number for e in result.entries],
        [x.customer_number for x in result.left_off],
        [e.customer_number for e in baseline.entries],
    )


# --- win-back list ------------------------------------------------------------------


@given(scenes(), cooldowns)
def test_lost_customers_honour_contact_pressure(
    scene: tuple[Snapshot, date], cooldown: int
) -> None:
    snapshot, as_of = scene
    policy = ChurnPolicy(contact_cooldown_days=cooldown)
    report = lost_customers_report(snapshot, as_of=as_of, policy=policy)
    purpose = {policy.win_back_opt_out}
    for entry in report.entries:
        assert not blocking_opt_outs(snapshot, entry.customer_number, purpose, None)
    check_reasons(
        snapshot,
        report.left_off,
        as_of,
        cooldown,
        dict.fromkeys(range(len(report.left_off)), purpose),
        dict.fromkeys(range(len(report.left_off))),
    )
    for item in report.left_off:
        assert item.subject in {"recently_lost", "first_service_lost", "defected"}
    baseline = lost_customers_report(
        pressure_free(snapshot), as_of=as_of, policy=ChurnPolicy(contact_cooldown_days=0)
    )
    assert_partition(
        [e.customer_number for e in report.entries],
        [x.customer_number for x in report.left_off],
        [e.customer_number for e in baseline.entries],
    )


# --- the cooldown ------------------------------------------------------------------------


CALLED = "C000001"
VIN = "LFV2A21K3D3109826"


def called_on(day: date, outcome: CallOutcome, *, work_order: str | None = None) -> FollowUp:
    return FollowUp(
        number="FU00000001",
        kind="3dc",
        customer_number=CALLED,
        work_order_number=work_order,
        earliest=day,
        due=day,
        latest=day,
        attempts=[CallAttempt(at(day), outcome)],
    )


def quiet_channel_opt_outs() -> st.SearchStrategy[list[OptOut]]:
    """Opt-outs that never keep anyone off a call list: not a phone channel."""
    return st.lists(
        st.builds(
            OptOut,
            st.sampled_from(ContactPurpose),
            reason=st.just("只接受电话"),
            kind=st.sampled_from(sorted(set(ContactKind) - CALL_KINDS, key=lambda k: k.value)),
        ),
        max_size=2,
    )


not_wrong_number = st.sampled_from([o for o in CallOutcome if o is not CallOutcome.WRONG_NUMBER])


@given(
    as_of_days,
    cooldowns,
    st.integers(-5, 30),
    not_wrong_number,
    quiet_channel_opt_outs(),
    st.integers(366, 2000),
)
def test_a_recent_call_keeps_a_lost_customer_off_the_win_back_list(
    as_of: date, cooldown: int, back: int, outcome: CallOutcome, quiet: list[OptOut], away: int
) -> None:
    call_day = as_of - timedelta(days=back)
    snapshot = Snapshot(
        customers=[Customer(number=CALLED, name="王建国", opt_outs=quiet)],
        vehicles=[
            Vehicle(vin=VIN, customer_number=CALLED, last_business_on=as_of - timedelta(days=away))
        ],
        followups=[called_on(call_day, outcome)],
    )
    report = lost_customers_report(
        snapshot, as_of=as_of, policy=ChurnPolicy(contact_cooldown_days=cooldown)
    )
    if 0 <= back < cooldown:
        assert report.entries == ()
        (item,) = report.left_off
        assert item.pressure.kind is PressureKind.CONTACTED
        assert item.pressure.on == call_day
        assert f"within {cooldown} days" in item.reason
    else:
        # An older call, or one after as_of, leaves him on the list (no other pressure).
        assert [e.customer_number for e in report.entries] == [CALLED]
        assert report.left_off == ()


@given(as_of_days, cooldowns, st.integers(0, 30), st.integers(1, 25))
def test_a_recent_call_holds_back_every_reminder_of_the_customer(
    as_of: date, cooldown: int, back: int, ahead: int
) -> None:
    birthday = as_of + timedelta(days=ahead)
    born = date(1980, birthday.month, birthday.day)  # 1980 is a leap year: any day exists
    snapshot = Snapshot(
        customers=[Customer(number=CALLED, name="王建国", birth_date=born)],
        followups=[called_on(as_of - timedelta(days=back), CallOutcome.NO_ANSWER)],
    )
    report = due_reminders_report(
        snapshot, as_of=as_of, policy=ServicePolicy(contact_cooldown_days=cooldown)
    )
    kinds_left_off = {x.reminder.kind for x in report.left_off}
    if back < cooldown:
        assert report.reminders == ()
        assert ReminderKind.BIRTHDAY in kinds_left_off
        assert all(x.pressure.kind is PressureKind.CONTACTED for x in report.left_off)
    else:
        assert ReminderKind.BIRTHDAY in {r.kind for r in report.reminders}
        assert report.left_off == ()


@given(as_of_days, cooldowns, st.integers(-5, 30), st.sampled_from(CallOutcome), st.booleans())
def test_cooldown_counts_calls_before_as_of_except_wrong_numbers_and_the_same_work_order(
    as_of: date, cooldown: int, back: int, outcome: CallOutcome, same_order: bool
) -> None:
    call_day = as_of - timedelta(days=back)
    history = ContactHistory.of(
        [Customer(number=CALLED, name="王建国"), called_on(call_day, outcome, work_order="WO1")]
    )
    pressure = history.pressure(
        CALLED,
        as_of=as_of,
        cooldown_days=cooldown,
        purpose=ContactPurpose.FOLLOW_UPS,
        work_order_number="WO1" if same_order else "WO2",
    )
    counts = 0 <= back < cooldown and outcome is not CallOutcome.WRONG_NUMBER and not same_order
    if counts:
        assert pressure is not None
        assert pressure.kind is PressureKind.CONTACTED
        assert pressure.on == call_day
        assert pressure.evidence == "FU00000001"
    else:
        assert pressure is None


@given(scenes(), cooldowns, st.sampled_from(ContactPurpose))
def test_pressure_follows_the_order_of_the_rules(
    scene: tuple[Snapshot, date], cooldown: int, purpose: ContactPurpose
) -> None:
    snapshot, as_of = scene
    history = ContactHistory.of(snapshot)
    for customer in snapshot.customers:
        pressure = history.pressure(
            customer.number, as_of=as_of, cooldown_days=cooldown, purpose=purpose
        )
        opted = blocking_opt_outs(snapshot, customer.number, {purpose}, None)
        booked = [
            a
            for a in snapshot.appointments
            if a.customer_number == customer.number
            and a.status is AppointmentStatus.BOOKED
            and a.slot.astimezone(CHINA_TZ).date() >= as_of
        ]
        contacted = [
            attempt
            for fu in snapshot.followups
            if fu.customer_number == customer.number
            for attempt in fu.attempts
            if attempt.outcome is not CallOutcome.WRONG_NUMBER
            and 0 <= (as_of - attempt.at.astimezone(CHINA_TZ).date()).days < cooldown
        ]
        if opted:
            assert pressure is not None
            assert pressure.kind is PressureKind.OPTED_OUT
            assert opted[0].reason in pressure.reason
        elif booked:
            assert pressure is not None
            assert pressure.kind is PressureKind.BOOKED
        elif contacted:
            assert pressure is not None
            assert pressure.kind is PressureKind.CONTACTED
        else:
            assert pressure is None
