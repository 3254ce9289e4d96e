"""SqlArchive on SQLite, PostgreSQL, DuckDB: round trips, numbers, audit, versions, transactions."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy")

import attrs  # noqa: E402

from autocrm.adapters.sqlalchemy import SqlArchive, current_revision, upgrade  # noqa: E402
from autocrm.domain import (  # noqa: E402
    CHINA_TZ,
    Address,
    Appointment,
    AuditAction,
    CallAttempt,
    Complaint,
    Contact,
    Customer,
    FleetAccount,
    FollowUp,
    HandlingRecord,
    OdometerReading,
    OptOut,
    Remedy,
    ReportedIssue,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.errors import (  # noqa: E402
    ConcurrentUpdate,
    InvalidFormat,
    NotFound,
    NotSupported,
    StoreNotFound,
)
from autocrm.ports import AlreadyExists, ArchiveNotEmpty  # noqa: E402
from autocrm.query import F, within_last  # noqa: E402
from autocrm.rules.archive import ArchivePolicy  # noqa: E402

AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
VIN = "LFV2A21K3D3109826"
VIN2 = "1HGCM82633A004352"


@pytest.fixture
def archive(engine: sa.Engine) -> SqlArchive:
    upgrade(engine)
    return SqlArchive(engine)


@pytest.fixture(
    params=["sqlite-file", pytest.param("postgres", marks=pytest.mark.postgres), "duckdb-file"]
)
def shared_engine(request: pytest.FixtureRequest) -> sa.Engine:
    """An engine whose connections are really separate (for two writers)."""
    name = {
        "sqlite-file": "file_engine",
        "postgres": "postgres_engine",
        "duckdb-file": "duckdb_file_engine",
    }[request.param]
    engine: sa.Engine = request.getfixturevalue(name)
    upgrade(engine)
    return engine


def full_customer() -> Customer:
    return Customer(
        name="王建国",
        mobile="13800138000",
        phone="010-6512 3456",
        resident_id="11010519491231002X",
        birth_date=date(1949, 12, 31),
        address=Address("北京市朝阳区建国路88号", postcode="100022"),
        contacts=[Contact("office_phone", "010-6512 3456", label="财务部")],
        opt_outs=[OptOut("marketing", reason="不需要", vin=VIN)],
        tags={"vip", "老客户"},
        categories={"source": "referral", "region": "朝阳"},
        owner="客服-李娜",
        bank_account="6222 0202 0000 1234",
        registered_on=date(2024, 3, 18),
    )


def work_order(number: str = "WO1", *, vin: str = VIN, customer: str = "C000001") -> WorkOrder:
    return WorkOrder(
        number=number,
        customer_number=customer,
        vin=vin,
        opened_at=datetime(2025, 10, 9, 9, 30, tzinfo=CHINA_TZ),
        closed_at=datetime(2025, 10, 9, 16, 0, tzinfo=CHINA_TZ),
        service_types={"保养", "钣喷"},
        mileage_km=15_200,
        lines=[
            WorkOrderLine("机油机滤更换", "420.00"),
            WorkOrderLine("刹车片", "680.50", payer="insurance", kind="part"),
            WorkOrderLine("工时", "0.29"),
        ],
        service_advisor="张伟",
    )


def test_upgrade_creates_tables_and_is_idempotent(engine: sa.Engine) -> None:
    assert current_revision(engine) is None
    upgrade(engine)
    upgrade(engine)
    assert current_revision(engine) == "0005"
    assert "customers" in sa.inspect(engine).get_table_names()


def test_every_type_round_trips(archive: SqlArchive) -> None:
    customer = archive.add(full_customer(), actor="客服-李娜", at=AT)
    records = [
        Vehicle(
            VIN,
            customer.number,
            plate="京A·12345",
            insurer="PICC",
            tags={"fleet"},
            purchased_on=date(2024, 3, 18),
        ),
        OdometerReading(VIN, date(2025, 6, 1), 12_480, source="work_order"),
        work_order(),
        FollowUp(
            number="FU-WO1-3DC",
            kind="3dc",
            customer_number=customer.number,
            vin=VIN,
            work_order_number="WO1",
            earliest=date(2025, 10, 10),
            due=date(2025, 10, 13),
            latest=date(2025, 10, 13),
            attempts=[
                CallAttempt(AT, "no_answer", by="客服-李娜"),
                CallAttempt(
                    AT + timedelta(days=1),
                    "completed",
                    rating=4,
                    issues=[ReportedIssue("服务态度", "service_advisor")],
                ),
            ],
        ),
        Complaint(
            number="TS2025001",
            customer_number=customer.number,
            level="II",
            received_at=AT,
            departments=("售后", "配件"),
            handling=[HandlingRecord("listen", AT, actor="服务经理")],
            remedies=[Remedy("compensation", amount="300")],
            cause="repair_quality",
        ),
        Appointment(
            number="YY001",
            customer_number=customer.number,
            vin=VIN,
            kind="proactive",
            booked_at=AT,
            slot=AT + timedelta(days=1),
            service_types={"保养"},
        ),
        FleetAccount(
            "F001",
            customer_number=customer.number,
            name="某某银行",
            vehicles=120,
            vehicles_served=110,
            influential=True,
            purchase_plan="this_year",
        ),
    ]
    records = [archive.add(record, actor="客服-李娜", at=AT) for record in records]
    assert archive.get(Customer, customer.number) == customer
    for record in records:
        kind = type(record)
        if kind is OdometerReading:
            assert archive.find(OdometerReading) == [record]
        else:
            key = record.vin if kind is Vehicle else record.number  # type: ignore[attr-defined]
            assert archive.get(kind, key) == record
    stored = archive.get(WorkOrder, "WO1")
    assert stored.total == Decimal("1100.79")
    assert stored.paid_by(stored.lines[1].payer) == Decimal("680.50")
    assert [line.amount for line in stored.lines] == [
        Decimal("420.00"),
        Decimal("680.50"),
        Decimal("0.29"),
    ]


def test_datetimes_come_back_aware_in_china_time(archive: SqlArchive) -> None:
    utc = datetime(2025, 9, 30, 17, 0, tzinfo=timezone.utc)  # 2025-10-01 01:00 in Beijing
    archive.add(attrs.evolve(work_order(), opened_at=utc, closed_at=None), actor="a", at=AT)
    stored = archive.get(WorkOrder, "WO1")
    assert stored.opened_at == utc
    assert stored.opened_at.utcoffset() == timedelta(hours=8)
    assert stored.visit_date == date(2025, 10, 1)


def test_customer_numbers_are_sequential_and_never_reused(archive: SqlArchive) -> None:
    first = archive.add(Customer(name="张三"), actor="a", at=AT)
    second = archive.add(Customer(name="李四"), actor="a", at=AT)
    archive.delete(Customer, second.number, actor="a", at=AT)
    third = archive.add(Customer(name="王五"), actor="a", at=AT)
    assert [first.number, second.number, third.number] == ["C000001", "C000002", "C000003"]


def test_customer_number_policy_prefix_and_width(engine: sa.Engine) -> None:
    upgrade(engine)
    archive = SqlArchive(
        engine, policy=ArchivePolicy(customer_number_prefix="KH", customer_number_width=4)
    )
    assert archive.add(Customer(name="张三"), actor="a", at=AT).number == "KH0001"


def test_a_given_number_moves_the_sequence_past_it(archive: SqlArchive) -> None:
    archive.add(Customer(number="C000041", name="张三"), actor="a", at=AT)
    assert archive.add(Customer(name="李四"), actor="a", at=AT).number == "C000042"


def test_a_deleted_customers_number_cannot_be_given_again(archive: SqlArchive) -> None:
    gone = archive.add(Customer(name="张三"), actor="a", at=AT)
    archive.delete(Customer, gone.number, actor="a", at=AT)
    with pytest.raises(AlreadyExists, match="never reused"):
        archive.add(Customer(number=gone.number, name="李四"), actor="a", at=AT)


def test_duplicate_key_is_refused(archive: SqlArchive) -> None:
    archive.add(Vehicle(VIN, "C1"), actor="a", at=AT)
    with pytest.raises(AlreadyExists, match="already"):
        archive.add(Vehicle(VIN, "C2"), actor="a", at=AT)
    assert archive.get(Vehicle, VIN).customer_number == "C1"


def test_update_bumps_version_and_audits_each_changed_field(archive: SqlArchive) -> None:
    customer = archive.add(Customer(name="张三", mobile="13800138000"), actor="a", at=AT)
    later = AT + timedelta(hours=1)
    changed = archive.update(
        attrs.evolve(customer, mobile="13900139000", tags={"vip"}), actor="客服-李娜", at=later
    )
    assert (customer.version, changed.version) == (1, 2)
    assert archive.get(Customer, customer.number) == changed
    trail = archive.audit_trail("customer", customer.number)
    assert [(e.action, e.field, e.old, e.new, e.actor) for e in trail] == [
        (AuditAction.CREATE, None, None, None, "a"),
        (AuditAction.UPDATE, "mobile", "+8613800138000", "+8613900139000", "客服-李娜"),
        (AuditAction.UPDATE, "tags", "[]", '["vip"]', "客服-李娜"),
    ]
    assert trail[1].at == later
    assert archive.audit_trail(Customer) == trail


def test_stale_update_raises_and_writes_nothing(archive: SqlArchive) -> None:
    customer = archive.add(Customer(name="张三"), actor="a", at=AT)
    archive.update(attrs.evolve(customer, name="张三丰"), actor="a", at=AT)
    before = archive.snapshot()
    with pytest.raises(ConcurrentUpdate) as caught:
        archive.update(attrs.evolve(customer, owner="客服-王芳"), actor="b", at=AT)
    assert (caught.value.expected, caught.value.actual) == (1, 2)
    assert caught.value.entity_id == customer.number
    assert archive.snapshot() == before


def test_two_writers_one_wins_the_other_is_told_and_nothing_is_lost(
    shared_engine: sa.Engine,
) -> None:
    clerk_a, clerk_b = SqlArchive(shared_engine), SqlArchive(shared_engine)
    number = clerk_a.add(Customer(name="张三"), actor="a", at=AT).number
    read_a = clerk_a.get(Customer, number)
    read_b = clerk_b.get(Customer, number)
    clerk_a.update(attrs.evolve(read_a, mobile="13800138000"), actor="a", at=AT)
    with pytest.raises(ConcurrentUpdate):
        clerk_b.update(attrs.evolve(read_b, owner="客服-王芳"), actor="b", at=AT)
    fresh = clerk_b.get(Customer, number)
    clerk_b.update(attrs.evolve(fresh, owner="客服-王芳"), actor="b", at=AT)
    final = clerk_a.get(Customer, number)
    assert (final.mobile, final.owner, final.version) == ("+8613800138000", "客服-王芳", 3)


def test_two_concurrent_threads_exactly_one_wins(shared_engine: sa.Engine) -> None:
    archive = SqlArchive(shared_engine)
    number = archive.add(Customer(name="张三"), actor="a", at=AT).number
    read = archive.get(Customer, number)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def write(owner: str) -> None:
        writer = SqlArchive(shared_engine)
        barrier.wait()
        try:
            writer.update(attrs.evolve(read, owner=owner), actor=owner, at=AT)
            outcomes.append("won")
        except ConcurrentUpdate:
            outcomes.append("stale")

    threads = [threading.Thread(target=write, args=(n,)) for n in ("客服-甲", "客服-乙")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["stale", "won"]
    stored = archive.get(Customer, number)
    assert stored.version == 2
    updates = [e for e in archive.audit_trail("customer", number) if e.field == "owner"]
    assert [e.new for e in updates] == [stored.owner]


def test_failure_mid_transaction_leaves_the_database_unchanged(archive: SqlArchive) -> None:
    customer = archive.add(Customer(name="张三"), actor="a", at=AT)
    archive.add(Vehicle(VIN, customer.number), actor="a", at=AT)
    before = archive.snapshot()

    def several_writes_then_a_failure() -> None:
        with archive.unit_of_work() as uow:
            uow.add(Customer(name="李四"), actor="a", at=AT)
            uow.update(attrs.evolve(customer, name="张三丰"), actor="a", at=AT)
            uow.delete(Vehicle, VIN, actor="a", at=AT)
            uow.add(work_order(), actor="a", at=AT)
            raise RuntimeError("the connection dropped")

    with pytest.raises(RuntimeError, match="dropped"):
        several_writes_then_a_failure()
    assert archive.snapshot() == before
    # The number handed out inside the rolled-back transaction was never issued.
    assert archive.add(Customer(name="李四"), actor="a", at=AT).number == "C000002"


def test_a_stale_write_inside_a_unit_of_work_undoes_the_whole_unit(archive: SqlArchive) -> None:
    customer = archive.add(Customer(name="张三"), actor="a", at=AT)
    archive.update(attrs.evolve(customer, name="张三丰"), actor="a", at=AT)
    before = archive.snapshot()

    def add_then_stale_update() -> None:
        with archive.unit_of_work() as uow:
            uow.add(Vehicle(VIN, customer.number), actor="a", at=AT)
            uow.update(attrs.evolve(customer, owner="x"), actor="a", at=AT)

    with pytest.raises(ConcurrentUpdate):
        add_then_stale_update()
    assert archive.snapshot() == before


def test_a_nested_unit_of_work_is_a_savepoint(
    archive: SqlArchive, request: pytest.FixtureRequest
) -> None:
    if archive.engine.dialect.name == "duckdb":
        request.applymarker(
            pytest.mark.xfail(
                strict=True,
                raises=NotSupported,
                reason="DuckDB has no SAVEPOINT: a nested unit of work is refused",
            )
        )

    def failing_inner(uow: SqlArchive) -> None:
        with uow.unit_of_work() as inner:
            inner.add(Vehicle(VIN2, "C000001"), actor="a", at=AT)
            raise RuntimeError("inner failed")

    with archive.unit_of_work() as uow:
        uow.add(Vehicle(VIN, "C000001"), actor="a", at=AT)
        with pytest.raises(RuntimeError):
            failing_inner(uow)
    assert [v.vin for v in archive.find(Vehicle)] == [VIN]


def test_duckdb_refuses_a_nested_unit_of_work_and_the_outer_one_writes_nothing() -> None:
    archive = SqlArchive.from_url("duckdb:///:memory:")

    def nested() -> None:
        with archive.unit_of_work() as uow:
            uow.add(Vehicle(VIN, "C000001"), actor="a", at=AT)
            with uow.unit_of_work():
                uow.add(Vehicle(VIN2, "C000001"), actor="a", at=AT)

    with pytest.raises(NotSupported, match="SAVEPOINT") as refused:
        nested()
    assert "duckdb" in str(refused.value)
    assert archive.count(Vehicle) == 0
    with archive.unit_of_work() as uow:  # a single unit of work is all or nothing, as anywhere
        uow.add(Vehicle(VIN, "C000001"), actor="a", at=AT)
    assert [v.vin for v in archive.find(Vehicle)] == [VIN]


def test_opening_a_missing_duckdb_file_to_read_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "shop.duckdb"
    with pytest.raises(StoreNotFound, match="does not exist"):
        SqlArchive.from_url(f"duckdb:///{missing}", create=False)
    assert not missing.exists()
    SqlArchive.from_url(f"duckdb:///{missing}").engine.dispose()
    reopened = SqlArchive.from_url(f"duckdb:///{missing}", create=False)
    assert reopened.count(Customer) == 0
    reopened.engine.dispose()


def test_an_update_that_changes_nothing_writes_nothing(archive: SqlArchive) -> None:
    customer = archive.add(Customer(name="张三"), actor="a", at=AT)
    assert archive.update(customer, actor="b", at=AT) == customer
    assert len(archive.audit_trail("customer", customer.number)) == 1


def test_actor_and_time_are_required(archive: SqlArchive) -> None:
    with pytest.raises(InvalidFormat) as caught:
        archive.add(Customer(name="张三"), actor=" ", at=AT)
    assert caught.value.field == "actor"
    with pytest.raises(InvalidFormat) as caught:
        archive.add(Customer(name="张三"), actor="a", at=datetime(2025, 1, 1))
    assert caught.value.field == "at"
    assert archive.count(Customer) == 0


def test_unit_of_work_commits_all_writes(archive: SqlArchive) -> None:
    with archive.unit_of_work() as uow:
        customer = uow.add(Customer(name="张三"), actor="a", at=AT)
        uow.add(Vehicle(VIN, customer.number), actor="a", at=AT)
    assert archive.count(Vehicle) == 1
    assert archive.get(Vehicle, VIN).customer_number == "C000001"


def test_get_and_delete_of_missing_records_raise_not_found(archive: SqlArchive) -> None:
    with pytest.raises(NotFound, match="C404"):
        archive.get(Customer, "C404")
    with pytest.raises(NotFound):
        archive.delete(Vehicle, VIN, actor="a", at=AT)
    with pytest.raises(NotFound):
        archive.update(Customer(number="C404", name="x"), actor="a", at=AT)


def test_delete_removes_record_and_children_and_is_audited(archive: SqlArchive) -> None:
    archive.add(work_order(), actor="a", at=AT)
    archive.delete(WorkOrder, "WO1", actor="b", at=AT)
    assert archive.count(WorkOrder) == 0
    with archive.engine.connect() as connection:
        assert connection.execute(sa.text("select count(*) from work_order_lines")).scalar() == 0
    assert archive.audit_trail("work_order", "WO1")[-1].action is AuditAction.DELETE


def test_snapshot_restore_round_trip_on_another_database(archive: SqlArchive) -> None:
    customer = archive.add(full_customer(), actor="a", at=AT)
    archive.add(Vehicle(VIN, customer.number, insurer="PICC"), actor="a", at=AT)
    archive.add(work_order(), actor="a", at=AT)
    archive.add(OdometerReading(VIN, date(2025, 6, 1), 12_480), actor="a", at=AT)
    gone = archive.add(Customer(name="李四"), actor="a", at=AT)
    archive.delete(Customer, gone.number, actor="a", at=AT)
    snap = archive.snapshot()
    other = SqlArchive.from_url("sqlite://")
    other.restore(snap)
    assert other.snapshot() == snap
    # The deleted customer's number is not given again after a restore.
    assert other.add(Customer(name="王五"), actor="a", at=AT).number == "C000003"
    with pytest.raises(ArchiveNotEmpty):
        other.restore(snap)


def test_restore_refuses_a_snapshot_repeating_a_key(engine: sa.Engine) -> None:
    from autocrm.domain import Snapshot

    upgrade(engine)
    archive = SqlArchive(engine)
    twice = Snapshot(vehicles=[Vehicle(VIN, "C1"), Vehicle(VIN, "C2")])
    with pytest.raises(AlreadyExists):
        archive.restore(twice)
    assert archive.snapshot() == Snapshot()


def test_find_and_count_push_filters_down(archive: SqlArchive) -> None:
    archive.add(Vehicle(VIN, "C000001", insurer="PICC"), actor="a", at=AT)
    archive.add(Vehicle(VIN2, "C000002"), actor="a", at=AT)
    archive.add(work_order("WO1", vin=VIN), actor="a", at=AT)
    archive.add(work_order("WO2", vin=VIN2, customer="C000002"), actor="a", at=AT)
    picc = F.work_order.vehicle.insurer == "PICC"
    assert [w.number for w in archive.find(WorkOrder, picc)] == ["WO1"]
    assert [w.number for w in archive.find(WorkOrder, ~picc)] == ["WO2"]
    assert archive.count(WorkOrder, F.work_order.insurance_paid == "680.50") == 2
    assert archive.count(WorkOrder, F.work_order.total > "1100.78") == 2
    assert archive.count(WorkOrder, F.work_order.service_types.contains("钣喷")) == 2
    recent = within_last(F.work_order.opened_at, months=8)
    assert archive.count(WorkOrder, recent, as_of=date(2026, 3, 1)) == 2
    assert archive.count(WorkOrder, recent, as_of=date(2026, 7, 1)) == 0
    assert archive.count(Vehicle, F.vehicle.insurer.is_null()) == 1


@pytest.mark.parametrize(("scheme", "name"), [("sqlite", "shop.db"), ("duckdb", "shop.duckdb")])
def test_from_url_creates_a_database_file_and_reopens_it(
    tmp_path: object, scheme: str, name: str
) -> None:
    url = f"{scheme}:///{tmp_path}/{name}"  # type: ignore[str-bytes-safe]
    first = SqlArchive.from_url(url)
    first.add(Customer(name="张三"), actor="a", at=AT)
    first.engine.dispose()
    again = SqlArchive.from_url(url)
    assert [c.name for c in again.find(Customer)] == ["张三"]
    again.engine.dispose()


@pytest.mark.parametrize("url", ["sqlite://", "duckdb:///:memory:"])
def test_month_grouping_after_year_grouping_uses_its_own_sql(url: str) -> None:
    # SQLAlchemy caches compiled statements; the period unit must be part of the key.
    from datetime import datetime

    from autocrm.adapters.sqlalchemy import SqlArchive
    from autocrm.domain import CHINA_TZ, Complaint
    from autocrm.query import F, count, month, year

    archive = SqlArchive.from_url(url)
    archive.add(
        Complaint(
            "T1", customer_number="C000001", received_at=datetime(2014, 3, 5, 9, tzinfo=CHINA_TZ)
        ),
        actor="test",
        at=datetime(2014, 3, 5, 10, tzinfo=CHINA_TZ),
    )
    by_year = archive.aggregate(
        Complaint, group_by=[year(F.complaint.received_at)], measures={"n": count()}
    ).to_rows()
    by_month = archive.aggregate(
        Complaint, group_by=[month(F.complaint.received_at)], measures={"n": count()}
    ).to_rows()
    assert [list(r.values()) for r in by_year] == [["2014", 1]]
    assert [list(r.values()) for r in by_month] == [["2014-03", 1]]


@pytest.mark.parametrize("url", ["sqlite://", "duckdb:///:memory:"])
def test_a_copy_read_before_a_delete_is_stale_after_the_record_is_added_again(url: str) -> None:
    from datetime import datetime

    from autocrm.adapters.sqlalchemy import SqlArchive
    from autocrm.domain import CHINA_TZ, Vehicle
    from autocrm.errors import ConcurrentUpdate

    at = datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ)
    archive = SqlArchive.from_url(url)
    old = archive.add(Vehicle("LFV2A21K3D3109826", "C000001"), actor="x", at=at)
    archive.delete(Vehicle, old.vin, actor="x", at=at)
    again = archive.add(Vehicle("LFV2A21K3D3109826", "C000002"), actor="x", at=at)
    assert again.version == old.version + 1
    with pytest.raises(ConcurrentUpdate):
        archive.update(attrs.evolve(old, insurer="PICC"), actor="x", at=at)
    assert archive.get(Vehicle, old.vin).customer_number == "C000002"


def test_duckdb_takes_china_dates_whatever_the_session_time_zone() -> None:
    from sqlalchemy.pool import StaticPool

    from autocrm.adapters.sqlalchemy import stats as sql_stats
    from autocrm.domain import Complaint
    from autocrm.query import count, month
    from autocrm.stats import Period, complaint_counts

    # DuckDB reads TIMESTAMPTZ in the session's zone (the machine's by default): a
    # shop's laptop set to Asia/Shanghai must still group 31 October 23:30 in October.
    engine = sa.create_engine("duckdb:///:memory:", poolclass=StaticPool)

    @sa.event.listens_for(engine, "connect")
    def in_china(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("SET TimeZone = 'Asia/Shanghai'")

    upgrade(engine)
    archive = SqlArchive(engine)
    late = datetime(2025, 10, 31, 23, 30, tzinfo=CHINA_TZ)
    archive.add(Complaint("T1", customer_number="C000001", received_at=late), actor="a", at=late)
    by_month = archive.aggregate(
        Complaint, group_by=[month(F.complaint.received_at)], measures={"n": count()}
    ).to_rows()
    assert [list(r.values()) for r in by_month] == [["2025-10", 1]]
    by_day = sql_stats.complaint_counts(archive, period=Period.DAY)
    assert [row.period for row in by_day.rows] == [
        row.period
        for row in complaint_counts([archive.get(Complaint, "T1")], period=Period.DAY).rows
    ]
    assert "2025-10-31" in str(by_day.rows[0].period)
