"""The Repository contract: every archive keeps the same promises.

One suite, run against ``MemoryArchive`` and ``SqlArchive`` on SQLite, PostgreSQL
(when ``AUTOCRM_TEST_POSTGRES_URL`` is set) and DuckDB, through the ``archive``
fixture: customer numbers, keys, versions and the audit trail, units of work,
snapshot and restore, queries. What only one archive has (SQL migrations, two
writers on one database, DuckDB's missing SAVEPOINT, the memory archive's
indexes) is tested beside it, in ``tests/unit/test_memory_archive.py`` and
``tests/integration/test_sql_archive.py``. A gap of one engine is a visible
marker (``xfail(strict=True)``), never a silently skipped engine.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

sa = pytest.importorskip("sqlalchemy")

import attrs  # noqa: E402

from autocrm.adapters.memory import MemoryArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
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
    Payer,
    Remedy,
    ReportedIssue,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.errors import (  # noqa: E402
    ConcurrentUpdate,
    InvalidFormat,
    NotFound,
    NotSupported,
    UnsupportedType,
)
from autocrm.ports import AlreadyExists, ArchiveNotEmpty, Repository  # noqa: E402
from autocrm.query import F, TypeMismatch, count, month, sum_money, within_last  # noqa: E402
from autocrm.rules.archive import ArchivePolicy  # noqa: E402

PASSAT = "LFV2A21K3D3109826"
ACCORD = "1HGCM82633A004352"
AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
LATER = datetime(2025, 10, 10, 15, 30, tzinfo=CHINA_TZ)
CLERK = "客服-李娜"

#: The archives every contract test runs on (PostgreSQL only when its URL is set).
KINDS = ["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres), "duckdb"]

Factory = Callable[..., Repository]


def _postgres_archive(policy: ArchivePolicy, cleanups: list[Callable[[], None]]) -> SqlArchive:
    url = os.environ.get("AUTOCRM_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("AUTOCRM_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped")
    schema = f"autocrm_contract_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    engine = sa.create_engine(url, connect_args={"options": f"-csearch_path={schema}"})

    def drop() -> None:
        engine.dispose()
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()

    cleanups.append(drop)
    upgrade(engine)
    return SqlArchive(engine, policy=policy)


@pytest.fixture(params=KINDS)
def new_archive(request: pytest.FixtureRequest) -> Iterator[Factory]:
    """Make empty archives of one kind (each call a database of its own)."""
    kind: str = request.param
    cleanups: list[Callable[[], None]] = []

    def make(policy: ArchivePolicy | None = None) -> Repository:
        used = policy or ArchivePolicy()
        if kind == "memory":
            return MemoryArchive(policy=used)
        if kind == "postgres":
            return _postgres_archive(used, cleanups)
        if kind == "duckdb":
            pytest.importorskip("duckdb_engine")
        url = "sqlite://" if kind == "sqlite" else "duckdb:///:memory:"
        archive = SqlArchive.from_url(url, policy=used)
        cleanups.append(archive.engine.dispose)
        return archive

    make.kind = kind  # type: ignore[attr-defined]
    yield make
    for cleanup in reversed(cleanups):
        cleanup()


@pytest.fixture
def archive(new_archive: Factory) -> Repository:
    return new_archive()


def kind_of(archive: Repository) -> str:
    if isinstance(archive, MemoryArchive):
        return "memory"
    assert isinstance(archive, SqlArchive)
    return archive.engine.dialect.name


def person(name: str = "王建国", **kw: object) -> Customer:
    return Customer(name=name, **kw)  # type: ignore[arg-type]


def visit(number: str, vin: str, owner: str, day: int, amount: str = "420.00") -> WorkOrder:
    return WorkOrder(
        number,
        customer_number=owner,
        vin=vin,
        opened_at=datetime(2025, 10, day, 9, 0, tzinfo=CHINA_TZ),
        service_types=["保养"],
        lines=[WorkOrderLine("保养", amount), WorkOrderLine("钣喷", "1000", payer=Payer.INSURANCE)],
    )


def fill(archive: Repository) -> Repository:
    """A company with two cars and two visits, a complaint, an update and a deletion."""
    bank = archive.add(person("华夏银行北京分行", kind="company"), actor=CLERK, at=AT)
    gone = archive.add(person("李秀英"), actor=CLERK, at=AT)
    archive.add(Vehicle(PASSAT, bank.number, insurer="平安产险"), actor=CLERK, at=AT)
    archive.add(Vehicle(ACCORD, bank.number, insurer="人保财险"), actor=CLERK, at=AT)
    archive.add(visit("WO1", PASSAT, bank.number, 9), actor=CLERK, at=AT)
    archive.add(visit("WO2", ACCORD, bank.number, 10, "99.90"), actor=CLERK, at=AT)
    archive.add(OdometerReading(PASSAT, date(2025, 10, 9), 15_200), actor=CLERK, at=AT)
    archive.add(
        Complaint("TS1", customer_number=bank.number, received_at=AT, level="II"),
        actor=CLERK,
        at=AT,
    )
    archive.update(attrs.evolve(bank, region="东城区"), actor=CLERK, at=LATER)
    archive.delete(Customer, gone.number, actor=CLERK, at=LATER)
    return archive


# -- every record type ------------------------------------------------------------------


def test_every_type_round_trips(archive: Repository) -> None:
    customer = archive.add(
        Customer(
            name="王建国",
            mobile="13800138000",
            phone="010-6512 3456",
            resident_id="11010519491231002X",
            birth_date=date(1949, 12, 31),
            address=Address("北京市朝阳区建国路88号", postcode="100022"),
            contacts=[Contact("office_phone", "010-6512 3456", label="财务部")],
            opt_outs=[OptOut("marketing", reason="不需要", vin=PASSAT)],
            tags={"vip", "老客户"},
            categories={"source": "referral", "region": "朝阳"},
            owner=CLERK,
            bank_account="6222 0202 0000 1234",
            registered_on=date(2024, 3, 18),
        ),
        actor=CLERK,
        at=AT,
    )
    records = [
        Vehicle(PASSAT, customer.number, plate="京A·12345", insurer="PICC", tags={"fleet"}),
        OdometerReading(PASSAT, date(2025, 6, 1), 12_480, source="work_order"),
        attrs.evolve(
            visit("WO1", PASSAT, customer.number, 9),
            closed_at=datetime(2025, 10, 9, 16, 0, tzinfo=CHINA_TZ),
            mileage_km=15_200,
            service_advisor="张伟",
        ),
        FollowUp(
            number="FU-WO1-3DC",
            kind="3dc",
            customer_number=customer.number,
            vin=PASSAT,
            work_order_number="WO1",
            earliest=date(2025, 10, 10),
            due=date(2025, 10, 13),
            latest=date(2025, 10, 13),
            attempts=[
                CallAttempt(AT, "no_answer", by=CLERK),
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
            vin=PASSAT,
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
    stored = [archive.add(record, actor=CLERK, at=AT) for record in records]
    assert archive.get(Customer, customer.number) == customer
    for record in stored:
        if isinstance(record, OdometerReading):
            assert archive.find(OdometerReading) == [record]
        else:
            key = record.vin if isinstance(record, Vehicle) else record.number  # type: ignore[attr-defined]
            assert archive.get(type(record), key) == record
    assert archive.get(WorkOrder, "WO1").total == Decimal("1420.00")


# -- customer numbers -------------------------------------------------------------------


def test_customers_get_sequential_numbers_from_the_policy(new_archive: Factory) -> None:
    archive = new_archive()
    first = archive.add(person("王建国"), actor=CLERK, at=AT)
    second = archive.add(person("李秀英"), actor=CLERK, at=AT)
    assert (first.number, second.number) == ("C000001", "C000002")
    assert (first.version, second.version) == (1, 1)
    custom = new_archive(ArchivePolicy(customer_number_prefix="BJ", customer_number_width=4))
    assert custom.add(person(), actor=CLERK, at=AT).number == "BJ0001"


def test_a_deleted_customers_number_is_never_reused(archive: Repository) -> None:
    archive.add(person("王建国"), actor=CLERK, at=AT)
    gone = archive.add(person("李秀英"), actor=CLERK, at=AT)
    archive.delete(Customer, gone.number, actor=CLERK, at=LATER)
    assert archive.add(person("张伟"), actor=CLERK, at=LATER).number == "C000003"
    with pytest.raises(AlreadyExists, match="never reused") as caught:
        archive.add(person("李秀英", number="C000002"), actor=CLERK, at=LATER)
    assert caught.value.entity_id == "C000002"


def test_an_imported_number_moves_the_sequence_past_it(archive: Repository) -> None:
    assert archive.add(person(number="C000010"), actor=CLERK, at=AT).number == "C000010"
    assert archive.add(person(number="VIP-0001"), actor=CLERK, at=AT).number == "VIP-0001"
    assert archive.add(person(), actor=CLERK, at=AT).number == "C000011"


def test_adding_an_existing_key_is_refused(archive: Repository) -> None:
    archive.add(Vehicle(PASSAT, "C000001"), actor=CLERK, at=AT)
    with pytest.raises(AlreadyExists) as caught:
        archive.add(Vehicle(PASSAT, "C000002"), actor=CLERK, at=AT)
    assert (caught.value.entity, caught.value.entity_id) == ("vehicle", PASSAT)
    assert archive.get(Vehicle, PASSAT).customer_number == "C000001"


# -- versions and the audit trail ---------------------------------------------------------


def test_update_bumps_the_version_and_audits_each_changed_field(archive: Repository) -> None:
    c = archive.add(person(mobile="13800138000"), actor="system", at=AT)
    changed = attrs.evolve(c, mobile="13900139000", region="朝阳区")
    stored = archive.update(changed, actor=CLERK, at=LATER)
    assert stored.version == 2
    assert archive.get(Customer, c.number) == stored
    trail = archive.audit_trail("customer", c.number)
    assert [(e.action, e.actor, e.at, e.field, e.old, e.new) for e in trail] == [
        (AuditAction.CREATE, "system", AT, None, None, None),
        (AuditAction.UPDATE, CLERK, LATER, "mobile", "+8613800138000", "+8613900139000"),
        (AuditAction.UPDATE, CLERK, LATER, "region", None, "朝阳区"),
    ]


def test_structured_fields_are_audited_as_text(archive: Repository) -> None:
    c = archive.add(person(), actor=CLERK, at=AT)
    archive.update(attrs.evolve(c, tags={"vip", "fleet"}), actor=CLERK, at=LATER)
    (entry,) = archive.audit_trail("customer", c.number)[1:]
    assert (entry.field, entry.old, entry.new) == ("tags", "[]", '["fleet","vip"]')


def test_an_update_that_changes_nothing_writes_nothing(archive: Repository) -> None:
    c = archive.add(person(), actor=CLERK, at=AT)
    assert archive.update(c, actor=CLERK, at=LATER) == c
    assert archive.get(Customer, c.number).version == 1
    assert len(archive.audit_trail()) == 1


def test_a_stale_update_raises_concurrent_update_and_writes_nothing(archive: Repository) -> None:
    c = archive.add(person(mobile="13800138000"), actor=CLERK, at=AT)
    mine = attrs.evolve(c, region="海淀区")
    theirs = archive.update(attrs.evolve(c, region="朝阳区"), actor="客服-王强", at=AT)
    before = archive.snapshot()
    with pytest.raises(ConcurrentUpdate) as caught:
        archive.update(mine, actor=CLERK, at=LATER)
    assert (caught.value.entity, caught.value.entity_id) == ("customer", c.number)
    assert (caught.value.expected, caught.value.actual) == (1, 2)
    assert archive.snapshot() == before
    assert archive.get(Customer, c.number) == theirs


def test_delete_records_a_delete_entry_and_a_key_may_come_back(archive: Repository) -> None:
    archive.add(Vehicle(PASSAT, "C000001"), actor=CLERK, at=AT)
    archive.delete(Vehicle, PASSAT, actor=CLERK, at=LATER)
    with pytest.raises(NotFound):
        archive.get(Vehicle, PASSAT)
    assert [e.action for e in archive.audit_trail("vehicle", PASSAT)] == [
        AuditAction.CREATE,
        AuditAction.DELETE,
    ]
    archive.add(Vehicle(PASSAT, "C000002"), actor=CLERK, at=LATER)
    assert archive.get(Vehicle, PASSAT).customer_number == "C000002"


def test_a_copy_read_before_a_delete_is_stale_after_the_record_is_added_again(
    new_archive: Factory,
) -> None:
    archive = new_archive()
    old = archive.add(Vehicle(PASSAT, "C000001"), actor="x", at=AT)
    archive.delete(Vehicle, old.vin, actor="x", at=AT)
    again = archive.add(Vehicle(PASSAT, "C000002"), actor="x", at=AT)
    assert again.version == old.version + 1
    with pytest.raises(ConcurrentUpdate):
        archive.update(attrs.evolve(old, insurer="PICC"), actor="x", at=AT)
    assert archive.get(Vehicle, old.vin).customer_number == "C000002"
    # A restored archive remembers the deleted version too.
    copy = new_archive()
    copy.restore(archive.snapshot())
    copy.delete(Vehicle, old.vin, actor="x", at=AT)
    assert copy.add(Vehicle(old.vin, "C000003"), actor="x", at=AT).version == 3


def test_missing_records_raise_not_found(archive: Repository) -> None:
    with pytest.raises(NotFound, match="C000404"):
        archive.get(Customer, "C000404")
    with pytest.raises(NotFound):
        archive.update(person(number="C000404"), actor=CLERK, at=AT)
    with pytest.raises(NotFound):
        archive.delete(Customer, "C000404", actor=CLERK, at=AT)
    assert archive.audit_trail() == []


@pytest.mark.parametrize(
    ("actor", "at", "field"),
    [("", AT, "actor"), ("  ", AT, "actor"), (CLERK, datetime(2025, 10, 9, 10), "at")],
)
def test_who_and_when_are_required(
    archive: Repository, actor: str, at: datetime, field: str
) -> None:
    with pytest.raises(InvalidFormat) as caught:
        archive.add(person(), actor=actor, at=at)
    assert caught.value.field == field
    assert archive.snapshot() == Snapshot()


def test_readings_are_append_only(archive: Repository) -> None:
    first = OdometerReading(PASSAT, date(2025, 6, 1), 12_480)
    archive.add(first, actor=CLERK, at=AT)
    archive.add(OdometerReading(ACCORD, date(2025, 6, 2), 80_000), actor=CLERK, at=AT)
    archive.add(OdometerReading(PASSAT, date(2025, 9, 1), 15_200), actor=CLERK, at=AT)
    found = archive.find(OdometerReading, F.reading.vin == PASSAT)
    assert [r.km for r in found] == [12_480, 15_200]
    assert archive.audit_trail("reading")[0].entity_id == f"{PASSAT}@2025-06-01"
    with pytest.raises(TypeError, match="append only"):
        archive.update(first, actor=CLERK, at=AT)
    with pytest.raises(TypeError, match="no key"):
        archive.get(OdometerReading, PASSAT)
    with pytest.raises(TypeError, match="append only"):
        archive.delete(OdometerReading, PASSAT, actor=CLERK, at=AT)


def test_only_record_types_are_accepted(archive: Repository) -> None:
    with pytest.raises(UnsupportedType, match="str"):
        archive.add("C000001", actor=CLERK, at=AT)  # type: ignore[arg-type]
    assert archive.audit_trail() == []


# -- units of work ------------------------------------------------------------------------


def test_a_failed_unit_of_work_leaves_the_archive_unchanged(archive: Repository) -> None:
    kept = archive.add(person("王建国"), actor=CLERK, at=AT)
    archive.add(Vehicle(PASSAT, kept.number), actor=CLERK, at=AT)
    before = archive.snapshot()

    def interrupted() -> None:
        with archive.unit_of_work() as uow:
            new = uow.add(person("李秀英"), actor=CLERK, at=LATER)
            uow.update(attrs.evolve(kept, region="朝阳区"), actor=CLERK, at=LATER)
            uow.delete(Vehicle, PASSAT, actor=CLERK, at=LATER)
            uow.add(Vehicle(ACCORD, new.number), actor=CLERK, at=LATER)
            uow.add(OdometerReading(ACCORD, date(2025, 10, 10), 5), actor=CLERK, at=LATER)
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        interrupted()
    assert archive.snapshot() == before
    assert archive.find(Vehicle, F.vehicle.customer_number == kept.number)[0].vin == PASSAT
    # The number handed out inside the failed unit was never stored: it is given again.
    assert archive.add(person("张伟"), actor=CLERK, at=LATER).number == "C000002"


def test_a_failing_write_inside_a_unit_of_work_rolls_back_the_earlier_ones(
    archive: Repository,
) -> None:
    c = archive.add(person(), actor=CLERK, at=AT)

    def two_writes_from_one_read() -> None:
        with archive.unit_of_work() as uow:
            uow.add(Vehicle(PASSAT, c.number), actor=CLERK, at=LATER)
            uow.update(attrs.evolve(c, region="朝阳区"), actor=CLERK, at=LATER)
            uow.update(attrs.evolve(c, region="海淀区"), actor=CLERK, at=LATER)  # stale

    with pytest.raises(ConcurrentUpdate):
        two_writes_from_one_read()
    assert archive.get(Customer, c.number).region is None
    assert archive.count(Vehicle) == 0
    assert len(archive.audit_trail()) == 1


def test_a_unit_of_work_commits_all_its_writes(archive: Repository) -> None:
    with archive.unit_of_work() as uow:
        c = uow.add(person(), actor=CLERK, at=AT)
        uow.add(Vehicle(PASSAT, c.number), actor=CLERK, at=AT)
    assert archive.get(Vehicle, PASSAT).customer_number == "C000001"
    assert len(archive.audit_trail()) == 2


def test_a_nested_unit_of_work_is_a_savepoint(
    archive: Repository, request: pytest.FixtureRequest
) -> None:
    if kind_of(archive) == "duckdb":
        request.applymarker(
            pytest.mark.xfail(
                strict=True,
                raises=NotSupported,
                reason="DuckDB has no SAVEPOINT: a nested unit of work is refused",
            )
        )

    def inner_fails() -> None:
        with archive.unit_of_work() as inner:
            inner.add(Vehicle(ACCORD, "C000001"), actor=CLERK, at=AT)
            raise ValueError("inner")

    with archive.unit_of_work() as outer:
        outer.add(Vehicle(PASSAT, "C000001"), actor=CLERK, at=AT)
        with pytest.raises(ValueError, match="inner"):
            inner_fails()
    assert [v.vin for v in archive.find(Vehicle)] == [PASSAT]


def test_a_rolled_back_delete_returns_to_its_place(archive: Repository) -> None:
    for number in ("WO1", "WO2", "WO3"):
        archive.add(visit(number, PASSAT, "C000001", 9), actor=CLERK, at=AT)
    before = archive.snapshot()

    def aborted() -> None:
        with archive.unit_of_work() as uow:
            uow.delete(WorkOrder, "WO2", actor=CLERK, at=LATER)
            raise KeyError("abort")

    with pytest.raises(KeyError):
        aborted()
    assert archive.snapshot() == before
    found = archive.find(WorkOrder, F.work_order.vin == PASSAT)
    assert [w.number for w in found] == ["WO1", "WO2", "WO3"]


# -- snapshot and restore -----------------------------------------------------------------


def test_snapshot_restore_round_trip_is_identity(new_archive: Factory) -> None:
    original = fill(new_archive())
    backup = original.snapshot()
    assert backup.customer_sequence == 2
    assert len(backup.audit) == 10
    restored = new_archive()
    restored.restore(backup)
    assert restored.snapshot() == backup
    assert restored.audit_trail("customer", "C000001") == original.audit_trail(
        "customer", "C000001"
    )
    # The sequence survives: the deleted customer's number is not issued again.
    assert restored.add(person("张伟"), actor=CLERK, at=LATER).number == "C000003"
    # Versions survive: a write based on the restored version succeeds.
    bank = restored.get(Customer, "C000001")
    assert bank.version == 2
    assert restored.update(attrs.evolve(bank, region="西城区"), actor=CLERK, at=LATER).version == 3


def test_restore_derives_the_sequence_from_the_audit_trail_when_missing(
    new_archive: Factory,
) -> None:
    backup = attrs.evolve(fill(new_archive()).snapshot(), customer_sequence=0)
    restored = new_archive()
    restored.restore(backup)
    assert restored.add(person(), actor=CLERK, at=LATER).number == "C000003"


def test_restore_needs_an_empty_archive_and_writes_nothing_on_a_repeated_key(
    new_archive: Factory,
) -> None:
    with pytest.raises(ArchiveNotEmpty):
        fill(new_archive()).restore(Snapshot())
    twice = Snapshot(vehicles=[Vehicle(PASSAT, "C1"), Vehicle(PASSAT, "C2")])
    empty = new_archive()
    with pytest.raises(AlreadyExists):
        empty.restore(twice)
    assert empty.snapshot() == Snapshot()


# -- queries ------------------------------------------------------------------------------


def test_find_count_and_aggregate_across_relations(archive: Repository) -> None:
    fill(archive)
    where = (F.work_order.customer.name == "华夏银行北京分行") & (
        F.work_order.vehicle.insurer == "平安产险"
    )
    assert [w.number for w in archive.find(WorkOrder, where)] == ["WO1"]
    assert [w.number for w in archive.find(WorkOrder, ~where)] == ["WO2"]
    assert archive.count(WorkOrder, where) == 1
    assert archive.count(WorkOrder) == 2
    assert archive.count(WorkOrder, F.work_order.insurance_paid == "1000.00") == 2
    assert archive.count(WorkOrder, F.work_order.total > "1099.90") == 1
    assert archive.count(WorkOrder, F.work_order.service_types.contains("保养")) == 2
    assert archive.count(Vehicle, F.vehicle.plate.is_null()) == 2
    result = archive.aggregate(
        WorkOrder,
        where=within_last(F.work_order.opened_at, months=8),
        group_by=[F.work_order.vehicle.insurer],
        measures={"visits": count(), "self_paid": sum_money(F.work_order.self_paid)},
        as_of=date(2026, 3, 1),
    )
    assert [(r["vehicle.insurer"], r["visits"], str(r["self_paid"])) for r in result.to_rows()] == [
        ("人保财险", 1, "99.90"),
        ("平安产险", 1, "420.00"),
    ]
    recent = within_last(F.work_order.opened_at, months=8)
    assert archive.count(WorkOrder, recent, as_of=date(2026, 7, 1)) == 0


def test_find_keeps_the_archive_order_and_follows_an_owner_change(archive: Repository) -> None:
    fill(archive)
    archive.add(Vehicle("WVWZZZ1JZ3W386752", "C000009", vin_check_digit=False), actor=CLERK, at=AT)
    moved = archive.get(Vehicle, PASSAT)
    archive.update(attrs.evolve(moved, customer_number="C000009"), actor=CLERK, at=LATER)
    found = archive.find(Vehicle, F.vehicle.customer_number == "C000009")
    assert found == [v for v in archive.find(Vehicle) if v.customer_number == "C000009"]
    assert [v.vin for v in found] == [PASSAT, "WVWZZZ1JZ3W386752"]  # archive order
    assert archive.find(Vehicle, F.vehicle.vin == "LSVAU2180N218329X") == []
    assert archive.count(WorkOrder, (F.work_order.vin == ACCORD) & (F.work_order.total > 0)) == 1


def test_find_refuses_a_filter_on_another_entity(archive: Repository) -> None:
    with pytest.raises(TypeMismatch, match="cannot select work_order"):
        archive.find(WorkOrder, F.vehicle.insurer == "平安产险")


def test_aggregate_by_month_in_china_time(archive: Repository) -> None:
    fill(archive)
    late = datetime(2025, 10, 31, 23, 30, tzinfo=CHINA_TZ)  # 15:30 UTC, still October here
    archive.add(
        attrs.evolve(visit("WO3", PASSAT, "C000001", 9), opened_at=late), actor=CLERK, at=late
    )
    result = archive.aggregate(
        WorkOrder,
        group_by=[month(F.work_order.opened_at)],
        measures={"insurance_paid": sum_money(F.work_order.insurance_paid)},
    )
    assert [(r.key, str(r.values["insurance_paid"])) for r in result.rows] == [
        (("2025-10",), "3000.00")
    ]
