"""``autocrm import-tables``: a GBK CSV and an Excel file into SQLite, with a refused-row report."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

pytest.importorskip("typer")
pytest.importorskip("sqlalchemy")
openpyxl = pytest.importorskip("openpyxl")
pytest.importorskip("pyarrow")

from typer.testing import CliRunner  # noqa: E402

from autocrm.adapters.sqlalchemy import SqlArchive  # noqa: E402
from autocrm.cli import app  # noqa: E402
from autocrm.domain import Customer, Vehicle  # noqa: E402

runner = CliRunner()

MAPPING = """
[customers]
files = ["客户*.csv"]
values.gender = { "男" = "male", "女" = "female" }

[customers.columns]
number = "客户编号"
name = "客户名称"
gender = "性别"
mobile = "手机"

[vehicles]
files = ["车辆*.xlsx"]

[vehicles.columns]
vin = "车架号"
customer_number = "客户编号"
plate = "车牌号"
purchased_on = "购车日期"
"""


def _export(directory: Path, second_mobile: str) -> list[str]:
    customers = directory / "客户.csv"
    with open(customers, "w", encoding="gbk", newline="") as handle:
        csv.writer(handle).writerows(
            [
                ["客户编号", "客户名称", "性别", "手机"],
                ["KH000001", "王建国", "男", "13800138000"],
                ["KH000002", "李娜", "女", second_mobile],
            ]
        )
    vehicles = directory / "车辆.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["车架号", "客户编号", "车牌号", "购车日期"])
    sheet.append(["LFV2A21K3D3109826", "KH000001", "京A12345", datetime(2024, 3, 18)])
    sheet.append(["LSVAU218XN2183294", "KH000002", "沪B23456", datetime(2022, 6, 1)])
    book.save(vehicles)
    (directory / "dms.toml").write_text(MAPPING, encoding="utf-8")
    return [str(customers), str(vehicles)]


def _invoke(directory: Path, paths: list[str], *options: str) -> object:
    db = f"sqlite:///{directory / 'shop.db'}"
    arguments = ["import-tables", *paths, "--mapping", str(directory / "dms.toml"), "--db", db]
    return runner.invoke(app, [*arguments, *options])


def test_import_tables_writes_the_export_and_prints_one_line(tmp_path: Path) -> None:
    result = _invoke(tmp_path, _export(tmp_path, "13912345678"))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert result.output.strip().splitlines()[-1] == (  # type: ignore[attr-defined]
        "2 customers, 2 vehicles imported from 4 rows"
    )
    archive = SqlArchive.from_url(f"sqlite:///{tmp_path / 'shop.db'}")
    assert archive.get(Customer, "KH000002").mobile == "+8613912345678"
    assert archive.get(Vehicle, "LSVAU218XN2183294").plate == "沪B23456"


def test_a_refused_row_stops_the_import_and_lands_in_the_report(tmp_path: Path) -> None:
    report = tmp_path / "refused.csv"
    result = _invoke(tmp_path, _export(tmp_path, "1391234"), "--report", str(report))
    assert result.exit_code == 1
    assert "nothing written: 2 of 4 rows refused" in result.output  # type: ignore[attr-defined]
    with open(report, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][:6] == ["客户.csv", "3", "customers", "mobile", "手机", "1391234"]
    archive = SqlArchive.from_url(f"sqlite:///{tmp_path / 'shop.db'}")
    assert archive.count(Customer) == 0

    skipped = _invoke(tmp_path, _export(tmp_path, "1391234"), "--on-error", "skip")
    assert skipped.exit_code == 0
    assert skipped.output.strip().splitlines()[-1] == (  # type: ignore[attr-defined]
        "1 customers, 1 vehicles imported from 4 rows; 2 refused rows skipped"
    )


def test_a_mapping_mistake_is_one_line_naming_the_key(tmp_path: Path) -> None:
    paths = _export(tmp_path, "13912345678")
    (tmp_path / "dms.toml").write_text(MAPPING.replace("plate", "plat"), encoding="utf-8")
    result = _invoke(tmp_path, paths)
    assert result.exit_code == 1
    assert result.output.strip() == (  # type: ignore[attr-defined]
        "autocrm import-tables: vehicles.columns.plat: unknown field; known: vin, customer_number, "
        "plate, vin_check_digit, engine_number, chassis_number, key_number, brand, model, "
        "model_class, colour, use, manufactured_on, purchased_on, registered_on, "
        "first_maintenance_on, first_visit_on, first_visit_km, insurer, insurer_contact, "
        "insurance_renewal_on, next_maintenance_on, last_business_on, annual_inspection_on, "
        "road_fee_on, warranty_expires_on, warranty_km, is_new_car_sale, tags"
    )
