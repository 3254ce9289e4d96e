"""Properties of reading a whole column: each cell read, or refused, exactly as one at a time."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from autocrm.adapters.tables.cells import read_cell
from autocrm.adapters.tables.columns import read_column
from autocrm.adapters.tables.mapping import FIELDS, FieldKind, TableMapping
from autocrm.errors import ValidationError

COLUMNS = {field: field for field in FIELDS["work_orders"]}
ORDERS = TableMapping(
    "work_orders",
    files=("wo.csv",),
    columns=COLUMNS,
    values={"service_types": {"保养": "maintenance", "小修": "minor_repair", "坏": "nonsense"}},
)
LINES = TableMapping(
    "work_order_lines",
    files=("l.csv",),
    columns={"amount": "金额", "payer": "付费方", "kind": "类别"},
    values={"payer": {"自费": "self", "保险": "insurance", "错": "nobody"}},
    fallbacks={"payer": "internal"},
)
LINES_FEN = TableMapping(
    "work_order_lines", files=("l.csv",), columns={"amount": "金额"}, money_unit="fen"
)
DAYS = TableMapping("readings", files=("km.csv",), columns={"on": "日期"})
DAYS_DOTTED = TableMapping(
    "readings", files=("km.csv",), columns={"on": "日期"}, date_formats=("%d.%m.%Y",)
)

# Cells as exports hold them: text in the usual shapes and near misses, numbers, dates.
_digits = st.text("0123456789", min_size=1, max_size=20)
_texty = st.one_of(
    _digits,
    st.builds(lambda a, b: f"{a}.{b}", _digits, _digits),
    st.builds(lambda a: f"-{a}", _digits),
    st.builds(lambda a: f"{a[:3]},{a[3:]}", _digits),
    st.datetimes(min_value=datetime(1, 1, 1)).map(str),
    st.datetimes(timezones=st.just(timezone(timedelta(hours=3)))).map(str),
    st.datetimes().map(lambda moment: moment.isoformat(timespec="seconds")),
    st.datetimes().map(lambda moment: moment.strftime("%Y-%m-%dT%H:%M") + "+03"),
    st.datetimes().map(lambda moment: moment.strftime("%Y/%m/%d %H:%M")),
    st.dates().map(str),
    st.dates().map(lambda day: day.strftime("%Y%m%d")),
    st.sampled_from(["保养", "小修", "坏", "自费", "保险", "错", "self", "labour", "洗车", "是"]),
    st.text(max_size=12),
)
CELLS = st.one_of(
    _texty,
    _texty,
    _texty,
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.decimals(allow_nan=False, places=3, max_value=10**10, min_value=-(10**10)),
    st.dates(),
    st.datetimes(),
)
CASES = [
    (ORDERS, "number", FieldKind.TEXT),
    (ORDERS, "mileage_km", FieldKind.INT),
    (ORDERS, "opened_at", FieldKind.DATETIME),
    (ORDERS, "service_types", FieldKind.CODES),
    (LINES, "amount", FieldKind.MONEY),
    (LINES, "payer", FieldKind.CODE),
    (LINES, "kind", FieldKind.CODE),
    (LINES_FEN, "amount", FieldKind.MONEY),
    (DAYS, "on", FieldKind.DATE),
    (DAYS_DOTTED, "on", FieldKind.DATE),
]


def _one_at_a_time(table: TableMapping, field: str, kind: FieldKind, cell: Any) -> Any:
    if cell is None:
        return ("value", None)
    try:
        return ("value", read_cell(table, field, kind, cell))
    except ValidationError as error:
        return ("refused", error.field, str(error))
    except ArithmeticError as error:  # what the cell reader lets escape, the column must too
        return ("escaped", type(error))


@pytest.mark.parametrize(("table", "field", "kind"), CASES)
@given(cells=st.lists(CELLS, max_size=40))
def test_a_column_reads_each_cell_as_the_cell_reader_does(
    table: TableMapping, field: str, kind: FieldKind, cells: list[Any]
) -> None:
    outcomes = [(cell, _one_at_a_time(table, field, kind, cell)) for cell in cells]
    # A cell the cell reader lets an arithmetic error escape from is its own gap: left out.
    cells = [cell for cell, outcome in outcomes if outcome[0] != "escaped"]
    expected = [outcome for _, outcome in outcomes if outcome[0] != "escaped"]
    values, refused = read_column(table, field, kind, cells)
    got = [
        ("refused", refused[i].field, str(refused[i])) if i in refused else ("value", value)
        for i, value in enumerate(values)
    ]
    assert got == expected
    # Same values down to their type and zone (equal instants in other zones differ here).
    for (_, *want), (_, *have) in zip(expected, got, strict=True):
        assert [type(v) for v in want] == [type(v) for v in have]
        if want and isinstance(want[0], datetime):
            assert want[0].tzinfo == have[0].tzinfo
        if want and isinstance(want[0], Decimal):
            assert want[0].as_tuple() == have[0].as_tuple()


def test_the_short_paths_read_the_usual_shapes() -> None:
    values, refused = read_column(LINES_FEN, "amount", FieldKind.MONEY, ["42050", "-5", "007"])
    assert values == [Decimal("420.50"), Decimal("-0.05"), Decimal("0.07")]
    assert refused == {}
    moments, _ = read_column(ORDERS, "opened_at", FieldKind.DATETIME, ["2025-10-09 09:30:00"])
    assert moments[0].utcoffset() == timedelta(hours=8)
    days, _ = read_column(DAYS, "on", FieldKind.DATE, ["2025-10-09", "2025/10/09"])
    assert days == [date(2025, 10, 9), date(2025, 10, 9)]
