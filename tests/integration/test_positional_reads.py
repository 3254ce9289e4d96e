"""The positional read path gives what the validating read gives, on every engine.

``snapshot()``, ``stream()``, ``find`` and ``get`` build the records they read back
from the database driver's own rows, by position, with a decoder per column chosen
per engine (SQLite hands timestamps back as text, PostgreSQL and DuckDB are asked for them in forms
their drivers convert fastest, DuckDB's amounts come as whole fen). These tests
compare that path with the validating one (``trusted_reads=False``, SQLAlchemy's
own result processing and the constructors) on archives with the values where a
decoder could go wrong: instants either side of midnight in China (the previous
UTC day), microseconds, amounts to the fen, every enumeration member, optional
fields left empty, and encrypted fields.
"""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal

import pytest

sa = pytest.importorskip("sqlalchemy")
pytest.importorskip("cryptography")

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from tests.integration.conftest import WHOLE_ARCHIVES, cleared, shape  # noqa: E402
from tests.strategies import edge_archives  # noqa: E402

from autocrm.adapters.crypto import FieldCipher  # noqa: E402
from autocrm.adapters.json import export_jsonl  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive  # noqa: E402
from autocrm.adapters.sqlalchemy.encryption import use_cipher  # noqa: E402
from autocrm.domain import (  # noqa: E402
    CHINA_TZ,
    Address,
    Appointment,
    AuditEntry,
    Complaint,
    Contact,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.domain.work_order import LineKind, Payer  # noqa: E402
from autocrm.query import F  # noqa: E402
from autocrm.testing import strategies as s  # noqa: E402

COLLECTIONS = (
    "customers",
    "vehicles",
    "work_orders",
    "readings",
    "followups",
    "complaints",
    "appointments",
    "fleet_accounts",
    "audit",
)
CIPHER = FieldCipher(
    {"k1": bytes(range(32))}, current="k1", lookup_key=b"lookup-key-of-the-test-shop-0001"
)

amounts = st.one_of(
    st.sampled_from([Decimal(v) for v in ("0.00", "0.01", "0.10", "1.00", "420.10", "88")]),
    s.amounts(max_value=Decimal("9999999.99")),
)
lines = st.builds(
    WorkOrderLine,
    description=st.sampled_from(["工时", "机油机滤更换", "四轮定位"]),
    amount=amounts,
    payer=st.sampled_from(list(Payer)),
    kind=st.sampled_from(list(LineKind)),
)


def edge_snapshots() -> st.SearchStrategy[Snapshot]:
    """Drawn snapshots whose work orders and audit entries stand at edge instants, the
    work orders with lines of every payer and kind."""
    return edge_archives(max_customers=5, lines=lines, max_lines=4)


def _restored(
    engine: sa.Engine, snapshot: Snapshot, *, encrypted: bool
) -> tuple[SqlArchive, SqlArchive]:
    cleared(engine)
    cipher = CIPHER if encrypted else None
    trusted = SqlArchive(engine, cipher=cipher)
    trusted.restore(snapshot)
    return trusted, SqlArchive(engine, cipher=cipher, trusted_reads=False)


def _streamed(archive: SqlArchive, chunk_size: int) -> dict[str, list[object]]:
    with archive.stream(chunk_size=chunk_size) as records:
        return {name: list(records.records(name)) for name in COLLECTIONS}


def _jsonl(snapshot: object) -> str:
    out = io.StringIO()
    export_jsonl(snapshot, out)  # type: ignore[arg-type]
    return out.getvalue()


@WHOLE_ARCHIVES
@given(snapshot=edge_snapshots(), encrypted=st.booleans(), chunk_size=st.integers(1, 4))
def test_positional_reads_are_the_validated_reads(
    module_engine: sa.Engine, snapshot: Snapshot, encrypted: bool, chunk_size: int
) -> None:
    try:
        trusted, validated = _restored(module_engine, snapshot, encrypted=encrypted)
        read = trusted.snapshot()
        expected = validated.snapshot()
        assert read == expected == snapshot
        assert shape(read) == shape(expected)
        assert _streamed(trusted, chunk_size) == _streamed(validated, chunk_size)
        assert _jsonl(read) == _jsonl(expected)
        with trusted.stream(chunk_size=chunk_size) as records:
            assert _jsonl(records) == _jsonl(expected)
    finally:
        use_cipher(module_engine, None)


def test_empty_fields_edge_instants_and_encrypted_values_read_back_as_written(
    module_engine: sa.Engine,
) -> None:
    wang = Customer(
        "KH000001",
        name="王建国",
        mobile="13800138000",
        address=Address("北京市朝阳区建国路88号", postcode="100022"),
        contacts=[Contact("mobile", "13900139000", label="女儿")],
        tags={"vip"},
    )
    bare = Customer("KH000002", name="李娜")
    car = Vehicle("LFV2A21K3D3109826", "KH000001", plate="京A12345")
    night = datetime(2025, 12, 31, 23, 59, 59, 999_999, tzinfo=CHINA_TZ)
    order = WorkOrder(
        "WO20251231001",
        customer_number="KH000001",
        vin="LFV2A21K3D3109826",
        opened_at=night,
        closed_at=datetime(2026, 1, 1, 0, 0, tzinfo=CHINA_TZ),
        service_types=["maintenance"],
        lines=[
            WorkOrderLine("机油机滤更换", "420.10", payer="warranty", kind="part"),
            WorkOrderLine("工时", "0.01"),
        ],
    )
    entry = AuditEntry(
        at=datetime(2026, 1, 1, 0, 0, tzinfo=CHINA_TZ),
        actor="客服-李娜",
        entity="customer",
        entity_id="KH000001",
        action="create",
    )
    snapshot = Snapshot(customers=[wang, bare], vehicles=[car], work_orders=[order], audit=[entry])
    try:
        trusted, validated = _restored(module_engine, snapshot, encrypted=True)
        read = trusted.snapshot()
        assert read == validated.snapshot() == snapshot
        got = read.work_orders[0]
        assert got.opened_at.tzinfo is CHINA_TZ
        assert (got.opened_at.date(), got.opened_at.time()) == (night.date(), night.time())
        assert [line.amount for line in got.lines] == [Decimal("420.10"), Decimal("0.01")]
        assert str(got.lines[1].amount) == "0.01"
        assert read.customers[0].mobile == "+8613800138000"
        assert read.customers[1].mobile is None
        assert read.customers[1].address is None
        assert read.audit[0].at == entry.at
        assert read.audit[0].at.tzinfo is CHINA_TZ
    finally:
        use_cipher(module_engine, None)


#: Record class -> the snapshot field of its records and the field holding its key.
KEYED = {
    Customer: ("customers", "number"),
    Vehicle: ("vehicles", "vin"),
    WorkOrder: ("work_orders", "number"),
    FollowUp: ("followups", "number"),
    Complaint: ("complaints", "number"),
}


@WHOLE_ARCHIVES
@given(snapshot=edge_snapshots(), encrypted=st.booleans())
def test_find_and_get_by_position_are_the_validated_reads(
    module_engine: sa.Engine, snapshot: Snapshot, encrypted: bool
) -> None:
    try:
        trusted, validated = _restored(module_engine, snapshot, encrypted=encrypted)
        for kind, (field, key) in KEYED.items():
            found = trusted.find(kind)
            assert found == validated.find(kind) == list(getattr(snapshot, field))
            assert shape(found) == shape(validated.find(kind))
            for record in found:
                assert shape(trusted.get(kind, getattr(record, key))) == shape(record)
        for kind in (OdometerReading, Appointment, FleetAccount):
            assert shape(trusted.find(kind)) == shape(validated.find(kind))
        # A filter: only its records, and only their child rows (lines, service types).
        for order in snapshot.work_orders[:2]:
            where = F.work_order.vin == order.vin
            assert shape(trusted.find(WorkOrder, where)) == shape(validated.find(WorkOrder, where))
            assert [o.number for o in trusted.find(WorkOrder, where)] == [
                o.number for o in snapshot.work_orders if o.vin == order.vin
            ]
    finally:
        use_cipher(module_engine, None)
