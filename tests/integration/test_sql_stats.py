"""Statistics pushed down into SQL give what autocrm.stats gives in memory."""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy")

import attrs  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from autocrm.adapters.memory import MemoryArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import stats as sql_stats  # noqa: E402
from autocrm.adapters.sqlalchemy import tables as t  # noqa: E402
from autocrm.domain import (  # noqa: E402
    CHINA_TZ,
    Appointment,
    CallAttempt,
    Complaint,
    FollowUp,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.domain.complaint import ComplaintStatus  # noqa: E402
from autocrm.errors import InvalidComponent  # noqa: E402
from autocrm.query import F, Filter, within_last  # noqa: E402
from autocrm.rules.complaints import ComplaintPolicy  # noqa: E402
from autocrm.stats import complaints as memory_stats  # noqa: E402
from autocrm.stats import operations, satisfaction  # noqa: E402
from autocrm.stats.rates import Period  # noqa: E402
from autocrm.stats.satisfaction import RatingSummary  # noqa: E402
from autocrm.testing import strategies as s  # noqa: E402
from autocrm.testing.synthetic import INSURER_Y, generate_dealership  # noqa: E402

AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
VINS = ["LFV2A21K3D3109826", "1HGCM82633A004352", "WVWZZZ1JZ3W386752"]


@pytest.fixture
def archive(module_engine: sa.Engine) -> SqlArchive:
    with module_engine.begin() as connection:
        for table in reversed(t.metadata.sorted_tables):
            connection.execute(table.delete())
    archive = SqlArchive(module_engine)
    for i, vin in enumerate(VINS):
        archive.add(Vehicle(vin, f"C00000{i}", vin_check_digit=i != 2), actor="a", at=AT)
    for i, vin in enumerate([*VINS[:2], VINS[0]]):
        archive.add(
            WorkOrder(
                f"WO{i}",
                customer_number="C1",
                vin=vin,
                service_types=["保养"],
                opened_at=AT - timedelta(days=40 * i),
            ),
            actor="a",
            at=AT,
        )
    for i in range(4):
        archive.add(
            Complaint(
                number=f"T{i}", customer_number="C1", received_at=AT - timedelta(days=20 * i)
            ),
            actor="a",
            at=AT,
        )
    return archive


def test_per_thousand_over_the_archive_matches_memory(archive: SqlArchive) -> None:
    expected = memory_stats.complaints_per_thousand(
        archive.find(Complaint), car_parc=archive.find(Vehicle)
    )
    got = sql_stats.complaints_per_thousand(archive)
    assert got == expected
    assert (got.complaints, got.car_parc, got.basis) == (4, 3, "vehicles in the archive")


def test_per_thousand_of_vehicles_served_in_a_window(archive: SqlArchive) -> None:
    as_of = date(2025, 10, 9)
    period = within_last(F.complaint.received_at, months=1)
    visits = within_last(F.work_order.opened_at, months=2)
    expected = memory_stats.complaints_per_thousand(
        archive.find(Complaint, period, as_of=as_of),
        car_parc=archive.find(WorkOrder, visits, as_of=as_of),
    )
    got = sql_stats.complaints_per_thousand(archive, complaints=period, served=visits, as_of=as_of)
    assert got == expected
    assert (got.complaints, got.car_parc, str(got.value)) == (2, 2, "1000.0")


def test_per_thousand_with_a_given_car_parc(archive: SqlArchive) -> None:
    got = sql_stats.complaints_per_thousand(archive, car_parc=63_000)
    assert (got.basis, got.car_parc, str(got.value)) == ("given", 63_000, "0.1")


# -- every pushed-down statistic equals the in-memory one ------------------------------

AS_OF = date(2026, 11, 24)
PERIODS = [None, *Period]


def _clear(engine: sa.Engine) -> None:
    with engine.begin() as connection:
        for table in reversed(t.metadata.sorted_tables):
            connection.execute(table.delete())


@pytest.fixture
def load(module_engine: sa.Engine) -> Callable[[Snapshot], tuple[SqlArchive, MemoryArchive]]:
    """A function loading a snapshot into an emptied SqlArchive and a MemoryArchive."""

    def loaded(snapshot: Snapshot) -> tuple[SqlArchive, MemoryArchive]:
        _clear(module_engine)
        sql = SqlArchive(module_engine)
        sql.restore(snapshot)
        memory = MemoryArchive()
        memory.restore(snapshot)
        return sql, memory

    return loaded


def _shifted(record: Any, hours: int, *names: str) -> Any:
    """The record with its instants moved (the strategies keep to shop hours; midnight
    in China Standard Time is 16:00 UTC, where a wrong local date would show)."""
    moved = {
        name: getattr(record, name) + timedelta(hours=hours)
        for name in names
        if getattr(record, name) is not None
    }
    return attrs.evolve(record, **moved)


def _unique(records: list[Any]) -> list[Any]:
    seen: dict[str, Any] = {}
    for record in records:
        seen.setdefault(record.number, record)
    return list(seen.values())


@st.composite
def stat_archives(draw: st.DrawFn) -> Snapshot:
    """Small archives rich in complaints, work orders, appointments and rated follow-ups."""
    snap = draw(s.snapshots(max_customers=3))
    hours = st.integers(min_value=-10, max_value=14)
    complaints = [
        _shifted(c, draw(hours), "received_at", "resolved_at", "closed_at")
        for c in [*snap.complaints, *draw(st.lists(s.complaints(), max_size=12))]
    ]
    orders = [
        _shifted(w, draw(hours), "opened_at", "closed_at")
        for w in [*snap.work_orders, *draw(st.lists(s.work_orders(), max_size=6))]
    ]
    appointments = [
        _shifted(a, draw(hours), "booked_at", "slot", "arrived_at")
        for a in draw(st.lists(s.appointments(), max_size=10))
    ]
    followups = draw(st.lists(s.followups(), max_size=8))
    return attrs.evolve(
        snap,
        complaints=_unique(complaints),
        work_orders=_unique(orders),
        appointments=_unique(appointments),
        followups=_unique(followups),
    )


COMPLAINT_FILTERS: list[Filter | None] = [
    None,
    within_last(F.complaint.received_at, months=30),
    F.complaint.level.in_(["II", "III"]),
    F.complaint.vehicle.brand.is_null(),
]
ORDER_FILTERS: list[Filter | None] = [
    None,
    within_last(F.work_order.opened_at, months=8),
    F.work_order.vehicle.insurer == INSURER_Y,
]
APPOINTMENT_FILTERS: list[Filter | None] = [None, F.appointment.kind == "passive"]
FOLLOWUP_FILTERS: list[Filter | None] = [None, F.followup.kind == "3dc"]


def _assert_parity(
    sql: SqlArchive,
    memory: MemoryArchive,
    *,
    period: Period | None,
    as_of: date,
    complaint_filter: Filter | None = None,
    order_filter: Filter | None = None,
    appointment_filter: Filter | None = None,
    followup_filter: Filter | None = None,
    policy: ComplaintPolicy | None = None,
) -> None:
    complaints = memory.find(Complaint, complaint_filter, as_of=as_of)
    orders = memory.find(WorkOrder, order_filter, as_of=as_of)
    appointments = memory.find(Appointment, appointment_filter, as_of=as_of)
    followups = memory.find(FollowUp, followup_filter, as_of=as_of)
    closure_policy = policy or ComplaintPolicy()
    assert sql_stats.complaint_counts(
        sql, where=complaint_filter, period=period, as_of=as_of
    ) == memory_stats.complaint_counts(complaints, period=period)
    assert sql_stats.on_time_closure(
        sql, where=complaint_filter, policy=closure_policy, as_of=as_of
    ) == memory_stats.on_time_closure(complaints, as_of=as_of, policy=closure_policy)
    assert sql_stats.arrivals_by_type(
        sql, where=order_filter, period=period, as_of=as_of
    ) == operations.arrivals_by_type(orders, period=period)
    assert sql_stats.appointment_rates(
        sql, where=appointment_filter, period=period, as_of=as_of
    ) == operations.appointment_rates(appointments, period=period)
    rated: list[tuple[type[FollowUp] | type[Complaint], list[Any], Filter | None]] = [
        (FollowUp, followups, followup_filter),
        (Complaint, complaints, complaint_filter),
    ]
    for of, records, where in rated:
        assert sql_stats.mean_rating(
            sql, of=of, where=where, as_of=as_of
        ) == satisfaction.mean_rating(records)
        assert sql_stats.csat(sql, of=of, where=where, as_of=as_of) == satisfaction.csat(records)
        assert sql_stats.nps(sql, of=of, where=where, scale=10, as_of=as_of) == satisfaction.nps(
            records, scale=10
        )


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    snapshot=stat_archives(),
    period=st.sampled_from(PERIODS),
    as_of=st.dates(date(2013, 1, 1), date(2027, 12, 31)),
    which=st.integers(min_value=0, max_value=11),
    workdays=st.tuples(*[st.integers(min_value=0, max_value=10)] * 3),
)
def test_random_archives_give_the_same_statistics(
    load: Callable[[Snapshot], tuple[SqlArchive, MemoryArchive]],
    snapshot: Snapshot,
    period: Period | None,
    as_of: date,
    which: int,
    workdays: tuple[int, int, int],
) -> None:
    sql, memory = load(snapshot)
    _assert_parity(
        sql,
        memory,
        period=period,
        as_of=as_of,
        complaint_filter=COMPLAINT_FILTERS[which % len(COMPLAINT_FILTERS)],
        order_filter=ORDER_FILTERS[which % len(ORDER_FILTERS)],
        appointment_filter=APPOINTMENT_FILTERS[which % len(APPOINTMENT_FILTERS)],
        followup_filter=FOLLOWUP_FILTERS[which % len(FOLLOWUP_FILTERS)],
        policy=ComplaintPolicy(
            level_i_workdays=workdays[0],
            level_ii_workdays=workdays[1],
            level_iii_workdays=workdays[2],
        ),
    )


@functools.cache
def _dealership(seed: int) -> Snapshot:
    """A synthetic dealership, with rated follow-ups and more complaints on top."""
    shop = generate_dealership(seed=seed, customers=200, as_of=AS_OF)
    rng = random.Random(seed)
    extra = []
    for i, order in enumerate(shop.work_orders[::9]):
        received = order.opened_at + timedelta(hours=rng.randint(1, 400))
        if received.date() > AS_OF:
            continue
        closed = received + timedelta(hours=rng.randint(1, 300))
        status = rng.choice(list(ComplaintStatus))
        extra.append(
            Complaint(
                number=f"TX{i:06d}",
                customer_number=order.customer_number,
                vin=order.vin,
                received_at=received,
                level=rng.choice(["I", "I", "I", "II", "III"]),
                status=status,
                resolved_at=closed if status in (ComplaintStatus.RESOLVED, status.CLOSED) else None,
                closed_at=closed if status is ComplaintStatus.CLOSED else None,
                satisfaction=rng.choice([None, 3, 4, 5, 5]),
            )
        )
    return attrs.evolve(shop, complaints=[*shop.complaints, *extra])


@pytest.mark.parametrize("period", PERIODS)
def test_a_synthetic_dealership_gives_the_same_statistics(
    load: Callable[[Snapshot], tuple[SqlArchive, MemoryArchive]], period: Period | None
) -> None:
    snapshot = _dealership(seed=4)
    assert len(snapshot.complaints) > 100
    assert len(snapshot.followups) > 20
    sql, memory = load(snapshot)
    for complaint_filter, order_filter in zip(COMPLAINT_FILTERS, ORDER_FILTERS, strict=False):
        _assert_parity(
            sql,
            memory,
            period=period,
            as_of=AS_OF,
            complaint_filter=complaint_filter,
            order_filter=order_filter,
        )
    closure = sql_stats.on_time_closure(sql, as_of=AS_OF)
    assert closure.overall.rate.denominator > 0
    assert closure.overall.closed_late or closure.overall.open_overdue


# -- named examples -------------------------------------------------------------------


def _complaint(number: str, received: datetime, **kw: Any) -> Complaint:
    return Complaint(number=number, customer_number="C000001", received_at=received, **kw)


def test_local_dates_are_taken_in_china_standard_time(
    load: Callable[[Snapshot], tuple[SqlArchive, MemoryArchive]],
) -> None:
    # 23:30 on 31 December and 00:30 on 1 January in Beijing are both 31 December in UTC.
    late_evening = datetime(2025, 12, 31, 23, 30, tzinfo=CHINA_TZ)
    after_midnight = datetime(2026, 1, 1, 0, 30, tzinfo=CHINA_TZ)
    sql, _ = load(
        Snapshot(
            complaints=[
                _complaint("T1", late_evening, level="II"),
                _complaint("T2", after_midnight, level="III"),
            ]
        )
    )
    counts = sql_stats.complaint_counts(sql)
    assert [(row.period, row.level_ii, row.level_iii) for row in counts.rows] == [
        ("2025", 1, 0),
        ("2026", 0, 1),
    ]
    by_day = sql_stats.complaint_counts(sql, period=Period.DAY)
    assert [row.period for row in by_day.rows] == ["2025-12-31", "2026-01-01"]
    # Asked right after the years, the months are months (not a cached year query).
    by_month = sql_stats.complaint_counts(sql, period=Period.MONTH)
    assert [row.period for row in by_month.rows] == ["2025-12", "2026-01"]
    by_quarter = sql_stats.complaint_counts(sql, period=Period.QUARTER)
    assert [row.period for row in by_quarter.rows] == ["2025-Q4", "2026-Q1"]


def test_on_time_closure_names_the_late_and_overdue_complaints(
    load: Callable[[Snapshot], tuple[SqlArchive, MemoryArchive]],
) -> None:
    # Received Monday 2 March 2015: level I is due Tuesday 3 March, level III 11 March.
    received = datetime(2015, 3, 2, 9, 0, tzinfo=CHINA_TZ)
    snapshot = Snapshot(
        complaints=[
            _complaint("T1", received, status="closed", closed_at=received + timedelta(days=1)),
            # Closed ten minutes after midnight of the day after the deadline: late.
            _complaint(
                "T2",
                received,
                status="closed",
                closed_at=datetime(2015, 3, 4, 0, 10, tzinfo=CHINA_TZ),
            ),
            _complaint("T3", received, status="investigating"),
            _complaint("T4", received, level="III", status="open"),
        ]
    )
    sql, memory = load(snapshot)
    result = sql_stats.on_time_closure(sql, as_of=date(2015, 3, 5))
    assert result == memory_stats.on_time_closure(memory.find(Complaint), as_of=date(2015, 3, 5))
    level_i = result.levels[0]
    assert (level_i.rate.numerator, level_i.rate.denominator) == (1, 3)
    assert (level_i.closed_late, level_i.open_overdue) == (("T2",), ("T3",))
    assert result.levels[2].pending == 1


def test_a_rating_off_the_scale_is_refused_naming_the_record(
    load: Callable[[Snapshot], tuple[SqlArchive, MemoryArchive]],
) -> None:
    at = datetime(2025, 10, 13, 10, 0, tzinfo=CHINA_TZ)

    def rated(number: str, rating: int) -> FollowUp:
        return FollowUp(
            number=number,
            kind="3dc",
            customer_number="C000001",
            earliest=at.date(),
            due=at.date(),
            latest=at.date(),
            attempts=[CallAttempt(at, "no_answer"), CallAttempt(at, "completed", rating=rating)],
        )

    sql, memory = load(Snapshot(followups=[rated("F1", 5), rated("F2", 8), rated("F3", 9)]))
    with pytest.raises(InvalidComponent) as expected:
        satisfaction.mean_rating(memory.find(FollowUp), scale=5)
    with pytest.raises(InvalidComponent) as got:
        sql_stats.mean_rating(sql, scale=5)
    assert (
        str(got.value)
        == str(expected.value)
        == ("rating: 8 of FollowUp F2 is outside the 1–5 scale")
    )
    assert sql_stats.mean_rating(sql, scale=10) == RatingSummary(count=3, total=22, scale=10)


def test_the_database_sends_back_grouped_counts_only(
    load: Callable[[Snapshot], tuple[SqlArchive, MemoryArchive]],
) -> None:
    sql, _ = load(_dealership(seed=4))
    statements: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    sa.event.listen(sql.engine, "before_cursor_execute", record)
    try:
        sql_stats.complaint_counts(sql, period=Period.MONTH)
        sql_stats.arrivals_by_type(sql, period=Period.WEEK)
        sql_stats.appointment_rates(sql, period=Period.QUARTER)
        sql_stats.mean_rating(sql)
        sql_stats.csat(sql, of=Complaint)
    finally:
        sa.event.remove(sql.engine, "before_cursor_execute", record)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 6
    assert all("GROUP BY" in s and "count(*)" in s for s in selects)
