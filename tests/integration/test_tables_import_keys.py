"""Importing: blank required cells refused by field, and the keys read so far kept on disk.

An export of customers, vehicles, work orders and their lines as small UTF-8 CSV
files; the keys an import checks references against are moved to a temporary file
past a limit, which must change nothing in what is refused or written.
"""

from __future__ import annotations

import csv
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from autocrm.adapters.memory import MemoryArchive
from autocrm.adapters.tables import import_tables, keys, mapping_from_toml
from autocrm.domain import CHINA_TZ, WorkOrder
from autocrm.errors import StoreError

pytest.importorskip("pyarrow")

AT = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)
MAPPING = """
[customers]
files = ["customers.csv"]
columns = { number = "客户编号", name = "姓名" }

[vehicles]
files = ["vehicles.csv"]
columns = { vin = "车架号", customer_number = "客户编号" }

[work_orders]
files = ["orders.csv"]
columns = { number = "工单号", vin = "车架号", opened_at = "进厂时间", service_types = "维修类型" }

[work_order_lines]
files = ["lines.csv"]
columns = { work_order_number = "工单号", description = "项目", amount = "金额" }
"""


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _export(directory: Path, orders: list[list[str]], lines: list[list[str]]) -> list[Path]:
    return [
        _csv(
            directory / "customers.csv",
            [["客户编号", "姓名"], ["C000001", "王建国"], ["C000002", "李娜"], ["C000001", "重复"]],
        ),
        _csv(
            directory / "vehicles.csv",
            [
                ["车架号", "客户编号"],
                ["LFV2A21K3D3109826", "C000001"],
                ["LSVAU218XN2183294", "C000002"],
                ["LSVAU218XN2183294", "C000002"],  # twice
                ["LFV3A23C0J3012346", "C000009"],  # no such customer
            ],
        ),
        _csv(directory / "orders.csv", [["工单号", "车架号", "进厂时间", "维修类型"], *orders]),
        _csv(directory / "lines.csv", [["工单号", "项目", "金额"], *lines]),
    ]


ORDERS = [
    ["WO1", "lfv2a21k3d3109826", "2025-10-09 09:30:00", "maintenance"],
    ["WO2", "LSVAU218XN2183294", "2025-10-10 10:00:00", "minor_repair"],
    ["WO1", "LFV2A21K3D3109826", "2025-10-11 10:00:00", "maintenance"],  # twice
    ["WO3", "LFV3A23C0J3012346", "2025-10-11 10:00:00", "maintenance"],  # unknown vehicle
    ["WO4", "LFV2A21K3D3109826", "", "maintenance"],  # blank opening time
    ["", "LFV2A21K3D3109826", "2025-10-11 10:00:00", "maintenance"],  # blank number
]
LINES = [
    ["WO1", "工时", "88"],
    ["WO2", "机油", "120.5"],
    ["", "滤芯", "30"],  # blank work order
    ["WO9", "刹车片", "680"],  # no such work order
]


def _summary(result: Any) -> list[tuple[str, int, str, str]]:
    return [(r.file, r.row, r.field, r.problem) for r in result.refused]


def test_a_blank_required_cell_is_refused_naming_its_field(tmp_path: Path) -> None:
    archive = MemoryArchive()
    result = import_tables(
        _export(tmp_path, ORDERS, LINES), mapping_from_toml(MAPPING), archive, at=AT,
        on_error="skip",
    )  # fmt: skip
    refused = {(r.file, r.row): r.field for r in result.refused}
    assert refused[("orders.csv", 6)] == "opened_at"
    assert refused[("orders.csv", 7)] == "number"
    assert refused[("lines.csv", 4)] == "work_order_number"
    assert archive.get(WorkOrder, "WO1").total == 88
    assert archive.get(WorkOrder, "WO1").vin == "LFV2A21K3D3109826"


def test_keys_kept_on_disk_refuse_and_write_what_keys_in_memory_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _export(tmp_path, ORDERS, LINES)
    in_memory = MemoryArchive()
    expected = import_tables(paths, mapping_from_toml(MAPPING), in_memory, at=AT, on_error="skip")
    monkeypatch.setattr(keys, "KEYS_IN_MEMORY", 1)
    on_disk = MemoryArchive()
    result = import_tables(paths, mapping_from_toml(MAPPING), on_disk, at=AT, on_error="skip")
    assert _summary(result) == _summary(expected)
    assert [(r.file, r.row, r.field) for r in result.refused] == [
        ("customers.csv", 4, "number"),  # twice
        ("vehicles.csv", 4, "vin"),  # twice
        ("vehicles.csv", 5, "customer_number"),
        ("lines.csv", 4, "work_order_number"),  # blank
        ("orders.csv", 4, "number"),  # twice
        ("orders.csv", 5, "vin"),
        ("orders.csv", 6, "opened_at"),
        ("orders.csv", 7, "number"),
        ("lines.csv", 5, "work_order_number"),
    ]
    assert on_disk.snapshot() == in_memory.snapshot()
    assert dict(result.counts) == dict(expected.counts)


class _FailingArchive(MemoryArchive):
    """An archive whose store fails once the import's temporary files exist."""

    def __init__(self, temporary: Path) -> None:
        super().__init__()
        self.temporary = temporary

    def load(self, records: Any, **_: Any) -> Any:
        for _record in records:
            if any(self.temporary.iterdir()):
                raise StoreError("the disk is full")
        raise AssertionError("the import wrote no temporary file")


def test_the_keys_file_goes_when_the_store_fails_mid_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keys, "KEYS_IN_MEMORY", 1)
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    paths = _export(tmp_path, ORDERS, LINES)
    with pytest.raises(StoreError) as failed:
        import_tables(paths, mapping_from_toml(MAPPING), _FailingArchive(temporary), at=AT)
    # The traceback still holds the import's frames: the files went all the same.
    assert failed.value.__traceback__ is not None
    assert list(temporary.iterdir()) == []


def test_a_failing_keys_file_is_a_store_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_: Any, **__: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(keys, "KEYS_IN_MEMORY", 1)
    monkeypatch.setattr(keys.KeysOfOneKind, "_spill", disk_full)
    with pytest.raises(StoreError, match="temporary file") as failed:
        import_tables(_export(tmp_path, ORDERS, LINES), mapping_from_toml(MAPPING),
                      MemoryArchive(), at=AT)  # fmt: skip
    assert isinstance(failed.value.__cause__, sqlite3.OperationalError)
