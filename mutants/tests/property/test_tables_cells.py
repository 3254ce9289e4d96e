"""Properties of reading export cells: money in fen and in yuan, dates in any declared format."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from autocrm.adapters.tables.cells import read_cell
from autocrm.adapters.tables.mapping import FieldKind, TableMapping

LINES = {"amount": "金额"}
YUAN = TableMapping("work_order_lines", files=("l.csv",), columns=LINES)
FEN = TableMapping("work_order_lines", files=("l.csv",), columns=LINES, money_unit="fen")


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_an_amount_in_fen_equals_the_same_amount_in_yuan(fen: int) -> None:
    yuan_text = str(Decimal(fen).scaleb(-2))
    from_fen = read_cell(FEN, "amount", FieldKind.MONEY, str(fen))
    from_yuan = read_cell(YUAN, "amount", FieldKind.MONEY, yuan_text)
    assert from_fen == from_yuan == Decimal(fen) / 100
    assert from_fen.as_tuple().exponent == -2


@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_an_excel_float_reads_as_the_amount_it_shows(fen: int) -> None:
    # Excel keeps 420.5 as a float: the amount is what the cell shows, never 420.4999...
    amount = Decimal(fen).scaleb(-2)
    assert read_cell(YUAN, "amount", FieldKind.MONEY, float(amount)) == amount


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d", "%d/%m/%Y"]),
)
def test_a_date_reads_back_in_the_format_it_was_written_in(day: date, form: str) -> None:
    table = TableMapping(
        "readings", files=("km.csv",), columns={"on": "日期"}, date_formats=(form,)
    )
    assert read_cell(table, "on", FieldKind.DATE, day.strftime(form)) == day
