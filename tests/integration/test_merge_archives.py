"""Merging duplicate customers and undoing it, on every archive: memory, SQLite,
PostgreSQL and DuckDB (one parametrised suite; PostgreSQL when its URL is set).

The shop: 王建国 was archived twice. C000001 came in through the showroom; C000002
through the workshop, with the car LFV2A21K3D3109826, its visits, a follow-up, a
complaint, an appointment and a small fleet account. C000003 (李娜) is somebody else
and must not be touched.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy")

import attrs  # noqa: E402
from tests.integration.conftest import archive_engine, cleared  # noqa: E402

from autocrm.adapters.json import export_jsonl, import_jsonl  # noqa: E402
from autocrm.adapters.memory import MemoryArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.domain import (  # noqa: E402
    CHINA_TZ,
    Appointment,
    AuditAction,
    Complaint,
    Contact,
    ContactKind,
    ContactPurpose,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    OptOut,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.errors import (  # noqa: E402
    InvalidFormat,
    MergeRefused,
    NotFound,
    NotSupported,
    StoreError,
    UnmergeRefused,
)
from autocrm.ports import Repository  # noqa: E402
from autocrm.query import F  # noqa: E402
from autocrm.rules.merge_result import read_merge_entry  # noqa: E402

AT = datetime(2026, 3, 2, 9, 30, tzinfo=CHINA_TZ)
MERGED_AT = datetime(2026, 3, 2, 10, 15, tzinfo=CHINA_TZ)
LATER = datetime(2026, 3, 3, 14, 0, tzinfo=CHINA_TZ)
DESK = "客服-李娜"
VIN = "LFV2A21K3D3109826"
VIN2 = "1HGCM82633A004352"
REASON = "同一车主重复建档:手机号不同,VIN相同"


@pytest.fixture(scope="module")
def postgres_store() -> Iterator[sa.Engine]:
    """One PostgreSQL schema with the tables for the module (emptied before each test)."""
    yield from archive_engine("postgres")


@pytest.fixture(scope="module")
def sqlite_store() -> Iterator[sa.Engine]:
    """One SQLite database in memory with the tables for the module."""
    yield from archive_engine("sqlite")


@pytest.fixture(scope="module")
def duckdb_store() -> Iterator[sa.Engine]:
    """One DuckDB database in memory with the tables for the module."""
    yield from archive_engine("duckdb")


@pytest.fixture(
    params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres), "duckdb"]
)
def archive(request: pytest.FixtureRequest) -> Repository:
    """The shop in each kind of archive (the SQL databases are shared by the module)."""
    if request.param == "memory":
        shop: Repository = MemoryArchive()
    else:
        engine: sa.Engine = request.getfixturevalue(f"{request.param}_store")
        cleared(engine)
        shop = SqlArchive(engine)
    shop.restore(SHOP)
    return shop


def _add_shop(archive: Repository) -> None:
    """Write the shop record by record (each with its CREATE audit entry)."""
    add = archive.add
    add(
        Customer(
            name="王建国",
            mobile="13800138000",
            tags={"vip"},
            opt_outs=[OptOut("marketing", reason="不要短信营销", kind="mobile")],
            owner=DESK,
        ),
        actor=DESK,
        at=AT,
    )
    add(
        Customer(
            name="王建国",
            mobile="13900139000",
            email="wangjg@example.com",
            tags={"老客户"},
            contacts=[Contact("office_phone", "010-6512 3456", label="公司", primary=True)],
            opt_outs=[
                OptOut("marketing", reason="不要任何营销"),
                OptOut("follow_ups", reason="这辆车不要回访", vin=VIN),
                OptOut("marketing", reason="不要短信", kind="mobile"),
            ],
            owner="客服-王强",
        ),
        actor="客服-王强",
        at=AT,
    )
    add(Customer(name="李娜", mobile="13700137000"), actor=DESK, at=AT)
    add(Vehicle(VIN, "C000002", plate="京A12345", tags={"新能源"}), actor=DESK, at=AT)
    add(Vehicle(VIN2, "C000003", plate="京B54321"), actor=DESK, at=AT)
    add(OdometerReading(VIN, date(2026, 2, 1), 12480), actor=DESK, at=AT)
    opened = datetime(2026, 2, 1, 9, 30, tzinfo=CHINA_TZ)
    for number, customer, vin in (
        ("WO20260201001", "C000002", VIN),
        ("WO20260201002", "C000003", VIN2),
    ):
        add(
            WorkOrder(
                number=number,
                customer_number=customer,
                vin=vin,
                opened_at=opened,
                closed_at=opened.replace(hour=16),
                service_types={"保养"},
                mileage_km=12_480,
                lines=[WorkOrderLine("机油机滤更换", "420.00")],
            ),
            actor=DESK,
            at=AT,
        )
    add(
        FollowUp(
            number="FU-WO20260201001-3DC",
            kind="3dc",
            customer_number="C000002",
            vin=VIN,
            work_order_number="WO20260201001",
            earliest=date(2026, 2, 2),
            due=date(2026, 2, 4),
            latest=date(2026, 2, 4),
        ),
        actor=DESK,
        at=AT,
    )
    add(
        Complaint(
            number="TS2026001",
            customer_number="C000002",
            level="II",
            vin=VIN,
            received_at=datetime(2026, 2, 5, 10, 0, tzinfo=CHINA_TZ),
        ),
        actor=DESK,
        at=AT,
    )
    add(
        Appointment(
            number="YY2026030901",
            customer_number="C000002",
            vin=VIN,
            kind="proactive",
            booked_at=datetime(2026, 2, 28, 15, 0, tzinfo=CHINA_TZ),
            slot=datetime(2026, 3, 9, 9, 0, tzinfo=CHINA_TZ),
        ),
        actor=DESK,
        at=AT,
    )
    add(
        FleetAccount("FA2026001", customer_number="C000002", name="王建国运输队", vehicles=3),
        actor=DESK,
        at=AT,
    )


def _shop() -> Snapshot:
    archive = MemoryArchive()
    _add_shop(archive)
    return archive.snapshot()


SHOP = _shop()


def _export(archive: Repository) -> list[str]:
    buffer = io.StringIO()
    export_jsonl(archive.snapshot(), buffer)
    return buffer.getvalue().splitlines()


def _records(lines: list[str]) -> list[str]:
    """The lines of every record but the audit trail (the header, not the manifest)."""
    return [line for line in lines[:-1] if '"type": "audit"' not in line]


def _audit(lines: list[str]) -> list[str]:
    return [line for line in lines if '"type": "audit"' in line]


def _merge(archive: Repository) -> Any:
    return archive.merge("C000001", "C000002", actor=DESK, at=MERGED_AT, reason=REASON)


def test_merge_moves_everything_to_the_survivor(archive: Repository) -> None:
    trail = archive.audit_trail()
    result = _merge(archive)
    assert result.vehicles == (VIN,)
    assert result.work_orders == ("WO20260201001",)
    assert result.followups == ("FU-WO20260201001-3DC",)
    assert result.complaints == ("TS2026001",)
    assert result.appointments == ("YY2026030901",)
    assert result.fleet_accounts == ("FA2026001",)
    assert result.tags == ("老客户",)
    assert (result.contacts, result.opt_outs) == (3, 2)
    assert result.summary() == (
        "C000002 merged into C000001: 1 vehicle, 1 work order, 1 follow-up, 1 complaint, "
        "1 appointment, 1 fleet account; the survivor gained 1 tag, 3 contacts, 2 opt-outs"
    )
    for kind in (Vehicle, WorkOrder, FollowUp, Complaint, Appointment, FleetAccount):
        owners = {(r.customer_number, r.version) for r in archive.find(kind)}
        assert ("C000002", 1) not in owners, kind
    assert archive.get(Vehicle, VIN).customer_number == "C000001"
    assert archive.get(Vehicle, VIN).version == 2
    assert archive.get(WorkOrder, "WO20260201002").customer_number == "C000003"  # untouched
    assert archive.get(Vehicle, VIN2).version == 1
    [survivor] = archive.find(Customer, F.customer.number == "C000001")
    assert survivor.tags == {"vip", "老客户"}
    assert survivor.version == 2
    assert [(c.kind, c.value, c.label, c.primary) for c in survivor.contacts] == [
        (ContactKind.MOBILE, "+8613900139000", "合并自C000002", False),
        (ContactKind.EMAIL, "wangjg@example.com", "合并自C000002", False),
        (ContactKind.OFFICE_PHONE, "+861065123456", "公司", False),
    ]
    # The stricter opt-out wins: the survivor's SMS-only refusal is joined by the
    # duplicate's refusal of all marketing; the duplicate's SMS refusal adds nothing.
    assert [o.reason for o in survivor.opt_outs] == [
        "不要短信营销",
        "不要任何营销",
        "这辆车不要回访",
    ]
    assert survivor.opted_out(ContactPurpose.MARKETING, kind=ContactKind.EMAIL)
    assert survivor.opted_out(ContactPurpose.FOLLOW_UPS, vin=VIN)
    assert not survivor.opted_out(ContactPurpose.FOLLOW_UPS, vin=VIN2)
    [duplicate] = archive.find(Customer, F.customer.number == "C000002")
    assert duplicate.merged_into == "C000001"
    assert duplicate.mobile == "+8613900139000"  # its own data stay, for the undo
    assert duplicate.version == 2
    assert archive.get(Customer, "C000003").version == 1
    new = archive.audit_trail()[len(trail) :]
    assert [(e.action, e.entity, e.entity_id, e.field, e.actor) for e in new] == [
        (AuditAction.MERGE, "customer", "C000002", "merged_into", DESK)
    ]
    assert new[0].at == MERGED_AT
    assert read_merge_entry(new[0]) == result
    assert "13900139000" not in (new[0].new or "")  # no personal value in the entry


def test_looking_up_the_old_number_gives_the_survivor(archive: Repository) -> None:
    _merge(archive)
    found = archive.get(Customer, "C000002")
    assert (found.number, found.name, found.mobile) == ("C000001", "王建国", "+8613800138000")
    merged = archive.find(Customer, F.customer.merged_into == "C000001")
    assert [c.number for c in merged] == ["C000002"]
    assert archive.count(Customer, F.customer.merged_into.is_null()) == 2
    with pytest.raises(NotFound):
        archive.get(Customer, "C000404")


def test_unmerge_restores_the_archive_exactly(archive: Repository) -> None:
    before = _export(archive)
    merged = _merge(archive)
    result = archive.unmerge("C000002", actor="客服-王强", at=LATER, reason="不是同一人")
    after = _export(archive)
    assert _records(after) == _records(before)  # byte for byte, versions included
    assert _audit(after)[: len(_audit(before))] == _audit(before)
    added = archive.audit_trail()[-2:]
    assert [(e.action, e.entity_id) for e in added] == [
        (AuditAction.MERGE, "C000002"),
        (AuditAction.UNMERGE, "C000002"),
    ]
    assert len(_audit(after)) == len(_audit(before)) + 2
    assert result == attrs.evolve(merged, reason="不是同一人", undone=True)
    assert result.summary().startswith("C000002 parted from C000001 again: 1 vehicle")
    assert archive.get(Customer, "C000002").number == "C000002"
    assert archive.get(Vehicle, VIN).customer_number == "C000002"
    # Merged again, undone again: the latest merge is the one undone.
    _merge(archive)
    archive.unmerge("C000002", actor=DESK, at=LATER, reason="再次核实不是同一人")
    assert _records(_export(archive)) == _records(before)


def test_unmerge_is_refused_after_a_later_change(archive: Repository) -> None:
    _merge(archive)
    order = archive.get(WorkOrder, "WO20260201001")
    archive.update(attrs.evolve(order, remarks="客户来电补充"), actor="客服-王强", at=LATER)
    before = _export(archive)
    with pytest.raises(UnmergeRefused) as refused:
        archive.unmerge("C000002", actor=DESK, at=LATER, reason="不是同一人")
    message = str(refused.value)
    assert "work_order WO20260201001 changed after the merge" in message
    assert "update of remarks by 客服-王强 at 2026-03-03T14:00:00+08:00" in message
    assert refused.value.field == "duplicate"
    assert [(e.entity, e.field) for e in refused.value.changes] == [("work_order", "remarks")]
    assert _export(archive) == before  # nothing written


def test_unmerge_is_refused_after_the_survivor_changed(archive: Repository) -> None:
    _merge(archive)
    survivor = archive.get(Customer, "C000002")  # resolves to C000001
    archive.update(attrs.evolve(survivor, mobile="13600136000"), actor=DESK, at=LATER)
    with pytest.raises(UnmergeRefused, match=r"customer C000001 changed after the merge \(update"):
        archive.unmerge("C000002", actor=DESK, at=LATER, reason="不是同一人")


def test_merges_into_one_survivor_are_undone_last_first(archive: Repository) -> None:
    before = _export(archive)
    _merge(archive)
    archive.merge("C000001", "C000003", actor=DESK, at=LATER, reason="同一人,两个手机号")
    with pytest.raises(UnmergeRefused, match="C000001 is at version 3, the merge left version 2"):
        archive.unmerge("C000002", actor=DESK, at=LATER, reason="不是同一人")
    archive.unmerge("C000003", actor=DESK, at=LATER, reason="不是同一人")
    archive.unmerge("C000002", actor=DESK, at=LATER, reason="不是同一人")
    assert _records(_export(archive)) == _records(before)


def test_a_survivor_merged_later_still_resolves(archive: Repository) -> None:
    _merge(archive)
    archive.merge("C000003", "C000001", actor=DESK, at=LATER, reason="核实为同一人")
    assert archive.get(Customer, "C000002").number == "C000003"
    with pytest.raises(UnmergeRefused, match="customer C000001 changed after the merge"):
        archive.unmerge("C000002", actor=DESK, at=LATER, reason="不是同一人")


@pytest.mark.parametrize(
    ("survivor", "duplicate", "field", "words"),
    [
        ("C000001", "C000001", "duplicate", "cannot be merged into itself"),
        ("C000001", "C000003", "duplicate", "is a company (单位) and C000001 a person"),
        ("C000001", "C000004", "duplicate", "was erased on request"),
        ("C000004", "C000001", "survivor", "was erased on request"),
    ],
)
def test_a_refused_merge_writes_nothing(
    archive: Repository, survivor: str, duplicate: str, field: str, words: str
) -> None:
    other = archive.get(Customer, "C000003")
    archive.update(attrs.evolve(other, kind="company"), actor=DESK, at=AT)
    archive.add(Customer(name="赵六"), actor=DESK, at=AT)
    archive.anonymise("C000004", actor=DESK, at=AT, reason="客户依法要求删除")
    before = _export(archive)
    with pytest.raises(MergeRefused, match=re.escape(words)) as refused:
        archive.merge(survivor, duplicate, actor=DESK, at=MERGED_AT, reason=REASON)
    assert refused.value.field == field
    assert refused.value.value == (duplicate if field == "duplicate" else survivor)
    assert _export(archive) == before


def test_merging_twice_and_unknown_customers_are_refused(archive: Repository) -> None:
    _merge(archive)
    with pytest.raises(MergeRefused, match="already merged into C000001; undo that merge"):
        _merge(archive)
    with pytest.raises(MergeRefused, match="merge into C000001 instead"):
        archive.merge("C000002", "C000003", actor=DESK, at=LATER, reason=REASON)
    with pytest.raises(NotFound):
        archive.merge("C000001", "C000404", actor=DESK, at=LATER, reason=REASON)
    with pytest.raises(UnmergeRefused, match="C000003 is not merged"):
        archive.unmerge("C000003", actor=DESK, at=LATER, reason="不是同一人")
    with pytest.raises(InvalidFormat) as blank:
        archive.merge("C000001", "C000003", actor=DESK, at=LATER, reason=" ")
    assert blank.value.field == "reason"


def test_a_merge_that_fails_at_its_last_write_leaves_nothing(
    archive: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _export(archive)

    def fail(*args: object, **kwargs: object) -> None:
        msg = "the disk is full"
        raise StoreError(msg)

    # The audit entry is written last, after every record moved.
    name = "_append_audit" if isinstance(archive, MemoryArchive) else "_audit"
    monkeypatch.setattr(archive, name, fail)
    with pytest.raises(StoreError, match="the disk is full"):
        _merge(archive)
    monkeypatch.undo()
    assert _export(archive) == before


def test_a_merge_inside_a_failed_unit_of_work_leaves_nothing(archive: Repository) -> None:
    before = _export(archive)

    def merge_then_fail() -> None:
        with archive.unit_of_work() as uow:
            uow.merge("C000001", "C000002", actor=DESK, at=MERGED_AT, reason=REASON)
            raise RuntimeError("the phone line dropped")

    with pytest.raises(RuntimeError, match="the phone line dropped"):
        merge_then_fail()
    assert _export(archive) == before


def test_a_backup_carries_the_merged_state(archive: Repository) -> None:
    _merge(archive)
    backup = _export(archive)
    copy = MemoryArchive()
    copy.restore(import_jsonl(backup))
    assert _export(copy) == backup
    assert copy.get(Customer, "C000002").number == "C000001"
    copy.unmerge("C000002", actor=DESK, at=LATER, reason="不是同一人")
    assert copy.get(Vehicle, VIN).customer_number == "C000002"


def test_a_sql_backup_round_trip_is_byte_identical_after_a_merge(archive: Repository) -> None:
    _merge(archive)
    backup = _export(archive)
    copy = SqlArchive.from_url("sqlite://")
    copy.restore(import_jsonl(backup))
    assert _export(copy) == backup
    assert copy.get(Customer, "C000002").number == "C000001"


# -- SQL only: the schema revision, encryption ------------------------------------------


def test_0005_opens_an_archive_written_at_0004(engine: sa.Engine) -> None:
    upgrade(engine, "0004")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO customers (number, name, kind, gender, contacts, categories, opt_outs,"
            " anonymised, version) VALUES ('C000001', '王建国', 'person', 'male', '[]', '{}',"
            " '[]', false, 1), ('C000002', '王建国', 'person', 'male', '[]', '{}', '[]', false, 1)"
        )
    upgrade(engine)
    archive = SqlArchive(engine)
    assert [c.merged_into for c in archive.find(Customer)] == [None, None]
    archive.merge("C000001", "C000002", actor=DESK, at=MERGED_AT, reason=REASON)
    assert archive.get(Customer, "C000002").number == "C000001"


def test_going_below_0005_is_refused_while_a_customer_is_merged(engine: sa.Engine) -> None:
    from autocrm.adapters.sqlalchemy import current_revision, downgrade

    upgrade(engine)
    archive = SqlArchive(engine)
    archive.restore(SHOP)
    _merge(archive)
    if engine.dialect.name == "duckdb":
        with pytest.raises(NotSupported, match="DuckDB cannot drop the merged_into column"):
            downgrade(engine, "0004")
        return
    with pytest.raises(NotSupported, match="1 customers are merged into others"):
        downgrade(engine, "0004")
    assert current_revision(engine) == "0005"
    archive.unmerge("C000002", actor=DESK, at=LATER, reason="不是同一人")
    downgrade(engine, "0004")
    columns = {c["name"] for c in sa.inspect(engine).get_columns("customers")}
    assert "merged_into" not in columns
    assert "mobile_hash" in columns


def test_an_encrypted_archive_merges_and_unmerges(engine: sa.Engine) -> None:
    pytest.importorskip("cryptography")
    from autocrm.adapters.crypto import FieldCipher
    from autocrm.adapters.sqlalchemy.encryption import use_cipher

    upgrade(engine)
    cipher = FieldCipher({"k1": bytes(range(32))}, current="k1", lookup_key=bytes(16))
    archive = SqlArchive(engine, cipher=cipher)
    try:
        archive.restore(SHOP)
        before = _export(archive)
        _merge(archive)
        with engine.connect() as connection:
            raw = [
                str(value)
                for row in connection.exec_driver_sql(
                    "SELECT contacts, mobile FROM customers"
                ).all()
                for value in row
            ]
            entries = [
                str(value)
                for (value,) in connection.exec_driver_sql("SELECT new FROM audit_entries").all()
            ]
        assert not any("13900139000" in value or "wangjg" in value for value in raw)
        assert all(value.startswith("enc1:k1:") for value in entries if value != "None")
        survivor = archive.get(Customer, "C000002")
        assert "+8613900139000" in {c.value for c in survivor.contacts}
        assert archive.find(Customer, F.customer.mobile == "+8613800138000")[0].number == "C000001"
        archive.unmerge("C000002", actor=DESK, at=LATER, reason="不是同一人")
        assert _records(_export(archive)) == _records(before)
    finally:
        use_cipher(engine, None)
