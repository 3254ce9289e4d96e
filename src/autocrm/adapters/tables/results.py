"""What an import did: the rows refused and why, the records counted per table.

[`import_tables`][autocrm.adapters.tables.importer.import_tables] returns an
[`ImportResult`][autocrm.adapters.tables.results.ImportResult]; each row it did not import is
a [`RefusedRow`][autocrm.adapters.tables.results.RefusedRow] naming its file, row, field and
problem.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

import attrs

__all__ = ["ImportResult", "RefusedRow"]


@attrs.frozen
class RefusedRow:
    """A row of the export that was not imported, and why.

    Attributes:
        file: The file name.
        row: The row number as a spreadsheet shows it (the header is row 1).
        table: The mapping's table (``customers``, ``work_orders``...).
        field: The domain field at fault (``mobile``, ``customer_number``...).
        column: The source column of that field, if it has one.
        value: The cell of that column as text ("" when blank or there is no column).
        problem: What is wrong, in words.

    Examples:
        >>> RefusedRow("客户.csv", 7, "customers", "mobile", "手机", "1380013", "bad number").row
        7
    """

    file: str
    row: int
    table: str
    field: str
    column: str | None
    value: str
    problem: str


def _frozen_counts(counts: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(counts))


_REPORT_HEADER = ("file", "row", "table", "field", "column", "value", "problem")


@attrs.frozen
class ImportResult:
    """What an import did.

    Attributes:
        counts: Records built from valid rows, per table (work-order lines count in
            ``work_order_lines``); written to the archive when ``written``.
        rows: Rows read, over all files.
        refused: The refused rows, in the order they were read.
        written: True if the records were written (no row refused, or ``skip``).

    Examples:
        >>> r = ImportResult(counts={"customers": 2}, rows=3, refused=(
        ...     RefusedRow("c.csv", 4, "customers", "name", "姓名", "", "blank"),), written=True)
        >>> r.skipped, r.summary()
        (1, '2 customers imported from 3 rows; 1 refused row skipped')
    """

    counts: Mapping[str, int] = attrs.field(converter=_frozen_counts)
    rows: int
    refused: tuple[RefusedRow, ...]
    written: bool

    @property
    def skipped(self) -> int:
        """How many refused rows were left out of a written import (0 if nothing written)."""
        return len(self.refused) if self.written else 0

    def summary(self) -> str:
        """One line saying what was imported, skipped or refused."""
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items() if n) or "nothing"
        if self.written:
            line = f"{parts} imported from {self.rows} rows"
            if self.refused:
                noun = "row" if len(self.refused) == 1 else "rows"
                line += f"; {len(self.refused)} refused {noun} skipped"
            return line
        noun = "row" if len(self.refused) == 1 else "rows"
        return f"nothing written: {len(self.refused)} of {self.rows} {noun} refused"

    def write_report(self, path: str | Path) -> None:
        """Write the refused rows as CSV (UTF-8 with a byte-order mark, for Excel).

        Examples:
            >>> import os, tempfile
            >>> r = ImportResult(counts={}, rows=1, refused=(
            ...     RefusedRow("c.csv", 2, "customers", "name", "姓名", "", "blank"),),
            ...     written=False)
            >>> with tempfile.TemporaryDirectory() as d:
            ...     p = os.path.join(d, "refused.csv")
            ...     r.write_report(p)
            ...     open(p, encoding="utf-8-sig").read().splitlines()
            ['file,row,table,field,column,value,problem', 'c.csv,2,customers,name,姓名,,blank']
        """
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(_REPORT_HEADER)
            for refused in self.refused:
                writer.writerow(
                    (
                        refused.file,
                        refused.row,
                        refused.table,
                        refused.field,
                        refused.column or "",
                        refused.value,
                        refused.problem,
                    )
                )
