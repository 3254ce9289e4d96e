"""Reading a whole column of cells at once: the values, and the cells that cannot be read.

A column reader gives, for the cells of one field in a batch, what
[`read_cell`][autocrm.adapters.tables.cells.read_cell] gives for each cell, in one pass:
a cell in the shape the export usually has (a code in the value map, an ISO date or
timestamp, whole fen, plain digits) goes through a short path; any other cell goes
through ``read_cell``'s own reader, so a cell is read, or refused with the same
error, exactly as one at a time.

Examples:
    >>> from autocrm.adapters.tables.mapping import FieldKind, TableMapping
    >>> table = TableMapping("work_order_lines", files=("x.csv",),
    ...                      columns={"amount": "金额"}, money_unit="fen")
    >>> values, refused = read_column(table, "amount", FieldKind.MONEY, ["42050", None, "1.5"])
    >>> values[:2], {row: str(error) for row, error in refused.items()}
    ([Decimal('420.50'), None], {2: "amount: '1.5' fen is not a whole number of fen"})
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from autocrm.adapters.tables.cells import _DEFAULT_DATE_FORMATS, _cell_reader, _members
from autocrm.adapters.tables.mapping import CODE_TYPES, FieldKind, TableMapping
from autocrm.domain import FEN
from autocrm.errors import ValidationError

__all__ = ["read_column"]

#: Whole numbers short enough that Decimal and int read them exactly as the cell reader does.
_WHOLE = re.compile(r"-?[0-9]{1,18}")
_AMOUNT = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,2})?")

ColumnReader = Callable[[Sequence[Any]], tuple[list[Any], dict[int, ValidationError]]]


class _Refusal:
    """Stands in a column for a cell that was refused (``error`` says why)."""

    __slots__ = ("error",)

    def __init__(self, error: ValidationError) -> None:
        self.error = error


def read_column(
    table: TableMapping, field: str, kind: FieldKind, cells: Sequence[Any]
) -> tuple[list[Any], dict[int, ValidationError]]:
    """Read the cells of one field: the values (None for a blank cell) and the refusals.

    Returns:
        The values, one per cell (a refused cell's is None), and the error of each
        refused cell by its position in ``cells``; each as ``read_cell`` reads it.

    Examples:
        >>> from autocrm.adapters.tables.mapping import FieldKind, TableMapping
        >>> table = TableMapping("work_orders", files=("wo.csv",), columns={})
        >>> values, refused = read_column(table, "mileage_km", FieldKind.INT, ["12,000", "x"])
        >>> values, list(refused)
        ([12000, None], [1])
    """
    return column_reader(table, field, kind)(cells)


def column_reader(table: TableMapping, field: str, kind: FieldKind) -> ColumnReader:
    """``read_column`` for one field of one table, its short path chosen once."""
    slow = _cell_reader(table, field, kind)
    fast = _fast_reader(table, field, kind)

    def read_one(cell: Any) -> Any:
        if cell is None:
            return None
        if fast is not None:
            value = fast(cell)
            if value is not None:
                return value
        try:
            return slow(cell)
        except ValidationError as error:
            return _Refusal(error)

    def read(cells: Sequence[Any]) -> tuple[list[Any], dict[int, ValidationError]]:
        if kind is FieldKind.TEXT and all(type(c) is str or c is None for c in cells):
            return list(cells), {}
        if fast is None:
            values = list(map(read_one, cells))
        else:
            # The short path over the whole column first; the cells it leaves (None)
            # that are not blank go through the cell reader one by one.
            values = list(map(fast, cells))
            for position in [p for p, v in enumerate(values) if v is None]:
                if cells[position] is not None:
                    values[position] = read_one(cells[position])
        refused: dict[int, ValidationError] = {}
        if any(type(value) is _Refusal for value in values):
            for position, value in enumerate(values):
                if type(value) is _Refusal:
                    refused[position] = value.error
                    values[position] = None
        return values, refused

    return read


def _fast_reader(table: TableMapping, field: str, kind: FieldKind) -> Callable[[Any], Any] | None:
    """The short path of a kind: the value, or None to send the cell to the cell reader."""
    if kind is FieldKind.CODE:
        members = _members(CODE_TYPES[table.name, field])
        mapped = table.values.get(field)
        direct: dict[str, Any] = (
            {text: members[text] for text in members}
            if mapped is None
            else {text: members[code] for text, code in mapped.items() if code in members}
        )
        return lambda cell: direct.get(cell) if type(cell) is str else None
    if kind is FieldKind.INT:
        return functools.partial(_fast_int, _WHOLE.fullmatch)
    if kind is FieldKind.MONEY:
        return functools.partial(_fast_money, _AMOUNT.fullmatch, table.money_unit == "fen")
    if kind is FieldKind.DATE and table.date_formats == _DEFAULT_DATE_FORMATS:
        return _fast_date
    if kind is FieldKind.DATETIME:
        return functools.partial(_fast_moment, table.timezone)
    return None


def _fast_int(match: Callable[[str], Any], cell: Any) -> int | None:
    if type(cell) is int:
        return cell
    if type(cell) is str and match(cell):
        return int(cell)
    return None


def _fast_money(match: Callable[[str], Any], fen: bool, cell: Any) -> Decimal | None:
    if type(cell) is not str or not match(cell) or (fen and "." in cell):
        return None
    amount = Decimal(cell)
    if fen:
        amount = amount.scaleb(-2)
    return amount.quantize(FEN)


def _fast_date(cell: Any) -> date | None:
    if type(cell) is str and len(cell) == 10 and cell[4] == "-" and cell[7] == "-":
        try:
            return date.fromisoformat(cell)
        except ValueError:
            return None
    return None


def _fast_moment(zone: Any, cell: Any) -> datetime | None:
    if type(cell) is str and len(cell) == 19 and cell[4] == "-" and cell[10] in " T":
        try:
            moment = datetime.fromisoformat(cell)
        except ValueError:
            return None
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)
    return None
