"""A streamed backup's records, written from the stored rows, are the codec's bytes.

``SqlArchive.stream().records_json`` writes each record from the driver's row by a
writer generated per class and engine, without building the record. These tests hold
it to what the codec writes for the record the validating read builds
(``trusted_reads=False``: SQLAlchemy's result processing and the constructors), on
SQLite, PostgreSQL and DuckDB, with encrypted fields, non-ASCII names, amounts to the
fen, instants either side of midnight in China, and empty or None fields; and a row the
writer cannot take fails as the positional read fails.
"""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest

sa = pytest.importorskip("sqlalchemy")
pytest.importorskip("cryptography")

import attrs  # noqa: E402
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from tests.integration.conftest import WHOLE_ARCHIVES, restored  # noqa: E402
from tests.strategies import EDGES, edge_archives, general  # noqa: E402

from autocrm.adapters.backup import RECORD_TYPES, export_jsonl, import_jsonl  # noqa: E402
from autocrm.adapters.crypto import FieldCipher  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.adapters.sqlalchemy import tables as t  # noqa: E402
from autocrm.adapters.sqlalchemy.encryption import use_cipher  # noqa: E402
from autocrm.domain import CHINA_TZ, AuditEntry, Customer, Snapshot, Vehicle, WorkOrder  # noqa: E402
from autocrm.domain import WorkOrderLine as Line  # noqa: E402
from autocrm.errors import AutocrmError  # noqa: E402
from autocrm.testing import strategies as s  # noqa: E402

CIPHER = FieldCipher(
    {"k1": bytes(range(32))}, current="k1", lookup_key=b"lookup-key-of-the-test-shop-0001"
)


@st.composite
def archives(draw: st.DrawFn) -> Snapshot:
    """Snapshots with records of most kinds, work orders and audit at edge instants, and
    follow-ups of the snapshot's own customers (the store keeps its keys)."""
    snapshot = draw(edge_archives())
    owners = [customer.number for customer in snapshot.customers] or ["C000001"]
    followups = [
        attrs.evolve(
            draw(s.followups(customer_number=draw(st.sampled_from(owners)))),
            number=f"FU{index:08d}",
        )
        for index in range(draw(st.integers(0, 2)))
    ]
    return attrs.evolve(snapshot, followups=followups)


def _restored(engine: sa.Engine, snapshot: Snapshot, *, encrypted: bool) -> SqlArchive:
    upgrade(engine)
    return restored(engine, snapshot, cipher=CIPHER if encrypted else None)


def _written(archive: SqlArchive, chunk_size: int) -> dict[str, list[str]]:
    with archive.stream(chunk_size=chunk_size) as records:
        return {field: list(records.records_json(field)) for _, field in RECORD_TYPES.values()}


@WHOLE_ARCHIVES
@given(snapshot=archives(), encrypted=st.booleans(), chunk_size=st.integers(1, 4))
def test_each_record_from_its_row_is_what_the_codec_writes(
    module_engine: sa.Engine, snapshot: Snapshot, encrypted: bool, chunk_size: int
) -> None:
    try:
        archive = _restored(module_engine, snapshot, encrypted=encrypted)
        cipher = CIPHER if encrypted else None
        validated = SqlArchive(module_engine, cipher=cipher, trusted_reads=False).snapshot()
        expected = {
            field: [general(record) for record in getattr(validated, field)]
            for _, field in RECORD_TYPES.values()
        }
        assert _written(archive, chunk_size) == expected
        assert expected == {
            field: [general(record) for record in getattr(snapshot, field)]
            for _, field in RECORD_TYPES.values()
        }
    finally:
        use_cipher(module_engine, None)


WANG = Customer(
    "C000001",
    name="王建国",
    mobile="13800138000",
    resident_id="11010519491231002X",
    tags=frozenset({"VIP", "老客户"}),
)
CAR = Vehicle("LFV2A21K3D3109826", "C000001", plate="京A12345")
ORDER = WorkOrder(
    "WO00000001",
    customer_number="C000001",
    vin="LFV2A21K3D3109826",
    # 23:59:59.5 on National Day in China: 15:59:59.5 UTC the same day.
    opened_at=datetime(2025, 10, 1, 23, 59, 59, 500_000, tzinfo=CHINA_TZ),
    closed_at=datetime(2025, 10, 2, 0, 30, tzinfo=CHINA_TZ),
    service_types=["minor_repair", "maintenance"],
    lines=(Line("机油机滤", "420.10"), Line("工时", "0.01", kind="labour")),
)
SHOP = Snapshot(customers=[WANG], vehicles=[CAR], work_orders=[ORDER])


def test_a_backup_streamed_from_an_encrypted_store_restores_to_the_same_bytes(
    engine: sa.Engine,
) -> None:
    try:
        archive = _restored(engine, SHOP, encrypted=True)
        first = io.StringIO()
        with archive.stream() as records:
            export_jsonl(records, first)
        line = first.getvalue().splitlines()[3]
        assert '"closed_at": "2025-10-02T00:30:00+08:00"' in line
        assert '"opened_at": "2025-10-01T23:59:59.500000+08:00"' in line
        assert '"service_types": ["maintenance", "minor_repair"]' in line
        assert '{"amount": "420.10", "description": "机油机滤"' in line
        again = _restored(engine, import_jsonl(first.getvalue().splitlines()), encrypted=True)
        second = io.StringIO()
        with again.stream() as records:
            export_jsonl(records, second)
        assert second.getvalue() == first.getvalue()
    finally:
        use_cipher(engine, None)


def test_a_row_the_writer_cannot_take_fails_as_the_positional_read_fails(
    engine: sa.Engine,
) -> None:
    archive = _restored(engine, SHOP, encrypted=False)
    with engine.begin() as connection:
        connection.execute(sa.update(t.customers).values(gender="unknown-code"))
    with archive.stream() as records, pytest.raises(AutocrmError) as read:
        list(records.records("customers"))
    with archive.stream() as records, pytest.raises(AutocrmError) as written:
        list(records.records_json("customers"))
    assert type(written.value) is type(read.value)
    assert written.value.field == read.value.field == "gender"


def test_instants_either_side_of_midnight_in_china_are_written_as_the_codec_writes_them(
    engine: sa.Engine,
) -> None:
    days = (date(1999, 12, 31), date(2024, 2, 28), date(2024, 2, 29), date(2025, 12, 31))
    entries = [
        AuditEntry(
            at=datetime.combine(day, moment, tzinfo=CHINA_TZ),
            actor="客服-李娜",
            entity="customer",
            entity_id="C000001",
            action="update",
        )
        for day in days
        for moment in EDGES
    ]
    archive = _restored(engine, Snapshot(audit=entries), encrypted=False)
    with archive.stream(chunk_size=7) as records:
        written = list(records.records_json("audit"))
    assert written == [general(entry) for entry in entries]
    # 2024-02-29 00:00:00.000001 in China: 16:00:00.000001 UTC on the 28th.
    assert '"at": "2024-02-29T00:00:00.000001+08:00"' in written[len(EDGES) * 2 + 1]
