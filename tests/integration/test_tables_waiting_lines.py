"""Work-order lines waiting for their work order: the same import, in memory or on disk."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyarrow")

from datetime import datetime

from autocrm.adapters.memory import MemoryArchive
from autocrm.adapters.tables import (
    import_tables,
    mapping_from_toml,
    scratch,
    waiting,
)
from autocrm.adapters.tables.waiting import WaitingLines
from autocrm.domain import CHINA_TZ, WorkOrderLine

AT = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)

MAPPING = """
[customers]
files = ["customers.csv"]
columns = { number = "id", name = "name" }
[vehicles]
files = ["vehicles.csv"]
columns = { vin = "vin", customer_number = "customer" }
[work_orders]
files = ["orders.csv"]
columns = { number = "no", vin = "vin", opened_at = "opened", service_types = "type" }
[work_order_lines]
files = ["lines.csv"]
values.payer = { "自费" = "self", "保险" = "insurance" }
values.kind = { "工时" = "labour", "配件" = "part" }
[work_order_lines.columns]
work_order_number = "order"
description = "item"
amount = "amount"
payer = "payer"
kind = "kind"
"""

VIN = "LFV2A21K3D3109826"
ORDERS = [f"WO2025{n:04d}" for n in range(1, 13)]


def _write(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _export(directory: Path) -> list[Path]:
    # The lines of an order are scattered over the file; WO20259999 has no work order.
    lines = [["order", "item", "amount", "payer", "kind"]]
    for turn in range(3):
        for number in ORDERS:
            if int(number[-2:]) % 3 >= turn:
                lines.append([number, f"项目{turn}", f"{88 + turn}.50", "自费", "工时"])
        if turn == 1:
            lines.append(["WO20259999", "洗车", "30", "自费", "工时"])
    return [
        _write(directory / "customers.csv", [["id", "name"], ["KH000001", "王建国"]]),
        _write(
            directory / "vehicles.csv", [["vin", "customer"], ["LFV2A21K3D3109826", "KH000001"]]
        ),
        _write(
            directory / "orders.csv",
            [["no", "vin", "opened", "type"]]
            + [[n, "LFV2A21K3D3109826", "2025-10-09 09:30:00", "maintenance"] for n in ORDERS],
        ),
        _write(directory / "lines.csv", lines),
    ]


def _imported(paths: list[Path]) -> tuple[Any, Any]:
    archive = MemoryArchive()
    result = import_tables(paths, mapping_from_toml(MAPPING), archive, at=AT, on_error="skip")
    return result, archive.snapshot()


def test_lines_moved_to_disk_import_as_lines_kept_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _export(tmp_path)
    in_memory = _imported(paths)
    opened: list[Any] = []
    connect = sqlite3.connect

    def counted(*args: Any, **kwargs: Any) -> Any:
        opened.append(args[0])
        return connect(*args, **kwargs)

    monkeypatch.setattr(waiting, "WAITING_LINES_IN_MEMORY", 2)
    monkeypatch.setattr(scratch.sqlite3, "connect", counted)
    on_disk = _imported(paths)

    assert opened, "the lines should have gone to the temporary file"
    assert not Path(opened[0]).exists()  # and the file is gone after the import
    assert on_disk == in_memory
    result, snapshot = on_disk
    assert [(r.file, r.row, r.field) for r in result.refused] == [
        ("lines.csv", 22, "work_order_number")
    ]
    first = next(order for order in snapshot.work_orders if order.number == "WO20250005")
    assert [line.description for line in first.lines] == ["项目0", "项目1", "项目2"]


def test_waiting_lines_come_back_in_the_order_read_and_the_rest_are_reported() -> None:
    lines = WaitingLines(limit=1)
    for row, (order, item) in enumerate(
        [("WO1", "a"), ("WO2", "b"), ("WO1", "c"), ("WO3", "d")], 2
    ):
        lines.add(order, WorkOrderLine(item, "10"), "lines.csv", row)
    lines.fetch(["WO1", "WO3"])
    assert [line.description for line in lines.pop("WO1")] == ["a", "c"]
    assert [line.description for line in lines.pop("WO3")] == ["d"]
    assert lines.pop("WO1") == []
    assert lines.leftovers() == [("WO2", "lines.csv", 3)]
    lines.close()
    assert lines.leftovers() == []
