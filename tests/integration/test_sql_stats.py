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
from tests.integration.conftest import cleared  # noqa: E402

from autocrm.adapters.memory import MemoryArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import stats as sql_stats  # noqa: E402
from autocrm.domain import (  # noqa: E402
    CHINA_TZ,
    Appointment,
    CallAttempt,
    Complaint,
    FleetAccount,
    FollowUp,
    IssueCategory,
    JobPosition,
    ReportedIssue,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.domain.complaint import ComplaintStatus  # noqa: E402
from autocrm.errors import InvalidComponent  # noqa: E402
from autocrm.query import F, Filter, within_last  # noqa: E402
from autocrm.rules.complaints import ComplaintPolicy  # noqa: E402
from autocrm.stats import appointments as appointment_stats  # noqa: E402
from autocrm.stats import arrivals as arrival_stats  # noqa: E402
from autocrm.stats import complaints as memory_stats  # noqa: E402
from autocrm.stats import fleet, satisfaction  # noqa: E402
from autocrm.stats import issues as issue_stats  # noqa: E402
from autocrm.stats.rates import Period  # noqa: E402
from autocrm.stats.satisfaction import Breakdown, RatingSummary  # noqa: E402
from autocrm.testing import strategies as s  # noqa: E402
from autocrm.testing.synthetic import INSURER_Y, generate_dealership  # noqa: E402

AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
VINS = ["LFV2A21K3D3109826", "1HGCM82633A004352", "WVWZZZ1JZ3W386752"]


@pytest.fixture
def archive(module_engine: sa.Engine) -> SqlArchive:
    cleared(module_engine)
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


@pytest.fixture
def load(module_engine: sa.Engine) -> Callable[[Snapshot], tuple[SqlArchive, MemoryArchive]]:
    """A function loading a snapshot into an emptied SqlArchive and a MemoryArchive."""

    def loaded(snapshot: Snapshot) -> tuple[SqlArchive, MemoryArchive]:
        cleared(module_engine)
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
    # Link some follow-ups and complaints to the work orders drawn, so that the
    # advisor / technician breakdowns have someone to find.
    numbers = st.sampled_from([None, "WO-MISSING", *(w.number for w in orders)])
    followups = [attrs.evolve(f, work_order_number=draw(numbers)) for f in followups]
    complaints = [attrs.evolve(c, work_order_number=draw(numbers)) for c in complaints]
    accounts = draw(st.lists(s.fleet_accounts(), max_size=8))
    return attrs.evolve(
        snap,
        complaints=_unique(complaints),
        work_orders=_unique(orders),
        appointments=_unique(appointments),
        followups=_unique(followups),
        fleet_accounts=_unique([*snap.fleet_accounts, *accounts]),
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
FLEET_FILTERS: list[Filter | None] = [None, F.fleet_account.vehicles >= 20]
BREAKDOWNS: list[Breakdown | None] = [None, *Breakdown]


def _outcome(compute: Callable[[], Any]) -> Any:
    """The result, or the type and message of the error raised (both engines must agree)."""
    try:
        return compute()
    except InvalidComponent as error:
        return type(error), str(error)


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
    fleet_filter: Filter | None = None,
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
    ) == arrival_stats.arrivals_by_type(orders, period=period)
    assert sql_stats.appointment_rates(
        sql, where=appointment_filter, period=period, as_of=as_of
    ) == appointment_stats.appointment_rates(appointments, period=period)
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
        for by in BREAKDOWNS:
            for scale in (5, 10):
                got = _outcome(
                    functools.partial(
                        sql_stats.satisfaction_by_period,
                        sql,
                        of=of,
                        period=period,
                        by=by,
                        where=where,
                        as_of=as_of,
                        scale=scale,
                    )
                )
                expected = _outcome(
                    functools.partial(
                        satisfaction.satisfaction_by_period,
                        records,
                        period=period,
                        by=by,
                        work_orders=memory.find(WorkOrder),
                        scale=scale,
                    )
                )
                assert got == expected, (of, by, scale)
    assert sql_stats.issue_breakdown(
        sql, where=followup_filter, as_of=as_of
    ) == issue_stats.issue_breakdown(followups)
    accounts = memory.find(FleetAccount, fleet_filter, as_of=as_of)
    assert sql_stats.fleet_table(sql, where=fleet_filter, as_of=as_of) == fleet.fleet_table(
        accounts
    )
    assert sql_stats.service_table(sql, where=fleet_filter, as_of=as_of) == fleet.service_table(
        accounts
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
        fleet_filter=FLEET_FILTERS[which % len(FLEET_FILTERS)],
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
    for i, (complaint_filter, order_filter) in enumerate(
        zip(COMPLAINT_FILTERS, ORDER_FILTERS, strict=False)
    ):
        _assert_parity(
            sql,
            memory,
            period=period,
            as_of=AS_OF,
            complaint_filter=complaint_filter,
            order_filter=order_filter,
            followup_filter=FOLLOWUP_FILTERS[i % len(FOLLOWUP_FILTERS)],
            fleet_filter=FLEET_FILTERS[i % len(FLEET_FILTERS)],
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
        sql_stats.satisfaction_by_period(sql, period=Period.MONTH, by=Breakdown.JOB_POSITION)
        sql_stats.satisfaction_by_period(
            sql, of=Complaint, period=Period.WEEK, by=Breakdown.SERVICE_ADVISOR
        )
        sql_stats.issue_breakdown(sql)
        sql_stats.fleet_table(sql)
        sql_stats.service_table(sql)
    finally:
        sa.event.remove(sql.engine, "before_cursor_execute", record)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 12
    assert all("GROUP BY" in s and "count(*)" in s for s in selects)


# -- satisfaction by period and staff, reported issues, fleet tables --------------------


def test_a_150_customer_dealership_gives_the_same_breakdowns(
    load: Callable[[Snapshot], tuple[SqlArchive, MemoryArchive]],
) -> None:
    snapshot = generate_dealership(seed=11, customers=150, as_of=AS_OF)
    sql, memory = load(snapshot)
    followups, orders = memory.find(FollowUp), memory.find(WorkOrder)
    issues = issue_stats.issue_breakdown(followups)
    assert issues.total > 0
    assert sql_stats.issue_breakdown(sql) == issues
    for by in BREAKDOWNS:
        for period in (Period.MONTH, None):
            expected = satisfaction.satisfaction_by_period(
                followups, period=period, by=by, work_orders=orders
            )
            got = sql_stats.satisfaction_by_period(sql, period=period, by=by)
            assert got == expected
            assert sum(row.ratings.count for row in got.rows) > 0
    by_advisor = sql_stats.satisfaction_by_period(sql, period=None, by=Breakdown.SERVICE_ADVISOR)
    assert any(row.group is not None for row in by_advisor.rows)
    accounts = memory.find(FleetAccount)
    assert sql_stats.fleet_table(sql) == fleet.fleet_table(accounts)
    assert sql_stats.service_table(sql) == fleet.service_table(accounts)


def _called(
    number: str, day: int, rating: int | None, *issues: ReportedIssue, **kw: Any
) -> FollowUp:
    # 00:30 in Beijing is the evening before in UTC: the local date must be Beijing's.
    at = datetime(2025, 10, day, 0, 30, tzinfo=CHINA_TZ)
    return FollowUp(
        number=number,
        kind="3dc",
        customer_number="C000001",
        earliest=at.date(),
        due=at.date(),
        latest=at.date(),
        status="completed",
        attempts=[
            CallAttempt(at - timedelta(days=1), "no_answer", by="客服-王芳"),
            CallAttempt(at, "completed", by="客服-李娜", rating=rating, issues=issues),
            CallAttempt(at, "completed", by="客服-王芳", rating=1),  # not the completed call
        ],
        **kw,
    )


def test_ratings_by_job_position_count_each_call_once_per_position(
    load: Callable[[Snapshot], tuple[SqlArchive, MemoryArchive]],
) -> None:
    advisor = ReportedIssue("服务态度", "service_advisor")
    sql, memory = load(
        Snapshot(
            followups=[
                _called("F1", 1, 5, advisor, ReportedIssue("服务流程", "service_advisor")),
                _called("F2", 1, 3, advisor, ReportedIssue("维修技术", "technician")),
                _called("F3", 8, 4),
                _called("F4", 8, None, advisor),
            ]
        )
    )
    table = sql_stats.satisfaction_by_period(sql, period=Period.WEEK, by="岗位")
    assert table == satisfaction.satisfaction_by_period(
        memory.find(FollowUp), period=Period.WEEK, by="岗位"
    )
    assert [(r.period, r.group, r.ratings.count, r.ratings.total) for r in table.rows] == [
        ("2025-W40", "service_advisor", 2, 8),
        ("2025-W40", "technician", 1, 3),
        ("2025-W41", None, 1, 4),
    ]
    by_handler = sql_stats.satisfaction_by_period(sql, period=None, by=Breakdown.HANDLER)
    assert [(r.group, r.ratings.count) for r in by_handler.rows] == [("客服-李娜", 3)]
    issues = sql_stats.issue_breakdown(sql)
    assert issues == issue_stats.issue_breakdown(memory.find(FollowUp))
    assert (issues.calls, issues.calls_with_issues, issues.total) == (4, 3, 5)
    assert issues.cells[0] == (IssueCategory.ATTITUDE, JobPosition.SERVICE_ADVISOR, 3)


def test_complaint_handling_is_rated_when_settled_and_attributed_to_the_order(
    load: Callable[[Snapshot], tuple[SqlArchive, MemoryArchive]],
) -> None:
    received = datetime(2025, 9, 30, 9, tzinfo=CHINA_TZ)
    order = WorkOrder(
        "WO1",
        customer_number="C000001",
        vin=VINS[0],
        opened_at=received - timedelta(days=3),
        service_types=["小修"],
        service_advisor="张伟",
        technician="刘强",
    )
    complaints = [
        _complaint(
            "T1",
            received,
            work_order_number="WO1",
            satisfaction=4,
            status="closed",
            resolved_at=received + timedelta(days=1),
            closed_at=datetime(2025, 10, 1, 0, 5, tzinfo=CHINA_TZ),
        ),
        _complaint(
            "T2",
            received,
            work_order_number="WO1",
            satisfaction=2,
            status="resolved",
            resolved_at=received + timedelta(hours=2),
        ),
        _complaint("T3", received, satisfaction=5),
    ]
    sql, memory = load(Snapshot(work_orders=[order], complaints=complaints))
    table = sql_stats.satisfaction_by_period(
        sql, of=Complaint, period=Period.MONTH, by=Breakdown.TECHNICIAN
    )
    assert table == satisfaction.satisfaction_by_period(
        memory.find(Complaint), period=Period.MONTH, by=Breakdown.TECHNICIAN, work_orders=[order]
    )
    assert [(r.period, r.group, r.ratings.count) for r in table.rows] == [
        ("2025-09", "刘强", 1),
        ("2025-09", None, 1),
        ("2025-10", "刘强", 1),
    ]


def test_fleet_tables_sum_the_classes_in_the_database(
    load: Callable[[Snapshot], tuple[SqlArchive, MemoryArchive]],
) -> None:
    def account(number: str, cls: str | None, vehicles: int, served: int, **kw: Any) -> Any:
        return FleetAccount(
            number,
            customer_number="C000001",
            name="某某银行",
            vehicles=vehicles,
            vehicles_served=served,
            fleet_class=cls,
            **kw,
        )

    accounts = [
        account("F1", "A", 3990, 3823, agreement_signed=True, site_visited=True),
        account("F2", "B", 1971, 1575, site_visited=True, site_serviced=True),
        account("F3", "B", 30, 10),
        account("F4", None, 5, 5),
    ]
    sql, _ = load(Snapshot(fleet_accounts=accounts))
    table = sql_stats.fleet_table(sql)
    assert table == fleet.fleet_table(accounts)
    assert (table.row("B").customers, table.row("B").vehicles, table.row("B").served) == (
        2,
        2001,
        1585,
    )
    assert (table.unclassified, f"{table.total.share}") == (1, "90%")
    services = sql_stats.service_table(sql, where=F.fleet_account.vehicles >= 100)
    assert services == fleet.service_table(accounts[:2])
    assert str(services.total.site_visited) == "2 / 5,961"


# -- encrypted archives -----------------------------------------------------------------


def test_filters_on_encrypted_fields_select_the_customers_records(engine: sa.Engine) -> None:
    # With a cipher the mobile and the resident ID are stored encrypted: an exact test
    # compares their look-up hashes, never the ciphertext, which matches nothing.
    from autocrm.adapters.crypto import FieldCipher
    from autocrm.adapters.sqlalchemy import upgrade
    from autocrm.domain import Customer

    upgrade(engine)
    cipher = FieldCipher({"k1": bytes(range(32))}, current="k1", lookup_key=bytes(16))
    archive = SqlArchive(engine, cipher=cipher)
    wang = archive.add(
        Customer(name="王建国", mobile="13800138000", resident_id="11010519491231002X"),
        actor="a",
        at=AT,
    )
    archive.add(Customer(name="李四", mobile="13900139000"), actor="a", at=AT)
    for number, customer in [("T1", wang.number), ("T2", wang.number), ("T3", "C000002")]:
        archive.add(
            Complaint(number=number, customer_number=customer, received_at=AT, level="II"),
            actor="a",
            at=AT,
        )
    by_mobile = F.complaint.customer.mobile == "+8613800138000"
    assert sql_stats.complaint_counts(archive, where=by_mobile, period=None).total.total == 2
    by_id = F.complaint.customer.resident_id == "11010519491231002X"
    assert sql_stats.complaint_counts(archive, where=by_id, period=None).total.level_ii == 2
    closure = sql_stats.on_time_closure(archive, where=by_mobile, as_of=date(2025, 12, 31))
    assert closure.overall.rate.denominator == 2
