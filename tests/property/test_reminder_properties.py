"""Invariants of autocrm.rules.reminders over random readings, visits and days."""

from __future__ import annotations

import itertools
import random
from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain import (
    CHINA_TZ,
    Customer,
    OdometerReading,
    ServiceType,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.rules.calendar import ChineseWorkdays
from autocrm.rules.mileage import estimate_daily_km
from autocrm.rules.reminder_day import ReminderDay
from autocrm.rules.reminder_kinds import ReminderKind
from autocrm.rules.reminders import due_reminders, due_reminders_report
from autocrm.rules.service_due import ServiceDueBasis, next_service_due
from autocrm.rules.service_policy import ServicePolicy
from autocrm.testing.strategies import snapshots

VIN = "LFV2A21K3D3109826"
days = st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 12, 31))


@st.composite
def increasing_readings(draw: st.DrawFn) -> list[OdometerReading]:
    start = draw(days)
    km = draw(st.integers(0, 200_000))
    readings = []
    for _ in range(draw(st.integers(0, 8))):
        readings.append(OdometerReading(VIN, start, km))
        start += timedelta(days=draw(st.integers(0, 200)))
        km += draw(st.integers(0, 20_000))
    return readings


@given(increasing_readings(), st.randoms(use_true_random=False))
def test_daily_km_ignores_the_order_of_readings(
    readings: list[OdometerReading], rnd: random.Random
) -> None:
    shuffled = list(readings)
    rnd.shuffle(shuffled)
    a, b = estimate_daily_km(readings), estimate_daily_km(shuffled)
    assert a.km_per_day == b.km_per_day
    assert a.newest_on == b.newest_on
    if a.km_per_day is not None:
        assert a.km_per_day >= 0


@given(increasing_readings(), st.integers(0, 200_000), days)
def test_ignored_backwards_reading_leaves_the_rest_used(
    readings: list[OdometerReading], km: int, on: date
) -> None:
    extra = OdometerReading(VIN, on, km)
    est = estimate_daily_km([*readings, extra], policy=ServicePolicy(backwards_readings="ignore"))
    used = est.readings_used
    assert all(x.km <= y.km and x.on < y.on for x, y in itertools.pairwise(used))
    assert len(used) + len(est.ignored) <= len(readings) + 1


@st.composite
def service_histories(draw: st.DrawFn) -> tuple[Vehicle, list[WorkOrder], list[OdometerReading]]:
    purchased = draw(st.dates(min_value=date(2015, 1, 1), max_value=date(2025, 1, 1)))
    vehicle = Vehicle(vin=VIN, customer_number="C1", purchased_on=purchased)
    orders = []
    day, km = purchased, 0
    for i in range(draw(st.integers(0, 5))):
        day += timedelta(days=draw(st.integers(1, 300)))
        km += draw(st.integers(0, 15_000))
        types = draw(st.sampled_from([{ServiceType.MAINTENANCE}, {ServiceType.MINOR_REPAIR},
                                      {ServiceType.FIRST_MAINTENANCE}]))  # fmt: skip
        at = datetime(day.year, day.month, day.day, 10, tzinfo=CHINA_TZ)
        orders.append(WorkOrder(number=f"WO{i}", customer_number="C1", vin=VIN, opened_at=at,
                                service_types=types, mileage_km=km))  # fmt: skip
    readings = []
    for _ in range(draw(st.integers(0, 3))):
        day += timedelta(days=draw(st.integers(1, 200)))
        km += draw(st.integers(0, 15_000))
        readings.append(OdometerReading(VIN, day, km))
    return vehicle, orders, readings


@given(service_histories(), st.integers(0, 3000))
def test_service_due_never_precedes_its_trigger(
    history: tuple[Vehicle, list[WorkOrder], list[OdometerReading]], after: int
) -> None:
    vehicle, orders, readings = history
    assert vehicle.purchased_on is not None
    as_of = vehicle.purchased_on + timedelta(days=after)
    due = next_service_due(vehicle, orders, readings, as_of=as_of)
    assert due.basis is not ServiceDueBasis.EXPLICIT
    trigger = vehicle.purchased_on if due.first_service else due.last_service_on
    assert trigger is not None
    assert trigger < due.due_on <= due.time_due_on  # type: ignore[operator]
    if due.mileage_due_on is not None:
        assert due.due_on == min(due.time_due_on, due.mileage_due_on)  # type: ignore[type-var]
    if due.low_confidence:
        assert due.reading_age_days is not None
        assert due.reading_age_days > ServicePolicy().stale_reading_days


@given(days, st.integers(0, 60), st.dates(min_value=date(1950, 1, 1), max_value=date(2005, 12, 31)))
def test_reminders_fall_in_the_window_on_working_contact_days(
    as_of: date, horizon: int, born: date
) -> None:
    purchased = date(2014, born.month, min(born.day, 28))
    vehicle = Vehicle(vin=VIN, customer_number="C1", purchased_on=purchased,
                      warranty_expires_on=as_of + timedelta(days=horizon // 2))  # fmt: skip
    snap = Snapshot(customers=[Customer(number="C1", name="张三", birth_date=born)],
                    vehicles=[vehicle])  # fmt: skip
    calendar = ChineseWorkdays()
    for reminder in due_reminders(snap, as_of=as_of, horizon=horizon):
        assert calendar.is_workday(reminder.contact_on)
        assert reminder.contact_on >= as_of
        assert reminder.reason
        if reminder.kind.value in ("birthday", "purchase_anniversary", "warranty_expiry"):
            assert as_of <= reminder.due_on <= as_of + timedelta(days=horizon)


@given(
    snapshots(max_customers=4),
    st.dates(min_value=date(2013, 1, 1), max_value=date(2027, 6, 30)),
    st.frozensets(st.sampled_from(ReminderKind)),
)
def test_a_kinds_filter_is_the_full_list_filtered(
    snapshot: Snapshot, day: date, kinds: frozenset[ReminderKind]
) -> None:
    # kinds= only skips work: what it returns is the full list's reminders of those kinds.
    policy = ServicePolicy(backwards_readings="ignore")
    full = due_reminders_report(snapshot, as_of=day, policy=policy)
    chosen = due_reminders_report(snapshot, as_of=day, policy=policy, kinds=kinds)
    assert chosen.reminders == tuple(r for r in full.reminders if r.kind in kinds)
    assert chosen.left_off == tuple(x for x in full.left_off if x.reminder.kind in kinds)


@given(
    as_of=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    horizon=st.sampled_from((0, 7, 30, 45, 400)),
    leap_day=st.sampled_from(("feb28", "mar1")),
    people=st.lists(
        st.tuples(
            st.sampled_from(("C000001", "C000002")),
            st.one_of(
                st.none(), st.dates(min_value=date(1930, 1, 1), max_value=date(2010, 12, 31))
            ),
            st.sampled_from(
                (None, "110105198002290021", "110105198403010027", "11010519840301002X")
            ),
        ),
        max_size=12,
    ),
)
def test_a_list_of_birthdays_is_each_birthday_in_turn(
    as_of: date, horizon: int, leap_day: str, people: list[tuple[str, date | None, str | None]]
) -> None:
    # The list shares the work of its due dates; each reminder is the single call's.
    day = ReminderDay.of(
        as_of=as_of, horizon=horizon, policy=ServicePolicy(leap_day_birthdays=leap_day)
    )
    assert day.birthdays(people) == [day.birthday(*person) for person in people]
