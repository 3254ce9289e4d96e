"""The import's short path accepts and refuses exactly what the record constructors do.

Rows whose columns pass the domain's column checks are built without the
constructors' per-field checks; these properties hold that this changes nothing:
every such row is one the constructor accepts, built equal to what it builds, and a
whole import (on random and junk cells) refuses the same rows, with the same field and
message, and writes the same records, as the validating path alone.
"""

from __future__ import annotations

import csv
import functools
import tempfile
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from autocrm.adapters.memory import MemoryArchive
from autocrm.adapters.tables import import_tables, mapping_from_toml
from autocrm.adapters.tables.fit_rows import unfit_rows
from autocrm.adapters.tables.trusted import build_trusted
from autocrm.domain import CHINA_TZ, LineKind, Payer, ServiceType, WorkOrder, WorkOrderLine
from autocrm.domain.column_checks import (
    unfit_amounts,
    unfit_counts,
    unfit_members,
    unfit_moments,
    unfit_texts,
)
from autocrm.errors import ValidationError

AT = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)

_text = st.one_of(
    st.sampled_from(["WO1", "C000001", "LFV2A21K3D3109826", "工时", "王建国", "", " ", "\t"]),
    st.text(max_size=8),
    st.text(min_size=60, max_size=70),
    st.text(min_size=195, max_size=205),
    st.text(min_size=395, max_size=405),
    st.just("a\x00b"),
)
_moment = st.one_of(
    st.datetimes(
        timezones=st.sampled_from([CHINA_TZ, timezone.utc, timezone(timedelta(hours=-3))])
    ),
    st.datetimes(),  # naive
    st.dates(),
)
_amount = st.one_of(
    st.decimals(places=2, allow_nan=False, allow_infinity=False),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from([Decimal("1E+12"), Decimal("-999999999999.99"), Decimal("1.5")]),
    st.integers(),
    st.floats(),
)
_count = st.one_of(
    st.integers(-5, 2**31 + 5), st.sampled_from([0, 2**31 - 1, 2**31]), st.booleans()
)
_junk = st.one_of(
    st.none(), st.integers(), st.booleans(), st.floats(), _text, st.lists(st.integers(), max_size=2)
)


def _or_junk(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(values, values, values, st.none(), _junk)


_LINE_FIELDS = {
    "description": _or_junk(_text),
    "amount": _or_junk(_amount),
    "payer": _or_junk(st.sampled_from([*Payer, "self", "保险"])),
    "kind": _or_junk(st.sampled_from([*LineKind, "part"])),
}
_ORDER_FIELDS = {
    "number": _or_junk(_text),
    "customer_number": _or_junk(_text),
    "vin": _or_junk(_text),
    "opened_at": _or_junk(_moment),
    "closed_at": _or_junk(_moment),
    "service_types": _or_junk(
        st.lists(st.sampled_from([*ServiceType, "maintenance", "洗车", 3]), max_size=3)
    ),
    "mileage_km": _or_junk(_count),
    "service_advisor": _or_junk(_text),
    "technician": _or_junk(_text),
    "appointment_number": _or_junk(_text),
    "remarks": _or_junk(_text),
}


def _batch(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, list[Any]]]:
    return st.integers(1, 6).flatmap(
        lambda rows: st.fixed_dictionaries(
            {
                name: st.lists(values, min_size=rows, max_size=rows)
                for name, values in fields.items()
            }
        )
    )


def _outcome(build: Any) -> tuple[str, Any]:
    try:
        return "built", build()
    except ValidationError as error:
        return "refused", (type(error), error.field, str(error))
    except TypeError as error:  # a required field left out: the constructor's own complaint
        return "refused", (TypeError, None, str(error))


def _same(trusted: Any, built: Any) -> bool:
    return trusted == built and all(
        type(getattr(trusted, name)) is type(getattr(built, name))
        for name in trusted.__slots__
        if not name.startswith("__")
    )


def _check_rows(
    kind: type[Any], table: str, columns: dict[str, list[Any]], extra: dict[str, Any]
) -> None:
    rows = len(next(iter(columns.values())))
    unfit = unfit_rows(table, columns, rows)
    for position in range(rows):
        values = {name: column[position] for name, column in columns.items()}
        values = {name: value for name, value in values.items() if value is not None}
        values.update(extra)
        slow = _outcome(functools.partial(kind, **values))
        if position in unfit:
            continue
        fast = _outcome(functools.partial(build_trusted, kind, values))
        if fast == ("built", None):  # a field without default left out: the constructor says
            continue
        assert fast[0] == slow[0], (values, fast, slow)
        if fast[0] == "built":
            assert _same(fast[1], slow[1]), (values, fast, slow)
        else:
            assert fast[1] == slow[1]


@given(_batch(_LINE_FIELDS))
def test_a_line_that_passes_the_column_checks_is_the_line_the_constructor_builds(
    columns: dict[str, list[Any]],
) -> None:
    _check_rows(WorkOrderLine, "work_order_lines", columns, {})


@given(_batch(_ORDER_FIELDS), st.lists(st.just(WorkOrderLine("工时", "88")), max_size=2))
def test_a_work_order_that_passes_the_column_checks_is_the_one_the_constructor_builds(
    columns: dict[str, list[Any]], lines: list[WorkOrderLine]
) -> None:
    _check_rows(WorkOrder, "work_orders", columns, {"lines": lines, "version": 1})


def _fits_one(check: Any, value: Any) -> bool:
    return not check([value])


@given(st.lists(_junk, max_size=8), st.sampled_from([None, 0, 3, 64]), st.booleans(), st.booleans())
def test_a_column_check_finds_in_a_column_what_it_finds_value_by_value(
    values: Sequence[Any], limit: int | None, optional: bool, blank: bool
) -> None:
    checks = [
        lambda column: unfit_texts(column, max_length=limit, optional=optional, allow_blank=blank),
        lambda column: unfit_moments(column, optional=optional),
        lambda column: unfit_members(column, Payer, optional=optional),
        lambda column: unfit_amounts(column, limit=Decimal(10) ** 12),
        lambda column: unfit_counts(column, optional=optional),
    ]
    for check in checks:
        assert check(values) == [i for i, value in enumerate(values) if not _fits_one(check, value)]


# A whole import: lines and work orders of random and junk cells, through both paths.
MAPPING = """
[work_order_lines]
files = ["lines.csv"]
values.payer = { "自费" = "self", "保险" = "insurance" }
fallbacks.payer = "internal"
columns = { work_order_number = "工单号", description = "项目", amount = "金额", payer = "付费方" }

[work_orders]
files = ["orders.csv"]

[work_orders.columns]
number = "工单号"
customer_number = "客户编号"
vin = "车架号"
opened_at = "进厂时间"
closed_at = "结算时间"
service_types = "维修类型"
mileage_km = "里程"
service_advisor = "服务顾问"

[customers]
files = ["customers.csv"]
columns = { number = "客户编号", name = "姓名" }

[vehicles]
files = ["vehicles.csv"]
columns = { vin = "车架号", customer_number = "客户编号" }
"""

_cell = st.one_of(
    st.sampled_from(["", " ", "WO1", "WO2", "C1", "x" * 70, "a\x00b".replace("\x00", "\u0000")]),
    st.text(max_size=6).filter(lambda text: "\x00" not in text and "\r" not in text),
)
_order_row = st.fixed_dictionaries(
    {
        "工单号": st.one_of(st.sampled_from(["WO1", "WO2", "WO3", "", "y" * 70]), _cell),
        "客户编号": st.sampled_from(["C1", "C2", "", " ", "c1"]),
        "车架号": st.sampled_from(
            ["LFV2A21K3D3109826", "lfv2a21k3d3109826", "LFV2A21K3D310982", ""]
        ),
        "进厂时间": st.one_of(
            st.sampled_from(["2025-10-09 09:30:00", "2025-10-09 09:30", "2025-13-01 00:00:00", ""]),
            _cell,
        ),
        "结算时间": st.sampled_from(["2025-10-09 16:00:00", "2025-10-08 16:00:00", "", "晚上"]),
        "维修类型": st.sampled_from(
            ["maintenance", "保养、小修", "洗车", "、", "", "minor_repair"]
        ),
        "里程": st.sampled_from(["15200", "-1", "1.5", "2147483648", "", "1,000"]),
        "服务顾问": st.one_of(st.sampled_from(["李", "", "z" * 201]), _cell),
    }
)
_line_row = st.fixed_dictionaries(
    {
        "工单号": st.sampled_from(["WO1", "WO2", "WO9", ""]),
        "项目": st.one_of(st.sampled_from(["工时", "", " ", "q" * 401]), _cell),
        "金额": st.sampled_from(["88", "88.5", "0.001", "-3", "1e3", "abc", "", "1000000000000"]),
        "付费方": st.sampled_from(["自费", "保险", "self", "不知", ""]),
    }
)


def _write(path: Path, rows: list[dict[str, str]], header: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows([[row[column] for column in header] for row in rows])


def _import(directory: Path, on_error: str) -> tuple[Any, Any]:
    archive = MemoryArchive()
    paths = sorted(directory.glob("*.csv"))
    result = import_tables(paths, mapping_from_toml(MAPPING), archive, at=AT, on_error=on_error)  # type: ignore[arg-type]
    refused = [
        (r.file, r.row, r.table, r.field, r.column, r.value, r.problem) for r in result.refused
    ]
    return (refused, dict(result.counts), result.written), archive.snapshot()


def _everything_unfit(table: str, columns: Any, rows: int) -> set[int]:
    return set(range(rows))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(_order_row, min_size=1, max_size=5),
    st.lists(_line_row, max_size=5),
    st.sampled_from(["skip", "stop"]),
)
def test_an_import_refuses_and_writes_the_same_through_the_short_path_and_the_constructors(
    orders: list[dict[str, str]], lines: list[dict[str, str]], on_error: str
) -> None:
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        _write(
            directory / "customers.csv",
            [{"客户编号": "C1", "姓名": "王建国"}],
            ["客户编号", "姓名"],
        )
        _write(
            directory / "vehicles.csv",
            [{"车架号": "LFV2A21K3D3109826", "客户编号": "C1"}],
            ["车架号", "客户编号"],
        )
        _write(directory / "orders.csv", orders, list(_ORDER_HEADER))
        _write(directory / "lines.csv", lines, list(_LINE_HEADER))
        fast = _import(directory, on_error)
        with mock.patch("autocrm.adapters.tables.importer.unfit_rows", _everything_unfit):
            slow = _import(directory, on_error)
    assert fast == slow


_ORDER_HEADER = (
    "工单号",
    "客户编号",
    "车架号",
    "进厂时间",
    "结算时间",
    "维修类型",
    "里程",
    "服务顾问",
)
_LINE_HEADER = ("工单号", "项目", "金额", "付费方")
