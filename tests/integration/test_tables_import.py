"""Importing a DMS export: a GBK CSV, an Excel workbook and a Parquet file, as a shop has them.

The export is built in each test from fixed rows: customers as a GBK CSV with Chinese
headers and labels, vehicles as an ``.xlsx`` workbook, work orders as Parquet with
naive timestamps and amounts in fen, complaints and follow-ups as UTF-8 CSV.
"""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
openpyxl = pytest.importorskip("openpyxl")

import sqlalchemy as sa  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from autocrm.adapters.memory import MemoryArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.adapters.tables import (  # noqa: E402
    MappingError,
    import_tables,
    mapping_from_toml,
)
from autocrm.domain import (  # noqa: E402
    CHINA_TZ,
    AuditAction,
    Complaint,
    ComplaintLevel,
    Customer,
    CustomerKind,
    FollowUp,
    FollowUpKind,
    Gender,
    OdometerReading,
    Payer,
    ServiceType,
    Vehicle,
    WorkOrder,
)
from autocrm.errors import ArchiveNotEmpty  # noqa: E402

AT = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)

CUSTOMER_HEADER = (
    "客户编号 客户名称 客户类型 性别 手机 身份证号 统一社会信用代码 出生日期 地址 邮编 建档日期"
)
CUSTOMER_HEADER_COLUMNS = CUSTOMER_HEADER.split()
CUSTOMERS = [
    ["KH000001", "王建国", "个人", "男", "13800138000", "11010519491231002X", "",
     "1949/12/31", "北京市朝阳区建国路88号", "100022", "2020/05/06"],
    ["KH000002", "北京某某银行股份有限公司", "单位", "", "010-65123456", "", "91110000802100433B",
     "", "北京市西城区金融大街1号", "100033", "2021/03/01"],
    ["KH000003", "李娜", "个人", "女", "139 1234 5678", "", "", "", "", "", "2022/11/15"],
]  # fmt: skip

VEHICLE_HEADER = ["车架号", "客户编号", "车牌号", "品牌", "车型", "购车日期", "保险到期"]
VEHICLES = [
    ["LFV2A21K3D3109826", "KH000001", "京A12345", "一汽-大众", "速腾 1.4T",
     datetime(2024, 3, 18), "2026-03-17"],
    ["LSVAU218XN2183294", "KH000002", "京N·D12345", "上汽大众", "帕萨特",
     datetime(2022, 6, 1), None],
    ["LGBH52E01KY123456", "KH000003", "沪B23456", "东风日产", "轩逸", datetime(2019, 9, 9), None],
]  # fmt: skip

WORK_ORDERS = {
    "工单号": ["WO2025100901", "WO2025101502", "WO2025110303"],
    "车架号": ["LFV2A21K3D3109826", "LSVAU218XN2183294", "lgbh52e01ky123456"],
    "进厂时间": [datetime(2025, 10, 9, 9, 30), datetime(2025, 10, 15, 14, 5),
                 datetime(2025, 11, 3, 8, 0)],
    "结算时间": [datetime(2025, 10, 9, 16, 0), None, datetime(2025, 11, 3, 17, 45)],
    "维修类型": ["保养", "钣喷;保险维修", "小修、保养"],
    "进厂里程": [15200, 48000, 91000],
    "自费": [42050, 0, 38000],
    "保险": [0, 520000, 0],
    "索赔": [None, 0, 12000],
}  # fmt: skip

COMPLAINTS = [
    ["投诉编号", "客户编号", "车架号", "工单号", "受理时间", "等级", "描述"],
    ["TS2025001", "KH000001", "LFV2A21K3D3109826", "WO2025100901", "2025-10-11 10:20:00",
     "二级", "保养后异响"],
]  # fmt: skip

FOLLOWUPS = [
    ["回访编号", "类型", "车架号", "工单号", "应回访日期", "回访时间", "回访结果", "评分",
     "回访人"],
    ["FU-WO2025100901-3DC", "三日回访", "LFV2A21K3D3109826", "WO2025100901", "2025-10-13",
     "2025-10-13 10:00", "回访成功", "9", "客服-李娜"],
    ["FU-WO2025110303-3DC", "三日回访", "LGBH52E01KY123456", "WO2025110303", "2025-11-06",
     "", "", "", ""],
]  # fmt: skip

MAPPING = """
[defaults]
timezone = "Asia/Shanghai"

[customers]
files = ["客户档案*.csv"]
encoding = "gbk"
date_formats = ["%Y/%m/%d"]
values.kind = { "个人" = "person", "单位" = "company" }
values.gender = { "男" = "male", "女" = "female" }
fallbacks = { gender = "unknown" }

[customers.columns]
number = "客户编号"
name = "客户名称"
kind = "客户类型"
gender = "性别"
mobile = "手机"
resident_id = "身份证号"
uscc = "统一社会信用代码"
birth_date = "出生日期"
address = "地址"
postcode = "邮编"
registered_on = "建档日期"

[vehicles]
files = ["车辆*.xlsx"]

[vehicles.columns]
vin = "车架号"
customer_number = "客户编号"
plate = "车牌号"
brand = "品牌"
model = "车型"
purchased_on = "购车日期"
insurance_renewal_on = "保险到期"

[work_orders]
files = ["工单*.parquet"]
money_unit = "fen"
payer_amounts = { self = "自费", insurance = "保险", warranty = "索赔" }

[work_orders.columns]
number = "工单号"
vin = "车架号"
opened_at = "进厂时间"
closed_at = "结算时间"
service_types = "维修类型"
mileage_km = "进厂里程"

[work_orders.values.service_types]
"保养" = "maintenance"
"小修" = "minor_repair"
"钣喷" = "body_paint"
"保险维修" = "insurance_repair"

[complaints]
files = ["投诉*.csv"]

[complaints.columns]
number = "投诉编号"
customer_number = "客户编号"
vin = "车架号"
work_order_number = "工单号"
received_at = "受理时间"
level = "等级"
description = "描述"

[followups]
files = ["回访*.csv"]

[followups.columns]
number = "回访编号"
kind = "类型"
vin = "车架号"
work_order_number = "工单号"
due = "应回访日期"
called_at = "回访时间"
outcome = "回访结果"
rating = "评分"
called_by = "回访人"
"""


def _write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _write_xlsx(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "车辆档案"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _write_parquet(path: Path, columns: dict[str, list[Any]]) -> Path:
    schema = pa.schema(
        [
            ("工单号", pa.string()),
            ("车架号", pa.string()),
            ("进厂时间", pa.timestamp("s")),
            ("结算时间", pa.timestamp("s")),
            ("维修类型", pa.string()),
            ("进厂里程", pa.int64()),
            ("自费", pa.int64()),
            ("保险", pa.int64()),
            ("索赔", pa.int64()),
        ]
    )
    pq.write_table(pa.table(columns, schema=schema), path)
    return path


def _export(
    directory: Path,
    *,
    customers: list[list[str]] = CUSTOMERS,
    vehicles: list[list[Any]] = VEHICLES,
    work_orders: dict[str, list[Any]] = WORK_ORDERS,
) -> list[Path]:
    return [
        _write_parquet(directory / "工单2025.parquet", work_orders),
        _write_csv(directory / "回访记录.csv", FOLLOWUPS, "utf-8"),
        _write_csv(directory / "客户档案.csv", [CUSTOMER_HEADER_COLUMNS, *customers], "gbk"),
        _write_xlsx(directory / "车辆.xlsx", VEHICLE_HEADER, vehicles),
        _write_csv(directory / "投诉.csv", COMPLAINTS, "utf-8-sig"),
    ]


def _sql_archive(request: pytest.FixtureRequest, engine_name: str) -> SqlArchive:
    if engine_name == "sqlite":
        engine = sa.create_engine("sqlite://", poolclass=StaticPool)
        request.addfinalizer(engine.dispose)
    else:
        engine = request.getfixturevalue("postgres_engine")
    upgrade(engine)
    return SqlArchive(engine)


@pytest.fixture(params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def archive(request: pytest.FixtureRequest) -> Any:
    """An empty archive: in memory, in SQLite and in PostgreSQL."""
    if request.param == "memory":
        return MemoryArchive()
    return _sql_archive(request, request.param)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def sql_archive(request: pytest.FixtureRequest) -> SqlArchive:
    """An empty SQL archive on SQLite and PostgreSQL."""
    return _sql_archive(request, request.param)


def test_a_gbk_csv_an_excel_file_and_parquet_import_as_the_mapping_says(
    tmp_path: Path, archive: Any
) -> None:
    result = import_tables(_export(tmp_path), mapping_from_toml(MAPPING), archive, at=AT)

    assert result.refused == ()
    assert result.written
    assert dict(result.counts) == {
        "customers": 3,
        "vehicles": 3,
        "work_orders": 3,
        "complaints": 1,
        "followups": 2,
    }
    assert result.rows == 12
    wang = archive.get(Customer, "KH000001")
    assert (wang.name, wang.kind, wang.gender, wang.mobile) == (
        "王建国",
        CustomerKind.PERSON,
        Gender.MALE,
        "+8613800138000",
    )
    assert (wang.resident_id, wang.birth_date, wang.registered_on) == (
        "11010519491231002X",
        date(1949, 12, 31),
        date(2020, 5, 6),
    )
    assert wang.address is not None
    assert (wang.address.text, wang.address.postcode) == ("北京市朝阳区建国路88号", "100022")
    bank = archive.get(Customer, "KH000002")
    assert (bank.kind, bank.uscc, bank.gender, bank.mobile) == (
        CustomerKind.COMPANY,
        "91110000802100433B",
        Gender.UNKNOWN,
        "+861065123456",
    )
    assert archive.get(Customer, "KH000003").mobile == "+8613912345678"

    car = archive.get(Vehicle, "LFV2A21K3D3109826")
    assert (car.customer_number, car.plate, car.brand, car.model) == (
        "KH000001",
        "京A12345",
        "一汽-大众",
        "速腾 1.4T",
    )
    assert (car.purchased_on, car.insurance_renewal_on) == (date(2024, 3, 18), date(2026, 3, 17))
    assert archive.get(Vehicle, "LSVAU218XN2183294").plate == "京ND12345"

    first = archive.get(WorkOrder, "WO2025100901")
    # The customer comes from the vehicle: the work-order export has no customer column.
    assert (first.customer_number, first.vin, first.mileage_km) == (
        "KH000001",
        "LFV2A21K3D3109826",
        15200,
    )
    assert first.service_types == frozenset({ServiceType.MAINTENANCE})
    assert first.opened_at == datetime(2025, 10, 9, 9, 30, tzinfo=CHINA_TZ)
    assert first.closed_at == datetime(2025, 10, 9, 16, 0, tzinfo=CHINA_TZ)
    assert [(line.description, line.amount, line.payer) for line in first.lines] == [
        ("自费", Decimal("420.50"), Payer.SELF)
    ]
    second = archive.get(WorkOrder, "WO2025101502")
    assert second.closed_at is None
    assert second.service_types == {ServiceType.BODY_PAINT, ServiceType.INSURANCE_REPAIR}
    assert second.paid_by(Payer.INSURANCE) == Decimal("5200.00")
    assert second.total == Decimal("5200.00")
    third = archive.get(WorkOrder, "WO2025110303")
    assert third.vin == "LGBH52E01KY123456"  # written in lower case in the export
    assert third.service_types == {ServiceType.MINOR_REPAIR, ServiceType.MAINTENANCE}
    assert (third.paid_by(Payer.SELF), third.paid_by(Payer.WARRANTY)) == (
        Decimal("380.00"),
        Decimal("120.00"),
    )

    complaint = archive.get(Complaint, "TS2025001")
    assert (complaint.level, complaint.work_order_number, complaint.received_at) == (
        ComplaintLevel.II,
        "WO2025100901",
        datetime(2025, 10, 11, 10, 20, tzinfo=CHINA_TZ),
    )
    called = archive.get(FollowUp, "FU-WO2025100901-3DC")
    assert (called.kind, called.customer_number, called.due, called.earliest) == (
        FollowUpKind.THREE_DAY,
        "KH000001",
        date(2025, 10, 13),
        date(2025, 10, 13),
    )
    assert called.rating == 9
    assert called.attempts[0].by == "客服-李娜"
    assert called.attempts[0].at == datetime(2025, 10, 13, 10, 0, tzinfo=CHINA_TZ)
    assert archive.get(FollowUp, "FU-WO2025110303-3DC").attempts == ()

    # Every record is created as add() creates it: version 1 and one CREATE audit entry.
    assert wang.version == first.version == 1
    trail = archive.audit_trail()
    assert len(trail) == 12
    assert {(e.action, e.actor, e.at) for e in trail} == {(AuditAction.CREATE, "import-tables", AT)}
    assert [e.entity_id for e in trail[:3]] == ["KH000001", "KH000002", "KH000003"]


def test_memory_and_sql_archives_hold_the_same_import(tmp_path: Path, sql_archive: Any) -> None:
    memory = MemoryArchive()
    mapping = mapping_from_toml(MAPPING)
    import_tables(_export(tmp_path), mapping, memory, at=AT)
    import_tables(_export(tmp_path), mapping, sql_archive, at=AT)
    assert sql_archive.snapshot() == memory.snapshot()


def _bad_export(directory: Path) -> list[Path]:
    customers = [
        *CUSTOMERS,
        # row 5: a mobile with too few digits; row 6: a resident ID whose check digit is wrong
        ["KH000004", "张伟", "个人", "男", "1380013", "", "", "", "", "", "2023/01/01"],
        ["KH000005", "刘洋", "个人", "男", "", "110105194912310021", "", "", "", "", ""],
    ]
    vehicles = [
        *VEHICLES,
        # row 5: the vehicle of the refused customer; row 6: an owner that is not in the export
        ["LFV3A23C0J3012346", "KH000004", "粤B12345", "大众", "朗逸", None, None],
        ["LSGPC52U2GF123457", "KH000009", "粤B54321", "大众", "朗逸", None, None],
    ]
    orders = {name: [*values, values[0]] for name, values in WORK_ORDERS.items()}
    orders["工单号"][-1] = "WO2025120104"
    orders["维修类型"][-1] = "洗车"  # not in the value map, no fallback
    return _export(directory, customers=customers, vehicles=vehicles, work_orders=orders)


def _refused_summary(result: Any) -> list[tuple[str, int, str, str | None]]:
    return [(r.file, r.row, r.field, r.column) for r in result.refused]


EXPECTED_REFUSED = [
    ("客户档案.csv", 5, "mobile", "手机"),
    ("客户档案.csv", 6, "resident_id", "身份证号"),
    ("车辆.xlsx", 5, "customer_number", "客户编号"),
    ("车辆.xlsx", 6, "customer_number", "客户编号"),
    ("工单2025.parquet", 5, "service_types", "维修类型"),
]


def test_stop_refuses_the_whole_import_and_reports_every_refused_row(
    tmp_path: Path, archive: Any
) -> None:
    result = import_tables(_bad_export(tmp_path), mapping_from_toml(MAPPING), archive, at=AT)

    assert not result.written
    assert result.skipped == 0
    assert _refused_summary(result) == EXPECTED_REFUSED
    assert "'洗车' is not in the value map work_orders.values.service_types" in (
        result.refused[-1].problem
    )
    assert "KH000009" in result.refused[3].problem
    assert result.summary() == "nothing written: 5 of 17 rows refused"
    assert archive.count(Customer) == archive.count(WorkOrder) == 0
    assert archive.audit_trail() == []


def test_skip_writes_the_valid_rows_and_says_how_many_were_skipped(
    tmp_path: Path, archive: Any
) -> None:
    result = import_tables(
        _bad_export(tmp_path), mapping_from_toml(MAPPING), archive, at=AT, on_error="skip"
    )

    assert result.written
    assert result.skipped == 5
    assert _refused_summary(result) == EXPECTED_REFUSED
    assert archive.count(Customer) == 3
    assert archive.count(Vehicle) == 3
    assert archive.count(WorkOrder) == 3
    assert result.summary() == (
        "3 customers, 3 vehicles, 3 work_orders, 1 complaints, 2 followups imported from "
        "17 rows; 5 refused rows skipped"
    )


def test_the_report_is_a_csv_excel_opens(tmp_path: Path) -> None:
    result = import_tables(
        _bad_export(tmp_path), mapping_from_toml(MAPPING), MemoryArchive(), at=AT
    )
    report = tmp_path / "refused.csv"
    result.write_report(report)
    with open(report, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["file", "row", "table", "field", "column", "value", "problem"]
    assert rows[1][:5] == ["客户档案.csv", "5", "customers", "mobile", "手机"]
    assert rows[1][5] == "1380013"
    assert "phone number" in rows[1][6]
    assert len(rows) == 6


def test_an_unmapped_value_takes_the_declared_fallback(tmp_path: Path) -> None:
    customers = [["KH000001", "王建国", "个人", "不详", "", "", "", "", "", "", ""]]
    mapping = mapping_from_toml(MAPPING)
    archive = MemoryArchive()
    import_tables(
        [_write_csv(tmp_path / "客户档案.csv", [CUSTOMER_HEADER_COLUMNS, *customers], "gbk")],
        mapping,
        archive,
        at=AT,
    )
    assert archive.get(Customer, "KH000001").gender is Gender.UNKNOWN
    # Without the fallback the same row is refused, naming the value map.
    strict = mapping_from_toml(MAPPING.replace('fallbacks = { gender = "unknown" }', ""))
    result = import_tables(
        [tmp_path / "客户档案.csv"], strict, MemoryArchive(), at=AT, on_error="skip"
    )
    assert [(r.row, r.field) for r in result.refused] == [(2, "gender")]
    assert "customers.values.gender" in result.refused[0].problem


LINES_MAPPING = """
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
money_unit = "UNIT"
values.payer = { "自费" = "self", "保险" = "insurance" }
values.kind = { "工时" = "labour", "配件" = "part" }
[work_order_lines.columns]
work_order_number = "order"
description = "item"
amount = "amount"
payer = "payer"
kind = "kind"
"""


def _lines_export(directory: Path, amounts: list[str]) -> list[Path]:
    return [
        _write_csv(directory / "customers.csv", [["id", "name"], ["KH000001", "王建国"]], "utf-8"),
        _write_csv(
            directory / "vehicles.csv",
            [["vin", "customer"], ["LFV2A21K3D3109826", "KH000001"]],
            "utf-8",
        ),
        _write_csv(
            directory / "orders.csv",
            [
                ["no", "vin", "opened", "type"],
                ["WO1", "LFV2A21K3D3109826", "2025/10/09 09:30", "maintenance"],
            ],
            "utf-8",
        ),
        _write_csv(
            directory / "lines.csv",
            [
                ["order", "item", "amount", "payer", "kind"],
                ["WO1", "机油机滤更换", amounts[0], "自费", "工时"],
                ["WO1", "刹车片", amounts[1], "保险", "配件"],
            ],
            "utf-8",
        ),
    ]


@pytest.mark.parametrize(
    ("unit", "amounts"), [("yuan", ["420.5", "1,280.00"]), ("fen", ["42050", "128000"])]
)
def test_money_in_yuan_or_fen_becomes_the_same_amounts(
    tmp_path: Path, unit: str, amounts: list[str]
) -> None:
    archive = MemoryArchive()
    mapping = mapping_from_toml(LINES_MAPPING.replace("UNIT", unit))
    result = import_tables(_lines_export(tmp_path, amounts), mapping, archive, at=AT)
    assert dict(result.counts)["work_order_lines"] == 2
    order = archive.get(WorkOrder, "WO1")
    assert [(line.description, line.amount, line.payer.value, line.kind.value)
            for line in order.lines] == [
        ("机油机滤更换", Decimal("420.50"), "self", "labour"),
        ("刹车片", Decimal("1280.00"), "insurance", "part"),
    ]  # fmt: skip
    # A naive "2025/10/09 09:30" is China time.
    assert order.opened_at == datetime(2025, 10, 9, 1, 30, tzinfo=timezone.utc)


def test_a_refused_line_keeps_its_work_order_out(tmp_path: Path) -> None:
    mapping = mapping_from_toml(LINES_MAPPING.replace("UNIT", "fen"))
    archive = MemoryArchive()
    result = import_tables(
        _lines_export(tmp_path, ["42050", "1280.5"]), mapping, archive, at=AT, on_error="skip"
    )
    assert [(r.file, r.row, r.field) for r in result.refused] == [
        ("lines.csv", 3, "amount"),
        ("orders.csv", 2, "lines"),
    ]
    assert "not a whole number of fen" in result.refused[0].problem
    assert archive.count(WorkOrder) == 0
    assert archive.count(Vehicle) == 1


def test_a_line_of_an_unknown_work_order_is_refused(tmp_path: Path) -> None:
    paths = _lines_export(tmp_path, ["1", "2"])
    _write_csv(
        tmp_path / "lines.csv",
        [["order", "item", "amount", "payer", "kind"], ["WO9", "洗车", "30", "自费", "工时"]],
        "utf-8",
    )
    mapping = mapping_from_toml(LINES_MAPPING.replace("UNIT", "yuan"))
    result = import_tables(paths, mapping, MemoryArchive(), at=AT)
    assert [(r.file, r.row, r.field, r.column) for r in result.refused] == [
        ("lines.csv", 2, "work_order_number", "order")
    ]
    assert not result.written


def test_naive_timestamps_take_the_mapping_time_zone_and_aware_ones_keep_theirs(
    tmp_path: Path,
) -> None:
    orders = dict(WORK_ORDERS)
    mapping = mapping_from_toml(
        MAPPING.replace('timezone = "Asia/Shanghai"', 'timezone = "Asia/Urumqi"')
    )
    archive = MemoryArchive()
    import_tables(_export(tmp_path, work_orders=orders), mapping, archive, at=AT)
    opened = archive.get(WorkOrder, "WO2025100901").opened_at
    assert opened.utcoffset() == timedelta(hours=6)
    assert opened.replace(tzinfo=None) == datetime(2025, 10, 9, 9, 30)

    aware = tmp_path / "aware"
    aware.mkdir()
    paths = _export(aware)
    table = pq.read_table(paths[0])
    utc = pa.timestamp("s", tz="UTC")
    table = table.set_column(2, pa.field("进厂时间", utc), table.column(2).cast(utc))
    pq.write_table(table, paths[0])
    other = MemoryArchive()
    import_tables(paths, mapping, other, at=AT)
    assert other.get(WorkOrder, "WO2025100901").opened_at == datetime(
        2025, 10, 9, 9, 30, tzinfo=timezone.utc
    )


class _PowerCut(Exception):
    pass


def test_a_failure_half_way_leaves_the_archive_as_it_was(
    tmp_path: Path, sql_archive: SqlArchive, monkeypatch: pytest.MonkeyPatch
) -> None:
    from autocrm.adapters.tables import importer, readers

    # One row a batch, and the archive writes a chunk per record: the failure comes after
    # customers and vehicles were written inside the transaction.
    monkeypatch.setattr(importer, "BATCH_ROWS", 1)
    monkeypatch.setattr(readers, "BATCH_ROWS", 1)
    load = sql_archive.load
    monkeypatch.setattr(sql_archive, "load", lambda r, **kw: load(r, chunk_size=1, **kw))
    seen: list[int] = []

    def fail_on_the_seventh_row(rows: int) -> None:
        seen.append(rows)
        if len(seen) == 7:
            raise _PowerCut

    with pytest.raises(_PowerCut):
        import_tables(
            _export(tmp_path),
            mapping_from_toml(MAPPING),
            sql_archive,
            at=AT,
            progress=fail_on_the_seventh_row,
        )
    assert sql_archive.count(Customer) == sql_archive.count(Vehicle) == 0
    assert sql_archive.audit_trail() == []
    assert sql_archive.snapshot().customer_sequence == 0
    # And the same import then goes through.
    result = import_tables(_export(tmp_path), mapping_from_toml(MAPPING), sql_archive, at=AT)
    assert result.written
    assert sql_archive.count(OdometerReading) == 0
    assert sql_archive.count(Vehicle) == 3


def test_a_non_empty_archive_is_refused_and_left_alone(tmp_path: Path, archive: Any) -> None:
    archive.add(Customer("C000001", name="张三"), actor="客服-李娜", at=AT)
    with pytest.raises(ArchiveNotEmpty):
        import_tables(_export(tmp_path), mapping_from_toml(MAPPING), archive, at=AT)
    assert archive.count(Customer) == 1
    assert len(archive.audit_trail()) == 1


def test_mapping_errors_name_the_key_path(tmp_path: Path) -> None:
    with pytest.raises(MappingError) as bad_code:
        mapping_from_toml(MAPPING.replace('"钣喷" = "body_paint"', '"钣喷" = "paint"'))
    assert bad_code.value.field == "work_orders.values.service_types.钣喷"
    with pytest.raises(MappingError) as bad_unit:
        mapping_from_toml(MAPPING.replace('money_unit = "fen"', 'money_unit = "jiao"'))
    assert bad_unit.value.field == "work_orders.money_unit"
    with pytest.raises(MappingError) as missing:
        mapping_from_toml(MAPPING.replace('name = "客户名称"\n', ""))
    assert missing.value.field == "customers.columns.name"

    paths = _export(tmp_path)
    renamed = mapping_from_toml(MAPPING.replace('plate = "车牌号"', 'plate = "号牌号码"'))
    with pytest.raises(MappingError) as no_column:
        import_tables(paths, renamed, MemoryArchive(), at=AT)
    assert no_column.value.field == "vehicles.columns.plate"
    assert "车牌号" in str(no_column.value)
    stray = _write_csv(tmp_path / "配件.csv", [["a"], ["1"]], "utf-8")
    with pytest.raises(MappingError, match=r"配件\.csv: matches no table"):
        import_tables([*paths, stray], mapping_from_toml(MAPPING), MemoryArchive(), at=AT)


def test_the_encoding_of_a_csv_is_detected(tmp_path: Path) -> None:
    mapping = mapping_from_toml(MAPPING.replace('encoding = "gbk"\n', ""))
    for encoding in ("gb18030", "utf-8", "utf-8-sig"):
        path = _write_csv(
            tmp_path / "客户档案.csv", [CUSTOMER_HEADER_COLUMNS, *CUSTOMERS], encoding
        )
        archive = MemoryArchive()
        result = import_tables([path], mapping, archive, at=AT)
        assert result.refused == (), encoding
        assert archive.get(Customer, "KH000002").name == "北京某某银行股份有限公司"


def test_load_refuses_a_repeated_key_and_writes_nothing(sql_archive: SqlArchive) -> None:
    from autocrm.errors import AlreadyExists

    wang = Customer("KH000001", name="王建国")
    with pytest.raises(AlreadyExists):
        sql_archive.load([wang, Customer("KH000002", name="李娜"), wang], actor="导入", at=AT)
    assert sql_archive.count(Customer) == 0
    assert sql_archive.audit_trail() == []


def _later_orders(directory: Path, numbers: list[str], vins: list[str]) -> Path:
    """A later export holding work orders only, of vehicles imported before."""
    directory.mkdir(exist_ok=True)
    count = len(numbers)
    return _write_parquet(
        directory / "工单2026.parquet",
        {
            "工单号": numbers,
            "车架号": vins,
            "进厂时间": [datetime(2026, 1, 4, 9, 0)] * count,
            "结算时间": [datetime(2026, 1, 4, 15, 0)] * count,
            "维修类型": ["保养"] * count,
            "进厂里程": [30100] * count,
            "自费": [56000] * count,
            "保险": [0] * count,
            "索赔": [None] * count,
        },
    )


def test_append_adds_work_orders_of_vehicles_the_archive_holds(
    tmp_path: Path, archive: Any
) -> None:
    mapping = mapping_from_toml(MAPPING)
    assert import_tables(_export(tmp_path), mapping, archive, at=AT).written
    later = _later_orders(tmp_path / "later", ["WO2026010401"], ["LFV2A21K3D3109826"])
    with pytest.raises(ArchiveNotEmpty):
        import_tables([later], mapping, archive, at=AT)
    result = import_tables([later], mapping, archive, at=AT, append=True)
    assert result.written
    assert dict(result.counts) == {"work_orders": 1}
    order = archive.get(WorkOrder, "WO2026010401")
    assert order.customer_number == "KH000001"  # taken from the stored vehicle
    assert order.total == Decimal("560.00")
    assert archive.count(WorkOrder) == 4
    assert archive.count(Customer) == 3


def test_append_refuses_unknown_vehicles_and_keys_the_archive_holds(
    tmp_path: Path, archive: Any
) -> None:
    from autocrm.ports import AlreadyExists

    mapping = mapping_from_toml(MAPPING)
    assert import_tables(_export(tmp_path), mapping, archive, at=AT).written
    unknown = _later_orders(tmp_path / "unknown", ["WO2026010402"], ["LSVAG2180E2100011"])
    result = import_tables([unknown], mapping, archive, at=AT, append=True)
    assert not result.written
    assert [(r.field, r.problem) for r in result.refused] == [
        (
            "vin",
            "vehicle 'LSVAG2180E2100011' is neither among the imported vehicles nor in the archive",
        )
    ]
    again = _later_orders(
        tmp_path / "again", ["WO2026010403", "WO2025100901"], ["LFV2A21K3D3109826"] * 2
    )
    with pytest.raises(AlreadyExists):
        import_tables([again], mapping, archive, at=AT, append=True)
    assert archive.count(WorkOrder) == 3
    assert len([e for e in archive.audit_trail() if e.entity == "work_order"]) == 3
