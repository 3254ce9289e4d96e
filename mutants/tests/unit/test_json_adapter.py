"""Named cases for the JSON adapter: exact output and clear refusals."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

import pytest

from autocrm.adapters.json import dumps, export_jsonl, import_jsonl, loads
from autocrm.domain import (
    CHINA_TZ,
    Customer,
    Payer,
    ServiceType,
    Snapshot,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.errors import InvalidChecksum, InvalidFormat, ValidationError


def _work_order() -> WorkOrder:
    return WorkOrder(
        number="WO20251009001",
        customer_number="C000001",
        vin="LFV2A21K3D3109826",
        opened_at=datetime(2025, 10, 9, 9, 30, tzinfo=CHINA_TZ),
        closed_at=datetime(2025, 10, 9, 16, 0, tzinfo=CHINA_TZ),
        service_types={ServiceType.MAINTENANCE, ServiceType.MINOR_REPAIR},
        lines=[
            WorkOrderLine("机油", "420.5"),
            WorkOrderLine("刹车片", "680", payer=Payer.INSURANCE),
        ],
    )


def test_money_is_written_as_a_decimal_string_and_read_back_exactly() -> None:
    text = dumps(_work_order())
    assert '"amount": "420.50"' in text
    assert '"service_types": ["maintenance", "minor_repair"]' in text
    assert '"opened_at": "2025-10-09T09:30:00+08:00"' in text
    again = loads(text, WorkOrder)
    assert again.paid_by(Payer.INSURANCE) == Decimal("680.00")
    assert again == _work_order()


def test_float_money_in_json_is_refused() -> None:
    text = dumps(_work_order()).replace('"420.50"', "420.5")
    with pytest.raises(ValidationError, match="decimal string"):
        loads(text, WorkOrder)


def test_a_bad_resident_id_in_json_is_refused_with_the_identifier_error() -> None:
    text = dumps(Customer(number="C1", name="王建国", resident_id="11010519491231002X"))
    with pytest.raises(InvalidChecksum) as caught:
        loads(text.replace("11010519491231002X", "110105194912310021"), Customer)
    assert caught.value.field == "resident_id"


def test_import_names_the_line_of_a_bad_record() -> None:
    buffer = io.StringIO()
    export_jsonl(Snapshot(customers=[Customer(number="C1", name="张三")]), buffer)
    lines = buffer.getvalue().splitlines()
    lines.insert(2, '{"type": "spaceship", "data": {}}')
    with pytest.raises(InvalidFormat, match="line 3: unknown record type 'spaceship'"):
        import_jsonl(lines)


def test_import_refuses_a_file_without_the_header() -> None:
    with pytest.raises(InvalidFormat, match="no header"):
        import_jsonl(['{"type": "customer", "data": {}}'])


def test_export_to_a_path_and_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    snap = Snapshot(
        customers=[Customer(number="C000007", name="李娜", birth_date=date(1990, 2, 28))],
        customer_sequence=9,
    )
    path = tmp_path / "backup.jsonl"
    assert export_jsonl(snap, path) == 1
    assert import_jsonl(path) == snap
    assert import_jsonl(path).customer_sequence == 9
