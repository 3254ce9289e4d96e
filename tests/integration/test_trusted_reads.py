"""The trusted read path gives what the validating one gives, and validates what it must.

``SqlArchive`` builds the records it reads back without running their validators
again when the database is at this autocrm's schema revision (the archive validated
every row on the way in). These tests compare it, type by type, with the validating
path (``trusted_reads=False``) on random archives and filters, on every engine; check
that a row not as the archive writes it still gets the constructor's refusal; and
that child rows come in one query per table, however many records there are.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from tests.integration.conftest import cleared, shape  # noqa: E402

from autocrm.adapters.sqlalchemy import SqlArchive  # noqa: E402
from autocrm.domain import (  # noqa: E402
    CHINA_TZ,
    Appointment,
    Complaint,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.errors import ValidationError  # noqa: E402
from autocrm.query import F  # noqa: E402
from autocrm.testing import strategies as s  # noqa: E402

AT = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)
KINDS = [
    Customer,
    Vehicle,
    WorkOrder,
    OdometerReading,
    FollowUp,
    Complaint,
    Appointment,
    FleetAccount,
]


@pytest.fixture(scope="module")
def archives(module_engine: sa.Engine) -> Callable[[Snapshot], tuple[SqlArchive, SqlArchive]]:
    """Restore a snapshot; return the archive read trusted and the one read validated."""

    def restore(snapshot: Snapshot) -> tuple[SqlArchive, SqlArchive]:
        cleared(module_engine)
        trusted = SqlArchive(module_engine)
        trusted.restore(snapshot)
        return trusted, SqlArchive(module_engine, trusted_reads=False)

    return restore


_SLOW = settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@_SLOW
@given(snapshot=s.snapshots())
def test_trusted_snapshot_is_the_validated_snapshot_type_for_type(
    archives: Callable[[Snapshot], tuple[SqlArchive, SqlArchive]], snapshot: Snapshot
) -> None:
    trusted, validated = archives(snapshot)
    read = trusted.snapshot()
    assert shape(read) == shape(validated.snapshot())
    assert read == snapshot


@_SLOW
@given(snapshot=s.snapshots(), data=st.data())
def test_trusted_find_is_the_validated_find(
    archives: Callable[[Snapshot], tuple[SqlArchive, SqlArchive]],
    snapshot: Snapshot,
    data: st.DataObject,
) -> None:
    trusted, validated = archives(snapshot)
    for kind in KINDS:
        assert shape(trusted.find(kind)) == shape(validated.find(kind))
    insurers = [v.insurer for v in snapshot.vehicles if v.insurer is not None]
    insurer = data.draw(st.sampled_from(insurers or ["平安产险"]))
    service = data.draw(st.sampled_from(["maintenance", "minor_repair", "保养"]))
    tag = data.draw(st.sampled_from([t for c in snapshot.customers for t in c.tags] or ["vip"]))
    for kind, where in [
        (WorkOrder, F.work_order.vehicle.insurer == insurer),
        (WorkOrder, F.work_order.service_types.contains(service)),
        (Customer, F.customer.tags.contains(tag)),
        (Customer, ~F.customer.tags.contains(tag)),
    ]:
        found = trusted.find(kind, where)
        assert shape(found) == shape(validated.find(kind, where))


def _tamper(engine: sa.Engine, statement: str) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql(statement)


@pytest.fixture
def shop(engine: sa.Engine) -> SqlArchive:
    from autocrm.adapters.sqlalchemy import upgrade

    upgrade(engine)
    archive = SqlArchive(engine)
    archive.load(
        [
            Customer("KH000001", name="王建国", mobile="13800138000"),
            Vehicle("LFV2A21K3D3109826", "KH000001", plate="京A12345"),
        ],
        actor="import",
        at=AT,
    )
    return archive


def test_a_code_the_archive_never_writes_is_refused_on_the_trusted_path(
    shop: SqlArchive, engine: sa.Engine
) -> None:
    _tamper(engine, "UPDATE customers SET gender = 'robot'")
    with pytest.raises(ValidationError) as refused:
        shop.get(Customer, "KH000001")
    assert refused.value.field == "gender"


def test_a_damaged_line_is_refused_naming_its_own_field_on_the_trusted_path(
    shop: SqlArchive, engine: sa.Engine
) -> None:
    # SQLite hands amounts back as binary floats: the constructor the damaged record
    # falls back to must still get the amount as a Decimal, and name the payer.
    order = WorkOrder(
        "WO20260105001",
        customer_number="KH000001",
        vin="LFV2A21K3D3109826",
        opened_at=AT,
        service_types=["maintenance"],
        lines=[WorkOrderLine("机油机滤更换", "420.10"), WorkOrderLine("工时", "88.00")],
    )
    shop.add(order, actor="客服-李娜", at=AT)
    assert shop.get(WorkOrder, "WO20260105001").lines == order.lines
    _tamper(engine, "UPDATE work_order_lines SET payer = 'robot' WHERE position = 1")
    with pytest.raises(ValidationError) as refused:
        shop.get(WorkOrder, "WO20260105001")
    assert refused.value.field == "payer"


def test_reads_leave_the_garbage_collector_as_they_found_it(shop: SqlArchive) -> None:
    # A read pauses the cyclic collector while it builds its records, and only then.
    assert gc.isenabled()
    shop.snapshot()
    shop.find(Customer)
    with shop.stream(chunk_size=1) as records:
        assert [c.number for c in records.records("customers")] == ["KH000001"]
        assert gc.isenabled()  # on while the caller works with a chunk
    assert gc.isenabled()
    gc.disable()
    try:
        shop.snapshot()
        assert not gc.isenabled()  # a caller's own choice is left alone
    finally:
        gc.enable()


def test_a_refused_read_turns_the_garbage_collector_back_on(
    shop: SqlArchive, engine: sa.Engine
) -> None:
    _tamper(engine, "UPDATE customers SET gender = 'robot'")
    with pytest.raises(ValidationError):
        shop.snapshot()
    assert gc.isenabled()


def test_reads_validate_again_when_asked(shop: SqlArchive, engine: sa.Engine) -> None:
    # A value written around the archive (a mobile without its country code) is the
    # one thing the trusted path takes on trust; trusted_reads=False re-validates it.
    _tamper(engine, "UPDATE customers SET mobile = '13800138000'")
    assert shop.get(Customer, "KH000001").mobile == "13800138000"
    assert SqlArchive(engine, trusted_reads=False).get(Customer, "KH000001").mobile == (
        "+8613800138000"
    )


def test_an_archive_at_another_schema_revision_is_read_validated(
    shop: SqlArchive, engine: sa.Engine
) -> None:
    _tamper(engine, "UPDATE customers SET mobile = '13800138000'")
    _tamper(engine, "UPDATE autocrm_alembic_version SET version_num = '0001'")
    assert SqlArchive(engine).get(Customer, "KH000001").mobile == "+8613800138000"


def test_child_rows_come_in_one_query_per_table(engine: sa.Engine) -> None:
    from autocrm.adapters.sqlalchemy import upgrade

    upgrade(engine)
    archive = SqlArchive(engine)
    customers = [Customer(f"KH{n:06d}", name="王建国", tags={"vip"}) for n in range(1, 1202)]
    archive.load(customers, actor="import", at=AT)
    archive.find(Customer, F.customer.number == "KH000001")  # asks the revision, once
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(args[2])

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        found = archive.find(Customer)
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)
    assert len(found) == 1201
    assert all(c.tags == frozenset({"vip"}) for c in found)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2, selects  # customers, then customer_tags
