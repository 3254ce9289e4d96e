"""The pandas adapter: frames from domain objects and result rows."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

pd = pytest.importorskip("pandas")

from autocrm.adapters.pandas import to_frame, to_records  # noqa: E402
from autocrm.domain import CHINA_TZ, Payer, ServiceType, WorkOrder, WorkOrderLine  # noqa: E402


def _orders() -> list[WorkOrder]:
    return [
        WorkOrder(
            number=f"WO{i}",
            customer_number="C000001",
            vin="LFV2A21K3D3109826",
            opened_at=datetime(2025, 10, 9 + i, 9, tzinfo=CHINA_TZ),
            service_types={ServiceType.MAINTENANCE},
            lines=[
                WorkOrderLine("机油", "0.10"),
                WorkOrderLine("喷漆", "0.20", payer=Payer.INSURANCE),
            ],
        )
        for i in range(3)
    ]


def test_money_stays_exact_in_a_frame() -> None:
    frame = to_frame([{"number": o.number, "total": o.total} for o in _orders()])
    assert frame["total"].sum() == Decimal("0.90")


def test_domain_objects_become_rows_with_labels() -> None:
    frame = to_frame(_orders())
    assert list(frame["number"]) == ["WO0", "WO1", "WO2"]
    assert frame.loc[0, "service_types"] == ["maintenance"]
    assert frame.loc[0, "lines"][1]["payer"] == "insurance"


def test_objects_with_to_rows_are_accepted() -> None:
    class Result:
        def to_rows(self) -> list[dict[str, object]]:
            return [{"level": "I", "count": 375}, {"level": "II", "count": 14}]

    assert to_frame(Result())["count"].tolist() == [375, 14]


def test_unknown_objects_are_refused() -> None:
    with pytest.raises(TypeError, match="cannot make a row of int"):
        to_records([1])
