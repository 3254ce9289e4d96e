"""DuckDB takes bulk loads from Arrow, its fastest way in, with amounts exact to the fen."""

from __future__ import annotations

import pytest

sa = pytest.importorskip("sqlalchemy")

from autocrm.adapters.sqlalchemy import SqlArchive  # noqa: E402


def test_duckdb_loads_through_arrow_with_exact_amounts() -> None:
    pytest.importorskip("duckdb_engine")
    pytest.importorskip("pyarrow")
    from datetime import datetime

    from autocrm.domain import CHINA_TZ, Customer, Vehicle, WorkOrder, WorkOrderLine

    archive = SqlArchive.from_url("duckdb:///:memory:")
    order = WorkOrder(
        number="WO2025100901",
        customer_number="KH000001",
        vin="LFV2A21K3D3109826",
        opened_at=datetime(2025, 10, 9, 9, 30, tzinfo=CHINA_TZ),
        service_types=["保养"],
        lines=[WorkOrderLine("机油", "420.50"), WorkOrderLine("工时", "999999999999.99")],
    )
    statements: list[str] = []

    def record(*args: object) -> None:
        statements.append(str(args[2]))

    sa.event.listen(archive.engine, "before_cursor_execute", record)
    archive.load(
        [
            Customer("KH000001", name="王建国", mobile="13800138000"),
            Vehicle("LFV2A21K3D3109826", "KH000001", plate="京A12345"),
            order,
        ],
        actor="import",
        at=datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ),
    )
    sa.event.remove(archive.engine, "before_cursor_execute", record)
    # The rows went in from Arrow, not as one parameter set per row through SQLAlchemy.
    assert not [s for s in statements if s.lstrip().upper().startswith("INSERT")]
    read = archive.get(WorkOrder, "WO2025100901")
    assert read == order.__class__(**{**_fields(order), "version": 1})
    assert [line.amount for line in read.lines] == [line.amount for line in order.lines]
    assert archive.audit_trail("work_order", "WO2025100901")[0].actor == "import"


def _fields(record: object) -> dict[str, object]:
    import attrs

    return attrs.asdict(record, recurse=False)  # type: ignore[arg-type]
