"""The SQL twins of the batch rules give the pure rules' answers, on every engine.

One random archive per example is written into the database of ``module_engine``
(SQLite, then PostgreSQL when its URL is set; another engine is one more fixture
parameter in ``conftest.py``) and each twin of :mod:`autocrm.adapters.sqlalchemy.rules`
must equal (``==``) its rule of :mod:`autocrm.rules` on the same records. The archives
are drawn around the day of the question so that the windows are hit: visits at
00:00 and 23:59 China time, days 365/366 and 730/731 before, 29 February birthdays
and purchases, open work orders, company cars brought in under another customer,
customers without any visit, opt-outs, anonymised customers, customers merged into
another, bookings and recent calls.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.integration.conftest import restored, writing_examples

from autocrm.adapters.sqlalchemy import SqlArchive
from autocrm.adapters.sqlalchemy import rules as twins
from autocrm.adapters.sqlalchemy.rules.reminders import SQL_REMINDER_KINDS
from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    CallAttempt,
    Customer,
    FollowUp,
    OdometerReading,
    OptOut,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.domain.identifiers import vin
from autocrm.domain.work_order import ServiceType
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.rules import churn_warning, lost, reminders
from autocrm.rules.campaigns import Campaign
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.churn_segments import ChurnSegment
from autocrm.rules.reminder_kinds import ReminderKind
from autocrm.rules.service_policy import ServicePolicy
from autocrm.testing import strategies as s

sa = pytest.importorskip("sqlalchemy")

#: Days of the question: leap days, year ends, a month start after a short month.
AS_OF_DAYS = (
    date(2024, 2, 29),
    date(2024, 3, 1),
    date(2025, 3, 1),
    date(2025, 12, 31),
    date(2026, 1, 1),
    date(2026, 11, 24),
    date(2025, 9, 26),  # the week before National Day (contact days move)
    date(2026, 2, 10),  # the week before the Spring Festival
)
#: Offsets (days before the question) on the edges of the rules' windows.
EDGE_OFFSETS = (0, 1, 2, 30, 31, 59, 60, 61, 150, 200, 364, 365, 366, 367, 729, 730, 731, 900)
#: Vehicle models, one of them the campaigns' (None: not recorded).
MODELS = ("速腾", "迈腾", None)
#: A visit late in the evening or just after midnight, China time.
CLOCK_TIMES = (time(0, 0), time(23, 59), time(10, 30))


def _window_edges(day: date) -> tuple[int, ...]:
    """Days before ``day`` on the edges of the early-warning window of the default policy."""
    start, quiet, month_start = ChurnPolicy().warning_window(day)
    edges = [(day - edge).days + shift for edge in (start, quiet, month_start) for shift in (-1, 0)]
    return (*EDGE_OFFSETS, *edges)


def _offsets(day: date) -> st.SearchStrategy[int]:
    edges = st.sampled_from(_window_edges(day))
    return st.one_of(edges, edges, edges, st.integers(min_value=-3, max_value=1000))


@st.composite
def archives(draw: st.DrawFn) -> tuple[Snapshot, date]:
    """A small archive drawn around its day of the question, and that day."""
    day = draw(st.sampled_from(AS_OF_DAYS))

    def before(offset: int) -> date:
        return day - timedelta(days=offset)

    def moment(offset: int) -> datetime:
        return datetime.combine(before(offset), draw(st.sampled_from(CLOCK_TIMES)), CHINA_TZ)

    people: list[Customer] = []
    cars: list[Vehicle] = []
    orders: list[WorkOrder] = []
    readings: list[OdometerReading] = []
    followups: list[FollowUp] = []
    bookings: list[Appointment] = []
    count = draw(st.integers(min_value=1, max_value=5))
    numbers = [f"C{i + 1:06d}" for i in range(count)]
    for number in numbers:
        person = draw(s.customers(number=number))
        if draw(st.booleans()):
            born = draw(
                st.sampled_from(
                    (date(1980, 2, 29), date(1984, 3, 1), before(-10) - timedelta(days=365 * 30),
                     before(-31) - timedelta(days=365 * 30), None)
                )
            )  # fmt: skip
            person = attrs.evolve(person, birth_date=born, resident_id=None)
        opt_outs = draw(
            st.lists(
                st.builds(
                    OptOut,
                    st.sampled_from(("marketing", "reminders", "follow_ups")),
                    reason=st.just("客户要求"),
                ),
                max_size=1,
            )
        )
        person = attrs.evolve(person, opt_outs=opt_outs, anonymised=draw(st.integers(0, 9)) == 0)
        earlier = numbers[: numbers.index(number)]
        if earlier and not person.anonymised and draw(st.integers(0, 5)) == 0:
            # A duplicate merged into an earlier customer (a MERGED record).
            person = attrs.evolve(person, merged_into=draw(st.sampled_from(earlier)))
        people.append(person)
        for _ in range(draw(st.integers(min_value=0, max_value=2))):
            car = draw(s.vehicles(customer_number=number))
            if car.vin in {c.vin for c in cars}:
                continue
            dates: dict[str, Any] = {
                name: draw(st.one_of(st.none(), st.none(), _offsets(day).map(before)))
                for name in ("last_business_on", "first_maintenance_on", "first_visit_on")
            }
            purchased = draw(
                st.one_of(st.none(), st.just(date(2020, 2, 29)), _offsets(day).map(before))
            )
            car = attrs.evolve(
                car,
                purchased_on=purchased,
                manufactured_on=None if purchased is None else purchased - timedelta(days=60),
                is_new_car_sale=draw(st.booleans()),
                next_maintenance_on=draw(st.one_of(st.none(), _offsets(day).map(before))),
                insurance_renewal_on=draw(st.one_of(st.none(), st.integers(-70, 40).map(before))),
                annual_inspection_on=draw(st.one_of(st.none(), st.integers(-50, 40).map(before))),
                warranty_expires_on=draw(st.one_of(st.none(), st.integers(-10, 40).map(before))),
                warranty_km=draw(st.one_of(st.none(), st.sampled_from((3000, 30_000, 60_000)))),
                model=draw(st.sampled_from(MODELS)),
                **dates,
            )
            cars.append(car)
            for _ in range(draw(st.integers(min_value=0, max_value=3))):
                opened = moment(draw(_offsets(day)))
                driver = draw(st.sampled_from(numbers))  # a company car under another name
                order = draw(
                    s.work_orders(
                        number=f"WO{len(orders) + 1:08d}", customer_number=driver, vin=car.vin
                    )
                )
                types = draw(
                    st.sampled_from(
                        (
                            frozenset({ServiceType.NEW_CAR_DELIVERY}),
                            frozenset({ServiceType.MAINTENANCE}),
                            frozenset({ServiceType.FIRST_MAINTENANCE}),
                            order.service_types,
                        )
                    )
                )
                closed = None if draw(st.booleans()) else opened + timedelta(hours=3)
                mileage = draw(st.one_of(st.none(), st.integers(0, 60_000)))
                orders.append(
                    attrs.evolve(
                        order,
                        opened_at=opened,
                        closed_at=closed,
                        service_types=types,
                        mileage_km=mileage,
                    )
                )
            for _ in range(draw(st.integers(min_value=0, max_value=2))):
                readings.append(
                    OdometerReading(
                        car.vin, before(draw(_offsets(day))), draw(st.integers(0, 60_000))
                    )
                )
        if draw(st.booleans()):
            called = moment(draw(st.integers(min_value=-1, max_value=9)))
            followups.append(
                FollowUp(
                    number=f"FU{len(followups) + 1:06d}",
                    kind="3dc",
                    customer_number=number,
                    earliest=called.date(),
                    due=called.date(),
                    latest=called.date(),
                    attempts=[
                        CallAttempt(
                            called,
                            draw(st.sampled_from(("completed", "no_answer", "wrong_number"))),
                            rating=None,
                        )
                    ],
                )
            )
        if draw(st.booleans()):
            slot = moment(draw(st.integers(min_value=-3, max_value=2)))
            bookings.append(
                Appointment(
                    number=f"YY{len(bookings) + 1:06d}",
                    customer_number=number,
                    kind="proactive",
                    booked_at=slot - timedelta(days=3),
                    slot=slot,
                    status=draw(st.sampled_from(("booked", "cancelled"))),
                )
            )
    snapshot = Snapshot(
        customers=people,
        vehicles=cars,
        work_orders=orders,
        readings=readings,
        followups=followups,
        appointments=bookings,
        customer_sequence=count,
    )
    return snapshot, day


POLICIES = st.builds(
    ChurnPolicy,
    contact_cooldown_days=st.sampled_from((0, 7)),
    lost_after_days=st.sampled_from((365, 366)),
)

#: The twins and their rules: (name, pure call, twin call).
PAIRS: list[tuple[str, Callable[..., Any], Callable[..., Any]]] = [
    ("lost_customers_report", lost.lost_customers_report, twins.lost_customers_report),
    ("early_warning", churn_warning.early_warning, twins.early_warning),
]


@pytest.mark.parametrize(("name", "pure", "twin"), PAIRS, ids=[name for name, _, _ in PAIRS])
def test_twin_equals_the_pure_rule(
    module_engine: sa.Engine,
    name: str,
    pure: Callable[..., Any],
    twin: Callable[..., Any],
) -> None:
    # Each example writes an archive into the database: half the profile's examples.
    @writing_examples()
    @given(drawn=archives(), policy=POLICIES)
    def check(drawn: tuple[Snapshot, date], policy: ChurnPolicy) -> None:
        snapshot, day = drawn
        archive = restored(module_engine, snapshot)
        assert twin(archive, as_of=day, policy=policy) == pure(snapshot, as_of=day, policy=policy)

    check()


def test_every_segment_can_be_asked_for(module_engine: sa.Engine) -> None:
    car = Vehicle(
        vin="LFV2A21K3D3109826",
        customer_number="C000001",
        purchased_on=date(2023, 3, 18),
        is_new_car_sale=True,
    )
    snapshot = Snapshot(
        customers=[
            Customer(number="C000001", name="王建国"),
            Customer(number="C000002", name="李娜"),
        ],
        vehicles=[car],
        customer_sequence=2,
    )
    archive = restored(module_engine, snapshot)
    day = date(2025, 6, 1)
    every = list(ChurnSegment)
    found = twins.lost_customers(archive, as_of=day, segments=every)
    assert [(a.customer_number, a.segment) for a in found] == [
        ("C000001", ChurnSegment.FIRST_SERVICE_LOST),
        ("C000002", ChurnSegment.NO_VISIT),
    ]
    assert found == lost.lost_customers(snapshot, as_of=day, segments=every)


def test_a_twin_refuses_a_snapshot() -> None:

    with pytest.raises(InvalidFormat, match="archive: expected a SqlArchive"):
        twins.lost_customers(Snapshot(), as_of=date(2025, 6, 1))  # type: ignore[arg-type]


def _valid_vin(draft: str) -> str:
    """``draft`` with its check character (position 9) put right."""
    digit = vin.check_digit(draft)
    return draft[:8] + digit + draft[9:]


def _edge_archive(day: date) -> Snapshot:
    """One customer on each edge of the windows of the default policy, for ``day``."""
    vins = iter(_valid_vin(f"LFV2A21K0D31098{n:02d}") for n in range(10))

    def at(on: date, clock: time) -> datetime:
        return datetime.combine(on, clock, CHINA_TZ)

    people, cars, orders = [], [], []
    for index, (visit, clock, types, purchased) in enumerate(
        [
            (
                date(2025, 8, 1),
                time(0, 0),
                [ServiceType.MAINTENANCE],
                None,
            ),  # first day of the window
            (date(2025, 7, 31), time(23, 59), [ServiceType.MAINTENANCE], None),  # the day before it
            (date(2025, 12, 31), time(23, 59), [ServiceType.MINOR_REPAIR], None),  # last active day
            (date(2026, 1, 1), time(0, 0), [ServiceType.MINOR_REPAIR], None),  # first quiet day
            (day - timedelta(days=365), time(12, 0), [ServiceType.MAINTENANCE], None),
            (day - timedelta(days=366), time(12, 0), [ServiceType.MAINTENANCE], None),
            (day - timedelta(days=730), time(12, 0), [ServiceType.MAINTENANCE], None),
            (day - timedelta(days=731), time(12, 0), [ServiceType.MAINTENANCE], None),
            (day, time(23, 59), [ServiceType.MAINTENANCE], None),  # a visit on the day itself
            (
                day - timedelta(days=400),
                time(9, 0),
                [ServiceType.NEW_CAR_DELIVERY],
                day - timedelta(days=366),
            ),
        ],
        start=1,
    ):
        number = f"C{index:06d}"
        people.append(Customer(number=number, name=f"客户{index}"))
        car = Vehicle(vin=next(vins), customer_number=number, purchased_on=purchased)
        cars.append(car)
        orders.append(
            WorkOrder(
                f"WO{index:08d}", customer_number=number, vin=car.vin,
                opened_at=at(visit, clock), service_types=types,
            )
        )  # fmt: skip
    return Snapshot(customers=people, vehicles=cars, work_orders=orders, customer_sequence=10)


def test_the_edges_of_the_windows(module_engine: sa.Engine) -> None:
    day = date(2026, 3, 2)
    snapshot = _edge_archive(day)
    archive = restored(module_engine, snapshot)
    every = list(ChurnSegment)
    report = twins.lost_customers_report(archive, as_of=day, segments=every)
    assert report == lost.lost_customers_report(snapshot, as_of=day, segments=every)
    segments = {a.customer_number: a.segment.value for a in report.entries}
    assert [segments[f"C{i:06d}"] for i in (5, 6, 7, 8, 9, 10)] == [
        "active", "recently_lost", "recently_lost", "defected", "active", "first_service_lost",
    ]  # fmt: skip
    win_back = twins.lost_customers(archive, as_of=day)
    assert win_back == lost.lost_customers(snapshot, as_of=day)
    assert [a.customer_number for a in win_back] == ["C000006", "C000007", "C000010", "C000008"]
    warning = twins.early_warning(archive, as_of=day)
    assert warning == churn_warning.early_warning(snapshot, as_of=day)
    assert [e.customer_number for e in warning.entries] == ["C000001", "C000003"]


CAMPAIGNS = (
    Campaign(name="夏季空调免费检测", starts_on=date(2025, 3, 20), ends_on=date(2026, 1, 10),
             models={"速腾"}),
    Campaign(name="自驾游", starts_on=date(2024, 3, 1), ends_on=date(2026, 12, 31),
             service_types={ServiceType.MAINTENANCE}),
    Campaign(name="车主讲堂", starts_on=date(2024, 2, 1), ends_on=date(2026, 12, 31),
             applies_to=lambda car: car.is_new_car_sale),
)  # fmt: skip


def _outcome(call: Callable[[], Any]) -> Any:
    """What a call gives: its result, or the type and text of the error it raises."""
    try:
        return call()
    except (InvalidComponent, InvalidFormat) as error:
        return type(error), str(error)


@given(
    drawn=archives(),
    kinds=st.one_of(
        st.none(), st.frozensets(st.sampled_from(sorted(SQL_REMINDER_KINDS)), min_size=1)
    ),
    horizon=st.sampled_from((0, 7, 30, 45, 400)),
    cooldown=st.sampled_from((0, 7)),
    backwards=st.sampled_from(("ignore", "ignore", "refuse")),
    campaigns=st.lists(st.sampled_from(CAMPAIGNS), max_size=2, unique=True),
)
@writing_examples()
def test_the_reminder_twin_equals_the_pure_rule(
    module_engine: sa.Engine,
    drawn: tuple[Snapshot, date],
    kinds: frozenset[ReminderKind] | None,
    horizon: int,
    cooldown: int,
    backwards: str,
    campaigns: list[Campaign],
) -> None:
    snapshot, day = drawn
    archive = restored(module_engine, snapshot)
    policy = ServicePolicy(contact_cooldown_days=cooldown, backwards_readings=backwards)
    asked = {"as_of": day, "horizon": horizon, "policy": policy, "kinds": kinds,
             "campaigns": campaigns}  # fmt: skip
    assert _outcome(lambda: twins.due_reminders_report(archive, **asked)) == _outcome(
        lambda: reminders.due_reminders_report(snapshot, **asked)
    )


def test_the_reminder_twin_names_a_kind_that_is_not_one() -> None:
    archive = SqlArchive.from_url("sqlite://")
    assert twins.due_reminders(archive, as_of=date(2025, 2, 10)) == ()
    with pytest.raises(InvalidComponent, match="kinds: 'oil' is not a reminder kind"):
        twins.due_reminders(archive, as_of=date(2025, 2, 10), kinds=["保养提醒", "oil"])


def test_the_reminder_twin_on_leap_days(module_engine: sa.Engine) -> None:
    # Born and bought on 29 February: remembered on 28 February in 2025 (the default).
    wang = Customer(number="C000001", name="王建国", birth_date=date(1980, 2, 29))
    li = Customer(number="C000002", name="李娜", resident_id="110105198403010027")
    car = Vehicle(
        vin="LFV2A21K3D3109826",
        customer_number="C000001",
        purchased_on=date(2020, 2, 29),
        insurance_renewal_on=date(2025, 3, 31),
        annual_inspection_on=date(2025, 1, 12),
    )
    snapshot = Snapshot(customers=[wang, li], vehicles=[car], customer_sequence=2)
    archive = restored(module_engine, snapshot)
    kinds = sorted(SQL_REMINDER_KINDS)
    report = twins.due_reminders_report(archive, as_of=date(2025, 2, 10), kinds=kinds)
    assert report == reminders.due_reminders_report(snapshot, as_of=date(2025, 2, 10), kinds=kinds)
    assert [(r.kind.value, r.customer_number, r.due_on) for r in report.reminders] == [
        ("annual_inspection", "C000001", date(2025, 1, 12)),
        ("birthday", "C000001", date(2025, 2, 28)),
        ("purchase_anniversary", "C000001", date(2025, 2, 28)),
        ("birthday", "C000002", date(2025, 3, 1)),
        ("insurance_renewal", "C000001", date(2025, 3, 31)),
    ]


def _reading_at(vin: str, on: date, km: int) -> OdometerReading:
    return OdometerReading(vin, on, km)


def test_the_maintenance_twin_rounds_the_day_up(module_engine: sa.Engine) -> None:
    # Bought 1 January, 1,000 km on 4 January: 333.33 km/day (to the hundredth), and the
    # 2,000 km left to the first maintenance take 6.00006 days: due 11 January, not 10.
    # The other car: maintenance at 12,000 km (23:59 China time), 16,500 km a month later:
    # 145.16 km/day, the 500 km left to 17,000 km take 3.44 days: due on the 4th day.
    first = Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001",
                    purchased_on=date(2025, 1, 1))  # fmt: skip
    later = Vehicle(vin="1HGCM82633A004352", customer_number="C000001",
                    purchased_on=date(2023, 3, 18))  # fmt: skip
    order = WorkOrder(
        "WO00000001", customer_number="C000001", vin=later.vin, service_types=["保养"],
        mileage_km=12_000, opened_at=datetime(2024, 12, 2, 23, 59, tzinfo=CHINA_TZ),
    )  # fmt: skip
    snapshot = Snapshot(
        customers=[Customer(number="C000001", name="王建国")],
        vehicles=[first, later],
        work_orders=[order],
        readings=[
            _reading_at(first.vin, date(2025, 1, 4), 1_000),
            _reading_at(later.vin, date(2025, 1, 2), 16_500),
        ],
        customer_sequence=1,
    )
    archive = restored(module_engine, snapshot)
    asked = {"as_of": date(2025, 1, 5), "kinds": ["maintenance"]}
    report = twins.due_reminders_report(archive, **asked)
    assert report == reminders.due_reminders_report(snapshot, **asked)
    assert [(r.vin, r.due_on, r.reason) for r in report.reminders] == [
        (later.vin, date(2025, 1, 6), "maintenance due on 2025-01-06 (按里程)"),
        (first.vin, date(2025, 1, 11), "first maintenance (首保) due on 2025-01-11 (按里程)"),
    ]


def test_the_warranty_twin_rounds_the_average_half_up(module_engine: sa.Engine) -> None:
    # 2,005 km in 8 days: 250.625 km/day, 250.63 rounded half up; the 25,063 km left to
    # the warranty mileage take exactly 100 days (101 at 250.62): 19 April.
    car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001",
                  purchased_on=date(2025, 1, 1), warranty_km=2_005 + 25_063,
                  warranty_expires_on=date(2028, 1, 1))  # fmt: skip
    snapshot = Snapshot(
        customers=[Customer(number="C000001", name="王建国")],
        vehicles=[car],
        readings=[_reading_at(car.vin, date(2025, 1, 9), 2_005)],
        customer_sequence=1,
    )
    archive = restored(module_engine, snapshot)
    asked = {"as_of": date(2025, 4, 1), "kinds": ["warranty_expiry"]}
    report = twins.due_reminders_report(archive, **asked)
    assert report == reminders.due_reminders_report(snapshot, **asked)
    [reminder] = report.reminders
    assert reminder.due_on == date(2025, 4, 19)
    assert "at 250.63 km/day ((2005 - 0) km / 8 days" in reminder.rule


def test_the_reminder_twin_refuses_a_backwards_reading_as_the_pure_rule(
    module_engine: sa.Engine,
) -> None:
    car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001",
                  purchased_on=date(2024, 3, 18))  # fmt: skip
    snapshot = Snapshot(
        customers=[Customer(number="C000001", name="王建国")],
        vehicles=[car],
        readings=[
            _reading_at(car.vin, date(2025, 1, 1), 9_000),
            _reading_at(car.vin, date(2025, 2, 1), 8_000),
        ],
        customer_sequence=1,
    )
    archive = restored(module_engine, snapshot)
    message = "km: reading of 8000 km on 2025-02-01 is below 9000 km on 2025-01-01"
    for rule in (twins.due_reminders, reminders.due_reminders):
        with pytest.raises(InvalidComponent, match=message):
            rule(archive if rule is twins.due_reminders else snapshot, as_of=date(2025, 2, 10))


def test_the_birthday_twin_reads_an_encrypted_resident_id() -> None:
    pytest.importorskip("cryptography")
    from autocrm.adapters.crypto import FieldCipher

    cipher = FieldCipher({"k1": bytes(range(32))}, current="k1", lookup_key=b"l" * 32)
    archive = SqlArchive.from_url("sqlite://", cipher=cipher)
    li = Customer(number="C000001", name="李娜", resident_id="110105198403010027")
    archive.add(li, actor="a", at=datetime(2025, 2, 10, 9, tzinfo=CHINA_TZ))
    found = twins.due_reminders(archive, as_of=date(2025, 2, 10), kinds=["birthday"])
    assert [(r.customer_number, r.due_on) for r in found] == [("C000001", date(2025, 3, 1))]


@given(
    drawn=archives(),
    horizon=st.sampled_from((0, 7, 30, 400)),
    cooldown=st.sampled_from((0, 7)),
)
@writing_examples()
def test_the_birthday_list_alone_equals_the_pure_rule(
    module_engine: sa.Engine, drawn: tuple[Snapshot, date], horizon: int, cooldown: int
) -> None:
    # A birthday list alone reads only its candidates' bookings and calls (its own path).
    snapshot, day = drawn
    archive = restored(module_engine, snapshot)
    asked = {"as_of": day, "horizon": horizon, "kinds": ["birthday"],
             "policy": ServicePolicy(contact_cooldown_days=cooldown)}  # fmt: skip
    assert twins.due_reminders_report(archive, **asked) == reminders.due_reminders_report(
        snapshot, **asked
    )


def _called(number: str, customer: str, at: datetime, outcome: str) -> FollowUp:
    return FollowUp(
        number=number, kind="3dc", customer_number=customer, earliest=at.date(), due=at.date(),
        latest=at.date(), attempts=[CallAttempt(at, outcome, rating=None)],
    )  # fmt: skip


def _booking(number: str, customer: str, slot: datetime, status: str) -> Appointment:
    return Appointment(
        number=number, customer_number=customer, kind="proactive",
        booked_at=slot - timedelta(days=3), slot=slot, status=status,
    )  # fmt: skip


def test_the_birthday_list_alone_leaves_off_whom_the_pure_rule_does(
    module_engine: sa.Engine,
) -> None:
    # Birthdays from 20 February to 22 March 2025, 29 February ones on 28 February.
    at = datetime(2025, 2, 17, 10, tzinfo=CHINA_TZ)
    born = date(1980, 2, 29)
    people = [
        Customer(number="C000001", name="王建国", birth_date=born),
        Customer(number="C000002", name="李娜", resident_id="110105198403010027"),
        Customer(number="C000003", name="张伟", birth_date=born,
                 opt_outs=[OptOut("reminders", reason="不需要提醒")]),
        Customer(number="C000004", name="刘洋", birth_date=born),  # booked
        Customer(number="C000005", name="陈静", birth_date=born),  # booking cancelled
        Customer(number="C000006", name="杨帆", birth_date=born),  # called 3 days ago
        Customer(number="C000007", name="赵磊", birth_date=born),  # a wrong number only
        Customer(number="C000008", name="黄敏", birth_date=born, anonymised=True),
        Customer(number="C000009", name="周杰", birth_date=born, merged_into="C000001"),
        Customer(number="C000010", name="吴刚", birth_date=date(1990, 6, 1)),  # booked, no birthday
    ]  # fmt: skip
    snapshot = Snapshot(
        customers=people,
        appointments=[
            _booking("YY000001", "C000004", at + timedelta(days=5), "booked"),
            _booking("YY000002", "C000005", at + timedelta(days=5), "cancelled"),
            _booking("YY000003", "C000010", at + timedelta(days=5), "booked"),
        ],
        followups=[
            _called("FU000001", "C000006", at, "completed"),
            _called("FU000002", "C000007", at, "wrong_number"),
        ],
        customer_sequence=10,
    )
    archive = restored(module_engine, snapshot)
    day = date(2025, 2, 20)
    report = twins.due_reminders_report(archive, as_of=day, kinds=["birthday"])
    assert report == reminders.due_reminders_report(snapshot, as_of=day, kinds=["birthday"])
    assert [(r.customer_number, r.due_on) for r in report.reminders] == [
        ("C000001", date(2025, 2, 28)),
        ("C000005", date(2025, 2, 28)),
        ("C000007", date(2025, 2, 28)),
        ("C000002", date(2025, 3, 1)),
    ]
    assert [(x.reminder.customer_number, x.pressure.kind.value) for x in report.left_off] == [
        ("C000003", "opted_out"),
        ("C000004", "booked"),
        ("C000006", "contacted"),
        ("C000008", "anonymised"),
        ("C000009", "merged"),
    ]


def _left_off(report: Any) -> list[tuple[str, str, date | None, str | None]]:
    return [
        (x.reminder.customer_number, x.pressure.kind.value, x.pressure.on, x.pressure.evidence)
        for x in report.left_off
    ]


def test_the_birthday_list_alone_counts_contacts_to_the_edge_of_their_windows(
    module_engine: sa.Engine,
) -> None:
    # The list of 20 February 2025 (cooldown 7 days: calls from 14 February count).
    born = date(1980, 2, 29)
    day = date(2025, 2, 20)
    people = [Customer(number=f"C{i:06d}", name="王建国", birth_date=born) for i in range(1, 7)]

    def at(on: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(on, time(hour, minute), CHINA_TZ)

    snapshot = Snapshot(
        customers=people,
        appointments=[
            # A slot at 00:00 on the day of the list is still to come; 23:59 the day
            # before is past.
            _booking("YY000001", "C000001", at(day, 0), "booked"),
            _booking("YY000002", "C000002", at(day - timedelta(days=1), 23, 59), "booked"),
        ],
        followups=[
            # 00:00 on the first day of the cooldown counts; 23:59 the day before not.
            _called("FU000001", "C000003", at(date(2025, 2, 14), 0), "completed"),
            _called("FU000002", "C000004", at(date(2025, 2, 13), 23, 59), "completed"),
            # A call later on the day of the list counts (it is on or before that day).
            _called("FU000003", "C000005", at(day, 23, 59), "busy"),
            _called("FU000004", "C000006", at(day + timedelta(days=1), 0), "completed"),
        ],
        customer_sequence=6,
    )
    archive = restored(module_engine, snapshot)
    asked = {"as_of": day, "kinds": ["birthday"]}
    report = twins.due_reminders_report(archive, **asked)
    assert report == reminders.due_reminders_report(snapshot, **asked)
    assert [r.customer_number for r in report.reminders] == ["C000002", "C000004", "C000006"]
    assert _left_off(report) == [
        ("C000001", "booked", day, "YY000001"),
        ("C000003", "contacted", date(2025, 2, 14), "FU000001"),
        ("C000005", "contacted", day, "FU000003"),
    ]


def test_the_birthday_list_alone_names_the_booking_and_the_call_the_pure_rule_does(
    module_engine: sa.Engine,
) -> None:
    # Several bookings: the earliest slot, then the lower number. Several calls: the
    # latest day, then the higher follow-up number, then that follow-up's first call of
    # the day (its outcome is the one worded). A booking outranks a call; an opt-out of
    # marketing does not keep a customer off a birthday call, his booking does.
    day = date(2025, 6, 3)
    slot = datetime(2025, 6, 10, 9, tzinfo=CHINA_TZ)
    called_at = datetime(2025, 6, 1, 10, tzinfo=CHINA_TZ)
    born = date(1990, 6, 5)
    people = [
        Customer(number="C000001", name="王建国", birth_date=born),
        Customer(number="C000002", name="李娜", birth_date=born),
        Customer(number="C000003", name="张伟", birth_date=born),
        Customer(number="C000004", name="刘洋", birth_date=born,
                 opt_outs=[OptOut("marketing", reason="不要推销")]),
    ]  # fmt: skip
    twice = FollowUp(
        number="FU000003", kind="3dc", customer_number="C000002", earliest=called_at.date(),
        due=called_at.date(), latest=called_at.date(),
        attempts=[CallAttempt(called_at, "busy"),
                  CallAttempt(called_at + timedelta(hours=5), "completed")],
    )  # fmt: skip
    snapshot = Snapshot(
        customers=people,
        appointments=[
            _booking("YY000003", "C000001", slot, "booked"),
            _booking("YY000002", "C000001", slot, "booked"),
            _booking("YY000001", "C000001", slot + timedelta(days=1), "booked"),
            _booking("YY000004", "C000003", slot, "booked"),
            _booking("YY000005", "C000004", slot, "booked"),
        ],
        followups=[
            _called("FU000001", "C000002", called_at - timedelta(days=1), "completed"),
            _called("FU000002", "C000002", called_at, "completed"),
            twice,
            _called("FU000004", "C000003", called_at, "completed"),
        ],
        customer_sequence=4,
    )
    archive = restored(module_engine, snapshot)
    asked = {"as_of": day, "kinds": ["birthday"]}
    report = twins.due_reminders_report(archive, **asked)
    assert report == reminders.due_reminders_report(snapshot, **asked)
    assert report.reminders == ()
    assert _left_off(report) == [
        ("C000001", "booked", date(2025, 6, 10), "YY000002"),
        ("C000002", "contacted", date(2025, 6, 1), "FU000003"),
        ("C000003", "booked", date(2025, 6, 10), "YY000004"),
        ("C000004", "booked", date(2025, 6, 10), "YY000005"),
    ]
    [contacted] = [x for x in report.left_off if x.pressure.kind.value == "contacted"]
    assert contacted.reason == ("contacted on 2025-06-01 (占线, follow-up FU000003), within 7 days")


def test_the_booking_and_call_named_are_the_first_by_code_points_on_every_engine(
    module_engine: sa.Engine,
) -> None:
    # Python orders numbers code point by code point ("YYB..." before "YYb...", "WO1-..."
    # before "WO10-..."); a PostgreSQL database in a locale such as en_US orders them
    # otherwise, so the twins sort these numbers as Python does (COLLATE "C").
    day = date(2025, 6, 3)
    slot = datetime(2025, 6, 10, 9, tzinfo=CHINA_TZ)
    called_at = datetime(2025, 6, 1, 10, tzinfo=CHINA_TZ)
    born = date(1990, 6, 5)
    snapshot = Snapshot(
        customers=[
            Customer(number="C000001", name="王建国", birth_date=born),
            Customer(number="C000002", name="李娜", birth_date=born),
        ],
        appointments=[
            _booking("YYb00001", "C000001", slot, "booked"),
            _booking("YYB00002", "C000001", slot, "booked"),
        ],
        followups=[
            _called("WO10-3DC", "C000002", called_at, "completed"),
            _called("WO1-3DC", "C000002", called_at, "completed"),
        ],
        customer_sequence=2,
    )
    archive = restored(module_engine, snapshot)
    asked = {"as_of": day, "kinds": ["birthday"]}
    report = twins.due_reminders_report(archive, **asked)
    assert report == reminders.due_reminders_report(snapshot, **asked)
    assert _left_off(report) == [
        ("C000001", "booked", date(2025, 6, 10), "YYB00002"),
        ("C000002", "contacted", date(2025, 6, 1), "WO10-3DC"),
    ]


def test_the_twins_order_numbers_by_code_points_on_postgresql() -> None:
    from sqlalchemy.dialects import postgresql, sqlite

    from autocrm.adapters.sqlalchemy import tables as t
    from autocrm.adapters.sqlalchemy.rules._archive import latest_maintenance
    from autocrm.adapters.sqlalchemy.rules._reminder_dates import _booked_order, _call_order

    for order in (*_booked_order(), *_call_order()):
        assert "COLLATE" not in str(order.compile(dialect=sqlite.dialect()))
    ordered = [str(order.compile(dialect=postgresql.dialect())) for order in _booked_order()]
    assert ordered[1] == '(appointments.number) COLLATE "C"'
    ordered = [str(order.compile(dialect=postgresql.dialect())) for order in _call_order()]
    assert ordered[1] == '(call_attempts.followup_number) COLLATE "C" DESC'
    query = latest_maintenance(date(2025, 6, 3), t.work_orders.c.vin, dialect="postgresql")
    latest = str(query.compile(dialect=postgresql.dialect()))
    assert '(work_orders.number) COLLATE "C" DESC' in latest


@pytest.mark.parametrize("leap_day", ["feb28", "mar1"])
def test_the_birthday_list_alone_on_29_february(module_engine: sa.Engine, leap_day: str) -> None:
    # Born on 29 February (on record or in the resident ID): 28 February or 1 March in
    # 2025 as the policy says, 29 February in 2028; a window of 0 days on 28 February.
    people = [
        Customer(number="C000001", name="王建国", birth_date=date(1980, 2, 29)),
        Customer(number="C000002", name="李娜", resident_id="110105198002290021"),
    ]
    snapshot = Snapshot(customers=people, customer_sequence=2)
    archive = restored(module_engine, snapshot)
    policy = ServicePolicy(leap_day_birthdays=leap_day)
    expected = {"feb28": date(2025, 2, 28), "mar1": date(2025, 3, 1)}[leap_day]
    for day, horizon, due in (
        (date(2025, 2, 20), 30, expected),
        (date(2025, 2, 28), 0, expected if leap_day == "feb28" else None),
        (date(2028, 2, 1), 30, date(2028, 2, 29)),
    ):
        asked = {"as_of": day, "horizon": horizon, "policy": policy, "kinds": ["birthday"]}
        report = twins.due_reminders_report(archive, **asked)
        assert report == reminders.due_reminders_report(snapshot, **asked)
        assert [(r.customer_number, r.due_on) for r in report.reminders] == (
            [] if due is None else [("C000001", due), ("C000002", due)]
        )


def test_a_maintenance_list_that_ignores_a_backwards_reading_still_predicts(
    module_engine: sa.Engine,
) -> None:
    # Maintained at 4,000 km on 1 December, 6,000 km on 20 December, then 5,500 km on
    # 5 January: ignored (not refused). 2,000 km in 19 days is 105.26 km/day, and the
    # 3,000 km left to 9,000 km take 28.5 days: due 18 January.
    car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001",
                  purchased_on=date(2024, 3, 18))  # fmt: skip
    order = WorkOrder(
        "WO00000001", customer_number="C000001", vin=car.vin, service_types=["保养"],
        mileage_km=4_000, opened_at=datetime(2024, 12, 1, 10, tzinfo=CHINA_TZ),
    )  # fmt: skip
    snapshot = Snapshot(
        customers=[Customer(number="C000001", name="王建国")],
        vehicles=[car],
        work_orders=[order],
        readings=[
            _reading_at(car.vin, date(2024, 12, 20), 6_000),
            _reading_at(car.vin, date(2025, 1, 5), 5_500),
        ],
        customer_sequence=1,
    )
    archive = restored(module_engine, snapshot)
    for backwards in ("ignore", "refuse"):
        asked = {"as_of": date(2025, 1, 10), "kinds": ["maintenance", "warranty_expiry"],
                 "policy": ServicePolicy(backwards_readings=backwards)}  # fmt: skip
        assert _outcome(partial(twins.due_reminders_report, archive, **asked)) == _outcome(
            partial(reminders.due_reminders_report, snapshot, **asked)
        )
    asked["policy"] = ServicePolicy(backwards_readings="ignore")
    report = twins.due_reminders_report(archive, **asked)
    assert [(r.vin, r.due_on) for r in report.reminders] == [(car.vin, date(2025, 1, 18))]
    asked["kinds"] = ["maintenance"]
    assert twins.due_reminders_report(archive, **asked) == report


def test_a_list_without_holiday_care_names_the_pressure_the_pure_rule_does(
    module_engine: sa.Engine,
) -> None:
    # Insurance renewals (a reminders call) and a campaign (a marketing call) of 3 June
    # 2025, cooldown 7 days: the list finds each customer's first booking and last call
    # in SQL. A booking outranks a call; the latest call of the day on the higher
    # follow-up number is named; an opt-out keeps off only its purpose (and vehicle).
    day = date(2025, 6, 3)
    slot = datetime(2025, 6, 10, 9, tzinfo=CHINA_TZ)
    called_at = datetime(2025, 6, 1, 10, tzinfo=CHINA_TZ)
    vins = [_valid_vin(f"LFV2A21K0D31098{n:02d}") for n in range(6)]
    people = [
        Customer(number="C000001", name="王建国"),  # booked and called
        Customer(number="C000002", name="李娜"),  # called twice on 1 June
        Customer(number="C000003", name="张伟", opt_outs=[OptOut("marketing", reason="不要推销")]),
        Customer(number="C000004", name="刘洋",
                 opt_outs=[OptOut("reminders", reason="这辆车不用提醒", vin=vins[3])]),
        Customer(number="C000005", name="陈静"),  # nothing on record
    ]  # fmt: skip
    cars = [
        Vehicle(vin=vins[n], customer_number=owner, model="速腾",
                insurance_renewal_on=date(2025, 6, 20))
        for n, owner in enumerate(["C000001", "C000002", "C000003", "C000004", "C000004",
                                   "C000005"])
    ]  # fmt: skip
    snapshot = Snapshot(
        customers=people,
        vehicles=cars,
        appointments=[
            _booking("YY000002", "C000001", slot, "booked"),
            _booking("YY000001", "C000001", slot + timedelta(days=1), "booked"),
        ],
        followups=[
            _called("FU000001", "C000001", called_at, "completed"),
            _called("FU000002", "C000002", called_at, "busy"),
            _called("FU000003", "C000002", called_at - timedelta(hours=1), "completed"),
        ],
        customer_sequence=5,
    )
    archive = restored(module_engine, snapshot)
    asked = {"as_of": day, "kinds": ["insurance_renewal", "campaign"],
             "campaigns": [CAMPAIGNS[0]]}  # fmt: skip
    report = twins.due_reminders_report(archive, **asked)
    assert report == reminders.due_reminders_report(snapshot, **asked)
    assert sorted((r.customer_number, r.kind.value, r.vin) for r in report.reminders) == [
        ("C000003", "insurance_renewal", vins[2]),
        ("C000004", "campaign", vins[3]),
        ("C000004", "campaign", vins[4]),
        ("C000004", "insurance_renewal", vins[4]),
        ("C000005", "campaign", vins[5]),
        ("C000005", "insurance_renewal", vins[5]),
    ]
    assert sorted(
        (x.reminder.customer_number, x.reminder.kind.value, x.pressure.kind.value,
         x.pressure.evidence)
        for x in report.left_off
    ) == [
        ("C000001", "campaign", "booked", "YY000002"),
        ("C000001", "insurance_renewal", "booked", "YY000002"),
        ("C000002", "campaign", "contacted", "FU000003"),
        ("C000002", "insurance_renewal", "contacted", "FU000003"),
        ("C000003", "campaign", "opted_out", "marketing"),
        ("C000004", "insurance_renewal", "opted_out", "reminders"),
    ]  # fmt: skip


def test_the_latest_maintenance_of_a_day_is_the_higher_work_order_number(
    module_engine: sa.Engine,
) -> None:
    # Two maintenances on 2 December 2024 (China time): the higher number counts, though
    # opened earlier that day; one at 23:59 on 1 December is older whatever its number.
    # The other car's latest maintenance has no mileage: it counts, without a mileage
    # (not the km of the maintenance before).
    cars = [
        Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001", purchased_on=date(2023, 3, 18)),
        Vehicle(vin="1HGCM82633A004352", customer_number="C000001", purchased_on=date(2023, 3, 18)),
    ]  # fmt: skip

    china = partial(datetime, tzinfo=CHINA_TZ)

    def maintained(number: str, vin: str, km: int | None, at: datetime) -> WorkOrder:
        return WorkOrder(number, customer_number="C000001", vin=vin, service_types=["保养"],
                         mileage_km=km, opened_at=at)  # fmt: skip

    snapshot = Snapshot(
        customers=[Customer(number="C000001", name="王建国")],
        vehicles=cars,
        work_orders=[
            maintained("WO00000001", cars[0].vin, 11_000, china(2024, 12, 2, 20)),
            maintained("WO00000002", cars[0].vin, 12_000, china(2024, 12, 2, 8)),
            maintained("WO00000009", cars[0].vin, 9_000, china(2024, 12, 1, 23, 59)),
            maintained("WO00000003", cars[1].vin, 8_000, china(2024, 11, 2, 9)),
            maintained("WO00000004", cars[1].vin, None, china(2024, 12, 2, 9)),
        ],
        readings=[
            _reading_at(cars[0].vin, date(2025, 1, 2), 16_500),
            _reading_at(cars[1].vin, date(2025, 1, 2), 12_500),
        ],
        customer_sequence=1,
    )  # fmt: skip
    archive = restored(module_engine, snapshot)
    asked = {"as_of": date(2025, 1, 5), "horizon": 400, "kinds": ["maintenance"]}
    report = twins.due_reminders_report(archive, **asked)
    assert report == reminders.due_reminders_report(snapshot, **asked)
    # From 12,000 km on 2 December (11,000 km would be overdue since 2 January); from
    # 2 December by time (8,000 km on 2 November would give 9 January by mileage).
    assert [(r.vin, r.due_on, r.reason) for r in report.reminders] == [
        (cars[0].vin, date(2025, 1, 5), "maintenance due on 2025-01-05 (按里程)"),
        (cars[1].vin, date(2025, 6, 2), "maintenance due on 2025-06-02 (按时间)"),
    ]
